// Renders an Article in the output formats of DESIGN.md section 6.
//
// Every function is pure and returns the whole document, ending in "\n"
// (an empty article renders as an empty text/markdown document, and as a
// JSON object whose fields are null or []).
#ifndef PITH_RENDER_H_
#define PITH_RENDER_H_

#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith {

enum class Format { kText, kMarkdown, kJson, kJsonl, kLabels };

// Parses "text", "markdown", "json", "jsonl", "labels"; false if unknown.
bool ParseFormat(std::string_view name, Format* format);

// The file extension batch output uses for the format: ".txt", ".md",
// ".json", ".jsonl", ".labels".
std::string_view FormatExtension(Format format);

// Where a document came from, for the JSON "id" and "path" fields.
// Empty strings render as null.
struct DocumentSource {
  std::string id;
  std::string path;
  // The stream record's id was a JSON number: "id" echoes it unquoted
  // (when `id` is a valid JSON number literal).
  bool id_is_number = false;
};

// kText: headline, blank line, metadata line, blank line, paragraphs
//        separated by blank lines.
// kMarkdown: "# headline", metadata in italics, paragraphs.
// kJson: one pretty-printed object; kJsonl: the same object on one line.
// kLabels: one "label<TAB>score<TAB>text" line per input line.
// Always valid UTF-8; JSON is always valid JSON.
std::string Render(const Article& article, Format format, const DocumentSource& source);

// The page with each line coloured by its label (ANSI escapes), for a person
// to see why a line went where it went. color=false writes the label name
// in a margin instead (for NO_COLOR and pipes).
std::string RenderExplain(const Article& article, bool color);

}  // namespace pith

#endif  // PITH_RENDER_H_

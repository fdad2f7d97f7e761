// render: Article -> text, markdown, JSON, JSON Lines, labels, explain.
//
// The library hands over valid UTF-8 without control characters; the
// renderers repair both anyway (CleanText), because their output goes to
// terminals and to JSON readers that must never see a broken document.
#include "pith/render.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "json.h"

namespace pith {
namespace {

using internal::AppendJsonString;
using internal::IsAsciiDigit;

// Valid UTF-8 on one line: invalid bytes become U+FFFD, line breaks and
// tabs become spaces, other C0/C1 control characters and DEL are dropped.
// With keep_tabs, tabs stay (the explain view shows lines as they were).
std::string CleanText(std::string_view text, bool keep_tabs = false) {
  std::string valid = internal::ToValidUtf8(text);
  const auto cleaned = [&](size_t i) {
    const auto c = static_cast<uint8_t>(valid[i]);
    return c < 0x20 || c == 0x7F ||
           (c == 0xC2 && i + 1 < valid.size() && static_cast<uint8_t>(valid[i + 1]) <= 0x9F);
  };
  // Most text has no byte to change: it is returned as it is, not copied
  // byte by byte. (Only a byte FindControlOrC2 finds may be one to change.)
  size_t first = internal::FindControlOrC2(valid, 0);
  while (first < valid.size() && !cleaned(first)) {
    first = internal::FindControlOrC2(valid, first + 1);
  }
  if (first == valid.size()) return valid;
  std::string out;
  out.reserve(valid.size());
  out.append(valid, 0, first);
  for (size_t i = first; i < valid.size(); ++i) {
    const auto c = static_cast<uint8_t>(valid[i]);
    if (c == '\t') {
      out.push_back(keep_tabs ? '\t' : ' ');
    } else if (c == '\n' || c == '\r') {
      out.push_back(' ');
    } else if (c < 0x20 || c == 0x7F) {
      continue;
    } else if (c == 0xC2 && i + 1 < valid.size() && static_cast<uint8_t>(valid[i + 1]) <= 0x9F) {
      ++i;  // a C1 control character (U+0080..U+009F)
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// "Byline · date · updated date": the metadata as one line, empty parts left out.
std::string MetadataLine(const Article& article) {
  std::vector<std::string> parts;
  std::string credit = CleanText(article.byline);
  if (credit.empty()) {
    for (const std::string& author : article.authors) {
      const std::string name = CleanText(author);
      if (name.empty()) continue;
      if (!credit.empty()) credit += ", ";
      credit += name;
    }
    const std::string agency = CleanText(article.agency);
    if (!agency.empty()) credit += credit.empty() ? agency : " (" + agency + ")";
  }
  if (!credit.empty()) parts.push_back(credit);
  if (!article.date.empty()) parts.push_back(CleanText(article.date));
  if (!article.date_updated.empty()) parts.push_back("updated " + CleanText(article.date_updated));
  std::string line;
  for (const std::string& part : parts) {
    if (!line.empty()) line += " \xC2\xB7 ";  // U+00B7 MIDDLE DOT
    line += part;
  }
  return line;
}

std::vector<std::string> CleanParagraphs(const Article& article) {
  std::vector<std::string> paragraphs;
  for (const std::string& paragraph : article.paragraphs) {
    std::string clean = CleanText(paragraph);
    if (!clean.empty()) paragraphs.push_back(std::move(clean));
  }
  return paragraphs;
}

// Blocks separated by one blank line, the document ending in a newline;
// empty blocks are left out, so an empty article gives "".
std::string JoinBlocks(const std::vector<std::string>& blocks) {
  std::string out;
  for (const std::string& block : blocks) {
    if (block.empty()) continue;
    if (!out.empty()) out += "\n";
    out += block;
    out += "\n";
  }
  return out;
}

std::string RenderText(const Article& article) {
  std::vector<std::string> blocks = {CleanText(article.title), MetadataLine(article)};
  for (std::string& paragraph : CleanParagraphs(article)) blocks.push_back(std::move(paragraph));
  return JoinBlocks(blocks);
}

// Escapes what would make a paragraph's start read as markdown syntax
// (a heading, quote, list item, rule, fence, table row, setext underline
// or HTML block), and backslashes, so the paragraph reads as written.
// Inline emphasis characters inside words are left alone: CommonMark does
// not treat "snake_case" or "5*3" as emphasis and escaping them all would
// make the markdown unreadable as plain text.
std::string EscapeMarkdownParagraph(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  size_t start = 0;
  if (!text.empty()) {
    const char first = text[0];
    if (first == '#' || first == '>' || first == '-' || first == '+' || first == '*' ||
        first == '=' || first == '`' || first == '~' || first == '|' || first == '<' ||
        first == '_') {
      out.push_back('\\');
    } else if (IsAsciiDigit(first)) {
      // "1. text" or "2025) text" would start an ordered list.
      size_t digits = 0;
      while (digits < text.size() && IsAsciiDigit(text[digits])) ++digits;
      if (digits <= 9 && digits < text.size() && (text[digits] == '.' || text[digits] == ')')) {
        out.append(text.substr(0, digits));
        out.push_back('\\');
        start = digits;
      }
    }
  }
  for (size_t i = start; i < text.size(); ++i) {
    if (text[i] == '\\') out.push_back('\\');
    out.push_back(text[i]);
  }
  return out;
}

// Text inside *...*: escape the characters that would close or nest
// emphasis.
std::string EscapeMarkdownEmphasis(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '*' || c == '_' || c == '\\' || c == '`' || c == '[' || c == '<') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string RenderMarkdown(const Article& article) {
  std::vector<std::string> blocks;
  const std::string title = CleanText(article.title);
  if (!title.empty()) blocks.push_back("# " + EscapeMarkdownEmphasis(title));
  const std::string metadata = MetadataLine(article);
  if (!metadata.empty()) blocks.push_back("*" + EscapeMarkdownEmphasis(metadata) + "*");
  for (const std::string& paragraph : CleanParagraphs(article)) {
    blocks.push_back(EscapeMarkdownParagraph(paragraph));
  }
  return JoinBlocks(blocks);
}

// Writes a JSON object with a fixed key order, pretty (two-space indent,
// like Python's json.dumps(indent=2)) or on one line.
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(bool pretty) : pretty_(pretty) { out_ = "{"; }

  // A string; empty renders as null.
  void StringOrNull(std::string_view key, std::string_view value) {
    Key(key);
    if (value.empty()) {
      out_ += "null";
    } else {
      AppendJsonString(value, &out_);
    }
  }

  // A literal that the caller has checked is valid JSON.
  void Raw(std::string_view key, std::string_view literal) {
    Key(key);
    out_ += literal;
  }

  void StringList(std::string_view key, const std::vector<std::string>& values) {
    Key(key);
    if (values.empty()) {
      out_ += "[]";
      return;
    }
    out_ += "[";
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ += ",";
      if (pretty_) out_ += "\n    ";
      AppendJsonString(values[i], &out_);
    }
    out_ += pretty_ ? "\n  ]" : "]";
  }

  std::string Finish() {
    out_ += pretty_ ? "\n}\n" : "}\n";
    return std::move(out_);
  }

 private:
  void Key(std::string_view key) {
    if (!first_) out_ += ",";
    first_ = false;
    if (pretty_) out_ += "\n  ";
    AppendJsonString(key, &out_);
    out_ += pretty_ ? ": " : ":";
  }

  bool pretty_;
  bool first_ = true;
  std::string out_;
};

bool IsJsonNumber(std::string_view literal) {
  internal::JsonValue value;
  std::string error;
  return internal::ParseJson(literal, &value, &error) &&
         value.type == internal::JsonType::kNumber &&
         literal.find_first_of(" \t\r\n") == std::string_view::npos;
}

std::string RenderJson(const Article& article, const DocumentSource& source, bool pretty) {
  std::vector<std::string> paragraphs;
  for (const std::string& paragraph : article.paragraphs) {
    if (!paragraph.empty()) paragraphs.push_back(paragraph);
  }
  std::string body;
  for (const std::string& paragraph : paragraphs) {
    if (!body.empty()) body += "\n\n";
    body += paragraph;
  }
  JsonObjectWriter writer(pretty);
  if (source.id_is_number && IsJsonNumber(source.id)) {
    writer.Raw("id", source.id);
  } else {
    writer.StringOrNull("id", source.id);
  }
  writer.StringOrNull("path", source.path);
  writer.StringOrNull("title", article.title);
  writer.StringOrNull("byline", article.byline);
  writer.StringList("authors", article.authors);
  writer.StringOrNull("agency", article.agency);
  writer.StringOrNull("date", article.date);
  writer.StringOrNull("date_updated", article.date_updated);
  writer.StringOrNull("date_text", article.date_text);
  writer.StringOrNull("language", article.language);
  writer.StringOrNull("body", body);
  writer.StringList("paragraphs", paragraphs);
  return writer.Finish();
}

// A score in [0, 1] with three decimals, independent of the C locale.
void AppendScore(float score, std::string* out) {
  double clamped = static_cast<double>(score);
  if (!(clamped >= 0.0)) clamped = 0.0;  // also NaN
  if (clamped > 1.0) clamped = 1.0;
  const auto thousandths = static_cast<int>(std::lround(clamped * 1000.0));
  out->push_back(static_cast<char>('0' + thousandths / 1000));
  out->push_back('.');
  out->push_back(static_cast<char>('0' + thousandths / 100 % 10));
  out->push_back(static_cast<char>('0' + thousandths / 10 % 10));
  out->push_back(static_cast<char>('0' + thousandths % 10));
}

// One "label<TAB>score<TAB>text" line per input line. A tab inside the
// text becomes a space, so every line has exactly three columns.
std::string RenderLabels(const Article& article) {
  std::string out;
  const size_t count = std::min(article.labels.size(), article.input_lines.size());
  for (size_t i = 0; i < count; ++i) {
    out += LabelName(article.labels[i].label);
    out += '\t';
    AppendScore(article.labels[i].score, &out);
    out += '\t';
    out += CleanText(article.input_lines[i]);
    out += '\n';
  }
  return out;
}

// SGR colours per label: headline bold yellow, metadata cyan, body plain
// green, boilerplate dim; blank lines stay blank.
std::string_view LabelColor(Label label) {
  switch (label) {
    case Label::kHeadline:
      return "\x1b[1;33m";
    case Label::kMetadata:
      return "\x1b[36m";
    case Label::kBody:
      return "\x1b[32m";
    case Label::kBoilerplate:
      return "\x1b[2m";
    case Label::kBlank:
      break;
  }
  return "";
}

}  // namespace

bool ParseFormat(std::string_view name, Format* format) {
  static constexpr std::pair<std::string_view, Format> kFormats[] = {
      {"text", Format::kText},   {"markdown", Format::kMarkdown}, {"json", Format::kJson},
      {"jsonl", Format::kJsonl}, {"labels", Format::kLabels},
  };
  for (const auto& [format_name, value] : kFormats) {
    if (name == format_name) {
      *format = value;
      return true;
    }
  }
  return false;
}

std::string_view FormatExtension(Format format) {
  switch (format) {
    case Format::kText:
      return ".txt";
    case Format::kMarkdown:
      return ".md";
    case Format::kJson:
      return ".json";
    case Format::kJsonl:
      return ".jsonl";
    case Format::kLabels:
      return ".labels";
  }
  return ".txt";
}

std::string Render(const Article& article, Format format, const DocumentSource& source) {
  switch (format) {
    case Format::kText:
      return RenderText(article);
    case Format::kMarkdown:
      return RenderMarkdown(article);
    case Format::kJson:
      return RenderJson(article, source, /*pretty=*/true);
    case Format::kJsonl:
      return RenderJson(article, source, /*pretty=*/false);
    case Format::kLabels:
      return RenderLabels(article);
  }
  return RenderText(article);
}

std::string RenderExplain(const Article& article, bool color) {
  constexpr std::string_view kReset = "\x1b[0m";
  constexpr size_t kMarginWidth = 12;  // "boilerplate" and a space
  std::string out;
  const size_t count = std::min(article.labels.size(), article.input_lines.size());
  for (size_t i = 0; i < count; ++i) {
    const LineLabel& line = article.labels[i];
    const std::string text = CleanText(article.input_lines[i], /*keep_tabs=*/true);
    if (color) {
      out += "\x1b[2m";
      AppendScore(line.score, &out);
      out += kReset;
      out += ' ';
      const std::string_view sgr = LabelColor(line.label);
      if (!sgr.empty() && !text.empty()) {
        out += sgr;
        out += text;
        out += kReset;
      } else {
        out += text;
      }
    } else {
      const std::string_view name = LabelName(line.label);
      out += name;
      out.append(kMarginWidth > name.size() ? kMarginWidth - name.size() : 1, ' ');
      AppendScore(line.score, &out);
      out += " | ";
      out += text;
    }
    out += '\n';
  }
  return out;
}

}  // namespace pith

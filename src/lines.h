// lines: decoded text -> logical lines.
//
// A logical Line is one non-blank input line, or several consecutive input
// lines joined because a renderer wrapped one paragraph at a fixed width
// (lynx, w3m, html2text wrap at 72-80 columns) or broke a word with a hyphen.
// Blank (whitespace-only) input lines are not Lines; their count before each
// Line is kept as a feature.
//
// Un-wrapping rule (only when the page shows fixed-width wrapping: many lines
// end near one common width): input line i+1 continues line i when i is
// "full" (its length is within a few columns of the page's wrap width, it
// does not end a sentence at a short length), i+1 starts without a list
// marker and at the same indentation (or the paragraph's hanging indent), and
// no blank line separates them. "exam-\nple" joins to "example" when both
// sides are letters.
//
// Pure: no I/O.
#ifndef PITH_LINES_H_
#define PITH_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

struct Line {
  std::string text;            // trimmed; inner runs of whitespace collapsed to one space
  uint32_t first = 0;          // index of the first input line it covers (0-based)
  uint32_t last = 0;           // index of the last input line it covers
  uint16_t indent = 0;         // leading columns of the first input line (tab = 8)
  uint16_t blanks_before = 0;  // blank input lines between the previous Line and this one
};

struct Page {
  std::vector<Line> lines;
  // Every input line, as Python's text.split("\n") sees it, minus the final
  // empty string after a trailing LF (a file "a\nb\n" has the 2 input lines
  // "a", "b"; "a\nb" too; "" has none). One `--format labels` row each.
  std::vector<std::string_view> input_lines;
  uint32_t wrap_width = 0;  // detected wrap width (even when not unwrapping), 0 if none
};

// REQUIRES: text is valid UTF-8 with LF line ends (the output of Decode).
// The returned Page's input_lines point into text.
Page SplitLines(std::string_view text, bool unwrap);

}  // namespace pith::internal

#endif  // PITH_LINES_H_

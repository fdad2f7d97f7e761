// lines: decoded text -> logical lines.
//
// A logical Line is one non-blank input line, or several consecutive input
// lines joined because a renderer wrapped one paragraph at a fixed width
// (lynx, w3m, html2text wrap at 72-80 columns) or broke a word with a hyphen.
// Blank (whitespace-only) input lines are not Lines; their count before each
// Line is kept as a feature. Whitespace is ASCII space and tab, NBSP, the
// U+2000-U+200A spaces, U+202F, U+205F, U+3000 (and U+FEFF, dropped).
//
// Wrap detection (Page::wrap_width), over lines of two or more words in
// display columns (East Asian wide characters count two): the wrap width W
// is the narrowest width that at most 1% (+1) of them exceed, in 50..140
// columns; the page counts as wrapped only when at least 8 lines end within
// 10 columns of W, they outnumber the lines 10-20 columns short of W three to
// one, and they are at least half of the lines wider than W/2. Pages whose
// paragraphs are one line each fail these tests.
//
// Un-wrapping rule (only on a wrapped page, when SplitLines is asked to):
// input line i+1 continues line i when no blank line separates them, both
// are at most W wide, line i is at least 2/3 of W wide and the first word
// of line i+1 would not have fitted on it (greedy filling: it would have
// fitted when line i, a space, the word and three columns of slack fit in W; no
// slack on a page of Debian's html2text, whose wrapping is exact and which
// writes no blank line between paragraphs), i+1 starts without a list
// marker (`*`, `+`, `-`, `o`, `•`, `·`, `–`, `1.`, `1)`) and is no heading
// html2text framed in asterisks ("***** Next steps *****"), i+1 has the
// paragraph's indentation (or the hanging
// indent of a list item, or is less indented than a first-line indent), and
// neither line holds a tab or a run of 3+ spaces (table rows). A line that
// ends well short of W therefore ends its paragraph. "exam-\nple" joins to
// "example" when a letter precedes the hyphen and a lower-case letter
// follows; "Anglo-\nSaxon" and "state-of-the-\nart" keep their hyphen.
//
// A logical line longer than 64 KiB is no paragraph but a whole page glued
// into one line (a scraper's get_text() of minified HTML): it is cut into
// Lines of at most 2 KiB at sentence ends (else at spaces, else at
// character boundaries), which cover the same input lines; the first keeps
// its indent and the blank lines before it, the others have one blank line
// before them.
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

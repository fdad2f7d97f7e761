#include "lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "inline_markup.h"

namespace pith::internal {
namespace {

constexpr int kTabStop = 8;
// The range of wrap widths detected (renderers use 72-80 columns).
constexpr uint32_t kMinWrapWidth = 50;
constexpr uint32_t kMaxWrapWidth = 140;

// Byte length of the whitespace character at p (space, tab, NBSP, the
// U+2000 spaces, narrow NBSP, medium mathematical space, ideographic space,
// zero-width no-break space), 0 if p does not start one.
std::size_t WhitespaceLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = p[0];
  if (c == ' ' || c == '\t') return 1;
  if (c < 0xC2) return 0;
  const std::size_t left = static_cast<std::size_t>(end - p);
  if (c == 0xC2) return left >= 2 && p[1] == 0xA0 ? 2 : 0;
  if (left < 3) return 0;
  if (c == 0xE2) {
    if (p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF)) return 3;
    if (p[1] == 0x81 && p[2] == 0x9F) return 3;
    return 0;
  }
  if (c == 0xE3) return p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;
  if (c == 0xEF) return p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
  return 0;
}

// True for the UTF-8 lead bytes of the non-ASCII whitespace characters.
inline bool MayStartWideSpace(unsigned char c) {
  return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

// Display columns of UTF-8 text: one per code point, two for East Asian
// wide characters (approximated by their UTF-8 lead bytes: U+3000-U+D7FF,
// fullwidth forms, and the supplementary ideographic planes).
uint32_t DisplayWidth(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  uint32_t width = 0;
  std::size_t i = 0;
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        width += 8;
        i += 8;
        continue;
      }
    }
    // Byte by byte up to the end of this eight-byte chunk.
    for (const std::size_t stop = std::min(i + 8, n); i < stop; ++i) {
      const unsigned char c = p[i];
      if ((c & 0xC0) == 0x80) continue;
      width += 1;
      if (c >= 0xE3 && c <= 0xED) {
        width += 1;
      } else if (c == 0xEF && i + 1 < n && (p[i + 1] == 0xBC || p[i + 1] == 0xBD)) {
        width += 1;
      } else if (c == 0xF0 && i + 1 < n && p[i + 1] >= 0xA0) {
        width += 1;
      }
    }
  }
  return width;
}

// One input line, measured.
struct RawLine {
  std::string_view content;  // without leading and trailing whitespace
  uint32_t indent = 0;       // columns of leading whitespace (tab = 8)
  uint32_t width = 0;        // columns of indent + content, if prose
  bool prose = false;        // holds at least two words (an inner space)
};

// True when content holds a tab or a run of three or more whitespace
// characters (of any kind: browsers copy &nbsp; as U+00A0): a gap between
// table columns, which wrapped prose never has.
bool HasColumnGap(std::string_view content) {
  const auto* p = reinterpret_cast<const unsigned char*>(content.data());
  const auto* end = p + content.size();
  int run = 0;
  while (p < end) {
    if (*p == '\t') return true;
    const std::size_t ws = *p == ' ' || MayStartWideSpace(*p) ? WhitespaceLength(p, end) : 0;
    if (ws == 0) {
      run = 0;
      ++p;
      continue;
    }
    if (++run >= 3) return true;
    p += ws;
  }
  return false;
}

RawLine Measure(std::string_view line) {
  RawLine raw;
  const auto* begin = reinterpret_cast<const unsigned char*>(line.data());
  const auto* end = begin + line.size();
  const unsigned char* p = begin;
  while (p < end) {
    const std::size_t ws = WhitespaceLength(p, end);
    if (ws == 0) break;
    raw.indent = *p == '\t' ? (raw.indent / kTabStop + 1) * kTabStop : raw.indent + 1;
    p += ws;
  }
  const unsigned char* q = end;
  while (q > p) {
    // Step back over one trailing whitespace character, if any.
    const unsigned char* start = q - 1;
    while (start > p && (*start & 0xC0) == 0x80) --start;
    const std::size_t ws = WhitespaceLength(start, end);
    if (ws == 0 || start + ws != q) break;
    q = start;
  }
  raw.content = line.substr(static_cast<std::size_t>(p - begin), static_cast<std::size_t>(q - p));
  // Widths matter only for prose (wrap detection and joins look at nothing else).
  raw.prose = raw.content.find(' ') != std::string_view::npos;
  if (raw.prose) {
    // A character takes at most four bytes, so a line of more than four
    // bytes per column of the widest wrap width cannot be wrapped: its byte
    // count stands in for its width.
    raw.width = raw.content.size() > 4 * (kMaxWrapWidth + 1)
                    ? static_cast<uint32_t>(raw.content.size())
                    : raw.indent + DisplayWidth(raw.content);
  }
  return raw;
}

// True when content needs whitespace collapsing (tabs, runs of spaces or
// non-ASCII whitespace). Scans eight ASCII bytes at a time.
bool NeedsCollapse(std::string_view content) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  // 0x80 in each byte of v that equals b, 0 elsewhere (exact, no carries).
  auto bytes_equal = [](uint64_t v, unsigned char b) {
    const uint64_t x = v ^ (kOnes * b);
    return ~(((x & kLow7) + kLow7) | x | kLow7);
  };
  const auto* p = reinterpret_cast<const unsigned char*>(content.data());
  const auto* end = p + content.size();
  const unsigned char* q = p;
  while (q < end) {
    if (end - q >= 8) {
      uint64_t v;
      std::memcpy(&v, q, 8);
      if ((v & kHigh) == 0) {
        const uint64_t spaces = bytes_equal(v, ' ');
        if (bytes_equal(v, '\t') != 0 || (spaces & (spaces << 8)) != 0) return true;
        if (q > p && q[-1] == ' ' && q[0] == ' ') return true;
        q += 8;
        continue;
      }
    }
    // Byte by byte up to the next eight-byte boundary of the scan.
    for (const unsigned char* stop = std::min(q + 8, end); q < stop; ++q) {
      const unsigned char c = *q;
      if (c == '\t') return true;
      if (c == ' ' && q + 1 < end && q[1] == ' ') return true;
      if (MayStartWideSpace(c) && WhitespaceLength(q, end) > 0) return true;
    }
  }
  return false;
}

void AppendCollapsed(std::string_view content, std::string* out) {
  if (!NeedsCollapse(content)) {
    out->append(content);
    return;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(content.data());
  const auto* end = p + content.size();
  bool pending_space = false;
  while (p < end) {
    const std::size_t ws = WhitespaceLength(p, end);
    if (ws > 0) {
      // Zero-width no-break space is dropped rather than turned into a gap.
      if (!(ws == 3 && p[0] == 0xEF)) pending_space = true;
      p += ws;
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    const unsigned char* run = p;
    while (p < end && *p != ' ' && *p != '\t' &&
           !(MayStartWideSpace(*p) && WhitespaceLength(p, end) > 0)) {
      ++p;
    }
    out->append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
  }
}

// Byte length of a list marker at the start of content ("* ", "- ", "1. "),
// including the space after it; 0 if none.
std::size_t ListMarkerLength(std::string_view c) {
  if (c.size() < 2) return 0;
  const auto first = static_cast<unsigned char>(c[0]);
  if (first >= 0x80) {
    // U+2022 bullet, U+00B7 middle dot, U+2013 en dash.
    static constexpr std::array<std::string_view, 3> kBullets = {"\xE2\x80\xA2 ", "\xC2\xB7 ",
                                                                 "\xE2\x80\x93 "};
    for (std::string_view bullet : kBullets) {
      if (c.substr(0, bullet.size()) == bullet) return bullet.size();
    }
    return 0;
  }
  if ((first == '*' || first == '+' || first == '-' || first == 'o') && c[1] == ' ') return 2;
  std::size_t digits = 0;
  while (digits < c.size() && digits < 3 && c[digits] >= '0' && c[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < c.size() && (c[digits] == '.' || c[digits] == ')') &&
      c[digits + 1] == ' ') {
    return digits + 2;
  }
  return 0;
}

std::string_view FirstWord(std::string_view content) {
  return content.substr(0, content.find(' '));
}

// The fixed width the page was wrapped at, 0 if it shows no wrapping.
//
// Among lines of several words, wrapped text has (a) almost no line wider
// than the wrap width W and (b) most lines within a few columns of W (greedy
// filling leaves a gap shorter than the next word; only paragraph ends are
// shorter, so near-W lines are most of the long lines). Unwrapped text has a
// long tail of wide lines or lengths spread evenly, so it fails (a) or (b).
uint32_t DetectWrapWidth(const std::vector<RawLine>& raws) {
  constexpr uint32_t kMinWidth = kMinWrapWidth;
  constexpr uint32_t kMaxWidth = kMaxWrapWidth;
  constexpr uint32_t kNear = 10;
  std::array<uint32_t, kMaxWidth + 2> histogram{};
  uint32_t prose = 0;
  for (const RawLine& raw : raws) {
    if (!raw.prose) continue;
    ++prose;
    ++histogram[std::min(raw.width, kMaxWidth + 1)];
  }
  if (prose < 8) return 0;
  // W: the narrowest width with at most one prose line in a hundred (plus
  // one) wider: a wrapper puts an unbreakable URL on a line of its own, but
  // a page may hold a stray unwrapped line such as an image's alt text.
  const uint32_t allowed_wider = 1 + prose / 100;
  uint32_t wider = 0;
  uint32_t width = kMaxWidth + 1;
  while (width > 0 && wider + histogram[width] <= allowed_wider) {
    wider += histogram[width];
    --width;
  }
  // Lines one or two columns wider are the wrap width's own, not outliers.
  while (width + 1 <= kMaxWidth && (histogram[width + 1] > 0 || histogram[width + 2] > 0)) {
    ++width;
  }
  if (width < kMinWidth || width > kMaxWidth) return 0;
  uint32_t near = 0;
  uint32_t below = 0;
  for (uint32_t w = width - kNear; w <= width; ++w) near += histogram[w];
  for (uint32_t w = width - 2 * kNear; w < width - kNear; ++w) below += histogram[w];
  uint32_t long_lines = 0;  // prose lines at least half as wide as W
  for (uint32_t w = width / 2; w <= width; ++w) long_lines += histogram[w];
  if (near < 8 || near < 3 * below || 2 * near < long_lines) return 0;
  return width;
}

// The code point starting at byte i of s (negative if ill-formed).
UChar32 CodePointAt(std::string_view s, std::size_t i) {
  auto index = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), index, static_cast<int32_t>(s.size()), c);
  return c;
}

// True when text ends with a hyphen right after a letter ("exam-").
bool EndsWithWordHyphen(const std::string& text) {
  if (text.size() < 2 || text.back() != '-') return false;
  auto before = static_cast<int32_t>(text.size() - 1);
  U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, before);
  const UChar32 c = CodePointAt(text, static_cast<std::size_t>(before));
  return c >= 0 && u_isalpha(c);
}

// The paragraph being built.
struct Paragraph {
  Line line;
  uint32_t first_indent = 0;
  uint32_t hanging_indent = 0;  // indent of the text after a list marker
  uint32_t continuation = 0;    // indent of continuation lines, once seen
  bool has_continuation = false;
  uint32_t last_width = 0;        // columns of the last input line joined
  std::string_view last_content;  // content of the last input line joined
};

// Columns of slack in the test that the next word did not fit (it would
// have fitted when the line, a space, the word and the slack fit in the
// width): three for wrappers that count the width differently, none for
// html2text, whose greedy wrapping at its width is exact (and which puts
// no blank line between paragraphs, so that a paragraph's long last line
// is told from a wrapped one by that test alone).
constexpr uint32_t kWrapSlack = 3;

// The page is Debian html2text's (inline_markup.h): a line opens with "**"
// (its heading frames) before the full test.
bool RenderedByHtml2text(const std::vector<RawLine>& raws) {
  if (std::none_of(raws.begin(), raws.end(), [](const RawLine& raw) {
        return raw.content.size() > 2 && raw.content[0] == '*' && raw.content[1] == '*';
      })) {
    return false;
  }
  std::vector<std::string_view> contents;
  contents.reserve(raws.size());
  for (const RawLine& raw : raws) contents.push_back(raw.content);
  return DetectInlineMarkup(contents) == InlineMarkup::kHtml2text;
}

// True when raw continues the paragraph, judged as a renderer's wrapping.
bool Continues(const Paragraph& paragraph, const RawLine& raw, uint32_t wrap_width,
               uint32_t slack) {
  if (ListMarkerLength(raw.content) > 0) return false;
  // A heading html2text framed in asterisks ("***** Next steps *****")
  // starts its own line: html2text puts no blank line around it.
  if (IsFramedHeading(raw.content)) return false;
  if (paragraph.last_width > wrap_width || raw.width > wrap_width) return false;
  if (paragraph.last_width * 3 < wrap_width * 2) return false;
  const bool hyphen = EndsWithWordHyphen(paragraph.line.text);
  // Greedy wrapping broke the line only because the next word did not fit.
  const uint32_t gap = hyphen ? 0 : 1;
  if (paragraph.last_width + gap + DisplayWidth(FirstWord(raw.content)) + slack <= wrap_width) {
    return false;
  }
  bool aligned;
  if (paragraph.has_continuation) {
    aligned = raw.indent == paragraph.continuation;
  } else {
    aligned = raw.indent == paragraph.first_indent ||
              (paragraph.hanging_indent > 0 && raw.indent == paragraph.hanging_indent) ||
              // A paragraph whose first line alone is indented.
              (raw.indent < paragraph.first_indent && paragraph.first_indent - raw.indent <= 4);
  }
  // Table rows are full-width too, but never wrapped prose (checked last:
  // it is the costliest test).
  return aligned && !HasColumnGap(paragraph.last_content) && !HasColumnGap(raw.content);
}

// Appends a wrapped continuation: "exam-" + "ple" -> "example" when both
// sides are letters and the next part starts in lower case; a compound
// ("Anglo-" + "Saxon", "state-of-the-" + "art") keeps its hyphen.
void Join(std::string* text, std::string_view content) {
  if (!EndsWithWordHyphen(*text)) {
    text->push_back(' ');
    AppendCollapsed(content, text);
    return;
  }
  const std::size_t space = text->find_last_of(' ');
  const std::size_t word_start = space == std::string::npos ? 0 : space + 1;
  const bool compound = text->find('-', word_start) < text->size() - 1;
  const UChar32 next = CodePointAt(content, 0);
  if (next >= 0 && u_islower(next) && !compound) text->pop_back();
  AppendCollapsed(content, text);
}

// A logical line longer than kMaxLineBytes is no paragraph but a whole
// page glued into one line (a scraper's get_text() of minified HTML). The
// model never saw one (the corpus's longest line has 50,621 bytes) and
// the counts among its features grow with a line's length: past about
// 150 KB such a line of plain prose was all labelled boilerplate and the
// article came out empty. It is cut into pieces of at most
// kLongLinePieceBytes, each a line of its own, as paragraphs would be.
constexpr std::size_t kMaxLineBytes = 65536;
constexpr std::size_t kLongLinePieceBytes = 2048;

// Where the piece of `text` starting at `from` ends: after the last
// sentence end (". ", "! ", "? " or an ideographic full stop "。", "！",
// "？") in its first kLongLinePieceBytes bytes, else at its last space,
// else at the last character boundary.
// REQUIRES: text.size() - from > kLongLinePieceBytes.
std::size_t PieceEnd(std::string_view text, std::size_t from) {
  const std::size_t limit = from + kLongLinePieceBytes;
  std::size_t space = 0;
  for (std::size_t k = limit; k > from; --k) {
    if (text[k] == ' ') {
      const char before = text[k - 1];
      if (before == '.' || before == '!' || before == '?') return k;
      if (space == 0) space = k;
    }
    // U+3002, U+FF01, U+FF1F end at byte k - 1: the piece ends after them.
    if (k >= from + 3) {
      const std::string_view mark = text.substr(k - 3, 3);
      if (mark == "\xE3\x80\x82" || mark == "\xEF\xBC\x81" || mark == "\xEF\xBC\x9F") return k;
    }
  }
  if (space > from) return space;
  std::size_t end = limit;
  while (end > from && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return end > from ? end : limit;
}

// Cuts every line longer than kMaxLineBytes into pieces (above): each
// covers the same input lines; the first keeps the line's indent and the
// blank lines before it, the others have one blank line before them.
void CutLongLines(std::vector<Line>* lines) {
  if (std::none_of(lines->begin(), lines->end(),
                   [](const Line& line) { return line.text.size() > kMaxLineBytes; })) {
    return;
  }
  std::vector<Line> cut;
  for (Line& line : *lines) {
    if (line.text.size() <= kMaxLineBytes) {
      cut.push_back(std::move(line));
      continue;
    }
    const std::string_view text = line.text;
    for (std::size_t from = 0; from < text.size();) {
      const bool last = text.size() - from <= kLongLinePieceBytes;
      const std::size_t end = last ? text.size() : PieceEnd(text, from);
      Line piece;
      piece.text = std::string(text.substr(from, end - from));
      piece.first = line.first;
      piece.last = line.last;
      piece.indent = from == 0 ? line.indent : 0;
      piece.blanks_before = from == 0 ? line.blanks_before : 1;
      cut.push_back(std::move(piece));
      from = end;
      while (from < text.size() && text[from] == ' ') ++from;
    }
  }
  *lines = std::move(cut);
}

}  // namespace

Page SplitLines(std::string_view text, bool unwrap) {
  Page page;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      page.input_lines.push_back(text.substr(start));
      break;
    }
    page.input_lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }

  std::vector<RawLine> raws;
  raws.reserve(page.input_lines.size());
  for (std::string_view line : page.input_lines) raws.push_back(Measure(line));
  page.wrap_width = DetectWrapWidth(raws);
  const uint32_t join_width = unwrap ? page.wrap_width : 0;
  const uint32_t slack = join_width > 0 && RenderedByHtml2text(raws) ? 0 : kWrapSlack;

  page.lines.reserve(raws.size());
  Paragraph paragraph;
  bool open = false;
  uint32_t blanks = 0;
  for (uint32_t i = 0; i < static_cast<uint32_t>(raws.size()); ++i) {
    const RawLine& raw = raws[i];
    if (raw.content.empty()) {
      ++blanks;
      continue;
    }
    if (open && blanks == 0 && join_width > 0 && Continues(paragraph, raw, join_width, slack)) {
      Join(&paragraph.line.text, raw.content);
      paragraph.line.last = i;
      paragraph.last_width = raw.width;
      paragraph.last_content = raw.content;
      if (!paragraph.has_continuation) {
        paragraph.has_continuation = true;
        paragraph.continuation = raw.indent;
      }
      continue;
    }
    if (open) page.lines.push_back(std::move(paragraph.line));
    paragraph = Paragraph();
    open = true;
    paragraph.line.first = i;
    paragraph.line.last = i;
    paragraph.line.indent = static_cast<uint16_t>(std::min<uint32_t>(raw.indent, UINT16_MAX));
    paragraph.line.blanks_before = static_cast<uint16_t>(std::min<uint32_t>(blanks, UINT16_MAX));
    AppendCollapsed(raw.content, &paragraph.line.text);
    paragraph.first_indent = raw.indent;
    if (join_width > 0) {
      const std::size_t marker = ListMarkerLength(raw.content);
      if (marker > 0) {
        paragraph.hanging_indent = raw.indent + DisplayWidth(raw.content.substr(0, marker));
      }
    }
    paragraph.last_width = raw.width;
    paragraph.last_content = raw.content;
    blanks = 0;
  }
  if (open) page.lines.push_back(std::move(paragraph.line));
  CutLongLines(&page.lines);
  return page;
}

}  // namespace pith::internal

#include "inline_markup.h"

#include <algorithm>
#include <cstddef>

#include "ascii_scan.h"

namespace pith::internal {
namespace {

// An asterisk frame holds at most this many on each side (html2text: six
// for <h1>, one fewer for each level below).
constexpr std::size_t kMaxFrameStars = 6;
// A line with a link's underline is prose: this many words or more.
constexpr std::size_t kUnderlineLineWords = 6;
// Links nest at most this deep ("[![picture](src)](href)").
constexpr int kMaxLinkNesting = 3;
// Markdown's headings open with one to six "#".
constexpr std::size_t kMaxHeadingHashes = 6;
// A link's URL has at most this many bytes, its text and an emphasis at
// most this many (so that a line of unmatched marks costs linear time).
constexpr std::size_t kMaxTargetBytes = 2048;
constexpr std::size_t kMaxLinkTextBytes = 1000;
constexpr std::size_t kMaxEmphasisBytes = 1000;
// lynx numbers a page's links up to this many digits.
constexpr std::size_t kMaxLinkNumberDigits = 5;
// A Markdown page has links on this many lines at least (and a tenth); a
// lynx dump without -nolist, link numbers on this many lines.
constexpr std::size_t kMinMarkdownLines = 3;

// An ASCII letter, or a byte of a multi-byte UTF-8 character (letters of
// other scripts; their marks are not told apart, nor need to be here).
bool IsLetterByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

std::string_view TrimSpaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// A word of letters joined to the next by underscores ("Jane_Doe",
// "take_the_fight"), no digit, slash, "@", dot or colon in it (a file
// name, a handle, an address, a variable's "max_retries2").
bool IsUnderlinedWords(std::string_view word) {
  if (word.find('_') == std::string_view::npos) return false;
  for (std::size_t k = 0; k < word.size(); ++k) {
    const char c = word[k];
    if (c == '_') {
      if (k == 0 || k + 1 == word.size() || !IsLetterByte(word[k - 1]) ||
          !IsLetterByte(word[k + 1])) {
        return false;
      }
    } else if (!IsLetterByte(c) && c != '-' && c != '\'' && c != ',' && c != '.') {
      return false;
    } else if (c == '.' && k + 1 != word.size()) {
      return false;  // "file_name.txt", not "court."
    }
  }
  return true;
}

bool HoldsUnderlinedLink(std::string_view line) {
  std::size_t words = 0;
  bool underlined = false;
  for (std::size_t from = 0; from < line.size();) {
    std::size_t end = line.find(' ', from);
    if (end == std::string_view::npos) end = line.size();
    if (end > from) {
      ++words;
      underlined = underlined || IsUnderlinedWords(line.substr(from, end - from));
    }
    from = end + 1;
  }
  return underlined && words >= kUnderlineLineWords;
}

// The end of the Markdown target "(url)" that opens at `open` (its "("), a
// URL without spaces of at most kMaxTargetBytes; npos when there is none.
std::size_t TargetEnd(std::string_view text, std::size_t open) {
  if (open >= text.size() || text[open] != '(') return std::string_view::npos;
  const std::size_t close = text.substr(0, open + 2 + kMaxTargetBytes).find(')', open + 1);
  if (close == std::string_view::npos || close == open + 1) return std::string_view::npos;
  if (text.substr(open + 1, close - open - 1).find(' ') != std::string_view::npos) {
    return std::string_view::npos;
  }
  return close;
}

// `text` with each "![alt](url)" dropped and each "[words](url)" read as
// its words.
std::string WithoutLinks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // The first "]" at or after a position, found once for every "[" before
  // it (a line of many "[" and no "]" stays linear).
  std::size_t next_close = 0;
  for (std::size_t k = 0; k < text.size();) {
    const bool picture = text[k] == '!' && k + 1 < text.size() && text[k + 1] == '[';
    const std::size_t open = picture ? k + 1 : k;
    if (text[open] == '[') {
      if (next_close != std::string_view::npos && next_close <= open) {
        next_close = text.find(']', open + 1);
      }
      const std::size_t close = next_close;
      const std::size_t end = close == std::string_view::npos ? close : TargetEnd(text, close + 1);
      // (Link text holds no other "[": an inner picture is read first.)
      if (end != std::string_view::npos && close - open <= kMaxLinkTextBytes &&
          text.substr(open + 1, close - open - 1).find('[') == std::string_view::npos) {
        if (!picture) out.append(text.substr(open + 1, close - open - 1));
        k = end + 1;
        continue;
      }
    }
    out += text[k];
    ++k;
  }
  return out;
}

// `text` without the halves of a link that a line break split (Markdown
// wraps a link's text like any other: "a [feasibility study" / "published
// in March](/news/study) found"), when the lines were not joined: a "["
// that no "]" follows, and a "](url)" that no "[" precedes.
std::string WithoutSplitLinkHalves(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const std::size_t first_open = text.find('[');
  const std::size_t last_close = text.rfind(']');
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (text[k] == '[' && (last_close == std::string_view::npos || last_close < k)) continue;
    if (text[k] == ']' && k + 1 < text.size() && text[k + 1] == '(' &&
        (first_open == std::string_view::npos || first_open > k)) {
      const std::size_t end = TargetEnd(text, k + 1);
      if (end != std::string_view::npos) {
        k = end;
        continue;
      }
    }
    out += text[k];
  }
  return out;
}

// `text` without Markdown's emphasis marks of `width` characters ("**" and
// "__" for strong text, "*" and "_" for emphasis) around words: a mark
// that opens before a word's first character, and the first after it that
// closes after a word's last ("cost **240m** more", "the _Acme Trust_
// said"; not "2**3", "max_retries", "5 * 3", a picture's "_MG_0174").
std::string WithoutEmphasis(std::string_view text, std::size_t width) {
  const auto is_mark = [&](std::size_t k, char c) {
    if (k + width > text.size() || (c != '*' && c != '_')) return false;
    for (std::size_t j = k; j < k + width; ++j) {
      if (text[j] != c) return false;
    }
    // (Not part of a longer run: "***" is no "*" nor "**".)
    return (k == 0 || text[k - 1] != c) && (k + width == text.size() || text[k + width] != c);
  };
  const auto opens = [&](std::size_t k) {
    return k + width < text.size() && text[k + width] != ' ' &&
           (k == 0 || text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '"');
  };
  const auto closes = [&](std::size_t k) {
    return k > 0 && text[k - 1] != ' ' &&
           (k + width == text.size() ||
            (!IsLetterByte(text[k + width]) && !IsAsciiDigit(text[k + width])));
  };
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (is_mark(k, c) && opens(k)) {
      const std::size_t limit = std::min(text.size(), k + width + kMaxEmphasisBytes);
      std::size_t close = k + width;
      while (close < limit && !(text[close] == c && is_mark(close, c) && closes(close))) {
        ++close;
      }
      if (close < limit) {
        out.append(text.substr(k + width, close - k - width));
        k = close + width - 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

// `text` with runs of spaces as one, and none at its ends (a dropped
// picture leaves the spaces around it).
std::string CollapsedSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A Markdown link or picture to a URL in the line: "[Home](https://...)",
// "![The depot](/img/depot.jpg)".
bool HoldsMarkdownLink(std::string_view line) {
  const std::size_t first_open = line.find('[');
  for (std::size_t at = line.find("]("); at != std::string_view::npos;
       at = line.find("](", at + 2)) {
    if (first_open > at || TargetEnd(line, at + 1) == std::string_view::npos) continue;
    const std::string_view target = line.substr(at + 2);
    for (std::string_view start : {"http://", "https://", "/", "#", "mailto:", "www."}) {
      if (target.substr(0, start.size()) == start) return true;
    }
  }
  return false;
}

// The length of lynx's link number "[12]" at `at` when the link's text
// follows it, a letter, a digit or a quote ("[12]Home", "[3]\"Quoted\""); 0
// otherwise: a citation is followed by a space or punctuation ("attempts
// [11], which", "Other[3][n 3]").
std::size_t LinkNumberLength(std::string_view text, std::size_t at) {
  if (text[at] != '[') return 0;
  std::size_t end = at + 1;
  while (end < text.size() && end - at <= kMaxLinkNumberDigits && IsAsciiDigit(text[end])) ++end;
  if (end == at + 1 || end + 1 >= text.size() || text[end] != ']') return 0;
  const char next = text[end + 1];
  const bool link_text = IsLetterByte(next) || IsAsciiDigit(next) || next == '"' || next == '\'';
  return link_text ? end + 1 - at : 0;
}

bool HoldsLinkNumber(std::string_view line) {
  for (std::size_t at = line.find('['); at != std::string_view::npos; at = line.find('[', at + 1)) {
    if (LinkNumberLength(line, at) > 0) return true;
  }
  return false;
}

// `text` without lynx's link numbers (LinkNumberLength).
std::string WithoutLinkNumbers(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t k = 0; k < text.size();) {
    const std::size_t length = LinkNumberLength(text, k);
    if (length > 0) {
      k += length;
      continue;
    }
    out += text[k++];
  }
  return out;
}

// `text` with the underscores of each word IsUnderlinedWords read as spaces.
std::string WithoutUnderlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t end = text.find(' ', from);
    if (end == std::string_view::npos) end = text.size();
    std::string word(text.substr(from, end - from));
    if (IsUnderlinedWords(word)) {
      for (char& c : word) {
        if (c == '_') c = ' ';
      }
    }
    out += word;
    if (end < text.size()) out += ' ';
    from = end + 1;
  }
  return out;
}

// Markdown's links read as their text and its pictures dropped, the halves
// of a link split over two lines without their marks.
std::string WithoutMarkdownLinks(std::string_view text) {
  std::string out(text);
  // (A linked picture, "[![logo](/logo.png)](https://...)", takes two passes.)
  for (int pass = 0; pass < kMaxLinkNesting && out.find("](") != std::string::npos; ++pass) {
    std::string next = WithoutLinks(out);
    if (next == out) break;
    out = std::move(next);
  }
  if (out.find('[') != std::string::npos || out.find("](") != std::string::npos) {
    out = WithoutSplitLinkHalves(out);
  }
  return out.size() == text.size() ? out : CollapsedSpaces(out);
}

}  // namespace

InlineMarkup DetectInlineMarkup(const std::vector<std::string_view>& lines) {
  bool framed = false, references = false;
  std::size_t non_blank = 0, linked = 0, numbered = 0;
  for (const std::string_view line : lines) {
    if (line.empty()) continue;
    ++non_blank;
    framed = framed || IsFramedHeading(line);
    references = references || line == "References";
    if (line.find("](") != std::string_view::npos && HoldsMarkdownLink(line)) ++linked;
    if (line.find('[') != std::string_view::npos && HoldsLinkNumber(line)) ++numbered;
  }
  if (linked >= kMinMarkdownLines && linked * 10 >= non_blank) return InlineMarkup::kMarkdown;
  if (references && numbered >= kMinMarkdownLines) return InlineMarkup::kLynxLinks;
  if (!framed) return InlineMarkup::kNone;
  for (const std::string_view line : lines) {
    if (line.find('_') != std::string_view::npos && HoldsUnderlinedLink(line)) {
      return InlineMarkup::kHtml2text;
    }
  }
  return InlineMarkup::kNone;
}

std::string_view UnframedHeading(std::string_view text) {
  std::size_t stars = 0;
  while (stars < text.size() && text[stars] == '*') ++stars;
  if (stars < 2 || stars > kMaxFrameStars || text.size() < 2 * stars + 3) return text;
  if (text[stars] != ' ') return text;
  const std::string_view closing = text.substr(text.size() - stars);
  if (closing.find_first_not_of('*') != std::string_view::npos ||
      text[text.size() - stars - 1] != ' ' || text[text.size() - stars - 2] == '*') {
    return text;
  }
  const std::string_view inner = TrimSpaces(text.substr(stars, text.size() - 2 * stars));
  return inner.empty() ? text : inner;
}

bool IsFramedHeading(std::string_view text) {
  return text.size() > 4 && text[0] == '*' && text[1] == '*' && UnframedHeading(text) != text;
}

std::string WithoutInlineMarkup(std::string_view text, InlineMarkup markup) {
  switch (markup) {
    case InlineMarkup::kNone:
      break;
    case InlineMarkup::kMarkdown: {
      // A heading's "#" to "######".
      std::size_t hashes = 0;
      while (hashes < text.size() && hashes < kMaxHeadingHashes && text[hashes] == '#') ++hashes;
      if (hashes > 0 && hashes < text.size() && text[hashes] == ' ') text.remove_prefix(hashes + 1);
      const bool emphasis =
          text.find('*') != std::string_view::npos || text.find('_') != std::string_view::npos;
      std::string out = WithoutMarkdownLinks(text);
      return emphasis ? CollapsedSpaces(WithoutEmphasis(WithoutEmphasis(out, 2), 1)) : out;
    }
    case InlineMarkup::kHtml2text:
      text = UnframedHeading(text);
      if (text.find('_') != std::string_view::npos) return WithoutUnderlines(text);
      break;
    case InlineMarkup::kLynxLinks:
      if (text.find('[') != std::string_view::npos)
        return CollapsedSpaces(WithoutLinkNumbers(text));
      break;
  }
  return std::string(text);
}

}  // namespace pith::internal

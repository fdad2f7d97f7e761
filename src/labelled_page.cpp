#include "labelled_page.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "ascii_scan.h"
#include "byline.h"
#include "language.h"

namespace pith::internal {
namespace {

// Body lines further apart than this start a new block (MainArticleBlock), and
// metadata lines this far above the block belong to it.
constexpr long kBodyGap = 4;
constexpr std::size_t kMetadataAbove = 8;
// A post-nominal after a name has at most this many letters ("FACLM").
constexpr std::size_t kMaxPostNominalLetters = 6;

}  // namespace

bool EndsWithFullStop(std::string_view t) {
  // A closing quote or bracket after the stop ('… he said."', '… (2019).)').
  for (bool stripped = true; stripped && !t.empty();) {
    stripped = false;
    for (std::string_view close : {"\"", "'", ")", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"}) {
      if (t.size() > close.size() && t.substr(t.size() - close.size()) == close) {
        t.remove_suffix(close.size());
        stripped = true;
        break;
      }
    }
  }
  if (t.empty()) return false;
  if (t.back() == '.') return !(t.size() >= 3 && t.substr(t.size() - 3) == "...");
  if (t.size() < 3) return false;
  const std::string_view last = t.substr(t.size() - 3);
  // 。 (CJK), । and ॥ (Devanagari danda), ． (full width).
  return last == "\xE3\x80\x82" || last == "\xE0\xA5\xA4" || last == "\xE0\xA5\xA5" ||
         last == "\xEF\xBC\x8E";
}

namespace {

// Normalised() of a text split into these words.
std::string NormalisedWords(WordSpan words) {
  std::string out;
  for (const Word& w : words) {
    if (!out.empty()) out += ' ';
    out += FoldCase(w.text);
  }
  return out;
}

// NormalisedEquals(t, norm) of a text t split into words(): split only when
// t's first byte does not rule it out.
template <typename Words>
bool NormalisedWordsEqual(std::string_view t, Words words, std::string_view norm) {
  // A text that opens with an ASCII letter or digit opens its first word
  // with it, which folds to its lower case: most texts differ here.
  if (!t.empty() && IsAsciiAlnum(t[0]) && (norm.empty() || norm[0] != ToAsciiLower(t[0]))) {
    return false;
  }
  // Walks norm as Normalised would write it: a space before each word but
  // the first, then the word folded.
  std::string folded;
  std::size_t at = 0;
  for (const Word& w : words()) {
    if (at != 0) {
      if (at == norm.size() || norm[at] != ' ') return false;
      ++at;
    }
    FoldCase(w.text, &folded);
    if (norm.substr(at, folded.size()) != folded) return false;
    at += folded.size();
  }
  return at == norm.size();
}

}  // namespace

std::string Normalised(std::string_view t) { return NormalisedWords(SplitWords(t)); }

std::string Normalised(const PageView& view, std::size_t i) {
  return NormalisedWords(view.words(i));
}

bool NormalisedEquals(std::string_view t, std::string_view norm) {
  return NormalisedWordsEqual(
      t, [&] { return SplitWords(t); }, norm);
}

bool NormalisedEquals(const PageView& view, std::size_t i, std::string_view norm) {
  return NormalisedWordsEqual(
      view.texts[i], [&] { return view.words(i); }, norm);
}

bool SameNormalised(std::string_view a, std::string_view b) {
  // No folded word is empty or holds a space, so the two strings are equal
  // exactly when they have as many words and the words fold alike.
  const std::vector<Word> a_words = SplitWords(a);
  const std::vector<Word> b_words = SplitWords(b);
  if (a_words.size() != b_words.size()) return false;
  std::string a_folded;
  std::string b_folded;
  for (std::size_t k = 0; k < a_words.size(); ++k) {
    const std::string_view x = a_words[k].text;
    const std::string_view y = b_words[k].text;
    if (IsAsciiText(x) && IsAsciiText(y)) {
      // FoldCase lower-cases ASCII bytes only.
      if (x.size() != y.size()) return false;
      for (std::size_t c = 0; c < x.size(); ++c) {
        if (ToAsciiLower(x[c]) != ToAsciiLower(y[c])) return false;
      }
      continue;
    }
    FoldCase(x, &a_folded);
    FoldCase(y, &b_folded);
    if (a_folded != b_folded) return false;
  }
  return true;
}

std::size_t LetterWords(WordSpan words) {
  std::size_t n = 0;
  for (const Word& w : words) n += w.has_letter ? 1 : 0;
  return n;
}

namespace {

// LooksLikeName of a text of `count` words (as CountWords counts them, up
// to 5), split into words() only when the count allows a name.
template <typename Words>
bool NameWords(const PageView& view, std::size_t count, Words words) {
  if (count < 2 || count > 4) return false;
  const auto split = words();
  if (split.size() < 2 || split.size() > 4) return false;
  for (const Word& w : split) {
    if (!w.capitalised || w.has_digit || w.ideographic) return false;
    if (IsStopword(view.dates.language, FoldCase(w.text))) return false;
  }
  return true;
}

}  // namespace

bool LooksLikeName(const PageView& view, std::string_view text) {
  // Most lines asked about have more words: counted without splitting them.
  return NameWords(view, CountWords(text, 5), [&] { return SplitWords(text); });
}

bool LooksLikeName(const PageView& view, std::size_t i) {
  return NameWords(view, CountLineWords(view, i, 5), [&] { return view.words(i); });
}

namespace {

// The memo's bits of line i, sized for the page on first use.
uint8_t& Known(const PageView& view, std::size_t i) {
  LineMemo& memo = view.memo;
  if (memo.known.empty()) {
    memo.known.assign(view.texts.size(), 0);
    memo.counts.assign(view.texts.size(), 0);
    memo.words.resize(view.texts.size());
  }
  return memo.known[i];
}

// test(), worked out once per line: `done` marks it known, `yes` true.
template <typename Test>
bool Memoised(const PageView& view, std::size_t i, uint8_t done, uint8_t yes, Test test) {
  uint8_t& known = Known(view, i);
  if ((known & done) == 0) known = static_cast<uint8_t>(known | done | (test() ? yes : 0));
  return (known & yes) != 0;
}

}  // namespace

WordSpan PageView::words(std::size_t i) const {
  if (split != nullptr) return (*split)[i];
  uint8_t& known = Known(*this, i);
  if ((known & LineMemo::kWordsKnown) == 0) {
    // Split into the reused scratch vector, then copied at its size: one
    // allocation a line, where splitting into an empty vector grew it
    // several times.
    SplitWords(texts[i], &memo.scratch);
    memo.words[i].assign(memo.scratch.begin(), memo.scratch.end());
    known = static_cast<uint8_t>(known | LineMemo::kWordsKnown);
  }
  return memo.words[i];
}

bool IsSentence(const PageView& view, std::size_t i) {
  return EndsWithFullStop(view.texts[i]) &&
         CountLineWords(view, i, kSentenceWords) >= kSentenceWords;
}

std::size_t CountLineWords(const PageView& view, std::size_t i, std::size_t limit) {
  if (view.split != nullptr) return std::min((*view.split)[i].size(), limit);
  uint8_t& known = Known(view, i);
  if ((known & LineMemo::kWordsKnown) != 0) return std::min(view.memo.words[i].size(), limit);
  uint32_t& count = view.memo.counts[i];
  if ((known & LineMemo::kCountExact) != 0) return std::min<std::size_t>(count, limit);
  if (count >= limit) return limit;  // a lower bound: at least `limit` words
  const std::size_t found = CountWords(view.texts[i], limit);
  // Fewer than `limit` words: all of them (CountWords scanned the line).
  if (found < limit) known = static_cast<uint8_t>(known | LineMemo::kCountExact);
  count = static_cast<uint32_t>(found);
  return found;
}

namespace {

// A post-nominal after a name's comma: a degree or a credential in
// capitals, dots aside ("MD", "Ph.D.", "RDN", "MSc").
bool PostNominal(std::string_view piece) {
  std::size_t letters = 0;
  std::size_t capitals = 0;
  for (const char c : piece) {
    if (c == '.') continue;
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
    ++letters;
    capitals += c >= 'A' && c <= 'Z' ? 1 : 0;
  }
  return letters >= 2 && letters <= kMaxPostNominalLetters && capitals * 2 > letters &&
         piece[0] >= 'A' && piece[0] <= 'Z';
}

// The name before its post-nominals ("Jo Smith, MS, RD" -> "Jo Smith"),
// else the whole text.
std::string_view WithoutPostNominals(std::string_view text) {
  const std::size_t comma = text.find(", ");
  if (comma == std::string_view::npos) return text;
  std::string_view rest = text.substr(comma + 2);
  while (!rest.empty()) {
    const std::size_t next = rest.find(", ");
    if (!PostNominal(rest.substr(0, next))) return text;
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 2);
  }
  return text.substr(0, comma);
}

}  // namespace

bool IsBareName(const PageView& view, std::size_t i) {
  return Memoised(view, i, LineMemo::kBareKnown, LineMemo::kBare, [&] {
    const std::string_view name = WithoutPostNominals(view.texts[i]);
    // (Most lines have no post-nominals: the whole line, from the view.)
    const bool whole_line = name.size() == view.texts[i].size();
    if (!(whole_line ? LooksLikeName(view, i) : LooksLikeName(view, name))) return false;
    const Byline& byline = LineByline(view, i);
    return byline.authors.size() == 1 && SameNormalised(byline.authors[0], name);
  });
}

bool HasDate(const PageView& view, std::size_t i) { return !LineDates(view, i).empty(); }

const std::vector<FoundDate>& LineDates(const PageView& view, std::size_t i) {
  uint8_t& known = Known(view, i);
  std::vector<std::vector<FoundDate>>& dates = view.memo.dates;
  if ((known & LineMemo::kDatesKnown) == 0) {
    // Sized once, on the page's first search, so that the references
    // handed out stay valid.
    if (dates.empty()) dates.resize(view.texts.size());
    dates[i] = FindDates(view.texts[i], view.dates);
    known = static_cast<uint8_t>(known | LineMemo::kDatesKnown);
  }
  return dates[i];
}

const Byline& LineByline(const PageView& view, std::size_t i) {
  uint8_t& known = Known(view, i);
  std::vector<Byline>& bylines = view.memo.bylines;
  if ((known & LineMemo::kBylineKnown) == 0) {
    // Sized once, on the page's first parse, so that the references
    // handed out stay valid.
    if (bylines.empty()) bylines.resize(view.texts.size());
    bylines[i] = ParseByline(view.texts[i], view.dates.language);
    known = static_cast<uint8_t>(known | LineMemo::kBylineKnown);
  }
  return bylines[i];
}

namespace {

// The marks of an image credit, searched for anywhere in a line.
constexpr std::string_view kCreditMarks[] = {"\xC2\xA9",
                                             "Photo:",
                                             "Photograph:",
                                             "Foto:",
                                             "Bild:",
                                             "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:",
                                             "Getty Images",
                                             "(foto ",
                                             "(photo ",
                                             "(Foto ",
                                             "(Photo ",
                                             ". Photo ",
                                             "Picture:",
                                             "Credit:",
                                             "Image credit",
                                             "\xE6\x91\x84\xEF\xBC\x89",
                                             "\xE6\x91\x84)",
                                             "Fot. ",
                                             "Foto\u011fraf:",  // Fotoğraf:
                                             "\u062a\u0635\u0648\u064a\u0631:",
                                             "\u062a\u0635\u0648\u064a\u0631 :",  // تصوير:
                                             "\u092b\u094b\u091f\u094b:",
                                             "\u092b\u094b\u091f\u094b :",  // फोटो:
                                             "\xE6\x92\xAE\xE5\xBD\xB1\xEF\xBC\x89"};

// Korean credits close the caption: "… 전경. 해담군 제공" (provided by).
bool EndsWithProvided(std::string_view text) {
  constexpr std::string_view kProvided = "\xEC\xA0\x9C\xEA\xB3\xB5";  // 제공
  return text.size() > kProvided.size() + 1 &&
         text.substr(text.size() - kProvided.size()) == kProvided &&
         text[text.size() - kProvided.size() - 1] == ' ';
}

// The marks split by their key bytes: ':', '(' and the lead bytes of the
// non-ASCII marks (not those of curly quotes and dashes). Most lines hold no
// key byte, and a line without one cannot hold a mark with one: searching it
// for the marks without key bytes only gives the same answer.
struct CreditSearch {
  std::array<bool, 256> key{};
  std::vector<std::string_view> all;
  std::vector<std::string_view> unkeyed;  // the marks without a key byte
};

CreditSearch MakeCreditSearch() {
  CreditSearch search;
  search.key[static_cast<unsigned char>(':')] = true;
  search.key[static_cast<unsigned char>('(')] = true;
  for (std::string_view mark : kCreditMarks) {
    for (char c : mark) {
      if (static_cast<unsigned char>(c) >= 0xC0) search.key[static_cast<unsigned char>(c)] = true;
    }
  }
  for (std::string_view mark : kCreditMarks) {
    search.all.push_back(mark);
    const bool keyed = std::any_of(mark.begin(), mark.end(), [&](char c) {
      return search.key[static_cast<unsigned char>(c)];
    });
    if (!keyed) search.unkeyed.push_back(mark);
  }
  return search;
}

bool HasAnyMark(std::string_view text, const std::vector<std::string_view>& marks) {
  for (std::string_view mark : marks) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

bool HasImageCredit(std::string_view text) {
  static const CreditSearch kSearch = MakeCreditSearch();
  const bool keyed = std::any_of(text.begin(), text.end(),
                                 [](char c) { return kSearch.key[static_cast<unsigned char>(c)]; });
  return HasAnyMark(text, keyed ? kSearch.all : kSearch.unkeyed) || EndsWithProvided(text);
}

bool HasImageCreditEveryMark(std::string_view text) {
  for (std::string_view mark : kCreditMarks) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return EndsWithProvided(text);
}

long FirstArticleLine(const PageView& view) {
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    const Label l = view.label(i);
    if (l == Label::kMetadata || l == Label::kBody) return static_cast<long>(i);
  }
  return -1;
}

ArticleBlock MainArticleBlock(const PageView& view) {
  long best_first = -1;
  long best_last = -1;
  std::size_t best_bytes = 0;
  long run_first = -1;
  long run_last = -1;
  std::size_t run_bytes = 0;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) != Label::kBody) continue;
    const long at = static_cast<long>(i);
    if (run_first < 0 || at - run_last > kBodyGap) {
      run_first = at;
      run_bytes = 0;
    }
    run_last = at;
    run_bytes += view.texts[i].size();
    if (run_bytes > best_bytes) {
      best_bytes = run_bytes;
      best_first = run_first;
    }
    if (best_first == run_first) best_last = at;
  }
  if (best_first < 0) return {};
  std::size_t start = static_cast<std::size_t>(best_first);
  for (std::size_t i = start; i-- > 0 && start - i <= kMetadataAbove;) {
    if (view.label(i) == Label::kHeadline) break;
    if (view.label(i) == Label::kMetadata) start = i;
  }
  return {static_cast<long>(start), best_last};
}

}  // namespace pith::internal

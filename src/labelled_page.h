// labelled_page: a page with the classifier's decisions, as the assembler's
// parts (headline.h, metadata_search.h, assemble.h) read it, and the tests
// on a line's text that they share.
//
// Pure and thread-safe.
#ifndef PITH_LABELLED_PAGE_H_
#define PITH_LABELLED_PAGE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "byline.h"
#include "classify.h"
#include "dates.h"
#include "lines.h"
#include "pith/pith.h"
#include "word_table.h"
#include "words.h"

namespace pith::internal {

// A line with more words is prose, not a credit line (a byline, a date line).
inline constexpr std::size_t kMaxBylineWords = 14;
// A line of this many words or more ending with a full stop is a sentence.
inline constexpr std::size_t kSentenceWords = 6;

// What the assembler's rules ask again and again of the same lines, worked
// out once per line on first use: its words, its word count, IsBareName,
// its dates and its byline; and, once per page, how the body writes its
// words.
struct LineMemo {
  std::vector<std::vector<Word>> words;       // SplitWords(texts[i]) once kWordsKnown
  std::vector<Byline> bylines;                // ParseByline(texts[i]) once kBylineKnown
  std::vector<std::vector<FoundDate>> dates;  // FindDates(texts[i]) once kDatesKnown
  // What CountWords has found of line i: its word count once kCountExact,
  // else a lower bound (0: nothing known).
  std::vector<uint32_t> counts;
  std::vector<uint8_t> known;  // LineMemo::k* bits per line
  std::vector<Word> scratch;
  // BodyWordCase's table, once body_case_known.
  WordHashBits body_case;
  bool body_case_known = false;
  static constexpr uint8_t kWordsKnown = 1, kBareKnown = 2, kBare = 4, kDatesKnown = 8,
                           kCountExact = 32, kBylineKnown = 64;
};

// REQUIRES: decisions and texts have one entry per line of `page`; texts[i]
// is page.lines[i].text; split, when not null, has SplitWords(texts[i]) at
// i; letters, when not null, are split's folded words with a letter (only
// with split). A view is used by one thread at a time (its memo fills as it
// is asked).
struct PageView {
  const Page& page;
  const std::vector<LineDecision>& decisions;
  const std::vector<std::string_view>& texts;
  const DateContext& dates;
  const LineWords* split = nullptr;            // the lines' words when split already
  const FoldedLetterWords* letters = nullptr;  // and their folded words with a letter
  mutable LineMemo memo{};

  Label label(std::size_t i) const { return decisions[i].label; }
  // SplitWords(texts[i]): `split`'s, else split once; valid as long as the
  // view.
  WordSpan words(std::size_t i) const;
};

// A full stop ends the line: ".", the ideographic "。", the Devanagari "।"
// and "॥" or the full-width "．" ("..." is none), before any closing quotes
// and brackets ('… he said."', '… in 2019.)').
bool EndsWithFullStop(std::string_view t);

// Line i is a sentence: kSentenceWords words or more ending with a full
// stop (its words counted by CountLineWords: from the view's words, not
// split again).
bool IsSentence(const PageView& view, std::size_t i);

// Case-folded words joined by one space: what "the same text" means when
// comparing a line with the headline.
std::string Normalised(std::string_view t);
// Normalised(view.texts[i]), from the view's words.
std::string Normalised(const PageView& view, std::size_t i);

// Normalised(t) == norm, without building Normalised(t).
bool NormalisedEquals(std::string_view t, std::string_view norm);
// NormalisedEquals(view.texts[i], norm), from the view's words.
bool NormalisedEquals(const PageView& view, std::size_t i, std::string_view norm);

// Normalised(a) == Normalised(b), without building either.
bool SameNormalised(std::string_view a, std::string_view b);

// The words with at least one letter.
std::size_t LetterWords(WordSpan words);

// A person's name: two to four capitalised words, none a stopword of the
// page's language or a number ("Jo Smith"; "Ana de la Cruz" is not caught,
// which is the safe side).
bool LooksLikeName(const PageView& view, std::string_view text);
// LooksLikeName(view, view.texts[i]), from the view's words and counts.
bool LooksLikeName(const PageView& view, std::size_t i);

// CountWords(view.texts[i], limit), memoised in the view.
std::size_t CountLineWords(const PageView& view, std::size_t i, std::size_t limit);

// Line i is nothing but a person's name, its post-nominals after commas
// aside ("Jo Smith, MS, RD"; memoised in the view).
bool IsBareName(const PageView& view, std::size_t i);

// Line i holds a date (dates.h; memoised in the view).
bool HasDate(const PageView& view, std::size_t i);

// FindDates(view.texts[i], view.dates), memoised in the view (HasDate asks
// it of many lines, and the date searches again of some). Valid as long as
// the view.
const std::vector<FoundDate>& LineDates(const PageView& view, std::size_t i);

// ParseByline(view.texts[i], view.dates.language), memoised in the view (the
// rules of the headline and the metadata parse the same lines again and
// again: a quarter of the parses were repeats). Valid as long as the view.
const Byline& LineByline(const PageView& view, std::size_t i);

// An image credit ("© Jo Smith", "Photo: ...", "Picture: ...",
// "... beach. Photo Jo Smith",
// "(foto Vigili del Fuoco)", "Credit: Jo Smith", "Fot. Jan Nowak",
// "（记者 周明远 摄）", "（佐伯美穂撮影）", "(تصوير: …)", "फोटो: …", "… 해담군 제공").
bool HasImageCredit(std::string_view text);

// HasImageCredit the plain way, searching for every mark: the same answer,
// kept to test HasImageCredit's shortcut against.
bool HasImageCreditEveryMark(std::string_view text);

// The main body block: the run of body lines, gaps of a few other lines
// allowed, with the most text. A stray body or metadata line in the menu
// above the article is not its start. -1: no body.
struct ArticleBlock {
  long start = -1;  // its first line, moved up over the metadata lines above it
  long last = -1;   // its last body line
};
ArticleBlock MainArticleBlock(const PageView& view);

// The first line labelled metadata or body (-1: none).
long FirstArticleLine(const PageView& view);

}  // namespace pith::internal

#endif  // PITH_LABELLED_PAGE_H_

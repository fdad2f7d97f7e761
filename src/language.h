// language: which of the supported languages a page is written in, and its
// stopwords.
//
// The 15 languages of DESIGN.md section 2. GuessLanguage counts the letters
// of each script in the first 256 KiB of the page (Cyrillic -> ru, Arabic ->
// ar, Devanagari -> hi, Hangul -> ko, Han/Kana -> ja if at least a tenth of
// them are Kana, else zh; CJK and Hangul characters count three times, as a
// character carries about a short word's worth of text). When Latin letters
// dominate, it compares the page's first 3000 words with the stopword lists
// of en, de, fr, es, it, pt, nl, pl and tr (a word on k lists gives each
// 1/k) and takes the best language with more than 3 hits; else kUnknown.
// The stopword lists (stopwords.h) are written for this project: about 100
// to 200 of the most frequent function words of each language.
//
// Pure and thread-safe; the stopword table is built once, on first use.
#ifndef PITH_LANGUAGE_H_
#define PITH_LANGUAGE_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::internal {

enum class Language : uint8_t {
  kUnknown,
  kEn,
  kDe,
  kFr,
  kEs,
  kIt,
  kPt,
  kNl,
  kRu,
  kPl,
  kTr,
  kAr,
  kHi,
  kZh,
  kJa,
  kKo,
};

// ISO 639-1 code ("en"), "" for kUnknown.
std::string_view LanguageCode(Language language);

// REQUIRES: each line is valid UTF-8.
Language GuessLanguage(const std::vector<std::string_view>& lines);

// The same guess, for a caller that has split and folded the lines' words
// already (the line features do): word_stopword_bits holds StopwordBits of
// each word with a letter, in page order (all of them, or at least the first
// 3000, the words the guess looks at), so no word is split or folded twice.
// REQUIRES: each line is valid UTF-8.
Language GuessLanguage(const std::vector<std::string_view>& lines,
                       const std::vector<uint16_t>& word_stopword_bits);

// The stopword bits of a case-folded word (bit i: the Language with value i);
// a typographic apostrophe (U+2019) counts as an ASCII one ("c’est" is "c'est").
uint16_t StopwordBits(std::string_view folded_word);

// REQUIRES: word is case-folded (FoldCase). A typographic apostrophe
// (U+2019) matches an ASCII one.
bool IsStopword(Language language, std::string_view folded_word);

// Every stopword with its language bits (bit i: the Language with value i;
// a word on several lists appears once per list), for callers that build a
// WordTable of their own holding other kinds of word too.
std::vector<std::pair<std::string_view, uint32_t>> StopwordEntries();

}  // namespace pith::internal

#endif  // PITH_LANGUAGE_H_

// language: which of the supported languages a page is written in, and its
// stopwords.
//
// The 15 languages of DESIGN.md section 2. GuessLanguage looks at the
// scripts of the page's letters (Cyrillic, Arabic, Devanagari, Han, Kana,
// Hangul) and, for Latin-script pages, at which stopword list the page's
// words overlap most. Stopword lists are written for this project (about 100
// to 200 of the most frequent function words of each language).
//
// Pure and thread-safe; the stopword tables are built once.
#ifndef PITH_LANGUAGE_H_
#define PITH_LANGUAGE_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace pith::internal {

enum class Language : uint8_t {
  kUnknown, kEn, kDe, kFr, kEs, kIt, kPt, kNl, kRu, kPl, kTr, kAr, kHi, kZh, kJa, kKo,
};

// ISO 639-1 code ("en"), "" for kUnknown.
std::string_view LanguageCode(Language language);

// REQUIRES: each line is valid UTF-8.
Language GuessLanguage(const std::vector<std::string_view>& lines);

// REQUIRES: word is case-folded (FoldCase).
bool IsStopword(Language language, std::string_view folded_word);

}  // namespace pith::internal

#endif  // PITH_LANGUAGE_H_

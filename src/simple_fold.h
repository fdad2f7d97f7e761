// simple_fold: UTF-8 decoding and a small, ICU-free lower-casing for the
// metadata parsers (dates, bylines, titles).
//
// The metadata tables (month names, byline prefixes, cue words) only hold
// letters of ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic plus
// caseless scripts (Arabic, Devanagari, CJK, Hangul), so folding those
// blocks is enough to look words up; it needs no ICU and runs on hot paths.
// Full Unicode case folding lives in words.h (FoldCase).
//
// Pure and thread-safe.
#ifndef PITH_SIMPLE_FOLD_H_
#define PITH_SIMPLE_FOLD_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pith::internal {

// Decodes the code point starting at s[*pos] and advances *pos past it.
// Invalid or truncated sequences yield U+FFFD and advance by one byte.
// REQUIRES: *pos < s.size().
uint32_t NextCodepoint(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of cp to out.
void AppendUtf8(uint32_t cp, std::string* out);

// Lower-case form of cp for the blocks named above; other code points are
// returned unchanged. Turkish dotted capital I folds to 'i'.
uint32_t SimpleFoldCodepoint(uint32_t cp);

// Lower-cases s code point by code point with SimpleFoldCodepoint.
std::string SimpleFold(std::string_view s);

// Appends SimpleFold(s) to *out.
void SimpleFoldAppend(std::string_view s, std::string* out);

// Is SimpleFold(word) one of `table`'s entries (which are written folded)?
template <size_t N>
bool FoldedIn(const std::string_view (&table)[N], std::string_view word) {
  const std::string folded = SimpleFold(word);
  for (std::string_view entry : table) {
    if (entry == folded) return true;
  }
  return false;
}

// Writes SimpleFold(s) into out[0, capacity) without allocating; returns its
// length, or 0 when it does not fit.
size_t SimpleFoldInto(std::string_view s, char* out, size_t capacity);

// True for letters as the metadata parsers see them: ASCII letters and every
// non-ASCII code point that is not punctuation, a symbol or a space in the
// blocks listed in simple_fold.cpp (so Devanagari vowel signs count).
bool IsWordCodepoint(uint32_t cp);

// The value 0-9 of an ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari
// or full-width digit; -1 for anything else.
int DigitValue(uint32_t cp);

// Han, Hiragana, Katakana (scripts written without spaces between words).
bool IsCjkIdeographOrKana(uint32_t cp);

}  // namespace pith::internal

#endif  // PITH_SIMPLE_FOLD_H_

// quotes: typographic quotation marks and apostrophes made straight, so that
// text compares with tables and copies written with the ASCII marks (the
// stopword list holds "don't", a <title> copy "NatGeo's" where the heading
// has "NatGeo’s").
//
// Only the four marks of the General Punctuation block that stand for ASCII
// ones are read: U+2018 and U+2019 for "'", U+201C and U+201D for '"'.
// Guillemets, primes and low quotation marks stay as they are.
//
// Pure and thread-safe.
#ifndef PITH_QUOTES_H_
#define PITH_QUOTES_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::internal {

// Does `text` hold a typographic apostrophe (U+2019, E2 80 99)? Inline, a
// byte loop: the line features ask it of every word of a line with an E2
// byte, most of them a few bytes long (a find, a call of memchr a word,
// took more instructions).
inline bool HasTypographicApostrophe(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (text[i] == '\xE2' && text[i + 1] == '\x80' && text[i + 2] == '\x99') return true;
  }
  return false;
}

// `text` with every U+2019 as "'" (the apostrophe only: a U+2018 opens a
// quotation more often than it stands for a letter left out). Takes the
// text by value, to change a folded copy in place.
std::string StraightApostrophes(std::string text);

// `text` with U+2018 and U+2019 as "'" and U+201C and U+201D as '"'.
std::string StraightQuotes(std::string_view text);

}  // namespace pith::internal

#endif  // PITH_QUOTES_H_

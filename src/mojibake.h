// mojibake: undoes UTF-8 that was once read as windows-1252 or Latin-1 and
// saved again, as scrapers and copy-paste chains often do ("donâ€™t" for
// "don’t", "cafÃ©" for "café", "ÐŸÑ€Ð¸Ð²ÐµÑ‚" for "Привет").
//
// A run of characters is mojibake when the bytes they stand for in
// windows-1252 (C1 controls and the other Latin-1 characters standing for
// themselves) form one well-formed UTF-8 sequence of two to four bytes, and
// the character it encodes is one that text plausibly holds:
//   - Latin-1 signs and letters and Latin Extended-A (U+00A0-U+017F),
//     general punctuation, currency and letterlike signs (U+2000-U+214F),
//     and emoji: repaired wherever they occur, as real text never writes
//     "Ã©" or "â€™" (so are C1 controls, the inner layer of mojibake of
//     mojibake; the cleaning pass drops any left over);
//   - Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, kana, CJK and Hangul:
//     repaired only when the text shows that script's mojibake at least
//     twice in a row somewhere (a word of it), since a lone "Ø" or "×" before
//     a no-break space, or "é…" before one, is more likely real text.
// Other characters are never produced (Latin Extended-B and IPA neither:
// "È”" and "É»" end Italian and French capitals in quotes). Mojibake of
// mojibake is undone too (up to three rounds).
//
// Pure and thread-safe. REQUIRES: valid UTF-8 input.
#ifndef PITH_MOJIBAKE_H_
#define PITH_MOJIBAKE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::internal {

// Returns how many characters were restored. When some were, *repaired holds
// the repaired text; when none (the common case, which costs one memchr when
// the text has no 'Ã'-like character), *repaired is left untouched.
std::size_t RepairMojibake(std::string_view text, std::string* repaired);

}  // namespace pith::internal

#endif  // PITH_MOJIBAKE_H_

// ascii_scan: ASCII byte classes, and finding the next byte of a class in a
// line sixteen bytes at a time, for scans that skip everything until such a
// byte (a digit starts every numeric date; most bytes of a page are no
// digits).
//
// Pure and thread-safe.
#ifndef PITH_ASCII_SCAN_H_
#define PITH_ASCII_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::internal {

// The <cctype> tests as the "C" locale answers them (pith never sets
// another), inline: the rules ask them of every byte they scan, and a libc
// call per byte was a third of MentionsCreditPrefix's time. A byte of a
// multi-byte UTF-8 character is in no class. Byte: char or unsigned char
// (a template, so that neither converts to the other).
template <typename Byte>
constexpr bool IsAsciiDigit(Byte c) {
  static_assert(sizeof(Byte) == 1, "a byte, not a code point");
  return c >= '0' && c <= '9';
}
template <typename Byte>
constexpr bool IsAsciiUpper(Byte c) {
  static_assert(sizeof(Byte) == 1, "a byte, not a code point");
  return c >= 'A' && c <= 'Z';
}
template <typename Byte>
constexpr bool IsAsciiLower(Byte c) {
  static_assert(sizeof(Byte) == 1, "a byte, not a code point");
  return c >= 'a' && c <= 'z';
}
template <typename Byte>
constexpr bool IsAsciiAlpha(Byte c) {
  return IsAsciiUpper(c) || IsAsciiLower(c);
}
template <typename Byte>
constexpr bool IsAsciiAlnum(Byte c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c);
}
// c lower-cased if it is an ASCII capital, else c.
template <typename Byte>
constexpr Byte ToAsciiLower(Byte c) {
  return IsAsciiUpper(c) ? static_cast<Byte>(c - 'A' + 'a') : c;
}

// Does s hold ASCII bytes only (no byte of a multi-byte character)? Such a
// text folds to AsciiLowerCase of itself (FoldCase), with no copy to fold.
inline bool IsAsciiText(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// s with its ASCII capitals lower-cased, other bytes as they are.
std::string AsciiLowerCase(std::string_view s);

// The index of the first byte '0'-'9' of s at or after `from`, or s.size()
// when there is none. REQUIRES: from <= s.size().
std::size_t FindAsciiDigit(std::string_view s, std::size_t from);

// The index of the first byte of s at or after `from` that is an ASCII
// control byte (below 0x20), DEL or 0xC2 (the lead byte of U+0080-U+00BF,
// the C1 controls among them), or s.size() when there is none: where a
// renderer's cleaning of a text may have something to do.
// REQUIRES: from <= s.size().
std::size_t FindControlOrC2(std::string_view s, std::size_t from);

}  // namespace pith::internal

#endif  // PITH_ASCII_SCAN_H_

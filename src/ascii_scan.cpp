#include "ascii_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::internal {

std::string AsciiLowerCase(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) c = ToAsciiLower(c);
  return lower;
}

std::size_t FindAsciiDigit(std::string_view s, std::size_t from) {
  std::size_t i = from;
#if defined(__SSE2__)
  // Bytes are compared as signed: '0'-'9' are positive, and bytes from 0x80
  // are negative, below '0', so they are no digits here either.
  const __m128i below = _mm_set1_epi8('0' - 1);
  const __m128i above = _mm_set1_epi8('9' + 1);
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, below), _mm_cmplt_epi8(v, above));
    const int mask = _mm_movemask_epi8(digit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (i < s.size() && !(s[i] >= '0' && s[i] <= '9')) ++i;
  return i;
}

std::size_t FindControlOrC2(std::string_view s, std::size_t from) {
  const auto is = [](unsigned char c) { return c < 0x20 || c == 0x7F || c == 0xC2; };
  std::size_t i = from;
#if defined(__SSE2__)
  // Below 0x20, unsigned: the byte is its minimum with 0x1F.
  const __m128i control_max = _mm_set1_epi8(0x1F);
  const __m128i del = _mm_set1_epi8(0x7F);
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, del), _mm_cmpeq_epi8(v, c2)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#endif
  while (i < s.size() && !is(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

}  // namespace pith::internal

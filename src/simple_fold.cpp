#include "simple_fold.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::internal {

uint32_t NextCodepoint(std::string_view s, size_t* pos) {
  const auto byte = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  const size_t i = *pos;
  const uint8_t b0 = byte(i);
  if (b0 < 0x80) {
    *pos = i + 1;
    return b0;
  }
  int extra = 0;
  uint32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1Fu;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0Fu;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07u;
  } else {
    *pos = i + 1;
    return 0xFFFD;
  }
  if (i + static_cast<size_t>(extra) >= s.size()) {
    *pos = i + 1;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    const uint8_t b = byte(i + static_cast<size_t>(k));
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3Fu);
  }
  *pos = i + 1 + static_cast<size_t>(extra);
  return cp;
}

namespace {

// Writes the UTF-8 encoding of cp to buf; returns its length (1-4).
size_t EncodeUtf8(uint32_t cp, char buf[4]) {
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  buf[0] = static_cast<char>(0xF0 | (cp >> 18));
  buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace

void AppendUtf8(uint32_t cp, std::string* out) {
  char buf[4];
  out->append(buf, EncodeUtf8(cp, buf));
}

uint32_t SimpleFoldCodepoint(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;  // Latin-1
  if (cp == 0x130) return 'i';                                 // Turkish İ
  if (cp >= 0x100 && cp <= 0x17F) {                            // Latin Extended-A
    // Pairs are (even upper, odd lower) except in 0x139-0x148 and 0x179-0x17E,
    // where the upper case letter is odd.
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    if (odd_upper) return (cp % 2 == 1) ? cp + 1 : cp;
    if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;
    return (cp % 2 == 0) ? cp + 1 : cp;
  }
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;                 // Cyrillic А-Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;                 // Cyrillic Ѐ-Џ
  return cp;
}

std::string SimpleFold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  SimpleFoldAppend(s, &out);
  return out;
}

void SimpleFoldAppend(std::string_view s, std::string* out) {
  size_t pos = 0;
  while (pos < s.size()) {
    // A run of ASCII bytes, each its own code point and one byte of output
    // (A-Z plus 32): appended at once and lowered in place, where a
    // push_back a byte checked the capacity every time.
    size_t run = pos;
    while (run < s.size() && static_cast<uint8_t>(s[run]) < 0x80) ++run;
    if (run > pos) {
      const size_t at = out->size();
      out->append(s.data() + pos, run - pos);
      char* lower = out->data() + at;
      for (size_t k = 0; k < run - pos; ++k) {
        const auto byte = static_cast<uint8_t>(lower[k]);
        lower[k] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      }
      pos = run;
      continue;
    }
    AppendUtf8(SimpleFoldCodepoint(NextCodepoint(s, &pos)), out);
  }
}

size_t SimpleFoldInto(std::string_view s, char* out, size_t capacity) {
  size_t n = 0;
  size_t pos = 0;
  while (pos < s.size()) {
#if defined(__SSE2__)
    // Sixteen ASCII bytes at a time when they fit, each lower-cased as the
    // byte loop below would: A-Z plus 32, every other byte as it is.
    if (s.size() - pos >= 16 && capacity - n >= 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + pos));
      if (_mm_movemask_epi8(v) == 0) {
        const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                            _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
        const __m128i lower = _mm_add_epi8(v, _mm_and_si128(upper, _mm_set1_epi8(32)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + n), lower);
        pos += 16;
        n += 16;
        continue;
      }
    }
#endif
    // An ASCII byte is its own code point and one byte of output, as the
    // decoding and encoding below would make it: most of what the callers
    // fold is ASCII.
    const auto byte = static_cast<uint8_t>(s[pos]);
    if (byte < 0x80) {
      if (n + 1 > capacity) return 0;
      out[n++] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      ++pos;
      continue;
    }
    const uint32_t cp = SimpleFoldCodepoint(NextCodepoint(s, &pos));
    char buf[4];
    const size_t len = EncodeUtf8(cp, buf);
    if (n + len > capacity) return 0;
    for (size_t k = 0; k < len; ++k) out[n++] = buf[k];
  }
  return n;
}

bool IsWordCodepoint(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0) return cp == 0xAA || cp == 0xBA;  // ª º (ordinal indicators)
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (DigitValue(cp) >= 0) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  if (cp >= 0xFF00 && cp <= 0xFF20) return false;  // full-width punctuation, digits
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  if (cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x066A || cp == 0x066B ||
      cp == 0x066C || cp == 0x06D4)
    return false;  // Arabic comma, semicolon, question mark, separators
  if (cp == 0x0964 || cp == 0x0965) return false;  // Devanagari danda
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  return true;
}

int DigitValue(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
  if (cp >= 0x660 && cp <= 0x669) return static_cast<int>(cp - 0x660);
  if (cp >= 0x6F0 && cp <= 0x6F9) return static_cast<int>(cp - 0x6F0);
  if (cp >= 0x966 && cp <= 0x96F) return static_cast<int>(cp - 0x966);
  if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
  return -1;
}

bool IsCjkIdeographOrKana(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

}  // namespace pith::internal

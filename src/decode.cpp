#include "decode.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace pith::internal {
namespace {

// ---------------------------------------------------------------------------
// UTF-8 scanning

// Length of the longest prefix of s that is ASCII, eight bytes at a time.
std::size_t AsciiPrefix(const unsigned char* s, std::size_t n) {
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t word;
    std::memcpy(&word, s + i, 8);
    if (word & 0x8080808080808080ULL) break;
  }
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

// Length of the valid UTF-8 sequence at s[0..n) (s[0] >= 0x80), 0 if invalid.
// Follows the Unicode table of well-formed byte sequences (no overlongs,
// surrogates or code points above U+10FFFF).
std::size_t ValidSequenceLength(const unsigned char* s, std::size_t n) {
  const unsigned char b0 = s[0];
  auto cont = [&](std::size_t k, unsigned char lo, unsigned char hi) {
    return k < n && s[k] >= lo && s[k] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

struct Utf8Scan {
  std::size_t invalid = 0;    // maximal invalid subparts
  std::size_t multibyte = 0;  // valid non-ASCII sequences
};

Utf8Scan ScanUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  Utf8Scan scan;
  std::size_t i = 0;
  while (i < n) {
    i += AsciiPrefix(s + i, n - i);
    while (i < n && s[i] >= 0x80) {
      const std::size_t len = ValidSequenceLength(s + i, n - i);
      if (len == 0) {
        ++scan.invalid;
        ++i;
      } else {
        ++scan.multibyte;
        i += len;
      }
    }
  }
  return scan;
}

// Copies UTF-8 with each invalid byte replaced by U+FFFD.
std::string RepairUtf8(std::string_view bytes, std::size_t* replaced) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::string out;
  out.reserve(n + n / 8);
  std::size_t i = 0;
  while (i < n) {
    const std::size_t ascii = AsciiPrefix(s + i, n - i);
    out.append(bytes.data() + i, ascii);
    i += ascii;
    while (i < n && s[i] >= 0x80) {
      const std::size_t len = ValidSequenceLength(s + i, n - i);
      if (len == 0) {
        out.append("\xEF\xBF\xBD");
        ++*replaced;
        ++i;
      } else {
        out.append(bytes.data() + i, len);
        i += len;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// ICU conversion

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Opens a converter only for a name ICU knows exactly (no fallback to a
// default converter).
ConverterPtr OpenConverter(const std::string& name) {
  if (name.empty()) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

// A readable name for a converter: its IANA or MIME alias, else ICU's own.
std::string ConverterName(UConverter* converter) {
  UErrorCode status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(converter, &status);
  if (U_FAILURE(status)) return "";
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* alias = ucnv_getStandardName(internal, standard, &status);
    if (U_SUCCESS(status) && alias != nullptr) return alias;
  }
  return internal;
}

// Writes U+FFFD for every unconvertible sequence and counts them; ICU's own
// substitution would write U+001A for some legacy charsets.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args, const char*, int32_t,
                        UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;
  ++*static_cast<std::size_t*>(const_cast<void*>(context));
  static const UChar kReplacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, status);
}

// Converts bytes of the converter's charset to UTF-8.
std::string ConvertToUtf8(UConverter* converter, std::string_view bytes, std::size_t* replaced) {
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter, CountingSubstitute, replaced, nullptr, nullptr, &status);
  std::vector<UChar> utf16(bytes.size() + 16);
  const char* source = bytes.data();
  const char* source_end = bytes.data() + bytes.size();
  std::size_t used = 0;
  for (;;) {
    UChar* target = utf16.data() + used;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, utf16.data() + utf16.size(), &source, source_end, nullptr,
                   true, &status);
    used = static_cast<std::size_t>(target - utf16.data());
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    utf16.resize(utf16.size() * 2);
  }
  std::string out;
  out.reserve(used * 3 / 2 + 16);
  for (std::size_t i = 0; i < used; ++i) {
    uint32_t c = utf16[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < used && utf16[i + 1] >= 0xDC00 &&
        utf16[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (utf16[i + 1] - 0xDC00u);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
      ++*replaced;
    }
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

// ICU's charset detector's best guess, "" if it has none. ISO-8859-1 is read
// as windows-1252 (its superset for printable text, as browsers do).
std::string DetectCharset(std::string_view bytes) {
  // The detector's statistics settle well within the first 64 KiB.
  constexpr std::size_t kSample = 64 * 1024;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_FAILURE(status)) return "";
  ucsdet_setText(detector.get(), bytes.data(),
                 static_cast<int32_t>(std::min(bytes.size(), kSample)), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "";
  const char* name = ucsdet_getName(match, &status);
  if (U_FAILURE(status) || name == nullptr) return "";
  std::string result = name;
  if (result == "ISO-8859-1") result = "windows-1252";
  return result;
}

// ---------------------------------------------------------------------------
// Byte-order marks and UTF-16 without one

struct Bom {
  const char* charset;
  std::size_t length;
};

Bom DetectBom(std::string_view b) {
  auto starts = [&](const char* prefix, std::size_t n) {
    return b.size() >= n && std::memcmp(b.data(), prefix, n) == 0;
  };
  if (starts("\xEF\xBB\xBF", 3)) return {"UTF-8", 3};
  if (starts("\xFF\xFE\x00\x00", 4)) return {"UTF-32LE", 4};
  if (starts("\x00\x00\xFE\xFF", 4)) return {"UTF-32BE", 4};
  if (starts("\xFF\xFE", 2)) return {"UTF-16LE", 2};
  if (starts("\xFE\xFF", 2)) return {"UTF-16BE", 2};
  return {nullptr, 0};
}

// Text in UTF-16 without a BOM shows NUL bytes (the high bytes of ASCII
// characters) at every other position. Returns the charset, or nullptr when
// the NUL bytes do not line up that way.
const char* Utf16ByNulParity(std::string_view b, std::size_t nuls) {
  if (nuls * 4 < b.size()) return nullptr;  // ASCII-heavy UTF-16 is >= 25% NUL
  std::size_t odd = 0;
  for (std::size_t i = 1; i < b.size(); i += 2) odd += b[i] == '\0';
  const std::size_t even = nuls - odd;
  if (odd * 20 >= nuls * 19) return "UTF-16LE";
  if (even * 20 >= nuls * 19) return "UTF-16BE";
  return nullptr;
}

bool IsWideUnicode(std::string_view charset) {
  return charset.substr(0, 6) == "UTF-16" || charset.substr(0, 6) == "UTF-32";
}

// ---------------------------------------------------------------------------
// Line ends, separators and control characters

// Bytes the cleaning pass must look at: C0 controls other than TAB and LF,
// DEL, and the lead bytes of C1 controls / NEL (0xC2) and U+2028/9 (0xE2).
struct SpecialBytes {
  bool table[256] = {};
  constexpr SpecialBytes() {
    for (int c = 0; c < 0x20; ++c) table[c] = c != '\t' && c != '\n';
    table[0x7F] = true;
    table[0xC2] = true;
    table[0xE2] = true;
  }
};
constexpr SpecialBytes kSpecial;

// Index of the first byte at or after i that the cleaning pass must look
// at, n if none. Skips eight bytes at a time while they are printable ASCII,
// tab or LF (the common case: a special byte is usually a line's CR).
std::size_t NextSpecial(const unsigned char* p, std::size_t i, std::size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  for (;;) {
    for (; i + 8 <= n; i += 8) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      // Some byte is non-ASCII, below 0x20, or DEL (0x7F + 1 carries into the high bit).
      const uint64_t suspicious = (v | ((v - kOnes * 0x20) & ~v) | (v + kOnes)) & kHigh;
      if (suspicious != 0) break;
    }
    const std::size_t stop = std::min(i + 8, n);
    for (; i < stop; ++i) {
      if (kSpecial.table[p[i]]) return i;
    }
    if (i >= n) return n;
  }
}

// CRLF and CR -> LF; U+2028, U+2029, NEL, VT, FF -> space; other controls
// dropped. REQUIRES: s is valid UTF-8.
std::string CleanControls(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = NextSpecial(p, 0, n);
  if (i == n) return std::string(s);
  std::string out;
  out.reserve(n);
  std::size_t run_start = 0;
  while (i < n) {
    // s[i] is special: decide what replaces it and how many bytes it spans.
    const unsigned char c = p[i];
    std::size_t span = 1;
    const char* replacement = nullptr;
    bool keep = false;
    if (c == '\r') {
      replacement = "\n";
      if (i + 1 < n && p[i + 1] == '\n') span = 2;
    } else if (c == 0x0B || c == 0x0C) {
      replacement = " ";
    } else if (c == 0xC2) {
      span = 2;
      if (i + 1 < n && p[i + 1] == 0x85) {
        replacement = " ";
      } else if (i + 1 < n && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F) {
        replacement = "";
      } else {
        keep = true;
      }
    } else if (c == 0xE2) {
      span = 3;
      if (i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
        replacement = " ";
      } else {
        keep = true;
      }
    } else {
      replacement = "";
    }
    if (!keep) {
      out.append(s.data() + run_start, i - run_start);
      out.append(replacement);
      run_start = i + span;
    }
    i = NextSpecial(p, std::min(i + span, n), n);
  }
  out.append(s.data() + run_start, n - run_start);
  return out;
}

// NFC quick check (UAX #15 section 9) over the characters from U+0300 up:
// everything below is NFC_QC=Yes with combining class 0 and never composes
// with what precedes it, so ASCII and Latin-1 text costs one byte compare.
// Returns false when the text may not be NFC.
bool QuickCheckNfc(std::string_view text) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  uint8_t last_class = 0;
  int32_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      i += static_cast<int32_t>(AsciiPrefix(p + i, static_cast<std::size_t>(n - i)));
      last_class = 0;
      continue;
    }
    if (p[i] < 0xCC) {  // U+0300 is CC 80; lower lead bytes are inert
      if (p[i] >= 0x80) {
        U8_FWD_1(p, i, n);
      } else {
        ++i;
      }
      last_class = 0;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) continue;
    const uint8_t combining_class = u_getCombiningClass(c);
    if (combining_class != 0 && last_class > combining_class) return false;
    if (u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) != UNORM_YES) return false;
    last_class = combining_class;
  }
  return true;
}

// NFC in place (left as is if ICU fails); ICU's normalizer runs only when
// the quick check cannot vouch for the text.
void NormalizeNfc(std::string* text) {
  if (QuickCheckNfc(*text)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return;
  const icu::StringPiece piece(text->data(), static_cast<int32_t>(text->size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return;
  status = U_ZERO_ERROR;
  std::string normalized;
  normalized.reserve(text->size());
  icu::StringByteSink<std::string> sink(&normalized);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_SUCCESS(status)) text->swap(normalized);
}

std::size_t CountByte(std::string_view s, char byte) {
  std::size_t count = 0;
  for (const char* p = s.data();
       (p = static_cast<const char*>(
            std::memchr(p, byte, static_cast<std::size_t>(s.data() + s.size() - p)))) != nullptr;
       ++p) {
    ++count;
  }
  return count;
}

std::size_t CountCharacters(std::string_view s) {
  std::size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

std::size_t CountReplacementCharacters(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t pos = s.find("\xEF\xBF\xBD"); pos != std::string_view::npos;
       pos = s.find("\xEF\xBF\xBD", pos + 3)) {
    ++count;
  }
  return count;
}

Error BinaryError(const char* why) { return Error{ErrorCode::kBinaryInput, why}; }

}  // namespace

Result<DecodedText> Decode(std::string_view bytes, std::string_view forced_encoding) {
  ConverterPtr forced;
  if (!forced_encoding.empty()) {
    forced = OpenConverter(std::string(forced_encoding));
    if (!forced) {
      return Error{ErrorCode::kBadEncoding,
                   "unknown encoding '" + std::string(forced_encoding) + "'"};
    }
  }

  const Bom bom = DetectBom(bytes);
  const std::string_view payload = bytes.substr(bom.length);
  std::string charset;
  ConverterPtr converter;
  if (bom.charset != nullptr) {
    charset = bom.charset;
  } else if (forced) {
    charset = ConverterName(forced.get());
    converter = std::move(forced);
  }

  const std::size_t nuls = CountByte(payload, '\0');
  const bool nul_heavy = nuls * 100 > payload.size();
  bool valid_utf8 = false;
  if (charset.empty()) {
    if (nul_heavy) {
      const char* utf16 = Utf16ByNulParity(payload, nuls);
      if (utf16 == nullptr) return BinaryError("binary input (NUL bytes)");
      charset = utf16;
    } else {
      const Utf8Scan scan = ScanUtf8(payload);
      valid_utf8 = scan.invalid == 0;
      // Mostly-valid UTF-8 with a few stray bytes is still UTF-8: a legacy
      // charset rarely forms valid multi-byte sequences by chance.
      if (valid_utf8 || scan.multibyte >= 4 * scan.invalid) {
        charset = "UTF-8";
      } else {
        charset = DetectCharset(payload);
        if (charset.empty()) charset = "windows-1252";
      }
    }
  }
  if (nul_heavy && !IsWideUnicode(charset)) return BinaryError("binary input (NUL bytes)");

  DecodedText result;
  if (valid_utf8) {
    // The fast path: valid UTF-8 is copied once, by the cleaning pass.
    result.text = CleanControls(payload);
  } else {
    std::string text;
    if (charset == "UTF-8") {
      text = RepairUtf8(payload, &result.replaced);
    } else {
      if (!converter) converter = OpenConverter(charset);
      if (!converter) {
        charset = "windows-1252";
        converter = OpenConverter(charset);
      }
      text = ConvertToUtf8(converter.get(), payload, &result.replaced);
      // A NUL decoded from UTF-16/32 is as suspicious as a NUL byte elsewhere.
      const std::size_t decoded_nuls = CountByte(text, '\0');
      if (decoded_nuls * 100 > CountCharacters(text)) {
        return BinaryError("binary input (NUL characters)");
      }
      // ICU may have written U+FFFD itself for bytes it could not map.
      result.replaced = std::max(result.replaced, CountReplacementCharacters(text));
    }
    if (result.replaced * 20 > CountCharacters(text)) {
      return BinaryError("binary input (undecodable bytes)");
    }
    result.text = CleanControls(text);
  }
  NormalizeNfc(&result.text);
  result.encoding = charset;
  return result;
}

}  // namespace pith::internal

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

#include "mojibake.h"
#include "simple_fold.h"

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

bool IsWideUnicode(std::string_view charset) {
  return charset.substr(0, 6) == "UTF-16" || charset.substr(0, 6) == "UTF-32";
}

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
    AppendUtf8(c, &out);
  }
  return out;
}

// The charsets worth trying, best first: ICU's detector's matches (at most
// four), with ISO-8859-1 read as windows-1252 (its superset for printable
// text, as browsers do) and windows-1252 moved first when it is nearly as
// confident as the best (the commonest legacy charset of the web, and the
// detector's statistics are weak on short text), then windows-1252 as the
// last resort. UTF-16/32 matches are left out: without NUL bytes
// (Utf16ByNulParity handles those) text is not UTF-16.
std::vector<std::string> CandidateCharsets(std::string_view bytes) {
  // The detector's statistics settle well within the first 64 KiB.
  constexpr std::size_t kSample = 64 * 1024;
  constexpr int32_t kMaxCandidates = 4;
  constexpr int32_t kWindows1252Margin = 15;
  const std::string kFallback = "windows-1252";
  std::vector<std::string> names;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  if (U_SUCCESS(status)) {
    ucsdet_setText(detector.get(), bytes.data(),
                   static_cast<int32_t>(std::min(bytes.size(), kSample)), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    int32_t best_confidence = -1;
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
      const char* name = ucsdet_getName(matches[i], &status);
      const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
      if (U_FAILURE(status) || name == nullptr || IsWideUnicode(name)) continue;
      std::string charset = std::string_view(name) == "ISO-8859-1" ? kFallback : name;
      if (std::find(names.begin(), names.end(), charset) != names.end()) continue;
      if (best_confidence < 0) best_confidence = confidence;
      if (charset == kFallback && confidence + kWindows1252Margin >= best_confidence) {
        names.insert(names.begin(), charset);
      } else {
        names.push_back(charset);
      }
      if (static_cast<int32_t>(names.size()) >= kMaxCandidates) break;
    }
  }
  if (std::find(names.begin(), names.end(), kFallback) == names.end()) names.push_back(kFallback);
  return names;
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
// characters, spaces and line ends included) at every other position. Returns the charset, or
// nullptr when the NUL bytes do not line up that way.
const char* Utf16ByNulParity(std::string_view b, std::size_t nuls) {
  constexpr std::size_t kMinNuls = 4;  // fewer prove nothing
  if (nuls < kMinNuls) return nullptr;
  std::size_t odd = 0;
  for (std::size_t i = 1; i < b.size(); i += 2) odd += b[i] == '\0';
  const std::size_t even = nuls - odd;
  if (odd * 20 >= nuls * 19) return "UTF-16LE";
  if (even * 20 >= nuls * 19) return "UTF-16BE";
  return nullptr;
}

// Share of the first UTF-16 code units, read in the given byte order, that
// are common text characters (controls TAB/LF/CR, ASCII, Latin, Greek,
// Cyrillic, Hebrew, Arabic, Devanagari, CJK punctuation and kana, CJK
// ideographs, Hangul, fullwidth forms). A unit whose low byte is zero is not
// counted: that is how ASCII looks in the wrong byte order. 0 when no
// unit is a line feed.
double Utf16Plausibility(std::string_view b, bool little_endian) {
  constexpr std::size_t kSampleUnits = 32 * 1024;
  const std::size_t units = std::min(b.size() / 2, kSampleUnits);
  if (units == 0) return 0.0;
  std::size_t plausible = 0;
  std::size_t line_ends = 0;
  for (std::size_t i = 0; i < units; ++i) {
    const auto lo = static_cast<unsigned char>(b[2 * i + (little_endian ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(b[2 * i + (little_endian ? 1 : 0)]);
    const uint32_t u = static_cast<uint32_t>(hi) << 8 | lo;
    line_ends += u == 0x0A;
    if (lo == 0) continue;
    const bool common = u == 0x09 || u == 0x0A || u == 0x0D || (u >= 0x20 && u <= 0x7E) ||
                        (u >= 0xA0 && u <= 0x24F) || (u >= 0x370 && u <= 0x52F) ||
                        (u >= 0x590 && u <= 0x6FF) || (u >= 0x900 && u <= 0x97F) ||
                        (u >= 0x2000 && u <= 0x206F) || (u >= 0x3000 && u <= 0x30FF) ||
                        (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                        (u >= 0xFF00 && u <= 0xFFEF);
    plausible += common;
  }
  // Text has line ends; stray NUL bytes in an 8-bit file rarely form one.
  if (line_ends == 0) return 0.0;
  return static_cast<double>(plausible) / static_cast<double>(units);
}

// UTF-16 without a BOM: by the parity of its NUL bytes when they are many
// (ASCII-heavy UTF-16), else by which byte order reads as common text with
// line ends. nullptr if neither convinces.
const char* DetectUtf16(std::string_view b, std::size_t nuls) {
  constexpr double kMinPlausible = 0.9;
  const bool nul_heavy = nuls * 100 > b.size();
  if (const char* by_parity = nul_heavy ? Utf16ByNulParity(b, nuls) : nullptr) return by_parity;
  const double le = Utf16Plausibility(b, true);
  const double be = Utf16Plausibility(b, false);
  if (le >= kMinPlausible && le > be) return "UTF-16LE";
  if (be >= kMinPlausible && be > le) return "UTF-16BE";
  return nullptr;
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
// dropped. `*stray_controls`: how many of the dropped ones are C0 controls
// other than ESC (terminal colour codes), or DEL (ControlHeavy).
// REQUIRES: s is valid UTF-8.
std::string CleanControls(std::string_view s, std::size_t* stray_controls) {
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
      *stray_controls += c != 0x1B;
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

// ---------------------------------------------------------------------------
// Binary input

// Files that are surely not a page's text, by their first bytes: compressed
// archives and documents a batch may pick up by mistake ("page.txt.gz"
// renamed, a PDF saved as .txt). Their bytes look like random 8-bit text,
// which windows-1252 decodes without a single replacement.
struct Signature {
  std::string_view magic;
  const char* why;
};
constexpr Signature kSignatures[] = {
    {"\x1F\x8B", "binary input (gzip-compressed: decompress it first, e.g. zcat FILE | pith)"},
    {"BZh", "binary input (bzip2-compressed: decompress it first, e.g. bzcat FILE | pith)"},
    {std::string_view("\xFD"
                      "7zXZ\0",
                      6),
     "binary input (xz-compressed: decompress it first, e.g. xzcat FILE | pith)"},
    {"\x28\xB5\x2F\xFD",
     "binary input (zstd-compressed: decompress it first, e.g. zstdcat FILE | pith)"},
    {"PK\x03\x04", "binary input (a zip archive)"},
    {"%PDF-", "binary input (a PDF document: extract its text first, e.g. pdftotext FILE -)"},
    {"\x89PNG", "binary input (a PNG image)"},
    {"\xFF\xD8\xFF", "binary input (a JPEG image)"},
    {"GIF8", "binary input (a GIF image)"},
};

// The signature's message when the bytes start with one, else nullptr.
// bzip2 is "BZh" and a block size digit, so that a page starting "BZh" is
// not taken for one.
const char* BinarySignature(std::string_view bytes) {
  for (const Signature& signature : kSignatures) {
    if (bytes.substr(0, signature.magic.size()) != signature.magic) continue;
    if (signature.magic == "BZh" && (bytes.size() < 4 || bytes[3] < '1' || bytes[3] > '9')) {
      continue;
    }
    return signature.why;
  }
  return nullptr;
}

// True when `stray_controls` C0 control characters other than TAB, LF, VT,
// FF, CR and ESC (terminal colour codes), or DEL, of the UTF-8 text are more
// than 1% of its characters and more than kFewControls. Page text holds a
// few stray ones (at most 0.14% of any corpus file's bytes); bytes that are
// not text hold one in nine. A short snippet with a few controls is still
// text. The characters are counted only past kFewControls: most pages have
// no control at all, and CleanControls, which counts them, visits only the
// bytes it may change.
constexpr std::size_t kFewControls = 16;
bool ControlHeavy(std::size_t stray_controls, std::string_view utf8) {
  return stray_controls > kFewControls && stray_controls * 100 > CountCharacters(utf8);
}

// One way of decoding the bytes.
struct Decoding {
  std::string text;  // UTF-8, before cleaning
  std::string charset;
  std::size_t replaced = 0;
};

// Decodes payload as charset (through converter when given, else one opened
// by name; UTF-8 without ICU).
Decoding DecodeAs(std::string_view payload, const std::string& charset, UConverter* converter) {
  Decoding decoding;
  decoding.charset = charset;
  if (charset == "UTF-8") {
    decoding.text = RepairUtf8(payload, &decoding.replaced);
    return decoding;
  }
  ConverterPtr opened;
  if (converter == nullptr) {
    opened = OpenConverter(charset);
    if (!opened) {
      decoding.charset = "windows-1252";
      opened = OpenConverter(decoding.charset);
    }
    converter = opened.get();
  }
  decoding.text = ConvertToUtf8(converter, payload, &decoding.replaced);
  // ICU may have written U+FFFD itself for bytes it could not map.
  decoding.replaced = std::max(decoding.replaced, CountReplacementCharacters(decoding.text));
  return decoding;
}

// The decoded UTF-8 as pith reads it: mojibake repaired (before the C1
// controls it may hold are dropped), controls cleaned, NFC; or binary input,
// when controls are too many (ControlHeavy over `utf8`: the repair changes
// no ASCII byte, so the controls counted are `utf8`'s).
Result<DecodedText> Finish(std::string_view utf8, std::string charset, std::size_t replaced,
                           bool repair_mojibake) {
  DecodedText result;
  std::string repaired;
  if (repair_mojibake) result.mojibake_repaired = RepairMojibake(utf8, &repaired);
  std::size_t stray_controls = 0;
  result.text = CleanControls(result.mojibake_repaired > 0 ? std::string_view(repaired) : utf8,
                              &stray_controls);
  if (ControlHeavy(stray_controls, utf8)) return BinaryError("binary input (control characters)");
  NormalizeNfc(&result.text);
  result.encoding = std::move(charset);
  result.replaced = replaced;
  return result;
}

}  // namespace

Result<DecodedText> Decode(std::string_view bytes, std::string_view forced_encoding,
                           bool repair_mojibake) {
  ConverterPtr forced;
  if (!forced_encoding.empty()) {
    forced = OpenConverter(std::string(forced_encoding));
    if (!forced) {
      return Error{ErrorCode::kBadEncoding,
                   "unknown encoding '" + std::string(forced_encoding) + "'"};
    }
  }

  if (const char* why = BinarySignature(bytes)) return BinaryError(why);
  const Bom bom = DetectBom(bytes);
  const std::string_view payload = bytes.substr(bom.length);
  std::string charset;
  if (bom.charset != nullptr) {
    charset = bom.charset;
    forced.reset();
  } else if (forced) {
    charset = ConverterName(forced.get());
  }

  const std::size_t nuls = CountByte(payload, '\0');
  const bool nul_heavy = nuls * 100 > payload.size();
  if (charset.empty() && nul_heavy) {
    const char* utf16 = DetectUtf16(payload, nuls);
    if (utf16 == nullptr) return BinaryError("binary input (NUL bytes)");
    charset = utf16;
  }
  if (nul_heavy && !IsWideUnicode(charset)) return BinaryError("binary input (NUL bytes)");

  std::vector<std::string> candidates;
  if (charset.empty()) {
    const Utf8Scan scan = ScanUtf8(payload);
    if (scan.invalid == 0) {
      // The fast path: valid UTF-8 is copied once, by the cleaning pass.
      return Finish(payload, "UTF-8", 0, repair_mojibake);
    }
    const char* utf16 = nuls > 0 ? DetectUtf16(payload, nuls) : nullptr;
    if (utf16 != nullptr) {
      // UTF-16 of a script outside ASCII has few NULs (line ends, spaces).
      charset = utf16;
    } else if (scan.multibyte >= 4 * scan.invalid) {
      // Mostly-valid UTF-8 with a few stray bytes is still UTF-8: a legacy
      // charset rarely forms valid multi-byte sequences by chance.
      charset = "UTF-8";
    }
  }
  if (charset.empty()) {
    candidates = CandidateCharsets(payload);
  } else {
    candidates.push_back(charset);
  }

  // The best decoding: the first candidate without replacements, else the
  // one with the fewest.
  Decoding best;
  for (const std::string& candidate : candidates) {
    Decoding decoding = DecodeAs(payload, candidate, forced.get());
    const bool better = best.charset.empty() || decoding.replaced < best.replaced;
    if (better) best = std::move(decoding);
    if (best.replaced == 0) break;
  }
  // A NUL decoded from UTF-16/32 is as suspicious as a NUL byte elsewhere;
  // so are other controls, in whatever charset: Finish counts them as it
  // drops them, and says so before the replacements are weighed.
  Result<DecodedText> finished = Finish(best.text, best.charset, best.replaced, repair_mojibake);
  if (finished.ok() && best.replaced * 20 > CountCharacters(best.text)) {
    return BinaryError("binary input (undecodable bytes)");
  }
  return finished;
}

}  // namespace pith::internal

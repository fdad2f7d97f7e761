#include "words.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii_scan.h"

namespace pith::internal {
namespace {

// What a code point is to the word scanner.
enum class CharKind : uint8_t {
  kSeparator,
  kLetter,
  kDigit,
  kMark,               // combining marks and ZWJ extend a word
  kJoin,               // connector punctuation ("_") is part of a word
  kMidLetterOrNumber,  // apostrophe, dot: joins two letters or two digits
  kMidNumber,          // comma: joins two digits
};

struct CharInfo {
  CharKind kind = CharKind::kSeparator;
  bool upper = false;  // upper or title case letter
};

struct AsciiTable {
  CharInfo table[128] = {};
  constexpr AsciiTable() {
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = {CharKind::kLetter, true};
    for (int c = 'a'; c <= 'z'; ++c) table[c] = {CharKind::kLetter, false};
    for (int c = '0'; c <= '9'; ++c) table[c] = {CharKind::kDigit, false};
    table[static_cast<int>('\'')] = {CharKind::kMidLetterOrNumber, false};
    table[static_cast<int>('.')] = {CharKind::kMidLetterOrNumber, false};
    table[static_cast<int>(',')] = {CharKind::kMidNumber, false};
    table[static_cast<int>('_')] = {CharKind::kJoin, false};
  }
};
constexpr AsciiTable kAscii;

CharInfo ClassifyNonAscii(UChar32 c) {
  if (c < 0) return {};
  if (c == 0x2019 || c == 0x2018) return {CharKind::kMidLetterOrNumber, false};  // apostrophes
  switch (u_charType(c)) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return {CharKind::kLetter, true};
    case U_LOWERCASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return {CharKind::kLetter, false};
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      return {CharKind::kMark, false};
    case U_DECIMAL_DIGIT_NUMBER:
      return {CharKind::kDigit, false};
    case U_CONNECTOR_PUNCTUATION:
      return {CharKind::kJoin, false};
    default:
      return {c == 0x200D ? CharKind::kMark : CharKind::kSeparator, false};  // ZWJ
  }
}

// Letter/digit/case bits of every byte (zero for bytes >= 0x80), for the
// scanner's inner loop over ASCII runs.
constexpr uint8_t kFlagLetter = 1;
constexpr uint8_t kFlagDigit = 2;
constexpr uint8_t kFlagUpper = 4;
constexpr uint8_t kFlagLower = 8;

struct AsciiFlags {
  uint8_t table[256] = {};
  constexpr AsciiFlags() {
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = kFlagLetter | kFlagUpper;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = kFlagLetter | kFlagLower;
    for (int c = '0'; c <= '9'; ++c) table[c] = kFlagDigit;
  }
};
constexpr AsciiFlags kAsciiFlags;

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// The high bit of each byte of v that lies in [lo, hi].
// REQUIRES: every byte of v is < 0x80, 0x80 > hi >= lo > 0 (no sum carries).
inline uint64_t InRange(uint64_t v, uint8_t lo, uint8_t hi) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  const uint64_t at_least_lo = v + kOnes * (0x80 - lo);
  const uint64_t above_hi = v + kOnes * (0x7F - hi);
  return at_least_lo & ~above_hi & kHighBits;
}

inline CharInfo Classify(UChar32 c) {
  return c >= 0 && c < 0x80 ? kAscii.table[c] : ClassifyNonAscii(c);
}

// Scripts written without spaces between words, which need ICU's dictionary
// word breaker.
bool IsUnspacedScript(UChar32 c) {
  return (c >= 0x0E00 && c <= 0x0EFF) ||  // Thai, Lao
         (c >= 0x1000 && c <= 0x109F) ||  // Myanmar
         (c >= 0x1780 && c <= 0x17FF) ||  // Khmer
         (c >= 0x3040 && c <= 0x30FF) ||  // Hiragana, Katakana
         (c >= 0x31F0 && c <= 0x31FF) ||  // Katakana phonetic extensions
         (c >= 0x3400 && c <= 0x4DBF) ||  // Han extension A
         (c >= 0x4E00 && c <= 0x9FFF) ||  // Han
         (c >= 0xF900 && c <= 0xFAFF) ||  // Han compatibility
         (c >= 0xFF66 && c <= 0xFF9F) ||  // halfwidth Katakana
         (c >= 0x20000 && c <= 0x3FFFF);  // Han supplementary planes
}

// Whether a line holds an unspaced-script character; their UTF-8 lead bytes
// are E0 (Thai, Lao), E1 (Myanmar, Khmer), E3-E9, EF, F0.
bool HasUnspacedScript(std::string_view line) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    if (p[i] < 0xE0) {
      ++i;
      // Skip eight bytes at a time while none can lead an unspaced script.
      while (i + 8 <= n) {
        uint64_t bytes;
        std::memcpy(&bytes, p + i, 8);
        // A byte >= 0xE0 has its top three bits set.
        if ((bytes & (bytes << 1) & (bytes << 2) & 0x8080808080808080ULL) != 0) break;
        i += 8;
      }
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (IsUnspacedScript(c)) return true;
  }
  return false;
}

// An ASCII line's letters and digits as bitmaps: bit i % 64 of word i / 64
// for byte i, every bit from the line's end on clear (so a search for the
// end of a run of letters and digits always stops, at the latest at the
// line's end).
constexpr std::size_t kMaskedLineMax = 2048;
struct AsciiMasks {
  static constexpr std::size_t kWords = kMaskedLineMax / 64 + 1;
  uint64_t alnum[kWords];
  uint64_t upper[kWords];
  uint64_t lower[kWords];
  uint64_t digit[kWords];

  // The first byte from `from` on that is no letter or digit.
  std::size_t RunEnd(std::size_t from) const {
    std::size_t w = from / 64;
    uint64_t stops = ~alnum[w] & (~uint64_t{0} << (from % 64));
    while (stops == 0) stops = ~alnum[++w];
    return w * 64 + static_cast<std::size_t>(__builtin_ctzll(stops));
  }
};

// The bits of bitmap word w that stand for bytes [begin, end).
// REQUIRES: word w holds at least one of them.
inline uint64_t RangeBits(std::size_t w, std::size_t begin, std::size_t end) {
  const std::size_t low = w * 64;
  uint64_t bits = ~uint64_t{0};
  if (begin > low) bits <<= begin - low;
  if (end < low + 64) bits &= (uint64_t{1} << (end - low)) - 1;
  return bits;
}

// Fills *masks for line p[0, n) and returns true, or returns false if the
// line holds a byte >= 0x80. REQUIRES: n <= kMaskedLineMax.
bool BuildAsciiMasks(const uint8_t* p, std::size_t n, AsciiMasks* masks) {
  const std::size_t words = n / 64 + 1;
  for (std::size_t w = 0; w < words; ++w) {
    uint64_t upper = 0, lower = 0, digit = 0, high = 0;
    for (std::size_t k = 0; k < 4; ++k) {
      const std::size_t at = w * 64 + k * 16;
      if (at >= n) break;
      // Bytes past the line's end read as NUL, no letter or digit.
      uint8_t chunk[16] = {};
      const uint8_t* bytes = p + at;
      if (n - at < 16) {
        std::memcpy(chunk, bytes, n - at);
        bytes = chunk;
      }
#if defined(__SSE2__)
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
      auto in_range = [&v](char lo, char hi) {
        return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(
            _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                          _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1)))))));
      };
      const unsigned shift = static_cast<unsigned>(k * 16);
      upper |= in_range('A', 'Z') << shift;
      lower |= in_range('a', 'z') << shift;
      digit |= in_range('0', '9') << shift;
      high |= static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(v))) << shift;
#else
      for (std::size_t j = 0; j < 16; ++j) {
        const uint8_t flags = kAsciiFlags.table[bytes[j]];
        const uint64_t bit = uint64_t{1} << (k * 16 + j);
        if (flags & kFlagUpper) upper |= bit;
        if (flags & kFlagLower) lower |= bit;
        if (flags & kFlagDigit) digit |= bit;
        if (bytes[j] >= 0x80) high |= bit;
      }
#endif
    }
    if (high != 0) return false;
    masks->alnum[w] = upper | lower | digit;
    masks->upper[w] = upper;
    masks->lower[w] = lower;
    masks->digit[w] = digit;
  }
  return true;
}

// A word being scanned: its extent and the flags seen so far.
class WordBuilder {
 public:
  bool open() const { return start_ >= 0; }
  int32_t end() const { return end_; }
  CharKind last() const { return last_; }

  void Begin(int32_t at) {
    start_ = at;
    letters_ = 0;
    all_upper_ = true;
    capitalised_ = has_digit_ = has_letter_ = ideographic_ = false;
    last_ = CharKind::kSeparator;
  }
  // A letter or digit c spanning [at, next).
  void Add(UChar32 c, CharInfo info, int32_t next) {
    end_ = next;
    last_ = info.kind;
    if (info.kind == CharKind::kDigit) {
      has_digit_ = true;
      return;
    }
    if (letters_++ == 0) capitalised_ = info.upper;
    has_letter_ = true;
    all_upper_ = all_upper_ && info.upper;
    if (c >= 0x0E00 && IsUnspacedScript(c)) ideographic_ = true;
  }
  // Adds the ASCII letters and digits from p[i] on; returns where they end.
  // (The common case: one table load and a few register operations a byte.)
  int32_t AddAsciiRun(const uint8_t* p, int32_t i, int32_t n) {
    const int32_t begin = i;
    unsigned seen = 0;
    int letters = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Eight ASCII bytes at a time (SWAR): the run ends at the first byte that
    // is no letter or digit, found without a branch per byte.
    while (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, p + i, 8);
      if ((v & kHighBits) != 0) break;  // non-ASCII: the byte loop below
      const uint64_t upper = InRange(v, 'A', 'Z');
      const uint64_t lower = InRange(v, 'a', 'z');
      const uint64_t digit = InRange(v, '0', '9');
      const uint64_t stop = ~(upper | lower | digit) & kHighBits;
      const uint64_t run = stop == 0 ? ~uint64_t{0} : (stop & (0 - stop)) - 1;  // bytes before it
      seen |= ((upper & run) != 0 ? kFlagUpper : 0) | ((lower & run) != 0 ? kFlagLower : 0) |
              ((digit & run) != 0 ? kFlagDigit : 0);
      // One high bit per letter byte: summing the bytes counts them (a
      // multiply, where __builtin_popcountll is a library call without -mpopcnt).
      letters += static_cast<int>(((((upper | lower) & run) >> 7) * 0x0101010101010101ULL) >> 56);
      if (stop != 0) {
        i += __builtin_ctzll(stop) / 8;
        break;
      }
      i += 8;
    }
#endif
    for (; i < n; ++i) {
      const uint8_t flags = kAsciiFlags.table[p[i]];
      if ((flags & (kFlagLetter | kFlagDigit)) == 0) break;
      seen |= flags;
      letters += flags & kFlagLetter;
    }
    if (i == begin) return i;
    if (letters_ == 0 && letters > 0) {
      // The run's first letter is the word's first letter.
      int32_t first = begin;
      while ((kAsciiFlags.table[p[first]] & kFlagLetter) == 0) ++first;
      capitalised_ = (kAsciiFlags.table[p[first]] & kFlagUpper) != 0;
    }
    letters_ += letters;
    all_upper_ = all_upper_ && (seen & kFlagLower) == 0;
    has_letter_ = has_letter_ || letters > 0;
    has_digit_ = has_digit_ || (seen & kFlagDigit) != 0;
    last_ = (kAsciiFlags.table[p[i - 1]] & kFlagLetter) ? CharKind::kLetter : CharKind::kDigit;
    end_ = i;
    return i;
  }

  // AddAsciiRun for an ASCII line's bitmaps: adds the letters and digits
  // from byte `begin` on, without a branch per byte or per eight; returns
  // where they end. The letter count only tells none, one, or two and more
  // (all that the flags need): a bitmap word's letters add 0, 1 or 2.
  int32_t AddMaskedRun(const AsciiMasks& masks, int32_t begin) {
    const auto from = static_cast<std::size_t>(begin);
    const std::size_t to = masks.RunEnd(from);
    for (std::size_t w = from / 64; w * 64 < to; ++w) {
      const uint64_t in = RangeBits(w, from, to);
      const uint64_t upper = masks.upper[w] & in;
      const uint64_t letters = upper | (masks.lower[w] & in);
      if (letters != 0) {
        if (letters_ == 0) capitalised_ = ((upper >> __builtin_ctzll(letters)) & 1) != 0;
        letters_ += (letters & (letters - 1)) != 0 ? 2 : 1;
        has_letter_ = true;
        all_upper_ = all_upper_ && letters == upper;
      }
      has_digit_ = has_digit_ || (masks.digit[w] & in) != 0;
    }
    const std::size_t last = to - 1;
    last_ =
        ((masks.digit[last / 64] >> (last % 64)) & 1) != 0 ? CharKind::kDigit : CharKind::kLetter;
    end_ = static_cast<int32_t>(to);
    return end_;
  }

  // A mark or connector that extends the word to next.
  void Extend(int32_t next) { end_ = next; }
  // Closes the word, storing it at *word field by field: a Word built first
  // and then copied was read back as a whole right after its flags were
  // stored byte by byte, which stalls on store forwarding.
  void Finish(std::string_view line, Word* word) {
    word->text =
        line.substr(static_cast<std::size_t>(start_), static_cast<std::size_t>(end_ - start_));
    word->capitalised = capitalised_;
    word->all_caps = letters_ >= 2 && all_upper_;
    word->has_digit = has_digit_;
    word->has_letter = has_letter_;
    word->ideographic = ideographic_;
    start_ = -1;
    last_ = CharKind::kSeparator;
  }

 private:
  int32_t start_ = -1;
  int32_t end_ = 0;
  int letters_ = 0;
  bool all_upper_ = true;
  CharKind last_ = CharKind::kSeparator;  // kind of the last letter or digit
  bool capitalised_ = false;
  bool has_digit_ = false;
  bool has_letter_ = false;
  bool ideographic_ = false;
};

// Sets the flags of a word from its characters.
Word MakeWord(std::string_view text) {
  WordBuilder builder;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  builder.Begin(0);
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const CharInfo info = Classify(c);
    if (info.kind == CharKind::kLetter || info.kind == CharKind::kDigit) builder.Add(c, info, i);
  }
  builder.Extend(n);
  Word word;
  builder.Finish(text, &word);
  return word;
}

// The fast scanner: words are runs of letters, digits, marks and
// connectors; an apostrophe or dot joins two letters or two digits
// ("don't", "U.S", "3.5"), a comma joins two digits ("1,000"). `masks`:
// the line's bitmaps if it is ASCII, whose runs of letters and digits are
// then read from them; nullptr: any line.
// Where ScanWords puts the words it finds: all of them into a vector...
struct WordVector {
  std::vector<Word>* words;
  Word& Next() { return words->emplace_back(); }
  static constexpr bool Done() { return false; }
};

// ... or only their count, scanning no further once it reaches a limit (the
// words are found left to right, and each is final once found).
struct WordCounter {
  std::size_t count = 0;
  std::size_t limit = 0;
  Word scratch;
  Word& Next() {
    ++count;
    return scratch;
  }
  bool Done() const { return count >= limit; }
};

template <typename Out>
void ScanWords(std::string_view line, const AsciiMasks* masks, Out* words) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  WordBuilder word;
  for (int32_t i = 0; i < n && !words->Done();) {
    const int32_t at = i;
    UChar32 c;
    CharInfo info;
    if (p[i] < 0x80) {
      c = p[i++];
      info = kAscii.table[c];
    } else {
      U8_NEXT(p, i, n, c);
      info = ClassifyNonAscii(c);
    }
    // Letters, digits and separators first, each with a branch of its own:
    // a switch's indirect jump, mispredicted at most word ends, was a
    // quarter of the scan.
    if (info.kind == CharKind::kLetter || info.kind == CharKind::kDigit) {
      // After a mid-word character only like joins like ("a.5" splits).
      if (word.open() && word.end() != at && word.last() != info.kind)
        word.Finish(line, &words->Next());
      if (!word.open()) word.Begin(at);
      if (masks != nullptr) {
        i = word.AddMaskedRun(*masks, at);
      } else {
        word.Add(c, info, i);
        i = word.AddAsciiRun(p, i, n);
      }
      continue;
    }
    if (info.kind == CharKind::kSeparator) {
      if (word.open()) word.Finish(line, &words->Next());
      continue;
    }
    switch (info.kind) {
      case CharKind::kMark:
        if (word.open() && word.end() == at) word.Extend(i);
        break;
      case CharKind::kJoin:
        if (word.open() && word.end() == at) {
          word.Extend(i);
        } else if (!word.open()) {
          word.Begin(at);
          word.Extend(i);
        }
        break;
      case CharKind::kMidLetterOrNumber:
      case CharKind::kMidNumber: {
        // Joins only when the word continues right after this one character.
        const bool can_join =
            word.open() && word.end() == at &&
            (info.kind == CharKind::kMidLetterOrNumber || word.last() == CharKind::kDigit);
        if (!can_join && word.open()) word.Finish(line, &words->Next());
        break;
      }
      default:  // letters, digits and separators: above
        break;
    }
  }
  if (word.open()) word.Finish(line, &words->Next());
}

struct BreakIteratorCloser {
  void operator()(UBreakIterator* b) const { ubrk_close(b); }
};

// One word break iterator per thread: creating one loads the rules and
// dictionaries, which costs far more than a line.
UBreakIterator* ThreadWordBreaker() {
  thread_local std::unique_ptr<UBreakIterator, BreakIteratorCloser> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UBreakIterator, BreakIteratorCloser> b(
        ubrk_open(UBRK_WORD, "", nullptr, 0, &status));
    if (U_FAILURE(status)) b.reset();
    return b;
  }();
  return breaker.get();
}

// ICU's dictionary-based segmentation, over the UTF-8 bytes directly (UText
// indexes are byte offsets). Segments without letters or digits (spaces,
// punctuation) are not words.
bool BreakWords(std::string_view line, std::vector<Word>* words) {
  UBreakIterator* breaker = ThreadWordBreaker();
  if (breaker == nullptr) return false;
  UErrorCode status = U_ZERO_ERROR;
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, line.data(), static_cast<int64_t>(line.size()), &status);
  if (U_FAILURE(status)) return false;
  ubrk_setUText(breaker, &text, &status);
  if (U_FAILURE(status)) {
    utext_close(&text);
    return false;
  }
  int32_t start = ubrk_first(breaker);
  for (int32_t end = ubrk_next(breaker); end != UBRK_DONE; start = end, end = ubrk_next(breaker)) {
    if (ubrk_getRuleStatus(breaker) < UBRK_WORD_NONE_LIMIT) continue;
    const Word word = MakeWord(
        line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start)));
    if (word.has_letter || word.has_digit) words->push_back(word);
  }
  // Detach the iterator from the stack UText before it goes away.
  ubrk_setText(breaker, nullptr, 0, &status);
  utext_close(&text);
  return true;
}

}  // namespace

void SplitWords(std::string_view line, std::vector<Word>* words) {
  words->clear();
  if (line.size() <= kMaskedLineMax) {
    AsciiMasks masks;
    if (BuildAsciiMasks(reinterpret_cast<const uint8_t*>(line.data()), line.size(), &masks)) {
      WordVector out{words};
      ScanWords(line, &masks, &out);
      return;
    }
  }
  WordVector out{words};
  if (!HasUnspacedScript(line)) {
    ScanWords(line, nullptr, &out);
    return;
  }
  // Runs of space-separated tokens that hold unspaced-script characters go
  // through ICU's dictionary breaker, the other runs through the scanner (a
  // word never spans a space, so the split changes no word, and a long
  // Latin line with one Chinese name stays cheap).
  std::size_t group_start = 0;
  bool group_unspaced = false;
  auto flush = [&](std::size_t end) {
    const std::string_view group = line.substr(group_start, end - group_start);
    if (!group_unspaced || !BreakWords(group, words)) ScanWords(group, nullptr, &out);
  };
  std::size_t token_start = 0;
  while (token_start < line.size()) {
    std::size_t token_end = line.find(' ', token_start);
    if (token_end == std::string_view::npos) token_end = line.size();
    const bool unspaced = HasUnspacedScript(line.substr(token_start, token_end - token_start));
    if (token_start == 0) {
      group_unspaced = unspaced;
    } else if (unspaced != group_unspaced) {
      flush(token_start);
      group_start = token_start;
      group_unspaced = unspaced;
    }
    token_start = token_end + 1;
  }
  flush(line.size());
}

namespace {

// CountWords of a line that goes through the scanner; false if it needs the
// dictionary breaker.
bool CountScannedWords(std::string_view line, WordCounter* counter) {
  if (line.size() <= kMaskedLineMax) {
    AsciiMasks masks;
    if (BuildAsciiMasks(reinterpret_cast<const uint8_t*>(line.data()), line.size(), &masks)) {
      ScanWords(line, &masks, counter);
      return true;
    }
  }
  if (HasUnspacedScript(line)) return false;
  ScanWords(line, nullptr, counter);
  return true;
}

}  // namespace

std::size_t CountWords(std::string_view line, std::size_t limit) {
  // A word never spans a space, so the words of a prefix cut before a space
  // are the line's first words (on the dictionary breaker's path too: the
  // scanner's groups end at spaces). Most lines asked about are long prose
  // whose first words reach the limit: their bitmaps are built for the
  // prefix only.
  constexpr std::size_t kPrefix = 128;
  if (line.size() > kPrefix) {
    const std::size_t cut = line.rfind(' ', kPrefix);
    WordCounter counter{0, limit, {}};
    if (cut != std::string_view::npos && CountScannedWords(line.substr(0, cut), &counter) &&
        counter.count >= limit) {
      return limit;
    }
  }
  WordCounter counter{0, limit, {}};
  if (CountScannedWords(line, &counter)) return std::min(counter.count, limit);
  return std::min(SplitWords(line).size(), limit);
}

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  words.reserve(line.size() / 6 + 1);
  SplitWords(line, &words);
  return words;
}

namespace {

// Lowers the ASCII capitals of out[0 .. size); true when every byte is ASCII.
bool LowerAscii(char* out, std::size_t size) {
  // The bytes' high bits or-ed together: no branch a byte (an && chain
  // made one).
  unsigned char high = 0;
  for (std::size_t i = 0; i < size; ++i) {
    const char c = out[i];
    out[i] = ToAsciiLower(c);
    high = static_cast<unsigned char>(high | static_cast<unsigned char>(c));
  }
  return high < 0x80;
}

// Words up to this many bytes fold in stack buffers (FoldWithIcu).
constexpr std::size_t kStackFoldBytes = 64;

// *folded = ICU's full case folding of `word`.
void FoldWithIcu(std::string_view word, std::string* folded) {
  if (word.size() <= kStackFoldBytes) {
    // The C functions UnicodeString's fromUTF8, foldCase and toUTF8String
    // call (invalid bytes as U+FFFD, the default folding), on the stack:
    // the UnicodeString's allocations took more than the folding. A word
    // has no more UTF-16 units than bytes; folding makes each code point at
    // most three; each unit gives at most three bytes.
    UChar units[kStackFoldBytes];
    UChar folded_units[3 * kStackFoldBytes];
    char bytes[9 * kStackFoldBytes];
    UErrorCode status = U_ZERO_ERROR;
    int32_t unit_count = 0;
    u_strFromUTF8WithSub(units, static_cast<int32_t>(kStackFoldBytes), &unit_count, word.data(),
                         static_cast<int32_t>(word.size()), 0xFFFD, nullptr, &status);
    int32_t folded_count = 0;
    if (U_SUCCESS(status)) {
      folded_count = u_strFoldCase(folded_units, static_cast<int32_t>(3 * kStackFoldBytes), units,
                                   unit_count, U_FOLD_CASE_DEFAULT, &status);
    }
    int32_t byte_count = 0;
    if (U_SUCCESS(status)) {
      u_strToUTF8WithSub(bytes, static_cast<int32_t>(sizeof bytes), &byte_count, folded_units,
                         folded_count, 0xFFFD, nullptr, &status);
    }
    // (A warning that the output is not NUL-terminated is no failure.)
    if (U_SUCCESS(status)) {
      folded->assign(bytes, static_cast<std::size_t>(byte_count));
      return;
    }
  }
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.foldCase(U_FOLD_CASE_DEFAULT);
  folded->clear();
  text.toUTF8String(*folded);
}

}  // namespace

void FoldCase(std::string_view word, std::string* folded) {
  folded->resize(word.size());
  std::memcpy(folded->data(), word.data(), word.size());
  if (!LowerAscii(folded->data(), folded->size())) FoldWithIcu(word, folded);
}

std::string FoldCase(std::string_view word) {
  // Built as a copy, then lowered in place: resizing an empty string first
  // filled it with zeros through an out-of-line call.
  std::string folded(word);
  if (!LowerAscii(folded.data(), folded.size())) FoldWithIcu(word, &folded);
  return folded;
}

}  // namespace pith::internal

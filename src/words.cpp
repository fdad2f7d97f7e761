#include "words.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstring>
#include <memory>

namespace pith::internal {
namespace {

// Classes of ASCII bytes for the fast scanner.
enum class AsciiClass : uint8_t {
  kOther,
  kUpper,
  kLower,
  kDigit,
  kApostrophe,
  kDot,
  kComma,
  kJoin
};

struct AsciiTable {
  AsciiClass table[128] = {};
  constexpr AsciiTable() {
    for (int c = 'A'; c <= 'Z'; ++c) table[c] = AsciiClass::kUpper;
    for (int c = 'a'; c <= 'z'; ++c) table[c] = AsciiClass::kLower;
    for (int c = '0'; c <= '9'; ++c) table[c] = AsciiClass::kDigit;
    table[static_cast<int>('\'')] = AsciiClass::kApostrophe;
    table[static_cast<int>('.')] = AsciiClass::kDot;
    table[static_cast<int>(',')] = AsciiClass::kComma;
    table[static_cast<int>('_')] = AsciiClass::kJoin;
  }
};
constexpr AsciiTable kAscii;

// What a code point is to the word scanner.
enum class CharKind : uint8_t {
  kSeparator,
  kLetter,
  kDigit,
  kMark,
  kJoin,
  kMidLetterOrNumber,
  kMidNumber
};

struct CharInfo {
  CharKind kind = CharKind::kSeparator;
  bool upper = false;  // upper or title case letter
  bool lower = false;
};

CharInfo Classify(UChar32 c) {
  CharInfo info;
  if (c < 0) return info;
  if (c < 0x80) {
    switch (kAscii.table[c]) {
      case AsciiClass::kUpper:
        info.kind = CharKind::kLetter;
        info.upper = true;
        break;
      case AsciiClass::kLower:
        info.kind = CharKind::kLetter;
        info.lower = true;
        break;
      case AsciiClass::kDigit:
        info.kind = CharKind::kDigit;
        break;
      case AsciiClass::kApostrophe:
      case AsciiClass::kDot:
        info.kind = CharKind::kMidLetterOrNumber;
        break;
      case AsciiClass::kComma:
        info.kind = CharKind::kMidNumber;
        break;
      case AsciiClass::kJoin:
        info.kind = CharKind::kJoin;
        break;
      case AsciiClass::kOther:
        break;
    }
    return info;
  }
  if (c == 0x2019 || c == 0x2018) {  // typographic apostrophes
    info.kind = CharKind::kMidLetterOrNumber;
    return info;
  }
  const int8_t category = u_charType(c);
  switch (category) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      info.kind = CharKind::kLetter;
      info.upper = true;
      break;
    case U_LOWERCASE_LETTER:
      info.kind = CharKind::kLetter;
      info.lower = true;
      break;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      info.kind = CharKind::kLetter;
      break;
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK:
      info.kind = CharKind::kMark;
      break;
    case U_DECIMAL_DIGIT_NUMBER:
      info.kind = CharKind::kDigit;
      break;
    case U_CONNECTOR_PUNCTUATION:
      info.kind = CharKind::kJoin;
      break;
    default:
      if (c == 0x200D) info.kind = CharKind::kMark;  // zero-width joiner
      break;
  }
  return info;
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
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (IsUnspacedScript(c)) return true;
  }
  return false;
}

// Sets the flags of a word from its characters.
Word MakeWord(std::string_view text) {
  Word word{text, false, false, false, false, false};
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  int letters = 0;
  bool all_upper = true;
  bool first_letter = true;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const CharInfo info = Classify(c);
    if (info.kind == CharKind::kDigit) word.has_digit = true;
    if (info.kind != CharKind::kLetter) continue;
    word.has_letter = true;
    ++letters;
    if (!info.upper) all_upper = false;
    if (first_letter) word.capitalised = info.upper;
    first_letter = false;
    if (c >= 0x80 && IsUnspacedScript(c)) word.ideographic = true;
  }
  word.all_caps = letters >= 2 && all_upper;
  return word;
}

// The fast scanner: words are runs of letters, digits, marks and
// connectors; an apostrophe or dot joins two letters or two digits
// ("don't", "U.S", "3.5"), a comma joins two digits ("1,000").
void ScanWords(std::string_view line, std::vector<Word>* words) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  int32_t start = -1;                    // start of the current word, -1 outside one
  int32_t end = 0;                       // end of the current word so far
  CharKind last = CharKind::kSeparator;  // last letter/digit kind in the word
  for (int32_t i = 0; i < n;) {
    const int32_t at = i;
    UChar32 c;
    if (p[i] < 0x80) {
      c = p[i++];
    } else {
      U8_NEXT(p, i, n, c);
    }
    const CharInfo info = Classify(c);
    switch (info.kind) {
      case CharKind::kLetter:
      case CharKind::kDigit:
        if (start >= 0 && end != at) {
          // A mid-word character sits between; it joins only like to like.
          const bool joins = last == info.kind;
          if (!joins) {
            words->push_back(MakeWord(line.substr(static_cast<std::size_t>(start),
                                                  static_cast<std::size_t>(end - start))));
            start = at;
          }
        }
        if (start < 0) start = at;
        end = i;
        last = info.kind;
        break;
      case CharKind::kMark:
      case CharKind::kJoin:
        if (start >= 0 && end == at) {
          end = i;
        } else if (info.kind == CharKind::kJoin && start < 0) {
          start = at;
          end = i;
        }
        break;
      case CharKind::kMidLetterOrNumber:
      case CharKind::kMidNumber: {
        // Joins only when the word continues right after this one character.
        const bool can_join =
            start >= 0 && end == at &&
            (info.kind == CharKind::kMidLetterOrNumber || last == CharKind::kDigit);
        if (!can_join && start >= 0) {
          words->push_back(MakeWord(
              line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))));
          start = -1;
        }
        break;
      }
      case CharKind::kSeparator:
        if (start >= 0) {
          words->push_back(MakeWord(
              line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))));
          start = -1;
        }
        break;
    }
    if (start < 0) last = CharKind::kSeparator;
  }
  if (start >= 0) {
    words->push_back(MakeWord(
        line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start))));
  }
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

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  if (HasUnspacedScript(line) && BreakWords(line, &words)) return words;
  words.clear();
  ScanWords(line, &words);
  return words;
}

std::string FoldCase(std::string_view word) {
  std::string folded(word);
  bool ascii = true;
  for (char& c : folded) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
    }
  }
  if (ascii) return folded;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  text.foldCase(U_FOLD_CASE_DEFAULT);
  folded.clear();
  text.toUTF8String(folded);
  return folded;
}

}  // namespace pith::internal

#include "language.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "quotes.h"
#include "stopwords.h"
#include "word_table.h"
#include "words.h"

namespace pith::internal {
namespace {

constexpr int kLanguageCount = static_cast<int>(Language::kKo) + 1;

// The Latin-script languages told apart by their stopwords.
constexpr std::array<Language, 9> kLatinLanguages = {Language::kEn, Language::kDe, Language::kFr,
                                                     Language::kEs, Language::kIt, Language::kPt,
                                                     Language::kNl, Language::kPl, Language::kTr};

WordTable BuildStopwords() { return BuildWordTable(StopwordEntries()); }

// Built once, on first use (thread-safe static initialisation).
const WordTable& Stopwords() {
  static const WordTable table = BuildStopwords();
  return table;
}

// Letters per script, over the first part of the page.
struct ScriptCounts {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
  std::size_t arabic = 0;
  std::size_t devanagari = 0;
  std::size_t hangul = 0;
  std::size_t kana = 0;
  std::size_t han = 0;
};

void CountScripts(std::string_view line, ScriptCounts* counts) {
  const auto* p = reinterpret_cast<const uint8_t*>(line.data());
  const auto n = static_cast<int32_t>(line.size());
  for (int32_t i = 0; i < n;) {
    // Eight ASCII bytes at a time: a byte x = b | 0x20 (<= 0x7F) is a letter
    // when x + 0x1F reaches 0x80 (x >= 'a') and x + 0x05 does not (x <= 'z');
    // neither sum carries into the next byte.
    while (i + 8 <= n) {
      uint64_t bytes;
      std::memcpy(&bytes, p + i, 8);
      if ((bytes & 0x8080808080808080ULL) != 0) break;
      const uint64_t x = bytes | 0x2020202020202020ULL;
      const uint64_t letters =
          (x + 0x1F1F1F1F1F1F1F1FULL) & ~(x + 0x0505050505050505ULL) & 0x8080808080808080ULL;
      // One high bit per letter: summed by a multiply into the top byte
      // (__builtin_popcountll is a library call without -mpopcnt).
      counts->latin += static_cast<std::size_t>(((letters >> 7) * 0x0101010101010101ULL) >> 56);
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      const uint8_t c = p[i++];
      counts->latin += static_cast<std::size_t>((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0x00C0 && c <= 0x024F) {
      ++counts->latin;
    } else if (c >= 0x0400 && c <= 0x04FF) {
      ++counts->cyrillic;
    } else if ((c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
               (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF)) {
      ++counts->arabic;
    } else if (c >= 0x0900 && c <= 0x097F) {
      ++counts->devanagari;
    } else if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) ||
               (c >= 0x3130 && c <= 0x318F)) {
      ++counts->hangul;
    } else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
      ++counts->kana;
    } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
               (c >= 0x20000 && c <= 0x2FFFF)) {
      ++counts->han;
    }
  }
}

// The language of the page's dominant non-Latin script, kUnknown when Latin
// letters dominate. A CJK or Hangul character carries about as much text as
// a short word, so those count three times against Latin letters.
Language ScriptLanguage(const ScriptCounts& counts) {
  const std::size_t cjk = 3 * (counts.kana + counts.han);
  const std::array<std::pair<std::size_t, Language>, 5> candidates = {{
      {counts.cyrillic, Language::kRu},
      {counts.arabic, Language::kAr},
      {counts.devanagari, Language::kHi},
      {3 * counts.hangul, Language::kKo},
      {cjk, Language::kZh},
  }};
  std::size_t best = counts.latin;
  Language language = Language::kUnknown;
  for (const auto& [count, candidate] : candidates) {
    if (count > best) {
      best = count;
      language = candidate;
    }
  }
  // Japanese writes its grammar in kana; Chinese has none.
  if (language == Language::kZh && counts.kana * 10 >= counts.kana + counts.han) {
    language = Language::kJa;
  }
  return language;
}

// The stopword bits of kLatinLanguages.
constexpr uint16_t kLatinBits = [] {
  uint16_t bits = 0;
  for (Language language : kLatinLanguages)
    bits |= static_cast<uint16_t>(1u << static_cast<int>(language));
  return bits;
}();

// The words the stopword vote looks at: the page's first ones.
constexpr std::size_t kMaxVoteWords = 3000;

// The Latin-script language whose stopwords the page's words hit most; a
// word shared by k languages gives each 1/k. bits: StopwordBits of the
// words with a letter, in page order.
Language StopwordLanguage(const uint16_t* bits, std::size_t count) {
  constexpr double kMinHits = 3.0;
  std::array<double, kLanguageCount> scores{};
  for (std::size_t k = 0; k < std::min(count, kMaxVoteWords); ++k) {
    if ((bits[k] & kLatinBits) == 0) continue;  // most words: no Latin stopword
    int languages = 0;
    for (Language language : kLatinLanguages) {
      languages += (bits[k] >> static_cast<int>(language)) & 1;
    }
    if (languages == 0) continue;
    for (Language language : kLatinLanguages) {
      if ((bits[k] >> static_cast<int>(language)) & 1) {
        scores[static_cast<std::size_t>(language)] += 1.0 / languages;
      }
    }
  }
  Language best = Language::kUnknown;
  double best_score = kMinHits;
  for (Language language : kLatinLanguages) {
    const double score = scores[static_cast<std::size_t>(language)];
    if (score > best_score) {
      best_score = score;
      best = language;
    }
  }
  return best;
}

// The stopword bits of the first kMaxVoteWords words with a letter.
std::vector<uint16_t> VoteWordBits(const std::vector<std::string_view>& lines) {
  std::vector<uint16_t> bits;
  std::vector<Word> words;
  std::string folded;
  for (std::string_view line : lines) {
    SplitWords(line, &words);
    for (const Word& word : words) {
      if (!word.has_letter) continue;
      FoldCase(word.text, &folded);
      bits.push_back(StopwordBits(folded));
      if (bits.size() >= kMaxVoteWords) return bits;
    }
  }
  return bits;
}

// The language of the page's script, or kUnknown with *latin true when Latin
// letters dominate (the stopwords decide then).
Language GuessScript(const std::vector<std::string_view>& lines, bool* latin) {
  // The scripts settle within the first few hundred kilobytes.
  constexpr std::size_t kMaxBytes = 256 * 1024;
  ScriptCounts counts;
  std::size_t bytes = 0;
  for (std::string_view line : lines) {
    CountScripts(line, &counts);
    bytes += line.size();
    if (bytes >= kMaxBytes) break;
  }
  const Language by_script = ScriptLanguage(counts);
  *latin = by_script == Language::kUnknown && counts.latin > 0;
  return by_script;
}

}  // namespace

std::string_view LanguageCode(Language language) {
  static constexpr std::array<std::string_view, kLanguageCount> kCodes = {
      "", "en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "ar", "hi", "zh", "ja", "ko"};
  return kCodes[static_cast<std::size_t>(language)];
}

Language GuessLanguage(const std::vector<std::string_view>& lines) {
  bool latin = false;
  const Language by_script = GuessScript(lines, &latin);
  if (!latin) return by_script;
  const std::vector<uint16_t> bits = VoteWordBits(lines);
  return StopwordLanguage(bits.data(), bits.size());
}

Language GuessLanguage(const std::vector<std::string_view>& lines,
                       const std::vector<uint16_t>& word_stopword_bits) {
  bool latin = false;
  const Language by_script = GuessScript(lines, &latin);
  if (!latin) return by_script;
  return StopwordLanguage(word_stopword_bits.data(), word_stopword_bits.size());
}

uint16_t StopwordBits(std::string_view folded_word) {
  const WordTable& table = Stopwords();
  if (!HasTypographicApostrophe(folded_word)) {
    return static_cast<uint16_t>(LookupWord(table, folded_word));
  }
  return static_cast<uint16_t>(LookupWord(table, StraightApostrophes(std::string(folded_word))));
}

std::vector<std::pair<std::string_view, uint32_t>> StopwordEntries() {
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (int i = 1; i < kLanguageCount; ++i) {
    const std::string_view text = StopwordText(static_cast<Language>(i));
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) entries.emplace_back(text.substr(start, end - start), 1u << i);
      start = end + 1;
    }
  }
  return entries;
}

bool IsStopword(Language language, std::string_view folded_word) {
  if (language == Language::kUnknown) return false;
  return (StopwordBits(folded_word) >> static_cast<int>(language)) & 1;
}

}  // namespace pith::internal

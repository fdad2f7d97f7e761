#include "words.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace pith::internal {
namespace {

std::vector<std::string> Texts(const std::vector<Word>& words) {
  std::vector<std::string> texts;
  for (const Word& word : words) texts.emplace_back(word.text);
  return texts;
}

struct SplitCase {
  const char* name;
  const char* line;
  std::vector<std::string> words;
};

TEST(WordsTest, SplitsLines) {
  const std::vector<SplitCase> cases = {
      {"english",
       "The council's plan, they said, isn't new.",
       {"The", "council's", "plan", "they", "said", "isn't", "new"}},
      {"typographic apostrophe", "don\xE2\x80\x99t stop", {"don\xE2\x80\x99t", "stop"}},
      {"numbers",
       "Costs rose 3.5% to $1,200,000 in 2024.",
       {"Costs", "rose", "3.5", "to", "1,200,000", "in", "2024"}},
      {"trailing punctuation", "U.S. officials... (again)", {"U.S", "officials", "again"}},
      {"hyphens split",
       "well-known state-of-the-art",
       {"well", "known", "state", "of", "the", "art"}},
      {"german", "Grüße aus Köln, Straße Nr. 5", {"Grüße", "aus", "Köln", "Straße", "Nr", "5"}},
      {"russian", "Москва — столица России.", {"Москва", "столица", "России"}},
      {"combining mark", "cafe\xCC\x81 noir", {"cafe\xCC\x81", "noir"}},
      {"underscore", "file_name here", {"file_name", "here"}},
      {"letters and digits", "COVID19 mp3 4K", {"COVID19", "mp3", "4K"}},
      {"empty", "", {}},
      {"only punctuation", " -- !! ", {}},
      {"hindi", "भारत की राजधानी", {"भारत", "की", "राजधानी"}},
      {"korean", "서울은 한국의 수도", {"서울은", "한국의", "수도"}},
  };
  for (const SplitCase& c : cases) {
    EXPECT_EQ(Texts(SplitWords(c.line)), c.words) << c.name;
  }
}

TEST(WordsTest, SplitsUnspacedScriptsWithDictionary) {
  // Chinese: "北京是中国的首都" -> dictionary words, the punctuation dropped.
  const std::vector<Word> chinese = SplitWords("北京是中国的首都。");
  const std::vector<std::string> chinese_texts = Texts(chinese);
  ASSERT_GE(chinese.size(), 4u);
  EXPECT_EQ(chinese_texts.front(), "北京");
  EXPECT_EQ(chinese_texts.back(), "首都");
  for (const Word& word : chinese) {
    EXPECT_TRUE(word.ideographic) << word.text;
    EXPECT_TRUE(word.has_letter) << word.text;
  }

  // Japanese: kanji and kana segments, the particle の on its own.
  const std::vector<std::string> japanese = Texts(SplitWords("東京の天気は晴れです"));
  ASSERT_GE(japanese.size(), 4u);
  EXPECT_EQ(japanese.front(), "東京");
  EXPECT_EQ(japanese[1], "の");

  // Mixed: Latin words and numbers in a Chinese line keep their flags.
  const std::vector<Word> mixed = SplitWords("苹果公司 Apple 在 2024 年");
  std::vector<std::string> mixed_texts = Texts(mixed);
  ASSERT_GE(mixed.size(), 4u);
  bool saw_apple = false;
  bool saw_year = false;
  for (const Word& word : mixed) {
    if (word.text == "Apple") {
      saw_apple = true;
      EXPECT_FALSE(word.ideographic);
      EXPECT_TRUE(word.capitalised);
    }
    if (word.text == "2024") {
      saw_year = true;
      EXPECT_TRUE(word.has_digit);
      EXPECT_FALSE(word.has_letter);
    }
  }
  EXPECT_TRUE(saw_apple);
  EXPECT_TRUE(saw_year);
}

TEST(WordsTest, LatinRunsOfACjkLineUseTheScanner) {
  // The Latin tokens around a Chinese name split exactly as without it.
  std::vector<std::string> latin;
  bool saw_ideographic = false;
  for (const Word& word :
       SplitWords("The U.S. envoy met 王毅 in Beijing on Monday, don't forget.")) {
    if (word.ideographic) {
      saw_ideographic = true;
    } else {
      latin.emplace_back(word.text);
    }
  }
  EXPECT_TRUE(saw_ideographic);
  EXPECT_EQ(latin, Texts(SplitWords("The U.S. envoy met in Beijing on Monday, don't forget.")));
}

TEST(WordsTest, ReusedVectorIsCleared) {
  std::vector<Word> words;
  SplitWords("one two three", &words);
  EXPECT_EQ(Texts(words), (std::vector<std::string>{"one", "two", "three"}));
  SplitWords("四 five", &words);
  SplitWords("six", &words);
  EXPECT_EQ(Texts(words), (std::vector<std::string>{"six"}));
}

TEST(WordsTest, Flags) {
  const struct {
    const char* word;
    bool capitalised, all_caps, has_digit, has_letter, ideographic;
  } cases[] = {
      {"Hello", true, false, false, true, false}, {"hello", false, false, false, true, false},
      {"NASA", true, true, false, true, false},   {"A", true, false, false, true, false},
      {"ÉCOLE", true, true, false, true, false},  {"Über", true, false, false, true, false},
      {"МОСКВА", true, true, false, true, false}, {"москва", false, false, false, true, false},
      {"2024", false, false, true, false, false}, {"B2B", true, true, true, true, false},
      {"mp3", false, false, true, true, false},   {"東京", false, false, false, true, true},
  };
  for (const auto& c : cases) {
    const std::vector<Word> words = SplitWords(c.word);
    ASSERT_EQ(words.size(), 1u) << c.word;
    const Word& w = words[0];
    EXPECT_EQ(w.text, c.word);
    EXPECT_EQ(w.capitalised, c.capitalised) << c.word;
    EXPECT_EQ(w.all_caps, c.all_caps) << c.word;
    EXPECT_EQ(w.has_digit, c.has_digit) << c.word;
    EXPECT_EQ(w.has_letter, c.has_letter) << c.word;
    EXPECT_EQ(w.ideographic, c.ideographic) << c.word;
  }
}

// The words of an ASCII line (read from bitmaps of its bytes) are those of
// the same line with an em dash after it (a separator that sends the line
// through the byte-by-byte scanner): same text, same place, same flags.
// Random lines over the characters the scanner tells apart, of lengths
// around the bitmaps' 64-byte words and past the longest line they take.
TEST(WordsTest, AsciiLinesSplitAsByTheByteScanner) {
  std::mt19937 random(20261126);
  const std::string alphabet = "aaaaZZZZ0099'.,_- !(\x01\x7F";
  std::vector<std::string> lines = {"",    "a",   "A",   "_",     "'",     ".a",   "a.",
                                    "a.5", "5.a", "1,2", "a,b",   "_.a",   "a'_b", "a_,1",
                                    "__",  "A.B", "x'Y", "U.S.A", "don't", "1_,2", "a1.b"};
  for (std::size_t length :
       {1, 2, 7, 8, 9, 15, 16, 17, 63, 64, 65, 127, 128, 129, 300, 2047, 2048, 2049, 3000}) {
    for (int k = 0; k < 60; ++k) {
      std::string line;
      for (std::size_t i = 0; i < length; ++i) {
        line +=
            alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
      }
      lines.push_back(line);
    }
  }
  // Long runs of letters and digits across the bitmaps' words.
  lines.push_back(std::string(200, 'Q') + " " + std::string(70, 'q') + std::string(70, '7'));
  lines.push_back(std::string(63, ' ') + "AB" + std::string(64, 'c') + ".d");
  for (const std::string& line : lines) {
    const std::string dashed = line + "\xE2\x80\x94";
    const std::vector<Word> ascii = SplitWords(line);
    const std::vector<Word> scanned = SplitWords(dashed);
    ASSERT_EQ(ascii.size(), scanned.size()) << line;
    for (std::size_t i = 0; i < ascii.size(); ++i) {
      const Word& a = ascii[i];
      const Word& b = scanned[i];
      EXPECT_EQ(a.text.data() - line.data(), b.text.data() - dashed.data()) << line;
      EXPECT_EQ(a.text, b.text) << line;
      EXPECT_EQ(a.capitalised, b.capitalised) << a.text;
      EXPECT_EQ(a.all_caps, b.all_caps) << a.text;
      EXPECT_EQ(a.has_digit, b.has_digit) << a.text;
      EXPECT_EQ(a.has_letter, b.has_letter) << a.text;
      EXPECT_EQ(a.ideographic, b.ideographic) << a.text;
    }
  }
}

// CountWords is SplitWords' size cut at the limit, for every limit around
// the line's count: lines of every path (ASCII bitmaps, the byte scanner,
// the dictionary breaker), longer than the prefix it tries first, with
// spaces before, at and after the prefix's end, and every line of samples/.
TEST(WordsTest, CountWordsIsTheSplitsSizeUpToTheLimit) {
  std::vector<std::string> lines = {"",
                                    " ",
                                    "a",
                                    "Hello world.",
                                    "don't stop 1,000 U.S. 3.5",
                                    "\xE2\x80\x94 a \xE2\x80\x94 b",
                                    "東京都は晴れ。 Tokyo is sunny today and tomorrow",
                                    "Москва — столица России и город"};
  const std::string word = "word ";
  for (std::size_t length : {100, 120, 126, 127, 128, 129, 130, 140, 200, 2100}) {
    std::string line;
    while (line.size() < length) line += word;
    lines.push_back(line);
    lines.push_back(std::string(length, 'x') + " tail words here");
    lines.push_back(std::string(length - 3, ' ') + "a b c d e f g");
    lines.push_back("a " + std::string(length, 'q') + " b c d e f g h");
    lines.push_back("Über " + line);
    lines.push_back("a b c " + std::string(length, '.') + " 東京都は晴れ 東京都は晴れ");
    lines.push_back("東京都は晴れ " + line);
  }
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  EXPECT_GT(lines.size(), 1000u);
  for (const std::string& line : lines) {
    const std::size_t size = SplitWords(line).size();
    for (std::size_t limit = 0; limit <= size + 2; limit = limit < 16 ? limit + 1 : limit * 2) {
      EXPECT_EQ(CountWords(line, limit), std::min(size, limit)) << line << " limit " << limit;
    }
  }
}

TEST(WordsTest, FoldCase) {
  const struct {
    const char* word;
    const char* folded;
  } cases[] = {
      {"Hello", "hello"}, {"NASA", "nasa"},     {"already", "already"}, {"Straße", "strasse"},
      {"ÜBER", "über"},   {"МОСКВА", "москва"}, {"ΣΟΦΙΑ", "σοφια"},     {"東京", "東京"},
      {"", ""},           {"Ǆemal", "ǆemal"},
  };
  for (const auto& c : cases) EXPECT_EQ(FoldCase(c.word), c.folded) << c.word;
}

// Words folded on the stack (up to 64 bytes) and through icu::UnicodeString
// (longer) agree with UnicodeString's folding, invalid bytes (U+FFFD) and
// foldings that grow ("ΐ" is three code points folded) included.
TEST(WordsTest, FoldCaseAgreesWithUnicodeStringAtEveryLength) {
  const std::string pieces[] = {"A", "ß", "ΐ", "Ǆ", "\xFF", "東", "İ", "ﬃ"};
  for (const std::string& piece : pieces) {
    std::string word;
    for (int n = 0; n < 40; ++n) {
      word += piece;
      std::string expected;
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())))
          .foldCase(U_FOLD_CASE_DEFAULT)
          .toUTF8String(expected);
      EXPECT_EQ(FoldCase(word), expected) << word;
      std::string into = "old";
      FoldCase(word, &into);
      EXPECT_EQ(into, expected) << word;
    }
  }
}

// A page's words in one array: line i's are SplitWords of line i, empty
// lines included, each span pointing into the array.
TEST(LineWords, HoldsEachLinesWordsInOrder) {
  const std::vector<std::string> lines = {"Tram line opens", "", "By Jane Doe, 2024", "x"};
  LineWords page;
  EXPECT_EQ(page.size(), 0u);
  for (const std::string& line : lines) page.AddLine(SplitWords(line));
  ASSERT_EQ(page.size(), lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::vector<Word> want = SplitWords(lines[i]);
    const WordSpan got = page[i];
    ASSERT_EQ(got.size(), want.size()) << lines[i];
    EXPECT_EQ(got.empty(), want.empty());
    for (std::size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(got[k].text.data(), want[k].text.data());
      EXPECT_EQ(got[k].text.size(), want[k].text.size());
      EXPECT_EQ(&got[k], page.words.data() + page.starts[i] + k);
    }
  }
  EXPECT_EQ(page[2].front().text, "By");
  EXPECT_EQ(page[2].back().text, "2024");
  // A vector's words, as a span of them.
  const std::vector<Word> words = SplitWords("one two");
  const WordSpan span = words;
  EXPECT_EQ(span.begin(), words.data());
  EXPECT_EQ(span.size(), 2u);
}

}  // namespace
}  // namespace pith::internal

#include "word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::internal {
namespace {

TEST(WordTable, FindsEveryWordWithItsBits) {
  const std::vector<std::pair<std::string_view, uint32_t>> entries = {
      {"the", 1},   {"und", 2}, {"c'est", 4},     {"главная", 8},
      {"首页", 16}, {"a", 32},  {"eightbyt", 64}, {"a-word-longer-than-sixteen-bytes", 128}};
  const WordTable table = BuildWordTable(entries);
  for (const auto& [word, bits] : entries) {
    EXPECT_EQ(LookupWord(table, word), bits) << word;
  }
}

TEST(WordTable, MissesWordsNotInIt) {
  const WordTable table = BuildWordTable({{"the", 1}, {"and", 2}});
  for (std::string_view word : {"", "th", "thee", "The", "an", "andx", "a", "teh", "nd"}) {
    EXPECT_EQ(LookupWord(table, word), 0u) << word;
  }
}

// A caller's own WordHash of the word finds what the word alone finds.
TEST(WordTable, LookupWithTheWordsHashAgrees) {
  const WordTable table = BuildWordTable({{"the", 1}, {"und", 2}, {"главная", 4}, {"a", 8}});
  for (std::string_view word :
       {"the", "und", "главная", "a", "", "th", "The", "unde", "главн", "首页", "aa"}) {
    EXPECT_EQ(LookupWord(table, word, WordHash(word)), LookupWord(table, word)) << word;
  }
}

TEST(WordTable, DuplicatesOrTheirBits) {
  const WordTable table = BuildWordTable({{"de", 1}, {"de", 4}, {"la", 2}, {"", 8}});
  EXPECT_EQ(LookupWord(table, "de"), 5u);
  EXPECT_EQ(LookupWord(table, "la"), 2u);
  EXPECT_EQ(LookupWord(table, ""), 0u);
}

TEST(WordTable, EmptyTableFindsNothing) {
  const WordTable table = BuildWordTable({});
  EXPECT_EQ(LookupWord(table, "the"), 0u);
}

// Many words: every one is found, and words differing in one byte are not.
TEST(WordTable, ThousandsOfWords) {
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i * 7919));
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (std::size_t i = 0; i < words.size(); ++i) {
    entries.emplace_back(words[i], static_cast<uint32_t>(i + 1));
  }
  const WordTable table = BuildWordTable(entries);
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(LookupWord(table, words[i]), i + 1);
    EXPECT_EQ(LookupWord(table, "x" + words[i].substr(1)), 0u);
  }
}

TEST(WordHashBits, AnEmptySetFindsNothing) {
  const WordHashBits set;
  EXPECT_EQ(set.Find(WordHash("the")), 0);
  EXPECT_EQ(set.Find(0), 0);
  EXPECT_EQ(set.size(), 0u);
}

TEST(WordHashBits, FindsWhatWasAddedWithItsBitsOred) {
  WordHashBits set;
  set.Add(WordHash("analytics"), 1);
  set.Add(WordHash("wellness"), 2);
  set.Add(WordHash("analytics"), 2);
  EXPECT_EQ(set.Find(WordHash("analytics")), 3);
  EXPECT_EQ(set.Find(WordHash("wellness")), 2);
  EXPECT_EQ(set.Find(WordHash("training")), 0);
  EXPECT_EQ(set.Find(0), 0);
  EXPECT_EQ(set.size(), 2u);
}

// Past its first slots it grows and keeps every hash and its bits,
// neighbouring hashes and 0 included.
TEST(WordHashBits, KeepsEveryHashAsItGrows) {
  WordHashBits set;
  constexpr uint64_t kCount = 20000;
  for (uint64_t k = 0; k < kCount; ++k) set.Add(k, static_cast<uint8_t>(1 + k % 3));
  for (uint64_t k = 0; k < kCount; k += 7) set.Add(k, 4);
  EXPECT_EQ(set.size(), kCount);
  for (uint64_t k = 0; k < kCount; ++k) {
    const auto want = static_cast<uint8_t>((1 + k % 3) | (k % 7 == 0 ? 4 : 0));
    ASSERT_EQ(set.Find(k), want) << k;
  }
  EXPECT_EQ(set.Find(kCount), 0);
  EXPECT_EQ(set.Find(~uint64_t{0}), 0);
}

}  // namespace
}  // namespace pith::internal

// Tests for date_words.h: the hashed look-ups give what the word lists say,
// and LastDateCue's one pass what a reverse search per cue gives.
#include "date_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "simple_fold.h"

namespace pith::internal {
namespace {

TEST(DayWordOffset, Table) {
  struct Case {
    std::string_view word;
    std::optional<int> offset;
  };
  static const Case kCases[] = {
      {"today", 0},   {"yesterday", -1}, {"vorgestern", -2}, {"aujourd'hui", 0}, {"avant-hier", -2},
      {"вчера", -1},  {"dziś", 0},       {"dün", -1},        {"昨天", -1},       {"今日", 0},
      {"오늘", 0},    {"어제", -1},      {"tomorrow", {}},   {"Today", {}},      {"", {}},
      {"todays", {}}, {"昨", {}},        {"hours", {}},
  };
  for (const Case& c : kCases) EXPECT_EQ(DayWordOffset(c.word), c.offset) << c.word;
}

// IsRelativeDateWord is a unit or a day word, in one look-up.
TEST(IsRelativeDateWord, IsUnitOrDayWord) {
  static constexpr std::string_view kWords[] = {
      "today", "yesterday", "heute", "hier", "hours", "hour", "h",  "min",   "tagen",
      "jours", "días",      "시간",  "일",   "ago",   "vor",  "an", "one",   "monday",
      "march", "months",    "years", "",     "Hours", "昨天", "天", "update"};
  for (std::string_view w : kWords) {
    EXPECT_EQ(IsRelativeDateWord(w), RelativeUnitSeconds(w) > 0 || DayWordOffset(w).has_value())
        << w;
  }
  EXPECT_TRUE(IsRelativeDateWord("hours"));
  EXPECT_TRUE(IsRelativeDateWord("today"));
  EXPECT_FALSE(IsRelativeDateWord("ago"));
}

// CanStartDateOrTime holds every word that the date parser's starts look
// up, and not the words of a date that only follow its start.
TEST(CanStartDateOrTime, Table) {
  static constexpr std::string_view kStarts[] = {
      "january", "jan",  "février", "февраля", "lutego", "كانون", "تشرين", "a",
      "an",      "one",  "einem",   "un",      "vor",    "hace",  "il",    "today",
      "gestern", "어제", "am",      "pm",      "오후",   "午後"};
  for (std::string_view w : kStarts) EXPECT_TRUE(CanStartDateOrTime(w)) << w;
  static constexpr std::string_view kOthers[] = {
      "",   "geleden", "hours", "tagen", "updated", "published", "monday", "de", "of",
      "at", "uhr",     "gmt",   "y",     "الثاني",  "by",        "the",    "Jan"};
  for (std::string_view w : kOthers) EXPECT_FALSE(CanStartDateOrTime(w)) << w;
}

// LastDateCue's one pass against a reverse search per cue: on lines with
// cues of both kinds in either order, overlapping cues ("updated" in "last
// updated", "publié" and "publication"), cues at the very start and end, and
// every prefix of every line of the samples, folded.
TEST(LastDateCue, AgreesWithReverseSearches) {
  static constexpr std::string_view kTexts[] = {
      "",
      "u",
      "updat",
      "published 3 march, updated 4 march",
      "updated 4 march, published 3 march",
      "last updated:",
      "publié le 3 mars, mis à jour le 4 mars",
      "publication: veröffentlicht am",
      "posted by jo smith | edited",
      "更新 2025年 发布",
      "发布 2025年 更新",
      "aktualisiert aktualisierung",
      "modificado / publicado",
      "nothing here at all",
      "maj : 3 mars maj:",
      "ed",
      "originally posted",
  };
  std::vector<std::string> texts(std::begin(kTexts), std::end(kTexts));
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) texts.push_back(SimpleFold(line));
  }
  std::size_t cued = 0;
  for (const std::string& text : texts) {
    for (std::size_t end = 0; end <= text.size(); ++end) {
      const std::string_view prefix = std::string_view(text).substr(0, end);
      const DateCue fast = LastDateCue(prefix);
      ASSERT_EQ(fast, LastDateCueByRfind(prefix)) << prefix;
      cued += fast != DateCue::kNone;
    }
  }
  EXPECT_GT(cued, 100u);
  EXPECT_EQ(LastDateCue("published 3 march, updated 4 march"), DateCue::kUpdated);
  EXPECT_EQ(LastDateCue("updated 4 march, published 3 march"), DateCue::kPublished);
}

}  // namespace
}  // namespace pith::internal

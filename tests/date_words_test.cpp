// Tests for date_words.h: the hashed look-ups give what the word lists say.
#include "date_words.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

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

}  // namespace
}  // namespace pith::internal

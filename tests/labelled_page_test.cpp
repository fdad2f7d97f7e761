// Tests for labelled_page.h: the small text tests the assembler's rules
// share. All text invented for this project.
#include "labelled_page.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "byline.h"
#include "line_features.h"

namespace pith::internal {
namespace {

TEST(EndsWithFullStop, Table) {
  const struct {
    const char* text;
    bool stop;
  } kCases[] = {
      {"The council met on Monday.", true},
      {"The council met on Monday", false},
      {"The council met on Monday...", false},
      {"Is the council meeting on Monday?", false},
      {"\"We will rebuild the wall,\" she said.\"", true},
      {"\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D she said.\xE2\x80\x9D", true},
      {"The wall was built in 1974 (and repaired in 1990.)", true},
      {"\xC2\xAB Nous reconstruirons. \xC2\xBB", false},
      {"\xC2\xAB Nous reconstruirons.\xC2\xBB", true},
      {"Said the mayor: \"Not yet\"", false},
      {"\xE5\xB8\x82\xE6\x94\xBF\xE5\xBA\x9C\xE5\x8F\x91\xE5\xB8\x83\xE3\x80\x82", true},
      {"\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\xA4 \xE0\xA4\xA1\xE0\xA5\x82\xE0\xA4\xAC\xE0\xA5\x87\xE0"
       "\xA5\xA4",
       true},
      {"\xEF\xBC\x8E", true},
      {"\"", false},
      {"", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(EndsWithFullStop(c.text), c.stop) << c.text;
}

// NormalisedEquals and SameNormalised answer as comparing Normalised
// strings: case, punctuation and spacing differences, words that fold to
// several letters ("Straße" / "STRASSE") or from a non-ASCII letter to an
// ASCII one (the Kelvin sign), different word counts, empty texts; and every
// pair of neighbouring lines of samples/, each line against its upper-cased
// ASCII copy too.
TEST(Normalised, ComparisonsAgreeWithTheStrings) {
  std::vector<std::string> texts = {"",
                                    " ",
                                    "Jo Smith",
                                    "JO SMITH",
                                    "jo smith",
                                    "Jo  Smith!",
                                    "- Jo, Smith -",
                                    "Jo Smithe",
                                    "Jo Smit",
                                    "Jo",
                                    "Smith Jo",
                                    "Jo Smith Jr",
                                    "Stra\xC3\x9F"
                                    "e",
                                    "STRASSE",
                                    "strasse",
                                    "\xE2\x84\xAA"
                                    "elvin",
                                    "kelvin",
                                    "\xC3\x9C"
                                    "ber uns",
                                    "\xC3\xBC"
                                    "ber UNS",
                                    "\xE6\x9D\xB1\xE4\xBA\xAC Tokyo",
                                    "\xE6\x9D\xB1\xE4\xBA\xAC TOKYO",
                                    "A\xE6\x9D\xB1\xE4\xBA\xAC",
                                    "a\xE6\x9D\xB1\xE4\xBA\xAC",
                                    "2025 Report",
                                    "2025 REPORT",
                                    "_x Report"};
  for (const std::string& a : texts) {
    for (const std::string& b : texts) {
      const bool same = Normalised(a) == Normalised(b);
      EXPECT_EQ(SameNormalised(a, b), same) << a << " / " << b;
      EXPECT_EQ(NormalisedEquals(a, Normalised(b)), same) << a << " / " << b;
    }
  }
  EXPECT_TRUE(
      SameNormalised("Stra\xC3\x9F"
                     "e",
                     "STRASSE"));
  EXPECT_TRUE(
      SameNormalised("\xE2\x84\xAA"
                     "elvin",
                     "KELVIN"));
  EXPECT_FALSE(NormalisedEquals("Jo Smith", "jo smith "));
  std::size_t lines = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::string previous;
    for (std::string line; std::getline(in, line); ++lines) {
      std::string upper = line;
      for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      for (const std::string& other : {previous, upper}) {
        const bool same = Normalised(line) == Normalised(other);
        EXPECT_EQ(SameNormalised(line, other), same) << line << " / " << other;
        EXPECT_EQ(NormalisedEquals(line, Normalised(other)), same) << line << " / " << other;
      }
      previous = line;
    }
  }
  EXPECT_GT(lines, 1000u);
}

TEST(HasImageCredit, Table) {
  const struct {
    const char* text;
    bool credit;
  } kCases[] = {
      {"The flooded yard. Photo: Jo Smith", true},
      {"Swimmers at the lido on its first day. Picture: Jo Smith", true},
      {"\xC2\xA9 Harbor Gazette", true},
      {"Most zamkni\xC4\x99ty we wtorek. Fot. Jan Nowak", true},
      {"(\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1: \xD8\xAE\xD8\xA7\xD9\x84\xD8\xAF)", true},
      {"\xE0\xA4\xAB\xE0\xA5\x8B\xE0\xA4\x9F\xE0\xA5\x8B: \xE0\xA4\x9C\xE0\xA4\xA8", true},
      {"\xEC\xA0\x84\xEA\xB2\xBD. \xED\x95\xB4\xEB\x8B\xB4\xEA\xB5\xB0 \xEC\xA0\x9C\xEA\xB3\xB5",
       true},
      {"Hasat yapan \xC3\xBCreticiler. (Foto\xC4\x9Fraf: Mert Ayd\xC4\xB1n / Ege Postas\xC4\xB1)",
       true},
      {"\xEC\xA0\x9C\xEA\xB3\xB5", false},
      {"The council met on Monday.", false},
      {"Photos of the week", false},
      {"Pictures of the week", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(HasImageCredit(c.text), c.credit) << c.text;
}

// HasImageCredit searches a line without ':', '(' or a non-ASCII mark's lead
// byte for the few marks without them only: the same answer as searching for
// all.
TEST(HasImageCredit, AgreesWithSearchingEveryMark) {
  std::vector<std::string> texts = {
      "",
      "Jo Smith",
      "The council met on Monday.",
      "Getty Images",
      "Harbor views (Getty Images)",
      "The lido at dawn. Photo Jo Smith",
      "The lido at dawn.Photo Jo Smith",
      "Image credit Jo Smith",
      "image credit Jo Smith",
      "Most zamknie sie we wtorek. Fot. Jan Nowak",
      "Fot.Jan Nowak",
      "Photo: Jo Smith",
      "Photo Jo Smith",
      "Credit Jo Smith",
      "Credit: Jo Smith",
      "(photo Jo Smith)",
      "(photo)",
      "Time: 10 am",
      "\xC2\xA9 2024 Harbor Gazette",
      "Caf\xC3\xA9 owners met. Photo Jo Smith",
      "Caf\xC3\xA9 owners met",
      "\xE2\x80\x9CWe met,\xE2\x80\x9D she said. Photo Jo Smith",
      "\xE2\x80\x9CWe met,\xE2\x80\x9D she said (Photo Jo Smith)",
      "The lido \xE2\x80\x94 at dawn \xC2\xA9 Jo Smith",
      "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD",
      "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD",
      "\xEF\xBC\x88\xE8\xAE\xB0\xE8\x80\x85 \xE5\x91\xA8 \xE6\x91\x84\xEF\xBC\x89",
      "\xEF\xBC\x88\xE4\xBD\x90\xE4\xBC\xAF\xE6\x92\xAE\xE5\xBD\xB1\xEF\xBC\x89",
      "\xE0\xA4\xAB\xE0\xA5\x8B\xE0\xA4\x9F\xE0\xA5\x8B : \xE0\xA4\x9C\xE0\xA4\xA8",
      "\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1 : \xD8\xAE",
      "\xEC\xA0\x84\xEA\xB2\xBD \xEC\xA0\x9C\xEA\xB3\xB5",
      "\xEC\xA0\x84\xEA\xB2\xBD\xEC\xA0\x9C\xEA\xB3\xB5"};
  std::size_t lines = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line); ++lines) texts.push_back(line);
  }
  EXPECT_GT(lines, 1000u);
  for (const std::string& text : texts) {
    EXPECT_EQ(HasImageCredit(text), HasImageCreditEveryMark(text)) << text;
  }
  // Every mark alone, and inside ASCII text.
  const std::vector<std::string> credited = {
      "Photo:",   "Photograph:", "Foto:",   "Bild:",        "Getty Images", "(foto ",  "(photo ",
      ". Photo ", "Picture:",    "Credit:", "Image credit", "Fot. ",        "\xC2\xA9"};
  for (const std::string& mark : credited) {
    for (const std::string& text : {mark, "Harbor " + mark + " Jo Smith"}) {
      EXPECT_TRUE(HasImageCredit(text)) << text;
      EXPECT_TRUE(HasImageCreditEveryMark(text)) << text;
    }
  }
}

// The view's memo answers as the functions do on a view that has never
// been asked (words(i) as SplitWords, CountLineWords and IsSentence's count
// as CountWords, Normalised, NormalisedEquals and LooksLikeName of a line
// as of its text, IsBareName and HasDate as on a fresh view, LineDates as
// FindDates, LineByline as ParseByline), asked in any order and again, with and without the words
// ComputeFeaturesAndLanguage split: the lines of every page of samples/ and
// of a page of names, dates, credits and prose.
void ExpectMemoAgrees(const Page& page, const LineWords* split) {
  std::vector<std::string_view> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  const std::vector<LineDecision> decisions(texts.size());
  DateContext dates;
  dates.now = 1767225600;  // 2026-01-01
  const PageView view{page, decisions, texts, dates, split};
  const std::size_t n = texts.size();
  // Word counts first from the counts alone (limits below, at and above
  // the count, in both orders), then from the words.
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t limit : {3, 1, 20, 5, 0, 15, 2, 40}) {
      EXPECT_EQ(CountLineWords(view, k, limit), CountWords(texts[k], limit)) << texts[k];
    }
  }
  for (int pass = 0; pass < 3; ++pass) {
    for (std::size_t k = 0; k < n; ++k) {
      const std::size_t i = pass == 1 ? n - 1 - k : k;
      const std::vector<Word> plain = SplitWords(texts[i]);
      const WordSpan memo = view.words(i);
      ASSERT_EQ(memo.size(), plain.size()) << texts[i];
      for (std::size_t w = 0; w < plain.size(); ++w) {
        EXPECT_EQ(memo[w].text.data(), plain[w].text.data()) << texts[i];
        EXPECT_EQ(memo[w].text.size(), plain[w].text.size()) << texts[i];
        EXPECT_EQ(memo[w].capitalised, plain[w].capitalised) << texts[i];
        EXPECT_EQ(memo[w].all_caps, plain[w].all_caps) << texts[i];
        EXPECT_EQ(memo[w].has_digit, plain[w].has_digit) << texts[i];
        EXPECT_EQ(memo[w].has_letter, plain[w].has_letter) << texts[i];
        EXPECT_EQ(memo[w].ideographic, plain[w].ideographic) << texts[i];
      }
      for (std::size_t limit : {0, 1, 4, 14, 15, 100}) {
        EXPECT_EQ(CountLineWords(view, i, limit), CountWords(texts[i], limit)) << texts[i];
      }
      EXPECT_EQ(IsSentence(view, i), EndsWithFullStop(texts[i]) &&
                                         CountWords(texts[i], kSentenceWords) >= kSentenceWords)
          << texts[i];
      EXPECT_EQ(Normalised(view, i), Normalised(texts[i])) << texts[i];
      for (const std::string& norm : {Normalised(texts[i]), Normalised(texts[(i + 1) % n]),
                                      std::string(), std::string("x")}) {
        EXPECT_EQ(NormalisedEquals(view, i, norm), NormalisedEquals(texts[i], norm))
            << texts[i] << " / " << norm;
      }
      EXPECT_EQ(LooksLikeName(view, i), LooksLikeName(view, texts[i])) << texts[i];
      const PageView fresh{page, decisions, texts, dates};
      EXPECT_EQ(IsBareName(view, i), IsBareName(fresh, i)) << texts[i];
      const PageView fresh_again{page, decisions, texts, dates};
      EXPECT_EQ(HasDate(view, i), HasDate(fresh_again, i)) << texts[i];
      const std::vector<FoundDate> found = FindDates(texts[i], dates);
      const std::vector<FoundDate>& memo_dates = LineDates(view, i);
      ASSERT_EQ(memo_dates.size(), found.size()) << texts[i];
      for (std::size_t d = 0; d < found.size(); ++d) {
        EXPECT_EQ(memo_dates[d].iso, found[d].iso) << texts[i];
        EXPECT_EQ(memo_dates[d].text, found[d].text) << texts[i];
        EXPECT_EQ(memo_dates[d].kind, found[d].kind) << texts[i];
        EXPECT_EQ(memo_dates[d].from_now, found[d].from_now) << texts[i];
        EXPECT_EQ(memo_dates[d].year_from_now, found[d].year_from_now) << texts[i];
      }
      const Byline parsed = ParseByline(texts[i], dates.language);
      const Byline& memo_byline = LineByline(view, i);
      EXPECT_EQ(memo_byline.cleaned, parsed.cleaned) << texts[i];
      EXPECT_EQ(memo_byline.authors, parsed.authors) << texts[i];
      EXPECT_EQ(memo_byline.agency, parsed.agency) << texts[i];
      EXPECT_EQ(memo_byline.credited, parsed.credited) << texts[i];
      EXPECT_EQ(memo_byline.desk, parsed.desk) << texts[i];
    }
  }
}

TEST(PageViewMemo, AgreesWithTheFunctions) {
  Page page;
  for (const char* text :
       {"Jo Smith", "By Jo Smith and Al Roe", "March 3, 2025", "", "Updated 2 hours ago",
        "The council met on Monday to discuss the wall.", "Ana Ruiz", "Five words end here now.",
        "PHOTO: Jo Smith", "\xE6\x9D\xB1\xE4\xBA\xAC 2025\xE5\xB9\xB4", "Jo Smith"}) {
    Line line;
    line.text = text;
    page.lines.push_back(line);
  }
  ExpectMemoAgrees(page, nullptr);
  {
    // Both answers of each test occur on the page.
    std::vector<std::string_view> texts;
    for (const Line& line : page.lines) texts.push_back(line.text);
    const std::vector<LineDecision> decisions(texts.size());
    DateContext dates;
    const PageView view{page, decisions, texts, dates};
    EXPECT_TRUE(IsBareName(view, 0));
    EXPECT_FALSE(IsBareName(view, 1));
    EXPECT_TRUE(HasDate(view, 2));
    EXPECT_FALSE(HasDate(view, 0));
  }
  std::size_t pages = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::filesystem::path(PITH_SOURCE_DIR) / "samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const Page sample = SplitLines(text, true);
    ExpectMemoAgrees(sample, nullptr);
    // The words the features split, handed to the view.
    LineWords split;
    Language language = Language::kUnknown;
    ComputeFeaturesAndLanguage(sample, PageContext{}, &language, &split);
    ASSERT_EQ(split.size(), sample.lines.size());
    ExpectMemoAgrees(sample, &split);
    ++pages;
  }
  EXPECT_GT(pages, 3u);
}

}  // namespace
}  // namespace pith::internal

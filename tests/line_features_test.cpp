#include "line_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "lines.h"
#include "words.h"

namespace pith::internal {
namespace {

// Pages written for these tests: navigation, a headline, a byline, prose with
// typographic apostrophes, a list and a footer, in several languages.
const std::vector<std::string> kPages = {
    "Home | News | Sport | Weather\n\nTram line opens in the spring\n\nBy Jane Doe\n"
    "March 3, 2024\n\nThe mayor said on Monday that the new tram line would open in "
    "the spring, although the final tests of the signals haven\xE2\x80\x99t been "
    "completed.\n\nCritics of the project argue that the money could have been spent "
    "on buses, which they say would have served more people.\n\n* Read more\n"
    "* Share on Facebook\n\n\xC2\xA9 2024 Example Gazette. All rights reserved.\n",
    "Startseite | Politik | Sport\n\nNeue Stra\xC3\x9F"
    "enbahn f\xC3\xBCr die Stadt\n\nVon Max Mustermann\n\nDer B\xC3\xBCrgermeister "
    "sagte am Montag, dass die neue Linie im Fr\xC3\xBChjahr er\xC3\xB6"
    "ffnet werden "
    "soll, obwohl die letzten Tests noch nicht abgeschlossen sind.\n\nKritiker des "
    "Projekts meinen, das Geld h\xC3\xA4tte man besser f\xC3\xBCr Busse ausgeben "
    "k\xC3\xB6nnen.\n\nTeilen | Kommentare\n",
    "Accueil | Politique\n\nLe maire a d\xC3\xA9"
    "clar\xC3\xA9 lundi que la nouvelle "
    "ligne de tramway ouvrirait au printemps, m\xC3\xAAme si c\xE2\x80\x99"
    "est "
    "encore incertain et qu\xE2\x80\x99il faut attendre les derniers essais.\n\n"
    "\xC3\x80 lire aussi\n",
    "\xD0\x93\xD0\xBB\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xB0\xD1\x8F | Sport\n\n"
    "\xD0\x9C\xD1\x8D\xD1\x80 \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xBB, "
    "\xD1\x87\xD1\x82\xD0\xBE \xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x8F "
    "\xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x8F \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80"
    "\xD0\xBE\xD0\xB5\xD1\x82\xD1\x81\xD1\x8F \xD0\xB2\xD0\xB5\xD1\x81\xD0\xBD"
    "\xD0\xBE\xD0\xB9.\n",
    "12:30\n\n+44 20 7946 0000\n",
    "",
};

std::vector<std::string_view> Texts(const Page& page) {
  std::vector<std::string_view> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

// Every value of every row is finite (ComputeRows sets non-finite ones to
// 0 after writing the rows), on pages of odd lines too: punctuation only,
// one very long word, digits only, a lone mark.
TEST(LineFeaturesTest, EveryValueIsFinite) {
  std::vector<std::string> pages = kPages;
  pages.push_back("...\n\n" + std::string(5000, 'x') + "\n\n0000\n\n\xE2\x80\x94\n");
  for (const std::string& text : pages) {
    const Page page = SplitLines(text, true);
    const FeatureMatrix m = ComputeFeatures(page, PageContext{});
    ASSERT_EQ(m.values.size(), m.rows * m.cols);
    for (std::size_t k = 0; k < m.values.size(); ++k) {
      EXPECT_TRUE(std::isfinite(m.values[k])) << "row " << k / m.cols << " col " << k % m.cols;
    }
  }
}

// ComputeFeaturesAndLanguage guesses from the words the features fold; the
// guess and every value must equal GuessLanguage followed by ComputeFeatures.
TEST(LineFeaturesTest, GuessingTheLanguageChangesNoValue) {
  for (const std::string& text : kPages) {
    const Page page = SplitLines(text, true);
    PageContext context;
    Language guessed = Language::kKo;  // overwritten
    const FeatureMatrix fused = ComputeFeaturesAndLanguage(page, context, &guessed);
    context.language = GuessLanguage(Texts(page));
    EXPECT_EQ(LanguageCode(guessed), LanguageCode(context.language)) << text.substr(0, 30);
    const FeatureMatrix apart = ComputeFeatures(page, context);
    ASSERT_EQ(fused.rows, apart.rows);
    ASSERT_EQ(fused.cols, apart.cols);
    ASSERT_EQ(fused.values.size(), apart.values.size());
    for (std::size_t i = 0; i < fused.values.size(); ++i) {
      ASSERT_EQ(fused.values[i], apart.values[i])
          << text.substr(0, 30) << ": row " << i / fused.cols << ", "
          << FeatureNames()[i % fused.cols];
    }
  }
}

// The page's language decides which words count as stopwords.
TEST(LineFeaturesTest, StopShareFollowsTheLanguage) {
  const Page page = SplitLines(kPages[0], true);
  std::size_t stop_column = 0;
  while (FeatureNames()[stop_column] != "stop_share") ++stop_column;
  PageContext english;
  english.language = Language::kEn;
  PageContext german;
  german.language = Language::kDe;
  const FeatureMatrix en = ComputeFeatures(page, english);
  const FeatureMatrix de = ComputeFeatures(page, german);
  float en_total = 0, de_total = 0;
  for (std::size_t r = 0; r < en.rows; ++r) {
    en_total += en.row(r)[stop_column];
    de_total += de.row(r)[stop_column];
  }
  EXPECT_GT(en_total, de_total + 1.0f);
}

float Column(const FeatureMatrix& m, std::size_t row, const std::string& name) {
  std::size_t column = 0;
  while (FeatureNames()[column] != name) ++column;
  return m.row(row)[column];
}

// The window features' sums of characters and of short lines (fewer than
// five words) over the 3 and 10 lines on each side, the line itself left
// out, are those of the lines there, however they are summed: a page of
// lines of many lengths, some multi-byte, the first and last lines' windows
// cut short by the page's ends.
TEST(LineFeaturesTest, WindowSumsAreThoseOfTheLinesAround) {
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += std::string(static_cast<std::size_t>(1 + (i * 37) % 90), 'a');
    for (int w = 0; w < i % 9; ++w) text += " w\xC3\xA9rd";
    text += "\n\n";
  }
  const Page page = SplitLines(text, true);
  const FeatureMatrix m = ComputeFeatures(page, PageContext{});
  const long n = static_cast<long>(page.lines.size());
  ASSERT_EQ(n, 40);
  for (long radius : {3L, 10L}) {
    const std::string w = radius == 3 ? "win3_" : "win10_";
    for (long i = 0; i < n; ++i) {
      double chars = 0, short_lines = 0;
      long count = 0;
      for (long j = std::max(0L, i - radius); j <= std::min(n - 1, i + radius); ++j) {
        if (j == i) continue;
        const std::string_view t = page.lines[static_cast<std::size_t>(j)].text;
        std::size_t points = 0;
        for (char c : t) points += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        chars += static_cast<double>(points);
        short_lines += SplitWords(t).size() < 5 ? 1 : 0;
        ++count;
      }
      const double c = static_cast<double>(std::max(1L, count));
      const auto row = static_cast<std::size_t>(i);
      EXPECT_EQ(Column(m, row, w + "chars_log"), std::log1p(static_cast<float>(chars / c))) << i;
      EXPECT_EQ(Column(m, row, w + "short_share"), static_cast<float>(short_lines / c)) << i;
    }
  }
}

// digit_share and punct_share count every byte of a line, sixteen at a
// time and one by one alike: lines of every length up to past 255 blocks
// of sixteen, of ASCII digits and marks, letters, a DEL byte and
// multi-byte characters (whose continuation bytes are not characters).
TEST(LineFeaturesTest, DigitAndPunctuationSharesCountEveryByte) {
  const std::string piece = "Ab1!\xC3\xA9:[{~\x7F 9/@`\xE2\x80\x94z0";
  for (std::size_t repeats : {1u, 3u, 17u, 300u}) {
    std::string text;
    for (std::size_t k = 0; k < repeats; ++k) text += piece;
    Page page;
    page.lines.push_back(Line{});
    page.lines[0].text = text;
    const FeatureMatrix m = ComputeFeatures(page, PageContext{});
    std::size_t chars = 0, digits = 0, punct = 0;
    for (unsigned char c : text) {
      chars += (c & 0xC0) != 0x80;
      digits += c >= '0' && c <= '9';
      punct += (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
               (c >= '{' && c <= '~');
    }
    EXPECT_FLOAT_EQ(Column(m, 0, "digit_share"),
                    static_cast<float>(digits) / static_cast<float>(chars))
        << repeats;
    EXPECT_FLOAT_EQ(Column(m, 0, "punct_share"),
                    static_cast<float>(punct) / static_cast<float>(chars))
        << repeats;
  }
}

// A headline repeats the article's content words; a teaser for another
// story and a menu do not; stopwords ("the", "on") count for neither.
TEST(LineFeaturesTest, BodyOverlapIsTheShareOfContentWordsTheArticleRepeats) {
  const Page page = SplitLines(
      "Home | Sport | Weather\n\nTram line opens in the spring\n\n"
      "The mayor said on Monday that the new tram line would open in the spring, after the "
      "final tests of the signals.\n\nCritics of the tram project argue that the money could "
      "have been spent on buses, which they say would have served more people in the "
      "spring.\n\nEngineers finished the signal tests on the line ahead of the opening, the "
      "mayor told the council on Monday.\n\nGardeners brace for a dry summer\n",
      true);
  PageContext context;
  context.language = Language::kEn;
  const FeatureMatrix m = ComputeFeatures(page, context);
  ASSERT_EQ(m.rows, 6u);
  // "tram", "line" and "spring" are repeated, "opens" is not ("open" is).
  EXPECT_FLOAT_EQ(Column(m, 1, "body_overlap"), 0.75f);
  EXPECT_FLOAT_EQ(Column(m, 1, "body_overlap_words_log"), std::log1p(3.0f));
  EXPECT_FLOAT_EQ(Column(m, 0, "body_overlap"), 0.0f);
  EXPECT_FLOAT_EQ(Column(m, 5, "body_overlap"), 0.0f);
  // A line of the article counts only the words other lines repeat.
  EXPECT_GT(Column(m, 2, "body_overlap"), 0.0f);
  EXPECT_LT(Column(m, 2, "body_overlap"), 1.0f);
}

}  // namespace
}  // namespace pith::internal

#include "mojibake.h"

#include <gtest/gtest.h>
#include <unicode/ustring.h>

#include <cstdint>
#include <string>
#include <vector>

#include "charset_util.h"
#include "decode.h"

namespace pith::internal {
namespace {

// Reads UTF-8 bytes as if they were `charset` and writes the result as
// UTF-8: the mistake that makes mojibake.
std::string Garble(const std::string& utf8, const char* charset) {
  return testutil::ConvertCharset(utf8, "UTF-8", charset);
}

std::string Repaired(const std::string& text) {
  std::string repaired;
  return RepairMojibake(text, &repaired) > 0 ? repaired : text;
}

struct GarbleCase {
  const char* name;
  std::string text;  // clean UTF-8, garbled by the test
  const char* charset;
};

TEST(Mojibake, RepairsTextReadAsWindows1252OrLatin1) {
  const std::vector<GarbleCase> cases = {
      {"apostrophe", "Don’t panic, it’s fine.", "windows-1252"},
      {"apostrophe, C1 controls", "Don’t panic, it’s fine.", "ISO-8859-1"},
      {"quotes and dashes", "“Yes” – she said — twice…", "windows-1252"},
      {"accented letters", "Café, crème brûlée, Müller, España", "windows-1252"},
      {"accents, C1 controls", "Café, crème brûlée, Müller, España", "ISO-8859-1"},
      {"Polish", "Łódź, źródło, żółć", "windows-1252"},
      {"no-break space and signs", "20\u00A0°C, © 2024, 5\u00A0€", "windows-1252"},
      {"trademark", "Acme™ Rocket", "windows-1252"},
      {"Russian", "Привет, мир! Это тест.", "windows-1252"},
      {"Greek", "Καλημέρα κόσμε", "windows-1252"},
      {"Chinese", "中文新闻报道", "windows-1252"},
      {"Japanese", "東京のニュース", "ISO-8859-1"},
      {"Arabic", "مرحبا بالعالم", "windows-1252"},
      {"emoji", "Great news 😀 today", "windows-1252"},
  };
  for (const GarbleCase& c : cases) {
    const std::string garbled = Garble(c.text, c.charset);
    ASSERT_NE(garbled, c.text) << c.name;
    EXPECT_EQ(Repaired(garbled), c.text) << c.name;
  }
}

TEST(Mojibake, RepairsMojibakeOfMojibake) {
  const std::string twice = Garble(Garble("It’s “done”.", "windows-1252"), "windows-1252");
  EXPECT_EQ(Repaired(twice), "It’s “done”.");
}

TEST(Mojibake, RepairsOnlyTheGarbledPartOfMixedText) {
  const std::string text = "Déjà vu: " + Garble("l’été à Paris", "windows-1252") + " — fin.";
  EXPECT_EQ(Repaired(text), "Déjà vu: l’été à Paris — fin.");
}

TEST(Mojibake, RepairsALoneLetterOfAScriptTheTextShowsInARow) {
  // "в" alone is one candidate, but "Москве" confirms Cyrillic mojibake.
  EXPECT_EQ(Repaired(Garble("в Москве", "windows-1252")), "в Москве");
}

// Real text whose letters happen to read as UTF-8 bytes stays as it is.
TEST(Mojibake, KeepsRealText) {
  const std::vector<std::pair<const char*, std::string>> cases = {
      {"French capitals in guillemets", "«ÉTÉ»"},
      {"Italian capitals in quotes", "“PERCHÈ”"},
      {"German quotes", "„Fuß“ und „Maß“"},
      {"Danish letter before a no-break space", "Ø\u00A0Jylland"},
      {"lone Hebrew-looking multiplication", "2 ×\u00A03"},
      {"lone Cyrillic-looking pair", "Ð¿"},
      {"French ellipsis before a guillemet", "« Il est allé…\u00A0»"},
      {"Portuguese", "SÃO PAULO e NÃO"},
      {"French capital", "Âge d’or"},
      {"plain ASCII", "nothing to see"},
      {"Chinese", "中文"},
  };
  for (const auto& [name, text] : cases) EXPECT_EQ(Repaired(text), text) << name;
}

TEST(Mojibake, CountsRestoredCharacters) {
  std::string repaired;
  EXPECT_EQ(RepairMojibake(Garble("a’b’c", "windows-1252"), &repaired), 2u);
  EXPECT_EQ(repaired, "a’b’c");
  repaired = "untouched";
  EXPECT_EQ(RepairMojibake("plain", &repaired), 0u);
  EXPECT_EQ(repaired, "untouched");
}

// Random strings over the characters mojibake is made of: whatever gets
// repaired, the output is valid UTF-8 and never longer than the input.
TEST(Mojibake, RandomTextStaysValidAndNeverGrows) {
  const std::vector<std::string> alphabet = {
      "a",        " ",        "\xC3\x83", "\xC3\xA2", "\xC3\x90", "\xC3\x91",     "\xC3\xB0",
      "\xC3\xA9", "\xC3\x82", "\xC2\xA0", "\xC2\x9D", "\xC2\xA9", "\xE2\x82\xAC", "\xE2\x84\xA2",
      "\xC5\xB8", "\xC2\xBF", "\xC2\xB8", "\xC2\xAD", "\xC2\x80", "\xE2\x80\x9C"};
  uint64_t state = 42;
  int repairs = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const int length = static_cast<int>(state % 12);
    for (int k = 0; k < length; ++k) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      text += alphabet[(state >> 33) % alphabet.size()];
    }
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    std::string repaired;
    if (RepairMojibake(text, &repaired) == 0) continue;
    ++repairs;
    EXPECT_LE(repaired.size(), text.size()) << text;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8(nullptr, 0, nullptr, repaired.data(), static_cast<int32_t>(repaired.size()),
                  &status);
    EXPECT_NE(status, U_INVALID_CHAR_FOUND) << text;
  }
  EXPECT_GT(repairs, 1000);  // the strings do hold mojibake
}

// Through Decode: the C1 controls of Latin-1 mojibake would otherwise be
// dropped with the other control characters, leaving "donâ t".
TEST(Mojibake, DecodeRepairsBeforeDroppingControls) {
  const std::string garbled = Garble("don’t", "ISO-8859-1");
  const Result<DecodedText> repaired = Decode(garbled, "", /*repair_mojibake=*/true);
  ASSERT_TRUE(repaired.ok());
  EXPECT_EQ(repaired.value().text, "don’t");
  EXPECT_EQ(repaired.value().mojibake_repaired, 1u);

  const Result<DecodedText> kept = Decode(garbled, "", /*repair_mojibake=*/false);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept.value().text, "donât");
  EXPECT_EQ(kept.value().mojibake_repaired, 0u);
}

}  // namespace
}  // namespace pith::internal

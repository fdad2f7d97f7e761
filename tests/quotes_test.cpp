// Tests for quotes.h: which marks each function makes straight, and that
// every other byte, a cut-off mark and the other quotation marks (low,
// guillemets, primes) come out as they went in.
#include "quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pith::internal {
namespace {

struct QuoteCase {
  std::string_view text;
  bool apostrophe;                   // HasTypographicApostrophe
  std::string_view straight_apos;    // StraightApostrophes
  std::string_view straight_quotes;  // StraightQuotes
};

constexpr QuoteCase kQuoteCases[] = {
    {"", false, "", ""},
    {"plain ASCII 'quoted' \"text\"", false, "plain ASCII 'quoted' \"text\"",
     "plain ASCII 'quoted' \"text\""},
    {"NatGeo\u2019s", true, "NatGeo's", "NatGeo's"},
    {"l\u2019article d\u2019un", true, "l'article d'un", "l'article d'un"},
    {"\u2018single\u2019", true, "\u2018single'", "'single'"},
    {"\u201Cdouble\u201D", false, "\u201Cdouble\u201D", "\"double\""},
    {"\u2019", true, "'", "'"},
    // A mark cut off at the end of the text, and the other marks of the
    // same block: as they are.
    {"cut \xE2\x80", false, "cut \xE2\x80", "cut \xE2\x80"},
    {"\u201Elow\u201C \u00ABguillemets\u00BB 5\u2032", false,
     "\u201Elow\u201C \u00ABguillemets\u00BB 5\u2032",
     "\u201Elow\" \u00ABguillemets\u00BB 5\u2032"},
    {"\u2014 dash \u2026", false, "\u2014 dash \u2026", "\u2014 dash \u2026"},
};

TEST(Quotes, StraightensTheMarksEachFunctionNames) {
  for (const QuoteCase& c : kQuoteCases) {
    EXPECT_EQ(HasTypographicApostrophe(c.text), c.apostrophe) << c.text;
    EXPECT_EQ(StraightApostrophes(std::string(c.text)), c.straight_apos) << c.text;
    EXPECT_EQ(StraightQuotes(c.text), c.straight_quotes) << c.text;
  }
}

}  // namespace
}  // namespace pith::internal

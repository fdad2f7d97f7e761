// Tests for simple_fold.h: SimpleFoldInto writes what SimpleFold returns,
// through its ASCII fast path and its decoding path alike; the ASCII answers
// that the date tokenizer inlines.
#include "simple_fold.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace pith::internal {
namespace {

TEST(SimpleFold, Table) {
  struct Case {
    std::string_view text;
    std::string_view folded;
  };
  static const Case kCases[] = {
      {"", ""},
      {"By JO SMITH", "by jo smith"},
      {"[Updated] 09:40 @Reuters", "[updated] 09:40 @reuters"},
      {"ÉTÉ À PARIS", "été à paris"},
      {"İSTANBUL", "istanbul"},
      {"ŁÓDŹ", "łódź"},
      {"ΑΘΗΝΑ", "αθηνα"},
      {"МОСКВА Ёлка", "москва ёлка"},
      {"東京 2025年", "東京 2025年"},
      {"Mixed Ärger and ASCII", "mixed ärger and ascii"},
  };
  for (const Case& c : kCases) EXPECT_EQ(SimpleFold(c.text), c.folded) << c.text;
}

// SimpleFoldInto against SimpleFold: the same bytes when they fit, 0 when
// they do not (a buffer one byte short), ASCII and multi-byte text alike.
TEST(SimpleFoldInto, AgreesWithSimpleFold) {
  static constexpr std::string_view kTexts[] = {
      "By JO SMITH", "ÉTÉ À PARIS", "İSTANBUL x", "ŁÓDŹ", "ΑΘΗΝΑ", "МОСКВА Ёлка", "東京 2025年",
      "a", "A", "\xE2\x80", "Z\xC3\x89", "plain ascii text", "\xF0\x9F\x93\x85Jul. 11",
      // Past sixteen bytes, with the first non-ASCII byte before, at and
      // after a sixteen-byte boundary.
      "Published By THE NEWS DESK, @Reuters [Updated 09:40 GMT]", "0123456789ABCDEÉ and more",
      "0123456789ABCDEFÉ and more", "0123456789ABCDEFGÉ and more", "ÄBCDEFGHIJKLMNOPQRSTUVWXYZ",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abc@{|}~", "ABCDEFGHIJKLMNOP", "ABCDEFGHIJKLMNOPQ"};
  for (std::string_view text : kTexts) {
    const std::string folded = SimpleFold(text);
    char buf[96];
    ASSERT_EQ(SimpleFoldInto(text, buf, sizeof buf), folded.size()) << text;
    EXPECT_EQ(std::string_view(buf, folded.size()), folded) << text;
    EXPECT_EQ(SimpleFoldInto(text, buf, folded.size() - 1), 0u) << text;
    EXPECT_EQ(SimpleFoldInto(text, buf, folded.size()), folded.size()) << text;
  }
  // Every ASCII byte through the sixteen-byte path.
  for (int b = 0; b < 0x80; ++b) {
    const std::string text(17, static_cast<char>(b));
    const std::string folded = SimpleFold(text);
    char buf[32];
    ASSERT_EQ(SimpleFoldInto(text, buf, sizeof buf), folded.size()) << b;
    EXPECT_EQ(std::string_view(buf, folded.size()), folded) << b;
  }
}

// SimpleFoldAppend adds SimpleFold's bytes after what the string holds,
// through ASCII runs and other code points alike.
TEST(SimpleFoldAppend, AppendsWhatSimpleFoldReturns) {
  for (std::string_view text : {"", "ABC def",
                                "\xC3\x9C"
                                "ber ALLES",
                                "Stra\xC3\x9F"
                                "E \xC3\x89T\xC3\x89",
                                "\xE4\xB8\xAD\xE6\x96\x87 MIXED \xD0\x9F\xD0\xA0\xD0\x98"}) {
    std::string out = "Kept ";
    SimpleFoldAppend(text, &out);
    EXPECT_EQ(out, "Kept " + SimpleFold(text)) << text;
  }
}

// The answers for ASCII that the date tokenizer (dates.cpp) computes inline
// instead of calling these functions: they must stay what it assumes.
TEST(SimpleFold, AsciiAnswersTheDateTokenizerInlines) {
  for (int b = 0; b < 0x80; ++b) {
    const auto cp = static_cast<uint32_t>(b);
    const std::string text(1, static_cast<char>(b));
    size_t pos = 0;
    EXPECT_EQ(NextCodepoint(text, &pos), cp) << b;
    EXPECT_EQ(pos, 1u) << b;
    EXPECT_EQ(DigitValue(cp), b >= '0' && b <= '9' ? b - '0' : -1) << b;
    EXPECT_EQ(IsWordCodepoint(cp), (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) << b;
    EXPECT_FALSE(IsCjkIdeographOrKana(cp)) << b;
  }
}

}  // namespace
}  // namespace pith::internal

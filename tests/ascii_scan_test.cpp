// Tests for ascii_scan.h: the byte classes and ToAsciiLower against the C
// locale's <cctype> on every byte value, IsAsciiText on texts with and
// without a byte of a multi-byte character, and FindAsciiDigit against a
// byte-by-byte scan, from every start, on lines with digits before, at and
// after sixteen-byte boundaries, with non-ASCII bytes and with none at all.
#include "ascii_scan.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <utility>

namespace pith::internal {
namespace {

std::size_t PlainFind(std::string_view s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') return i;
  }
  return s.size();
}

// pith never calls setlocale, so <cctype> answers as the "C" locale: the
// inline tests must give its answers for every byte, as char and as
// unsigned char (a byte >= 0x80 is negative as a char).
TEST(AsciiClasses, AgreeWithTheCLocaleOnEveryByte) {
  for (int b = 0; b < 256; ++b) {
    const auto u = static_cast<unsigned char>(b);
    const auto c = static_cast<char>(b);
    EXPECT_EQ(IsAsciiDigit(u), std::isdigit(b) != 0) << b;
    EXPECT_EQ(IsAsciiUpper(u), std::isupper(b) != 0) << b;
    EXPECT_EQ(IsAsciiLower(u), std::islower(b) != 0) << b;
    EXPECT_EQ(IsAsciiAlpha(u), std::isalpha(b) != 0) << b;
    EXPECT_EQ(IsAsciiAlnum(u), std::isalnum(b) != 0) << b;
    EXPECT_EQ(ToAsciiLower(u), static_cast<unsigned char>(std::tolower(b))) << b;
    EXPECT_EQ(IsAsciiAlnum(c), IsAsciiAlnum(u)) << b;
    EXPECT_EQ(ToAsciiLower(c), static_cast<char>(ToAsciiLower(u))) << b;
  }
}

TEST(AsciiLowerCase, LowersAsciiCapitalsOnly) {
  static constexpr std::string_view kCases[][2] = {
      {"", ""},
      {"HTML", "html"},
      {"Copyright (C) 2025 ACME", "copyright (c) 2025 acme"},
      {"Müller ÄÖÜ Straße", "müller ÄÖÜ straße"},
      {"www.Example.COM", "www.example.com"},
  };
  for (const auto& [text, lower] : kCases) EXPECT_EQ(AsciiLowerCase(text), lower) << text;
}

TEST(AsciiText, HoldsNoByteOfAMultiByteCharacter) {
  static constexpr std::pair<std::string_view, bool> kCases[] = {
      {"", true},
      {"About the Author:", true},
      {"tab\tand \x7F DEL", true},
      {"l\u2019auteur", false},
      {"Müller", false},
      {"ends in \xC3", false},
  };
  for (const auto& [text, ascii] : kCases) EXPECT_EQ(IsAsciiText(text), ascii) << text;
}

TEST(FindAsciiDigit, AgreesWithAByteScan) {
  static constexpr std::string_view kLines[] = {
      "",
      "7",
      "no digits on this line, however long it runs on and on",
      "Published 4 February 2025, 14:30 CET",
      "0123456789abcdef0123456789",
      "abcdefghijklmno5",
      "abcdefghijklmnop5",
      "abcdefghijklmnopq5",
      "/:/:/:/:/:/:/:/:/:/:/:/:/:/:/:/:9",
      "Müller, Zürich — ٢٠٢٥ and ４ and २०२५ but no ASCII digit …",
      "Müller, Zürich — 2025 after multi-byte letters",
      "\xFF\xFE\x80\x8F\xB0\xB9\xC0\xD0 3",
  };
  for (std::string_view line : kLines) {
    for (std::size_t from = 0; from <= line.size(); ++from) {
      EXPECT_EQ(FindAsciiDigit(line, from), PlainFind(line, from)) << line << " from " << from;
    }
  }
  // Every byte value, alone in a sixteen-byte run and after one.
  for (int b = 0; b < 256; ++b) {
    const std::string run(40, static_cast<char>(b));
    EXPECT_EQ(FindAsciiDigit(run, 0), PlainFind(run, 0)) << b;
    EXPECT_EQ(FindAsciiDigit(run, 20), PlainFind(run, 20)) << b;
    const std::string after = std::string(17, 'x') + static_cast<char>(b) + std::string(20, 'y');
    EXPECT_EQ(FindAsciiDigit(after, 0), PlainFind(after, 0)) << b;
  }
}

// FindControlOrC2 finds what a byte-by-byte scan finds, from every start,
// in runs shorter and longer than sixteen bytes, and for every byte value
// (0x7F and 0xC2 are found, 0x20, 0x80 and 0xC3 are not).
TEST(FindControlOrC2, AgreesWithAByteScan) {
  const auto plain = [](std::string_view s, std::size_t from) {
    while (from < s.size()) {
      const auto c = static_cast<unsigned char>(s[from]);
      if (c < 0x20 || c == 0x7F || c == 0xC2) break;
      ++from;
    }
    return from;
  };
  static constexpr std::string_view kLines[] = {
      "",
      "\t",
      "no control bytes on this line, however long it runs on and on",
      "a tab\there and a line break\n there, sixteen bytes and more",
      "abcdefghijklmno\x7F",
      "abcdefghijklmnop\x01",
      "Caf\xC3\xA9 \xC2\xB7 \xC2\x85 M\xC3\xBCller and a long tail after them",
  };
  for (std::string_view line : kLines) {
    for (std::size_t from = 0; from <= line.size(); ++from) {
      EXPECT_EQ(FindControlOrC2(line, from), plain(line, from)) << line << " from " << from;
    }
  }
  for (int b = 0; b < 256; ++b) {
    std::string run(40, 'x');
    run[20] = static_cast<char>(b);
    EXPECT_EQ(FindControlOrC2(run, 0), plain(run, 0)) << b;
    EXPECT_EQ(FindControlOrC2(run, 21), 40u) << b;
  }
}

}  // namespace
}  // namespace pith::internal

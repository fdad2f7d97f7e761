// The fuzz target's property (tests/fuzz/extract_check.h) over a fixed set
// of hostile inputs, so that every ctest run (and the ASan/UBSan build in
// .ci/run) exercises it without libFuzzer: the sample pages, their
// truncations at every 97th byte, single bit flips, and deterministic
// pseudo-random byte strings from a fixed seed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/extract_check.h"
#include "test_util.h"

namespace {

namespace fs = std::filesystem;
using namespace std::string_literals;

std::vector<std::string> SamplePages() {
  std::vector<std::string> pages;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(fs::path(PITH_SOURCE_DIR) / "samples")) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0 &&
        name.find(".expected.") == std::string::npos) {
      paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) pages.push_back(pith::testutil::Slurp(path.string()));
  return pages;
}

// SplitMix64: a fixed, portable sequence (std:: distributions differ
// between standard libraries).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

#define EXPECT_PROPERTY(bytes, what)                                      \
  do {                                                                    \
    const std::string problem = pith::fuzz::CheckExtractAndRender(bytes); \
    EXPECT_TRUE(problem.empty()) << (what) << ": " << problem;            \
  } while (0)

TEST(FuzzSmoke, HandWrittenEdgeCases) {
  const std::vector<std::string> inputs = {
      "",
      "\n",
      "\n\n\n",
      " \t \n",
      "x",
      "One line without a newline",
      "\r\n\r\n",
      "\r",
      "a\rb\rc",
      std::string(1, '\0'),
      std::string(1000, '\0'),
      "text with a NUL\0 inside"s + std::string(200, 'a'),
      "\xEF\xBB\xBF",                   // a lone UTF-8 BOM
      "\xFF\xFE",                       // a lone UTF-16LE BOM
      "\xFE\xFF\x00"s,                  // a UTF-16BE BOM and an odd byte
      "\xFF\xFE\x00\xD8\x41\x00"s,      // UTF-16LE with a lone surrogate
      "\x00\x00\xFE\xFF\x00\x00\x00"s,  // a UTF-32BE BOM, truncated
      "\xC3\x28\xA0\xA1\xE2\x28\xA1\xF0\x28\x8C\xBC",
      "\xE2\x80\xA8\xE2\x80\xA9\xC2\x85\x0B\x0C",
      "\x1B[31mred\x1B[0m\n\x07\x08",
      std::string(5000, '-'),
      std::string(200000, 'w'),
      std::string(20000, '\n'),
      "\"quotes\" and \\backslashes\\ and\ttabs\tin\ta\tline\n",
      "A̐éö̲\n한국어 텍스트\n中文文本没有空格\nالعربية\n",
      "# heading\n- item\n1. item\n> quote\n```\n",
      "Headline\n\nBy Someone\n31/12/9999 99:99\n\nBody.\n",
  };
  for (size_t i = 0; i < inputs.size(); ++i)
    EXPECT_PROPERTY(inputs[i], "edge case " + std::to_string(i));
}

TEST(FuzzSmoke, SamplesAndTheirTruncations) {
  const std::vector<std::string> pages = SamplePages();
  ASSERT_FALSE(pages.empty());
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::string& page = pages[p];
    EXPECT_PROPERTY(page, "sample " + std::to_string(p));
    for (size_t cut = 1; cut < page.size(); cut += 97) {
      EXPECT_PROPERTY(page.substr(0, cut),
                      "sample " + std::to_string(p) + " cut at " + std::to_string(cut));
    }
  }
}

TEST(FuzzSmoke, SamplesWithBitFlips) {
  Random random(20260101);
  for (const std::string& page : SamplePages()) {
    for (int round = 0; round < 40; ++round) {
      std::string flipped = page;
      const int flips = 1 + static_cast<int>(random.Below(8));
      for (int f = 0; f < flips; ++f) {
        const size_t at = random.Below(flipped.size());
        flipped[at] = static_cast<char>(flipped[at] ^ (1 << random.Below(8)));
      }
      EXPECT_PROPERTY(flipped, "bit flips, round " + std::to_string(round));
    }
  }
}

TEST(FuzzSmoke, PseudoRandomBytes) {
  Random random(0x5EED);
  // Alphabets that reach different decoder paths: any byte; text-like
  // bytes with line breaks; UTF-8 fragments; UTF-16 after a BOM.
  const std::string texty = "abc XYZ 0123 .,;:!?\"'-\u00e9\u20ac\n\n\r\t|*[]()";
  for (int round = 0; round < 400; ++round) {
    const size_t length = random.Below(round < 300 ? 512 : 16384);
    std::string bytes;
    bytes.reserve(length + 2);
    const int kind = round % 4;
    if (kind == 3) bytes = "\xFF\xFE";
    for (size_t i = 0; i < length; ++i) {
      if (kind == 0 || kind == 3) {
        bytes.push_back(static_cast<char>(random.Below(256)));
      } else if (kind == 1) {
        bytes.push_back(texty[random.Below(texty.size())]);
      } else {
        static const char* const kPieces[] = {
            "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC3", "\x80", "\xED\xA0\x80", "word ",
            "\n"};
        bytes += kPieces[random.Below(sizeof kPieces / sizeof kPieces[0])];
      }
    }
    EXPECT_PROPERTY(bytes, "random round " + std::to_string(round));
  }
}

}  // namespace

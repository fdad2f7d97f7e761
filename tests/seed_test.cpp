// The page this project started from (../shared/seeds, beside the
// repository; never copied into it): pith must give its headline, its date
// read day-first with the Indian zone, and its article from the standfirst
// to the last paragraph, without the menu, the image notice, the TRENDING
// list, the opinion links or the footer (issue 2; DESIGN.md section 10).
// Skipped where ../shared is not beside the repository.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "test_util.h"

namespace {

const std::string kSeed =
    std::string(PITH_SOURCE_DIR) + "/../shared/seeds/000_b7c921c995735b38.txt";

std::string RunPith(const std::string& args) {
  std::string out;
  FILE* pipe = popen((std::string(PITH_BINARY) + " " + args + " 2>/dev/null").c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(Seed, HeadlineDateAndArticleOnly) {
  if (pith::testutil::Slurp(kSeed).empty()) GTEST_SKIP() << "no " << kSeed;
  const std::string text = RunPith("'" + kSeed + "'");
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "Diplomatic Efforts Intensify for Russian Hostage Release in Gaza");
  const std::size_t standfirst = text.find("A senior Russian diplomat has urged");
  const std::size_t body = text.find("A high-level Russian diplomat");
  const std::size_t end = text.find("temporary ceasefires.");
  ASSERT_NE(standfirst, std::string::npos);
  ASSERT_NE(body, std::string::npos);
  ASSERT_NE(end, std::string::npos);
  EXPECT_LT(standfirst, body);
  EXPECT_LT(body, end);
  for (const char* boilerplate :
       {"Left Menu", "This image is AI-generated", "TRENDING", "Rory McIlroy", "OPINION / BLOG",
        "AI in scientific research", "Subscribe to our Newsletter", "Copyright"}) {
    EXPECT_FALSE(Has(text, boilerplate)) << boilerplate;
  }

  const std::string json = RunPith("--format json '" + kSeed + "'");
  EXPECT_TRUE(Has(json, "\"date\": \"2025-02-04T04:20:00+05:30\"")) << json;
}

}  // namespace

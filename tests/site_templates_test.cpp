// Template line hashes, per-site counting and the .tpl file format.
#include "site_templates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pith::internal {
namespace {

TEST(TemplateLineHash, NormalisesCaseDigitsAndSpaces) {
  struct Case {
    const char* a;
    const char* b;
  };
  const Case same[] = {
      {"Sign up for our newsletter", "SIGN UP FOR OUR NEWSLETTER"},
      {"Updated 12:45 on 3 March", "Updated 09:07 on 1 March"},
      {"Home  |\tWorld |  Sport", "Home | World | Sport"},
      {"  Share this story  ", "Share this story"},
      {"Straße ÜBER", "straße über"},
      {"Ωμέγα", "ΩΜΈΓΑ"},
      {"Seite ١٢", "Seite 00"},  // Arabic-Indic digits are digits too
  };
  for (const Case& c : same) {
    EXPECT_EQ(TemplateLineHash(c.a), TemplateLineHash(c.b)) << c.a << " / " << c.b;
  }
  const Case different[] = {
      {"Sign up for our newsletter", "Sign up for our newsletters"},
      {"Home | World", "Home |World"},
      {"abc", "abd"},
      {"a b", "ab"},
  };
  for (const Case& c : different) {
    EXPECT_NE(TemplateLineHash(c.a), TemplateLineHash(c.b)) << c.a << " / " << c.b;
  }
}

TEST(TemplateLineHash, SurvivesInvalidUtf8) {
  EXPECT_EQ(TemplateLineHash("a\xff"
                             "b"),
            TemplateLineHash("a\xfe"
                             "b"));
  EXPECT_NE(TemplateLineHash("a\xff"
                             "b"),
            TemplateLineHash("ab"));
}

TEST(AddDocument, CountsEachLineOncePerDocument) {
  SiteTemplates::Site site;
  AddDocument({1, 2, 2, 2, 3}, &site);
  AddDocument({2, 4}, &site);
  EXPECT_EQ(site.docs, 2u);
  EXPECT_EQ(site.line_docs.Docs(1), 1u);
  EXPECT_EQ(site.line_docs.Docs(2), 2u);
  EXPECT_EQ(site.line_docs.Docs(3), 1u);
  EXPECT_EQ(site.line_docs.Docs(4), 1u);
  EXPECT_EQ(site.line_docs.size(), 4u);
}

TEST(LineCounts, FindsEveryEntryThroughGrowthAndCollisions) {
  LineCounts counts;
  EXPECT_TRUE(counts.find(0) == counts.end());
  EXPECT_TRUE(counts.begin() == counts.end());
  // Keys whose low bits (the slot) agree collide; zero is a key like any other.
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 500; ++i) keys.push_back(i << 40);
  for (uint64_t i = 1; i < 500; ++i) keys.push_back(i * 0x9e3779b97f4a7c15ull);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    for (std::size_t times = 0; times <= k % 3; ++times) counts.Add(keys[k]);
  }
  ASSERT_EQ(counts.size(), keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const auto it = counts.find(keys[k]);
    ASSERT_TRUE(it != counts.end()) << k;
    EXPECT_EQ(it->first, keys[k]);
    EXPECT_EQ(it->second, k % 3 + 1) << k;
  }
  EXPECT_TRUE(counts.find(1) == counts.end());
  EXPECT_EQ(counts.Docs(1), 0u);
  std::size_t seen = 0;
  uint64_t docs = 0;
  for (const auto& entry : counts) {
    ++seen;
    docs += entry.second;
  }
  EXPECT_EQ(seen, keys.size());
  EXPECT_EQ(docs, 999u / 3 * 6);  // 1 + 2 + 3 per three keys

  LineCounts reserved;
  reserved.Reserve(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    reserved.Insert(keys[k], static_cast<uint32_t>(k % 3 + 1));
  }
  EXPECT_TRUE(reserved == counts);
  reserved.Add(keys[0]);
  EXPECT_FALSE(reserved == counts);
}

SiteTemplates TwoSites() {
  SiteTemplates templates;
  AddDocument({10, 20, 30}, &templates.sites["nytimes"]);
  AddDocument({10, 20, 40}, &templates.sites["nytimes"]);
  AddDocument({7}, &templates.sites["bbc/2024"]);
  return templates;
}

TEST(TemplateFile, RoundTrips) {
  const SiteTemplates original = TwoSites();
  Result<SiteTemplates> parsed = ParseTemplates(SerializeTemplates(original));
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  ASSERT_EQ(parsed.value().sites.size(), 2u);
  const SiteTemplates::Site& nyt = parsed.value().sites.at("nytimes");
  EXPECT_EQ(nyt.docs, 2u);
  EXPECT_EQ(nyt.line_docs, original.sites.at("nytimes").line_docs);
  EXPECT_EQ(parsed.value().sites.at("bbc/2024").line_docs.Docs(7), 1u);
}

TEST(TemplateFile, SameCountsGiveSameBytesWhateverTheInsertionOrder) {
  SiteTemplates a;
  SiteTemplates b;
  AddDocument({1, 2, 3, 4, 5, 6, 7, 8}, &a.sites["x"]);
  AddDocument({9}, &a.sites["y"]);
  AddDocument({9}, &b.sites["y"]);
  AddDocument({8, 7, 6, 5, 4, 3, 2, 1}, &b.sites["x"]);
  EXPECT_EQ(SerializeTemplates(a), SerializeTemplates(b));
}

TEST(TemplateFile, EmptyTemplateRoundTrips) {
  Result<SiteTemplates> parsed = ParseTemplates(SerializeTemplates(SiteTemplates{}));
  ASSERT_TRUE(parsed.ok());
  EXPECT_TRUE(parsed.value().sites.empty());
}

TEST(TemplateFile, EveryTruncationIsRejected) {
  const std::string bytes = SerializeTemplates(TwoSites());
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    Result<SiteTemplates> parsed = ParseTemplates(bytes.substr(0, length));
    ASSERT_FALSE(parsed.ok()) << "length " << length;
    EXPECT_EQ(parsed.error().code, ErrorCode::kBadTemplate);
  }
}

TEST(TemplateFile, EveryFlippedByteIsRejected) {
  const std::string bytes = SerializeTemplates(TwoSites());
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    std::string corrupt = bytes;
    corrupt[i] = static_cast<char>(corrupt[i] ^ 0x20);
    EXPECT_FALSE(ParseTemplates(corrupt).ok()) << "byte " << i;
  }
}

TEST(TemplateFile, NamesTheProblem) {
  struct Case {
    std::string bytes;
    const char* words;
  };
  const std::string good = SerializeTemplates(TwoSites());
  const Case cases[] = {
      {"PITHM model bytes", "no pith-template header"},
      {"pith-template 9\n" + good.substr(16), "unsupported version"},
      {good + "x", "checksum"},
  };
  for (const Case& c : cases) {
    Result<SiteTemplates> parsed = ParseTemplates(c.bytes);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find(c.words), std::string::npos) << parsed.error().message;
  }
}

}  // namespace
}  // namespace pith::internal

#include "embedded_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "gbdt.h"
#include "lexical.h"
#include "lines.h"
#include "model.h"

namespace pith::internal {
namespace {

// ParsedDefaultModel() skips the tree ensembles' structure checks for the
// compiled-in bytes: this is where they pass, once per build.
TEST(EmbeddedModel, PassesEveryCheck) {
  const Result<std::shared_ptr<const Model>> checked = ParseModel(EmbeddedDefaultModel());
  ASSERT_TRUE(checked.ok()) << checked.error().message;
  const Result<std::shared_ptr<const Model>>& parsed = ParsedDefaultModel();
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Model& model = *parsed.value();
  EXPECT_EQ(CheckEnsemble(model.trees), "");
  if (model.context.present()) {
    EXPECT_EQ(CheckEnsemble(model.context.trees), "");
  }
  if (model.headline_ranker.has_trees()) {
    EXPECT_EQ(CheckEnsemble(model.headline_ranker.trees), "");
  }
}

// ParsedDefaultModel() leaves the lexical weights in the compiled-in bytes
// (unaligned int16s) on a little-endian host: it must score every line
// exactly as the copy ParseModel makes, and serialise back to those bytes.
TEST(EmbeddedModel, InPlaceWeightsScoreAsTheCopiedOnes) {
  const Result<std::shared_ptr<const Model>> copied = ParseModel(EmbeddedDefaultModel());
  ASSERT_TRUE(copied.ok()) << copied.error().message;
  const Result<std::shared_ptr<const Model>>& in_place = ParsedDefaultModel();
  ASSERT_TRUE(in_place.ok()) << in_place.error().message;
  const LexicalModel& a = copied.value()->lexical;
  const LexicalModel& b = in_place.value()->lexical;
  EXPECT_EQ(a.weights_in_place, nullptr);
  if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
    EXPECT_NE(b.weights_in_place, nullptr);
    EXPECT_TRUE(b.weights.empty());
  }
  // (EXPECT_TRUE: a failing EXPECT_EQ would print both megabytes.)
  EXPECT_TRUE(SerializeModel(*in_place.value()) == EmbeddedDefaultModel())
      << "the in-place model does not serialise back to the embedded bytes";

  const Page page = SplitLines(
      "Home | World | Sport\n\nCouncil backs tram extension after a long vote\n\n"
      "By Jo Smith, 4 February 2025\n\nThe council voted on Tuesday to extend the line.\n",
      false);
  const LineBuckets buckets = HashLineNgrams(page, a.bucket_bits);
  std::vector<float> pa(page.lines.size() * a.num_classes);
  std::vector<float> pb(pa.size());
  LexicalProbabilities(a, buckets, pa.data());
  LexicalProbabilities(b, buckets, pb.data());
  ASSERT_FALSE(pa.empty());
  EXPECT_EQ(std::memcmp(pa.data(), pb.data(), pa.size() * sizeof(float)), 0);
}

}  // namespace
}  // namespace pith::internal

#include "embedded_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <string_view>
#include <utility>
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

// ParsedDefaultModel() leaves the lexical weights (unaligned int16s) and
// the trees' nodes and leaf values in the compiled-in bytes on a
// little-endian host: it must score every line exactly as the copy
// ParseModel makes, and serialise back to those bytes.
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
    // So are the tree ensembles' nodes and leaf values.
    const TreeEnsemble& trees = in_place.value()->trees;
    EXPECT_NE(trees.nodes_in_place.bytes, nullptr);
    EXPECT_NE(trees.leaf_values_in_place.bytes, nullptr);
    EXPECT_TRUE(trees.nodes.empty() && trees.leaf_values.empty());
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

// The forests' layouts compiled in at build time (tools/embed) are what
// CompileForest makes of the embedded model's trees, and ParsedDefaultModel()
// reads them where they are.
TEST(EmbeddedModel, PrecompiledForestsAreTheCompiledOnes) {
  const Result<std::shared_ptr<const Model>> copied = ParseModel(EmbeddedDefaultModel());
  ASSERT_TRUE(copied.ok()) << copied.error().message;
  const Result<std::shared_ptr<const Model>>& in_place = ParsedDefaultModel();
  ASSERT_TRUE(in_place.ok()) << in_place.error().message;
  const Model& a = *copied.value();
  const Model& b = *in_place.value();
  ASSERT_EQ(a.context.present(), b.context.present());
  ASSERT_EQ(a.headline_ranker.has_trees(), b.headline_ranker.has_trees());
  std::vector<std::pair<const TreeEnsemble*, const CompiledForest*>> expected = {
      {&a.trees, &a.forest}};
  std::vector<const CompiledForest*> embedded = {&b.forest};
  if (a.context.present()) {
    expected.emplace_back(&a.context.trees, &a.context.forest);
    embedded.push_back(&b.context.forest);
  }
  if (a.headline_ranker.has_trees()) {
    expected.emplace_back(&a.headline_ranker.trees, &a.headline_ranker.forest);
    embedded.push_back(&b.headline_ranker.forest);
  }
  const std::string_view layouts = EmbeddedDefaultForestLayouts();
  std::string all_layouts;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const CompiledForest compiled = CompileForest(*expected[i].first);
    const CompiledForest& forest = *embedded[i];
    // (EXPECT_TRUE: a failing EXPECT_EQ would print both layouts.)
    EXPECT_TRUE(LayoutBytes(forest) == LayoutBytes(compiled)) << "forest " << i;
    EXPECT_TRUE(LayoutBytes(*expected[i].second) == LayoutBytes(compiled)) << "forest " << i;
    all_layouts += LayoutBytes(compiled);
    EXPECT_EQ(forest.base, compiled.base);
    // Read in place: nothing computed or copied at run time.
    EXPECT_EQ(forest.arrays, nullptr);
    const auto* features = reinterpret_cast<const char*>(forest.features);
    EXPECT_TRUE(features > layouts.data() && features < layouts.data() + layouts.size());
    const auto* values = reinterpret_cast<const char*>(forest.bottom_values);
    EXPECT_TRUE(values > layouts.data() && values < layouts.data() + layouts.size());
  }
  EXPECT_TRUE(all_layouts == layouts) << "the embedded layouts are not of the embedded model";
  EXPECT_TRUE(ForestLayouts(a) == layouts);
}

}  // namespace
}  // namespace pith::internal

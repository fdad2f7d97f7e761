#include "gbdt.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

// One tree over two inputs and two outputs:
//   node 0: x0 < 1 ? node 1 : leaf 2
//   node 1: x1 < 5 ? leaf 0 : leaf 1
// plus a second tree that is a single leaf (leaf 3).
TreeEnsemble TwoTrees() {
  TreeEnsemble e;
  e.num_inputs = 2;
  e.num_outputs = 2;
  e.base = {0.5f, -0.5f};
  e.roots = {0, -4};
  e.nodes = {TreeNode{0, 1.0f, 1, -3}, TreeNode{1, 5.0f, -1, -2}};
  e.leaf_values = {1, 0, 0, 1, 2, 2, 10, 20};
  return e;
}

TEST(Gbdt, ValidEnsembleChecksClean) { EXPECT_EQ(CheckEnsemble(TwoTrees()), ""); }

TEST(Gbdt, CompiledTreesAreComplete) {
  const CompiledForest f = CompileForest(TwoTrees());
  ASSERT_EQ(f.trees.size(), 2u);
  EXPECT_EQ(f.trees[0].depth, 2u);
  EXPECT_EQ(f.trees[1].depth, 0u);
  EXPECT_EQ(f.node_count, 3u);  // 2^2 - 1 nodes, then none
  // 4 bottom positions, then 1, each with its leaf's two values. Leaf 2
  // sits at depth 1 on the right: both bottom positions under it take it.
  ASSERT_EQ(f.bottom_count, 5u);
  EXPECT_EQ(std::vector<float>(f.bottom_values, f.bottom_values + 2 * f.bottom_count),
            (std::vector<float>{1, 0, 0, 1, 2, 2, 2, 2, 10, 20}));
}

TEST(Gbdt, CompiledForestHoldsItsOwnLeafValues) {
  auto e = std::make_unique<TreeEnsemble>(TwoTrees());
  const std::vector<float> row = {0, 0, 9};
  float scores[2];
  // A copy of a forest outlives the forest and sees no later change of the
  // ensemble, nor its end.
  CompiledForest copy;
  {
    const CompiledForest owner = CompileForest(*e);
    copy = owner;
  }
  e->leaf_values[0] = 100.0f;
  e.reset();
  EvaluateForest(copy, row.data(), 1, 3, scores);
  EXPECT_EQ(scores[0], 11.5f);
}

TEST(Gbdt, EvaluatesEveryRowAlikeInBlocksAndAlone) {
  const TreeEnsemble e = TwoTrees();
  // Seven rows of stride 3 (one unused column), repeated six times: whole
  // blocks of rows and a partial last one, each row also scored alone.
  const std::vector<float> seven = {0, 0, 9, 0, 7,   9, 3, 0, 9,   0.99f, 4.99f,
                                    9, 1, 5, 9, NAN, 0, 9, 0, NAN, 9};
  const std::vector<std::vector<float>> expected = {{11.5f, 19.5f}, {10.5f, 20.5f}, {12.5f, 21.5f},
                                                    {11.5f, 19.5f}, {12.5f, 21.5f}, {12.5f, 21.5f},
                                                    {10.5f, 20.5f}};
  std::vector<float> rows;
  for (int copy = 0; copy < 6; ++copy) rows.insert(rows.end(), seven.begin(), seven.end());
  const std::size_t count = rows.size() / 3;
  const CompiledForest f = CompileForest(e);
  std::vector<float> out(count * 2);
  EvaluateForest(f, rows.data(), count, 3, out.data());
  for (std::size_t r = 0; r < count; ++r) {
    float alone[2];
    EvaluateForest(f, rows.data() + r * 3, 1, 3, alone);
    EXPECT_EQ(out[r * 2], expected[r % 7][0]) << "row " << r;
    EXPECT_EQ(out[r * 2 + 1], expected[r % 7][1]) << "row " << r;
    EXPECT_EQ(alone[0], expected[r % 7][0]) << "row " << r;
    EXPECT_EQ(alone[1], expected[r % 7][1]) << "row " << r;
  }
}

// A reference evaluation: one row at a time through the ensemble's own
// nodes, adding the trees' leaf values in tree order.
std::vector<float> Reference(const TreeEnsemble& e, const float* row) {
  std::vector<float> scores = e.base;
  for (int32_t ref : e.roots) {
    while (ref >= 0) {
      const TreeNode& n = e.nodes[static_cast<std::size_t>(ref)];
      ref = row[n.feature] < n.threshold ? n.left : n.right;
    }
    const std::size_t leaf = static_cast<std::size_t>(-(ref + 1));
    for (std::size_t j = 0; j < e.num_outputs; ++j) {
      scores[j] += e.leaf_values[leaf * e.num_outputs + j];
    }
  }
  return scores;
}

// Deterministic pseudo-random numbers.
struct Lcg {
  uint64_t state = 12345;
  uint32_t Next(uint32_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>((state >> 33) % bound);
  }
};

// Values that rows and thresholds share (ties), with signed zeros,
// infinities and (rows only) NaN.
float Value(Lcg& rng, bool nan) {
  static const float kValues[] = {-INFINITY, -2.5f, -1.0f, -0.0f, 0.0f, 0.5f, 1.0f, 3.0f, INFINITY};
  if (nan && rng.Next(10) == 0) return NAN;
  return kValues[rng.Next(sizeof kValues / sizeof kValues[0])];
}

// A subtree of at most `depth` more levels; nodes follow their parents.
int32_t Grow(Lcg& rng, uint32_t depth, uint32_t inputs, TreeEnsemble* e) {
  if (depth == 0 || rng.Next(8) == 0) {
    const auto leaf = static_cast<int32_t>(e->leaf_values.size() / e->num_outputs);
    for (uint32_t j = 0; j < e->num_outputs; ++j) {
      e->leaf_values.push_back(static_cast<float>(rng.Next(1000)) / 64.0f - 7.0f);
    }
    return -leaf - 1;
  }
  const auto node = static_cast<int32_t>(e->nodes.size());
  e->nodes.push_back(TreeNode{rng.Next(inputs), Value(rng, false), -1, -1});
  const int32_t left = Grow(rng, depth - 1, inputs, e);
  const int32_t right = Grow(rng, depth - 1, inputs, e);
  e->nodes[static_cast<std::size_t>(node)].left = left;
  e->nodes[static_cast<std::size_t>(node)].right = right;
  return node;
}

// The same forest, array by array (thresholds bit for bit).
void ExpectSameForest(const CompiledForest& a, const CompiledForest& b) {
  EXPECT_EQ(a.num_outputs, b.num_outputs);
  EXPECT_EQ(a.base, b.base);
  ASSERT_EQ(a.trees.size(), b.trees.size());
  for (std::size_t t = 0; t < a.trees.size(); ++t) {
    EXPECT_EQ(a.trees[t].depth, b.trees[t].depth) << "tree " << t;
    EXPECT_EQ(a.trees[t].first_node, b.trees[t].first_node) << "tree " << t;
    EXPECT_EQ(a.trees[t].first_bottom, b.trees[t].first_bottom) << "tree " << t;
  }
  ASSERT_EQ(a.node_count, b.node_count);
  ASSERT_EQ(a.bottom_count, b.bottom_count);
  EXPECT_EQ(std::memcmp(a.features, b.features, a.node_count * sizeof(uint32_t)), 0);
  EXPECT_EQ(std::memcmp(a.thresholds, b.thresholds, a.node_count * sizeof(float)), 0);
  EXPECT_EQ(
      std::memcmp(a.bottom_values, b.bottom_values, a.bottom_count * a.num_outputs * sizeof(float)),
      0);
}

// Trees of every depth up to 10.
TreeEnsemble RandomEnsemble(Lcg& rng) {
  TreeEnsemble e;
  e.num_inputs = 13;
  e.num_outputs = 6;
  e.base = {0.25f, -1.0f, 2.0f, 0.0f, 1.5f, -0.5f};
  for (uint32_t t = 0; t < 40; ++t) e.roots.push_back(Grow(rng, t % 11, e.num_inputs, &e));
  return e;
}

// An ensemble whose nodes and leaf values are in place in `*bytes`, one
// byte past an aligned address (as in pith's model file), and no longer in
// its vectors.
TreeEnsemble InPlace(const TreeEnsemble& e, std::vector<unsigned char>* bytes) {
  const std::size_t node_bytes = e.nodes.size() * sizeof(TreeNode);
  bytes->assign(1 + node_bytes + e.leaf_values.size() * sizeof(float), 0);
  std::memcpy(bytes->data() + 1, e.nodes.data(), node_bytes);
  std::memcpy(bytes->data() + 1 + node_bytes, e.leaf_values.data(),
              e.leaf_values.size() * sizeof(float));
  TreeEnsemble in_place = e;
  in_place.nodes.clear();
  in_place.leaf_values.clear();
  in_place.nodes_in_place = {bytes->data() + 1, e.nodes.size()};
  in_place.leaf_values_in_place = {bytes->data() + 1 + node_bytes, e.leaf_values.size()};
  return in_place;
}

// Trees of every depth up to 10 (the top levels, the levels below them,
// single leaves) over 1 to 300 rows (an odd or even number of blocks of 8, a
// partial last one, groups of six pairs of blocks and one to five pairs
// left over, and more rows than one chunk of 8,192): the same scores, to
// the bit, as the reference, from rows in one array or in two.
TEST(Gbdt, DeepRandomTreesScoreAsTheReference) {
  Lcg rng;
  const TreeEnsemble e = RandomEnsemble(rng);
  ASSERT_EQ(CheckEnsemble(e), "");
  const CompiledForest forest = CompileForest(e);
  const std::size_t stride = 14;
  for (std::size_t count :
       {1, 7, 8, 9, 16, 17, 24, 40, 48, 56, 63, 65, 88, 300, 8192, 8193, 20001}) {
    std::vector<float> rows(count * stride);
    for (float& v : rows) v = Value(rng, true);
    std::vector<float> out(count * e.num_outputs);
    EvaluateForest(forest, rows.data(), count, stride, out.data());
    // The same rows in two parts (9 and 5 inputs) score the same.
    std::vector<float> first, second;
    for (std::size_t r = 0; r < count; ++r) {
      first.insert(first.end(), rows.begin() + r * stride, rows.begin() + r * stride + 9);
      second.insert(second.end(), rows.begin() + r * stride + 9, rows.begin() + (r + 1) * stride);
    }
    std::vector<float> split_out(count * e.num_outputs);
    EvaluateForest(forest, first.data(), 9, second.data(), stride - 9, count, split_out.data());
    ASSERT_EQ(split_out, out) << count << " rows";
    for (std::size_t r = 0; r < count; ++r) {
      const std::vector<float> expected = Reference(e, rows.data() + r * stride);
      for (std::size_t j = 0; j < e.num_outputs; ++j) {
        ASSERT_EQ(out[r * e.num_outputs + j], expected[j])
            << count << " rows, row " << r << " output " << j;
      }
    }
  }
}

// Nodes and leaf values read where they are, unaligned: the same checks,
// the same forest, the same scores as from the ensemble's vectors.
TEST(Gbdt, InPlaceEnsembleIsCheckedCompiledAndScoredAlike) {
  Lcg rng;
  const TreeEnsemble e = RandomEnsemble(rng);
  std::vector<unsigned char> bytes;
  const TreeEnsemble in_place = InPlace(e, &bytes);
  EXPECT_TRUE(in_place.nodes.empty());
  EXPECT_EQ(CheckEnsemble(in_place), "");
  const CompiledForest over = CompileForest(in_place);
  ExpectSameForest(over, CompileForest(e));
  std::vector<float> rows(29 * 13);
  for (float& v : rows) v = Value(rng, true);
  std::vector<float> expected(29 * 6), scores(29 * 6);
  EvaluateForest(CompileForest(e), rows.data(), 29, 13, expected.data());
  EvaluateForest(over, rows.data(), 29, 13, scores.data());
  EXPECT_EQ(scores, expected);

  // A broken value in place is refused as in the vectors.
  unsigned char* last_value = bytes.data() + bytes.size() - sizeof(float);
  const float infinite = INFINITY;
  std::memcpy(last_value, &infinite, sizeof infinite);
  EXPECT_EQ(CheckEnsemble(in_place), "tree leaf value is not finite");
  std::memcpy(last_value, &e.leaf_values.back(), sizeof(float));
  EXPECT_EQ(CheckEnsemble(in_place), "");
  const int32_t out_of_range = INT32_MAX;
  std::memcpy(bytes.data() + 1 + offsetof(TreeNode, left), &out_of_range, sizeof out_of_range);
  EXPECT_EQ(CheckEnsemble(in_place), "tree node index out of range");
}

// A layout written by LayoutBytes gives back the forest it was written
// from, and is read to its end.
TEST(Gbdt, ForestOverLayoutIsTheCompiledForest) {
  Lcg rng;
  for (const TreeEnsemble& e : {TwoTrees(), RandomEnsemble(rng)}) {
    const CompiledForest compiled = CompileForest(e);
    const std::string bytes = LayoutBytes(compiled) + LayoutBytes(compiled);
    std::vector<uint32_t> words(bytes.size() / 4);  // aligned
    std::memcpy(words.data(), bytes.data(), bytes.size());
    std::string_view layout(reinterpret_cast<const char*>(words.data()), bytes.size());
    CompiledForest read;
    ASSERT_EQ(ForestOverLayout(e, &layout, &read), "");
    ExpectSameForest(read, compiled);
    EXPECT_EQ(read.arrays, nullptr);  // it points into the layout
    EXPECT_EQ(read.features, words.data() + 1 + e.roots.size());
    EXPECT_EQ(layout.size(), bytes.size() / 2);  // the second copy is left
    ASSERT_EQ(ForestOverLayout(e, &layout, &read), "");
    EXPECT_TRUE(layout.empty());
  }
}

TEST(Gbdt, ForestOverLayoutRefusesWhatDoesNotFit) {
  Lcg rng;
  const TreeEnsemble e = RandomEnsemble(rng);
  const std::string bytes = LayoutBytes(CompileForest(e));
  std::vector<uint32_t> words(bytes.size() / 4 + 1);
  std::memcpy(words.data(), bytes.data(), bytes.size());
  const auto* at = reinterpret_cast<const char*>(words.data());
  CompiledForest forest;
  std::string_view cut(at, bytes.size() - 4);
  EXPECT_EQ(ForestOverLayout(e, &cut, &forest), "forest layout is cut short");
  std::string_view depths_only(at, 4 * (1 + e.roots.size()));
  EXPECT_EQ(ForestOverLayout(e, &depths_only, &forest), "forest layout is cut short");
  std::string_view whole(at, bytes.size());
  EXPECT_EQ(ForestOverLayout(TwoTrees(), &whole, &forest),
            "forest layout has another number of trees");
  std::string_view unaligned(at + 1, bytes.size());
  EXPECT_EQ(ForestOverLayout(e, &unaligned, &forest), "forest layout is not aligned");
  words[1] = kMaxTreeDepth + 1;
  EXPECT_EQ(ForestOverLayout(e, &whole, &forest), "forest layout tree too deep");
  EXPECT_EQ(whole.size(), bytes.size());  // refused layouts are not skipped
}

struct BrokenCase {
  const char* what;
  void (*breaks)(TreeEnsemble*);
  const char* message;
};

class GbdtBrokenTest : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(GbdtBrokenTest, IsRefused) {
  TreeEnsemble e = TwoTrees();
  GetParam().breaks(&e);
  EXPECT_EQ(CheckEnsemble(e), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GbdtBrokenTest,
    ::testing::Values(
        BrokenCase{"node out of range", [](TreeEnsemble* e) { e->nodes[0].left = 2; },
                   "tree node index out of range"},
        BrokenCase{"cycle", [](TreeEnsemble* e) { e->nodes[1].left = 0; },
                   "tree child index does not follow its parent"},
        BrokenCase{"self loop", [](TreeEnsemble* e) { e->nodes[1].right = 1; },
                   "tree child index does not follow its parent"},
        BrokenCase{"leaf out of range", [](TreeEnsemble* e) { e->nodes[1].right = -5; },
                   "tree leaf index out of range"},
        BrokenCase{"root out of range", [](TreeEnsemble* e) { e->roots[0] = 7; },
                   "tree node index out of range"},
        BrokenCase{"feature out of range", [](TreeEnsemble* e) { e->nodes[0].feature = 2; },
                   "tree feature index out of range"},
        BrokenCase{"NaN threshold", [](TreeEnsemble* e) { e->nodes[0].threshold = NAN; },
                   "tree threshold is NaN"},
        BrokenCase{"infinite leaf", [](TreeEnsemble* e) { e->leaf_values[3] = INFINITY; },
                   "tree leaf value is not finite"},
        BrokenCase{"ragged leaves", [](TreeEnsemble* e) { e->leaf_values.pop_back(); },
                   "tree leaf value count is wrong"},
        BrokenCase{"base count", [](TreeEnsemble* e) { e->base.pop_back(); },
                   "tree base score count is wrong"},
        BrokenCase{"shared node", [](TreeEnsemble* e) { e->roots[1] = 1; },
                   "tree node shared by two parents"},
        BrokenCase{"orphan node", [](TreeEnsemble* e) { e->nodes[0].left = -1; },
                   "tree node belongs to no tree"},
        BrokenCase{"too deep",
                   [](TreeEnsemble* e) {
                     // A chain of 13 nodes: node i's left child is node i + 1.
                     e->roots = {0};
                     e->nodes.clear();
                     for (int32_t i = 0; i < 13; ++i) {
                       e->nodes.push_back(TreeNode{0, 1.0f, i + 1 < 13 ? i + 1 : -1, -2});
                     }
                   },
                   "tree deeper than 12"}),
    [](const ::testing::TestParamInfo<BrokenCase>& p) {
      std::string name = p.param.what;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

}  // namespace
}  // namespace pith::internal

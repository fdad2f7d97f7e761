#include "gbdt.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <string>
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

TEST(Gbdt, EvaluatesEveryRowAlikeInBlocksAndAlone) {
  const TreeEnsemble e = TwoTrees();
  // Seven rows (a block of four, then three alone), stride 3 (one unused column).
  const std::vector<float> rows = {0, 0, 9, 0, 7,   9, 3, 0, 9,   0.99f, 4.99f,
                                   9, 1, 5, 9, NAN, 0, 9, 0, NAN, 9};
  const std::vector<std::vector<float>> expected = {{11.5f, 19.5f}, {10.5f, 20.5f}, {12.5f, 21.5f},
                                                    {11.5f, 19.5f}, {12.5f, 21.5f}, {12.5f, 21.5f},
                                                    {10.5f, 20.5f}};
  std::vector<float> out(rows.size() / 3 * 2);
  EvaluateEnsemble(e, rows.data(), rows.size() / 3, 3, out.data());
  for (std::size_t r = 0; r < expected.size(); ++r) {
    EXPECT_FLOAT_EQ(out[r * 2], expected[r][0]) << "row " << r;
    EXPECT_FLOAT_EQ(out[r * 2 + 1], expected[r][1]) << "row " << r;
  }
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
                   "tree base score count is wrong"}),
    [](const ::testing::TestParamInfo<BrokenCase>& p) {
      std::string name = p.param.what;
      for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
      }
      return name;
    });

}  // namespace
}  // namespace pith::internal

// gbdt: evaluation of a gradient-boosted tree ensemble from flat arrays.
//
// Each tree gives one vector of scores (one per output) at its leaf; the
// ensemble's score is `base` plus the sum of the trees' leaf vectors. One
// tree per boosting round scores all outputs at once (vector leaves), so a
// row costs one root-to-leaf walk per round, not one per round and output.
//
// Nodes test `row[feature] < threshold`: true goes left. A NaN input goes
// right. References: >= 0 is a node index, < 0 is leaf -ref-1. Child node
// indices are always greater than their parent's, so every walk ends.
//
// Training lives in tools/train (pith-train); this file only evaluates.
// Pure and thread-safe.
#ifndef PITH_GBDT_H_
#define PITH_GBDT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pith::internal {

struct TreeNode {
  uint32_t feature = 0;
  float threshold = 0.0f;
  int32_t left = -1;
  int32_t right = -1;
};

struct TreeEnsemble {
  uint32_t num_inputs = 0;         // values per input row
  uint32_t num_outputs = 0;        // scores per row
  std::vector<float> base;         // num_outputs
  std::vector<int32_t> roots;      // one reference per tree
  std::vector<TreeNode> nodes;     // internal nodes of all trees
  std::vector<float> leaf_values;  // num_outputs per leaf
};

// "" when every reference, feature index and number of the ensemble is in
// range and finite, every node belongs to one tree only and no tree is
// deeper than kMaxTreeDepth; otherwise what is wrong, in one line.
std::string CheckEnsemble(const TreeEnsemble& ensemble);

inline constexpr uint32_t kMaxTreeDepth = 12;

// The run-time layout of an ensemble: each tree as a complete binary tree of
// its depth D (node i's children at 2i+1 and 2i+2), so a row walks exactly D
// branch-free steps per tree to one of 2^D bottom positions, each of which
// names the leaf whose values it takes (a leaf above the bottom is named by
// every bottom position under it; the nodes under it are never decisive).
struct CompiledForest {
  struct Tree {
    uint32_t depth = 0;
    std::size_t first_node = 0;    // into features/thresholds (2^depth - 1 nodes)
    std::size_t first_bottom = 0;  // into leaf_offsets (2^depth positions)
  };
  uint32_t num_outputs = 0;
  std::vector<float> base;
  std::vector<Tree> trees;
  std::vector<uint32_t> features;
  std::vector<float> thresholds;
  std::vector<uint32_t> leaf_offsets;  // a bottom position's leaf: its first value in leaf_values
  // The ensemble's leaf values, num_outputs per leaf: a copy that copies of
  // the forest share, or (CompileForestOver) the ensemble's own.
  const float* leaf_values = nullptr;
  std::shared_ptr<const std::vector<float>> leaf_copy;
};

// REQUIRES: CheckEnsemble(ensemble) is "".
CompiledForest CompileForest(const TreeEnsemble& ensemble);

// CompileForest without the copy of the leaf values, the largest part of a
// model (copying them was a tenth of pith's startup): the forest reads the
// ensemble's. REQUIRES: as CompileForest; `ensemble` outlives the forest
// and its leaf values do not change.
CompiledForest CompileForestOver(const TreeEnsemble& ensemble);

// Scores `count` rows of `stride` floats each into out[count * num_outputs].
// REQUIRES: stride >= the ensemble's num_inputs.
void EvaluateForest(const CompiledForest& forest, const float* rows, std::size_t count,
                    std::size_t stride, float* out);

// The same for rows kept in two parts, so that a caller need not copy them
// into one: input c of row r is first[r * first_cols + c] for c <
// first_cols, else second[r * second_cols + c - first_cols].
// REQUIRES: first_cols + second_cols >= the ensemble's num_inputs.
void EvaluateForest(const CompiledForest& forest, const float* first, std::size_t first_cols,
                    const float* second, std::size_t second_cols, std::size_t count, float* out);

}  // namespace pith::internal

#endif  // PITH_GBDT_H_

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
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pith::internal {

struct TreeNode {
  uint32_t feature = 0;
  float threshold = 0.0f;
  int32_t left = -1;
  int32_t right = -1;
};

// `count` values of T at `bytes`, in host order and not necessarily
// aligned (so read with memcpy, which compiles to plain loads).
template <typename T>
struct UnalignedArray {
  static_assert(std::is_trivially_copyable_v<T>, "read by copying its bytes");
  const unsigned char* bytes = nullptr;
  std::size_t count = 0;

  std::size_t size() const { return count; }
  T operator[](std::size_t i) const {
    T value;
    std::memcpy(&value, bytes + i * sizeof(T), sizeof value);
    return value;
  }
};

struct TreeEnsemble {
  uint32_t num_inputs = 0;         // values per input row
  uint32_t num_outputs = 0;        // scores per row
  std::vector<float> base;         // num_outputs
  std::vector<int32_t> roots;      // one reference per tree
  std::vector<TreeNode> nodes;     // internal nodes of all trees
  std::vector<float> leaf_values;  // num_outputs per leaf
  // An ensemble parsed in place (model.h ParseEmbeddedModel) leaves its
  // nodes and leaf values in the model file's bytes instead of `nodes`
  // and `leaf_values` (then empty): copying those 1.6 MB took 0.8 ms of
  // pith's 3.6 ms on a one-line page. `bytes` nullptr: the vectors hold
  // them. Read either through Nodes() and LeafValues().
  UnalignedArray<TreeNode> nodes_in_place;
  UnalignedArray<float> leaf_values_in_place;
};

// The ensemble's nodes and leaf values, wherever they are.
inline UnalignedArray<TreeNode> Nodes(const TreeEnsemble& e) {
  if (e.nodes_in_place.bytes != nullptr) return e.nodes_in_place;
  return {reinterpret_cast<const unsigned char*>(e.nodes.data()), e.nodes.size()};
}
inline UnalignedArray<float> LeafValues(const TreeEnsemble& e) {
  if (e.leaf_values_in_place.bytes != nullptr) return e.leaf_values_in_place;
  return {reinterpret_cast<const unsigned char*>(e.leaf_values.data()), e.leaf_values.size()};
}

// True when no value is infinite or NaN.
bool AllFinite(UnalignedArray<float> values);

// "" when every reference, feature index and number of the ensemble is in
// range and finite, every node belongs to one tree only and no tree is
// deeper than kMaxTreeDepth; otherwise what is wrong, in one line.
std::string CheckEnsemble(const TreeEnsemble& ensemble);

inline constexpr uint32_t kMaxTreeDepth = 12;

// The run-time layout of an ensemble: each tree as a complete binary tree of
// its depth D (node i's children at 2i+1 and 2i+2), so a row walks exactly D
// branch-free steps per tree to one of 2^D bottom positions, each of which
// holds the values of its leaf (a leaf above the bottom is repeated under
// every bottom position under it; the nodes under it are never decisive).
// Holding the values where the walk ends, not the leaf's index, saves a
// dependent load per row and tree: 5-8% of the forest's time on the corpus.
struct CompiledForest {
  struct Tree {
    uint32_t depth = 0;
    std::size_t first_node = 0;    // into features/thresholds (2^depth - 1 nodes)
    std::size_t first_bottom = 0;  // bottom position index (2^depth positions)
  };
  // The arrays of a forest compiled at run time, which copies of it share.
  struct Arrays {
    std::vector<uint32_t> features;
    std::vector<float> thresholds;
    std::vector<float> bottom_values;
  };
  uint32_t num_outputs = 0;
  std::vector<float> base;
  std::vector<Tree> trees;
  // The trees' nodes (node_count in each array) and the values of their
  // bottom positions (num_outputs for each of bottom_count positions, so
  // position p's start at bottom_values + p * num_outputs): in `arrays`, or
  // (ForestOverLayout) in a layout compiled into pith.
  const uint32_t* features = nullptr;
  const float* thresholds = nullptr;
  std::size_t node_count = 0;
  const float* bottom_values = nullptr;
  std::size_t bottom_count = 0;
  std::shared_ptr<const Arrays> arrays;  // nullptr when nothing above points into it
};

// The forest owns its arrays (the ensemble may go away or change).
// REQUIRES: CheckEnsemble(ensemble) is "".
CompiledForest CompileForest(const TreeEnsemble& ensemble);

// The bytes of a forest's layout (its trees' depths, nodes and bottom
// positions' values; not its base), host-order 32-bit words: u32 tree
// count, u32 depth[trees], u32 features[nodes], f32 thresholds[nodes], f32
// bottom values[bottoms * outputs]. A build writes the layouts of the
// default model's forests (tools/embed) for ForestOverLayout, so that pith
// need not compute them at every start (1.7 MB for the default model's).
std::string LayoutBytes(const CompiledForest& forest);

// CompileForest(ensemble) with the layout read in place from the start
// of `*layout` (LayoutBytes of that forest), which `*layout` then skips.
// "" or why not, in one line: the layout is cut short, unaligned or not of
// this ensemble's shape. (Its nodes and values are not read here: that is
// left to a test of the build's bytes, as CheckEnsemble is.)
// REQUIRES: CheckEnsemble(ensemble) is ""; the layout's bytes outlive the
// forest.
std::string ForestOverLayout(const TreeEnsemble& ensemble, std::string_view* layout,
                             CompiledForest* forest);

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

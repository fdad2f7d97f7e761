#include "gbdt.h"

#include <algorithm>
#include <cmath>

namespace pith::internal {

namespace {

std::string CheckReference(const TreeEnsemble& e, int32_t ref, std::size_t parent, bool is_root) {
  if (ref >= 0) {
    if (static_cast<std::size_t>(ref) >= e.nodes.size()) return "tree node index out of range";
    if (!is_root && static_cast<std::size_t>(ref) <= parent) {
      return "tree child index does not follow its parent";
    }
    return "";
  }
  const std::size_t leaf = static_cast<std::size_t>(-(static_cast<int64_t>(ref) + 1));
  if (e.num_outputs == 0 || leaf >= e.leaf_values.size() / e.num_outputs) {
    return "tree leaf index out of range";
  }
  return "";
}

}  // namespace

std::string CheckEnsemble(const TreeEnsemble& e) {
  if (e.num_outputs == 0) return "tree ensemble has no outputs";
  if (e.base.size() != e.num_outputs) return "tree base score count is wrong";
  if (e.leaf_values.size() % e.num_outputs != 0) return "tree leaf value count is wrong";
  for (float v : e.base) {
    if (!std::isfinite(v)) return "tree base score is not finite";
  }
  for (float v : e.leaf_values) {
    if (!std::isfinite(v)) return "tree leaf value is not finite";
  }
  // Each node is referenced once (trees, not graphs); depth[i] is node i's
  // level, known before its children are seen since they follow it.
  std::vector<uint32_t> depth(e.nodes.size(), 0);
  std::vector<bool> referenced(e.nodes.size(), false);
  auto reference = [&](int32_t ref, uint32_t level) -> std::string {
    if (ref < 0) return "";
    const auto i = static_cast<std::size_t>(ref);
    if (referenced[i]) return "tree node shared by two parents";
    if (level >= kMaxTreeDepth) return "tree deeper than " + std::to_string(kMaxTreeDepth);
    referenced[i] = true;
    depth[i] = level;
    return "";
  };
  for (int32_t root : e.roots) {
    std::string why = CheckReference(e, root, 0, true);
    if (why.empty()) why = reference(root, 0);
    if (!why.empty()) return why;
  }
  for (std::size_t i = 0; i < e.nodes.size(); ++i) {
    const TreeNode& node = e.nodes[i];
    if (node.feature >= e.num_inputs) return "tree feature index out of range";
    if (std::isnan(node.threshold)) return "tree threshold is NaN";
    if (!referenced[i]) return "tree node belongs to no tree";
    for (int32_t child : {node.left, node.right}) {
      std::string why = CheckReference(e, child, i, false);
      if (why.empty()) why = reference(child, depth[i] + 1);
      if (!why.empty()) return why;
    }
  }
  return "";
}

namespace {

// Depth of the tree under `ref` (0 for a leaf).
uint32_t TreeDepth(const TreeEnsemble& e, int32_t ref) {
  if (ref < 0) return 0;
  const TreeNode& n = e.nodes[static_cast<std::size_t>(ref)];
  return 1 + std::max(TreeDepth(e, n.left), TreeDepth(e, n.right));
}

// Writes the subtree under `ref` at position `pos` of a complete tree of
// `depth` levels whose nodes start at `nodes` and leaves at `leaves`.
void Place(const TreeEnsemble& e, int32_t ref, std::size_t pos, uint32_t level, uint32_t depth,
           uint32_t* features, float* thresholds, float* leaves) {
  const std::size_t k = e.num_outputs;
  if (level == depth) {
    const std::size_t leaf = static_cast<std::size_t>(-(static_cast<int64_t>(ref) + 1));
    const std::size_t bottom = pos - ((std::size_t{1} << depth) - 1);
    std::copy(e.leaf_values.begin() + static_cast<std::ptrdiff_t>(leaf * k),
              e.leaf_values.begin() + static_cast<std::ptrdiff_t>((leaf + 1) * k),
              leaves + bottom * k);
    return;
  }
  if (ref < 0) {
    // A leaf above the bottom: both ways lead to copies of it.
    features[pos] = 0;
    thresholds[pos] = 0.0f;
    Place(e, ref, 2 * pos + 1, level + 1, depth, features, thresholds, leaves);
    Place(e, ref, 2 * pos + 2, level + 1, depth, features, thresholds, leaves);
    return;
  }
  const TreeNode& n = e.nodes[static_cast<std::size_t>(ref)];
  features[pos] = n.feature;
  thresholds[pos] = n.threshold;
  Place(e, n.left, 2 * pos + 1, level + 1, depth, features, thresholds, leaves);
  Place(e, n.right, 2 * pos + 2, level + 1, depth, features, thresholds, leaves);
}

}  // namespace

CompiledForest CompileForest(const TreeEnsemble& e) {
  CompiledForest f;
  f.num_outputs = e.num_outputs;
  f.base = e.base;
  const std::size_t k = e.num_outputs;
  for (int32_t root : e.roots) {
    CompiledForest::Tree tree;
    tree.depth = TreeDepth(e, root);
    tree.first_node = f.features.size();
    tree.first_leaf = f.leaf_values.size() / k;
    const std::size_t nodes = (std::size_t{1} << tree.depth) - 1;
    f.features.resize(f.features.size() + nodes);
    f.thresholds.resize(f.thresholds.size() + nodes);
    f.leaf_values.resize(f.leaf_values.size() + (nodes + 1) * k);
    Place(e, root, 0, 0, tree.depth, f.features.data() + tree.first_node,
          f.thresholds.data() + tree.first_node, f.leaf_values.data() + tree.first_leaf * k);
    f.trees.push_back(tree);
  }
  return f;
}

void EvaluateForest(const CompiledForest& f, const float* rows, std::size_t count,
                    std::size_t stride, float* out) {
  constexpr std::size_t kBlock = 8;
  const std::size_t k = f.num_outputs;
  for (std::size_t r = 0; r < count; ++r) {
    std::copy(f.base.begin(), f.base.end(), out + r * k);
  }
  // Tree-major order keeps one tree hot in cache across rows; a block of
  // rows walks together so that their independent loads overlap. A NaN
  // input fails `<` and goes right, as TreeEnsemble says.
  for (const CompiledForest::Tree& tree : f.trees) {
    const uint32_t* features = f.features.data() + tree.first_node;
    const float* thresholds = f.thresholds.data() + tree.first_node;
    const float* leaves = f.leaf_values.data() + tree.first_leaf * k;
    const std::size_t bottom = (std::size_t{1} << tree.depth) - 1;
    for (std::size_t r = 0; r < count; r += kBlock) {
      const std::size_t block = std::min(kBlock, count - r);
      std::size_t at[kBlock] = {};
      for (uint32_t level = 0; level < tree.depth; ++level) {
        for (std::size_t q = 0; q < block; ++q) {
          const float x = rows[(r + q) * stride + features[at[q]]];
          at[q] = 2 * at[q] + (x < thresholds[at[q]] ? 1 : 2);
        }
      }
      for (std::size_t q = 0; q < block; ++q) {
        const float* leaf = leaves + (at[q] - bottom) * k;
        float* scores = out + (r + q) * k;
        for (std::size_t j = 0; j < k; ++j) scores[j] += leaf[j];
      }
    }
  }
}

}  // namespace pith::internal

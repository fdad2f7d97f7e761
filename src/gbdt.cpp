#include "gbdt.h"

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
  for (int32_t root : e.roots) {
    std::string why = CheckReference(e, root, 0, true);
    if (!why.empty()) return why;
  }
  for (std::size_t i = 0; i < e.nodes.size(); ++i) {
    const TreeNode& node = e.nodes[i];
    if (node.feature >= e.num_inputs) return "tree feature index out of range";
    if (std::isnan(node.threshold)) return "tree threshold is NaN";
    for (int32_t child : {node.left, node.right}) {
      std::string why = CheckReference(e, child, i, false);
      if (!why.empty()) return why;
    }
  }
  return "";
}

void EvaluateEnsemble(const TreeEnsemble& e, const float* rows, std::size_t count,
                      std::size_t stride, float* out) {
  const std::size_t k = e.num_outputs;
  const TreeNode* nodes = e.nodes.data();
  const float* leaves = e.leaf_values.data();
  for (std::size_t r = 0; r < count; ++r) {
    float* scores = out + r * k;
    for (std::size_t j = 0; j < k; ++j) scores[j] = e.base[j];
  }
  // Tree-major order keeps one tree's nodes hot in cache across rows, and
  // walking four rows at once lets their independent loads overlap.
  for (int32_t root : e.roots) {
    std::size_t r = 0;
    for (; r + 4 <= count; r += 4) {
      const float* x0 = rows + r * stride;
      const float* x1 = x0 + stride;
      const float* x2 = x1 + stride;
      const float* x3 = x2 + stride;
      int32_t a = root, b = root, c = root, d = root;
      while ((a & b & c & d) >= 0) {  // some row is still at a node
        if (a >= 0) {
          const TreeNode& n = nodes[a];
          a = x0[n.feature] < n.threshold ? n.left : n.right;
        }
        if (b >= 0) {
          const TreeNode& n = nodes[b];
          b = x1[n.feature] < n.threshold ? n.left : n.right;
        }
        if (c >= 0) {
          const TreeNode& n = nodes[c];
          c = x2[n.feature] < n.threshold ? n.left : n.right;
        }
        if (d >= 0) {
          const TreeNode& n = nodes[d];
          d = x3[n.feature] < n.threshold ? n.left : n.right;
        }
      }
      const int32_t refs[4] = {a, b, c, d};
      for (std::size_t q = 0; q < 4; ++q) {
        const float* leaf = leaves + static_cast<std::size_t>(-(refs[q] + 1)) * k;
        float* scores = out + (r + q) * k;
        for (std::size_t j = 0; j < k; ++j) scores[j] += leaf[j];
      }
    }
    for (; r < count; ++r) {
      const float* x = rows + r * stride;
      int32_t ref = root;
      while (ref >= 0) {
        const TreeNode& n = nodes[ref];
        ref = x[n.feature] < n.threshold ? n.left : n.right;
      }
      const float* leaf = leaves + static_cast<std::size_t>(-(ref + 1)) * k;
      float* scores = out + r * k;
      for (std::size_t j = 0; j < k; ++j) scores[j] += leaf[j];
    }
  }
}

}  // namespace pith::internal

#include "boost.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace pith::train {

using internal::TreeEnsemble;
using internal::TreeNode;

namespace {

constexpr std::size_t kBins = 256;
// Values sampled per column to place its bin cuts.
constexpr std::size_t kCutSample = 1u << 18;

// A node still being grown: its rows are order[begin, end).
struct Open {
  std::size_t begin = 0, end = 0;
  std::size_t hist = 0;  // index of its histogram among the level's
  int32_t parent = -1;   // node whose child it is, -1 for the root
  bool left = false;     // which child
};

class Grower {
 public:
  Grower(const std::vector<uint8_t>& bins, std::size_t rows, std::size_t cols,
         const std::vector<std::vector<float>>& cuts, std::size_t classes,
         const BoostParams& params)
      : bins_(bins),
        rows_(rows),
        cols_(cols),
        cuts_(cuts),
        k_(classes),
        params_(params),
        order_(rows),
        scratch_(rows) {}

  // Grows one tree on the gradients gh[row * 2k + {0..k-1: g, k..2k-1: h}]
  // of the rows in `active` (ascending), appends it to `e` and adds the
  // tree's leaf values to every row's scores.
  void Grow(const std::vector<float>& gh, const std::vector<uint32_t>& active, TreeEnsemble* e,
            std::vector<float>* scores) {
    gh_ = gh.data();
    std::copy(active.begin(), active.end(), order_.begin());
    const std::size_t count = active.size();
    const std::size_t tree = e->roots.size();
    const std::size_t first_node = e->nodes.size();
    split_bins_.clear();
    e->roots.push_back(0);
    std::vector<Open> level{{0, count, 0, -1, false}};
    std::vector<std::vector<double>> hists;
    if (params_.depth > 0) hists.push_back(Histogram(0, count));
    for (int depth = 0; !level.empty(); ++depth) {
      std::vector<Open> next;
      std::vector<std::vector<double>> next_hists;
      for (const Open& open : level) {
        Split split;
        if (depth < params_.depth) split = BestSplit(hists[open.hist]);
        int32_t ref;
        if (split.feature < 0) {
          ref = AddLeaf(open, e);
        } else {
          const auto f = static_cast<std::size_t>(split.feature);
          const std::size_t mid = Partition(open, f, split.bin);
          ref = static_cast<int32_t>(e->nodes.size());
          e->nodes.push_back(TreeNode{static_cast<uint32_t>(f), cuts_[f][split.bin], 0, 0});
          split_bins_.push_back(static_cast<uint8_t>(split.bin));
          Open left{open.begin, mid, 0, ref, true}, right{mid, open.end, 0, ref, false};
          if (depth + 1 < params_.depth) {
            // Build the smaller child's histogram; the larger one is the
            // parent's minus it.
            const bool left_small = mid - open.begin <= open.end - mid;
            Open& small = left_small ? left : right;
            Open& large = left_small ? right : left;
            std::vector<double> small_hist = Histogram(small.begin, small.end);
            std::vector<double>& large_hist = hists[open.hist];
            for (std::size_t i = 0; i < large_hist.size(); ++i) large_hist[i] -= small_hist[i];
            small.hist = next_hists.size();
            next_hists.push_back(std::move(small_hist));
            large.hist = next_hists.size();
            next_hists.push_back(std::move(large_hist));
          }
          next.push_back(left);
          next.push_back(right);
        }
        if (open.parent < 0) {
          e->roots[tree] = ref;
        } else if (open.left) {
          e->nodes[static_cast<std::size_t>(open.parent)].left = ref;
        } else {
          e->nodes[static_cast<std::size_t>(open.parent)].right = ref;
        }
      }
      level = std::move(next);
      hists = std::move(next_hists);
    }
    AddTreeScores(*e, e->roots[tree], first_node, scores);
  }

 private:
  struct Split {
    int feature = -1;
    std::size_t bin = 0;
  };

  std::vector<double> Histogram(std::size_t begin, std::size_t end) const {
    const std::size_t width = 2 * k_;
    std::vector<double> hist(cols_ * kBins * width, 0.0);
    auto work = [&](std::size_t first_col, std::size_t step) {
      for (std::size_t c = first_col; c < cols_; c += step) {
        const uint8_t* b = bins_.data() + c * rows_;
        double* h = hist.data() + c * kBins * width;
        for (std::size_t i = begin; i < end; ++i) {
          const uint32_t row = order_[i];
          const float* g = gh_ + static_cast<std::size_t>(row) * width;
          double* cell = h + static_cast<std::size_t>(b[row]) * width;
          for (std::size_t j = 0; j < width; ++j) cell[j] += g[j];
        }
      }
    };
    const auto threads = static_cast<std::size_t>(std::max(1, params_.threads));
    if (threads == 1 || end - begin < 4096) {
      work(0, 1);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t, threads);
      work(0, threads);
      for (std::thread& t : pool) t.join();
    }
    return hist;
  }

  Split BestSplit(const std::vector<double>& hist) const {
    const std::size_t width = 2 * k_;
    const double l2 = params_.l2;
    // Totals from column 0 (every row is in exactly one of its bins).
    std::vector<double> total(width, 0.0);
    for (std::size_t b = 0; b < kBins; ++b) {
      for (std::size_t j = 0; j < width; ++j) total[j] += hist[b * width + j];
    }
    double parent = 0.0;
    for (std::size_t j = 0; j < k_; ++j) parent += total[j] * total[j] / (total[k_ + j] + l2);
    Split best;
    double best_gain = 1e-6;
    std::vector<double> left(width);
    for (std::size_t c = 0; c < cols_; ++c) {
      const std::size_t cut_count = cuts_[c].size();
      if (cut_count == 0) continue;
      const double* h = hist.data() + c * kBins * width;
      std::fill(left.begin(), left.end(), 0.0);
      for (std::size_t b = 0; b < cut_count; ++b) {
        double left_h = 0.0, right_h = 0.0, gain = 0.0;
        for (std::size_t j = 0; j < width; ++j) left[j] += h[b * width + j];
        for (std::size_t j = 0; j < k_; ++j) {
          const double gl = left[j], hl = left[k_ + j];
          const double gr = total[j] - gl, hr = total[k_ + j] - hl;
          left_h += hl;
          right_h += hr;
          gain += gl * gl / (hl + l2) + gr * gr / (hr + l2);
        }
        if (left_h < params_.min_child_weight || right_h < params_.min_child_weight) continue;
        gain -= parent;
        if (gain > best_gain) {
          best_gain = gain;
          best.feature = static_cast<int>(c);
          best.bin = b;
        }
      }
    }
    return best;
  }

  // Stable partition of order[begin, end): bin <= split bin first.
  std::size_t Partition(const Open& open, std::size_t feature, std::size_t bin) {
    const uint8_t* b = bins_.data() + feature * rows_;
    std::size_t left = open.begin, right = 0;
    for (std::size_t i = open.begin; i < open.end; ++i) {
      const uint32_t row = order_[i];
      if (b[row] <= bin) {
        order_[left++] = row;
      } else {
        scratch_[right++] = row;
      }
    }
    std::copy(scratch_.begin(), scratch_.begin() + static_cast<std::ptrdiff_t>(right),
              order_.begin() + static_cast<std::ptrdiff_t>(left));
    return left;
  }

  // Walks every row down the tree on its bins (bin <= split bin goes left,
  // as x < threshold does) and adds the leaf's values to its scores.
  void AddTreeScores(const TreeEnsemble& e, int32_t root, std::size_t first_node,
                     std::vector<float>* scores) const {
    for (std::size_t r = 0; r < rows_; ++r) {
      int32_t ref = root;
      while (ref >= 0) {
        const TreeNode& node = e.nodes[static_cast<std::size_t>(ref)];
        const uint8_t bin = bins_[node.feature * rows_ + r];
        ref =
            bin <= split_bins_[static_cast<std::size_t>(ref) - first_node] ? node.left : node.right;
      }
      const float* leaf = e.leaf_values.data() + static_cast<std::size_t>(-(ref + 1)) * k_;
      float* s = scores->data() + r * k_;
      for (std::size_t j = 0; j < k_; ++j) s[j] += leaf[j];
    }
  }

  int32_t AddLeaf(const Open& open, TreeEnsemble* e) {
    const std::size_t width = 2 * k_;
    std::vector<double> sum(width, 0.0);
    for (std::size_t i = open.begin; i < open.end; ++i) {
      const float* g = gh_ + static_cast<std::size_t>(order_[i]) * width;
      for (std::size_t j = 0; j < width; ++j) sum[j] += g[j];
    }
    const std::size_t leaf = e->leaf_values.size() / k_;
    for (std::size_t j = 0; j < k_; ++j) {
      e->leaf_values.push_back(
          static_cast<float>(-sum[j] / (sum[k_ + j] + params_.l2) * params_.learning_rate));
    }
    return -static_cast<int32_t>(leaf) - 1;
  }

  const std::vector<uint8_t>& bins_;
  std::size_t rows_, cols_;
  const std::vector<std::vector<float>>& cuts_;
  std::size_t k_;
  BoostParams params_;
  std::vector<uint32_t> order_, scratch_;
  const float* gh_ = nullptr;
  std::vector<uint8_t> split_bins_;  // of the tree being grown, by node index - first_node
};

}  // namespace

BinnedInputs BinInputs(const float* x, std::size_t rows, std::size_t cols) {
  BinnedInputs in;
  in.rows = rows;
  in.cols = cols;
  in.cuts.resize(cols);
  in.bins.resize(rows * cols);
  const std::size_t step = std::max<std::size_t>(1, rows / kCutSample);
  std::vector<float> values;
  for (std::size_t c = 0; c < cols; ++c) {
    values.clear();
    for (std::size_t r = 0; r < rows; r += step) {
      const float v = x[r * cols + c];
      if (!std::isnan(v)) values.push_back(v);
    }
    std::sort(values.begin(), values.end());
    std::vector<float> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<float>& cuts = in.cuts[c];
    if (distinct.size() <= kBins) {
      // Every distinct value its own bin: cut at each value but the first.
      if (distinct.size() > 1) cuts.assign(distinct.begin() + 1, distinct.end());
    } else {
      for (std::size_t q = 1; q < kBins; ++q) {
        const float v = values[q * values.size() / kBins];
        if (v > values.front() && (cuts.empty() || v > cuts.back())) cuts.push_back(v);
      }
    }
    uint8_t* b = in.bins.data() + c * rows;
    for (std::size_t r = 0; r < rows; ++r) {
      const float v = x[r * cols + c];
      // NaN compares false with every cut, so it lands in the last bin, as
      // the evaluator sends it right.
      const auto bin = std::isnan(v)
                           ? cuts.size()
                           : static_cast<std::size_t>(
                                 std::upper_bound(cuts.begin(), cuts.end(), v) - cuts.begin());
      b[r] = static_cast<uint8_t>(bin);
    }
  }
  return in;
}

TreeEnsemble TrainBoosted(const BinnedInputs& inputs, const std::vector<uint32_t>& rows,
                          const std::vector<uint8_t>& y, const std::vector<float>& weights,
                          std::size_t classes, const BoostParams& params,
                          const std::function<void(int)>& progress) {
  const std::size_t n = rows.size();
  const std::size_t k = classes;
  // The chosen rows' bins, copied so that histogram passes read them in order.
  std::vector<uint8_t> bins(n * inputs.cols);
  for (std::size_t c = 0; c < inputs.cols; ++c) {
    const uint8_t* from = inputs.bins.data() + c * inputs.rows;
    uint8_t* to = bins.data() + c * n;
    for (std::size_t i = 0; i < n; ++i) to[i] = from[rows[i]];
  }

  TreeEnsemble e;
  e.num_inputs = static_cast<uint32_t>(inputs.cols);
  e.num_outputs = static_cast<uint32_t>(k);
  const auto weight = [&](uint32_t row) { return weights.empty() ? 1.0f : weights[row]; };
  std::vector<double> counts(k, 1.0);
  double total = static_cast<double>(k);
  for (uint32_t r : rows) {
    counts[y[r]] += static_cast<double>(weight(r));
    total += static_cast<double>(weight(r));
  }
  for (std::size_t j = 0; j < k; ++j)
    e.base.push_back(static_cast<float>(std::log(counts[j] / total)));

  std::vector<float> scores(n * k), gh(n * 2 * k);
  for (std::size_t i = 0; i < n; ++i) {
    std::copy(e.base.begin(), e.base.end(), scores.begin() + static_cast<std::ptrdiff_t>(i * k));
  }
  Grower grower(bins, n, inputs.cols, inputs.cuts, k, params);
  std::vector<uint32_t> active;
  for (int round = 0; round < params.rounds; ++round) {
    active.clear();
    for (std::size_t i = 0; i < n; ++i) {
      const float* s = scores.data() + i * k;
      float* g = gh.data() + i * 2 * k;
      const float top = *std::max_element(s, s + k);
      float sum = 0.0f;
      for (std::size_t j = 0; j < k; ++j) {
        g[j] = std::exp(s[j] - top);
        sum += g[j];
      }
      const uint8_t label = y[rows[i]];
      for (std::size_t j = 0; j < k; ++j) {
        const float p = g[j] / sum;
        g[j] = p - (j == label ? 1.0f : 0.0f);
        g[k + j] = std::max(p * (1.0f - p), 1e-6f);
      }
      // Whether a row is learned already does not depend on its weight.
      float largest = 0.0f;
      for (std::size_t j = 0; j < k; ++j) largest = std::max(largest, std::fabs(g[j]));
      if (largest >= params.min_gradient) active.push_back(static_cast<uint32_t>(i));
      if (!weights.empty()) {
        const float w = weights[rows[i]];
        for (std::size_t j = 0; j < 2 * k; ++j) g[j] *= w;
      }
    }
    grower.Grow(gh, active, &e, &scores);
    if (progress) progress(round + 1);
  }
  return e;
}

}  // namespace pith::train

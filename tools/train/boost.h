// boost: trains a gradient-boosted tree ensemble (gbdt.h) for multi-class
// softmax classification.
//
// Histogram based: each input column is quantised into at most 256 bins at
// quantiles of its values; trees grow depth-wise to `depth`, each split
// chosen by the second-order gain summed over classes (one tree per round
// with a vector of class scores at each leaf), with L2 regularisation,
// a minimum hessian per child and shrinkage. No randomness and a fixed
// order of every sum, so the same data and parameters give the same
// ensemble bit for bit, whatever the thread count.
#ifndef PITH_TRAIN_BOOST_H_
#define PITH_TRAIN_BOOST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "gbdt.h"

namespace pith::train {

struct BoostParams {
  int rounds = 200;
  int depth = 7;
  float learning_rate = 0.2f;
  float min_child_weight = 1.0f;  // minimum hessian sum in a child
  float l2 = 1.0f;
  // Rows whose every class gradient is smaller than this are learned
  // already; a round's tree is grown without them (they still get its
  // scores), which saves most of the work once the easy lines are right.
  float min_gradient = 1e-3f;
  int threads = 2;
};

// Inputs quantised once, shared by all the ensembles trained on them
// (cross-validation folds).
struct BinnedInputs {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::vector<std::vector<float>> cuts;  // per column: x < cuts[b] <=> bin <= b
  std::vector<uint8_t> bins;             // column-major: bins[col * rows + row]
};

// REQUIRES: x holds rows * cols values, row-major.
BinnedInputs BinInputs(const float* x, std::size_t rows, std::size_t cols);

// Trains on the rows listed in `rows` (ascending) with labels y[row] <
// classes, each row's gradient and hessian scaled by weights[row] (empty:
// every row weighs 1). `progress` is called after each round with the
// round number.
// REQUIRES: weights is empty or as long as y.
pith::internal::TreeEnsemble TrainBoosted(const BinnedInputs& inputs,
                                          const std::vector<uint32_t>& rows,
                                          const std::vector<uint8_t>& y,
                                          const std::vector<float>& weights, std::size_t classes,
                                          const BoostParams& params,
                                          const std::function<void(int)>& progress);

}  // namespace pith::train

#endif  // PITH_TRAIN_BOOST_H_

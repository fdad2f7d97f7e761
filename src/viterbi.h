// viterbi: the most likely sequence of region states for a page's lines.
//
// Emissions are per-line log-probabilities of each state (the log softmax of
// the tree ensemble's scores); transitions are the model's learned
// log-probability scores (model.h). Shared by ClassifyLines and by
// pith-train's cross-validation, so that both decode alike.
//
// Pure and thread-safe.
#ifndef PITH_VITERBI_H_
#define PITH_VITERBI_H_

#include <cstddef>
#include <vector>

#include "model.h"

namespace pith::internal {

// Turns each row of kNumStates scores into probabilities, in place, and
// writes their logarithms to log_p[rows * kNumStates].
void SoftmaxStates(float* scores, std::size_t rows, float* log_p);

// REQUIRES: log_p holds rows * kNumStates values.
std::vector<State> DecodeStates(const Transitions& transitions, const float* log_p,
                                std::size_t rows);

}  // namespace pith::internal

#endif  // PITH_VITERBI_H_

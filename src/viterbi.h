// viterbi: the most likely sequence of region states for a page's lines.
//
// Emissions are per-line log-probabilities of each state (the log softmax of
// the tree ensemble's scores); transitions are the model's learned
// log-probability scores (model.h). DecodePage is shared by ClassifyLines and
// by pith-train's cross-validation, so that both decode alike.
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

// The most likely sequence of states that passes through kBody at least once.
// Why: the learned transitions make a short body costly to enter and to
// leave, so on a page whose article is two or three lines among long menus
// the best path can skip the body altogether (and pass through a headline
// with no article under it), though the model is sure of those lines. The
// caller decides when a page must have a body.
// REQUIRES: log_p holds rows * kNumStates values; rows > 0.
std::vector<State> DecodeStatesThroughBody(const Transitions& transitions, const float* log_p,
                                           std::size_t rows);

// A page's states: the best path, or the best path through the body when the
// best path has no body line though the model gives some line a body
// probability of at least 0.5 (such a page has an article).
// REQUIRES: probabilities and log_p hold rows * kNumStates values, log_p the
// logarithms of probabilities (SoftmaxStates).
std::vector<State> DecodePage(const Transitions& transitions, const float* probabilities,
                              const float* log_p, std::size_t rows);

}  // namespace pith::internal

#endif  // PITH_VITERBI_H_

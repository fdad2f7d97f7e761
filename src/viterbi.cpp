#include "viterbi.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace pith::internal {

namespace {
constexpr std::size_t kS = kNumStates;
}  // namespace

void SoftmaxStates(float* scores, std::size_t rows, float* log_p) {
  for (std::size_t r = 0; r < rows; ++r) {
    float* s = scores + r * kS;
    float* l = log_p + r * kS;
    const float top = *std::max_element(s, s + kS);
    float total = 0.0f;
    for (std::size_t j = 0; j < kS; ++j) total += std::exp(s[j] - top);
    const float log_total = std::log(total);
    for (std::size_t j = 0; j < kS; ++j) {
      l[j] = s[j] - top - log_total;
      s[j] = std::exp(l[j]);
    }
  }
}

std::vector<State> DecodeStates(const Transitions& t, const float* log_p, std::size_t rows) {
  if (rows == 0) return {};
  float best[kS], next[kS];
  std::vector<uint8_t> from(rows * kS);
  for (std::size_t j = 0; j < kS; ++j) best[j] = t.start[j] + log_p[j];
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t j = 0; j < kS; ++j) {
      std::size_t arg = 0;
      float top = best[0] + t.next[j];
      for (std::size_t p = 1; p < kS; ++p) {
        const float v = best[p] + t.next[p * kS + j];
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      next[j] = top + log_p[i * kS + j];
      from[i * kS + j] = static_cast<uint8_t>(arg);
    }
    std::copy(next, next + kS, best);
  }
  std::size_t state = 0;
  for (std::size_t j = 1; j < kS; ++j) {
    if (best[j] + t.end[j] > best[state] + t.end[state]) state = j;
  }
  std::vector<State> path(rows);
  for (std::size_t i = rows; i-- > 0;) {
    path[i] = static_cast<State>(state);
    state = from[i * kS + state];
  }
  return path;
}

}  // namespace pith::internal

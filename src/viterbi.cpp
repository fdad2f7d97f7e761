#include "viterbi.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace pith::internal {

namespace {
constexpr std::size_t kS = kNumStates;

// At this body probability the model holds a line more likely body than
// not: a page with such a line has an article (DecodePage).
constexpr float kSureBodyProbability = 0.5f;
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

std::vector<State> DecodeStatesThroughBody(const Transitions& t, const float* log_p,
                                           std::size_t rows) {
  // Viterbi over (state, seen) pairs, where seen says whether the path has
  // been in kBody yet: pair k = seen * kS + state. Only seen pairs may end.
  constexpr std::size_t kPairs = 2 * kS;
  constexpr auto kBody = static_cast<std::size_t>(State::kBody);
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  float best[kPairs], next[kPairs];
  std::vector<uint8_t> from(rows * kPairs);
  for (std::size_t k = 0; k < kPairs; ++k) {
    const std::size_t j = k % kS;
    const bool seen = k >= kS;
    best[k] = seen == (j == kBody) ? t.start[j] + log_p[j] : kNever;
  }
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t k = 0; k < kPairs; ++k) {
      const std::size_t j = k % kS;
      const bool seen = k >= kS;
      std::size_t arg = 0;
      float top = kNever;
      for (std::size_t q = 0; q < kPairs; ++q) {
        const bool seen_before = q >= kS;
        // Seen stays seen; unseen becomes seen exactly on entering kBody.
        if (seen != (seen_before || j == kBody)) continue;
        const float v = best[q] + t.next[(q % kS) * kS + j];
        if (v > top) {
          top = v;
          arg = q;
        }
      }
      next[k] = top + log_p[i * kS + j];
      from[i * kPairs + k] = static_cast<uint8_t>(arg);
    }
    std::copy(next, next + kPairs, best);
  }
  std::size_t pair = kS;
  for (std::size_t k = kS + 1; k < kPairs; ++k) {
    if (best[k] + t.end[k % kS] > best[pair] + t.end[pair % kS]) pair = k;
  }
  std::vector<State> path(rows);
  for (std::size_t i = rows; i-- > 0;) {
    path[i] = static_cast<State>(pair % kS);
    pair = from[i * kPairs + pair];
  }
  return path;
}

std::vector<State> DecodePage(const Transitions& transitions, const float* probabilities,
                              const float* log_p, std::size_t rows) {
  std::vector<State> path = DecodeStates(transitions, log_p, rows);
  if (std::find(path.begin(), path.end(), State::kBody) != path.end()) return path;
  for (std::size_t i = 0; i < rows; ++i) {
    if (probabilities[i * kS + static_cast<std::size_t>(State::kBody)] >= kSureBodyProbability) {
      return DecodeStatesThroughBody(transitions, log_p, rows);
    }
  }
  return path;
}

}  // namespace pith::internal

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

namespace {

// Viterbi over kNodes lattice nodes per line, node k standing for state
// k % kS. `lattice` says which nodes a path may start in
// (lattice.start(k)), step between (lattice.step(q, k)) and end in
// (lattice.end(k)); the scores are the states'. Ties go to the lowest node.
// REQUIRES: rows > 0; some path is allowed.
template <std::size_t kNodes, typename Lattice>
std::vector<State> BestPath(const Transitions& t, const float* log_p, std::size_t rows,
                            const Lattice& lattice) {
  constexpr float kNever = -std::numeric_limits<float>::infinity();
  float best[kNodes], next[kNodes];
  std::vector<uint8_t> from(rows * kNodes);
  for (std::size_t k = 0; k < kNodes; ++k) {
    best[k] = lattice.start(k) ? t.start[k % kS] + log_p[k % kS] : kNever;
  }
  for (std::size_t i = 1; i < rows; ++i) {
    for (std::size_t k = 0; k < kNodes; ++k) {
      const std::size_t j = k % kS;
      std::size_t arg = 0;
      float top = kNever;
      for (std::size_t q = 0; q < kNodes; ++q) {
        if (!lattice.step(q, k)) continue;
        const float v = best[q] + t.next[(q % kS) * kS + j];
        if (v > top) {
          top = v;
          arg = q;
        }
      }
      next[k] = top + log_p[i * kS + j];
      from[i * kNodes + k] = static_cast<uint8_t>(arg);
    }
    std::copy(next, next + kNodes, best);
  }
  std::size_t node = kNodes;
  for (std::size_t k = 0; k < kNodes; ++k) {
    if (lattice.end(k) &&
        (node == kNodes || best[k] + t.end[k % kS] > best[node] + t.end[node % kS])) {
      node = k;
    }
  }
  std::vector<State> path(rows);
  for (std::size_t i = rows; i-- > 0;) {
    path[i] = static_cast<State>(node % kS);
    node = from[i * kNodes + node];
  }
  return path;
}

// Every state may follow every other.
struct FreeLattice {
  static bool start(std::size_t) { return true; }
  static bool step(std::size_t, std::size_t) { return true; }
  static bool end(std::size_t) { return true; }
};

// Nodes (state, seen) where seen says whether the path has been in kBody
// yet: node k = seen * kS + state. Seen stays seen, unseen becomes seen
// exactly on entering kBody, and only seen nodes may end.
struct ThroughBodyLattice {
  static constexpr auto kBody = static_cast<std::size_t>(State::kBody);
  static bool start(std::size_t k) { return (k >= kS) == (k % kS == kBody); }
  static bool step(std::size_t q, std::size_t k) {
    return (k >= kS) == (q >= kS || k % kS == kBody);
  }
  static bool end(std::size_t k) { return k >= kS; }
};

}  // namespace

std::vector<State> DecodeStates(const Transitions& t, const float* log_p, std::size_t rows) {
  if (rows == 0) return {};
  return BestPath<kS>(t, log_p, rows, FreeLattice{});
}

std::vector<State> DecodeStatesThroughBody(const Transitions& t, const float* log_p,
                                           std::size_t rows) {
  return BestPath<2 * kS>(t, log_p, rows, ThroughBodyLattice{});
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

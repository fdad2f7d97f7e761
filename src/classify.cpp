#include "classify.h"

#include <algorithm>
#include <cmath>

#include "gbdt.h"
#include "lexical.h"

namespace pith::internal {

namespace {

constexpr std::size_t kS = kNumStates;

// Softmax of each row of scores, in place, and its logarithm into log_p.
void Softmax(std::vector<float>* scores, std::vector<float>* log_p) {
  log_p->resize(scores->size());
  for (std::size_t r = 0; r < scores->size() / kS; ++r) {
    float* s = scores->data() + r * kS;
    float* l = log_p->data() + r * kS;
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

// The most likely state sequence given per-line log emissions.
std::vector<State> Viterbi(const Transitions& t, const std::vector<float>& log_p, std::size_t n) {
  std::vector<float> best(kS), next(kS);
  std::vector<uint8_t> from(n * kS);
  for (std::size_t j = 0; j < kS; ++j) best[j] = t.start[j] + log_p[j];
  for (std::size_t i = 1; i < n; ++i) {
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
    best.swap(next);
  }
  std::size_t state = 0;
  for (std::size_t j = 1; j < kS; ++j) {
    if (best[j] + t.end[j] > best[state] + t.end[state]) state = j;
  }
  std::vector<State> path(n);
  for (std::size_t i = n; i-- > 0;) {
    path[i] = static_cast<State>(state);
    state = from[i * kS + state];
  }
  return path;
}

}  // namespace

std::vector<LineDecision> ClassifyLines(const Model& model, const Page& page,
                                        const FeatureMatrix& features) {
  const std::size_t n = features.rows;
  if (n == 0) return {};
  const std::size_t cols = features.cols;
  const std::size_t stride = cols + kS;

  // Tree inputs: the line's features, then its lexical state probabilities.
  std::vector<float> inputs(n * stride);
  std::vector<float> lexical(n * kS);
  LexicalProbabilities(model.lexical, HashLineNgrams(page, model.lexical.bucket_bits),
                       lexical.data());
  for (std::size_t i = 0; i < n; ++i) {
    std::copy(features.row(i), features.row(i) + cols, inputs.data() + i * stride);
    std::copy(lexical.data() + i * kS, lexical.data() + (i + 1) * kS,
              inputs.data() + i * stride + cols);
  }

  std::vector<float> probabilities(n * kS), log_p;
  EvaluateEnsemble(model.trees, inputs.data(), n, stride, probabilities.data());
  Softmax(&probabilities, &log_p);
  const std::vector<State> path = Viterbi(model.transitions, log_p, n);

  std::vector<LineDecision> decisions(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Label label = StateLabel(path[i]);
    float confidence = 0.0f;
    for (std::size_t j = 0; j < kS; ++j) {
      if (StateLabel(static_cast<State>(j)) == label) confidence += probabilities[i * kS + j];
    }
    decisions[i] = LineDecision{label, std::min(confidence, 1.0f)};
  }
  return decisions;
}

}  // namespace pith::internal

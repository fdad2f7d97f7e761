#include "classify.h"

#include <algorithm>

#include "gbdt.h"
#include "lexical.h"
#include "viterbi.h"

namespace pith::internal {

std::vector<LineDecision> ClassifyLines(const Model& model, const Page& page,
                                        const FeatureMatrix& features) {
  constexpr std::size_t kS = kNumStates;
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

  std::vector<float> probabilities(n * kS), log_p(n * kS);
  EvaluateForest(model.forest, inputs.data(), n, stride, probabilities.data());
  SoftmaxStates(probabilities.data(), n, log_p.data());
  const std::vector<State> path = DecodeStates(model.transitions, log_p.data(), n);

  // Confidence: the line's probability of its label, over the states that
  // carry that label.
  std::vector<LineDecision> decisions(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Label label = StateLabel(path[i]);
    float confidence = 0.0f;
    for (std::size_t j = 0; j < kS; ++j) {
      if (StateLabel(static_cast<State>(j)) == label) confidence += probabilities[i * kS + j];
    }
    decisions[i] = LineDecision{label, std::min(confidence, 1.0f),
                                probabilities[i * kS + static_cast<std::size_t>(State::kHeadline)]};
  }
  return decisions;
}

}  // namespace pith::internal

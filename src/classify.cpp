#include "classify.h"

#include <algorithm>

#include "context_features.h"
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

  // Tree inputs: the line's features, then its lexical state probabilities
  // (read from both, not copied into rows of both).
  std::vector<float> lexical(n * kS);
  LexicalProbabilities(model.lexical, HashLineNgrams(page, model.lexical.bucket_bits),
                       lexical.data());

  std::vector<float> probabilities(n * kS), log_p(n * kS);
  EvaluateForest(model.forest, features.values.data(), cols, lexical.data(), kS, n,
                 probabilities.data());
  SoftmaxStates(probabilities.data(), n, log_p.data());
  // The headline probability the assembler weighs against its own evidence
  // is stage 1's, whose scale its rules were tuned on.
  std::vector<float> headline(n);
  for (std::size_t i = 0; i < n; ++i) {
    headline[i] = probabilities[i * kS + static_cast<std::size_t>(State::kHeadline)];
  }
  const ContextStage& stage = model.context;
  if (stage.present()) {
    const std::size_t stage_stride = stage.num_inputs();
    std::vector<float> stage_inputs(n * stage_stride);
    ContextStageInputs(features.values.data(), n, cols, probabilities.data(), stage.dense_columns,
                       stage_inputs.data(), stage_stride);
    EvaluateForest(stage.forest, stage_inputs.data(), n, stage_stride, probabilities.data());
    SoftmaxStates(probabilities.data(), n, log_p.data());
  }
  const std::vector<State> path =
      DecodePage(stage.present() ? stage.transitions : model.transitions, probabilities.data(),
                 log_p.data(), n);

  // A label's probability: the sum over the states that carry it.
  // Confidence: the line's probability of its decoded label.
  std::size_t state_labels[kS];  // StateLabel of each state, asked once
  for (std::size_t j = 0; j < kS; ++j) {
    state_labels[j] = static_cast<std::size_t>(StateLabel(static_cast<State>(j)));
  }
  std::vector<LineDecision> decisions(n);
  for (std::size_t i = 0; i < n; ++i) {
    LineDecision& d = decisions[i];
    for (std::size_t j = 0; j < kS; ++j) {
      const std::size_t label = state_labels[j];
      if (label < d.label_probabilities.size()) {
        d.label_probabilities[label] += probabilities[i * kS + j];
      }
    }
    for (float& p : d.label_probabilities) p = std::min(p, 1.0f);
    d.label = StateLabel(path[i]);
    d.confidence = d.label_probabilities[static_cast<std::size_t>(d.label)];
    d.headline_probability = headline[i];
  }
  return decisions;
}

}  // namespace pith::internal

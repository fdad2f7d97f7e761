// classify: model scores -> one label per logical line.
//
// Emission scores per region state come from the model's boosted trees over
// the feature matrix, stacked on the class scores of its linear model over
// hashed word n-grams of the line and its neighbours; when the model has a
// context stage, its trees rescore each line from those probabilities and
// their aggregates over the line's neighbourhood (context_features.h), and
// its scores are the emissions. Viterbi decoding over
// the region states (before, headline, meta, body, inside, after; DESIGN.md
// section 5) with the model's learned transition scores picks one state per
// line; each state maps to a Label.
//
// Pure and thread-safe.
#ifndef PITH_CLASSIFY_H_
#define PITH_CLASSIFY_H_

#include <array>
#include <vector>

#include "line_features.h"
#include "lines.h"
#include "model.h"
#include "pith/pith.h"

namespace pith::internal {

struct LineDecision {
  Label label = Label::kBoilerplate;
  float confidence = 0.0f;  // the model's probability of `label`, in [0, 1]
  // The model's probability that the line is the headline, whatever label
  // decoding gave it: the assembler's evidence for choosing one headline.
  // Stage 1's even when the model has a context stage (the assembler's
  // rules weigh it on that scale).
  float headline_probability = 0.0f;
  // The model's probability of each label, indexed by Label (kHeadline,
  // kMetadata, kBody, kBoilerplate): the confidence of a line whose label
  // the assembler changes.
  std::array<float, 4> label_probabilities{};
};

// REQUIRES: features.rows == page.lines.size(), features computed by
// ComputeFeatures (the model was checked against FeatureNames() on load).
std::vector<LineDecision> ClassifyLines(const Model& model, const Page& page,
                                        const FeatureMatrix& features);

}  // namespace pith::internal

#endif  // PITH_CLASSIFY_H_

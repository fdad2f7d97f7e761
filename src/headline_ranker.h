// headline_ranker: a learned choice among a page's headline candidates.
//
// The rules of headline.h find one headline with hand-set weights. The
// ranker re-ranks their candidates (headline.h HeadlineCandidates) with a
// linear score over kHeadlineFeatureCount features per candidate, one of
// which is "the rules picked this line": it learns when the rules' pick
// should give way to another line, and which. pith-train learns the weights
// (a softmax over each page's candidates, the gold headline line the one
// to pick) from held-out classifier decisions: the decisions of line models
// that did not see the page, as at run time. A ranker may also hold small
// boosted trees over the same features (model version 4), trained on the
// same candidates to tell the headline from the others; their margin adds
// to the linear score. They can learn what a sum of weights cannot (how
// one feature's weight depends on another's value): on held-out train
// pages title exact rose by 0.2 and 0.6 points over the linear score
// alone (models/README.md).
//
// Pure and thread-safe.
#ifndef PITH_HEADLINE_RANKER_H_
#define PITH_HEADLINE_RANKER_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "gbdt.h"

namespace pith::internal {

inline constexpr std::size_t kHeadlineFeatureCount = 39;

// The feature names, in column order (stored in model files, checked on load).
const std::array<const char*, kHeadlineFeatureCount>& HeadlineFeatureNames();

using HeadlineFeatures = std::array<float, kHeadlineFeatureCount>;

struct HeadlineCandidate {
  long line = -1;
  HeadlineFeatures features{};
};

// The learned weights; empty when the model has none (the rules decide).
struct HeadlineRanker {
  std::vector<float> weights;  // kHeadlineFeatureCount when present
  // Optional trees: inputs the candidate's features, outputs {other line,
  // headline}; none when `trees` has no trees.
  TreeEnsemble trees;
  CompiledForest forest;  // CompileForest(trees), or ForestOverLayout when embedded
  bool present() const { return !weights.empty(); }
  bool has_trees() const { return !trees.roots.empty(); }
};

// Each candidate's score, in order: the weights times its features, plus,
// with trees, their headline output minus their other one.
// REQUIRES: ranker.present().
std::vector<float> ScoreHeadlines(const HeadlineRanker& ranker,
                                  const std::vector<HeadlineCandidate>& candidates);

// The candidate with the highest score (the first of equals); -1 when
// `candidates` is empty.
// REQUIRES: ranker.present().
long RankHeadline(const HeadlineRanker& ranker, const std::vector<HeadlineCandidate>& candidates);

}  // namespace pith::internal

#endif  // PITH_HEADLINE_RANKER_H_

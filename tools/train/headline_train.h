// headline_train: learns the headline ranker (src/headline_ranker.h).
//
// An example is one page's headline candidates (headline.h
// HeadlineCandidates) under a line model that did not see the page, so that
// the ranker learns how far to trust the model's scores on unseen sites.
// The positive candidates are those whose title, cleaned as Assemble cleans
// it, is the title of the gold headline line (a page often repeats its
// headline: a <title> copy, a share box).
//
// The ranker is a linear softmax over each page's candidates, trained by
// full-batch gradient descent (Adam) on the log-likelihood of the positive
// candidates, with L2 regularisation, on standardised features; no
// randomness and a fixed order of every sum, so the same examples give the
// same weights bit for bit. Its trees (boost.h, deterministic too) learn
// from every candidate of every example alone whether it is positive; run
// time adds their margin to the linear score. On held-out train pages (one
// half's examples trained on, the other's measured, both ways), with the 39
// columns of 26 Nov 2026, 300 rounds of depth 3 picked a positive candidate
// on 76.6% / 81.4% of pages, depth 2 on 76.3% / 80.9%, the linear score
// alone on 76.3% / 80.3%; depth 4, 150 or 600 rounds did worse. (With the
// first 34 columns depth 2 was best: 74.9% / 79.9%.)
#ifndef PITH_TRAIN_HEADLINE_TRAIN_H_
#define PITH_TRAIN_HEADLINE_TRAIN_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "boost.h"
#include "headline_ranker.h"
#include "model.h"

namespace pith::train {

struct HeadlineExample {
  std::vector<internal::HeadlineFeatures> candidates;
  std::vector<uint8_t> positive;  // one flag per candidate, at least one set
};

// The example of the page `bytes` (analysed without templates, as a single
// page is at run time) whose gold headline is logical line `gold_line`.
// False when the page cannot be analysed or no candidate is positive.
bool HeadlineExampleOf(const Model& model, std::string_view bytes, long gold_line,
                       HeadlineExample* example);

struct RankerParams {
  int iterations = 300;
  double l2 = 1e-2;  // on the standardised weights
  double learning_rate = 0.05;
  BoostParams trees{300, 3, 0.1f, 5.0f};  // rounds 0: no trees
};

// REQUIRES: !examples.empty().
internal::HeadlineRanker TrainHeadlineRanker(const std::vector<HeadlineExample>& examples,
                                             const RankerParams& params);

}  // namespace pith::train

#endif  // PITH_TRAIN_HEADLINE_TRAIN_H_

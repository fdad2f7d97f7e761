// trainer: a TrainingSet -> a Model, and cross-validated line scores.
//
// Steps (DESIGN.md section 5):
//   1. the lexical model's state probabilities of every row, out-of-fold:
//      rows of fold f are scored by a lexical model trained on the other
//      folds (folds are groups: a site, else a page, so that no site's
//      words leak into its own scores);
//   2. the tree ensemble over [dense features, those probabilities];
//   3. transitions counted from the gold state sequences with add-k
//      smoothing; the log state prior, times prior_weight, is subtracted
//      from the scores into each state, which turns the trees' posteriors
//      into the scaled likelihoods an HMM decodes with;
//   4. the lexical model retrained on every row, for run time;
//   5. when context.rounds > 0, the context stage (model.h ContextStage):
//      every row's stage-1 state probabilities out-of-fold (the same folds:
//      rows of fold f scored by trees of stage1_fold_rounds rounds trained
//      on the other folds, so that stage 2 learns how far to trust stage 1
//      on unseen sites, not its over-confident in-sample scores), their
//      context features (context_features.h) and every dense feature
//      column as the inputs of a second tree ensemble; its transitions as
//      in step 3;
//   6. when headline_folds > 1, the headline ranker (headline_train.h):
//      the pages split into that many folds by group; each fold's pages are
//      decided by a line model (lexical model, trees, transitions) trained
//      on the other folds, as pith would decide an unseen site's page, and
//      their headline candidates are the ranker's examples.
#ifndef PITH_TRAIN_TRAINER_H_
#define PITH_TRAIN_TRAINER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "boost.h"
#include "headline_train.h"
#include "lexical_train.h"
#include "model.h"
#include "training_set.h"

namespace pith::train {

struct TrainParams {
  // Stage 1's trees: 400 rounds of depth 7 at learning rate 0.1, a leaf
  // holding a hessian of 5 or more. On held-out train pages (bench/dev_eval,
  // both halves) 400 rounds at 0.1 beat 200 at 0.2: title exact
  // +0.015-0.020, line macro F1 +0.007-0.008, body F1 equal or better, for
  // 17-20% more CPU in pith; a minimum child weight of 5 instead of 1 then
  // gave title exact +0.003-0.004 and a 9% smaller model (models/README.md).
  // An L2 penalty of 5 on the leaf values instead of 1 then gave line macro
  // F1 +0.002-0.003 and title exact +1 and +22 pages (models/README.md).
  BoostParams boost{400, 7, 0.1f, 5.0f, 5.0f};
  LexicalParams lexical;
  int folds = 5;  // for the out-of-fold lexical and stage-1 scores
  // The context stage's trees (rounds 0: no context stage, the default
  // until the shipped models are retrained with one), and the rounds of the
  // per-fold stage-1 trees that give its out-of-fold inputs (0: boost.rounds,
  // so that they are scaled like the final stage 1's scores; fewer rounds
  // cost the context stage body recall on held-out pages).
  BoostParams context{0, 5};
  int stage1_fold_rounds = 0;
  float context_prior_weight = 0.5f;  // step 3's prior weight for the context stage
  float smoothing = 0.5f;             // add-k for transition counts
  float prior_weight = 0.5f;          // see step 3
  // Each page's rows weigh lines^-page_weight_power in tree training
  // (scaled to a mean of 1), so that long pages do not outweigh short ones
  // as much as their line counts would (0: every line weighs the same).
  float page_weight_power = 0.0f;
  int headline_folds = 2;  // step 6 (0: no headline ranker)
  // A folder that keeps step 2's and step 6's line-model trees
  // (tree_cache.h): a later run with the same pages, features and
  // settings reads them instead of boosting again. Empty: no cache.
  std::string tree_cache;
  RankerParams ranker;
};

using Log = std::function<void(const std::string&)>;

// REQUIRES: set was loaded from `sources` (step 6 reads the pages again).
Model TrainModel(const TrainingSet& set, const std::vector<PageSource>& sources,
                 const TrainParams& params, const Log& log);

// K-fold cross-validation grouped like the lexical folds: for each fold,
// trees and transitions are trained on the other folds and the held-out
// pages decoded; prints line accuracy, per-label and macro F1 (over input
// lines, as eval/linescore.py counts them) through `log`, for each prior
// weight in `prior_weights`. With context.rounds > 0 the context stage is
// then cross-validated the same way on the held-out stage-1 scores.
// Returns the macro F1 of the first prior weight of the last stage.
double CrossValidate(const TrainingSet& set, const TrainParams& params,
                     const std::vector<float>& prior_weights, const Log& log);

}  // namespace pith::train

#endif  // PITH_TRAIN_TRAINER_H_

// tree_cache: trained tree ensembles kept in a folder, so that a later
// training run that asks for the same ensemble reads it instead of
// boosting again.
//
// Why: the line model's trees take most of pith-train's time (about 20 of
// the default model's 28 minutes, and the headline ranker's two fold
// models most of the rest), while the steps after them (the headline
// ranker's examples and weights) take seconds. With a cache, trying a
// ranker feature or setting costs a minute instead of half an hour.
//
// An ensemble's key hashes everything TrainBoosted's result depends on: the
// binned inputs (cuts and bins), the rows trained on, their labels and
// weights, the class count and every BoostParams field. Any change to a
// feature's value, the pages, or a setting gives another key, so a stale
// entry is never read; entries are never deleted (delete the folder).
// Boosting is deterministic, so a cached ensemble is the one a new run
// would have trained, and the model file comes out byte for byte the same.
//
// An entry is the ensemble as model.h's SerializeTreeEnsemble writes it,
// written atomically (temporary name, then rename); an entry that cannot be
// read or does not parse (ParseTreeEnsemble) is ignored and trained again.
#ifndef PITH_TRAIN_TREE_CACHE_H_
#define PITH_TRAIN_TREE_CACHE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "boost.h"
#include "gbdt.h"

namespace pith::train {

// TrainBoosted(inputs, rows, y, weights, classes, params, progress), or its
// result from an earlier call with the same arguments when `folder` holds
// it; `folder` empty: no cache. A newly trained ensemble is stored in
// `folder` (created when missing); failing to store it is not an error.
// `progress` is not called for a cached ensemble.
pith::internal::TreeEnsemble TrainBoostedCached(
    const std::string& folder, const BinnedInputs& inputs, const std::vector<uint32_t>& rows,
    const std::vector<uint8_t>& y, const std::vector<float>& weights, std::size_t classes,
    const BoostParams& params, const std::function<void(int)>& progress);

// The file name an ensemble with these arguments is kept under (16 hex
// digits and ".trees").
std::string TreeCacheName(const BinnedInputs& inputs, const std::vector<uint32_t>& rows,
                          const std::vector<uint8_t>& y, const std::vector<float>& weights,
                          std::size_t classes, const BoostParams& params);

}  // namespace pith::train

#endif  // PITH_TRAIN_TREE_CACHE_H_

// lexical_train: fits the hashed word n-gram model of lexical.h.
//
// Multinomial logistic regression trained by stochastic gradient descent
// over the rows in a fixed pseudo-random order (a seeded SplitMix64
// shuffle per epoch), then quantised to int16. Deterministic.
#ifndef PITH_TRAIN_LEXICAL_TRAIN_H_
#define PITH_TRAIN_LEXICAL_TRAIN_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "lexical.h"

namespace pith::train {

struct LexicalParams {
  uint32_t bucket_bits = 16;
  int epochs = 3;
  float learning_rate = 0.5f;
};

// Trains on the lines listed in `rows` of `lines` (every page's LineBuckets
// concatenated: offsets index into buckets) with labels y[row] < classes.
internal::LexicalModel TrainLexical(const internal::LineBuckets& lines,
                                    const std::vector<uint32_t>& rows,
                                    const std::vector<uint8_t>& y, std::size_t classes,
                                    const LexicalParams& params);

}  // namespace pith::train

#endif  // PITH_TRAIN_LEXICAL_TRAIN_H_

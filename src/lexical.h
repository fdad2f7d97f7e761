// lexical: a linear model over hashed word n-grams of a line and its
// neighbours, whose class probabilities feed the tree ensemble (stacking).
//
// Words: maximal runs of ASCII letters and digits or non-ASCII bytes, ASCII
// lower-cased, digits mapped to '0' (so "2024" and "1999" are one word).
// The n-grams of line i: its words and word bigrams, the words of line i-1
// and of line i+1 (each kind hashed apart), at most kMaxLineWords words per
// line. Each n-gram hashes to one of 2^bucket_bits buckets; a line's
// n-grams weigh 1/sqrt(count) each, so long and short lines score on one
// scale. Weights are int16 with one float scale.
//
// Pure and thread-safe.
#ifndef PITH_LEXICAL_H_
#define PITH_LEXICAL_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "lines.h"

namespace pith::internal {

inline constexpr uint32_t kMaxBucketBits = 20;
inline constexpr std::size_t kMaxLineWords = 48;
// Classes of every lexical model: the region states of model.h.
inline constexpr std::size_t kLexicalClasses = 6;

struct LexicalModel {
  uint32_t bucket_bits = 0;
  uint32_t num_classes = 0;      // kLexicalClasses
  float scale = 0.0f;            // weight = scale * int16
  std::vector<float> bias;       // num_classes
  std::vector<int16_t> weights;  // (1 << bucket_bits) * num_classes, bucket-major
  // The weights of a model parsed in place (model.h ParsedDefaultModel),
  // which stay in the model file's bytes instead of `weights` (then empty):
  // little-endian int16s, not necessarily aligned. Copying them into
  // `weights` was a fifth of pith's startup. nullptr: `weights` holds them.
  const unsigned char* weights_in_place = nullptr;
};

// The bytes of the model's weights, host-order int16s that need not be
// aligned: weights_in_place, else the bytes of `weights`.
inline const unsigned char* WeightBytes(const LexicalModel& model) {
  return model.weights_in_place != nullptr
             ? model.weights_in_place
             : reinterpret_cast<const unsigned char*>(model.weights.data());
}

// The buckets of every line's n-grams: buckets[offsets[i] .. offsets[i+1])
// belong to page.lines[i] (repeats kept: a repeated n-gram counts twice).
struct LineBuckets {
  std::vector<uint32_t> buckets;
  std::vector<std::size_t> offsets;  // lines + 1
};

// REQUIRES: 1 <= bucket_bits <= kMaxBucketBits.
LineBuckets HashLineNgrams(const Page& page, uint32_t bucket_bits);

// Softmax class probabilities of each line: out[lines * num_classes].
// REQUIRES: model.num_classes == kLexicalClasses.
void LexicalProbabilities(const LexicalModel& model, const LineBuckets& buckets, float* out);

}  // namespace pith::internal

#endif  // PITH_LEXICAL_H_

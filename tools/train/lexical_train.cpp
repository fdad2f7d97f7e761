#include "lexical_train.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pith::train {

namespace {

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

internal::LexicalModel TrainLexical(const internal::LineBuckets& lines,
                                    const std::vector<uint32_t>& rows,
                                    const std::vector<uint8_t>& y, std::size_t classes,
                                    const LexicalParams& params) {
  const std::size_t k = classes;
  const std::size_t buckets = std::size_t{1} << params.bucket_bits;
  std::vector<float> w(buckets * k, 0.0f), bias(k, 0.0f), p(k);
  std::vector<uint32_t> order = rows;
  uint64_t seed = 0x5eed;
  const double steps = static_cast<double>(params.epochs) * static_cast<double>(rows.size());
  double step = 0;
  for (int epoch = 0; epoch < params.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) {
      std::swap(order[i - 1], order[SplitMix64(&seed) % i]);
    }
    for (uint32_t row : order) {
      // Learning rate falls linearly to a tenth over the whole run.
      const auto rate =
          static_cast<float>(params.learning_rate * (1.0 - 0.9 * step / std::max(1.0, steps)));
      ++step;
      const std::size_t begin = lines.offsets[row], end = lines.offsets[row + 1];
      const float v = end > begin ? 1.0f / std::sqrt(static_cast<float>(end - begin)) : 0.0f;
      for (std::size_t j = 0; j < k; ++j) p[j] = bias[j];
      for (std::size_t b = begin; b < end; ++b) {
        const float* wb = w.data() + static_cast<std::size_t>(lines.buckets[b]) * k;
        for (std::size_t j = 0; j < k; ++j) p[j] += v * wb[j];
      }
      const float top = *std::max_element(p.begin(), p.end());
      float sum = 0.0f;
      for (float& x : p) {
        x = std::exp(x - top);
        sum += x;
      }
      for (std::size_t j = 0; j < k; ++j) {
        p[j] = rate * (p[j] / sum - (j == y[row] ? 1.0f : 0.0f));
        bias[j] -= 0.1f * p[j];
      }
      for (std::size_t b = begin; b < end; ++b) {
        float* wb = w.data() + static_cast<std::size_t>(lines.buckets[b]) * k;
        for (std::size_t j = 0; j < k; ++j) wb[j] -= v * p[j];
      }
    }
  }

  internal::LexicalModel model;
  model.bucket_bits = params.bucket_bits;
  model.num_classes = static_cast<uint32_t>(k);
  model.bias = bias;
  float largest = 0.0f;
  for (float x : w) largest = std::max(largest, std::fabs(x));
  model.scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
  model.weights.resize(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    model.weights[i] = static_cast<int16_t>(std::lround(w[i] / model.scale));
  }
  return model;
}

}  // namespace pith::train

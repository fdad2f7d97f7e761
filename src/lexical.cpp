#include "lexical.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

#include "hash.h"

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#endif

namespace pith::internal {

namespace {

// Distinct salts keep the n-gram kinds apart in the hash space.
constexpr uint64_t kUnigram = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kBigram = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kPrevious = 0x165667b19e3779f9ULL;
constexpr uint64_t kNext = 0x27d4eb2f165667c5ULL;

// Each byte as HashWords hashes it: ASCII letters lower-cased, digits as
// '0', other bytes >= 0x80 as they are; 0 for the bytes between words. (One
// table load a byte, where the tests and mappings were several branches.)
struct WordBytes {
  uint8_t normalised[256] = {};
  constexpr WordBytes() {
    for (int c = 'a'; c <= 'z'; ++c) normalised[c] = static_cast<uint8_t>(c);
    for (int c = 'A'; c <= 'Z'; ++c) normalised[c] = static_cast<uint8_t>(c - 'A' + 'a');
    for (int c = '0'; c <= '9'; ++c) normalised[c] = '0';
    for (int c = 0x80; c < 0x100; ++c) normalised[c] = static_cast<uint8_t>(c);
  }
};
constexpr WordBytes kWordBytes;

// Appends the FNV-1a hashes of the line's normalised words, at most
// kMaxLineWords, to *out.
void HashWords(std::string_view text, std::vector<uint64_t>* out) {
  const std::size_t limit = out->size() + kMaxLineWords;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n && out->size() < limit) {
    while (i < n && kWordBytes.normalised[p[i]] == 0) ++i;
    if (i == n) break;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (; i < n; ++i) {
      const uint8_t c = kWordBytes.normalised[p[i]];
      if (c == 0) break;
      h = (h ^ c) * 0x100000001b3ULL;
    }
    out->push_back(h);
  }
}

}  // namespace

LineBuckets HashLineNgrams(const Page& page, uint32_t bucket_bits) {
  const std::size_t n = page.lines.size();
  const unsigned shift = 64u - bucket_bits;
  // Every line's word hashes first: line i's are words[starts[i] ..
  // starts[i + 1]). Then the number of n-grams is known, and the buckets are
  // written into memory reserved once (growing the vector bucket by bucket
  // copied it over and over on long pages).
  // (Room for about as many words as the page has, as in the line features.)
  std::vector<uint64_t> words;
  std::size_t bytes = 0;
  for (const Line& line : page.lines) bytes += line.text.size();
  words.reserve(bytes / 5 + 16);
  std::vector<std::size_t> starts(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    HashWords(page.lines[i].text, &words);
    starts[i + 1] = words.size();
  }
  auto count = [&](std::size_t i) { return starts[i + 1] - starts[i]; };
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t own = count(i);
    total += own + (own > 0 ? own - 1 : 0);
    if (i > 0) total += count(i - 1);
    if (i + 1 < n) total += count(i + 1);
  }
  LineBuckets result;
  result.buckets.resize(total);
  result.offsets.resize(n + 1);
  uint32_t* out = result.buckets.data();
  auto add = [&](uint64_t x) { *out++ = static_cast<uint32_t>(Mix64(x) >> shift); };
  for (std::size_t i = 0; i < n; ++i) {
    result.offsets[i] = static_cast<std::size_t>(out - result.buckets.data());
    const uint64_t* current = words.data() + starts[i];
    const std::size_t size = count(i);
    for (std::size_t w = 0; w < size; ++w) {
      add(current[w] ^ kUnigram);
      if (w + 1 < size) add(Mix64(current[w] ^ kBigram) + current[w + 1]);
    }
    if (i > 0) {
      for (std::size_t k = starts[i - 1]; k < starts[i]; ++k) add(words[k] ^ kPrevious);
    }
    if (i + 1 < n) {
      for (std::size_t k = starts[i + 1]; k < starts[i + 2]; ++k) add(words[k] ^ kNext);
    }
  }
  result.offsets[n] = total;
  return result;
}

namespace {

// The class scores of one line, with the class count known at compile time
// so that the inner loop is unrolled (this runs for every n-gram of every line).
// The weight rows are scattered over a table larger than the caches, so
// the rows of the n-grams kPrefetchAhead places further on (in this line or
// the next ones, up to `all_end`) are requested before they are needed.
// (64 rather than 16: the time of Extract over corpus folders, page by page
// against 16, was 0.5-1.9% less, 32 and 128 about as good as 64.)
constexpr std::size_t kPrefetchAhead = 64;

template <std::size_t K>
void LineScores(const LexicalModel& model, const uint32_t* buckets, std::size_t count,
                const uint32_t* all_end, float* out) {
  constexpr std::size_t kRowBytes = K * sizeof(int16_t);
  const unsigned char* weights = WeightBytes(model);
  int32_t sums[K] = {};
#if defined(__SSE2__) && defined(__x86_64__)
  // Six classes: a row is one 8-byte and one 4-byte load into the lanes of
  // one register, widened to two registers of int32 sums (one class a
  // lane; the two lanes past the sixth stay 0). Integer sums, so the same
  // as one class at a time; with a load and an add per class
  // LexicalProbabilities took 30% more instructions.
  static_assert(K == 6, "a row fills six int16 lanes");
  __m128i low = _mm_setzero_si128(), high = _mm_setzero_si128();
  for (std::size_t b = 0; b < count; ++b) {
    if (buckets + b + kPrefetchAhead < all_end) {
      __builtin_prefetch(weights +
                         static_cast<std::size_t>(buckets[b + kPrefetchAhead]) * kRowBytes);
    }
    // memcpy: the row need not be aligned (WeightBytes); it compiles to plain loads.
    const unsigned char* row = weights + static_cast<std::size_t>(buckets[b]) * kRowBytes;
    uint64_t first;
    uint32_t rest;
    std::memcpy(&first, row, sizeof first);
    std::memcpy(&rest, row + sizeof first, sizeof rest);
    const __m128i w = _mm_unpacklo_epi64(_mm_cvtsi64_si128(static_cast<int64_t>(first)),
                                         _mm_cvtsi32_si128(static_cast<int32_t>(rest)));
    // Each int16 into the upper half of an int32 lane, shifted down with
    // its sign.
    low = _mm_add_epi32(low, _mm_srai_epi32(_mm_unpacklo_epi16(w, w), 16));
    high = _mm_add_epi32(high, _mm_srai_epi32(_mm_unpackhi_epi16(w, w), 16));
  }
  int32_t lanes[8];
  _mm_storeu_si128(reinterpret_cast<__m128i*>(lanes), low);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(lanes + 4), high);
  for (std::size_t j = 0; j < K; ++j) sums[j] = lanes[j];
#else
  for (std::size_t b = 0; b < count; ++b) {
    if (buckets + b + kPrefetchAhead < all_end) {
      __builtin_prefetch(weights +
                         static_cast<std::size_t>(buckets[b + kPrefetchAhead]) * kRowBytes);
    }
    // memcpy: the row need not be aligned (WeightBytes); it compiles to plain loads.
    int16_t w[K];
    std::memcpy(w, weights + static_cast<std::size_t>(buckets[b]) * kRowBytes, kRowBytes);
    for (std::size_t j = 0; j < K; ++j) sums[j] += w[j];
  }
#endif
  const float norm = count > 0 ? model.scale / std::sqrt(static_cast<float>(count)) : 0.0f;
  for (std::size_t j = 0; j < K; ++j) out[j] = model.bias[j] + norm * static_cast<float>(sums[j]);
}

}  // namespace

void LexicalProbabilities(const LexicalModel& model, const LineBuckets& buckets, float* out) {
  const std::size_t k = model.num_classes;
  const std::size_t lines = buckets.offsets.empty() ? 0 : buckets.offsets.size() - 1;
  const uint32_t* all_end = buckets.buckets.data() + buckets.buckets.size();
  for (std::size_t i = 0; i < lines; ++i) {
    const uint32_t* first = buckets.buckets.data() + buckets.offsets[i];
    const std::size_t count = buckets.offsets[i + 1] - buckets.offsets[i];
    float* p = out + i * k;
    LineScores<kLexicalClasses>(model, first, count, all_end, p);
    const float top = *std::max_element(p, p + k);
    float total = 0.0f;
    for (std::size_t j = 0; j < k; ++j) {
      p[j] = std::exp(p[j] - top);
      total += p[j];
    }
    for (std::size_t j = 0; j < k; ++j) p[j] /= total;
  }
}

}  // namespace pith::internal

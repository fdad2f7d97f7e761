// hash: the 64-bit hashing pieces shared by the lexical model's n-gram
// buckets, the template line hashes and the features' repeat counts.
//
// These values are part of the model and template file formats: changing
// either function changes which bucket a word falls in, so a model or a
// template file made before the change would silently mean something else.
#ifndef PITH_HASH_H_
#define PITH_HASH_H_

#include <cstdint>
#include <string_view>

namespace pith::internal {

inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

// FNV-1a over the bytes of s.
inline uint64_t Fnv1a(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

// The finaliser of SplitMix64: makes every output bit depend on every input
// bit (FNV-1a alone spreads short strings poorly over the high bits).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  x ^= x >> 31;
  return x;
}

}  // namespace pith::internal

#endif  // PITH_HASH_H_

// word_table: a read-only map from short strings (folded words) to bit
// sets, for the per-word look-ups of language guessing and line features;
// and WordHashBits, a set of a page's word hashes with bits, for the
// assembler's questions about how a page writes its words.
//
// Open addressing with linear probing over a power-of-two array at most
// half full, keyed by a 64-bit hash of the word's bytes; a hit is confirmed
// by comparing the bytes, so the answer is exact. The table owns copies of
// its words. Most words looked up are not in the table, and the slot array
// is too big for the L1 cache, so a 4 KiB bit filter indexed by other bits
// of the hash turns most of them away first. A look-up costs one hash over
// the word, one filter bit and, for words that pass, about one probe:
// several times cheaper than std::unordered_map with std::hash, which
// dominated the per-word cost.
//
// Pure and thread-safe once built.
#ifndef PITH_WORD_TABLE_H_
#define PITH_WORD_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::internal {

struct WordTable {
  static constexpr std::size_t kFilterBits = 1 << 15;
  struct Slot {
    uint32_t check = 0;  // the hash's upper half
    uint32_t bits = 0;
    uint32_t offset = 0;  // of the word in `words`
    uint32_t length = 0;  // 0: empty slot (the empty word is never stored)
  };
  std::vector<uint64_t> filter;  // kFilterBits bits: some word has this hash
  std::vector<Slot> slots;       // size is a power of two
  std::string words;             // every stored word, back to back
  std::size_t longest = 0;       // bytes of the longest word
};

// A table of the given words; the bits of a word listed more than once are
// OR-ed together. Empty words are skipped.
WordTable BuildWordTable(const std::vector<std::pair<std::string_view, uint32_t>>& entries);

// The hash of a word's bytes that the table is keyed by.
uint64_t WordHash(std::string_view word);

// The bits stored for `word`, 0 when it is not in the table.
uint32_t LookupWord(const WordTable& table, std::string_view word);

// The same, for a caller that has the word's hash already (it keys its own
// sets of words by it). REQUIRES: hash == WordHash(word).
uint32_t LookupWord(const WordTable& table, std::string_view word, uint64_t hash);

// A set of word hashes (WordHash of a folded word), each with the bits
// OR-ed together of every time it was added: for the words of one page,
// which the line features have hashed already (FoldedLetterWords), keyed
// by the hash alone as the pages' word sets are. Open addressing with
// linear probing, at most half full, growing by doubling; no allocation
// per word, where a std::unordered_map of the folded words took one per
// distinct word and a fold and a string hash per word added.
class WordHashBits {
 public:
  WordHashBits();
  // REQUIRES: bits != 0.
  void Add(uint64_t hash, uint8_t bits);
  // The bits added with `hash`, 0 when it was never added.
  uint8_t Find(uint64_t hash) const;
  std::size_t size() const { return size_; }

 private:
  std::size_t Slot(uint64_t hash) const;
  void Grow();

  std::vector<uint64_t> keys_;
  std::vector<uint8_t> bits_;  // 0: an empty slot
  std::size_t size_ = 0;
  int shift_ = 0;  // 64 - log2(slots)
};

}  // namespace pith::internal

#endif  // PITH_WORD_TABLE_H_

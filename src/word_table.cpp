#include "word_table.h"

#include <cstring>

namespace pith::internal {
namespace {

constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;

uint64_t Mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * kMultiplier;
  return h ^ (h >> 29);
}

// The filter bit of a hash: bits 17 to 31, apart from the slot index (the
// low bits, for tables of up to 2^17 slots) and the check (the upper half).
std::size_t FilterBit(uint64_t hash) {
  return static_cast<std::size_t>(hash >> 17) & (WordTable::kFilterBits - 1);
}

}  // namespace

uint64_t WordHash(std::string_view word) {
  const char* p = word.data();
  std::size_t n = word.size();
  uint64_t h = Mix(0x243F6A8885A308D3ULL, n);
  // Eight bytes at a time, then the tail in pieces of 4, 2 and 1 bytes, so
  // that no load reads past the word.
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = Mix(h, v);
  }
  uint64_t tail = 0;
  if (n & 4) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    tail = v;
    p += 4;
  }
  if (n & 2) {
    uint16_t v;
    std::memcpy(&v, p, 2);
    tail = (tail << 16) | v;
    p += 2;
  }
  if (n & 1) tail = (tail << 8) | static_cast<unsigned char>(*p);
  h = Mix(h, tail);
  return h ^ (h >> 32);
}

WordTable BuildWordTable(const std::vector<std::pair<std::string_view, uint32_t>>& entries) {
  WordTable table;
  std::size_t capacity = 16;
  while (capacity < 2 * entries.size()) capacity *= 2;
  table.slots.resize(capacity);
  table.filter.assign(WordTable::kFilterBits / 64, 0);
  const std::size_t mask = capacity - 1;
  for (const auto& [word, bits] : entries) {
    if (word.empty()) continue;
    const uint64_t hash = WordHash(word);
    const uint32_t check = static_cast<uint32_t>(hash >> 32);
    table.filter[FilterBit(hash) / 64] |= uint64_t{1} << (FilterBit(hash) % 64);
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      WordTable::Slot& slot = table.slots[i];
      if (slot.length == 0) {
        slot.check = check;
        slot.offset = static_cast<uint32_t>(table.words.size());
        slot.length = static_cast<uint32_t>(word.size());
        slot.bits = bits;
        table.words.append(word);
        if (word.size() > table.longest) table.longest = word.size();
        break;
      }
      if (slot.check == check &&
          std::string_view(table.words).substr(slot.offset, slot.length) == word) {
        slot.bits |= bits;
        break;
      }
    }
  }
  return table;
}

uint32_t LookupWord(const WordTable& table, std::string_view word) {
  if (word.empty() || word.size() > table.longest) return 0;
  return LookupWord(table, word, WordHash(word));
}

uint32_t LookupWord(const WordTable& table, std::string_view word, uint64_t hash) {
  if (word.empty() || word.size() > table.longest) return 0;
  const std::size_t bit = FilterBit(hash);
  if ((table.filter[bit / 64] >> (bit % 64) & 1) == 0) return 0;
  const uint32_t check = static_cast<uint32_t>(hash >> 32);
  const std::size_t mask = table.slots.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const WordTable::Slot& slot = table.slots[i];
    if (slot.length == 0) return 0;
    if (slot.check == check && slot.length == word.size() &&
        std::memcmp(table.words.data() + slot.offset, word.data(), word.size()) == 0) {
      return slot.bits;
    }
  }
}

namespace {
constexpr int kInitialSlotsLog2 = 9;
}  // namespace

WordHashBits::WordHashBits()
    : keys_(std::size_t{1} << kInitialSlotsLog2),
      bits_(std::size_t{1} << kInitialSlotsLog2),
      shift_(64 - kInitialSlotsLog2) {}

// The hash's home slot: its top bits after a multiply (a folded word's
// WordHash may be close to another's in its low bits).
std::size_t WordHashBits::Slot(uint64_t hash) const {
  return static_cast<std::size_t>((hash * kMultiplier) >> shift_);
}

void WordHashBits::Add(uint64_t hash, uint8_t bits) {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = Slot(hash);; i = (i + 1) & mask) {
    if (bits_[i] == 0) {
      keys_[i] = hash;
      bits_[i] = bits;
      if (++size_ * 2 > keys_.size()) Grow();
      return;
    }
    if (keys_[i] == hash) {
      bits_[i] = static_cast<uint8_t>(bits_[i] | bits);
      return;
    }
  }
}

uint8_t WordHashBits::Find(uint64_t hash) const {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t i = Slot(hash);; i = (i + 1) & mask) {
    if (bits_[i] == 0) return 0;
    if (keys_[i] == hash) return bits_[i];
  }
}

void WordHashBits::Grow() {
  std::vector<uint64_t> keys(keys_.size() * 2);
  std::vector<uint8_t> bits(bits_.size() * 2);
  keys.swap(keys_);
  bits.swap(bits_);
  --shift_;
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (bits[k] == 0) continue;
    std::size_t i = Slot(keys[k]);
    while (bits_[i] != 0) i = (i + 1) & mask;
    keys_[i] = keys[k];
    bits_[i] = bits[k];
  }
}

}  // namespace pith::internal

#include "site_templates.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "hash.h"

namespace pith::internal {
namespace {

constexpr std::string_view kMagic = "pith-template 1\n";

uint64_t FnvAdd(uint64_t hash, unsigned char byte) { return (hash ^ byte) * kFnvPrime; }

// The byte an ASCII character adds to a line's hash: lower case, any digit
// as '0'; kAsciiSpace for the whitespace that only separates words. One
// table lookup instead of a branch per test: the hash reads every byte of
// every page twice in a batch with templates.
constexpr uint8_t kAsciiSpace = 0xff;
constexpr std::array<uint8_t, 128> kAsciiFold = [] {
  std::array<uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) {
    uint8_t folded = static_cast<uint8_t>(c);
    if (c >= '0' && c <= '9') folded = '0';
    if (c >= 'A' && c <= 'Z') folded = static_cast<uint8_t>(c - 'A' + 'a');
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') folded = kAsciiSpace;
    table[static_cast<std::size_t>(c)] = folded;
  }
  return table;
}();

uint64_t FnvAddCodePoint(uint64_t hash, UChar32 c) {
  uint8_t bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  for (int32_t i = 0; i < length; ++i) hash = FnvAdd(hash, bytes[i]);
  return hash;
}

uint64_t Checksum(std::string_view bytes) {
  uint64_t hash = kFnvOffset;
  for (char c : bytes) hash = FnvAdd(hash, static_cast<unsigned char>(c));
  return Mix64(hash);
}

void PutU32(uint32_t value, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

void PutU64(uint64_t value, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

// Reads little-endian fields from a byte range; any read past the end
// leaves it failed, so a truncated file is caught by one check at the end.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool failed() const { return failed_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }

  uint64_t Fixed(int width) {
    if (failed_ || remaining() < static_cast<std::size_t>(width)) {
      failed_ = true;
      return 0;
    }
    uint64_t value = 0;
    for (int i = 0; i < width; ++i) {
      value |= static_cast<uint64_t>(
                   static_cast<unsigned char>(bytes_[pos_ + static_cast<std::size_t>(i)]))
               << (8 * i);
    }
    pos_ += static_cast<std::size_t>(width);
    return value;
  }
  uint32_t U32() { return static_cast<uint32_t>(Fixed(4)); }
  uint64_t U64() { return Fixed(8); }
  std::string_view Bytes(std::size_t n) {
    if (failed_ || remaining() < n) {
      failed_ = true;
      return {};
    }
    std::string_view out = bytes_.substr(pos_, n);
    pos_ += n;
    return out;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

Error BadTemplate(const std::string& why) {
  return Error{ErrorCode::kBadTemplate, "not a valid template file (" + why + ")"};
}

// Grown before it is more than 70% full, so that probes stay short and
// there is always a free slot to end one.
constexpr std::size_t kMinSlots = 16;
bool TooFull(std::size_t entries, std::size_t slots) { return entries * 10 > slots * 7; }

}  // namespace

LineCounts::const_iterator LineCounts::begin() const {
  const_iterator it(slots_.data(), slots_.data() + slots_.size());
  it.SkipEmpty();
  return it;
}

LineCounts::const_iterator LineCounts::end() const {
  const value_type* last = slots_.data() + slots_.size();
  return const_iterator(last, last);
}

LineCounts::const_iterator LineCounts::find(uint64_t hash) const {
  if (slots_.empty()) return end();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
    const value_type& slot = slots_[i];
    if (slot.second == 0) return end();
    if (slot.first == hash) return const_iterator(&slot, slots_.data() + slots_.size());
  }
}

uint32_t LineCounts::Docs(uint64_t hash) const {
  const const_iterator it = find(hash);
  return it == end() ? 0 : it->second;
}

bool LineCounts::operator==(const LineCounts& other) const {
  if (size_ != other.size_) return false;
  for (const value_type& entry : *this) {
    if (other.Docs(entry.first) != entry.second) return false;
  }
  return true;
}

void LineCounts::Add(uint64_t hash) {
  MakeRoomForOne();
  value_type* slot = SlotFor(hash);
  if (slot->second == 0) {
    slot->first = hash;
    ++size_;
  }
  ++slot->second;
}

void LineCounts::Insert(uint64_t hash, uint32_t docs) {
  MakeRoomForOne();
  value_type* slot = SlotFor(hash);
  if (slot->second == 0) ++size_;
  *slot = {hash, docs};
}

void LineCounts::Reserve(std::size_t entries) {
  std::size_t slot_count = kMinSlots;
  while (TooFull(entries, slot_count)) slot_count *= 2;
  if (slot_count > slots_.size()) Rehash(slot_count);
}

LineCounts::value_type* LineCounts::SlotFor(uint64_t hash) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  while (slots_[i].second != 0 && slots_[i].first != hash) i = (i + 1) & mask;
  return &slots_[i];
}

void LineCounts::MakeRoomForOne() {
  if (TooFull(size_ + 1, slots_.size())) Rehash(std::max(kMinSlots, slots_.size() * 2));
}

void LineCounts::Rehash(std::size_t slot_count) {
  std::vector<value_type> old = std::move(slots_);
  slots_.assign(slot_count, value_type{0, 0});
  for (const value_type& entry : old) {
    if (entry.second != 0) *SlotFor(entry.first) = entry;
  }
}

uint64_t TemplateLineHash(std::string_view line) {
  uint64_t hash = kFnvOffset;
  bool pending_space = false;
  bool any = false;
  const auto* s = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(line.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      const uint8_t folded = kAsciiFold[s[i++]];
      if (folded == kAsciiSpace) {
        pending_space = any;
        continue;
      }
      if (pending_space) hash = FnvAdd(hash, ' ');
      pending_space = false;
      any = true;
      hash = FnvAdd(hash, folded);
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0) c = 0xfffd;
    if (u_isUWhiteSpace(c)) {
      pending_space = any;
      continue;
    }
    if (pending_space) hash = FnvAdd(hash, ' ');
    pending_space = false;
    any = true;
    hash = FnvAddCodePoint(hash, u_isdigit(c) ? UChar32{'0'} : u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  return Mix64(hash);
}

void AddDocument(const std::vector<uint64_t>& line_hashes, SiteTemplates::Site* site) {
  std::vector<uint64_t> distinct = line_hashes;
  SortDistinct(&distinct);
  AddDistinctLines(distinct, site);
}

void SortDistinct(std::vector<uint64_t>* line_hashes) {
  std::sort(line_hashes->begin(), line_hashes->end());
  line_hashes->erase(std::unique(line_hashes->begin(), line_hashes->end()), line_hashes->end());
}

void AddDistinctLines(const std::vector<uint64_t>& distinct_lines, SiteTemplates::Site* site) {
  ++site->docs;
  for (uint64_t hash : distinct_lines) site->line_docs.Add(hash);
}

std::string SerializeTemplates(const SiteTemplates& templates) {
  std::vector<const std::pair<const std::string, SiteTemplates::Site>*> sites;
  for (const auto& entry : templates.sites) sites.push_back(&entry);
  std::sort(sites.begin(), sites.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });

  std::string out(kMagic);
  PutU32(static_cast<uint32_t>(sites.size()), &out);
  for (const auto* entry : sites) {
    const SiteTemplates::Site& site = entry->second;
    PutU32(static_cast<uint32_t>(entry->first.size()), &out);
    out += entry->first;
    PutU32(site.docs, &out);
    std::vector<std::pair<uint64_t, uint32_t>> counts;
    counts.reserve(site.line_docs.size());
    for (const auto& count : site.line_docs) counts.push_back(count);
    std::sort(counts.begin(), counts.end());
    PutU32(static_cast<uint32_t>(counts.size()), &out);
    for (const auto& [hash, docs] : counts) {
      PutU64(hash, &out);
      PutU32(docs, &out);
    }
  }
  PutU64(Checksum(out), &out);
  return out;
}

Result<SiteTemplates> ParseTemplates(std::string_view bytes) {
  if (bytes.substr(0, kMagic.size()) != kMagic) {
    if (bytes.substr(0, 14) == kMagic.substr(0, 14)) return BadTemplate("unsupported version");
    return BadTemplate("no pith-template header");
  }
  if (bytes.size() < kMagic.size() + 8) return BadTemplate("truncated");
  const std::string_view body = bytes.substr(0, bytes.size() - 8);
  Reader trailer(bytes.substr(bytes.size() - 8));
  if (trailer.U64() != Checksum(body))
    return BadTemplate("truncated or corrupt: checksum mismatch");

  Reader in(body.substr(kMagic.size()));
  SiteTemplates templates;
  const uint32_t site_count = in.U32();
  for (uint32_t s = 0; s < site_count && !in.failed(); ++s) {
    std::string name(in.Bytes(in.U32()));
    SiteTemplates::Site site;
    site.docs = in.U32();
    const uint32_t entries = in.U32();
    if (in.failed() || in.remaining() / 12 < entries) return BadTemplate("truncated");
    site.line_docs.Reserve(entries);
    uint64_t previous = 0;
    for (uint32_t e = 0; e < entries; ++e) {
      const uint64_t hash = in.U64();
      const uint32_t docs = in.U32();
      if ((e > 0 && hash <= previous) || docs == 0 || docs > site.docs) {
        return BadTemplate("inconsistent counts");
      }
      previous = hash;
      site.line_docs.Insert(hash, docs);
    }
    if (!templates.sites.emplace(std::move(name), std::move(site)).second) {
      return BadTemplate("duplicate site");
    }
  }
  if (in.failed()) return BadTemplate("truncated");
  if (in.remaining() != 0) return BadTemplate("trailing bytes");
  return templates;
}

}  // namespace pith::internal

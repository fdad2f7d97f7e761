// site_templates: in how many documents of a site each normalised line occurs.
//
// The strongest boilerplate signal a folder of pages offers: menus, footers,
// newsletter boxes and related-story lists repeat on many pages of one site.
// Lines are kept only as 64-bit hashes of their normalised form (case folded,
// digits mapped to 0, whitespace collapsed), never as text, so memory stays
// small (DESIGN.md section 10).
#ifndef PITH_SITE_TEMPLATES_H_
#define PITH_SITE_TEMPLATES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pith/pith.h"

namespace pith {
namespace internal {

// Line hash -> documents holding the line, in one open-addressed array
// (linear probing on the hash's low bits: TemplateLineHash mixes them). The
// extraction looks up every line of every page: here that costs one cache
// miss, where std::unordered_map cost three (bucket, node before, node), and
// an entry takes 16 bytes of a table at most 70% full, where a node took 32
// and its bucket 8.
class LineCounts {
 public:
  using value_type = std::pair<uint64_t, uint32_t>;  // (line hash, documents > 0)

  class const_iterator {
   public:
    const value_type& operator*() const { return *slot_; }
    const value_type* operator->() const { return slot_; }
    const_iterator& operator++() {
      ++slot_;
      SkipEmpty();
      return *this;
    }
    bool operator==(const const_iterator& other) const { return slot_ == other.slot_; }
    bool operator!=(const const_iterator& other) const { return slot_ != other.slot_; }

   private:
    friend class LineCounts;
    const_iterator(const value_type* slot, const value_type* last) : slot_(slot), last_(last) {}
    void SkipEmpty() {
      while (slot_ != last_ && slot_->second == 0) ++slot_;
    }
    const value_type* slot_;
    const value_type* last_;
  };

  // Every entry, in no particular order.
  const_iterator begin() const;
  const_iterator end() const;
  // The entry of `hash`, or end().
  const_iterator find(uint64_t hash) const;
  // The documents holding `hash`; 0 for a line never counted.
  uint32_t Docs(uint64_t hash) const;
  std::size_t size() const { return size_; }
  bool operator==(const LineCounts& other) const;

  // One more document holds the line `hash`.
  void Add(uint64_t hash);
  // REQUIRES: docs > 0; `hash` not yet present.
  void Insert(uint64_t hash, uint32_t docs);
  // Room for `entries` entries without growing.
  void Reserve(std::size_t entries);

 private:
  // The slot holding `hash`, or the empty slot where it goes.
  // REQUIRES: the table is not full.
  value_type* SlotFor(uint64_t hash);
  // Makes room for one entry more.
  void MakeRoomForOne();
  void Rehash(std::size_t slot_count);

  std::vector<value_type> slots_;  // empty or a power of two long; .second == 0: a free slot
  std::size_t size_ = 0;
};

}  // namespace internal

struct SiteTemplates {
  struct Site {
    uint32_t docs = 0;               // documents counted for the site
    internal::LineCounts line_docs;  // line hash -> documents holding it
  };
  std::unordered_map<std::string, Site> sites;
};

namespace internal {

// Hash of the normalised line.
uint64_t TemplateLineHash(std::string_view line);

// Counts each distinct line hash of one document once into `site`:
// SortDistinct, then AddDistinctLines.
void AddDocument(const std::vector<uint64_t>& line_hashes, SiteTemplates::Site* site);

// Sorts a document's line hashes and drops repeats: its distinct lines.
void SortDistinct(std::vector<uint64_t>* line_hashes);

// Counts one document holding the lines `distinct_lines` into `site`.
// REQUIRES: no hash repeats (SortDistinct).
void AddDistinctLines(const std::vector<uint64_t>& distinct_lines, SiteTemplates::Site* site);

// The bytes of a template file (`pith learn-template -o site.tpl`): a magic
// line, then per site its name, document count and (hash, count) pairs, in
// sorted order so that the same counts always give the same bytes, and a
// checksum of the whole.
std::string SerializeTemplates(const SiteTemplates& templates);

// Parses the bytes of a template file. Errors: kBadTemplate (not a template
// file, another version, truncated, or a checksum mismatch).
Result<SiteTemplates> ParseTemplates(std::string_view bytes);

}  // namespace internal
}  // namespace pith

#endif  // PITH_SITE_TEMPLATES_H_

// site_templates: in how many documents of a site each normalised line occurs.
//
// The strongest boilerplate signal a folder of pages offers: menus, footers,
// newsletter boxes and related-story lists repeat on many pages of one site.
// Lines are kept only as 64-bit hashes of their normalised form (case folded,
// digits mapped to 0, whitespace collapsed), never as text, so memory stays
// small (DESIGN.md section 10).
#ifndef PITH_SITE_TEMPLATES_H_
#define PITH_SITE_TEMPLATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pith/pith.h"

namespace pith {

struct SiteTemplates {
  struct Site {
    uint32_t docs = 0;                                 // documents counted for the site
    std::unordered_map<uint64_t, uint32_t> line_docs;  // line hash -> documents holding it
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

// region: which country a page comes from, as far as its text shows, and
// what its time-zone abbreviations mean there.
//
// DESIGN.md section 10: numeric day/month order and zone abbreviations
// ("IST", "BST", "EST") depend on the page's region. Signals, each with a
// weight:
//   - country-code domains in URLs, host names and e-mail addresses
//     (".in", ".co.uk", ".de"): 2 each;
//   - phone numbers with a country prefix ("+91 ...", "+44 ...", "+1 ..."): 2;
//   - a dateline that starts with a place ("NEW DELHI, Feb 4 -"): 2;
//   - a section label that is only a place name ("India", "London"): 1;
//   - zone words used mostly in one country (IST, BST, EST/PDT/ET) on a
//     line with a time (a colon): 1.
// Place names inside prose are ignored: a page about a country is not a
// page from it. The region wins when its score is at least 2 and beats the
// runner-up by more than 1; otherwise the region is unknown.
//
// Pure and thread-safe.
#ifndef PITH_REGION_H_
#define PITH_REGION_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "language.h"

namespace pith::internal {

enum class Region : uint8_t {
  kUnknown,
  kUs,
  kUk,
  kIreland,
  kIndia,
  kIsrael,
  kBangladesh,
  kAustralia,
  kChina,
  kDayFirstCountry,  // any other country that writes numeric dates day-first
};

// REQUIRES: lines are valid UTF-8.
Region GuessRegion(const std::vector<std::string_view>& lines, Language language);

// Offset from UTC in minutes of a zone word ("UTC", "GMT", "CET", "JST",
// "IST", "EDT", "ET"...) on a page of the given region, for a time on the
// given local date; nullopt when the word is not a zone or is ambiguous there
// (IST without an Indian, Irish or Israeli region). "ET"/"PT"/"CT"/"MT"
// follow US daylight saving rules for the date.
// REQUIRES: zone is upper case ASCII.
std::optional<int> ZoneOffsetMinutes(std::string_view zone, Region region, int year, int month,
                                     int day);

// True when zone is a known zone word (mapped or not), e.g. "IST" or "EDT".
// REQUIRES: zone is upper case ASCII.
bool IsZoneWord(std::string_view zone);

}  // namespace pith::internal

#endif  // PITH_REGION_H_

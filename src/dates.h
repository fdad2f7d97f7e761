// dates: finding publication and update dates in metadata lines.
//
// Recognises numeric dates (04-02-2025, 2025/02/04, 4.2.2025, 04.02.25),
// month names and abbreviations and weekday names in the 15 languages of
// DESIGN.md section 2, ordinals ("4th", "1er"), 12- and 24-hour times, zone
// offsets ("+05:30", "GMT+1") and zone abbreviations (mapped to an offset
// only when the page's region signals make them unambiguous), relative dates
// ("3 hours ago", "vor 2 Tagen", "yesterday") resolved against `now`, and
// cue words that mark a date as the update date ("Updated", "Aktualisiert",
// "Mis à jour") or the publication date ("Published", "Created").
//
// Day/month order (DESIGN.md section 10): a component above 12 decides;
// otherwise the page's region signals and language; otherwise day-first,
// except month-first for US signals or US-style dates elsewhere on the page.
// A page that writes an ambiguous date's day out elsewhere ("8/09/2012" and
// "Thursday, August 09, 2012", or "2012-08-09") counts that as evidence of
// its order beside the numbers above 12.
//
// Pure and thread-safe.
#ifndef PITH_DATES_H_
#define PITH_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"
#include "region.h"

namespace pith::internal {

// What the whole page says about how to read its numeric dates and zones.
struct DateContext {
  Language language = Language::kUnknown;
  bool month_first = false;  // US-style numeric dates
  std::optional<int>
      zone_offset_minutes;           // offset for the page's zone abbreviation, if unambiguous
  int64_t now = 0;                   // seconds since epoch, UTC; 0 = unknown
  Region region = Region::kUnknown;  // resolves zone words per date ("ET" in summer vs winter)
};

// Looks at every line of the page for region signals (country-code domains,
// phone prefixes such as +91/+44/+1, zone words IST/BST/EST, US-style dates
// with a component above 12) and returns how to read dates on it.
// REQUIRES: lines are valid UTF-8.
DateContext MakeDateContext(const std::vector<std::string_view>& lines, Language language,
                            int64_t now);

enum class DateKind : uint8_t { kUnknown, kPublished, kUpdated };

struct FoundDate {
  std::string iso;   // "2025-02-04", "2025-02-04T04:20" or "2025-02-04T04:20:00+05:30"
  std::string text;  // the words of the line it came from, as written
  DateKind kind = DateKind::kUnknown;
  // The year or the day came from ctx.now, not from the line: a year-less
  // ("Dec 28") or relative ("3 hours ago", "yesterday") date, which a
  // page's own full date beats as its publication date.
  bool from_now = false;
  // Only the year came from ctx.now: a date written without one ("Dec 28",
  // "3 March"), not a relative one ("3 hours ago", "yesterday").
  bool year_from_now = false;
};

// Every date in the line, in order of appearance. Dates after ctx.now (when
// known) or before 1990 are dropped: they are not publication dates; so are
// impossible dates (31 April). Relative dates ("3 hours ago", "yesterday")
// need ctx.now and are skipped without it; a date without a year ("Dec 28")
// takes the latest year that keeps it not after ctx.now, and is skipped
// without it. `kind` comes from the nearest cue word between the previous
// date (or the line start) and this one. `text` is the date as written, from
// a weekday before it through its time and zone.
// Day words ("today", "gestern") count only beside a time or on a line of
// nothing but cue words ("Updated today"), so that "USA Today" in a byline
// and "Gold Rate Today" in a menu are no dates. Teaser-list timestamps are
// not returned without a cue word before them: compact counts ("2h ago",
// "43min ago") and counts in prose (followed by a sentence end, or on a line
// of more than 20 words); "Updated 2h ago" and "By Jo Roe – 3 hours ago" are.
// REQUIRES: line is valid UTF-8.
std::vector<FoundDate> FindDates(std::string_view line, const DateContext& ctx);

// FindDates without its early exit for lines that cannot hold a date (no
// number, no unit or day word) and without passing over words that no date
// or time starts with: every token through the parsers. The same result;
// the reference that tests hold FindDates to.
std::vector<FoundDate> FindDatesFullParse(std::string_view line, const DateContext& ctx);

// A fast test used as a line feature: does the line hold something that
// looks like a date or a time? Cheaper than FindDates (one byte scan, no
// allocation); may over-accept ("3 days" in prose). Lines without a digit
// are never dates here ("yesterday" alone is not worth a feature).
bool LooksLikeDate(std::string_view line);

// The calendar year, in UTC, of a time in seconds since the epoch.
int UtcYear(int64_t unix_seconds);

}  // namespace pith::internal

#endif  // PITH_DATES_H_

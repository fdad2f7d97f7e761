#include "region.h"

#include <array>
#include <cstddef>
#include <string>

#include "ascii_scan.h"
#include "simple_fold.h"

namespace pith::internal {
namespace {

constexpr size_t kRegionCount = static_cast<size_t>(Region::kDayFirstCountry) + 1;
using Scores = std::array<int, kRegionCount>;

void Add(Scores* scores, Region region, int weight) {
  (*scores)[static_cast<size_t>(region)] += weight;
}

struct Named {
  std::string_view name;
  Region region;
};

// Last label of a host name.
constexpr Named kTlds[] = {
    {"in", Region::kIndia},           {"uk", Region::kUk},
    {"ie", Region::kIreland},         {"il", Region::kIsrael},
    {"bd", Region::kBangladesh},      {"au", Region::kAustralia},
    {"cn", Region::kChina},           {"us", Region::kUs},
    {"de", Region::kDayFirstCountry}, {"fr", Region::kDayFirstCountry},
    {"es", Region::kDayFirstCountry}, {"it", Region::kDayFirstCountry},
    {"nl", Region::kDayFirstCountry}, {"pl", Region::kDayFirstCountry},
    {"ru", Region::kDayFirstCountry}, {"tr", Region::kDayFirstCountry},
    {"pt", Region::kDayFirstCountry}, {"br", Region::kDayFirstCountry},
    {"at", Region::kDayFirstCountry}, {"ch", Region::kDayFirstCountry},
    {"be", Region::kDayFirstCountry}, {"nz", Region::kDayFirstCountry},
    {"za", Region::kDayFirstCountry},
};

// Country calling codes (without "+"), longest first where they share a prefix.
constexpr Named kPhonePrefixes[] = {
    {"353", Region::kIreland},        {"972", Region::kIsrael},
    {"880", Region::kBangladesh},     {"351", Region::kDayFirstCountry},
    {"91", Region::kIndia},           {"44", Region::kUk},
    {"61", Region::kAustralia},       {"86", Region::kChina},
    {"49", Region::kDayFirstCountry}, {"33", Region::kDayFirstCountry},
    {"34", Region::kDayFirstCountry}, {"39", Region::kDayFirstCountry},
    {"31", Region::kDayFirstCountry}, {"48", Region::kDayFirstCountry},
    {"90", Region::kDayFirstCountry}, {"55", Region::kDayFirstCountry},
    {"43", Region::kDayFirstCountry}, {"41", Region::kDayFirstCountry},
    {"7", Region::kDayFirstCountry},  {"1", Region::kUs},
};

// Lower-case place names, matched as a whole short line or a dateline start.
constexpr Named kPlaces[] = {
    {"india", Region::kIndia},
    {"new delhi", Region::kIndia},
    {"delhi", Region::kIndia},
    {"mumbai", Region::kIndia},
    {"kolkata", Region::kIndia},
    {"chennai", Region::kIndia},
    {"bengaluru", Region::kIndia},
    {"bangalore", Region::kIndia},
    {"hyderabad", Region::kIndia},
    {"pune", Region::kIndia},
    {"ahmedabad", Region::kIndia},
    {"jaipur", Region::kIndia},
    {"lucknow", Region::kIndia},
    {"भारत", Region::kIndia},
    {"uk", Region::kUk},
    {"united kingdom", Region::kUk},
    {"britain", Region::kUk},
    {"england", Region::kUk},
    {"scotland", Region::kUk},
    {"wales", Region::kUk},
    {"london", Region::kUk},
    {"manchester", Region::kUk},
    {"birmingham", Region::kUk},
    {"edinburgh", Region::kUk},
    {"glasgow", Region::kUk},
    {"liverpool", Region::kUk},
    {"ireland", Region::kIreland},
    {"dublin", Region::kIreland},
    {"cork", Region::kIreland},
    {"israel", Region::kIsrael},
    {"jerusalem", Region::kIsrael},
    {"tel aviv", Region::kIsrael},
    {"bangladesh", Region::kBangladesh},
    {"dhaka", Region::kBangladesh},
    {"australia", Region::kAustralia},
    {"sydney", Region::kAustralia},
    {"melbourne", Region::kAustralia},
    {"brisbane", Region::kAustralia},
    {"canberra", Region::kAustralia},
    {"china", Region::kChina},
    {"beijing", Region::kChina},
    {"shanghai", Region::kChina},
    {"中国", Region::kChina},
    {"北京", Region::kChina},
    {"u.s.", Region::kUs},
    {"usa", Region::kUs},
    {"united states", Region::kUs},
    {"new york", Region::kUs},
    {"washington", Region::kUs},
    {"california", Region::kUs},
    {"texas", Region::kUs},
    {"florida", Region::kUs},
    {"chicago", Region::kUs},
    {"los angeles", Region::kUs},
    {"san francisco", Region::kUs},
    {"boston", Region::kUs},
    {"seattle", Region::kUs},
    {"atlanta", Region::kUs},
    {"houston", Region::kUs},
    {"miami", Region::kUs},
};

// Zone words that mostly belong to one country (a weak signal).
constexpr Named kZoneHints[] = {
    {"IST", Region::kIndia},      {"BST", Region::kUk}, {"EST", Region::kUs},
    {"EDT", Region::kUs},         {"CDT", Region::kUs}, {"MST", Region::kUs},
    {"MDT", Region::kUs},         {"PST", Region::kUs}, {"PDT", Region::kUs},
    {"ET", Region::kUs},          {"PT", Region::kUs},  {"AEST", Region::kAustralia},
    {"AEDT", Region::kAustralia},
};

bool IsLowerOrDigit(char c) { return IsAsciiLower(c) || IsAsciiDigit(c); }

// ".xx" ending a host name: "www.example.co.in/", "desk@example.de ".
void ScanDomains(std::string_view line, Scores* scores) {
  for (size_t i = line.find('.', 1); i != std::string_view::npos && i + 2 < line.size();
       i = line.find('.', i + 1)) {
    if (!IsLowerOrDigit(line[i - 1])) continue;
    const char a = line[i + 1];
    const char b = line[i + 2];
    if (!(a >= 'a' && a <= 'z') || !(b >= 'a' && b <= 'z')) continue;
    if (i + 3 < line.size() && (IsAsciiAlnum(line[i + 3]) || line[i + 3] == '-')) continue;
    // The host must have a name before the TLD, without spaces: walk back.
    size_t start = i;
    while (start > 0 &&
           (IsLowerOrDigit(line[start - 1]) || line[start - 1] == '-' || line[start - 1] == '.'))
      --start;
    if (i - start < 2) continue;
    const std::string_view tld = line.substr(i + 1, 2);
    for (const Named& t : kTlds) {
      if (t.name == tld) {
        Add(scores, t.region, 2);
        break;
      }
    }
  }
}

void ScanPhones(std::string_view line, Scores* scores) {
  for (size_t i = line.find('+'); i != std::string_view::npos && i + 1 < line.size();
       i = line.find('+', i + 1)) {
    if (!IsAsciiDigit(line[i + 1])) continue;
    if (i > 0 && IsAsciiAlnum(line[i - 1])) continue;  // "GMT+1", "C++1"
    size_t digits = 0;
    size_t j = i + 1;
    while (j < line.size() && (IsAsciiDigit(line[j]) || line[j] == ' ' || line[j] == '-' ||
                               line[j] == '(' || line[j] == ')' || line[j] == '.')) {
      if (IsAsciiDigit(line[j])) ++digits;
      ++j;
    }
    if (digits < 9 || digits > 15) continue;
    const std::string_view rest = line.substr(i + 1);
    for (const Named& p : kPhonePrefixes) {
      if (rest.substr(0, p.name.size()) == p.name) {
        Add(scores, p.region, 2);
        break;
      }
    }
    i = j;
  }
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// kPlaces grouped by their first byte, each group in kPlaces' order: a
// folded line can equal or start with only the names of its first byte, and
// the first of those that does is kPlaces' first. (Every line of every page
// is scanned; looping over all the names was most of GuessRegion's time.)
class PlacesByFirstByte {
 public:
  PlacesByFirstByte() {
    for (const Named& p : kPlaces) ++end_[First(p.name)];
    size_t start = 0;
    for (size_t b = 0; b < 256; ++b) {
      begin_[b] = start;
      start += end_[b];
      end_[b] = begin_[b];
    }
    for (const Named& p : kPlaces) places_[end_[First(p.name)]++] = &p;
  }
  // The places whose names start with `first`, in kPlaces' order.
  const Named* const* begin(unsigned char first) const { return places_ + begin_[first]; }
  const Named* const* end(unsigned char first) const { return places_ + end_[first]; }

 private:
  static unsigned char First(std::string_view name) { return static_cast<unsigned char>(name[0]); }
  const Named* places_[sizeof kPlaces / sizeof kPlaces[0]] = {};
  size_t begin_[256] = {};
  size_t end_[256] = {};
};

const PlacesByFirstByte& Places() {
  static const PlacesByFirstByte places;
  return places;
}

void ScanPlaces(std::string_view raw, Scores* scores) {
  const std::string_view line = Trim(raw);
  if (line.empty() || line.size() > 200) return;
  const PlacesByFirstByte& places = Places();
  char buf[128];  // 32 bytes fold to at most 96
  if (line.size() <= 30) {
    const std::string_view folded(buf, SimpleFoldInto(line, buf, sizeof buf));
    const auto first = static_cast<unsigned char>(folded.empty() ? 0 : folded[0]);
    for (auto it = places.begin(first); it != places.end(first); ++it) {
      const Named& p = **it;
      if (folded == p.name) {
        Add(scores, p.region, 1);
        return;
      }
    }
  }
  // Dateline: "NEW DELHI, Feb 4 (PTI) -", "LONDON (Reuters) -".
  if (line.size() < 3 || !IsAsciiUpper(line[0]) || !(IsAsciiUpper(line[1]) || line[1] == '.'))
    return;
  const std::string_view folded(buf, SimpleFoldInto(line.substr(0, 32), buf, sizeof buf));
  const auto first = static_cast<unsigned char>(folded.empty() ? 0 : folded[0]);
  for (auto it = places.begin(first); it != places.end(first); ++it) {
    const Named& p = **it;
    if (folded.size() <= p.name.size() + 1 || folded.substr(0, p.name.size()) != p.name) continue;
    const char next = folded[p.name.size()];
    if (next != ',' && next != ' ' && next != ':') continue;
    // Upper case as written: a dateline shouts its place.
    bool shouted = true;
    for (size_t k = 0; k < p.name.size(); ++k) {
      const char c = line[k];
      if (c >= 'a' && c <= 'z') shouted = false;
    }
    if (!shouted) continue;
    const std::string_view after = line.substr(p.name.size());
    if (after.substr(0, 1) == "," || after.substr(0, 2) == " (" || after.substr(0, 2) == " -" ||
        after.substr(0, 4) == " \xE2\x80\x93" || after.substr(0, 4) == " \xE2\x80\x94" ||
        after.substr(0, 1) == ":") {
      Add(scores, p.region, 2);
      return;
    }
  }
}

void ScanZoneWords(std::string_view line, Scores* scores) {
  size_t i = 0;
  while (i < line.size()) {
    if (!IsAsciiUpper(line[i]) || (i > 0 && IsAsciiAlnum(line[i - 1]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsAsciiUpper(line[j])) ++j;
    if (j < line.size() && IsAsciiAlnum(line[j])) {
      i = j;
      continue;
    }
    const std::string_view word = line.substr(i, j - i);
    for (const Named& z : kZoneHints) {
      if (z.name == word) {
        Add(scores, z.region, 1);
        break;
      }
    }
    i = j;
  }
}

// US daylight saving time: from the second Sunday of March to the first
// Sunday of November.
int DayOfWeek(int y, int m, int d) {  // 0 = Sunday (Sakamoto)
  static constexpr int kT[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + kT[m - 1] + d) % 7;
}
bool UsDaylightTime(int y, int m, int d) {
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  if (m == 3) {
    const int first_sunday = 1 + (7 - DayOfWeek(y, 3, 1)) % 7;
    return d >= first_sunday + 7;
  }
  const int first_sunday = 1 + (7 - DayOfWeek(y, 11, 1)) % 7;
  return d < first_sunday;
}

struct FixedZone {
  std::string_view name;
  int minutes;
};

// Zone words that mean the same offset everywhere.
constexpr FixedZone kFixedZones[] = {
    {"Z", 0},      {"UTC", 0},    {"GMT", 0},    {"CET", 60},   {"CEST", 120}, {"MEZ", 60},
    {"MESZ", 120}, {"EET", 120},  {"EEST", 180}, {"WET", 0},    {"WEST", 60},  {"MSK", 180},
    {"JST", 540},  {"KST", 540},  {"HKT", 480},  {"SGT", 480},  {"WIB", 420},  {"PKT", 300},
    {"AEST", 600}, {"AEDT", 660}, {"ACST", 570}, {"AWST", 480}, {"NZST", 720}, {"NZDT", 780},
};

// US zone words: standard and daylight offsets; "ET" picks by date.
struct UsZone {
  std::string_view name;
  int standard;
  int daylight;
  bool by_date;
};
constexpr UsZone kUsZones[] = {
    {"EST", -300, -300, false},  {"EDT", -240, -240, false},  {"ET", -300, -240, true},
    {"CST", -360, -360, false},  {"CDT", -300, -300, false},  {"CT", -360, -300, true},
    {"MST", -420, -420, false},  {"MDT", -360, -360, false},  {"MT", -420, -360, true},
    {"PST", -480, -480, false},  {"PDT", -420, -420, false},  {"PT", -480, -420, true},
    {"AKST", -540, -540, false}, {"AKDT", -480, -480, false}, {"HST", -600, -600, false},
};

}  // namespace

Region GuessRegion(const std::vector<std::string_view>& lines, Language language) {
  Scores scores{};
  if (language == Language::kHi) Add(&scores, Region::kIndia, 2);
  for (std::string_view line : lines) {
    ScanDomains(line, &scores);
    ScanPhones(line, &scores);
    ScanPlaces(line, &scores);
    if (line.find(':') != std::string_view::npos) ScanZoneWords(line, &scores);
  }
  size_t best = 0;
  int second = 0;
  for (size_t r = 1; r < kRegionCount; ++r) {
    if (scores[r] > scores[best]) {
      second = scores[best];
      best = r;
    } else if (scores[r] > second) {
      second = scores[r];
    }
  }
  if (best == 0 || scores[best] < 2 || scores[best] <= second + 1) return Region::kUnknown;
  return static_cast<Region>(best);
}

bool IsZoneWord(std::string_view zone) {
  if (zone == "IST" || zone == "BST") return true;
  for (const FixedZone& z : kFixedZones)
    if (z.name == zone) return true;
  for (const UsZone& z : kUsZones)
    if (z.name == zone) return true;
  return false;
}

std::optional<int> ZoneOffsetMinutes(std::string_view zone, Region region, int year, int month,
                                     int day) {
  for (const FixedZone& z : kFixedZones)
    if (z.name == zone) return z.minutes;
  if (zone == "IST") {
    if (region == Region::kIndia) return 330;
    if (region == Region::kIreland) return 60;
    if (region == Region::kIsrael) return 120;
    return std::nullopt;
  }
  if (zone == "BST") {
    if (region == Region::kUk) return 60;
    if (region == Region::kBangladesh) return 360;
    return std::nullopt;
  }
  if (zone == "CST" && region == Region::kChina) return 480;
  if (zone == "EST" && region == Region::kAustralia) return 600;
  if (region != Region::kUs) return std::nullopt;
  for (const UsZone& z : kUsZones) {
    if (z.name != zone) continue;
    if (!z.by_date) return z.standard;
    return UsDaylightTime(year, month, day) ? z.daylight : z.standard;
  }
  return std::nullopt;
}

}  // namespace pith::internal

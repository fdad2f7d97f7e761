#include "dates.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "ascii_scan.h"
#include "date_words.h"
#include "simple_fold.h"

namespace pith::internal {
namespace {

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days since 1970-01-01).

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && IsLeap(y)) ? 29 : kDays[m - 1];
}

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<int64_t>(y - era * 400);
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

int64_t FloorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

// ---------------------------------------------------------------------------
// Tokens.

enum class Kind : uint8_t { kNumber, kWord, kPunct };

struct Token {
  Kind kind;
  size_t begin;  // byte offsets into the line
  size_t end;
  bool space_before;        // whitespace between the previous token and this one
  int value = 0;            // kNumber: its value (capped); kPunct: the code point
  int digits = 0;           // kNumber: how many digits
  std::string_view folded;  // kWord: SimpleFold of its text (in Tokenize's *folded_text)
};

bool IsSpaceCodepoint(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0 || cp == 0x2009 ||
         cp == 0x202F || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B);
}

// Emoji and other pictographs ("📅Jul. 11. 2025"): marks, not letters.
bool IsPictograph(uint32_t cp) { return cp >= 0x1F000 && cp <= 0x1FAFF; }

bool IsAsciiLower(uint32_t cp) { return cp >= 'a' && cp <= 'z'; }
bool IsAsciiUpper(uint32_t cp) { return cp >= 'A' && cp <= 'Z'; }

// NextCodepoint, DigitValue, IsWordCodepoint and IsCjkIdeographOrKana
// with their answers for ASCII inline, as simple_fold.cpp gives them: a
// byte below 0x80 is its own code point, a digit only from '0' to '9', a
// letter only from a to z in either case, and no CJK. (Those functions live
// in another file, so Tokenize made a call for each of them at every byte.)
uint32_t NextCp(std::string_view s, size_t* pos) {
  const auto byte = static_cast<unsigned char>(s[*pos]);
  if (byte < 0x80) {
    ++*pos;
    return byte;
  }
  return NextCodepoint(s, pos);
}
int DigitOf(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  return DigitValue(cp);
}
bool IsWordCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  return IsWordCodepoint(cp);
}
bool IsCjkCp(uint32_t cp) { return cp >= 0x80 && IsCjkIdeographOrKana(cp); }

// The tokens of `line`; the words' folded texts are written one after
// another into *folded_text, which must then outlive the tokens. (One
// string for all, where a string per word was a quarter of the time.)
std::vector<Token> Tokenize(std::string_view line, std::string* folded_text) {
  std::vector<Token> tokens;
  folded_text->clear();
  folded_text->reserve(line.size());
  // About one token per three bytes of text (a word and its space, or a
  // mark): room for them at once instead of moving the tokens (each with its
  // folded string) at every doubling.
  tokens.reserve(line.size() / 3 + 2);
  bool space = false;
  size_t pos = 0;
  while (pos < line.size()) {
    const size_t start = pos;
    const uint32_t cp = NextCp(line, &pos);
    if (IsSpaceCodepoint(cp)) {
      space = true;
      continue;
    }
    if (DigitOf(cp) >= 0) {
      int64_t value = DigitOf(cp);
      int digits = 1;
      size_t end = pos;
      while (end < line.size()) {
        size_t next = end;
        const int dv = DigitOf(NextCp(line, &next));
        if (dv < 0) break;
        if (value < 100000000) value = value * 10 + dv;
        ++digits;
        end = next;
      }
      // A year glued to what follows by a renderer: "November 11, 20228:23
      // PM" (a time), "17/11/201917/11/2019" and "2. Februar 20202. Februar"
      // (the modified date of a blog post after its published date).
      const bool glued_time = (digits == 5 || digits == 6) && end < line.size() && line[end] == ':';
      const char before = start > 0 ? line[start - 1] : '\0';
      // ("January 14, 202620 Mins Read": the year glued to a reading time
      // after the day's comma.)
      const bool after_date_part =
          before == '/' || before == '.' || before == '-' ||
          (before == ' ' && !tokens.empty() &&
           (tokens.back().kind == Kind::kWord ||
            (tokens.back().kind == Kind::kPunct && tokens.back().value == ',' &&
             tokens.size() >= 2 && tokens[tokens.size() - 2].kind == Kind::kNumber)));
      const bool glued_date = digits >= 5 && digits <= 8 && after_date_part;
      if ((glued_time || glued_date) && end - start == static_cast<size_t>(digits)) {
        const int year = std::stoi(std::string(line.substr(start, 4)));
        if (year >= kMinYear && year <= kMaxYear) {
          tokens.push_back({Kind::kNumber, start, start + 4, space, year, 4, {}});
          const int rest = std::stoi(std::string(line.substr(start + 4, end - start - 4)));
          tokens.push_back({Kind::kNumber, start + 4, end, false, rest, digits - 4, {}});
          pos = end;
          space = false;
          continue;
        }
        // "Apr 042013": a day glued to the year after a month name.
        const int tail_year = std::stoi(std::string(line.substr(start + 2, 4)));
        if (digits == 6 && before == ' ' && tail_year >= kMinYear && tail_year <= kMaxYear &&
            end - start == 6) {
          const int day = std::stoi(std::string(line.substr(start, 2)));
          tokens.push_back({Kind::kNumber, start, start + 2, space, day, 2, {}});
          tokens.push_back({Kind::kNumber, start + 2, end, false, tail_year, 4, {}});
          pos = end;
          space = false;
          continue;
        }
      }
      tokens.push_back({Kind::kNumber, start, end, space, static_cast<int>(value), digits, {}});
      pos = end;
      space = false;
      continue;
    }
    if (IsWordCp(cp) && !IsPictograph(cp)) {
      size_t end = pos;
      if (!IsCjkCp(cp)) {
        uint32_t prev = cp;
        while (end < line.size()) {
          size_t next = end;
          const uint32_t c = NextCp(line, &next);
          const bool inner_mark = (c == '\'' || c == 0x2019 || c == '-') && next < line.size();
          if (inner_mark) {
            size_t after = next;
            const uint32_t c2 = NextCp(line, &after);
            if (!IsWordCp(c2) || IsCjkCp(c2) || DigitOf(c2) >= 0) break;
            prev = c2;
            end = after;
            continue;
          }
          if (!IsWordCp(c) || IsCjkCp(c) || IsPictograph(c)) break;
          if (IsAsciiLower(prev) && IsAsciiUpper(c)) break;  // "UpdatedJanuary"
          prev = c;
          end = next;
        }
      }
      // Where the folded text starts in *folded_text and its size, in
      // `value` and `digits` (unused by words) until the string has stopped
      // growing and the view can be made, below.
      const size_t folded_at = folded_text->size();
      SimpleFoldAppend(line.substr(start, end - start), folded_text);
      tokens.push_back({Kind::kWord,
                        start,
                        end,
                        space,
                        static_cast<int>(folded_at),
                        static_cast<int>(folded_text->size() - folded_at),
                        {}});
      pos = end;
      space = false;
      continue;
    }
    tokens.push_back({Kind::kPunct, start, pos, space, static_cast<int>(cp), 0, {}});
    space = false;
  }
  for (Token& t : tokens) {
    if (t.kind != Kind::kWord) continue;
    t.folded = std::string_view(folded_text->data() + static_cast<size_t>(t.value),
                                static_cast<size_t>(t.digits));
    t.value = 0;
    t.digits = 0;
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Parsing over tokens.

struct Time {
  int hour = 0;
  int minute = 0;
  int second = 0;
  std::string zone_word;      // upper case, "" if none
  std::optional<int> offset;  // explicit "+05:30" or "GMT+1" part, minutes
  bool utc_marker = false;    // "Z"
  size_t end = 0;             // token index past the time
};

// How a date was written relative to now; decides when it needs a cue word.
enum class Relativity : uint8_t {
  kAbsolute,     // every other date: "4 Feb 2025", "yesterday", "vor 2 Tagen"
  kCount,        // "3 hours ago", "1 hour, 24 minutes ago"
  kCompactCount  // "2h ago", "43min ago", "2hr 37min ago": teaser-list timestamps
};

struct Parsed {
  int year = 0;
  int month = 0;
  int day = 0;
  std::optional<Time> time;
  size_t first = 0;            // token index of the first token
  size_t end = 0;              // token index past the date (and its time)
  bool instant_utc = false;    // relative hour/minute dates: an instant in UTC
  bool from_now = false;       // the year or the day came from ctx.now
  bool year_from_now = false;  // only the year did ("Dec 28")
  Relativity relativity = Relativity::kAbsolute;
};

class Parser {
 public:
  // skip_words: Run passes over words that no date or time can start with
  // (CanStartDateOrTime) without trying the parsers at them.
  Parser(std::string_view line, const DateContext& ctx, bool skip_words)
      : line_(line), ctx_(ctx), t_(Tokenize(line, &folded_text_)), skip_words_(skip_words) {}
  // The tokens view folded_text_.
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  std::vector<FoundDate> Run();
  bool CannotHoldDate() const;

 private:
  bool IsNum(size_t i) const { return i < t_.size() && t_[i].kind == Kind::kNumber; }
  bool IsWord(size_t i) const { return i < t_.size() && t_[i].kind == Kind::kWord; }
  bool IsPunct(size_t i, uint32_t cp) const {
    return i < t_.size() && t_[i].kind == Kind::kPunct && t_[i].value == static_cast<int>(cp);
  }
  bool WordIs(size_t i, std::string_view w) const { return IsWord(i) && t_[i].folded == w; }
  bool Adjacent(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  std::string_view Text(size_t i) const {
    return line_.substr(t_[i].begin, t_[i].end - t_[i].begin);
  }
  // Two adjacent one-character CJK tokens as one word ("昨天", "午後"), or
  // the token's folded text otherwise; *width says how many tokens it took.
  std::string_view WordAt(size_t i, size_t* width) const {
    *width = 1;
    if (IsWord(i + 1) && Adjacent(i + 1) && IsCjkToken(i) && IsCjkToken(i + 1)) {
      *width = 2;
      return line_.substr(t_[i].begin, t_[i + 1].end - t_[i].begin);
    }
    return t_[i].folded;
  }
  bool IsCjkToken(size_t i) const {
    if (!IsWord(i)) return false;
    size_t pos = t_[i].begin;
    return IsCjkIdeographOrKana(NextCodepoint(line_, &pos)) && pos == t_[i].end;
  }

  std::optional<Parsed> DateAt(size_t i) const;
  std::optional<Parsed> NumericDate(size_t i) const;
  std::optional<Parsed> CjkDate(size_t i) const;
  std::optional<Parsed> DayFirstNamed(size_t i) const;
  std::optional<Parsed> MonthFirstNamed(size_t i) const;
  std::optional<Parsed> YearFirstNamed(size_t i) const;
  std::optional<Parsed> Relative(size_t i) const;
  std::optional<Time> TimeAt(size_t i, bool allow_dot) const;
  size_t SkipOrdinal(size_t i) const;
  int MonthAt(size_t i, size_t* next) const;
  int YearAt(size_t i) const;
  int ShortYearAt(size_t i, bool glued, size_t* next) const;
  bool InferYear(Parsed* p) const;
  std::optional<Parsed> WithYearAt(Parsed p, size_t y, bool glued, size_t end_without_year) const;
  std::optional<Parsed> FromInstant(int64_t seconds_ago, size_t first, size_t end) const;
  bool TeaserOrProse(const Parsed& p) const;
  bool Valid(const Parsed& p) const;
  std::string Iso(const Parsed& p) const;
  size_t SkipConnectors(size_t i) const;

  std::string_view line_;
  const DateContext& ctx_;
  std::string folded_text_;  // before t_, which views it
  std::vector<Token> t_;
  bool skip_words_;
};

// A 4-digit year in range at token i, else 0.
int Parser::YearAt(size_t i) const {
  if (!IsNum(i) || t_[i].digits != 4) return 0;
  const int y = t_[i].value;
  return (y >= kMinYear && y <= kMaxYear) ? y : 0;
}

// Skips "th", "st", "er", "º" and a "." after a day number at i-1.
size_t Parser::SkipOrdinal(size_t i) const {
  static constexpr std::string_view kOrdinals[] = {"st", "nd", "rd",  "th",  "er", "re", "e",
                                                   "º",  "ª",  "ème", "eme", "o",  "a"};
  if (IsWord(i) && Adjacent(i)) {
    for (std::string_view o : kOrdinals) {
      if (t_[i].folded == o) return i + 1;
    }
  }
  if (IsPunct(i, '.') && Adjacent(i)) return i + 1;
  return i;
}

// A month name at i (one or two words, optionally with a "." after an
// abbreviation); sets *next past it.
int Parser::MonthAt(size_t i, size_t* next) const {
  if (!IsWord(i)) return 0;
  if (IsWord(i + 1)) {
    const int two = MonthFromTwoWords(t_[i].folded, t_[i + 1].folded);
    if (two != 0) {
      *next = i + 2;
      return two;
    }
  }
  const int m = MonthFromWord(t_[i].folded);
  if (m == 0) return 0;
  *next = i + 1;
  if (IsPunct(*next, '.') && Adjacent(*next)) ++*next;
  return m;
}

// A two-digit year at i that a date with a month name writes after it:
// "14 Feb ’20", "Feb 14 '20", or glued to the month by its mark
// ("03.Mär.19", "04-Feb-19"; only when `glued` is asked for: after a day,
// "May 6-19" is a range); sets *next past it. 0 if none.
int Parser::ShortYearAt(size_t i, bool glued, size_t* next) const {
  const auto two_digits = [&](size_t k) {
    return IsNum(k) && t_[k].digits == 2 && Adjacent(k) &&
           !(IsPunct(k + 1, ':') || (IsPunct(k + 1, '.') && IsNum(k + 2) && Adjacent(k + 2)));
  };
  size_t k = i;
  if (IsPunct(k, '\'') || IsPunct(k, 0x2019)) {
    ++k;
  } else if (!glued || !(k > 0 && Adjacent(k - 1) &&
                         (IsPunct(k - 1, '.') || IsPunct(k - 1, '-') || IsPunct(k - 1, '/')))) {
    return 0;
  }
  if (!two_digits(k)) return 0;
  *next = k + 1;
  const int yy = t_[k].value;
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

bool Parser::InferYear(Parsed* p) const {
  if (ctx_.now == 0) return false;
  int ny = 0, nm = 0, nd = 0;
  CivilFromDays(FloorDiv(ctx_.now, 86400), &ny, &nm, &nd);
  p->year = (p->month > nm || (p->month == nm && p->day > nd + 1)) ? ny - 1 : ny;
  p->from_now = true;
  p->year_from_now = true;
  return true;
}

// `p`, whose day and month are read, with the year at y: four digits, or
// two that ShortYearAt reads there (`glued` as it takes it), the date
// ending after them; else the year from now, the date ending at
// `end_without_year`. Four digits out of the years' range make no date.
std::optional<Parsed> Parser::WithYearAt(Parsed p, size_t y, bool glued,
                                         size_t end_without_year) const {
  if (YearAt(y) != 0) {
    p.year = YearAt(y);
    p.end = y + 1;
    return p;
  }
  if (IsNum(y) && t_[y].digits == 4) return std::nullopt;  // a year out of range
  if (size_t after = 0; (p.year = ShortYearAt(y, glued, &after)) != 0) {
    p.end = after;
    return p;
  }
  p.end = end_without_year;
  if (!InferYear(&p)) return std::nullopt;
  return p;
}

std::optional<Parsed> Parser::NumericDate(size_t i) const {
  if (!IsNum(i)) return std::nullopt;
  // Part of a longer chain of numbers ("1.2.3.2020", "10/12/2020/5")?
  if (i >= 2 && t_[i - 1].kind == Kind::kPunct && Adjacent(i) && IsNum(i - 2) &&
      (t_[i - 1].value == '.' || t_[i - 1].value == '/' || t_[i - 1].value == '-'))
    return std::nullopt;
  if (i + 4 >= t_.size()) return std::nullopt;
  const Token& sep1 = t_[i + 1];
  if (sep1.kind != Kind::kPunct) return std::nullopt;
  const int sep = sep1.value;
  const bool year_first = t_[i].digits == 4;
  // "2025•01•08", "2025·01·08": a design's dots, year first and unspaced.
  const bool bullet = (sep == 0x2022 || sep == 0xB7) && year_first && Adjacent(i + 1) &&
                      Adjacent(i + 2) && Adjacent(i + 3) && Adjacent(i + 4);
  if (sep != '-' && sep != '/' && sep != '.' && !bullet) return std::nullopt;
  if (!IsPunct(i + 3, static_cast<uint32_t>(sep)) || !IsNum(i + 2) || !IsNum(i + 4))
    return std::nullopt;
  // Spaces are allowed only after dots: the Korean/Chinese "2025. 2. 4."
  // and the German "4. 2. 2025".
  const bool spaced = !Adjacent(i + 1) || !Adjacent(i + 2) || !Adjacent(i + 3) || !Adjacent(i + 4);
  if (spaced &&
      !(sep == '.' && Adjacent(i + 1) && Adjacent(i + 3) && (year_first || t_[i + 4].digits == 4)))
    return std::nullopt;
  const size_t after = i + 5;
  if (after + 1 < t_.size() && IsPunct(after, static_cast<uint32_t>(sep)) && Adjacent(after) &&
      IsNum(after + 1) && Adjacent(after + 1))
    return std::nullopt;
  Parsed p;
  p.first = i;
  p.end = after;
  const Token& a = t_[i];
  const Token& b = t_[i + 2];
  const Token& c = t_[i + 4];
  if (year_first) {
    if (b.digits > 2 || c.digits > 2) return std::nullopt;
    p.year = a.value;
    p.month = b.value;
    p.day = c.value;
    if (IsPunct(after, '.') && Adjacent(after)) p.end = after + 1;  // "2025. 2. 4."
    return p;
  }
  if (a.digits > 2 || b.digits > 2) return std::nullopt;
  if (c.digits == 4) {
    p.year = c.value;
  } else if (c.digits == 2) {
    p.year = c.value < 70 ? 2000 + c.value : 1900 + c.value;
  } else {
    return std::nullopt;
  }
  int day = a.value;
  int month = b.value;
  if (a.value <= 12 && b.value > 12) {
    day = b.value;
    month = a.value;
  } else if (a.value <= 12 && b.value <= 12 && ctx_.month_first) {
    day = b.value;
    month = a.value;
  }
  p.day = day;
  p.month = month;
  return p;
}

// 2025年2月4日, 2025년 2월 4일, 2月4日 (year from now).
std::optional<Parsed> Parser::CjkDate(size_t i) const {
  const auto mark = [&](size_t k, std::string_view han, std::string_view hangul) {
    return IsWord(k) && (t_[k].folded == han || t_[k].folded == hangul);
  };
  if (!IsNum(i)) return std::nullopt;
  Parsed p;
  p.first = i;
  size_t k = i;
  if (t_[i].digits == 4 && mark(i + 1, "年", "년")) {
    p.year = t_[i].value;
    k = i + 2;
  }
  if (!IsNum(k) || !mark(k + 1, "月", "월") || !IsNum(k + 2) ||
      !(mark(k + 3, "日", "일") || mark(k + 3, "号", "号")))
    return std::nullopt;
  p.month = t_[k].value;
  p.day = t_[k + 2].value;
  p.end = k + 4;
  if (p.year == 0 && !InferYear(&p)) return std::nullopt;
  return p;
}

// 4 February 2025, 4. Februar 2025, 4 de febrero de 2025, 4th of Feb 2025,
// 04-Feb-2025, 21.dez.2018, 3 Jan (year from now).
std::optional<Parsed> Parser::DayFirstNamed(size_t i) const {
  if (!IsNum(i) || t_[i].digits > 2 || t_[i].value < 1 || t_[i].value > 31) return std::nullopt;
  size_t k = SkipOrdinal(i + 1);
  if (IsPunct(k, '-') || IsPunct(k, '/') || IsPunct(k, ',')) ++k;
  if (WordIs(k, "de") || WordIs(k, "of")) ++k;
  // "31 Donnerstag Okt 2019": a weekday between day and month.
  if (IsWord(k) && IsWeekdayWord(t_[k].folded) && IsWord(k + 1)) ++k;
  size_t next = 0;
  const int month = MonthAt(k, &next);
  if (month == 0) return std::nullopt;
  Parsed p;
  p.first = i;
  p.day = t_[i].value;
  p.month = month;
  k = next;
  size_t y = k;
  if (IsPunct(y, '-') || IsPunct(y, '/') || IsPunct(y, ',') || IsPunct(y, '.')) ++y;
  if (WordIs(y, "de") || WordIs(y, "del")) ++y;
  return WithYearAt(p, y, true, k);
}

// February 4, 2025; Jan. 06, 2008; Nov 13th 2012; Dec 28 (year from now).
std::optional<Parsed> Parser::MonthFirstNamed(size_t i) const {
  size_t k = 0;
  const int month = MonthAt(i, &k);
  if (month == 0) return std::nullopt;
  if (IsPunct(k, '-') || IsPunct(k, '/')) ++k;
  if (!IsNum(k) || t_[k].digits > 2 || t_[k].value < 1 || t_[k].value > 31) return std::nullopt;
  Parsed p;
  p.first = i;
  p.month = month;
  p.day = t_[k].value;
  size_t y = SkipOrdinal(k + 1);
  const size_t after_day = y;
  if (IsPunct(y, ',') || IsPunct(y, '-') || IsPunct(y, '/')) ++y;
  // Without a year, the date ends at the day: "Feb 4 12:30" has a number
  // after the day that is a time, not a year.
  return WithYearAt(p, y, false, after_day);
}

// 2023 Jan 7, 2018-Dec-04.
std::optional<Parsed> Parser::YearFirstNamed(size_t i) const {
  const int year = YearAt(i);
  if (year == 0) return std::nullopt;
  size_t k = i + 1;
  if (IsPunct(k, '-') || IsPunct(k, '/') || IsPunct(k, '.')) ++k;
  size_t next = 0;
  const int month = MonthAt(k, &next);
  if (month == 0) return std::nullopt;
  if (IsPunct(next, '-') || IsPunct(next, '/')) ++next;
  if (!IsNum(next) || t_[next].digits > 2) return std::nullopt;
  Parsed p;
  p.first = i;
  p.year = year;
  p.month = month;
  p.day = t_[next].value;
  p.end = SkipOrdinal(next + 1);
  return p;
}

std::optional<Parsed> Parser::FromInstant(int64_t seconds_ago, size_t first, size_t end) const {
  if (ctx_.now == 0) return std::nullopt;
  const int64_t at = ctx_.now - seconds_ago;
  Parsed p;
  CivilFromDays(FloorDiv(at, 86400), &p.year, &p.month, &p.day);
  p.from_now = true;
  p.first = first;
  p.end = end;
  if (seconds_ago < 86400) {
    const int64_t in_day = at - FloorDiv(at, 86400) * 86400;
    Time t;
    t.hour = static_cast<int>(in_day / 3600);
    t.minute = static_cast<int>((in_day % 3600) / 60);
    t.offset = 0;
    p.time = t;
    p.instant_utc = true;
  }
  return p;
}

// A relative count without a cue word is no publication date when it is a
// teaser-list timestamp ("2h ago", "43min ago": compact units, which the
// bylines of article pages spell out) or part of a sentence ("... mentors
// an hour ago.", a line of more than 20 words): such dates are relative to
// the moment of the teaser or the story, not the page.
bool Parser::TeaserOrProse(const Parsed& p) const {
  if (p.relativity == Relativity::kCompactCount) return true;
  if (p.relativity != Relativity::kCount) return false;
  if (IsPunct(p.end, '.') || IsPunct(p.end, '!') || IsPunct(p.end, '?')) return true;
  size_t words = 0;
  for (const Token& t : t_)
    if (t.kind != Kind::kPunct) ++words;
  return words > 20;
}

// "3 hours ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "2小时前",
// "2시간 전", "yesterday", "gestern".
std::optional<Parsed> Parser::Relative(size_t i) const {
  if (ctx_.now == 0) return std::nullopt;
  const auto count_at = [&](size_t k) -> int {
    if (IsNum(k) && t_[k].digits <= 3) return t_[k].value;
    if (IsWord(k) && IsOneWord(t_[k].folded)) return 1;
    return -1;
  };
  // N unit ago; N unit, N unit ago ("1 hour, 24 minutes ago"); N小时前.
  const int n = count_at(i);
  if (n >= 0) {
    if (IsNum(i)) {
      const CjkRelativeSuffix s = MatchCjkRelativeSuffix(line_.substr(t_[i].end));
      if (s.unit_seconds != 0) {
        size_t end = i + 1;
        while (end < t_.size() && t_[end].begin < t_[i].end + s.length) ++end;
        return FromInstant(static_cast<int64_t>(n) * s.unit_seconds, i, end);
      }
    }
    int64_t seconds = 0;
    bool compact = false;
    size_t k = i;
    for (int m = count_at(k); m >= 0 && IsWord(k + 1); m = count_at(k)) {
      const int unit = RelativeUnitSeconds(t_[k + 1].folded);
      if (unit == 0) break;
      seconds += static_cast<int64_t>(m) * unit;
      // "2h", "43min": a count glued to a Latin unit, or a one-letter unit
      // (Korean "3일 전" is glued as written).
      const std::string_view unit_word = t_[k + 1].folded;
      const bool latin = static_cast<unsigned char>(unit_word[0]) < 0x80;
      if (latin && ((IsNum(k) && Adjacent(k + 1)) || unit_word.size() == 1)) compact = true;
      k += 2;
      if (IsPunct(k, ',') && IsNum(k + 1)) ++k;
    }
    if (k > i && IsWord(k) && IsAgoAfterWord(t_[k].folded)) {
      std::optional<Parsed> p = FromInstant(seconds, i, k + 1);
      if (p) p->relativity = compact ? Relativity::kCompactCount : Relativity::kCount;
      return p;
    }
  }
  // vor N unit; il y a N unit.
  size_t k = i;
  if (IsWord(i) && IsAgoBeforeWord(t_[i].folded)) {
    k = i + 1;
  } else if (WordIs(i, "il") && WordIs(i + 1, "y") && WordIs(i + 2, "a")) {
    k = i + 3;
  }
  if (k != i) {
    const int m = count_at(k);
    if (m >= 0 && IsWord(k + 1)) {
      const int unit = RelativeUnitSeconds(t_[k + 1].folded);
      if (unit != 0) return FromInstant(static_cast<int64_t>(m) * unit, i, k + 2);
    }
  }
  // yesterday, gestern, 昨天.
  if (IsWord(i)) {
    size_t width = 1;
    std::optional<int> offset = DayWordOffset(WordAt(i, &width));
    if (!offset && width == 2) {
      width = 1;
      offset = DayWordOffset(t_[i].folded);
    }
    if (!offset) return std::nullopt;
    // Without a time, a day word is a date only when the rest of the line
    // is cue words ("Updated today"), not in "USA Today", "Today | 7 Days"
    // (tabs of a most-read list), "Pre-order today" or a call to act split
    // from its sentence at a link ("today!").
    const std::optional<Time> time = TimeAt(SkipConnectors(i + width), false);
    if (!time) {
      for (size_t j = 0; j < t_.size(); ++j) {
        if (j >= i && j < i + width) continue;
        if (t_[j].kind == Kind::kNumber || IsPunct(j, '!')) return std::nullopt;
        if (t_[j].kind == Kind::kWord && LastDateCue(t_[j].folded) == DateCue::kNone)
          return std::nullopt;
      }
    }
    Parsed p;
    CivilFromDays(FloorDiv(ctx_.now, 86400) + *offset, &p.year, &p.month, &p.day);
    p.from_now = true;
    p.first = i;
    p.end = i + width;
    return p;
  }
  return std::nullopt;
}

std::optional<Parsed> Parser::DateAt(size_t i) const {
  if (auto p = NumericDate(i)) return p;
  if (auto p = CjkDate(i)) return p;
  if (auto p = YearFirstNamed(i)) return p;
  if (auto p = DayFirstNamed(i)) return p;
  if (auto p = MonthFirstNamed(i)) return p;
  return Relative(i);
}

// Words and marks between a date and its time: ", ", "at", "um", "à", "|".
size_t Parser::SkipConnectors(size_t i) const {
  static constexpr std::string_view kWords[] = {"at",   "um",  "à",  "a",  "las", "la", "alle",
                                                "ore",  "às",  "as", "om", "в",   "o",  "godz",
                                                "saat", "klo", "kl", "le", "t",   "-"};
  for (int step = 0; step < 3 && i < t_.size(); ++step) {
    const Token& t = t_[i];
    if (t.kind == Kind::kPunct &&
        (t.value == ',' || t.value == '|' || t.value == '-' || t.value == 0x2013 ||
         t.value == 0x2014 || t.value == 0xB7 || t.value == '@' || t.value == '/' ||
         t.value == 0x2022 || t.value == '(' || t.value == '.')) {
      ++i;
      continue;
    }
    if (t.kind == Kind::kWord) {
      bool connector = false;
      for (std::string_view w : kWords)
        if (t.folded == w) connector = true;
      if (connector) {
        ++i;
        continue;
      }
    }
    break;
  }
  return i;
}

// 04:20, 4:20:05, 4:20pm, 11:29 a.m., 12h55, 14.30 Uhr (allow_dot), 4 PM,
// 오후 3:20, 15時20分, with a zone after it: IST, GMT+1, +05:30, Z, (EDT).
std::optional<Time> Parser::TimeAt(size_t i, bool allow_dot) const {
  Time t;
  Meridiem meridiem = Meridiem::kNone;
  if (IsWord(i)) {
    size_t width = 1;
    meridiem = MeridiemFromWord(WordAt(i, &width));
    // Only East Asian markers come first ("오후 3:20"); a leading "am" is
    // the German "am 4. Februar".
    const bool ascii = static_cast<unsigned char>(line_[t_[i].begin]) < 0x80;
    if (meridiem == Meridiem::kNone || ascii || !IsNum(i + width)) return std::nullopt;
    i += width;
  }
  if (!IsNum(i) || t_[i].digits > 2) return std::nullopt;
  t.hour = t_[i].value;
  size_t k = i + 1;
  bool has_minutes = false;
  const bool colon = IsPunct(k, ':') && Adjacent(k);
  const bool dot = allow_dot && IsPunct(k, '.') && Adjacent(k);
  const bool letter_h = IsWord(k) && Adjacent(k) && t_[k].folded == "h";
  const bool cjk = IsWord(k) && (t_[k].folded == "時" || t_[k].folded == "时" ||
                                 t_[k].folded == "시" || t_[k].folded == "点");
  if ((colon || dot || letter_h) && IsNum(k + 1) && Adjacent(k + 1) && t_[k + 1].digits == 2) {
    t.minute = t_[k + 1].value;
    has_minutes = true;
    k += 2;
    if (colon && IsPunct(k, ':') && Adjacent(k) && IsNum(k + 1) && t_[k + 1].digits == 2) {
      t.second = t_[k + 1].value;
      k += 2;
      if (IsPunct(k, '.') && Adjacent(k) && IsNum(k + 1) && Adjacent(k + 1)) k += 2;
    }
  } else if (cjk) {
    k += 1;
    if (IsNum(k) && IsWord(k + 1) && (t_[k + 1].folded == "分" || t_[k + 1].folded == "분")) {
      t.minute = t_[k].value;
      k += 2;
    }
    has_minutes = true;
  }
  // Meridiem after: "pm", "PM", "p.m.", "a. m.".
  if (IsWord(k)) {
    const Meridiem after = MeridiemFromWord(t_[k].folded);
    if (after != Meridiem::kNone) {
      meridiem = after;
      ++k;
    } else if ((t_[k].folded == "a" || t_[k].folded == "p") && IsPunct(k + 1, '.') &&
               WordIs(k + 2, "m")) {
      meridiem = t_[k].folded == "a" ? Meridiem::kAm : Meridiem::kPm;
      k += 3;
      if (IsPunct(k, '.') && Adjacent(k)) ++k;
    }
  }
  if (!has_minutes && meridiem == Meridiem::kNone) return std::nullopt;
  if (meridiem != Meridiem::kNone) {
    if (t.hour < 1 || t.hour > 12) return std::nullopt;
    if (meridiem == Meridiem::kAm && t.hour == 12) t.hour = 0;
    if (meridiem == Meridiem::kPm && t.hour != 12) t.hour += 12;
  }
  if (t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
  if (WordIs(k, "uhr") || WordIs(k, "h") || WordIs(k, "hrs") || WordIs(k, "horas") ||
      WordIs(k, "hs"))
    ++k;
  // Zone.
  size_t z = k;
  const bool bracket = IsPunct(z, '(') || IsPunct(z, '[');
  if (bracket) ++z;
  if (IsWord(z)) {
    const std::string_view raw = Text(z);
    std::string upper(raw);
    bool all_upper = !upper.empty();
    for (char c : upper)
      if (!IsAsciiUpper(static_cast<unsigned char>(c))) all_upper = false;
    if (all_upper && (IsZoneWord(upper) || upper == "Z")) {
      if (upper == "Z") {
        if (Adjacent(z)) {
          t.utc_marker = true;
          t.offset = 0;
          k = z + 1;
        }
      } else {
        t.zone_word = upper;
        k = z + 1;
      }
    }
  }
  // Explicit offset: "+05:30", "+0530", "-05:00", "GMT+1", "UTC+05:30".
  if (!t.utc_marker && (IsPunct(k, '+') || IsPunct(k, '-') || IsPunct(k, 0x2212)) && IsNum(k + 1) &&
      Adjacent(k + 1) && (t.zone_word.empty() || Adjacent(k)) &&
      (t.zone_word.empty() || t.zone_word == "GMT" || t.zone_word == "UTC")) {
    const int sign = IsPunct(k, '+') ? 1 : -1;
    const Token& h = t_[k + 1];
    int minutes = -1;
    size_t end = k + 2;
    if (h.digits == 4) {
      minutes = (h.value / 100) * 60 + h.value % 100;
    } else if (h.digits <= 2) {
      minutes = h.value * 60;
      if (IsPunct(end, ':') && Adjacent(end) && IsNum(end + 1) && t_[end + 1].digits == 2) {
        minutes += t_[end + 1].value;
        end += 2;
      }
    }
    // A bare "-05" after a time could be a range ("10:00-12:00"): require a
    // zone word, 4 digits or a colon form for a minus sign; and a colon form
    // later than the time it follows, without seconds, ends a range too
    // ("10:00-11:30 Uhr"; "13:00:39-05:00" is an offset).
    const bool later = minutes > t.hour * 60 + t.minute && t.second == 0;
    const bool range_like =
        sign < 0 && t.zone_word.empty() && h.digits <= 2 && (end == k + 2 || later);
    if (minutes >= 0 && minutes <= 14 * 60 && !range_like && !IsPunct(end, ':')) {
      t.offset = sign * minutes;
      k = end;
    }
  }
  if (bracket && (IsPunct(k, ')') || IsPunct(k, ']')) && k == z + 1) ++k;
  t.end = k;
  return t;
}

bool Parser::Valid(const Parsed& p) const {
  if (p.year < kMinYear || p.year > kMaxYear || p.month < 1 || p.month > 12 || p.day < 1 ||
      p.day > DaysInMonth(p.year, p.month))
    return false;
  if (ctx_.now == 0) return true;
  const int64_t day = DaysFromCivil(p.year, p.month, p.day);
  const int64_t now_day = FloorDiv(ctx_.now, 86400);
  if (p.time && p.time->offset) {
    const int64_t at = day * 86400 + p.time->hour * 3600 + p.time->minute * 60 -
                       static_cast<int64_t>(*p.time->offset) * 60;
    return at <= ctx_.now + 60;
  }
  return day <= now_day + 1;  // a local date may run ahead of UTC by up to 14 hours
}

std::string Parser::Iso(const Parsed& p) const {
  char buf[40];
  if (!p.time) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
    return buf;
  }
  const Time& t = *p.time;
  std::optional<int> offset = t.offset;
  if (!t.zone_word.empty()) {
    const std::optional<int> zone =
        ZoneOffsetMinutes(t.zone_word, ctx_.region, p.year, p.month, p.day);
    offset = zone ? std::optional<int>(*zone + t.offset.value_or(0)) : std::nullopt;
  }
  if (!offset) {
    if (t.second != 0) {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", p.year, p.month, p.day,
                    t.hour, t.minute, t.second);
    } else {
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", p.year, p.month, p.day, t.hour,
                    t.minute);
    }
    return buf;
  }
  const int off = *offset;
  const int abs_off = off < 0 ? -off : off;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", p.year, p.month, p.day,
                t.hour, t.minute, t.second, off < 0 ? '-' : '+', abs_off / 60, abs_off % 60);
  return buf;
}

// True when no token can start a date, so that Run would find none; false
// says nothing. Every parser of DateAt but Relative needs a number token at
// or after its start; without a number, Relative needs ctx_.now and either a
// unit word ("an hour ago", "vor einem Tag", "il y a un jour") or a day word
// ("yesterday", "昨天", read one token or two as Relative reads it). Most
// lines that callers ask about (headline and byline candidates) hold no
// number, and Run's look-ups at each of their tokens (months, time markers,
// counts, cue words) cost several times this one.
bool Parser::CannotHoldDate() const {
  for (const Token& t : t_) {
    if (t.kind == Kind::kNumber) return false;
  }
  if (ctx_.now == 0) return true;
  for (size_t i = 0; i < t_.size(); ++i) {
    if (!IsWord(i)) continue;
    if (IsRelativeDateWord(t_[i].folded)) return false;
    size_t width = 1;
    const std::string_view word = WordAt(i, &width);
    if (width == 2 && IsRelativeDateWord(word)) return false;
  }
  return true;
}

std::vector<FoundDate> Parser::Run() {
  std::vector<FoundDate> found;
  size_t gap_begin = 0;  // byte where the text before the next date starts
  std::optional<Time> pending_time;
  size_t pending_first = 0;
  size_t i = 0;
  while (i < t_.size()) {
    // At a word, DateAt can succeed only through MonthFirstNamed (a month
    // or the first word of a two-word month) or Relative (a word for one, a
    // word before a count, "il", a day word), and TimeAt only at an am/pm
    // marker; a CJK token may pair with the next (WordAt) and is tried.
    if (skip_words_ && IsWord(i) && !IsCjkToken(i) && !CanStartDateOrTime(t_[i].folded)) {
      ++i;
      continue;
    }
    std::optional<Parsed> p = DateAt(i);
    if (!p) {
      if (auto t = TimeAt(i, false)) {
        pending_time = t;
        pending_first = i;
        i = t->end;
      } else {
        ++i;
      }
      continue;
    }
    if (!p->time) {
      // "Jan 6, 2008 04:20", "2025-02-04T04:20:00Z", "4 Feb 2025, 14.30 Uhr".
      size_t k = p->end;
      if (WordIs(k, "t") && Adjacent(k)) ++k;
      // A weekday in brackets: "2023年11月30日(木) 9:00", "(Tue)".
      if ((IsPunct(k, '(') || IsPunct(k, 0xFF08)) && IsWord(k + 1) &&
          (IsPunct(k + 2, ')') || IsPunct(k + 2, 0xFF09)))
        k += 3;
      // A weekday after the date: "14 Kasım 2025 Cuma, 10:25", "14. November
      // 2025 Freitag, 10:25".
      if (IsWord(k) && IsWeekdayWord(t_[k].folded)) ++k;
      k = SkipConnectors(k);
      if (auto t = TimeAt(k, true)) {
        p->time = t;
        p->end = t->end;
      } else if (pending_time && pending_time->end <= p->first) {
        // "12:01am GMT 06/01/2008": the time came first.
        bool only_marks = true;
        for (size_t m = pending_time->end; m < p->first; ++m)
          if (t_[m].kind != Kind::kPunct) only_marks = false;
        if (only_marks && p->first - pending_time->end <= 2) {
          p->time = pending_time;
          p->first = pending_first;
        }
      }
    }
    pending_time.reset();
    // A weekday just before the date belongs to its text: "Thu 3 Jan 2019".
    size_t first = p->first;
    if (first >= 1 && IsWord(first - 1) && IsWeekdayWord(t_[first - 1].folded)) {
      first -= 1;
    } else if (first >= 2 && IsPunct(first - 1, ',') && IsWord(first - 2) &&
               IsWeekdayWord(t_[first - 2].folded)) {
      first -= 2;
    }
    const size_t begin_byte = t_[first].begin;
    const size_t end_byte = t_[p->end - 1].end;
    const std::string gap =
        SimpleFold(line_.substr(gap_begin, begin_byte > gap_begin ? begin_byte - gap_begin : 0));
    const DateCue cue = LastDateCue(gap);
    if (Valid(*p) && (cue != DateCue::kNone || !TeaserOrProse(*p))) {
      FoundDate date;
      date.iso = Iso(*p);
      date.text = std::string(line_.substr(begin_byte, end_byte - begin_byte));
      date.kind = cue == DateCue::kUpdated     ? DateKind::kUpdated
                  : cue == DateCue::kPublished ? DateKind::kPublished
                                               : DateKind::kUnknown;
      date.from_now = p->from_now;
      date.year_from_now = p->year_from_now;
      found.push_back(std::move(date));
    }
    gap_begin = end_byte;
    i = p->end;
  }
  return found;
}

// A numeric date whose order its numbers do not settle ("8/09/2012"): its
// two readings, as ISO dates.
struct AmbiguousNumericDate {
  std::string month_first;  // "2012-08-09"
  std::string day_first;    // "2012-09-08"
};

// US-style (month first) or day-first evidence in one line: "09/21/2012"
// counts for month first, "21/09/2012" for day first. Dates of two numbers
// of at most 12 and a four-digit year go to *ambiguous.
void CountNumericOrder(std::string_view line, int* month_first, int* day_first,
                       std::vector<AmbiguousNumericDate>* ambiguous) {
  const auto digit = [&](size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
  size_t i = 0;
  while (i < line.size()) {
    // A byte that is no digit only moves i on by one: skip to the next digit.
    i = FindAsciiDigit(line, i);
    if (i == line.size()) break;
    if (i > 0 && (digit(i - 1) || line[i - 1] == '.' || line[i - 1] == '/')) {
      ++i;
      continue;
    }
    size_t j = i;
    int a = 0;
    while (digit(j) && j - i < 3) a = a * 10 + (line[j++] - '0');
    if (j - i > 2 || j >= line.size()) {
      i = j + 1;
      continue;
    }
    const char sep = line[j];
    if (sep != '/' && sep != '-' && sep != '.') {
      i = j;
      continue;
    }
    size_t k = j + 1;
    int b = 0;
    while (digit(k) && k - j - 1 < 3) b = b * 10 + (line[k++] - '0');
    if (k - j - 1 == 0 || k - j - 1 > 2 || k >= line.size() || line[k] != sep) {
      i = k;
      continue;
    }
    size_t m = k + 1;
    while (digit(m)) ++m;
    if (m - k - 1 == 4 || m - k - 1 == 2) {
      if (a >= 1 && a <= 12 && b > 12 && b <= 31) ++*month_first;
      if (b >= 1 && b <= 12 && a > 12 && a <= 31) ++*day_first;
      if (a >= 1 && a <= 12 && b >= 1 && b <= 12 && a != b && m - k - 1 == 4) {
        const std::string_view year = line.substr(k + 1, 4);
        const auto iso = [&](int month, int day) {
          const char digits[] = {
              '-', static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10),
              '-', static_cast<char>('0' + day / 10),   static_cast<char>('0' + day % 10)};
          return std::string(year) + std::string(digits, sizeof digits);
        };
        ambiguous->push_back({iso(a, b), iso(b, a)});
      }
    }
    i = m;
  }
}

// Does a month name sit beside the number that spans [begin, end) of line?
// Looks at the word right before and the word right after (skipping an
// ordinal suffix, ".", "," and "de"/"of"), folding into a stack buffer.
bool MonthWordBeside(std::string_view line, size_t begin, size_t end) {
  const auto is_letter_byte = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  const auto check = [&](size_t from, size_t to) {
    char buf[48];
    const size_t n = SimpleFoldInto(line.substr(from, to - from), buf, sizeof buf);
    return n > 0 && MonthFromWord(std::string_view(buf, n)) != 0;
  };
  // After: skip ordinal letters glued to the number, then separators.
  size_t k = end;
  while (k < line.size() && k - end < 3 && (line[k] >= 'a' && line[k] <= 'z')) ++k;
  if (k - end >= 3) k = end;
  // "1º", "1ª"
  if (k == end && line.substr(k, 2) == "\xC2\xBA") k += 2;
  if (k == end && line.substr(k, 2) == "\xC2\xAA") k += 2;
  for (int words = 0; words < 2; ++words) {
    while (k < line.size() &&
           (line[k] == ' ' || line[k] == '.' || line[k] == ',' || line[k] == '-' || line[k] == '/'))
      ++k;
    size_t w = k;
    while (w < line.size() && is_letter_byte(static_cast<unsigned char>(line[w]))) ++w;
    if (w == k) break;
    if (check(k, w)) return true;
    // "كانون الثاني": a month of two words.
    if (w < line.size() && line[w] == ' ') {
      size_t w2 = w + 1;
      while (w2 < line.size() && is_letter_byte(static_cast<unsigned char>(line[w2]))) ++w2;
      char a[48];
      char b[48];
      const size_t na = SimpleFoldInto(line.substr(k, w - k), a, sizeof a);
      const size_t nb = SimpleFoldInto(line.substr(w + 1, w2 - w - 1), b, sizeof b);
      if (na > 0 && nb > 0 &&
          MonthFromTwoWords(std::string_view(a, na), std::string_view(b, nb)) != 0)
        return true;
    }
    const std::string_view word = line.substr(k, w - k);
    if (word != "de" && word != "of") break;
    k = w;
  }
  // Before.
  size_t b = begin;
  while (b > 0 && (line[b - 1] == ' ' || line[b - 1] == '.' || line[b - 1] == ',' ||
                   line[b - 1] == '-' || line[b - 1] == '/'))
    --b;
  size_t w = b;
  while (w > 0 && is_letter_byte(static_cast<unsigned char>(line[w - 1]))) {
    --w;
    // "UpdatedJanuary": a word glued to the month by a renderer.
    if (w > 0 && line[w] >= 'A' && line[w] <= 'Z' && line[w - 1] >= 'a' && line[w - 1] <= 'z')
      break;
  }
  return w < b && check(w, b);
}

// Evidence from the page writing the same day in an order-free form: when
// "8/09/2012" sits on a page that also reads "Thursday, August 09, 2012"
// (or "2012-08-09"), the page writes its numbers month first. A date counts
// when both orders of reading the page's numbers give it (a month name, an
// ISO date), so that the ambiguous date never vouches for itself.
void CountWrittenOutOrder(const std::vector<std::string_view>& lines, const DateContext& ctx,
                          const std::vector<AmbiguousNumericDate>& ambiguous, int* month_first,
                          int* day_first) {
  DateContext day_first_ctx = ctx;
  day_first_ctx.month_first = false;
  DateContext month_first_ctx = ctx;
  month_first_ctx.month_first = true;
  for (std::string_view line : lines) {
    const bool holds_year = std::any_of(ambiguous.begin(), ambiguous.end(), [&](const auto& date) {
      return line.find(std::string_view(date.day_first).substr(0, 4)) != std::string_view::npos;
    });
    if (!holds_year) continue;
    const std::vector<FoundDate> as_day_first = FindDates(line, day_first_ctx);
    const std::vector<FoundDate> as_month_first = FindDates(line, month_first_ctx);
    for (const FoundDate& found : as_day_first) {
      const std::string day = found.iso.substr(0, 10);
      const bool order_free =
          std::any_of(as_month_first.begin(), as_month_first.end(), [&](const FoundDate& other) {
            return other.text == found.text && other.iso == found.iso;
          });
      if (!order_free) continue;
      for (const AmbiguousNumericDate& date : ambiguous) {
        if (day == date.month_first) ++*month_first;
        if (day == date.day_first) ++*day_first;
      }
    }
  }
}

}  // namespace

DateContext MakeDateContext(const std::vector<std::string_view>& lines, Language language,
                            int64_t now) {
  DateContext ctx;
  ctx.language = language;
  ctx.now = now;
  ctx.region = GuessRegion(lines, language);
  int month_first = 0;
  int day_first = 0;
  std::vector<AmbiguousNumericDate> ambiguous;
  for (std::string_view line : lines) {
    CountNumericOrder(line, &month_first, &day_first, &ambiguous);
  }
  if (!ambiguous.empty()) {
    CountWrittenOutOrder(lines, ctx, ambiguous, &month_first, &day_first);
  }
  const bool english = language == Language::kEn || language == Language::kUnknown;
  ctx.month_first =
      month_first > day_first || (month_first == day_first && ctx.region == Region::kUs && english);
  // The page's zone word, when one maps to a fixed offset in its region.
  for (std::string_view line : lines) {
    if (ctx.zone_offset_minutes) break;
    if (line.find(':') == std::string_view::npos) continue;  // zone words follow a time
    size_t i = 0;
    while (i < line.size() && !ctx.zone_offset_minutes) {
      if (!IsAsciiUpper(static_cast<unsigned char>(line[i])) ||
          (i > 0 && IsWordCodepoint(static_cast<unsigned char>(line[i - 1])))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < line.size() && IsAsciiUpper(static_cast<unsigned char>(line[j]))) ++j;
      const std::string_view word = line.substr(i, j - i);
      const bool whole = j >= line.size() || !IsWordCodepoint(static_cast<unsigned char>(line[j]));
      if (whole && word.size() >= 3 && IsZoneWord(word)) {
        // Mid-January and mid-July agree for zones without daylight saving.
        const auto winter = ZoneOffsetMinutes(word, ctx.region, 2001, 1, 15);
        const auto summer = ZoneOffsetMinutes(word, ctx.region, 2001, 7, 15);
        if (winter && summer && *winter == *summer) ctx.zone_offset_minutes = winter;
      }
      i = j;
    }
  }
  return ctx;
}

std::vector<FoundDate> FindDates(std::string_view line, const DateContext& ctx) {
  Parser parser(line, ctx, true);
  if (parser.CannotHoldDate()) return {};
  return parser.Run();
}

std::vector<FoundDate> FindDatesFullParse(std::string_view line, const DateContext& ctx) {
  return Parser(line, ctx, false).Run();
}

bool LooksLikeDate(std::string_view line) {
  const auto digit = [&](size_t k) { return k < line.size() && line[k] >= '0' && line[k] <= '9'; };
  size_t i = 0;
  while (i < line.size()) {
    // A byte that is no digit only moves i on by one: skip to the next digit.
    i = FindAsciiDigit(line, i);
    if (i == line.size()) break;
    const size_t begin = i;
    while (digit(i)) ++i;
    const size_t run = i - begin;
    if (i >= line.size()) return run <= 8 && MonthWordBeside(line, begin, i);
    const char c = line[i];
    // 04-02-2025, 2025/02/04, 4.2.2025, 4. 2. 2025, 17/11/201917/11/2019
    if ((c == '-' || c == '/' || c == '.') && run <= 4) {
      // After a dot one space may follow ("4. 2. 2025", "2025. 2. 4.").
      const auto skip_space = [&](size_t k) {
        return (c == '.' && k < line.size() && line[k] == ' ') ? k + 1 : k;
      };
      const size_t j0 = skip_space(i + 1);
      size_t j = j0;
      while (digit(j)) ++j;
      if (j > j0 && j - j0 <= 2 && j + 1 < line.size() && line[j] == c) {
        const size_t k0 = skip_space(j + 1);
        size_t k = k0;
        while (digit(k)) ++k;
        const size_t last = k - k0;
        if ((run == 4 && last >= 1 && last <= 2) ||
            (run <= 2 && (last == 2 || (last >= 4 && last <= 8))))
          return true;
      }
    }
    // 04:20, 18h40
    if ((c == ':' || c == 'h') && run <= 2 && digit(i + 1) && digit(i + 2) && !digit(i + 3))
      return true;
    // 2025年, 2月, 4日, 2025년, 2월, 4일, 2小时前
    if (static_cast<unsigned char>(c) >= 0x80) {
      const std::string_view rest = line.substr(i);
      static constexpr std::string_view kMarks[] = {"年", "月", "日", "년", "월", "일"};
      for (std::string_view mark : kMarks)
        if (rest.substr(0, mark.size()) == mark) return true;
      if (MatchCjkRelativeSuffix(rest).unit_seconds != 0) return true;
    }
    if (run <= 8 && MonthWordBeside(line, begin, i)) return true;
    // "3 hours ago", "vor 2 Tagen": a count followed by a time unit.
    if (run <= 2) {
      size_t w = i;
      while (w < line.size() && line[w] == ' ') ++w;
      size_t e = w;
      while (e < line.size() && line[e] != ' ' && line[e] != ',' && line[e] != '.') ++e;
      if (e > w && e - w <= 24) {
        char buf[48];
        const size_t n = SimpleFoldInto(line.substr(w, e - w), buf, sizeof buf);
        if (n > 0 && RelativeUnitSeconds(std::string_view(buf, n)) >= 60) return true;
      }
    }
  }
  return false;
}

int UtcYear(int64_t unix_seconds) {
  int year = 0;
  int month = 0;
  int day = 0;
  CivilFromDays(FloorDiv(unix_seconds, 86400), &year, &month, &day);
  return year;
}

}  // namespace pith::internal

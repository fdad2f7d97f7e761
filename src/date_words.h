// date_words: the words of dates in the 15 languages of DESIGN.md section 2.
//
// Month names and their abbreviations (with the genitive forms Russian and
// Polish use in dates: "4 февраля", "4 lutego"), weekday names, words for
// relative dates ("3 hours ago", "vor 2 Tagen", "il y a 3 jours"), the day
// words "yesterday"/"today", am/pm markers, and the cue words that mark a
// date as an update ("Updated", "Aktualisiert", "Mis à jour", "更新") or a
// publication ("Published", "Veröffentlicht", "Publié", "发布").
//
// Every look-up takes a word folded with SimpleFold (simple_fold.h) and
// without surrounding punctuation. Pure and thread-safe: the tables are
// constant.
#ifndef PITH_DATE_WORDS_H_
#define PITH_DATE_WORDS_H_

#include <optional>
#include <string_view>

namespace pith::internal {

// 1-12 for a month name or abbreviation ("feb", "février", "февраля"), else 0.
int MonthFromWord(std::string_view folded);

// Months written as two words ("كانون الثاني", Levantine Arabic): 1-12, else 0.
int MonthFromTwoWords(std::string_view first, std::string_view second);

// "monday", "mon", "montag", "lundi", "понедельник", "星期一"...
bool IsWeekdayWord(std::string_view folded);

// Seconds in one unit of a relative date ("hours" -> 3600, "tagen" -> 86400,
// "semanas" -> 604800), 0 if the word is no unit. Months and years are not
// units: "2 months ago" does not give a day.
int RelativeUnitSeconds(std::string_view folded);

// Words that follow "N units" in a relative date: "ago", "geleden", "fa",
// "назад", "temu", "önce", "पहले", "전".
bool IsAgoAfterWord(std::string_view folded);

// Words that precede "N units": "vor", "hace", "há", "منذ" ("il y a" is
// matched as three words by the date parser).
bool IsAgoBeforeWord(std::string_view folded);

// Number words for one in relative dates: "a", "an", "one", "einem", "un"...
bool IsOneWord(std::string_view folded);

// Days relative to today: "yesterday" -> -1, "today" -> 0, "gestern" -> -1,
// "вчера" -> -1, "昨天" -> -1, "어제" -> -1; nullopt for other words.
std::optional<int> DayWordOffset(std::string_view folded);

// True for a unit of a relative date or a day word: RelativeUnitSeconds
// above 0 or DayWordOffset set, in one look-up.
bool IsRelativeDateWord(std::string_view folded);

// True for the words a date or a time can begin with: a month name (or the
// first word of a two-word month), a word for one ("an hour ago"), a word
// before a relative count ("vor", "hace", "il" of "il y a"), a day word, an
// am/pm marker ("오후 3:20"). The date parser passes over other words.
bool CanStartDateOrTime(std::string_view folded);

// Relative dates written without spaces after a number ("小时前" in
// "2小时前", "日前", "時間前"): the unit's seconds and the bytes the suffix
// takes, or 0 when text does not start with one.
struct CjkRelativeSuffix {
  int unit_seconds = 0;
  size_t length = 0;
};
CjkRelativeSuffix MatchCjkRelativeSuffix(std::string_view text);

enum class Meridiem { kNone, kAm, kPm };
// "am", "pm", "vorm", "nachm", "午前", "午後", "上午", "下午", "오전", "오후".
Meridiem MeridiemFromWord(std::string_view folded);

enum class DateCue { kNone, kPublished, kUpdated };
// The cue whose last occurrence in folded_text is nearest its end (the cue
// closest to a date that follows the text).
DateCue LastDateCue(std::string_view folded_text);

// The same by one reverse search per cue: the plain form that tests hold
// LastDateCue's one-pass search to.
DateCue LastDateCueByRfind(std::string_view folded_text);

}  // namespace pith::internal

#endif  // PITH_DATE_WORDS_H_

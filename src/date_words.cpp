#include "date_words.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "word_table.h"

namespace pith::internal {
namespace {

struct WordValue {
  std::string_view word;
  int value;
};

// Folded month names and abbreviations. Abbreviations shared by several
// languages ("mar", "jun") appear once.
constexpr WordValue kMonths[] = {
    // English
    {"january", 1},
    {"february", 2},
    {"march", 3},
    {"april", 4},
    {"may", 5},
    {"june", 6},
    {"july", 7},
    {"august", 8},
    {"september", 9},
    {"october", 10},
    {"november", 11},
    {"december", 12},
    {"jan", 1},
    {"feb", 2},
    {"mar", 3},
    {"apr", 4},
    {"jun", 6},
    {"jul", 7},
    {"aug", 8},
    {"sep", 9},
    {"sept", 9},
    {"oct", 10},
    {"nov", 11},
    {"dec", 12},
    // German
    {"januar", 1},
    {"jänner", 1},
    {"jän", 1},
    {"februar", 2},
    {"märz", 3},
    {"maerz", 3},
    {"mär", 3},
    {"mrz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"okt", 10},
    {"dezember", 12},
    {"dez", 12},
    // French
    {"janvier", 1},
    {"janv", 1},
    {"février", 2},
    {"fevrier", 2},
    {"févr", 2},
    {"fév", 2},
    {"fevr", 2},
    {"mars", 3},
    {"avril", 4},
    {"avr", 4},
    {"juin", 6},
    {"juillet", 7},
    {"juil", 7},
    {"août", 8},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"décembre", 12},
    {"decembre", 12},
    {"déc", 12},
    // Spanish
    {"enero", 1},
    {"ene", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"abr", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"ago", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    {"dic", 12},
    // Italian
    {"gennaio", 1},
    {"gen", 1},
    {"febbraio", 2},
    {"aprile", 4},
    {"maggio", 5},
    {"mag", 5},
    {"giugno", 6},
    {"giu", 6},
    {"luglio", 7},
    {"lug", 7},
    {"settembre", 9},
    {"set", 9},
    {"ottobre", 10},
    {"ott", 10},
    {"dicembre", 12},
    // Portuguese
    {"janeiro", 1},
    {"fevereiro", 2},
    {"fev", 2},
    {"março", 3},
    {"marco", 3},
    {"maio", 5},
    {"junho", 6},
    {"julho", 7},
    {"setembro", 9},
    {"outubro", 10},
    {"out", 10},
    {"novembro", 11},
    {"dezembro", 12},
    // Dutch
    {"januari", 1},
    {"februari", 2},
    {"maart", 3},
    {"mrt", 3},
    {"mei", 5},
    {"augustus", 8},
    {"oktober", 10},
    // Russian: nominative, genitive, abbreviations
    {"январь", 1},
    {"января", 1},
    {"янв", 1},
    {"февраль", 2},
    {"февраля", 2},
    {"фев", 2},
    {"март", 3},
    {"марта", 3},
    {"мар", 3},
    {"апрель", 4},
    {"апреля", 4},
    {"апр", 4},
    {"май", 5},
    {"мая", 5},
    {"июнь", 6},
    {"июня", 6},
    {"июн", 6},
    {"июль", 7},
    {"июля", 7},
    {"июл", 7},
    {"август", 8},
    {"августа", 8},
    {"авг", 8},
    {"сентябрь", 9},
    {"сентября", 9},
    {"сен", 9},
    {"сент", 9},
    {"октябрь", 10},
    {"октября", 10},
    {"окт", 10},
    {"ноябрь", 11},
    {"ноября", 11},
    {"ноя", 11},
    {"декабрь", 12},
    {"декабря", 12},
    {"дек", 12},
    // Polish: nominative, genitive, abbreviations
    {"styczeń", 1},
    {"stycznia", 1},
    {"sty", 1},
    {"luty", 2},
    {"lutego", 2},
    {"lut", 2},
    {"marzec", 3},
    {"marca", 3},
    {"kwiecień", 4},
    {"kwietnia", 4},
    {"kwi", 4},
    {"maj", 5},
    {"maja", 5},
    {"czerwiec", 6},
    {"czerwca", 6},
    {"cze", 6},
    {"lipiec", 7},
    {"lipca", 7},
    {"lip", 7},
    {"sierpień", 8},
    {"sierpnia", 8},
    {"sie", 8},
    {"wrzesień", 9},
    {"września", 9},
    {"wrz", 9},
    {"październik", 10},
    {"października", 10},
    {"paź", 10},
    {"listopad", 11},
    {"listopada", 11},
    {"lis", 11},
    {"grudzień", 12},
    {"grudnia", 12},
    {"gru", 12},
    // Turkish
    {"ocak", 1},
    {"oca", 1},
    {"şubat", 2},
    {"şub", 2},
    {"mart", 3},
    {"nisan", 4},
    {"nis", 4},
    {"mayıs", 5},
    {"haziran", 6},
    {"haz", 6},
    {"temmuz", 7},
    {"tem", 7},
    {"ağustos", 8},
    {"ağu", 8},
    {"eylül", 9},
    {"eyl", 9},
    {"ekim", 10},
    {"eki", 10},
    {"kasım", 11},
    {"kas", 11},
    {"aralık", 12},
    {"ara", 12},
    // Arabic (Egyptian/Gulf names and the Levantine one-word names)
    {"يناير", 1},
    {"فبراير", 2},
    {"مارس", 3},
    {"أبريل", 4},
    {"ابريل", 4},
    {"إبريل", 4},
    {"مايو", 5},
    {"يونيو", 6},
    {"يوليو", 7},
    {"أغسطس", 8},
    {"اغسطس", 8},
    {"سبتمبر", 9},
    {"أكتوبر", 10},
    {"اكتوبر", 10},
    {"نوفمبر", 11},
    {"ديسمبر", 12},
    {"شباط", 2},
    {"آذار", 3},
    {"نيسان", 4},
    {"أيار", 5},
    {"حزيران", 6},
    {"تموز", 7},
    {"آب", 8},
    {"أيلول", 9},
    // Hindi (with and without nukta)
    {"जनवरी", 1},
    {"फ़रवरी", 2},
    {"फरवरी", 2},
    {"मार्च", 3},
    {"अप्रैल", 4},
    {"मई", 5},
    {"जून", 6},
    {"जुलाई", 7},
    {"अगस्त", 8},
    {"सितंबर", 9},
    {"सितम्बर", 9},
    {"अक्टूबर", 10},
    {"अक्तूबर", 10},
    {"नवंबर", 11},
    {"नवम्बर", 11},
    {"दिसंबर", 12},
    {"दिसम्बर", 12},
};

struct TwoWordMonth {
  std::string_view first;
  std::string_view second;
  int month;
};
constexpr TwoWordMonth kTwoWordMonths[] = {
    {"كانون", "الثاني", 1},
    {"تشرين", "الأول", 10},
    {"تشرين", "الثاني", 11},
    {"كانون", "الأول", 12},
};

constexpr std::string_view kWeekdays[] = {
    "monday",       "tuesday",      "wednesday",    "thursday",    "friday",      "saturday",
    "sunday",       "mon",          "tue",          "tues",        "wed",         "thu",
    "thur",         "thurs",        "fri",          "sat",         "sun",         "montag",
    "dienstag",     "mittwoch",     "donnerstag",   "freitag",     "samstag",     "sonnabend",
    "sonntag",      "mo",           "di",           "mi",          "do",          "fr",
    "sa",           "so",           "lundi",        "mardi",       "mercredi",    "jeudi",
    "vendredi",     "samedi",       "dimanche",     "lun",         "mer",         "jeu",
    "ven",          "dim",          "lunes",        "martes",      "miércoles",   "miercoles",
    "jueves",       "viernes",      "sábado",       "sabado",      "domingo",     "mié",
    "jue",          "vie",          "sáb",          "dom",         "lunedì",      "martedì",
    "mercoledì",    "giovedì",      "venerdì",      "sabato",      "domenica",    "segunda-feira",
    "terça-feira",  "quarta-feira", "quinta-feira", "sexta-feira", "segunda",     "terça",
    "quarta",       "quinta",       "sexta",        "maandag",     "dinsdag",     "woensdag",
    "donderdag",    "vrijdag",      "zaterdag",     "zondag",      "понедельник", "вторник",
    "среда",        "четверг",      "пятница",      "суббота",     "воскресенье", "пн",
    "вт",           "ср",           "чт",           "пт",          "сб",          "вс",
    "poniedziałek", "wtorek",       "środa",        "czwartek",    "piątek",      "sobota",
    "niedziela",    "pazartesi",    "salı",         "çarşamba",    "perşembe",    "cuma",
    "cumartesi",    "pazar",        "الاثنين",      "الإثنين",     "الثلاثاء",    "الأربعاء",
    "الخميس",       "الجمعة",       "السبت",        "الأحد",       "सोमवार",      "मंगलवार",
    "बुधवार",        "गुरुवार",        "शुक्रवार",       "शनिवार",      "रविवार",      "星期一",
    "星期二",       "星期三",       "星期四",       "星期五",      "星期六",      "星期日",
    "星期天",       "周一",         "周二",         "周三",        "周四",        "周五",
    "周六",         "周日",         "月曜日",       "火曜日",      "水曜日",      "木曜日",
    "金曜日",       "土曜日",       "日曜日",       "월요일",      "화요일",      "수요일",
    "목요일",       "금요일",       "토요일",       "일요일",
};

constexpr WordValue kUnits[] = {
    {"second", 1},
    {"seconds", 1},
    {"sec", 1},
    {"secs", 1},
    {"minute", 60},
    {"minutes", 60},
    {"min", 60},
    {"mins", 60},
    {"m", 60},
    {"hour", 3600},
    {"hours", 3600},
    {"hr", 3600},
    {"hrs", 3600},
    {"h", 3600},
    {"day", 86400},
    {"days", 86400},
    {"d", 86400},
    {"week", 604800},
    {"weeks", 604800},
    {"wk", 604800},
    {"wks", 604800},
    {"w", 604800},
    // German
    {"sekunde", 1},
    {"sekunden", 1},
    {"minute", 60},
    {"minuten", 60},
    {"stunde", 3600},
    {"stunden", 3600},
    {"std", 3600},
    {"tag", 86400},
    {"tagen", 86400},
    {"tage", 86400},
    {"woche", 604800},
    {"wochen", 604800},
    // French
    {"seconde", 1},
    {"secondes", 1},
    {"heure", 3600},
    {"heures", 3600},
    {"jour", 86400},
    {"jours", 86400},
    {"semaine", 604800},
    {"semaines", 604800},
    // Spanish, Portuguese, Italian
    {"segundo", 1},
    {"segundos", 1},
    {"minuto", 60},
    {"minutos", 60},
    {"hora", 3600},
    {"horas", 3600},
    {"día", 86400},
    {"días", 86400},
    {"dia", 86400},
    {"dias", 86400},
    {"semana", 604800},
    {"semanas", 604800},
    {"minuti", 60},
    {"ora", 3600},
    {"ore", 3600},
    {"giorno", 86400},
    {"giorni", 86400},
    {"settimana", 604800},
    {"settimane", 604800},
    // Dutch
    {"minuut", 60},
    {"minuten", 60},
    {"uur", 3600},
    {"uren", 3600},
    {"dag", 86400},
    {"dagen", 86400},
    {"week", 604800},
    {"weken", 604800},
    // Russian
    {"секунду", 1},
    {"секунды", 1},
    {"секунд", 1},
    {"минуту", 60},
    {"минуты", 60},
    {"минут", 60},
    {"мин", 60},
    {"час", 3600},
    {"часа", 3600},
    {"часов", 3600},
    {"ч", 3600},
    {"день", 86400},
    {"дня", 86400},
    {"дней", 86400},
    {"неделю", 604800},
    {"недели", 604800},
    {"недель", 604800},
    // Polish
    {"sekundę", 1},
    {"sekundy", 1},
    {"sekund", 1},
    {"minutę", 60},
    {"minuty", 60},
    {"minut", 60},
    {"godzinę", 3600},
    {"godziny", 3600},
    {"godzin", 3600},
    {"godz", 3600},
    {"dzień", 86400},
    {"dni", 86400},
    {"tydzień", 604800},
    {"tygodnie", 604800},
    {"tygodni", 604800},
    // Turkish
    {"saniye", 1},
    {"dakika", 60},
    {"dk", 60},
    {"saat", 3600},
    {"gün", 86400},
    {"hafta", 604800},
    // Arabic
    {"ثانية", 1},
    {"ثوان", 1},
    {"دقيقة", 60},
    {"دقائق", 60},
    {"ساعة", 3600},
    {"ساعات", 3600},
    {"يوم", 86400},
    {"أيام", 86400},
    {"ايام", 86400},
    {"أسبوع", 604800},
    {"أسابيع", 604800},
    // Hindi
    {"सेकंड", 1},
    {"मिनट", 60},
    {"घंटा", 3600},
    {"घंटे", 3600},
    {"दिन", 86400},
    {"दिनों", 86400},
    {"सप्ताह", 604800},
    {"हफ्ते", 604800},
    {"हफ़्ते", 604800},
    // Korean
    {"초", 1},
    {"분", 60},
    {"시간", 3600},
    {"일", 86400},
    {"주", 604800},
};

constexpr std::string_view kAgoAfter[] = {
    "ago", "geleden", "fa", "назад", "temu", "önce", "once", "पहले", "पूर्व", "전",
};
constexpr std::string_view kAgoBefore[] = {"vor", "hace", "há", "ha", "منذ", "قبل"};
constexpr std::string_view kOne[] = {"a",   "an",  "one", "ein", "einem", "einer", "un",
                                     "une", "una", "uno", "um",  "uma",   "een",   "bir"};

constexpr WordValue kDayWords[] = {
    {"today", 0},       {"yesterday", -1}, {"heute", 0},        {"gestern", -1}, {"vorgestern", -2},
    {"aujourd'hui", 0}, {"hier", -1},      {"avant-hier", -2},  {"hoy", 0},      {"ayer", -1},
    {"anteayer", -2},   {"oggi", 0},       {"ieri", -1},        {"hoje", 0},     {"ontem", -1},
    {"vandaag", 0},     {"gisteren", -1},  {"eergisteren", -2}, {"сегодня", 0},  {"вчера", -1},
    {"позавчера", -2},  {"dzisiaj", 0},    {"dziś", 0},         {"wczoraj", -1}, {"bugün", 0},
    {"dün", -1},        {"اليوم", 0},      {"أمس", -1},         {"امس", -1},     {"आज", 0},
    {"今天", 0},        {"昨天", -1},      {"今日", 0},         {"昨日", -1},    {"오늘", 0},
    {"어제", -1},
};

struct Suffix {
  std::string_view text;
  int seconds;
};
constexpr Suffix kCjkSuffixes[] = {
    {"秒前", 1},      {"秒钟前", 1},      {"分钟前", 60},     {"分鐘前", 60},  {"分前", 60},
    {"小时前", 3600}, {"小時前", 3600},   {"時間前", 3600},   {"天前", 86400}, {"日前", 86400},
    {"周前", 604800}, {"週間前", 604800}, {"星期前", 604800},
};

constexpr std::string_view kAm[] = {"am", "vorm", "午前", "上午", "오전"};
constexpr std::string_view kPm[] = {"pm", "nachm", "午後", "下午", "오후"};

// Folded cue roots; matched as substrings, so "updated", "update" and
// "last updated" share "updat".
constexpr std::string_view kUpdatedCues[] = {
    "updat",     "modified",   "edited",     "revised",     "aktualisiert", "aktualisierung",
    "geändert",  "zuletzt",    "mis à jour", "mise à jour", "màj",          "maj :",
    "maj:",      "modifié",    "actualiz",   "modificad",   "aggiornat",    "aggiornamento",
    "modificat", "atualiz",    "bijgewerkt", "gewijzigd",   "обновл",       "изменен",
    "zaktualiz", "aktualizac", "zmodyfik",   "güncel",      "تحديث",        "تم التحديث",
    "अपडेट",      "अद्यतन",      "更新",       "修改",        "업데이트",     "수정",
};
constexpr std::string_view kPublishedCues[] = {
    "publish",       "posted",       "created",    "released",     "launched",   "filed",
    "veröffentlich", "erstellt",     "erschienen", "erscheinungs", "publié",     "publie le",
    "créé",          "publication",  "publicaci",  "datum:",       "creado",     "publicad",
    "pubblicat",     "gepubliceerd", "geplaatst",  "опубликов",    "opublikow",  "dodano",
    "yayınla",       "yayın tarihi", "نشر",        "نُشر",          "प्रकाशित",    "发布",
    "發布",          "发表",         "發表",       "公開",         "投稿",       "掲載",
    "작성",          "입력",         "등록",       "게시",         "originally",
};

template <size_t N>
bool Contains(const std::string_view (&table)[N], std::string_view word) {
  for (std::string_view entry : table)
    if (entry == word) return true;
  return false;
}

template <size_t N>
int ValueOf(const WordValue (&table)[N], std::string_view word) {
  for (const WordValue& entry : table)
    if (entry.word == word) return entry.value;
  return 0;
}

// The big tables, looked up for many words of every line, as hash tables.
// A word listed twice keeps its first value, as the linear scans do; a
// value of 0 reads as "not found", as it does for ValueOf.
template <size_t N>
WordTable HashedValues(const WordValue (&table)[N]) {
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (const WordValue& entry : table) {
    if (ValueOf(table, entry.word) == entry.value) {
      entries.emplace_back(entry.word, static_cast<uint32_t>(entry.value));
    }
  }
  return BuildWordTable(entries);
}

template <size_t N>
WordTable HashedWords(const std::string_view (&table)[N]) {
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (std::string_view word : table) entries.emplace_back(word, 1);
  return BuildWordTable(entries);
}

// Position just past the last occurrence of any cue of the table, 0 if none.
template <size_t N>
size_t LastCueEnd(const std::string_view (&table)[N], std::string_view text) {
  size_t best = 0;
  for (std::string_view cue : table) {
    const size_t at = text.rfind(cue);
    if (at != std::string_view::npos && at + cue.size() > best) best = at + cue.size();
  }
  return best;
}

}  // namespace

int MonthFromWord(std::string_view folded) {
  static const WordTable months = HashedValues(kMonths);
  return static_cast<int>(LookupWord(months, folded));
}

int MonthFromTwoWords(std::string_view first, std::string_view second) {
  for (const TwoWordMonth& m : kTwoWordMonths)
    if (m.first == first && m.second == second) return m.month;
  return 0;
}

bool IsWeekdayWord(std::string_view folded) {
  static const WordTable weekdays = HashedWords(kWeekdays);
  return LookupWord(weekdays, folded) != 0;
}

int RelativeUnitSeconds(std::string_view folded) {
  static const WordTable units = HashedValues(kUnits);
  return static_cast<int>(LookupWord(units, folded));
}

bool IsAgoAfterWord(std::string_view folded) { return Contains(kAgoAfter, folded); }

bool IsAgoBeforeWord(std::string_view folded) { return Contains(kAgoBefore, folded); }

bool IsOneWord(std::string_view folded) { return Contains(kOne, folded); }

// The day words' offsets (-2 to 0) are stored plus kDayOffsetBias, as a
// table value of 0 reads as "not found"; a word listed twice keeps its first
// offset, as a scan in order would.
constexpr int kDayOffsetBias = 3;

std::optional<int> DayWordOffset(std::string_view folded) {
  static const WordTable days = [] {
    std::vector<std::pair<std::string_view, uint32_t>> entries;
    for (const WordValue& entry : kDayWords) {
      bool listed = false;
      for (const auto& e : entries) listed = listed || e.first == entry.word;
      if (!listed) entries.emplace_back(entry.word, entry.value + kDayOffsetBias);
    }
    return BuildWordTable(entries);
  }();
  const uint32_t biased = LookupWord(days, folded);
  if (biased == 0) return std::nullopt;
  return static_cast<int>(biased) - kDayOffsetBias;
}

bool CanStartDateOrTime(std::string_view folded) {
  static const WordTable words = [] {
    std::vector<std::pair<std::string_view, uint32_t>> entries;
    for (const WordValue& entry : kMonths) entries.emplace_back(entry.word, 1);
    for (const TwoWordMonth& entry : kTwoWordMonths) entries.emplace_back(entry.first, 1);
    for (std::string_view word : kOne) entries.emplace_back(word, 1);
    for (std::string_view word : kAgoBefore) entries.emplace_back(word, 1);
    entries.emplace_back("il", 1);
    for (const WordValue& entry : kDayWords) entries.emplace_back(entry.word, 1);
    for (std::string_view word : kAm) entries.emplace_back(word, 1);
    for (std::string_view word : kPm) entries.emplace_back(word, 1);
    return BuildWordTable(entries);
  }();
  return LookupWord(words, folded) != 0;
}

bool IsRelativeDateWord(std::string_view folded) {
  static const WordTable words = [] {
    std::vector<std::pair<std::string_view, uint32_t>> entries;
    for (const WordValue& entry : kUnits) entries.emplace_back(entry.word, 1);
    for (const WordValue& entry : kDayWords) entries.emplace_back(entry.word, 1);
    return BuildWordTable(entries);
  }();
  return LookupWord(words, folded) != 0;
}

CjkRelativeSuffix MatchCjkRelativeSuffix(std::string_view text) {
  for (const Suffix& s : kCjkSuffixes)
    if (text.substr(0, s.text.size()) == s.text) return {s.seconds, s.text.size()};
  return {};
}

Meridiem MeridiemFromWord(std::string_view folded) {
  if (Contains(kAm, folded)) return Meridiem::kAm;
  if (Contains(kPm, folded)) return Meridiem::kPm;
  return Meridiem::kNone;
}

namespace {

// Which cue is nearest the end, from the two cue ends (0 for none).
DateCue NearerCue(size_t updated, size_t published) {
  if (updated == 0 && published == 0) return DateCue::kNone;
  return updated > published ? DateCue::kUpdated : DateCue::kPublished;
}

// The cues of both lists by their first byte, so that one pass over a text
// tries at each position only the cues that start with its byte.
struct CueIndex {
  struct Cue {
    std::string_view text;
    bool updated;
  };
  std::vector<Cue> by_byte[256];
};

const CueIndex& Cues() {
  static const CueIndex* index = [] {
    auto* built = new CueIndex;
    for (std::string_view cue : kUpdatedCues)
      built->by_byte[static_cast<unsigned char>(cue[0])].push_back({cue, true});
    for (std::string_view cue : kPublishedCues)
      built->by_byte[static_cast<unsigned char>(cue[0])].push_back({cue, false});
    return built;
  }();
  return *index;
}

}  // namespace

// The end of a cue's last occurrence is the greatest end of any of its
// occurrences, so the greatest end over every occurrence of every cue of a
// list, found in one pass, is LastCueEnd's maximum over the list's rfinds
// (which compared the cue at each position of the text, for each cue).
DateCue LastDateCue(std::string_view folded_text) {
  const CueIndex& index = Cues();
  size_t updated = 0;
  size_t published = 0;
  for (size_t at = 0; at < folded_text.size(); ++at) {
    for (const CueIndex::Cue& cue : index.by_byte[static_cast<unsigned char>(folded_text[at])]) {
      if (cue.text.size() > folded_text.size() - at) continue;
      // The first byte matched (by_byte); the rest compared inline: most
      // cues differ from the text in their second byte, and a memcmp call
      // for each cost more than the compare.
      size_t k = 1;
      while (k < cue.text.size() && folded_text[at + k] == cue.text[k]) ++k;
      if (k < cue.text.size()) continue;
      size_t& end = cue.updated ? updated : published;
      end = std::max(end, at + cue.text.size());
    }
  }
  return NearerCue(updated, published);
}

DateCue LastDateCueByRfind(std::string_view folded_text) {
  return NearerCue(LastCueEnd(kUpdatedCues, folded_text), LastCueEnd(kPublishedCues, folded_text));
}

}  // namespace pith::internal

#include "byline.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "date_words.h"
#include "dates.h"
#include "simple_fold.h"
#include "word_table.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace pith::internal {
namespace {

// Folded prefixes that introduce authors, longest first within a language.
// Each must be followed by a space, ":" or the end of the prefix itself ends
// in ":"/"/".
constexpr std::string_view kPrefixes[] = {
    "written by",
    "words by",
    "story by",
    "reported by",
    "posted by",
    "published by",
    "article by",
    "text by",
    "authored by",
    "contributed by",
    "words and photos by",
    "words & photos by",
    "text and photos by",
    "text & photos by",
    "by:",
    "by",
    "authors:",
    "author:",
    "contributors:",
    "contributor:",
    "interview:",
    "writer:",
    "reporter:",
    "author",
    "byline:",
    // German
    "ein beitrag von",
    "geschrieben von",
    "verfasst von",
    "autorin:",
    "autoren:",
    "autorinnen",
    "autoren",
    "autor:",
    "autorin",
    "autor",
    "text:",
    "text & fotos:",
    "text und fotos:",
    "text & foto:",
    "text und foto:",
    "von",
    // French
    "écrit par",
    "rédigé par",
    "auteur :",
    "auteure :",
    "auteur:",
    "auteure:",
    "auteur",
    "texte :",
    "par",
    // Spanish, Portuguese
    "escrito por",
    "redacción:",
    "texto:",
    "escribe",
    "por",
    // Italian
    "a cura di",
    "scritto da",
    "autore:",
    "autore",
    "di",
    // Dutch, Scandinavian
    "geschreven door",
    "auteur:",
    "tekst:",
    "door",
    "av",
    // Russian
    "автор:",
    "авторы:",
    "автор",
    "текст:",
    // Polish
    "autorka:",
    "autorzy:",
    // Turkish
    "yazar:",
    "yazan:",
    "muhabir:",
    "haber:",
    "yazar",
    // Arabic
    "بقلم:",
    "بقلم",
    "كتب:",
    "كتبت:",
    "كتب",
    "الكاتب:",
    "إعداد:",
    // Hindi
    "लेखक:",
    "लेखक",
    "रिपोर्ट:",
    "द्वारा",
    // Chinese, Japanese, Korean
    "作者：",
    "作者:",
    "责任编辑：",
    "责任编辑:",
    "作者",
    "记者：",
    "记者",
    "記者：",
    "記者",
    "文／",
    "文/",
    "文｜",
    "撰文：",
    "筆者：",
    "글:",
    "글 ",
    "기자:",
};

// Credits that are not the article's author and end the byline's use.
constexpr std::string_view kNotAuthorPrefixes[] = {
    "photo by",        "illustration von",
    "foto von",        "fotos von",
    "bild von",        "photos by",
    "photograph by",   "photography by",
    "image by",        "images by",
    "illustration by", "video by",
    "reviewed by",     "medically reviewed by",
    "fact checked by", "edited by",
    "foto:",           "fotos:",
    "bild:",           "photo :",
    "photo:",          "crédit",
    "credit:",         "powered by",
    "promoted by",     "recommended by",
};

// Labels that credit the source of a story rather than its author ("来源：
// 江澄日报 作者：林晓雯", "Quelle: dpa"). What follows is the agency when it
// is a known one, or when the line also names an author.
constexpr std::string_view kSourcePrefixes[] = {
    "source:",   "source :", "sources:", "quelle:", "fuente:", "fonte:", "bron:",
    "источник:", "źródło:",  "kaynak:",  "来源：",  "来源:",   "來源：", "來源:",
    "出典：",    "出所：",   "출처:",    "출처 :",  "المصدر:", "स्रोत:",
};
// A source named this many words or fewer is a name, not a sentence.
constexpr size_t kMaxSourceWords = 4;

// Roles and degrees removed from the credit ("Staff Writer", "Redakteur").
constexpr std::string_view kRoleWords[] = {
    "staff",          "writer",
    "writers",        "reporter",
    "correspondent",  "editor",
    "editors",        "contributor",
    "contributing",   "columnist",
    "senior",         "chief",
    "deputy",         "managing",
    "associate",      "assistant",
    "executive",      "special",
    "political",      "business",
    "science",        "technology",
    "tech",           "sports",
    "health",         "national",
    "international",  "foreign",
    "bureau",         "producer",
    "analyst",        "photographer",
    "freelance",      "journalist",
    "guest",          "editor-in-chief",
    "news",           "digital",
    "desk",           "lead",
    "global",         "economics",
    "author",         "reporters",
    "correspondents", "contributors",
    "redakteur",      "redakteurin",
    "korrespondent",  "korrespondentin",
    "autorin",        "reporterin",
    "chefredakteur",  "chefredakteurin",
    "journaliste",    "correspondant",
    "correspondante", "rédacteur",
    "rédactrice",     "envoyé",
    "envoyée",        "spécial",
    "spéciale",       "periodista",
    "corresponsal",   "redactor",
    "redactora",      "enviado",
    "enviada",        "especial",
    "giornalista",    "corrispondente",
    "inviato",        "inviata",
    "repórter",       "jornalista",
    "correspondente", "redator",
    "redatora",       "redacteur",
    "verslaggever",   "correspondent",
    "корреспондент",  "журналист",
    "обозреватель",   "редактор",
    "dziennikarz",    "dziennikarka",
    "korespondent",   "redaktor",
    "muhabir",        "editör",
    "yazar",          "संवाददाता",
    "기자",           "특파원",
    "记者",           "記者",
    "编辑",           "責任編集",
    "责任编辑",
};

// Degrees and post-nominals dropped when they are a comma piece on their own.
constexpr std::string_view kDegrees[] = {"md", "phd", "ma", "mba", "rn", "msc", "bsc", "jr",
                                         "sr", "dr",  "do", "mph", "rd", "cpa", "esq"};

// Words whose presence makes a piece a desk or team credit, not a person.
constexpr std::string_view kDeskWords[] = {
    "desk",      "team",      "staff",     "newsroom",  "newsdesk",  "editors",
    "editorial", "redaktion", "rédaction", "redacción", "redazione", "redactie",
    "редакция",  "redakcja",  "editörü",   "bureau",    "admin",     "administrator",
};

struct Agency {
  std::string_view folded;
  std::string_view name;
};
constexpr Agency kAgencies[] = {
    {"reuters", "Reuters"},
    {"thomson reuters", "Reuters"},
    {"ap", "AP"},
    {"associated press", "Associated Press"},
    {"the associated press", "Associated Press"},
    {"afp", "AFP"},
    {"agence france-presse", "AFP"},
    {"agence france presse", "AFP"},
    {"pti", "PTI"},
    {"press trust of india", "PTI"},
    {"ians", "IANS"},
    {"ani", "ANI"},
    {"dpa", "dpa"},
    {"efe", "EFE"},
    {"agencia efe", "EFE"},
    {"ansa", "ANSA"},
    {"xinhua", "Xinhua"},
    {"新华社", "Xinhua"},
    {"tass", "TASS"},
    {"тасс", "TASS"},
    {"upi", "UPI"},
    {"bloomberg", "Bloomberg"},
    {"kyodo", "Kyodo"},
    {"yonhap", "Yonhap"},
    {"연합뉴스", "Yonhap"},
    {"anadolu", "Anadolu"},
    {"anadolu ajansı", "Anadolu"},
    {"aa", "Anadolu"},
    {"europa press", "Europa Press"},
    {"kna", "KNA"},
    {"epd", "epd"},
    {"aap", "AAP"},
    {"interfax", "Interfax"},
    {"интерфакс", "Interfax"},
    {"ria novosti", "RIA Novosti"},
    {"риа новости", "RIA Novosti"},
    {"pap", "PAP"},
    {"lusa", "Lusa"},
    {"belga", "Belga"},
    {"anp", "ANP"},
    {"apa", "APA"},
    {"sda", "SDA"},
    {"wafa", "WAFA"},
    {"sana", "SANA"},
    {"ukrinform", "Ukrinform"},
    {"bernama", "Bernama"},
    {"cna", "CNA"},
    {"cp", "CP"},
    {"canadian press", "Canadian Press"},
    {"the canadian press", "Canadian Press"},
    {"aps", "APS"},
    {"mena", "MENA"},
};

// Words of page furniture that never occur in a credit ("13 MIN READ",
// "SPONSORED", "Share", "Comments"), the keys of a list's filters ("View
// posts by tag", "Sort by relevance"), the recommendation widgets that
// sign their teasers ("by Taboola") and the stock-photo agencies a photo's
// credit names ("© Getty Images").
constexpr std::string_view kNotNameWords[] = {
    "min",
    "mins",
    "read",
    "reading",
    "comments",
    "comment",
    "share",
    "views",
    "sponsored",
    "advertisement",
    "home",
    "blog",
    "topics",
    "tags",
    "tag",
    "topic",
    "relevance",
    "popularity",
    "category",
    "categories",
    "listen",
    "print",
    "subscribe",
    "follow",
    "sign",
    "login",
    "menu",
    "search",
    "posts",
    "rss",
    "contact",
    "more",
    "copyright",
    "lesezeit",
    "minuten",
    "teilen",
    "kommentare",
    "lecture",
    "partager",
    "lectura",
    "compartir",
    "lettura",
    "condividi",
    "leestijd",
    "delen",
    "минут",
    "чтения",
    "minute",
    "taboola",
    "outbrain",
    "getty",
    "istock",
    "shutterstock",
    "imago",
    "pixabay",
    "unsplash",
    "alamy",
    "minutes",
    "kommentar",
    "commentaires",
    "commentaire",
    "comentarios",
    "comentario",
    "commenti",
    "commento",
    "reacties",
    "komentarze",
    "lesezeichen",
    // Labels of the page's furniture: "Related Articles", "Show Sidebar",
    // "Cookie Consent", "Ähnliche Beiträge", "Meistgelesene Artikel".
    "related",
    "articles",
    "products",
    "sidebar",
    "cookie",
    "cookies",
    "consent",
    "copied",
    "replay",
    "newsletter",
    "toggle",
    "navigation",
    "pdf",
    "featured",
    "spotlight",
    "bio",
    "biography",
    "profile",
    "ähnliche",
    "verwandte",
    "meistgelesene",
    "beiträge",
    "artikel",
    // The site's notices and its own sections: "Advertiser Disclosure",
    // "Table of Contents", "Employment Opportunities", "Privacy Policy".
    "disclosure",
    "disclaimer",
    "contents",
    "themes",
    "stats",
    "hide",
    "opportunities",
    "careers",
    "privacy",
    "policy",
    "terms",
    "settings",
    "account",
    "checkout",
    "downloads",
    "trending",
    "archives",
    "sitemap",
    "faq",
    "advertiser",
    "advertise",
    // Commands: "Download ZIP", "Copy Link", "Join Urge".
    "download",
    "copy",
    "join",
    "inhalt",
    "inhaltsverzeichnis",
    "datenschutz",
    "impressum",
};

// Occupations that make a short line under a name its job title (folded).
// Broader than kRoleWords (also founders, engineers, consultants), without
// its section words ("business", "news", "health").
constexpr std::string_view kOccupations[] = {
    "writer",
    "writers",
    "editor",
    "reporter",
    "journalist",
    "author",
    "contributor",
    "correspondent",
    "columnist",
    "blogger",
    "founder",
    "co-founder",
    "cofounder",
    "consultant",
    "engineer",
    "expert",
    "analyst",
    "specialist",
    "strategist",
    "producer",
    "director",
    "manager",
    "president",
    "professor",
    "scientist",
    "researcher",
    "coach",
    "educator",
    "designer",
    "developer",
    "reviewer",
    "marketer",
    "ceo",
    "cto",
    "cmo",
    "editor-in-chief",
    "redakteur",
    "redakteurin",
    "journalistin",
    "autorin",
    "redaktion",
    "korrespondent",
    "korrespondentin",
    "rédacteur",
    "rédactrice",
    "journaliste",
    "correspondant",
    "correspondante",
    "fondateur",
    "fondatrice",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "fundador",
    "fundadora",
    "giornalista",
    "redattore",
    "redattrice",
    "corrispondente",
    "fondatore",
    "jornalista",
    "redator",
    "redatora",
    "verslaggever",
    "redacteur",
    "oprichter",
    "журналист",
    "журналистка",
    "корреспондент",
    "редактор",
    "обозреватель",
    "dziennikarz",
    "dziennikarka",
    "redaktor",
    "redaktorka",
    "muhabir",
    "editör",
    "yazar",
    "संवाददाता",
    "기자",
    "记者",
    "記者",
    "编辑",
};
// Occupations that end a compound word: German writes the field and the
// job as one word ("Medizinredakteurin", "Bundesvorsitzender",
// "Pressesprecherin"), English a few writers ("Copywriter"). (Not
// "-sprecher" alone: "Lautsprecher" is a loudspeaker.)
constexpr std::string_view kOccupationEndings[] = {
    "redakteur",        "redakteurin",   "vorsitzender",    "vorsitzende",  "pressesprecher",
    "pressesprecherin", "korrespondent", "korrespondentin", "journalistin", "writer",
};
// The compound has at least this many bytes before the ending ("Medizin-").
constexpr size_t kMinCompoundHead = 3;
// A job title is short: "Senior Content Contributor", "Redakteur für
// Wirtschaft und Umwelt".
constexpr size_t kMaxJobTitleWords = 8;

// Name particles written in lower case inside names.
constexpr std::string_view kParticles[] = {
    "de", "da",  "di",  "del", "della", "van", "von", "der", "den", "du", "la", "le", "dos", "das",
    "do", "ter", "ten", "bin", "bint",  "al",  "el",  "ibn", "y",   "e",  "zu", "'t", "st.",
};

// Articles in lower case that open an apposition after a name ("Jo Smith,
// a reporter at ...", "Jo Smith, ein Redakteur ...").
constexpr std::string_view kArticles[] = {"a", "an", "the", "ein", "eine", "un", "une", "una"};

// Words that start a segment continuing a list of authors.
constexpr std::string_view kContinuations[] = {"and ", "& ",    "und ",  "et ",  "y ",
                                               "e ",   "with ", "avec ", "mit ", "con "};

// Conjunctions that join two authors.
constexpr std::string_view kConjunctions[] = {
    " with ", " avec ", " mit ", " con ",  " And ", " AND ", " UND ", " and ",
    " & ",    " und ",  " et ",  " y ",    " e ",   " i ",   " и ",   " ve ",
    " en ",   " och ",  " og ",  " oraz ", "、",    "، ",    " و ",
};

// A word list hashed once, for look-ups per word of every credit (a scan
// of the list compared up to a hundred entries per word).
template <size_t N>
WordTable TableOf(const std::string_view (&list)[N]) {
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (std::string_view entry : list) entries.emplace_back(entry, 1);
  return BuildWordTable(entries);
}

// `word` is an entry of kList. REQUIRES: no entry of kList is empty (the
// table skips empty words).
template <const auto& kList>
bool In(std::string_view word) {
  static const WordTable kTable = TableOf(kList);
  return LookupWord(kTable, word) != 0;
}

std::string_view Trim(std::string_view s) {
  const auto junk = [](char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == ':' || c == '-' || c == '*' ||
           c == '.' || c == '/' || c == '(' || c == ')' || c == '"' || c == '\'';
  };
  while (!s.empty() && junk(s.front())) s.remove_prefix(1);
  while (!s.empty() && junk(s.back())) s.remove_suffix(1);
  // Keep the dot of a final initial ("John Q.").
  return s;
}

// A copyright line longer than this is prose, not a footer.
constexpr size_t kMaxCopyrightBytes = 160;
// Where the holder of a copyright ends (folded): the footer goes on.
constexpr std::string_view kCopyrightStops[] = {
    ". ",
    " |",
    "|",
    " \xC2\xB7",
    "\xE2\x88\x99",
    " \xE2\x80\xA2",
    " - ",
    " \xE2\x80\x93 ",
    " \xE2\x80\x94",
    "\xE2\x80\x94",
    " all rights",
    " alle rechte",
    " tous droits",
    " todos los",
    " tutti i",
    " powered",
    " design",
    " impressum",
    " privacy",
    " terms",
    " made with",
};

// Footer links that a renderer glues to the holder's name when it drops
// the space between page elements ("© 2025 AcmePrivacyTerms"), as written:
// capitalised, right after a lower-case letter, and a word of their own
// (not "Jo DeTermsen").
constexpr std::string_view kGluedFooterLinks[] = {
    "Privacy", "Terms", "Impressum", "Imprint", "Datenschutz", "Sitemap", "Cookie", "Contact",
};

// Words of company names (folded, without dots at the ends).
constexpr std::string_view kCompanyWords[] = {
    "ltd",          "llc",           "inc",         "plc",          "gmbh",
    "ag",           "corp",          "corporation", "company",      "co",
    "group",        "media",         "news",        "newspapers",   "newspaper",
    "network",      "limited",       "holdings",    "publications", "publishing",
    "verlag",       "verlagsgruppe", "sa",          "srl",          "spa",
    "bv",           "b.v",           "s.a",         "e.v",          "kg",
    "mediengruppe", "médias",        "presse",      "press",        "incorporated",
};

// The full stop at `at` ends an abbreviation: the word before it has at
// most two letters or a dot of its own ("St.", "e.V.").
bool IsAbbreviationEnd(std::string_view line, size_t from, size_t at) {
  size_t word = at;
  while (word > from && line[word - 1] != ' ') --word;
  const std::string_view before = line.substr(word, at - word);
  return before.size() <= 2 || before.find('.') != std::string_view::npos;
}

// "at" before a time in the languages' credits ("Jo Roe at 2:33 PM",
// "Jo Roe à 08:00", "Jo Roe um 10:15").
bool IsAtWord(std::string_view w) { return w == "at" || w == "\xC3\xA0" || w == "um"; }

// What a date found in a byline becomes: a separator of its own, so that a
// prefix right after it is known to follow a date ("May 2, 2025 by Jo").
constexpr std::string_view kDateMark = "\x1E";

// Replaces every occurrence of `what` in *s with `with`.
void ReplaceAll(std::string* s, std::string_view what, std::string_view with) {
  if (what.empty()) return;
  size_t at = 0;
  while ((at = s->find(what, at)) != std::string::npos) {
    s->replace(at, what.size(), with);
    at += with.size();
  }
}

// A list of separators grouped by their first byte, each group in the
// list's order: at a position only the group of its byte can match, and the
// first of them that does is the list's first match there. (Built once per
// list: a loop over the whole list at every space, and the list built for
// every segment, were most of SplitOn's time.)
class Separators {
 public:
  explicit Separators(std::vector<std::string_view> seps) : seps_(std::move(seps)) {
    seps_.erase(std::remove(seps_.begin(), seps_.end(), std::string_view()), seps_.end());
    std::stable_sort(seps_.begin(), seps_.end(),
                     [](std::string_view a, std::string_view b) { return First(a) < First(b); });
    for (size_t k = seps_.size(); k-- > 0;) begin_[First(seps_[k])] = k;
    for (size_t k = 0; k < seps_.size(); ++k) end_[First(seps_[k])] = k + 1;
  }
  // The separator of the list that s holds at i first, or "".
  std::string_view MatchAt(std::string_view s, size_t i) const {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    for (size_t k = begin_[b]; k < end_[b]; ++k) {
      if (HoldsAt(s, i, seps_[k])) return seps_[k];
    }
    return {};
  }

 private:
  static unsigned char First(std::string_view s) { return static_cast<unsigned char>(s[0]); }
  // s holds sep at i, whose first byte s[i] is: compared byte by byte, as
  // most separators are a few bytes and most differ in their second (a
  // memcmp call for each was a third of SplitOn's instructions).
  static bool HoldsAt(std::string_view s, size_t i, std::string_view sep) {
    if (s.size() - i < sep.size()) return false;
    for (size_t j = 1; j < sep.size(); ++j) {
      if (s[i + j] != sep[j]) return false;
    }
    return true;
  }
  std::vector<std::string_view> seps_;  // sorted by first byte, stably
  size_t begin_[256] = {};              // seps_[begin_[b] .. end_[b]) start with b
  size_t end_[256] = {};
};

// The parts of s between separators; *joints (if given) receives the
// separator before each part ("" before the first).
std::vector<std::string> SplitOn(std::string_view s, const Separators& seps,
                                 std::vector<std::string_view>* joints = nullptr) {
  std::vector<std::string> parts;
  if (joints != nullptr) joints->assign(1, std::string_view());
  size_t start = 0;
  size_t i = 0;
  while (i < s.size()) {
    const std::string_view sep = seps.MatchAt(s, i);
    if (sep.empty()) {
      ++i;
      continue;
    }
    parts.emplace_back(s.substr(start, i - start));
    if (joints != nullptr) joints->push_back(sep);
    i += sep.size();
    start = i;
  }
  parts.emplace_back(s.substr(start));
  return parts;
}

std::vector<std::string_view> SpaceWords(std::string_view s) {
  // Counted first, for one allocation (growing the vector word by word was
  // two thirds of the time).
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) ++count;
  }
  std::vector<std::string_view> words;
  words.reserve(count);
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

bool HasDigit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  size_t pos = 0;
  const uint32_t cp = NextCodepoint(word, &pos);
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  // Letters of caseless scripts count as name-like.
  return SimpleFoldCodepoint(cp) != cp || cp >= 0x590;
}

// An organisation's initials: two to six capital letters ("BBC", "WSET").
bool IsAcronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The prefixes whose first byte is `first`, so that the per-line feature
// compares a handful of prefixes instead of all of them.
const std::vector<std::string_view>& PrefixesStartingWith(unsigned char first) {
  static const std::array<std::vector<std::string_view>, 256> kByFirstByte = [] {
    std::array<std::vector<std::string_view>, 256> table;
    for (std::string_view p : kPrefixes) table[static_cast<unsigned char>(p[0])].push_back(p);
    return table;
  }();
  return kByFirstByte[first];
}

// Did a renderer glue the name after the folded credit word `word` to it,
// where `rest` is what follows the word ("ByRhonda Krause", "Written byAAA
// Travel", "PorRodolfo Costa", "Veröffentlicht vonChris Jung")? A capital
// follows "by"; after "von", "por" and "par", which start capitalised
// words ("PARTITION", "PORTLAND"), a capital and a lower-case letter.
bool GluedToName(std::string_view word, std::string_view rest) {
  const bool capital = !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z';
  if (word == "by") return capital;
  return (word == "von" || word == "por" || word == "par") && capital && rest.size() > 1 &&
         rest[1] >= 'a' && rest[1] <= 'z';
}

// GluedToName for the folded credit word `word` that opens `s`, itself
// capitalised there ("ByRhonda Krause", "PorRodolfo Costa"; "by" only as
// "By"): a lower-case word glued to a name is a sentence's.
bool OpensGluedToName(std::string_view word, std::string_view s) {
  const bool capitalised = word == "by" ? s[0] == 'B' : s[0] >= 'A' && s[0] <= 'Z';
  return capitalised && GluedToName(word, s.substr(word.size()));
}

// Strips a byline prefix from the start of s ("By ", "Von ", "作者："); sets
// *had_prefix when one was there, and *labelled (if given) when it says by
// itself that a credit follows: a phrase ("Written by", "Erstellt von") or
// a label ("Autor:", "作者："), not a bare "by" or "von".
std::string_view StripPrefix(std::string_view s, bool* had_prefix, bool* labelled = nullptr) {
  s = Trim(s);
  const std::string folded = SimpleFold(s.substr(0, 64));
  if (folded.empty()) return s;
  // Only the prefixes starting with its first byte can match, in the order
  // of kPrefixes.
  for (std::string_view p : PrefixesStartingWith(static_cast<unsigned char>(folded[0]))) {
    if (folded.compare(0, p.size(), p) != 0) continue;
    const bool ends_mark = p.back() == ':' || p.back() == '/' || p.back() == ' ' ||
                           static_cast<unsigned char>(p.back()) >= 0x80;
    const char next = folded.size() > p.size() ? folded[p.size()] : '\0';
    // "ByRhonda Krause", "Written byAAA Travel", "PorRodolfo Costa",
    // "Veröffentlicht vonChris Jung": a prefix glued to the name by a
    // renderer (a capital right after it; a bare prefix capitalised too:
    // OpensGluedToName).
    const std::size_t space = p.rfind(' ');
    const bool glued = space == std::string_view::npos
                           ? OpensGluedToName(p, s)
                           : GluedToName(p.substr(space + 1), s.substr(p.size()));
    if (!ends_mark && next != ' ' && next != ':' && next != '\0' && !glued) continue;
    // A prefix alone ("By", "Written By:") is a credit whose name is on the
    // next line: it names nobody itself.
    *had_prefix = true;
    if (labelled != nullptr) {
      *labelled = ends_mark || p.find(' ') != std::string_view::npos;
    }
    return Trim(s.substr(p.size()));
  }
  return s;
}

// The canonical agency name when the whole piece names one ("Reuters",
// "(AFP)", "AP Photo" is not), else "".
std::string_view AgencyOf(std::string_view piece) {
  const std::string folded = SimpleFold(Trim(piece));
  for (const Agency& a : kAgencies)
    if (folded == a.folded) return a.name;
  // "Reuters staff", "dpa/AFP" are handled by the caller's splitting.
  return {};
}

// Removes role words from the ends of a name piece: "Senior Correspondent
// Jane Doe" -> "Jane Doe", "Jane Doe Staff Writer" -> "Jane Doe"; "기자".
// With leading = false only the end is trimmed (the cleaned byline keeps
// "Staff Clinician" but not "Jo Smith Staff Writer").
std::string StripRoles(std::string_view piece, bool leading) {
  std::vector<std::string_view> words = SpaceWords(piece);
  const auto is_role = [](std::string_view w) { return In<kRoleWords>(SimpleFold(Trim(w))); };
  // An acronym before the role words names an organisation, not a person
  // with a role: "BBC News", "WSET Global" stay whole.
  const bool organisation = words.size() > 1 && IsAcronym(Trim(words[0])) &&
                            std::all_of(words.begin() + 1, words.end(), is_role);
  while (!organisation && words.size() > 1 && is_role(words.back())) words.pop_back();
  // A role glued to the name by a renderer ("Jo SmithStaff Writer"): a
  // capital after a lower-case letter that starts a role word.
  if (words.size() > 1) {
    const std::string_view last = words.back();
    for (size_t k = last.size(); k-- > 1;) {
      if (last[k] >= 'A' && last[k] <= 'Z' && last[k - 1] >= 'a' && last[k - 1] <= 'z') {
        if (is_role(last.substr(k))) words.back() = last.substr(0, k);
        break;
      }
    }
  }
  size_t first = 0;
  while (leading && first < words.size() && is_role(words[first]) && words.size() - first > 1)
    ++first;
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += words[i];
  }
  // Korean "홍길동기자", Chinese/Japanese "山田太郎記者": a glued suffix.
  for (std::string_view suffix : {std::string_view("기자"), std::string_view("記者"),
                                  std::string_view("特派員"), std::string_view("特派员")}) {
    if (out.size() > suffix.size() &&
        out.compare(out.size() - suffix.size(), suffix.size(), suffix) == 0)
      out.resize(out.size() - suffix.size());
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

enum class PieceKind { kNone, kPerson, kDesk };

// What a cleaned piece is: a person's name, a desk or team credit, or
// neither (a role, a cue word, a sentence).
PieceKind Classify(std::string_view piece, bool had_prefix) {
  if (piece.empty() || piece.size() > 80) return PieceKind::kNone;
  // Digits only in a handle right after a prefix ("von Marianne1").
  if (HasDigit(piece) && !(had_prefix && piece.find(' ') == std::string_view::npos))
    return PieceKind::kNone;
  if (piece.find('@') != std::string_view::npos || piece.find("://") != std::string_view::npos)
    return PieceKind::kNone;
  const std::vector<std::string_view> words = SpaceWords(piece);
  if (words.empty() || words.size() > 6) return PieceKind::kNone;
  const std::string folded = SimpleFold(piece);
  if (LastDateCue(folded) != DateCue::kNone) return PieceKind::kNone;
  bool desk = false;
  bool any_role_only = true;
  int upper = 0;
  int lower = 0;
  // Each word folded once for the three passes below.
  std::vector<std::string> folded_words;
  folded_words.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    folded_words.push_back(SimpleFold(Trim(w)));
    const std::string& fw = folded_words.back();
    // "News Desk", "Podium Staff", "The Texas Newsroom", "Team Alpha"; not
    // "Senior Staff Technologist".
    if (In<kDeskWords>(fw) && (i + 1 == words.size() || (i == 0 && fw == "team"))) desk = true;
    if (!In<kRoleWords>(fw)) any_role_only = false;
    if (StartsUpper(w)) {
      ++upper;
    } else if (!In<kParticles>(fw)) {
      ++lower;
    }
  }
  // A desk may be named for the blog it writes ("Acme Blog Team", "Acme
  // Blog Redaktion"), when it ends with its desk word: "Team Blog" is a
  // menu entry.
  const bool blog_desk = desk && In<kDeskWords>(folded_words.back());
  for (const std::string& fw : folded_words) {
    if (In<kNotNameWords>(fw) && !(blog_desk && fw == "blog")) return PieceKind::kNone;
  }
  // Words of a date left beside it ("Wczoraj, 10 maja", "Monday |"): no name.
  if (std::all_of(folded_words.begin(), folded_words.end(), [](const std::string& fw) {
        return DayWordOffset(fw).has_value() || IsWeekdayWord(fw) || MonthFromWord(fw) != 0;
      })) {
    return PieceKind::kNone;
  }
  if (desk) return PieceKind::kDesk;
  if (any_role_only) return PieceKind::kNone;
  if (words.size() == 1 && In<kDegrees>(folded)) return PieceKind::kNone;
  if (lower == 0 && upper > 0) return PieceKind::kPerson;
  // "by whova": a lower-case handle-like name right after a prefix.
  if (had_prefix && words.size() <= 3) return PieceKind::kPerson;
  return PieceKind::kNone;
}

// Drops words without a letter: affiliation numbers and marks after a name
// ("Jane Doe 1,✉"), comment counts ("Jo Smith 0").
std::string WithoutMarks(std::string_view piece) {
  std::string out;
  const std::vector<std::string_view> words = SpaceWords(piece);
  for (std::string_view w : words) {
    bool letter = false;
    size_t pos = 0;
    while (pos < w.size() && !letter) {
      const uint32_t cp = NextCodepoint(w, &pos);
      letter = IsWordCodepoint(cp);
    }
    if (!letter) continue;
    // "Patil1*": affiliation marks glued to a name; a lone handle keeps its
    // digits ("Marianne1").
    while (!w.empty() &&
           (w.back() == '*' || (words.size() > 1 && w.back() >= '0' && w.back() <= '9'))) {
      w.remove_suffix(1);
    }
    if (!out.empty()) out += ' ';
    out.append(w.data(), w.size());
  }
  return out;
}

// Cue words of dates that stay behind once the date itself is cut out:
// "Rhonda Krause Updated" -> "Rhonda Krause", "Jo Roe Zuletzt geändert am";
// and the reading time that follows a credit ("Jo Roe Lesezeit: 4 Min.").
std::string_view CutAtDateCue(std::string_view segment) {
  static constexpr std::string_view kCues[] = {"updated",
                                               "update",
                                               "last updated",
                                               "last modified",
                                               "last edited",
                                               "latest updated",
                                               "published",
                                               "posted",
                                               "originally",
                                               "modified",
                                               "created",
                                               "aktualisiert",
                                               "veröffentlicht",
                                               "erschienen",
                                               "mis à jour",
                                               "publié",
                                               "actualizado",
                                               "publicado",
                                               "aggiornato",
                                               "pubblicato",
                                               "atualizado",
                                               "bijgewerkt",
                                               "gepubliceerd",
                                               "обновлено",
                                               "опубликовано",
                                               "zaktualizowano",
                                               "opublikowano",
                                               "güncellendi",
                                               "yayınlandı",
                                               "更新",
                                               "zuletzt geändert",
                                               "geändert am",
                                               "lesezeit",
                                               "reading time",
                                               "发布",
                                               "公開",
                                               "입력",
                                               "수정"};
  const std::string folded = SimpleFold(segment);
  if (folded.size() != segment.size()) return segment;  // offsets would not match
  size_t cut = folded.size();
  // A cue is a whole word ("Updatedson" is a name), at a word start or glued
  // to the name by a renderer that dropped the line break ("Jo
  // SmithUpdated: ...", "JO SMITHPUBLISHED: ..."): a capital after a
  // lower-case letter, or a capitalised cue followed by a colon.
  const auto is_cue = [&](size_t at, std::string_view cue) {
    const size_t end = at + cue.size();
    if (end < segment.size() && std::islower(static_cast<unsigned char>(segment[end]))) {
      return false;  // "UpdatedMarch 2" is glued on the right too
    }
    if (at == 0 || folded[at - 1] == ' ') return true;
    const char c = segment[at];
    const char before = segment[at - 1];
    // In capitals the cue ends the segment, where its date was cut out
    // ("KORIN MILLERPUBLISHED: JAN 29, 2025").
    const bool caps_at_end = end == segment.size() && before >= 'A' && before <= 'Z';
    return c >= 'A' && c <= 'Z' &&
           ((before >= 'a' && before <= 'z') || (end < segment.size() && segment[end] == ':') ||
            caps_at_end);
  };
  // The first position where any cue is one, which is the least of each
  // cue's first: only a word start or a capital can hold one (is_cue), so
  // the other positions are not searched (a find of every cue over the
  // whole segment was most of the time parsing a line took).
  for (size_t at = 0; at < folded.size() && cut == folded.size(); ++at) {
    const bool word_start = at == 0 || folded[at - 1] == ' ';
    if (!word_start && !(segment[at] >= 'A' && segment[at] <= 'Z')) continue;
    const std::string_view rest = std::string_view(folded).substr(at);
    for (std::string_view cue : kCues) {
      if (cue[0] == rest[0] && rest.substr(0, cue.size()) == cue && is_cue(at, cue)) {
        cut = at;
        break;
      }
    }
  }
  return Trim(segment.substr(0, cut));
}

bool IsIdeographic(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    const uint32_t cp = NextCodepoint(s, &pos);
    if (IsCjkIdeographOrKana(cp) || (cp >= 0xAC00 && cp <= 0xD7AF)) return true;
  }
  return false;
}

// Verbs that make a following " by " a credit whatever comes before them
// ("Profile image Written by Jo Smith").
constexpr std::string_view kCreditVerbs[] = {
    "written",     "posted",     "published",  "reported",       "erstellt",
    "geschrieben", "verfasst",   "gepostet",   "veröffentlicht", "écrit",
    "publié",      "rédigé",     "reporting",  "escrito",        "publicado",
    "scritto",     "pubblicato", "geschreven", "gepubliceerd",
};

// Nouns that make a following " by " a credit when they open the line
// ("Ein Artikel von Jo Smith", "Latest posts by Jo Smith"), not in prose
// ("... an answer to the post by Jo").
constexpr std::string_view kCreditNouns[] = {
    "article",   "story",   "post",    "posts",       "essay",   "column",   "text",     "texte",
    "interview", "artikel", "beitrag", "gastbeitrag", "kolumne", "articolo", "artículo", "artigo",
};
constexpr size_t kWordsBeforeCreditNoun = 3;

// A credit that names no author of the text: it opens with one of
// kNotAuthorPrefixes ("Photo by Jo Smith"), or one follows at most
// kWordsBeforeNotAuthor words that qualify it ("Hero image by Jo Smith",
// "Cover photo: Acme") when the segment opens with no author's prefix
// ("Text and photos by Jo Smith" credits the text's author) and they do
// not say the picture is the author's ("Avatar photo by Jo Smith": a
// renderer printed the portrait's alt text before the byline).
constexpr size_t kWordsBeforeNotAuthor = 2;
constexpr std::string_view kPortraitWords[] = {"avatar", "profile", "author", "headshot",
                                               "portrait"};
bool NotAuthorCredit(std::string_view segment, std::string_view folded) {
  // The first words as SpaceWords splits them, without allocating: every
  // segment of every line parsed comes here.
  std::string_view words[kWordsBeforeNotAuthor + 1];
  size_t count = 0;
  for (size_t i = 0; i < folded.size() && count <= kWordsBeforeNotAuthor;) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    const size_t start = i;
    while (i < folded.size() && folded[i] != ' ') ++i;
    if (i > start) words[count++] = folded.substr(start, i - start);
  }
  for (size_t k = 0; k < count; ++k) {
    const std::string_view rest =
        folded.substr(static_cast<size_t>(words[k].data() - folded.data()));
    for (std::string_view p : kNotAuthorPrefixes) {
      if (rest.compare(0, p.size(), p) != 0) continue;
      if (k == 0) return true;
      // (An author's picture rendered before the byline is the byline:
      // "Avatar photo by Jo Smith".)
      for (size_t j = 0; j < k; ++j) {
        if (In<kPortraitWords>(words[j])) return false;
      }
      bool prefixed = false;
      StripPrefix(segment, &prefixed);
      return !prefixed;
    }
  }
  return false;
}

// Where the credited name starts after a " by", " von", " par" or " por"
// inside the segment (0: none). Only the first one counts, and only when
// at most two words or a credit word come before it; *after_verb says
// which. The name may be glued to the word ("Posted byDamien Walter",
// "Veröffentlicht vonChris Jung").
size_t CreditAfterMidBy(std::string_view segment, std::string_view folded, bool* after_verb) {
  if (folded.size() != segment.size()) return 0;  // offsets would not match
  for (std::string_view mid : {std::string_view(" by"), std::string_view(" von"),
                               std::string_view(" par"), std::string_view(" por")}) {
    for (size_t at = folded.find(mid); at != std::string_view::npos;
         at = folded.find(mid, at + 1)) {
      const size_t after = at + mid.size();
      if (after + 1 >= segment.size()) break;
      const char next = segment[after];
      if (next != ' ' && !(next >= 'A' && next <= 'Z')) continue;  // "bypass", "vonage"
      const std::vector<std::string_view> before = SpaceWords(segment.substr(0, at));
      const std::string last = before.empty() ? std::string() : SimpleFold(before.back());
      *after_verb = In<kCreditVerbs>(last) ||
                    (In<kCreditNouns>(last) && before.size() <= kWordsBeforeCreditNoun);
      // "Christoph von Ritter", "by Walter von Aachen": a particle between a
      // first name and a surname, not a credit.
      const bool name_before =
          before.size() == 1 ||
          (before.size() == 2 && (SimpleFold(before[0]) == "by" || SimpleFold(before[0]) == "von"));
      if (!*after_verb && mid == " von" && name_before && StartsUpper(before.back()) &&
          segment[at + 1] == 'v' && next == ' ' && after + 1 < segment.size() &&
          segment[after + 1] >= 'A' && segment[after + 1] <= 'Z') {
        continue;
      }
      if (before.size() <= 2 || *after_verb) return next == ' ' ? after + 1 : after;
      break;
    }
  }
  return 0;
}

// Where a labelled credit ("作者：", "Autor:", "记者") starts among the words
// after the first, or npos: the end of a source named before it.
size_t LabelledCreditAt(std::string_view text) {
  const std::vector<std::string_view> words = SpaceWords(text);
  for (size_t k = 1; k < words.size(); ++k) {
    const std::string folded = SimpleFold(words[k]);
    for (std::string_view p : kPrefixes) {
      const unsigned char last = static_cast<unsigned char>(p.back());
      if ((last == ':' || last >= 0x80) && folded.compare(0, p.size(), p) == 0) {
        return static_cast<size_t>(words[k].data() - text.data());
      }
    }
  }
  return std::string_view::npos;
}

// A name of one word (a handle: "by marc"), or of words that all start
// with a capital or are particles: not "Claude Code itself" of "written by
// Claude Code itself", nor "our engineering team".
bool WrittenAsName(const std::string& name) {
  const std::vector<std::string_view> words = SpaceWords(name);
  if (words.size() <= 1) return true;
  for (std::string_view w : words) {
    if (!StartsUpper(w) && !In<kParticles>(SimpleFold(w))) return false;
  }
  return true;
}

// What a segment that starts with a source label ("Quelle: dpa") holds:
// the source, if a short name, and a labelled credit after it on the same
// segment ("来源：江澄日报 作者：林晓雯", once the renderer's ideographic
// spaces became plain ones).
struct SourceCredit {
  bool labelled = false;
  std::string_view source;  // "" when more than a short name
  std::string_view rest;    // the credit after the source, or ""
};

SourceCredit SourceLabelled(std::string_view segment, std::string_view folded) {
  SourceCredit out;
  if (folded.size() != segment.size()) return out;  // offsets would not match
  for (std::string_view p : kSourcePrefixes) {
    if (folded.compare(0, p.size(), p) != 0) continue;
    out.labelled = true;
    std::string_view source = Trim(segment.substr(std::min(p.size(), segment.size())));
    if (const size_t cut = LabelledCreditAt(source); cut != std::string_view::npos) {
      out.rest = source.substr(cut);
      source = Trim(source.substr(0, cut));
    }
    const std::vector<std::string_view> words = SpaceWords(source);
    if (!words.empty() && words.size() <= kMaxSourceWords && !HasDigit(source)) {
      out.source = source;
    }
    return out;
  }
  return out;
}

// What one segment of a byline credits.
struct SegmentCredit {
  std::vector<std::string> names;  // persons and desks, in order
  std::string text;                // the pieces as written, without roles
  int persons = 0;
  bool desk_only = false;
  bool prefixed = false;      // after "By", "Von", "作者"...
  bool mid_by = false;        // after " by " inside the segment ("Recent posts by")
  bool labelled = false;      // after a credit phrase or label ("Posted by", "Autor:")
  bool after_date = false;    // right after a date ("May 2, 2025 by Jo Smith")
  bool after_agency = false;  // an agency came first ("IANS | New Delhi")
  bool later = false;         // not the line's first segment
  bool continues = false;     // starts with "and", "with", "avec"...
  std::string_view joint;     // that word, which the cleaned byline keeps
};

}  // namespace

Byline ParseByline(std::string_view line, Language language) {
  (void)language;  // the prefix and role tables cover all languages at once
  Byline result;
  if (line.size() > kMaxBylineLineBytes) return result;
  // A breadcrumb ("Home › Guides › Tips") credits no one.
  int crumbs = 0;
  for (std::string_view mark : {"\xE2\x80\xBA", "\xC2\xBB", " > "}) {
    for (size_t at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + 1))
      ++crumbs;
  }
  if (crumbs >= 2) return result;
  std::string text(line);
  // 1. Dates and times become separators ("by Jo Smith on July 11, 2012").
  DateContext far_future;
  far_future.now = 4102444800;  // 2100-01-01: lets relative and year-less dates be found
  for (const FoundDate& d : FindDates(line, far_future)) ReplaceAll(&text, d.text, kDateMark);
  // A no-break space is a space ("By Jo Smith\u00A0\u00A0 View In Digital
  // Edition": a run of them separates too).
  ReplaceAll(&text, "\xC2\xA0", " ");
  // Soft hyphens a page puts inside long names ("Mat\u00ADthi\u00ADas") go.
  ReplaceAll(&text, "\xC2\xAD", "");
  // Runs of spaces or tabs separate page elements ("Text von A   Foto von B").
  {
    std::string separated;
    for (size_t i = 0; i < text.size(); ++i) {
      const bool gap = (text[i] == ' ' || text[i] == '\t') && i + 1 < text.size() &&
                       (text[i + 1] == ' ' || text[i + 1] == '\t');
      if (!gap && text[i] != '\t') {
        separated += text[i];
        continue;
      }
      while (i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\t')) ++i;
      separated += " | ";
    }
    text = separated;
  }
  // 2. E-mail addresses, URLs and handles go; "(Reuters)" is kept for step 4.
  {
    std::string kept;
    const std::vector<std::string_view> words = SpaceWords(text);
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view w = words[i];
      const bool email = w.find('@') != std::string_view::npos &&
                         w.find('.', w.find('@')) != std::string_view::npos;
      const bool handle = w.size() > 1 && w[0] == '@';
      const bool url = w.find("://") != std::string_view::npos || w.substr(0, 4) == "www.";
      // A count of page furniture ends the name before it: "By Jo Roe 15
      // min read", "By Jo Roe 4 Comments", "2–3 minutes".
      const bool count = w[0] >= '0' && w[0] <= '9' && i + 1 < words.size() &&
                         In<kNotNameWords>(SimpleFold(Trim(words[i + 1])));
      // "Posted by Jo Roe at 2:33 PM": "at" before the time ends the name.
      const bool at_time =
          i + 1 < words.size() && IsAtWord(w) &&
          (words[i + 1] == kDateMark || (words[i + 1][0] >= '0' && words[i + 1][0] <= '9'));
      if (email || url || count || at_time) {
        kept += " | ";
        continue;
      }
      if (handle) continue;
      // "Wilkinson@alissamarie": a handle glued to the name.
      const size_t at = w.find('@');
      if (at != std::string_view::npos && at > 0) w = w.substr(0, at);
      if (!kept.empty()) kept += ' ';
      kept.append(w.data(), w.size());
    }
    text = kept;
  }
  // 3. Segments at the byline's separators.
  static const Separators kSegmentSeps({kDateMark,
                                        "|",
                                        "\xC2\xBB",
                                        "\xE2\x80\xBA",
                                        " > ",
                                        "\xC2\xB7",
                                        "\xE2\x80\xA2",
                                        " - ",
                                        " \xE2\x80\x93 ",
                                        " \xE2\x80\x94 ",
                                        "\t",
                                        "(",
                                        ")",
                                        "[",
                                        "]",
                                        "\xEF\xBD\x9C",
                                        "\xE3\x80\x80",
                                        " / ",
                                        "//",
                                        " on ",
                                        " in ",
                                        " under ",
                                        " unter ",
                                        " dans ",
                                        " am ",
                                        " le ",
                                        " el ",
                                        " il ",
                                        " op "});
  std::vector<SegmentCredit> segments;
  std::string source_credit;  // after a source label ("Quelle:", "来源：")
  size_t segment_index = 0;   // among non-empty segments
  bool date_before = false;   // a date since the last non-empty segment
  bool agency_seen = false;
  std::vector<std::string_view> segment_joints;
  std::vector<std::string> raw_segments = SplitOn(text, kSegmentSeps, &segment_joints);
  size_t filled_segments = 0;
  for (const std::string& raw_segment : raw_segments)
    filled_segments += Trim(raw_segment).empty() ? 0 : 1;
  for (size_t segment_at = 0; segment_at < raw_segments.size(); ++segment_at) {
    const std::string raw_segment = raw_segments[segment_at];  // copied: the list may grow
    SegmentCredit credit;
    std::string_view segment = Trim(raw_segment);
    date_before = date_before || segment_joints[segment_at] == kDateMark;
    if (segment.empty()) continue;
    credit.after_date = date_before;
    date_before = false;
    if (!result.agency.empty()) agency_seen = true;
    credit.after_agency = agency_seen;
    credit.later = segment_index++ > 0;
    // A one-word label before a date ("Datum: 31/08/2019", "Stand:
    // 12.11.2021", "Expires: ..."): the word names the date, no one.
    {
      const size_t last = raw_segment.find_last_not_of(" \t");
      const bool date_next =
          segment_at + 1 < segment_joints.size() && segment_joints[segment_at + 1] == kDateMark;
      if (date_next && last != std::string::npos && raw_segment[last] == ':' &&
          SpaceWords(segment).size() == 1) {
        continue;
      }
    }
    const std::string folded_segment = SimpleFold(segment);
    if (NotAuthorCredit(segment, folded_segment)) continue;
    if (const SourceCredit source = SourceLabelled(segment, folded_segment); source.labelled) {
      if (source_credit.empty()) source_credit = std::string(source.source);
      if (!source.rest.empty()) {
        raw_segments.insert(raw_segments.begin() + static_cast<std::ptrdiff_t>(segment_at) + 1,
                            std::string(source.rest));
        // (std::string_view(), not {}: {} is an empty initializer list and
        // inserted nothing, leaving the joints one short of the segments.)
        segment_joints.insert(segment_joints.begin() + static_cast<std::ptrdiff_t>(segment_at) + 1,
                              std::string_view());
        ++filled_segments;
      }
      continue;
    }
    // "Recent posts by Jo Smith", "Erstellt von Andri Bryner", "Profile image
    // Written by Jo Smith": take what follows the first " by "/" von " when
    // little comes before it or a credit verb does (not "deals announced by
    // Acme and Foo").
    bool after_verb = false;
    if (const size_t after = CreditAfterMidBy(segment, folded_segment, &after_verb); after > 0) {
      segment = Trim(segment.substr(after));
      credit.prefixed = true;
      credit.mid_by = true;
      credit.labelled = after_verb;
    } else {
      segment = StripPrefix(segment, &credit.prefixed, &credit.labelled);
    }
    segment = CutAtDateCue(segment);
    if (segment.empty()) continue;
    // "Topics: uber, Sydney": a labelled list, not a credit.
    if (!credit.prefixed && segment.find(':') != std::string_view::npos) continue;
    if (const std::string_view agency = AgencyOf(segment); !agency.empty()) {
      if (result.agency.empty()) result.agency = std::string(agency);
      continue;
    }
    // "(reporting) and Adrian Malloch", "(avec Damien Leloup)": a segment
    // that continues a list of authors.
    for (std::string_view conj : kContinuations) {
      if (segment.substr(0, conj.size()) == conj) {  // lower case: "ET Online" is a name
        credit.continues = true;
        credit.joint = Trim(conj);
        segment = Trim(segment.substr(conj.size()));
      }
    }
    // 4. Pieces: "A, B and C", "A & B", "A und B", "A/B" agencies.
    static const Separators kPieceSeps = [] {
      std::vector<std::string_view> seps(std::begin(kConjunctions), std::end(kConjunctions));
      seps.push_back(",");
      seps.push_back("/");
      seps.push_back(";");
      return Separators(std::move(seps));
    }();
    std::vector<std::string_view> joints;
    const std::vector<std::string> pieces = SplitOn(segment, kPieceSeps, &joints);
    // "Written by Jo and Sam": first names alone, listed after a prefix.
    bool first_names = credit.prefixed && pieces.size() > 1;
    for (const std::string& p : pieces) {
      const std::vector<std::string_view> words = SpaceWords(Trim(p));
      first_names = first_names && words.size() == 1 && StartsUpper(words[0]);
    }
    for (size_t piece_index = 0; piece_index < pieces.size(); ++piece_index) {
      const std::string letters = WithoutMarks(pieces[piece_index]);
      std::string_view piece = Trim(letters);
      bool piece_prefix = credit.prefixed || credit.continues;
      // Prose, not a credit: "Deals announced by Acme, Borealis and Quanta",
      // "Das dubiose Geschäft mit der Hoffnung".
      if (piece_index == 0 && !piece_prefix && SpaceWords(piece).size() >= 3 &&
          Classify(piece, false) == PieceKind::kNone)
        break;
      // "Jo Smith, a deputy editor and author of ...": an apposition about
      // the name before it ends the credit.
      if (piece_index > 0 && joints[piece_index] == "," && !piece.empty() &&
          In<kArticles>(SpaceWords(piece)[0])) {
        break;
      }
      piece = StripPrefix(piece, &piece_prefix);
      if (piece.empty()) continue;
      if (const std::string_view agency = AgencyOf(piece); !agency.empty()) {
        if (result.agency.empty()) result.agency = std::string(agency);
        continue;
      }
      // "Reuters staff": an agency with a role word.
      const std::vector<std::string_view> words = SpaceWords(piece);
      if (words.size() == 2 && !AgencyOf(words[0]).empty() &&
          In<kRoleWords>(SimpleFold(words[1]))) {
        if (result.agency.empty()) result.agency = std::string(AgencyOf(words[0]));
        continue;
      }
      const PieceKind kind = Classify(piece, piece_prefix);
      // A lone desk word is a credit only after a prefix ("By Staff") or
      // as the whole line ("Newsdesk").
      const bool whole_line = filled_segments == 1 && pieces.size() == 1;
      const bool desk =
          kind == PieceKind::kDesk && (piece_prefix || words.size() > 1 || whole_line);
      bool role_only = !desk;
      for (std::string_view w : words)
        if (!In<kRoleWords>(SimpleFold(Trim(w)))) role_only = false;
      if (role_only) continue;
      // The cleaned byline keeps degrees and titles as written ("Jo Smith,
      // MD"); only pure roles ("Staff Writer") and agencies go.
      // Names joined by a word keep it ("Jo Roe und Al Poe", "Jo Roe with Al
      // Poe"); commas and marks become ", ".
      if (!credit.text.empty()) {
        const std::string_view joint = joints[piece_index];
        const bool word = !joint.empty() && joint.front() == ' ' && joint.back() == ' ' &&
                          (std::isalpha(static_cast<unsigned char>(joint[1])) ||
                           static_cast<unsigned char>(joint[1]) >= 0x80);
        credit.text += word ? std::string(joint) : std::string(", ");
      }
      credit.text += desk ? std::string(piece) : StripRoles(piece, false);
      if (desk) {
        credit.names.emplace_back(piece);
        credit.desk_only = credit.persons == 0;
        continue;
      }
      // A job title after a name ("Mike Marshall, Shipping Expert") stays
      // in the text and names no one.
      if (credit.persons > 0 && words.size() >= 2 && IsOccupation(words.back())) continue;
      const std::string name = StripRoles(piece, true);
      // Lower-case handles ("von lupa") only as the first piece after the
      // prefix, not "à Kiev" in "Par Claire Dumas, envoyée spéciale à Kiev".
      // (Most names are the piece itself, already classified with the
      // same arguments for the first piece: not classified again.)
      if (name.empty()) continue;
      const bool name_prefix = piece_prefix && piece_index == 0;
      const PieceKind name_kind =
          name == piece && name_prefix == piece_prefix ? kind : Classify(name, name_prefix);
      if (name_kind != PieceKind::kPerson) continue;
      // One word is a name alone in its segment, and only after a prefix
      // or first on the line ("By Mindy", "Mindy · 0 Comments"); not
      // "Technologist" among pieces, nor "Guides" in "Home › Guides › ...".
      const bool one_word = name.find(' ') == std::string::npos && !IsIdeographic(name);
      if (one_word && ((pieces.size() > 1 && !first_names) || (!credit.prefixed && credit.later)))
        continue;
      credit.names.push_back(name);
      ++credit.persons;
      credit.desk_only = false;
    }
    if (!credit.names.empty()) segments.push_back(std::move(credit));
  }
  // 5. Which segments credit the article: those after a prefix when there
  // are any ("Le Monde | ... | Par Martin Untersinger"), else the first one
  // with a person; desks ("| The Texas Newsroom") and continuations join.
  bool any_prefixed = false;
  for (const SegmentCredit& c : segments) any_prefixed = any_prefixed || (c.prefixed && c.persons);
  bool taken = false;
  for (const SegmentCredit& c : segments) {
    const bool unprefixed_after_agency = c.after_agency && !c.prefixed && !c.continues;
    const bool use =
        c.desk_only || (taken && c.continues) ||
        (!unprefixed_after_agency && (any_prefixed ? (c.prefixed || c.continues) : !taken));
    if (!use) continue;
    if (c.persons > 0) taken = true;
    result.desk = c.desk_only && (result.authors.empty() || result.desk);
    if (c.prefixed && (c.labelled || (c.after_date && !c.mid_by)) &&
        std::all_of(c.names.begin(), c.names.end(), WrittenAsName)) {
      result.credited = true;
    }
    for (const std::string& name : c.names) result.authors.push_back(name);
    // "Jo Roe (with Al Poe)": the word that continues the list stays, as
    // between names of one segment.
    if (!result.cleaned.empty()) {
      result.cleaned += c.continues && !c.joint.empty() ? " " + std::string(c.joint) + " " : ", ";
    }
    result.cleaned += c.text;
  }
  // A labelled source is the agency when it is a known one or when the line
  // credits an author beside it ("来源：江澄日报 作者：林晓雯").
  if (result.agency.empty() && !source_credit.empty()) {
    const std::string_view known = AgencyOf(source_credit);
    if (!known.empty()) {
      result.agency = std::string(known);
    } else if (!result.authors.empty()) {
      result.agency = source_credit;
    }
  }
  if (!result.agency.empty()) {
    if (!result.cleaned.empty()) result.cleaned += ", ";
    result.cleaned += result.agency;
  }
  return result;
}

Byline CopyrightHolder(std::string_view line, Language language) {
  if (line.size() > kMaxCopyrightBytes) return {};
  const std::string folded = SimpleFold(line);
  if (folded.size() != line.size()) return {};  // offsets would not match
  // The holder starts after the last mark: "Copyright © 2025 Jo Smith".
  size_t start = std::string::npos;
  for (std::string_view mark :
       {std::string_view("\xC2\xA9"), std::string_view("(c)"), std::string_view("copyright")}) {
    const size_t at = folded.find(mark);
    if (at != std::string::npos && (start == std::string::npos || at + mark.size() > start)) {
      start = at + mark.size();
    }
  }
  if (start == std::string::npos) return {};
  // Years, ranges and "by" before the name: "© 2012 - 2025 by Jo Smith".
  for (std::string_view w : SpaceWords(line.substr(start))) {
    const std::string_view t = Trim(w);
    const std::string fw = SimpleFold(t);
    const bool lead = t.empty() || HasDigit(t) || t == "\xE2\x80\x93" || fw == "by" ||
                      fw == "since" || fw == "seit" || fw == "depuis" || fw == "desde";
    if (!lead) break;
    start = static_cast<size_t>(w.data() + w.size() - line.data());
  }
  // It ends where the footer goes on: a full stop, a separator, "All rights
  // reserved", a link word.
  size_t end = line.size();
  for (std::string_view stop : kCopyrightStops) {
    size_t at = folded.find(stop, start);
    // Not the full stop of an abbreviation ("St. Mary's", "Acme e.V.").
    while (at != std::string::npos && stop == ". " && IsAbbreviationEnd(line, start, at)) {
      at = folded.find(stop, at + 1);
    }
    if (at != std::string::npos && at < end) end = at;
  }
  for (std::string_view link : kGluedFooterLinks) {
    for (size_t at = line.find(link, start); at != std::string_view::npos && at < end;
         at = line.find(link, at + 1)) {
      const size_t after = at + link.size();
      const bool word_end = after == line.size() || !(line[after] >= 'a' && line[after] <= 'z');
      if (at > start && line[at - 1] >= 'a' && line[at - 1] <= 'z' && word_end) {
        end = at;
        break;
      }
    }
  }
  std::string_view holder = Trim(line.substr(start, end - start));
  // Years after a person's name: "© Jo Smith 2016-2025" (two to four words
  // written as a name; a site's name with years is left out as before).
  {
    std::vector<std::string_view> words = SpaceWords(holder);
    const size_t all = words.size();
    while (words.size() > 2 && (HasDigit(words.back()) || Trim(words.back()).empty())) {
      words.pop_back();
    }
    const bool name =
        words.size() >= 2 && words.size() <= 4 &&
        std::all_of(words.begin(), words.end(), [](std::string_view w) {
          return StartsUpper(w) && !HasDigit(w) &&
                 std::any_of(w.begin() + 1, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        });
    if (name && words.size() < all) {
      holder = Trim(holder.substr(
          0, static_cast<size_t>(words.back().data() + words.back().size() - holder.data())));
    }
  }
  // A name ("Jo Smith") or a domain ("acme-news.com") in letters, not a
  // photo credit in lower case ("© private"), a template left unfilled
  // ("{{ year }}") or a link ("Copyright & Permissions": no mark, no year).
  const bool marked = folded.find("\xC2\xA9") != std::string::npos ||
                      folded.find("(c)") != std::string::npos || HasDigit(line);
  // A footer dates its notice, reserves the rights or spells the mark out;
  // a photo's credit does none of these ("© Jo Smith" under a picture, "©
  // Acme Police").
  bool footer = HasDigit(line);
  for (std::string_view reserved : {"rights reserved", "rechte", "tous droits", "derechos",
                                    "diritti", "direitos", "voorbehouden", "(c)", "copyright"}) {
    footer = footer || folded.find(reserved) != std::string::npos;
  }
  const bool plain = std::all_of(holder.begin(), holder.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalpha(u) || c == ' ' || c == '.' || c == '-' || c == '\'' ||
           c == '&' || c == ',';
  });
  if (holder.empty() || !plain || !marked || !footer ||
      (!StartsUpper(holder) && holder.find('.') == std::string_view::npos)) {
    return {};
  }
  // Parsed as a credit after a prefix, so that a handle or a domain is a
  // name too ("© 2025 kaiweb", "© acme-news.com"); a name is kept as
  // written, with the words a byline drops as roles ("Coastline News").
  const Byline parsed = ParseByline("by " + std::string(holder), language);
  if (parsed.authors.empty()) return parsed.agency.empty() ? Byline{} : parsed;
  if (parsed.authors.size() > 1) return {};
  // A company holds the rights to a news site's pages but wrote none of
  // them ("© 2025 Westbrook Courier Media Ltd").
  for (std::string_view w : SpaceWords(holder)) {
    if (In<kCompanyWords>(SimpleFold(Trim(w)))) return {};
  }
  Byline byline;
  byline.cleaned = std::string(holder);
  byline.authors.push_back(byline.cleaned);
  byline.desk = parsed.desk;
  return byline;
}

namespace {

// Some prefix can start with lower-case ASCII `first` then `second` (a
// byte, or 256 when none follows), as far as two bytes tell (a non-ASCII
// second byte may fold to anything).
bool PrefixMayStartWith(unsigned char first, unsigned second) {
  for (std::string_view p : PrefixesStartingWith(first)) {
    if (p.size() < 2 ||
        (second < 256 && (second >= 0x80 || ToAsciiLower(static_cast<unsigned char>(second)) ==
                                                static_cast<unsigned char>(p[1])))) {
      return true;
    }
  }
  return false;
}

// PrefixMayStartWith of every ASCII first byte and every second one or
// none, built once: looked up, not a scan of the prefixes of the first
// byte at each word start (most of MentionsCreditPrefix's time on lines of
// prose).
using PrefixStartTable = std::array<std::bitset<257>, 128>;
const PrefixStartTable& PrefixStarts() {
  static const PrefixStartTable kStarts = [] {
    PrefixStartTable table;
    for (unsigned first = 0; first < 128; ++first) {
      for (unsigned second = 0; second <= 256; ++second) {
        table[first][second] = PrefixMayStartWith(static_cast<unsigned char>(first), second);
      }
    }
    return table;
  }();
  return kStarts;
}

// Some prefix can start at line[i], an ASCII letter, as far as its first
// two bytes tell. `starts`: PrefixStarts(), fetched once by a caller that
// asks at many positions.
bool MayStartPrefix(const PrefixStartTable& starts, std::string_view line, size_t i) {
  const auto first = ToAsciiLower(static_cast<unsigned char>(line[i]));
  const unsigned second = i + 1 < line.size() ? static_cast<unsigned char>(line[i + 1]) : 256;
  return starts[first & 0x7F][second];
}

}  // namespace

// The kinds of bytes that tell where MentionsCreditPrefix may find a
// prefix: ASCII neither letter nor digit, a lower-case letter, a capital, a
// digit, a UTF-8 continuation byte, a lead byte of two, of three or four.
enum ByteKind : uint8_t { kOther, kLower, kUpper, kDigit, kTrail, kLead2, kLead3 };
constexpr std::array<uint8_t, 256> kByteKind = [] {
  std::array<uint8_t, 256> kinds{};
  for (unsigned b = 0; b < 256; ++b) {
    kinds[b] = b >= 0xE0              ? kLead3
               : b >= 0xC0            ? kLead2
               : b >= 0x80            ? kTrail
               : b >= 'a' && b <= 'z' ? kLower
               : b >= 'A' && b <= 'Z' ? kUpper
               : b >= '0' && b <= '9' ? kDigit
                                      : kOther;
  }
  return kinds;
}();
// By a byte's kind, the kinds of the byte before it after which a prefix
// may start there (bit k: kind k): a letter or a lead byte of two after
// what is neither letter nor digit nor part of a non-ASCII character (a
// space or a mark); a capital after a digit too (a date glued to the
// credit: "27 September,2023By Jo Smith"); a lead byte of three or four
// after anything (scripts written without spaces: "…　作者：").
constexpr uint8_t kMayOpenAfter[] = {
    0,                                // kOther
    1u << kOther,                     // kLower
    (1u << kOther) | (1u << kDigit),  // kUpper
    0,                                // kDigit
    0,                                // kTrail
    1u << kOther,                     // kLead2
    0x7F,                             // kLead3
};

namespace {

// A prefix may start at line[i] after the byte before it (kMayOpenAfter).
bool MayOpenAt(std::string_view line, size_t i) {
  const auto c = static_cast<unsigned char>(line[i]);
  const unsigned char before = i == 0 ? ' ' : static_cast<unsigned char>(line[i - 1]);
  return ((kMayOpenAfter[kByteKind[c]] >> kByteKind[before]) & 1) != 0;
}

#if defined(__SSE2__)
// MayOpenAt of the sixteen bytes from at[0] on, as the bits of a mask
// (bit k: at[k]); at[-1] must be readable. The same tests on byte ranges,
// sixteen at a time (one by one they were most of MentionsCreditPrefix's
// time on long lines, where few bytes start a word).
uint32_t MayOpenMask(const char* at) {
  const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
  const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at - 1));
  // Signed compares: ASCII bytes are 0..127, the others negative.
  const auto in = [](__m128i v, int lo, int hi) {  // lo <= v <= hi
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i upper = in(c, 'A', 'Z');
  const __m128i letter_or_lead2 =
      _mm_or_si128(_mm_or_si128(upper, in(c, 'a', 'z')), in(c, -64, -33));  // 0xC0..0xDF
  const __m128i lead3 = in(c, -32, -1);                                     // 0xE0..0xFF
  const __m128i digit_before = in(before, '0', '9');
  const __m128i alnum_before =
      _mm_or_si128(digit_before, _mm_or_si128(in(before, 'A', 'Z'), in(before, 'a', 'z')));
  const __m128i other_before =
      _mm_andnot_si128(alnum_before, _mm_cmpgt_epi8(before, _mm_set1_epi8(-1)));
  const __m128i may = _mm_or_si128(lead3, _mm_or_si128(_mm_and_si128(letter_or_lead2, other_before),
                                                       _mm_and_si128(upper, digit_before)));
  return static_cast<uint32_t>(_mm_movemask_epi8(may));
}
#endif

// A prefix starts at line[i], where one may open (MayOpenAt).
bool PrefixAt(const PrefixStartTable& starts, std::string_view line, size_t i) {
  const auto c = static_cast<unsigned char>(line[i]);
  // ASCII letters fold to their lower case, the folded head's first bytes:
  // most word starts begin no prefix, and need no folding.
  if (c < 0x80 && !MayStartPrefix(starts, line, i)) return false;
  char buf[96];  // 24 bytes fold to at most 72
  const std::string_view head(buf, SimpleFoldInto(line.substr(i, 24), buf, sizeof buf));
  if (head.empty()) return false;
  for (std::string_view p : PrefixesStartingWith(static_cast<unsigned char>(head[0]))) {
    if (head.substr(0, p.size()) != p) continue;
    const unsigned char last = static_cast<unsigned char>(p.back());
    if (last == ':' || last == '/' || last == ' ' || last >= 0x80) return true;
    // A whole word ("by", not "bypass"), or "by" glued to a capital ("byJo").
    const unsigned char next =
        i + p.size() < line.size() ? static_cast<unsigned char>(line[i + p.size()]) : ' ';
    if (next < 0x80 && !IsAsciiLower(next) && !IsAsciiDigit(next)) return true;
  }
  return false;
}

}  // namespace

bool MentionsCreditPrefix(std::string_view line) {
  const PrefixStartTable& starts = PrefixStarts();
  size_t i = 0;
#if defined(__SSE2__)
  if (line.size() > 16) {
    if (MayOpenAt(line, 0) && PrefixAt(starts, line, 0)) return true;
    for (i = 1; i + 16 <= line.size(); i += 16) {
      for (uint32_t may = MayOpenMask(line.data() + i); may != 0; may &= may - 1) {
        if (PrefixAt(starts, line, i + static_cast<size_t>(__builtin_ctz(may)))) return true;
      }
    }
  }
#endif
  for (; i < line.size(); ++i) {
    if (MayOpenAt(line, i) && PrefixAt(starts, line, i)) return true;
  }
  return false;
}

bool IsJobTitle(std::string_view line) {
  // (A tagline may follow the title: "Contributing Writer | Strategy, colony
  // sims, and RPG player".)
  line = line.substr(0, line.find(" | "));
  const std::vector<std::string_view> words = SpaceWords(line);
  if (words.empty() || words.size() > kMaxJobTitleWords) return false;
  const std::string_view end = words.back();
  if (end.back() == '.' || end.back() == '!' || end.back() == '?') {
    return false;  // a sentence: "Jo Smith wrote this."
  }
  bool had_prefix = false;
  StripPrefix(line, &had_prefix);
  if (had_prefix) return false;  // "Author: Jo Smith" is a credit
  const std::string folded = SimpleFold(line);
  for (std::string_view p : kNotAuthorPrefixes) {
    if (folded.compare(0, p.size(), p) == 0) return false;
  }
  for (std::string_view w : words) {
    if (IsOccupation(w)) return true;
  }
  return false;
}

bool IsOccupation(std::string_view word) {
  // "Writer," "Hardware |": the word without its marks; "Tonight
  // News-Redaktion": the part after a hyphen too.
  const std::string fw = SimpleFold(Trim(word));
  if (In<kOccupations>(fw)) return true;
  const size_t hyphen = fw.rfind('-');
  if (hyphen != std::string::npos && hyphen > 0 && In<kOccupations>(fw.substr(hyphen + 1))) {
    return true;
  }
  for (std::string_view ending : kOccupationEndings) {
    const bool compound = fw.size() >= ending.size() + kMinCompoundHead &&
                          std::string_view(fw).substr(fw.size() - ending.size()) == ending;
    if (compound || fw == ending) return true;
  }
  return false;
}

bool LooksLikeByline(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '*' || line[i] == '-')) ++i;
  const std::string_view s = line.substr(i);
  if (s.empty() || s.size() > 200) return false;
  // Folded only when its first two bytes may start a prefix (MayStartPrefix,
  // for an ASCII first byte): the features ask this of every line, and most
  // start none.
  if (static_cast<unsigned char>(s[0]) >= 0x80 || MayStartPrefix(PrefixStarts(), s, 0)) {
    char buf[96];  // 24 bytes fold to at most 72
    const std::string_view head(buf, SimpleFoldInto(s.substr(0, 24), buf, sizeof buf));
    if (head.empty()) return false;
    for (std::string_view p : PrefixesStartingWith(static_cast<unsigned char>(head[0]))) {
      if (head.substr(0, p.size()) != p) continue;
      if (p.size() == s.size()) return false;
      const char next = s[p.size()];
      const unsigned char last = static_cast<unsigned char>(p.back());
      if (last == ':' || last == '/' || last == ' ' || last >= 0x80) return true;
      // "By Jane", "Von Max": a capital (or any non-ASCII letter) after a space.
      if (next == ' ' && p.size() + 1 < s.size()) {
        const auto c = static_cast<unsigned char>(s[p.size() + 1]);
        return (c >= 'A' && c <= 'Z') || c >= 0x80;
      }
      if (next == ':') return true;
      // "ByRhonda Krause", "PorRodolfo Costa"
      return OpensGluedToName(p, s);
    }
  }
  // Korean: "홍길동 기자" ends the line with the word for reporter.
  const std::string_view kReporter = "\xEA\xB8\xB0\xEC\x9E\x90";  // 기자
  return s.size() >= kReporter.size() && s.substr(s.size() - kReporter.size()) == kReporter &&
         s.size() < 60;
}

}  // namespace pith::internal

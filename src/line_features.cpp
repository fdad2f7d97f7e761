#include "line_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ascii_scan.h"
#include "byline.h"
#include "dates.h"
#include "hash.h"
#include "quotes.h"
#include "word_table.h"
#include "words.h"

namespace pith::internal {
namespace {

// ---------------------------------------------------------------------------
// Vocabulary. Folded words that mark navigation, sharing and page furniture,
// in the languages of DESIGN.md section 2. A hit is a signal, not a verdict:
// the model weighs it against the rest.

const std::unordered_set<std::string_view>& NavigationWords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      // English
      "home", "menu", "subscribe", "subscribers", "subscription", "sign", "login", "log",
      "register", "share", "shares", "sharing", "facebook", "twitter", "whatsapp", "linkedin",
      "pinterest", "reddit", "instagram", "youtube", "tiktok", "telegram", "email", "print",
      "advertisement", "advertising", "ad", "ads", "sponsored", "cookie", "cookies", "privacy",
      "terms", "related", "trending", "popular", "comments", "comment", "newsletter", "newsletters",
      "search", "skip", "contact", "about", "follow", "copyright", "rss", "podcast", "podcasts",
      "video", "videos", "photos", "gallery", "sitemap", "faq", "careers", "accept", "settings",
      "account", "profile", "logout", "next", "previous", "prev", "more", "loading", "click", "tap",
      "download", "app", "apps", "tags", "topics", "categories", "archive", "archives", "feedback",
      "disclaimer", "policy", "edition", "weather", "x",
      // German
      "startseite", "anmelden", "abonnieren", "abo", "teilen", "werbung", "datenschutz",
      "impressum", "kommentare", "suche", "mehr", "weiterlesen", "anzeige", "kontakt", "newsletter",
      "nutzungsbedingungen", "zurück",
      // French
      "accueil", "connexion", "abonner", "abonnez", "partager", "publicité", "confidentialité",
      "commentaires", "rechercher", "recherche", "suivez", "mentions", "légales", "lire",
      // Spanish / Portuguese / Italian
      "inicio", "suscríbete", "suscribirse", "compartir", "publicidad", "privacidad", "comentarios",
      "buscar", "síguenos", "iniciar", "sesión", "entrar", "assinar", "compartilhar", "publicidade",
      "comentários", "pesquisar", "início", "accedi", "abbonati", "condividi", "pubblicità",
      "commenti", "cerca", "seguici",
      // Dutch / Polish / Turkish
      "inloggen", "abonneren", "delen", "advertentie", "reacties", "zoeken", "zaloguj",
      "udostępnij", "reklama", "komentarze", "szukaj", "subskrybuj", "giriş", "paylaş", "reklam",
      "yorumlar", "ara", "abone",
      // Russian
      "главная", "войти", "подписаться", "поделиться", "реклама", "комментарии", "поиск", "меню",
      "вход", "регистрация",
      // Arabic / Hindi
      "الرئيسية", "اشترك", "شارك", "إعلان", "تعليقات", "بحث", "होम", "शेयर", "विज्ञापन", "खोजें",
      "सब्सक्राइब",
      // Chinese / Japanese / Korean (as the word breaker yields them)
      "首页", "登录", "订阅", "分享", "广告", "评论", "搜索", "ホーム", "ログイン", "シェア",
      "広告", "コメント", "検索", "홈", "로그인", "구독", "공유", "광고", "댓글", "검색"};
  return *words;
}

// Words of comment threads and teaser lists: the main source of leaked
// boilerplate in the prototype (DESIGN.md section 5).
const std::unordered_set<std::string_view>& CommentWords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "reply",    "replies",   "says",     "said",     "wrote",     "posted",      "report",
      "like",     "likes",     "upvote",   "downvote", "permalink", "flag",        "ago",
      "minutes",  "hours",     "days",     "guest",    "anonymous", "member",      "antworten",
      "répondre", "responder", "rispondi", "ответить", "reageren",  "odpowiedz",   "yanıtla",
      "read",     "also",      "watch",    "listen",   "see",       "recommended", "story",
      "stories",  "news",      "latest",   "most",     "top",       "editor",      "picks"};
  return *words;
}

enum VocabularyKind : uint8_t { kNavigation = 1, kComment = 2, kUiAction = 4, kCaption = 8 };

// Words of image captions, credits and notices ("This image is AI-generated",
// "File photo", "Pictured: ...").
const std::unordered_set<std::string_view>& CaptionWords() {
  static const auto* words =
      new std::unordered_set<std::string_view>{"image",         "images",       "photo",
                                               "photos",        "photograph",   "picture",
                                               "pictured",      "illustration", "illustrative",
                                               "depict",        "depicts",      "file",
                                               "getty",         "credit",       "courtesy",
                                               "shutterstock",  "caption",      "foto",
                                               "bild",          "fotó",         "imagen",
                                               "immagine",      "фото",         "zdjęcie",
                                               "afbeelding",    "generated",    "representational",
                                               "representation"};
  return *words;
}

// Words of the tool rows around a headline ("E-mail to a friend", "increase
// font size", "print story"), which a headline candidate must not be.
const std::unordered_set<std::string_view>& UiActionWords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "email",    "e",        "mail",      "print", "share",    "save",     "send",
      "friend",   "refer",    "font",      "size",  "increase", "decrease", "reprint",
      "reprints", "bookmark", "subscribe", "sign",  "tools",    "enlarge",  "larger",
      "smaller",  "view",     "click",     "pin",   "tweet",    "text",     "a"};
  return *words;
}

// The stopwords (bits 0-15: their languages, as in language.h) and the
// vocabularies (VocabularyKind bits from bit 16 on) in one table, so that each
// word costs one look-up.
constexpr int kVocabularyShift = 16;

const WordTable& WordKinds() {
  static const WordTable table = [] {
    std::vector<std::pair<std::string_view, uint32_t>> entries = StopwordEntries();
    auto add = [&](const std::unordered_set<std::string_view>& words, VocabularyKind kind) {
      for (std::string_view w : words) {
        entries.emplace_back(w, static_cast<uint32_t>(kind) << kVocabularyShift);
      }
    };
    add(NavigationWords(), kNavigation);
    add(CommentWords(), kComment);
    add(UiActionWords(), kUiAction);
    add(CaptionWords(), kCaption);
    return BuildWordTable(entries);
  }();
  return table;
}

constexpr bool IsAsciiPunct(unsigned char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool EndsSentence(std::string_view t) {
  // Strip closing quotes and brackets, then look at the last character.
  static constexpr std::string_view kClosers[] = {"\"",           "'",       ")", "\xE2\x80\x9D",
                                                  "\xE2\x80\x99", "\xC2\xBB"};
  bool stripped = true;
  while (stripped && !t.empty()) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (t.size() >= c.size() && t.substr(t.size() - c.size()) == c) {
        t.remove_suffix(c.size());
        stripped = true;
      }
    }
  }
  if (t.empty()) return false;
  char last = t.back();
  if (last == '.' || last == '!' || last == '?') return true;
  static constexpr std::string_view kWide[] = {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F",
                                               "\xE2\x80\xA6", "\xD8\x9F",     "\xE0\xA5\xA4"};
  for (std::string_view w : kWide) {
    if (t.size() >= w.size() && t.substr(t.size() - w.size()) == w) return true;
  }
  return false;
}

// A byte loop: the cues are a few bytes long and most differ from the line
// at their first byte, where a string comparison called memcmp every time
// (~1% of a batch's time).
bool StartsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (s[i] != p[i]) return false;
  }
  return true;
}

bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

// The bytes that occur in a line. A line is searched for dozens of cues; a
// cue with a byte the line lacks cannot occur in it, and checking that is far
// cheaper than a search (most cues hold a capital or a sign most lines lack).
// (A byte per value: setting one is a plain store, where bits of a few
// words would be a chain of read-modify-writes through memory.)
class ByteSet {
 public:
  ByteSet() { std::memset(seen_, 0, sizeof seen_); }
  void Add(unsigned char b) { seen_[b] = 1; }
  bool Has(unsigned char b) const { return seen_[b] != 0; }
  bool HasAll(std::string_view s) const {
    for (char c : s) {
      if (seen_[static_cast<unsigned char>(c)] == 0) return false;
    }
    return true;
  }

 private:
  uint8_t seen_[256];
};

// Contains(s, p), where `bytes` are the bytes of s. Inlined into the cue
// loops: as a call, its entry and exit cost more than the byte test that
// rules out most cues (~1.6 million calls over 300 pages).
inline __attribute__((always_inline)) bool Contains(std::string_view s, const ByteSet& bytes,
                                                    std::string_view p) {
  return bytes.HasAll(p) && Contains(s, p);
}

// Contains(s, p), scanning for p[anchor] with memchr: an anchor byte rarer
// than p's first one skips most of the false starts of std::find.
bool ContainsAt(std::string_view s, std::string_view p, std::size_t anchor) {
  if (s.size() < p.size()) return false;
  const char* first = s.data() + anchor;
  const char* last = s.data() + (s.size() - p.size()) + anchor;  // last possible anchor position
  while (first <= last) {
    const void* hit = std::memchr(first, p[anchor], static_cast<std::size_t>(last - first) + 1);
    if (hit == nullptr) return false;
    const char* at = static_cast<const char*>(hit);
    if (std::memcmp(at - anchor, p.data(), p.size()) == 0) return true;
    first = at + 1;
  }
  return false;
}

// Occurrences of each separator, each counted as successive non-overlapping
// finds would count them, in one pass over the line: only a space or a C2
// byte can start one, and the byte after a space tells which it can be.
float CountSeparators(std::string_view t) {
  static constexpr std::string_view kSeparators[] = {
      " | ", " \xE2\x80\xA2 ", " \xC2\xB7 ", "\xC2\xBB", " / ", " > "};
  constexpr std::size_t kCount = sizeof(kSeparators) / sizeof(kSeparators[0]);
  std::size_t next[kCount] = {};  // where each separator may next start
  float count = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    std::size_t k;
    if (t[i] == '\xC2') {
      k = 3;
    } else if (t[i] != ' ') {
      continue;
    } else {
      switch (t[i + 1]) {
        case '|':
          k = 0;
          break;
        case '\xE2':
          k = 1;
          break;
        case '\xC2':
          k = 2;
          break;
        case '/':
          k = 4;
          break;
        case '>':
          k = 5;
          break;
        default:
          continue;
      }
    }
    const std::string_view sep = kSeparators[k];
    if (i < next[k] || t.size() - i < sep.size()) continue;
    std::size_t j = 1;  // a byte loop: memcmp's call costs more than these few bytes
    while (j < sep.size() && t[i + j] == sep[j]) ++j;
    if (j == sep.size()) {
      count += 1;
      next[k] = i + sep.size();
    }
  }
  return count;
}

// What ComputeLineStats counts of a byte.
constexpr uint8_t kContinuationByte = 1;  // 10xxxxxx: not the start of a code point
constexpr uint8_t kDigitByte = 2;
constexpr uint8_t kPunctByte = 4;  // IsAsciiPunct

struct ByteKinds {
  uint8_t kind[256] = {};
  constexpr ByteKinds() {
    for (int c = 0x80; c < 0xC0; ++c) kind[c] = kContinuationByte;
    for (int c = '0'; c <= '9'; ++c) kind[c] = kDigitByte;
    for (int c = '!'; c <= '~'; ++c) {
      if (IsAsciiPunct(static_cast<unsigned char>(c))) kind[c] = kPunctByte;
    }
  }
};
constexpr ByteKinds kByteKinds;

struct ByteCounts {
  std::size_t continuations = 0, digits = 0, punct = 0;
};

// How many bytes of t are of each kind of kByteKinds.
ByteCounts CountByteKinds(std::string_view t) {
  ByteCounts counts;
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time, each tested as kByteKinds says (all three
  // kinds' ranges compare the same as signed bytes: digits and punctuation
  // are ASCII, and a continuation byte is 10xxxxxx): the table's three
  // look-ups a byte were half of ComputeLineStats' own time. Each lane
  // counts at most 255 blocks before the counts are summed.
  const auto in = [](__m128i v, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };
  const __m128i zero = _mm_setzero_si128();
  while (t.size() - i >= 16) {
    __m128i cont = zero, digit = zero, mark = zero;
    for (std::size_t block = 0; block < 255 && t.size() - i >= 16; ++block, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i is_cont =
          _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xC0))),
                         _mm_set1_epi8(static_cast<char>(0x80)));
      const __m128i is_punct = _mm_or_si128(_mm_or_si128(in(v, '!', '/'), in(v, ':', '@')),
                                            _mm_or_si128(in(v, '[', '`'), in(v, '{', '~')));
      cont = _mm_sub_epi8(cont, is_cont);
      digit = _mm_sub_epi8(digit, in(v, '0', '9'));
      mark = _mm_sub_epi8(mark, is_punct);
    }
    const auto sum = [&](__m128i lanes) {
      const __m128i halves = _mm_sad_epu8(lanes, zero);
      return static_cast<std::size_t>(_mm_cvtsi128_si32(halves)) +
             static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_srli_si128(halves, 8)));
    };
    counts.continuations += sum(cont);
    counts.digits += sum(digit);
    counts.punct += sum(mark);
  }
#endif
  for (; i < t.size(); ++i) {
    const uint8_t kind = kByteKinds.kind[p[i]];
    counts.continuations += kind & kContinuationByte;
    counts.digits += (kind & kDigitByte) >> 1;
    counts.punct += (kind & kPunctByte) >> 2;
  }
  return counts;
}

// Counts UTF-8 code points.
std::size_t CodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// List markers: "*", "+", "-", "o" (lynx's third level), "•", "1.", "1)".
bool StartsWithListMarker(std::string_view t) {
  if (t.size() >= 2 && (t[0] == '*' || t[0] == '+' || t[0] == '-' || t[0] == 'o') && t[1] == ' ')
    return true;
  if (StartsWith(t, "\xE2\x80\xA2") || StartsWith(t, "\xC2\xB7") || StartsWith(t, "\xE2\x96\xBA"))
    return true;
  std::size_t i = 0;
  while (i < t.size() && i < 3 && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i + 1 < t.size() && (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

bool IsNumberOnly(std::string_view t) {
  if (t.empty() || t.size() > 4) return false;
  std::size_t digits = 0;
  for (char c : t) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '.' && c != ')' && c != '#') {
      return false;
    }
  }
  return digits > 0;
}

// Everything about one line that does not depend on its neighbours.
struct LineStats {
  float chars = 0;  // code points
  float words = 0;
  float mean_word_len = 0;
  float stop_share = 0;
  float ends_sentence = 0;
  float ends_colon = 0;
  float cap_share = 0;
  float caps_share = 0;
  float digit_share = 0;
  float punct_share = 0;
  float separators = 0;
  float date = 0;
  float byline = 0;
  float copyright = 0;
  float url = 0;
  float email = 0;
  float phone = 0;
  float nav_hits = 0;
  float nav_share = 0;
  float comment_hits = 0;
  float list_marker = 0;
  float number_only = 0;
  float bracketed = 0;   // "(BUTTON)", "[IMG]", "[1]" markers
  float form_field = 0;  // "____"
  float pipe_start = 0;
  float starts_lower = 0;     // a fragment of a paragraph split at a link
  float comment_cue = 0;      // "says:", "Reply", "12 comments", "5 hours ago"
  float promo_prefix = 0;     // "Read more:", "Also read", "Lesen Sie auch"
  float credit_cue = 0;       // "Photo: ...", "Getty Images", "Foto:"
  float end_marker = 0;       // "Share this", "Related posts", "Leave a reply": the article ended
  float comment_header = 0;   // "jdoe says: May 3, 2024 at 4:12 pm"
  float ui_action_share = 0;  // "email | print | increase font size"
  float nav_arrows = 0;
  float caption_hits = 0;  // caption and credit words       // "« Previous | Main | Next »"
  float dateline = 0;      // "LONDON (Reuters) -", "PARIS, March 3 —"
  float ideographic_share = 0;
  float prose = 0;               // an estimate of running text: chars weighted by sentence-likeness
  uint64_t hash = 0;             // of the exact text, for repeats on the page
  std::size_t letter_words = 0;  // words with a letter (the stopword share's denominator)
  // Log1p(chars) and Log1p(prose), which the rows of the line and of its
  // four neighbours all need (0 = Log1p(0) for the empty stats).
  float chars_log = 0;
  float prose_log = 0;
};

// The first bytes of a line, ASCII-lower-cased, for prefix tests.
std::string_view LowerPrefix(std::string_view t, char* buffer, std::size_t size) {
  const std::size_t n = std::min(size, t.size());
  for (std::size_t i = 0; i < n; ++i) {
    const char c = t[i];
    buffer[i] = ToAsciiLower(c);
  }
  return std::string_view(buffer, n);
}

bool EndsWith(std::string_view s, std::string_view x) {
  return s.size() >= x.size() && StartsWith(s.substr(s.size() - x.size()), x);
}

// The cue lists below are static string_view arrays: an initializer list of
// literals measured every literal with strlen on every call.
bool HasCommentCue(std::string_view t, const ByteSet& bytes, bool has_digit) {
  char buffer[32];
  const std::string_view head = LowerPrefix(t, buffer, sizeof buffer);
  static constexpr std::string_view kEnds[] = {
      "says:", "said:", "wrote:", "schrieb:", "a écrit :", "escribió:"};
  for (std::string_view end : kEnds) {
    if (EndsWith(t, end)) return true;
  }
  static constexpr std::string_view kStarts[] = {"reply",
                                                 "report",
                                                 "log in to reply",
                                                 "flag",
                                                 "antworten",
                                                 "répondre",
                                                 "responder",
                                                 "rispondi",
                                                 "load more comments",
                                                 "show more comments",
                                                 "view comments",
                                                 "posted by"};
  for (std::string_view start : kStarts) {
    if (StartsWith(head, start) && (t.size() < 40 || start.size() > 8)) return true;
  }
  if (!has_digit || t.size() > 40) return false;
  static constexpr std::string_view kWords[] = {
      "comment", "Comment", "repl", "ago", "Kommentar", "comentario", "commentaire", "коммент"};
  for (std::string_view word : kWords) {
    if (Contains(t, bytes, word)) return true;
  }
  return false;
}

// A list of prefixes grouped by their first byte, so that a line is
// compared only with the few that start like it (a loop over every entry
// was ~1.5% of a batch's time).
class PrefixList {
 public:
  template <std::size_t N>
  explicit PrefixList(const std::string_view (&prefixes)[N]) : prefixes_(prefixes, prefixes + N) {
    std::stable_sort(prefixes_.begin(), prefixes_.end(),
                     [](std::string_view a, std::string_view b) { return First(a) < First(b); });
    for (std::size_t k = prefixes_.size(); k-- > 0;) begin_[First(prefixes_[k])] = k;
    for (std::size_t k = 0; k < prefixes_.size(); ++k) end_[First(prefixes_[k])] = k + 1;
  }
  // Does head start with one of the prefixes?
  bool Matches(std::string_view head) const {
    if (head.empty()) return false;
    const unsigned char b = First(head);
    for (std::size_t k = begin_[b]; k < end_[b]; ++k) {
      if (StartsWith(head, prefixes_[k])) return true;
    }
    return false;
  }

 private:
  static unsigned char First(std::string_view s) { return static_cast<unsigned char>(s[0]); }
  std::vector<std::string_view> prefixes_;  // sorted by first byte
  std::size_t begin_[256] = {};             // prefixes_[begin_[b] .. end_[b]) start with b
  std::size_t end_[256] = {};
};

// Lines that end an article: share rows, tags, author boxes, comment and
// related-story headers (after any bullets).
bool StartsLikeArticleEnd(std::string_view t) {
  std::size_t skip = 0;
  while (skip < t.size() && skip < 8 &&
         !((t[skip] >= 'A' && t[skip] <= 'Z') || (t[skip] >= 'a' && t[skip] <= 'z') ||
           (t[skip] >= '0' && t[skip] <= '9') || static_cast<unsigned char>(t[skip]) >= 0x80)) {
    ++skip;
  }
  t.remove_prefix(skip);
  while (!t.empty() && t[0] >= '0' && t[0] <= '9') t.remove_prefix(1);
  while (!t.empty() && t[0] == ' ') t.remove_prefix(1);
  char buffer[32];
  const std::string_view head = LowerPrefix(t, buffer, sizeof buffer);
  // A static array: no strlen per call; the first byte rules out most starts.
  static constexpr std::string_view kArticleEndStarts[] = {"share this",
                                                           "share:",
                                                           "share on",
                                                           "related",
                                                           "tags",
                                                           "tagged",
                                                           "filed under",
                                                           "posted in",
                                                           "categories",
                                                           "labels:",
                                                           "about the author",
                                                           "written by",
                                                           "leave a reply",
                                                           "leave a comment",
                                                           "comments",
                                                           "comment",
                                                           "responses",
                                                           "replies",
                                                           "you may also like",
                                                           "you might also like",
                                                           "more from",
                                                           "more stories",
                                                           "recommended",
                                                           "read next",
                                                           "further reading",
                                                           "previous post",
                                                           "next post",
                                                           "sign up for",
                                                           "teilen",
                                                           "kommentare",
                                                           "partager",
                                                           "commentaires",
                                                           "à lire aussi",
                                                           "compartir",
                                                           "comentarios",
                                                           "condividi",
                                                           "commenti",
                                                           "reacties",
                                                           "komentarze",
                                                           "yorumlar",
                                                           "комментарии",
                                                           "trending",
                                                           "most read",
                                                           "most popular",
                                                           "popular now",
                                                           "top stories",
                                                           "latest news",
                                                           "more news",
                                                           "editor's picks",
                                                           "editors' picks",
                                                           "around the web",
                                                           "sponsored stories",
                                                           "also on",
                                                           "in other news",
                                                           "meistgelesen",
                                                           "les plus lus",
                                                           "lo más leído",
                                                           "i più letti",
                                                           "самое читаемое",
                                                           "najczęściej czytane"};
  static const PrefixList kList(kArticleEndStarts);
  return kList.Matches(head);
}

bool HasCommentHeaderCue(std::string_view t, const ByteSet& bytes) {
  char buffer[32];
  const std::string_view head = LowerPrefix(t, buffer, sizeof buffer);
  static constexpr std::string_view kCues[] = {"reply", "says",      "said",
                                               "wrote", "permalink", "score"};
  for (std::string_view cue : kCues) {
    if (Contains(t, bytes, cue)) return true;
  }
  if (StartsWith(head, "by ") || bytes.HasAll("@")) return true;
  // "12 John Smith": a comment's number, then its author.
  std::size_t i = 0;
  while (i < t.size() && i < 3 && t[i] >= '0' && t[i] <= '9') ++i;
  return i > 0 && i + 1 < t.size() && t[i] == ' ' && t[i + 1] >= 'A' && t[i + 1] <= 'Z';
}

bool HasNavigationArrows(std::string_view t, const ByteSet& bytes) {
  static constexpr std::string_view kArrows[] = {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\xB9",
                                                 "\xE2\x80\xBA", "| Main |"};
  for (std::string_view arrow : kArrows) {
    if (Contains(t, bytes, arrow)) return true;
  }
  if (!bytes.HasAll("|")) return false;
  const std::size_t bar = t.find(" | ");
  return bar != std::string_view::npos && t.find(" | ", bar + 3) != std::string_view::npos;
}

bool HasPromoPrefix(std::string_view t) {
  char buffer[32];
  const std::string_view head = LowerPrefix(t, buffer, sizeof buffer);
  // A static array: no strlen per call; the first byte rules out most starts.
  static constexpr std::string_view kPromoStarts[] = {"read more",
                                                      "read also",
                                                      "also read",
                                                      "related",
                                                      "see also",
                                                      "more:",
                                                      "watch:",
                                                      "listen:",
                                                      "recommended",
                                                      "read next",
                                                      "more from",
                                                      "more on",
                                                      "don't miss",
                                                      "lesen sie auch",
                                                      "mehr zum thema",
                                                      "auch interessant",
                                                      "lire aussi",
                                                      "à lire aussi",
                                                      "voir aussi",
                                                      "lee también",
                                                      "leer más",
                                                      "leia também",
                                                      "leia mais",
                                                      "leggi anche",
                                                      "lees ook",
                                                      "czytaj też",
                                                      "czytaj także",
                                                      "czytaj również",
                                                      "ayrıca oku",
                                                      "читайте также",
                                                      "смотрите также",
                                                      "sponsored",
                                                      "in partnership with",
                                                      "read:",
                                                      "bonus:",
                                                      "advertisement",
                                                      "anzeige",
                                                      "publicité",
                                                      "publicidad"};
  static const PrefixList kList(kPromoStarts);
  return kList.Matches(head);
}

bool HasCreditCue(std::string_view t, const ByteSet& bytes) {
  static constexpr std::string_view kCues[] = {
      "Photo:",  "Photo by", "Photo credit", "(Photo", "Image:", "Image credit", "Getty Images",
      "Credit:", "AP Photo", "Shutterstock", "Foto:",  "Bild:",  "Picture:",     "Illustration:",
      "Фото:",   "REUTERS/", "Reuters/",     "AFP/",   "/AFP"};
  for (std::string_view cue : kCues) {
    if (Contains(t, bytes, cue)) return true;
  }
  return false;
}

// "LONDON (Reuters) - ...", "PARIS, March 3 — ...", "NEW DELHI: ...": a
// place in capitals at the start of the article's first paragraph.
bool LooksLikeDateline(std::string_view t, const ByteSet& bytes) {
  static constexpr std::string_view kAgencies[] = {
      "(Reuters)", "(AP)", "(AFP)", "(dpa)", "(PTI)", "(IANS)", "(ANI)", "(Bloomberg)", "(CNN)"};
  for (std::string_view agency : kAgencies) {
    if (!bytes.HasAll(agency)) continue;
    const std::size_t pos = t.find(agency);
    if (pos != std::string_view::npos && pos < 60) return true;
  }
  std::size_t caps = 0, i = 0;
  for (; i < t.size() && i < 40; ++i) {
    const char c = t[i];
    if (c >= 'A' && c <= 'Z') {
      ++caps;
    } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
      break;
    }
  }
  if (caps < 3 || i >= t.size()) return false;
  const std::string_view rest = t.substr(i);
  return StartsWith(rest, ",") || StartsWith(rest, ":") || StartsWith(rest, "\xE2\x80\x94") ||
         StartsWith(rest, "\xE2\x80\x93") || StartsWith(rest, "(");
}

// log1p of max(0, x), and 0 for NaN (as std::max(0.0f, NaN) is 0). Most
// arguments are small whole numbers (lengths, counts, distances in lines):
// those come from a table of the same std::log1p results.
constexpr int kLog1pTableSize = 512;

std::array<float, kLog1pTableSize> MakeLog1pTable() {
  std::array<float, kLog1pTableSize> t;
  for (int i = 0; i < kLog1pTableSize; ++i)
    t[static_cast<std::size_t>(i)] = std::log1p(static_cast<float>(i));
  return t;
}

// Filled before main (2 KB; no static initializer computes features), so
// that Log1p, inlined into the feature rows' ~20 calls a line, checks no
// guard: as a call with a guarded table it was 1% of pith's instructions.
const std::array<float, kLog1pTableSize> kLog1pTable = MakeLog1pTable();

inline float Log1p(float x) {
  if (!(x > 0.0f)) return 0.0f;
  if (x < static_cast<float>(kLog1pTableSize)) {
    const int whole = static_cast<int>(x);
    if (static_cast<float>(whole) == x) return kLog1pTable[static_cast<std::size_t>(whole)];
  }
  return std::log1p(x);
}

// Buffers reused from line to line.
struct Scratch {
  std::vector<Word> words;
  std::string folded;
  char ascii_folded[64];
};

// FoldCase(word). A word of an ASCII line (most lines) is lower-cased into
// scratch->ascii_folded when it fits: no string to resize, no check for
// non-ASCII bytes per word.
std::string_view FoldWord(std::string_view word, bool ascii_line, Scratch* scratch) {
  if (!ascii_line || word.size() > sizeof scratch->ascii_folded) {
    FoldCase(word, &scratch->folded);
    return scratch->folded;
  }
  char* out = scratch->ascii_folded;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    out[i] = ToAsciiLower(c);
  }
  return std::string_view(out, word.size());
}

// Whether FindHeadline compares a line's words with the first line's: the
// first line itself and lines of 2 to 40 words.
bool NeedsWordSet(bool first_line, float words) {
  return first_line || (words >= 2 && words <= 40);
}

// The stats of line t, but for stop_share and prose, which need the page's
// language (SetStopShare): the StopwordBits of each word with a letter are
// appended to *stop_bits instead, for the language guess and then the share.
// When NeedsWordSet, also appends the line's word set (sorted distinct
// WordHash values of its case-folded words with a letter or digit) to
// *word_sets, from the same word split and folding. The WordHash of each word
// with a letter goes to *letter_hashes, beside its stopword bits. (Only
// equality of these hashes and of the line's matters: they are WordHash, the
// word table's key, so that a word is hashed once, eight bytes at a time.)
LineStats ComputeLineStats(std::string_view t, bool first_line, Scratch* scratch,
                           std::vector<uint64_t>* word_sets, std::vector<uint16_t>* stop_bits,
                           std::vector<uint64_t>* letter_hashes) {
  LineStats s;
  // One pass over the bytes: code points, digits, punctuation and the set
  // of bytes present.
  ByteSet bytes;
  for (char ch : t) bytes.Add(static_cast<unsigned char>(ch));
  ByteCounts counts = CountByteKinds(t);
  const std::size_t continuations = counts.continuations, digits = counts.digits,
                    punct = counts.punct;
  s.chars = static_cast<float>(t.size() - continuations);
  s.hash = WordHash(t);
  const float denom = std::max(1.0f, s.chars);
  s.digit_share = static_cast<float>(digits) / denom;
  s.punct_share = static_cast<float>(punct) / denom;

  SplitWords(t, &scratch->words);
  const std::vector<Word>& words = scratch->words;
  s.words = static_cast<float>(words.size());
  std::size_t ui_actions = 0;
  std::size_t letters_words = 0, cap = 0, caps = 0, ideo = 0, word_bytes = 0;
  // Valid UTF-8 without continuation bytes is ASCII.
  const bool ascii_line = continuations == 0;
  const WordTable& word_kinds = WordKinds();
  const bool word_set = NeedsWordSet(first_line, s.words);
  const std::size_t word_set_start = word_sets->size();
  for (const Word& w : words) {
    word_bytes += ascii_line ? w.text.size() : CodePoints(w.text);
    if (w.ideographic) ++ideo;
    if (!w.has_letter) {
      if (word_set && w.has_digit) {
        word_sets->push_back(WordHash(FoldWord(w.text, ascii_line, scratch)));
      }
      continue;
    }
    ++letters_words;
    if (w.capitalised) ++cap;
    if (w.all_caps) ++caps;
    const std::string_view folded = FoldWord(w.text, ascii_line, scratch);
    const uint64_t folded_hash = WordHash(folded);
    letter_hashes->push_back(folded_hash);
    if (word_set) word_sets->push_back(folded_hash);
    const uint32_t bits = LookupWord(word_kinds, folded, folded_hash);
    // The word table holds stopwords with ASCII apostrophes only; StopwordBits
    // reads U+2019 as one.
    const bool apostrophe = bytes.Has(0xE2) && HasTypographicApostrophe(folded);
    stop_bits->push_back(apostrophe ? StopwordBits(folded) : static_cast<uint16_t>(bits));
    const uint32_t kinds = bits >> kVocabularyShift;
    if (kinds & kNavigation) s.nav_hits += 1;
    if (kinds & kComment) s.comment_hits += 1;
    if (kinds & kUiAction) ++ui_actions;
    if (kinds & kCaption) s.caption_hits += 1;
  }
  const auto set_begin = word_sets->begin() + static_cast<std::ptrdiff_t>(word_set_start);
  std::sort(set_begin, word_sets->end());
  word_sets->erase(std::unique(set_begin, word_sets->end()), word_sets->end());
  const float lw = std::max<float>(1.0f, static_cast<float>(letters_words));
  s.letter_words = letters_words;
  s.mean_word_len = words.empty() ? 0 : static_cast<float>(word_bytes) / s.words;
  s.cap_share = static_cast<float>(cap) / lw;
  s.caps_share = static_cast<float>(caps) / lw;
  s.nav_share = s.nav_hits / std::max(1.0f, s.words);
  s.ideographic_share = words.empty() ? 0 : static_cast<float>(ideo) / s.words;

  s.ends_sentence = EndsSentence(t) ? 1 : 0;
  s.ends_colon = !t.empty() && t.back() == ':' ? 1 : 0;
  // Every separator holds one of these bytes.
  const bool separator_bytes =
      bytes.Has('|') || bytes.Has('/') || bytes.Has('>') || bytes.Has(0xC2) || bytes.Has(0xE2);
  s.separators = separator_bytes ? CountSeparators(t) : 0.0f;
  s.date = LooksLikeDate(t) ? 1 : 0;
  s.byline = LooksLikeByline(t) ? 1 : 0;
  // Each substring search runs only when a byte it needs is on the line.
  s.copyright = Contains(t, bytes, "\xC2\xA9") ||
                        (bytes.HasAll("opyright") && ContainsAt(t, "opyright", 2)) ||
                        Contains(t, bytes, "(c) ") ||
                        (bytes.HasAll("ights reserved") && ContainsAt(t, "ights reserved", 11)) ||
                        (bytes.HasAll("ights Reserved") && ContainsAt(t, "ights Reserved", 11))
                    ? 1
                    : 0;
  s.url =
      Contains(t, bytes, "http://") || Contains(t, bytes, "https://") || Contains(t, bytes, "www.")
          ? 1
          : 0;
  // (Most lines hold neither mark: no search then.)
  const std::size_t at = bytes.Has('@') ? t.find('@') : std::string_view::npos;
  s.email = at != std::string_view::npos && t.find('.', at) != std::string_view::npos ? 1 : 0;
  const std::size_t plus = bytes.Has('+') ? t.find('+') : std::string_view::npos;
  s.phone = plus != std::string_view::npos && plus + 3 < t.size() && t[plus + 1] >= '0' &&
                    t[plus + 1] <= '9' && digits >= 7
                ? 1
                : 0;
  s.list_marker = StartsWithListMarker(t) ? 1 : 0;
  s.number_only = IsNumberOnly(t) ? 1 : 0;
  s.bracketed =
      (StartsWith(t, "(") && Contains(t, ")") && t.size() < 40) || StartsWith(t, "[") ? 1 : 0;
  s.form_field = Contains(t, bytes, "____") ? 1 : 0;
  s.pipe_start = StartsWith(t, "|") ? 1 : 0;
  s.starts_lower = !t.empty() && t[0] >= 'a' && t[0] <= 'z' ? 1 : 0;
  s.comment_cue = HasCommentCue(t, bytes, digits > 0) ? 1 : 0;
  s.promo_prefix = HasPromoPrefix(t) ? 1 : 0;
  s.credit_cue = HasCreditCue(t, bytes) ? 1 : 0;
  s.dateline = LooksLikeDateline(t, bytes) ? 1 : 0;
  s.end_marker = s.words <= 8 && StartsLikeArticleEnd(t) ? 1 : 0;
  s.comment_header = s.words <= 16 && s.date > 0 && HasCommentHeaderCue(t, bytes) ? 1 : 0;
  s.ui_action_share = s.words > 0 ? static_cast<float>(ui_actions) / s.words : 0.0f;
  s.nav_arrows = HasNavigationArrows(t, bytes) ? 1 : 0;
  return s;
}

// Sets the stats that need the page's language: stop is the number of the
// line's words with a letter on the language's stopword list.
void SetStopShare(std::size_t stop, LineStats* s) {
  s->stop_share =
      static_cast<float>(stop) / std::max<float>(1.0f, static_cast<float>(s->letter_words));
  // Running text: long lines made of function words that end like sentences.
  // CJK text has few "words" per character, so weigh by characters there.
  const float sentence = s->ends_sentence ? 1.0f : 0.4f;
  const float function_words =
      s->ideographic_share > 0.3f ? 0.5f : std::min(1.0f, s->stop_share * 3.0f);
  s->prose = s->words >= 5 || s->ideographic_share > 0.3f
                 ? s->chars * sentence * function_words * (1.0f - std::min(1.0f, s->nav_share * 2))
                 : 0.0f;
}

// Word-set similarity of two lines (Jaccard over case-folded ASCII-ish
// tokens), for "similar to the page's title".
// A line's word set: sorted distinct hashes (ComputeLineStats).
struct WordSetView {
  const uint64_t* begin;
  const uint64_t* end;
  std::size_t size() const { return static_cast<std::size_t>(end - begin); }
};

float Similarity(WordSetView a, WordSetView b) {
  if (a.size() == 0 || b.size() == 0) return 0;
  std::size_t common = 0;
  for (const uint64_t* x = a.begin; x != a.end; ++x)
    common += std::binary_search(b.begin, b.end, *x);
  return static_cast<float>(common) / static_cast<float>(a.size() + b.size() - common);
}

// Prefix sums over a per-line value, for window means in O(1).
struct Prefix {
  std::vector<double> sum;
  explicit Prefix(const std::vector<float>& v) : sum(v.size() + 1, 0.0) {
    for (std::size_t i = 0; i < v.size(); ++i) sum[i + 1] = sum[i] + v[i];
  }
  // Sum over [lo, hi), clipped to the array.
  double Range(long lo, long hi) const {
    const long n = static_cast<long>(sum.size()) - 1;
    lo = std::clamp(lo, 0L, n);
    hi = std::clamp(hi, 0L, n);
    return hi > lo ? sum[static_cast<std::size_t>(hi)] - sum[static_cast<std::size_t>(lo)] : 0.0;
  }
  double Mean(long lo, long hi) const {
    const long n = static_cast<long>(sum.size()) - 1;
    const long a = std::clamp(lo, 0L, n), b = std::clamp(hi, 0L, n);
    return b > a ? Range(a, b) / static_cast<double>(b - a) : 0.0;
  }
};

// A line's stats that are whole numbers (chars, ends_sentence, and 1 for
// fewer than five words), or sums of them over lines.
struct WholeSums {
  double chars = 0, ends = 0, shortl = 0;
};

// Page-level analysis: the dense text regions and the headline candidate.
struct PageStats {
  Language language = Language::kUnknown;  // the page's, given or guessed
  float long_line = 0;                     // the length of the page's long lines (90th percentile)
  long first_copyright = -1;               // the first line with a copyright notice
  float blank_share = 0;   // lines with a blank line before them: the renderer's style
  float indent_share = 0;  // indented lines (lynx indents text)
  std::vector<LineStats> lines;
  std::vector<float> prose;     // per line
  std::vector<float> smoothed;  // prose summed over a window of lines
  std::vector<long> peaks;      // up to three region centres, strongest first
  float peak_max = 0;
  Prefix prose_prefix{std::vector<float>{}};
  double prose_total = 0;
  float prose_total_log = 0;             // Log1p of it, the same in every row
  long headline = -1;                    // headline candidate line
  long main_first = -1, main_last = -1;  // the main text region, -1 if none
  std::vector<float> title_similarity;   // to the first line / the headline candidate
  // The share and number of a line's distinct content words (not stopwords
  // of the page's language) that occur in another line of the main region's
  // running text: a headline or standfirst repeats the article's words, a
  // teaser for another story or a menu does not.
  std::vector<float> body_overlap;
  std::vector<float> body_overlap_words;
  // Line i's word set is word_sets[word_set_offsets[i] .. word_set_offsets[i
  // + 1]), empty unless NeedsWordSet.
  std::vector<uint64_t> word_sets;
  std::vector<std::size_t> word_set_offsets;
  WordSetView WordSet(long i) const {
    const uint64_t* data = word_sets.data();
    return {data + word_set_offsets[static_cast<std::size_t>(i)],
            data + word_set_offsets[static_cast<std::size_t>(i) + 1]};
  }
  std::vector<float> repeats;         // other lines with the same text
  std::vector<float> repeats_before;  // ... above this one
  std::vector<float> end_above;       // lines since the nearest article-end marker above, capped
  std::vector<float> end_below;       // lines to the nearest article-end marker below, capped
  std::vector<float> comment_headers_above;  // comment headers among the 40 lines above
  std::vector<float> prose_below;            // lines to the next long sentence line below, capped
  // The first and last line of each line's block (lines without a blank
  // line between them).
  std::vector<long> block_first, block_last;
  // Prefix sums of the lines' whole-number stats, for SumWindow: entry k
  // sums lines 0 .. k-1.
  std::vector<WholeSums> whole_prefix;
};

// The prefix sums of PageStats::whole_prefix.
std::vector<WholeSums> WholePrefix(const std::vector<LineStats>& lines) {
  std::vector<WholeSums> prefix(lines.size() + 1);
  for (std::size_t j = 0; j < lines.size(); ++j) {
    const LineStats& o = lines[j];
    prefix[j + 1].chars = prefix[j].chars + o.chars;
    prefix[j + 1].ends = prefix[j].ends + o.ends_sentence;
    prefix[j + 1].shortl = prefix[j].shortl + (o.words < 5 ? 1 : 0);
  }
  return prefix;
}

constexpr long kRegionRadius = 6;

void FindRegions(PageStats* p) {
  const long n = static_cast<long>(p->lines.size());
  p->prose_prefix = Prefix(p->prose);
  p->prose_total = p->prose_prefix.Range(0, n);
  p->prose_total_log = Log1p(static_cast<float>(p->prose_total));
  p->smoothed.assign(static_cast<std::size_t>(n), 0.0f);
  for (long i = 0; i < n; ++i) {
    p->smoothed[static_cast<std::size_t>(i)] =
        static_cast<float>(p->prose_prefix.Range(i - kRegionRadius, i + kRegionRadius + 1));
  }
  // Up to three peaks, each at least 2 * radius lines from the others.
  std::vector<long> order(static_cast<std::size_t>(n));
  for (long i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
  std::stable_sort(order.begin(), order.end(), [&](long a, long b) {
    return p->smoothed[static_cast<std::size_t>(a)] > p->smoothed[static_cast<std::size_t>(b)];
  });
  for (long i : order) {
    if (p->smoothed[static_cast<std::size_t>(i)] <= 0 || p->peaks.size() == 3) break;
    bool far = true;
    for (long q : p->peaks) far = far && std::labs(q - i) > 2 * kRegionRadius;
    if (far) p->peaks.push_back(i);
  }
  p->peak_max = p->peaks.empty() ? 0 : p->smoothed[static_cast<std::size_t>(p->peaks[0])];

  // The main region: from the strongest peak outwards, as long as running
  // text recurs within kRegionRadius lines. Headlines and bylines sit just
  // above its start; comments and related stories begin after its end.
  if (p->peaks.empty()) return;
  auto has_prose = [&](long j) { return p->prose[static_cast<std::size_t>(j)] > 0; };
  p->main_first = p->main_last = p->peaks[0];
  for (long j = p->peaks[0], gap = 0; j-- > 0 && gap <= kRegionRadius;) {
    gap = has_prose(j) ? 0 : gap + 1;
    if (gap == 0) p->main_first = j;
  }
  for (long j = p->peaks[0], gap = 0; ++j < n && gap <= kRegionRadius;) {
    gap = has_prose(j) ? 0 : gap + 1;
    if (gap == 0) p->main_last = j;
  }
}

// The line most like a headline: short, not a sentence, above the densest
// region, similar to the page's first line (often the <title>) when it can.
void FindHeadline(PageStats* p) {
  const long n = static_cast<long>(p->lines.size());
  p->title_similarity.assign(static_cast<std::size_t>(n), 0.0f);
  if (n == 0) return;
  const long limit = p->peaks.empty() ? n : std::min(n, p->peaks[0] + 1);
  const WordSetView first = p->WordSet(0);
  float best = -1;
  for (long i = 0; i < n; ++i) {
    const LineStats& s = p->lines[static_cast<std::size_t>(i)];
    if (s.words < 2 || s.words > 40) continue;
    const float sim = i == 0 ? 0.0f : Similarity(p->WordSet(i), first);
    p->title_similarity[static_cast<std::size_t>(i)] = sim;
    if (i >= limit || s.words < 3 || s.words > 30 || s.nav_share > 0.3f) continue;
    const float closeness = 1.0f / (1.0f + static_cast<float>(limit - i) / 10.0f);
    const float score = sim * 2 + closeness + (s.ends_sentence ? -0.5f : 0.0f) + s.cap_share * 0.3f;
    if (score > best) {
      best = score;
      p->headline = i;
    }
  }
  if (p->headline > 0) p->title_similarity[0] = Similarity(first, p->WordSet(p->headline));
}

// How many times each word hash occurs: an open-addressed table (linear
// probing), where looking every content word up in the sorted list of the
// article's words took two binary searches of cache misses each.
class WordCounts {
 public:
  // Room for `words` distinct hashes at most half full.
  explicit WordCounts(std::size_t words) {
    std::size_t capacity = 16;
    while (capacity < 2 * words) capacity *= 2;
    mask_ = capacity - 1;
    keys_.resize(capacity);
    counts_.assign(capacity, 0);
  }
  void Add(uint64_t hash) {
    const std::size_t i = Find(hash);
    keys_[i] = hash;
    ++counts_[i];
  }
  uint32_t Count(uint64_t hash) const { return counts_[Find(hash)]; }

 private:
  // The slot of `hash`, or the empty slot where it would go.
  std::size_t Find(uint64_t hash) const {
    std::size_t i = static_cast<std::size_t>(Mix64(hash)) & mask_;
    while (counts_[i] != 0 && keys_[i] != hash) i = (i + 1) & mask_;
    return i;
  }
  std::size_t mask_ = 0;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> counts_;  // 0: empty slot
};

// The words content[starts[i] .. starts[i + 1]) of the lines i that
// `counted(i)` takes, `total` of them, counted.
template <typename Counted>
WordCounts CountWords(const std::vector<uint64_t>& content, const std::vector<std::size_t>& starts,
                      std::size_t total, Counted counted) {
  WordCounts counts(total);
  for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
    if (!counted(i)) continue;
    for (std::size_t k = starts[i]; k < starts[i + 1]; ++k) counts.Add(content[k]);
  }
  return counts;
}

// Fills body_overlap and body_overlap_words. A line's content words are the
// distinct hashes of its words with a letter that are no stopwords of
// p->language: line i's are letter_hashes[offsets[i] .. offsets[i + 1]) whose
// stop_bits lack the language's bit. The article's words are those of the
// main region's running-text lines, each counted once per line, so that a
// line of the region does not find its words only in itself.
void FindBodyOverlap(const std::vector<uint16_t>& stop_bits,
                     const std::vector<uint64_t>& letter_hashes,
                     const std::vector<std::size_t>& offsets, PageStats* p) {
  const std::size_t n = p->lines.size();
  p->body_overlap.assign(n, 0.0f);
  p->body_overlap_words.assign(n, 0.0f);
  if (p->main_first < 0) return;
  const int shift = static_cast<int>(p->language);
  // Line i's content words: content[starts[i] .. starts[i + 1]), sorted.
  std::vector<uint64_t> content;
  content.reserve(letter_hashes.size());
  std::vector<std::size_t> starts(n + 1, 0);
  for (std::size_t i = 0; i < n; ++i) {
    starts[i] = content.size();
    for (std::size_t k = offsets[i]; k < offsets[i + 1]; ++k) {
      if (((stop_bits[k] >> shift) & 1) == 0) content.push_back(letter_hashes[k]);
    }
    const auto begin = content.begin() + static_cast<std::ptrdiff_t>(starts[i]);
    std::sort(begin, content.end());
    content.erase(std::unique(begin, content.end()), content.end());
  }
  starts[n] = content.size();
  auto in_article = [&](std::size_t i) {
    return static_cast<long>(i) >= p->main_first && static_cast<long>(i) <= p->main_last &&
           p->prose[i] > 0;
  };
  std::size_t article_words = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (in_article(i)) article_words += starts[i + 1] - starts[i];
  }
  const WordCounts article = CountWords(content, starts, article_words, in_article);
  for (std::size_t i = 0; i < n; ++i) {
    if (starts[i] == starts[i + 1]) continue;
    const std::size_t own = in_article(i) ? 1 : 0;
    std::size_t found = 0;
    for (std::size_t k = starts[i]; k < starts[i + 1]; ++k) {
      found += article.Count(content[k]) > own;
    }
    p->body_overlap_words[i] = static_cast<float>(found);
    p->body_overlap[i] = static_cast<float>(found) / static_cast<float>(starts[i + 1] - starts[i]);
  }
}

// guess_language: the page's language is GuessLanguage's guess from the
// stopword bits the line stats collect, not context.language. line_words:
// as ComputeFeaturesAndLanguage's (may be null).
PageStats AnalyseLines(const Page& page, const PageContext& context, bool guess_language,
                       LineWords* line_words, FoldedLetterWords* letter_words) {
  PageStats p;
  const std::size_t n = page.lines.size();
  p.lines.reserve(n);
  Scratch scratch;
  p.word_set_offsets.reserve(n + 1);
  p.word_set_offsets.push_back(0);
  // Line i's words with a letter have the stopword bits
  // stop_bits[stop_offsets[i] .. stop_offsets[i + 1]).
  std::vector<uint16_t> stop_bits;
  std::vector<uint64_t> letter_hashes;  // beside stop_bits
  // Room for about as many words as the page has, at once: grown word by
  // word, these arrays were copied over and over on long pages (most words
  // are longer than four bytes with their space; too little room only
  // means growing as before).
  std::size_t bytes = 0;
  for (const Line& line : page.lines) bytes += line.text.size();
  const std::size_t words_estimate = bytes / 5 + 16;
  stop_bits.reserve(words_estimate);
  letter_hashes.reserve(words_estimate);
  p.word_sets.reserve(words_estimate);
  std::vector<std::size_t> stop_offsets;
  stop_offsets.reserve(n + 1);
  stop_offsets.push_back(0);
  if (line_words != nullptr) {
    *line_words = LineWords();
    line_words->starts.reserve(n + 1);
    line_words->words.reserve(words_estimate);
  }
  for (const Line& line : page.lines) {
    p.lines.push_back(ComputeLineStats(line.text, p.lines.empty(), &scratch, &p.word_sets,
                                       &stop_bits, &letter_hashes));
    if (line_words != nullptr) line_words->AddLine(scratch.words);
    p.word_set_offsets.push_back(p.word_sets.size());
    stop_offsets.push_back(stop_bits.size());
  }
  p.language = context.language;
  if (guess_language) {
    std::vector<std::string_view> texts;
    texts.reserve(n);
    for (const Line& line : page.lines) texts.push_back(line.text);
    p.language = GuessLanguage(texts, stop_bits);
  }
  p.prose.reserve(n);
  const int shift = static_cast<int>(p.language);
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t stop = 0;
    for (std::size_t k = stop_offsets[i]; k < stop_offsets[i + 1]; ++k) {
      stop += (stop_bits[k] >> shift) & 1;
    }
    LineStats& s = p.lines[i];
    SetStopShare(stop, &s);
    s.chars_log = Log1p(s.chars);
    s.prose_log = Log1p(s.prose);
    p.prose.push_back(s.prose);
  }
  // Repeats of each line's exact text: how many other lines have it, and
  // how many of those come before it. Line indices sorted by hash, ties in
  // line order, put equal lines together in page order (one sort, where hash
  // maps cost an allocation per line).
  p.repeats.resize(n);
  p.repeats_before.resize(n);
  {
    std::vector<uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = static_cast<uint32_t>(i);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return p.lines[a].hash != p.lines[b].hash ? p.lines[a].hash < p.lines[b].hash : a < b;
    });
    for (std::size_t first = 0; first < n;) {
      std::size_t last = first + 1;
      while (last < n && p.lines[order[last]].hash == p.lines[order[first]].hash) ++last;
      for (std::size_t k = first; k < last; ++k) {
        p.repeats[order[k]] = static_cast<float>(last - first - 1);
        p.repeats_before[order[k]] = static_cast<float>(k - first);
      }
      first = last;
    }
  }
  if (n > 0) {
    std::vector<float> lengths;
    lengths.reserve(n);
    std::size_t blanks = 0, indented = 0;
    for (std::size_t i = 0; i < n; ++i) {
      lengths.push_back(p.lines[i].chars);
      blanks += page.lines[i].blanks_before > 0;
      indented += page.lines[i].indent > 0;
      if (p.first_copyright < 0 && p.lines[i].copyright > 0) {
        p.first_copyright = static_cast<long>(i);
      }
    }
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<long>(n * 9 / 10),
                     lengths.end());
    p.long_line = lengths[n * 9 / 10];
    p.blank_share = static_cast<float>(blanks) / static_cast<float>(n);
    p.indent_share = static_cast<float>(indented) / static_cast<float>(n);
  }
  constexpr float kFar = 64;
  p.end_above.assign(n, kFar);
  p.end_below.assign(n, kFar);
  p.comment_headers_above.assign(n, 0);
  p.prose_below.assign(n, kFar);
  for (std::size_t i = 1; i < n; ++i) {
    p.end_above[i] = p.lines[i - 1].end_marker > 0 ? 1 : std::min(kFar, p.end_above[i - 1] + 1);
    p.comment_headers_above[i] = p.comment_headers_above[i - 1] + p.lines[i - 1].comment_header -
                                 (i > 40 ? p.lines[i - 41].comment_header : 0.0f);
  }
  for (std::size_t i = n; i-- > 1;) {
    p.end_below[i - 1] = p.lines[i].end_marker > 0 ? 1 : std::min(kFar, p.end_below[i] + 1);
    const bool long_sentence = p.lines[i].words >= 15 && p.lines[i].ends_sentence > 0;
    p.prose_below[i - 1] = long_sentence ? 1 : std::min(kFar, p.prose_below[i] + 1);
  }
  p.block_first.resize(n);
  p.block_last.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const bool starts_block = i == 0 || page.lines[i].blanks_before > 0;
    p.block_first[i] = starts_block ? static_cast<long>(i) : p.block_first[i - 1];
  }
  for (std::size_t i = n; i-- > 0;) {
    const bool ends_block = i + 1 == n || page.lines[i + 1].blanks_before > 0;
    p.block_last[i] = ends_block ? static_cast<long>(i) : p.block_last[i + 1];
  }
  p.whole_prefix = WholePrefix(p.lines);
  FindRegions(&p);
  FindHeadline(&p);
  FindBodyOverlap(stop_bits, letter_hashes, stop_offsets, &p);
  if (letter_words != nullptr) {
    letter_words->hashes = std::move(letter_hashes);
    letter_words->stop_bits = std::move(stop_bits);
    letter_words->offsets = std::move(stop_offsets);
  }
  return p;
}

// Sums of the lines' stats in the window of `radius` lines on each side of
// line li (li itself left out), in line order.
struct WindowSums {
  double chars = 0, ends = 0, nav = 0, shortl = 0, stop = 0;
  long count = 0;
};

// A function of its own: inside WriteRow the five sums lived on the stack,
// each add waiting for the previous one's store.
// The whole-number sums come from the prefix sums: every partial sum of
// whole numbers below 2^53 is exact in a double, so a difference of two
// prefix sums is the very sum a loop over the window would add up. The
// fractions are added line by line, in line order.
WindowSums SumWindow(const PageStats& p, long li, long radius) {
  const std::vector<LineStats>& lines = p.lines;
  const long n = static_cast<long>(lines.size());
  WindowSums w;
  // The lines before li, then those after it: the same order as one loop
  // skipping li, without a test of j == li at every line.
  const auto add = [&](long from, long to) {
    for (long j = from; j < to; ++j) {
      const LineStats& o = lines[static_cast<std::size_t>(j)];
      w.nav += o.nav_share;
      w.stop += o.stop_share;
    }
  };
  // (li is a line of the page, so first <= li <= last.)
  const long first = std::max(0L, li - radius), last = std::min(n - 1, li + radius);
  add(first, li);
  add(li + 1, last + 1);
  const auto at = [&](long k) -> const WholeSums& {
    return p.whole_prefix[static_cast<std::size_t>(k)];
  };
  const WholeSums &a = at(first), &b = at(li), &c = at(li + 1), &d = at(last + 1);
  w.chars = (b.chars - a.chars) + (d.chars - c.chars);
  w.ends = (b.ends - a.ends) + (d.ends - c.ends);
  w.shortl = (b.shortl - a.shortl) + (d.shortl - c.shortl);
  w.count = last - first;
  return w;
}

// Writes one row of features through `sink.Add(name, value)`. The same call
// sequence yields FeatureNames(), so names and values can never drift apart.
template <typename Sink>
void WriteRow(Sink& sink, const Page& page, const PageStats& p, const PageContext& context,
              std::size_t i, const std::vector<uint64_t>* template_hashes) {
  const long n = static_cast<long>(p.lines.size());
  const long li = static_cast<long>(i);
  const LineStats empty_stats;
  auto at = [&](long j) -> const LineStats& {
    return j >= 0 && j < n ? p.lines[static_cast<std::size_t>(j)] : empty_stats;
  };
  const LineStats& s = at(li);
  const Line& line = page.lines[i];

  // The line itself.
  sink.Add("chars_log", s.chars_log);
  sink.Add("words_log", Log1p(s.words));
  sink.Add("mean_word_len", s.mean_word_len);
  sink.Add("stop_share", s.stop_share);
  sink.Add("ends_sentence", s.ends_sentence);
  sink.Add("ends_colon", s.ends_colon);
  sink.Add("cap_share", s.cap_share);
  sink.Add("caps_share", s.caps_share);
  sink.Add("digit_share", s.digit_share);
  sink.Add("punct_share", s.punct_share);
  sink.Add("separators", s.separators);
  sink.Add("date", s.date);
  sink.Add("byline", s.byline);
  sink.Add("copyright", s.copyright);
  sink.Add("url", s.url);
  sink.Add("email", s.email);
  sink.Add("phone", s.phone);
  sink.Add("nav_hits", s.nav_hits);
  sink.Add("nav_share", s.nav_share);
  sink.Add("comment_hits", s.comment_hits);
  sink.Add("list_marker", s.list_marker);
  sink.Add("number_only", s.number_only);
  sink.Add("bracketed", s.bracketed);
  sink.Add("form_field", s.form_field);
  sink.Add("pipe_start", s.pipe_start);
  sink.Add("starts_lower", s.starts_lower);
  sink.Add("comment_cue", s.comment_cue);
  sink.Add("promo_prefix", s.promo_prefix);
  sink.Add("credit_cue", s.credit_cue);
  sink.Add("dateline", s.dateline);
  sink.Add("end_marker", s.end_marker);
  sink.Add("comment_header", s.comment_header);
  sink.Add("ui_action_share", s.ui_action_share);
  sink.Add("nav_arrows", s.nav_arrows);
  sink.Add("caption_hits", s.caption_hits);
  // A line after a repeated line (image alt text repeating the headline) is
  // often a caption.
  sink.Add("prev_is_repeat", li > 0 && p.repeats_before[i - 1] > 0 ? 1.0f : 0.0f);
  sink.Add("end_above_log", Log1p(p.end_above[i]));
  sink.Add("end_below_log", Log1p(p.end_below[i]));
  sink.Add("comment_headers_above_log", Log1p(p.comment_headers_above[i]));
  sink.Add("prose_below_log", Log1p(p.prose_below[i]));
  sink.Add("repeats_before_log", Log1p(p.repeats_before[i]));
  sink.Add("rel_length", p.long_line > 0 ? s.chars / p.long_line : 0.0f);
  sink.Add("copyright_above", li >= p.first_copyright && p.first_copyright >= 0 ? 1.0f : 0.0f);
  sink.Add("ideographic_share", s.ideographic_share);
  sink.Add("prose_log", s.prose_log);
  sink.Add("indent", static_cast<float>(line.indent));
  sink.Add("blanks_before", static_cast<float>(std::min<uint16_t>(line.blanks_before, 5)));
  sink.Add("blanks_after",
           li + 1 < n ? static_cast<float>(std::min<uint16_t>(page.lines[i + 1].blanks_before, 5))
                      : 5.0f);
  sink.Add("joined_lines", static_cast<float>(line.last - line.first));
  sink.Add("repeats", Log1p(i < p.repeats.size() ? p.repeats[i] : 0));

  // Where it is on the page.
  const float rel = n > 1 ? static_cast<float>(li) / static_cast<float>(n - 1) : 0.0f;
  sink.Add("position", rel);
  sink.Add("index_log", Log1p(static_cast<float>(li)));
  sink.Add("from_end_log", Log1p(static_cast<float>(n - 1 - li)));
  sink.Add("lines_log", Log1p(static_cast<float>(n)));
  sink.Add("page_blank_share", p.blank_share);
  sink.Add("page_indent_share", p.indent_share);
  const double total = std::max(1.0, p.prose_total);
  sink.Add("prose_above", static_cast<float>(p.prose_prefix.Range(0, li) / total));
  sink.Add("prose_below", static_cast<float>(p.prose_prefix.Range(li + 1, n) / total));
  sink.Add("page_prose_log", p.prose_total_log);

  // Dense regions: distance to each of up to three peaks, signed, and how
  // strong the region around this line is compared with the strongest.
  for (std::size_t k = 0; k < 3; ++k) {
    static constexpr const char* kNames[] = {"peak1_dist", "peak2_dist", "peak3_dist"};
    static constexpr const char* kStrength[] = {"peak1_strength", "peak2_strength",
                                                "peak3_strength"};
    if (k < p.peaks.size()) {
      sink.Add(kNames[k], static_cast<float>(std::clamp(li - p.peaks[k], -60L, 60L)));
      sink.Add(kStrength[k], p.peak_max > 0
                                 ? p.smoothed[static_cast<std::size_t>(p.peaks[k])] / p.peak_max
                                 : 0.0f);
    } else {
      sink.Add(kNames[k], 99.0f);
      sink.Add(kStrength[k], 0.0f);
    }
  }
  sink.Add("region_strength", p.peak_max > 0 && li < n ? p.smoothed[i] / p.peak_max : 0.0f);

  // The headline candidate and the page's first line (often its <title>).
  sink.Add("headline_dist",
           p.headline >= 0 ? static_cast<float>(std::clamp(li - p.headline, -60L, 60L)) : 99.0f);
  sink.Add("title_similarity", li < n ? p.title_similarity[i] : 0.0f);
  sink.Add("main_first_dist", p.main_first >= 0
                                  ? static_cast<float>(std::clamp(li - p.main_first, -60L, 60L))
                                  : 99.0f);
  sink.Add("main_last_dist",
           p.main_last >= 0 ? static_cast<float>(std::clamp(li - p.main_last, -60L, 60L)) : 99.0f);
  sink.Add("body_overlap", li < n ? p.body_overlap[i] : 0.0f);
  sink.Add("body_overlap_words_log", li < n ? Log1p(p.body_overlap_words[i]) : 0.0f);

  // Neighbours.
  for (long d : {-2L, -1L, 1L, 2L}) {
    static constexpr const char* kPrefix[] = {"prev2_", "prev1_", "", "next1_", "next2_"};
    const char* prefix = kPrefix[d + 2];
    const LineStats& o = at(li + d);
    sink.Add(prefix, "chars_log", o.chars_log);
    sink.Add(prefix, "stop_share", o.stop_share);
    sink.Add(prefix, "ends_sentence", o.ends_sentence);
    sink.Add(prefix, "nav_share", o.nav_share);
    sink.Add(prefix, "date", o.date);
    sink.Add(prefix, "prose_log", o.prose_log);
    sink.Add(prefix, "cap_share", o.cap_share);
  }

  // The block between blank lines, and windows of lines around this one.
  const long b0 = p.block_first[i], b1 = p.block_last[i];
  sink.Add("block_lines_log", Log1p(static_cast<float>(b1 - b0 + 1)));
  sink.Add("block_prose_log", Log1p(static_cast<float>(p.prose_prefix.Range(b0, b1 + 1))));
  sink.Add("block_offset", static_cast<float>(std::min(li - b0, 20L)));
  for (long radius : {3L, 10L}) {
    const char* w = radius == 3 ? "win3_" : "win10_";
    const WindowSums sums = SumWindow(p, li, radius);
    const double c = static_cast<double>(std::max(1L, sums.count));
    sink.Add(w, "chars_log", Log1p(static_cast<float>(sums.chars / c)));
    sink.Add(w, "ends_sentence", static_cast<float>(sums.ends / c));
    sink.Add(w, "nav_share", static_cast<float>(sums.nav / c));
    sink.Add(w, "short_share", static_cast<float>(sums.shortl / c));
    sink.Add(w, "stop_share", static_cast<float>(sums.stop / c));
    sink.Add(w, "prose_log",
             Log1p(static_cast<float>(p.prose_prefix.Range(li - radius, li + radius + 1))));
  }

  // Template frequency: in how many other documents of the site this line
  // occurs (DESIGN.md section 4), as a count and as a share of the site.
  float tpl_docs = 0, tpl_share = 0, tpl_site_docs = 0;
  if (context.site != nullptr && template_hashes != nullptr && i < template_hashes->size()) {
    const uint32_t self = context.site_includes_page ? 1 : 0;
    const uint32_t others = context.site->docs > self ? context.site->docs - self : 0;
    tpl_site_docs = static_cast<float>(others);
    auto it = context.site->line_docs.find((*template_hashes)[i]);
    if (it != context.site->line_docs.end() && others > 0) {
      const uint32_t with = it->second > self ? it->second - self : 0;
      tpl_docs = static_cast<float>(with);
      tpl_share = static_cast<float>(with) / static_cast<float>(others);
    }
  }
  sink.Add("template_site_docs_log", Log1p(tpl_site_docs));
  sink.Add("template_docs_log", Log1p(tpl_docs));
  sink.Add("template_share", tpl_share);
}

struct NameSink {
  std::vector<std::string> names;
  void Add(std::string_view name, float) { names.emplace_back(name); }
  void Add(std::string_view prefix, std::string_view name, float) {
    names.push_back(std::string(prefix) + std::string(name));
  }
};

// Values go out as they are; ComputeRows then sets the matrix's non-finite
// ones to 0 in one pass (a test per value here was 0.8% of pith's
// instructions; the pass over the whole matrix is vectorised).
struct ValueSink {
  float* out;
  void Add(std::string_view, float value) { *out++ = value; }
  void Add(std::string_view, std::string_view, float value) { Add(std::string_view(), value); }
};

}  // namespace

const std::vector<std::string>& FeatureNames() {
  static const std::vector<std::string>* names = [] {
    NameSink sink;
    Page page;
    page.lines.push_back(Line{});
    PageStats stats = AnalyseLines(page, PageContext{}, false, nullptr, nullptr);
    WriteRow(sink, page, stats, PageContext{}, 0, nullptr);
    return new std::vector<std::string>(std::move(sink.names));
  }();
  return *names;
}

namespace {

FeatureMatrix ComputeRows(const Page& page, const PageContext& context, bool guess_language,
                          Language* language, LineWords* line_words,
                          FoldedLetterWords* letter_words) {
  FeatureMatrix m;
  m.rows = page.lines.size();
  m.cols = FeatureNames().size();
  m.values.assign(m.rows * m.cols, 0.0f);
  const PageStats stats = AnalyseLines(page, context, guess_language, line_words, letter_words);
  if (language != nullptr) *language = stats.language;
  if (m.rows == 0) return m;
  std::vector<uint64_t> template_hashes;
  if (context.site != nullptr) {
    template_hashes.reserve(m.rows);
    for (const Line& line : page.lines) template_hashes.push_back(TemplateLineHash(line.text));
  }
  for (std::size_t i = 0; i < m.rows; ++i) {
    ValueSink sink{m.values.data() + i * m.cols};
    WriteRow(sink, page, stats, context, i, context.site ? &template_hashes : nullptr);
  }
  for (float& value : m.values) value = std::isfinite(value) ? value : 0.0f;
  return m;
}

}  // namespace

FeatureMatrix ComputeFeatures(const Page& page, const PageContext& context) {
  return ComputeRows(page, context, false, nullptr, nullptr, nullptr);
}

FeatureMatrix ComputeFeaturesAndLanguage(const Page& page, const PageContext& context,
                                         Language* language, LineWords* line_words,
                                         FoldedLetterWords* letter_words) {
  return ComputeRows(page, context, true, language, line_words, letter_words);
}

}  // namespace pith::internal

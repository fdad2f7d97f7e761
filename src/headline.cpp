#include "headline.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "byline.h"
#include "hash.h"
#include "language.h"
#include "quotes.h"
#include "simple_fold.h"
#include "title.h"
#include "word_table.h"
#include "words.h"

namespace pith::internal {
namespace {

// Lines above the first metadata or body line searched for a headline when
// the model labels no plausible one: a title sits right above the byline or
// the text, with at most an image credit or a share bar between.
constexpr std::size_t kTitleSearchAbove = 12;

// A line the model gives less probability than this of being the headline
// is never chosen for it by probability (FallbackHeadline decides then).
constexpr float kHeadlineProbability = 0.01f;

// A line that shares no content word with the body needs this much
// probability to be the headline ("Copy link", a site name).
constexpr float kUnsupportedHeadlineProbability = 0.1f;

// PickHeadline's bonus, in log-odds, for a line whose content words all
// recur in the first kOverlapBodyLines body lines.
constexpr float kOverlapWeight = 12.0f;
constexpr std::size_t kOverlapBodyLines = 40;

// PickHeadline's bonus, in log-odds, for a line that the page's first line
// repeats word for word: renderings of a page start with its <title> (a
// browser copy, get_text) or with the feed links that name it (lynx), which
// hold the headline after the site's name. Such a line needs this many
// words and bytes, and needs no probability floor.
constexpr float kTitleLineWeight = 10.0f;
constexpr std::size_t kTitleLineWords = 3;
constexpr std::size_t kTitleLineBytes = 15;
// HeadlineInsideTitleCopy looks this many lines down from the first body line.
constexpr long kTitleCopyReach = 3;
// TitleUnderFlatCrumb looks this many lines under the pick, for a title
// that a crumb trail of at most kFlatCrumbWords words led to.
constexpr long kCrumbTitleReach = 12;
constexpr std::size_t kFlatCrumbWords = 3;

// The model often scores a standfirst (dek) above the headline it follows.
// A line of at least kStandfirstAsHeadlineWords words picked for the
// headline gives way to the line right above it when that line is shorter,
// has kHeadlineAboveWords words or more, is no sentence and shares at least
// kHeadlineAboveOverlap of its content words with the body.
constexpr std::size_t kStandfirstAsHeadlineWords = 14;
constexpr std::size_t kHeadlineAboveWords = 5;
constexpr float kHeadlineAboveOverlap = 0.2f;

// NamesTheSiteOfADomain: a site's name has at most this many words.
constexpr std::size_t kSiteNameWords = 4;
// IsPageControl: a control's text is at most this long.
constexpr std::size_t kMaxControlBytes = 60;

// PlausibleHeadline: a line of at most this many words may be a credit
// without its prefix.
constexpr std::size_t kMaxCreditWords = 4;

// IsLowerCaseTagLine: a line opening in lower case with this many names in
// lower case is a line of tags.
constexpr std::size_t kLowerCaseTagNames = 2;

// JoinSplitHeadline looks this many lines under the headline, each of
// at most kHeadlinePieceBytes bytes.
constexpr std::size_t kHeadlinePieces = 3;
constexpr std::size_t kHeadlinePieceBytes = 200;

// HeadlineCandidates: lines the model gives at least this probability of
// being the headline, and the plausible lines right above the article.
constexpr float kCandidateProbability = 0.001f;
// Columns of HeadlineFeatureNames() set once all candidates are known.
constexpr std::size_t kMostProbableColumn = 18;
constexpr std::size_t kRankColumn = 26;
constexpr std::size_t kNearestAboveColumn = 28;

// Does `text` hold `part` with no letter or digit right before or after it?
// (A byte of a multi-byte character counts as a letter.)
bool HoldsWholeWords(std::string_view text, std::string_view part) {
  const auto word_byte = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + 1)) {
    const std::size_t end = at + part.size();
    if ((at == 0 || !word_byte(text[at - 1])) && (end == text.size() || !word_byte(text[end]))) {
      return true;
    }
  }
  return false;
}

float LogOdds(float p) { return std::log(p / std::max(1.0f - p, 1e-6f)); }

// The first line Normalised, with a space at each end (InFirstLine).
std::string FirstLineNorm(const PageView& view) {
  return view.texts.empty() ? std::string() : " " + Normalised(view.texts[0]) + " ";
}

// A word that carries meaning: letters, more than two bytes, not a stopword
// of the page's language. *folded receives its case folding.
bool IsContentWord(const PageView& view, const Word& word, std::string* folded) {
  if (!word.has_letter || word.text.size() <= 2) return false;
  FoldCase(word.text, folded);
  return !IsStopword(view.dates.language, *folded);
}

// Does the line open with the name of a field of the page's metadata
// ("Location: VANCOUVER", "Source: Wire Service", "Tags: ...", "Cast: ...")?
// Such a line gives a value, never the title; nor does a reply's subject
// in a comment thread ("Re: Not me!") or lynx's "IFRAME:" line, which gives
// a frame's address.
bool OpensWithFieldName(std::string_view line) {
  static constexpr std::string_view kFields[] = {
      "source",     "sources",     "location",   "tags",       "tag",        "category",
      "categories", "filed under", "posted in",  "topics",     "keywords",   "cast",
      "director",   "genre",       "navigation", "quelle",     "ort",        "schlagworte",
      "kategorie",  "kategorien",  "rubrik",     "catégorie",  "catégories", "mots-clés",
      "fuente",     "etiquetas",   "categoría",  "categorías", "fonte",      "categoria",
      "categorie",  "trefwoorden", "источник",   "рубрика",    "теги",       "来源",
      "标签",       "分类",        "labels",     "label",      "re",         "above",
      "below",      "pictured",    "courtesy",   "credit",     "credits",    "via",
      "iframe"};
  // (After the image or list marks of a renderer: "[poster.jpg] Cast: ...".)
  const std::string_view text = StripRendererMarks(line);
  // An ASCII colon, or the full-width one of Chinese text ("来源：新华社").
  const std::size_t colon = std::min(text.find(':'), text.find("\xEF\xBC\x9A"));
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  std::string_view name = text.substr(0, colon);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  const std::string folded = FoldCase(name);
  for (const std::string_view field : kFields) {
    if (folded == field) return true;
  }
  return false;
}

// Does the line open with a command of the page's interface ("Continue
// reading the main story", "Get Posts by E-mail", "Decrease text size")?
// A button or a link, never the title.
bool OpensWithInterfaceCommand(std::string_view text) {
  static constexpr std::string_view kCommands[] = {
      "continue reading", "read more",          "read the full", "click here",    "subscribe to",
      "get posts by",     "follow us",          "sign up for",   "decrease text", "increase text",
      "post to",          "check to have",      "share this",    "print this",    "email this",
      "skip to",          "weiterlesen",        "mehr lesen",    "lire la suite", "seguir leyendo",
      "leer más",         "continua a leggere", "leia mais",     "lees verder",   "читать далее",
      "get our"};
  // The first 24 bytes or so, cut at a character boundary.
  std::size_t end = std::min<std::size_t>(text.size(), 24);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  const std::string head = FoldCase(text.substr(0, end));
  for (const std::string_view command : kCommands) {
    if (head.compare(0, command.size(), command) == 0) return true;
  }
  return false;
}

// The separators of a breadcrumb trail in a line, and where its last crumb
// starts (LastCrumb).
struct CrumbTrail {
  std::size_t marks = 0;
  std::size_t last_crumb = 0;
};

CrumbTrail FindCrumbTrail(std::string_view text) {
  CrumbTrail trail;
  for (std::string_view mark : {"\xE2\x80\xBA", "\xC2\xBB", " > ", " / "}) {
    // A line with a "«" quotes with guillemets ("«Лес» Островского", and
    // German »…« too): its "»" is no crumb separator.
    if (mark == "\xC2\xBB" && text.find("\xC2\xAB") != std::string_view::npos) continue;
    std::size_t count = 0;
    std::size_t last = std::string_view::npos;
    for (std::size_t at = text.find(mark); at != std::string_view::npos;
         at = text.find(mark, at + 1)) {
      ++count;
      last = at + mark.size();
    }
    // " / " joins alternatives in titles ("Netflix / Hulu"): two make a trail.
    if (count < (mark == " / " ? 2u : 1u)) continue;
    trail.marks += count;
    if (last > trail.last_crumb) trail.last_crumb = last;
  }
  return trail;
}

// LastCrumb, given the trail FindCrumbTrail found in `text`.
std::string_view LastCrumbOf(std::string_view text, const CrumbTrail& trail) {
  if (trail.marks == 0) return text;
  std::string_view rest = text.substr(trail.last_crumb);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return LetterWords(SplitWords(rest)) >= 3 ? rest : text;
}

// A trail of two or more crumbs whose last crumb is no title ("Blog » 2012
// » November » 06").
bool IsTitlelessTrail(std::string_view text) {
  const CrumbTrail trail = FindCrumbTrail(text);
  return trail.marks >= 2 && LastCrumbOf(text, trail) == text;
}

// Links to the neighbouring posts, with the arrows of a blog theme: "«
// Older post", "Newer post »" (an arrow that no guillemet of the other kind
// pairs with as a quotation), or set apart by bars ("« Older post | Main |
// Newer post »").
bool IsPostNavigation(std::string_view text) {
  constexpr std::string_view kBefore = "\xC2\xAB";  // «
  constexpr std::string_view kAfter = "\xC2\xBB";   // »
  const bool opens = text.substr(0, kBefore.size()) == kBefore;
  const bool closes =
      text.size() >= kAfter.size() && text.substr(text.size() - kAfter.size()) == kAfter;
  if (opens && text.find(kAfter) == std::string_view::npos) return true;
  if (closes && text.find(kBefore) == std::string_view::npos) return true;
  return (opens || closes) && text.find(" | ") != std::string_view::npos;
}

// Does the word of a body line start a sentence (or the line)?
bool StartsSentence(std::string_view line, const Word& word) {
  std::size_t at = static_cast<std::size_t>(word.text.data() - line.data());
  while (at > 0 && line[at - 1] == ' ') --at;
  if (at == 0) return true;
  const char before = line[at - 1];
  return before == '.' || before == '!' || before == '?' || before == ':' || before == '"';
}

// How the page's body writes each of its words (folded, of three letters or
// more, without digits), by the WordHash of the folded word: kBodyWord, and
// kLowerCase when it writes the word in lower case somewhere, kMidSentence
// when capitalised other than where a sentence starts. (A word is a name
// the body writes capitalised inside sentences only when it has
// kMidSentence without kLowerCase.) With the view's letters, each word's
// folded hash is read, not worked out again. Built once per page, on first
// use.
constexpr uint8_t kBodyWord = 1, kLowerCase = 2, kMidSentence = 4;
const WordHashBits& BodyWordCase(const PageView& view) {
  LineMemo& memo = view.memo;
  if (memo.body_case_known) return memo.body_case;
  memo.body_case_known = true;
  const FoldedLetterWords* letters = view.letters;
  std::string folded;
  for (std::size_t b = 0; b < view.texts.size(); ++b) {
    if (view.label(b) != Label::kBody) continue;
    std::size_t letter = letters != nullptr ? letters->offsets[b] : 0;
    for (const Word& w : view.words(b)) {
      if (!w.has_letter) continue;
      const std::size_t at = letter++;
      if (w.text.size() <= 2 || w.has_digit) continue;
      uint64_t hash;
      if (letters != nullptr) {
        hash = letters->hashes[at];
      } else {
        FoldCase(w.text, &folded);
        hash = WordHash(folded);
      }
      uint8_t bits = kBodyWord;
      if (!w.capitalised) {
        bits |= kLowerCase;
      } else if (!StartsSentence(view.texts[b], w)) {
        bits |= kMidSentence;
      }
      memo.body_case.Add(hash, bits);
    }
  }
  return memo.body_case;
}

// A line of tags, run together in lower case ("lindsay lohan barbara
// walters", "frankenstorm instagram instacane Hurricane Sandy"), as blogs
// print them above the headline: it opens in lower case, and
// kLowerCaseTagNames or more of its content words in lower case are names
// that the page's body writes only capitalised, inside sentences. A title
// in lower case ("good couple of days") writes ordinary words.
bool IsLowerCaseTagLine(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
  std::vector<std::string> lower;
  std::string folded;
  for (const Word& w : view.words(i)) {
    if (!IsContentWord(view, w, &folded) || w.has_digit || folded != w.text) continue;
    if (std::find(lower.begin(), lower.end(), folded) == lower.end()) lower.push_back(folded);
  }
  if (lower.size() < kLowerCaseTagNames) return false;
  const WordHashBits& body_case = BodyWordCase(view);
  const auto names = std::count_if(lower.begin(), lower.end(), [&](const std::string& word) {
    return (body_case.Find(WordHash(word)) & (kLowerCase | kMidSentence)) == kMidSentence;
  });
  return static_cast<std::size_t>(names) >= kLowerCaseTagNames;
}

// Could the line be an article headline at all? A bare section or site name
// (one word), a sentence of prose (a standfirst or body line), a byline, a
// date line, a navigation fragment or a line of tags cannot.
bool PlausibleHeadline(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  const WordSpan words = view.words(i);
  const std::size_t letter_words = LetterWords(words);
  if (letter_words < 2 || words.size() > 30) return false;
  if (EndsWithFullStop(text) && words.size() > 8) return false;
  // A short title in title case ("Packing Tips Guide") reads like a name,
  // and one may hold a date ("Nov. 3: Polls Open Early"): the model's
  // headline label outweighs both tests.
  const bool decoded_headline = view.label(i) == Label::kHeadline;
  if (LooksLikeByline(text) || (!decoded_headline && IsBareName(view, i))) return false;
  // An image caption with its credit ("The town hall. © Jo Smith").
  if (HasImageCredit(text)) return false;
  // A label ("Last Updated:"), a field of the metadata ("Location: Paris"),
  // a breadcrumb ("Home > Blog", "| Resources", "News → Local", a trail
  // whose last crumb is no title: "Blog » 2012 » November » 06") or the
  // links to the posts before and after ("« Older post | Main | Newer post
  // »"), or a button ("Continue reading").
  if (text.back() == ':' || text.front() == '|' || text.find(" > ") != std::string_view::npos ||
      text.find(" \xE2\x86\x92 ") != std::string_view::npos || OpensWithFieldName(text) ||
      IsPostNavigation(text) || IsTitlelessTrail(text) || OpensWithInterfaceCommand(text) ||
      IsLowerCaseTagLine(view, i)) {
    return false;
  }
  // A credit without its prefix: a news agency alone ("Press Trust of
  // India") or a short desk credit ("The Oregonian Staff").
  if (letter_words <= kMaxCreditWords) {
    const Byline& credit = LineByline(view, i);
    if ((!credit.agency.empty() && credit.authors.empty()) || credit.desk) return false;
  }
  // A date line: a short line with a date, or one the date fills half of
  // (ideographic dates split into many words: "2025年11月28日 20時41分更新").
  if (decoded_headline && letter_words >= 3) return true;
  if (words.size() <= 10) {
    if (HasDate(view, i)) return false;
  } else if (LooksLikeDate(text)) {
    const std::vector<FoundDate>& dates = LineDates(view, i);
    if (!dates.empty() && dates[0].text.size() * 2 >= text.size()) return false;
  }
  return true;
}

// The hashes (WordHash) of the folded content words (IsContentWord) of
// line i. With the view's letters, the features' folding and stopword bits
// of each word with a letter are read rather than worked out again (most of
// the headline's word overlap measures' time).
std::vector<uint64_t> ContentWordHashes(const PageView& view, std::size_t i) {
  const WordSpan words = view.words(i);
  std::vector<uint64_t> hashes;
  const FoldedLetterWords* letters = view.letters;
  if (letters == nullptr) {
    std::string folded;
    for (const Word& w : words) {
      if (IsContentWord(view, w, &folded)) hashes.push_back(WordHash(folded));
    }
    return hashes;
  }
  // IsContentWord, from the word's entry: a word with a letter, of more
  // than two bytes, that is no stopword of the page's language.
  const Language language = view.dates.language;
  std::size_t k = letters->offsets[i];
  for (const Word& w : words) {
    if (!w.has_letter) continue;
    const std::size_t at = k++;
    if (w.text.size() <= 2) continue;
    if (language != Language::kUnknown &&
        ((letters->stop_bits[at] >> static_cast<int>(language)) & 1) != 0) {
      continue;
    }
    hashes.push_back(letters->hashes[at]);
  }
  return hashes;
}

// Word hashes without repeats, sorted: a set (looked up by binary search;
// hash set nodes took longer to build than the look-ups saved).
using WordSet = std::vector<uint64_t>;

WordSet ToWordSet(std::vector<uint64_t> hashes) {
  std::sort(hashes.begin(), hashes.end());
  hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
  return hashes;
}

// The content words (folded, hashed) of the first kOverlapBodyLines body
// lines: what the article is about.
WordSet BodyWords(const PageView& view) {
  std::vector<uint64_t> words;
  std::size_t taken = 0;
  for (std::size_t i = 0; i < view.decisions.size() && taken < kOverlapBodyLines; ++i) {
    if (view.label(i) != Label::kBody) continue;
    ++taken;
    const std::vector<uint64_t> line = ContentWordHashes(view, i);
    words.insert(words.end(), line.begin(), line.end());
  }
  return ToWordSet(std::move(words));
}

// The share of `hashes` found in `set` (0 without any).
float ShareIn(const std::vector<uint64_t>& hashes, const WordSet& set) {
  std::size_t found = 0;
  for (uint64_t h : hashes) found += std::binary_search(set.begin(), set.end(), h) ? 1 : 0;
  return hashes.empty() ? 0.0f : static_cast<float>(found) / static_cast<float>(hashes.size());
}

// The share of line i's content words found in the body (0 without any).
float BodyOverlap(const PageView& view, std::size_t i, const WordSet& body) {
  return ShareIn(ContentWordHashes(view, i), body);
}

// When no labelled line is a plausible headline: the nearest plausible line
// of three words or more above the first metadata or body line. (Above the
// main body block instead: fewer titles right on train.)
long FallbackHeadline(const PageView& view, const WordSet& body) {
  const long start = FirstArticleLine(view);
  if (start < 0) return -1;
  const std::size_t s = static_cast<std::size_t>(start);
  // The first metadata line is the title when it reads like one and a
  // credit or a date follows: the model took the title for part of the
  // credit block.
  if (view.label(s) == Label::kMetadata && s + 1 < view.texts.size() &&
      (view.label(s + 1) == Label::kMetadata || HasDate(view, s + 1) ||
       LooksLikeByline(view.texts[s + 1])) &&
      PlausibleHeadline(view, s) && LetterWords(view.words(s)) >= 3) {
    return start;
  }
  // Of the plausible lines above, the one sharing the most words with the
  // body, the nearest of equals: a share button ("Copy link") or a teaser
  // may sit between the title and the text.
  const std::size_t lo = s > kTitleSearchAbove ? s - kTitleSearchAbove : 0;
  long best = -1;
  float best_overlap = -1.0f;
  for (std::size_t i = s; i-- > lo;) {
    if (view.label(i) == Label::kBody) continue;
    // Two words are a menu entry ("Contact Us") more often than a title.
    if (!PlausibleHeadline(view, i) || LetterWords(view.words(i)) < 3) continue;
    const float overlap = BodyOverlap(view, i, body);
    if (overlap > best_overlap) {
      best_overlap = overlap;
      best = static_cast<long>(i);
    }
  }
  return best;
}

// Is line i, not the first, repeated inside the first line? first_norm is
// the first line Normalised, with a space added at each end.
bool InFirstLine(const PageView& view, std::size_t i, const std::string& first_norm) {
  const std::string_view text = view.texts[i];
  if (i == 0 || text.size() < kTitleLineBytes || text.size() + 2 > first_norm.size()) return false;
  const std::string norm = Normalised(view, i);
  return norm.size() >= kTitleLineBytes &&
         static_cast<std::size_t>(std::count(norm.begin(), norm.end(), ' ')) + 1 >=
             kTitleLineWords &&
         first_norm.find(" " + norm + " ") != std::string::npos;
}

// The line above `pick` when `pick` is a standfirst under the headline
// (see kStandfirstAsHeadlineWords), else `pick`.
HeadlineChoice HeadlineAboveStandfirst(const PageView& view, long pick, const WordSet& body) {
  const HeadlineChoice as_picked{pick, -1};
  if (pick <= 0) return as_picked;
  const std::size_t at = static_cast<std::size_t>(pick);
  const std::size_t words = view.words(at).size();
  if (words < kStandfirstAsHeadlineWords) return as_picked;
  const std::size_t above = at - 1;
  const std::size_t above_words = view.words(above).size();
  if (above_words < kHeadlineAboveWords || above_words >= words) return as_picked;
  if (view.label(above) == Label::kBody || EndsWithFullStop(view.texts[above]) ||
      !PlausibleHeadline(view, above)) {
    return as_picked;
  }
  if (BodyOverlap(view, above, body) < kHeadlineAboveOverlap) return as_picked;
  return HeadlineChoice{static_cast<long>(above), pick};
}

// The page's own headline when the picked line is a <title>-like copy of it
// with the site's or the blog's name around it ("Joe. My. God.: Storm
// closes schools", "Storm closes schools | Wedding Ideas | Blog"): the
// longest line, of kTitleLineWords words or more and not boilerplate, no
// further than kTitleCopyReach - 1 lines below the main article's first body
// line, whose whole text is the longest part of the pick between separators.
// Else `pick`. The copy often scores higher (the model sees it at the top and
// decodes the headline as body), and its other parts are no site name that
// CleanTitle could prove.
long HeadlineInsideTitleCopy(const PageView& view, const ArticleBlock& block, long pick) {
  if (pick < 0) return pick;
  const std::string_view text = view.texts[static_cast<std::size_t>(pick)];
  // Per separator, the longest part: the site's name is the shorter one.
  std::vector<std::string_view> parts;
  for (std::string_view separator : TitlePartSeparators()) {
    std::size_t start = 0;
    std::string_view longest;
    for (std::size_t at = text.find(separator); at != std::string_view::npos;
         at = text.find(separator, start)) {
      if (at - start > longest.size()) longest = text.substr(start, at - start);
      start = at + separator.size();
    }
    if (start == 0) continue;
    if (text.size() - start > longest.size()) longest = text.substr(start);
    parts.push_back(longest);
  }
  if (parts.empty()) return pick;
  std::vector<std::string> part_norms;
  for (std::string_view part : parts) {
    std::string norm = Normalised(part);
    if (norm.size() >= kTitleLineBytes &&
        static_cast<std::size_t>(std::count(norm.begin(), norm.end(), ' ')) + 1 >=
            kTitleLineWords) {
      part_norms.push_back(std::move(norm));
    }
  }
  if (part_norms.empty()) return pick;
  // Up to a few lines past the main article's first body line (block.start
  // may be a metadata line above it; a section name may be decoded as body).
  long limit = static_cast<long>(view.texts.size());
  if (block.start >= 0) {
    limit = block.start;
    while (limit < block.last && view.label(static_cast<std::size_t>(limit)) != Label::kBody) {
      ++limit;
    }
    limit = std::min(limit + kTitleCopyReach, static_cast<long>(view.texts.size()));
  }
  long best = pick;
  std::size_t best_size = 0;
  for (long j = 0; j < limit; ++j) {
    const std::string_view candidate = view.texts[static_cast<std::size_t>(j)];
    // A boilerplate line is a menu item or a series name that the real
    // headline merely starts with ("Letting the Wolves Howl: Part 5").
    if (j == pick || candidate.size() < kTitleLineBytes || candidate.size() >= text.size() ||
        view.label(static_cast<std::size_t>(j)) == Label::kBoilerplate) {
      continue;
    }
    const std::string norm = Normalised(candidate);
    for (const std::string& part : part_norms) {
      if (norm == part && norm.size() > best_size) {
        best = j;
        best_size = norm.size();
      }
    }
  }
  return best;
}

bool NeverHeadline(const PageView& view, std::size_t i);

// The page's own headline line when the ranker picked a <title> copy that
// puts a blog's or site's name before it with a colon ("Lido Friends Blog:
// Volunteers rescue the old lido"), as HeadlineInsideTitleCopy finds it;
// else `pick`. Only the part after the copy's first colon: a headline may
// hold a colon itself ("Volunteers rescue the old lido: what the town
// gains"), and a line reading its first part alone is then a section
// heading. (The rules' pick gets HeadlineInsideTitleCopy in RulePick; this
// one, applied after the ranker, leaves its training as it was.)
long HeadlineAfterSiteColon(const PageView& view, const ArticleBlock& block, long pick) {
  if (pick < 0) return pick;
  const std::string_view text = view.texts[static_cast<std::size_t>(pick)];
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos) return pick;
  const long inside = HeadlineInsideTitleCopy(view, block, pick);
  if (inside == pick || NeverHeadline(view, static_cast<std::size_t>(inside)) ||
      !SameNormalised(text.substr(colon + 2), view.texts[static_cast<std::size_t>(inside)])) {
    return pick;
  }
  return inside;
}

// The candidate that reads the part after the first colon of a picked first
// line, the page's <title> copy, that puts a blog's name before the post's
// ("Letters of Note: Some annoying news", "Seth's Blog: Yesterday's over"),
// when that part is the longer one; else `pick`. HeadlineAfterSiteColon
// finds such a heading only when it has three words or more, is no
// boilerplate and sits by the article's start: a short post title in the
// blog's sidebar style is decoded as boilerplate, but the model still gave
// it a chance to be the headline, which made it a candidate.
long CandidateAfterTitleColon(const PageView& view,
                              const std::vector<HeadlineCandidate>& candidates, long pick) {
  if (pick != 0) return pick;
  const std::string_view text = view.texts[0];
  const std::size_t colon = text.find(": ");
  if (colon == std::string_view::npos) return pick;
  const std::string_view after = text.substr(colon + 2);
  if (after.size() <= colon) return pick;
  for (const HeadlineCandidate& c : candidates) {
    const std::size_t i = static_cast<std::size_t>(c.line);
    if (c.line > 0 && SameNormalised(after, view.texts[i]) && !NeverHeadline(view, i)) {
      return c.line;
    }
  }
  return pick;
}

// One to kFlatCrumbWords capitalised words of letters, none a stopword,
// separated by single spaces, and nothing else: a section's name ("Blog",
// "Hochzeitsblog", "Health Information"), not the start of a title ("A",
// "7", "Welcome to") or a site's name with a separator ("Klatch Coffee |").
bool IsFlatCrumb(const PageView& view, std::string_view crumb) {
  const std::vector<Word> words = SplitWords(crumb);
  if (words.empty() || words.size() > kFlatCrumbWords) return false;
  std::size_t bytes = 0;
  for (const Word& word : words) {
    if (!word.capitalised || word.has_digit || word.ideographic ||
        IsStopword(view.dates.language, FoldCase(word.text))) {
      return false;
    }
    bytes += word.text.size() + 1;
  }
  return bytes == crumb.size() + 1;
}

// The title line under a picked line that is that title with a flattened
// breadcrumb before it: innerText and get_text write a trail whose
// separators are pictures as plain words ("Blog Artificial Intelligence in
// Patient Care", "Hochzeitsblog Neue Hochzeitslokation in Rödermark"), and
// the title repeats alone a few lines down. The nearest line, at most
// kCrumbTitleReach lines below, of kTitleLineWords words or more, that the
// pick ends with after a flat crumb (IsFlatCrumb) and a space, or glued
// to it; else `pick`.
long TitleUnderFlatCrumb(const PageView& view, long pick) {
  if (pick < 0) return pick;
  const std::string_view text = view.texts[static_cast<std::size_t>(pick)];
  const long end = std::min(pick + 1 + kCrumbTitleReach, static_cast<long>(view.texts.size()));
  for (long j = pick + 1; j < end; ++j) {
    const std::string_view below = view.texts[static_cast<std::size_t>(j)];
    if (below.size() < kTitleLineBytes || below.size() + 2 > text.size() ||
        text.substr(text.size() - below.size()) != below) {
      continue;
    }
    std::string_view crumb = text.substr(0, text.size() - below.size());
    // innerText glues a trail's last link to the title ("Health
    // InformationMeditation and ..."): a lower-case letter against a capital.
    const bool glued = std::islower(static_cast<unsigned char>(crumb.back())) != 0 &&
                       std::isupper(static_cast<unsigned char>(below.front())) != 0;
    if (crumb.back() == ' ')
      crumb.remove_suffix(1);
    else if (!glued)
      continue;
    if (CountLineWords(view, static_cast<std::size_t>(j), kTitleLineWords) >= kTitleLineWords &&
        IsFlatCrumb(view, crumb)) {
      return j;
    }
  }
  return pick;
}

// What the rules and the candidates' features both need of the page,
// computed once.
struct TitleFacts {
  WordSet body;            // BodyWords
  std::string first_norm;  // FirstLineNorm
  ArticleBlock block;      // MainArticleBlock
};

TitleFacts FactsOf(const PageView& view) {
  return TitleFacts{BodyWords(view), FirstLineNorm(view), MainArticleBlock(view)};
}

// The rules' choice (see headline.h); with skip_never, no line that
// NeverHeadline rules out (the checks the ranker's pick gets, for a model
// without a ranker).
HeadlineChoice RulePick(const PageView& view, const TitleFacts& facts, bool skip_never) {
  const WordSet& body = facts.body;
  const std::string& first_norm = facts.first_norm;
  long best = -1;
  float top = 0.0f;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) == Label::kBody) continue;
    const float p = std::max(view.decisions[i].headline_probability, 1e-6f);
    const float log_odds = LogOdds(p);
    // A line that every bonus would not lift above the best so far is not
    // looked at further: most lines of a page, once the headline is passed.
    if (best > 0 && log_odds + kOverlapWeight + kTitleLineWeight <= top) continue;
    // (InFirstLine normalises the line: only where it decides something.)
    const bool unlikely = p < kHeadlineProbability;
    if (unlikely && !InFirstLine(view, i, first_norm)) continue;
    if (!PlausibleHeadline(view, i) || (skip_never && NeverHeadline(view, i))) continue;
    const bool in_title = unlikely || InFirstLine(view, i, first_norm);
    const float overlap = BodyOverlap(view, i, body);
    if (overlap == 0.0f && p < kUnsupportedHeadlineProbability && !in_title) continue;
    const float score = log_odds + kOverlapWeight * overlap + (in_title ? kTitleLineWeight : 0.0f);
    const bool title_copy = i == 0 && view.page.lines[0].first == 0;
    if (title_copy) {
      best = 0;  // kept only while no later line qualifies
      continue;
    }
    if (best > 0 && score <= top) continue;
    top = score;
    best = static_cast<long>(i);
  }
  const long pick = best >= 0 ? best : FallbackHeadline(view, body);
  return HeadlineAboveStandfirst(view, HeadlineInsideTitleCopy(view, facts.block, pick), body);
}

float ClampedLogOdds(float p) { return std::clamp(LogOdds(std::max(p, 1e-6f)), -14.0f, 14.0f); }

// Lines from i down to the next body line (capped at 50).
std::size_t LinesToBody(const PageView& view, std::size_t i) {
  std::size_t d = 1;
  while (d < 50 && i + d < view.decisions.size() && view.label(i + d) != Label::kBody) ++d;
  return d;
}

// A title's separator between headline and site or section name.
bool HasSeparator(std::string_view text) {
  for (std::string_view separator : TitlePartSeparators()) {
    if (text.find(separator) != std::string_view::npos) return true;
  }
  return false;
}

// Latin letters, none lower case: a shouted section name or menu entry.
bool UpperCase(std::string_view text) {
  bool upper = false;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    upper = upper || (c >= 'A' && c <= 'Z');
  }
  return upper;
}

// A list item's or a form control's mark opens the line: a bullet ("* ",
// "• ", "+ ", "- ", "# "), a number ("3. ", "12) "), or the bracket, quote
// or semicolon a renderer leaves before a form field, an image or a link
// ("[ ] Remember me", "(Click for review) …", "> More", "; Image: …"). A
// list of picks or a table of contents, not the page's headline.
bool StartsWithListMark(std::string_view text) {
  if (text.empty()) return false;
  if (text.substr(0, 3) == "\xE2\x80\xA2") return true;
  switch (text[0]) {
    case '*':
    case '+':
    case '-':
    case '#':
    case '[':
    case '(':
    case '>':
    case ';':
      return true;
    default:
      break;
  }
  std::size_t digits = 0;
  while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9') {
    ++digits;
  }
  return digits > 0 && digits < 3 && digits + 1 < text.size() &&
         (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ';
}

// '|' between menu entries or title parts, up to 3.
float Pipes(std::string_view text) {
  std::size_t pipes = 0;
  for (char c : text) pipes += c == '|' ? 1 : 0;
  return static_cast<float>(std::min<std::size_t>(pipes, 3));
}

// Line i's indent (up to 20 columns) less that of the first body line below
// it within 40 lines, up to 8 either way; 0 when none. lynx and w3m indent
// paragraphs and lists but not headings: a heading set left of the text
// under it is the page's, a teaser set like the text is one of a list.
// `to_body` is LinesToBody(view, i).
float IndentAgainstBody(const PageView& view, std::size_t i, std::size_t to_body) {
  const std::size_t k = i + to_body;
  if (to_body >= 40 || k >= view.decisions.size() || view.label(k) != Label::kBody) return 0.0f;
  const int own = std::min<int>(view.page.lines[i].indent, 20);
  const int body = std::min<int>(view.page.lines[k].indent, 20);
  return static_cast<float>(std::clamp(own - body, -8, 8));
}

// HeadlineCandidates, given what PickHeadline computed already. The
// features are in the order of HeadlineFeatureNames().
std::vector<HeadlineCandidate> Candidates(const PageView& view, const TitleFacts& facts,
                                          const HeadlineChoice& rules) {
  std::vector<HeadlineCandidate> candidates;
  const WordSet& body = facts.body;
  const std::string& first_norm = facts.first_norm;
  const ArticleBlock& block = facts.block;
  const std::size_t n = view.decisions.size();
  const WordSet first_words = n > 0 ? ToWordSet(ContentWordHashes(view, 0)) : WordSet();
  // Each line's text hashed, and the hashes sorted, to find the candidates
  // the page repeats (a sorted vector: a hash map's nodes took longer).
  std::vector<uint64_t> hashes(n);
  for (std::size_t i = 0; i < n; ++i) hashes[i] = Fnv1a(view.texts[i]);
  std::vector<uint64_t> sorted_hashes = hashes;
  std::sort(sorted_hashes.begin(), sorted_hashes.end());
  const auto repeated = [&](uint64_t hash) {
    const auto [first, last] = std::equal_range(sorted_hashes.begin(), sorted_hashes.end(), hash);
    return last - first > 1;
  };
  for (std::size_t i = 0; i < n; ++i) {
    const LineDecision& decision = view.decisions[i];
    const long at = static_cast<long>(i);
    const bool near_start = block.start >= 0 && at < block.start &&
                            block.start - at <= static_cast<long>(kTitleSearchAbove);
    if (at != rules.line && decision.headline_probability < kCandidateProbability && !near_start) {
      continue;
    }
    if (at != rules.line && !PlausibleHeadline(view, i)) continue;
    const std::string_view text = view.texts[i];
    const WordSpan words = view.words(i);
    const std::size_t letter_words = LetterWords(words);
    std::size_t capitalised = 0;
    for (const Word& w : words) capitalised += w.has_letter && w.capitalised ? 1 : 0;
    const std::vector<uint64_t> content = ContentWordHashes(view, i);
    const float overlap = ShareIn(content, body);
    const auto flag = [](bool b) { return b ? 1.0f : 0.0f; };
    const auto& probability = decision.label_probabilities;
    const std::size_t next = i + 1;
    const bool credit_below =
        next < n && (view.label(next) == Label::kMetadata || LooksLikeByline(view.texts[next]) ||
                     HasDate(view, next));
    const std::size_t to_body = LinesToBody(view, i);
    const long start = block.start;
    HeadlineCandidate c;
    c.line = at;
    c.features = {
        ClampedLogOdds(decision.headline_probability),
        probability[static_cast<std::size_t>(Label::kBody)],
        probability[static_cast<std::size_t>(Label::kBoilerplate)],
        probability[static_cast<std::size_t>(Label::kMetadata)],
        flag(decision.label == Label::kHeadline),
        flag(decision.label == Label::kBody),
        flag(decision.label == Label::kMetadata),
        overlap,
        flag(overlap == 0.0f),
        flag(InFirstLine(view, i, first_norm)),
        flag(i == 0),
        flag(at == rules.line),
        flag(start >= 0 && at < start),
        flag(start >= 0 && at >= start && at <= block.last),
        start >= 0 ? std::log1p(static_cast<float>(std::labs(at - start))) : 0.0f,
        std::log1p(static_cast<float>(letter_words)),
        flag(letter_words <= 3),
        flag(EndsWithFullStop(text)),
        0.0f,  // most_probable, set below
        letter_words == 0 ? 0.0f
                          : static_cast<float>(capitalised) / static_cast<float>(letter_words),
        flag(UpperCase(text)),
        flag(HasSeparator(text)),
        flag(credit_below),
        flag(view.page.lines[i].blanks_before > 0),
        flag(rules.line >= 0 && at > rules.line),
        std::log1p(static_cast<float>(i)),
        0.0f,  // probability_rank_log, set below
        std::log1p(static_cast<float>(candidates.size())),
        0.0f,  // nearest_above_article, set below
        ShareIn(content, first_words),
        i + 1 < n ? ClampedLogOdds(view.decisions[i + 1].headline_probability) : -14.0f,
        i > 0 ? ClampedLogOdds(view.decisions[i - 1].headline_probability) : -14.0f,
        std::log1p(static_cast<float>(to_body)),
        flag(repeated(hashes[i])),
        flag(StartsWithListMark(text)),
        flag(HasDate(view, i)),
        Pipes(text),
        std::log1p(static_cast<float>(std::min<int>(view.page.lines[i].indent, 20))),
        IndentAgainstBody(view, i, to_body),
    };
    candidates.push_back(c);
  }
  // Ranks by probability (ties in line order).
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  const auto probability = [&](std::size_t k) {
    return view.decisions[static_cast<std::size_t>(candidates[k].line)].headline_probability;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return probability(a) > probability(b); });
  for (std::size_t r = 0; r < order.size(); ++r) {
    candidates[order[r]].features[kRankColumn] = std::log1p(static_cast<float>(r));
  }
  if (!candidates.empty()) candidates[order[0]].features[kMostProbableColumn] = 1.0f;
  for (std::size_t k = candidates.size(); k-- > 0;) {
    if (block.start >= 0 && candidates[k].line < block.start) {
      candidates[k].features[kNearestAboveColumn] = 1.0f;
      break;
    }
  }
  return candidates;
}

}  // namespace

std::string_view LastCrumb(std::string_view text) {
  return LastCrumbOf(text, FindCrumbTrail(text));
}

HeadlineRun JoinSplitHeadline(const PageView& view, long headline) {
  const std::size_t h = static_cast<std::size_t>(headline);
  HeadlineRun run{std::string(view.texts[h]), 0, 0};
  if (h == 0) return run;
  const std::string first_line = StraightQuotes(view.texts[0]);
  // A list item ("+ Added the Ocean Monument") starts a list, not a run-on;
  // a long line is no piece of a heading.
  const auto piece = [&](std::size_t i) {
    return view.texts[i].size() <= kHeadlinePieceBytes &&
           StripRendererMarks(view.texts[i]).size() == view.texts[i].size();
  };
  // The pieces above it first (never the first line itself), then those
  // under the headline and them.
  std::string above = run.text;
  for (std::size_t k = 1; k <= kHeadlinePieces && k < h; ++k) {
    const std::size_t i = h - k;
    if (view.page.lines[i + 1].blanks_before > 0 || !piece(i)) break;
    above = std::string(view.texts[i]) + ' ' + above;
    const std::string straight = StraightQuotes(above);
    if (straight.size() > first_line.size()) break;
    if (HoldsWholeWords(first_line, straight)) {
      run.preceded = k;
      run.text = above;
    }
  }
  std::size_t run_bytes = run.text.size();  // of the longest join the first line holds
  for (std::size_t k = 1; k <= kHeadlinePieces; ++k) {
    const std::size_t i = h + k;
    if (i >= view.texts.size() || view.page.lines[i].blanks_before > 0 || !piece(i)) break;
    run.text += ' ';
    run.text += view.texts[i];
    const std::string straight = StraightQuotes(run.text);
    if (straight.size() > first_line.size()) break;
    if (HoldsWholeWords(first_line, straight)) {
      run.continued = k;
      run_bytes = run.text.size();
    }
  }
  run.text.resize(run_bytes);
  return run;
}

std::vector<HeadlineCandidate> HeadlineCandidates(const PageView& view) {
  const TitleFacts facts = FactsOf(view);
  return Candidates(view, facts, RulePick(view, facts, /*skip_never=*/false));
}

namespace {

// A page's file name ends with one of these, not a domain: a link's
// "entering-sync-markets.html" names the headline.
bool IsFileName(std::string_view extension) {
  static constexpr std::string_view kExtensions[] = {"html", "htm", "shtml", "php", "asp",  "aspx",
                                                     "jsp",  "cfm", "cgi",   "jpg", "jpeg", "png",
                                                     "gif",  "svg", "webp",  "pdf", "xml",  "txt"};
  return FoldedIn(kExtensions, extension);
}

// A word a site's name has that its domain often leaves out ("Summit Daily
// News" at summitdaily.com, "The Washington Post" at washingtonpost.com).
bool IsGenericSiteWord(std::string_view folded) {
  static constexpr std::string_view kWords[] = {"the",      "news",  "blog", "online",
                                                "magazine", "daily", "times"};
  return std::find(std::begin(kWords), std::end(kWords), folded) != std::end(kWords);
}

// Does the page show a domain name ("toronto.ctv.ca",
// "kingdomofstyle.typepad.co.uk") that holds every word of line i, folded,
// or all but one generic word (IsGenericSiteWord) and two others? Then the
// line is the site's name ("CTV Toronto", "Kingdom Of Style", "Summit Daily
// News"), never the headline. Only lines of 2 to kSiteNameWords ASCII words
// are asked.
bool NamesTheSiteOfADomain(const PageView& view, std::size_t i) {
  std::vector<std::string> words;
  for (const Word& w : view.words(i)) {
    std::string folded;
    for (char c : w.text) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
      if (IsAsciiAlnum(c)) folded += ToAsciiLower(c);
    }
    // (One letter says nothing: "Who's" is "who" and "s".)
    if (folded.size() > 1) words.push_back(std::move(folded));
  }
  if (words.size() < 2 || words.size() > kSiteNameWords) return false;
  for (std::size_t k = 0; k < view.texts.size(); ++k) {
    const std::string_view text = view.texts[k];
    if (k == i) continue;
    // Each run of letters, digits, '-' and '.' with a dot inside, no empty
    // label ("Going...Gone") and a letter after its last dot is a domain
    // name, unless it names a file.
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = start;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) ||
                                   text[end] == '-' || text[end] == '.')) {
        ++end;
      }
      std::string_view run = text.substr(start, end - start);
      while (!run.empty() && run.back() == '.') run.remove_suffix(1);
      const std::size_t dot = run.rfind('.');
      if (dot != std::string_view::npos && dot > 0 && dot + 2 < run.size() && run.front() != '.' &&
          run.find("..") == std::string_view::npos &&
          std::isalpha(static_cast<unsigned char>(run[dot + 1])) &&
          !IsFileName(run.substr(dot + 1))) {
        const std::string domain = SimpleFold(run);
        std::size_t inside = 0, generic_outside = 0;
        for (const std::string& w : words) {
          if (domain.find(w) != std::string::npos) {
            ++inside;
          } else if (IsGenericSiteWord(w)) {
            ++generic_outside;
          }
        }
        if (inside == words.size() ||
            (inside >= 2 && generic_outside == 1 && inside + generic_outside == words.size())) {
          return true;
        }
      }
      start = end + 1;
    }
  }
  return false;
}

// The endings of a site's feed's name in lynx's line of the page's feeds
// ("#Jo's Blog - Atom Jo's Blog - RSS", "#Harbor Gazette » Feed Harbor
// Gazette » Comments Feed"). A post's own comment feed ("Harbor Gazette »
// Storm closes schools Comments Feed", "Storm closes schools - Comments for
// this post (RSS 2.0)") ends otherwise.
constexpr std::string_view kSiteFeedEndings[] = {
    " - Atom", " - RSS", " \u00BB Feed", " RSS Feed", " RSS feed", " (RSS 2.0)", " (Atom 1.0)"};

// Is line i lynx's line of the page's feeds (any feed: "#47 Hats » Storm
// closes schools Comments Feed"), or a name that line gives a feed of the
// site? Either way it is never the headline: the second is the site's name
// ("Life as a Healthcare CIO" over "#Life as a Healthcare CIO - Atom ...").
bool NamesTheSiteFeed(const PageView& view, std::size_t i) {
  static constexpr std::string_view kAnyFeed[] = {" Feed", " RSS", " Atom", "(RSS", "(Atom"};
  const std::string_view name = view.texts[i];
  if (name.empty()) return false;
  // lynx writes the line first, before the page's own text.
  constexpr std::size_t kFeedLineWithin = 3;
  for (std::size_t k = 0; k < view.texts.size() && k < kFeedLineWithin; ++k) {
    const std::string_view line = view.texts[k];
    if (line.empty() || line.front() != '#') continue;
    if (k == i) {
      for (std::string_view feed : kAnyFeed) {
        if (line.find(feed) != std::string_view::npos) return true;
      }
      continue;
    }
    for (std::string_view ending : kSiteFeedEndings) {
      if (line.find(std::string(name) + std::string(ending)) != std::string_view::npos) {
        return true;
      }
    }
  }
  return false;
}

// Is the line a control of the page rather than text: a share or mail
// button ("E-mail", "delicious Save This Page"), a call to follow, sign up
// or comment ("FOLLOW KOTAKU", "Tell us what you think about this!",
// "Subscribe (BUTTON) Sign in")? The candidates leave out the commands of
// OpensWithInterfaceCommand; these are checked after the ranker instead, as
// adding them there would change what the shipped ranker was trained on.
bool IsPageControl(std::string_view text) {
  static constexpr std::string_view kControls[] = {"e-mail",
                                                   "email",
                                                   "print",
                                                   "share",
                                                   "view profile",
                                                   "buy now",
                                                   "previous posts",
                                                   "code of conduct",
                                                   "supported by",
                                                   "terms of use",
                                                   "terms of service",
                                                   "terms and conditions",
                                                   "privacy policy"};
  static constexpr std::string_view kOpenings[] = {
      "follow ",   "tell us ",      "sign up ",  "sign in",           "subscribe ",
      "log in",    "delicious",     "save this", "e-mail this",       "email this",
      "mail this", "get in touch",  "read all ", "get the top story", "previous post",
      "click on ", "click here",    "download:", "newer post",        "older post",
      "submit ",   "translate this"};
  if (text.size() > kMaxControlBytes) return false;
  const std::string folded = FoldCase(text);
  for (std::string_view control : kControls) {
    if (folded == control) return true;
  }
  for (std::string_view opening : kOpenings) {
    if (folded.compare(0, opening.size(), opening) == 0) return true;
  }
  // An offer: "Get Demostart free trial".
  return folded.find("free trial") != std::string::npos;
}

// Is the line a picture, as a renderer writes one: lynx's bracketed
// placeholders ("[spazio.gif] [spazio.gif]", "[What you need to know ...]"),
// a bare file name ("RUU_1696.JPG", "siri-smart.png"), or a linked picture's
// words twice over, its alt text then its title ("Lord Condon (Pic:PA) Lord
// Condon (Pic:PA)"; two words or more each time)?
bool IsPictureText(std::string_view text) {
  if (text.size() >= 2 && text.front() == '[' && text.back() == ']') return true;
  const std::size_t half = text.size() / 2;
  if (text.size() % 2 == 1 && text[half] == ' ' && text.substr(0, half) == text.substr(half + 1) &&
      text.substr(0, half).find(' ') != std::string_view::npos) {
    return true;
  }
  const std::size_t dot = text.rfind('.');
  return text.find(' ') == std::string_view::npos && dot != std::string_view::npos && dot > 0 &&
         IsFileName(text.substr(dot + 1));
}

// Is the line a personal site's name: someone's blog, newsletter or
// Substack ("Colin Watson's blog", "Jo's Substack"), at most
// kSiteNameWords words before the kind of site?
bool NamesSomeonesSite(std::string_view text) {
  static constexpr std::string_view kSites[] = {
      "'s blog",       "\u2019s blog",       "'s substack", "\u2019s substack",
      "'s newsletter", "\u2019s newsletter", "'s weblog",   "\u2019s weblog"};
  if (text.size() > kMaxControlBytes) return false;
  const std::string folded = FoldCase(text);
  for (std::string_view site : kSites) {
    if (folded.size() > site.size() &&
        folded.compare(folded.size() - site.size(), site.size(), site) == 0) {
      const std::string_view owner =
          std::string_view(folded).substr(0, folded.size() - site.size());
      return CountWords(owner, kSiteNameWords + 1) <= kSiteNameWords;
    }
  }
  return false;
}

// Is line i a control of the page, with or without the renderer's marks
// ("(BUTTON) Subscribe"), or a picture?
bool IsControlOrPicture(const PageView& view, std::size_t i) {
  return IsPageControl(StripRendererMarks(view.texts[i])) || IsPictureText(view.texts[i]);
}

// Is line i the site's name: someone's blog, a name inside the page's
// domain, or one its feed line gives?
bool NamesTheSite(const PageView& view, std::size_t i) {
  return NamesSomeonesSite(StripRendererMarks(view.texts[i])) || NamesTheSiteOfADomain(view, i) ||
         NamesTheSiteFeed(view, i);
}

// Does the English line stop on an article, a conjunction or a preposition
// in lower case ("Zune will be available in Canada in", "The Daring
// Fireball website is hosted by", "Looking for the best French press? We
// love the")? Then it is a piece of a sentence that a renderer cut at a
// link or a line break, never a headline: of the 2,600 gold titles of the
// train split, none in English ends so. (A heading that get_text split at a
// link, "Tami Taylor Confirms That Women of" over "Friday Night Lights",
// goes on in the lines JoinSplitHeadline joins to it.)
bool EndsMidSentence(const PageView& view, std::size_t i) {
  static constexpr std::string_view kOpenWords[] = {"the", "a",  "an",  "and", "or",   "of",
                                                    "to",  "in", "for", "by",  "with", "from",
                                                    "at",  "on", "as",  "that"};
  if (view.dates.language != Language::kEn) return false;
  std::string_view text = view.texts[i];
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  const std::size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return false;
  const std::string_view last = text.substr(space + 1);
  return std::find(std::begin(kOpenWords), std::end(kOpenWords), last) != std::end(kOpenWords) &&
         JoinSplitHeadline(view, static_cast<long>(i)).continued == 0;
}

// Does the folded line hold one of `a` and one of `b`?
template <std::size_t N, std::size_t M>
bool HoldsOneOfEach(const std::string& folded, const std::string_view (&a)[N],
                    const std::string_view (&b)[M]) {
  const auto holds = [&](std::string_view w) { return folded.find(w) != std::string::npos; };
  return std::any_of(std::begin(a), std::end(a), holds) &&
         std::any_of(std::begin(b), std::end(b), holds);
}

// Is the line a notice of the site about the reader's browser rather than
// text: cookies ("Wie wir Cookies verwenden", "COOKIES auf der Dr. Oetker
// Website"), JavaScript ("You need to have javascript enabled to view this
// page correctly"), an old browser ("Dein Browser ist leider veraltet.") or
// a PHP warning ("Deprecated: Function set_magic_quotes_runtime() is
// deprecated in /www/.../wp-settings.php on line 18")? Each needs a second
// word that tells what the site does or the reader should do: a recipe's
// cookies or a post about JavaScript is no notice.
bool IsSiteNotice(std::string_view text) {
  static constexpr std::string_view kCookie[] = {"cookie"};
  static constexpr std::string_view kCookieUse[] = {"website",  "this site",   " use",   "verwende",
                                                    "nutzen",   "utiliz",      "utilis", "consent",
                                                    "settings", "einstellung", "akzept", "accept"};
  static constexpr std::string_view kScript[] = {"javascript"};
  static constexpr std::string_view kScriptOn[] = {"enable", "aktivier", "activ"};
  static constexpr std::string_view kBrowser[] = {"browser"};
  static constexpr std::string_view kBrowserOld[] = {
      "veraltet",    "outdated", "out of date", "not supported", "nicht unterst",
      "update your", "upgrade",  "newer",       "neuer"};
  const std::string folded = FoldCase(text);
  return HoldsOneOfEach(folded, kCookie, kCookieUse) ||
         HoldsOneOfEach(folded, kScript, kScriptOn) ||
         HoldsOneOfEach(folded, kBrowser, kBrowserOld) ||
         // PHP's "Deprecated: ...", "Warning: ...", "Strict Standards: ..."
         folded.find(".php on line ") != std::string::npos;
}

// No text at all: a control, a picture, a sentence cut short or a notice
// about the reader's browser. Never a headline, not even the lone
// candidate.
bool NoText(const PageView& view, std::size_t i) {
  return IsControlOrPicture(view, i) || EndsMidSentence(view, i) || IsSiteNotice(view.texts[i]);
}

// No headline whatever the ranker says: no text, or the site's name.
bool NeverHeadline(const PageView& view, std::size_t i) {
  return NoText(view, i) || NamesTheSite(view, i);
}

// Is the line a newsletter's sign-in bar ("Subscribe Sign in", run together
// by innerText as "SubscribeSign in", "(BUTTON) Subscribe (BUTTON) Sign
// in")?
bool IsSignInBar(std::string_view text) {
  if (text.size() > kMaxControlBytes) return false;
  std::string letters;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text.compare(at, 8, "(BUTTON)") == 0) {
      at += 7;
    } else if (text[at] != ' ' && text[at] != '\t') {
      letters += text[at];
    }
  }
  return FoldCase(letters) == "subscribesignin";
}

// The line right above `pick` (blank lines aside) when that line sits right
// under a newsletter's sign-in bar: the post's title, and `pick` its
// subtitle, which the model and the ranker take for the headline as it sits
// right above the author and the date. Else `pick`.
long TitleAboveSubtitle(const PageView& view, long pick) {
  if (pick <= 0) return pick;
  const auto above = [&](std::size_t i) {
    while (i > 0 && view.texts[i - 1].empty()) --i;
    return i;  // one past the line above; 0: none
  };
  const std::size_t title = above(static_cast<std::size_t>(pick));
  if (title == 0) return pick;
  const std::size_t bar = above(title - 1);
  if (bar == 0 || !IsSignInBar(StripRendererMarks(view.texts[bar - 1])) ||
      !PlausibleHeadline(view, title - 1) || NeverHeadline(view, title - 1)) {
    return pick;
  }
  return static_cast<long>(title - 1);
}

}  // namespace

HeadlineChoice PickHeadline(const PageView& view, const HeadlineRanker& ranker) {
  const TitleFacts facts = FactsOf(view);
  const HeadlineChoice rules = RulePick(view, facts, /*skip_never=*/false);
  HeadlineChoice choice = rules;
  if (!ranker.present()) {
    // Without a ranker (models/fast.pithm), the rules' pick gets the checks a
    // ranker's pick gets below: a control, a picture or the site's name gives
    // way to the rules' next line.
    if (choice.line >= 0 && NeverHeadline(view, static_cast<std::size_t>(choice.line))) {
      const HeadlineChoice next = RulePick(view, facts, /*skip_never=*/true);
      if (next.line >= 0) choice = next;
    }
  } else {
    std::vector<HeadlineCandidate> candidates = Candidates(view, facts, rules);
    long ranked = RankHeadline(ranker, candidates);
    // What is never a headline gives way to the next candidate. (A lone
    // candidate that is the site's name stays: no headline would not be
    // better. One that is no text goes even so.)
    while (ranked >= 0 && NeverHeadline(view, static_cast<std::size_t>(ranked))) {
      if (candidates.size() == 1 && !NoText(view, static_cast<std::size_t>(ranked))) break;
      candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                      [&](const HeadlineCandidate& c) { return c.line == ranked; }),
                       candidates.end());
      ranked = RankHeadline(ranker, candidates);
    }
    // A <title> copy with a blog's name before a colon gives way to the
    // headline line it copies.
    if (ranked != rules.line) ranked = HeadlineAfterSiteColon(view, facts.block, ranked);
    // So does one with a post's title too short or too plain for that.
    ranked = CandidateAfterTitleColon(view, candidates, ranked);
    // The ranker, like the model, may take a long standfirst for the headline;
    // but a control above it is no headline either ("(BUTTON) Subscribe
    // (BUTTON) Sign in" over a long title).
    if (ranked != rules.line) {
      choice = HeadlineAboveStandfirst(view, ranked, facts.body);
      if (choice.line != ranked && NeverHeadline(view, static_cast<std::size_t>(choice.line))) {
        choice = HeadlineChoice{ranked, -1};
      }
    }
  }
  // A newsletter post's subtitle gives way to its title above it.
  const long above = TitleAboveSubtitle(view, choice.line);
  if (above != choice.line) choice = HeadlineChoice{above, -1};
  // Last, as the candidates and the ranker's training do not see it.
  const long title = TitleUnderFlatCrumb(view, choice.line);
  return title == choice.line ? choice : HeadlineChoice{title, -1};
}

}  // namespace pith::internal

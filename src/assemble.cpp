#include "assemble.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "byline.h"
#include "hash.h"
#include "title.h"
#include "words.h"

namespace pith::internal {
namespace {

// Lines above the first metadata or body line searched for a headline when
// the model labels no plausible one: a title sits right above the byline or
// the text, with at most an image credit or a share bar between.
constexpr std::size_t kTitleSearchAbove = 12;

// Lines around the headline searched for a byline or a date when the
// metadata lines hold none: bylines and dates printed above the title, or
// below it after a standfirst, a photo and its credit.
constexpr std::size_t kSearchBefore = 8;
constexpr std::size_t kSearchAfter = 12;

// An article's byline, date and dateline sit within this many input lines
// of its headline, its first or its last body line: a metadata label further
// away is another item's (a related story's date, a commenter's name).
constexpr long kMetadataReach = 12;

// The byline and date lines the assembler used are labelled metadata only
// within this many lines of the headline: one found further away (an author
// box, a date line under the text) is labelled as the model decoded it,
// which agreed with the gold labels more often on held-out train.
constexpr long kCreditReach = 5;

// Body lines further apart than this start a new block (MainArticleBlock), and
// metadata lines this far above the block belong to it.
constexpr long kBodyGap = 4;
constexpr std::size_t kMetadataAbove = 8;

// Lines below the end of the main body block searched last for a credit or
// a date: an author box or "Posted ..." line under the text.
constexpr long kSearchBelowArticle = 15;
// A body line of at most this many words, or one that ends no sentence,
// may be a date line there.
constexpr std::size_t kDateLineWords = 6;
// A line of at most this many words may be the cue of the date below it
// ("Published", "Posted on").
constexpr std::size_t kCueLineWords = 3;

// A line with more words is prose, not a credit line; so is a line of this
// many words or more ending with a full stop.
constexpr std::size_t kMaxBylineWords = 14;
constexpr std::size_t kSentenceWords = 6;

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

// The model often scores a standfirst (dek) above the headline it follows.
// A line of at least kStandfirstAsHeadlineWords words picked for the
// headline gives way to the line right above it when that line is shorter,
// has kHeadlineAboveWords words or more, is no sentence and shares at least
// kHeadlineAboveOverlap of its content words with the body.
constexpr std::size_t kStandfirstAsHeadlineWords = 14;
constexpr std::size_t kHeadlineAboveWords = 5;
constexpr float kHeadlineAboveOverlap = 0.2f;

// A standfirst (dek) labelled as a second headline is prose of at least
// this many words (DESIGN.md section 10: it is the first body paragraph).
constexpr std::size_t kStandfirstWords = 12;

// A line this long right under the headline is prose: the text's first
// paragraph, even when decoded as boilerplate (BodyLines).
constexpr std::size_t kLeadProseWords = 30;

// Prose right after the last body line, up to this many lines of this many
// words or more each, is the text's end decoded as boilerplate (BodyLines).
constexpr std::size_t kTailProseLines = 3;
constexpr std::size_t kTailProseWords = 20;

// A body line of at most this many words with an image credit above the
// first prose paragraph is a caption (BodyLines).
constexpr std::size_t kCaptionWords = 30;

// A related-story heading or an advertisement label is short (IsAloneOnLine).
constexpr std::size_t kLabelLineBytes = 40;

// The body never ends with a heading of at most this many words ("TRENDING",
// "Related stories"): such a line starts what follows the article.
constexpr std::size_t kTrailingHeadingWords = 3;

// The characters of the first body line searched for a dateline credit
// ("NEW DELHI, Feb 4 (Reuters) -").
constexpr std::size_t kDatelineBytes = 80;

struct PageView {
  const Page& page;
  const std::vector<LineDecision>& decisions;
  const std::vector<std::string_view>& texts;
  const DateContext& dates;

  Label label(std::size_t i) const { return decisions[i].label; }
};

// The first kDatelineBytes bytes of a line, cut at a character boundary
// (the parsers require valid UTF-8).
std::string_view DatelinePart(std::string_view text) {
  if (text.size() <= kDatelineBytes) return text;
  std::size_t end = kDatelineBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// A word that carries meaning: letters, more than two bytes, not a stopword
// of the page's language. *folded receives its case folding.
bool IsContentWord(const PageView& view, const Word& word, std::string* folded) {
  if (!word.has_letter || word.text.size() <= 2) return false;
  FoldCase(word.text, folded);
  return !IsStopword(view.dates.language, *folded);
}

bool StartsLowercaseOrPunct(std::string_view t) {
  if (t.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(t[0]);
  return (c >= 'a' && c <= 'z') || c == ',' || c == '.' || c == ';' || c == ':' || c == ')';
}

bool EndsParagraph(std::string_view t) {
  if (t.empty()) return true;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"';
}

// A full stop ends the line: ".", or the ideographic "。".
bool EndsWithFullStop(std::string_view t) {
  if (t.empty()) return false;
  if (t.back() == '.') return !(t.size() >= 3 && t.substr(t.size() - 3) == "...");
  return t.size() >= 3 && t.substr(t.size() - 3) == "\xE3\x80\x82";
}

// A sentence: kSentenceWords words or more ending with a full stop.
bool IsSentence(std::string_view t) {
  return EndsWithFullStop(t) && SplitWords(t).size() >= kSentenceWords;
}

// Case-folded words joined by one space: what "the same text" means when
// dropping copies of the headline from the body.
std::string Normalised(std::string_view t) {
  std::string out;
  for (const Word& w : SplitWords(t)) {
    if (!out.empty()) out += ' ';
    out += FoldCase(w.text);
  }
  return out;
}

std::size_t LetterWords(const std::vector<Word>& words) {
  std::size_t n = 0;
  for (const Word& w : words) n += w.has_letter ? 1 : 0;
  return n;
}

// A person's name: two to four capitalised words, none a stopword or a
// number ("Jo Smith"; "Ana de la Cruz" is not caught, which is the safe
// side).
bool LooksLikeName(const PageView& view, std::string_view text) {
  const std::vector<Word> words = SplitWords(text);
  if (words.size() < 2 || words.size() > 4) return false;
  for (const Word& w : words) {
    if (!w.capitalised || w.has_digit || w.ideographic) return false;
    if (IsStopword(view.dates.language, FoldCase(w.text))) return false;
  }
  return true;
}

// A line that is nothing but a person's name.
bool IsBareName(const PageView& view, std::size_t i) {
  if (!LooksLikeName(view, view.texts[i])) return false;
  const Byline byline = ParseByline(view.texts[i], view.dates.language);
  return byline.authors.size() == 1 && Normalised(byline.authors[0]) == Normalised(view.texts[i]);
}

bool HasDate(const PageView& view, std::size_t i) {
  return !FindDates(view.texts[i], view.dates).empty();
}

// A headline line that starts with the breadcrumb trail to it ("Home ›
// Guides › Storm closes schools", "News / Local / Storm closes schools"):
// the last crumb, when it is long enough to be the title.
std::string_view LastCrumb(std::string_view text) {
  std::size_t cut = 0;
  std::size_t marks = 0;
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
    marks += count;
    if (last > cut) cut = last;
  }
  if (marks == 0) return text;
  std::string_view rest = text.substr(cut);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return LetterWords(SplitWords(rest)) >= 3 ? rest : text;
}

// An image credit ("© Jo Smith", "Photo: ...", "(foto Vigili del Fuoco)").
bool HasImageCredit(std::string_view text) {
  for (std::string_view credit :
       {"\xC2\xA9", "Photo:", "Photograph:", "Foto:", "Bild:", "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:",
        "Getty Images", "(foto ", "(photo ", "(Foto ", "(Photo "}) {
    if (text.find(credit) != std::string_view::npos) return true;
  }
  return false;
}

// Could the line be an article headline at all? A bare section or site name
// (one word), a sentence of prose (a standfirst or body line), a byline, a
// date line or a navigation fragment cannot.
bool PlausibleHeadline(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  const std::vector<Word> words = SplitWords(text);
  const std::size_t letter_words = LetterWords(words);
  if (letter_words < 2 || words.size() > 30) return false;
  if (EndsWithFullStop(text) && words.size() > 8) return false;
  if (LooksLikeByline(text) || IsBareName(view, i)) return false;
  // An image caption with its credit ("The town hall. © Jo Smith").
  if (HasImageCredit(text)) return false;
  // A label ("Last Updated:") or a breadcrumb ("Home > Blog", "| Resources").
  if (text.back() == ':' || text.front() == '|' || text.find(" > ") != std::string_view::npos) {
    return false;
  }
  if (words.size() <= 10 && !FindDates(text, view.dates).empty()) return false;
  return true;
}

// Where the search for a byline or a date looks: around the headline, then
// around the first metadata or body line, then around the start of the
// main body block, and last down to just below its end (-1: none).
struct Anchors {
  long headline = -1;
  long first = -1;
  long start = -1;
  long end = -1;
};

// The main body block: the run of body lines, gaps of a few other lines
// allowed, with the most text.
struct ArticleBlock {
  long start = -1;  // its first line, moved up over the metadata lines above it
  long last = -1;   // its last body line
};

// Where the article starts and ends. A stray body or metadata line in the
// menu above the article is not its start. -1: no body.
ArticleBlock MainArticleBlock(const PageView& view) {
  long best_first = -1;
  long best_last = -1;
  std::size_t best_bytes = 0;
  long run_first = -1;
  long run_last = -1;
  std::size_t run_bytes = 0;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) != Label::kBody) continue;
    const long at = static_cast<long>(i);
    if (run_first < 0 || at - run_last > kBodyGap) {
      run_first = at;
      run_bytes = 0;
    }
    run_last = at;
    run_bytes += view.texts[i].size();
    if (run_bytes > best_bytes) {
      best_bytes = run_bytes;
      best_first = run_first;
    }
    if (best_first == run_first) best_last = at;
  }
  if (best_first < 0) return {};
  std::size_t start = static_cast<std::size_t>(best_first);
  for (std::size_t i = start; i-- > 0 && start - i <= kMetadataAbove;) {
    if (view.label(i) == Label::kHeadline) break;
    if (view.label(i) == Label::kMetadata) start = i;
  }
  return {static_cast<long>(start), best_last};
}

// The first line labelled metadata or body (-1: none).
long FirstArticleLine(const PageView& view) {
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    const Label l = view.label(i);
    if (l == Label::kMetadata || l == Label::kBody) return static_cast<long>(i);
  }
  return -1;
}

// When no labelled line is a plausible headline: the nearest plausible line
// of three words or more above the first metadata or body line. (Above the
// main body block instead: fewer titles right on train.)
long FallbackHeadline(const PageView& view) {
  const long start = FirstArticleLine(view);
  if (start < 0) return -1;
  const std::size_t s = static_cast<std::size_t>(start);
  // The first metadata line is the title when it reads like one and a
  // credit or a date follows: the model took the title for part of the
  // credit block.
  if (view.label(s) == Label::kMetadata && s + 1 < view.texts.size() &&
      (view.label(s + 1) == Label::kMetadata || HasDate(view, s + 1) ||
       LooksLikeByline(view.texts[s + 1])) &&
      PlausibleHeadline(view, s) && LetterWords(SplitWords(view.texts[s])) >= 3) {
    return start;
  }
  const std::size_t lo = s > kTitleSearchAbove ? s - kTitleSearchAbove : 0;
  for (std::size_t i = s; i-- > lo;) {
    if (view.label(i) == Label::kBody) continue;
    // Two words are a menu entry ("Contact Us") more often than a title.
    if (PlausibleHeadline(view, i) && LetterWords(SplitWords(view.texts[i])) >= 3) {
      return static_cast<long>(i);
    }
  }
  return -1;
}

// The content words (folded, hashed) of the first kOverlapBodyLines body
// lines: what the article is about.
std::unordered_set<uint64_t> BodyWords(const PageView& view) {
  std::unordered_set<uint64_t> words;
  std::vector<Word> split;
  std::string folded;
  std::size_t taken = 0;
  for (std::size_t i = 0; i < view.decisions.size() && taken < kOverlapBodyLines; ++i) {
    if (view.label(i) != Label::kBody) continue;
    ++taken;
    SplitWords(view.texts[i], &split);
    for (const Word& w : split) {
      if (!IsContentWord(view, w, &folded)) continue;
      words.insert(Fnv1a(folded));
    }
  }
  return words;
}

// The share of line i's content words found in the body (0 without any).
float BodyOverlap(const PageView& view, std::size_t i, const std::unordered_set<uint64_t>& body) {
  std::vector<Word> split;
  std::string folded;
  SplitWords(view.texts[i], &split);
  std::size_t content = 0;
  std::size_t found = 0;
  for (const Word& w : split) {
    if (!IsContentWord(view, w, &folded)) continue;
    ++content;
    found += body.count(Fnv1a(folded));
  }
  return content == 0 ? 0.0f : static_cast<float>(found) / static_cast<float>(content);
}

// Is line i, not the first, repeated inside the first line? first_norm is
// the first line Normalised, with a space added at each end.
bool InFirstLine(const PageView& view, std::size_t i, const std::string& first_norm) {
  const std::string_view text = view.texts[i];
  if (i == 0 || text.size() < kTitleLineBytes || text.size() + 2 > first_norm.size()) return false;
  const std::string norm = Normalised(text);
  return norm.size() >= kTitleLineBytes &&
         static_cast<std::size_t>(std::count(norm.begin(), norm.end(), ' ')) + 1 >=
             kTitleLineWords &&
         first_norm.find(" " + norm + " ") != std::string::npos;
}

// The headline line, and the standfirst under it when the model scored
// that higher (-1: none).
struct HeadlineChoice {
  long line = -1;
  long standfirst = -1;
};

// The line above `pick` when `pick` is a standfirst under the headline
// (see kStandfirstAsHeadlineWords), else `pick`.
HeadlineChoice HeadlineAboveStandfirst(const PageView& view, long pick,
                                       const std::unordered_set<uint64_t>& body) {
  const HeadlineChoice as_picked{pick, -1};
  if (pick <= 0) return as_picked;
  const std::size_t at = static_cast<std::size_t>(pick);
  const std::size_t words = SplitWords(view.texts[at]).size();
  if (words < kStandfirstAsHeadlineWords) return as_picked;
  const std::size_t above = at - 1;
  const std::size_t above_words = SplitWords(view.texts[above]).size();
  if (above_words < kHeadlineAboveWords || above_words >= words) return as_picked;
  if (view.label(above) == Label::kBody || EndsWithFullStop(view.texts[above]) ||
      !PlausibleHeadline(view, above)) {
    return as_picked;
  }
  if (BodyOverlap(view, above, body) < kHeadlineAboveOverlap) return as_picked;
  return HeadlineChoice{static_cast<long>(above), pick};
}

// The headline: of the lines that could be one (PlausibleHeadline), not
// labelled body, the one with the best score: the model's log-odds that it
// is the headline, whatever label decoding gave it, plus a bonus for the
// share of its words that the body repeats (a headline says what the text is
// about; a site name, a section title or a teaser for another story does
// not), and a bonus for a line that the first line (the <title>) repeats.
// On held-out train pages these pick the exact title more often than the
// decoded headline label does. A first line that is a copy of the page's
// <title> loses to an article headline further down. With no such line,
// FallbackHeadline. Either gives way to the line above when it is a
// standfirst (HeadlineAboveStandfirst), which is then body (BodyLines).
HeadlineChoice PickHeadline(const PageView& view) {
  const std::unordered_set<uint64_t> body = BodyWords(view);
  const std::string first_norm =
      view.texts.empty() ? std::string() : " " + Normalised(view.texts[0]) + " ";
  long best = -1;
  float top = 0.0f;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) == Label::kBody) continue;
    const float p = std::max(view.decisions[i].headline_probability, 1e-6f);
    // (InFirstLine normalises the line: only where it decides something.)
    const bool unlikely = p < kHeadlineProbability;
    if (unlikely && !InFirstLine(view, i, first_norm)) continue;
    if (!PlausibleHeadline(view, i)) continue;
    const bool in_title = unlikely || InFirstLine(view, i, first_norm);
    const float overlap = BodyOverlap(view, i, body);
    if (overlap == 0.0f && p < kUnsupportedHeadlineProbability && !in_title) continue;
    const float score = std::log(p / std::max(1.0f - p, 1e-6f)) + kOverlapWeight * overlap +
                        (in_title ? kTitleLineWeight : 0.0f);
    const bool title_copy = i == 0 && view.page.lines[0].first == 0;
    if (title_copy) {
      best = 0;  // kept only while no later line qualifies
      continue;
    }
    if (best > 0 && score <= top) continue;
    top = score;
    best = static_cast<long>(i);
  }
  return HeadlineAboveStandfirst(view, best >= 0 ? best : FallbackHeadline(view), body);
}

// A byline split over two lines: a prefix alone ("By", "Written By:") and
// the name below it, or a first name and a last name on lines of their own.
bool JoinsNextLine(const PageView& view, std::size_t i) {
  if (i + 1 >= view.texts.size()) return false;
  const std::vector<Word> here = SplitWords(view.texts[i]);
  const std::vector<Word> next = SplitWords(view.texts[i + 1]);
  if (here.empty() || next.empty() || next.size() > 4) return false;
  const Byline alone = ParseByline(view.texts[i], view.dates.language);
  if (alone.authors.empty() && alone.agency.empty() && here.size() <= 3) {
    return LooksLikeByline(std::string(view.texts[i]) + " " + std::string(view.texts[i + 1]));
  }
  return here.size() == 1 && next.size() == 1 && here[0].capitalised && next[0].capitalised &&
         !here[0].has_digit && !next[0].has_digit && view.label(i) == Label::kMetadata &&
         view.label(i + 1) == Label::kMetadata;
}

// A line that only joins two names of a list a renderer split at its links
// ("Jo Smith" / "," / "Al Roe", "Par" / "Jo Smith" / "et" / "Al Roe").
bool JoinsNames(std::string_view text) {
  for (std::string_view joint : {",", "&", "and", "und", "et", "y", "e", "i", "en", "og", "och",
                                 "ve", "oraz", "\xD0\xB8", "\xE3\x80\x81"}) {
    if (text == joint) return true;
  }
  return false;
}

// The byline of line i, joined with the next line when it is split, and
// with the names listed on the lines below it ("," / "Al Roe").
Byline BylineAt(const PageView& view, std::size_t i) {
  const bool joined = JoinsNextLine(view, i);
  Byline byline = ParseByline(
      joined ? std::string(view.texts[i]) + " " + std::string(view.texts[i + 1]) : view.texts[i],
      view.dates.language);
  // (With an agency the cleaned line ends with it; lists come without.)
  if (byline.authors.empty() || !byline.agency.empty()) return byline;
  for (std::size_t at = joined ? i + 2 : i + 1;
       at + 1 < view.texts.size() && JoinsNames(view.texts[at]) && IsBareName(view, at + 1);
       at += 2) {
    const std::string name(view.texts[at + 1]);
    byline.cleaned = byline.cleaned.empty() ? name : byline.cleaned + ", " + name;
    byline.authors.push_back(name);
  }
  return byline;
}

// A parsed credit names someone unless all it found is one function word
// ("Le" of "Le 06 novembre 2019").
bool NamesSomeone(const PageView& view, const Byline& byline) {
  if (byline.authors.empty()) return false;
  if (byline.authors.size() > 1) return true;
  const std::vector<Word> words = SplitWords(byline.authors[0]);
  return words.size() != 1 || !IsStopword(view.dates.language, FoldCase(words[0].text));
}

void TakeByline(Byline byline, Article* article) {
  article->byline = std::move(byline.cleaned);
  article->authors = std::move(byline.authors);
  if (!byline.agency.empty()) article->agency = std::move(byline.agency);
}

// Lines near the anchors, nearest first (below before above at equal
// distance), those near the headline before those near the other anchors
// (which are searched themselves: a dateline opening the text), never the
// headline itself.
std::vector<std::size_t> Neighbourhood(const Anchors& anchors, std::size_t line_count) {
  std::vector<std::size_t> order;
  std::vector<bool> taken(line_count, false);
  if (anchors.headline >= 0) taken[static_cast<std::size_t>(anchors.headline)] = true;
  for (const long a : {anchors.headline, anchors.first, anchors.start}) {
    if (a < 0) continue;
    const std::size_t anchor = static_cast<std::size_t>(a);
    if (!taken[anchor]) {  // the start line itself: a dateline opening the text
      taken[anchor] = true;
      order.push_back(anchor);
    }
    for (std::size_t d = 1; d <= kSearchAfter || d <= kSearchBefore; ++d) {
      if (d <= kSearchAfter && anchor + d < line_count && !taken[anchor + d]) {
        taken[anchor + d] = true;
        order.push_back(anchor + d);
      }
      if (d <= kSearchBefore && d <= anchor && !taken[anchor - d]) {
        taken[anchor - d] = true;
        order.push_back(anchor - d);
      }
    }
  }
  return order;
}

// Lines that may carry a credit or a date the model did not label
// metadata: not long prose.
bool ShortLine(const PageView& view, std::size_t i) {
  return SplitWords(view.texts[i]).size() <= kMaxBylineWords;
}

// A credit that starts with a prefix ("By Jo Smith"), or a prefix alone
// with the name on the next line.
bool Prefixed(const PageView& view, std::size_t i) {
  return LooksLikeByline(view.texts[i]) || JoinsNextLine(view, i);
}

// The lines from the headline (or the article's start) down to a few
// lines below the main body block, top to bottom: searched last, for a
// credit or a date printed inside or under the text.
std::vector<std::size_t> ArticleLines(const PageView& view, const Anchors& anchors) {
  std::vector<std::size_t> lines;
  const long from = anchors.headline >= 0 ? anchors.headline + 1 : anchors.start;
  if (from < 0 || anchors.end < 0) return lines;
  const long to = anchors.end + kSearchBelowArticle;
  for (long i = from; i <= to && i < static_cast<long>(view.texts.size()); ++i) {
    lines.push_back(static_cast<std::size_t>(i));
  }
  return lines;
}

// Another line of the page starts with the name on line i and goes on as a
// sentence about them ("Jo Smith is a reporter ...", "Jo Smith writes
// about ..."): an author box, which makes the bare name a credit.
bool IntroducedElsewhere(const PageView& view, std::size_t i) {
  const std::string_view name = view.texts[i];
  for (std::size_t j = 0; j < view.texts.size(); ++j) {
    const std::string_view t = view.texts[j];
    if (j == i || t.size() < name.size() + 3 || t.compare(0, name.size(), name) != 0) continue;
    const unsigned char next = static_cast<unsigned char>(t[name.size() + 1]);
    if (t[name.size()] == ' ' && next >= 'a' && next <= 'z') return true;
  }
  return false;
}

// A line naming a person and giving a date, and nothing else ("Jo Smith
// October 14, 2025", "Jo Smith • Oct 20, 2025"); not a dateline of the text
// ("New York, Feb 4 (Reuters) - ...": a place, a body line, an agency).
bool NameAndDate(const PageView& view, std::size_t i) {
  if (view.label(i) == Label::kBody || !ShortLine(view, i) || !HasDate(view, i)) return false;
  const Byline byline = ParseByline(view.texts[i], view.dates.language);
  if (byline.authors.empty() || !byline.agency.empty()) return false;
  for (const std::string& author : byline.authors) {
    if (!LooksLikeName(view, author)) return false;
  }
  return true;
}

// Authors and agency, by how sure the evidence is:
//   1. a prefixed credit labelled metadata ("By Jo Smith");
//   2. a prefixed credit near the headline, labelled anything (the model
//      missed it);
//   3. a prefixed credit inside or just under the text (an author box);
//   4. any metadata line naming someone (category and breadcrumb lines the
//      model takes for metadata also parse as names, hence after 3);
//   5. a bare name near the headline next to a metadata or date line ("Jo
//      Smith" above "4 Feb 2025") or introduced by an author box elsewhere
//      ("Jo Smith is a reporter ..."), or a name and a date on one line;
//   6. a bare name inside or under the text that a sentence introduces (an
//      author box without a prefix).
// The first metadata line naming an agency gives it when the credit names
// none.
// The lines the credit came from go to *found_on.
void FindByline(const PageView& view, const Anchors& anchors, Article* article,
                std::vector<std::size_t>* found_on) {
  std::string agency;
  std::vector<std::size_t> metadata;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    // The headline may be a line labelled metadata (FallbackHeadline).
    if (view.label(i) != Label::kMetadata || static_cast<long>(i) == anchors.headline) continue;
    metadata.push_back(i);
    if (agency.empty()) agency = ParseByline(view.texts[i], view.dates.language).agency;
  }
  const auto take = [&](std::size_t line, Byline byline) {
    if (byline.agency.empty()) byline.agency = agency;
    TakeByline(std::move(byline), article);
    found_on->push_back(line);
    if (JoinsNextLine(view, line)) found_on->push_back(line + 1);
  };
  const std::vector<std::size_t> near = Neighbourhood(anchors, view.texts.size());
  const std::vector<std::size_t> article_lines = ArticleLines(view, anchors);
  const std::vector<std::size_t>* const searched[] = {&metadata, &near, &article_lines};
  for (const std::vector<std::size_t>* lines : searched) {
    for (std::size_t i : *lines) {
      if (!ShortLine(view, i) || !Prefixed(view, i)) continue;
      Byline byline = BylineAt(view, i);
      if (!NamesSomeone(view, byline)) continue;
      take(i, std::move(byline));
      return;
    }
  }
  // A name of one word ("Travel", "Content") is a section label as often
  // as a credit: a metadata line naming someone in full comes first.
  std::vector<Byline> metadata_bylines;
  metadata_bylines.reserve(metadata.size());
  for (std::size_t i : metadata) metadata_bylines.push_back(BylineAt(view, i));
  for (const bool one_word_too : {false, true}) {
    for (std::size_t k = 0; k < metadata.size(); ++k) {
      const Byline& byline = metadata_bylines[k];
      if (!NamesSomeone(view, byline)) continue;
      if (!one_word_too && byline.authors.size() == 1 &&
          SplitWords(byline.authors[0]).size() == 1) {
        continue;
      }
      take(metadata[k], byline);
      return;
    }
  }
  for (std::size_t i : near) {
    const bool beside_meta =
        (i > 0 && (view.label(i - 1) == Label::kMetadata || HasDate(view, i - 1))) ||
        (i + 1 < view.texts.size() &&
         (view.label(i + 1) == Label::kMetadata || HasDate(view, i + 1)));
    const bool credited_name = IsBareName(view, i) && (beside_meta || IntroducedElsewhere(view, i));
    if (!credited_name && !NameAndDate(view, i)) continue;
    take(i, ParseByline(view.texts[i], view.dates.language));
    return;
  }
  for (std::size_t i : article_lines) {
    if (!IsBareName(view, i) || !IntroducedElsewhere(view, i)) continue;
    take(i, ParseByline(view.texts[i], view.dates.language));
    return;
  }
  // Only an agency: "AFP" on its own metadata line.
  if (!agency.empty()) {
    article->byline = agency;
    article->agency = agency;
  }
}

// The agency a body line credits when the metadata names none: a dateline
// "NEW DELHI, Feb 4 (Reuters) -" opening the first body line, or a closing
// credit line "(With inputs from PTI)". Only the agency is taken: such a
// line is no byline, and "agencies" in general name no agency.
void AgencyFromBody(const PageView& view, Article* article) {
  long first = -1;
  long last = -1;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) != Label::kBody) continue;
    if (first < 0) first = static_cast<long>(i);
    last = static_cast<long>(i);
  }
  if (first < 0) return;
  const std::string_view head = DatelinePart(view.texts[static_cast<std::size_t>(first)]);
  const std::size_t open = head.find('(');
  const std::size_t close = open == std::string_view::npos ? open : head.find(')', open);
  if (close != std::string_view::npos) {
    const Byline credit = ParseByline(head.substr(open, close - open + 1), view.dates.language);
    if (credit.authors.empty() && !credit.agency.empty()) {
      article->agency = credit.agency;
      return;
    }
  }
  // The closing credit's last word: "(With inputs from PTI)" names PTI,
  // "(Reporting by Jo Smith)" names no agency.
  const std::string_view tail = view.texts[static_cast<std::size_t>(last)];
  const std::vector<Word> words = SplitWords(tail);
  if (tail.size() > 2 && tail.front() == '(' && tail.back() == ')' && !words.empty() &&
      words.size() <= 8) {
    const Byline credit = ParseByline(words.back().text, view.dates.language);
    if (credit.authors.empty() && !credit.agency.empty()) article->agency = credit.agency;
  }
}

// The dates found so far; the update date keeps its words, in case it is
// all the page gives.
struct Dates {
  FoundDate published;
  FoundDate updated;
  long published_line = -1;  // the lines they came from (-1: none)
  long updated_line = -1;
};

// A date written in full beats one whose year or day came from "now"
// ("Dec 28", "Today"); the first of equals is kept. (A publication cue
// adding strength lost "Dec 20" to "Released: June 17 by Tor Books" on
// train for no gain.)
int DateStrength(const FoundDate& d) { return d.from_now ? 0 : 1; }

// The dates of `text`, line `line` of the page, into *dates.
void TakeDates(std::string_view text, std::size_t line, const DateContext& context, Dates* dates) {
  for (FoundDate& d : FindDates(text, context)) {
    const bool updated = d.kind == DateKind::kUpdated;
    FoundDate& slot = updated ? dates->updated : dates->published;
    if (slot.iso.empty() || DateStrength(d) > DateStrength(slot)) {
      slot = std::move(d);
      (updated ? dates->updated_line : dates->published_line) = static_cast<long>(line);
    }
  }
}

// The first body line below `after` that is prose (more words than a credit
// line holds, or a sentence), or the line count when there is none: the
// short body lines above it are where a page prints its date as part of the
// text ("Posted on November 6th, 2025"), and its first words are a dateline.
std::size_t FirstProseBelow(const PageView& view, long after) {
  for (std::size_t i = static_cast<std::size_t>(after + 1); i < view.texts.size(); ++i) {
    if (view.label(i) != Label::kBody) continue;
    if (!ShortLine(view, i)) return i;
    if (IsSentence(view.texts[i])) return i;
  }
  return view.texts.size();
}

// Dates: from every metadata line (published and updated apart); else from
// the nearest short line around the headline (a date above the title, a
// date line below it, labelled anything) or the dateline that opens the
// first paragraph of prose; a page that gives only an update date has it as
// its date too (the best the page says).
// The lines the dates came from go to *found_on.
void FindDatesNearHeadline(const PageView& view, const Anchors& anchors, Article* article,
                           std::vector<std::size_t>* found_on) {
  Dates dates;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) == Label::kMetadata) TakeDates(view.texts[i], i, view.dates, &dates);
  }
  // A date whose year or day came from now ("May 13", "3 hours ago") is
  // kept only until the search finds one written in full.
  const auto settled = [&] { return !dates.published.iso.empty() && !dates.published.from_now; };
  if (!settled() && (anchors.headline >= 0 || anchors.first >= 0)) {
    const long after = anchors.headline >= 0 ? anchors.headline : anchors.first - 1;
    const std::size_t prose = FirstProseBelow(view, after);
    for (std::size_t i : Neighbourhood(anchors, view.texts.size())) {
      if (settled()) break;
      if (view.label(i) == Label::kMetadata) continue;  // searched above
      if (view.label(i) == Label::kBody) {
        if (static_cast<long>(i) <= after || i > prose) continue;
        if (i == prose) {
          Dates dateline;
          TakeDates(DatelinePart(view.texts[i]), i, view.dates, &dateline);
          if (!dateline.published.iso.empty()) {
            dates.published = std::move(dateline.published);
            dates.published_line = dateline.published_line;
          }
          continue;
        }
      }
      if (!ShortLine(view, i)) continue;
      TakeDates(view.texts[i], i, view.dates, &dates);
      // "Published ..." and "Updated ..." on lines of their own: the update
      // date sits right next to the publication date.
      for (const std::size_t next : {i + 1, i - 1}) {
        if (dates.published.iso.empty() || !dates.updated.iso.empty()) break;
        if (next >= view.texts.size() || !ShortLine(view, next)) continue;
        Dates beside;
        TakeDates(view.texts[next], next, view.dates, &beside);
        dates.updated = std::move(beside.updated);
        dates.updated_line = beside.updated_line;
      }
    }
  }
  // Last, a date line inside or under the text ("Posted July 10, 2004"
  // under the last paragraph); a sentence of the text is no date line.
  for (const std::size_t i : ArticleLines(view, anchors)) {
    if (settled() || !dates.updated.iso.empty()) break;
    if (view.label(i) == Label::kBody && SplitWords(view.texts[i]).size() > kDateLineWords &&
        EndsWithFullStop(view.texts[i])) {
      continue;
    }
    if (ShortLine(view, i)) TakeDates(view.texts[i], i, view.dates, &dates);
  }
  // Last of all, a date a publication or update cue marks anywhere on the
  // page ("Published: Feb 2, 2023", or "PUBLISHED" on the line above it).
  for (std::size_t i = 0; i < view.texts.size() && !settled() && dates.updated.iso.empty(); ++i) {
    if (!LooksLikeDate(view.texts[i]) || !ShortLine(view, i)) continue;
    std::string text(view.texts[i]);
    if (i > 0 && SplitWords(view.texts[i - 1]).size() <= kCueLineWords) {
      text = std::string(view.texts[i - 1]) + " " + text;
    }
    for (FoundDate& d : FindDates(text, view.dates)) {
      if (d.kind == DateKind::kUnknown) continue;
      const bool published = d.kind == DateKind::kPublished;
      (published ? dates.published : dates.updated) = std::move(d);
      (published ? dates.published_line : dates.updated_line) = static_cast<long>(i);
      break;
    }
  }
  const FoundDate& date = dates.published.iso.empty() ? dates.updated : dates.published;
  article->date = date.iso;
  article->date_text = date.text;
  article->date_updated = dates.updated.iso;
  for (const long line : {dates.published_line, dates.updated_line}) {
    if (line >= 0) found_on->push_back(static_cast<std::size_t>(line));
  }
}

// Words of an image caption or notice. Only looked for on the line right
// after image alt text: a copy of the headline on a page that shows the
// headline more than once.
bool HasCaptionWord(std::string_view text) {
  for (const Word& w : SplitWords(text)) {
    const std::string folded = FoldCase(w.text);
    for (std::string_view word : {"image", "photo", "picture", "illustration", "illustrative",
                                  "depict", "pictured", "getty", "courtesy", "credit", "file"}) {
      if (folded == word) return true;
    }
  }
  return false;
}

// A notice that opens with a label of up to three words ("Disclaimer: ...",
// "Editor's note: ...") rather than prose of the text.
bool OpensWithLabel(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 25) return false;
  return std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), ' ') <= 2;
}

// A sentence of prose long enough to be a standfirst.
bool IsProse(std::string_view text) {
  return LetterWords(SplitWords(text)) >= kStandfirstWords && EndsWithFullStop(text);
}

// Is the line one of `labels` (case folded) and nothing else, but for a
// trailing colon? Only short lines are folded.
template <std::size_t N>
bool IsAloneOnLine(std::string_view text, const std::string_view (&labels)[N]) {
  if (text.size() > kLabelLineBytes) return false;
  std::string folded = FoldCase(text);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view label : labels) {
    if (folded == label) return true;
  }
  return false;
}

// A heading alone on its line that opens a list of other stories ("Read
// more", "Leggi anche", "Mehr zum Thema", "Читайте также", "関連記事").
bool IsRelatedHeading(std::string_view text) {
  static constexpr std::string_view kHeadings[] = {
      "read more",
      "also read",
      "read also",
      "related",
      "related stories",
      "related articles",
      "related news",
      "more on this topic",
      "more on this story",
      "more stories",
      "you may also like",
      "you might also like",
      "most read",
      "most popular",
      "trending",
      "leggi anche",
      "le più lette",
      "i più letti",
      "mehr zum thema",
      "lesen sie auch",
      "meistgelesen",
      "à lire aussi",
      "lire aussi",
      "les plus lus",
      "te puede interesar",
      "lee también",
      "lo más leído",
      "leia também",
      "leia mais",
      "mais lidas",
      "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
      "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",  // читайте также
      "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 "
      "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xB5",  // самое читаемое
      "czytaj też",
      "czytaj także",
      "najczęściej czytane",
      "\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B",   // 関連記事
      "\xE7\x9B\xB8\xE5\x85\xB3\xE6\x96\xB0\xE9\x97\xBB",   // 相关新闻
      "\xE7\x9B\xB8\xE5\x85\xB3\xE9\x98\x85\xE8\xAF\xBB"};  // 相关阅读
  return IsAloneOnLine(text, kHeadings);
}

// An advertisement's label alone on its line ("Advertisement", "Anzeige").
bool IsAdLabel(std::string_view text) {
  static constexpr std::string_view kLabels[] = {
      "advertisement",
      "advertisements",
      "advert",
      "sponsored",
      "sponsored content",
      "anzeige",
      "werbung",
      "publicité",
      "publicidad",
      "pubblicità",
      "publicidade",
      "reklama",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // реклама
      "\xE5\xB9\xBF\xE5\x91\x8A",                                  // 广告
      "\xE5\xBA\x83\xE5\x91\x8A"};                                 // 広告
  return IsAloneOnLine(text, kLabels);
}

// Related-story lists inside or after the text: from a related heading
// below the first prose paragraph, the heading and the short lines under it
// (teaser headlines, ranks) are not body, until a line of prose resumes the
// text.
void DropRelatedLists(const PageView& view, std::vector<bool>* body) {
  bool prose_seen = false;
  bool in_list = false;
  for (std::size_t i = 0; i < body->size(); ++i) {
    if (!(*body)[i]) continue;
    const std::string_view text = view.texts[i];
    const bool prose = IsSentence(text);
    if (prose_seen && IsRelatedHeading(text)) {
      in_list = true;
    } else if (prose) {
      in_list = false;
    }
    prose_seen = prose_seen || prose;
    if (in_list) (*body)[i] = false;
  }
}

// Which lines are copies of the headline (the same words, case folded).
// Only lines of a similar size are normalised: most lines cannot match.
std::vector<bool> HeadlineCopies(const PageView& view, const std::string& headline_norm) {
  std::vector<bool> copy(view.texts.size(), false);
  if (headline_norm.empty()) return copy;
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    const std::size_t size = view.texts[i].size();
    const bool similar_size = size * 2 >= headline_norm.size() && size <= headline_norm.size() * 2;
    copy[i] = similar_size && Normalised(view.texts[i]) == headline_norm;
  }
  return copy;
}

// Which lines are body paragraphs: the lines labelled body, corrected where
// the page's structure is plain and the labels are not:
//   - the standfirst that PickHeadline passed over for the headline above
//     it is body (DESIGN.md section 10: the first body paragraph);
//   - a prose line labelled as a second headline is a standfirst (body), as
//     is one decoded as boilerplate just above the body that the model
//     itself found more likely not boilerplate;
//   - a caption right after image alt text that repeats the headline is not
//     body (DESIGN.md section 10: captions are boilerplate);
//   - a line of kLeadProseWords words or more between the headline and the
//     first body line is the text's beginning, whatever its label;
//   - up to kTailProseLines lines of kTailProseWords words or more right
//     after the last body line continue the text, whatever their label,
//     unless they open with a label ("Disclaimer:");
//   - a short line with an image credit above the first prose paragraph is
//     a caption (DESIGN.md section 10: captions are boilerplate), and a
//     short line there that gave the byline or a date is metadata;
//   - related-story lists (DropRelatedLists) and advertisement labels
//     alone on their line are not body;
//   - short headings at the very end of the body ("TRENDING") are not body.
std::vector<bool> BodyLines(const PageView& view, const HeadlineChoice& headline,
                            const std::vector<bool>& headline_copy,
                            const std::vector<std::size_t>& metadata_found) {
  const std::size_t n = view.decisions.size();
  std::vector<bool> body(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Label label = view.label(i);
    if (label == Label::kBody) {
      body[i] = true;
    } else if (label == Label::kHeadline && static_cast<long>(i) != headline.line) {
      body[i] = IsProse(view.texts[i]);
    }
  }
  if (headline.standfirst >= 0) body[static_cast<std::size_t>(headline.standfirst)] = true;
  if (headline.line >= 0) {
    const std::size_t from = static_cast<std::size_t>(headline.line) + 1;
    for (std::size_t i = from; i < n && i - from < kTitleSearchAbove && !body[i]; ++i) {
      if (view.label(i) == Label::kBoilerplate &&
          SplitWords(view.texts[i]).size() >= kLeadProseWords) {
        body[i] = true;
      }
    }
  }
  // A standfirst that decoding put in the boilerplate above the article
  // although the model found it more likely not boilerplate.
  // One pass from the bottom, remembering the nearest body line below, so
  // that a page of a million lines stays linear.
  std::size_t next_body = n;
  for (std::size_t i = n; i-- > 0;) {
    const bool unsure_boilerplate =
        view.label(i) == Label::kBoilerplate && view.decisions[i].confidence < 0.5f;
    if (unsure_boilerplate && next_body < n && next_body - i <= kMetadataAbove &&
        IsProse(view.texts[i])) {
      body[i] = true;
    }
    if (view.label(i) == Label::kBody) next_body = i;
  }
  std::size_t copies = 0;
  for (bool c : headline_copy) copies += c ? 1 : 0;
  for (std::size_t i = 1; copies >= 2 && i < n; ++i) {
    const bool after_alt_text = headline_copy[i - 1] && view.page.lines[i].blanks_before == 0;
    if (body[i] && after_alt_text && HasCaptionWord(view.texts[i])) body[i] = false;
  }
  std::vector<bool> credit(n, false);
  for (const std::size_t i : metadata_found) credit[i] = true;
  for (std::size_t i = 0; i < n; ++i) {
    if (!body[i]) continue;
    const std::size_t words = SplitWords(view.texts[i]).size();
    if (credit[i] && words <= kMaxBylineWords && !EndsWithFullStop(view.texts[i])) {
      body[i] = false;  // the byline or date line
      continue;
    }
    if (words >= kSentenceWords && EndsWithFullStop(view.texts[i]) &&
        !HasImageCredit(view.texts[i])) {
      break;  // the first prose paragraph
    }
    if (words <= kCaptionWords && HasImageCredit(view.texts[i])) body[i] = false;
  }
  DropRelatedLists(view, &body);
  for (std::size_t i = 0; i < n; ++i) {
    if (body[i] && IsAdLabel(view.texts[i])) body[i] = false;
  }
  std::size_t last = n;
  for (std::size_t i = n; i-- > 0;) {
    if (body[i]) {
      last = i;
      break;
    }
  }
  for (std::size_t i = last + 1; last < n && i < n && i - last <= kTailProseLines; ++i) {
    if (view.label(i) != Label::kBoilerplate ||
        SplitWords(view.texts[i]).size() < kTailProseWords || OpensWithLabel(view.texts[i])) {
      break;
    }
    body[i] = true;
  }
  std::size_t body_lines = 0;
  for (bool b : body) body_lines += b ? 1 : 0;
  for (std::size_t i = n; i-- > 0 && body_lines > 1;) {
    if (!body[i]) continue;
    const std::vector<Word> words = SplitWords(view.texts[i]);
    if (LetterWords(words) > kTrailingHeadingWords || EndsParagraph(view.texts[i])) break;
    body[i] = false;
    --body_lines;
  }
  return body;
}

// The label each line ends with (see Assemble's contract in assemble.h).
std::vector<LineLabel> FinalLabels(const PageView& view, long headline,
                                   const std::vector<bool>& body,
                                   const std::vector<bool>& headline_copy,
                                   const std::vector<std::size_t>& metadata_found) {
  const std::size_t n = view.decisions.size();
  std::vector<bool> credit(n, false);
  for (const std::size_t i : metadata_found) {
    const long from_headline = static_cast<long>(i) - headline;
    credit[i] = headline >= 0 && std::labs(from_headline) <= kCreditReach;
  }
  // Where the article's metadata may be: near the headline, the first and
  // the last body line (input line numbers; none: -1).
  std::vector<long> anchors;
  if (headline >= 0) anchors.push_back(view.page.lines[static_cast<std::size_t>(headline)].first);
  for (std::size_t i = 0; i < n; ++i) {
    if (body[i] && !headline_copy[i]) {
      anchors.push_back(view.page.lines[i].first);
      break;
    }
  }
  for (std::size_t i = n; i-- > 0;) {
    if (body[i] && !headline_copy[i]) {
      anchors.push_back(view.page.lines[i].first);
      break;
    }
  }
  auto near_article = [&](std::size_t i) {
    const long at = view.page.lines[i].first;
    for (const long a : anchors) {
      if (std::labs(at - a) <= kMetadataReach) return true;
    }
    return anchors.empty();
  };
  std::vector<LineLabel> labels(n);
  for (std::size_t i = 0; i < n; ++i) {
    const LineDecision& decision = view.decisions[i];
    Label label = decision.label;
    if (static_cast<long>(i) == headline) {
      label = Label::kHeadline;
    } else if (body[i] && !headline_copy[i]) {
      label = Label::kBody;
    } else if (credit[i]) {
      label = Label::kMetadata;
    } else if (label == Label::kHeadline || label == Label::kBody ||
               (label == Label::kMetadata && !near_article(i))) {
      label = Label::kBoilerplate;
    }
    const float confidence = label == decision.label
                                 ? decision.confidence
                                 : decision.label_probabilities[static_cast<std::size_t>(label)];
    labels[i] = LineLabel{label, confidence};
  }
  return labels;
}

}  // namespace

Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context, std::vector<LineLabel>* final_labels) {
  Article article;
  std::vector<std::string_view> texts;
  texts.reserve(page.lines.size());
  for (const Line& line : page.lines) texts.push_back(line.text);
  const PageView view{page, decisions, texts, date_context};

  // 1. One headline, without a site-name suffix the page proves is one.
  const HeadlineChoice choice = PickHeadline(view);
  const long headline = choice.line;
  std::string headline_norm;
  if (headline >= 0) {
    article.title = CleanTitle(LastCrumb(texts[static_cast<std::size_t>(headline)]), texts);
    headline_norm = Normalised(article.title);
  }

  // 2. Byline and dates, searched around the headline (or, without one,
  // around the start of the article).
  const ArticleBlock block = MainArticleBlock(view);
  const Anchors anchors{headline, FirstArticleLine(view), block.start, block.last};
  std::vector<std::size_t> metadata_found;
  FindByline(view, anchors, &article, &metadata_found);
  if (article.agency.empty()) AgencyFromBody(view, &article);
  FindDatesNearHeadline(view, anchors, &article, &metadata_found);

  // 3. Body paragraphs: the body lines (BodyLines), consecutive ones that a
  // renderer split at a link ("... said" / "on Monday") joined; copies of the
  // headline go.
  const std::vector<bool> headline_copy = HeadlineCopies(view, headline_norm);
  const std::vector<bool> body = BodyLines(view, choice, headline_copy, metadata_found);
  bool joinable = false;
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    if (!body[i]) {
      joinable = false;
      continue;
    }
    const std::string_view text = texts[i];
    if (headline_copy[i]) continue;
    if (joinable && page.lines[i].blanks_before == 0 && !EndsParagraph(article.paragraphs.back()) &&
        StartsLowercaseOrPunct(text)) {
      std::string& last = article.paragraphs.back();
      const char c = text[0];
      if (c != ',' && c != '.' && c != ';' && c != ':' && c != ')') last += ' ';
      last += text;
    } else {
      article.paragraphs.emplace_back(text);
    }
    joinable = true;
  }

  // 4. The labels the article shows (--format labels, --explain).
  if (final_labels != nullptr) {
    *final_labels = FinalLabels(view, headline, body, headline_copy, metadata_found);
  }
  return article;
}

}  // namespace pith::internal

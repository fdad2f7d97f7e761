#include "metadata_search.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "byline.h"
#include "date_words.h"
#include "language.h"
#include "quotes.h"
#include "simple_fold.h"
#include "word_table.h"
#include "words.h"

namespace pith::internal {
namespace {

// Lines around the headline searched for a byline or a date when the
// metadata lines hold none: bylines and dates printed above the title, or
// below it after a standfirst, a photo and its credit.
constexpr std::size_t kSearchBefore = 8;
constexpr std::size_t kSearchAfter = 12;

// A bare name repeated this many lines or more away from itself is a
// credit; the copy may differ in spacing and case by this many bytes.
constexpr std::size_t kRepeatGap = 3;
constexpr std::size_t kRepeatSlack = 8;

// A bare name this many lines or fewer under the headline is its credit
// (above it, the same line is as often a menu entry: "Select Page").
constexpr long kNameUnderHeadline = 2;
// A site's desk may stand one line further when no prose comes between
// ("The Acme Team" under a standfirst and a share button); a bare name
// there is as often a menu's or a teaser's ("Quick Start Guides").
constexpr long kNameAboveProse = 3;

// A user name in lower case credited this many lines or fewer from the
// headline ("by jsmith").
constexpr std::size_t kHandleLines = 3;

// A person's name on a line of its own is at most this long.
constexpr std::size_t kMaxNameBytes = 80;

// A paper's list of authors with the marks of their affiliations, longer
// in words than a credit line, is at most this long.
constexpr std::size_t kMaxAffiliatedListBytes = 400;

// Prefixed credits at most this many lines apart may be a list of
// teasers' credits.
constexpr std::size_t kTeaserSpan = 4;

// The first lines of a page, where a site prints its title.
constexpr std::size_t kSiteTitleLines = 5;

// Lines below the end of the main body block searched last for a credit or
// a date: an author box or "Posted ..." line under the text.
constexpr long kSearchBelowArticle = 15;
// A body line of at most this many words, or one that ends no sentence,
// may be a date line there.
constexpr std::size_t kDateLineWords = 6;
// A line of at most this many words may be the cue of the date below it
// ("Published", "Posted on").
constexpr std::size_t kCueLineWords = 3;
// A headline this long or longer, and a line with at most this many bytes
// besides it, pair the headline with a date.
constexpr std::size_t kMinHeadlineBytes = 20;
constexpr std::size_t kMaxBesideHeadlineBytes = 120;

// Whitespace characters in a row that separate page elements on a line.
constexpr int kGapRun = 3;

// The characters of the first body line searched for a dateline credit
// ("NEW DELHI, Feb 4 (Reuters) -").
constexpr std::size_t kDatelineBytes = 80;
// A dateline's date comes after at most this many words (its place).
constexpr std::size_t kDatelineWords = 4;

// Where the search for a byline or a date looks: around the headline, then
// around the first metadata or body line, then around the start of the
// main body block, and last down to just below its end (-1: none).
struct Anchors {
  long headline = -1;
  long first = -1;
  long start = -1;
  long end = -1;
};

// The first kDatelineBytes bytes of a line, cut at a character boundary
// (the parsers require valid UTF-8).
std::string_view DatelinePart(std::string_view text) {
  if (text.size() <= kDatelineBytes) return text;
  std::size_t end = kDatelineBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// The text holds a run of three or more spaces, tabs or no-break spaces: a
// gap between page elements (as lines.h's column gaps).
bool HasGap(std::string_view text) {
  int run = 0;
  for (std::size_t k = 0; k < text.size(); ++k) {
    const bool nbsp = text[k] == '\xC2' && k + 1 < text.size() && text[k + 1] == '\xA0';
    if (text[k] == ' ' || text[k] == '\t' || nbsp) {
      if (++run >= kGapRun) return true;
      if (nbsp) ++k;
    } else {
      run = 0;
    }
  }
  return false;
}

// Does `date` open `text` as a dateline does: after at most
// kDatelineWords words, none of them written in lower case ("PARIS, May 2
// (Reuters) -", "27.1.2022 - Bei ...", "Berlin, 29. November 2022.")? A
// date later in the sentence ("Zum Tag des Gedenkens ... am 27. Januar")
// is part of the prose.
bool OpensLikeDateline(std::string_view text, std::string_view date) {
  const std::size_t at = text.find(date);
  if (at == std::string_view::npos) return false;
  const std::vector<Word> before = SplitWords(text.substr(0, at));
  if (before.size() > kDatelineWords) return false;
  for (const Word& w : before) {
    const unsigned char first = static_cast<unsigned char>(w.text[0]);
    if (first >= 'a' && first <= 'z') return false;
  }
  return true;
}

// Lines that may carry a credit or a date the model did not label
// metadata: not long prose.
bool ShortLine(const PageView& view, std::size_t i) {
  return CountLineWords(view, i, kMaxBylineWords + 1) <= kMaxBylineWords;
}

// What a list's filter or sort goes by ("By Region", "By Category"): a
// menu entry, never a person, whether or not the prose uses the word.
constexpr std::string_view kSortKeys[] = {
    "category",   "categories", "role",     "region",  "industry", "manufacturer", "specialty",
    "source",     "model",      "make",     "date",    "year",     "user",         "modality",
    "challenge",  "audience",   "topic",    "topics",  "type",     "price",        "brand",
    "country",    "state",      "location", "size",    "color",    "colour",       "rating",
    "popularity", "department", "product",  "service", "subject",  "genre",        "format",
};

// A line the model labelled metadata that runs several credits and dates
// together, each part between separators a short one: "Medically reviewed
// by Al Roe, RD — Written by Jo Smith, MS — Updated on March 7, 2025".
bool MetadataOfShortParts(const PageView& view, std::size_t i) {
  if (view.label(i) != Label::kMetadata) return false;
  std::string_view rest = view.texts[i];
  std::size_t parts = 0;
  while (!rest.empty()) {
    std::size_t end = rest.size(), skip = 0;
    for (std::string_view separator :
         {std::string_view(" \xE2\x80\x94 "), std::string_view(" \xE2\x80\x93 "),
          std::string_view(" | "), std::string_view(" \xC2\xB7 "),
          std::string_view(" \xE2\x80\xA2 ")}) {
      const std::size_t at = rest.find(separator);
      if (at < end) {
        end = at;
        skip = separator.size();
      }
    }
    if (CountWords(rest.substr(0, end), kMaxBylineWords + 1) > kMaxBylineWords) return false;
    ++parts;
    rest.remove_prefix(std::min(rest.size(), end + skip));
  }
  return parts > 1;
}

// The line has a copyright notice's mark: "©" or the word.
bool HasCopyrightMark(std::string_view text) {
  return text.find("\xC2\xA9") != std::string_view::npos ||
         FoldCase(text).find("copyright") != std::string::npos;
}

// The last sentence of a line when it is a short credit that follows
// another sentence: "... beyond the U.S. and Canada. By Jo Smith on Dec.
// 19, 2025", "Jo Smith, Senior Autos Reporter. By Jo Smith". Empty when
// there is none.
std::string_view TrailingCredit(std::string_view text) {
  for (std::size_t at = text.find(". "); at != std::string_view::npos;
       at = text.find(". ", at + 1)) {
    if (at == 0 || text[at - 1] == '.') continue;  // an ellipsis ends no sentence
    const std::string_view tail = text.substr(at + 2);
    if (LooksLikeByline(tail) && CountWords(tail, kMaxBylineWords + 1) <= kMaxBylineWords) {
      return tail;
    }
  }
  return {};
}

// Where the text's first sentence ends (its full stop), npos if it does
// not end inside the text. The full stop of an initial or an abbreviation
// ends nothing ("Jo C. Smith", "Sr. Director").
std::size_t FirstSentenceEnd(std::string_view text) {
  for (std::size_t at = text.find(". "); at != std::string_view::npos;
       at = text.find(". ", at + 1)) {
    const std::size_t word = text.rfind(' ', at);
    const std::size_t letters = word == std::string_view::npos ? at : at - word - 1;
    if (letters > 2) return at;
  }
  return std::string_view::npos;
}

// The text up to its first sentence end or "|": where a long line that
// opens with a credit ends it ("Posted by Jo Smith on May 2 in News. Tags:
// ...").
std::string_view FirstPart(std::string_view text) {
  return text.substr(0, std::min({text.find(" | "), FirstSentenceEnd(text), text.size()}));
}

// A long line that opens with a credit, its first sentence or part a
// short one: "Posted by Jo Smith on 2025-12-18 in News. Tags: ...".
bool OpensWithCredit(const PageView& view, std::size_t i) {
  return LooksLikeByline(view.texts[i]) &&
         CountWords(FirstPart(view.texts[i]), kMaxBylineWords + 1) <= kMaxBylineWords;
}

// Line i as the input wrote it, when it is one input line with a gap: the
// runs of spaces that separate page elements ("By Jo Smith    View In
// Digital Edition"), which the page's lines collapse, stay.
std::string_view InputText(const PageView& view, std::size_t i) {
  const Line& line = view.page.lines[i];
  if (line.first != line.last || line.first >= view.page.input_lines.size()) return view.texts[i];
  std::string_view input = view.page.input_lines[line.first];
  // (Not the indent: lynx indents most lines by three spaces.)
  const std::size_t start = input.find_first_not_of(" \t");
  if (start == std::string_view::npos) return view.texts[i];
  input.remove_prefix(start);
  return HasGap(input) ? input : view.texts[i];
}

// A byline split over two lines: a prefix alone ("By", "Written By:") and
// the name below it, or a first name and a last name on lines of their own.
// The names below a prefix have at most this many words ("Jo Smith, Al Roe
// and Ann Lee").
constexpr std::size_t kMaxJoinedNameWords = 8;
// The line ends with a byline prefix in lower case: "... by", "... von".
bool EndsWithBarePrefix(std::string_view text) {
  for (const std::string_view prefix : {" by", " von", " par", " por", " door"}) {
    if (text.size() > prefix.size() && text.substr(text.size() - prefix.size()) == prefix) {
      return true;
    }
  }
  return false;
}

bool JoinsNextLine(const PageView& view, std::size_t i) {
  if (i + 1 >= view.texts.size()) return false;
  // The word counts tested below, first without splitting the lines: most
  // lines are longer.
  const std::size_t here_count = CountLineWords(view, i, 4);
  const std::size_t next_count = CountLineWords(view, i + 1, kMaxJoinedNameWords + 1);
  if (next_count == 0 || next_count > kMaxJoinedNameWords) return false;
  // A longer credit line that ends with its prefix, the names on the next
  // line ("Published on May 2, 2025 by" / "Jo Smith"), when the line says
  // it credits them.
  if (here_count > 3) {
    // (Not the middle of a sentence a renderer split at its links: ", is
    // published by" / "Acme Weekly".)
    const unsigned char first = static_cast<unsigned char>(view.texts[i][0]);
    const bool opens =
        (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80;
    if (!opens || !EndsWithBarePrefix(view.texts[i]) || !ShortLine(view, i)) return false;
    const Byline joined = ParseByline(
        std::string(view.texts[i]) + " " + std::string(view.texts[i + 1]), view.dates.language);
    return joined.credited && !joined.authors.empty();
  }
  if (here_count == 0) return false;
  const WordSpan here = view.words(i);
  const WordSpan next = view.words(i + 1);
  // (Both readings need a short line: test that before parsing it. Below
  // a prefix alone the names may be a list: "Written by" / "Jo Smith and
  // Al Roe".)
  if (here.empty() || here.size() > 3 || next.empty() || next.size() > kMaxJoinedNameWords) {
    return false;
  }
  const bool two_names = here.size() == 1 && next.size() == 1 && here[0].capitalised &&
                         next[0].capitalised && !here[0].has_digit && !next[0].has_digit &&
                         view.label(i) == Label::kMetadata && view.label(i + 1) == Label::kMetadata;
  // (Joined, the lines start like a byline only when line i opens with a
  // prefix, or end like a Korean one: without either, only two names can
  // join, and parsing line i is needed only then. Most lines are neither.)
  constexpr std::string_view kReporter = "\xEA\xB8\xB0\xEC\x9E\x90";  // 기자
  const std::string_view below = view.texts[i + 1];
  const bool korean = below.size() >= kReporter.size() &&
                      below.substr(below.size() - kReporter.size()) == kReporter;
  if (!two_names && !korean && !MentionsCreditPrefix(view.texts[i])) return false;
  const Byline& alone = LineByline(view, i);
  if (alone.authors.empty() && alone.agency.empty() && here.size() <= 3) {
    return LooksLikeByline(std::string(view.texts[i]) + " " + std::string(view.texts[i + 1]));
  }
  return two_names;
}

// A line that only joins two names of a list a renderer split at its links
// ("Jo Smith" / "," / "Al Roe", "Par" / "Jo Smith" / "et" / "Al Roe").
// The last joint may follow a comma (", and", ", und").
bool JoinsNames(std::string_view text) {
  if (text.size() > 2 && text.substr(0, 2) == ", ") text.remove_prefix(2);
  for (std::string_view joint : {",", "&", "and", "und", "et", "y", "e", "i", "en", "og", "och",
                                 "ve", "oraz", "\xD0\xB8", "\xE3\x80\x81"}) {
    if (text == joint) return true;
  }
  return false;
}

bool NameWithParticle(const PageView& view, std::size_t i);

// The byline of line i, joined with the next line when it is split, and
// with the names listed on the lines below it ("," / "Al Roe").
Byline BylineAt(const PageView& view, std::size_t i) {
  const bool joined = JoinsNextLine(view, i);
  // (A long line that opens with a credit is parsed up to its end.)
  const std::string_view alone = !ShortLine(view, i) && OpensWithCredit(view, i)
                                     ? FirstPart(view.texts[i])
                                     : InputText(view, i);
  // The line's own text is parsed once per page (LineByline): the
  // metadata searches ask BylineAt and LineByline of the same lines.
  Byline byline =
      joined ? ParseByline(std::string(view.texts[i]) + " " + std::string(view.texts[i + 1]),
                           view.dates.language)
      : alone == view.texts[i] ? LineByline(view, i)
                               : ParseByline(alone, view.dates.language);
  // (With an agency the cleaned line ends with it; lists come without.)
  if (byline.authors.empty() || !byline.agency.empty()) return byline;
  for (std::size_t at = joined ? i + 2 : i + 1;
       at + 1 < view.texts.size() && JoinsNames(view.texts[at]) &&
       (IsBareName(view, at + 1) || NameWithParticle(view, at + 1));
       at += 2) {
    const std::string name(view.texts[at + 1]);
    byline.cleaned = byline.cleaned.empty() ? name : byline.cleaned + ", " + name;
    byline.authors.push_back(name);
  }
  return byline;
}

// A parsed credit names someone unless all it found is one function word
// ("Le" of "Le 06 novembre 2019") or no letter at all.
bool NamesSomeone(const PageView& view, const Byline& byline) {
  if (byline.authors.empty()) return false;
  if (byline.authors.size() > 1) return true;
  const std::vector<Word> words = SplitWords(byline.authors[0]);
  // A mark or a pictogram names no one ("・", "📅").
  if (std::none_of(words.begin(), words.end(), [](const Word& w) { return w.has_letter; })) {
    return false;
  }
  return words.size() != 1 || !IsStopword(view.dates.language, FoldCase(words[0].text));
}

// How far from a credit of a first name alone its full name may stand.
constexpr std::size_t kFullNameLines = 5;

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

// The dates of line i take at least half of its bytes: a date line,
// however it ends.
bool MostlyDate(const PageView& view, std::size_t i) {
  std::size_t date_bytes = 0;
  for (const FoundDate& d : LineDates(view, i)) date_bytes += d.text.size();
  return 2 * date_bytes >= view.texts[i].size();
}

// The length of the date that opens line i ("23.06.2016 um 16:14 Uhr -
// ..."), 0 when the line opens with no date.
std::size_t OpeningDateBytes(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  const std::vector<FoundDate>& dates = LineDates(view, i);
  return !dates.empty() && text.substr(0, dates[0].text.size()) == dates[0].text
             ? dates[0].text.size()
             : 0;
}

// The marks that separate the fields of a credit or date line ("Jo Smith •
// May 2, 2025", "May 2, 2025 | News", a dash).
constexpr std::string_view kFieldMarks[] = {"\xE2\x80\xA2", "|",           "\xC2\xB7", "-",
                                            "\xE2\x80\x93", "\xE2\x80\x94"};

// No capital after a word's first letter ("Juliette", "De"; not "JWU",
// "HomeAdvisor", "LA").
// REQUIRES: !word.empty().
bool NoCapitalAfterFirst(std::string_view word) {
  return std::none_of(word.begin() + 1, word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Line i opens with a date and a separator mark after it ("23.06.2016 um
// 16:14 Uhr - Jo Smith"), not with a date glued to a title
// ("27.01.2022MineralölINFO November 2021") or running into words.
bool OpensWithDateThenSeparator(const PageView& view, std::size_t i) {
  const std::size_t date_bytes = OpeningDateBytes(view, i);
  if (date_bytes == 0) return false;
  const std::string_view text = view.texts[i];
  const std::size_t after = text.find_first_not_of(' ', date_bytes);
  if (after == std::string_view::npos) return false;
  for (const std::string_view mark : kFieldMarks) {
    if (text.substr(after, mark.size()) == mark) return true;
  }
  return false;
}

// A line that opens with a date and credits someone ("2025年9月3日 10:32
// 来源：江澄日报 作者：林晓雯", "March 4, 2021 | Source: Harbor Kurier |
// Author: Jo Smith"): a metadata line however long, which in a language
// without spaces counts many words.
bool DateAndCreditLine(const PageView& view, std::size_t i) {
  return MentionsCreditPrefix(view.texts[i]) && OpeningDateBytes(view, i) > 0;
}

// Line i - 1 is short enough to be the cue of line i's date ("Published",
// "Member since" over the date).
bool ShortLineAbove(const PageView& view, std::size_t i) {
  return i > 0 && CountLineWords(view, i - 1, kCueLineWords + 1) <= kCueLineWords;
}

// Line i opens with a publication or update cue ("PUBLISHED: Nov 8, 2023
// at 4:56 p.m. | UPDATED: ..."): a date line however long.
bool OpensWithDateCue(const PageView& view, std::size_t i) {
  const WordSpan words = view.words(i);
  return !words.empty() && LastDateCue(FoldCase(words[0].text)) != DateCue::kNone;
}

// A credit that starts with a prefix ("By Jo Smith"), or a prefix alone
// with the name on the next line.
bool Prefixed(const PageView& view, std::size_t i) {
  if (LooksLikeByline(view.texts[i]) || JoinsNextLine(view, i)) return true;
  // lynx marks a link drawn as a button: "By (BUTTON) Jo Smith".
  constexpr std::string_view kButton = "(BUTTON) ";
  const std::string_view text = view.texts[i];
  const std::size_t at = text.find(kButton);
  if (at == std::string_view::npos) return false;
  std::string plain(text.substr(0, at));
  plain += text.substr(at + kButton.size());
  return LooksLikeByline(plain);
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

// The lines of a bio searched for the words that make it a person's.
constexpr std::size_t kBioLines = 4;

// Words a bio uses for the person it is about ("..., she is passionate
// about ...", "He has recorded ...").
constexpr std::string_view kBioPronouns[] = {"he",   "she",   "his",  "her", "him",  "er", "sie",
                                             "sein", "seine", "ihre", "il",  "elle", "él", "ella"};

// The sentence reads as a person's bio: it names an occupation ("is the
// author of ...", "is a Professor of Public Law") or speaks of its subject
// as he or she. A product or a firm introduced the same way does neither
// ("Acme BI is a premier analytics platform", "Acme Movers has served ...
// They provide ...").
bool PersonBio(std::string_view sentence) {
  for (const Word& w : SplitWords(sentence)) {
    if (IsOccupation(w.text)) return true;
    const std::string folded = FoldCase(w.text);
    for (const std::string_view p : kBioPronouns) {
      if (folded == p) return true;
    }
  }
  return false;
}

// Another line of the page starts with the name on line i and goes on as a
// sentence about them ("Jo Smith is a reporter ...", "Jo Smith writes
// about ..."): an author box, which makes the bare name a credit. With
// `person`, the sentence must read as a person's bio (PersonBio).
bool IntroducedElsewhere(const PageView& view, std::size_t i, bool person = false) {
  const std::string_view name = view.texts[i];
  for (std::size_t j = 0; j < view.texts.size(); ++j) {
    const std::string_view t = view.texts[j];
    if (j == i || t.size() < name.size() + 3 || t.compare(0, name.size(), name) != 0) continue;
    const unsigned char next = static_cast<unsigned char>(t[name.size() + 1]);
    if (t[name.size()] != ' ' || next < 'a' || next > 'z') continue;
    if (!person) return true;
    // (The bio may go on over the next lines, where a renderer split it at
    // its links.)
    for (std::size_t k = j; k < view.texts.size() && k <= j + kBioLines; ++k) {
      if (PersonBio(view.texts[k])) return true;
    }
  }
  return false;
}

// A separator alone on a line: "|", "•", "·", ",", "–", "/", or the word
// that leads from a name to its date ("Jo Smith" / "am" / "26.01.2022").
bool Separator(std::string_view text) {
  for (const std::string_view mark : {"|", ",", "/", "-", "\xE2\x80\xA2", "\xC2\xB7",
                                      "\xE2\x80\x93", "\xE2\x80\x94", "on", "am", "le", "el"}) {
    if (text == mark) return true;
  }
  return false;
}

// A link to a person's profile alone on a line, which a page prints
// between an author's name and the date ("Jo Smith" / "Twitter" / "May 2,
// 2025").
bool SocialLink(std::string_view text) {
  for (const std::string_view link : {"Twitter", "X", "Facebook", "LinkedIn", "Instagram",
                                      "Mastodon", "Bluesky", "E-Mail", "Email", "Mail"}) {
    if (text == link) return true;
  }
  return false;
}

// The link to an author's other texts under their name, alone on a line
// ("Alle Artikel", "View all posts").
bool AllPostsLink(std::string_view text) {
  if (text.size() > 40) return false;
  const std::string folded = FoldCase(text);
  for (const std::string_view link :
       {"alle artikel", "alle beiträge", "zeige alle artikel", "alle artikel anzeigen", "all posts",
        "all articles", "view all posts", "view all articles", "see all posts", "see all articles",
        "tous ses articles", "tous les articles", "todos sus artículos", "ver todos los artículos",
        "tutti gli articoli", "alle artikelen", "wszystkie artykuły", "все статьи",
        "todos os artigos"}) {
    if (folded == link) return true;
  }
  return false;
}

// The headings of an author box, folded ("About the author", "Über den
// Autor", "Autor*in"; "Author" alone too, over a desk: "Acme Redaktion"),
// and the text a renderer gives for the author's photo over the name
// ("Photo of author", "Author image").
constexpr std::string_view kAuthorBoxHeadings[] = {
    "photo of author",
    "photo of the author",
    "author photo",
    "author image",
    "author picture",
    "author avatar",
    "author",
    "authors",
    "author(s)",
    "autor(en)",
    "autoren",
    "auteurs",
    "autores",
    "autori",
    "about the author",
    "about the authors",
    "about author",
    "meet the author",
    "author bio",
    "autor",
    "autorin",
    "autor*in",
    "autor:in",
    "autor/in",
    "über den autor",
    "über die autorin",
    "über den autor/die autorin",
    "auteur",
    "l'auteur",
    "à propos de l'auteur",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "autore",
    "l'autore",
    "sull'autore",
    "over de auteur",
    "o autorze",
    "об авторе",
    "yazar hakkında",
};

// An author box's heading is at most this long.
constexpr std::size_t kMaxHeadingBytes = 40;

// Names listed one a line under an author box's heading: at most this many.
constexpr std::size_t kMaxListedAuthors = 8;

// The heading of an author box alone on its line, a colon after it or
// not: the name under it is the credit. (An apostrophe may be typographic:
// "À propos de l’auteur".)
bool AuthorBoxHeading(std::string_view text) {
  if (text.size() > kMaxHeadingBytes) return false;
  if (!text.empty() && text.back() == ':') text.remove_suffix(1);
  // ASCII text folds to its lower case, byte for byte (FoldCase): compared
  // so with the headings, without folding a copy (the byline search asks
  // this of tens of lines a page, most of them ASCII).
  if (IsAsciiText(text)) {
    for (const std::string_view heading : kAuthorBoxHeadings) {
      if (heading.size() == text.size() &&
          std::equal(text.begin(), text.end(), heading.begin(),
                     [](char c, char h) { return ToAsciiLower(c) == h; })) {
        return true;
      }
    }
    return false;
  }
  const std::string folded = StraightApostrophes(FoldCase(text));
  for (const std::string_view heading : kAuthorBoxHeadings) {
    if (folded == heading) return true;
  }
  return false;
}

// What follows an author box's heading on its line, after a colon or a
// dash ("About the Author: Jo Smith", "Über den Autor - Jonas"), else "".
std::string_view NameAfterAuthorBoxHeading(std::string_view text) {
  for (const std::string_view mark : {": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos || at > kMaxHeadingBytes) continue;
    if (!AuthorBoxHeading(text.substr(0, at))) return {};
    std::string_view rest = text.substr(at + mark.size());
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return rest;
  }
  return {};
}

// A reading time alone on its line: a number, a word for minutes and one
// for reading ("14 min read", "5 Min. Lesezeit", "4 min de lecture"); a
// number of minutes alone is as often a recipe's or a workout's ("30 min").
bool ReadingTime(std::string_view text) {
  // (Most lines fail here, before any allocation.)
  if (text.empty() || text[0] < '0' || text[0] > '9' || text.size() > 24) return false;
  const std::vector<Word> words = SplitWords(text);
  if (words.size() < 3 || words.size() > 4 || !words[0].has_digit || words[0].has_letter) {
    return false;
  }
  const std::string unit = FoldCase(words[1].text);
  if (unit != "min" && unit != "mins" && unit != "minute" && unit != "minutes" &&
      unit != "minuten") {
    return false;
  }
  const std::string read = FoldCase(words.back().text);
  return read == "read" || read == "lesezeit" || read == "lecture" || read == "lectura";
}

// The line of a bare name one or two lines under the headline, over or
// under a date line ("Jo Smith" / "June 2, 2025"), else -1.
long NameBesideDateUnderHeadline(const PageView& view, long headline) {
  for (long d = 1; headline >= 0 && d <= kNameUnderHeadline; ++d) {
    const std::size_t i = static_cast<std::size_t>(headline + d);
    if (i >= view.texts.size() || !IsBareName(view, i)) continue;
    for (const std::size_t k : {i - 1, i + 1}) {
      if (k == static_cast<std::size_t>(headline) || k >= view.texts.size()) continue;
      if (HasDate(view, k)) return static_cast<long>(i);
    }
  }
  return -1;
}

// The text opens with a list item's number: "25. Acme", "3) Acme".
bool ListItemNumber(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  return digits > 0 && digits <= 3 && digits + 1 < text.size() &&
         (text[digits] == '.' || text[digits] == ')') && text[digits + 1] == ' ';
}

// The line opens with "By the" and credits a desk: "By the Acme Team 2-3
// minutes", which LooksLikeByline does not take ("By the time ...").
bool ByTheDesk(std::string_view text, const Byline& byline) {
  if (!byline.desk || byline.authors.size() != 1 || text.size() < 7) return false;
  const std::string head = FoldCase(text.substr(0, 7));
  return head == "by the ";
}

// A picture credit's label alone on its line, the name on the next one:
// "Foto:", "PHOTO:", "Credit:".
bool PictureCreditLabel(std::string_view text) {
  if (text.size() > 16 || text.empty() || text.back() != ':') return false;
  const std::string folded = FoldCase(text);
  for (const std::string_view label : {"foto:", "fotos:", "photo:", "photos:", "bild:", "image:",
                                       "picture:", "credit:", "credits:", "photograph:"}) {
    if (folded == label) return true;
  }
  return false;
}

// A user name as a blog prints it: one word of 3 to 30 ASCII letters,
// digits, "_", "-" or ".", starting with a lower-case letter ("jsmith",
// "kate_r", "admin2").
bool IsHandle(std::string_view word) {
  if (word.size() < 3 || word.size() > 30 || word[0] < 'a' || word[0] > 'z') return false;
  for (const char c : word) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || c == '.';
    if (!ok) return false;
  }
  return true;
}

// A byline prefix of one word, which LooksLikeByline takes only before a
// capital: "by", "von", "par", "por", "door" (not in capitals: "AV").
bool BarePrefix(const Word& word) {
  if (word.all_caps) return false;
  const std::string folded = FoldCase(word.text);
  for (const std::string_view p : {"by", "von", "par", "por", "door"}) {
    if (folded == p) return true;
  }
  return false;
}

// Line i, a prefixed credit, is one of a list of teasers, each a title
// over its author's credit ("Related" / "Ten storm tips" / "By Jo Smith" /
// "Flood maps explained" / "By Al Roe"): another credit with the same
// prefix, naming no one it names, stands two to kTeaserSpan lines from it.
// (Two credits on adjacent lines are one text's authors; a field of a
// review under the text's credit, "by Jo Smith" / ... / "Author: Al Roe",
// has a prefix of its own; a credit phrase, byline.credited: "Posted by Jo
// Smith", is the text's.)
bool TeaserCredit(const PageView& view, std::size_t i, const Byline& byline) {
  const WordSpan words = view.words(i);
  if (byline.credited || words.empty()) return false;
  const std::string prefix = FoldCase(words[0].text);
  const std::size_t from = i >= kTeaserSpan ? i - kTeaserSpan : 0;
  const std::size_t to = std::min(view.texts.size() - 1, i + kTeaserSpan);
  for (std::size_t k = from; k <= to; ++k) {
    if (k + 1 >= i && k <= i + 1) continue;  // i itself and the lines beside it
    const WordSpan other_words = view.words(k);
    if (other_words.empty() || FoldCase(other_words[0].text) != prefix || !Prefixed(view, k)) {
      continue;
    }
    // (The same credit printed again, or parsed apart at a renderer's gap,
    // shares a name: "BY JO SMITH    AND AL ROE" / "By Jo Smith".)
    const Byline& other = LineByline(view, k);
    if (other.authors.empty() ||
        std::any_of(other.authors.begin(), other.authors.end(), [&](const std::string& a) {
          return std::find(byline.authors.begin(), byline.authors.end(), a) != byline.authors.end();
        })) {
      continue;
    }
    return true;
  }
  return false;
}

// Line i is a date line of a teaser in such a list: a teaser's credit
// (TeaserCredit) stands right above or below it ("By Jo Smith" /
// "December 17, 2025").
bool BesideTeaserCredit(const PageView& view, std::size_t i) {
  for (const std::size_t k : {i - 1, i + 1}) {
    if (k >= view.texts.size() || !Prefixed(view, k)) continue;
    const Byline& byline = LineByline(view, k);
    if (!byline.authors.empty() && TeaserCredit(view, k, byline)) return true;
  }
  return false;
}

// Folded words of the link to a post's comments that may follow its
// credit and date ("Schreibe einen Kommentar", "Leave a comment").
constexpr std::string_view kCommentLinkWords[] = {
    "comment", "comments", "leave", "a", "reply", "kommentar", "kommentare", "schreibe", "einen",
};

// The one word on line i besides its one date, separators, a comment count
// and the link to the comments ("jsmith — 2. Februar 2022", "28. Januar
// 2015 jsmith Schreibe einen Kommentar"): a user name beside the date, if
// IsHandle takes it. Else "".
std::string_view WordBesideDate(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  const std::vector<FoundDate>& dates = LineDates(view, i);
  if (dates.size() != 1 || dates[0].text.empty()) return {};
  const std::size_t from = text.find(dates[0].text);
  if (from == std::string_view::npos) return {};
  const std::size_t to = from + dates[0].text.size();
  std::string_view word;
  for (const Word& w : view.words(i)) {
    const std::size_t at = static_cast<std::size_t>(w.text.data() - text.data());
    if ((at >= from && at < to) || !w.has_letter) continue;
    const std::string folded = FoldCase(w.text);
    if (std::find(std::begin(kCommentLinkWords), std::end(kCommentLinkWords), folded) !=
        std::end(kCommentLinkWords)) {
      continue;
    }
    if (!word.empty()) return {};
    word = w.text;
  }
  return word;
}

// A verb's -ing form after "by" is an instruction, not a user name ("By
// clicking", "by using").
bool Gerund(std::string_view word) {
  return word.size() > 5 && word.substr(word.size() - 3) == "ing";
}

// A link to the author's other texts: "More from Jo Smith", "Alles von
// Jo Smith", "Weitere Rezepte von jsmith", "Read the latest from Jo Smith";
// the name it gives, else "". At most kMoreByWords words, a word for "more"
// or "all" among the first two, the name (a person's, or a user name) after
// the link word.
constexpr std::size_t kMoreByWords = 8;
constexpr std::size_t kMaxMoreBytes = 40;  // the words before the name
// A name on more lines than this is a brand's, not an author's.
constexpr std::size_t kBrandMentions = 6;
std::string_view MoreByName(const PageView& view, std::size_t i) {
  static constexpr std::string_view kMore[] = {"more", "all",     "latest", "mehr",  "alles",
                                               "alle", "weitere", "plus",   "más",   "altri",
                                               "meer", "więcej",  "ещё",    "outros"};
  static constexpr std::string_view kLinks[] = {"from", "by",  "von", "de", "par",
                                                "di",   "por", "van", "od", "от"};
  const std::string_view text = view.texts[i];
  if (text.size() > kMaxNameBytes + kMaxMoreBytes) return {};
  // The first two words, folded on the stack: most lines stop here, before
  // any allocation.
  {
    char buf[96];  // 24 bytes fold to at most 72
    const std::string_view head(buf, SimpleFoldInto(text.substr(0, 24), buf, sizeof buf));
    const std::size_t space = head.find(' ');
    const std::string_view first = head.substr(0, space);
    std::string_view second;
    if (space != std::string_view::npos) {
      second = head.substr(space + 1);
      second = second.substr(0, second.find(' '));
    }
    bool more = false;
    for (const std::string_view m : kMore) more = more || first == m || second == m;
    if (!more) return {};
  }
  const std::vector<Word> words = SplitWords(text);
  if (words.size() < 3 || words.size() > kMoreByWords) return {};
  for (std::size_t k = 1; k + 1 < words.size() && k <= 4; ++k) {
    const std::string folded = FoldCase(words[k].text);
    bool link = false;
    for (const std::string_view l : kLinks) link = link || folded == l;
    if (!link) continue;
    std::string_view name =
        text.substr(static_cast<std::size_t>(words[k + 1].text.data() - text.data()));
    // (Without the link's arrow: "Alles von Jo Smith »", "... →".)
    for (bool cut = true; cut && !name.empty();) {
      cut = false;
      for (const std::string_view mark : {" ", ":", ">", "\xC2\xBB", "\xE2\x86\x92"}) {
        if (name.size() >= mark.size() && name.substr(name.size() - mark.size()) == mark) {
          name.remove_suffix(mark.size());
          cut = true;
        }
      }
    }
    const bool handle = words.size() == k + 2 && IsHandle(name);
    return LooksLikeName(view, name) || handle ? name : std::string_view();
  }
  return {};
}

// The person a photo shows, as lynx prints an image's alt text: "Headshot
// of Jo Smith", "Photo of Jo Smith", "Jo Smith's avatar", "Jo Smith's
// Profile Picture Jo Smith", "Jo Smith Headshot", "[jsmith-headshot.jpg] Jo
// Smith"; a name the alt text and its caption both give ("Jo Smith Jo
// Smith") once. Empty when `text` is no such alt text.
std::string_view PortraitName(std::string_view text) {
  static constexpr std::string_view kPortraits[] = {
      "headshot",      "avatar",       "profile picture", "profile image",
      "profile photo", "author photo", "photo",           "picture"};
  if (text.size() > 2 * kMaxNameBytes) return {};
  char buf[2 * kMaxNameBytes];
  std::size_t size = 0;
  for (char c : text) buf[size++] = ToAsciiLower(c);
  const std::string_view folded(buf, size);
  std::string_view name;
  for (const std::string_view portrait : kPortraits) {
    const std::size_t at = folded.find(portrait);
    if (at == std::string_view::npos) continue;
    const std::size_t end = at + portrait.size();
    if (at == 0 && folded.substr(end, 4) == " of ") {
      name = text.substr(end + 4);  // "Headshot of Jo Smith"
    } else if (at == 0 && folded.substr(end, 5) == " for ") {
      name = text.substr(end + 5);
    } else if (at >= 3 && folded.substr(at - 3, 3) == "'s ") {
      name = text.substr(0, at - 3);  // "Jo Smith's avatar ..."
    } else if (at >= 5 && folded.substr(at - 5, 5) == "\xE2\x80\x99s ") {
      name = text.substr(0, at - 5);  // "Jo Smith’s avatar ..."
    } else if (at >= 1 && end == folded.size() && portrait != "photo" && portrait != "picture" &&
               folded[at - 1] == ' ') {
      name = text.substr(0, at - 1);  // "Jo Smith Headshot"
    } else if (portrait == "headshot") {
      // An image's file name before the name: "[jsmith-headshot.jpg] Jo Smith".
      const std::size_t space = folded.find(' ', end);
      if (space != std::string_view::npos && folded.find(' ') == space) {
        name = text.substr(space + 1);
      }
    }
    break;
  }
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.remove_suffix(1);
  // "Joshua Waller Joshua Waller": the alt text, then the caption.
  const std::size_t half = name.size() / 2;
  if (name.size() % 2 == 1 && name[half] == ' ' && name.substr(0, half) == name.substr(half + 1)) {
    name = name.substr(0, half);
  }
  return name;
}

// The text of line i is on more than kAuthorMentions lines of the page: a
// topic the article keeps naming ("Microsoft Excel" over "Microsoft Excel
// is a spreadsheet ..." and five more mentions), not the author an author
// box introduces (the name, the bio, perhaps the byline).
constexpr std::size_t kAuthorMentions = 3;
bool MentionedOften(const PageView& view, std::size_t i) {
  const std::string_view name = view.texts[i];
  std::size_t lines = 0;
  for (const std::string_view t : view.texts) {
    if (t.find(name) != std::string_view::npos && ++lines > kAuthorMentions) return true;
  }
  return false;
}

// The name on line i stands alone again further down, in an author box:
// next to a bio that names them again ("Celia has covered ..."). A section
// label repeated in a menu or the footer has no such neighbour.
bool RepeatedInAuthorBox(const PageView& view, std::size_t i) {
  const std::string name = Normalised(view, i);
  for (std::size_t j = i + kRepeatGap; j < view.texts.size(); ++j) {
    const std::string_view t = view.texts[j];
    if (t.size() < name.size() || t.size() > name.size() + kRepeatSlack) continue;
    if (!NormalisedEquals(view, j, name)) continue;
    // The bio beside it names them again ("Celia has covered ...").
    const WordSpan words = view.words(j);
    if (words.empty()) continue;
    for (const std::size_t k : {j - 1, j + 1, j + 2}) {
      if (k >= view.texts.size() || k == i || ShortLine(view, k)) continue;
      for (const Word& w : view.words(k)) {
        if (w.text == words[0].text) return true;
      }
    }
  }
  return false;
}

// The words the page writes in lower case, by the WordHash of the folded
// word, each kWrittenLower and kInProse too when a prose line writes it so:
// one table rather than a set for the prose and one for the page, so that
// each word met is looked up once.
using LowerCaseWordMap = WordHashBits;
constexpr uint8_t kWrittenLower = 1, kInProse = 2;

// Where a word is written in lower case: in the prose, or anywhere on the page.
enum class Where { kProse, kPage };

bool WritesInLowerCase(const LowerCaseWordMap& lower, const std::string& word, Where where) {
  const uint8_t bits = lower.Find(WordHash(word));
  return (bits & (where == Where::kPage ? kWrittenLower : kInProse)) != 0;
}

// The words the page writes in lower case, folded, into *lower: every
// line's, menus and buttons too ("select page", "get started"), those of
// lines of more than kMaxBylineWords words, the prose's ordinary words
// ("analytics", "wellness", "training"), marked true.
// German writes its nouns capitalised, so that the test above misses them:
// a capitalised word right after an article or a determiner is a noun
// there ("die Botschaft", "eine E-Mail", "alle Beiträge"), counted as if
// written in lower case. (A person's name rarely follows an article.)
constexpr std::string_view kGermanDeterminers[] = {
    "der",    "die",    "das",   "den",   "dem",   "des",    "ein",    "eine",  "einen",
    "einem",  "einer",  "eines", "kein",  "keine", "keinen", "dieser", "diese", "dieses",
    "diesem", "diesen", "alle",  "allen", "jeder", "jede",   "jedes",  "unser", "unsere",
    "zum",    "zur",    "beim",  "vom",   "mehr",  "viele",  "neue",   "neuen",
};

bool AfterGermanDeterminer(WordSpan words, std::size_t k) {
  if (k == 0 || !words[k].capitalised || words[k].all_caps || words[k].has_digit) return false;
  const Word& before = words[k - 1];
  if (before.capitalised || before.has_digit) return false;
  // (The words must be neighbours: no sentence end between them.)
  const char* gap_begin = before.text.data() + before.text.size();
  if (words[k].text.data() - gap_begin != 1 || *gap_begin != ' ') return false;
  const std::string folded = FoldCase(before.text);
  for (const std::string_view d : kGermanDeterminers) {
    if (folded == d) return true;
  }
  return false;
}

// Every word added has a letter (a capitalised word has one), so that with
// the view's letters its folded word's hash is read, not worked out again.
void LowerCaseWords(const PageView& view, LowerCaseWordMap* lower) {
  const bool german = view.dates.language == Language::kDe;
  const FoldedLetterWords* letters = view.letters;
  std::string folded;
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    const WordSpan words = view.words(i);
    const bool in_prose = words.size() > kMaxBylineWords;
    const auto bits = static_cast<uint8_t>(in_prose ? kWrittenLower | kInProse : kWrittenLower);
    std::size_t letter = letters != nullptr ? letters->offsets[i] : 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const Word& w = words[k];
      const std::size_t at = w.has_letter ? letter++ : 0;
      const bool lower_case = w.has_letter && !w.capitalised && !w.has_digit && !w.ideographic;
      if (lower_case || (german && in_prose && AfterGermanDeterminer(words, k))) {
        if (letters != nullptr) {
          lower->Add(letters->hashes[at], bits);
        } else {
          FoldCase(w.text, &folded);
          lower->Add(WordHash(folded), bits);
        }
      }
    }
  }
}

// How many capitalised words of `name` are `known` ones (a bool(const
// std::string& folded_word)), and how many words it has besides stopwords.
struct OrdinaryWords {
  std::size_t ordinary = 0;
  std::size_t counted = 0;
};
template <typename Known>
OrdinaryWords CountKnownWords(const PageView& view, std::string_view name, Known known) {
  OrdinaryWords out;
  for (const Word& w : SplitWords(name)) {
    if (!w.has_letter) continue;
    const std::string folded = FoldCase(w.text);
    if (IsStopword(view.dates.language, folded)) continue;
    ++out.counted;
    if (w.capitalised && known(folded)) ++out.ordinary;
  }
  return out;
}

// How many words of `name` the page writes in lower case elsewhere (in the
// prose or anywhere, as `where` says), and how many it has besides
// stopwords. A word the name itself writes in lower case is no evidence (a
// handle, "gnaddrig").
OrdinaryWords CountOrdinaryWords(const PageView& view, std::string_view name,
                                 const LowerCaseWordMap& lower, Where where) {
  return CountKnownWords(view, name, [&](const std::string& folded) {
    return WritesInLowerCase(lower, folded, where);
  });
}

// Every name the credit found is made of words the page's prose writes in
// lower case (and stopwords): a topic, a section or a title written in
// capitals ("UX Analytics", "Week Marathon Training Program", "Back To
// All"), not a person, whose name the text never writes in lower case. A
// desk ("Editorial Team") is left alone: its words are ordinary ones.
bool NamesTopic(const PageView& view, const Byline& byline, const LowerCaseWordMap& lower) {
  if (byline.desk || byline.authors.empty()) return false;
  for (const std::string& author : byline.authors) {
    // A title opens with an article or another function word ("Ein
    // Kippmoment", "The Big Picture"); a person's name does not.
    const std::vector<Word> first = SplitWords(author);
    if (first.size() > 1 && IsStopword(view.dates.language, FoldCase(first[0].text))) continue;
    const OrdinaryWords words = CountOrdinaryWords(view, author, lower, Where::kProse);
    if (words.counted == 0 || words.ordinary < words.counted) return false;
  }
  return true;
}

// A teaser's link in sentence case ("Read the full story", "Continue
// reading this post"): three words or more, all but the first in lower
// case, ending no sentence.
bool LinkPhrase(std::string_view text) {
  const std::vector<Word> words = SplitWords(text);
  if (words.size() < 3 || !words[0].capitalised || EndsWithFullStop(text)) return false;
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (words[k].capitalised || !words[k].has_letter) return false;
  }
  return true;
}

// The text of line i stands alone on another line of the page too, above
// short lines only (a menu or the footer's list of sections), not above a
// bio as in an author box ("Jo Smith" / "Hello, I'm the founder of ...").
bool RepeatedInMenu(const PageView& view, std::size_t i) {
  const std::string text = Normalised(view, i);
  for (std::size_t j = 0; j < view.texts.size(); ++j) {
    if (j == i || view.texts[j].size() < text.size() ||
        view.texts[j].size() > text.size() + kRepeatSlack || !NormalisedEquals(view, j, text)) {
      continue;
    }
    bool beside_prose = false;
    for (std::size_t k = j + 1; k <= j + 2 && k < view.texts.size(); ++k) {
      beside_prose = beside_prose || CountLineWords(view, k, kSentenceWords) >= kSentenceWords;
    }
    if (!beside_prose) return true;
  }
  return false;
}

// The headline's words, case-folded (none: no headline), for RepeatsHeadline.
std::unordered_set<std::string> HeadlineWords(const PageView& view, long headline) {
  std::unordered_set<std::string> words;
  if (headline < 0) return words;
  for (const Word& w : view.words(static_cast<std::size_t>(headline))) {
    words.insert(FoldCase(w.text));
  }
  return words;
}

// Half the words or more of every name the credit found are the
// headline's: a title or a breadcrumb ("Essential Wine Basics" under "Wine
// for Beginners: Your Essential Guide to Wine Basics"), not a person. (A
// person named in the headline loses their credit: 2 pages on train, for
// 9 gained.)
bool RepeatsHeadline(const PageView& view, const Byline& byline,
                     const std::unordered_set<std::string>& headline_words) {
  if (byline.authors.empty() || headline_words.empty()) return false;
  for (const std::string& author : byline.authors) {
    const OrdinaryWords words = CountKnownWords(
        view, author, [&](const std::string& folded) { return headline_words.count(folded) != 0; });
    if (words.counted == 0 || 2 * words.ordinary < words.counted) return false;
  }
  return true;
}

// The person's name that opens the text in the possessive ("Jo Smith's
// Blog", "Jo Smith’s thoughts on ..."), else "".
std::string PossessiveOwner(const PageView& view, std::string_view text) {
  for (const std::string_view mark :
       {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos) continue;
    std::string_view name = text.substr(0, at);
    const std::vector<Word> words = SplitWords(name);
    if (words.empty()) continue;
    // From the first word: not a renderer's mark before it ("#Jo Smith's").
    name.remove_prefix(static_cast<std::size_t>(words[0].text.data() - name.data()));
    if (LooksLikeName(view, name)) return std::string(name);
  }
  return {};
}

// Verbs that open a bio after the person's first name ("Maria is ...",
// "Jonas schreibt ...").
constexpr std::string_view kBioVerbs[] = {
    "is",  "has", "was", "writes", "covers", "joined", "leads", "ist",
    "hat", "war", "est", "a",      "écrit",  "es",     "ha",    "è",
};

// Line i is a name alone (one to four capitalised words) and the line
// under it a bio in prose that opens with the name's first word and a
// verb ("Maria is a growth analyst ...", "Stefan has built ..."): an
// author box. No word of the name is a stopword ("Our Methodology" / "Our
// methodology is ...").
bool OpensBio(const PageView& view, std::size_t i) {
  // Most lines have more words: counted first without splitting them.
  const std::size_t count = CountLineWords(view, i, 5);
  if (count == 0 || count > 4) return false;
  const WordSpan words = view.words(i);
  if (words.empty() || words.size() > 4) return false;
  for (const Word& w : words) {
    if (!w.capitalised || w.all_caps || w.has_digit || w.ideographic) return false;
  }
  const std::string_view bio = view.texts[i + 1];
  const std::string_view first = words[0].text;
  if (bio.size() < first.size() + 2 || bio.compare(0, first.size(), first) != 0 ||
      bio[first.size()] != ' ' || ShortLine(view, i + 1)) {
    return false;
  }
  const WordSpan bio_words = view.words(i + 1);
  if (bio_words.size() < 2) return false;
  const std::string verb = FoldCase(bio_words[1].text);
  bool bio_verb = false;
  for (const std::string_view v : kBioVerbs) bio_verb = bio_verb || verb == v;
  if (!bio_verb) return false;
  for (const Word& w : words) {
    if (IsStopword(view.dates.language, FoldCase(w.text))) return false;  // "Our Methodology"
  }
  const Byline& byline = LineByline(view, i);
  return byline.authors.size() == 1 && SameNormalised(byline.authors[0], view.texts[i]);
}

// Line i is a person's name alone and the line under it a bio in prose
// that the person writes ("I'm the founder of Acme ...", "Ich bin
// Christoph, Umweltwissenschaftler und Autor ...") and that reads as a
// person's (PersonBio: not a reader's comment, "I'm from Chicago, and ...").
bool OpensFirstPersonBio(const PageView& view, std::size_t i) {
  // The bio's opening words first: a look at a few bytes, where IsBareName
  // parses line i as a byline (asked of every line of the page, this order
  // took a twentieth of pith's instructions).
  const std::string_view bio = view.texts[i + 1];
  bool opens = false;
  for (const std::string_view open :
       {"I\xE2\x80\x99m ", "I'm ", "I am ", "Ich bin ", "Je suis ", "Soy "}) {
    opens = opens || bio.substr(0, open.size()) == open;
  }
  return opens && !ShortLine(view, i + 1) && IsBareName(view, i) && PersonBio(bio);
}

// Line b is a bio in prose that opens with `first` (a first name) and a
// lower-case word and reads as a person's (PersonBio): "Jo tastes wines
// for ... Her column ...".
bool OpensBioOf(const PageView& view, std::size_t b, std::string_view first) {
  const std::string_view bio = view.texts[b];
  return bio.size() >= first.size() + 2 && bio.compare(0, first.size(), first) == 0 &&
         bio[first.size()] == ' ' && bio[first.size() + 1] >= 'a' && bio[first.size() + 1] <= 'z' &&
         !ShortLine(view, b) && PersonBio(bio);
}

// Line i is a person's name with their job title after it or on the line
// under it, and the next line a bio that opens with the name's first word
// (OpensBioOf): "Jo Smith Senior Editor & Wine Critic" / "Jo tastes wines
// ...", "Jo Smith" / "Senior Editor" / "Jo tastes wines ...". An author
// box; the name's credit, else one with no authors.
Byline NameBesideJobTitle(const PageView& view, std::size_t i) {
  const WordSpan words = view.words(i);
  if (words.empty() || i + 2 >= view.texts.size() || !words[0].capitalised || words[0].all_caps) {
    return {};
  }
  const std::string_view text = view.texts[i];
  // Where the line's first n words end.
  const auto end_of = [&](std::size_t n) {
    return static_cast<std::size_t>(words[n - 1].text.data() - text.data()) +
           words[n - 1].text.size();
  };
  // Each word of the name capitalised, and the credit it parses as.
  const auto name_of = [&](std::size_t n) -> Byline {
    for (std::size_t k = 0; k < n; ++k) {
      const Word& w = words[k];
      if (!w.capitalised || w.all_caps || w.has_digit || w.ideographic) return {};
    }
    const std::string_view name = text.substr(0, end_of(n));
    Byline byline = ParseByline(name, view.dates.language);
    if (byline.authors.size() != 1 || byline.desk || !SameNormalised(byline.authors[0], name)) {
      return {};
    }
    return byline;
  };
  // (Most lines are no such pair: the bio's opening is looked at first.)
  if (words.size() >= 2 && words.size() <= 3 && OpensBioOf(view, i + 2, words[0].text) &&
      IsJobTitle(view.texts[i + 1])) {
    return name_of(words.size());
  }
  if (words.size() < 3 || !OpensBioOf(view, i + 1, words[0].text)) return {};
  // The name is the first two or three words, the rest a job title.
  for (std::size_t n = 2; n <= 3 && n < words.size(); ++n) {
    if (!IsJobTitle(text.substr(end_of(n)))) continue;
    Byline byline = name_of(n);
    if (!byline.authors.empty()) return byline;
  }
  return {};
}

// Line i is nothing but a person's name with a particle, which
// LooksLikeName leaves out ("Greta von Albrecht", "Ana de la Cruz",
// "Verónica De Vita"): three to five words, the first and the last
// capitalised, a particle in lower case anywhere or in capitals between
// them.
bool NameWithParticle(const PageView& view, std::size_t i) {
  static constexpr std::string_view kParticles[] = {
      "von", "van", "de",  "der", "den", "da",  "di", "del", "della", "du", "la",
      "le",  "dos", "das", "ter", "ten", "bin", "al", "el",  "zu",    "y"};
  if (view.texts[i].size() > kMaxNameBytes) return false;
  const WordSpan words = view.words(i);
  if (words.size() < 3 || words.size() > 5 || !words.front().capitalised ||
      !words.back().capitalised) {
    return false;
  }
  bool particle = false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (w.has_digit || w.ideographic) return false;
    // (A capital particle is written "De", not "LA" of "ESCUCHA LA NOTICIA".)
    const bool title_case_inside =
        k > 0 && k + 1 < words.size() && w.text.size() > 1 && NoCapitalAfterFirst(w.text);
    const std::string folded =
        w.capitalised && title_case_inside ? FoldCase(w.text) : std::string(w.text);
    bool known = false;
    for (const std::string_view p : kParticles) known = known || folded == p;
    if (w.capitalised && !known) continue;
    if (!known) return false;
    particle = true;
  }
  if (!particle) return false;
  const Byline& byline = LineByline(view, i);
  return byline.authors.size() == 1 && SameNormalised(byline.authors[0], view.texts[i]);
}

// Line i is nothing but two or more persons' names ("Jo Smith, Al Roe",
// "Jo Smith y Ana Ruiz"), as IsBareName is one.
bool NamesOnly(const PageView& view, std::size_t i) {
  if (!ShortLine(view, i) ||
      (view.texts[i].find(',') == std::string_view::npos && CountLineWords(view, i, 5) < 5)) {
    return false;
  }
  // (Not a table's row: "Season<TAB>Name<TAB>Price".)
  const Line& line = view.page.lines[i];
  if (line.first < view.page.input_lines.size() &&
      view.page.input_lines[line.first].find('\t') != std::string_view::npos) {
    return false;
  }
  const Byline& byline = LineByline(view, i);
  if (byline.authors.size() < 2 || !byline.agency.empty() ||
      !SameNormalised(byline.cleaned, view.texts[i])) {
    return false;
  }
  for (const std::string& author : byline.authors) {
    if (!LooksLikeName(view, author)) return false;
  }
  return true;
}

// Line i lists two or more persons' names as a paper's header does, each
// with the marks of its affiliations ("Jo Smith 1,✉, Al Roe 2, Ann Lee
// 1,*"): the marks say the names are its authors, not a list in the text.
// (Half the names at least carry a mark: the last of a list may have none.)
bool AffiliatedNames(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  if (text.size() > kMaxAffiliatedListBytes || text.find(',') == std::string_view::npos) {
    return false;
  }
  const Byline& byline = LineByline(view, i);
  if (byline.authors.size() < 2 || !byline.agency.empty()) return false;
  std::size_t marked = 0;
  for (const std::string& author : byline.authors) {
    if (!LooksLikeName(view, author)) return false;
    // The mark right after the name: a digit, "*" or "✉" ("Smith 1,", "Roe2").
    const std::size_t at = text.find(author);
    if (at == std::string_view::npos) return false;
    std::string_view after = text.substr(at + author.size());
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    const bool mark =
        !after.empty() && ((after.front() >= '0' && after.front() <= '9') || after.front() == '*' ||
                           after.substr(0, 3) == "\xE2\x9C\x89");
    marked += mark ? 1 : 0;
  }
  return 2 * marked >= byline.authors.size();
}

// The first body line below `after` that is prose (more words than a credit
// line holds, or a sentence), or the line count when there is none: the
// short body lines above it are where a page prints its date as part of the
// text ("Posted on November 6th, 2025"), and its first words are a dateline.
std::size_t FirstProseBelow(const PageView& view, long after) {
  for (std::size_t i = static_cast<std::size_t>(after + 1); i < view.texts.size(); ++i) {
    if (view.label(i) != Label::kBody) continue;
    if (!ShortLine(view, i)) return i;
    if (IsSentence(view, i)) return i;
  }
  return view.texts.size();
}

// A line naming a person and giving a date, and nothing else ("Jo Smith
// October 14, 2025", "Jo Smith • Oct 20, 2025"); not a dateline of the text
// ("New York, Feb 4 (Reuters) - ...": a place, a body line, an agency).
bool NameAndDate(const PageView& view, std::size_t i, bool above_prose) {
  // (A body line between the headline and the first prose that ends no
  // sentence is the text's credit line, not a dateline: "May 2, 2025 · Jo
  // Smith", "Jo Smith | Publicado hace 3 horas"; so is one that opens with
  // its date under a standfirst: "23.06.2016 um 16:14 Uhr - Jo Smith - 91
  // Ergänzungen".)
  const bool body_ok =
      (above_prose || OpensWithDateThenSeparator(view, i)) && !EndsWithFullStop(view.texts[i]);
  if ((view.label(i) == Label::kBody && !body_ok) || !ShortLine(view, i) || !HasDate(view, i)) {
    return false;
  }
  const Byline& byline = LineByline(view, i);
  if (byline.authors.empty() || !byline.agency.empty()) return false;
  for (const std::string& author : byline.authors) {
    if (!LooksLikeName(view, author)) return false;
  }
  return true;
}

// Authors and agency, by how sure the evidence is:
//   0. a metadata line of persons' names right under the headline, when
//      no prefixed credit is near it;
//   1. a prefixed credit labelled metadata ("By Jo Smith");
//   2. a prefixed credit near the headline, labelled anything (the model
//      missed it);
//   3. a prefixed credit inside or just under the text (an author box);
//   3b. a name and a date on one line right under the headline;
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
    if (agency.empty()) agency = LineByline(view, i).agency;
  }
  // Built on first use: most pages are settled by a prefixed credit.
  LowerCaseWordMap lower;
  bool lower_built = false;
  const auto build_lower = [&] {
    if (lower_built) return;
    LowerCaseWords(view, &lower);
    lower_built = true;
  };
  // A credit of a first name alone ("Articles by Juliette") names the
  // person a line near it names in full, first name first ("Juliette
  // Carreiro" over it in an author box): that name, when no word of it is
  // one the prose writes in lower case.
  const auto expand_first_name = [&](std::size_t line, Byline* byline) {
    if (byline->authors.size() != 1 || byline->cleaned != byline->authors[0] ||
        CountWords(byline->cleaned, 2) != 1) {
      return;
    }
    const std::string_view first = byline->cleaned;
    // (A first name is written "Juliette": not "JWU", not "HomeAdvisor".)
    if (first[0] < 'A' || first[0] > 'Z' || !NoCapitalAfterFirst(first)) return;
    const std::size_t from = line > kFullNameLines ? line - kFullNameLines : 0;
    for (std::size_t i = from; i <= line + kFullNameLines && i < view.texts.size(); ++i) {
      const std::string_view text = view.texts[i];
      if (text.size() <= first.size() || text.substr(0, first.size()) != first ||
          text[first.size()] != ' ' || !IsBareName(view, i)) {
        continue;
      }
      build_lower();
      if (CountOrdinaryWords(view, text, lower, Where::kProse).ordinary != 0) continue;
      Byline full = LineByline(view, i);
      if (full.authors.size() != 1 || full.desk) continue;
      *byline = std::move(full);
      return;
    }
  };
  const auto take = [&](std::size_t line, Byline byline) {
    expand_first_name(line, &byline);
    if (byline.agency.empty()) byline.agency = agency;
    TakeByline(std::move(byline), article);
    found_on->push_back(line);
    if (JoinsNextLine(view, line)) found_on->push_back(line + 1);
  };
  const std::unordered_set<std::string> headline_words = HeadlineWords(view, anchors.headline);
  const auto prose_topic = [&](const Byline& byline) {
    build_lower();
    return NamesTopic(view, byline, lower);
  };
  const auto topic = [&](const Byline& byline) {
    build_lower();
    return NamesTopic(view, byline, lower) || RepeatsHeadline(view, byline, headline_words);
  };
  // A bare name under the headline that nothing else shows to be a credit:
  // no word of it is one the page writes in lower case anywhere (not "Key
  // Takeaways", "Select Page"), it is no desk, and it is not repeated in a
  // menu or the footer (a section label: "Consumer Insights").
  const auto name_under_headline = [&](std::size_t i) {
    if (HasImageCredit(view.texts[i])) return false;  // "Getty Images"
    // A photographer's name under its credit's label ("Foto:" / "Jo Smith").
    if (i > 0 && PictureCreditLabel(view.texts[i - 1])) return false;
    // A teaser's link under the name makes it the teaser's author.
    const std::size_t next = i + 1;
    if (next >= view.texts.size()) return false;
    if (view.label(next) != Label::kBody && LinkPhrase(view.texts[next])) return false;
    build_lower();
    if (CountOrdinaryWords(view, view.texts[i], lower, Where::kPage).ordinary != 0) return false;
    if (LineByline(view, i).desk) return false;
    return !RepeatedInMenu(view, i);
  };
  // A line the model labelled metadata right under the headline that is
  // nothing but persons' names ("Jo Smith", "Jo Smith, Al Roe"): the
  // text's credit, before a prefixed credit further away, which is as
  // often a teaser's ("von Al Roe" under a related story) or a photo's
  // ("© Al Roe" above the headline). Not a section ("Consumer Insights"):
  // no word of it one the prose writes in lower case, no desk; and not
  // when a prefixed credit is near the headline too ("Jo Smith" /
  // "Written by" / "Al Roe": the name is a caption's or a quoted person's).
  const auto prefixed_near_headline = [&] {
    const long from = std::max(0L, anchors.headline - static_cast<long>(kSearchBefore));
    const long to = std::min(static_cast<long>(view.texts.size()) - 1,
                             anchors.headline + static_cast<long>(kSearchAfter));
    for (long k = from; k <= to; ++k) {
      if (Prefixed(view, static_cast<std::size_t>(k))) return true;
    }
    return false;
  };
  for (long d = 1; anchors.headline >= 0 && d <= kNameUnderHeadline; ++d) {
    const std::size_t i = static_cast<std::size_t>(anchors.headline + d);
    if (i >= view.texts.size() || view.label(i) != Label::kMetadata) continue;
    if (!IsBareName(view, i) && !NameWithParticle(view, i) && !NamesOnly(view, i)) continue;
    Byline byline = LineByline(view, i);
    if (byline.authors.empty() || byline.desk || !byline.agency.empty() || topic(byline)) {
      continue;
    }
    build_lower();
    if (CountOrdinaryWords(view, view.texts[i], lower, Where::kProse).ordinary != 0 ||
        prefixed_near_headline()) {
      break;
    }
    take(i, std::move(byline));
    return;
  }
  const std::vector<std::size_t> near = Neighbourhood(anchors, view.texts.size());
  const std::vector<std::size_t> article_lines = ArticleLines(view, anchors);
  const std::vector<std::size_t>* const searched[] = {&metadata, &near, &article_lines};
  // The lists overlap; a line that gave no credit in one gives none in the next.
  std::vector<bool> tried(view.texts.size(), false);
  for (const std::vector<std::size_t>* lines : searched) {
    for (std::size_t i : *lines) {
      if (tried[i]) continue;
      tried[i] = true;
      const bool prefixed = Prefixed(view, i);
      // (A credit ending a line far down is a teaser's, "... endlich
      // liebevoll auf uns selbst zu blicken. von Maria Preuß", or the
      // footer's, "© Acme. Published by Acme Design Inc.".)
      if (const std::string_view tail = TrailingCredit(view.texts[i]);
          lines != &article_lines && !prefixed && !tail.empty() &&
          !HasCopyrightMark(view.texts[i])) {
        Byline byline = ParseByline(tail, view.dates.language);
        if (NamesSomeone(view, byline) && !topic(byline)) {
          take(i, std::move(byline));
          return;
        }
      }
      if (!ShortLine(view, i) && !OpensWithCredit(view, i) && !DateAndCreditLine(view, i) &&
          !MetadataOfShortParts(view, i)) {
        continue;
      }
      if (!prefixed && !MentionsCreditPrefix(view.texts[i])) continue;
      Byline byline = BylineAt(view, i);
      // ("By the" before a desk is a prefix too: "By the Acme Team", not
      // "By the time we arrived".)
      if ((!prefixed && !byline.credited && !ByTheDesk(view.texts[i], byline)) ||
          !NamesSomeone(view, byline)) {
        continue;
      }
      // A bare "by" in lower case that ends with a full stop, or that
      // another sentence follows, is the tail of a sentence a renderer
      // split at a link ("... the line was extended" / "by Muni Central
      // Subway with a new stop.", "by Jules Verne. In both that story ...").
      const std::string_view text = view.texts[i];
      if (!byline.credited && !text.empty() && text[0] >= 'a' && text[0] <= 'z' &&
          (EndsWithFullStop(text) || FirstSentenceEnd(text) != std::string_view::npos)) {
        continue;
      }
      // A bare "By" before a word of the prose is a filter or a sort ("By
      // Functionality"); before words alone, one of them a word of the
      // prose, a heading ("Von Risiken und Nebenwirkungen"), not first
      // names ("By Jo and Sam").
      if (!byline.credited &&
          std::all_of(byline.authors.begin(), byline.authors.end(),
                      [](const std::string& a) { return CountWords(a, 2) == 1; }) &&
          std::any_of(byline.authors.begin(), byline.authors.end(), [&](const std::string& a) {
            Byline one;
            one.authors.push_back(a);
            return FoldedIn(kSortKeys, a) || prose_topic(one);
          })) {
        continue;
      }
      if (TeaserCredit(view, i, byline)) continue;
      // A credit under the text is as often a related story's: a name
      // right under the headline beside its date line comes first.
      if (anchors.end >= 0 && static_cast<long>(i) > anchors.end) {
        if (const long named = NameBesideDateUnderHeadline(view, anchors.headline); named >= 0) {
          Byline name = LineByline(view, static_cast<std::size_t>(named));
          build_lower();
          if (!name.desk && !topic(name) &&
              CountOrdinaryWords(view, view.texts[static_cast<std::size_t>(named)], lower,
                                 Where::kProse)
                      .ordinary == 0) {
            take(static_cast<std::size_t>(named), std::move(name));
            return;
          }
        }
      }
      take(i, std::move(byline));
      return;
    }
  }
  // The headline line itself when it is a labelled credit ("Veröffentlicht:
  // 05.01.2020 | Autor: jsmith | Abgelegt unter: ..."): the model took the
  // post's credit line for its title.
  if (anchors.headline >= 0) {
    const std::size_t h = static_cast<std::size_t>(anchors.headline);
    if (MentionsCreditPrefix(view.texts[h])) {
      Byline byline = BylineAt(view, h);
      if (byline.credited && NamesSomeone(view, byline) && !topic(byline)) {
        take(h, std::move(byline));
        return;
      }
    }
  }
  // A name and a date on one line right under the headline ("May 2, 2025
  // - Jo Smith - 3 Comments"), whatever its label, before a metadata line
  // naming someone further away (a caption's "(Stand Juni 2016)").
  {
    const std::size_t first_prose =
        anchors.headline >= 0 ? FirstProseBelow(view, anchors.headline) : 0;
    for (long d = 1; anchors.headline >= 0 && d <= kNameUnderHeadline; ++d) {
      const std::size_t i = static_cast<std::size_t>(anchors.headline + d);
      if (i >= view.texts.size() || !NameAndDate(view, i, i < first_prose)) continue;
      Byline byline = LineByline(view, i);
      if (topic(byline)) continue;
      take(i, std::move(byline));
      return;
    }
  }
  // A name of one word ("Travel", "Content") is a section label as often
  // as a credit: a metadata line naming someone in full comes first, then
  // a user name by the headline, then a metadata line's single word.
  std::vector<Byline> metadata_bylines;
  metadata_bylines.reserve(metadata.size());
  for (std::size_t i : metadata) metadata_bylines.push_back(BylineAt(view, i));
  const auto take_metadata = [&](bool one_word_too) {
    for (std::size_t k = 0; k < metadata.size(); ++k) {
      const Byline& byline = metadata_bylines[k];
      if (!NamesSomeone(view, byline) || topic(byline)) continue;
      // (One of a list of teasers' credits is no credit here either.)
      if (Prefixed(view, metadata[k]) && TeaserCredit(view, metadata[k], byline)) continue;
      if (byline.authors.size() == 1 && CountWords(byline.authors[0], 2) == 1) {
        // A one-word "name" before an occupation with no comma between is
        // a job title, not a credit: "Brussels correspondent", "Science
        // editor".
        const std::string_view text = view.texts[metadata[k]];
        if (!one_word_too || (text.find(',') == std::string_view::npos && IsJobTitle(text))) {
          continue;
        }
        // Nor is an entry of a numbered list ("25. Acme"), whose number is
        // no day of a date.
        if (ListItemNumber(text) && !HasDate(view, metadata[k])) continue;
      }
      take(metadata[k], byline);
      return true;
    }
    return false;
  };
  if (take_metadata(/*one_word_too=*/false)) return;
  // A user name in lower case right by the headline ("by jsmith", "von
  // jsmith", "By" / "jsmith", or "jsmith" on a metadata line over a date
  // line or beside its date, "jsmith — 2. Februar 2022"; a tag or a share
  // button comes after the date): a blog's credit,
  // which the tests of a written name do not take, and surer than a name
  // by a date line below or a metadata line's single word (a section
  // label: "Neueste Beiträge", "Stammtisch"). Not a word of the page's
  // prose ("by email").
  if (anchors.headline >= 0) {
    const std::size_t headline = static_cast<std::size_t>(anchors.headline);
    for (std::size_t i = headline >= kHandleLines ? headline - kHandleLines : 0;
         i <= headline + kHandleLines && i < view.texts.size(); ++i) {
      if (i == headline) continue;
      const WordSpan words = view.words(i);
      std::string_view handle;
      std::size_t line = i;
      if (words.size() == 2 && BarePrefix(words[0])) {
        handle = words[1].text;
      } else if (words.size() == 1 && BarePrefix(words[0]) && i + 1 < view.texts.size() &&
                 CountLineWords(view, i + 1, 2) == 1) {
        handle = view.texts[i + 1];
        line = i + 1;
      } else if (words.size() == 1 && i > headline && view.label(i) == Label::kMetadata &&
                 i + 1 < view.texts.size() && HasDate(view, i + 1)) {
        handle = words[0].text;
      } else if (words.size() > 1 && i > headline && view.label(i) == Label::kMetadata &&
                 ShortLine(view, i) && HasDate(view, i)) {
        handle = WordBesideDate(view, i);
      }
      if (!IsHandle(handle) || Gerund(handle)) continue;
      build_lower();
      if (WritesInLowerCase(lower, std::string(handle), Where::kProse) ||
          IsStopword(view.dates.language, handle)) {
        continue;
      }
      Byline byline;
      byline.cleaned = std::string(handle);
      byline.authors.push_back(byline.cleaned);
      take(line, std::move(byline));
      return;
    }
  }
  if (take_metadata(/*one_word_too=*/true)) return;
  // The first prose under the headline: the lines above it are the text's
  // standfirst and credit lines.
  const std::size_t prose_below =
      anchors.headline >= 0 ? FirstProseBelow(view, anchors.headline) : 0;
  for (std::size_t i : near) {
    // The lines beside i, past a separator alone on its line ("Jo Smith" /
    // "|" / "May 2, 2025"); view.texts.size() where there is none.
    const std::size_t none = view.texts.size();
    std::size_t above = i > 0 ? i - 1 : none;
    if (above != none && above > 0 &&
        (Separator(view.texts[above]) || SocialLink(view.texts[above])))
      --above;
    std::size_t below = i + 1 < none ? i + 1 : none;
    if (below != none && below + 1 < none &&
        (Separator(view.texts[below]) || SocialLink(view.texts[below])))
      ++below;
    const auto meta_or_date = [&](std::size_t k) {
      return k != none && (view.label(k) == Label::kMetadata || HasDate(view, k));
    };
    const auto beside_meta = [&] { return meta_or_date(above) || meta_or_date(below); };
    // (Names listed need a date beside them: a table's header row the
    // model took for metadata lists capitalised nouns.)
    const auto beside_date = [&] {
      return (above != none && HasDate(view, above)) || (below != none && HasDate(view, below));
    };
    const long from_headline = static_cast<long>(i) - anchors.headline;
    const bool above_prose = anchors.headline >= 0 && from_headline >= 1 && i < prose_below;
    const bool by_headline =
        anchors.headline >= 0 && from_headline >= 1 && from_headline <= kNameUnderHeadline;
    const bool credited_name = ((IsBareName(view, i) || NameWithParticle(view, i)) &&
                                (beside_meta() || IntroducedElsewhere(view, i) ||
                                 (by_headline && name_under_headline(i)))) ||
                               (beside_date() && NamesOnly(view, i)) ||
                               (by_headline && AffiliatedNames(view, i));
    if (!credited_name && !NameAndDate(view, i, above_prose)) continue;
    Byline byline = LineByline(view, i);
    if (topic(byline)) continue;
    // A bare person's name has no word the prose writes in lower case: not
    // "Join Urge", "Show Sidebar" beside a date line (a desk's words are
    // ordinary ones: "Team Acme").
    build_lower();
    if (credited_name && !byline.desk &&
        CountOrdinaryWords(view, view.texts[i], lower, Where::kProse).ordinary != 0) {
      // Unless only the surname is a word ("Madison Green"): a first name
      // written as one ("Madison", not "HR" of "HR Strategy") over two
      // words, right by the headline beside its date line.
      const WordSpan words = view.words(i);
      const bool surname_a_word =
          by_headline && beside_date() && words.size() == 2 && !words[0].all_caps &&
          NoCapitalAfterFirst(words[0].text) &&
          CountOrdinaryWords(view, words[0].text, lower, Where::kPage).ordinary == 0;
      if (!surname_a_word) continue;
    }
    take(i, std::move(byline));
    return;
  }
  // A menu entry: one to four capitalised words ("Private Browsing").
  const auto menu_entry = [&](std::size_t i) {
    const WordSpan words = view.words(i);
    if (words.empty() || words.size() > 4) return false;
    for (const Word& w : words) {
      if (!w.capitalised || w.has_digit) return false;
    }
    return true;
  };
  // A person's name over their job title ("Jo Smith" / "Senior Writer,
  // Hardware"), near the headline or in or under the text: an author box.
  // (The name may stand twice, the second a link: "Jo Smith" / "Jo Smith"
  // / "Writer".)
  for (const std::vector<std::size_t>* lines : {&near, &article_lines}) {
    for (const std::size_t i : *lines) {
      // (Short lines first: a name and a title are, and the tests cost.)
      if (view.texts[i].size() > kMaxNameBytes || !IsBareName(view, i)) continue;
      std::size_t title = i + 1;
      if (title < view.texts.size() && SameNormalised(view.texts[title], view.texts[i])) {
        ++title;
      }
      if (title >= view.texts.size() ||
          !(IsJobTitle(view.texts[title]) || AllPostsLink(view.texts[title]))) {
        continue;
      }
      // Not two entries of a menu between two others ("Tiles" / "Interest
      // Dashboard" / "Developer Edition" / "Private Browsing").
      if (i > 0 && menu_entry(i - 1) && title + 1 < view.texts.size() && menu_entry(title + 1)) {
        continue;
      }
      // No word of it the page writes in lower case: a heading over a
      // paragraph on developers is no name ("React Native").
      build_lower();
      if (CountOrdinaryWords(view, view.texts[i], lower, Where::kPage).ordinary != 0) continue;
      Byline byline = LineByline(view, i);
      if (byline.desk || topic(byline)) continue;
      take(i, std::move(byline));
      return;
    }
  }
  // A person's name repeated in an author box; a desk repeated is as often
  // a section label ("Weather Desk" above and under the text).
  for (std::size_t i : near) {
    if (!IsBareName(view, i) || !RepeatedInAuthorBox(view, i)) continue;
    Byline byline = LineByline(view, i);
    if (byline.desk || topic(byline)) continue;
    take(i, std::move(byline));
    return;
  }
  for (std::size_t i : article_lines) {
    if (!IsBareName(view, i) || !IntroducedElsewhere(view, i, /*person=*/true) ||
        MentionedOften(view, i)) {
      continue;
    }
    Byline byline = LineByline(view, i);
    if (topic(byline)) continue;
    take(i, std::move(byline));
    return;
  }
  // A desk alone under the headline, over or under the date line
  // ("Redaktion" / "3. Februar 2022", "Newsroom" / "May 2, 2025"). (A first
  // name alone there is as often a share button or a section: "Facebook",
  // "Contents", "Stammtisch".)
  for (long d = 1; anchors.headline >= 0 && d <= kNameUnderHeadline; ++d) {
    const std::size_t i = static_cast<std::size_t>(anchors.headline + d);
    if (i >= view.texts.size() || view.label(i) == Label::kBody) continue;
    const WordSpan words = view.words(i);
    if (words.size() != 1 || !words[0].capitalised || words[0].all_caps || words[0].has_digit ||
        words[0].text.size() != view.texts[i].size()) {
      continue;
    }
    if (!HasDate(view, i - 1) && !(i + 1 < view.texts.size() && HasDate(view, i + 1))) continue;
    Byline byline = LineByline(view, i);
    if (!byline.desk) continue;
    take(i, std::move(byline));
    return;
  }
  // A desk named for its site alone under the headline, up to
  // kNameAboveProse lines when no prose comes between ("Acme Staff", "The
  // Acme Team"): the line is nothing but the desk, no word before the desk
  // word one the page writes in lower case ("Editorial Team", "Sales
  // Team"), and no menu repeats it.
  for (long d = 1; anchors.headline >= 0 && d <= kNameAboveProse; ++d) {
    const std::size_t i = static_cast<std::size_t>(anchors.headline + d);
    if (i >= view.texts.size() || view.label(i) == Label::kBody) continue;
    if (d > kNameUnderHeadline && i >= prose_below) break;
    const WordSpan words = view.words(i);
    if (words.size() < 2 || words.size() > 4 || view.texts[i].size() > kMaxNameBytes) continue;
    Byline byline = LineByline(view, i);
    if (!byline.desk || byline.authors.size() != 1 ||
        !SameNormalised(byline.authors[0], view.texts[i])) {
      continue;
    }
    const Word& last = words.back();
    const std::string_view site =
        view.texts[i].substr(0, static_cast<std::size_t>(last.text.data() - view.texts[i].data()));
    build_lower();
    const OrdinaryWords site_words = CountOrdinaryWords(view, site, lower, Where::kPage);
    if (site_words.ordinary != 0 || site_words.counted == 0 || RepeatedInMenu(view, i)) continue;
    take(i, std::move(byline));
    return;
  }
  // The name under an author box's heading ("About the author" / "Jo
  // Smith", "Über den Autor" / "Alle Artikel" / "Jo Smith"), anywhere: a
  // person's name or a first name alone ("Tom"), none of its words one the
  // page writes in lower case, or a desk ("Acme Redaktion"); a note in
  // brackets after it or not ("Jo Smith (Redakteurin)"). Under "Author(s)"
  // the names may follow one a line ("Jo Smith" / "Al Roe").
  const auto boxed_text = [&](std::string_view text, Byline byline) {
    if (text.size() > kMaxNameBytes) return Byline{};
    if (!NamesSomeone(view, byline) || byline.authors.size() > 1 || !byline.agency.empty() ||
        topic(byline)) {
      return Byline{};
    }
    const std::vector<Word> words = SplitWords(byline.authors[0]);
    const bool first_name =
        words.size() == 1 && words[0].capitalised && !words[0].all_caps && !words[0].has_digit;
    // (An initial may be a stopword's letter: "John A. Alic".)
    const bool initials =
        words.size() >= 2 && words.size() <= 4 &&
        std::all_of(words.begin(), words.end(), [&](const Word& w) {
          return w.capitalised && !w.has_digit && !w.ideographic &&
                 (w.text.size() == 1 || !IsStopword(view.dates.language, FoldCase(w.text)));
        });
    if (!byline.desk && !first_name && !initials) return Byline{};
    // Not a word the page writes in lower case ("Website", "Comments"); an
    // initial is no word ("s" of "it's" is not "Jo S. Roe").
    std::string full_words;
    for (const Word& w : words) {
      if (w.text.size() > 1) full_words.append(w.text).push_back(' ');
    }
    build_lower();
    if (!byline.desk && CountOrdinaryWords(view, full_words, lower, Where::kPage).ordinary != 0) {
      return Byline{};
    }
    return byline;
  };
  const auto boxed_name = [&](std::size_t at) {
    return boxed_text(view.texts[at], LineByline(view, at));
  };
  for (std::size_t i = 0; i + 1 < view.texts.size(); ++i) {
    if (!AuthorBoxHeading(view.texts[i])) {
      // The name on the heading's line: "About the Author: Jo Smith".
      const std::string_view name = NameAfterAuthorBoxHeading(view.texts[i]);
      if (name.empty()) continue;
      Byline byline = boxed_text(name, ParseByline(name, view.dates.language));
      if (byline.authors.empty()) continue;
      take(i, std::move(byline));
      return;
    }
    std::size_t at = i + 1;
    if (AllPostsLink(view.texts[at]) && at + 1 < view.texts.size()) ++at;
    Byline byline = boxed_name(at);
    if (byline.authors.empty()) continue;
    for (std::size_t next = at + 1;
         !byline.desk && next < view.texts.size() && byline.authors.size() < kMaxListedAuthors;
         ++next) {
      // (A listed name is a full one, said once: not "Quellen", "Stand".)
      const Byline more = boxed_name(next);
      if (more.authors.empty() || more.desk || CountWords(more.authors[0], 2) < 2 ||
          std::find(byline.authors.begin(), byline.authors.end(), more.authors[0]) !=
              byline.authors.end()) {
        break;
      }
      byline.cleaned += ", " + more.cleaned;
      byline.authors.push_back(more.authors[0]);
    }
    take(at, std::move(byline));
    return;
  }
  // A credit that says by itself that it is one ("Written by" / "Sir Jo
  // Smith", "Autor: Jo Smith"), anywhere on the page: an author box far
  // under the text. (A bare "By Jo Smith" there is as often a teaser's.)
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    if (tried[i] || (!ShortLine(view, i) && !OpensWithCredit(view, i)) ||
        !MentionsCreditPrefix(view.texts[i])) {
      continue;
    }
    Byline byline = BylineAt(view, i);
    if (!byline.credited || !NamesSomeone(view, byline) || topic(byline)) continue;
    // Not a word of the prose taken for a user name ("Apply to jobs posted
    // by clients").
    build_lower();
    if (byline.authors.size() == 1 && IsHandle(byline.authors[0]) &&
        WritesInLowerCase(lower, byline.authors[0], Where::kProse)) {
      continue;
    }
    take(i, std::move(byline));
    return;
  }
  // A prefixed credit above the headline ("By Jo Smith" in what the model
  // took for the menu), the nearest first; under the text a bare "By" is
  // a teaser's.
  for (long i = anchors.headline - 1; i >= 0; --i) {
    const std::size_t k = static_cast<std::size_t>(i);
    if (tried[k] || !LooksLikeByline(view.texts[k]) ||
        (!ShortLine(view, k) && !OpensWithCredit(view, k))) {
      continue;
    }
    Byline byline = BylineAt(view, k);
    if (!NamesSomeone(view, byline) || topic(byline)) continue;
    // Not a filter ("BY COMPANY TYPE", "By Topic"): a name of two words or
    // more, none in capitals only nor written in lower case on the page.
    build_lower();
    bool person = true;
    for (const std::string& author : byline.authors) {
      const std::vector<Word> words = SplitWords(author);
      person = person && words.size() >= 2 &&
               CountOrdinaryWords(view, author, lower, Where::kPage).ordinary == 0;
      for (const Word& w : words) person = person && !(w.all_caps && w.text.size() > 2);
    }
    if (!person) continue;
    take(k, std::move(byline));
    return;
  }
  // A link to the author's other texts ("More from Jo Smith", "Alles von
  // Jo Smith"), anywhere: a name no word of which the page writes in lower
  // case, no desk, no company.
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    const std::string_view name = MoreByName(view, i);
    if (name.empty()) continue;
    // (A brand is named all over its site: "More from Top Gear".)
    std::size_t mentions = 0;
    for (const std::string_view t : view.texts) {
      mentions += t.find(name) != std::string_view::npos ? 1 : 0;
    }
    if (mentions > kBrandMentions) continue;
    Byline byline;
    if (IsHandle(name)) {
      // A user name stands alone on its profile's link too ("jsmith"); a
      // filter's key does not ("by month"), nor is it a domain
      // ("meininger.de").
      const std::size_t dot = name.rfind('.');
      if (dot != std::string_view::npos && name.size() - dot <= 4) continue;
      bool alone = false;
      for (std::size_t j = 0; j < view.texts.size() && !alone; ++j) {
        alone = j != i && view.texts[j] == name;
      }
      if (!alone) continue;
      byline.cleaned = std::string(name);
      byline.authors.push_back(byline.cleaned);
    } else {
      build_lower();
      if (CountOrdinaryWords(view, name, lower, Where::kPage).ordinary != 0) continue;
      byline = ParseByline(name, view.dates.language);
      if (byline.authors.size() != 1 || byline.desk || !byline.agency.empty() || topic(byline)) {
        continue;
      }
    }
    take(i, std::move(byline));
    return;
  }
  // A person's name over the reading time ("Jo Smith" / "14 min read"), as
  // a post's header prints it, anywhere: no word of it one the prose
  // writes in lower case, no desk, no image credit.
  for (std::size_t i = 0; i + 1 < view.texts.size(); ++i) {
    if (!ReadingTime(view.texts[i + 1]) || view.texts[i].size() > kMaxNameBytes ||
        !IsBareName(view, i) || HasImageCredit(view.texts[i])) {
      continue;
    }
    Byline byline = LineByline(view, i);
    if (byline.desk || topic(byline)) continue;
    take(i, std::move(byline));
    return;
  }
  // Only an agency: "AFP" on its own metadata line.
  if (!agency.empty()) {
    article->byline = agency;
    article->agency = agency;
    return;
  }
  // Then the owner the site's title names at the top of the page ("Jo
  // Smith's Blog", "Jo Smith's thoughts on ..."): a personal site.
  for (std::size_t i = 0; i < view.texts.size() && i < kSiteTitleLines; ++i) {
    const std::string owner = PossessiveOwner(view, view.texts[i]);
    if (owner.empty()) continue;
    Byline byline;
    byline.cleaned = owner;
    byline.authors.push_back(owner);
    take(i, std::move(byline));
    return;
  }
  // The first line that `opens` a bio and names someone: the credit.
  const auto take_bio = [&](bool (*opens)(const PageView&, std::size_t)) {
    for (std::size_t i = 0; i + 1 < view.texts.size(); ++i) {
      if (!opens(view, i)) continue;
      Byline byline = LineByline(view, i);
      if (byline.desk || topic(byline)) continue;
      take(i, std::move(byline));
      return true;
    }
    return false;
  };
  // An author box in the first person ("Jo Smith" / "I'm the founder of
  // Acme. I've hired ..."): who wrote the page, where the footer names the
  // firm.
  if (take_bio(OpensFirstPersonBio)) return;
  // An author box with the person's job title beside their name ("Jo
  // Smith Senior Editor" / "Jo writes ... She ..."): who wrote the page,
  // where the footer names the firm.
  for (std::size_t i = 0; i + 1 < view.texts.size(); ++i) {
    Byline byline = NameBesideJobTitle(view, i);
    if (byline.authors.empty() || topic(byline)) continue;
    take(i, std::move(byline));
    return;
  }
  // Last, the holder the page's footer names ("© 2025 Jo Smith"): on a
  // page crediting no one, who the page says made it. The bottom-most
  // copyright line, not a photo credit in the text.
  for (std::size_t i = view.texts.size(); i-- > 0;) {
    if (view.label(i) == Label::kBody) continue;
    Byline holder = CopyrightHolder(view.texts[i], view.dates.language);
    if (holder.authors.empty() && holder.agency.empty()) continue;
    take(i, std::move(holder));
    return;
  }
  // Last of all, an author box anywhere: a name alone, then a bio that
  // opens with its first word ("Maria Lopez" / "Maria is a growth analyst
  // ..."); after the footer's holder, who is more often right than a
  // product described the same way ("Acme Vault" / "Acme is a ...").
  if (take_bio(OpensBio)) return;
  // Else the person a photo's alt text shows (PortraitName), first on the page: a
  // name of capitalised words, none the page writes in lower case
  // ("Photo of Group Chamber Music Class" is none), no desk.
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    const std::string_view name = PortraitName(view.texts[i]);
    if (name.empty() || !LooksLikeName(view, name)) continue;
    build_lower();
    if (CountOrdinaryWords(view, name, lower, Where::kPage).ordinary != 0) continue;
    Byline byline = ParseByline(name, view.dates.language);
    if (byline.authors.size() != 1 || byline.desk || topic(byline)) continue;
    take(i, std::move(byline));
    return;
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

// Calls visit(year) for each run of exactly four digits in `text` that is a
// year from 1990 on ("© 2016-2024" gives 2016 and 2024; "Order 22222" and
// "1200" give none).
template <typename Visit>
void ForEachYear(std::string_view text, Visit visit) {
  const auto digit = [&](std::size_t k) {
    return k < text.size() && text[k] >= '0' && text[k] <= '9';
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!digit(i)) {
      ++i;
      continue;
    }
    // (Longer runs are not summed, which would overflow.)
    std::size_t end = i;
    int value = 0;
    while (digit(end)) {
      if (end - i < 4) value = value * 10 + (text[end] - '0');
      ++end;
    }
    if (end - i == 4 && value >= 1990) visit(value);
    i = end;
  }
}

// The one year that a headline names ("Top Catering Trends for 2024"), 0
// when it names none or more than one.
int HeadlineYear(std::string_view headline) {
  int year = 0;
  bool several = false;
  ForEachYear(headline, [&](int value) {
    several = several || (year != 0 && year != value);
    year = value;
  });
  return several ? 0 : year;
}

// The latest year up to `until` that the page writes anywhere ("in 2025",
// "12/03/2008"), when a copyright notice or a full date of the page writes
// it too ("© 2024", "March 3, 2024"): a year the page has reached, most
// often the one it was served in; 0 otherwise (a page of citations,
// "(Smith, 2022)", can omit its own year).
int LatestYearWritten(const PageView& view, int until) {
  int latest = 0, anchored = 0;
  for (const std::string_view text : view.texts) {
    int line_latest = 0;
    ForEachYear(text, [&](int value) {
      if (value <= until) line_latest = std::max(line_latest, value);
    });
    if (line_latest <= anchored) continue;
    latest = std::max(latest, line_latest);
    if (HasCopyrightMark(text)) {
      anchored = line_latest;
      continue;
    }
    for (const FoundDate& d : FindDates(text, view.dates)) {
      const int year = std::stoi(d.iso.substr(0, 4));
      if (!d.from_now && year <= until) anchored = std::max(anchored, year);
    }
  }
  return anchored == latest ? latest : 0;
}

// A date written without a year ("Aug 15") took the latest year that keeps
// it not after now, but now may be long after the page was written (the
// time a file was copied). A headline naming the year before that
// ("Catering Trends for 2024") dates the text better (a number further
// back is as often a count: "Top 2000 Songs"); else the latest year the
// page has reached (LatestYearWritten), when it is an earlier one: an
// archived page of 2008 shows "Jan 16" and "© 2008", not this year; else,
// when the date took now's own year and the page writes neither it nor a
// later one, the latest year it writes at all. The ISO date with that
// year, or unchanged (none, or 29 February, which other years may lack).
std::string WithPageYear(const PageView& view, const FoundDate& date, int headline_year) {
  if (!date.year_from_now || date.iso.size() < 10 || date.iso.compare(4, 6, "-02-29") == 0) {
    return date.iso;
  }
  const int year = std::stoi(date.iso.substr(0, 4));
  if (headline_year != 0 && headline_year == year - 1) {
    return std::to_string(headline_year) + date.iso.substr(4);
  }
  const int written = LatestYearWritten(view, year);
  if (written != 0 && written < year) return std::to_string(written) + date.iso.substr(4);
  // (Now may be months after the page was served, a file's copy time:
  // "Aug 15" read in November takes a year the page never reached. A
  // forecast's later year, "by 2032", says nothing of when it was served.)
  if (view.dates.now != 0 && year == UtcYear(view.dates.now)) {
    int reached = 0;
    for (const std::string_view text : view.texts) {
      ForEachYear(text, [&](int value) {
        if (value <= year) reached = std::max(reached, value);
      });
    }
    if (reached != 0 && reached < year) return std::to_string(reached) + date.iso.substr(4);
  }
  return date.iso;
}

// The text ends a sentence: with a full stop, or with the colon of one that
// leads into a list ("As of July 31, 2025, the agency has received:").
bool EndsSentence(std::string_view text) {
  const std::size_t last = text.find_last_not_of(" \t");
  return EndsWithFullStop(text) || (last != std::string_view::npos && text[last] == ':');
}

// Folded words that say when a person joined the site, not when a text
// was published ("Member since 28 June 2014", "Mitglied seit" over the
// date in a forum post's author panel).
constexpr std::string_view kMembershipCues[] = {
    "member since",  "joined",          "mitglied seit", "registriert seit", "dabei seit",
    "membre depuis", "inscrit depuis",  "miembro desde", "registrado desde", "membro desde",
    "membro dal",    "iscritto dal",    "lid sinds",     "użytkownik od",    "członek od",
    "участник с",    "зарегистрирован", "üyelik tarihi", "kayıt tarihi",     "عضو منذ",
    "تاريخ التسجيل", "注册时间",        "註冊時間",      "登録日",           "가입일",
};

// Line i, or the short line above it, says when someone joined the site:
// its dates are no publication dates.
bool MembershipDate(const PageView& view, std::size_t i) {
  const auto names_membership = [&](std::size_t k) {
    const std::string folded = FoldCase(view.texts[k]);
    for (const std::string_view cue : kMembershipCues) {
      if (folded.find(cue) != std::string::npos) return true;
    }
    return false;
  };
  if (!LooksLikeDate(view.texts[i])) return false;
  return names_membership(i) || (ShortLineAbove(view, i) && names_membership(i - 1));
}

// The first copy of date_text in text follows a separator mark ("•", "|",
// "·", a dash), spaces aside: the date is a field of a line, not words of
// its sentence.
bool AfterSeparator(std::string_view text, std::string_view date_text) {
  const std::size_t at = text.find(date_text);
  if (at == std::string_view::npos) return false;
  const std::size_t last = text.find_last_not_of(" \t", at == 0 ? 0 : at - 1);
  if (at == 0 || last == std::string_view::npos) return false;
  const std::string_view before = text.substr(0, last + 1);
  for (const std::string_view mark : kFieldMarks) {
    if (before.size() >= mark.size() && before.substr(before.size() - mark.size()) == mark) {
      return true;
    }
  }
  return false;
}

// Line i is an entry of a change log: it opens with a date, and so does
// every line between it and a short update cue line above them
// ("Updates" / "2021-08-09 Added a section" / "2022-04-12 Linked ...").
// Two entries at least: one date under the cue is the page's update date.
// The cue line's index, or 0 when there is none (a cue line is never the
// first line of the page, a log's entries come under it).
std::size_t UpdateLogCue(const PageView& view, std::size_t i) {
  // (A list item's mark may come first, as lynx prints it: "+ 2021-08-09".)
  const auto opens_with_date = [&](std::size_t k) {
    if (!HasDate(view, k)) return false;
    if (OpeningDateBytes(view, k) != 0) return true;
    std::string_view text = view.texts[k];
    if (text.size() < 3 || text[1] != ' ' || (text[0] != '*' && text[0] != '+' && text[0] != '-')) {
      return false;
    }
    text.remove_prefix(2);
    const std::vector<FoundDate> dates = FindDates(text, view.dates);
    return !dates.empty() && text.substr(0, dates[0].text.size()) == dates[0].text;
  };
  for (std::size_t k = i; k > 0 && i - k < kSearchBefore; --k) {
    if (!opens_with_date(k)) return 0;
    if (ShortLineAbove(view, k) && LastDateCue(FoldCase(view.texts[k - 1])) == DateCue::kUpdated) {
      const bool log = k < i || (i + 1 < view.texts.size() && opens_with_date(i + 1));
      return log ? k - 1 : 0;
    }
  }
  return 0;
}

// `text` (line i or a part of it) after the cue line over the change log
// line i is an entry of (UpdateLogCue), which marks its dates update
// dates; else `text` alone.
std::string AfterUpdateLogCue(const PageView& view, std::size_t i, std::string_view text) {
  const std::size_t cue = UpdateLogCue(view, i);
  if (cue == 0) return std::string(text);
  return std::string(view.texts[cue]) + " " + std::string(text);
}

// `text` (line i or a part of it) after line i - 1 when that is a cue of
// at most kCueLineWords words on its own ("Updated", "Veröffentlicht am"),
// so that the cue marks its dates; else AfterUpdateLogCue.
std::string WithCueLineAbove(const PageView& view, std::size_t i, std::string_view text) {
  if (ShortLineAbove(view, i) && LastDateCue(FoldCase(view.texts[i - 1])) != DateCue::kNone) {
    return std::string(view.texts[i - 1]) + " " + std::string(text);
  }
  return AfterUpdateLogCue(view, i, text);
}

// Line i is a piece of a sentence that a renderer split at a link, the
// sentence going on below it after a comma ("On" / "July 4, 2025" / ", the
// bill was signed ..."): a date the text speaks of, not its date line.
bool SplitFromSentence(const PageView& view, std::size_t i) {
  if (i + 1 >= view.texts.size()) return false;
  const std::string_view next = view.texts[i + 1];
  const std::size_t first = next.find_first_not_of(' ');
  return first != std::string_view::npos && (next[first] == ',' || next[first] == ';');
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

// A machine timestamp: a date, "T", and a time to the second
// ("2024-04-18T13:00:39+00:00").
bool MachineStamp(const FoundDate& d) {
  return d.text.size() >= 19 && d.text[10] == 'T' && d.text[13] == ':' && d.text[16] == ':';
}

// The dates of `text`, with a blog theme's hidden "updated" stamp that the
// renderer showed marked as the update date: a machine timestamp right
// before the date written out for readers ("2024-04-18T13:00:39+00:00March
// 22nd, 2024"), which is the post's.
std::vector<FoundDate> DatesMarkingStamps(std::string_view text, const DateContext& context) {
  std::vector<FoundDate> found = FindDates(text, context);
  std::size_t from = 0;
  for (std::size_t k = 0; k + 1 < found.size(); ++k) {
    const std::size_t at = text.find(found[k].text, from);
    const std::size_t next = text.find(found[k + 1].text, at + found[k].text.size());
    if (at == std::string_view::npos || next == std::string_view::npos) break;
    from = at + found[k].text.size();
    const bool adjacent = text.find_first_not_of(' ', from) == next;  // glued, or a space apart
    if (MachineStamp(found[k]) && !MachineStamp(found[k + 1]) && !found[k + 1].from_now &&
        adjacent && found[k].kind == DateKind::kUnknown) {
      found[k].kind = DateKind::kUpdated;
    }
  }
  return found;
}

// The dates of `text`, line `line` of the page, into *dates.
void TakeDates(std::string_view text, std::size_t line, const DateContext& context, Dates* dates) {
  for (FoundDate& d : DatesMarkingStamps(text, context)) {
    const bool updated = d.kind == DateKind::kUpdated;
    FoundDate& slot = updated ? dates->updated : dates->published;
    if (slot.iso.empty() || DateStrength(d) > DateStrength(slot)) {
      slot = std::move(d);
      (updated ? dates->updated_line : dates->published_line) = static_cast<long>(line);
    }
  }
}

// The dates of `text` that a publication cue marks ("Posted July 10,
// 2004"), into dates->published as TakeDates would.
void TakePublished(std::string_view text, std::size_t line, const DateContext& context,
                   Dates* dates) {
  for (FoundDate& d : FindDates(text, context)) {
    if (d.kind != DateKind::kPublished) continue;
    if (dates->published.iso.empty() || DateStrength(d) > DateStrength(dates->published)) {
      dates->published = std::move(d);
      dates->published_line = static_cast<long>(line);
    }
  }
}

// Line i's publication date (as TakeDates reads it, cue or none) in place of
// dates->published, unless the line gives none or only one resolved against
// now ("3 hours ago"); says whether it took one.
bool TakeLinePublicationDate(const PageView& view, std::size_t i, Dates* dates) {
  Dates beside;
  TakeDates(view.texts[i], i, view.dates, &beside);
  if (beside.published.iso.empty() || beside.published.from_now) return false;
  dates->published = std::move(beside.published);
  dates->published_line = beside.published_line;
  return true;
}

// "Published ..." and "Updated ..." on lines of their own: the update date
// sits right next to the line of the publication date, whatever the model
// labelled it. Into dates->updated, when the publication date is known and
// no update date yet.
void TakeUpdateBeside(const PageView& view, std::size_t line, Dates* dates) {
  for (const std::size_t next : {line + 1, line - 1}) {
    if (dates->published.iso.empty() || !dates->updated.iso.empty()) return;
    if (next >= view.texts.size() || !ShortLine(view, next)) continue;
    Dates beside;
    TakeDates(view.texts[next], next, view.dates, &beside);
    dates->updated = std::move(beside.updated);
    dates->updated_line = beside.updated_line;
  }
}

// Dates: from every metadata line (published and updated apart); else from
// the nearest short line around the headline (a date above the title, a
// date line below it, labelled anything) or the dateline that opens the
// first paragraph of prose; a page that gives only an update date has it as
// its date too (the best the page says).
// *found_on holds the lines the credit came from; those the dates came from
// are added.
void FindDatesNearHeadline(const PageView& view, const Anchors& anchors, Article* article,
                           std::vector<std::size_t>* found_on) {
  Dates dates;
  const std::vector<std::size_t> credit_lines = *found_on;
  // Short metadata lines first (long ones come after the lines by the
  // headline, below), the nearest the headline first (below before above
  // at equal distance): one far from it is as often another item's (a
  // game's info box, "Release: 11.02.2005", above the post's "1. November
  // 2023"). A date beside a teaser's credit is the teaser's.
  std::vector<std::size_t> metadata;
  for (std::size_t i = 0; i < view.decisions.size(); ++i) {
    if (view.label(i) == Label::kMetadata) metadata.push_back(i);
  }
  if (anchors.headline >= 0) {
    const auto rank = [h = anchors.headline](std::size_t i) {
      const long d = static_cast<long>(i) - h;
      return d >= 0 ? 2 * d : -2 * d + 1;
    };
    std::stable_sort(metadata.begin(), metadata.end(),
                     [&rank](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
  }
  for (const std::size_t i : metadata) {
    if (ShortLine(view, i) && !MembershipDate(view, i) && !BesideTeaserCredit(view, i)) {
      TakeDates(AfterUpdateLogCue(view, i, view.texts[i]), i, view.dates, &dates);
    }
  }
  if (dates.published_line >= 0) {
    TakeUpdateBeside(view, static_cast<std::size_t>(dates.published_line), &dates);
  }
  // A date whose year or day came from now ("May 13", "3 hours ago") is
  // kept only until the search finds one written in full.
  const auto settled = [&] { return !dates.published.iso.empty() && !dates.published.from_now; };
  // A headline line that opens with a full date is the post's date line
  // the model took for its title ("Dec 17, 2025Jo Smith" over the real
  // title): its date before those of the lines around it (another post's
  // teaser). A title may open with a day of its story ("Nov. 3: Polls Open
  // Early"), which has no year.
  if (!settled() && anchors.headline >= 0) {
    const std::size_t h = static_cast<std::size_t>(anchors.headline);
    if (OpeningDateBytes(view, h) != 0) TakeLinePublicationDate(view, h, &dates);
  }
  if (!settled() && (anchors.headline >= 0 || anchors.first >= 0)) {
    const long after = anchors.headline >= 0 ? anchors.headline : anchors.first - 1;
    const std::size_t prose = FirstProseBelow(view, after);
    for (std::size_t i : Neighbourhood(anchors, view.texts.size())) {
      if (settled()) break;
      if (view.label(i) == Label::kMetadata) continue;  // searched above
      if (view.label(i) == Label::kBody) {
        // (Under the prose, a line that opens with a cue is the text's
        // date line: "Veröffentlicht am: 6. August 2009" over its tags.)
        if (static_cast<long>(i) <= after || (i > prose && !OpensWithDateCue(view, i))) continue;
        if (i == prose) {
          // (A cue on its own short line above counts: "Updates" over a
          // change log's "2021-08-09 Added a section on ..." dates no
          // publication.)
          Dates dateline;
          TakeDates(WithCueLineAbove(view, i, DatelinePart(view.texts[i])), i, view.dates,
                    &dateline);
          if (!dateline.published.iso.empty() &&
              OpensLikeDateline(view.texts[i], dateline.published.text)) {
            dates.published = std::move(dateline.published);
            dates.published_line = dateline.published_line;
          }
          if (!dateline.updated.iso.empty() && dates.updated.iso.empty()) {
            dates.updated = std::move(dateline.updated);
            dates.updated_line = dateline.updated_line;
          }
          continue;
        }
      }
      if (!(ShortLine(view, i) || DateAndCreditLine(view, i)) || MembershipDate(view, i) ||
          SplitFromSentence(view, i)) {
        continue;
      }
      TakeDates(AfterUpdateLogCue(view, i, view.texts[i]), i, view.dates, &dates);
      TakeUpdateBeside(view, i, &dates);
    }
  }
  // Then the long metadata lines: a standfirst or a photo caption the
  // model took for metadata names the dates its prose speaks of ("the show
  // is on 21 and 22 May", "... after the attack on Oct. 21, 2023. Photo: Jo
  // Roe"), which a date line by the headline beats ("November 8 2023, 3:18
  // p.m.").
  for (const std::size_t i : metadata) {
    if (settled()) break;
    if (!ShortLine(view, i) && !MembershipDate(view, i)) {
      TakeDates(view.texts[i], i, view.dates, &dates);
    }
  }
  // Last, a date line inside or under the text ("Posted July 10, 2004"
  // under the last paragraph); a sentence of the text (one that leads into a
  // list too: "As of July 31, 2025, the agency has received:") is no date
  // line, unless the date is most of it ("Wednesday, May 11, 2022 - 3:40 a.m.").
  // Once an update date is known, only a date a publication cue marks
  // counts ("Posted July 10, 2004" under "Updated November 23, 2013"), not
  // the dates of comments under it.
  for (const std::size_t i : ArticleLines(view, anchors)) {
    if (settled()) break;
    if (!ShortLine(view, i) || MembershipDate(view, i) || SplitFromSentence(view, i)) continue;
    if (view.label(i) == Label::kBody &&
        CountLineWords(view, i, kDateLineWords + 1) > kDateLineWords &&
        EndsSentence(view.texts[i]) && !(LooksLikeDate(view.texts[i]) && MostlyDate(view, i))) {
      continue;
    }
    if (dates.updated.iso.empty()) {
      TakeDates(view.texts[i], i, view.dates, &dates);
    } else {
      TakePublished(view.texts[i], i, view.dates, &dates);
    }
  }
  // A line elsewhere that pairs the headline with a date: the article's
  // own entry in a list of latest stories ("Zentrum eröffnet20.10.2021 -
  // 10:24"), or a sentence about it ("<headline> wurde am 19. Mai 2010
  // gepostet").
  if (!settled() && anchors.headline >= 0) {
    const std::string_view headline = view.texts[static_cast<std::size_t>(anchors.headline)];
    for (std::size_t i = 0; i < view.texts.size() && !settled(); ++i) {
      if (static_cast<long>(i) == anchors.headline || headline.size() < kMinHeadlineBytes ||
          view.texts[i].size() <= headline.size() ||
          view.texts[i].size() > headline.size() + kMaxBesideHeadlineBytes ||
          view.texts[i].find(headline) == std::string_view::npos) {
        continue;
      }
      TakeLinePublicationDate(view, i, &dates);
    }
  }
  // Last of all, a date a publication or update cue marks anywhere on the
  // page ("Published: Feb 2, 2023", or "PUBLISHED" on the line above it);
  // with an update date known, a publication date only.
  const bool had_update = !dates.updated.iso.empty();
  for (std::size_t i = 0; i < view.texts.size() && !settled(); ++i) {
    if (!LooksLikeDate(view.texts[i]) || (!ShortLine(view, i) && !OpensWithDateCue(view, i))) {
      continue;
    }
    std::string text(view.texts[i]);
    if (ShortLineAbove(view, i)) {
      text = std::string(view.texts[i - 1]) + " " + text;
    }
    // The first date of each kind ("PUBLISHED: ... | UPDATED: ...").
    bool took[2] = {false, false};
    for (FoundDate& d : FindDates(text, view.dates)) {
      if (d.kind == DateKind::kUnknown || (had_update && d.kind != DateKind::kPublished)) continue;
      const bool published = d.kind == DateKind::kPublished;
      if (took[published ? 0 : 1]) continue;
      took[published ? 0 : 1] = true;
      (published ? dates.published : dates.updated) = std::move(d);
      (published ? dates.published_line : dates.updated_line) = static_cast<long>(i);
    }
  }
  // Still nothing: the date on the first credit line of the page ("by Jo
  // Roe | Mar 11, 2023 | Brakes"), which the model left in a menu above a
  // headline it did not find.
  for (std::size_t i = 0;
       i < view.texts.size() && dates.published.iso.empty() && dates.updated.iso.empty(); ++i) {
    if (!LooksLikeByline(view.texts[i]) || (!ShortLine(view, i) && !OpensWithCredit(view, i))) {
      continue;
    }
    TakeDates(view.texts[i], i, view.dates, &dates);
    if (!dates.published.iso.empty() || !dates.updated.iso.empty()) break;
  }
  // Still nothing: the nearest date line above the headline ("25.01.2022
  // 14:47 Uhr" over the author's name in a header the model took for the
  // menu).
  for (long i = anchors.headline - 1;
       i >= 0 && dates.published.iso.empty() && dates.updated.iso.empty(); --i) {
    const std::size_t k = static_cast<std::size_t>(i);
    if (!ShortLine(view, k) || !LooksLikeDate(view.texts[k]) || !MostlyDate(view, k)) continue;
    TakeDates(view.texts[k], k, view.dates, &dates);
  }
  // Still nothing: a date the headline line itself gives after a separator
  // ("Blog Home | AI & Machine Learning • October 18, 2019"): the model took
  // the post's breadcrumb and date line for its title.
  if (anchors.headline >= 0 && dates.published.iso.empty() && dates.updated.iso.empty()) {
    const std::size_t h = static_cast<std::size_t>(anchors.headline);
    for (const FoundDate& d : LineDates(view, h)) {
      if (d.from_now || !AfterSeparator(view.texts[h], d.text)) continue;
      (d.kind == DateKind::kUpdated ? dates.updated_line : dates.published_line) = anchors.headline;
      (d.kind == DateKind::kUpdated ? dates.updated : dates.published) = d;
      break;
    }
  }
  // An update date alone: the date line right above or below its line is
  // the publication date ("December 3, 2025." / "Updated: December 7,
  // 2025", a renderer splitting the line the update cue continues).
  if (dates.published.iso.empty() && dates.updated_line >= 0) {
    for (const long beside_line : {dates.updated_line - 1, dates.updated_line + 1}) {
      const std::size_t k = static_cast<std::size_t>(beside_line);
      if (beside_line < 0 || k >= view.texts.size() || !ShortLine(view, k) || !HasDate(view, k) ||
          !MostlyDate(view, k) || MembershipDate(view, k)) {
        continue;
      }
      if (TakeLinePublicationDate(view, k, &dates)) break;
    }
  }
  // Still nothing: a date line right beside the line the credit came from,
  // however far from the headline ("Written by" / "Jo Smith" / "April 8,
  // 2024" in an author box under the text).
  for (const std::size_t c : credit_lines) {
    for (std::size_t k = c > 2 ? c - 2 : 0;
         k <= c + 2 && k < view.texts.size() && dates.published.iso.empty() &&
         dates.updated.iso.empty();
         ++k) {
      if (!ShortLine(view, k) || !LooksLikeDate(view.texts[k]) || !MostlyDate(view, k) ||
          MembershipDate(view, k)) {
        continue;
      }
      TakeLinePublicationDate(view, k, &dates);
    }
  }
  const FoundDate& date = dates.published.iso.empty() ? dates.updated : dates.published;
  article->date = WithPageYear(
      view, date,
      anchors.headline >= 0 ? HeadlineYear(view.texts[static_cast<std::size_t>(anchors.headline)])
                            : 0);
  article->date_text = date.text;
  article->date_updated = dates.updated.iso;
  for (const long line : {dates.published_line, dates.updated_line}) {
    if (line >= 0) found_on->push_back(static_cast<std::size_t>(line));
  }
}

// The name of a line that is a person's name, a comma and the person's job
// title ("Mike Marshall, Shipping Expert" gives "Mike Marshall"), which a
// page sets beside the date as it does a bare name; empty for other lines.
std::string_view NameBeforeJobTitle(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  const std::size_t comma = text.find(", ");
  if (comma == std::string_view::npos) return {};
  const std::string_view name = text.substr(0, comma);
  return LooksLikeName(view, name) && IsJobTitle(text.substr(comma + 2)) ? name
                                                                         : std::string_view();
}

// A page that credits no one may give the writer's name alone right above
// or below the article's date line ("Jo Smith" / "Last updated: May 2,
// 2025", "May 2, 2025" / "|" / "Jo Smith"), wherever that line is: a
// person's name, alone or with its job title (NameBeforeJobTitle): no word
// of the name one the prose writes in lower case, no desk, not repeated in
// a menu, not a topic nor half the headline's words.
void NameBesideTheDate(const PageView& view, long headline, std::size_t date_line, Article* article,
                       std::vector<std::size_t>* found_on) {
  const std::size_t n = view.texts.size();
  const std::unordered_set<std::string> headline_words = HeadlineWords(view, headline);
  LowerCaseWordMap lower;
  bool lower_built = false;
  for (const int step : {-1, 1}) {
    std::size_t k = date_line;
    for (int moves = 0; moves < 2; ++moves) {
      if ((step < 0 && k == 0) || (step > 0 && k + 1 >= n)) break;
      k = step < 0 ? k - 1 : k + 1;
      if (!Separator(view.texts[k])) break;
    }
    if (k == date_line || Separator(view.texts[k])) continue;
    const bool bare = IsBareName(view, k);
    const std::string_view name = bare ? view.texts[k] : NameBeforeJobTitle(view, k);
    if (name.empty() || RepeatedInMenu(view, k)) continue;
    Byline byline = LineByline(view, k);
    if (byline.authors.empty() || byline.desk || !byline.agency.empty()) continue;
    // Beside a job title, the name alone is the credit.
    if (!bare && (byline.authors.size() != 1 || !SameNormalised(byline.authors[0], name))) {
      continue;
    }
    if (!lower_built) {
      LowerCaseWords(view, &lower);
      lower_built = true;
    }
    if (NamesTopic(view, byline, lower) || RepeatsHeadline(view, byline, headline_words) ||
        CountOrdinaryWords(view, name, lower, Where::kProse).ordinary != 0) {
      continue;
    }
    TakeByline(std::move(byline), article);
    found_on->push_back(k);
    return;
  }
}

// The copy of the headline printed right above the text: a page may print
// its title twice (a breadcrumb or a share box above, the article's heading
// over its byline), and the ranker may pick the first copy. The last copy
// between the headline and the main body block's start, else the headline.
long HeadlineOverText(const PageView& view, long headline, long start) {
  if (headline < 0 || start <= headline) return headline;
  const std::string norm = Normalised(view.texts[static_cast<std::size_t>(headline)]);
  for (long k = start - 1; k > headline; --k) {
    if (NormalisedEquals(view.texts[static_cast<std::size_t>(k)], norm)) return k;
  }
  return headline;
}

}  // namespace

void FindMetadata(const PageView& view, long headline, Article* article,
                  std::vector<std::size_t>* found_on) {
  const ArticleBlock block = MainArticleBlock(view);
  const Anchors anchors{headline, FirstArticleLine(view), block.start, block.last};
  FindByline(view, anchors, article, found_on);
  if (article->byline.empty()) {
    Anchors copy = anchors;
    copy.headline = HeadlineOverText(view, headline, block.start);
    if (copy.headline != headline) {
      // Only a credit right by that copy: the searches that reach further
      // found nothing the first time, and what they find from there is no
      // surer ("Pricing" headings repeated down a list of agencies).
      Article retry = *article;
      std::vector<std::size_t> retry_found;
      FindByline(view, copy, &retry, &retry_found);
      if (!retry_found.empty() &&
          static_cast<long>(retry_found.front()) >= copy.headline - kNameUnderHeadline &&
          static_cast<long>(retry_found.front()) <= copy.headline + kNameAboveProse) {
        *article = std::move(retry);
        found_on->insert(found_on->end(), retry_found.begin(), retry_found.end());
      }
    }
  }
  if (article->agency.empty()) AgencyFromBody(view, article);
  const std::size_t before_dates = found_on->size();
  FindDatesNearHeadline(view, anchors, article, found_on);
  if (article->authors.empty() && found_on->size() > before_dates) {
    NameBesideTheDate(view, headline, (*found_on)[before_dates], article, found_on);
  }
}

}  // namespace pith::internal

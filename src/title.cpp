#include "title.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>

#include "ascii_scan.h"
#include "simple_fold.h"

namespace pith::internal {
namespace {

constexpr std::string_view kSeparators[] = {
    " | ",        " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
    " \xC2\xB7 ", " \xC2\xBB ", " \xC2\xAB ",     " \xE2\x80\xA2 ", " \xEF\xBD\x9C "};

constexpr size_t kMinRestBytes = 15;
constexpr size_t kMinRestWords = 3;
constexpr size_t kMaxPartWords = 8;
// DropKicker tries kickers up to this long (each try reads the whole title).
constexpr size_t kMaxKickerBytes = 120;
// A suffix may be vouched for by a line with two more words ("Artlyst Home");
// a prefix, being more often part of the headline ("Artist – Song", and the
// artist has a tag line of their own), only by a copyright line.
constexpr size_t kSuffixExtraWords = 2;
constexpr size_t kNoLogoLine = static_cast<size_t>(-1);

// Words separated by spaces; in scripts written without spaces, two
// ideographs count as one word.
size_t CountWords(std::string_view s) {
  size_t words = 0;
  size_t ideographs = 0;
  bool in_word = false;
  size_t pos = 0;
  while (pos < s.size()) {
    const uint32_t cp = NextCodepoint(s, &pos);
    if (IsCjkIdeographOrKana(cp)) ++ideographs;
    const bool space = cp == ' ' || cp == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return ideographs >= 2 ? words + ideographs / 2 - 1 : words;
}

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Does `part` (folded) occur in `line` (folded) with word boundaries?
bool ContainsWord(std::string_view line, std::string_view part) {
  size_t at = line.find(part);
  while (at != std::string_view::npos) {
    const bool left = at == 0 || !IsWordByte(line[at - 1]) || !IsWordByte(part.front());
    const size_t end = at + part.size();
    const bool right = end >= line.size() || !IsWordByte(line[end]) || !IsWordByte(part.back());
    if (left && right) return true;
    at = line.find(part, at + 1);
  }
  return false;
}

// The page's lines case-folded, each folded on first use: most headlines
// have no separator, or no part that could go, and never need them
// (folding every line of every page was ~2% of a batch's time), and the
// heading tests fold only the lines that start as the heading does.
class FoldedLines {
 public:
  explicit FoldedLines(const std::vector<std::string_view>& lines)
      : lines_(lines), folded_(lines.size()), done_(lines.size(), false) {}
  const std::vector<std::string>& get() {
    for (std::size_t i = 0; i < lines_.size(); ++i) line(i);
    return folded_;
  }
  // Does `test` hold for a line, folded and trimmed, among those whose
  // first code point is `folded_start`'s? (Only those lines are folded.)
  template <typename Test>
  bool AnyStartingLike(std::string_view folded_start, Test test) {
    if (folded_start.empty()) return false;
    std::size_t pos = 0;
    const uint32_t first = NextCodepoint(folded_start, &pos);
    if (firsts_.empty()) {
      firsts_.reserve(lines_.size());
      for (std::string_view raw : lines_) {
        const std::string_view text = Trim(raw);
        pos = 0;
        firsts_.push_back(text.empty() ? 0 : SimpleFoldCodepoint(NextCodepoint(text, &pos)));
      }
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (firsts_[i] == first && test(Trim(line(i)))) return true;
    }
    return false;
  }

 private:
  const std::string& line(std::size_t i) {
    if (!done_[i]) {
      folded_[i] = SimpleFold(lines_[i]);
      done_[i] = true;
    }
    return folded_[i];
  }

  const std::vector<std::string_view>& lines_;
  std::vector<std::string> folded_;
  std::vector<bool> done_;
  std::vector<uint32_t> firsts_;  // each trimmed line's first code point, folded
};

// True when the page shows `part` (a site-name candidate) on a line that is
// not a copy of the headline (lines holding `rest` are copies).
bool PageShowsName(std::string_view part, std::string_view rest, FoldedLines* page,
                   size_t extra_words) {
  const std::string folded_part = SimpleFold(part);
  const std::string folded_rest = SimpleFold(rest);
  if (folded_part.size() < 2) return false;
  const size_t part_words = CountWords(folded_part);
  for (const std::string& raw : page->get()) {
    const std::string_view line = Trim(raw);
    if (line.find(folded_rest) != std::string::npos) continue;
    if (!ContainsWord(line, folded_part)) continue;
    // A logo or menu line: little more than the name itself.
    if (extra_words != kNoLogoLine && CountWords(line) <= part_words + extra_words) return true;
    // A copyright line: "© 2024 Example Gazette. All rights reserved."
    for (std::string_view mark :
         {std::string_view("\xC2\xA9"), std::string_view("copyright"), std::string_view("(c)"),
          std::string_view("all rights reserved")}) {
      if (line.find(mark) != std::string_view::npos) return true;
    }
  }
  return false;
}

bool PartCanGo(std::string_view part, std::string_view rest) {
  const size_t part_words = CountWords(part);
  return part_words > 0 && part_words <= kMaxPartWords && part.size() <= rest.size() &&
         rest.size() >= kMinRestBytes && CountWords(rest) >= kMinRestWords;
}

// A rest too short for PartCanGo may still stand alone when the page
// vouches twice, showing the part as a name and the rest alone as its
// heading ("Climate Change | Economic Research Service" under a logo line
// "Economic Research Service" and a heading "Climate Change"): then the
// part goes whatever its length, if the rest has two words or more.
bool ShortRestCanStand(std::string_view part, std::string_view rest) {
  const size_t part_words = CountWords(part);
  return part_words > 0 && part_words <= kMaxPartWords && CountWords(rest) >= 2;
}

// Does a line of the page read `rest` alone (folded, trimmed): the page's
// own heading without the suffix a <title> copy adds to it?
bool PageShowsRestAlone(std::string_view rest, FoldedLines* page) {
  const std::string folded_rest = SimpleFold(rest);
  return page->AnyStartingLike(folded_rest,
                               [&](std::string_view line) { return line == folded_rest; });
}

// Does a line of the page read `rest` then `kicker` after a title
// separator: a <title> copy that puts the kicker after the headline ("Daten
// von Rheinmetall gehackt - Interne Unterlagen im Netz")?
bool PageShowsSwappedTitle(std::string_view rest, std::string_view kicker, FoldedLines* page) {
  const std::string folded_rest = SimpleFold(rest);
  const std::string folded_kicker = SimpleFold(kicker);
  return page->AnyStartingLike(folded_rest, [&](std::string_view line) {
    if (line.size() <= folded_rest.size() + folded_kicker.size() ||
        line.substr(0, folded_rest.size()) != folded_rest ||
        line.substr(line.size() - folded_kicker.size()) != folded_kicker) {
      return false;
    }
    const std::string_view between = Trim(
        line.substr(folded_rest.size(), line.size() - folded_rest.size() - folded_kicker.size()));
    for (std::string_view sep : kSeparators) {
      if (between == Trim(sep)) return true;
    }
    return false;
  });
}

// `title` without a leading breadcrumb or kicker run into it, when the page
// shows the title without it: a crumb ending in "/" ("Startseite/Erfinderinnen:
// Ann Kiessling …", "Home /Cheap Fixes") beside a line that reads the rest
// alone; a kicker set off by a space ("Interne Unterlagen im Netz Daten von
// Rheinmetall gehackt") only beside a <title> copy that swaps the two. Page
// lines that end like a headline are common (menus, teasers: "Best
// Electric Scooters"), hence the stricter proof; a kicker ending in ":" is
// as often part of the title ("Critics' Choice: Best UK Art Exhibitions")
// as not, on held-out train pages. The longest such rest wins; the kicker
// obeys PartCanGo as a site's name does.
std::string_view DropKicker(std::string_view title, FoldedLines* page) {
  for (size_t at = 1; at < title.size() && at <= kMaxKickerBytes; ++at) {
    if ((title[at - 1] != ' ' && title[at - 1] != '/') || title[at] == ' ') continue;
    const std::string_view kicker = Trim(title.substr(0, at));
    const std::string_view rest = title.substr(at);
    if (!PartCanGo(kicker, rest)) {
      if (kicker.size() > rest.size()) break;
      continue;
    }
    if (kicker.back() == '/' ? PageShowsRestAlone(rest, page)
                             : PageShowsSwappedTitle(rest, kicker, page)) {
      return rest;
    }
  }
  return title;
}

bool EndsWithImageExtension(std::string_view name) {
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string extension = AsciiLowerCase(name.substr(dot + 1));
  for (std::string_view image : {"png", "jpg", "jpeg", "gif", "svg", "webp", "bmp"}) {
    if (extension == image) return true;
  }
  return false;
}

// What a renderer writes in brackets for a picture: "IMG", "INLINE", a file
// name ("flood.jpg") or its alt text after a word for picture ("image: The
// flooded square", "afbeelding: …", "Bild: …", "صورة: …").
bool IsImagePlaceholder(std::string_view inside) {
  if (inside == "IMG" || inside == "INLINE" || EndsWithImageExtension(inside)) return true;
  const size_t colon = inside.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 24) return false;
  const std::string word = AsciiLowerCase(inside.substr(0, colon));
  for (std::string_view picture :
       {"image",
        "img",
        "photo",
        "picture",
        "afbeelding",
        "bild",
        "imagen",
        "immagine",
        "imagem",
        "foto",
        "obraz",
        "zdj\u0119cie",
        "resim",
        "g\u00f6rsel",
        "\u0635\u0648\u0631\u0629",
        "\u0924\u0938\u094d\u0935\u0940\u0930",
        "\uc774\ubbf8\uc9c0",
        "\u753b\u50cf",
        "\u56fe\u7247",
        "\u0438\u0437\u043e\u0431\u0440\u0430\u0436\u0435\u043d\u0438\u0435"}) {
    if (word == picture) return true;
  }
  return false;
}

// A picture's file name that a renderer shows for its missing alt text,
// without brackets: "Shutterstock_116050180" (a word, "_" and a number of
// four digits or more), "New%20design%206" (an escaped space), "IMG_1696.JPG".
bool IsImageFileName(std::string_view word) {
  if (word.find("%20") != std::string_view::npos || EndsWithImageExtension(word)) return true;
  const size_t underscore = word.find('_');
  if (underscore == std::string_view::npos || underscore == 0 || word.size() - underscore < 5) {
    return false;
  }
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  return std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(underscore),
                     is_letter) &&
         std::all_of(word.begin() + static_cast<std::ptrdiff_t>(underscore) + 1, word.end(),
                     is_digit);
}

// Lynx draws a form's text field as a run of at least this many underscores.
constexpr size_t kFieldUnderscores = 5;

// The length of the renderer's mark at the start of `text`, 0 if none.
size_t RendererMarkLength(std::string_view text) {
  for (std::string_view bullet : {"*", "+", "-", "o", "#", "\xE2\x80\xA2", "\xC2\xB7",
                                  "\xE2\x97\xA6", "\xE2\x96\xAA", "(BUTTON)"}) {
    if (text.size() > bullet.size() && text.substr(0, bullet.size()) == bullet &&
        text[bullet.size()] == ' ') {
      return bullet.size();
    }
  }
  // A button alone, or a text field that lynx draws as a run of underscores.
  if (text == "(BUTTON)") return text.size();
  const size_t underscores = text.find_first_not_of('_');
  const size_t field = underscores == std::string_view::npos ? text.size() : underscores;
  if (field >= kFieldUnderscores && (field == text.size() || text[field] == ' ')) return field;
  if (text.size() > 2 && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos) return 0;
    if (IsImagePlaceholder(text.substr(1, close - 1))) return close + 1;
  }
  const size_t space = text.find(' ');
  if (space != std::string_view::npos && IsImageFileName(text.substr(0, space))) return space;
  return 0;
}

// Drops the marks at the start of *text; false when nothing but marks was
// there (then *text is left as it was).
bool DropRendererMarks(std::string_view* text) {
  std::string_view rest = Trim(*text);
  for (size_t mark = RendererMarkLength(rest); mark > 0; mark = RendererMarkLength(rest)) {
    rest = Trim(rest.substr(mark));
    if (rest.empty()) return false;
  }
  *text = rest;
  return true;
}

// The buttons a page sets after its heading, which innerText and lynx run
// into it ("Hester Runs Bears to Win Save Email Print", "'Heavy losses' in
// Sri Lanka clashes | Print | E-mail"), folded.
constexpr std::string_view kToolWords[] = {"print",   "e-mail",   "email",    "mail",
                                           "save",    "share",    "tweet",    "facebook",
                                           "twitter", "reprints", "bookmark", "comments"};
// `title` without the run of page tools at its end: two or more tool words
// (kToolWords), with the separators and the lynx image marks ("[print.jpg]")
// between them. A single tool word is part of the title as often ("... Not
// on Facebook", "Graph and Comments"), and so is a comment count in the
// gold titles of train pages ("... Your Business? 153 Comments"). The rest
// keeps kMinRestWords words and kMinRestBytes bytes, or nothing goes.
std::string_view DropPageTools(std::string_view title) {
  std::string_view rest = title;
  std::string_view kept = title;
  size_t tools = 0;
  while (!rest.empty()) {
    const size_t space = rest.rfind(' ');
    std::string_view word = space == std::string_view::npos ? rest : rest.substr(space + 1);
    std::string_view before = space == std::string_view::npos ? "" : rest.substr(0, space);
    if (word.size() > 1 && word.back() == ']') {  // an image mark, perhaps with spaces
      const size_t open = rest.rfind('[');
      if (open == std::string_view::npos) break;
      before = rest.substr(0, open);
    } else if (FoldedIn(kToolWords, word)) {
      ++tools;
    } else if (word != "|" && word != "\xC2\xB7" && word != "-" && word != "\xE2\x80\xA2") {
      break;
    }
    rest = Trim(before);
    if (tools >= 2) kept = rest;
  }
  return CountWords(kept) >= kMinRestWords && kept.size() >= kMinRestBytes ? kept : title;
}

// The field names a page prints before its heading ("Title: Storm closes
// schools", "Headline: ...", lynx's "> " of a breadcrumb's last step), in the
// languages of DESIGN section 2, folded. A section or blog name before ": "
// is as often part of the gold title ("Critics' Choice: ..."), so only these
// words go.
constexpr std::string_view kFieldLabels[] = {
    "title",         "headline",
    "titel",         "titre",
    "t\xC3\xADtulo", "titolo",
    "tytu\xC5\x82",  "\xD0\xB7\xD0\xB0\xD0\xB3\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBA"};

// `title` without a field label and its colon at the start ("Title:AlignMerge
// ..." too), nor a lone ">"; the rest keeps kMinRestWords words or nothing
// goes.
std::string_view DropFieldLabel(std::string_view title) {
  std::string_view rest = title;
  if (rest.size() > 2 && rest.substr(0, 2) == "> ") {
    rest = Trim(rest.substr(2));
  } else {
    const size_t colon = rest.find(':');
    if (colon == std::string_view::npos || !FoldedIn(kFieldLabels, Trim(rest.substr(0, colon)))) {
      return title;
    }
    rest = Trim(rest.substr(colon + 1));
  }
  return CountWords(rest) >= kMinRestWords ? rest : title;
}

}  // namespace

const std::vector<std::string_view>& TitlePartSeparators() {
  static const std::vector<std::string_view> kParts = [] {
    std::vector<std::string_view> parts(std::begin(kSeparators), std::end(kSeparators));
    parts.push_back(": ");
    return parts;
  }();
  return kParts;
}

std::string_view StripRendererMarks(std::string_view headline) {
  std::string_view title = headline;
  return DropRendererMarks(&title) ? title : Trim(headline);
}

bool IsRendererMarksOnly(std::string_view line) {
  return !Trim(line).empty() && !DropRendererMarks(&line);
}

std::string_view TitleBeforeBar(std::string_view title) {
  static constexpr std::string_view kBars[] = {" | ", " \xEF\xBD\x9C "};
  size_t at = std::string_view::npos;
  for (std::string_view bar : kBars) at = std::min(at, title.find(bar));
  if (at == std::string_view::npos) return title;
  const std::string_view head = Trim(title.substr(0, at));
  return head.size() >= kMinRestBytes && CountWords(head) >= kMinRestWords ? head : title;
}

std::string_view TitleWithoutKindLabel(std::string_view title) {
  // Folded; "Review:", "Photos:", "Report:", "Analysis:" and a series' or a
  // site's name stay, as the gold titles of train pages keep them.
  static constexpr std::string_view kKindLabels[] = {"blog", "project", "transcript",
                                                     "introduction"};
  const size_t colon = title.find(": ");
  if (colon == std::string_view::npos || !FoldedIn(kKindLabels, title.substr(0, colon))) {
    return title;
  }
  const std::string_view rest = Trim(title.substr(colon + 2));
  return CountWords(rest) >= kMinRestWords ? rest : title;
}

std::string UnmarkedTitle(std::string_view title) {
  std::string_view rest = Trim(title);
  while (rest.size() > 2 && rest.back() == ']') {
    const size_t open = rest.rfind('[');
    if (open == std::string_view::npos || open == 0 ||
        !IsImagePlaceholder(rest.substr(open + 1, rest.size() - open - 2))) {
      break;
    }
    rest = Trim(rest.substr(0, open));
  }
  std::string out(rest);
  // Each "+" between two words ("C++" is a name).
  if (out.find(' ') == std::string::npos && std::count(out.begin(), out.end(), '+') >= 2 &&
      out.front() != '+' && out.back() != '+' && out.find("++") == std::string::npos) {
    std::replace(out.begin(), out.end(), '+', ' ');
  }
  return out;
}

std::string CleanTitle(std::string_view headline, const std::vector<std::string_view>& page_lines) {
  std::string_view title = DropFieldLabel(DropPageTools(StripRendererMarks(headline)));
  FoldedLines folded_lines(page_lines);
  // Strip suffixes, then prefixes, one separator at a time, while the page
  // vouches for what goes.
  for (bool changed = true; changed;) {
    changed = false;
    size_t best_at = std::string_view::npos;
    size_t best_len = 0;
    for (std::string_view sep : kSeparators) {
      const size_t at = title.rfind(sep);
      if (at != std::string_view::npos && (best_at == std::string_view::npos || at > best_at)) {
        best_at = at;
        best_len = sep.size();
      }
    }
    if (best_at != std::string_view::npos) {
      const std::string_view rest = Trim(title.substr(0, best_at));
      const std::string_view part = Trim(title.substr(best_at + best_len));
      const bool goes = PartCanGo(part, rest)
                            ? PageShowsName(part, rest, &folded_lines, kSuffixExtraWords) ||
                                  PageShowsRestAlone(rest, &folded_lines)
                            : ShortRestCanStand(part, rest) &&
                                  PageShowsRestAlone(rest, &folded_lines) &&
                                  PageShowsName(part, rest, &folded_lines, kSuffixExtraWords);
      if (goes) {
        title = rest;
        changed = true;
        continue;
      }
    }
    size_t first_at = std::string_view::npos;
    size_t first_len = 0;
    for (std::string_view sep : kSeparators) {
      const size_t at = title.find(sep);
      if (at != std::string_view::npos && at < first_at) {
        first_at = at;
        first_len = sep.size();
      }
    }
    if (first_at != std::string_view::npos) {
      const std::string_view part = Trim(title.substr(0, first_at));
      const std::string_view rest = Trim(title.substr(first_at + first_len));
      if (PartCanGo(part, rest) && PageShowsName(part, rest, &folded_lines, kNoLogoLine)) {
        title = rest;
        changed = true;
      }
    }
  }
  return std::string(DropKicker(title, &folded_lines));
}

}  // namespace pith::internal

#include "assemble.h"

#include <string>
#include <string_view>
#include <vector>

#include "byline.h"
#include "title.h"
#include "words.h"

namespace pith::internal {
namespace {

// How many lines around the headline are searched for a date when no
// metadata line holds one (a dateline, or a date printed above the title).
constexpr std::size_t kDateSearchRadius = 6;

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

// The headline: the most confident headline line; a first line that is a
// copy of the <title> loses to an article headline further down.
long PickHeadline(const Page& page, const std::vector<LineDecision>& decisions) {
  long best = -1;
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    if (decisions[i].label != Label::kHeadline) continue;
    if (best < 0) {
      best = static_cast<long>(i);
      continue;
    }
    const bool best_is_title_copy = best == 0 && page.lines[0].first == 0;
    if (best_is_title_copy ||
        decisions[i].confidence > decisions[static_cast<std::size_t>(best)].confidence) {
      best = static_cast<long>(i);
    }
  }
  return best;
}

void TakeDates(std::string_view line, const DateContext& context, Article* article) {
  for (FoundDate& d : FindDates(line, context)) {
    if (d.kind == DateKind::kUpdated) {
      if (article->date_updated.empty()) article->date_updated = d.iso;
    } else if (article->date.empty()) {
      article->date = d.iso;
      article->date_text = d.text;
    }
  }
}

}  // namespace

Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context) {
  Article article;
  std::vector<std::string_view> texts;
  texts.reserve(page.lines.size());
  for (const Line& line : page.lines) texts.push_back(line.text);

  // 1. One headline, without a site-name suffix the page proves is one.
  const long headline = PickHeadline(page, decisions);
  std::string headline_norm;
  if (headline >= 0) {
    article.title = CleanTitle(texts[static_cast<std::size_t>(headline)], texts);
    headline_norm = Normalised(article.title);
  }

  // 2. Metadata: the first byline-bearing line gives authors and agency;
  // dates come from every metadata line, published before updated.
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    if (decisions[i].label != Label::kMetadata) continue;
    TakeDates(texts[i], date_context, &article);
    if (article.byline.empty()) {
      Byline byline = ParseByline(texts[i], date_context.language);
      if (!byline.authors.empty() || !byline.agency.empty()) {
        article.byline = std::move(byline.cleaned);
        article.authors = std::move(byline.authors);
        article.agency = std::move(byline.agency);
      }
    }
  }
  // No date in the metadata: look near the headline (a dateline, a date
  // above the title), then in the first body line.
  if (article.date.empty() && headline >= 0) {
    const std::size_t h = static_cast<std::size_t>(headline);
    const std::size_t lo = h > kDateSearchRadius ? h - kDateSearchRadius : 0;
    for (std::size_t i = lo; i < texts.size() && i <= h + kDateSearchRadius; ++i) {
      if (article.date.empty() && decisions[i].label != Label::kBody) {
        TakeDates(texts[i], date_context, &article);
      }
    }
  }

  // 3. Body paragraphs: consecutive body lines that a renderer split at a
  // link ("... said" / "on Monday") are joined; copies of the headline go.
  bool joinable = false;
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    if (decisions[i].label != Label::kBody) {
      joinable = false;
      continue;
    }
    const std::string_view text = texts[i];
    const bool could_be_headline = !headline_norm.empty() &&
                                   text.size() <= article.title.size() * 2 &&
                                   text.size() * 2 >= article.title.size();
    if (could_be_headline && Normalised(text) == headline_norm) continue;
    if (joinable && page.lines[i].blanks_before == 0 &&
        !EndsParagraph(article.paragraphs.back()) && StartsLowercaseOrPunct(text)) {
      std::string& last = article.paragraphs.back();
      const char c = text[0];
      if (c != ',' && c != '.' && c != ';' && c != ':' && c != ')') last += ' ';
      last += text;
    } else {
      article.paragraphs.emplace_back(text);
    }
    joinable = true;
  }
  return article;
}

}  // namespace pith::internal

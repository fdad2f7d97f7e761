// headline: which line of a labelled page is the article's headline.
//
// Exactly one. Among the lines not labelled body, only plausible ones
// count: not a bare section or site name (one word), not a sentence of
// prose (a standfirst), not a byline, a person's name, a date line, a label
// ("Last updated:"), a field of the metadata ("Location: Paris", "Tags:
// ...", "Re: ..."), a credit without its prefix (a news agency, "The Acme
// Staff"), a breadcrumb, the links to the neighbouring posts ("« Older
// post | Main | Newer post »"), a command of the page ("Continue
// reading") or a line of tags in lower case ("lindsay lohan barbara
// walters"). The best score wins: the model's
// log-odds that the line is the headline, whatever label decoding gave it,
// plus a bonus for the share of its content words that the body repeats (a
// headline says what the text is about; a site name, a section title or a
// teaser for another story does not), plus a larger one when the page's
// first line (its <title>) repeats it. A line the model gives under 1%
// needs that first-line bonus; one sharing no word with the body needs 10%.
// A <title>-like first line loses to an article headline further down, and
// a picked line that wraps the page's own headline line in a site's name
// ("Blog Name: Headline", "Headline | Section | Site") gives way to it.
// With no plausible line: a title-like first metadata line followed by a
// credit or a date, else the nearest plausible line of three words or more
// above the first metadata or body line. On held-out train pages these pick
// the exact title more often than the decoded headline label does.
//
// A long line picked so gives way to a shorter plausible line right above
// it that the body repeats: the model often scores a standfirst above the
// headline it follows, and that standfirst is body (DESIGN.md section 10).
//
// A model with a headline ranker (headline_ranker.h) has the last word: it
// scores every candidate, the rules' pick among them, and its best wins
// (a long one giving way to a headline right above it, as above). A best
// candidate of 2-4 words all inside a domain name the page shows ("CTV
// Toronto" and "toronto.ctv.ca") is the site's name, and one that is a
// control of the page ("E-mail", "FOLLOW KOTAKU", "Tell us what you
// think") or a picture ("[spazio.gif]", "RUU_1696.JPG") no text, nor is an
// English sentence cut short ("... will be available in Canada in") or a
// notice about cookies, JavaScript or the reader's browser: the next one
// wins (a lone site name stays). A best candidate that is a <title>
// copy putting a blog's name before a colon ("Lido Blog: Volunteers rescue
// the lido") gives way to the line of the page that reads its part after
// the colon alone; the page's first line so picked gives way to any
// candidate that reads its longer part after the colon ("Letters of Note:
// Some annoying news").
//
// Whoever picked it, a line right under a line that sits right under a
// newsletter's sign-in bar ("Subscribe Sign in") is the post's subtitle:
// the line above it, the post's title, wins. And a line that is a flattened crumb trail and a title
// ("Blog Why Focus Matters") gives way to that title when it stands alone
// up to 12 lines below: innerText and get_text drop the trail's separators.
//
// Pure and thread-safe.
#ifndef PITH_HEADLINE_H_
#define PITH_HEADLINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "headline_ranker.h"
#include "labelled_page.h"

namespace pith::internal {

// The headline line, and the standfirst under it when the model scored
// that higher (-1: none).
struct HeadlineChoice {
  long line = -1;
  long standfirst = -1;
};

// With a ranker (ranker.present()), the ranker's choice among
// HeadlineCandidates instead; its standfirst is the rules' when it agrees
// with them, else the ranker's pick when a headline right above it takes
// its place, else none.
HeadlineChoice PickHeadline(const PageView& view, const HeadlineRanker& ranker);

// The lines the ranker chooses from: the rules' pick, the plausible lines
// the model gives 0.1% or more of being the headline, and the plausible
// lines up to 12 above the main article, each with its features
// (HeadlineFeatureNames()). In line order.
std::vector<HeadlineCandidate> HeadlineCandidates(const PageView& view);

// The headline line and the lines around it that continue it: get_text puts
// each link or emphasis of a heading on its own line ("Tami Taylor Confirms
// That Women of" / "Friday Night Lights" / "Would Hate Mitt Romney"), and the
// line picked may be any of them.
struct HeadlineRun {
  std::string text;           // the lines joined by single spaces
  std::size_t continued = 0;  // how many lines under the headline it takes (0 to 3)
  std::size_t preceded = 0;   // how many lines above the headline it takes (0 to 3)
};

// Up to 3 lines above `headline` (not the first line), then up to 3 under
// it, continue it when, joined to it by single spaces with no blank line
// between, they read character for character as whole words of the page's
// first line (its <title> copy; typographic quotes count as straight ones),
// none is a list item and none is longer than 200 bytes; the most such
// lines count. None when the headline is the first line.
// REQUIRES: 0 <= headline < view.texts.size().
HeadlineRun JoinSplitHeadline(const PageView& view, long headline);

// A headline line that starts with the breadcrumb trail to it ("Home ›
// Guides › Storm closes schools", "News / Local / Storm closes schools"):
// the last crumb, when it is long enough to be the title; else `text`.
std::string_view LastCrumb(std::string_view text);

}  // namespace pith::internal

#endif  // PITH_HEADLINE_H_

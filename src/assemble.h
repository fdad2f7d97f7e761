// assemble: lines + labels -> Article.
//
// Headline: exactly one. Among the lines not labelled body, only plausible
// ones count: not a bare section or site name (one word), not a sentence
// of prose (a standfirst), not a byline, a person's name, a date line, a
// label ("Last updated:") or a breadcrumb. The best score wins: the
// model's log-odds that the line is the headline, plus a bonus for the
// share of its content words that the body repeats, plus a larger one when
// the page's first line (its <title>) repeats it. A line the model gives
// under 1% needs that first-line bonus; one sharing no word with the body
// needs 10%. A <title>-like first line loses to an article headline
// further down. With no plausible line: a title-like first metadata line
// followed by a credit or a date, else the nearest plausible line of three
// words or more above the first metadata or body line. A site-name suffix is removed
// when the page shows it is the site's name (title.h).
//
// Byline (authors, agency), by how sure the evidence is: a prefixed credit
// labelled metadata ("By Jo Smith"; "By" / "Jo Smith" and "Jo" / "Smith"
// on two lines are joined, and names a renderer split at their links,
// "Jo Smith" / "," / "Al Roe"); a prefixed credit near the headline
// whatever its label; one inside or up to 15 lines under the main body
// block (an author box); any metadata line naming someone; a name beside a
// date or metadata line, a name that another line introduces ("Jo Smith
// is a reporter ...", an author box) near the headline or under the text,
// or a name and a date on one line. A name alone near the headline with
// nothing else saying it is a credit is not taken: on train it was a
// section name ("Marketing Strategy") four times for each right author. A
// body line may give only the agency, and only when the metadata names
// none: the dateline "PARIS (Reuters) -" of the first body
// line, or a closing "(With inputs from PTI)" ("agencies" names none).
//
// Dates: from the metadata lines, published and updated apart; else from
// the nearest short line around the headline or the article start (any
// label; an update date on the line next to it too), the short body lines
// above the first prose, or the dateline of the first prose line; else a
// date line inside or up to 15 lines under the main body block; else a
// date a publication or update cue marks anywhere ("PUBLISHED" / "Feb 2,
// 2023"). A date written in full beats one whose year or day came from
// now ("May 13", "Today"), which is kept only until one is found. A page
// giving only an update date has it as its date too (date_updated keeps
// it as well).
//
// Body: the lines labelled body (which lines are body is the model's
// decision), lines a renderer split at a link joined into one paragraph,
// copies of the headline dropped.
//
// Pure and thread-safe.
#ifndef PITH_ASSEMBLE_H_
#define PITH_ASSEMBLE_H_

#include <vector>

#include "classify.h"
#include "dates.h"
#include "language.h"
#include "lines.h"
#include "pith/pith.h"

namespace pith::internal {

// Labels: the article and the labels agree. When final_labels is not
// null it receives one LineLabel per line of page.lines: the decoded label
// and its confidence, except where assembling decided otherwise. The
// headline is kHeadline, and no other line is; body lines left out of the
// paragraphs (copies of the headline, a caption, a trailing heading) are
// kBoilerplate, lines taken into them (a standfirst) kBody; the lines the
// byline and the dates came from are kMetadata when within 5 lines of the
// headline; another metadata line more
// than 12 input lines from the headline and from the first and last body
// lines is kBoilerplate (another item's date or name); a changed
// label's confidence is the model's probability of the new label.
//
// REQUIRES: decisions.size() == page.lines.size().
// Fills every Article field but labels, input_lines, warnings and encoding.
Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context, std::vector<LineLabel>* final_labels = nullptr);

}  // namespace pith::internal

#endif  // PITH_ASSEMBLE_H_

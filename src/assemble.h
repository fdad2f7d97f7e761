// assemble: lines + labels -> Article.
//
// Headline: headline.h (the rules, or `ranker` when the model has one); a site-name suffix is
// removed when the page shows it is the site's name (title.h). Byline and dates: metadata_search.h.
//
// Body: the lines labelled body, corrected where the page's structure is
// plain and the labels are not (a standfirst is body; a caption, a
// related-story list, an advertisement label, a trailing heading, an author
// box under the text, a second copy of the text are not;
// prose right under the headline or right after the text is body, and so
// is a line inside the text decoded as boilerplate that the model found
// likely body; see BodyLines in assemble.cpp), lines a renderer split at a link joined into
// one paragraph, copies of the headline dropped.
//
// Pure and thread-safe.
#ifndef PITH_ASSEMBLE_H_
#define PITH_ASSEMBLE_H_

#include <vector>

#include "classify.h"
#include "dates.h"
#include "headline_ranker.h"
#include "language.h"
#include "lines.h"
#include "pith/pith.h"

namespace pith::internal {

// Labels: the article and the labels agree. When final_labels is not
// null it receives one LineLabel per line of page.lines: the decoded label
// and its confidence, except where assembling decided otherwise.
//   - The headline is kHeadline (of its copies between it and the text, the
//     one nearest above the text), and no other line is.
//   - Body lines left out of the paragraphs (copies of the headline, a
//     caption, a trailing heading) are kBoilerplate, lines taken into them
//     (a standfirst) kBody.
//   - Within 5 lines of the headline, kMetadata: the lines the byline and
//     the dates came from that each hold a date or read as a byline on
//     their own (the halves of a byline split at its link, "By" / "Jo
//     Smith", do not), a credit's or a date's cue alone on its line
//     ("Written by", "Published:"), a time alone ("10:30 am |"), a reading
//     time ("5 min read").
//   - Any other metadata line more than 12 input lines from the headline
//     and from the first and last body lines (another item's date or name),
//     or that holds no date and reads as no byline (a share row, a reading
//     time), is kBoilerplate.
//   - A changed label's confidence is the model's probability of the new
//     label.
//
// REQUIRES: decisions.size() == page.lines.size().
// Fills every Article field but labels, input_lines, warnings and encoding.
// line_words: SplitWords of each line when the caller has them (the
// features split every line), else null. letter_words: the folded words
// with a letter of line_words (ComputeFeaturesAndLanguage), or null; only
// with line_words.
Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context, const HeadlineRanker& ranker,
                 std::vector<LineLabel>* final_labels = nullptr,
                 const LineWords* line_words = nullptr,
                 const FoldedLetterWords* letter_words = nullptr);

}  // namespace pith::internal

#endif  // PITH_ASSEMBLE_H_

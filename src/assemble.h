// assemble: lines + labels -> Article.
//
// One headline (the best-scored headline line, a title-like first line
// losing to an article headline further down, a site-name suffix removed
// when the page shows it is the site's name); metadata lines parsed into a
// byline (authors, agency) and dates (publication, update, ISO 8601); body
// lines joined into paragraphs, copies of the headline dropped.
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

// REQUIRES: decisions.size() == page.lines.size().
// Fills every Article field but labels, input_lines, warnings and encoding.
Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context);

}  // namespace pith::internal

#endif  // PITH_ASSEMBLE_H_

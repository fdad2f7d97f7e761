// pipeline: the stages that extraction and training share.
//
// AnalysePage runs decode -> lines -> language -> features, exactly as
// Extract() does, so that pith-train learns from the very numbers that pith
// computes at run time. Extract() (extract.cpp) continues with classify and
// assemble.
#ifndef PITH_PIPELINE_H_
#define PITH_PIPELINE_H_

#include <memory>
#include <string>
#include <string_view>

#include "decode.h"
#include "language.h"
#include "line_features.h"
#include "lines.h"
#include "pith/pith.h"

namespace pith::internal {

struct AnalysedPage {
  // Owns the decoded text that page.input_lines point into; held by pointer
  // so that moving an AnalysedPage never invalidates those views.
  std::unique_ptr<DecodedText> decoded;
  Page page;
  Language language = Language::kUnknown;
  FeatureMatrix features;
  // Each line's words, split by the features, for the assembler
  // (PageView::words). They point into page.lines' texts, which stay where
  // they are when an AnalysedPage is moved.
  LineWords words;
  // Their folded words with a letter, as the features found them.
  FoldedLetterWords letter_words;
};

// Errors: those of Decode().
Result<AnalysedPage> AnalysePage(std::string_view bytes, const Options& options);

// The site's template counts from options (nullptr when there are none).
const SiteTemplates::Site* FindSite(const Options& options);

}  // namespace pith::internal

#endif  // PITH_PIPELINE_H_

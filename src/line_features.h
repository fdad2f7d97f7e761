// line_features: one dense vector of numbers per logical line (DESIGN.md section 4).
//
// Per line: length, words, stopword share for the page's language, sentence
// punctuation, Title Case and all-caps shares, digits and punctuation shares,
// separators, date/byline/dateline/copyright/URL/e-mail/phone patterns,
// navigation and social vocabulary, list markers, repetition on the page,
// similarity to the top of the page, relative position, distance to the
// densest text regions, the share of its content words that the main
// region's running text repeats (a headline's do, a teaser's for another
// story do not), and (in a batch or with --template) template frequency. Per neighbourhood: the
// same core values of the previous and next lines, and aggregates over the block between blank
// lines and a window of lines around it.
//
// The order and names of the columns are part of the model format: a model
// records the names it was trained with and is refused if they differ.
//
// Pure and thread-safe.
#ifndef PITH_LINE_FEATURES_H_
#define PITH_LINE_FEATURES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "language.h"
#include "lines.h"
#include "site_templates.h"
#include "words.h"

namespace pith::internal {

struct PageContext {
  Language language = Language::kUnknown;
  // The page's site in the template counts, or nullptr when there are none.
  const SiteTemplates::Site* site = nullptr;
  // True when `site` was counted with this very page in it (a batch's first
  // pass), so its own occurrence is subtracted.
  bool site_includes_page = false;
};

// rows x cols, row-major.
struct FeatureMatrix {
  std::size_t rows = 0;
  std::size_t cols = 0;
  std::vector<float> values;
  const float* row(std::size_t r) const { return values.data() + r * cols; }
};

// The column names, in order.
const std::vector<std::string>& FeatureNames();

FeatureMatrix ComputeFeatures(const Page& page, const PageContext& context);

// The same for a page whose language is not known yet: ignores
// context.language and stores GuessLanguage's guess for the page's lines in
// *language, made from the words the features split and fold anyway (one
// split and folding per word instead of two). The rows equal
// ComputeFeatures' with context.language set to that guess.
// When line_words is not null, it receives SplitWords of each line, which
// the features split anyway, for the assembler (PageView::words); when
// letter_words is not null, it receives the folded words with a letter of
// those words (words.h), which the features fold and look up anyway.
FeatureMatrix ComputeFeaturesAndLanguage(const Page& page, const PageContext& context,
                                         Language* language, LineWords* line_words = nullptr,
                                         FoldedLetterWords* letter_words = nullptr);

}  // namespace pith::internal

#endif  // PITH_LINE_FEATURES_H_

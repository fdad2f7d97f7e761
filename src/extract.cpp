// Extract(): the pipeline of DESIGN.md section 3, one step per stage.
#include <string>
#include <utility>
#include <vector>

#include "assemble.h"
#include "classify.h"
#include "dates.h"
#include "markup.h"
#include "model.h"
#include "pipeline.h"
#include "pith/pith.h"

namespace pith {
namespace internal {

const SiteTemplates::Site* FindSite(const Options& options) {
  if (options.templates == nullptr) return nullptr;
  auto it = options.templates->sites.find(options.site);
  return it == options.templates->sites.end() ? nullptr : &it->second;
}

Result<AnalysedPage> AnalysePage(std::string_view bytes, const Options& options) {
  AnalysedPage analysed;

  // 1. Bytes of any encoding -> NFC UTF-8 with LF line ends.
  Result<DecodedText> decoded = Decode(bytes, options.encoding, options.repair_mojibake);
  if (!decoded.ok()) return decoded.error();
  analysed.decoded = std::make_unique<DecodedText>(std::move(decoded).value());

  // 2. Logical lines: trimmed, fixed-width paragraphs un-wrapped.
  analysed.page = SplitLines(analysed.decoded->text, options.unwrap);

  // 3-4. The page's language (for stopwords and date words), and one feature
  // row per line, with the site's template counts if any: one step, as the
  // language is guessed from the words the features split and fold anyway.
  PageContext context;
  context.site = FindSite(options);
  context.site_includes_page = options.templates_include_page;
  analysed.features = ComputeFeaturesAndLanguage(analysed.page, context, &analysed.language,
                                                 &analysed.words, &analysed.letter_words);
  return analysed;
}

}  // namespace internal

std::string_view LabelName(Label label) {
  switch (label) {
    case Label::kHeadline:
      return "headline";
    case Label::kMetadata:
      return "metadata";
    case Label::kBody:
      return "body";
    case Label::kBoilerplate:
      return "boilerplate";
    case Label::kBlank:
      return "blank";
  }
  return "blank";
}

Result<Article> Extract(std::string_view bytes, const Options& options) {
  using namespace internal;

  // 1-4. Decode, split into lines, guess the language, compute features.
  Result<AnalysedPage> analysed = AnalysePage(bytes, options);
  if (!analysed.ok()) return analysed.error();
  const AnalysedPage& page = analysed.value();

  // 5. Score every line and decode one label per line (Viterbi). A built-in
  // model that does not match this build's features is an error, not a crash.
  std::shared_ptr<const Model> model = options.model;
  if (model == nullptr) {
    const Result<std::shared_ptr<const Model>>& builtin = ParsedDefaultModel();
    if (!builtin.ok())
      return Error{ErrorCode::kBadModel, "built-in model: " + builtin.error().message};
    model = builtin.value();
  }
  const std::vector<LineDecision> decisions = ClassifyLines(*model, page.page, page.features);

  // 6. Assemble the article: headline, byline, dates, paragraphs.
  std::vector<std::string_view> all_lines;
  all_lines.reserve(page.page.lines.size());
  for (const Line& line : page.page.lines) all_lines.push_back(line.text);
  const DateContext date_context = MakeDateContext(all_lines, page.language, options.now);
  std::vector<LineLabel> line_labels;
  Article article =
      Assemble(page.page, decisions, date_context, model->headline_ranker,
               options.keep_labels ? &line_labels : nullptr, &page.words, &page.letter_words);
  article.language = std::string(LanguageCode(page.language));
  article.encoding = page.decoded->encoding;
  if (page.decoded->replaced > 0) {
    article.warnings.push_back(std::to_string(page.decoded->replaced) +
                               " invalid byte sequences replaced");
  }
  if (LooksLikeMarkup(page.page.input_lines)) {
    article.warnings.push_back(
        "the input looks like HTML source, not the text of a page: render it first (lynx "
        "-dump, html2text)");
  }

  // 7. One label per input line, as assembling left them (assemble.h):
  // blank lines are kBlank, the lines of a joined paragraph share its label,
  // and an input line cut into several lines (lines.h) is body when one of
  // them is.
  if (options.keep_labels) {
    const std::size_t input_count = page.page.input_lines.size();
    article.labels.assign(input_count, LineLabel{});
    article.input_lines.reserve(input_count);
    for (std::string_view text : page.page.input_lines) article.input_lines.emplace_back(text);
    for (std::size_t i = 0; i < page.page.lines.size(); ++i) {
      const Line& line = page.page.lines[i];
      const bool shared = i > 0 && page.page.lines[i - 1].last == line.first;
      for (uint32_t k = line.first; k <= line.last && k < input_count; ++k) {
        if (!shared || article.labels[k].label != Label::kBody) article.labels[k] = line_labels[i];
      }
    }
  }
  return article;
}

}  // namespace pith

#include "headline_train.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "classify.h"
#include "dates.h"
#include "headline.h"
#include "labelled_page.h"
#include "pipeline.h"
#include "title.h"

namespace pith::train {

using internal::kHeadlineFeatureCount;

bool HeadlineExampleOf(const Model& model, std::string_view bytes, long gold_line,
                       HeadlineExample* example) {
  Result<internal::AnalysedPage> analysed = internal::AnalysePage(bytes, Options{});
  if (!analysed.ok()) return false;
  const internal::AnalysedPage& page = analysed.value();
  if (gold_line < 0 || static_cast<std::size_t>(gold_line) >= page.page.lines.size()) return false;
  const std::vector<internal::LineDecision> decisions =
      internal::ClassifyLines(model, page.page, page.features);
  std::vector<std::string_view> texts;
  texts.reserve(page.page.lines.size());
  for (const internal::Line& line : page.page.lines) texts.push_back(line.text);
  const internal::DateContext dates = internal::MakeDateContext(texts, page.language, 0);
  const internal::PageView view{page.page, decisions, texts, dates};
  const auto title = [&](long line) {
    return internal::Normalised(
        internal::CleanTitle(internal::LastCrumb(texts[static_cast<std::size_t>(line)]), texts));
  };
  const std::string gold = title(gold_line);
  example->candidates.clear();
  example->positive.clear();
  bool any = false;
  for (const internal::HeadlineCandidate& candidate : internal::HeadlineCandidates(view)) {
    const bool positive = candidate.line == gold_line || title(candidate.line) == gold;
    example->candidates.push_back(candidate.features);
    example->positive.push_back(positive ? 1 : 0);
    any = any || positive;
  }
  return any;
}

internal::HeadlineRanker TrainHeadlineRanker(const std::vector<HeadlineExample>& examples,
                                             const RankerParams& params) {
  constexpr std::size_t F = kHeadlineFeatureCount;
  // Standardised columns: one learning rate suits every feature.
  std::array<double, F> mean{}, scale{};
  double count = 0;
  for (const HeadlineExample& e : examples) {
    for (const internal::HeadlineFeatures& f : e.candidates) {
      for (std::size_t k = 0; k < F; ++k) mean[k] += f[k];
      ++count;
    }
  }
  for (double& m : mean) m /= count;
  for (const HeadlineExample& e : examples) {
    for (const internal::HeadlineFeatures& f : e.candidates) {
      for (std::size_t k = 0; k < F; ++k) scale[k] += (f[k] - mean[k]) * (f[k] - mean[k]);
    }
  }
  for (double& s : scale) s = std::sqrt(s / count) + 1e-6;

  std::array<double, F> w{}, m1{}, m2{};
  std::vector<double> score;
  for (int it = 1; it <= params.iterations; ++it) {
    std::array<double, F> gradient{};
    for (const HeadlineExample& e : examples) {
      const std::size_t n = e.candidates.size();
      score.assign(n, 0.0);
      double top = -1e300;
      for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t k = 0; k < F; ++k) {
          score[j] += w[k] * (e.candidates[j][k] - mean[k]) / scale[k];
        }
        top = std::max(top, score[j]);
      }
      double all = 0, positive = 0;
      for (std::size_t j = 0; j < n; ++j) {
        score[j] = std::exp(score[j] - top);
        all += score[j];
        if (e.positive[j]) positive += score[j];
      }
      // d(-log(positive / all)) / d score_j = p_j - [positive] p_j / P(positive).
      for (std::size_t j = 0; j < n; ++j) {
        const double q = score[j] / all - (e.positive[j] ? score[j] / positive : 0.0);
        for (std::size_t k = 0; k < F; ++k) {
          gradient[k] += q * (e.candidates[j][k] - mean[k]) / scale[k];
        }
      }
    }
    const double b1 = 1 - std::pow(0.9, it), b2 = 1 - std::pow(0.999, it);
    for (std::size_t k = 0; k < F; ++k) {
      const double g = gradient[k] / static_cast<double>(examples.size()) + params.l2 * w[k];
      m1[k] = 0.9 * m1[k] + 0.1 * g;
      m2[k] = 0.999 * m2[k] + 0.001 * g * g;
      w[k] -= params.learning_rate * (m1[k] / b1) / (std::sqrt(m2[k] / b2) + 1e-8);
    }
  }
  // Scores only compare candidates of one page: the means' constant drops out.
  internal::HeadlineRanker ranker;
  for (std::size_t k = 0; k < F; ++k) ranker.weights.push_back(static_cast<float>(w[k] / scale[k]));
  if (params.trees.rounds > 0) {
    std::vector<float> x;
    std::vector<uint8_t> y;
    for (const HeadlineExample& e : examples) {
      for (std::size_t j = 0; j < e.candidates.size(); ++j) {
        x.insert(x.end(), e.candidates[j].begin(), e.candidates[j].end());
        y.push_back(e.positive[j]);
      }
    }
    std::vector<uint32_t> rows(y.size());
    for (std::size_t r = 0; r < rows.size(); ++r) rows[r] = static_cast<uint32_t>(r);
    ranker.trees =
        TrainBoosted(BinInputs(x.data(), y.size(), F), rows, y, {}, 2, params.trees, nullptr);
    ranker.forest = internal::CompileForest(ranker.trees);
  }
  return ranker;
}

}  // namespace pith::train

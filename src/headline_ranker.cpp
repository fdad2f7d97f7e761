#include "headline_ranker.h"

namespace pith::internal {

const std::array<const char*, kHeadlineFeatureCount>& HeadlineFeatureNames() {
  static const std::array<const char*, kHeadlineFeatureCount> kNames = {
      "headline_log_odds",
      "body_probability",
      "boilerplate_probability",
      "metadata_probability",
      "decoded_headline",
      "decoded_body",
      "decoded_metadata",
      "body_overlap",
      "no_body_overlap",
      "in_first_line",
      "first_line",
      "rule_pick",
      "above_article",
      "inside_article",
      "article_distance_log",
      "letter_words_log",
      "few_words",
      "ends_with_full_stop",
      "most_probable",
      "capitalised_share",
      "upper_case",
      "has_separator",
      "credit_below",
      "blank_before",
      "below_rule_pick",
      "position_log",
      "probability_rank_log",
      "candidate_index_log",
      "nearest_above_article",
      "first_line_word_share",
      "next_headline_log_odds",
      "previous_headline_log_odds",
      "lines_to_body_log",
      "repeated",
      "list_mark",
      "has_date",
      "pipes",
      "indent_log",
      "indent_against_body",
  };
  return kNames;
}

std::vector<float> ScoreHeadlines(const HeadlineRanker& ranker,
                                  const std::vector<HeadlineCandidate>& candidates) {
  const std::size_t count = candidates.size();
  std::vector<float> scores(count, 0.0f);
  for (std::size_t j = 0; j < count; ++j) {
    for (std::size_t k = 0; k < kHeadlineFeatureCount; ++k) {
      scores[j] += ranker.weights[k] * candidates[j].features[k];
    }
  }
  if (ranker.has_trees() && count > 0) {
    std::vector<float> rows;
    rows.reserve(count * kHeadlineFeatureCount);
    for (const HeadlineCandidate& c : candidates) {
      rows.insert(rows.end(), c.features.begin(), c.features.end());
    }
    std::vector<float> outputs(count * 2);
    EvaluateForest(ranker.forest, rows.data(), count, kHeadlineFeatureCount, outputs.data());
    for (std::size_t j = 0; j < count; ++j) scores[j] += outputs[2 * j + 1] - outputs[2 * j];
  }
  return scores;
}

long RankHeadline(const HeadlineRanker& ranker, const std::vector<HeadlineCandidate>& candidates) {
  const std::size_t count = candidates.size();
  const std::vector<float> scores = ScoreHeadlines(ranker, candidates);
  long best = -1;
  float top = 0.0f;
  for (std::size_t j = 0; j < count; ++j) {
    if (best < 0 || scores[j] > top) {
      best = candidates[j].line;
      top = scores[j];
    }
  }
  return best;
}

}  // namespace pith::internal

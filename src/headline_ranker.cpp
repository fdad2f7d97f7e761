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
  };
  return kNames;
}

long RankHeadline(const HeadlineRanker& ranker, const std::vector<HeadlineCandidate>& candidates) {
  long best = -1;
  float top = 0.0f;
  for (const HeadlineCandidate& candidate : candidates) {
    float score = 0.0f;
    for (std::size_t k = 0; k < kHeadlineFeatureCount; ++k) {
      score += ranker.weights[k] * candidate.features[k];
    }
    if (best < 0 || score > top) {
      best = candidate.line;
      top = score;
    }
  }
  return best;
}

}  // namespace pith::internal

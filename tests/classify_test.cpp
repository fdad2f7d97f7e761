#include "classify.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "context_features.h"
#include "lexical.h"
#include "line_features.h"
#include "viterbi.h"

namespace pith::internal {
namespace {

constexpr std::size_t kS = kNumStates;

Page PageOf(const std::vector<std::string>& texts) {
  Page page;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Line line;
    line.text = texts[i];
    line.first = line.last = static_cast<uint32_t>(i);
    page.lines.push_back(line);
  }
  return page;
}

Transitions StickyTransitions() {
  Transitions t;
  for (std::size_t i = 0; i < kS; ++i) {
    t.start[i] = -1.0f;
    t.end[i] = -1.0f;
    for (std::size_t j = 0; j < kS; ++j) t.next[i * kS + j] = i == j ? -0.1f : -3.0f;
  }
  return t;
}

// log_p rows that put `margin` more on one state than on the others; their
// probabilities go to *probabilities when asked for.
std::vector<float> Emissions(const std::vector<State>& favoured, float margin,
                             std::vector<float>* probabilities = nullptr) {
  std::vector<float> scores(favoured.size() * kS, 0.0f), log_p(favoured.size() * kS);
  for (std::size_t i = 0; i < favoured.size(); ++i) {
    scores[i * kS + static_cast<std::size_t>(favoured[i])] = margin;
  }
  SoftmaxStates(scores.data(), favoured.size(), log_p.data());
  if (probabilities != nullptr) *probabilities = scores;
  return log_p;
}

TEST(Viterbi, SoftmaxRowsAreProbabilities) {
  std::vector<float> scores = {1, 2, 3, 4, 5, 6, -100, 0, 0, 0, 0, 100};
  std::vector<float> log_p(scores.size());
  SoftmaxStates(scores.data(), 2, log_p.data());
  for (std::size_t r = 0; r < 2; ++r) {
    const float sum = std::accumulate(scores.begin() + static_cast<long>(r * kS),
                                      scores.begin() + static_cast<long>((r + 1) * kS), 0.0f);
    EXPECT_NEAR(sum, 1.0f, 1e-5f);
    for (std::size_t j = 0; j < kS; ++j) {
      EXPECT_NEAR(std::exp(log_p[r * kS + j]), scores[r * kS + j], 1e-6f);
    }
  }
}

TEST(Viterbi, FollowsStrongEmissions) {
  const std::vector<State> want = {State::kBefore, State::kHeadline, State::kBody, State::kBody,
                                   State::kAfter};
  const std::vector<float> log_p = Emissions(want, 20.0f);
  EXPECT_EQ(DecodeStates(StickyTransitions(), log_p.data(), want.size()), want);
}

TEST(Viterbi, SmoothsAWeakOutlier) {
  const std::vector<float> log_p =
      Emissions({State::kBody, State::kBody, State::kInside, State::kBody, State::kBody}, 1.0f);
  const std::vector<State> path = DecodeStates(StickyTransitions(), log_p.data(), 5);
  EXPECT_EQ(path, std::vector<State>(5, State::kBody));
}

TEST(Viterbi, NeverReturnsToBodyAfterTheEnd) {
  Transitions t = StickyTransitions();
  t.next[static_cast<std::size_t>(State::kAfter) * kS + static_cast<std::size_t>(State::kBody)] =
      -100.0f;
  const std::vector<float> log_p =
      Emissions({State::kBody, State::kAfter, State::kAfter, State::kBody}, 6.0f);
  const std::vector<State> path = DecodeStates(t, log_p.data(), 4);
  bool after = false;
  for (State s : path) {
    if (s == State::kAfter) after = true;
    EXPECT_FALSE(after && s == State::kBody);
  }
}

// Transitions under which entering and leaving the body costs more than three
// sure body lines gain: the best path stays outside the body.
Transitions CostlyBodyTransitions() {
  Transitions t = StickyTransitions();
  const auto body = static_cast<std::size_t>(State::kBody);
  for (std::size_t i = 0; i < kS; ++i) {
    if (i == body) continue;
    t.next[i * kS + body] = -12.0f;
    t.next[body * kS + i] = -12.0f;
  }
  t.start[body] = -12.0f;
  t.end[body] = -12.0f;
  return t;
}

// Three body lines between others.
const std::vector<State> kShortBody = {State::kBefore, State::kBefore, State::kBody,
                                       State::kBody,   State::kBody,   State::kBefore};

TEST(Viterbi, ThroughBodyTakesAShortBodyTheBestPathSkips) {
  const std::vector<State>& favoured = kShortBody;
  const std::vector<float> log_p = Emissions(favoured, 3.0f);
  const Transitions t = CostlyBodyTransitions();
  const std::vector<State> best = DecodeStates(t, log_p.data(), favoured.size());
  EXPECT_EQ(std::count(best.begin(), best.end(), State::kBody), 0);
  EXPECT_EQ(DecodeStatesThroughBody(t, log_p.data(), favoured.size()), favoured);
}

// DecodePage leaves the body out only where no line is likely body.
TEST(Viterbi, DecodePageWantsABodyWhereALineIsLikelyBody) {
  const Transitions t = CostlyBodyTransitions();
  for (const auto& [margin, want_body] : {std::pair{3.0f, true}, std::pair{1.0f, false}}) {
    std::vector<float> probabilities;
    const std::vector<float> log_p = Emissions(kShortBody, margin, &probabilities);
    // margin 3: body probability 0.80; margin 1: 0.35.
    const std::vector<State> path =
        DecodePage(t, probabilities.data(), log_p.data(), kShortBody.size());
    EXPECT_EQ(std::count(path.begin(), path.end(), State::kBody) > 0, want_body) << margin;
  }
}

TEST(Viterbi, ThroughBodyKeepsABestPathThatHasABody) {
  const std::vector<State> want = {State::kBefore, State::kHeadline, State::kBody, State::kBody,
                                   State::kAfter};
  const std::vector<float> log_p = Emissions(want, 20.0f);
  EXPECT_EQ(DecodeStatesThroughBody(StickyTransitions(), log_p.data(), want.size()), want);
}

TEST(Viterbi, ThroughBodyOnOneLine) {
  const std::vector<float> log_p = Emissions({State::kAfter}, 5.0f);
  EXPECT_EQ(DecodeStatesThroughBody(StickyTransitions(), log_p.data(), 1),
            std::vector<State>{State::kBody});
}

TEST(Viterbi, EmptyPage) { EXPECT_TRUE(DecodeStates(StickyTransitions(), nullptr, 0).empty()); }

TEST(Lexical, WordsAreNormalised) {
  const Page a = PageOf({"Hello World, 2024!"});
  const Page b = PageOf({"  hello   WORLD 1999"});
  EXPECT_EQ(HashLineNgrams(a, 18).buckets, HashLineNgrams(b, 18).buckets);
}

TEST(Lexical, CountsUnigramsBigramsAndNeighbours) {
  const Page page = PageOf({"alpha beta gamma", "delta", "epsilon zeta"});
  const LineBuckets lb = HashLineNgrams(page, 20);
  ASSERT_EQ(lb.offsets.size(), 4u);
  EXPECT_EQ(lb.offsets[1] - lb.offsets[0], 3u + 2u + 1u);  // 3 words, 2 bigrams, next 1
  EXPECT_EQ(lb.offsets[2] - lb.offsets[1], 1u + 3u + 2u);  // 1 word, previous 3, next 2
  EXPECT_EQ(lb.offsets[3] - lb.offsets[2], 2u + 1u + 1u);  // 2 words, 1 bigram, previous 1
  // "delta" as the line itself and as a neighbour hash apart.
  const uint32_t own = lb.buckets[lb.offsets[1]];
  EXPECT_NE(own, lb.buckets[lb.offsets[1] - 1]);
  for (uint32_t b : lb.buckets) EXPECT_LT(b, 1u << 20);
}

TEST(Lexical, LongLinesAreCapped) {
  std::string words;
  for (int i = 0; i < 200; ++i) words += "w" + std::to_string(i % 10) + "x ";
  const LineBuckets lb = HashLineNgrams(PageOf({words}), 16);
  EXPECT_EQ(lb.offsets[1], kMaxLineWords + kMaxLineWords - 1);
}

TEST(Lexical, WeightsMoveProbabilities) {
  const Page page = PageOf({"subscribe now", "the minister said on tuesday that"});
  LexicalModel m;
  m.bucket_bits = 12;
  m.num_classes = kS;
  m.scale = 0.001f;
  m.bias.assign(kS, 0.0f);
  m.weights.assign((std::size_t{1} << m.bucket_bits) * kS, 0);
  const LineBuckets lb = HashLineNgrams(page, m.bucket_bits);
  for (std::size_t b = lb.offsets[1]; b < lb.offsets[2]; ++b) {
    m.weights[lb.buckets[b] * kS + static_cast<std::size_t>(State::kBody)] = 3000;
  }
  std::vector<float> p(2 * kS);
  LexicalProbabilities(m, lb, p.data());
  for (std::size_t r = 0; r < 2; ++r) {
    EXPECT_NEAR(std::accumulate(p.begin() + static_cast<long>(r * kS),
                                p.begin() + static_cast<long>((r + 1) * kS), 0.0f),
                1.0f, 1e-5f);
  }
  const auto body = static_cast<std::size_t>(State::kBody);
  EXPECT_GT(p[kS + body], 0.5f);
  EXPECT_GT(p[kS + body], p[body]);
}

// The six class sums are exact int32 sums of every n-gram's int16
// weights, signs and the extremes included, however many n-grams add up
// past the int16 range: the probabilities are those of a sum one class at
// a time, to the bit.
TEST(Lexical, ClassSumsAreExactOverSignedWeights) {
  std::string words;
  for (int i = 0; i < 40; ++i) words += "w" + std::to_string(i) + " ";
  const Page page = PageOf({words, "short line", ""});
  LexicalModel m;
  m.bucket_bits = 10;
  m.num_classes = kS;
  m.scale = 0.0001f;
  m.bias = {0.5f, -0.25f, 0.0f, 1.0f, -1.0f, 0.125f};
  m.weights.resize((std::size_t{1} << m.bucket_bits) * kS);
  for (std::size_t k = 0; k < m.weights.size(); ++k) {
    const int16_t extremes[] = {32767, -32768, -1, 1, 20000, -20000, 0};
    m.weights[k] = extremes[(k * 7 + k / kS) % 7];
  }
  const LineBuckets lb = HashLineNgrams(page, m.bucket_bits);
  std::vector<float> got(3 * kS);
  LexicalProbabilities(m, lb, got.data());
  for (std::size_t r = 0; r < 3; ++r) {
    const std::size_t count = lb.offsets[r + 1] - lb.offsets[r];
    float want[kS];
    for (std::size_t j = 0; j < kS; ++j) {
      int32_t sum = 0;
      for (std::size_t b = lb.offsets[r]; b < lb.offsets[r + 1]; ++b) {
        sum += m.weights[lb.buckets[b] * kS + j];
      }
      const float norm = count > 0 ? m.scale / std::sqrt(static_cast<float>(count)) : 0.0f;
      want[j] = m.bias[j] + norm * static_cast<float>(sum);
    }
    const float top = *std::max_element(want, want + kS);
    float total = 0.0f;
    for (float& w : want) {
      w = std::exp(w - top);
      total += w;
    }
    for (std::size_t j = 0; j < kS; ++j)
      EXPECT_EQ(got[r * kS + j], want[j] / total) << r << " " << j;
  }
}

// A model whose one tree says: feature 0 below 2 -> before, else body.
Model SplitOnFirstFeature() {
  Model m;
  m.feature_names = FeatureNames();
  m.lexical.bucket_bits = 4;
  m.lexical.num_classes = kS;
  m.lexical.scale = 1.0f;
  m.lexical.bias.assign(kS, 0.0f);
  m.lexical.weights.assign(16 * kS, 0);
  m.trees.num_inputs = static_cast<uint32_t>(m.feature_names.size() + kS);
  m.trees.num_outputs = kS;
  m.trees.base.assign(kS, 0.0f);
  m.trees.roots = {0};
  m.trees.nodes = {TreeNode{0, 2.0f, -1, -2}};
  m.trees.leaf_values.assign(2 * kS, 0.0f);
  m.trees.leaf_values[static_cast<std::size_t>(State::kBefore)] = 3.0f;
  m.trees.leaf_values[kS + static_cast<std::size_t>(State::kBody)] = 3.0f;
  m.transitions = StickyTransitions();
  m.forest = CompileForest(m.trees);
  return m;
}

// Features for `model` of a page of one line per value of `first`: zero but
// the first column, which holds `first`.
FeatureMatrix FirstColumn(const Model& model, const std::vector<float>& first) {
  FeatureMatrix features;
  features.rows = first.size();
  features.cols = model.feature_names.size();
  features.values.assign(features.rows * features.cols, 0.0f);
  for (std::size_t i = 0; i < features.rows; ++i) features.values[i * features.cols] = first[i];
  return features;
}

TEST(Classify, TreesThenViterbi) {
  const Model model = SplitOnFirstFeature();
  const Page page = PageOf({"Menu", "A long paragraph.", "Another one.", "Photo", "More text."});
  const FeatureMatrix features = FirstColumn(model, {0, 5, 5, 0, 5});

  const std::vector<LineDecision> decisions = ClassifyLines(model, page, features);
  ASSERT_EQ(decisions.size(), 5u);
  const Label want[] = {Label::kBoilerplate, Label::kBody, Label::kBody, Label::kBody,
                        Label::kBody};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(decisions[i].label, want[i]) << "line " << i;
    EXPECT_GE(decisions[i].confidence, 0.0f);
    EXPECT_LE(decisions[i].confidence, 1.0f);
  }
  // Line 3 is body only because its neighbours are: a low confidence.
  EXPECT_LT(decisions[3].confidence, 0.5f);
  EXPECT_GT(decisions[1].confidence, 0.5f);
  // Boilerplate confidence sums the three boilerplate states.
  EXPECT_GT(decisions[0].confidence, 0.8f);
}

// SplitOnFirstFeature plus a context stage whose one tree says: no line
// above (ctx_up10_body is -1) -> headline, else body.
Model WithContextStage() {
  Model m = SplitOnFirstFeature();
  ContextStage& c = m.context;
  c.context_names = ContextFeatureNames();
  c.dense_columns = {0};
  const std::vector<std::string>& names = c.context_names;
  const auto up =
      static_cast<uint32_t>(std::find(names.begin(), names.end(), "ctx_up10_body") - names.begin());
  c.trees.num_inputs = static_cast<uint32_t>(c.num_inputs());
  c.trees.num_outputs = kS;
  c.trees.base.assign(kS, 0.0f);
  c.trees.roots = {0};
  c.trees.nodes = {TreeNode{static_cast<uint32_t>(kS) + up, -0.5f, -1, -2}};
  c.trees.leaf_values.assign(2 * kS, 0.0f);
  c.trees.leaf_values[static_cast<std::size_t>(State::kHeadline)] = 8.0f;
  c.trees.leaf_values[kS + static_cast<std::size_t>(State::kBody)] = 8.0f;
  c.forest = CompileForest(c.trees);
  c.transitions = StickyTransitions();
  return m;
}

TEST(Classify, ContextStageScoresReplaceStageOne) {
  const Model model = WithContextStage();
  const Page page = PageOf({"Title", "Menu", "A long paragraph.", "Photo", "More text."});
  // Stage 1 alone: before, before, body, before, body.
  const FeatureMatrix features = FirstColumn(model, {0, 0, 5, 0, 5});

  const std::vector<LineDecision> decisions = ClassifyLines(model, page, features);
  ASSERT_EQ(decisions.size(), 5u);
  const Label want[] = {Label::kHeadline, Label::kBody, Label::kBody, Label::kBody, Label::kBody};
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(decisions[i].label, want[i]) << "line " << i;
    EXPECT_GT(decisions[i].confidence, 0.9f) << "line " << i;
  }
  // The headline probability stays stage 1's (the assembler's scale):
  // stage 1 says before or body, never headline.
  const Model stage_one = SplitOnFirstFeature();
  const std::vector<LineDecision> alone = ClassifyLines(stage_one, page, features);
  EXPECT_EQ(alone[0].label, Label::kBoilerplate);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_FLOAT_EQ(decisions[i].headline_probability, alone[i].headline_probability);
    EXPECT_LT(decisions[i].headline_probability, 0.1f);
  }
}

TEST(Classify, EmptyPage) {
  const Model model = SplitOnFirstFeature();
  FeatureMatrix features;
  features.cols = model.feature_names.size();
  EXPECT_TRUE(ClassifyLines(model, Page{}, features).empty());
}

}  // namespace
}  // namespace pith::internal

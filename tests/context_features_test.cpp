#include "context_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "line_features.h"
#include "model.h"

namespace pith::internal {
namespace {

constexpr std::size_t kS = kNumStates;

// A page of lines, each with its body, after and before probabilities (the
// rest on headline), the first line of a block marked, long lines marked.
struct HandPage {
  std::vector<LineShape> shapes;
  std::vector<float> probabilities;  // lines * kS
};

HandPage MakePage(const std::vector<std::array<float, 3>>& body_after_before,
                  const std::set<std::size_t>& block_starts, const std::set<std::size_t>& longs) {
  HandPage page;
  for (std::size_t i = 0; i < body_after_before.size(); ++i) {
    const auto [body, after, before] = body_after_before[i];
    std::array<float, kS> p{};
    p[static_cast<std::size_t>(State::kBody)] = body;
    p[static_cast<std::size_t>(State::kAfter)] = after;
    p[static_cast<std::size_t>(State::kBefore)] = before;
    p[static_cast<std::size_t>(State::kHeadline)] = 1.0f - body - after - before;
    page.probabilities.insert(page.probabilities.end(), p.begin(), p.end());
    LineShape shape;
    shape.starts_block = block_starts.count(i) > 0;
    shape.long_line = longs.count(i) > 0;
    page.shapes.push_back(shape);
  }
  return page;
}

// Six lines in two blocks (0-2, 3-5); lines 1 and 4 are long. Likely body:
// 1, 2, 4 (one line of gap bridged), so the main run is lines 1-4 with body
// mass 0.9 + 0.8 + 0.2 + 0.9 = 2.8 of the page's 2.9.
HandPage SixLines() {
  return MakePage({{0.1f, 0.0f, 0.9f},
                   {0.9f, 0.0f, 0.1f},
                   {0.8f, 0.0f, 0.0f},
                   {0.2f, 0.0f, 0.0f},
                   {0.9f, 0.1f, 0.0f},
                   {0.0f, 1.0f, 0.0f}},
                  {0, 3}, {1, 4});
}

// Two runs: line 0 (mass 0.9) and lines 4-5 (mass 1.2), three lines apart:
// too far to bridge; the heavier one is the main run.
HandPage TwoRuns() {
  return MakePage({{0.9f, 0.0f, 0.0f},
                   {0.1f, 0.0f, 0.0f},
                   {0.1f, 0.0f, 0.0f},
                   {0.1f, 0.0f, 0.0f},
                   {0.6f, 0.0f, 0.0f},
                   {0.6f, 0.0f, 0.0f}},
                  {0}, {});
}

struct ContextCase {
  const char* page_name;
  HandPage (*page)();
  std::size_t line;
  const char* column;
  float expected;
};

std::string CaseName(const ::testing::TestParamInfo<ContextCase>& info) {
  return std::string(info.param.page_name) + "_line" + std::to_string(info.param.line) + "_" +
         info.param.column;
}

class ContextFeaturesTest : public ::testing::TestWithParam<ContextCase> {};

TEST_P(ContextFeaturesTest, Aggregates) {
  const ContextCase& c = GetParam();
  const HandPage page = c.page();
  const std::vector<std::string>& names = ContextFeatureNames();
  const auto column =
      static_cast<std::size_t>(std::find(names.begin(), names.end(), c.column) - names.begin());
  ASSERT_LT(column, names.size()) << "no column " << c.column;
  std::vector<float> out(page.shapes.size() * names.size());
  ComputeContextFeatures(page.shapes, page.probabilities.data(), out.data(), names.size());
  EXPECT_NEAR(out[c.line * names.size() + column], c.expected, 1e-5f);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ContextFeaturesTest,
    ::testing::Values(
        // Windows leave the line itself out and stop at the page's edges.
        ContextCase{"six", SixLines, 0, "ctx_win1_body", 0.9f},
        ContextCase{"six", SixLines, 2, "ctx_win1_body", (0.9f + 0.2f) / 2},
        ContextCase{"six", SixLines, 0, "ctx_win3_body", (0.9f + 0.8f + 0.2f) / 3},
        ContextCase{"six", SixLines, 5, "ctx_win10_after", 0.1f / 5},
        ContextCase{"six", SixLines, 3, "ctx_win1_before", 0.0f},
        ContextCase{"six", SixLines, 1, "ctx_win1_before", (0.9f + 0.0f) / 2},
        // Above and below: -1 when there is no line there.
        ContextCase{"six", SixLines, 0, "ctx_up10_body", -1.0f},
        ContextCase{"six", SixLines, 5, "ctx_up10_body", (0.1f + 0.9f + 0.8f + 0.2f + 0.9f) / 5},
        ContextCase{"six", SixLines, 3, "ctx_down10_after", (0.1f + 1.0f) / 2},
        ContextCase{"six", SixLines, 5, "ctx_down10_before", -1.0f},
        // The block, the line included.
        ContextCase{"six", SixLines, 4, "ctx_block_body", (0.2f + 0.9f + 0.0f) / 3},
        ContextCase{"six", SixLines, 0, "ctx_block_before", (0.9f + 0.1f + 0.0f) / 3},
        // The main body run: lines 1-4.
        ContextCase{"six", SixLines, 0, "ctx_run_side", -1.0f},
        ContextCase{"six", SixLines, 0, "ctx_run_distance", -1.0f},
        ContextCase{"six", SixLines, 3, "ctx_run_side", 0.0f},
        ContextCase{"six", SixLines, 3, "ctx_run_distance", 0.0f},
        ContextCase{"six", SixLines, 5, "ctx_run_side", 1.0f},
        ContextCase{"six", SixLines, 5, "ctx_run_distance", 1.0f},
        ContextCase{"six", SixLines, 2, "ctx_run_lines_log", std::log1p(4.0f)},
        ContextCase{"six", SixLines, 2, "ctx_run_share", 2.8f / 2.9f},
        ContextCase{"two_runs", TwoRuns, 0, "ctx_run_distance", -4.0f},
        ContextCase{"two_runs", TwoRuns, 2, "ctx_run_side", -1.0f},
        ContextCase{"two_runs", TwoRuns, 5, "ctx_run_lines_log", std::log1p(2.0f)},
        ContextCase{"two_runs", TwoRuns, 5, "ctx_run_share", 1.2f / 2.4f},
        // Shares of the page's mass above and below the line.
        ContextCase{"six", SixLines, 3, "ctx_mass_body_above", (0.1f + 0.9f + 0.8f) / 2.9f},
        ContextCase{"six", SixLines, 3, "ctx_mass_body_below", 0.9f / 2.9f},
        ContextCase{"six", SixLines, 5, "ctx_mass_after_above", 0.1f / 1.1f},
        ContextCase{"six", SixLines, 0, "ctx_mass_before_below", 0.1f / 1.0f},
        // The nearest long lines: 1 and 4.
        ContextCase{"six", SixLines, 3, "ctx_long_above_body", 0.9f},
        ContextCase{"six", SixLines, 3, "ctx_long_above_distance", 2.0f},
        ContextCase{"six", SixLines, 1, "ctx_long_above_body", -1.0f},
        ContextCase{"six", SixLines, 1, "ctx_long_above_distance", 99.0f},
        ContextCase{"six", SixLines, 1, "ctx_long_below_body", 0.9f},
        ContextCase{"six", SixLines, 1, "ctx_long_below_distance", 3.0f},
        ContextCase{"six", SixLines, 4, "ctx_long_below_body", -1.0f}),
    CaseName);

TEST(ContextFeatures, NoLikelyBodyMeansNoRun) {
  const HandPage page = MakePage({{0.1f, 0.0f, 0.0f}, {0.4f, 0.0f, 0.0f}}, {0}, {});
  const std::vector<std::string>& names = ContextFeatureNames();
  std::vector<float> out(2 * names.size());
  ComputeContextFeatures(page.shapes, page.probabilities.data(), out.data(), names.size());
  const auto at = [&](std::size_t line, const char* name) {
    return out[line * names.size() +
               static_cast<std::size_t>(std::find(names.begin(), names.end(), name) -
                                        names.begin())];
  };
  EXPECT_EQ(at(1, "ctx_run_distance"), 99.0f);
  EXPECT_EQ(at(1, "ctx_run_share"), 0.0f);
  EXPECT_EQ(at(0, "ctx_run_lines_log"), 0.0f);
}

TEST(ContextFeatures, NamesAreUnique) {
  const std::vector<std::string>& names = ContextFeatureNames();
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()).size(), names.size());
  EXPECT_GT(names.size(), 20u);
}

TEST(ContextFeatures, ShapesComeFromTheDenseColumns) {
  const std::vector<std::string>& names = FeatureNames();
  const auto column = [&](const char* name) {
    const auto c =
        static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
    EXPECT_LT(c, names.size()) << name;
    return c;
  };
  const std::size_t cols = names.size();
  std::vector<float> rows(3 * cols, 0.0f);
  rows[0 * cols + column("words_log")] = std::log1p(10.0f);
  rows[1 * cols + column("words_log")] = std::log1p(9.0f);
  rows[2 * cols + column("blanks_before")] = 1.0f;
  const std::vector<LineShape> shapes = LineShapes(rows.data(), 3, cols);
  ASSERT_EQ(shapes.size(), 3u);
  EXPECT_TRUE(shapes[0].starts_block);  // the first line always does
  EXPECT_TRUE(shapes[0].long_line);
  EXPECT_FALSE(shapes[1].starts_block);
  EXPECT_FALSE(shapes[1].long_line);
  EXPECT_TRUE(shapes[2].starts_block);
}

TEST(ContextFeatures, StageInputsAreProbabilitiesContextThenDenseColumns) {
  const std::size_t cols = FeatureNames().size();
  const HandPage page = SixLines();
  const std::size_t n = page.shapes.size();
  std::vector<float> features(n * cols);
  for (std::size_t i = 0; i < features.size(); ++i) features[i] = static_cast<float>(i);
  const std::vector<uint32_t> dense = {2, 7};
  const std::size_t context = ContextFeatureNames().size();
  const std::size_t stride = kS + context + dense.size();
  std::vector<float> out(n * stride);
  ContextStageInputs(features.data(), n, cols, page.probabilities.data(), dense, out.data(),
                     stride);
  std::vector<float> expected_context(n * context);
  // The shapes of these made-up rows: what LineShapes reads from them.
  ComputeContextFeatures(LineShapes(features.data(), n, cols), page.probabilities.data(),
                         expected_context.data(), context);
  for (std::size_t i = 0; i < n; ++i) {
    const float* row = out.data() + i * stride;
    for (std::size_t j = 0; j < kS; ++j) EXPECT_EQ(row[j], page.probabilities[i * kS + j]);
    for (std::size_t j = 0; j < context; ++j) {
      EXPECT_EQ(row[kS + j], expected_context[i * context + j]);
    }
    EXPECT_EQ(row[kS + context], features[i * cols + 2]);
    EXPECT_EQ(row[kS + context + 1], features[i * cols + 7]);
  }
}

}  // namespace
}  // namespace pith::internal

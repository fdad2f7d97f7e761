// context_features: what a line's neighbours' predicted states say about it,
// the inputs of the model's second (context) stage (model.h, DESIGN.md
// section 5).
//
// The first stage scores every line from its own dense features; its errors
// are regional (a comment thread kept after the article, a promo inside it,
// body lost near its end). The second stage sees, beside the line's own
// first-stage probabilities, aggregates of its neighbours' probabilities:
//   - mean body/after/before/inside probability over the lines within 1, 3
//     and 10 lines of it (itself excluded), and separately over the 10 lines
//     above and the 10 lines below;
//   - the same means over its block (the lines between blank lines);
//   - the page's main body run: consecutive likely-body lines (body
//     probability >= 0.5), gaps of up to kRunGap other lines bridged, the run
//     with the largest body mass; whether the line is above (-1), inside (0)
//     or below (1) it, its signed distance in lines, the run's share of the
//     page's body mass;
//   - the share of the page's body mass above and below the line, of its
//     after mass above and of its before mass below;
//   - the body probability of the nearest line above and below with 10 or
//     more words, and how far away it is.
//
// Pure and thread-safe.
#ifndef PITH_CONTEXT_FEATURES_H_
#define PITH_CONTEXT_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace pith::internal {

// Other lines a body run bridges.
inline constexpr std::size_t kRunGap = 2;
// A line of at least this many words is a "long" line.
inline constexpr float kLongLineWords = 10.0f;

// What the context features need of a line besides its probabilities.
struct LineShape {
  bool starts_block = false;  // first line, or blank input lines before it
  bool long_line = false;     // kLongLineWords or more words
};

// The shapes of `count` rows of dense features (line_features.h, `cols`
// columns each, FeatureNames() order), from their blanks_before and
// words_log columns.
std::vector<LineShape> LineShapes(const float* features, std::size_t count, std::size_t cols);

// The column names, in order.
const std::vector<std::string>& ContextFeatureNames();

// Writes ContextFeatureNames().size() values for each line i to
// out[i * stride ..].
// REQUIRES: probabilities holds shapes.size() rows of kNumStates (model.h)
// state probabilities; stride >= ContextFeatureNames().size().
void ComputeContextFeatures(const std::vector<LineShape>& shapes, const float* probabilities,
                            float* out, std::size_t stride);

// The context stage's input rows (model.h ContextStage) of `count` lines of
// one page: per line its kNumStates probabilities, its context features,
// then its dense feature columns `dense_columns`, `stride` values a row.
// REQUIRES: features holds count rows of `cols` dense features
// (FeatureNames() order), every dense column < cols, probabilities holds
// count rows of kNumStates, stride == kNumStates +
// ContextFeatureNames().size() + dense_columns.size().
void ContextStageInputs(const float* features, std::size_t count, std::size_t cols,
                        const float* probabilities, const std::vector<uint32_t>& dense_columns,
                        float* out, std::size_t stride);

}  // namespace pith::internal

#endif  // PITH_CONTEXT_FEATURES_H_

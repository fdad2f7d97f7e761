// model: the trained line classifier and its file format.
//
// A Model holds these learned parts (DESIGN.md section 5):
//   - a linear model over hashed word n-grams of a line and its neighbours
//     (lexical.h), whose per-state probabilities are stacked onto
//   - the dense features of line_features.h as the inputs of a gradient-boosted
//     tree ensemble (gbdt.h) that scores each region state (stage 1),
//   - transition scores between region states for Viterbi decoding
//     (classify.h), and optionally
//   - a context stage (stage 2): a second, smaller tree ensemble over each
//     line's stage-1 state probabilities, aggregates of its neighbours'
//     (context_features.h) and a subset of its dense features, with its own
//     transition scores. When present its probabilities replace stage 1's as
//     the emissions Viterbi decodes, and optionally
//   - a headline ranker (headline_ranker.h): weights (and optionally small
//     trees) over the features of each headline candidate, which choose the
//     article's headline.
//
// Region states, in file order: before (boilerplate above the article),
// headline, meta, body, inside (boilerplate within the article: captions,
// promos), after (comments, related stories, footer).
//
// File format (models/README.md), all integers and floats little-endian:
//   magic "PITHMODL", u32 version (kModelVersion; version 1 files, which
//   end after the first transitions, version 2 files, which end after
//   the context stage, and version 3 files, whose headline ranker has no
//   trees, are read too)
//   u32 state count (must be kNumStates)
//   u32 feature count, then per feature: u32 byte length, the name bytes
//   lexical: u32 bucket bits, f32 scale, f32 bias[states],
//            i16 weights[2^bits * states] (bucket-major)
//   trees:   u32 inputs (features + states), f32 base[states], u32 trees,
//            u32 nodes, u32 leaves, i32 root[trees],
//            nodes: {u32 feature, f32 threshold, i32 left, i32 right},
//            f32 leaf values[leaves * states]
//   transitions: f32 start[states], f32 next[states * states] (row = from),
//                f32 end[states]
//   context stage: u32 present (0 or 1); when 1:
//     u32 context feature count, then per name: u32 byte length, the bytes
//     u32 dense column count, u32 column[count] (ascending indices into the
//         feature names)
//     trees (as above; inputs = states + context features + dense columns,
//         in that order, at least one tree)
//     transitions (as above)
//   headline ranker (version 3): u32 present (0 or 1); when 1:
//     u32 headline feature count, then per name: u32 byte length, the bytes
//     (must equal HeadlineFeatureNames()), f32 weight[count], and
//     (version 4) u32 trees present (0 or 1); when 1: trees (as above, with
//     2 outputs instead of one per state: base[2], leaf values[leaves * 2];
//     inputs = the headline features, at least one tree)
// A child or root reference >= 0 is a node index, < 0 is leaf -ref-1.
// ParseModel checks every count, index and number, and that the feature
// names equal FeatureNames() (and the context feature names
// ContextFeatureNames()): a model only works with the features it was
// trained on.
#ifndef PITH_MODEL_H_
#define PITH_MODEL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "gbdt.h"
#include "headline_ranker.h"
#include "lexical.h"
#include "pith/pith.h"

namespace pith::internal {

enum class State : uint8_t { kBefore, kHeadline, kMeta, kBody, kInside, kAfter };
inline constexpr std::size_t kNumStates = 6;
inline constexpr uint32_t kModelVersion = 4;        // what SerializeModel writes
inline constexpr uint32_t kOldestModelVersion = 1;  // version 1: no context stage section
static_assert(kNumStates == kLexicalClasses, "the lexical model scores the region states");

// before/inside/after -> kBoilerplate, headline -> kHeadline, meta ->
// kMetadata, body -> kBody.
Label StateLabel(State state);

// "before", "headline", ...
const char* StateName(State state);

// Log-probability scores between region states.
struct Transitions {
  std::array<float, kNumStates> start{};
  std::array<float, kNumStates * kNumStates> next{};  // [from * kNumStates + to]
  std::array<float, kNumStates> end{};
};

// The context stage (stage 2). Absent when `trees` has no trees.
struct ContextStage {
  std::vector<std::string> context_names;  // ContextFeatureNames() when trained
  std::vector<uint32_t> dense_columns;     // ascending indices into Model::feature_names
  TreeEnsemble trees;     // inputs: kNumStates stage-1 probabilities, context, dense columns
  CompiledForest forest;  // CompileForest(trees), or ForestOverLayout for the embedded model
  Transitions transitions;
  bool present() const { return !trees.roots.empty(); }
  std::size_t num_inputs() const {
    return kNumStates + context_names.size() + dense_columns.size();
  }
};

// The region states of a page's lines from their gold labels: boilerplate
// before the first non-boilerplate line is `before`, after the last body
// line (or the last non-boilerplate line when there is no body) `after`,
// anything between `inside`.
// REQUIRES: no label is kBlank (logical lines are never blank).
std::vector<State> GoldStates(const std::vector<Label>& labels);

// The file bytes of a model (the inverse of ParseModel).
std::string SerializeModel(const Model& model);

// One tree ensemble alone, for tools that keep ensembles apart from a model
// (pith-train's tree cache): u32 num_outputs, then the trees as a model
// file holds them (above). ParseTreeEnsemble checks every count, index and
// number as ParseModel checks a model's trees. Errors: kBadModel.
// REQUIRES (SerializeTreeEnsemble): trees.num_outputs > 0.
std::string SerializeTreeEnsemble(const TreeEnsemble& trees);
Result<TreeEnsemble> ParseTreeEnsemble(std::string_view bytes);

// The layouts of a model's compiled forests (LayoutBytes of `forest`, then
// of the context stage's and the headline ranker's when present): what a
// build compiles ahead of run time (tools/embed) for ParseEmbeddedModel.
std::string ForestLayouts(const Model& model);

// ParseModel for model bytes compiled into pith, which outlive the model,
// with `forest_layouts` (ForestLayouts of ParseModel(bytes), 4-byte
// aligned, as long-lived). Unlike ParseModel it does not check the tree
// ensembles (finite leaf values, CheckEnsemble), which
// tests/embedded_model_test.cpp proves for pith's bytes once instead of
// every run, it reads the lexical weights and the ensembles' nodes and
// leaf values in place (LexicalModel::weights_in_place,
// TreeEnsemble::nodes_in_place and leaf_values_in_place) on a
// little-endian host, and it reads the forests' layouts in place
// (ForestOverLayout) instead of compiling them: computing and copying
// those megabytes was most of pith's startup.
Result<std::shared_ptr<const Model>> ParseEmbeddedModel(std::string_view bytes,
                                                        std::string_view forest_layouts);

// The model compiled into pith, parsed once (ParseEmbeddedModel of
// EmbeddedDefaultModel() and EmbeddedDefaultForestLayouts(); defined in
// embedded_model.cpp), thread-safe. An error when those bytes are no model
// for this build's features (models/default.pithm not retrained after a
// feature change): DefaultModel() then returns nullptr, and callers report
// this error.
const Result<std::shared_ptr<const Model>>& ParsedDefaultModel();

}  // namespace pith::internal

namespace pith {

struct Model {
  std::vector<std::string> feature_names;  // the columns the trees were trained on
  internal::LexicalModel lexical;
  internal::TreeEnsemble trees;  // inputs: feature_names, then kNumStates lexical probabilities
  // CompileForest(trees), or its layout compiled into pith (ForestOverLayout)
  // for the embedded model: what ClassifyLines evaluates.
  internal::CompiledForest forest;
  internal::Transitions transitions;  // decodes stage 1 when there is no context stage
  internal::ContextStage context;
  internal::HeadlineRanker headline_ranker;  // absent: the headline rules decide
};

}  // namespace pith

#endif  // PITH_MODEL_H_

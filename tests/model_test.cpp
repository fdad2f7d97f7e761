#include "model.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "context_features.h"
#include "line_features.h"

namespace pith::internal {
namespace {

// A small valid model for this build's features: one split on the first
// feature column, lexical model with 2 buckets.
Model TinyModel() {
  Model m;
  m.feature_names = FeatureNames();
  m.lexical.bucket_bits = 1;
  m.lexical.num_classes = kNumStates;
  m.lexical.scale = 0.01f;
  m.lexical.bias.assign(kNumStates, 0.0f);
  m.lexical.weights.assign(2 * kNumStates, 0);
  m.lexical.weights[3] = 100;
  m.lexical.weights[kNumStates] = -7;
  m.trees.num_inputs = static_cast<uint32_t>(m.feature_names.size() + kNumStates);
  m.trees.num_outputs = kNumStates;
  m.trees.base.assign(kNumStates, 0.0f);
  m.trees.roots = {0};
  m.trees.nodes = {TreeNode{0, 2.0f, -1, -2}};
  m.trees.leaf_values.assign(2 * kNumStates, 0.0f);
  m.trees.leaf_values[static_cast<std::size_t>(State::kBody)] = 3.0f;
  m.trees.leaf_values[kNumStates + static_cast<std::size_t>(State::kBefore)] = 3.0f;
  for (std::size_t i = 0; i < kNumStates; ++i) {
    m.transitions.start[i] = -1.0f;
    m.transitions.end[i] = -2.0f;
    for (std::size_t j = 0; j < kNumStates; ++j) {
      m.transitions.next[i * kNumStates + j] = i == j ? -0.1f : -3.0f;
    }
  }
  return m;
}

// TinyModel with a context stage: one split on the stage-1 body
// probability, dense columns 0 and 3.
Model TinyContextModel() {
  Model m = TinyModel();
  ContextStage& c = m.context;
  c.context_names = ContextFeatureNames();
  c.dense_columns = {0, 3};
  c.trees.num_inputs = static_cast<uint32_t>(c.num_inputs());
  c.trees.num_outputs = kNumStates;
  c.trees.base.assign(kNumStates, 0.5f);
  c.trees.roots = {0};
  c.trees.nodes = {TreeNode{static_cast<uint32_t>(State::kBody), 0.5f, -1, -2}};
  c.trees.leaf_values.assign(2 * kNumStates, 0.0f);
  c.trees.leaf_values[static_cast<std::size_t>(State::kAfter)] = 2.0f;
  c.transitions = m.transitions;
  c.transitions.start[0] = -4.0f;
  return m;
}

// TinyModel with a headline ranker.
Model TinyRankerModel() {
  Model m = TinyModel();
  m.headline_ranker.weights.assign(kHeadlineFeatureCount, 0.0f);
  m.headline_ranker.weights[0] = 1.5f;
  m.headline_ranker.weights[kHeadlineFeatureCount - 1] = -2.0f;
  return m;
}

// TinyRankerModel whose ranker has trees: one split on its first feature.
Model TinyRankerTreesModel() {
  Model m = TinyRankerModel();
  TreeEnsemble& t = m.headline_ranker.trees;
  t.num_inputs = static_cast<uint32_t>(kHeadlineFeatureCount);
  t.num_outputs = 2;
  t.base = {0.0f, -1.0f};
  t.roots = {0};
  t.nodes = {TreeNode{0, 0.5f, -1, -2}};
  t.leaf_values = {0.5f, -0.5f, -0.25f, 2.0f};
  m.headline_ranker.forest = CompileForest(t);
  return m;
}

// Offset of the context stage flag: 8 bytes before the end of a model
// without a context stage and a headline ranker (their two flags).
std::size_t ContextOffset() { return SerializeModel(TinyModel()).size() - 8; }

TEST(Model, SerializedModelParsesBackToTheSameBytes) {
  const std::string bytes = SerializeModel(TinyModel());
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Model& m = *parsed.value();
  EXPECT_EQ(m.feature_names, FeatureNames());
  EXPECT_EQ(m.lexical.weights[3], 100);
  EXPECT_EQ(m.lexical.weights[kNumStates], -7);
  EXPECT_EQ(m.trees.nodes.size(), 1u);
  EXPECT_FLOAT_EQ(m.transitions.next[1], -3.0f);
  EXPECT_EQ(SerializeModel(m), bytes);
}

TEST(Model, ContextStageParsesBackToTheSameBytes) {
  const std::string bytes = SerializeModel(TinyContextModel());
  EXPECT_GT(bytes.size(), SerializeModel(TinyModel()).size());
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const ContextStage& c = parsed.value()->context;
  ASSERT_TRUE(c.present());
  EXPECT_EQ(c.context_names, ContextFeatureNames());
  EXPECT_EQ(c.dense_columns, (std::vector<uint32_t>{0, 3}));
  EXPECT_EQ(c.trees.nodes.size(), 1u);
  EXPECT_FLOAT_EQ(c.transitions.start[0], -4.0f);
  EXPECT_EQ(c.forest.trees.size(), 1u);  // compiled for ClassifyLines
  EXPECT_EQ(SerializeModel(*parsed.value()), bytes);
  EXPECT_FALSE(ParseModel(SerializeModel(TinyModel())).value()->context.present());
}

TEST(Model, HeadlineRankerParsesBackToTheSameBytes) {
  const std::string bytes = SerializeModel(TinyRankerModel());
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const HeadlineRanker& ranker = parsed.value()->headline_ranker;
  ASSERT_TRUE(ranker.present());
  EXPECT_FLOAT_EQ(ranker.weights[0], 1.5f);
  EXPECT_FLOAT_EQ(ranker.weights[kHeadlineFeatureCount - 1], -2.0f);
  EXPECT_EQ(SerializeModel(*parsed.value()), bytes);
  EXPECT_FALSE(ParseModel(SerializeModel(TinyModel())).value()->headline_ranker.present());
}

TEST(Model, HeadlineRankerTreesParseBackToTheSameBytes) {
  const std::string bytes = SerializeModel(TinyRankerTreesModel());
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const HeadlineRanker& ranker = parsed.value()->headline_ranker;
  ASSERT_TRUE(ranker.has_trees());
  EXPECT_EQ(ranker.trees.num_outputs, 2u);
  EXPECT_FLOAT_EQ(ranker.trees.leaf_values[3], 2.0f);
  EXPECT_EQ(ranker.forest.trees.size(), 1u);  // compiled for RankHeadline
  EXPECT_EQ(SerializeModel(*parsed.value()), bytes);
  EXPECT_FALSE(ParseModel(SerializeModel(TinyRankerModel())).value()->headline_ranker.has_trees());
}

// A ranker's trees flag of 2, and a flag saying "present" before zero
// trees (written by hand: SerializeModel writes such trees as absent).
TEST(Model, HeadlineRankerTreesFlagAndCountAreChecked) {
  std::string bytes = SerializeModel(TinyRankerModel());
  bytes[bytes.size() - 4] = 2;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("neither 0 nor 1"), std::string::npos)
      << parsed.error().message;
  bytes[bytes.size() - 4] = 1;
  // inputs, base[2], tree, node and leaf counts.
  for (uint32_t v : {static_cast<uint32_t>(kHeadlineFeatureCount), 0u, 0u, 0u, 0u, 0u}) {
    bytes.append(reinterpret_cast<const char*>(&v), 4);
  }
  parsed = ParseModel(bytes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("headline ranker has no trees"), std::string::npos)
      << parsed.error().message;
}

TEST(Model, HeadlineRankerOfOtherFeaturesIsRefused) {
  std::string bytes = SerializeModel(TinyRankerModel());
  const std::string first = HeadlineFeatureNames()[0];
  const std::size_t at = bytes.rfind(first);
  ASSERT_NE(at, std::string::npos);
  bytes[at] = 'X';
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("other headline features"), std::string::npos)
      << parsed.error().message;
}

TEST(Model, EveryTruncationIsRefused) {
  for (const Model& model :
       {TinyModel(), TinyContextModel(), TinyRankerModel(), TinyRankerTreesModel()}) {
    const std::string bytes = SerializeModel(model);
    for (std::size_t size = 0; size < bytes.size(); ++size) {
      Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes.substr(0, size));
      ASSERT_FALSE(parsed.ok()) << "prefix of " << size << " bytes";
      EXPECT_EQ(parsed.error().code, ErrorCode::kBadModel);
      EXPECT_EQ(parsed.error().message.find('\n'), std::string::npos);
    }
  }
}

// A version 3 file is a version 4 file whose ranker has no trees flag.
TEST(Model, VersionThreeFilesStillLoad) {
  std::string bytes = SerializeModel(TinyRankerModel());
  bytes.resize(bytes.size() - 4);
  bytes[8] = 3;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_TRUE(parsed.value()->headline_ranker.present());
  EXPECT_FALSE(parsed.value()->headline_ranker.has_trees());
  bytes[8] = 4;
  EXPECT_FALSE(ParseModel(bytes).ok());
}

// A version 2 file is a version 3 file without the headline ranker flag,
// a version 1 file one without the context stage flag either.
TEST(Model, VersionOneAndTwoFilesStillLoad) {
  std::string bytes = SerializeModel(TinyModel());
  bytes.resize(bytes.size() - 4);
  bytes[8] = 2;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_FALSE(parsed.value()->headline_ranker.present());
  bytes[8] = 3;
  EXPECT_FALSE(ParseModel(bytes).ok());
  bytes.resize(bytes.size() - 4);
  bytes[8] = 1;
  parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_FALSE(parsed.value()->context.present());
  bytes[8] = 2;
  EXPECT_FALSE(ParseModel(bytes).ok());
}

// Offset of the field after the feature names (the lexical bucket bits).
std::size_t LexicalOffset() {
  std::size_t offset = 8 + 4 + 4 + 4;
  for (const std::string& name : FeatureNames()) offset += 4 + name.size();
  return offset;
}

struct CorruptCase {
  const char* what;
  void (*corrupt)(std::string*);
  const char* message_part;
};

class ModelCorruptTest : public ::testing::TestWithParam<CorruptCase> {};

TEST_P(ModelCorruptTest, IsRefusedWithAClearMessage) {
  std::string bytes = SerializeModel(TinyModel());
  GetParam().corrupt(&bytes);
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::kBadModel);
  EXPECT_NE(parsed.error().message.find(GetParam().message_part), std::string::npos)
      << parsed.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ModelCorruptTest,
    ::testing::Values(
        CorruptCase{"magic", [](std::string* b) { (*b)[0] = 'X'; }, "wrong magic"},
        CorruptCase{"version", [](std::string* b) { (*b)[8] = 9; }, "version 9"},
        CorruptCase{"version 0", [](std::string* b) { (*b)[8] = 0; }, "version 0"},
        CorruptCase{"states", [](std::string* b) { (*b)[12] = 5; }, "number of states"},
        CorruptCase{"feature count", [](std::string* b) { (*b)[19] = 0x7f; },
                    "feature count out of range"},
        CorruptCase{"trailing", [](std::string* b) { b->push_back('\0'); }, "trailing bytes"},
        CorruptCase{"feature name", [](std::string* b) { (*b)[8 + 4 + 4 + 4 + 4] ^= 0x20; },
                    "trained on other features"},
        CorruptCase{"bucket bits", [](std::string* b) { (*b)[LexicalOffset()] = 30; },
                    "bucket bits out of range"},
        CorruptCase{"NaN scale",
                    [](std::string* b) {
                      const float nan = NAN;
                      std::memcpy(&(*b)[LexicalOffset() + 4], &nan, 4);
                    },
                    "not finite"},
        CorruptCase{"transition NaN",
                    [](std::string* b) {
                      const float nan = NAN;
                      std::memcpy(&(*b)[ContextOffset() - 4], &nan, 4);
                    },
                    "not finite"},
        CorruptCase{"context flag", [](std::string* b) { (*b)[ContextOffset()] = 2; },
                    "context stage flag is neither 0 nor 1"},
        CorruptCase{"headline ranker flag", [](std::string* b) { (*b)[ContextOffset() + 4] = 2; },
                    "headline ranker flag is neither 0 nor 1"}),
    [](const ::testing::TestParamInfo<CorruptCase>& p) {
      std::string name = p.param.what;
      for (char& c : name) {
        if (c == ' ') c = '_';
      }
      return name;
    });

// Corruptions of a model with a context stage.
struct ContextCorruptCase {
  const char* what;
  void (*corrupt)(Model*);
  const char* message_part;
};

class ContextCorruptTest : public ::testing::TestWithParam<ContextCorruptCase> {};

TEST_P(ContextCorruptTest, IsRefusedWithAClearMessage) {
  Model m = TinyContextModel();
  GetParam().corrupt(&m);
  Result<std::shared_ptr<const Model>> parsed = ParseModel(SerializeModel(m));
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.error().code, ErrorCode::kBadModel);
  EXPECT_NE(parsed.error().message.find(GetParam().message_part), std::string::npos)
      << parsed.error().message;
  EXPECT_EQ(parsed.error().message.find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ContextCorruptTest,
    ::testing::Values(
        ContextCorruptCase{"other context names",
                           [](Model* m) { m->context.context_names[0] = "ctx_unknown"; },
                           "other context features"},
        ContextCorruptCase{"fewer context names",
                           [](Model* m) {
                             m->context.context_names.pop_back();
                             m->context.trees.num_inputs -= 1;
                           },
                           "other context features"},
        ContextCorruptCase{"dense column out of range",
                           [](Model* m) {
                             m->context.dense_columns[1] =
                                 static_cast<uint32_t>(m->feature_names.size());
                           },
                           "dense column out of range"},
        ContextCorruptCase{"dense columns out of order",
                           [](Model* m) {
                             m->context.dense_columns = {3, 0};
                           },
                           "out of order"},
        ContextCorruptCase{"input count", [](Model* m) { m->context.trees.num_inputs += 1; },
                           "context stage tree input count"},
        ContextCorruptCase{"feature index",
                           [](Model* m) { m->context.trees.nodes[0].feature = 100000; },
                           "context stage tree: tree feature index out of range"},
        ContextCorruptCase{"leaf NaN", [](Model* m) { m->context.trees.leaf_values[0] = NAN; },
                           "not finite"},
        ContextCorruptCase{"transition NaN", [](Model* m) { m->context.transitions.end[5] = NAN; },
                           "not finite"}),
    [](const ::testing::TestParamInfo<ContextCorruptCase>& p) {
      std::string name = p.param.what;
      for (char& c : name) {
        if (c == ' ') c = '_';
      }
      return name;
    });

TEST(Model, ContextStageWithoutTreesIsRefused) {
  // A flag saying "present" followed by a stage of zero trees: written by
  // hand, since SerializeModel writes such a stage as absent.
  const Model with = TinyContextModel();
  std::string bytes = SerializeModel(with);
  const std::size_t trees_at = ContextOffset() + 4 + 4;
  std::size_t names = 0;
  for (const std::string& name : with.context.context_names) names += 4 + name.size();
  // inputs, base[6], tree count: set the count to 0 and drop the rest.
  const std::size_t count_at = trees_at + names + 4 + 4 * 2 + 4 + 4 * kNumStates;
  bytes.resize(count_at);
  for (uint32_t v : {0u, 0u, 0u}) bytes.append(reinterpret_cast<const char*>(&v), 4);
  std::string transitions(4 * (kNumStates + kNumStates * kNumStates + kNumStates), '\0');
  bytes += transitions;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("no trees"), std::string::npos) << parsed.error().message;
}

TEST(Model, ChildIndexOutOfBoundsIsRefused) {
  Model m = TinyModel();
  m.trees.nodes[0].right = 1;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(SerializeModel(m));
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("node index out of range"), std::string::npos);
}

TEST(Model, OtherFeatureListIsRefused) {
  Model m = TinyModel();
  m.feature_names.pop_back();
  m.trees.num_inputs -= 1;
  Result<std::shared_ptr<const Model>> parsed = ParseModel(SerializeModel(m));
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.error().message.find("retrain"), std::string::npos);
}

// `words` as bytes (aligned as ParseEmbeddedModel's layouts must be).
std::string_view WordBytes(const std::vector<uint32_t>& words) {
  return std::string_view(reinterpret_cast<const char*>(words.data()), words.size() * 4);
}

// ParseEmbeddedModel over the forest layouts of the same bytes: the model
// ParseModel makes, with its forests read from the layouts.
TEST(Model, EmbeddedParseReadsTheForestLayouts) {
  Model full = TinyContextModel();
  full.headline_ranker = TinyRankerTreesModel().headline_ranker;
  for (const Model& m : {TinyModel(), full}) {
    const std::string bytes = SerializeModel(m);
    const Result<std::shared_ptr<const Model>> copied = ParseModel(bytes);
    ASSERT_TRUE(copied.ok()) << copied.error().message;
    const std::string layouts = ForestLayouts(*copied.value());
    std::vector<uint32_t> words(layouts.size() / 4);
    std::memcpy(words.data(), layouts.data(), layouts.size());
    const Result<std::shared_ptr<const Model>> embedded =
        ParseEmbeddedModel(bytes, WordBytes(words));
    ASSERT_TRUE(embedded.ok()) << embedded.error().message;
    const Model& e = *embedded.value();
    EXPECT_EQ(SerializeModel(e), bytes);
    EXPECT_EQ(ForestLayouts(e), layouts);
    EXPECT_EQ(e.context.present(), m.context.present());
    EXPECT_EQ(e.headline_ranker.has_trees(), m.headline_ranker.has_trees());
    EXPECT_EQ(e.forest.arrays, nullptr);
    EXPECT_EQ(e.forest.features, words.data() + 2);  // after the tree count and depth

    // Layouts short of a forest, or longer, are refused.
    const std::string_view all = WordBytes(words);
    const Result<std::shared_ptr<const Model>> short_of =
        ParseEmbeddedModel(bytes, all.substr(0, all.size() - 4));
    ASSERT_FALSE(short_of.ok());
    EXPECT_EQ(short_of.error().message, "model forest layout is cut short");
    std::vector<uint32_t> longer = words;
    longer.push_back(0);
    const Result<std::shared_ptr<const Model>> trailing =
        ParseEmbeddedModel(bytes, WordBytes(longer));
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error().message, "model forest layouts have trailing bytes");
    // A malformed model still gets its error.
    const Result<std::shared_ptr<const Model>> truncated =
        ParseEmbeddedModel(std::string_view(bytes).substr(0, bytes.size() - 9), all);
    ASSERT_FALSE(truncated.ok());
    EXPECT_EQ(truncated.error().message, "model file is truncated");
  }
}

TEST(Model, EmbeddedDefaultModelLoads) {
  const Result<std::shared_ptr<const Model>>& parsed = ParsedDefaultModel();
  ASSERT_TRUE(parsed.ok()) << "models/default.pithm: " << parsed.error().message;
  EXPECT_EQ(DefaultModel(), parsed.value());
  EXPECT_GT(parsed.value()->trees.roots.size(), 0u);
}

// The shipped alternative model must match this build's features too.
TEST(Model, FastModelFileLoads) {
  std::ifstream in(std::string(PITH_SOURCE_DIR) + "/models/fast.pithm", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(bytes.empty());
  const Result<std::shared_ptr<const Model>> parsed = ParseModel(bytes);
  ASSERT_TRUE(parsed.ok()) << "models/fast.pithm: " << parsed.error().message;
}

TEST(Model, StatesMapToLabels) {
  EXPECT_EQ(StateLabel(State::kBefore), Label::kBoilerplate);
  EXPECT_EQ(StateLabel(State::kHeadline), Label::kHeadline);
  EXPECT_EQ(StateLabel(State::kMeta), Label::kMetadata);
  EXPECT_EQ(StateLabel(State::kBody), Label::kBody);
  EXPECT_EQ(StateLabel(State::kInside), Label::kBoilerplate);
  EXPECT_EQ(StateLabel(State::kAfter), Label::kBoilerplate);
}

struct GoldCase {
  std::string labels;  // H headline, M metadata, B body, x boilerplate
  std::string states;  // b before, h headline, m meta, B body, i inside, a after
};

class GoldStatesTest : public ::testing::TestWithParam<GoldCase> {};

TEST_P(GoldStatesTest, Derives) {
  std::vector<Label> labels;
  for (char c : GetParam().labels) {
    labels.push_back(c == 'H'   ? Label::kHeadline
                     : c == 'M' ? Label::kMetadata
                     : c == 'B' ? Label::kBody
                                : Label::kBoilerplate);
  }
  std::string got;
  for (State s : GoldStates(labels)) got.push_back("bhmBia"[static_cast<std::size_t>(s)]);
  EXPECT_EQ(got, GetParam().states);
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldStatesTest,
                         ::testing::Values(GoldCase{"", ""}, GoldCase{"xxx", "bbb"},
                                           GoldCase{"xxHxMBBxBxx", "bbhimBBiBaa"},
                                           GoldCase{"BxB", "BiB"}, GoldCase{"xHMx", "bhma"},
                                           GoldCase{"HxBxMx", "hiBama"}));

}  // namespace
}  // namespace pith::internal

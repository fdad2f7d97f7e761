#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "boost.h"
#include "gbdt.h"
#include "headline_train.h"
#include "lexical.h"
#include "lexical_train.h"
#include "line_features.h"
#include "model.h"
#include "test_util.h"
#include "trainer.h"
#include "training_set.h"
#include "tree_cache.h"

namespace pith::train {
namespace {

// Three classes laid out on a 2-D grid with a non-linear (XOR-like) rule,
// plus one noise column.
struct Synthetic {
  std::vector<float> x;
  std::vector<uint8_t> y;
  std::size_t rows = 0, cols = 3;
};

Synthetic MakeData(std::size_t rows) {
  Synthetic d;
  d.rows = rows;
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>((state >> 33) % 10000) / 10000.0f;
  };
  for (std::size_t r = 0; r < rows; ++r) {
    const float a = next(), b = next(), noise = next();
    d.x.insert(d.x.end(), {a, b, noise});
    d.y.push_back(a < 0.3f ? 0 : ((a < 0.7f) != (b < 0.5f) ? 1 : 2));
  }
  return d;
}

double Accuracy(const internal::TreeEnsemble& e, const Synthetic& d) {
  std::vector<float> scores(d.rows * 3);
  internal::EvaluateForest(internal::CompileForest(e), d.x.data(), d.rows, d.cols, scores.data());
  std::size_t right = 0;
  for (std::size_t r = 0; r < d.rows; ++r) {
    const float* s = scores.data() + r * 3;
    const auto best = static_cast<std::size_t>(std::max_element(s, s + 3) - s);
    right += best == d.y[r];
  }
  return static_cast<double>(right) / static_cast<double>(d.rows);
}

std::vector<uint32_t> AllRows(std::size_t n) {
  std::vector<uint32_t> rows(n);
  for (std::size_t i = 0; i < n; ++i) rows[i] = static_cast<uint32_t>(i);
  return rows;
}

TEST(Boost, BinsKeepTheOrderOfValues) {
  const std::vector<float> x = {3, 1, 2, 2, 1, 3, NAN};
  const BinnedInputs in = BinInputs(x.data(), x.size(), 1);
  ASSERT_EQ(in.cuts[0], (std::vector<float>{2, 3}));
  EXPECT_EQ(in.bins, (std::vector<uint8_t>{2, 0, 1, 1, 0, 2, 2}));
}

TEST(Boost, ManyValuesGetAtMost256Bins) {
  std::vector<float> x(10000);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<float>(i % 997);
  const BinnedInputs in = BinInputs(x.data(), x.size(), 1);
  EXPECT_LE(in.cuts[0].size(), 255u);
  EXPECT_GT(in.cuts[0].size(), 200u);
  for (std::size_t i = 0; i < x.size(); ++i) {
    // x < cuts[b] exactly when bin <= b.
    const uint8_t bin = in.bins[i];
    if (bin < in.cuts[0].size()) {
      EXPECT_LT(x[i], in.cuts[0][bin]);
    }
    if (bin > 0) {
      EXPECT_GE(x[i], in.cuts[0][bin - 1u]);
    }
  }
}

TEST(Boost, LearnsANonLinearRuleAndGeneralises) {
  const Synthetic train = MakeData(4000);
  BoostParams params;
  params.rounds = 30;
  params.depth = 3;
  params.learning_rate = 0.3f;
  const BinnedInputs in = BinInputs(train.x.data(), train.rows, train.cols);
  const internal::TreeEnsemble e =
      TrainBoosted(in, AllRows(train.rows), train.y, {}, 3, params, nullptr);
  EXPECT_EQ(internal::CheckEnsemble(e), "");
  EXPECT_EQ(e.roots.size(), 30u);
  EXPECT_GT(Accuracy(e, train), 0.97);
  // Fresh rows from the same rule (another stretch of the generator).
  Synthetic test = MakeData(8000);
  test.x.erase(test.x.begin(), test.x.begin() + 4000 * 3);
  test.y.erase(test.y.begin(), test.y.begin() + 4000);
  test.rows = 4000;
  EXPECT_GT(Accuracy(e, test), 0.95);
}

TEST(Boost, SameDataSameTreesWhateverTheThreads) {
  const Synthetic d = MakeData(9000);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  BoostParams params;
  params.rounds = 5;
  params.threads = 1;
  const internal::TreeEnsemble a = TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr);
  params.threads = 3;
  const internal::TreeEnsemble b = TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr);
  ASSERT_EQ(a.nodes.size(), b.nodes.size());
  for (std::size_t i = 0; i < a.nodes.size(); ++i) {
    EXPECT_EQ(a.nodes[i].feature, b.nodes[i].feature);
    EXPECT_EQ(a.nodes[i].threshold, b.nodes[i].threshold);
  }
  EXPECT_EQ(a.leaf_values, b.leaf_values);
  EXPECT_EQ(a.roots, b.roots);
}

// The cache gives back what boosting gave, without boosting again: the
// second call makes no rounds and returns the same bytes.
TEST(TreeCache, SecondCallReadsTheStoredEnsemble) {
  const testutil::TempDir dir;
  const Synthetic d = MakeData(3000);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  BoostParams params;
  params.rounds = 4;
  const std::string trained = internal::SerializeTreeEnsemble(
      TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr));
  int rounds = 0;
  const auto count = [&rounds](int) { ++rounds; };
  const std::string folder = dir.path() + "/cache";
  const internal::TreeEnsemble first =
      TrainBoostedCached(folder, in, AllRows(d.rows), d.y, {}, 3, params, count);
  EXPECT_EQ(rounds, 4);
  EXPECT_EQ(internal::SerializeTreeEnsemble(first), trained);
  EXPECT_TRUE(std::filesystem::exists(folder + "/" +
                                      TreeCacheName(in, AllRows(d.rows), d.y, {}, 3, params)));
  const internal::TreeEnsemble second =
      TrainBoostedCached(folder, in, AllRows(d.rows), d.y, {}, 3, params, count);
  EXPECT_EQ(rounds, 4);
  EXPECT_EQ(internal::SerializeTreeEnsemble(second), trained);
}

// Every argument boosting depends on changes the key; the thread count,
// which changes no tree (SameDataSameTreesWhateverTheThreads), does not.
TEST(TreeCache, NameChangesWithEveryInputOfBoosting) {
  const Synthetic d = MakeData(500);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  const std::vector<uint32_t> rows = AllRows(d.rows);
  const BoostParams params;
  const std::string name = TreeCacheName(in, rows, d.y, {}, 3, params);
  EXPECT_EQ(name.size(), 16u + 6u);

  BinnedInputs other_bins = in;
  other_bins.bins[7] = static_cast<uint8_t>(other_bins.bins[7] + 1);
  EXPECT_NE(TreeCacheName(other_bins, rows, d.y, {}, 3, params), name);
  BinnedInputs other_cuts = in;
  other_cuts.cuts[1][0] += 0.5f;
  EXPECT_NE(TreeCacheName(other_cuts, rows, d.y, {}, 3, params), name);
  const std::vector<uint32_t> fewer(rows.begin(), rows.end() - 1);
  EXPECT_NE(TreeCacheName(in, fewer, d.y, {}, 3, params), name);
  std::vector<uint8_t> other_y = d.y;
  other_y[3] = static_cast<uint8_t>((other_y[3] + 1) % 3);
  EXPECT_NE(TreeCacheName(in, rows, other_y, {}, 3, params), name);
  EXPECT_NE(TreeCacheName(in, rows, d.y, std::vector<float>(d.rows, 1.0f), 3, params), name);
  EXPECT_NE(TreeCacheName(in, rows, d.y, {}, 4, params), name);

  const std::vector<void (*)(BoostParams*)> changes = {
      [](BoostParams* p) { p->rounds += 1; },
      [](BoostParams* p) { p->depth += 1; },
      [](BoostParams* p) { p->learning_rate *= 2; },
      [](BoostParams* p) { p->min_child_weight += 1; },
      [](BoostParams* p) { p->l2 += 1; },
      [](BoostParams* p) { p->min_gradient *= 2; },
  };
  for (std::size_t k = 0; k < changes.size(); ++k) {
    BoostParams changed = params;
    changes[k](&changed);
    EXPECT_NE(TreeCacheName(in, rows, d.y, {}, 3, changed), name) << "change " << k;
  }
  BoostParams more_threads = params;
  more_threads.threads += 3;
  EXPECT_EQ(TreeCacheName(in, rows, d.y, {}, 3, more_threads), name);
}

// A damaged entry is not read: the ensemble is trained again and the entry
// rewritten.
TEST(TreeCache, DamagedEntryIsTrainedAgain) {
  const testutil::TempDir dir;
  const Synthetic d = MakeData(2000);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  BoostParams params;
  params.rounds = 3;
  const internal::TreeEnsemble trained =
      TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr);
  const std::string bytes = internal::SerializeTreeEnsemble(trained);
  const std::string name = TreeCacheName(in, AllRows(d.rows), d.y, {}, 3, params);
  dir.Write("cache/" + name, bytes.substr(0, bytes.size() / 2));
  int rounds = 0;
  const internal::TreeEnsemble again = TrainBoostedCached(
      dir.path() + "/cache", in, AllRows(d.rows), d.y, {}, 3, params, [&rounds](int) { ++rounds; });
  EXPECT_EQ(rounds, 3);
  EXPECT_EQ(internal::SerializeTreeEnsemble(again), bytes);
  EXPECT_EQ(testutil::Slurp(dir.path() + "/cache/" + name), bytes);
}

// Empty vectors (no rows, no row weights) are hashed without passing their
// null data() to memcpy (UBSan caught that in TreeCacheName's first
// version); an ensemble of no outputs is refused as none.
TEST(TreeCache, EmptyVectorsAreHashedAndNoOutputsRefused) {
  const Synthetic d = MakeData(100);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  EXPECT_NE(TreeCacheName(in, {}, {}, {}, 3, BoostParams{}),
            TreeCacheName(in, AllRows(d.rows), d.y, {}, 3, BoostParams{}));
  EXPECT_FALSE(internal::ParseTreeEnsemble(std::string(32, '\0')).ok());
}

// The cache's entries (model.h's lone ensemble): ParseTreeEnsemble takes
// SerializeTreeEnsemble's bytes back and refuses every shorter prefix, a
// longer file and a node that points outside the ensemble.
TEST(TreeEnsembleBytes, ParseRefusesDamagedBytes) {
  const Synthetic d = MakeData(1000);
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  BoostParams params;
  params.rounds = 2;
  params.depth = 2;
  internal::TreeEnsemble trees = TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr);
  const std::string bytes = internal::SerializeTreeEnsemble(trees);
  Result<internal::TreeEnsemble> parsed = internal::ParseTreeEnsemble(bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(internal::SerializeTreeEnsemble(parsed.value()), bytes);
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    EXPECT_FALSE(internal::ParseTreeEnsemble(bytes.substr(0, size)).ok()) << size;
  }
  EXPECT_FALSE(internal::ParseTreeEnsemble(bytes + "x").ok());
  ASSERT_FALSE(trees.nodes.empty());
  trees.nodes[0].left = 1 << 20;
  EXPECT_FALSE(internal::ParseTreeEnsemble(internal::SerializeTreeEnsemble(trees)).ok());
}

// A row of weight 0 is as if left out, and weights of 1 are no weights.
TEST(Boost, RowWeightsScaleEachRowsSay) {
  Synthetic d = MakeData(2000);
  std::vector<uint32_t> even;
  std::vector<float> weights(d.rows, 1.0f);
  for (std::size_t r = 0; r < d.rows; ++r) {
    if (r % 2 == 0) {
      even.push_back(static_cast<uint32_t>(r));
    } else {
      d.y[r] = 0;
      weights[r] = 0.0f;
    }
  }
  BoostParams params;
  params.rounds = 10;
  params.depth = 3;
  params.threads = 1;
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  const auto same = [](const internal::TreeEnsemble& a, const internal::TreeEnsemble& b) {
    if (a.nodes.size() != b.nodes.size() || a.leaf_values != b.leaf_values || a.base != b.base) {
      return false;
    }
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
      if (a.nodes[i].feature != b.nodes[i].feature ||
          a.nodes[i].threshold != b.nodes[i].threshold) {
        return false;
      }
    }
    return true;
  };
  const internal::TreeEnsemble subset = TrainBoosted(in, even, d.y, {}, 3, params, nullptr);
  const internal::TreeEnsemble zeroed =
      TrainBoosted(in, AllRows(d.rows), d.y, weights, 3, params, nullptr);
  EXPECT_TRUE(same(subset, zeroed));
  const internal::TreeEnsemble ones =
      TrainBoosted(in, AllRows(d.rows), d.y, std::vector<float>(d.rows, 1.0f), 3, params, nullptr);
  const internal::TreeEnsemble none =
      TrainBoosted(in, AllRows(d.rows), d.y, {}, 3, params, nullptr);
  EXPECT_TRUE(same(ones, none));
  EXPECT_FALSE(same(zeroed, none));
}

TEST(Boost, TrainsOnTheChosenRowsOnly) {
  Synthetic d = MakeData(2000);
  // Rows outside the subset carry a contradicting label.
  std::vector<uint32_t> even;
  for (std::size_t r = 0; r < d.rows; ++r) {
    if (r % 2 == 0) {
      even.push_back(static_cast<uint32_t>(r));
    } else {
      d.y[r] = 0;
    }
  }
  BoostParams params;
  params.rounds = 20;
  params.depth = 3;
  const BinnedInputs in = BinInputs(d.x.data(), d.rows, d.cols);
  const internal::TreeEnsemble e = TrainBoosted(in, even, d.y, {}, 3, params, nullptr);
  std::size_t right = 0, seen = 0;
  std::vector<float> s(3);
  const internal::CompiledForest forest = internal::CompileForest(e);
  for (uint32_t r : even) {
    internal::EvaluateForest(forest, d.x.data() + r * d.cols, 1, d.cols, s.data());
    right += static_cast<std::size_t>(std::max_element(s.begin(), s.end()) - s.begin()) == d.y[r];
    ++seen;
  }
  EXPECT_GT(static_cast<double>(right) / static_cast<double>(seen), 0.95);
}

TEST(LexicalTrain, LearnsWhichWordsMarkWhichClass) {
  // Class 0 lines talk about menus, class 3 lines about ministers.
  internal::Page page;
  std::vector<uint8_t> y;
  const char* menu[] = {"home menu", "subscribe menu login", "menu search", "login home"};
  const char* prose[] = {"the minister said", "minister of finance said today",
                         "a statement from the minister", "said the finance minister"};
  for (int i = 0; i < 40; ++i) {
    internal::Line a, b;
    a.text = menu[i % 4];
    b.text = prose[i % 4];
    page.lines.push_back(a);
    y.push_back(0);
    page.lines.push_back(b);
    y.push_back(3);
  }
  const internal::LineBuckets lb = internal::HashLineNgrams(page, 12);
  LexicalParams params;
  params.bucket_bits = 12;
  params.epochs = 5;
  std::vector<uint32_t> rows(y.size());
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = static_cast<uint32_t>(i);
  const internal::LexicalModel m = TrainLexical(lb, rows, y, 6, params);
  const internal::LexicalModel again = TrainLexical(lb, rows, y, 6, params);
  EXPECT_EQ(m.weights, again.weights);
  EXPECT_EQ(m.bias, again.bias);

  internal::Page fresh;
  internal::Line a, b;
  a.text = "menu login";
  b.text = "the minister said";
  fresh.lines = {a, b};
  std::vector<float> p(12);
  internal::LexicalProbabilities(m, internal::HashLineNgrams(fresh, 12), p.data());
  EXPECT_GT(p[0], p[3]);
  EXPECT_GT(p[6 + 3], p[6 + 0]);
}

// A folder of made-up labelled pages: navigation, headline, byline, body
// paragraphs, a comment thread and a footer, varied per page.
std::string WriteLabelledPages(int pages) {
  // One folder per test: ctest runs the tests of this file side by side.
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) /
      (std::string("pith_train_test_pages_") +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const char* topics[] = {"harbour", "library", "bridge", "school", "market", "railway"};
  for (int p = 0; p < pages; ++p) {
    const std::string topic = topics[p % 6];
    std::vector<std::pair<std::string, std::string>> lines = {
        {"Home | News | Sport | Weather", "boilerplate"},
        {"Subscribe | Sign in", "boilerplate"},
        {"", "blank"},
        {"Council approves new " + topic + " plan after long debate", "headline"},
        {"By Jane Doe, " + std::to_string(p + 1) + " March 2024", "metadata"},
        {"", "blank"}};
    for (int k = 0; k < 4 + p % 3; ++k) {
      lines.push_back({"The " + topic + " project will cost the town about " +
                           std::to_string(10 + k + p) +
                           " million pounds, officials said on Tuesday, and work should start "
                           "in the spring once the last permits are signed.",
                       "body"});
      lines.push_back({"", "blank"});
    }
    lines.push_back({std::to_string(2 + p) + " comments", "boilerplate"});
    lines.push_back(
        {"reader" + std::to_string(p) + " says: I think this is a good idea.", "boilerplate"});
    lines.push_back({"Reply", "boilerplate"});
    lines.push_back({"Copyright 2024 The Town Paper. All rights reserved.", "boilerplate"});
    std::ofstream text(dir / ("page" + std::to_string(p) + ".txt"));
    std::ofstream labels(dir / ("page" + std::to_string(p) + ".labels"));
    for (const auto& [line, label] : lines) {
      text << line << "\n";
      labels << label << "\n";
    }
  }
  return dir.string();
}

// Parameters for a model trained in a fraction of a second, without a
// context stage or a headline ranker.
TrainParams TinyParams() {
  TrainParams params;
  params.lexical.bucket_bits = 10;
  params.lexical.epochs = 1;
  params.boost.rounds = 4;
  params.boost.depth = 3;
  params.boost.threads = 1;
  params.folds = 3;
  params.headline_folds = 0;
  return params;
}

// The model file that pith-train writes for `set` and `params`.
std::string TrainedBytes(const TrainingSet& set, const std::vector<PageSource>& sources,
                         const TrainParams& params) {
  Model model = TrainModel(set, sources, params, [](const std::string&) {});
  model.feature_names = internal::FeatureNames();
  return internal::SerializeModel(model);
}

TEST(Trainer, SameDataSameModelBytesWithAContextStage) {
  std::vector<PageSource> sources;
  std::string error;
  ASSERT_TRUE(FolderPages({WriteLabelledPages(12)}, &sources, &error)) << error;
  ASSERT_EQ(sources.size(), 12u);
  TrainParams params = TinyParams();
  params.stage1_fold_rounds = 3;
  params.context.rounds = 3;
  params.context.depth = 2;
  params.context.threads = 1;
  const TrainingSet set = LoadTrainingSet(
      sources, params.lexical.bucket_bits, [](const std::string& w) { ADD_FAILURE() << w; },
      nullptr);
  ASSERT_EQ(set.pages.size(), 12u);
  const auto train = [&](const TrainParams& p) { return TrainedBytes(set, sources, p); };
  const std::string a = train(params);
  EXPECT_EQ(train(params), a);
  Result<std::shared_ptr<const Model>> parsed = ParseModel(a);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_TRUE(parsed.value()->context.present());
  EXPECT_EQ(parsed.value()->context.trees.roots.size(), 3u);

  // Without the context stage the other parts are the same bytes: the file
  // ends where the context stage began, with its flag 0 and the headline
  // ranker's flag 0.
  params.context.rounds = 0;
  const std::string without = train(params);
  ASSERT_FALSE(ParseModel(without).value()->context.present());
  ASSERT_LT(without.size(), a.size());
  EXPECT_EQ(a.substr(0, without.size() - 8), without.substr(0, without.size() - 8));

  // With a headline ranker (held-out examples from 2 folds): the same bytes
  // again, and the line model's parts unchanged before the ranker section.
  params.headline_folds = 2;
  const std::string ranked = train(params);
  EXPECT_EQ(train(params), ranked);
  Result<std::shared_ptr<const Model>> with_ranker = ParseModel(ranked);
  ASSERT_TRUE(with_ranker.ok()) << with_ranker.error().message;
  EXPECT_TRUE(with_ranker.value()->headline_ranker.present());
  EXPECT_EQ(ranked.substr(0, without.size() - 4), without.substr(0, without.size() - 4));
}

// Page weights (lines^-power) change the trees and stay finite when a page
// has no lines at all (0^-power is infinite; it once made every weight NaN).
TEST(Trainer, PageWeightsKeepTheModelFiniteWithAnEmptyPage) {
  const std::string dir = WriteLabelledPages(6);
  std::ofstream(std::filesystem::path(dir) / "empty.txt");
  std::ofstream(std::filesystem::path(dir) / "empty.labels");
  std::vector<PageSource> sources;
  std::string error;
  ASSERT_TRUE(FolderPages({dir}, &sources, &error)) << error;
  TrainParams params = TinyParams();
  const TrainingSet set = LoadTrainingSet(
      sources, params.lexical.bucket_bits, [](const std::string&) {}, nullptr);
  ASSERT_EQ(set.pages.size(), 7u);
  const auto train = [&](float power) {
    params.page_weight_power = power;
    return TrainedBytes(set, sources, params);
  };
  const std::string weighted = train(0.5f);
  Result<std::shared_ptr<const Model>> parsed = ParseModel(weighted);
  EXPECT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_NE(weighted, train(0.0f));
}

// Examples where the positive candidate is the one with the highest
// column 3 and column 5 is noise: the ranker learns a large positive weight
// for column 3 and picks the positive candidate of unseen examples.
TEST(HeadlineTrain, LearnsWhichFeatureMarksTheHeadline) {
  std::vector<HeadlineExample> examples;
  for (int e = 0; e < 40; ++e) {
    HeadlineExample example;
    for (int c = 0; c < 5; ++c) {
      internal::HeadlineFeatures f{};
      f[3] = static_cast<float>((c * 7 + e) % 5);
      f[5] = static_cast<float>((c * 3 + e * 2) % 4);
      example.candidates.push_back(f);
      example.positive.push_back(f[3] == 4.0f ? 1 : 0);
    }
    examples.push_back(example);
  }
  const internal::HeadlineRanker ranker = TrainHeadlineRanker(examples, RankerParams{});
  ASSERT_EQ(ranker.weights.size(), internal::kHeadlineFeatureCount);
  EXPECT_GT(ranker.weights[3], 1.0f);
  EXPECT_LT(std::abs(ranker.weights[5]), ranker.weights[3] / 4);
  std::vector<internal::HeadlineCandidate> unseen(3);
  for (std::size_t k = 0; k < unseen.size(); ++k) {
    unseen[k].line = static_cast<long>(k);
    unseen[k].features[3] = k == 1 ? 3.5f : 0.5f;
    unseen[k].features[5] = k == 2 ? 3.0f : 0.0f;
  }
  EXPECT_EQ(internal::RankHeadline(ranker, unseen), 1);
}

// The headline is the candidate whose column 3 is in the middle of the
// page's values: no weight on column 3 ranks it first, the trees learn it.
TEST(HeadlineTrain, TreesLearnWhatNoWeightCan) {
  std::vector<HeadlineExample> examples;
  for (int e = 0; e < 60; ++e) {
    HeadlineExample example;
    for (int c = 0; c < 5; ++c) {
      internal::HeadlineFeatures f{};
      f[3] = static_cast<float>((c * 3 + e) % 5);
      example.candidates.push_back(f);
      example.positive.push_back(f[3] == 2.0f ? 1 : 0);
    }
    examples.push_back(example);
  }
  std::vector<internal::HeadlineCandidate> unseen(5);
  for (std::size_t k = 0; k < unseen.size(); ++k) {
    unseen[k].line = static_cast<long>(k);
    unseen[k].features[3] = static_cast<float>((k + 3) % 5);  // line 4 holds 2
  }
  RankerParams params;
  const internal::HeadlineRanker with_trees = TrainHeadlineRanker(examples, params);
  ASSERT_TRUE(with_trees.has_trees());
  EXPECT_EQ(internal::RankHeadline(with_trees, unseen), 4);
  params.trees.rounds = 0;
  const internal::HeadlineRanker linear = TrainHeadlineRanker(examples, params);
  EXPECT_FALSE(linear.has_trees());
  EXPECT_NE(internal::RankHeadline(linear, unseen), 4);
}

}  // namespace
}  // namespace pith::train

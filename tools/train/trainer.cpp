#include "trainer.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>

#include "context_features.h"
#include "gbdt.h"
#include "lexical.h"
#include "line_features.h"
#include "tree_cache.h"
#include "viterbi.h"

namespace pith::train {

using internal::kNumStates;
using internal::State;

namespace {

constexpr std::size_t kS = kNumStates;

// Gold label (headline, metadata, body, boilerplate) x predicted label
// (the same, then blank for input lines no logical line covers).
using Confusion = std::array<std::array<double, 5>, 4>;

std::vector<uint32_t> PageFolds(const TrainingSet& set, int folds) {
  std::vector<uint32_t> fold(set.pages.size());
  for (std::size_t p = 0; p < set.pages.size(); ++p) {
    fold[p] = set.pages[p].group % static_cast<uint32_t>(folds);
  }
  return fold;
}

std::vector<uint32_t> RowsWhere(const TrainingSet& set, const std::vector<uint32_t>& page_fold,
                                uint32_t fold, bool in_fold) {
  std::vector<uint32_t> rows;
  for (std::size_t p = 0; p < set.pages.size(); ++p) {
    if ((page_fold[p] == fold) != in_fold) continue;
    for (std::size_t r = set.pages[p].begin; r < set.pages[p].end; ++r) {
      rows.push_back(static_cast<uint32_t>(r));
    }
  }
  return rows;
}

// Each row's weight in tree training: lines^-power of its page, scaled to a
// mean of 1 over the rows. Empty (every row weighs 1) for power 0.
std::vector<float> RowWeights(const TrainingSet& set, float power) {
  if (power == 0.0f) return {};
  std::vector<double> weight(set.rows());
  double sum = 0.0;
  for (const PageRows& page : set.pages) {
    if (page.end == page.begin) continue;  // (0^-power is infinite)
    const double w = std::pow(static_cast<double>(page.end - page.begin), -power);
    for (std::size_t r = page.begin; r < page.end; ++r) weight[r] = w;
    sum += w * static_cast<double>(page.end - page.begin);
  }
  const double scale = static_cast<double>(set.rows()) / sum;
  std::vector<float> out(set.rows());
  for (std::size_t r = 0; r < out.size(); ++r) out[r] = static_cast<float>(weight[r] * scale);
  return out;
}

std::string Seconds(std::chrono::steady_clock::time_point since) {
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
  char text[32];
  std::snprintf(text, sizeof text, "%.1fs", s);
  return text;
}

// Every row's lexical state probabilities, each from a model that did not
// see the row's fold.
std::vector<float> OutOfFoldLexical(const TrainingSet& set, const std::vector<uint32_t>& page_fold,
                                    const TrainParams& params, const Log& log) {
  const std::size_t n = set.rows();
  std::vector<float> out(n * kS), all(n * kS);
  for (int f = 0; f < params.folds; ++f) {
    const auto start = std::chrono::steady_clock::now();
    const auto fold = static_cast<uint32_t>(f);
    const internal::LexicalModel model = TrainLexical(
        set.ngrams, RowsWhere(set, page_fold, fold, false), set.states, kS, params.lexical);
    internal::LexicalProbabilities(model, set.ngrams, all.data());
    for (uint32_t r : RowsWhere(set, page_fold, fold, true)) {
      std::copy(all.begin() + static_cast<std::ptrdiff_t>(r * kS),
                all.begin() + static_cast<std::ptrdiff_t>((r + 1) * kS),
                out.begin() + static_cast<std::ptrdiff_t>(r * kS));
    }
    log("lexical fold " + std::to_string(f + 1) + "/" + std::to_string(params.folds) + " " +
        Seconds(start));
  }
  return out;
}

// Rows of [dense features, lexical probabilities].
std::vector<float> StackInputs(const TrainingSet& set, const std::vector<float>& lexical) {
  const std::size_t n = set.rows(), stride = set.cols + kS;
  std::vector<float> x(n * stride);
  for (std::size_t r = 0; r < n; ++r) {
    std::copy(set.features.begin() + static_cast<std::ptrdiff_t>(r * set.cols),
              set.features.begin() + static_cast<std::ptrdiff_t>((r + 1) * set.cols),
              x.begin() + static_cast<std::ptrdiff_t>(r * stride));
    std::copy(lexical.begin() + static_cast<std::ptrdiff_t>(r * kS),
              lexical.begin() + static_cast<std::ptrdiff_t>((r + 1) * kS),
              x.begin() + static_cast<std::ptrdiff_t>(r * stride + set.cols));
  }
  return x;
}

std::vector<uint32_t> AllRows(std::size_t n) {
  std::vector<uint32_t> rows(n);
  for (std::size_t r = 0; r < n; ++r) rows[r] = static_cast<uint32_t>(r);
  return rows;
}

// Softmax state probabilities of the rows [begin, end) of x (`stride`
// values a row) under `forest`, into out[begin * kS ..].
void StageOneProbabilities(const internal::CompiledForest& forest, const std::vector<float>& x,
                           std::size_t stride, std::size_t begin, std::size_t end, float* out) {
  const std::size_t n = end - begin;
  std::vector<float> log_p(n * kS);
  internal::EvaluateForest(forest, x.data() + begin * stride, n, stride, out + begin * kS);
  internal::SoftmaxStates(out + begin * kS, n, log_p.data());
}

// Every row's stage-1 state probabilities, each from trees that did not see
// the row's fold.
std::vector<float> OutOfFoldStageOne(const TrainingSet& set, const std::vector<uint32_t>& page_fold,
                                     const BinnedInputs& binned, const std::vector<float>& x,
                                     const TrainParams& params, const Log& log) {
  const std::size_t stride = set.cols + kS;
  std::vector<float> out(set.rows() * kS);
  BoostParams boost = params.boost;
  if (params.stage1_fold_rounds > 0) boost.rounds = params.stage1_fold_rounds;
  const std::vector<float> weights = RowWeights(set, params.page_weight_power);
  for (int f = 0; f < params.folds; ++f) {
    const auto start = std::chrono::steady_clock::now();
    const auto fold = static_cast<uint32_t>(f);
    const internal::CompiledForest forest = internal::CompileForest(TrainBoosted(
        binned, RowsWhere(set, page_fold, fold, false), set.states, weights, kS, boost, nullptr));
    for (std::size_t p = 0; p < set.pages.size(); ++p) {
      if (page_fold[p] != fold) continue;
      StageOneProbabilities(forest, x, stride, set.pages[p].begin, set.pages[p].end, out.data());
    }
    log("stage-1 fold " + std::to_string(f + 1) + "/" + std::to_string(params.folds) + " " +
        Seconds(start));
  }
  return out;
}

// Every row's context stage inputs (ContextStageInputs, page by page) from
// the rows' stage-1 probabilities.
std::vector<float> ContextInputs(const TrainingSet& set, const std::vector<float>& stage_one,
                                 const std::vector<uint32_t>& dense_columns, std::size_t stride) {
  std::vector<float> x(set.rows() * stride);
  for (const PageRows& page : set.pages) {
    internal::ContextStageInputs(set.features.data() + page.begin * set.cols, page.end - page.begin,
                                 set.cols, stage_one.data() + page.begin * kS, dense_columns,
                                 x.data() + page.begin * stride, stride);
  }
  return x;
}

internal::Transitions LearnTransitions(const TrainingSet& set, const std::vector<bool>& use_page,
                                       float smoothing, float prior_weight) {
  std::array<double, kS> start{}, end{}, rows{};
  std::array<double, kS * kS> next{};
  double pages = 0, total_rows = 0;
  for (std::size_t p = 0; p < set.pages.size(); ++p) {
    const PageRows& page = set.pages[p];
    if (!use_page[p] || page.begin == page.end) continue;
    ++pages;
    start[set.states[page.begin]] += 1;
    end[set.states[page.end - 1]] += 1;
    for (std::size_t r = page.begin; r < page.end; ++r) {
      rows[set.states[r]] += 1;
      ++total_rows;
      if (r + 1 < page.end) next[set.states[r] * kS + set.states[r + 1]] += 1;
    }
  }
  const double k = smoothing;
  internal::Transitions t;
  std::array<double, kS> prior{};
  for (std::size_t j = 0; j < kS; ++j) {
    prior[j] = prior_weight * std::log((rows[j] + k) / (total_rows + kS * k));
  }
  for (std::size_t j = 0; j < kS; ++j) {
    t.start[j] = static_cast<float>(std::log((start[j] + k) / (pages + kS * k)) - prior[j]);
    // Leaving state j: to each state or to the end of the page.
    const double out = rows[j] + (kS + 1) * k;
    for (std::size_t to = 0; to < kS; ++to) {
      t.next[j * kS + to] = static_cast<float>(std::log((next[j * kS + to] + k) / out) - prior[to]);
    }
    t.end[j] = static_cast<float>(std::log((end[j] + k) / out));
  }
  return t;
}

void AddPage(const TrainingSet& set, const PageRows& page, const std::vector<State>& path,
             Confusion* confusion) {
  for (std::size_t r = page.begin; r < page.end; ++r) {
    const auto predicted = static_cast<std::size_t>(internal::StateLabel(path[r - page.begin]));
    for (std::size_t g = 0; g < 4; ++g) (*confusion)[g][predicted] += set.gold_counts[r][g];
  }
  for (std::size_t g = 0; g < 4; ++g) (*confusion)[g][4] += page.uncovered[g];
}

double MacroF1(const Confusion& c, std::string* report) {
  static constexpr const char* kNames[] = {"headline", "metadata", "body", "boilerplate"};
  double right = 0, total = 0, macro = 0;
  char text[160];
  for (std::size_t g = 0; g < 4; ++g) {
    double tp = c[g][g], fp = 0, fn = 0;
    for (std::size_t p = 0; p < 5; ++p) {
      total += c[g][p];
      if (p != g) fn += c[g][p];
    }
    for (std::size_t o = 0; o < 4; ++o) {
      if (o != g) fp += c[o][g];
    }
    right += tp;
    const double precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const double recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    macro += f1 / 4;
    std::snprintf(text, sizeof text, "  %-11s P %.3f R %.3f F1 %.3f", kNames[g], precision, recall,
                  f1);
    *report += text;
  }
  std::snprintf(text, sizeof text, "accuracy %.4f  macro F1 %.4f\n", total > 0 ? right / total : 0,
                macro);
  *report = text + *report;
  return macro;
}

std::string ConfusionTable(const Confusion& c) {
  static constexpr const char* kNames[] = {"headline", "metadata", "body", "boilerplate", "blank"};
  std::string table = "            ";
  char cell[32];
  for (const char* name : kNames) {
    std::snprintf(cell, sizeof cell, " %11s", name);
    table += cell;
  }
  table += "\n";
  for (std::size_t g = 0; g < 4; ++g) {
    std::snprintf(cell, sizeof cell, "%-12s", kNames[g]);
    table += cell;
    for (std::size_t p = 0; p < 5; ++p) {
      std::snprintf(cell, sizeof cell, " %11.0f", c[g][p]);
      table += cell;
    }
    table += "\n";
  }
  return table;
}

// Step 6 (trainer.h).
internal::HeadlineRanker TrainRankerOutOfFold(const TrainingSet& set,
                                              const std::vector<PageSource>& sources,
                                              const BinnedInputs& binned, const TrainParams& params,
                                              const Log& log) {
  const std::vector<uint32_t> page_fold = PageFolds(set, params.headline_folds);
  std::vector<HeadlineExample> examples;
  const std::vector<float> weights = RowWeights(set, params.page_weight_power);
  for (int f = 0; f < params.headline_folds; ++f) {
    const auto start = std::chrono::steady_clock::now();
    const auto fold = static_cast<uint32_t>(f);
    const std::vector<uint32_t> rows = RowsWhere(set, page_fold, fold, false);
    std::vector<bool> train_page(set.pages.size());
    for (std::size_t p = 0; p < set.pages.size(); ++p) train_page[p] = page_fold[p] != fold;
    Model model;
    model.feature_names = internal::FeatureNames();
    model.lexical = TrainLexical(set.ngrams, rows, set.states, kS, params.lexical);
    model.trees = TrainBoostedCached(params.tree_cache, binned, rows, set.states, weights, kS,
                                     params.boost, nullptr);
    model.forest = internal::CompileForest(model.trees);
    model.transitions = LearnTransitions(set, train_page, params.smoothing, params.prior_weight);
    std::string bytes;
    for (std::size_t p = 0; p < set.pages.size(); ++p) {
      if (train_page[p] || set.pages[p].headline < 0) continue;
      HeadlineExample example;
      if (ReadFile(sources[set.pages[p].source].text_path, &bytes) &&
          HeadlineExampleOf(model, bytes, set.pages[p].headline, &example)) {
        examples.push_back(std::move(example));
      }
    }
    log("headline fold " + std::to_string(f + 1) + "/" + std::to_string(params.headline_folds) +
        " " + Seconds(start) + ", " + std::to_string(examples.size()) + " examples");
  }
  if (examples.empty()) return {};
  return TrainHeadlineRanker(examples, params.ranker);
}

}  // namespace

Model TrainModel(const TrainingSet& set, const std::vector<PageSource>& sources,
                 const TrainParams& params, const Log& log) {
  const auto start = std::chrono::steady_clock::now();
  const std::vector<uint32_t> page_fold = PageFolds(set, params.folds);
  const std::vector<float> lexical = OutOfFoldLexical(set, page_fold, params, log);
  std::vector<float> x = StackInputs(set, lexical);
  BinnedInputs binned = BinInputs(x.data(), set.rows(), set.cols + kS);
  const std::vector<uint32_t> all = AllRows(set.rows());

  Model model;
  const std::vector<float> weights = RowWeights(set, params.page_weight_power);
  bool boosted = false;
  model.trees = TrainBoostedCached(
      params.tree_cache, binned, all, set.states, weights, kS, params.boost, [&](int round) {
        boosted = true;
        if (round % 10 == 0 || round == params.boost.rounds) {
          log("round " + std::to_string(round) + "/" + std::to_string(params.boost.rounds) + " " +
              Seconds(start));
        }
      });
  if (!boosted) log("trees read from " + params.tree_cache + " " + Seconds(start));
  model.transitions = LearnTransitions(set, std::vector<bool>(set.pages.size(), true),
                                       params.smoothing, params.prior_weight);
  if (params.headline_folds > 1) {
    model.headline_ranker = TrainRankerOutOfFold(set, sources, binned, params, log);
  }
  if (params.context.rounds > 0) {
    const std::vector<float> stage_one = OutOfFoldStageOne(set, page_fold, binned, x, params, log);
    x = {};
    binned = {};
    internal::ContextStage& stage = model.context;
    stage.context_names = internal::ContextFeatureNames();
    stage.dense_columns = AllRows(set.cols);
    const std::size_t stride = stage.num_inputs();
    const std::vector<float> inputs = ContextInputs(set, stage_one, stage.dense_columns, stride);
    const BinnedInputs context_binned = BinInputs(inputs.data(), set.rows(), stride);
    stage.trees =
        TrainBoosted(context_binned, all, set.states, weights, kS, params.context, [&](int round) {
          if (round % 10 == 0 || round == params.context.rounds) {
            log("context round " + std::to_string(round) + "/" +
                std::to_string(params.context.rounds) + " " + Seconds(start));
          }
        });
    stage.transitions = LearnTransitions(set, std::vector<bool>(set.pages.size(), true),
                                         params.smoothing, params.context_prior_weight);
  }
  model.lexical = TrainLexical(set.ngrams, all, set.states, kS, params.lexical);
  log("trained in " + Seconds(start));
  return model;
}

namespace {

// One stage of cross-validation: for each fold, trees trained on the other
// folds' rows of x (`stride` values a row) score the held-out pages, which
// are decoded with transitions learned on the other folds for each prior
// weight. The held-out state probabilities go to out_of_fold[rows * kS].
// Logs the report under `title`; returns the macro F1 of the first prior
// weight.
double CrossValidateStage(const TrainingSet& set, const std::vector<uint32_t>& page_fold,
                          const std::vector<float>& x, std::size_t stride, const BoostParams& boost,
                          const TrainParams& params, const std::vector<float>& prior_weights,
                          const std::string& title, std::vector<float>* out_of_fold,
                          const Log& log) {
  const auto start = std::chrono::steady_clock::now();
  const BinnedInputs binned = BinInputs(x.data(), set.rows(), stride);
  out_of_fold->assign(set.rows() * kS, 0.0f);
  std::vector<Confusion> confusion(prior_weights.size() + 1, Confusion{});
  std::map<std::string, Confusion> by_dataset;
  const std::vector<float> weights = RowWeights(set, params.page_weight_power);
  for (int f = 0; f < params.folds; ++f) {
    const auto fold = static_cast<uint32_t>(f);
    const internal::CompiledForest forest = internal::CompileForest(TrainBoosted(
        binned, RowsWhere(set, page_fold, fold, false), set.states, weights, kS, boost, nullptr));
    std::vector<bool> train_page(set.pages.size());
    for (std::size_t p = 0; p < set.pages.size(); ++p) train_page[p] = page_fold[p] != fold;
    std::vector<internal::Transitions> transitions;
    for (float weight : prior_weights) {
      transitions.push_back(LearnTransitions(set, train_page, params.smoothing, weight));
    }
    for (std::size_t p = 0; p < set.pages.size(); ++p) {
      if (train_page[p]) continue;
      const PageRows& page = set.pages[p];
      const std::size_t n = page.end - page.begin;
      float* scores = out_of_fold->data() + page.begin * kS;
      std::vector<float> log_p(n * kS);
      internal::EvaluateForest(forest, x.data() + page.begin * stride, n, stride, scores);
      internal::SoftmaxStates(scores, n, log_p.data());
      for (std::size_t w = 0; w < prior_weights.size(); ++w) {
        const std::vector<State> path =
            internal::DecodePage(transitions[w], scores, log_p.data(), n);
        AddPage(set, page, path, &confusion[w]);
        if (w == 0) AddPage(set, page, path, &by_dataset[page.dataset]);
      }
      // Without Viterbi: each line's most probable state.
      std::vector<State> argmax(n);
      for (std::size_t i = 0; i < n; ++i) {
        const float* p_i = scores + i * kS;
        argmax[i] = static_cast<State>(std::max_element(p_i, p_i + kS) - p_i);
      }
      AddPage(set, page, argmax, &confusion.back());
    }
    log(title + " cv fold " + std::to_string(f + 1) + "/" + std::to_string(params.folds) + " " +
        Seconds(start));
  }
  std::string report = title + ":\n";
  double first = 0;
  for (std::size_t w = 0; w < prior_weights.size(); ++w) {
    std::string line;
    const double macro = MacroF1(confusion[w], &line);
    if (w == 0) first = macro;
    char head[64];
    std::snprintf(head, sizeof head, "viterbi, prior weight %.2f: ", prior_weights[w]);
    report += head + line + "\n";
  }
  report += "confusion (viterbi, first prior weight), gold \\ predicted:\n" +
            ConfusionTable(confusion[0]);
  std::string line;
  MacroF1(confusion.back(), &line);
  report += "no viterbi (argmax): " + line + "\n";
  for (const auto& [dataset, c] : by_dataset) {
    line.clear();
    MacroF1(c, &line);
    report += dataset + ": " + line + "\n";
  }
  log(report);
  return first;
}

}  // namespace

double CrossValidate(const TrainingSet& set, const TrainParams& params,
                     const std::vector<float>& prior_weights, const Log& log) {
  const std::vector<uint32_t> page_fold = PageFolds(set, params.folds);
  const std::vector<float> lexical = OutOfFoldLexical(set, page_fold, params, log);
  std::vector<float> stage_one;
  const double macro =
      CrossValidateStage(set, page_fold, StackInputs(set, lexical), set.cols + kS, params.boost,
                         params, prior_weights, "stage 1", &stage_one, log);
  if (params.context.rounds == 0) return macro;
  // The held-out stage-1 scores are the context stage's inputs. (The scores
  // of the rows a fold's context trees learn from came from stage-1 trees
  // that saw that fold: a small leak the shipped model does not have.)
  const std::vector<uint32_t> dense_columns = AllRows(set.cols);
  const std::size_t stride = kS + internal::ContextFeatureNames().size() + set.cols;
  std::vector<float> stage_two;
  return CrossValidateStage(set, page_fold, ContextInputs(set, stage_one, dense_columns, stride),
                            stride, params.context, params, prior_weights, "context stage",
                            &stage_two, log);
}

}  // namespace pith::train

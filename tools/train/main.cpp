// pith-train: learns a line classifier from labelled pages and writes a
// model file (models/README.md). Training data only: the corpus's train
// split, or folders of the user's own labelled pages; the test split is
// never read.
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "line_features.h"
#include "model.h"
#include "trainer.h"
#include "training_set.h"

namespace {

// The model file, written whole or not at all (atomic_file.h); "" or what
// went wrong.
std::string WriteModelFile(const std::string& path, const std::string& bytes) {
  pith::Result<pith::internal::AtomicFile> file = pith::internal::AtomicFile::Create(path);
  if (!file.ok()) return file.error().message;
  if (auto error = file.value().Append(bytes)) return error->message;
  if (auto error = file.value().Commit()) return error->message;
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pith::train;
  CLI::App app{
      "pith-train: learn pith's line classifier from labelled pages (a page's .txt plus its "
      ".labels file, one label per line: headline|metadata|body|boilerplate|blank).\n\n"
      "Examples:\n"
      "  pith-train -o models/default.pithm          # the default model, from ../shared/corpus\n"
      "  pith-train --pages mysite/ -o mysite.pithm  # your own labelled pages\n"
      "  pith-train --cv 5 --rounds 40               # held-out line scores, no model written\n"
      "  pith-train --context-rounds 60 -o m.pithm   # with a context stage (stage 2)\n"
      "  pith-train --tree-cache trees/ -o m.pithm   # a rerun reads the same trees back"};
  std::string corpus = "../shared/corpus";
  std::vector<std::string> datasets = {"dragnet", "l3s_gn1", "readability", "wcxb"};
  std::vector<std::string> renderers = {"innertext", "lynx", "gettext"};
  std::vector<std::string> folders;
  std::string output;
  int cv = 0;
  TrainParams params;
  app.add_option("--corpus", corpus, "corpus root: <dataset>/train.txt, <dataset>/<renderer>/")
      ->capture_default_str();
  app.add_option("--datasets", datasets, "datasets of the corpus (train split)")
      ->delimiter(',')
      ->capture_default_str();
  app.add_option("--renderers", renderers, "renderings of each page")
      ->delimiter(',')
      ->capture_default_str();
  app.add_option("--pages", folders,
                 "folders of <id>.txt + <id>.labels to train on instead of the corpus");
  app.add_option("--rounds", params.boost.rounds, "boosting rounds")
      ->check(CLI::Range(1, 5000))
      ->capture_default_str();
  app.add_option("--depth", params.boost.depth, "tree depth")
      ->check(CLI::Range(1, 12))
      ->capture_default_str();
  app.add_option("--learning-rate", params.boost.learning_rate, "shrinkage of each tree")
      ->check(CLI::Range(0.001, 1.0))
      ->capture_default_str();
  app.add_option("--min-child-weight", params.boost.min_child_weight, "minimum hessian per leaf")
      ->capture_default_str();
  app.add_option("--l2", params.boost.l2, "L2 regularisation of leaf values")
      ->capture_default_str();
  app.add_option("--context-rounds", params.context.rounds,
                 "context stage (stage 2) boosting rounds; 0: no context stage")
      ->check(CLI::Range(0, 5000))
      ->capture_default_str();
  app.add_option("--context-depth", params.context.depth, "context stage tree depth")
      ->check(CLI::Range(1, 12))
      ->capture_default_str();
  app.add_option("--stage1-fold-rounds", params.stage1_fold_rounds,
                 "rounds of the per-fold stage-1 trees whose held-out scores train the context "
                 "stage; 0: --rounds")
      ->check(CLI::Range(0, 5000))
      ->capture_default_str();
  app.add_option("--context-prior-weight", params.context_prior_weight,
                 "--prior-weight of the context stage's emissions")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--bucket-bits", params.lexical.bucket_bits,
                 "lexical model: 2^bits hashed n-gram buckets")
      ->check(CLI::Range(10, 20))
      ->capture_default_str();
  app.add_option("--lexical-epochs", params.lexical.epochs, "lexical model: passes over the data")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  app.add_option("--folds", params.folds, "folds for the out-of-fold lexical scores")
      ->check(CLI::Range(2, 20))
      ->capture_default_str();
  app.add_option("--prior-weight", params.prior_weight,
                 "how much of the log state prior to divide out of emissions")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--page-weight-power", params.page_weight_power,
                 "rows of a page of n lines weigh n^-POWER in tree training (0: all alike)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  app.add_option("--headline-folds", params.headline_folds,
                 "folds for the headline ranker's held-out examples (0 or 1: no ranker)")
      ->check(CLI::Range(0, 20))
      ->capture_default_str();
  app.add_option("--headline-tree-rounds", params.ranker.trees.rounds,
                 "rounds of the headline ranker's trees (0: its linear score alone)")
      ->check(CLI::Range(0, 2000))
      ->capture_default_str();
  app.add_option("--headline-tree-depth", params.ranker.trees.depth,
                 "depth of the headline ranker's trees")
      ->check(CLI::Range(1, 8))
      ->capture_default_str();
  app.add_option("--threads", params.boost.threads, "threads for tree training")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  app.add_option("--cv", cv, "cross-validate with K folds grouped by site; writes no model")
      ->check(CLI::Range(2, 20));
  app.add_option("--tree-cache", params.tree_cache,
                 "keep the line model's trained trees in this folder and reuse them when the "
                 "pages, features and settings are the same (for trying headline ranker "
                 "settings without boosting again)");
  app.add_option("-o,--output", output, "model file to write");
  CLI11_PARSE(app, argc, argv);
  params.context.threads = params.boost.threads;
  params.ranker.trees.threads = params.boost.threads;
  params.context.learning_rate = params.boost.learning_rate;
  params.context.min_child_weight = params.boost.min_child_weight;
  params.context.l2 = params.boost.l2;
  if (cv == 0 && output.empty()) {
    std::cerr << "pith-train: give -o FILE (or --cv K to cross-validate)\n";
    return 2;
  }

  const auto start = std::chrono::steady_clock::now();
  auto log = [&](const std::string& message) {
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "[%6.1fs] %s\n", s, message.c_str());
  };
  std::vector<PageSource> sources;
  std::string error;
  const bool listed = folders.empty() ? CorpusPages(corpus, datasets, renderers, &sources, &error)
                                      : FolderPages(folders, &sources, &error);
  if (!listed) {
    std::cerr << "pith-train: " << error << "\n";
    return 1;
  }
  if (sources.empty()) {
    std::cerr << "pith-train: no labelled pages found\n";
    return 1;
  }
  log("reading " + std::to_string(sources.size()) + " pages");
  const TrainingSet set = LoadTrainingSet(
      sources, params.lexical.bucket_bits,
      [](const std::string& warning) { std::cerr << "pith-train: " << warning << "\n"; },
      [&](std::size_t done) {
        if (done % 1000 == 0) log(std::to_string(done) + " pages analysed");
      });
  log(std::to_string(set.pages.size()) + " pages, " + std::to_string(set.rows()) + " lines, " +
      std::to_string(set.groups.size()) + " groups");
  if (set.groups.size() < static_cast<std::size_t>(std::max(params.folds, cv))) {
    std::cerr << "pith-train: too few pages or sites for the folds\n";
    return 1;
  }

  if (cv > 0) {
    params.folds = cv;
    CrossValidate(set, params, {params.prior_weight, 0.0f, 0.25f, 0.75f, 1.0f}, log);
    return 0;
  }
  pith::Model model = TrainModel(set, sources, params, log);
  model.feature_names = pith::internal::FeatureNames();
  const std::string bytes = pith::internal::SerializeModel(model);
  // The file must load: the same checks as `pith --model`.
  pith::Result<std::shared_ptr<const pith::Model>> parsed = pith::ParseModel(bytes);
  if (!parsed.ok()) {
    std::cerr << "pith-train: the trained model does not load: " << parsed.error().message << "\n";
    return 1;
  }
  error = WriteModelFile(output, bytes);
  if (!error.empty()) {
    std::cerr << "pith-train: " << error << "\n";
    return 1;
  }
  log("wrote " + output + " (" + std::to_string(bytes.size()) + " bytes)");
  return 0;
}

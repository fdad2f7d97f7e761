// training_set: labelled pages -> the rows pith-train learns from.
//
// Each page is analysed exactly as Extract() does (internal::AnalysePage),
// so the model learns from the numbers pith computes at run time. Its
// .labels file (one gold label per input line) gives each logical line a
// label: the majority of its input lines' labels, body winning ties; the
// page's labels then give the gold region states (GoldStates).
//
// Template features are learned too: the pages of one site (same renderer,
// same host of the gold url) are counted into SiteTemplates first, and each
// page is analysed with its site's counts, itself included
// (templates_include_page), as a batch's first pass would.
#ifndef PITH_TRAIN_TRAINING_SET_H_
#define PITH_TRAIN_TRAINING_SET_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lexical.h"

namespace pith::train {

// One labelled page on disk.
struct PageSource {
  std::string text_path;    // <id>.txt
  std::string labels_path;  // <id>.labels
  std::string name;         // dataset/renderer/id, for messages and reports
  std::string dataset;
  std::string group;  // cross-validation group: the site, else the page
  std::string site;   // template site ("" when unknown)
};

// The whole file at `path` into *out; false when it cannot be read.
bool ReadFile(const std::string& path, std::string* out);

// The train split of each dataset and renderer under `root`
// (<dataset>/train.txt, <dataset>/<renderer>/<id>.txt + .labels, urls from
// <dataset>/gold.jsonl). Pages without a .labels file are skipped. Errors:
// a message naming what could not be read.
bool CorpusPages(const std::string& root, const std::vector<std::string>& datasets,
                 const std::vector<std::string>& renderers, std::vector<PageSource>* pages,
                 std::string* error);

// Every <id>.txt with a <id>.labels beside it in each folder (sorted). Each
// folder is one site for templates; each page is its own group.
bool FolderPages(const std::vector<std::string>& folders, std::vector<PageSource>* pages,
                 std::string* error);

struct PageRows {
  std::size_t begin = 0, end = 0;  // its rows
  uint32_t group = 0;              // index into TrainingSet::groups
  std::size_t source = 0;          // index into the sources it was loaded from
  long headline = -1;  // the logical line of the first gold headline input line (-1: none)
  std::string name, dataset;
  // Non-blank gold input lines that belong to no logical line, per label.
  std::array<uint32_t, 4> uncovered{};
};

struct TrainingSet {
  std::size_t cols = 0;         // dense feature columns (FeatureNames())
  std::vector<float> features;  // rows * cols
  std::vector<uint8_t> states;  // gold State of each row
  // Gold labels of each row's input lines, counted per label (headline,
  // metadata, body, boilerplate): what line scoring compares against.
  std::vector<std::array<uint16_t, 4>> gold_counts;
  internal::LineBuckets ngrams;  // every row's n-gram buckets
  std::vector<PageRows> pages;
  std::vector<std::string> groups;
  std::size_t rows() const { return states.size(); }
};

// Reads and analyses every page; pages that cannot be read or whose labels
// do not match their lines are reported through `warn` and skipped.
TrainingSet LoadTrainingSet(const std::vector<PageSource>& sources, uint32_t bucket_bits,
                            const std::function<void(const std::string&)>& warn,
                            const std::function<void(std::size_t)>& progress);

}  // namespace pith::train

#endif  // PITH_TRAIN_TRAINING_SET_H_

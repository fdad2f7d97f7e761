// feature_dump: prints what a page's classification rests on, bit for bit,
// so that two builds can be compared with cmp after a change that must not
// alter the model's inputs or outputs (a speed-up, a refactoring).
//
//   build/feature_dump PAGE...
//   xargs -a pages.txt build/feature_dump > before.dump   (the same list for both builds)
//
// Per page, one line: the path, the feature matrix's shape, the guessed
// language and a 64-bit FNV-1a hash of every feature value's bits, in row
// order; then one line per logical line: its decoded label and every float
// of its LineDecision in hex (%a), which depend on the lexical model's and
// the trees' scores. The default model; --model FILE for another.
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "classify.h"
#include "model.h"
#include "pipeline.h"

namespace {

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

uint64_t HashBits(const std::vector<float>& values) {
  uint64_t hash = 1469598103934665603ULL;
  for (float v : values) {
    uint32_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    hash = (hash ^ bits) * 1099511628211ULL;
  }
  return hash;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pith::internal;
  std::shared_ptr<const pith::Model> model;
  int first = 1;
  if (argc > 2 && std::strcmp(argv[1], "--model") == 0) {
    pith::Result<std::shared_ptr<const pith::Model>> parsed = pith::ParseModel(ReadFile(argv[2]));
    if (!parsed.ok()) {
      std::fprintf(stderr, "feature_dump: %s: %s\n", argv[2], parsed.error().message.c_str());
      return 1;
    }
    model = parsed.value();
    first = 3;
  } else {
    const pith::Result<std::shared_ptr<const pith::Model>>& builtin = ParsedDefaultModel();
    if (!builtin.ok()) {
      std::fprintf(stderr, "feature_dump: built-in model: %s\n", builtin.error().message.c_str());
      return 1;
    }
    model = builtin.value();
  }
  const pith::Options options;
  for (int i = first; i < argc; ++i) {
    const pith::Result<AnalysedPage> analysed = AnalysePage(ReadFile(argv[i]), options);
    if (!analysed.ok()) {
      std::printf("%s error %s\n", argv[i], analysed.error().message.c_str());
      continue;
    }
    const AnalysedPage& page = analysed.value();
    std::printf("%s rows %zu cols %zu language %d features %016llx\n", argv[i], page.features.rows,
                page.features.cols, static_cast<int>(page.language),
                static_cast<unsigned long long>(HashBits(page.features.values)));
    for (const LineDecision& d : ClassifyLines(*model, page.page, page.features)) {
      std::printf("%d %a %a %a %a %a %a\n", static_cast<int>(d.label),
                  static_cast<double>(d.confidence), static_cast<double>(d.headline_probability),
                  static_cast<double>(d.label_probabilities[0]),
                  static_cast<double>(d.label_probabilities[1]),
                  static_cast<double>(d.label_probabilities[2]),
                  static_cast<double>(d.label_probabilities[3]));
    }
  }
  return 0;
}

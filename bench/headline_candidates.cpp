// headline_candidates: what the headline ranker chose from, and with what
// scores, so that its misses can be sorted into kinds (the gold title was a
// candidate and lost to a subtitle, a teaser, the <title> copy... or was
// no candidate at all).
//
//   build/headline_candidates --model dev.pithm [--now UNIX_SECONDS] PAGE...
//
// Per page, one JSON object on a line: "path", "pick" (PickHeadline's line,
// after every post-ranker check; -1: none), "title" (the title pith
// outputs), "input_lines" (each logical line's first input line, to map
// them to a .labels file) and "candidates" (HeadlineCandidates, in line
// order): each one's "line", ranker "score" (ScoreHeadlines; 0 without a
// ranker), "text" and "title" (the title pith would output had it been
// picked). Lines are logical lines (lines.h), 0-based. --now (default
// 2026-06-01) sets the date context, as bench/dev_eval's. A model must be
// given: the embedded one has seen the train pages. Never run it on the
// test split.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "classify.h"
#include "dates.h"
#include "headline.h"
#include "json.h"
#include "labelled_page.h"
#include "model.h"
#include "pipeline.h"
#include "title.h"

namespace {

using namespace pith::internal;

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The title Assemble (assemble.cpp) makes of headline line `line`.
std::string TitleOf(const PageView& view, long line) {
  const HeadlineRun run = JoinSplitHeadline(view, line);
  const std::string title = UnmarkedTitle(CleanTitle(LastCrumb(run.text), view.texts));
  return std::string(TitleBeforeBar(TitleWithoutKindLabel(title)));
}

void PrintPage(const pith::Model& model, const char* path, int64_t now) {
  const pith::Result<AnalysedPage> analysed = AnalysePage(ReadFile(path), pith::Options{});
  if (!analysed.ok()) {
    std::fprintf(stderr, "headline_candidates: %s: %s\n", path, analysed.error().message.c_str());
    return;
  }
  const AnalysedPage& page = analysed.value();
  const std::vector<LineDecision> decisions = ClassifyLines(model, page.page, page.features);
  std::vector<std::string_view> texts;
  texts.reserve(page.page.lines.size());
  for (const Line& line : page.page.lines) texts.push_back(line.text);
  const DateContext dates = MakeDateContext(texts, page.language, now);
  const PageView view{page.page, decisions, texts, dates, &page.words, &page.letter_words};
  const HeadlineRanker& ranker = model.headline_ranker;
  const long pick = PickHeadline(view, ranker).line;
  const std::vector<HeadlineCandidate> candidates = HeadlineCandidates(view);
  const std::vector<float> scores =
      ranker.present() ? ScoreHeadlines(ranker, candidates) : std::vector<float>(candidates.size());
  std::string out = "{\"path\":" + JsonString(path) + ",\"pick\":" + std::to_string(pick) +
                    ",\"title\":" + (pick >= 0 ? JsonString(TitleOf(view, pick)) : "null") +
                    ",\"input_lines\":[";
  for (std::size_t i = 0; i < page.page.lines.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(page.page.lines[i].first);
  }
  out += "],\"candidates\":[";
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    const long line = candidates[j].line;
    if (j > 0) out += ',';
    char score[32];
    std::snprintf(score, sizeof score, "%.4g", static_cast<double>(scores[j]));
    out += "{\"line\":" + std::to_string(line) + ",\"score\":" + score +
           ",\"text\":" + JsonString(texts[static_cast<std::size_t>(line)]) +
           ",\"title\":" + JsonString(TitleOf(view, line)) + '}';
  }
  out += "]}";
  std::puts(out.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  std::shared_ptr<const pith::Model> model;
  int64_t now = 1780272000;  // 2026-06-01T00:00:00Z
  while (first + 1 < argc && argv[first][0] == '-') {
    if (std::strcmp(argv[first], "--model") == 0) {
      pith::Result<std::shared_ptr<const pith::Model>> parsed =
          pith::ParseModel(ReadFile(argv[first + 1]));
      if (!parsed.ok()) {
        std::fprintf(stderr, "headline_candidates: %s: %s\n", argv[first + 1],
                     parsed.error().message.c_str());
        return 1;
      }
      model = parsed.value();
    } else if (std::strcmp(argv[first], "--now") == 0) {
      now = std::strtoll(argv[first + 1], nullptr, 10);
    } else {
      break;
    }
    first += 2;
  }
  if (model == nullptr) {
    std::fprintf(stderr, "usage: headline_candidates --model FILE [--now UNIX_SECONDS] PAGE...\n");
    return 2;
  }
  for (int i = first; i < argc; ++i) PrintPage(*model, argv[i], now);
  return 0;
}

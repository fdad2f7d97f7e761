// batch: extract many files in parallel, safely, in a deterministic order.
//
// RunBatch turns a list of walked input files into outputs (DESIGN.md
// sections 1, 9 and 10):
// - kDirectory: OUT/<relative path> with the format's extension, each file
//   written through an AtomicFile by the worker that extracted it;
// - kFile: one file holding every document (jsonl: one object per line),
//   written to a temporary file and renamed only after the last document,
//   so an interrupted batch leaves no file;
// - kStream: the documents in input order through a caller's sink (stdout).
// Files are processed by `jobs` threads over a work queue with a bounded
// reorder window (work_queue.h): memory holds a few dozen documents, not
// the batch, and every output byte is the same whatever `jobs` is.
//
// One bad file never stops the rest: an unreadable, binary or unwritable
// file is reported as "PATH: problem" through `report` and counted as
// failed. An output that would overwrite one of the inputs is refused.
// When `stop` becomes true (SIGINT/SIGTERM) no new file is started, files
// in flight are discarded before their rename, and the batch returns with
// `interrupted` set: every output file left is complete.
//
// Templates: with `learn_templates`, a first pass (LearnTemplates) counts
// each site's normalised lines over every input, and the second pass
// extracts with those counts (templates_include_page = true). With
// `templates` from a file (`--template`), there is no first pass.
#ifndef PITH_BATCH_H_
#define PITH_BATCH_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "atomic_file.h"
#include "pith/pith.h"
#include "pith/render.h"
#include "progress.h"
#include "site_templates.h"
#include "walk.h"

namespace pith::internal {

enum class Destination { kDirectory, kFile, kStream };

struct BatchPlan {
  std::vector<InputFile> files;
  Options options;  // model, encoding, unwrap; site/now set per file
  Format format = Format::kText;
  bool explain = false;        // RenderExplain instead of Render
  bool color = false;          // for explain
  std::optional<int64_t> now;  // --now; nullopt: each file's mtime
  Destination destination = Destination::kStream;
  std::string output;  // the directory (kDirectory) or file (kFile)
  bool skip_existing = false;
  bool learn_templates = false;                    // first pass over the batch
  std::shared_ptr<const SiteTemplates> templates;  // from --template, else nullptr
  std::string site_override;                       // --site: the template site for every file
  int jobs = 1;
  bool warnings = true;  // report decoding warnings (off with -q)
};

struct BatchCallbacks {
  // One line per problem, "PATH: problem", without "pith: " or newline.
  std::function<void(const std::string&)> report;
  // Progress about every 100 ms (may be empty).
  std::function<void(const ProgressCounts&)> progress;
  // kStream: receives the output bytes in order; an error stops the batch.
  std::function<Status(std::string_view)> sink;
};

struct BatchResult {
  ProgressCounts counts;  // of the extraction pass
  bool interrupted = false;
  std::optional<Error> fatal;  // kFile or kStream output failed; the batch stopped
};

// REQUIRES: plan.jobs >= 1; callbacks.sink set for kStream.
BatchResult RunBatch(const BatchPlan& plan, const std::atomic<bool>& stop,
                     const BatchCallbacks& callbacks);

// The first pass: counts every file's distinct line hashes per site, a
// file with the same lines as one counted before for its site only once.
// Unreadable and binary files are skipped silently (the second pass names
// them). Stops early (returning what was counted) when `stop` becomes true.
SiteTemplates LearnTemplates(const std::vector<InputFile>& files, const Options& options, int jobs,
                             const std::atomic<bool>& stop,
                             const std::function<void(const ProgressCounts&)>& progress);

// TemplateLineHash of every line of the page as the pipeline splits it
// (Decode, then SplitLines with options.unwrap). Errors: those of Decode.
Result<std::vector<uint64_t>> PageLineHashes(std::string_view bytes, const Options& options);

// The site whose counts a page uses: `override` when given; else, for a
// template holding one site, that site; else `key`.
std::string TemplateSite(const SiteTemplates& templates, const std::string& key,
                         const std::string& override);

// OUT/<relative> with the last extension of the name replaced by `extension`.
std::string OutputPath(const std::string& out_dir, const std::string& relative,
                       std::string_view extension);

// Reads a whole file. Errors: kIo, whose message is the problem alone
// ("No such file or directory"), for the caller to prefix with the path.
Result<std::string> ReadFile(const std::string& path);

}  // namespace pith::internal

#endif  // PITH_BATCH_H_

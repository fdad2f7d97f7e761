#include "batch.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "decode.h"
#include "hash.h"
#include "lines.h"
#include "work_queue.h"

namespace pith::internal {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Results in flight: enough to keep every thread busy while one slow file (a
// page 20 times the average size, or a thread the system holds back for a
// moment) holds up the in-order emit, and no more. At -j2 on 9,657 corpus
// pages, on a machine busy with other jobs, a window of 4 per thread kept
// the workers waiting for 0.6-1.8 s of a 14-18 s run; 48 pages (extraction)
// and 128 (the quicker template pass, whose results are hash lists) leave
// them waiting under 0.01 s, for 1-2 MB more.
std::size_t ExtractionWindow(int jobs) { return static_cast<std::size_t>(jobs) * 16 + 16; }
std::size_t TemplatePassWindow(int jobs) { return static_cast<std::size_t>(jobs) * 64; }

enum class Outcome { kDone, kFailed, kSkipped, kInterrupted };

struct FileResult {
  Outcome outcome = Outcome::kDone;
  std::vector<std::string> messages;  // "PATH: problem" lines, in order
  std::string output;                 // the rendered document, for kFile and kStream
  std::string path;
  uint64_t bytes = 0;
};

class BatchRun {
 public:
  BatchRun(const BatchPlan& plan, const std::atomic<bool>& stop, const BatchCallbacks& callbacks)
      : plan_(plan), stop_(stop), callbacks_(callbacks) {
    for (const InputFile& file : plan.files) {
      counts_.bytes_total += file.size;
      inputs_.emplace(file.dev, file.ino);
      if (plan.destination == Destination::kDirectory) {
        std::string output = OutputPath(plan.output, file.relative, Extension());
        first_owner_.emplace(output, &file);
      }
    }
    counts_.files_total = plan.files.size();
  }

  BatchResult Run() {
    std::shared_ptr<const SiteTemplates> templates = plan_.templates;
    if (plan_.learn_templates) {
      templates = std::make_shared<const SiteTemplates>(
          LearnTemplates(plan_.files, plan_.options, plan_.jobs, stop_, callbacks_.progress));
    }
    templates_ = templates.get();
    templates_owner_ = std::move(templates);

    if (plan_.destination == Destination::kFile) {
      Result<AtomicFile> file = AtomicFile::Create(plan_.output);
      if (!file.ok()) return Fatal(file.error());
      file_.emplace(std::move(file.value()));
    }

    phase_start_ = Clock::now();
    std::size_t next_index = 0;
    std::function<bool(std::size_t*)> next = [&](std::size_t* index) {
      if (next_index >= plan_.files.size() || stop_.load()) return false;
      *index = next_index++;
      return true;
    };
    std::function<FileResult(std::size_t&)> work = [&](std::size_t& index) {
      return Process(plan_.files[index]);
    };
    std::function<void(FileResult&)> emit = [&](FileResult& result) { Emit(result); };
    std::function<void()> tick = [&] { Tick(); };
    RunOrdered<std::size_t, FileResult>(plan_.jobs, ExtractionWindow(plan_.jobs), next, work, emit,
                                        stop_any_, tick);

    BatchResult result;
    result.interrupted = stop_.load() && counts_.files_done < counts_.files_total;
    if (fatal_) return Fatal(*fatal_);
    if (!result.interrupted) {
      if (Status status = Finish()) return Fatal(*status);
    }
    counts_.seconds = SecondsSince(run_start_);
    result.counts = counts_;
    return result;
  }

 private:
  std::string_view Extension() const { return FormatExtension(plan_.format); }

  // A new document's bytes for the combined output: jsonl objects one per
  // line; several json objects as one array; other formats with a
  // "==> PATH <==" header per document, as head(1) does.
  std::string Framed(const FileResult& result) {
    const bool several = plan_.files.size() > 1;
    std::string framed;
    if (plan_.format == Format::kJsonl && !plan_.explain) {
      framed = result.output;
    } else if (plan_.format == Format::kJson && !plan_.explain) {
      if (!several) return result.output;
      framed = documents_written_ == 0 ? "[\n" : ",\n";
      std::string_view object = result.output;
      if (!object.empty() && object.back() == '\n') object.remove_suffix(1);
      framed += object;
    } else {
      if (several) {
        if (documents_written_ > 0) framed = "\n";
        framed += "==> " + result.path + " <==\n";
      }
      framed += result.output;
    }
    ++documents_written_;
    return framed;
  }

  // The end of the combined output (closing a json array).
  Status Finish() {
    if (plan_.destination == Destination::kDirectory) return std::nullopt;
    if (plan_.format == Format::kJson && !plan_.explain && plan_.files.size() > 1) {
      if (Status status = Write(documents_written_ == 0 ? "[]\n" : "\n]\n")) return status;
    }
    // A single output file for inputs that all failed would only hide the failure.
    if (file_ && documents_written_ == 0 && counts_.failed > 0) {
      file_->Discard();
      return std::nullopt;
    }
    if (file_) return file_->Commit();
    return std::nullopt;
  }

  Status Write(std::string_view bytes) {
    if (file_) return file_->Append(bytes);
    return callbacks_.sink(bytes);
  }

  void Emit(FileResult& result) {
    for (const std::string& message : result.messages) callbacks_.report(message);
    ++counts_.files_done;
    counts_.bytes_done += result.bytes;
    switch (result.outcome) {
      case Outcome::kFailed:
        ++counts_.failed;
        break;
      case Outcome::kSkipped:
        ++counts_.skipped;
        break;
      case Outcome::kInterrupted:
        --counts_.files_done;
        break;
      case Outcome::kDone:
        if (plan_.destination != Destination::kDirectory && !fatal_) {
          if (Status status = Write(Framed(result))) {
            fatal_ = status;
            stop_any_.store(true);
          }
        }
        break;
    }
  }

  void Tick() {
    if (stop_.load()) stop_any_.store(true);
    if (!callbacks_.progress) return;
    counts_.seconds = SecondsSince(phase_start_);
    callbacks_.progress(counts_);
  }

  BatchResult Fatal(const Error& error) {
    BatchResult result;
    result.fatal = error;
    if (file_) file_->Discard();
    counts_.seconds = SecondsSince(run_start_);
    result.counts = counts_;
    return result;
  }

  FileResult Process(const InputFile& file) {
    FileResult result;
    result.path = file.path;
    auto fail = [&](const std::string& problem) {
      result.outcome = Outcome::kFailed;
      result.messages.push_back(file.path + ": " + problem);
      return std::move(result);
    };

    std::string output_path;
    if (plan_.destination == Destination::kDirectory) {
      output_path = OutputPath(plan_.output, file.relative, Extension());
      const InputFile* owner = first_owner_.at(output_path);
      if (owner != &file) {
        return fail("output " + output_path + " is also the output of " + owner->path +
                    "; not written");
      }
      struct stat st;
      if (stat(output_path.c_str(), &st) == 0) {
        if (inputs_.count({st.st_dev, st.st_ino}) != 0) {
          return fail("refusing to overwrite an input file with " + output_path);
        }
        if (plan_.skip_existing) {
          result.outcome = Outcome::kSkipped;
          return result;
        }
      }
    }

    Result<std::string> bytes = ReadFile(file.path);
    if (!bytes.ok()) return fail(bytes.error().message);
    result.bytes = bytes.value().size();

    Options options = plan_.options;
    options.now = plan_.now.value_or(file.mtime);
    if (templates_ != nullptr) {
      options.templates = templates_owner_;
      options.site = TemplateSite(*templates_, file.site, plan_.site_override);
      options.templates_include_page = plan_.learn_templates;
    }
    options.keep_labels = plan_.explain || plan_.format == Format::kLabels;
    Result<Article> article = Extract(bytes.value(), options);
    bytes = std::string();
    if (!article.ok()) return fail(article.error().message);
    if (plan_.warnings) {
      for (const std::string& warning : article.value().warnings) {
        result.messages.push_back(file.path + ": warning: " + warning);
      }
    }
    std::string rendered =
        plan_.explain ? RenderExplain(article.value(), plan_.color)
                      : Render(article.value(), plan_.format, DocumentSource{"", file.path});
    if (plan_.destination != Destination::kDirectory) {
      result.output = std::move(rendered);
      return result;
    }

    const std::size_t slash = output_path.rfind('/');
    if (slash != std::string::npos) {
      if (Status status = MakeDirectories(output_path.substr(0, slash))) {
        return fail("cannot write output: " + status->message);
      }
    }
    Result<AtomicFile> out = AtomicFile::Create(output_path);
    if (!out.ok()) return fail("cannot write output: " + out.error().message);
    if (Status status = out.value().Append(rendered)) {
      return fail("cannot write output: " + status->message);
    }
    if (stop_.load()) {
      out.value().Discard();
      result.outcome = Outcome::kInterrupted;
      return result;
    }
    if (Status status = out.value().Commit())
      return fail("cannot write output: " + status->message);
    return result;
  }

  const BatchPlan& plan_;
  const std::atomic<bool>& stop_;
  const BatchCallbacks& callbacks_;
  // stop_ or a fatal output error: either ends the pulling of new files.
  std::atomic<bool> stop_any_{false};
  std::map<std::string, const InputFile*> first_owner_;  // output path -> its input
  std::set<std::pair<dev_t, ino_t>> inputs_;             // identities of the inputs
  const SiteTemplates* templates_ = nullptr;
  std::shared_ptr<const SiteTemplates> templates_owner_;
  std::optional<AtomicFile> file_;
  std::optional<Error> fatal_;
  ProgressCounts counts_;
  uint64_t documents_written_ = 0;
  // The summary's time covers the whole run, the progress rate the current pass.
  Clock::time_point run_start_ = Clock::now();
  Clock::time_point phase_start_ = Clock::now();
};

}  // namespace

BatchResult RunBatch(const BatchPlan& plan, const std::atomic<bool>& stop,
                     const BatchCallbacks& callbacks) {
  return BatchRun(plan, stop, callbacks).Run();
}

Result<std::vector<uint64_t>> PageLineHashes(std::string_view bytes, const Options& options) {
  Result<DecodedText> decoded = Decode(bytes, options.encoding, options.repair_mojibake);
  if (!decoded.ok()) return decoded.error();
  const Page page = SplitLines(decoded.value().text, options.unwrap);
  std::vector<uint64_t> hashes;
  hashes.reserve(page.lines.size());
  for (const Line& line : page.lines) hashes.push_back(TemplateLineHash(line.text));
  return hashes;
}

namespace {

// A hash of a document's sorted distinct line hashes.
uint64_t DocumentFingerprint(const std::vector<uint64_t>& distinct_lines) {
  uint64_t h = kFnvOffset;
  for (uint64_t line : distinct_lines) h = Mix64(h ^ line);
  return h;
}

}  // namespace

SiteTemplates LearnTemplates(const std::vector<InputFile>& files, const Options& options, int jobs,
                             const std::atomic<bool>& stop,
                             const std::function<void(const ProgressCounts&)>& progress) {
  SiteTemplates templates;
  ProgressCounts counts;
  counts.phase = "templates";
  counts.files_total = files.size();
  for (const InputFile& file : files) counts.bytes_total += file.size;
  const Clock::time_point start = Clock::now();

  // The workers read, split, hash and sort each page; the counts are added
  // in input order on the calling thread, so that no worker waits for a
  // lock on them (adding took a fifth of the pass).
  struct PageLines {
    std::size_t index = 0;
    uint64_t bytes = 0;
    bool counted = false;                  // read and decoded
    std::vector<uint64_t> distinct_lines;  // sorted, see SortDistinct
  };
  std::size_t next_index = 0;
  std::function<bool(std::size_t*)> next = [&](std::size_t* index) {
    if (next_index >= files.size()) return false;
    *index = next_index++;
    return true;
  };
  std::function<PageLines(std::size_t&)> work = [&](std::size_t& index) {
    PageLines page;
    page.index = index;
    Result<std::string> bytes = ReadFile(files[index].path);
    if (!bytes.ok()) return page;
    page.bytes = bytes.value().size();
    Result<std::vector<uint64_t>> hashes = PageLineHashes(bytes.value(), options);
    if (!hashes.ok()) return page;
    page.distinct_lines = std::move(hashes).value();
    SortDistinct(&page.distinct_lines);
    page.counted = true;
    return page;
  };
  // Per site, the documents counted, by their distinct lines: a page saved
  // twice (a re-scrape) is counted once, else its every line, headline and
  // text included, would look like the site's template to both copies.
  std::set<std::pair<std::string, uint64_t>> documents_seen;
  std::function<void(PageLines&)> emit = [&](PageLines& page) {
    const std::string& site = files[page.index].site;
    if (page.counted &&
        (page.distinct_lines.empty() ||
         documents_seen.emplace(site, DocumentFingerprint(page.distinct_lines)).second)) {
      AddDistinctLines(page.distinct_lines, &templates.sites[site]);
    }
    ++counts.files_done;
    counts.bytes_done += page.bytes;
  };
  std::function<void()> tick = [&] {
    if (!progress) return;
    counts.seconds = SecondsSince(start);
    progress(counts);
  };
  RunOrdered<std::size_t, PageLines>(jobs, TemplatePassWindow(jobs), next, work, emit, stop, tick);
  return templates;
}

std::string TemplateSite(const SiteTemplates& templates, const std::string& key,
                         const std::string& override) {
  if (!override.empty()) return override;
  if (templates.sites.size() == 1) return templates.sites.begin()->first;
  return key;
}

std::string OutputPath(const std::string& out_dir, const std::string& relative,
                       std::string_view extension) {
  std::string path = relative;
  const std::size_t slash = path.rfind('/');
  const std::size_t dot = path.rfind('.');
  const bool has_extension =
      dot != std::string::npos && dot > (slash == std::string::npos ? 0 : slash + 1);
  if (has_extension) path.erase(dot);
  path += extension;
  if (out_dir.empty()) return path;
  return out_dir.back() == '/' ? out_dir + path : out_dir + "/" + path;
}

Result<std::string> ReadFile(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{ErrorCode::kIo, std::strerror(errno)};
  struct stat st;
  if (fstat(fd, &st) != 0) {
    const int error_number = errno;
    close(fd);
    return Error{ErrorCode::kIo, std::strerror(error_number)};
  }
  if (S_ISDIR(st.st_mode)) {
    close(fd);
    return Error{ErrorCode::kIo, std::strerror(EISDIR)};
  }
  std::string bytes;
  if (st.st_size > 0) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(fd, buffer, sizeof(buffer));
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int error_number = errno;
      close(fd);
      return Error{ErrorCode::kIo, std::strerror(error_number)};
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  close(fd);
  return bytes;
}

}  // namespace pith::internal

// throughput: single-thread speed of pith::Extract + text rendering, beside
// `wc -w` over the same files in the same run (DESIGN.md sections 8 and 10).
//
//   build/throughput                       every <dataset>/<renderer>/*.txt under ../shared/corpus
//   build/throughput DIR...                every *.txt under each DIR, recursively
//   build/throughput --runs 9 --pith build/pith --sample samples/01_browser_copy.txt
//   build/throughput --model models/fast.pithm   another model, in process and for the binary
//
// Method: all files are read into memory first; each run extracts and
// renders every page once on one thread; the figure is the median of the
// runs. `wc -w` runs as a subprocess over the same file list (served from
// the page cache, which the first read warmed), median of as many runs.
// Startup + one page: the real pith binary on one sample, median of 20 runs.
// Beside each wall time, the CPU time (user + system) of the same runs: on a
// machine shared with other work, wall times grow with the load while CPU
// times mostly do not, so CPU figures compare builds measured at different
// moments.
// Peak RSS: this process's (pages held in memory included, shown apart),
// and the pith binary's on the one sample.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "pith/pith.h"
#include "pith/render.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Settings {
  std::vector<std::string> dirs;  // empty: the corpus layout under `corpus`
  std::string corpus = "../shared/corpus";
  std::string pith;  // default: "pith" beside this binary
  std::string sample = "samples/01_browser_copy.txt";
  std::string model;  // a model file; empty: the default model
  int runs = 5;
  int startup_runs = 20;
};

bool IsTxt(const fs::path& path) { return path.extension() == ".txt"; }

// <corpus>/<dataset>/<renderer>/*.txt: exactly that depth, so the
// datasets' id lists (train.txt, test.txt) are not taken as pages.
std::vector<std::string> CorpusFiles(const std::string& corpus) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& dataset : fs::directory_iterator(corpus, ec)) {
    if (!dataset.is_directory()) continue;
    for (const auto& renderer : fs::directory_iterator(dataset.path())) {
      if (!renderer.is_directory()) continue;
      for (const auto& page : fs::directory_iterator(renderer.path())) {
        if (page.is_regular_file() && IsTxt(page.path())) files.push_back(page.path().string());
      }
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> TreeFiles(const std::vector<std::string>& dirs) {
  std::vector<std::string> files;
  for (const std::string& dir : dirs) {
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
      if (entry.is_regular_file() && IsTxt(entry.path())) files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double CpuSeconds(const timeval& user, const timeval& system) {
  return static_cast<double>(user.tv_sec + system.tv_sec) +
         1e-6 * static_cast<double>(user.tv_usec + system.tv_usec);
}

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

struct Timing {
  double wall = -1.0;  // seconds; negative: could not run or did not exit 0
  double cpu = -1.0;   // user + system seconds
};

// Runs argv with stdout and stderr on /dev/null.
Timing TimeCommand(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  const Clock::time_point start = Clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return {};
  int status = 0;
  rusage usage{};
  if (wait4(pid, &status, 0, &usage) < 0) return {};
  const double seconds = Seconds(Clock::now() - start);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return {};
  return {seconds, CpuSeconds(usage.ru_utime, usage.ru_stime)};
}

bool ParseArgs(int argc, char** argv, Settings* settings) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--runs" && has_value) {
      settings->runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--corpus" && has_value) {
      settings->corpus = argv[++i];
    } else if (arg == "--pith" && has_value) {
      settings->pith = argv[++i];
    } else if (arg == "--sample" && has_value) {
      settings->sample = argv[++i];
    } else if (arg == "--model" && has_value) {
      settings->model = argv[++i];
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: throughput [--runs N] [--corpus DIR] [--pith BINARY] "
                   "[--sample PAGE] [--model FILE] [DIR...]\n";
      return false;
    } else if (!arg.empty() && arg[0] == '-') {
      std::cerr << "throughput: unknown option " << arg << "\n";
      return false;
    } else {
      settings->dirs.push_back(arg);
    }
  }
  if (settings->pith.empty()) settings->pith = (fs::path(argv[0]).parent_path() / "pith").string();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  if (!ParseArgs(argc, argv, &settings)) return 2;

  // Startup + one page with the real binary.
  std::vector<double> startup_seconds, startup_cpu;
  std::vector<std::string> pith_args = {settings.pith, "--now", "2026-01-01T00:00:00Z"};
  if (!settings.model.empty()) pith_args.insert(pith_args.end(), {"--model", settings.model});
  pith_args.push_back(settings.sample);
  for (int run = 0; run < settings.startup_runs; ++run) {
    const Timing timing = TimeCommand(pith_args);
    if (timing.wall < 0) continue;
    startup_seconds.push_back(timing.wall);
    startup_cpu.push_back(timing.cpu);
  }
  // Measured before the pages are read in: a spawned child's peak RSS
  // counts the parent's memory it started from.
  rusage children{};
  getrusage(RUSAGE_CHILDREN, &children);
  if (startup_seconds.empty()) {
    std::printf("startup + one page: could not run %s on %s\n", settings.pith.c_str(),
                settings.sample.c_str());
  } else {
    std::printf(
        "startup + one page: %.2f ms, %.2f ms CPU (medians of %zu runs of %s %s), peak RSS %.1f "
        "MB\n",
        1000.0 * Median(startup_seconds), 1000.0 * Median(startup_cpu), startup_seconds.size(),
        settings.pith.c_str(), settings.sample.c_str(),
        static_cast<double>(children.ru_maxrss) / 1024.0);
  }

  const std::vector<std::string> files =
      settings.dirs.empty() ? CorpusFiles(settings.corpus) : TreeFiles(settings.dirs);
  if (files.empty()) {
    std::cerr << "throughput: no .txt pages found (corpus " << settings.corpus << ")\n";
    return 1;
  }
  std::vector<std::string> pages;
  pages.reserve(files.size());
  size_t total_bytes = 0;
  for (const std::string& file : files) {
    pages.push_back(ReadFile(file));
    total_bytes += pages.back().size();
  }
  const double megabytes = static_cast<double>(total_bytes) / 1e6;
  std::printf("pages: %zu files, %.1f MB, read into memory\n", files.size(), megabytes);

  // pith: Extract + Render(text), one thread.
  pith::Options options;
  if (!settings.model.empty()) {
    if (!fs::is_regular_file(settings.model)) {
      std::cerr << "throughput: cannot read model file " << settings.model << "\n";
      return 1;
    }
    pith::Result<std::shared_ptr<const pith::Model>> model =
        pith::ParseModel(ReadFile(settings.model));
    if (!model.ok()) {
      std::cerr << "throughput: " << settings.model << ": " << model.error().message << "\n";
      return 1;
    }
    options.model = model.value();
  }
  std::vector<double> pith_seconds, pith_cpu;
  size_t failed = 0;
  size_t output_bytes = 0;
  for (int run = 0; run < settings.runs; ++run) {
    failed = 0;
    output_bytes = 0;
    const Clock::time_point start = Clock::now();
    const double cpu_start = ThreadCpuSeconds();
    for (const std::string& page : pages) {
      const pith::Result<pith::Article> result = pith::Extract(page, options);
      if (!result.ok()) {
        ++failed;
        continue;
      }
      output_bytes += pith::Render(result.value(), pith::Format::kText, {}).size();
    }
    pith_cpu.push_back(ThreadCpuSeconds() - cpu_start);
    pith_seconds.push_back(Seconds(Clock::now() - start));
  }
  const double pith_time = Median(pith_seconds);
  const double pith_cpu_time = Median(pith_cpu);

  // wc -w over the same files.
  std::vector<std::string> wc_args = {"wc", "-w"};
  wc_args.insert(wc_args.end(), files.begin(), files.end());
  std::vector<double> wc_seconds, wc_cpu;
  for (int run = 0; run < settings.runs; ++run) {
    const Timing timing = TimeCommand(wc_args);
    if (timing.wall < 0) continue;
    wc_seconds.push_back(timing.wall);
    wc_cpu.push_back(timing.cpu);
  }

  std::printf("\n%-28s %10s %12s %10s %10s %12s\n", "single thread, median of", "seconds", "MB/s",
              "pages/s", "CPU s", "MB/CPU s");
  std::printf(
      "%-28s %10.3f %12.1f %10.0f %10.3f %12.1f   (%d runs; %zu failed pages, %.1f MB out)\n",
      "pith Extract + text", pith_time, megabytes / pith_time,
      static_cast<double>(pages.size()) / pith_time, pith_cpu_time, megabytes / pith_cpu_time,
      settings.runs, failed, static_cast<double>(output_bytes) / 1e6);
  if (wc_seconds.empty()) {
    std::printf("wc -w: could not run\n");
  } else {
    const double wc_time = Median(wc_seconds);
    const double wc_cpu_time = Median(wc_cpu);
    std::printf("%-28s %10.3f %12.1f %10.0f %10.3f %12.1f   (%zu runs)\n", "wc -w (same files)",
                wc_time, megabytes / wc_time, static_cast<double>(pages.size()) / wc_time,
                wc_cpu_time, megabytes / wc_cpu_time, wc_seconds.size());
    std::printf("pith / wc -w: %.1f%% of wc's speed (%.1f%% in CPU time)\n",
                100.0 * wc_time / pith_time, 100.0 * wc_cpu_time / pith_cpu_time);
  }

  rusage self{};
  getrusage(RUSAGE_SELF, &self);
  std::printf("peak RSS: %.1f MB in this process, %.1f MB of it the pages held in memory\n",
              static_cast<double>(self.ru_maxrss) / 1024.0, megabytes);
  return 0;
}

#include "cli/run.h"

#include <signal.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "batch.h"
#include "decode.h"
#include "pith/pith.h"
#include "pith/render.h"
#include "progress.h"
#include "site_templates.h"
#include "stream.h"
#include "walk.h"

namespace pith::cli {
namespace {

using internal::Status;

// Set by SIGINT/SIGTERM during a batch; the batch polls it.
std::atomic<bool> g_stop{false};
volatile sig_atomic_t g_signal = 0;

void OnStopSignal(int signal_number) {
  g_signal = signal_number;
  g_stop.store(true);
}

void InstallStopHandlers() {
  struct sigaction action;
  std::memset(&action, 0, sizeof(action));
  action.sa_handler = OnStopSignal;
  action.sa_flags = SA_RESTART | SA_RESETHAND;  // a second Ctrl-C kills at once
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

// After a clean stop, die of the signal so that the caller (a shell, make,
// xargs) sees that pith was interrupted.
[[noreturn]] void DieOfSignal(int signal_number) {
  signal(signal_number, SIG_DFL);
  raise(signal_number);
  _exit(128 + signal_number);
}

int UsageError(const std::string& message) {
  std::cerr << "pith: " << message << "\n";
  return 2;
}

void Report(const std::string& message) { std::cerr << "pith: " << message << "\n"; }

bool IsTerminal(int fd) { return isatty(fd) == 1; }

int TerminalWidth() {
  struct winsize size;
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

// Writes to stdout. A reader that went away (EPIPE) ends pith quietly, as
// SIGPIPE would have if the caller had not ignored it.
Status WriteStdout(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = write(STDOUT_FILENO, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EPIPE) DieOfSignal(SIGPIPE);
      return Error{ErrorCode::kIo, std::string("stdout: ") + std::strerror(errno)};
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

Result<std::string> ReadStdin() {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = read(STDIN_FILENO, buffer, sizeof(buffer));
    if (n == 0) return bytes;
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error{ErrorCode::kIo, std::strerror(errno)};
    }
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, int64_t m, int64_t d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// --now: Unix seconds ("1738642800") or ISO 8601 ("2025-02-04",
// "2025-02-04T10:20", "2025-02-04 10:20:30Z", "...+05:30"); no zone is UTC.
std::optional<int64_t> ParseNow(const std::string& text) {
  const char* s = text.c_str();
  char* end = nullptr;
  const bool is_integer =
      !text.empty() &&
      text.find_first_not_of("0123456789", text[0] == '-' ? 1 : 0) == std::string::npos;
  if (is_integer) {
    errno = 0;
    const long long seconds = std::strtoll(s, &end, 10);
    if (errno != 0 || *end != '\0') return std::nullopt;
    return static_cast<int64_t>(seconds);
  }
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, used = 0;
  if (std::sscanf(s, "%4d-%2d-%2d%n", &year, &month, &day, &used) != 3 || used != 10) {
    return std::nullopt;
  }
  std::string_view rest(s + used);
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ')) {
    int n = 0;
    const std::string time(rest.substr(1));
    if (std::sscanf(time.c_str(), "%2d:%2d%n", &hour, &minute, &n) != 2 || n != 5) {
      return std::nullopt;
    }
    rest.remove_prefix(1 + 5);
    if (!rest.empty() && rest[0] == ':') {
      const std::string sec(rest.substr(1));
      if (std::sscanf(sec.c_str(), "%2d%n", &second, &n) != 1 || n != 2) return std::nullopt;
      rest.remove_prefix(3);
      if (!rest.empty() && rest[0] == '.') {
        rest.remove_prefix(1);
        while (!rest.empty() && rest[0] >= '0' && rest[0] <= '9') rest.remove_prefix(1);
      }
    }
  }
  int64_t offset = 0;
  if (rest == "Z") {
    rest = "";
  } else if (!rest.empty() && (rest[0] == '+' || rest[0] == '-')) {
    int zone_hours = 0, zone_minutes = 0, n = 0;
    const std::string zone(rest.substr(1));
    if (std::sscanf(zone.c_str(), "%2d:%2d%n", &zone_hours, &zone_minutes, &n) == 2 && n == 5) {
    } else if (std::sscanf(zone.c_str(), "%2d%2d%n", &zone_hours, &zone_minutes, &n) == 2 &&
               n == 4) {
    } else {
      return std::nullopt;
    }
    if (static_cast<std::size_t>(n) + 1 != rest.size()) return std::nullopt;
    offset = (rest[0] == '-' ? -1 : 1) * (zone_hours * 3600 + zone_minutes * 60);
    rest = "";
  }
  if (!rest.empty() || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
      second > 60) {
    return std::nullopt;
  }
  return DaysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

// Shows the progress bar on a terminal; clears it before any other line.
class ProgressDisplay {
 public:
  explicit ProgressDisplay(bool enabled) : enabled_(enabled) {}

  void Show(const internal::ProgressCounts& counts) {
    if (!enabled_) return;
    std::cerr << "\r" << internal::ProgressBar(counts, TerminalWidth() - 1) << "\033[K"
              << std::flush;
    shown_ = true;
  }
  void Clear() {
    if (shown_) std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
  }
  void Report(const std::string& message) {
    Clear();
    cli::Report(message);
  }

 private:
  bool enabled_;
  bool shown_ = false;
};

// What the options (not the inputs) say, checked before any work starts.
struct Setup {
  Options options;
  std::optional<int64_t> now;
  std::shared_ptr<const SiteTemplates> templates;
};

std::optional<int> PrepareSetup(const Request& request, Setup* setup) {
  if (request.jobs < 1) return UsageError("-j/--jobs must be at least 1");
  setup->options.encoding = request.encoding;
  setup->options.unwrap = request.unwrap;
  setup->options.repair_mojibake = request.repair_mojibake;
  if (!request.encoding.empty()) {
    Result<internal::DecodedText> probe = internal::Decode("", request.encoding);
    if (!probe.ok()) return UsageError("--encoding: " + probe.error().message);
  }
  if (!request.now.empty()) {
    setup->now = ParseNow(request.now);
    if (!setup->now) {
      return UsageError("--now '" + request.now +
                        "': expected an ISO 8601 date-time (2025-02-04T10:20:00Z) or Unix seconds");
    }
  }
  if (!request.model_path.empty()) {
    Result<std::string> bytes = internal::ReadFile(request.model_path);
    if (!bytes.ok()) return UsageError(request.model_path + ": " + bytes.error().message);
    Result<std::shared_ptr<const Model>> model = ParseModel(bytes.value());
    if (!model.ok()) return UsageError(request.model_path + ": " + model.error().message);
    setup->options.model = model.value();
  }
  if (!request.template_path.empty()) {
    if (request.no_template)
      return UsageError("--template and --no-template contradict each other");
    Result<std::string> bytes = internal::ReadFile(request.template_path);
    if (!bytes.ok()) return UsageError(request.template_path + ": " + bytes.error().message);
    Result<SiteTemplates> templates = internal::ParseTemplates(bytes.value());
    if (!templates.ok())
      return UsageError(request.template_path + ": " + templates.error().message);
    setup->templates = std::make_shared<const SiteTemplates>(std::move(templates.value()));
  }
  return std::nullopt;
}

bool ColorWanted() {
  const char* no_color = std::getenv("NO_COLOR");
  return IsTerminal(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// One page from stdin to stdout or to the -o file.
int RunStdin(const Request& request, const Setup& setup) {
  const bool to_file = !request.output.empty();
  if (to_file && (internal::IsDirectory(request.output) || request.output.back() == '/')) {
    return UsageError("stdin has no file name to mirror into directory " + request.output +
                      "; give -o an output file name");
  }
  if (to_file && request.skip_existing && access(request.output.c_str(), F_OK) == 0) return 0;
  Result<std::string> bytes = ReadStdin();
  if (!bytes.ok()) {
    Report("stdin: " + bytes.error().message);
    return 1;
  }
  Options options = setup.options;
  options.now = setup.now.value_or(static_cast<int64_t>(std::time(nullptr)));
  if (setup.templates != nullptr) {
    options.templates = setup.templates;
    options.site = internal::TemplateSite(*setup.templates, "", request.site);
  }
  Result<Article> article = Extract(bytes.value(), options);
  if (!article.ok()) {
    Report("stdin: " + article.error().message);
    return 1;
  }
  if (!request.quiet) {
    for (const std::string& warning : article.value().warnings)
      Report("stdin: warning: " + warning);
  }
  const std::string rendered = request.explain
                                   ? RenderExplain(article.value(), !to_file && ColorWanted())
                                   : Render(article.value(), request.format, DocumentSource{});
  Status status =
      to_file ? internal::WriteFileAtomically(request.output, rendered) : WriteStdout(rendered);
  if (status) {
    Report(status->message);
    return 1;
  }
  return 0;
}

int RunStreamMode(const Request& request, const Setup& setup) {
  if (!request.inputs.empty()) return UsageError("--stdin-jsonl reads stdin only; drop INPUT");
  if (!request.output.empty()) return UsageError("--stdin-jsonl writes to stdout; drop -o");
  if (request.explain || request.format == Format::kMarkdown || request.format == Format::kLabels) {
    return UsageError("--stdin-jsonl always writes JSON Lines; drop --format/--explain");
  }
  internal::StreamPlan plan;
  plan.options = setup.options;
  plan.options.now = setup.now.value_or(static_cast<int64_t>(std::time(nullptr)));
  plan.templates = setup.templates;
  plan.site_override = request.site;
  plan.jobs = request.jobs;
  plan.warnings = !request.quiet;
  std::ios::sync_with_stdio(false);
  const internal::StreamResult result = internal::RunStream(
      std::cin, plan, g_stop,
      [&](const std::string& m) {
        if (!request.quiet) Report(m);
      },
      WriteStdout);
  if (result.fatal) {
    Report(result.fatal->message);
    return 1;
  }
  return 0;
}

int RunLearnTemplate(const Request& request, const Setup& setup) {
  internal::WalkOptions walk_options;
  if (!request.include.empty()) walk_options.include = request.include;
  walk_options.exclude = request.exclude;
  const internal::WalkResult walked = internal::WalkInputs(request.inputs, walk_options);
  for (const std::string& error : walked.errors) Report(error);

  InstallStopHandlers();
  ProgressDisplay display(IsTerminal(STDERR_FILENO) && !request.quiet);
  const SiteTemplates templates = internal::LearnTemplates(
      walked.files, setup.options, request.jobs, g_stop,
      [&](const internal::ProgressCounts& counts) { display.Show(counts); });
  display.Clear();
  if (g_stop.load()) DieOfSignal(g_signal);
  if (Status status =
          internal::WriteFileAtomically(request.output, internal::SerializeTemplates(templates))) {
    Report(status->message);
    return 1;
  }
  if (!request.quiet) {
    std::cerr << "pith: " << request.output << ": " << templates.sites.size() << " sites from "
              << walked.files.size() << " files\n";
  }
  return walked.errors.empty() ? 0 : 1;
}

// Where the outputs of files and directories go (DESIGN.md sections 7, 10).
internal::Destination ChooseDestination(const Request& request, bool any_directory) {
  if (request.output.empty()) return internal::Destination::kStream;
  const bool names_directory =
      internal::IsDirectory(request.output) || request.output.back() == '/';
  if (names_directory) return internal::Destination::kDirectory;
  if (request.format == Format::kJsonl && !request.explain) return internal::Destination::kFile;
  if (!any_directory && request.inputs.size() == 1) return internal::Destination::kFile;
  return internal::Destination::kDirectory;
}

int RunFiles(const Request& request, const Setup& setup) {
  // 1. Every directory argument needs -o; "-" cannot be mixed with files.
  bool any_directory = false;
  for (const std::string& input : request.inputs) {
    if (input == "-") return UsageError("- (stdin) cannot be mixed with other inputs");
    if (internal::IsDirectory(input)) {
      any_directory = true;
      if (request.output.empty()) {
        return UsageError(input + " is a directory; add -o OUT_DIR to clean every file under it");
      }
    }
  }

  // 2. Choose the destination; an output file must not be one of the inputs.
  const internal::Destination destination = ChooseDestination(request, any_directory);
  internal::WalkOptions walk_options;
  if (!request.include.empty()) walk_options.include = request.include;
  walk_options.exclude = request.exclude;
  if (destination == internal::Destination::kDirectory) walk_options.skip_dir = request.output;
  internal::WalkResult walked = internal::WalkInputs(request.inputs, walk_options);
  if (walked.files.empty() && !walked.errors.empty()) {
    for (const std::string& error : walked.errors) Report(error);
    return 1;
  }
  if (destination == internal::Destination::kFile) {
    struct stat st;
    if (stat(request.output.c_str(), &st) == 0) {
      for (const internal::InputFile& file : walked.files) {
        if (file.dev == st.st_dev && file.ino == st.st_ino) {
          return UsageError("refusing to overwrite input " + file.path + " with -o " +
                            request.output);
        }
      }
      if (request.skip_existing) return 0;
    }
  }
  const std::size_t slash = request.output.rfind('/');
  const std::string output_dir =
      destination == internal::Destination::kDirectory
          ? request.output
          : request.output.substr(0, slash == std::string::npos ? 0 : slash);
  if (!output_dir.empty()) {
    if (Status status = internal::MakeDirectories(output_dir)) {
      Report(status->message);
      return 1;
    }
  }

  // 3. Plan the batch.
  internal::BatchPlan plan;
  plan.files = std::move(walked.files);
  plan.options = setup.options;
  plan.format = request.format;
  plan.explain = request.explain;
  plan.color = request.explain && destination == internal::Destination::kStream && ColorWanted();
  plan.now = setup.now;
  plan.destination = destination;
  plan.output = request.output;
  plan.skip_existing = request.skip_existing;
  plan.templates = setup.templates;
  // Learning reads every file twice: not possible for pipes.
  const bool rereadable = std::all_of(plan.files.begin(), plan.files.end(),
                                      [](const internal::InputFile& f) { return f.rereadable; });
  plan.learn_templates =
      setup.templates == nullptr && !request.no_template && plan.files.size() > 1 && rereadable;
  plan.site_override = request.site;
  plan.jobs = request.jobs;
  plan.warnings = !request.quiet;

  // 4. Run it: progress on a terminal, errors named as they come, in order.
  const bool is_batch = any_directory || plan.files.size() > 1;
  const bool stdout_busy =
      destination == internal::Destination::kStream && IsTerminal(STDOUT_FILENO);
  ProgressDisplay display(is_batch && !request.quiet && IsTerminal(STDERR_FILENO) && !stdout_busy);
  for (const std::string& error : walked.errors) display.Report(error);
  InstallStopHandlers();
  internal::BatchCallbacks callbacks;
  callbacks.report = [&](const std::string& message) { display.Report(message); };
  callbacks.progress = [&](const internal::ProgressCounts& counts) { display.Show(counts); };
  callbacks.sink = WriteStdout;
  const internal::BatchResult result = internal::RunBatch(plan, g_stop, callbacks);
  display.Clear();

  // 5. Summary, then the exit status (or death by the signal that stopped us).
  if (result.fatal) Report(result.fatal->message);
  if (is_batch && !request.quiet) {
    std::cerr << internal::SummaryLine(result.counts, result.interrupted) << "\n";
  }
  if (g_stop.load()) DieOfSignal(g_signal);
  const bool failed = result.fatal || result.counts.failed > 0 || !walked.errors.empty();
  return failed ? 1 : 0;
}

}  // namespace

int Run(const Request& request) {
  Setup setup;
  if (std::optional<int> usage = PrepareSetup(request, &setup)) return *usage;
  if (request.command == Command::kLearnTemplate) return RunLearnTemplate(request, setup);
  if (request.stdin_jsonl) return RunStreamMode(request, setup);
  if (request.inputs.empty() || (request.inputs.size() == 1 && request.inputs[0] == "-")) {
    return RunStdin(request, setup);
  }
  return RunFiles(request, setup);
}

int ForwardToTrainer(int argc, char** argv) {
  char self[PATH_MAX];
  const ssize_t length = readlink("/proc/self/exe", self, sizeof(self) - 1);
  std::string trainer = "pith-train";
  if (length > 0) {
    std::string path(self, static_cast<std::size_t>(length));
    trainer = path.substr(0, path.rfind('/') + 1) + "pith-train";
  }
  std::vector<char*> args;
  args.push_back(const_cast<char*>("pith-train"));
  for (int i = 2; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  execv(trainer.c_str(), args.data());
  const int beside_errno = errno;
  execvp("pith-train", args.data());  // an installed pith-train on PATH
  std::cerr << "pith: train: cannot run " << trainer << ": " << std::strerror(beside_errno)
            << " (pith-train is built beside pith: cmake --build build --target pith-train)\n";
  return 2;
}

}  // namespace pith::cli

#include "cli/args.h"

#include <sched.h>

#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>
#include <thread>

namespace pith::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  pith page.txt                        clean one page, print the article
  lynx -dump -nolist URL | pith        read stdin
  pith --format json page.txt          title, byline, date, paragraphs as JSON
  pith --explain page.txt              show which line got which label
  pith -o clean/ scraped/              clean every *.txt under scraped/ into clean/
  pith -o all.jsonl --format jsonl scraped/
                                       one JSON object per page, in one file
  pith -o clean/ --skip-existing scraped/
                                       resume an interrupted batch
  pith learn-template scraped/nytimes -o nytimes.tpl
  pith --template nytimes.tpl page.txt use a site's learned boilerplate
  pith --stdin-jsonl < records.jsonl   {"id","text"} per line in, one JSON object per line out
  pith train --help                    the trainer (pith-train)

Exit status: 0 success, 1 some inputs failed (each named on stderr),
2 usage error. Batches write each output to a temporary file and rename it,
so an interrupted run (Ctrl-C) leaves only complete files.)";

// The cores this process may run on (taskset, cgroup cpusets), not the machine's.
int DefaultJobs() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : static_cast<int>(cores);
}

int UsageError(const std::string& message) {
  std::cerr << "pith: " << message << "\nTry 'pith --help' for more information.\n";
  return 2;
}

// Runs CLI11; --help and --version print and exit 0, other errors exit 2.
std::optional<int> RunParser(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return UsageError(e.what());
  }
  return std::nullopt;
}

void AddWalkOptions(CLI::App& app, Request* request) {
  app.add_option("--include", request->include,
                 "In directories, take files matching this glob (repeatable; default *.txt)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
  app.add_option("--exclude", request->exclude,
                 "In directories, skip files and directories matching this glob (repeatable)")
      ->type_name("GLOB")
      ->allow_extra_args(false);
}

void AddDecodeOptions(CLI::App& app, Request* request) {
  app.add_option("--encoding", request->encoding,
                 "Charset of the input (default: BOM, else UTF-8, else detected)")
      ->type_name("CHARSET");
  app.add_flag(
      "--no-unwrap", [request](int64_t) { request->unwrap = false; },
      "Do not join lines that a renderer wrapped at a fixed width");
  app.add_flag(
      "--keep-mojibake", [request](int64_t) { request->repair_mojibake = false; },
      "Do not repair UTF-8 that was once read as windows-1252 (\"donâ€™t\" for \"don’t\")");
  app.add_option("-j,--jobs", request->jobs, "Files processed in parallel (default: cores)")
      ->type_name("N");
  app.add_flag("-q,--quiet", request->quiet, "No progress, summary or warnings on stderr");
}

ParsedArgs ParseLearnTemplate(int argc, char** argv) {
  ParsedArgs parsed;
  Request& request = parsed.request;
  request.command = Command::kLearnTemplate;
  request.jobs = DefaultJobs();
  CLI::App app{
      "Learn the boilerplate of each site (the lines repeated across its pages) from folders "
      "of pages, for later use with `pith --template FILE`. The site of a page is its parent "
      "directory.",
      "pith learn-template"};
  app.add_option("DIR", request.inputs, "Directories (or files) of pages")
      ->required()
      ->type_name("");
  app.add_option("-o,--output", request.output, "The template file to write (e.g. site.tpl)")
      ->required()
      ->type_name("FILE");
  AddWalkOptions(app, &request);
  AddDecodeOptions(app, &request);
  app.footer(
      "Example:\n  pith learn-template scraped/nytimes -o nytimes.tpl\n"
      "  pith --template nytimes.tpl page.txt");
  parsed.exit_code = RunParser(app, argc - 1, argv + 1);
  return parsed;
}

}  // namespace

ParsedArgs ParseArgs(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "learn-template") == 0)
    return ParseLearnTemplate(argc, argv);

  ParsedArgs parsed;
  Request& request = parsed.request;
  request.jobs = DefaultJobs();
  std::string format_name = "text";
  CLI::App app{
      "pith: the clean article (headline, byline, date, body) from the plain text of a "
      "scraped news page.\nCommands: pith learn-template DIR -o FILE; pith train ... "
      "(runs pith-train).",
      "pith"};
  app.set_version_flag("--version", std::string("pith ") + PITH_VERSION);
  app.add_option("INPUT", request.inputs,
                 "Files, directories (with -o) or - for stdin (default: stdin)")
      ->type_name("");
  app.add_option("-f,--format", format_name, "text, markdown, json, jsonl or labels (default text)")
      ->type_name("FORMAT");
  app.add_flag("--explain", request.explain,
               "Show the page with each line's label (coloured on a terminal; NO_COLOR honoured)");
  app.add_option("--now", request.now,
                 "Now, for relative dates: ISO 8601 date-time or Unix seconds (default: the "
                 "file's modification time; stdin: the current time)")
      ->type_name("WHEN");
  app.add_option("--model", request.model_path, "A model file from pith-train (default: built in)")
      ->type_name("FILE");
  app.add_option("-o,--output", request.output,
                 "Output file, or directory mirroring the inputs (a directory input needs one)")
      ->type_name("PATH");
  app.add_flag("--skip-existing", request.skip_existing, "Do not redo outputs that exist");
  AddWalkOptions(app, &request);
  AddDecodeOptions(app, &request);
  app.add_flag("--no-template", request.no_template,
               "In a batch, do not learn the sites' boilerplate from the batch itself");
  app.add_option("--template", request.template_path,
                 "Use a template file from `pith learn-template` (no learning pass)")
      ->type_name("FILE");
  app.add_option("--site", request.site, "The template site to use for every page")
      ->type_name("NAME");
  app.add_flag("--stdin-jsonl", request.stdin_jsonl,
               "Stream mode: JSON Lines records {\"id\",\"text\",\"url\",\"site\"} on stdin, "
               "one JSON object per record on stdout");
  app.footer(kExamples);
  parsed.exit_code = RunParser(app, argc, argv);
  if (parsed.exit_code) return parsed;
  if (!ParseFormat(format_name, &request.format)) {
    parsed.exit_code =
        UsageError("unknown --format '" + format_name + "' (text, markdown, json, jsonl, labels)");
  }
  return parsed;
}

}  // namespace pith::cli

// args: the pith command line, parsed with CLI11 into a plain request.
//
// Only this file knows CLI11 (the library never links it). Parsing checks
// the shape of the command line (known options, a known --format, a number
// for -j); what needs the file system or the library (loading --model,
// reading --now) is checked by run.cpp, which also maps problems to exit
// status 2.
#ifndef PITH_CLI_ARGS_H_
#define PITH_CLI_ARGS_H_

#include <optional>
#include <string>
#include <vector>

#include "pith/render.h"

namespace pith::cli {

enum class Command { kExtract, kLearnTemplate };

struct Request {
  Command command = Command::kExtract;
  std::vector<std::string> inputs;  // files, directories, "-"; empty: stdin
  Format format = Format::kText;
  bool explain = false;
  std::string encoding;
  std::string now;  // --now as given; "" for the default
  std::string model_path;
  bool unwrap = true;
  bool repair_mojibake = true;
  std::string output;  // -o; "" for stdout
  int jobs = 1;
  bool quiet = false;
  bool skip_existing = false;
  std::vector<std::string> include;  // empty: the default "*.txt"
  std::vector<std::string> exclude;
  bool no_template = false;
  std::string template_path;
  std::string site;
  bool stdin_jsonl = false;
};

struct ParsedArgs {
  Request request;
  std::optional<int> exit_code;  // set when parsing already decided (--help: 0, usage error: 2)
};

ParsedArgs ParseArgs(int argc, char** argv);

}  // namespace pith::cli

#endif  // PITH_CLI_ARGS_H_

// pith: the command line. Each step is one call; the work is in src/cli/
// (parsing and running) and in the library.
#include <cstring>

#include "cli/args.h"
#include "cli/run.h"

int main(int argc, char** argv) {
  // 1. `pith train ...` belongs to the trainer: hand the whole command over.
  if (argc > 1 && std::strcmp(argv[1], "train") == 0)
    return pith::cli::ForwardToTrainer(argc, argv);

  // 2. Parse the command line: --help/--version print and exit 0, usage errors exit 2.
  const pith::cli::ParsedArgs parsed = pith::cli::ParseArgs(argc, argv);
  if (parsed.exit_code) return *parsed.exit_code;

  // 3. Run it: 0 success, 1 some inputs failed (each named on stderr), 2 usage error.
  return pith::cli::Run(parsed.request);
}

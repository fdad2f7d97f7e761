// run: carries out a parsed pith command line, touching the outside world
// (files, stdin/stdout, signals, the terminal) around the library.
//
// Modes: one page from stdin; files and directories (a batch, batch.h) to
// stdout, one output file or an output directory; stream mode
// (--stdin-jsonl, stream.h); learn-template. Returns the exit status: 0
// success, 1 some inputs failed (each named on stderr as "pith: PATH:
// problem"), 2 usage error (including a --model or --template file that
// cannot be used, an unknown --encoding, a bad --now). SIGINT/SIGTERM stop a
// batch cleanly, then pith dies of the same signal; a closed stdout
// (EPIPE) ends pith quietly by SIGPIPE.
#ifndef PITH_CLI_RUN_H_
#define PITH_CLI_RUN_H_

#include "cli/args.h"

namespace pith::cli {

int Run(const Request& request);

// `pith train ARGS` runs pith-train ARGS from pith's own directory (exec);
// returns only on failure, with status 2 after naming the problem.
int ForwardToTrainer(int argc, char** argv);

}  // namespace pith::cli

#endif  // PITH_CLI_RUN_H_

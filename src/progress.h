// progress: the batch progress bar and summary line (text only, no I/O).
//
// The caller decides where they go: the bar goes to stderr only when stderr
// is a terminal and -q is off, redrawn in place with "\r"; the summary line
// is printed at the end of a batch unless -q.
#ifndef PITH_PROGRESS_H_
#define PITH_PROGRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace pith::internal {

struct ProgressCounts {
  std::string_view phase;  // "templates" (first pass) or "" (extraction)
  uint64_t files_total = 0;
  uint64_t files_done = 0;  // including failed and skipped
  uint64_t failed = 0;
  uint64_t skipped = 0;
  uint64_t bytes_total = 0;
  uint64_t bytes_done = 0;
  double seconds = 0;  // since the phase started (the summary: since the run started)
};

// One line of at most `width` columns, without "\r" or "\n":
// "[#######.......]  120/1000 files  12.3 MB/s  ETA 0:42".
std::string ProgressBar(const ProgressCounts& counts, int width);

// "pith: 1000 files, 45.6 MB in 3.21 s: 311.5 pages/s, 14.2 MB/s; 0 failed"
// (with ", N skipped" and ", interrupted" when they apply).
std::string SummaryLine(const ProgressCounts& counts, bool interrupted);

}  // namespace pith::internal

#endif  // PITH_PROGRESS_H_

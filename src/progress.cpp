#include "progress.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace pith::internal {
namespace {

std::string Format(const char* format, double a, double b = 0) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), format, a, b);
  return buffer;
}

std::string Megabytes(uint64_t bytes) {
  return Format("%.1f MB", static_cast<double>(bytes) / 1e6);
}

std::string Duration(double seconds) {
  const auto total = static_cast<uint64_t>(seconds + 0.5);
  char buffer[32];
  if (total >= 3600) {
    std::snprintf(buffer, sizeof(buffer), "%" PRIu64 ":%02" PRIu64 ":%02" PRIu64, total / 3600,
                  total / 60 % 60, total % 60);
  } else {
    std::snprintf(buffer, sizeof(buffer), "%" PRIu64 ":%02" PRIu64, total / 60, total % 60);
  }
  return buffer;
}

}  // namespace

std::string ProgressBar(const ProgressCounts& counts, int width) {
  std::string text =
      std::to_string(counts.files_done) + "/" + std::to_string(counts.files_total) + " files";
  if (!counts.phase.empty()) text = std::string(counts.phase) + " " + text;
  if (counts.seconds > 0) {
    const double rate = static_cast<double>(counts.bytes_done) / counts.seconds;
    text += Format("  %.1f MB/s", rate / 1e6);
    if (rate > 0 && counts.bytes_total >= counts.bytes_done) {
      text +=
          "  ETA " + Duration(static_cast<double>(counts.bytes_total - counts.bytes_done) / rate);
    }
  }
  if (counts.failed > 0) text += "  " + std::to_string(counts.failed) + " failed";
  const int bar_width = std::min(40, width - static_cast<int>(text.size()) - 4);
  if (bar_width < 10) return text.substr(0, static_cast<std::size_t>(std::max(width, 0)));
  const double fraction = counts.files_total == 0 ? 1.0
                                                  : static_cast<double>(counts.files_done) /
                                                        static_cast<double>(counts.files_total);
  const int filled = std::clamp(static_cast<int>(fraction * bar_width), 0, bar_width);
  return "[" + std::string(static_cast<std::size_t>(filled), '#') +
         std::string(static_cast<std::size_t>(bar_width - filled), '.') + "]  " + text;
}

std::string SummaryLine(const ProgressCounts& counts, bool interrupted) {
  const double seconds = std::max(counts.seconds, 1e-6);
  const uint64_t processed = counts.files_done - counts.skipped;
  std::string line = "pith: " + std::to_string(counts.files_done) + " files, " +
                     Megabytes(counts.bytes_done) + Format(" in %.2f s: ", counts.seconds) +
                     Format("%.1f pages/s, %.1f MB/s; ", static_cast<double>(processed) / seconds,
                            static_cast<double>(counts.bytes_done) / 1e6 / seconds) +
                     std::to_string(counts.failed) + " failed";
  if (counts.skipped > 0) line += ", " + std::to_string(counts.skipped) + " skipped";
  if (interrupted) {
    line += ", interrupted after " + std::to_string(counts.files_done) + " of " +
            std::to_string(counts.files_total);
  }
  return line;
}

}  // namespace pith::internal

// atomic_file: output files that readers only ever see whole.
//
// Every output of pith is written to a temporary file beside its final path
// (same directory, so that rename(2) is atomic) and renamed over the path only
// when complete. A file that is discarded, or whose writer is destroyed before
// Commit(), leaves nothing behind. Temporary names are hidden
// (".NAME.pith-tmp-PID-N") so that a walk never takes them as inputs.
//
// Not synced to disk (no fsync): the guarantee is against interruption of
// pith, not against a power cut.
#ifndef PITH_ATOMIC_FILE_H_
#define PITH_ATOMIC_FILE_H_

#include <optional>
#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith::internal {

// nullopt on success.
using Status = std::optional<Error>;

class AtomicFile {
 public:
  // Creates the temporary file beside `path`. Errors: kIo.
  static Result<AtomicFile> Create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // discards an uncommitted file

  // Errors: kIo (disk full, ...).
  Status Append(std::string_view bytes);
  // Closes the temporary file and renames it over the path. Errors: kIo.
  Status Commit();
  // Removes the temporary file.
  void Discard();

 private:
  AtomicFile(std::string path, std::string temp_path, int fd);

  std::string path_;
  std::string temp_path_;
  int fd_ = -1;
};

// Writes the whole of `contents` to `path` through an AtomicFile.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

// mkdir -p. Errors: kIo.
Status MakeDirectories(const std::string& path);

// The marker in every temporary file name.
inline constexpr std::string_view kTempMarker = ".pith-tmp-";

}  // namespace pith::internal

#endif  // PITH_ATOMIC_FILE_H_

// atomic_file: output files that readers only ever see whole.
//
// Every output of pith is written to a file that has no name yet and given
// its final path only when complete. Where the kernel and file system allow
// it (Linux O_TMPFILE), the file is created unnamed in the path's directory
// and linked at the path by Commit(); a file that is discarded, or whose
// writer is destroyed or killed before Commit(), vanishes with its
// descriptor. Elsewhere it is a hidden temporary file beside the path
// (".NAME.pith-tmp-PID-N", same directory, so that rename(2) is atomic;
// never taken as input by a walk), renamed over the path. A path that
// already exists is replaced the same way: the complete file gets a
// temporary name, then is renamed over the path.
//
// Why unnamed first: creating a named file holds its directory's lock while
// the file system allocates the inode (on ext4 without a journal that scans
// past every recently deleted inode of the group), so batch threads writing
// into one directory took turns, spinning; an unnamed file is allocated
// outside the lock, and only the link takes it, briefly.
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
  // Creates the file, unnamed or under a temporary name, in the directory of
  // `path`. Errors: kIo.
  static Result<AtomicFile> Create(const std::string& path);

  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) = delete;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // discards an uncommitted file

  // Errors: kIo (disk full, ...).
  Status Append(std::string_view bytes);
  // Gives the complete file its path, replacing any file there. Errors: kIo.
  Status Commit();
  // Drops the file: closes it, and removes its temporary name if it has one.
  void Discard();

 private:
  AtomicFile(std::string path, std::string temp_path, int fd);

  // Unnamed file: gives it a temporary name, by a link or by a copy.
  Status NameTemporarily();
  // Named file: closes it and renames it over the path.
  Status RenameOverPath();

  std::string path_;
  std::string temp_path_;  // "" while the file is unnamed
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

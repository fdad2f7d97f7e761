// walk: which files a batch reads, where each one's output goes, its site.
//
// DESIGN.md section 10: directory arguments are walked recursively in sorted
// (byte) order, following symbolic links but never into a directory that is
// already on the current path (a symlink loop, reported as an error); hidden
// files and directories (names starting with '.') are skipped; a file is
// taken when its name matches one of the include globs (default "*.txt") and
// none of the exclude globs (an exclude glob also prunes directories). A file
// argument is always taken, whatever the globs. The directory `skip_dir`
// (the output directory, when it lies inside an input tree) is never entered,
// so a re-run does not read its own output. A file argument may also be a
// pipe or a character device (process substitution, /dev/stdin).
//
// Globs are fnmatch(3) patterns; one without '/' matches the file name, one
// with '/' matches the path relative to the directory argument.
//
// The site of a file (the key of its template counts) is its parent
// directory, named relative to the directory argument it came from; a file
// directly in the argument directory, or given as a file argument, gets the
// name of its parent directory. So `pith learn-template scraped/nytimes` and
// `pith -o out scraped/` both file scraped/nytimes/a.txt under "nytimes".
//
// Reads directory entries and file metadata only, never file contents.
#ifndef PITH_WALK_H_
#define PITH_WALK_H_

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

struct InputFile {
  std::string path;      // the path to open, as the argument spelled it
  std::string relative;  // path below its directory argument; a file argument's base name
  std::string site;      // template site key, see above
  uint64_t size = 0;     // bytes, when walked
  int64_t mtime = 0;     // seconds since the epoch
  dev_t dev = 0;         // identity, so that no output overwrites an input
  ino_t ino = 0;
  bool rereadable = true;  // false for a pipe: it can be read only once
};

struct WalkOptions {
  std::vector<std::string> include = {"*.txt"};
  std::vector<std::string> exclude;
  std::string skip_dir;  // "" for none
};

struct WalkResult {
  std::vector<InputFile> files;     // in argument order, each directory's files sorted
  std::vector<std::string> errors;  // "PATH: problem", one per path that could not be walked
};

// REQUIRES: no argument is "-" (stdin is not walked).
WalkResult WalkInputs(const std::vector<std::string>& arguments, const WalkOptions& options);

// True when `path` names a directory (following symbolic links).
bool IsDirectory(const std::string& path);

// True when the glob matches: against the name if the glob has no '/',
// else against the relative path.
bool GlobMatches(std::string_view glob, std::string_view name, std::string_view relative);

}  // namespace pith::internal

#endif  // PITH_WALK_H_

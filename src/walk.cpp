#include "walk.h"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <utility>

namespace pith::internal {
namespace {

struct DirId {
  dev_t dev;
  ino_t ino;
  bool operator==(const DirId& other) const { return dev == other.dev && ino == other.ino; }
};

std::string JoinPath(const std::string& dir, const std::string& name) {
  if (dir.empty()) return name;
  if (dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

std::string BaseName(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const std::size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// The name of the directory holding `path` (for "a.txt": the working
// directory's name), resolved so that "." and ".." become real names.
std::string ParentName(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  std::string parent = slash == std::string::npos ? "." : path.substr(0, slash == 0 ? 1 : slash);
  char resolved[PATH_MAX];
  if (realpath(parent.c_str(), resolved) != nullptr) parent = resolved;
  return BaseName(parent);
}

// The site key of a file found at `relative` below the argument directory.
std::string SiteOf(const std::string& argument_name, const std::string& relative) {
  const std::size_t slash = relative.rfind('/');
  return slash == std::string::npos ? argument_name : relative.substr(0, slash);
}

class Walker {
 public:
  Walker(const WalkOptions& options, WalkResult* result) : options_(options), result_(result) {
    struct stat st;
    if (!options.skip_dir.empty() && stat(options.skip_dir.c_str(), &st) == 0) {
      skip_ = DirId{st.st_dev, st.st_ino};
      has_skip_ = true;
    }
  }

  void WalkArgument(const std::string& argument) {
    struct stat st;
    if (stat(argument.c_str(), &st) != 0) {
      Fail(argument, std::strerror(errno));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      std::string name = argument;
      char resolved[PATH_MAX];
      if (realpath(argument.c_str(), resolved) != nullptr) name = resolved;
      argument_name_ = BaseName(name);
      WalkDirectory(argument, "", st);
      return;
    }
    // A named file may be a pipe (`pith <(curl ... | lynx -stdin -dump)`).
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
      Fail(argument, "not a regular file");
      return;
    }
    Take(argument, BaseName(argument), ParentName(argument), st);
  }

 private:
  void WalkDirectory(const std::string& path, const std::string& relative,
                     const struct stat& dir_stat) {
    const DirId id{dir_stat.st_dev, dir_stat.st_ino};
    // The output directory inside an input tree is not input; the argument
    // itself always is (then outputs that would overwrite inputs are refused).
    if (has_skip_ && id == skip_ && !relative.empty()) return;
    if (std::find(stack_.begin(), stack_.end(), id) != stack_.end()) {
      Fail(path, "symbolic link loop, not followed");
      return;
    }
    DIR* dir = opendir(path.c_str());
    if (dir == nullptr) {
      Fail(path, std::strerror(errno));
      return;
    }
    // (name, known to be a regular file): a regular file the include globs
    // do not take needs no stat (half the entries of a corpus folder whose
    // pages sit beside their label files).
    std::vector<std::pair<std::string, bool>> names;
    errno = 0;
    while (const dirent* entry = readdir(dir)) {
      if (entry->d_name[0] != '.') names.emplace_back(entry->d_name, entry->d_type == DT_REG);
    }
    const int read_errno = errno;
    closedir(dir);
    if (read_errno != 0) Fail(path, std::strerror(read_errno));
    std::sort(names.begin(), names.end());

    stack_.push_back(id);
    for (const auto& [name, regular] : names) {
      const std::string child = JoinPath(path, name);
      const std::string child_relative = JoinPath(relative, name);
      if (Excluded(name, child_relative)) continue;
      if (regular && !Included(name, child_relative)) continue;
      struct stat st;
      if (stat(child.c_str(), &st) != 0) {
        // A dangling link matters only where a file would have been taken.
        if (Included(name, child_relative)) Fail(child, std::strerror(errno));
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        WalkDirectory(child, child_relative, st);
      } else if (S_ISREG(st.st_mode) && Included(name, child_relative)) {
        Take(child, child_relative, SiteOf(argument_name_, child_relative), st);
      }
    }
    stack_.pop_back();
  }

  bool Excluded(std::string_view name, std::string_view relative) const {
    for (const std::string& glob : options_.exclude) {
      if (GlobMatches(glob, name, relative)) return true;
    }
    return false;
  }

  bool Included(std::string_view name, std::string_view relative) const {
    for (const std::string& glob : options_.include) {
      if (GlobMatches(glob, name, relative)) return true;
    }
    return false;
  }

  void Take(const std::string& path, std::string relative, std::string site,
            const struct stat& st) {
    InputFile file;
    file.path = path;
    file.relative = std::move(relative);
    file.site = std::move(site);
    file.size = static_cast<uint64_t>(st.st_size);
    file.mtime = static_cast<int64_t>(st.st_mtime);
    file.dev = st.st_dev;
    file.ino = st.st_ino;
    file.rereadable = S_ISREG(st.st_mode);
    result_->files.push_back(std::move(file));
  }

  void Fail(const std::string& path, const std::string& problem) {
    result_->errors.push_back(path + ": " + problem);
  }

  const WalkOptions& options_;
  WalkResult* result_;
  std::vector<DirId> stack_;  // directories on the current path
  std::string argument_name_;
  DirId skip_{};
  bool has_skip_ = false;
};

}  // namespace

bool GlobMatches(std::string_view glob, std::string_view name, std::string_view relative) {
  const std::string pattern(glob);
  const bool by_path = pattern.find('/') != std::string::npos;
  const std::string subject(by_path ? relative : name);
  return fnmatch(pattern.c_str(), subject.c_str(), by_path ? FNM_PATHNAME : 0) == 0;
}

bool IsDirectory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

WalkResult WalkInputs(const std::vector<std::string>& arguments, const WalkOptions& options) {
  WalkResult result;
  Walker walker(options, &result);
  for (const std::string& argument : arguments) walker.WalkArgument(argument);
  return result;
}

}  // namespace pith::internal

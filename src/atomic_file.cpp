#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <utility>

namespace pith::internal {
namespace {

Error IoError(const std::string& path, int error_number) {
  return Error{ErrorCode::kIo, path + ": " + std::strerror(error_number)};
}

std::string TempPathFor(const std::string& path) {
  static std::atomic<unsigned> serial{0};
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + name + std::string(kTempMarker) + std::to_string(getpid()) + "-" +
         std::to_string(serial.fetch_add(1));
}

#ifdef O_TMPFILE
// An unnamed file is linked through /proc/self/fd; without /proc it could
// never get a name, so files are named from the start.
bool CanLinkUnnamedFiles() {
  static const bool can = access("/proc/self/fd", X_OK) == 0;
  return can;
}

std::string DirectoryOf(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}
#endif

// Gives the open unnamed file `fd` the name `path`. Errors as linkat(2):
// EEXIST when `path` exists.
bool LinkUnnamed(int fd, const std::string& path) {
  const std::string fd_path = "/proc/self/fd/" + std::to_string(fd);
  return linkat(AT_FDCWD, fd_path.c_str(), AT_FDCWD, path.c_str(), AT_SYMLINK_FOLLOW) == 0;
}

}  // namespace

AtomicFile::AtomicFile(std::string path, std::string temp_path, int fd)
    : path_(std::move(path)), temp_path_(std::move(temp_path)), fd_(fd) {}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)), temp_path_(std::move(other.temp_path_)), fd_(other.fd_) {
  other.fd_ = -1;
  other.temp_path_.clear();
}

AtomicFile::~AtomicFile() { Discard(); }

Result<AtomicFile> AtomicFile::Create(const std::string& path) {
#ifdef O_TMPFILE
  if (CanLinkUnnamedFiles()) {
    // Mode 0666 lets the umask decide, as for any file a tool creates.
    const int fd = open(DirectoryOf(path).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
    if (fd >= 0) return AtomicFile(path, "", fd);
    // A file system without unnamed files (EOPNOTSUPP; EISDIR from a kernel
    // older than O_TMPFILE) takes a named one; any other error recurs below.
  }
#endif
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp_path = TempPathFor(path);
    const int fd = open(temp_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return AtomicFile(path, std::move(temp_path), fd);
    if (errno != EEXIST) return IoError(path, errno);
  }
  return IoError(path, EEXIST);
}

Status AtomicFile::Append(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError(path_, errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

Status AtomicFile::Commit() {
  if (temp_path_.empty()) {
    if (LinkUnnamed(fd_, path_)) {
      const int fd = fd_;
      fd_ = -1;
      if (close(fd) != 0) {
        const int error_number = errno;
        unlink(path_.c_str());
        return IoError(path_, error_number);
      }
      return std::nullopt;
    }
    if (errno != EEXIST) {
      const int error_number = errno;
      Discard();
      return IoError(path_, error_number);
    }
    if (Status status = NameTemporarily()) {
      Discard();
      return status;
    }
  }
  return RenameOverPath();
}

Status AtomicFile::NameTemporarily() {
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp_path = TempPathFor(path_);
    if (LinkUnnamed(fd_, temp_path)) {
      temp_path_ = std::move(temp_path);
      return std::nullopt;
    }
    if (errno != EEXIST) return IoError(path_, errno);
  }
  return IoError(path_, EEXIST);
}

Status AtomicFile::RenameOverPath() {
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    const int error_number = errno;
    Discard();
    return IoError(path_, error_number);
  }
  if (rename(temp_path_.c_str(), path_.c_str()) != 0) {
    const int error_number = errno;
    Discard();
    return IoError(path_, error_number);
  }
  temp_path_.clear();
  return std::nullopt;
}

void AtomicFile::Discard() {
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
  temp_path_.clear();
}

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  Result<AtomicFile> file = AtomicFile::Create(path);
  if (!file.ok()) return file.error();
  if (Status status = file.value().Append(contents)) return status;
  return file.value().Commit();
}

Status MakeDirectories(const std::string& path) {
  struct stat st;
  // Mostly the directory is there already: one stat instead of a mkdir per
  // component (each of which locks the component's parent directory).
  if (stat(path.c_str(), &st) == 0) {
    if (!S_ISDIR(st.st_mode)) return IoError(path, ENOTDIR);
    return std::nullopt;
  }
  std::size_t pos = 0;
  while (pos != std::string::npos) {
    pos = path.find('/', pos + 1);
    const std::string prefix = path.substr(0, pos);
    if (prefix.empty()) continue;
    if (mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) return IoError(prefix, errno);
  }
  if (stat(path.c_str(), &st) != 0) return IoError(path, errno);
  if (!S_ISDIR(st.st_mode)) return IoError(path, ENOTDIR);
  return std::nullopt;
}

}  // namespace pith::internal

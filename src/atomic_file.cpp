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

std::string TempPathFor(const std::string& path, unsigned serial) {
  const std::size_t slash = path.rfind('/');
  const std::string dir = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return dir + "." + name + std::string(kTempMarker) + std::to_string(getpid()) + "-" +
         std::to_string(serial);
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
  static std::atomic<unsigned> serial{0};
  for (int attempt = 0; attempt < 100; ++attempt) {
    std::string temp_path = TempPathFor(path, serial.fetch_add(1));
    // Mode 0666 lets the umask decide, as for any file a tool creates.
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
  std::size_t pos = 0;
  while (pos != std::string::npos) {
    pos = path.find('/', pos + 1);
    const std::string prefix = path.substr(0, pos);
    if (prefix.empty()) continue;
    if (mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) return IoError(prefix, errno);
  }
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return IoError(path, errno);
  if (!S_ISDIR(st.st_mode)) return IoError(path, ENOTDIR);
  return std::nullopt;
}

}  // namespace pith::internal

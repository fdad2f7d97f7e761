// test_util: file-system helpers shared by the tests that write files or run
// the pith binary (a scratch directory, reading a file whole, listing a tree).
//
// Header-only: every tests/*_test.cpp is its own executable and links no
// test library.
#ifndef PITH_TESTS_TEST_UTIL_H_
#define PITH_TESTS_TEST_UTIL_H_

#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace pith::testutil {

// A fresh directory $TMPDIR/pith_test_XXXXXX (/tmp without TMPDIR),
// removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base != nullptr ? base : "/tmp") + "/pith_test_XXXXXX";
    const char* made = mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr) << pattern;
    if (made != nullptr) path_ = made;
  }
  ~TempDir() {
    std::error_code ignored;
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  // Writes `contents` to path()/relative, making the directories on the
  // way; returns the file's full path.
  std::string Write(const std::string& relative, const std::string& contents) const {
    const std::string full = path_ + "/" + relative;
    std::error_code error;
    std::filesystem::create_directories(full.substr(0, full.rfind('/')), error);
    EXPECT_FALSE(error) << full << ": " << error.message();
    std::ofstream(full, std::ios::binary) << contents;
    return full;
  }

 private:
  std::string path_;
};

// The whole file at `path` ("" when it cannot be read).
inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every file below `dir` (paths relative to it, sorted), hidden ones
// included; a symbolic link is listed, not followed.
inline std::vector<std::string> ListTree(const std::string& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (std::filesystem::recursive_directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    if (!it->is_directory() || it->is_symlink()) {
      names.push_back(it->path().lexically_relative(dir).string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace pith::testutil

#endif  // PITH_TESTS_TEST_UTIL_H_

// Golden tests: the real pith binary on every page under samples/ must
// reproduce samples/<page>.expected.txt (text) and .expected.json (json)
// byte for byte. tools/regen-golden.sh rewrites the expected files.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Keep in sync with tools/regen-golden.sh.
constexpr const char* kNow = "2026-01-01T00:00:00Z";
constexpr size_t kMinSamples = 12;  // issue 2: at least twelve input styles

fs::path SamplesDir() { return fs::path(PITH_SOURCE_DIR) / "samples"; }

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The page names (NN_style.txt), sorted.
std::vector<std::string> ListSamples() {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(SamplesDir(), ec)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || !EndsWith(name, ".txt") || EndsWith(name, ".expected.txt")) {
      continue;
    }
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

struct CommandResult {
  std::string output;
  int exit_code = -1;
};

CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[65536];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

bool ReadFile(const fs::path& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

// `diff -u` between the expected file and what pith printed, cut to a
// readable length.
std::string UnifiedDiff(const fs::path& expected, const std::string& actual) {
  const fs::path actual_path =
      fs::temp_directory_path() / ("pith_golden_" + expected.filename().string());
  {
    std::ofstream out(actual_path, std::ios::binary);
    out << actual;
  }
  std::string diff = RunCommand("diff -u " + ShellQuote(expected.string()) + " " +
                                ShellQuote(actual_path.string()) + " 2>&1")
                         .output;
  fs::remove(actual_path);
  constexpr size_t kMaxDiff = 6000;
  if (diff.size() > kMaxDiff) diff = diff.substr(0, kMaxDiff) + "\n... (diff cut)\n";
  return diff;
}

struct GoldenCase {
  std::string page;
  std::string format;  // "" for the default text output
  std::string expected_suffix;
};

// gtest prints a failing parameter with this instead of its raw bytes.
void PrintTo(const GoldenCase& c, std::ostream* os) {
  *os << c.page << (c.format.empty() ? " (text)" : " (" + c.format + ")");
}

std::vector<GoldenCase> AllCases() {
  std::vector<GoldenCase> cases;
  for (const std::string& page : ListSamples()) {
    cases.push_back({page, "", ".expected.txt"});
    cases.push_back({page, "json", ".expected.json"});
  }
  return cases;
}

class GoldenTest : public testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  const GoldenCase& c = GetParam();
  const std::string base = c.page.substr(0, c.page.size() - 4);
  const fs::path expected_path = SamplesDir() / (base + c.expected_suffix);
  std::string expected;
  ASSERT_TRUE(ReadFile(expected_path, &expected))
      << "missing " << expected_path << "; run tools/regen-golden.sh " << PITH_BINARY;

  // Run from inside samples/ so that the JSON "path" is the bare file name,
  // exactly as tools/regen-golden.sh does.
  std::string command = "cd " + ShellQuote(SamplesDir().string()) + " && " +
                        ShellQuote(PITH_BINARY) + " --now " + kNow;
  if (!c.format.empty()) command += " --format " + c.format;
  command += " " + ShellQuote(c.page);
  const CommandResult result = RunCommand(command);
  ASSERT_EQ(result.exit_code, 0) << command;
  EXPECT_TRUE(result.output == expected) << "pith's output for samples/" << c.page
                                         << " differs from " << expected_path.filename() << "\n"
                                         << UnifiedDiff(expected_path, result.output)
                                         << "If the change is intended: tools/regen-golden.sh "
                                         << PITH_BINARY << " && git diff samples/";
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldenTest, testing::ValuesIn(AllCases()),
                         [](const testing::TestParamInfo<GoldenCase>& param_info) {
                           std::string name =
                               param_info.param.page.substr(0, param_info.param.page.size() - 4);
                           name += param_info.param.format.empty() ? "_text" : "_json";
                           for (char& ch : name) {
                             if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return "p" + name;
                         });

TEST(Golden, EnoughSamplesEachWithBothExpectedFiles) {
  const std::vector<std::string> pages = ListSamples();
  EXPECT_GE(pages.size(), kMinSamples);
  for (const std::string& page : pages) {
    const std::string base = page.substr(0, page.size() - 4);
    EXPECT_TRUE(fs::exists(SamplesDir() / (base + ".expected.txt"))) << base;
    EXPECT_TRUE(fs::exists(SamplesDir() / (base + ".expected.json"))) << base;
  }
}

}  // namespace

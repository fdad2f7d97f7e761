// The pith command line, through the real binary (PITH_BINARY): exit codes,
// stdin, errors named on stderr, batch mirroring, determinism, Ctrl-C,
// --skip-existing, refusing to overwrite inputs, templates, JSON Lines.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "json.h"
#include "test_util.h"

extern char** environ;

namespace {

using pith::testutil::ListTree;
using pith::testutil::Slurp;
using pith::testutil::TempDir;

const char kPage[] =
    "Home | World | Business | Sport | Culture\n"
    "\n"
    "Harbour Town Opens Its New Ferry Terminal After Three Years of Work\n"
    "\n"
    "By Jane Doe | 4 February 2025\n"
    "\n"
    "The new ferry terminal opened on Monday morning, ending three years of building work\n"
    "that had closed half of the harbour front to walkers and cyclists.\n"
    "\n"
    "The mayor said the terminal would carry a million passengers a year by 2027, twice\n"
    "as many as the old quay, and that the cafe on its roof would open in the spring.\n"
    "\n"
    "Local traders, who had complained about the noise and the dust for three summers,\n"
    "said they hoped the crowds would now come back to the old town.\n"
    "\n"
    "Sign up for our newsletter\n"
    "Copyright 2025 Harbour Times. All rights reserved.\n";

std::string Pith() { return PITH_BINARY; }

struct Outcome {
  int status = -1;  // exit status, or 128 + signal
  std::string out;
  std::string err;
};

// Runs `sh -c "PITH ARGS"` with `input` on stdin.
Outcome RunPith(const std::string& args, const std::string& input = "") {
  TempDir io;
  const std::string in = io.Write("in", input);
  const std::string command = "'" + Pith() + "' " + args + " < '" + in + "' > '" + io.path() +
                              "/out' 2> '" + io.path() + "/err'";
  const int raw = std::system(command.c_str());
  Outcome outcome;
  outcome.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  outcome.out = Slurp(io.path() + "/out");
  outcome.err = Slurp(io.path() + "/err");
  return outcome;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(Cli, HelpAndVersion) {
  const Outcome help = RunPith("--help");
  EXPECT_EQ(help.status, 0);
  EXPECT_TRUE(Contains(help.out, "Examples:")) << help.out;
  EXPECT_TRUE(Contains(help.out, "--stdin-jsonl"));
  EXPECT_TRUE(Contains(help.out, "-o,--output"));
  const Outcome version = RunPith("--version");
  EXPECT_EQ(version.status, 0);
  EXPECT_EQ(version.out.rfind("pith ", 0), 0u) << version.out;
  EXPECT_EQ(RunPith("learn-template --help").status, 0);
}

TEST(Cli, ReadsStdinWithOrWithoutDash) {
  for (const char* args : {"--now 2025-02-05", "--now 2025-02-05 -"}) {
    const Outcome o = RunPith(args, kPage);
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_TRUE(Contains(o.out, "The new ferry terminal opened")) << o.out;
    EXPECT_TRUE(Contains(o.out, "The new ferry terminal opened")) << o.out;
    EXPECT_EQ(o.err, "");
  }
  const Outcome empty = RunPith("", "");
  EXPECT_EQ(empty.status, 0) << empty.err;
}

// A page saved as one line of 200 KB (a scraper's get_text() of minified
// HTML) used to come out empty: the model, which never saw such a line,
// took all of it for boilerplate. Cut into pieces, its prose is the body,
// and its one input line is labelled body.
TEST(Cli, PageOfOneHugeLineKeepsItsText) {
  std::string line;
  for (int k = 0; line.size() < 200000; ++k) {
    line += "The harbour board met for the " + std::to_string(k) +
            "th time to discuss the ferry terminal, which opened on Monday after years of work. ";
  }
  line.pop_back();
  const Outcome text = RunPith("", line + "\n");
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_TRUE(Contains(text.out, "met for the 0th time")) << text.out.substr(0, 200);
  const std::string last = line.substr(line.rfind("The harbour board"));
  EXPECT_TRUE(Contains(text.out, last)) << text.out.substr(0, 200);
  EXPECT_GT(text.out.size(), line.size());
  const Outcome labels = RunPith("--format labels", line + "\n");
  EXPECT_EQ(labels.out.substr(0, 5), "body\t") << labels.out.substr(0, 80);
  EXPECT_EQ(std::count(labels.out.begin(), labels.out.end(), '\n'), 1);
}

// A section front is no error: exit 0, no article, and a warning on stderr
// that names the input and says why.
TEST(Cli, SectionFrontGivesNoArticleAndSaysWhy) {
  const std::string front = std::string(PITH_SOURCE_DIR) + "/samples/11_section_front.txt";
  const Outcome o = RunPith("--format json '" + front + "'");
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(Contains(o.out, "\"paragraphs\": []")) << o.out;
  EXPECT_TRUE(Contains(o.out, "\"title\": null")) << o.out;
  EXPECT_TRUE(Contains(o.err, "pith: " + front + ": warning: no article")) << o.err;
}

// Mojibake is repaired by default; --keep-mojibake leaves the text as its
// bytes spell it.
TEST(Cli, RepairsMojibakeUnlessAskedToKeepIt) {
  const std::string page = std::string(PITH_SOURCE_DIR) + "/samples/25_mojibake.txt";
  const Outcome repaired = RunPith("--now 2026-01-01 '" + page + "'");
  EXPECT_EQ(repaired.status, 0) << repaired.err;
  EXPECT_TRUE(Contains(repaired.out, "Café owners say they’ll keep prices")) << repaired.out;
  EXPECT_FALSE(Contains(repaired.out, "â€")) << repaired.out;
  const Outcome kept = RunPith("--now 2026-01-01 --keep-mojibake '" + page + "'");
  EXPECT_EQ(kept.status, 0) << kept.err;
  EXPECT_TRUE(Contains(kept.out, "cafÃ©s on Quay Street")) << kept.out;
}

// HTML source (`curl URL | pith`, the renderer forgotten) is still read,
// with a warning that names the input and says what to do.
TEST(Cli, WarnsThatHtmlSourceNeedsRendering) {
  const Outcome o = RunPith("-", "<!DOCTYPE html>\n<html><body>\n<p>Hello</p>\n</body></html>\n");
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_TRUE(Contains(o.err, "pith: stdin: warning: the input looks like HTML source")) << o.err;
  EXPECT_EQ(RunPith("-", kPage).err, "");
}

TEST(Cli, UsageErrorsExit2) {
  TempDir tmp;
  tmp.Write("dir/a.txt", kPage);
  const std::string garbage = tmp.Write("garbage.bin", "this is not a model or a template\n");
  struct Case {
    std::string args;
    std::string words;
  };
  const Case cases[] = {
      {"--format html", "unknown --format 'html'"},
      {"--no-such-option", "no-such-option"},
      {"'" + tmp.path() + "/dir'", "add -o OUT_DIR"},
      {"--model '" + garbage + "'", garbage},
      {"--model /nonexistent/model.pithm", "/nonexistent/model.pithm"},
      {"--template '" + garbage + "'", "not a valid template file"},
      {"--now yesterday", "--now 'yesterday'"},
      {"--now 2025-13-01", "--now"},
      {"--encoding no-such-charset", "--encoding"},
      {"-j 0", "-j/--jobs"},
      {"--template '" + garbage + "' --no-template", "--template"},
      {"--stdin-jsonl --format markdown", "--stdin-jsonl"},
  };
  for (const Case& c : cases) {
    const Outcome o = RunPith(c.args, kPage);
    EXPECT_EQ(o.status, 2) << c.args;
    EXPECT_TRUE(Contains(o.err, c.words)) << c.args << " -> " << o.err;
    EXPECT_EQ(o.out, "") << c.args;
  }
}

TEST(Cli, MissingAndBinaryFilesAreNamedAndTheRestGoesOn) {
  TempDir tmp;
  const std::string good = tmp.Write("good.txt", kPage);
  std::string binary(4000, '\0');
  for (std::size_t i = 0; i < binary.size(); i += 3) binary[i] = 'x';
  const std::string bin = tmp.Write("blob.txt", binary);
  const Outcome missing = RunPith("/nonexistent/page.txt");
  EXPECT_EQ(missing.status, 1);
  EXPECT_EQ(missing.err, "pith: /nonexistent/page.txt: No such file or directory\n");
  // A failed single input leaves no output file behind.
  EXPECT_EQ(RunPith("-o '" + tmp.path() + "/missing.out' /nonexistent/page.txt").status, 1);
  const Outcome failed = RunPith("-o '" + tmp.path() + "/blob.out' '" + bin + "'");
  EXPECT_EQ(failed.status, 1);
  EXPECT_EQ(failed.err.rfind("pith: " + bin + ": ", 0), 0u) << failed.err;
  EXPECT_EQ(access((tmp.path() + "/missing.out").c_str(), F_OK), -1);
  EXPECT_EQ(access((tmp.path() + "/blob.out").c_str(), F_OK), -1);
  const Outcome mixed = RunPith("--now 2025-02-05 '" + bin + "' '" + good + "'");
  EXPECT_EQ(mixed.status, 1);
  EXPECT_EQ(mixed.err.rfind("pith: " + bin + ": ", 0), 0u) << mixed.err;
  EXPECT_TRUE(Contains(mixed.out, "The new ferry terminal opened")) << mixed.out;
}

// A compressed page is named with what to do about it, not printed as
// garbage with exit status 0.
TEST(Cli, CompressedFileSaysHowToReadIt) {
  TempDir tmp;
  const std::string gz =
      tmp.Write("page.txt.gz", std::string("\x1F\x8B\x08\x00\x01\x02garbage", 14));
  const Outcome o = RunPith("'" + gz + "'");
  EXPECT_EQ(o.status, 1);
  EXPECT_EQ(o.out, "");
  EXPECT_EQ(o.err, "pith: " + gz +
                       ": binary input (gzip-compressed: decompress it first, e.g. zcat FILE | "
                       "pith)\n");
}

TEST(Cli, SeveralFilesToStdout) {
  TempDir tmp;
  const std::string a = tmp.Write("a.txt", kPage);
  const std::string b = tmp.Write("b.txt", kPage);
  const Outcome text = RunPith("-q --now 2025-02-05 '" + a + "' '" + b + "'");
  EXPECT_EQ(text.status, 0);
  EXPECT_EQ(text.out.rfind("==> " + a + " <==\n", 0), 0u) << text.out;
  EXPECT_TRUE(Contains(text.out, "\n==> " + b + " <==\n"));

  const Outcome jsonl = RunPith("-q --format jsonl --now 2025-02-05 '" + a + "' '" + b + "'");
  EXPECT_EQ(jsonl.status, 0);
  std::istringstream lines(jsonl.out);
  std::string line;
  std::vector<std::string> paths;
  while (std::getline(lines, line)) {
    pith::internal::JsonValue value;
    std::string error;
    ASSERT_TRUE(pith::internal::ParseJson(line, &value, &error)) << error << ": " << line;
    paths.push_back(value.Find("path")->text);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{a, b}));

  const Outcome json = RunPith("-q --format json --now 2025-02-05 '" + a + "' '" + b + "'");
  pith::internal::JsonValue array;
  std::string error;
  ASSERT_TRUE(pith::internal::ParseJson(json.out, &array, &error)) << error;
  EXPECT_EQ(array.array.size(), 2u);
}

TEST(Cli, OutputDirectoryMirrorsTheTree) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/site/b.txt", kPage);
  tmp.Write("in/site/notes.md", "not taken");
  tmp.Write("in/.hidden.txt", kPage);
  const std::string out = tmp.path() + "/out";
  const Outcome o =
      RunPith("--format json --now 2025-02-05 -o '" + out + "' '" + tmp.path() + "/in'");
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(ListTree(out), (std::vector<std::string>{"a.json", "site/b.json"}));
  EXPECT_TRUE(Contains(o.err, "pith: 2 files,")) << o.err;  // the summary line
  EXPECT_TRUE(Contains(o.err, "pages/s")) << o.err;
  EXPECT_EQ(RunPith("-q --format labels -o '" + out + "' '" + tmp.path() + "/in'").err, "");
  // --include/--exclude take one glob each: the directory after them is an input.
  const Outcome globs = RunPith("--include '*.md' --exclude a.txt -o '" + tmp.path() +
                                "/globbed' '" + tmp.path() + "/in'");
  EXPECT_EQ(globs.status, 0) << globs.err;
  EXPECT_EQ(ListTree(tmp.path() + "/globbed"), (std::vector<std::string>{"site/notes.txt"}));
  EXPECT_TRUE(Contains(ListTree(out)[1], ".labels"));
}

TEST(Cli, SameTreeWhateverTheNumberOfJobs) {
  TempDir tmp;
  const std::string samples = std::string(PITH_SOURCE_DIR) + "/samples";
  for (const char* format : {"json", "text"}) {
    const std::string one = tmp.path() + "/j1" + format;
    const std::string eight = tmp.path() + "/j8" + format;
    const std::string common = std::string(" -q --format ") + format + " --now 2025-02-05 ";
    ASSERT_EQ(RunPith("-j 1" + common + "-o '" + one + "' '" + samples + "'").status, 0);
    ASSERT_EQ(RunPith("-j 8" + common + "-o '" + eight + "' '" + samples + "'").status, 0);
    const std::vector<std::string> files = ListTree(one);
    EXPECT_GE(files.size(), 12u);
    ASSERT_EQ(files, ListTree(eight));
    for (const std::string& file : files) {
      EXPECT_EQ(Slurp(one + "/" + file), Slurp(eight + "/" + file)) << file;
    }
  }
}

TEST(Cli, SkipExistingKeepsFinishedOutputs) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b.txt", kPage);
  const std::string out = tmp.path() + "/out";
  const std::string args = "-q --now 2025-02-05 -o '" + out + "' '" + tmp.path() + "/in'";
  ASSERT_EQ(RunPith(args).status, 0);
  const std::string fresh = Slurp(out + "/b.txt");
  tmp.Write("out/a.txt", "finished earlier\n");
  std::remove((out + "/b.txt").c_str());
  ASSERT_EQ(RunPith("--skip-existing " + args).status, 0);
  EXPECT_EQ(Slurp(out + "/a.txt"), "finished earlier\n");
  EXPECT_EQ(Slurp(out + "/b.txt"), fresh);
  ASSERT_EQ(RunPith(args).status, 0);
  EXPECT_EQ(Slurp(out + "/a.txt"), fresh);
}

TEST(Cli, RefusesToOverwriteAnInput) {
  TempDir tmp;
  const std::string page = tmp.Write("in/a.txt", kPage);
  const Outcome same_dir = RunPith("-o '" + tmp.path() + "/in' '" + tmp.path() + "/in'");
  EXPECT_EQ(same_dir.status, 1);
  EXPECT_TRUE(Contains(same_dir.err, "refusing to overwrite an input")) << same_dir.err;
  const Outcome same_file = RunPith("-o '" + page + "' '" + page + "'");
  EXPECT_EQ(same_file.status, 2);
  EXPECT_TRUE(Contains(same_file.err, "refusing to overwrite input")) << same_file.err;
  EXPECT_EQ(Slurp(page), kPage);
  // Explicitly inside the input tree is allowed, and a re-run does not read it.
  const Outcome inside =
      RunPith("--format json -o '" + tmp.path() + "/in/clean' '" + tmp.path() + "/in'");
  EXPECT_EQ(inside.status, 0) << inside.err;
  EXPECT_EQ(
      RunPith("--format json -o '" + tmp.path() + "/in/clean' '" + tmp.path() + "/in'").status, 0);
  EXPECT_EQ(ListTree(tmp.path() + "/in"), (std::vector<std::string>{"a.txt", "clean/a.json"}));
}

TEST(Cli, JsonlOutputFile) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b/c.txt", kPage);
  const std::string all = tmp.path() + "/all.jsonl";
  const Outcome o = RunPith("-q --format jsonl -o '" + all + "' '" + tmp.path() + "/in'");
  EXPECT_EQ(o.status, 0) << o.err;
  std::istringstream lines(Slurp(all));
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    pith::internal::JsonValue value;
    std::string error;
    EXPECT_TRUE(pith::internal::ParseJson(line, &value, &error)) << error;
    ++count;
  }
  EXPECT_EQ(count, 2);
}

TEST(Cli, TemplatesLearnedAndReused) {
  TempDir tmp;
  for (int i = 0; i < 6; ++i) {
    tmp.Write("scraped/harbour/p" + std::to_string(i) + ".txt",
              std::string(kPage) + "Story number " + std::to_string(i) + " ends here.\n");
  }
  const std::string tpl = tmp.path() + "/harbour.tpl";
  const Outcome learn = RunPith("learn-template '" + tmp.path() + "/scraped' -o '" + tpl + "'");
  EXPECT_EQ(learn.status, 0) << learn.err;
  EXPECT_TRUE(Contains(learn.err, "1 sites from 6 files")) << learn.err;
  const Outcome use = RunPith("--now 2025-02-05 --template '" + tpl + "'", kPage);
  EXPECT_EQ(use.status, 0) << use.err;
  EXPECT_TRUE(Contains(use.out, "The new ferry terminal opened")) << use.out;
  std::string corrupt = Slurp(tpl);
  corrupt.resize(corrupt.size() / 2);
  tmp.Write("broken.tpl", corrupt);
  const Outcome broken = RunPith("--template '" + tmp.path() + "/broken.tpl'", kPage);
  EXPECT_EQ(broken.status, 2);
  EXPECT_TRUE(Contains(broken.err, "broken.tpl: not a valid template file")) << broken.err;
}

TEST(Cli, BrokenPipeEndsQuietly) {
  TempDir tmp;
  std::string files;
  for (int i = 0; i < 300; ++i)
    files += " '" + tmp.Write("p" + std::to_string(i) + ".txt", kPage) + "'";
  const std::string command = "'" + Pith() + "' -q --format jsonl" + files + " 2> '" + tmp.path() +
                              "/err' | head -c 100 > /dev/null";
  std::system(command.c_str());
  EXPECT_EQ(Slurp(tmp.path() + "/err"), "");
}

TEST(Cli, PipeAsAFileArgumentIsReadOnce) {
  TempDir tmp;
  const std::string page = tmp.Write("page.txt", kPage);
  const std::string command = "cat '" + page + "' | '" + Pith() +
                              "' -q --now 2025-02-05 /dev/stdin '" + page + "' > '" + tmp.path() +
                              "/out'";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const std::string out = Slurp(tmp.path() + "/out");
  EXPECT_EQ(out.rfind("==> /dev/stdin <==\n", 0), 0u) << out;
  const std::size_t first = out.find("The new ferry terminal opened");
  ASSERT_NE(first, std::string::npos) << out;
  EXPECT_NE(out.find("The new ferry terminal opened", first + 1), std::string::npos) << out;
}

TEST(Cli, ExplainWithoutTerminalHasNoColour) {
  const Outcome o = RunPith("--explain --now 2025-02-05", kPage);
  EXPECT_EQ(o.status, 0);
  EXPECT_FALSE(Contains(o.out, "\033["));
  EXPECT_TRUE(Contains(o.out, "The new ferry terminal opened"));
}

TEST(Cli, TrainForwardsToPithTrain) {
  const std::string dir = Pith().substr(0, Pith().rfind('/') + 1);
  const Outcome o = RunPith("train --help");
  if (access((dir + "pith-train").c_str(), X_OK) == 0) {
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_FALSE(o.out.empty());
  } else {
    EXPECT_EQ(o.status, 2);
    EXPECT_TRUE(Contains(o.err, "pith-train")) << o.err;
  }
}

// Ctrl-C in the middle of a batch: pith dies of SIGINT, every output left
// is complete, and no temporary file remains.
TEST(Cli, InterruptedBatchLeavesOnlyCompleteFiles) {
  TempDir tmp;
  std::string page;
  while (page.size() < 30000) page += kPage;
  const int total = 3000;
  for (int i = 0; i < total; ++i)
    tmp.Write("in/d" + std::to_string(i % 10) + "/p" + std::to_string(i) + ".txt", page);
  const std::string reference = tmp.path() + "/reference.txt";
  ASSERT_EQ(
      RunPith("--now 2025-02-05 -o '" + reference + "' '" + tmp.path() + "/in/d0/p0.txt'").status,
      0);
  const std::string expected = Slurp(reference);
  ASSERT_FALSE(expected.empty());

  const std::string out = tmp.path() + "/out";
  std::vector<std::string> args = {Pith(),  "-q",         "-j", "2", "--no-template",
                                   "--now", "2025-02-05", "-o", out, tmp.path() + "/in"};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ), 0);
  // Wait until a few outputs exist, then interrupt.
  for (int waited = 0; waited < 600; ++waited) {
    if (ListTree(out).size() >= 20) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  kill(pid, SIGINT);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), SIGINT);

  const std::vector<std::string> written = ListTree(out);
  EXPECT_GE(written.size(), 20u);
  EXPECT_LT(written.size(), static_cast<std::size_t>(total)) << "the batch ended before the signal";
  for (const std::string& file : written) {
    EXPECT_FALSE(Contains(file, ".pith-tmp-")) << file;
    EXPECT_EQ(Slurp(out + "/" + file), expected) << file;
  }
}

}  // namespace

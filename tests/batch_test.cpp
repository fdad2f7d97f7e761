// Input walking, atomic output files, progress text and the batch runner.
#include "batch.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "progress.h"
#include "test_util.h"
#include "walk.h"

namespace pith::internal {
namespace {

using pith::testutil::ListTree;
using pith::testutil::Slurp;
using pith::testutil::TempDir;

const char kPage[] =
    "Home | World | Business | Sport\n"
    "\n"
    "Harbour Town Opens Its New Ferry Terminal After Three Years of Work\n"
    "\n"
    "By Jane Doe, 4 February 2025\n"
    "\n"
    "The new ferry terminal opened on Monday morning, ending three years of building work\n"
    "that had closed half of the harbour front to walkers and cyclists.\n"
    "\n"
    "The mayor said the terminal would carry a million passengers a year by 2027, twice\n"
    "as many as the old quay, and that the cafe on its roof would open in the spring.\n"
    "\n"
    "Sign up for our newsletter\n"
    "Copyright 2025 Harbour Times\n";

std::vector<std::string> Relatives(const WalkResult& result) {
  std::vector<std::string> out;
  for (const InputFile& file : result.files) out.push_back(file.relative);
  return out;
}

TEST(Walk, SortedRecursiveHiddenSkippedGlobsApplied) {
  TempDir tmp;
  for (const char* name : {"b.txt", "a.txt", "sub/c.txt", "sub/d.html", ".hidden.txt", ".git/e.txt",
                           "sub/deeper/f.txt", "skip/g.txt"}) {
    tmp.Write(std::string("in/") + name, "x");
  }
  const std::string in = tmp.path() + "/in";
  WalkOptions options;
  EXPECT_EQ(
      Relatives(WalkInputs({in}, options)),
      (std::vector<std::string>{"a.txt", "b.txt", "skip/g.txt", "sub/c.txt", "sub/deeper/f.txt"}));
  options.include = {"*.txt", "*.html"};
  options.exclude = {"skip", "sub/deeper/*"};
  EXPECT_EQ(Relatives(WalkInputs({in}, options)),
            (std::vector<std::string>{"a.txt", "b.txt", "sub/c.txt", "sub/d.html"}));
}

TEST(Walk, FileArgumentsAreTakenWhateverTheGlobs) {
  TempDir tmp;
  const std::string page = tmp.Write("site/page.html", "x");
  const WalkResult result = WalkInputs({page}, WalkOptions{});
  ASSERT_EQ(result.files.size(), 1u);
  EXPECT_EQ(result.files[0].path, page);
  EXPECT_EQ(result.files[0].relative, "page.html");
  EXPECT_EQ(result.files[0].site, "site");
}

TEST(Walk, SiteIsTheParentDirectoryBelowTheArgument) {
  TempDir tmp;
  tmp.Write("scraped/top.txt", "x");
  tmp.Write("scraped/nytimes/a.txt", "x");
  tmp.Write("scraped/bbc/2024/b.txt", "x");
  const WalkResult all = WalkInputs({tmp.path() + "/scraped"}, WalkOptions{});
  ASSERT_EQ(all.files.size(), 3u);
  EXPECT_EQ(all.files[0].site, "bbc/2024");
  EXPECT_EQ(all.files[1].site, "nytimes");
  EXPECT_EQ(all.files[2].site, "scraped");
  const WalkResult one = WalkInputs({tmp.path() + "/scraped/nytimes/"}, WalkOptions{});
  ASSERT_EQ(one.files.size(), 1u);
  EXPECT_EQ(one.files[0].site, "nytimes");
  EXPECT_EQ(one.files[0].relative, "a.txt");
}

TEST(Walk, SymlinkLoopIsReportedAndTheRestWalked) {
  TempDir tmp;
  tmp.Write("in/a/page.txt", "x");
  ASSERT_EQ(symlink("..", (tmp.path() + "/in/a/loop").c_str()), 0);
  const WalkResult result = WalkInputs({tmp.path() + "/in"}, WalkOptions{});
  EXPECT_EQ(Relatives(result), (std::vector<std::string>{"a/page.txt"}));
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_NE(result.errors[0].find("a/loop: symbolic link loop"), std::string::npos)
      << result.errors[0];
}

TEST(Walk, MissingArgumentIsAnErrorNamingIt) {
  const WalkResult result = WalkInputs({"/nonexistent/pith/x.txt"}, WalkOptions{});
  EXPECT_TRUE(result.files.empty());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0], "/nonexistent/pith/x.txt: No such file or directory");
}

TEST(Walk, SkipsTheOutputDirectoryInsideTheInputTree) {
  TempDir tmp;
  tmp.Write("in/a.txt", "x");
  tmp.Write("in/clean/a.txt", "x");
  WalkOptions options;
  options.skip_dir = tmp.path() + "/in/clean";
  EXPECT_EQ(Relatives(WalkInputs({tmp.path() + "/in"}, options)),
            (std::vector<std::string>{"a.txt"}));
}

TEST(OutputPathTest, ReplacesTheLastExtension) {
  struct Case {
    const char* dir;
    const char* relative;
    const char* extension;
    const char* expected;
  };
  const Case cases[] = {
      {"out", "a.txt", ".json", "out/a.json"},
      {"out/", "sub/a.txt", ".md", "out/sub/a.md"},
      {"out", "a.html.txt", ".labels", "out/a.html.labels"},
      {"out", "README", ".txt", "out/README.txt"},
      {"out", "v1.2/page", ".txt", "out/v1.2/page.txt"},
      {"out", ".profile", ".txt", "out/.profile.txt"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(OutputPath(c.dir, c.relative, c.extension), c.expected) << c.relative;
  }
}

// Names a file may have before its commit: none (unnamed) or a hidden temporary one.
bool OnlyTemporaryNames(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    if (name.find(kTempMarker) == std::string::npos || name[0] != '.') return false;
  }
  return names.size() <= 1;
}

TEST(AtomicFileTest, CommitNamesDiscardLeavesNothing) {
  TempDir tmp;
  const std::string path = tmp.path() + "/out.txt";
  {
    Result<AtomicFile> file = AtomicFile::Create(path);
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value().Append("half").has_value());
    EXPECT_TRUE(OnlyTemporaryNames(ListTree(tmp.path())));
    EXPECT_EQ(access(path.c_str(), F_OK), -1);
  }
  EXPECT_TRUE(ListTree(tmp.path()).empty());
  EXPECT_FALSE(WriteFileAtomically(path, "whole\n").has_value());
  EXPECT_EQ(Slurp(path), "whole\n");
  EXPECT_EQ(ListTree(tmp.path()), (std::vector<std::string>{"out.txt"}));
}

TEST(AtomicFileTest, CommitReplacesAnExistingFileWhole) {
  TempDir tmp;
  const std::string path = tmp.path() + "/out.txt";
  ASSERT_FALSE(WriteFileAtomically(path, "old contents\n").has_value());
  Result<AtomicFile> file = AtomicFile::Create(path);
  ASSERT_TRUE(file.ok());
  EXPECT_FALSE(file.value().Append("new\n").has_value());
  EXPECT_EQ(Slurp(path), "old contents\n");  // until the commit
  EXPECT_FALSE(file.value().Commit().has_value());
  EXPECT_EQ(Slurp(path), "new\n");
  EXPECT_EQ(ListTree(tmp.path()), (std::vector<std::string>{"out.txt"}));
}

TEST(AtomicFileTest, FilesLetTheUmaskDecideTheirMode) {
  TempDir tmp;
  const std::string path = tmp.path() + "/out.txt";
  const mode_t old_mask = umask(027);
  const Status status = WriteFileAtomically(path, "x");
  umask(old_mask);
  ASSERT_FALSE(status.has_value());
  struct stat st;
  ASSERT_EQ(stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
}

TEST(AtomicFileTest, MakeDirectoriesMakesMissingLevelsAndAcceptsExistingOnes) {
  TempDir tmp;
  const std::string deep = tmp.path() + "/a/b/c";
  EXPECT_FALSE(MakeDirectories(deep).has_value());
  EXPECT_TRUE(IsDirectory(deep));
  EXPECT_FALSE(MakeDirectories(deep).has_value());  // already there
  ASSERT_FALSE(WriteFileAtomically(deep + "/file", "x").has_value());
  const Status status = MakeDirectories(deep + "/file");
  ASSERT_TRUE(status.has_value());
  EXPECT_NE(status->message.find("Not a directory"), std::string::npos) << status->message;
}

TEST(AtomicFileTest, UnwritableDirectoryIsAnIoError) {
  const Status status = WriteFileAtomically("/nonexistent/pith/out.txt", "x");
  ASSERT_TRUE(status.has_value());
  EXPECT_EQ(status->code, ErrorCode::kIo);
  EXPECT_NE(status->message.find("/nonexistent/pith/out.txt"), std::string::npos);
}

TEST(Progress, BarAndSummaryShowCountsRatesAndFailures) {
  ProgressCounts counts;
  counts.files_total = 200;
  counts.files_done = 50;
  counts.failed = 2;
  counts.bytes_total = 40'000'000;
  counts.bytes_done = 10'000'000;
  counts.seconds = 2.0;
  const std::string bar = ProgressBar(counts, 100);
  EXPECT_NE(bar.find("50/200 files"), std::string::npos) << bar;
  EXPECT_NE(bar.find("5.0 MB/s"), std::string::npos) << bar;
  EXPECT_NE(bar.find("ETA 0:06"), std::string::npos) << bar;
  EXPECT_NE(bar.find("2 failed"), std::string::npos) << bar;
  EXPECT_LE(bar.size(), 100u);
  EXPECT_EQ(bar.rfind("[##########", 0), 0u) << bar;
  EXPECT_LE(ProgressBar(counts, 30).size(), 30u);
  EXPECT_EQ(SummaryLine(counts, false),
            "pith: 50 files, 10.0 MB in 2.00 s: 25.0 pages/s, 5.0 MB/s; 2 failed");
  counts.skipped = 10;
  EXPECT_EQ(SummaryLine(counts, true),
            "pith: 50 files, 10.0 MB in 2.00 s: 20.0 pages/s, 5.0 MB/s; 2 failed, 10 skipped, "
            "interrupted after 50 of 200");
}

struct Collected {
  std::vector<std::string> messages;
  std::string out;
};

BatchResult RunPlan(const BatchPlan& plan, Collected* collected, bool stop = false) {
  static std::atomic<bool> stop_flag;
  stop_flag.store(stop);
  BatchCallbacks callbacks;
  callbacks.report = [collected](const std::string& m) { collected->messages.push_back(m); };
  callbacks.sink = [collected](std::string_view bytes) -> Status {
    collected->out += bytes;
    return std::nullopt;
  };
  return RunBatch(plan, stop_flag, callbacks);
}

BatchPlan PlanFor(const std::string& in, Destination destination, const std::string& out) {
  BatchPlan plan;
  WalkOptions walk;
  walk.skip_dir = out;
  plan.files = WalkInputs({in}, walk).files;
  plan.destination = destination;
  plan.output = out;
  plan.now = 1738656000;
  return plan;
}

TEST(RunBatchTest, MirrorsTheTreeAndNamesBadFiles) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/sub/b.txt", kPage);
  tmp.Write("in/sub/binary.txt", std::string(200, '\0'));
  BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kDirectory, tmp.path() + "/out");
  plan.format = Format::kJson;
  Collected collected;
  const BatchResult result = RunPlan(plan, &collected);
  EXPECT_FALSE(result.fatal.has_value());
  EXPECT_EQ(result.counts.files_done, 3u);
  EXPECT_EQ(result.counts.failed, 1u);
  ASSERT_EQ(collected.messages.size(), 1u);
  EXPECT_EQ(collected.messages[0].rfind(tmp.path() + "/in/sub/binary.txt: ", 0), 0u);
  EXPECT_EQ(ListTree(tmp.path() + "/out"), (std::vector<std::string>{"a.json", "sub/b.json"}));
  EXPECT_NE(Slurp(tmp.path() + "/out/a.json").find("ferry terminal opened"), std::string::npos);
}

TEST(RunBatchTest, SameOutputWhateverTheNumberOfJobs) {
  TempDir tmp;
  for (int i = 0; i < 40; ++i) {
    tmp.Write("in/p" + std::to_string(100 + i) + ".txt",
              std::string(kPage) + "Page number " + std::to_string(i) + " of the set.\n");
  }
  std::string first;
  for (int jobs : {1, 2, 5}) {
    BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kStream, "");
    plan.format = Format::kJsonl;
    plan.learn_templates = true;
    plan.jobs = jobs;
    Collected collected;
    RunPlan(plan, &collected);
    EXPECT_EQ(std::count(collected.out.begin(), collected.out.end(), '\n'), 40);
    if (jobs == 1) first = collected.out;
    EXPECT_EQ(collected.out, first) << "jobs " << jobs;
  }
}

// A page saved twice teaches the templates nothing: its copies come out as
// without templates, not with every line (headline and text too) taken for
// the site's template.
TEST(RunBatchTest, DuplicatePagesAreNoTemplate) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b.txt", kPage);
  std::string outputs[2];
  for (bool learn : {false, true}) {
    BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kStream, "");
    plan.format = Format::kLabels;
    plan.learn_templates = learn;
    Collected collected;
    RunPlan(plan, &collected);
    outputs[learn ? 1 : 0] = collected.out;
  }
  EXPECT_FALSE(outputs[0].empty());
  EXPECT_EQ(outputs[1], outputs[0]);
}

TEST(RunBatchTest, SeveralJsonDocumentsFormOneArray) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b.txt", kPage);
  BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kStream, "");
  plan.format = Format::kJson;
  Collected collected;
  RunPlan(plan, &collected);
  EXPECT_EQ(collected.out.rfind("[\n{", 0), 0u);
  EXPECT_EQ(collected.out.substr(collected.out.size() - 3), "\n]\n");
}

TEST(RunBatchTest, SkipExistingAndRefusingToOverwriteAnInput) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b.txt", kPage);
  tmp.Write("out/a.txt", "done before\n");
  BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kDirectory, tmp.path() + "/out");
  plan.skip_existing = true;
  Collected collected;
  BatchResult result = RunPlan(plan, &collected);
  EXPECT_EQ(result.counts.skipped, 1u);
  EXPECT_EQ(Slurp(tmp.path() + "/out/a.txt"), "done before\n");
  EXPECT_NE(Slurp(tmp.path() + "/out/b.txt").find("ferry terminal opened"), std::string::npos);

  // Output directory = input directory, text format: every output is an input.
  BatchPlan in_place = PlanFor(tmp.path() + "/in", Destination::kDirectory, tmp.path() + "/in");
  Collected refused;
  result = RunPlan(in_place, &refused);
  EXPECT_EQ(result.counts.failed, 2u);
  ASSERT_EQ(refused.messages.size(), 2u);
  EXPECT_NE(refused.messages[0].find("refusing to overwrite an input"), std::string::npos);
  EXPECT_EQ(Slurp(tmp.path() + "/in/a.txt"), kPage);
}

TEST(RunBatchTest, StoppedBeforeStartLeavesNoFiles) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kFile, tmp.path() + "/all.jsonl");
  plan.format = Format::kJsonl;
  Collected collected;
  const BatchResult result = RunPlan(plan, &collected, /*stop=*/true);
  EXPECT_TRUE(result.interrupted);
  EXPECT_EQ(ListTree(tmp.path()), (std::vector<std::string>{"in/a.txt"}));
}

TEST(RunBatchTest, JsonlFileAppearsOnlyWhenComplete) {
  TempDir tmp;
  tmp.Write("in/a.txt", kPage);
  tmp.Write("in/b.txt", kPage);
  BatchPlan plan = PlanFor(tmp.path() + "/in", Destination::kFile, tmp.path() + "/all.jsonl");
  plan.format = Format::kJsonl;
  Collected collected;
  RunPlan(plan, &collected);
  const std::string all = Slurp(tmp.path() + "/all.jsonl");
  EXPECT_EQ(std::count(all.begin(), all.end(), '\n'), 2);
  EXPECT_NE(all.find("\"path\":\"" + tmp.path() + "/in/a.txt\""), std::string::npos) << all;
}

TEST(LearnTemplatesTest, CountsLinesPerSite) {
  TempDir tmp;
  tmp.Write("in/one/a.txt", "Menu\nFirst story text.\n");
  tmp.Write("in/one/b.txt", "MENU\nSecond story text.\n");
  tmp.Write("in/two/c.txt", "Menu\nThird story.\n");
  const WalkResult walked = WalkInputs({tmp.path() + "/in"}, WalkOptions{});
  std::atomic<bool> stop{false};
  const SiteTemplates templates = LearnTemplates(walked.files, Options{}, 2, stop, nullptr);
  ASSERT_EQ(templates.sites.size(), 2u);
  const SiteTemplates::Site& one = templates.sites.at("one");
  EXPECT_EQ(one.docs, 2u);
  EXPECT_EQ(one.line_docs.Docs(TemplateLineHash("menu")), 2u);
  EXPECT_EQ(one.line_docs.Docs(TemplateLineHash("First story text.")), 1u);
  EXPECT_EQ(templates.sites.at("two").line_docs.Docs(TemplateLineHash("Menu")), 1u);
}

TEST(TemplateSiteTest, OverrideThenSingleSiteThenKey) {
  SiteTemplates one;
  one.sites["nytimes"];
  SiteTemplates two = one;
  two.sites["bbc"];
  EXPECT_EQ(TemplateSite(one, "other", ""), "nytimes");
  EXPECT_EQ(TemplateSite(two, "bbc", ""), "bbc");
  EXPECT_EQ(TemplateSite(two, "bbc", "nytimes"), "nytimes");
}

}  // namespace
}  // namespace pith::internal

// Stream mode (--stdin-jsonl): one answer per record, in order, ids echoed.
#include "stream.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "json.h"
#include "test_util.h"

namespace pith::internal {
namespace {

const char kText[] =
    "Home | World | Sport\\n\\nCouncil Approves the New Riverside Park\\n\\nBy Sam Green\\n\\n"
    "The city council approved the riverside park on Tuesday after two years of debate about "
    "its cost and the trees it would keep.\\n\\nWork starts in May and the park opens next "
    "summer, the council said in a statement.\\n";

std::string Record(const std::string& id_json, const std::string& extra = "") {
  return "{\"id\":" + id_json + ",\"text\":\"" + kText + "\"" + extra + "}\n";
}

struct Outcome {
  StreamResult result;
  std::vector<JsonValue> objects;
  std::vector<std::string> messages;
  std::string out;
};

Outcome Stream(const std::string& input, int jobs = 1) {
  std::istringstream in(input);
  StreamPlan plan;
  plan.options.now = 1738656000;
  plan.jobs = jobs;
  std::atomic<bool> stop{false};
  Outcome outcome;
  outcome.result = RunStream(
      in, plan, stop, [&](const std::string& m) { outcome.messages.push_back(m); },
      [&](std::string_view bytes) -> Status {
        outcome.out += bytes;
        return std::nullopt;
      });
  std::istringstream lines(outcome.out);
  std::string line;
  while (std::getline(lines, line)) {
    JsonValue value;
    std::string error;
    EXPECT_TRUE(ParseJson(line, &value, &error)) << error << ": " << line;
    outcome.objects.push_back(value);
  }
  return outcome;
}

TEST(RunStreamTest, EchoesIdsOfEitherTypeInOrder) {
  const Outcome o = Stream(Record("\"a-1\"") + Record("42") + Record("\"z\""));
  ASSERT_EQ(o.objects.size(), 3u);
  EXPECT_EQ(o.objects[0].Find("id")->text, "a-1");
  EXPECT_EQ(o.objects[1].Find("id")->type, JsonType::kNumber);
  EXPECT_EQ(o.objects[1].Find("id")->text, "42");
  EXPECT_EQ(o.objects[2].Find("id")->text, "z");
  EXPECT_NE(o.objects[0].Find("body")->text.find("The city council approved the riverside park"),
            std::string::npos);
  EXPECT_EQ(o.result.records, 3u);
  EXPECT_EQ(o.result.failed, 0u);
}

TEST(RunStreamTest, BadRecordsGetErrorObjectsAndTheStreamGoesOn) {
  const std::string input = Record("1") + "not json\n" + "{\"id\":\"no-text\"}\n" + "\n" +
                            "{\"id\":7,\"text\":\"" + std::string(100, ' ') + "\\u0000" +
                            "\",\"bad\":" + std::string(300, '[') + "}\n" + Record("2");
  const Outcome o = Stream(input);
  ASSERT_EQ(o.objects.size(), 5u);  // the blank line is skipped
  EXPECT_EQ(o.objects[0].Find("id")->text, "1");
  EXPECT_EQ(o.objects[1].Find("id")->type, JsonType::kNull);
  EXPECT_NE(o.objects[1].Find("error"), nullptr);
  EXPECT_EQ(o.objects[2].Find("id")->text, "no-text");
  EXPECT_NE(o.objects[2].Find("error"), nullptr);
  EXPECT_NE(o.objects[3].Find("error"), nullptr);
  EXPECT_EQ(o.objects[4].Find("id")->text, "2");
  EXPECT_EQ(o.result.failed, 3u);
  ASSERT_EQ(o.messages.size(), 3u);
  EXPECT_EQ(o.messages[0].rfind("stdin:2: ", 0), 0u) << o.messages[0];
  EXPECT_EQ(o.messages[1].rfind("stdin:3: ", 0), 0u) << o.messages[1];
  EXPECT_EQ(o.messages[2].rfind("stdin:5: ", 0), 0u) << o.messages[2];
}

TEST(RunStreamTest, BinaryTextIsAnErrorObject) {
  const Outcome o = Stream("{\"id\":\"bin\",\"text\":\"" + std::string(50, 'a') + [] {
    std::string nuls;
    for (int i = 0; i < 50; ++i) nuls += "\\u0000";
    return nuls;
  }() + "\"}\n");
  ASSERT_EQ(o.objects.size(), 1u);
  EXPECT_EQ(o.objects[0].Find("id")->text, "bin");
  EXPECT_NE(o.objects[0].Find("error"), nullptr);
}

TEST(RunStreamTest, SameOutputWhateverTheNumberOfJobs) {
  std::string input;
  for (int i = 0; i < 60; ++i) input += Record(std::to_string(i));
  const Outcome one = Stream(input, 1);
  const Outcome four = Stream(input, 4);
  EXPECT_EQ(one.objects.size(), 60u);
  EXPECT_EQ(one.out, four.out);
}

TEST(UrlHostTest, Table) {
  struct Case {
    const char* url;
    const char* host;
  };
  const Case cases[] = {
      {"https://www.Example.com/news/1", "www.example.com"},
      {"http://user:pw@news.example.org:8080/a?b#c", "news.example.org"},
      {"//cdn.example.net/x", "cdn.example.net"},
      {"https://[2001:db8::1]:443/", "[2001:db8::1]"},
      {"example.com/page", ""},
      {"", ""},
      {"https://example.com", "example.com"},
  };
  for (const Case& c : cases) EXPECT_EQ(UrlHost(c.url), c.host) << c.url;
}

// GNU parallel splitting the stream into chunks of 50 records, each run by
// its own pith, gives the same records as one pith over the whole stream.
TEST(StreamWithParallel, ChunkedRunsGiveTheSameRecords) {
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "GNU parallel is not installed (Debian package parallel)";
  }
  const testutil::TempDir tmp;
  const std::string& dir = tmp.path();
  std::string records;
  for (int i = 0; i < 230; ++i) {
    records += i % 37 == 5 ? "{\"id\":" + std::to_string(i) + "}\n" : Record(std::to_string(i));
  }
  const std::string input = tmp.Write("in.jsonl", records);
  const std::string pith = PITH_BINARY;
  const std::string direct = dir + "/direct.jsonl";
  const std::string chunked = dir + "/chunked.jsonl";
  ASSERT_EQ(std::system(
                (pith + " -q --now 2025-02-04 --stdin-jsonl < " + input + " > " + direct).c_str()),
            0);
  ASSERT_EQ(std::system(("parallel --will-cite --keep-order --pipe -N 50 " + pith +
                         " -q --now 2025-02-04 --stdin-jsonl < " + input + " > " + chunked)
                            .c_str()),
            0);
  const std::string a = testutil::Slurp(direct);
  EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), 230);
  EXPECT_EQ(a, testutil::Slurp(chunked));
}

}  // namespace
}  // namespace pith::internal

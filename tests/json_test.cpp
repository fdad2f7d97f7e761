#include "json.h"

#include <gtest/gtest.h>

#include <string>

namespace pith::internal {
namespace {

struct EscapeCase {
  std::string input;
  std::string expected;
};

class JsonEscapeTest : public testing::TestWithParam<EscapeCase> {};

TEST_P(JsonEscapeTest, Escapes) { EXPECT_EQ(JsonString(GetParam().input), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Table, JsonEscapeTest,
    testing::Values(EscapeCase{"", "\"\""}, EscapeCase{"plain text", "\"plain text\""},
                    EscapeCase{"say \"hi\"", "\"say \\\"hi\\\"\""},
                    EscapeCase{"C:\\dir", "\"C:\\\\dir\""},
                    EscapeCase{"a\nb\rc\td", "\"a\\nb\\rc\\td\""}, EscapeCase{"\b\f", "\"\\b\\f\""},
                    EscapeCase{std::string("nul\0x", 5), "\"nul\\u0000x\""},
                    EscapeCase{"\x01\x1f\x7f", "\"\\u0001\\u001f\\u007f\""},
                    EscapeCase{"caf\xC3\xA9 \xE2\x82\xAC", "\"caf\xC3\xA9 \xE2\x82\xAC\""},
                    EscapeCase{"\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\""},
                    EscapeCase{"a\xE2\x80\xA8z", "\"a\\u2028z\""},
                    // Invalid UTF-8: a lone continuation byte, a truncated
                    // sequence, an overlong '/', an encoded surrogate, 0xFF.
                    EscapeCase{"x\x80y", "\"x\xEF\xBF\xBDy\""},
                    EscapeCase{"\xC3", "\"\xEF\xBF\xBD\""},
                    EscapeCase{"\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
                    EscapeCase{"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
                    EscapeCase{"\xFF", "\"\xEF\xBF\xBD\""}));

// ToValidUtf8 appends runs of valid sequences at once: invalid bytes at the
// start, between runs, in a row and at the end, and the longest sequences.
struct RepairCase {
  std::string input;
  std::string expected;
};

class ToValidUtf8Test : public testing::TestWithParam<RepairCase> {};

TEST_P(ToValidUtf8Test, ReplacesEachInvalidByte) {
  EXPECT_EQ(ToValidUtf8(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Table, ToValidUtf8Test,
                         testing::Values(RepairCase{"", ""}, RepairCase{"plain", "plain"},
                                         RepairCase{"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                                                    "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"},
                                         RepairCase{"\x80x", "\xEF\xBF\xBDx"},
                                         RepairCase{"a\xFF\xFE"
                                                    "b\xC3\xA9\xC0"
                                                    "c",
                                                    "a\xEF\xBF\xBD\xEF\xBF\xBD"
                                                    "b\xC3\xA9\xEF\xBF\xBD"
                                                    "c"},
                                         RepairCase{"x\xE2\x82", "x\xEF\xBF\xBD\xEF\xBF\xBD"},
                                         RepairCase{"\xED\xA0\x80z",
                                                    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz"}));

TEST(JsonEscape, EveryByteRoundTripsThroughTheParser) {
  std::string all;
  for (int b = 0; b < 256; ++b) all.push_back(static_cast<char>(b));
  JsonValue value;
  std::string error;
  ASSERT_TRUE(ParseJson(JsonString(all), &value, &error)) << error;
  ASSERT_EQ(value.type, JsonType::kString);
  EXPECT_EQ(value.text.substr(0, 128), all.substr(0, 128));
}

struct ParseCase {
  std::string input;
  bool ok;
};

class JsonValidityTest : public testing::TestWithParam<ParseCase> {};

TEST_P(JsonValidityTest, AcceptsOrRejects) {
  JsonValue value;
  std::string error;
  EXPECT_EQ(ParseJson(GetParam().input, &value, &error), GetParam().ok) << error;
  if (!GetParam().ok) {
    EXPECT_NE(error.find(" at byte "), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonValidityTest,
    testing::Values(ParseCase{"null", true}, ParseCase{" true ", true}, ParseCase{"false", true},
                    ParseCase{"0", true}, ParseCase{"-12.5e+3", true}, ParseCase{"1E2", true},
                    ParseCase{"\"\\u00e9\\/\"", true}, ParseCase{"[]", true}, ParseCase{"{}", true},
                    ParseCase{"[1, [2, {\"a\": null}]]", true},
                    ParseCase{"{\"a\":1,\"b\":[true,false]}", true}, ParseCase{"", false},
                    ParseCase{"   ", false}, ParseCase{"nul", false}, ParseCase{"[1,]", false},
                    ParseCase{"{\"a\":1,}", false}, ParseCase{"{'a':1}", false},
                    ParseCase{"{a:1}", false}, ParseCase{"01", false}, ParseCase{"1.", false},
                    ParseCase{".5", false}, ParseCase{"1e", false}, ParseCase{"+1", false},
                    ParseCase{"NaN", false}, ParseCase{"\"abc", false},
                    ParseCase{"\"a\nb\"", false}, ParseCase{"\"\\x\"", false},
                    ParseCase{"\"\\u12\"", false}, ParseCase{"\"\xFF\"", false},
                    ParseCase{"[1] 2", false}, ParseCase{"{\"a\" 1}", false},
                    ParseCase{"[1 2]", false}, ParseCase{"// c\n1", false}));

TEST(JsonParse, DecodesValues) {
  JsonValue value;
  std::string error;
  ASSERT_TRUE(ParseJson(R"({"s": "a\"b\\c\nd\u00e9\ud83d\ude00", "n": -2.5e1, "l": [1, "x"],
                           "t": true, "z": null})",
                        &value, &error))
      << error;
  ASSERT_EQ(value.type, JsonType::kObject);
  ASSERT_EQ(value.members.size(), 5u);
  EXPECT_EQ(value.Find("s")->text, "a\"b\\c\nd\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(value.Find("n")->type, JsonType::kNumber);
  EXPECT_DOUBLE_EQ(value.Find("n")->number, -25.0);
  EXPECT_EQ(value.Find("n")->text, "-2.5e1");
  ASSERT_EQ(value.Find("l")->array.size(), 2u);
  EXPECT_EQ(value.Find("l")->array[1].text, "x");
  EXPECT_TRUE(value.Find("t")->boolean);
  EXPECT_EQ(value.Find("z")->type, JsonType::kNull);
  EXPECT_EQ(value.Find("missing"), nullptr);
}

TEST(JsonParse, LoneSurrogateBecomesReplacementCharacter) {
  JsonValue value;
  std::string error;
  ASSERT_TRUE(ParseJson(R"("a\ud800b\udc00\ud800\u0041")", &value, &error)) << error;
  EXPECT_EQ(value.text,
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD\xEF\xBF\xBD"
            "A");
}

TEST(JsonParse, RejectsDeepNestingWithoutCrashing) {
  JsonValue value;
  std::string error;
  const std::string deep(100000, '[');
  EXPECT_FALSE(ParseJson(deep, &value, &error));
  std::string ok_depth = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(ParseJson(ok_depth, &value, &error)) << error;
  std::string too_deep = std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']');
  EXPECT_FALSE(ParseJson(too_deep, &value, &error));
}

TEST(JsonParse, ErrorNamesTheOffset) {
  JsonValue value;
  std::string error;
  EXPECT_FALSE(ParseJson("{\"a\" 1}", &value, &error));
  EXPECT_EQ(error, "expected ':' at byte 5");
}

struct RecordCase {
  std::string line;
  bool ok;
  std::string id;
  bool id_is_number;
  std::string text;
  std::string url;
  std::string site;
};

class StreamRecordTest : public testing::TestWithParam<RecordCase> {};

TEST_P(StreamRecordTest, Parses) {
  const RecordCase& c = GetParam();
  StreamRecord record;
  std::string error;
  ASSERT_EQ(ParseStreamRecord(c.line, &record, &error), c.ok) << error;
  if (!c.ok) {
    EXPECT_FALSE(error.empty());
    return;
  }
  EXPECT_EQ(record.id, c.id);
  EXPECT_EQ(record.id_is_number, c.id_is_number);
  EXPECT_EQ(record.text, c.text);
  EXPECT_EQ(record.url, c.url);
  EXPECT_EQ(record.site, c.site);
}

INSTANTIATE_TEST_SUITE_P(
    Table, StreamRecordTest,
    testing::Values(RecordCase{R"({"id": "a1", "text": "Hello\nworld", "url": "https://x.example/a",
                     "site": "x"})",
                               true, "a1", false, "Hello\nworld", "https://x.example/a", "x"},
                    RecordCase{R"({"id": 17, "text": ""})", true, "17", true, "", "", ""},
                    RecordCase{R"({"text": "t", "id": null, "url": null, "extra": [1, 2]})", true,
                               "", false, "t", "", ""},
                    RecordCase{R"({"id": 1})", false, "", false, "", "", ""},
                    RecordCase{R"({"id": 1, "text": 5})", false, "", false, "", "", ""},
                    RecordCase{R"({"id": [1], "text": "t"})", false, "", false, "", "", ""},
                    RecordCase{R"({"text": "t", "url": 3})", false, "", false, "", "", ""},
                    RecordCase{R"(["text"])", false, "", false, "", "", ""},
                    RecordCase{R"({"text": "t"} trailing)", false, "", false, "", "", ""}));

}  // namespace
}  // namespace pith::internal

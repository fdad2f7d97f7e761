#include "pith/render.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "json.h"

namespace pith {
namespace {

Article FullArticle() {
  Article a;
  a.title = "Harbour Bridge Reopens After Repairs";
  a.byline = "By Mara Lindqvist, Reuters";
  a.authors = {"Mara Lindqvist"};
  a.agency = "Reuters";
  a.date = "2025-03-14T09:30:00+01:00";
  a.date_updated = "2025-03-14T12:00:00+01:00";
  a.date_text = "14 March 2025, 09:30 CET";
  a.language = "en";
  a.paragraphs = {"The bridge reopened on Friday.", "Traffic was light."};
  return a;
}

struct RenderCase {
  const char* name;
  Article article;
  Format format;
  DocumentSource source;
  std::string expected;
};

class RenderTest : public testing::TestWithParam<RenderCase> {};

TEST_P(RenderTest, RendersExactly) {
  const RenderCase& c = GetParam();
  EXPECT_EQ(Render(c.article, c.format, c.source), c.expected);
}

Article TitleOnly() {
  Article a;
  a.title = "Only a headline";
  return a;
}

Article BodyOnly() {
  Article a;
  a.paragraphs = {"First.", "", "Second."};
  return a;
}

Article AuthorsWithoutByline() {
  Article a;
  a.authors = {"Ana Ruiz", "Tom Beck"};
  a.agency = "AFP";
  a.date = "2024-11-02";
  return a;
}

Article MarkdownHazards() {
  Article a;
  a.title = "Stars *and* _stripes_";
  a.byline = "By J. Doe";
  a.paragraphs = {"# not a heading", "- not a list",   "1. not a list either",
                  "2024) fine",      "> not a quote",  "path C:\\temp and snake_case",
                  "12 people came.", "<b>not html</b>"};
  return a;
}

Article WithControlCharacters() {
  Article a;
  a.title = std::string("Bad\x01 title\nsplit");
  a.paragraphs = {std::string("tab\there \x80 end")};
  return a;
}

Article Labelled() {
  Article a;
  a.input_lines = {"Menu", "Big News", "", "Body\twith tab", "x"};
  a.labels = {{Label::kBoilerplate, 0.98765f},
              {Label::kHeadline, 0.5f},
              {Label::kBlank, 1.0f},
              {Label::kBody, 0.0004f},
              {Label::kBody, 1.7f}};
  return a;
}

INSTANTIATE_TEST_SUITE_P(
    Table, RenderTest,
    testing::Values(
        RenderCase{"text_full",
                   FullArticle(),
                   Format::kText,
                   {},
                   "Harbour Bridge Reopens After Repairs\n\n"
                   "By Mara Lindqvist, Reuters \xC2\xB7 2025-03-14T09:30:00+01:00 \xC2\xB7 "
                   "updated 2025-03-14T12:00:00+01:00\n\n"
                   "The bridge reopened on Friday.\n\nTraffic was light.\n"},
        RenderCase{"text_empty", Article(), Format::kText, {}, ""},
        RenderCase{"text_title_only", TitleOnly(), Format::kText, {}, "Only a headline\n"},
        RenderCase{"text_body_only", BodyOnly(), Format::kText, {}, "First.\n\nSecond.\n"},
        RenderCase{"text_authors",
                   AuthorsWithoutByline(),
                   Format::kText,
                   {},
                   "Ana Ruiz, Tom Beck (AFP) \xC2\xB7 2024-11-02\n"},
        RenderCase{"text_controls",
                   WithControlCharacters(),
                   Format::kText,
                   {},
                   "Bad title split\n\ntab here \xEF\xBF\xBD end\n"},
        RenderCase{"markdown_full",
                   FullArticle(),
                   Format::kMarkdown,
                   {},
                   "# Harbour Bridge Reopens After Repairs\n\n"
                   "*By Mara Lindqvist, Reuters \xC2\xB7 2025-03-14T09:30:00+01:00 \xC2\xB7 "
                   "updated 2025-03-14T12:00:00+01:00*\n\n"
                   "The bridge reopened on Friday.\n\nTraffic was light.\n"},
        RenderCase{"markdown_empty", Article(), Format::kMarkdown, {}, ""},
        RenderCase{"markdown_escapes",
                   MarkdownHazards(),
                   Format::kMarkdown,
                   {},
                   "# Stars \\*and\\* \\_stripes\\_\n\n*By J. Doe*\n\n"
                   "\\# not a heading\n\n\\- not a list\n\n1\\. not a list either\n\n"
                   "2024\\) fine\n\n\\> not a quote\n\npath C:\\\\temp and snake_case\n\n"
                   "12 people came.\n\n\\<b>not html</b>\n"},
        RenderCase{"json_full",
                   FullArticle(),
                   Format::kJson,
                   {"doc-1", "in/a.txt"},
                   "{\n"
                   "  \"id\": \"doc-1\",\n"
                   "  \"path\": \"in/a.txt\",\n"
                   "  \"title\": \"Harbour Bridge Reopens After Repairs\",\n"
                   "  \"byline\": \"By Mara Lindqvist, Reuters\",\n"
                   "  \"authors\": [\n    \"Mara Lindqvist\"\n  ],\n"
                   "  \"agency\": \"Reuters\",\n"
                   "  \"date\": \"2025-03-14T09:30:00+01:00\",\n"
                   "  \"date_updated\": \"2025-03-14T12:00:00+01:00\",\n"
                   "  \"date_text\": \"14 March 2025, 09:30 CET\",\n"
                   "  \"language\": \"en\",\n"
                   "  \"body\": \"The bridge reopened on Friday.\\n\\nTraffic was light.\",\n"
                   "  \"paragraphs\": [\n"
                   "    \"The bridge reopened on Friday.\",\n"
                   "    \"Traffic was light.\"\n"
                   "  ]\n"
                   "}\n"},
        RenderCase{"json_empty",
                   Article(),
                   Format::kJson,
                   {},
                   "{\n  \"id\": null,\n  \"path\": null,\n  \"title\": null,\n"
                   "  \"byline\": null,\n  \"authors\": [],\n  \"agency\": null,\n"
                   "  \"date\": null,\n  \"date_updated\": null,\n  \"date_text\": null,\n"
                   "  \"language\": null,\n  \"body\": null,\n  \"paragraphs\": []\n}\n"},
        RenderCase{"jsonl_numeric_id",
                   BodyOnly(),
                   Format::kJsonl,
                   {"42", "", true},
                   "{\"id\":42,\"path\":null,\"title\":null,\"byline\":null,\"authors\":[],"
                   "\"agency\":null,\"date\":null,\"date_updated\":null,\"date_text\":null,"
                   "\"language\":null,\"body\":\"First.\\n\\nSecond.\","
                   "\"paragraphs\":[\"First.\",\"Second.\"]}\n"},
        RenderCase{"jsonl_bad_numeric_id_is_quoted",
                   Article(),
                   Format::kJsonl,
                   {"4 2", "", true},
                   "{\"id\":\"4 2\",\"path\":null,\"title\":null,\"byline\":null,\"authors\":[],"
                   "\"agency\":null,\"date\":null,\"date_updated\":null,\"date_text\":null,"
                   "\"language\":null,\"body\":null,\"paragraphs\":[]}\n"},
        RenderCase{"labels",
                   Labelled(),
                   Format::kLabels,
                   {},
                   "boilerplate\t0.988\tMenu\nheadline\t0.500\tBig News\nblank\t1.000\t\n"
                   "body\t0.000\tBody with tab\nbody\t1.000\tx\n"},
        RenderCase{"labels_empty", Article(), Format::kLabels, {}, ""}),
    [](const testing::TestParamInfo<RenderCase>& param_info) {
      return std::string(param_info.param.name);
    });

// A paragraph rendered as text: returned as it is when no byte needs a
// change (the fast path), else cleaned byte by byte from the first one
// that does (at the start, in the middle, at the end).
struct CleanCase {
  std::string paragraph;
  std::string expected;
};

class CleanTextTest : public testing::TestWithParam<CleanCase> {};

TEST_P(CleanTextTest, CleansAsTheByteByBytePathDoes) {
  Article a;
  a.paragraphs = {GetParam().paragraph};
  EXPECT_EQ(Render(a, Format::kText, {}), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Table, CleanTextTest,
                         testing::Values(CleanCase{"plain ASCII words.", "plain ASCII words.\n"},
                                         CleanCase{"caf\xC3\xA9 \xC2\xA0no-break \xE2\x82\xAC",
                                                   "caf\xC3\xA9 \xC2\xA0no-break \xE2\x82\xAC\n"},
                                         CleanCase{"\x01start", "start\n"},
                                         CleanCase{"mid\tdle", "mid dle\n"},
                                         CleanCase{"end\x7F", "end\n"},
                                         CleanCase{"line\r\nbreak", "line  break\n"},
                                         CleanCase{"c1 \xC2\x85"
                                                   "control \xC2\xA9 kept",
                                                   "c1 control \xC2\xA9 kept\n"},
                                         CleanCase{"bad \xFF byte\x02", "bad \xEF\xBF\xBD byte\n"},
                                         CleanCase{"last \xC2", "last \xEF\xBF\xBD\n"}));

TEST(Render, JsonIsValidForHostileStrings) {
  Article a;
  a.title = std::string("q\"b\\s\x00\x1f\x7f\xff\xc3(", 11);
  a.byline = "\xE2\x80\xA8";
  a.authors = {"\xF0\x9F", "ok"};
  a.paragraphs = {std::string("\0", 1), "\xED\xA0\x80"};
  for (const Format format : {Format::kJson, Format::kJsonl}) {
    const std::string json = Render(a, format, {"\"id\"", "p\\q", false});
    internal::JsonValue value;
    std::string error;
    ASSERT_TRUE(internal::ParseJson(json, &value, &error)) << error << "\n" << json;
    EXPECT_EQ(value.members.size(), 12u);
    EXPECT_EQ(value.Find("id")->text, "\"id\"");
    EXPECT_EQ(value.Find("path")->text, "p\\q");
    ASSERT_EQ(value.Find("paragraphs")->array.size(), 2u);
  }
}

TEST(Render, JsonlIsOneLine) {
  const std::string line = Render(FullArticle(), Format::kJsonl, {});
  ASSERT_FALSE(line.empty());
  EXPECT_EQ(line.find('\n'), line.size() - 1);
}

TEST(Render, JsonFieldOrderIsFixed) {
  internal::JsonValue value;
  std::string error;
  ASSERT_TRUE(internal::ParseJson(Render(FullArticle(), Format::kJson, {}), &value, &error));
  const std::vector<std::string> keys = {"id",        "path",     "title", "byline",
                                         "authors",   "agency",   "date",  "date_updated",
                                         "date_text", "language", "body",  "paragraphs"};
  ASSERT_EQ(value.members.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(value.members[i].first, keys[i]);
}

struct FormatNameCase {
  const char* name;
  bool ok;
  Format format;
  const char* extension;
};

class FormatNameTest : public testing::TestWithParam<FormatNameCase> {};

TEST_P(FormatNameTest, ParsesAndNamesExtension) {
  Format format = Format::kText;
  ASSERT_EQ(ParseFormat(GetParam().name, &format), GetParam().ok);
  if (GetParam().ok) {
    EXPECT_EQ(format, GetParam().format);
    EXPECT_EQ(FormatExtension(format), GetParam().extension);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, FormatNameTest,
                         testing::Values(FormatNameCase{"text", true, Format::kText, ".txt"},
                                         FormatNameCase{"markdown", true, Format::kMarkdown, ".md"},
                                         FormatNameCase{"json", true, Format::kJson, ".json"},
                                         FormatNameCase{"jsonl", true, Format::kJsonl, ".jsonl"},
                                         FormatNameCase{"labels", true, Format::kLabels, ".labels"},
                                         FormatNameCase{"JSON", false, Format::kText, ""},
                                         FormatNameCase{"", false, Format::kText, ""},
                                         FormatNameCase{"md", false, Format::kText, ""}),
                         // Named by the format name, so that test names are stable.
                         [](const testing::TestParamInfo<FormatNameCase>& param) {
                           std::string name = param.param.name[0] ? param.param.name : "empty";
                           return name + "_" + std::to_string(param.index);
                         });

TEST(RenderExplain, MarginWithoutColor) {
  EXPECT_EQ(RenderExplain(Labelled(), /*color=*/false),
            "boilerplate 0.988 | Menu\n"
            "headline    0.500 | Big News\n"
            "blank       1.000 | \n"
            "body        0.000 | Body\twith tab\n"
            "body        1.000 | x\n");
}

TEST(RenderExplain, ColorsEachLineByLabel) {
  const std::string out = RenderExplain(Labelled(), /*color=*/true);
  EXPECT_NE(out.find("\x1b[1;33mBig News\x1b[0m"), std::string::npos);
  EXPECT_NE(out.find("\x1b[2mMenu\x1b[0m"), std::string::npos);
  EXPECT_NE(out.find("\x1b[32mx\x1b[0m"), std::string::npos);
  EXPECT_NE(out.find("\x1b[2m1.000\x1b[0m \n"), std::string::npos);  // a blank line stays blank
  size_t newlines = 0;
  for (const char c : out) newlines += c == '\n' ? 1u : 0u;
  EXPECT_EQ(newlines, 5u);
}

TEST(RenderExplain, NeverPassesEscapeSequencesThrough) {
  Article a;
  a.input_lines = {"evil \x1b]0;title\x07 line"};
  a.labels = {{Label::kBody, 1.0f}};
  const std::string plain = RenderExplain(a, /*color=*/false);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_EQ(plain.find('\x07'), std::string::npos);
}

}  // namespace
}  // namespace pith

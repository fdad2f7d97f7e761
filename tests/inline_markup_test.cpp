// inline_markup: which renderer's marks a page shows, and the text without
// them. Table-driven.
#include "inline_markup.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

const char* const kProse =
    "The council voted on Tuesday to build the line, after a four-hour_debate that ran late.";

TEST(InlineMarkup, DetectsTheRendererFromItsMarks) {
  const struct {
    const char* name;
    std::vector<std::string_view> lines;
    InlineMarkup markup;
  } cases[] = {
      {"plain text",
       {"Home", "Council backs tram line", "The council voted on Tuesday."},
       InlineMarkup::kNone},
      {"html2text: a framed heading and a link's underline",
       {"    * Home", "****** Council backs tram line ******", "By Jane_Doe | 4 March 2025",
        kProse},
       InlineMarkup::kHtml2text},
      {"a starred notice without underlines",
       {"*** SPOILER ALERT ***", "The film ends well."},
       InlineMarkup::kNone},
      {"underscored names in code without a frame",
       {"Set max_retries to three and the_timeout to ten before you start the job."},
       InlineMarkup::kNone},
      {"frames of different widths are no frame",
       {"*** Council backs ****", kProse},
       InlineMarkup::kNone},
      {"Markdown: a menu of links",
       {"  * [Home](https://example.com/)", "  * [News](https://example.com/news)",
        "  * [Sport](/sport)", "# Council backs tram line",
        "The council voted on [Tuesday](https://example.com/live) to build it.", "", "Footer"},
       InlineMarkup::kMarkdown},
      {"a few Markdown links on a long page are its text",
       {"1. Retrieved from [cdc.gov](https://www.cdc.gov)",
        "2. Retrieved from [osha.gov](https://www.osha.gov)",
        "3. Retrieved from [nih.gov](https://www.nih.gov)",
        "a",
        "b",
        "c",
        "d",
        "e",
        "f",
        "g",
        "h",
        "i",
        "j",
        "k",
        "l",
        "m",
        "n",
        "o",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "v",
        "w",
        "x",
        "y",
        "z",
        "aa",
        "bb"},
       InlineMarkup::kNone},
      {"lynx without -nolist: link numbers and the list of references",
       {"[1]The Valley Courier", "* [2]Home", "* [3]News", "Lakeside town votes",
        "from the regional [10]green transport fund, which opens", "References",
        "1. https://example.com/", "2. https://example.com/news"},
       InlineMarkup::kLynxLinks},
      {"citations and link numbers without lynx's references",
       {"[1]Home", "[2]News", "[3]Sport", "A study[4] found it."},
       InlineMarkup::kNone},
      {"a paper's references and citations",
       {"as attempts [11], which is", "in the Bronze Age [1]. The role", "other [3][n 3]",
        "References", "1. Smith J. (2020)"},
       InlineMarkup::kNone},
      {"brackets without a URL are no link",
       {"[1](a)", "[2](b)", "[3](c)", "See [the note](below) too."},
       InlineMarkup::kNone},
  };
  for (const auto& c : cases) EXPECT_EQ(DetectInlineMarkup(c.lines), c.markup) << c.name;
}

TEST(InlineMarkup, UnframedHeadings) {
  const struct {
    const char* text;
    const char* heading;
  } cases[] = {
      {"****** Council backs tram line ******", "Council backs tram line"},
      {"** Note **", "Note"},
      {"*****   Spoiler Alert *****", "Spoiler Alert"},
      {"*** Council backs ****", "*** Council backs ****"},
      {"******* Seven *******", "******* Seven *******"},
      {"** **", "** **"},
      {"**bold** and **more**", "**bold** and **more**"},
      {"Council backs tram line", "Council backs tram line"},
  };
  for (const auto& c : cases) EXPECT_EQ(UnframedHeading(c.text), c.heading) << c.text;
}

TEST(InlineMarkup, TextWithoutTheMarks) {
  const InlineMarkup md = InlineMarkup::kMarkdown;
  const InlineMarkup h2t = InlineMarkup::kHtml2text;
  const InlineMarkup lynx = InlineMarkup::kLynxLinks;
  const InlineMarkup none = InlineMarkup::kNone;
  const struct {
    InlineMarkup markup;
    const char* text;
    const char* clean;
  } cases[] = {
      {md, "after a [four-hour debate](https://example.com/live) that ran",
       "after a four-hour debate that ran"},
      {md, "![The tram depot](https://example.com/depot.jpg)", ""},
      {md, "Look: ![depot](/d.jpg) the depot", "Look: the depot"},
      {md, "[![logo](/logo.png)](https://example.com/)", ""},
      {md, "The line will cost **240m** and __more__ later.",
       "The line will cost 240m and more later."},
      {md, "the _Northfield Residents' Association_ said",
       "the Northfield Residents' Association said"},
      {md, "it is *not* over", "it is not over"},
      {md, "## What happens next", "What happens next"},
      {md, "#hashtag stays", "#hashtag stays"},
      {md, "2**3 is 8 and 5 * 3 is 15", "2**3 is 8 and 5 * 3 is 15"},
      {md, "set max_retries and the_timeout", "set max_retries and the_timeout"},
      {md, "a picture _MG_0174 here", "a picture _MG_0174 here"},
      {md, "see [the note] (below) and [x](has space)",
       "see [the note] (below) and [x](has space)"},
      {md, "the meeting that a [feasibility study", "the meeting that a feasibility study"},
      {md, "published in March](/news/ferry-study) found the route",
       "published in March found the route"},
      {md, "a [1] note and [done](/x) here", "a [1] note and done here"},
      {h2t, "after a four-hour_debate that ran", "after a four-hour debate that ran"},
      {h2t, "By Jane_Doe | 4 March 2025", "By Jane Doe | 4 March 2025"},
      {h2t, "to take_the_fight_to_court.", "to take the fight to court."},
      {h2t, "write to @jane_doe or jane_doe@example.com",
       "write to @jane_doe or jane_doe@example.com"},
      {h2t, "open file_name.txt and max_retries2", "open file_name.txt and max_retries2"},
      {h2t, "**kept** as the page wrote it", "**kept** as the page wrote it"},
      {lynx, "from the regional [10]green transport fund",
       "from the regional green transport fund"},
      {lynx, "* [2]Home", "* Home"},
      {lynx, "a study [12] found, as [3]\"We\" shows", "a study [12] found, as \"We\" shows"},
      {lynx, "suicide attempts [11], which is the second [3][n 3]",
       "suicide attempts [11], which is the second [3][n 3]"},
      {lynx, "a study[4] found [x]y and [123456]z", "a study[4] found [x]y and [123456]z"},
      {none, "damage to _her_ property, [cdc.gov](https://www.cdc.gov)",
       "damage to _her_ property, [cdc.gov](https://www.cdc.gov)"},
  };
  for (const auto& c : cases) EXPECT_EQ(WithoutInlineMarkup(c.text, c.markup), c.clean) << c.text;
}

TEST(InlineMarkup, MarkdownLinksOfACredit) {
  EXPECT_EQ(WithoutInlineMarkup("By [Jane Doe](https://example.com/authors/jane-doe) | 4 March",
                                InlineMarkup::kMarkdown),
            "By Jane Doe | 4 March");
  EXPECT_EQ(WithoutInlineMarkup("By Jane Doe", InlineMarkup::kMarkdown), "By Jane Doe");
}

}  // namespace
}  // namespace pith::internal

#include "lines.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace pith::internal {
namespace {

// Paragraphs written for these tests.
const std::vector<std::string> kParagraphs = {
    "The town council of Lower Wexham voted on Tuesday evening to close the old "
    "footbridge over the river after engineers found deep cracks in two of its "
    "supporting piers, a decision that will add twenty minutes to the walk of many "
    "pupils who cross it every morning on their way to the secondary school.",
    "Residents who attended the meeting said they understood the need for caution "
    "but asked why the problems had not been spotted during the last inspection, "
    "which took place only eighteen months ago. The council promised to publish the "
    "full report from the engineers before the end of the month.",
    "A temporary crossing, built from steel sections that the county keeps for "
    "emergencies, could be in place within six weeks if the river authority grants "
    "permission quickly. Until then a minibus will carry children between the two "
    "banks, leaving from the library car park every fifteen minutes.",
    "Local shop owners fear that the closure will keep visitors away from the "
    "market square during the busy summer months, when tourists usually stroll "
    "across the bridge from the railway station to look at the medieval church and "
    "the small museum of farming tools that opened last year.",
};

// Greedy fixed-width wrapping, as lynx, w3m or `fold -s` do it.
std::string Wrap(const std::string& paragraph, std::size_t width, const std::string& indent) {
  std::istringstream words(paragraph);
  std::string out;
  std::string line = indent;
  std::string word;
  while (words >> word) {
    if (line.size() > indent.size() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line = indent;
    }
    if (line.size() > indent.size()) line += " ";
    line += word;
  }
  return out + line + "\n";
}

std::string WrapAll(std::size_t width, const std::string& indent) {
  std::string out;
  for (const std::string& paragraph : kParagraphs) out += Wrap(paragraph, width, indent) + "\n";
  return out;
}

std::vector<std::string> Texts(const Page& page) {
  std::vector<std::string> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  return texts;
}

TEST(LinesTest, InputLinesAsPythonSplitMinusTrailingEmpty) {
  const struct {
    const char* text;
    std::size_t input_lines;
  } cases[] = {
      {"", 0},       {"a", 1},  {"a\n", 1},   {"a\nb", 2},
      {"a\nb\n", 2}, {"\n", 1}, {"a\n\n", 2}, {"\n\na\n\n\nb", 6},
  };
  for (const auto& c : cases) {
    const Page page = SplitLines(c.text, true);
    EXPECT_EQ(page.input_lines.size(), c.input_lines) << c.text;
  }
}

TEST(LinesTest, TrimsCollapsesAndCountsBlanks) {
  const std::string text =
      "  Headline here  \n"
      "\n"
      "\t\n"
      "\tBy  A. Writer\t and\xC2\xA0"
      "B. Other\n"
      "   \xE3\x80\x80 wide-space indent\n"
      "\n"
      "last";
  const Page page = SplitLines(text, true);
  ASSERT_EQ(page.lines.size(), 4u);
  EXPECT_EQ(page.input_lines.size(), 7u);
  const struct {
    const char* text;
    uint32_t first;
    uint16_t indent;
    uint16_t blanks_before;
  } expected[] = {
      {"Headline here", 0, 2, 0},
      {"By A. Writer and B. Other", 3, 8, 2},
      {"wide-space indent", 4, 5, 0},
      {"last", 6, 0, 1},
  };
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    EXPECT_EQ(page.lines[i].text, expected[i].text);
    EXPECT_EQ(page.lines[i].first, expected[i].first);
    EXPECT_EQ(page.lines[i].last, expected[i].first);
    EXPECT_EQ(page.lines[i].indent, expected[i].indent) << expected[i].text;
    EXPECT_EQ(page.lines[i].blanks_before, expected[i].blanks_before) << expected[i].text;
  }
  EXPECT_EQ(page.wrap_width, 0u);
}

TEST(LinesTest, UnwrapsFixedWidthParagraphs) {
  const struct {
    std::size_t width;
    const char* indent;
  } cases[] = {{72, ""}, {76, ""}, {80, ""}, {79, "   "}};
  for (const auto& c : cases) {
    const std::string text = WrapAll(c.width, c.indent);
    const Page page = SplitLines(text, true);
    EXPECT_GE(page.wrap_width + 2, c.width) << c.width;
    EXPECT_LE(page.wrap_width, c.width) << c.width;
    EXPECT_EQ(Texts(page), kParagraphs) << c.width;
    // Every input line is covered by exactly one Line.
    uint32_t next = 0;
    for (const Line& line : page.lines) {
      EXPECT_GE(line.first, next);
      next = line.last + 1;
    }
  }
}

TEST(LinesTest, NoUnwrapWhenDisabled) {
  const Page page = SplitLines(WrapAll(76, ""), false);
  EXPECT_GT(page.wrap_width, 0u);
  for (const Line& line : page.lines) EXPECT_EQ(line.first, line.last);
}

TEST(LinesTest, NoJoinsOnUnwrappedText) {
  // One paragraph per line, and a run of headlines of similar lengths.
  std::string text;
  for (const std::string& paragraph : kParagraphs) text += paragraph + "\n\n";
  text +=
      "Council closes footbridge after engineers find cracks in its piers\n"
      "Minibus service to link both banks of the river until repairs end\n"
      "Shop owners in the market square fear a quiet summer this year\n"
      "County offers steel sections for a temporary crossing in six weeks\n"
      "Residents ask why the last inspection missed the damage entirely\n"
      "Library car park becomes the stop for the school minibus service\n"
      "Railway station visitors will need to take the long way round now\n"
      "Museum of farming tools reports a record number of school visits\n"
      "Medieval church to open its tower to visitors on summer Sundays\n"
      "Engineers publish the full report on the bridge before month end\n";
  const Page page = SplitLines(text, true);
  for (const Line& line : page.lines) EXPECT_EQ(line.first, line.last) << line.text;
  EXPECT_EQ(page.lines.size(), kParagraphs.size() + 10);
}

TEST(LinesTest, ShortLastLineEndsParagraph) {
  // Paragraphs with no blank line between them: the short last line of each
  // ends it.
  std::string text;
  for (const std::string& paragraph : kParagraphs) {
    const std::string wrapped = Wrap(paragraph, 72, "");
    const std::size_t last_line = wrapped.rfind('\n', wrapped.size() - 2) + 1;
    ASSERT_LT(wrapped.size() - last_line, 40u) << "the test needs a short last line";
    text += wrapped;
  }
  const Page page = SplitLines(text, true);
  EXPECT_EQ(Texts(page), kParagraphs);
}

TEST(LinesTest, ListItemsStartNewLines) {
  std::string text = WrapAll(76, "   ");
  const std::string items =
      "     * The footbridge will stay closed until the county engineers agree that\n"
      "       the new piers can carry the weight of the morning crowds again.\n"
      "     * Minibus from the library car park every fifteen minutes.\n"
      "     1. First read the report of the engineers, which the council has put\n"
      "        online for everyone to see.\n"
      "     - Second, write to the council before the end of the month.\n";
  text += items;
  const Page page = SplitLines(text, true);
  std::vector<std::string> expected = kParagraphs;
  expected.push_back(
      "* The footbridge will stay closed until the county engineers agree that the new "
      "piers can carry the weight of the morning crowds again.");
  expected.push_back("* Minibus from the library car park every fifteen minutes.");
  expected.push_back(
      "1. First read the report of the engineers, which the council has put online for "
      "everyone to see.");
  expected.push_back("- Second, write to the council before the end of the month.");
  EXPECT_EQ(Texts(page), expected);
}

TEST(LinesTest, HyphenatedLineBreaks) {
  std::string text = WrapAll(76, "");
  text +=
      "\n"
      "Engineers from the county said the deep cracks were caused by years of exam-\n"
      "ple loads well above what the designers had planned for, and by frost.\n"
      "\n"
      "The bridge was built in the old style favoured by the local and proud Anglo-\n"
      "Saxon revival movement of the nineteenth century, with a wooden deck.\n"
      "\n"
      "The council called the plan a sensible, well thought out, bold state-of-the-\n"
      "art solution that should keep the river crossing open for years ahead.\n";
  const Page page = SplitLines(text, true);
  ASSERT_EQ(page.lines.size(), kParagraphs.size() + 3);
  EXPECT_EQ(page.lines[4].text,
            "Engineers from the county said the deep cracks were caused by years of example "
            "loads well above what the designers had planned for, and by frost.");
  EXPECT_EQ(page.lines[5].text,
            "The bridge was built in the old style favoured by the local and proud Anglo-Saxon "
            "revival movement of the nineteenth century, with a wooden deck.");
  EXPECT_EQ(page.lines[6].text,
            "The council called the plan a sensible, well thought out, bold state-of-the-art "
            "solution that should keep the river crossing open for years ahead.");
}

TEST(LinesTest, TableRowsAreNotJoined) {
  std::string text = WrapAll(76, "");
  text +=
      "\n"
      "Monday      08:00 - 09:00      Library car park      Minibus to school\n"
      "Tuesday     08:00 - 09:00      Library car park      Minibus to school\n";
  const Page page = SplitLines(text, true);
  ASSERT_EQ(page.lines.size(), kParagraphs.size() + 2);
  EXPECT_EQ(page.lines[4].first, page.lines[4].last);
}

// A line of more than 64 KiB is a whole page glued into one line: it is
// cut into lines of at most 2 KiB, at sentence ends when there are any,
// else at spaces, else at character boundaries, that give back its text.
TEST(LinesTest, LineOfAWholePageIsCutIntoPieces) {
  const struct {
    const char* name;
    std::string sentence;   // repeated until the line passes 64 KiB
    std::string joint;      // what joins the pieces back into the line
    std::string piece_end;  // how every piece but maybe the last ends
  } cases[] = {
      {"sentences", "The ferry terminal opened on Monday after three years of work. ", " ", "."},
      {"no full stop", "the ferry terminal opened on monday after three years of work ", " ", ""},
      {"ideographic full stops", "\xE6\xB8\xAF\xE5\x8F\xA3\xE3\x80\x82", "", "\xE3\x80\x82"},
      {"one long word", "\xC3\xA9", "", ""},
  };
  for (const auto& c : cases) {
    std::string line;
    while (line.size() <= 70000) line += c.sentence;
    while (!line.empty() && line.back() == ' ') line.pop_back();
    const Page page = SplitLines("Menu\n\n" + line + "\nFooter\n", true);
    ASSERT_GT(page.lines.size(), 4u) << c.name;
    EXPECT_EQ(page.lines.front().text, "Menu");
    EXPECT_EQ(page.lines.back().text, "Footer");
    std::string joined;
    for (std::size_t i = 1; i + 1 < page.lines.size(); ++i) {
      const Line& piece = page.lines[i];
      EXPECT_LE(piece.text.size(), 2048u) << c.name;
      EXPECT_EQ(piece.first, 2u) << c.name;
      EXPECT_EQ(piece.last, 2u) << c.name;
      EXPECT_EQ(piece.blanks_before, 1u) << c.name;
      // (A piece never starts inside a character.)
      EXPECT_NE(static_cast<unsigned char>(piece.text[0]) & 0xC0, 0x80) << c.name;
      if (i + 2 < page.lines.size() && !c.piece_end.empty()) {
        EXPECT_EQ(piece.text.substr(piece.text.size() - c.piece_end.size()), c.piece_end) << c.name;
      }
      joined += (i > 1 ? c.joint : "") + piece.text;
    }
    EXPECT_EQ(joined, line) << c.name;
    EXPECT_EQ(page.input_lines.size(), 4u);
  }
  // 64 KiB exactly is still a line.
  const std::string at_limit(65536, 'a');
  EXPECT_EQ(Texts(SplitLines(at_limit, true)), std::vector<std::string>{at_limit});
}

// Debian's html2text wraps greedily at exactly its width and writes no
// blank line between paragraphs: on its pages (a heading framed in
// asterisks, a link underlined with underscores) a next word that would
// have fitted exactly ends the paragraph; elsewhere three columns of slack
// keep wrappers that count the width differently joined.
TEST(LinesTest, Html2textParagraphsEndWhereTheNextWordFitsExactly) {
  // A paragraph whose last line is 74 columns wide ("... the east
  // shore."), then one opening with "Work" (74 + 1 + 4 = 79, within the
  // width of 80; with three columns of slack, 82).
  const std::string first =
      "The council voted on Monday to build the line after a four-hour_debate, and the "
      "mayor said the first trams would run along the river by the spring of next "
      "year, once the rails were laid along the road to the hospital on the east shore.";
  const std::string second =
      "Work on the depot starts in May, when the last permits are signed and the "
      "contracts for the rails have been awarded to a builder chosen by the council, "
      "which meets again in April to agree the timetable for the first months of the "
      "service.";
  std::string page = "****** Council backs tram line ******\n";
  for (int k = 0; k < 3; ++k) page += Wrap(first, 80, "") + Wrap(second, 80, "");
  const Page html2text = SplitLines(page, true);
  ASSERT_EQ(html2text.wrap_width, 80u);
  ASSERT_EQ(html2text.lines.size(), 7u);
  EXPECT_EQ(html2text.lines[1].text, first);
  EXPECT_EQ(html2text.lines[2].text, second);
  // The same text without html2text's marks: the slack joins them.
  std::string plain = page.substr(page.find('\n') + 1);
  for (std::size_t at = plain.find('_'); at != std::string::npos; at = plain.find('_')) {
    plain[at] = ' ';
  }
  EXPECT_LT(SplitLines(plain, true).lines.size(), 6u);
}

}  // namespace
}  // namespace pith::internal

// Tests for title.h: a site-name suffix or prefix goes only when the page
// vouches for it. All page text invented for this project.
#include "title.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

struct Case {
  const char* headline;
  std::vector<const char*> page;  // other lines of the page
  const char* want;
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> kCases = {
      // Suffixes vouched for by a footer, copyright or logo line.
      {"Storm closes schools across the valley | Harbor Gazette",
       {"Harbor Gazette", "Body text here.", "© 2024 Harbor Gazette. All rights reserved."},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley - Harbor Gazette",
       {"Copyright 2024 Harbor Gazette"},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley \xE2\x80\x94 Harbor Gazette",
       {"Harbor Gazette Home"},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley \xE2\x80\x93 Harbor Gazette",
       {"(c) Harbor Gazette 2023"},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley :: Harbor Gazette",
       {"harbor gazette"},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley | News | Harbor Gazette",
       {"News", "© Harbor Gazette"},
       "Storm closes schools across the valley"},
      // A blog theme's guillemet.
      {"Eight ways to cut your energy bill \xC2\xAB Brightside Notes",
       {"Brightside Notes", "Sign in"},
       "Eight ways to cut your energy bill"},
      {"Eight ways to cut your energy bill | Brightside",
       {"Brightside", "Sign in"},
       "Eight ways to cut your energy bill"},
      // Prefixes need a copyright line.
      {"Harbor Gazette | Storm closes schools across the valley",
       {"© 2024 Harbor Gazette"},
       "Storm closes schools across the valley"},
      {"Rivermouth - Storm closes schools across the valley",
       {"Rivermouth", "Body text."},
       "Rivermouth - Storm closes schools across the valley"},
      // The page's own heading reads the rest alone: the suffix is the
      // <title> copy's addition, whatever it is.
      {"Storm closes schools across the valley | Tested & Ranked",
       {"Storm closes schools across the valley", "Body text here."},
       "Storm closes schools across the valley"},
      {"Storm closes schools across the valley - Review, Pictures",
       {"Storm closes schools across the valley today", "Body text here."},
       "Storm closes schools across the valley - Review, Pictures"},
      // A breadcrumb run into the headline goes when a line reads the rest
      // alone; a kicker set off by a space only beside a <title> copy that
      // puts it after the headline.
      {"Startseite/Sturm schließt Schulen im ganzen Tal",
       {"Sturm schließt Schulen im ganzen Tal", "Text."},
       "Sturm schließt Schulen im ganzen Tal"},
      {"Home /Storm closes schools across the valley",
       {"STORM CLOSES SCHOOLS ACROSS THE VALLEY", "Text."},
       "Storm closes schools across the valley"},
      {"Startseite/Sturm schließt Schulen im ganzen Tal",
       {"Sturm schließt Schulen im ganzen Tal heute", "Text."},
       "Startseite/Sturm schließt Schulen im ganzen Tal"},
      {"Unwetter im Norden Sturm schließt alle Schulen",
       {"Sturm schließt alle Schulen - Unwetter im Norden", "Text."},
       "Sturm schließt alle Schulen"},
      {"Unwetter im Norden Sturm schließt alle Schulen",
       {"Sturm schließt alle Schulen", "Text."},
       "Unwetter im Norden Sturm schließt alle Schulen"},
      {"Unwetter im Norden Sturm schließt alle Schulen",
       {"Sturm schließt alle Schulen - Harbor Gazette", "Text."},
       "Unwetter im Norden Sturm schließt alle Schulen"},
      // A kicker ending in ":" stays (as often part of the title as not).
      {"Critics' Choice: The best exhibitions of the year",
       {"The best exhibitions of the year", "Text."},
       "Critics' Choice: The best exhibitions of the year"},
      // Nothing on the page vouches for the suffix: it stays.
      {"Storm closes schools across the valley | Harbor Gazette",
       {"Body text here.", "Another paragraph."},
       "Storm closes schools across the valley | Harbor Gazette"},
      // The suffix only occurs in prose: part of the headline, it stays.
      {"Firmware update for the Nimbus 7 phone - version 4.2",
       {"The version 4.2 update fixes the camera and improves battery life on the phone."},
       "Firmware update for the Nimbus 7 phone - version 4.2"},
      // Too short a remainder: nothing goes.
      {"Results | Harbor Gazette", {"© Harbor Gazette"}, "Results | Harbor Gazette"},
      {"Q&A - Harbor Gazette", {"© Harbor Gazette"}, "Q&A - Harbor Gazette"},
      // ... unless the page vouches twice: the part is a name it shows and
      // the rest (two words or more) its own heading; then the part goes
      // whatever its length.
      {"Tide Tables | Harbor Gazette Online Services",
       {"Harbor Gazette Online Services", "Tide Tables", "Text."},
       "Tide Tables"},
      {"Storm Damage - Harbor Gazette", {"© Harbor Gazette", "Storm Damage"}, "Storm Damage"},
      {"Results | Harbor Gazette", {"© Harbor Gazette", "Results"}, "Results | Harbor Gazette"},
      {"Tide Tables | Harbor Gazette Online Services",
       {"Harbor Gazette Online Services", "Text."},
       "Tide Tables | Harbor Gazette Online Services"},
      {"Tide Tables | Harbor Gazette Online Services",
       {"Tide Tables", "Text."},
       "Tide Tables | Harbor Gazette Online Services"},
      // A part longer than the rest is a subtitle, not a site name.
      {"Budget day - what the new tax plan means for families and small firms",
       {"what the new tax plan means for families and small firms"},
       "Budget day - what the new tax plan means for families and small firms"},
      // Lines that carry the headline itself prove nothing.
      {"Storm closes schools across the valley | Harbor Gazette",
       {"Storm closes schools across the valley | Harbor Gazette"},
       "Storm closes schools across the valley | Harbor Gazette"},
      // No separator: unchanged (trimmed).
      {"  Storm closes schools across the valley  ",
       {"Harbor Gazette"},
       "Storm closes schools across the valley"},
      // Separators without spaces are part of words.
      {"Up-to-date guide to rail passes|Harbor Gazette",
       {"Harbor Gazette"},
       "Up-to-date guide to rail passes|Harbor Gazette"},
      // Other languages and scripts.
      {"Sturm schließt Schulen im ganzen Tal | Talbote",
       {"© 2024 Talbote"},
       "Sturm schließt Schulen im ganzen Tal"},
      {"La tempête ferme les écoles de la vallée - Le Courrier du Val",
       {"Le Courrier du Val", "Mentions légales"},
       "La tempête ferme les écoles de la vallée"},
      {"Буря закрыла школы по всей долине | Вестник Долины",
       {"© Вестник Долины, 2024"},
       "Буря закрыла школы по всей долине"},
      {"暴风雨导致山谷学校全部停课 - 山谷日报",
       {"山谷日报", "版权所有"},
       "暴风雨导致山谷学校全部停课"},
      // A renderer's marks in front of the line go before any site name.
      {"* Storm closes schools across the valley", {}, "Storm closes schools across the valley"},
      {"   + Storm closes schools across the valley | Harbor Gazette",
       {"© 2024 Harbor Gazette"},
       "Storm closes schools across the valley"},
      {"o Storm closes schools", {}, "Storm closes schools"},
      {"\xE2\x80\xA2 Storm closes schools", {}, "Storm closes schools"},
      {"[flood-photo.JPG] Storm closes schools", {}, "Storm closes schools"},
      {"* [IMG] (BUTTON) Storm closes schools", {}, "Storm closes schools"},
      // A picture's file name shown for its missing alt text.
      {"Shutterstock_116050180 Storm closes schools", {}, "Storm closes schools"},
      {"New%20design%206 Storm closes schools", {}, "Storm closes schools"},
      {"IMG_2041.jpeg Storm closes schools", {}, "Storm closes schools"},
      // The page's buttons run into the heading.
      {"Storm closes schools Save Email Print", {}, "Storm closes schools"},
      {"Storm closes schools | Print | E-mail", {}, "Storm closes schools"},
      {"Storm closes schools [save.jpg] Save [email.jpg] Email [print.jpg] Print",
       {},
       "Storm closes schools"},
      // One tool word, a comment count, or a heading too short without them
      // stays.
      {"Facebook Is Tracking Me Even Though I'm Not on Facebook",
       {},
       "Facebook Is Tracking Me Even Though I'm Not on Facebook"},
      {"Q2 Delinquency Survey Graph and Comments", {}, "Q2 Delinquency Survey Graph and Comments"},
      {"Is Today The Day You Build Your Business? 153 Comments",
       {},
       "Is Today The Day You Build Your Business? 153 Comments"},
      {"Register and Post Comment", {}, "Register and Post Comment"},
      {"Share Print Email", {}, "Share Print Email"},
      // A field label the page prints before its heading goes; a section
      // name before ": " stays, and so does a label over a short rest.
      {"Title: Storm closes schools across the valley",
       {},
       "Storm closes schools across the valley"},
      {"HEADLINE:Storm closes schools again", {}, "Storm closes schools again"},
      {"Titel : Sturm schlie\xC3\x9Ft die Schulen im Tal",
       {},
       "Sturm schlie\xC3\x9Ft die Schulen im Tal"},
      {"> Storm closes schools across the valley", {}, "Storm closes schools across the valley"},
      {"Critics' Choice: Best art shows of the year",
       {},
       "Critics' Choice: Best art shows of the year"},
      {"Title: Storm closes", {}, "Title: Storm closes"},
      {">> Storm closes schools", {}, ">> Storm closes schools"},

      {"Storm closes Print Email", {}, "Storm closes Print Email"},
  };
  return kCases;
}

TEST(CleanTitle, Table) {
  for (const Case& c : Cases()) {
    std::vector<std::string_view> page = {c.headline};
    for (const char* line : c.page) page.emplace_back(line);
    EXPECT_EQ(CleanTitle(c.headline, page), c.want) << c.headline;
  }
}

struct MarksCase {
  const char* line;
  const char* want;
};

// What is not a renderer's mark stays.
TEST(StripRendererMarks, KeepsWhatIsNotAMark) {
  const MarksCase kCases[] = {
      {"[2025] Best budget laptops", "[2025] Best budget laptops"},
      {"[Update] Storm closes schools", "[Update] Storm closes schools"},
      {"*Storm* closes schools", "*Storm* closes schools"},
      {"O Brasil vence a final", "O Brasil vence a final"},
      {"#1 hit of the summer", "#1 hit of the summer"},
      {"-40 degrees in the valley", "-40 degrees in the valley"},
      {"[spacer.gif] [spacer.gif]", "[spacer.gif] [spacer.gif]"},
      {"Windows_7 review: still fast", "Windows_7 review: still fast"},
      {"COVID_19 cases fall again", "COVID_19 cases fall again"},
      {"snake_case_2024 naming guide", "snake_case_2024 naming guide"},
      {"Shutterstock_116050180", "Shutterstock_116050180"},
      {"  *  ", "*"},
      {"", ""},
  };
  for (const MarksCase& c : kCases) EXPECT_EQ(StripRendererMarks(c.line), c.want) << c.line;
}

TEST(IsRendererMarksOnly, Table) {
  const struct {
    const char* line;
    bool marks_only;
  } kCases[] = {
      {"[flood.jpg]", true},
      {"   * [7-0.jpg] [7-0.jpg]", true},
      {"[image: The flooded square at noon]", true},
      {"[afbeelding: De veerpont bij Hazelaar]", true},
      {"[spacer.gif] [spacer.gif]", true},
      {"[flood.jpg] The square at noon", false},
      {"[Update] Schools reopen", false},
      {"[Note: the vote was close]", false},
      {"(BUTTON) Subscribe", false},
      {"(BUTTON)", true},
      {"   (BUTTON) (BUTTON)", true},
      {"______________________________", true},
      {"__init__ runs first", false},
      {"____ Storm closes schools", false},
      {"", false},
      {"   ", false},
  };
  for (const auto& c : kCases) EXPECT_EQ(IsRendererMarksOnly(c.line), c.marks_only) << c.line;
}

// A <title> copy's keywords, section or site after a bar go; a head too
// short to be a headline keeps them.
TEST(TitleBeforeBar, Table) {
  const struct {
    const char* title;
    const char* want;
  } kCases[] = {
      {"Garden Pond Guide 2031 | Costs, Fish & Plants", "Garden Pond Guide 2031"},
      {"Why tram lines curve | Notes | A Blog About Rails", "Why tram lines curve"},
      {"Harbour fees rise again \xEF\xBD\x9C Port Weekly", "Harbour fees rise again"},
      {"Ask Pat | Ten rules for saving on rent", "Ask Pat | Ten rules for saving on rent"},
      {"Go big | Tiny", "Go big | Tiny"},
      {"Harbour fees rise - Port Weekly", "Harbour fees rise - Port Weekly"},
      {"Harbour fees rise|again", "Harbour fees rise|again"},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(TitleBeforeBar(c.title), c.want) << c.title;
}

// lynx's pictures at the end of a title go, and a title written as a URL's
// query reads "+" as spaces; a bracket that is no picture, a "+" in a title
// with spaces and a lone "+" stay.
TEST(UnmarkedTitle, Table) {
  const struct {
    const char* title;
    const char* want;
  } kCases[] = {
      {"Junk food advertising ban comes into force [spacer.gif]",
       "Junk food advertising ban comes into force"},
      {"Test Day 2 [mcusa_printer_icon_sm.gif] [IMG]", "Test Day 2"},
      {"The 10 Best Car Rental Companies [Rates, Service]",
       "The 10 Best Car Rental Companies [Rates, Service]"},
      {"[spacer.gif]", "[spacer.gif]"},
      {"The+American+People+Want+Obamacare+Repealed",
       "The American People Want Obamacare Repealed"},
      {"Homeowners + Renters Insurance", "Homeowners + Renters Insurance"},
      {"C++", "C++"},
      {"Google+", "Google+"},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(UnmarkedTitle(c.title), c.want) << c.title;
}

// A label naming the kind of page goes before three words or more; other
// labels, and a kind label before a short rest, stay.
TEST(TitleWithoutKindLabel, Table) {
  const struct {
    const char* title;
    const char* want;
  } kCases[] = {
      {"Blog: Best Social Media Agencies of 2025", "Best Social Media Agencies of 2025"},
      {"PROJECT: Weekend Coding Agent", "Weekend Coding Agent"},
      {"Transcript: What is a smartphone?", "What is a smartphone?"},
      {"Introduction: How to Make Furniture", "How to Make Furniture"},
      {"Review: The new tram is quiet and fast", "Review: The new tram is quiet and fast"},
      {"Photos: Storm closes every school", "Photos: Storm closes every school"},
      {"Blog: Archive", "Blog: Archive"},
      {"Blogging: How to start", "Blogging: How to start"},
      {"", ""},
  };
  for (const auto& c : kCases) EXPECT_EQ(TitleWithoutKindLabel(c.title), c.want) << c.title;
}

TEST(CleanTitle, EmptyInputs) {
  EXPECT_EQ(CleanTitle("", {}), "");
  EXPECT_EQ(CleanTitle("Plain headline without a site", {}), "Plain headline without a site");
}

// A line of 100,000 slashes cut after each: only kickers of a few words and
// bytes are tried, so cleaning it stays linear (it was quadratic: minutes).
TEST(CleanTitle, LongSlashRunIsNoBreadcrumb) {
  std::string headline;
  for (int i = 0; i < 100000; ++i) headline += "ab/";
  headline += "Storm closes schools across the valley";
  const std::vector<std::string_view> page = {"Storm closes schools across the valley"};
  EXPECT_EQ(CleanTitle(headline, page), headline);
}

}  // namespace
}  // namespace pith::internal

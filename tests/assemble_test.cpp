// Assemble: a page's lines and their labels -> headline, byline, dates,
// paragraphs. Each case is a page written for the test, one line per row
// with the label the model gave it; blank rows stand for blank input lines.
#include "assemble.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pith::internal {
namespace {

struct Row {
  Label label;
  const char* text;  // "" is a blank input line
  float confidence = 0.9f;
  float headline = -1.0f;  // the model's headline probability; < 0: confidence on H rows, else 0
};

struct Case {
  const char* name;
  std::vector<Row> rows;
  std::string title{};
  std::string byline{};
  std::vector<std::string> authors{};
  std::string agency{};
  std::string date{};
  std::string date_updated{};
  std::vector<std::string> paragraphs{};  // checked only when not empty
};

// 2025-06-01T00:00:00Z: after every date below.
constexpr int64_t kNow = 1748736000;

Article AssembleRows(const std::vector<Row>& rows, std::vector<LineLabel>* labels = nullptr) {
  Page page;
  std::vector<LineDecision> decisions;
  uint16_t blanks = 0;
  uint32_t input = 0;
  for (const Row& row : rows) {
    const std::string text = row.text;
    if (text.empty()) {
      ++blanks;
      ++input;
      continue;
    }
    Line line;
    line.text = text;
    line.first = line.last = input++;
    line.blanks_before = blanks;
    blanks = 0;
    page.lines.push_back(line);
    // The model's headline probability: its confidence on headline rows.
    const float headline_probability = row.headline >= 0               ? row.headline
                                       : row.label == Label::kHeadline ? row.confidence
                                                                       : 0.0f;
    decisions.push_back(LineDecision{row.label, row.confidence, headline_probability});
  }
  DateContext context;
  context.language = Language::kEn;
  context.now = kNow;
  return Assemble(page, decisions, context, labels);
}

constexpr Label H = Label::kHeadline;
constexpr Label M = Label::kMetadata;
constexpr Label B = Label::kBody;
constexpr Label X = Label::kBoilerplate;

const char* const kBody1 = "The storm reached the coast on Monday night and closed every school.";
const char* const kBody2 = "Officials said the buildings would reopen once the roads were cleared.";

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"a credit and a date line under the text, after the metadata found none",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Share on Facebook"},
        {X, "Written by Jo Smith"},
        {X, "Posted July 10, 2004"},
        {X, "Comments"}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2004-07-10"},
      {"a prefixed credit under the text beats a metadata line that only parses as a name",
       {{H, "Storm closes schools across the county"},
        {M, "Weather Stories"},
        {B, kBody1},
        {B, kBody2},
        {X, "By Jo Smith"}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"}},
      {"names a renderer split at their links are one list",
       {{H, "Storm closes schools across the county"},
        {M, "Written by"},
        {M, "Jo Smith"},
        {X, ","},
        {X, "Al Roe"},
        {X, "and"},
        {X, "Mia Lund"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith, Al Roe, Mia Lund",
       {"Jo Smith", "Al Roe", "Mia Lund"}},
      {"a body line under the first paragraph that ends no sentence may be a date line",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "March 3, 2024 at 10:00 in Local News, Weather | Share"},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-03-03T10:00"},
      {"a date under a cue line anywhere on the page, when nothing nearer gives one",
       {{X, "PUBLISHED"},
        {X, "Feb 2, 2023"},
        {X, "Home"},
        {X, "News"},
        {X, "Sport"},
        {X, "Weather"},
        {X, "Culture"},
        {X, "Travel"},
        {X, "Video"},
        {X, "Audio"},
        {X, "Search"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2023-02-02"},
      {"a year-less date by the headline gives way to a full date under the text",
       {{H, "Storm closes schools across the county"},
        {X, "May 13"},
        {B, kBody1},
        {B, kBody2},
        {X, "01 May 2025"}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2025-05-01"},
      {"a bare name under the headline is the credit when an author box introduces it",
       {{H, "Storm closes schools across the county"},
        {X, "Jo Smith"},
        {B, kBody1},
        {B, kBody2},
        {X, "About the author"},
        {X, "Jo Smith is a reporter who covers the weather."}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"}},
      {"a metadata line naming someone in full beats a one-word name above it",
       {{M, "Travel"}, {H, "Storm closes schools across the county"}, {M, "Jo Smith"}, {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"}},
      {"a one-word credit is taken when no metadata line names someone in full",
       {{H, "Storm closes schools across the county"}, {M, "Mindy"}, {B, kBody1}},
       "Storm closes schools across the county",
       "Mindy",
       {"Mindy"}},
      {"an author box under the text: a bare name that a sentence below introduces",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {X, "Jo Smith"},
        {X, "Jo Smith writes about the weather for the Gazette."}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"}},
      {"a bare name under the headline with nothing saying it is a credit is not taken",
       {{H, "Storm closes schools across the county"},
        {X, "Weather Desk"},
        {B, kBody1},
        {B, kBody2},
        {X, "Weather Desk"}},
       "Storm closes schools across the county",
       "",
       {}},
      {"a short sentence of the text naming a date is no date line",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "Schools will reopen on the 2nd of March 2024 if the roads are clear."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       ""},
      {"a date written in full beats a year-less one among the metadata lines",
       {{H, "Storm closes schools across the county"},
        {M, "Jun 2"},
        {M, "May 14, 2019"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2019-05-14"},
      {"an update date on the line next to the publication date found near the headline",
       {{H, "Storm closes schools across the county"},
        {M, "By Jo Smith"},
        {X, "Published May 3, 2024 at 06:30"},
        {X, "Updated May 3, 2024 at 09:12"},
        {X, "Share on Facebook"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-05-03T06:30",
       "2024-05-03T09:12"},
      {"labelled headline and byline",
       {{X, "Home"},
        {H, "Storm closes schools across the county"},
        {M, "By Jo Smith | March 3, 2024"},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {kBody1, kBody2}},
      {"a <title> copy on the first line loses to the article headline",
       {{H, "Storm closes schools - Example Gazette", 0.95f},
        {X, "Menu"},
        {H, "Storm closes schools across the county", 0.5f},
        {B, kBody1}},
       "Storm closes schools across the county"},
      {"a bare section name is no headline: the line above the article is",
       {{H, "Politics"},
        {X, "Storm closes schools across the county"},
        {M, "By Jo Smith"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"}},
      {"no headline label: the nearest title-like line above the article, not a credit",
       {{X, "Home"},
        {X, "Storm closes schools across the county"},
        {X, "Getty Images"},
        {B, kBody1}},
       "Storm closes schools across the county"},
      {"no headline label: a two-word menu entry is no title",
       {{X, "Contact Us"}, {B, kBody1}},
       ""},
      {"no headline label: a title-like first metadata line above a date is the title",
       {{X, "Toggle site navigation"},
        {M, "Group Music Classes for Every Budget"},
        {M, "March 12, 2024"},
        {B, kBody1}},
       "Group Music Classes for Every Budget",
       "",
       {},
       "",
       "2024-03-12"},
      {"a breadcrumb trail before the headline on its line: the last crumb",
       {{H, "Home \xE2\x80\xBA Guides \xE2\x80\xBA Storm closes schools across the county"},
        {B, kBody1}},
       "Storm closes schools across the county"},
      {"'A / B' in a headline is no trail",
       {{H, "Netflix / Hulu price rises hit families"}, {B, kBody1}},
       "Netflix / Hulu price rises hit families"},
      {"a sentence of prose labelled headline is a standfirst, not the headline",
       {{X, "Storm closes schools across the county"},
        {H,
         "The storm that reached the coast on Monday night closed every school in the "
         "county."},
        {B, kBody1}},
       "Storm closes schools across the county"},
      {"a name labelled headline is a byline, not the headline",
       {{H, "Andrew Kingsley", 0.2f},
        {M, "September 4, 2024"},
        {H, "Storm closes schools across the county", 0.8f},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Andrew Kingsley",
       {"Andrew Kingsley"},
       "",
       "2024-09-04"},
      {"byline prefix alone on its line, the name below",
       {{H, "Storm closes schools across the county"}, {M, "By"}, {M, "Joanna Smith"}, {B, kBody1}},
       "Storm closes schools across the county",
       "Joanna Smith",
       {"Joanna Smith"}},
      {"'Written By:' and the name on two lines",
       {{H, "Storm closes schools across the county"},
        {M, "Written By:"},
        {M, "Joanna Smith"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Joanna Smith",
       {"Joanna Smith"}},
      {"first and last name on two metadata lines",
       {{H, "Storm closes schools across the county"}, {M, "Joanna"}, {M, "Smith"}, {B, kBody1}},
       "Storm closes schools across the county",
       "Joanna Smith",
       {"Joanna Smith"}},
      {"a prefixed byline labelled boilerplate near the headline",
       {{H, "Storm closes schools across the county"},
        {X, "Share"},
        {X, "By Melanie Hart"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Melanie Hart",
       {"Melanie Hart"}},
      {"a bare name beside a date line",
       {{H, "Storm closes schools across the county"},
        {X, "Andrew Kingsley"},
        {X, "September 4, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Andrew Kingsley",
       {"Andrew Kingsley"},
       "",
       "2024-09-04"},
      {"a name and a date on one line",
       {{H, "Storm closes schools across the county"},
        {X, "Tom Talbot October 14, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Tom Talbot",
       {"Tom Talbot"},
       "",
       "2024-10-14"},
      {"a category labelled metadata loses to a prefixed byline the model missed",
       {{M, "Home Decor"},
        {H, "Storm closes schools across the county"},
        {X, "Written By Tina Flint"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Tina Flint",
       {"Tina Flint"}},
      {"a picture credit by the headline is no byline",
       {{H, "Storm closes schools across the county"}, {X, "Getty Images"}, {B, kBody1}},
       "Storm closes schools across the county"},
      {"a bare name with no date or metadata beside it is no byline",
       {{H, "Storm closes schools across the county"},
        {X, "Andrew Kingsley"},
        {X, "Read the full story"},
        {B, kBody1}},
       "Storm closes schools across the county"},
      {"a line naming people beats an agency-only line, and keeps its agency",
       {{H, "Storm closes schools across the county"},
        {M, "Reuters"},
        {M, "By Jo Smith"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "Reuters"},
      {"only an update date: it is the date too",
       {{H, "Storm closes schools across the county"}, {M, "Updated: March 5, 2024"}, {B, kBody1}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-03-05",
       "2024-03-05"},
      {"published and updated dates apart",
       {{H, "Storm closes schools across the county"},
        {M, "Published March 1, 2024. Updated March 5, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-03-01",
       "2024-03-05"},
      {"a date above the headline labelled boilerplate",
       {{X, "News"},
        {X, "12 January 2024"},
        {H, "Storm closes schools across the county"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-01-12"},
      {"a date line labelled body between the headline and the text",
       {{H, "Storm closes schools across the county"},
        {B, "Posted on November 6th, 2024"},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-11-06"},
      {"dateline of the first body line: date and agency",
       {{H, "Storm closes schools across the county"},
        {B, "NEW DELHI, Feb 4, 2025 (Reuters) - The storm reached the coast on Monday night."},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "Reuters",
       "2025-02-04"},
      {"a body dateline does not override the agency of the metadata",
       {{H, "Storm closes schools across the county"},
        {M, "By Jo Smith, AFP"},
        {B, "PARIS (Reuters) - The storm reached the coast on Monday night."}},
       "Storm closes schools across the county",
       "Jo Smith, AFP",
       {"Jo Smith"},
       "AFP"},
      {"closing credit line names the agency",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, "(With inputs from PTI)"}},
       "Storm closes schools across the county",
       "",
       {},
       "PTI"},
      {"'with inputs from agencies' names no agency",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "(With inputs from agencies)"}},
       "Storm closes schools across the county"},
      {"a date deep in the body is no publication date",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody1},
        {B, kBody2},
        {B, "The last storm of this size struck on March 3, 2019, officials said."}},
       "Storm closes schools across the county"},
      {"lines split at a link are joined; a copy of the headline is dropped",
       {{H, "Storm closes schools across the county"},
        {B, "storm closes schools across the county"},
        {B, "The storm reached the coast, according to"},
        {B, "the weather service, on Monday night."},
        {B, ""},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {"The storm reached the coast, according to the weather service, on Monday night.", kBody2}},
      {"a standfirst labelled as a second headline is the first body paragraph",
       {{H, "Storm closes schools across the county", 0.8f},
        {H, "Every school in the county stayed shut on Tuesday as the storm moved inland.", 0.2f},
        {M, "By Jo Smith | March 3, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {"Every school in the county stayed shut on Tuesday as the storm moved inland.", kBody1}},
      {"a standfirst decoded as boilerplate but likelier not boilerplate is body",
       {{X, "Home"},
        {H, "Storm closes schools across the county"},
        {X, "Every school in the county stayed shut on Tuesday as the storm moved inland.", 0.2f},
        {M, "By Jo Smith | March 3, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {"Every school in the county stayed shut on Tuesday as the storm moved inland.", kBody1}},
      {"a caption after image alt text repeating the headline is not body",
       {{X, "Storm closes schools across the county"},
        {M, "By Jo Smith | March 3, 2024"},
        {H, "Storm closes schools across the county"},
        {B, "This image is a file photo and does not show the storm."},
        {B, ""},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {kBody1}},
      {"the headline is the likeliest plausible line, whatever its decoded label",
       {{X, "Home"},
        {X, "Storm closes schools across the county", 0.6f, 0.4f},
        {H, "Weather warnings for the week ahead", 0.3f, 0.3f},
        {M, "By Jo Smith | March 3, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {kBody1}},
      {"an image caption with a credit is no headline",
       {{X, "Home"},
        {X, "The flooded high street on Monday. \xC2\xA9 Jo Smith", 0.6f, 0.7f},
        {X, "Storm closes schools across the county", 0.6f, 0.4f},
        {M, "By Jo Smith | March 3, 2024"},
        {B, kBody1}},
       "Storm closes schools across the county",
       "Jo Smith",
       {"Jo Smith"},
       "",
       "2024-03-03",
       "",
       {kBody1}},
      {"a short heading at the end of the body starts what follows",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, "TRENDING"},
        {X, "1"}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2}},
      {"a headline the body repeats beats a likelier teaser for another story",
       {{X, "Home"},
        {X, "Ferry operator cuts its winter timetable", 0.9f, 0.5f},
        {X, "Storm closes schools across the county", 0.9f, 0.2f},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county"},
      {"a line that the first line (the <title>) repeats is the headline, however unlikely",
       {{X, "Storm closes schools across the county | The Courier"},
        {X, "Home"},
        {X, "Ferry operator cuts its winter timetable", 0.9f, 0.5f},
        {X, "Storm closes schools across the county", 0.9f, 0.001f},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county"},
      {"a standfirst the model prefers gives the headline to the line above it",
       {{X, "Home"},
        {X, "Storm closes schools across the county", 0.9f, 0.0001f},
        {H,
         "Schools in the north stayed shut on Monday after the storm brought down trees and power "
         "lines overnight",
         0.9f, 0.6f},
        {B, "Schools across the county will stay closed until the storm has passed."},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {"Schools in the north stayed shut on Monday after the storm brought down trees and power "
        "lines overnight",
        "Schools across the county will stay closed until the storm has passed.", kBody2}},
      {"a guillemet closing a quotation is no breadcrumb separator",
       {{H, "Le film \xC2\xABLes Rivi\xC3\xA8res\xC2\xBB sort enfin en salles ce mercredi"},
        {B, kBody1}},
       "Le film \xC2\xABLes Rivi\xC3\xA8res\xC2\xBB sort enfin en salles ce mercredi"},
      {"a long line between the headline and the body is the text's first paragraph",
       {{H, "Storm closes schools across the county"},
        {X,
         "Every school in the county stayed closed on Monday after the storm brought down trees "
         "and power lines across the valley overnight, and the council said most would not reopen "
         "before Wednesday at the earliest."},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {"Every school in the county stayed closed on Monday after the storm brought down trees and "
        "power lines across the valley overnight, and the council said most would not reopen "
        "before "
        "Wednesday at the earliest.",
        kBody1, kBody2}},
      {"long prose right after the last body line continues the text, a labelled notice not",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X,
         "Forecasters expect the wind to ease by Wednesday evening, although heavy rain is "
         "likely to keep several roads in the valley closed for the rest of the week."},
        {X,
         "Disclaimer: This story was generated from a syndicated feed and only the headline and "
         "the picture may have been reworked by our staff."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2,
        "Forecasters expect the wind to ease by Wednesday evening, although heavy rain is likely "
        "to keep several roads in the valley closed for the rest of the week."}},
      {"a short line with an image credit above the first prose paragraph is a caption, and a "
       "credit line below it too",
       {{H, "Storm closes schools across the county"},
        {B, "Fallen trees on the valley road on Monday (photo Jo Smith)"},
        {B, kBody1},
        {B, "Foto: Jo Smith"},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2}},
      {"the date line at the top of the body gives the date and is no paragraph",
       {{H, "Storm closes schools across the county"},
        {B, "Published on 18/02/2024"},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "2024-02-18",
       "",
       {kBody1, kBody2}},
      {"a related-story list after the text is no body, whatever the language",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "Leggi anche"},
        {B, "Ferry operator cuts its winter timetable"},
        {B, "Le pi\xC3\xB9 lette"},
        {B, "1"},
        {B, "Harbour festival moves to September"}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1}},
      {"a topics heading closing the text is no paragraph",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, "Explore more on these topics"},
        {B, "Weather"},
        {B, "Schools"}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2}},
      {"a related box inside the text drops until the prose resumes",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "Read more:"},
        {B, "Ferry operator cuts its winter timetable"},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2}},
      {"an advertisement label alone on its line inside the text is no paragraph",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "ADVERTISEMENT"},
        {B, "Anzeige"},
        {B, kBody2}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2}},
      {"a paragraph a renderer split at its links is one paragraph, the links' text kept",
       {{H, "Seawall fails its safety inspection"},
        {B, "The seawall that protects"},
        {X, "Kaiwera"},
        {B, "'s main street has failed an inspection, said"},
        {X, "Tawhiri District Council"},
        {B, "on Wednesday."},
        {B, "Engineers from"},
        {B, "Halsey Consulting"},
        {B, "found cracks along half of the wall."},
        {B, "The manager,"},
        {B, "Sione Latu"},
        {B, "\xE2\x80\x99s team will place rock armour."}},
       "Seawall fails its safety inspection",
       "",
       {},
       "",
       "",
       "",
       {"The seawall that protects Kaiwera's main street has failed an inspection, said Tawhiri "
        "District Council on Wednesday.",
        "Engineers from Halsey Consulting found cracks along half of the wall.",
        "The manager, Sione Latu\xE2\x80\x99s team will place rock armour."}},
      {"a heading between paragraphs, a line after a blank line and a quote are not joined",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "What happens next"},
        {B, "Officials said the roads would be cleared by Friday."},
        {B, "Schools in"},
        {X, "the north"},
        {X, ""},
        {B, "remain closed until further notice."},
        {B, "Parents were told"},
        {X, "Help"},
        {B, "'So far so good,' said one."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, "What happens next", "Officials said the roads would be cleared by Friday.",
        "Schools in", "remain closed until further notice.", "Parents were told",
        "'So far so good,' said one."}},
      {"page tools and a caption with its credit inside the text are no paragraphs",
       {{H, "Storm closes schools across the county"},
        {B, "Lecture : 3 min."},
        {B, kBody1},
        {B, "5 min read"},
        {B, "Share: Facebook X Email"},
        {B, "\xE5\xAD\x97\xE5\x8F\xB7\xEF\xBC\x9A\xE5\xA4\xA7 \xE4\xB8\xAD \xE5\xB0\x8F"},
        {B, "The flooded school yard in Marlow. Photo Jo Smith"},
        {B, kBody2},
        {B, "It took 5 min to read the list of closed roads aloud on the radio."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2, "It took 5 min to read the list of closed roads aloud on the radio."}},
      {"a comment thread under the text is no body, a comment count above it is no cut",
       {{H, "Storm closes schools across the county"},
        {X, "3 Comments"},
        {B, kBody1},
        {B, kBody2},
        {B, "Forecasters expect the wind to ease by Wednesday evening."},
        {X, "Comments (3)"},
        {B, "Great reporting, thank you for keeping us informed all night."},
        {B, "Our road was closed too and nobody told the school bus driver."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2, "Forecasters expect the wind to ease by Wednesday evening."}},
      {"a thread heading counts its responses to the title",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, "Forecasters expect the wind to ease by Wednesday evening."},
        {B, "12 Responses to \xE2\x80\x9CStorm closes schools\xE2\x80\x9D"},
        {B, "Great reporting, thank you for keeping us informed all night."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2, "Forecasters expect the wind to ease by Wednesday evening."}},
      {"two sentences and a comments heading: too early to be a thread",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Comments"},
        {B, "Forecasters expect the wind to ease by Wednesday evening."}},
       "Storm closes schools across the county",
       "",
       {},
       "",
       "",
       "",
       {kBody1, kBody2, "Forecasters expect the wind to ease by Wednesday evening."}},
      {"with no likely headline, the line above the text that the body repeats, not the nearest",
       {{X, "Home"},
        {X, "Storm closes schools across the county", 0.9f, 0.001f},
        {X, "Copy link to this page", 0.9f, 0.001f},
        {B, "The storm closed every school in the county on Monday night."},
        {B, kBody2}},
       "Storm closes schools across the county"},
      {"a likely line sharing no word with the body is no headline below 0.1",
       {{X, "Home"},
        {X, "Share this page with friends", 0.9f, 0.08f},
        {X, "Storm closes schools across the county", 0.9f, 0.02f},
        {B, kBody1},
        {B, kBody2}},
       "Storm closes schools across the county"},
  };
  return cases;
}

TEST(AssembleTest, Table) {
  for (const Case& c : Cases()) {
    SCOPED_TRACE(c.name);
    const Article a = AssembleRows(c.rows);
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.byline, c.byline);
    EXPECT_EQ(a.authors, c.authors);
    EXPECT_EQ(a.agency, c.agency);
    EXPECT_EQ(a.date, c.date);
    EXPECT_EQ(a.date_updated, c.date_updated);
    if (!c.paragraphs.empty()) {
      EXPECT_EQ(a.paragraphs, c.paragraphs);
    }
  }
}

// --format labels and --explain show the labels the article was built
// from: one headline, no headline copy or trailing heading as body.
TEST(AssembleTest, FinalLabelsAgreeWithTheArticle) {
  std::vector<LineLabel> labels;
  const Article a = AssembleRows({{X, "Home"},
                                  {H, "Storm closes schools across the county", 0.9f},
                                  {H, "Most read: ferry timetable cut", 0.2f},
                                  {B, "Storm closes schools across the county"},
                                  {B, kBody1},
                                  {B, kBody2},
                                  {B, "TRENDING"}},
                                 &labels);
  EXPECT_EQ(a.title, "Storm closes schools across the county");
  EXPECT_EQ(a.paragraphs, (std::vector<std::string>{kBody1, kBody2}));
  std::vector<Label> got;
  for (const LineLabel& l : labels) got.push_back(l.label);
  EXPECT_EQ(got, (std::vector<Label>{X, H, X, X, B, B, X}));
}

// A metadata label far from the headline and the text is another item's
// (a related story's date): boilerplate. The byline by the headline stays.
TEST(AssembleTest, FinalLabelsKeepMetadataNearTheArticle) {
  std::vector<Row> rows = {{H, "Storm closes schools across the county"},
                           {M, "By Jo Smith | March 1, 2024"},
                           {B, kBody1},
                           {B, kBody2}};
  for (int i = 0; i < 13; ++i) rows.push_back({X, "Related stories"});
  rows.push_back({M, "March 3, 2024"});
  std::vector<LineLabel> labels;
  AssembleRows(rows, &labels);
  ASSERT_EQ(labels.size(), rows.size());
  EXPECT_EQ(labels[1].label, M);
  EXPECT_EQ(labels.back().label, X);
}

// The lines the byline and the date came from are metadata, whatever the
// model labelled them.
TEST(AssembleTest, FinalLabelsMarkTheCreditAndDateLines) {
  std::vector<LineLabel> labels;
  const Article a = AssembleRows({{X, "Home"},
                                  {H, "Storm closes schools across the county"},
                                  {X, "By Jo Smith"},
                                  {X, "March 3, 2024"},
                                  {B, kBody1},
                                  {B, kBody2}},
                                 &labels);
  EXPECT_EQ(a.byline, "Jo Smith");
  EXPECT_EQ(a.date, "2024-03-03");
  std::vector<Label> got;
  for (const LineLabel& l : labels) got.push_back(l.label);
  EXPECT_EQ(got, (std::vector<Label>{X, H, M, M, B, B}));
}

// A credit found far from the headline (an author box under the text) gives
// the byline but keeps the label the model decoded.
TEST(AssembleTest, FinalLabelsLeaveACreditFarFromTheHeadline) {
  std::vector<Row> rows = {{H, "Storm closes schools across the county"}, {B, kBody1}, {B, kBody2}};
  for (int i = 0; i < 6; ++i) rows.push_back({X, "Share this story"});
  rows.push_back({X, "Written by Jo Smith"});
  std::vector<LineLabel> labels;
  const Article a = AssembleRows(rows, &labels);
  EXPECT_EQ(a.byline, "Jo Smith");
  EXPECT_EQ(labels.back().label, X);
}

TEST(AssembleTest, UpdateDateAloneKeepsItsWords) {
  const Article a = AssembleRows({{H, "Storm closes schools across the county"},
                                  {M, "Last updated: March 5, 2024"},
                                  {B, kBody1}});
  EXPECT_EQ(a.date, "2024-03-05");
  EXPECT_EQ(a.date_text, "March 5, 2024");
}

// The dateline search looks at the first 80 bytes of a line; a character
// across that limit must not be split (the date parser needs valid UTF-8).
TEST(AssembleTest, DatelineCutKeepsCharactersWhole) {
  std::string line = "MÜNCHEN, 4. Februar 2025 (dpa) - ";
  while (line.size() < 79) line += "x";
  line += "\xC3\xA9\xC3\xA9 Die Stadt schloss am Montag alle Schulen wegen des Sturms.";
  const Article a = AssembleRows(
      {{H, "Sturm schließt alle Schulen im Landkreis"}, {B, line.c_str()}, {B, kBody2}});
  EXPECT_EQ(a.date, "2025-02-04");
  EXPECT_EQ(a.agency, "dpa");
}

TEST(AssembleTest, FunctionWordBeforeADateIsNoAuthor) {
  std::vector<Row> rows = {
      {H, "L'université ouvre un nouveau campus"}, {M, "Le 6 novembre 2019"}, {B, kBody1}};
  Page page;
  std::vector<LineDecision> decisions;
  for (uint32_t i = 0; i < rows.size(); ++i) {
    Line line;
    line.text = rows[i].text;
    line.first = line.last = i;
    page.lines.push_back(line);
    decisions.push_back(LineDecision{rows[i].label, rows[i].confidence});
  }
  DateContext context;
  context.language = Language::kFr;
  context.now = kNow;
  const Article a = Assemble(page, decisions, context);
  EXPECT_TRUE(a.authors.empty());
  EXPECT_EQ(a.byline, "");
  EXPECT_EQ(a.date, "2019-11-06");
}

TEST(AssembleTest, EmptyPage) {
  const Article a = AssembleRows({});
  EXPECT_TRUE(a.title.empty());
  EXPECT_TRUE(a.paragraphs.empty());
  EXPECT_TRUE(a.date.empty());
}

}  // namespace
}  // namespace pith::internal

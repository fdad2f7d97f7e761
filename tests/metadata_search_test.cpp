// FindMetadata: the byline and the dates of a labelled page. Each case is a
// page written for the test, one line per row with the label the model gave
// it, and the headline's row.
#include "metadata_search.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {
namespace {

struct Row {
  Label label;
  const char* text;
};

struct Case {
  const char* name;
  std::vector<Row> rows;
  long headline;  // the headline's row
  std::string byline{};
  std::string date{};
  std::string date_updated{};
  Language language = Language::kEn;
};

// 2025-06-01T00:00:00Z: after every date below.
constexpr int64_t kNow = 1748736000;

constexpr Label H = Label::kHeadline;
constexpr Label M = Label::kMetadata;
constexpr Label B = Label::kBody;
constexpr Label X = Label::kBoilerplate;

const char* const kBody1 = "The storm reached the coast on Monday night and closed every school.";
const char* const kBody2 = "Officials said the buildings would reopen once the roads were cleared.";
const char* const kBody3 = "Parents were told to check the county website for the latest news.";
const char* const kBodyDe1 =
    "Die Eltern wurden am Montag gewarnt, und die Schulen erklären, wann der Unterricht wieder "
    "beginnt.";
const char* const kBodyDe2 =
    "Die Straßen bleiben bis zum Abend gesperrt, sagte die Polizei am Dienstag in der Stadt.";

// The headline and three lines of text, then fifteen lines of teasers and
// page tools ("Related stories" ... "Subscribe"), then `tail`, far under
// the text.
std::vector<Row> UnderTeasers(const std::vector<Row>& tail) {
  std::vector<Row> rows = {{H, "Storm closes schools across the county"},
                           {B, kBody1},
                           {B, kBody2},
                           {B, kBody3},
                           {X, "Related stories"},
                           {X, "Flood maps explained"},
                           {X, "Ten storm tips"},
                           {X, "Roads reopen in the north"},
                           {X, "Bridge inspections begin"},
                           {X, "Snow days and school calendars"},
                           {X, "Power cuts in the valley"},
                           {X, "How to prepare an emergency kit"},
                           {X, "Shelters open downtown"},
                           {X, "Volunteers clear the beach"},
                           {X, "Weather service issues a warning"},
                           {X, "Ferry timetable changes"},
                           {X, "The council meets on storm costs"},
                           {X, "Insurance claims rise"},
                           {X, "Subscribe"}};
  rows.insert(rows.end(), tail.begin(), tail.end());
  return rows;
}

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"a credit after a date on a line the model called boilerplate",
       {{H, "Storm closes schools across the county"},
        {X, "Posted on 4 March 2021 by Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"an update date on the line beside a metadata line's date, whatever its label",
       {{H, "Storm closes schools across the county"},
        {M, "Published: 4 March 2021, 09:20"},
        {X, "Updated: 4 March 2021, 14:45"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2021-03-04T09:20",
       "2021-03-04T14:45"},
      {"a credit phrase inside the line under the text",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Ein Artikel von Jonas Weber"}},
       0,
       "Jonas Weber"},
      {"prose with a credit verb names no author",
       {{H, "Storm closes schools across the county"},
        {B, "Most of the plan is written by the council itself"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"a desk named for its site three lines under the headline, above the text",
       {{H, "Storm closes schools across the county"},
        {X, "Every school in the county stays shut until the roads are cleared"},
        {X, "Share this story"},
        {X, "The Harbor Team"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "The Harbor Team"},
      {"a bare name with its post-nominals under the headline",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward, MS, RDN"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward, MS, RDN"},
      {"a name over the date line under the headline before a related story's credit under the "
       "text",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {M, "4 March 2021"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Read more articles"},
        {X, "Flood maps for every school district"},
        {X, "Written by Tomas Ekberg"},
        {X, "Maps"}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"an entry of a numbered list the model called metadata is no one-word credit",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {M, "24. Harborview"},
        {M, "25. Lumenfield"},
        {B, kBody2},
        {B, kBody3}},
       0,
       ""},
      {"a desk after \"By the\" under the headline, the line labelled body",
       {{H, "Storm closes schools across the county"},
        {B, "By the Harbor Team 2\u20133 minutes"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "the Harbor Team"},
      {"\"By the\" opening a short line of the prose credits no one",
       {{H, "Storm closes schools across the county"},
        {B, "By the time we arrived"},
        {B, kBody1},
        {B, kBody2}},
       0,
       ""},
      {"the name on an author box's heading line under the text",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "About the Author: Celia Ward"},
        {X, "Share this story"}},
       0,
       "Celia Ward"},
      {"a word of the prose on an author box's heading line is no name",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "About the author - Website"},
        {X, "Share this story"}},
       0,
       ""},
      {"a name whose surname the prose writes as a word, over the date line under the headline",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Green"},
        {M, "4 March 2021"},
        {B,
         "The storm flooded the green fields behind every school in the county on Monday night, "
         "and the buses stayed home."},
        {B, kBody2},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Celia Green",
       "2021-03-04"},
      {"a section whose first word is an acronym over the date line is no name",
       {{H, "Storm closes schools across the county"},
        {X, "HR Strategy"},
        {M, "4 March 2021"},
        {B,
         "The county's strategy for storms kept every school closed on Monday night, and the buses "
         "stayed home too."},
        {B, kBody2},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Dunmore Weekly",
       "2021-03-04"},
      {"a name beside a metadata line that holds no date does not beat a credit under the text",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {M, "Weather"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Read more articles"},
        {X, "Flood maps for every school district"},
        {X, "Written by Tomas Ekberg"},
        {X, "Maps"}},
       0,
       "Tomas Ekberg"},
      {"a photographer's name under its credit's label is no credit",
       {{H, "Storm closes schools across the county"},
        {X, "The flooded road outside the main school."},
        {X, "FOTO:"},
        {X, "Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       ""},
      {"the search around the headline's copy takes only a credit right by it",
       {{H, "Storm closes schools across the county"},
        {X, "Weather"},
        {X, "Schools"},
        {X, "Roads"},
        {X, "Trains"},
        {X, "Ferries"},
        {X, "Bridges"},
        {X, "Tunnels"},
        {X, "Parks"},
        {X, "Libraries"},
        {X, "Museums"},
        {X, "by kbauer"},
        {X, "Share this story"},
        {X, "Print this story"},
        {X, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       0,
       ""},
      {"a bare name under the copy of the headline printed over the text, the ranker having "
       "picked the copy at the top",
       {{H, "Storm closes schools across the county"},
        {X, "Weather"},
        {X, "Schools"},
        {X, "Roads"},
        {X, "Share this story"},
        {X, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward"},
      {"a bare name under the headline that an author box repeats",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "About the author"},
        {X, "Celia Ward"},
        {X,
         "Celia has covered the county council since 2019 and writes about schools, roads and "
         "the weather."}},
       0,
       "Celia Ward"},
      {"a section label under the headline that the footer menu repeats",
       {{H, "Storm closes schools across the county"},
        {X, "Consumer Insights"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Consumer Insights"},
        {X, "Careers"},
        {X, "Contact"}},
       0},
      {"a desk repeated is a section label, not a credit",
       {{H, "Storm closes schools across the county"},
        {X, "Weather Desk"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Weather Desk"}},
       0},
      {"the footer's copyright holder when nothing credits anyone",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "© 2024 Ana Petrova. All rights reserved."},
        {X, "Privacy Policy"}},
       0,
       "Ana Petrova"},
      {"the site's title names its owner when nothing credits anyone",
       {{X, "#Celia Ward's Weather Notes"},
        {X, "Home"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "© 2024 Harbor Ledger Media Ltd. All rights reserved."}},
       2,
       "Celia Ward"},
      {"a credit beats the site's title",
       {{X, "Celia Ward's Weather Notes"},
        {H, "Storm closes schools across the county"},
        {M, "By Ana Petrova"},
        {B, kBody1},
        {B, kBody2}},
       1,
       "Ana Petrova"},
      {"an author box far under the text when nothing else credits anyone",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Privacy Policy"},
        {X, "Contact"},
        {X, "Careers"},
        {X, "Newsletter"},
        {X, "Advertise"},
        {X, "Archive"},
        {X, "Podcasts"},
        {X, "Events"},
        {X, "Jobs"},
        {X, "Weather"},
        {X, "Traffic"},
        {X, "Sports"},
        {X, "Obituaries"},
        {X, "Celia Ward"},
        {X,
         "Celia is a reporter who has covered the county council, its schools and its roads "
         "since 2019."}},
       0,
       "Celia Ward"},
      {"a section heading over a paragraph that opens with its first word is no author box",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {X, "It Matters"},
        {B,
         "It is the third time this winter that the council has closed every school in the "
         "county at once."}},
       0},
      {"a company holding the copyright is no author",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "© 2024 Harbor Ledger Media Ltd. All rights reserved."}},
       0},
      {"a credit beats the footer's copyright holder",
       {{H, "Storm closes schools across the county"},
        {M, "By Celia Ward"},
        {B, kBody1},
        {B, kBody2},
        {X, "© 2024 Ana Petrova. All rights reserved."}},
       0,
       "Celia Ward"},
      {"a bare name right under the headline is its credit",
       {{H, "Storm closes schools across the county"}, {X, "Celia Ward"}, {B, kBody1}, {B, kBody2}},
       0,
       "Celia Ward"},
      {"a bare name two lines under the headline, below the standfirst",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school."},
        {X, "Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward"},
      {"a bare name under the headline above a teaser's link is a teaser's author",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {X, "Continue reading the story"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"an image credit under the headline is no byline",
       {{H, "Storm closes schools across the county"},
        {X, "Getty Images"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"a topic in capitals under the headline is no byline",
       {{H, "Storm closes schools across the county"},
        {X, "Snow Days"},
        {B, kBody1},
        {B, "Most parents said the snow days came too early in the year for the county to cope."}},
       0},
      {"a bare name above the headline is a menu entry",
       {{X, "Celia Ward"}, {H, "Storm closes schools across the county"}, {B, kBody1}, {B, kBody2}},
       1},
      {"a section label under the headline whose words the page writes in lower case",
       {{H, "Storm closes schools across the county"},
        {X, "Marketing Strategy"},
        {B, kBody1},
        {B, kBody2},
        {X, "See our marketing and brand strategy"}},
       0},
      {"a long line under the text that opens with a credit",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X,
         "Posted by Celia Ward on 4 March 2021 in Local News. Tags: storm, schools, roads, "
         "county council, weather, closures"}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a date and a name right under the headline, labelled body",
       {{H, "Storm closes schools across the county"},
        {B, "Mar. 4, 2021 \xC2\xB7 Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a page control beside the date line is no name",
       {{H, "Storm closes schools across the county"},
        {X, "Show Sidebar"},
        {M, "4 March 2021"},
        {B,
         "Officials will show parents the new bus routes at a meeting on Friday evening in the "
         "library on Main Street."},
        {B, kBody2}},
       0,
       "",
       "2021-03-04"},
      {"a bare By before a word of the prose is a filter, not a credit",
       {{H, "The best note apps for a small team"},
        {X, "By Usability"},
        {B,
         "We scored each app on usability, price and how well it syncs between a phone and a "
         "laptop over a month of daily use."},
        {X, "Posted by Celia Ward"},
        {B, kBody2}},
       0,
       "Celia Ward"},
      {"the headline's words on a metadata line are a breadcrumb, not a credit",
       {{H, "Harbour Sailing Basics: A Guide for the First Summer"},
        {M, "Harbour Sailing Basics"},
        {X, "Celia Ward"},
        {M, "4 March 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a topic in capitals on a metadata line loses to a name beside the date",
       {{H, "How to train for your first marathon"},
        {M, "Marathon Training"},
        {X, "Celia Ward"},
        {M, "4 March 2021"},
        {B,
         "Most plans for marathon training start four months before the race and build the "
         "long run by a mile each week."},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a publication date under the text below its update date",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Updated November 23, 2013"},
        {X, "Posted July 10, 2004"},
        {X, "Comments"},
        {X, "May 2, 2015 at 3:04 pm"}},
       0,
       "",
       "2004-07-10",
       "2013-11-23"},
      {"a long line opening with a publication cue is a date line",
       {{H, "Storm closes schools across the county"},
        {X,
         "PUBLISHED: March 8, 2024 at 4:56 p.m. | UPDATED: March 9, 2024 at 6:00 p.m. | "
         "Share this story with your friends"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2024-03-08T16:56",
       "2024-03-09T18:00"},
      {"a date line under the standfirst that ends with a.m. is no sentence",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school in the county."},
        {B, "Wednesday, May 11, 2022 - 3:40 a.m."},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2022-05-11T03:40"},
      {"a short date line beats a date in a standfirst the model took for metadata",
       {{H, "Boat show returns to the harbour"},
        {M,
         "The show returns on 21 and 22 May 2024 with two hundred stands from across the "
         "region and a night market on the quay."},
        {M, "11.01.2024, 09:50"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2024-01-11T09:50"},
      {"a name over a job title under the text is an author box",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Marta Lindqvist"},
        {X, "Senior Reporter, County Desk"},
        {X, "Share this story"}},
       0,
       "Marta Lindqvist"},
      {"a menu of products, one with a job word, is no author box",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Tiles"},
        {X, "Interest Dashboard"},
        {X, "Developer Edition"},
        {X, "Private Browsing"}},
       0},
      {"a heading the text keeps naming is a topic, not an author box",
       {{H, "Ten ways to cross the bay this summer"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, "Harbour Ferries"},
        {B, "Harbour Ferries is the oldest company on the bay and still runs six boats a day."},
        {B, "Tickets for Harbour Ferries are sold on the quay and on board."},
        {B, "In August Harbour Ferries adds a night crossing on Fridays."},
        {B, kBody2}},
       0},
      {"a user name in lower case after a lower-case by under the headline",
       {{H, "Storm closes schools across the county"}, {X, "by wardie"}, {B, kBody1}, {B, kBody2}},
       0,
       "wardie"},
      {"a bare By over a user name in lower case",
       {{H, "Storm closes schools across the county"},
        {M, "By"},
        {M, "celia_w"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "celia_w",
       ""},
      {"a user name on a metadata line over the date",
       {{H, "Storm closes schools across the county"},
        {M, "wardie"},
        {M, "March 4, 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "wardie",
       "2021-03-04"},
      {"a word of the prose after by is no user name",
       {{H, "Storm closes schools across the county"},
        {X, "by email"},
        {B, "Parents were told by email and by text message that every school would close today."},
        {B, kBody2}},
       0},
      {"a metadata line opening with an article is a title, not a name",
       {{H, "Storm closes schools across the county"},
        {M, "The Quiet Harbour"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"two names alone over the date line credit both",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school in the county."},
        {X, "Celia Ward, Jonas Weber"},
        {X, "March 4, 2021, 9:15 a.m."},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward, Jonas Weber",
       "2021-03-04T09:15"},
      {"a name with a particle over the date line",
       {{H, "Storm closes schools across the county"},
        {X, "Greta von Albrecht"},
        {M, "4. März 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Greta von Albrecht",
       "2021-03-04"},
      {"a desk alone under the headline over the date line",
       {{H, "Storm closes schools across the county"},
        {X, "Newsroom"},
        {X, "March 4, 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Newsroom",
       "2021-03-04"},
      {"lynx's button mark between the prefix and the name",
       {{H, "Storm closes schools across the county"},
        {X, "By (BUTTON) Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward"},
      {"a name beside the date line past a separator alone on its line",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school in the county."},
        {X, "Listen to this article"},
        {X, "Celia Ward"},
        {X, "|"},
        {X, "March 4, 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a long line under the headline that opens with a date and credits someone",
       {{H, "江澄地铁 4 号线今日开通"},
        {X, "2025年3月4日 09:15 来源：东岭晚报新闻中心 作者：陈思远"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "陈思远, 东岭晚报新闻中心",
       "2025-03-04T09:15",
       "",
       Language::kZh},
      {"a name with its job title beside the date line past a separator",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school in the county."},
        {X, "Listen to this article"},
        {X, "Celia Ward, Shipping Expert"},
        {X, "|"},
        {X, "March 4, 2021"},
        {B, "Shipping of the school meals stopped too."},
        {B, kBody2}},
       0,
       "Celia Ward, Shipping Expert",
       "2021-03-04"},
      {"a user name after a lower-case prefix under the headline, before a label by the date",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {X, "von kleinmaus"},
        {X, "Letzte Meldungen"},
        {M, "4. März 2021"},
        {B, kBodyDe1},
        {B, kBodyDe2}},
       0,
       "kleinmaus",
       "2021-03-04",
       "",
       Language::kDe},
      {"a prefix alone over a list of names on the line below",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Written by"},
        {X, "Celia Ward, Tom Baker and Ana Ruiz"},
        {X, "Share this story"}},
       0,
       "Celia Ward, Tom Baker and Ana Ruiz"},
      {"names a renderer split at their links, the last after ', and', one with a particle",
       {{H, "Storm closes schools across the county"},
        {M, "By"},
        {M, "Celia Ward"},
        {M, ","},
        {M, "Tom Baker"},
        {M, ", and"},
        {M, "Ana de la Cruz"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward, Tom Baker, Ana de la Cruz"},
      {"a mark or a pictogram left on a date line names no one",
       {{H, "Storm closes schools across the county"},
        {M, "March 4, 2021 \xE3\x83\xBB 3 min read"},
        {M, "\xF0\x9F\x93\x85Mar. 4. 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2021-03-04"},
      {"a name over a bio in the first person beats the footer's firm",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Celia Ward"},
        {X,
         "I\u2019m the founder of Dunmore Weekly and a reporter who has covered the county "
         "schools for ten years."},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Celia Ward"},
      {"a name beside its job title over a bio that opens with the first name beats the "
       "footer's firm",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Celia Ward Senior Reporter & County Editor"},
        {X,
         "Celia follows the county council and its schools. Her reports on the roads won a "
         "regional prize in 2022."},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Celia Ward"},
      {"a name over its job title over a bio that opens with the first name beats the footer's "
       "firm",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Celia Ward"},
        {X, "Senior Reporter & County Editor"},
        {X,
         "Celia follows the county council and its schools. Her reports on the roads won a "
         "regional prize in 2022."},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Celia Ward"},
      {"a product beside a job title over a description of it is no author box",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Acme Vault Backup Manager"},
        {X,
         "Acme keeps every school's files safe overnight and restores them in minutes when a "
         "laptop is lost."}},
       0},
      {"a user name beside the date under the headline",
       {{H, "Storm closes schools across the county"},
        {M, "4. März 2021 kbauer Schreibe einen Kommentar"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "kbauer",
       "2021-03-04",
       "",
       Language::kDe},
      {"a word of the prose beside the date under the headline is no user name",
       {{H, "Storm closes schools across the county"},
        {M, "4. März 2021 schulen"},
        {B,
         "Die Stadt sagte am Montag, dass alle schulen im Landkreis bis auf weiteres geschlossen "
         "bleiben und die Eltern informiert werden."},
        {B, kBody2}},
       0,
       "",
       "2021-03-04",
       "",
       Language::kDe},
      {"the name under the text of the author's photo",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {X, "Photo of author"},
        {X, "Celia Ward"},
        {B, kBody2},
        {B, kBody3}},
       0,
       "Celia Ward"},
      {"a desk named for its site alone under the headline",
       {{H, "Storm closes schools across the county"},
        {X, "Dunmore Staff"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Dunmore Staff"},
      {"a team named for a word of the prose under the headline is a section",
       {{H, "Storm closes schools across the county"},
        {X, "Sales Team"},
        {B, "Our sales staff closed early on Monday as the storm reached the coast."},
        {B, kBody2}},
       0},
      {"a user name by the headline beats a metadata line's single word",
       {{X, "Termine"},
        {M, "Chorprobe"},
        {H, "Storm closes schools across the county"},
        {X, "von kbauer"},
        {X, "4. März 2021"},
        {B, kBody1},
        {B, kBody2}},
       2,
       "kbauer",
       "2021-03-04",
       "",
       Language::kDe},
      {"a place before an occupation on a metadata line is a job title, not a credit",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {M, "Dunmore correspondent"},
        {M, "Published 4 March 2021, 09:20"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04T09:20"},
      {"a long metadata line of short parts: the writer's part, not a reviewer's",
       {{H, "Storm closes schools across the county"},
        {M,
         "Medically reviewed by Owen Hale, RN, BSN \u2014 Written by Celia Ward, MS, RD "
         "\u2014 Updated on March 4, 2021"},
        {B, kBody1},
        {B, kBody2},
        {X, "Written by Tom Baker"}},
       0,
       "Celia Ward, MS, RD",
       "2021-03-04",
       "2021-03-04"},
      {"a credit that ends the standfirst's line",
       {{H, "Storm closes schools across the county"},
        {B,
         "The county's schools stay shut while crews clear the roads after the storm. By "
         "Celia Ward on March 4, 2021"},
        {B, kBody1},
        {B, kBody2},
        {X, "\u00a9 2021 Dunmore Weekly"}},
       0,
       "Celia Ward"},
      {"a credit that ends the footer's copyright line is the site designer's",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X,
         "\u00a9 Dunmore Weekly. All Rights Reserved. Published by Harbor Design Inc. | Terms "
         "of Use | Privacy Policy"}},
       0,
       "Dunmore Weekly"},
      {"a credit that ends a teaser under the text is the teaser's",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "More from the county"},
        {X, "The new bus routes start next week. Here is what changes for pupils. By Tom Baker"}},
       0},
      {"a credit after the job title that ends its sentence",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward, Dunmore Weekly Senior Schools Reporter. By Celia Ward"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward"},
      {"a list's filter names no one, whether or not the prose uses its word",
       {{X, "By Region"},
        {X, "By Year"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       2},
      {"a credit of a first name alone takes the full name the author box gives",
       {{H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {X, "Posts by Celia"},
        {B, kBody1},
        {B, kBody2},
        {X, "\u00a9 2021 Dunmore Weekly"}},
       0,
       "Celia Ward"},
      {"a credit of a brand alone stays as it is",
       {{H, "Storm closes schools across the county"},
        {X, "Posts by DunmoreNews"},
        {X, "DunmoreNews Weekly"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "DunmoreNews"},
      {"a lower-case by that another sentence follows is prose split at a link",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "The plan follows Around the World in 80 Days"},
        {B,
         "by Jules Verne. In both that story and this one, you race to visit as many cities as "
         "you can in"},
        {B, "eighty days, and the clock decides everything."},
        {B, kBody2}},
       0},
      {"a body line under the standfirst that opens with its date, then a name",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {B, "Der Sturm traf die Küste am Montagabend und schloss jede Schule im Landkreis."},
        {B, "23.06.2016 um 16:14 Uhr - Celia Ward - 91 Ergänzungen"},
        {B, "Die Behörden sagten, die Gebäude würden wieder öffnen, sobald die Straßen frei sind."},
        {B, "Eltern sollen die Seite des Landkreises für die neuesten Nachrichten prüfen."}},
       0,
       "Celia Ward",
       "2016-06-23T16:14",
       "",
       Language::kDe},
      {"a date glued to a title is no credit line",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {B, "Der Sturm traf die Küste am Montagabend und schloss jede Schule im Landkreis."},
        {B, "27.01.2022Schulinfo November 2021 (Landkreis)"},
        {B,
         "Die Behörden sagten, die Gebäude würden wieder öffnen, sobald die Straßen frei sind."}},
       0,
       "",
       "2022-01-27",
       "",
       Language::kDe},
      {"a name with a particle in capitals over the date line",
       {{H, "Las escuelas del condado cierran por la tormenta"},
        {B, "La tormenta llegó a la costa el lunes por la noche y cerró todas las escuelas."},
        {X, "Verónica De Vita"},
        {M, "miércoles, 4 de marzo de 2021 10:00 hs"},
        {B, "Las autoridades dijeron que los edificios abrirán cuando se despejen las calles."}},
       0,
       "Verónica De Vita",
       "2021-03-04T10:00",
       "",
       Language::kEs},
      {"a control in capitals over the date line is no name with a particle",
       {{H, "Las escuelas del condado cierran por la tormenta"},
        {B, "La tormenta llegó a la costa el lunes por la noche y cerró todas las escuelas."},
        {X, "ESCUCHA LA NOTICIA"},
        {M, "miércoles, 4 de marzo de 2021 10:00 hs"},
        {B, "Las autoridades dijeron que los edificios abrirán cuando se despejen las calles."}},
       0,
       "",
       "2021-03-04T10:00",
       "",
       Language::kEs},
      {"a reader's comment in the first person is no author box",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Celia Ward"},
        {X,
         "I\u2019m from Dunmore and the buses there were late every single morning last "
         "winter."},
        {X, "\u00a9 2021 Dunmore Weekly. All rights reserved."}},
       0,
       "Dunmore Weekly"},
      {"a name over the reading time above the headline",
       {{X, "Celia Ward"},
        {X, "6 min read"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       2,
       "Celia Ward"},
      {"a name over a number of minutes alone is a recipe's step or a workout's",
       {{X, "Tempo Intervals"},
        {X, "30 min"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       2},
      {"a name and a date on a body line between the headline's standfirst and the prose",
       {{H, "Storm closes schools across the county"},
        {B, "Buses stay in the depot as the storm moves north"},
        {B, "Parents asked to keep children at home"},
        {B, "Celia Ward | March 4, 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a name over the word that leads to its date, above the headline",
       {{X, "Celia Ward"},
        {X, "am"},
        {X, "4. März 2021"},
        {H, "Sturm schließt alle Schulen im Landkreis"},
        {B, kBodyDe1},
        {B, kBodyDe2}},
       3,
       "Celia Ward",
       "2021-03-04",
       "",
       Language::kDe},
      {"an instruction or a prefix in capitals is no credit of a user name",
       {{H, "Storm closes schools across the county"},
        {X, "By clicking"},
        {X, "AV technician"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"a date line that opens with a cue under the text beats a comment's date",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, "Published: March 4, 2021"},
        {X, "Comments"},
        {X, "Reply from Al Roe on March 9, 2021 at 10:25"}},
       0,
       "",
       "2021-03-04"},
      {"the person a photo's alt text shows, on a page crediting no one",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Headshot of Celia Ward"}},
       0,
       "Celia Ward"},
      {"a possessive alt text with its caption after it",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "Celia Ward's Profile Picture Celia Ward"}},
       0,
       "Celia Ward"},
      {"a name before the word headshot",
       {{H, "Storm closes schools across the county"}, {B, kBody1}, {X, "Celia Ward Headshot"}},
       0,
       "Celia Ward"},
      {"an image file named for the headshot before the name",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {X, "[cward-headshot-96x96.jpg] Celia Ward"}},
       0,
       "Celia Ward"},
      {"a name the alt text and its caption both give",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {X, "Profile image of Celia Ward Celia Ward"}},
       0,
       "Celia Ward"},
      {"a photo of things, a user's avatar and a lower-case subject are no author",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, "The district bought new buses for the group chamber music class."},
        {X, "User's avatar"},
        {X, "Photo of Group Chamber Music Class"},
        {X, "photo of a flooded road"}},
       0},
      {"a link to the author's other texts under the text",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Share this story"},
        {X, "More from Celia Ward"}},
       0,
       "Celia Ward"},
      {"a link to a user's other texts, who stands alone on a line too",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "kleinmaus"},
        {X, "Weitere Rezepte von kleinmaus »"}},
       0,
       "kleinmaus"},
      {"a filter's key or a brand after a link word is no author",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "View all essays by month"},
        {X, "More from Harbor Gazette"},
        {X, "Harbor Gazette Newsletter"},
        {X, "Harbor Gazette Podcasts"},
        {X, "Harbor Gazette Events"},
        {X, "Harbor Gazette Shop"},
        {X, "Harbor Gazette Archive"},
        {X, "Harbor Gazette Weekly"}},
       0},
      {"a name beside the date line past the author's social link",
       {{H, "Storm closes schools across the county"},
        {B, "Parents scrambled for childcare as the storm shut every school in the county."},
        {X, "Listen to this article"},
        {X, "Celia Ward"},
        {X, "Twitter"},
        {X, "March 4, 2021"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a name over the link to the author's other texts",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {X, "Alle Meldungen auf einen Blick!"},
        {X, "Teilen"},
        {X, "Greta Albrecht"},
        {X, "Alle Artikel"},
        {B, kBodyDe1},
        {B, kBodyDe2}},
       0,
       "Greta Albrecht",
       "",
       "",
       Language::kDe},
      {"a sentence's tail split at a link after 'by' is no credit",
       {{H, "Storm closes schools across the county"},
        {B, "Pupils will reach the new campus on the bus line that was extended last year"},
        {X, "by Harbor Line Transit with a stop at the gate."},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"the headline line itself when it is a labelled credit",
       {{H,
         "Veröffentlicht: 04.03.2021 | Autor: kleinmaus | Abgelegt unter: Wetter, Schule, "
         "Verkehr | Schlagworte: Sturm, Schulen, Landkreis, Eltern | 2 Kommentare"},
        {B, kBodyDe1},
        {B, kBodyDe2}},
       0,
       "kleinmaus",
       "2021-03-04",
       "",
       Language::kDe},
      {"a first name under an author box's heading, past the link to the author's texts",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {B, kBodyDe1},
        {X, "Über den Autor"},
        {X, "Zeige alle Artikel"},
        {X, "Jonas"},
        {X, "Lehrer, Vater und leidenschaftlicher Radfahrer aus dem Allgäu."}},
       0,
       "Jonas",
       "",
       "",
       Language::kDe},
      {"a credit line that ends with its prefix, the names listed on the lines below it",
       {{H, "Storm closes schools across the county"},
        {X, "Published on May 2, 2025 by"},
        {X, "Celia Ward"},
        {X, "and"},
        {X, "Jonas Weber"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward, Jonas Weber",
       "2025-05-02"},
      {"the middle of a sentence split at a link names no one",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {X, ", and the weekly digest is now published by"},
        {X, "Acme Weekly"},
        {X, "."},
        {B, kBody2}},
       0},
      {"a German noun beside the date line is no name",
       {{H, "Sturm schließt alle Schulen im Landkreis"},
        {M, "4. März 2021"},
        {X, "Neueste Beiträge"},
        {B,
         "Die Eltern wurden am Montag gewarnt, und alle Beiträge der Schulen erklären, wann "
         "der Unterricht wieder beginnt."},
        {B, kBodyDe2}},
       0,
       "",
       "2021-03-04",
       "",
       Language::kDe},
      {"the date a forum member joined, under its cue line, is no publication date",
       {{H, "Our cat sheds less in winter, is that normal?"},
        {X, "Thread started 27 September 2018"},
        {M, "Member since"},
        {M, "28 June 2014"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2018-09-27"},
      {"a membership date on one line with its cue is no publication date",
       {{H, "Unsere Katze haart im Winter weniger"},
        {X, "Mitglied seit 28. Juni 2014"},
        {X, "27. September 2018"},
        {B, "Die Straßen bleiben bis zum Abend gesperrt, sagte die Polizei am Dienstag."},
        {B, "Die Schulen öffnen wieder, sobald die Wege geräumt sind, hieß es am Abend."}},
       0,
       "",
       "2018-09-27",
       "",
       Language::kDe},
      {"a date after a separator on the headline line dates a page that gives no other",
       {{H, "Blog Home | Gardening   \u2022   March 4, 2021"}, {B, kBody1}, {B, kBody2}},
       0,
       "",
       "2021-03-04"},
      {"a date inside the headline's sentence is no publication date",
       {{H, "The storm of March 4, 2021 closes schools"}, {B, kBody1}, {B, kBody2}},
       0},
      {"a machine timestamp glued before the written date is the update stamp",
       {{H, "Storm closes schools across the county"},
        {M, "2024-04-18T13:00:39+00:00March 22nd, 2024 | 3 Comments"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2024-03-22",
       "2024-04-18T13:00:39+00:00"},
      {"a machine timestamp alone is the publication date",
       {{H, "Storm closes schools across the county"},
        {M, "2024-04-18T13:00:39+00:00"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2024-04-18T13:00:39+00:00"},
      {"a date without a year takes the earlier year its headline names",
       {{H, "Ten garden trends for 2023 that every grower should know"},
        {M, "Aug 15"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2023-08-15"},
      {"a headline year after the latest year a date without one can have changes nothing",
       {{H, "Ten garden trends to watch in 2025"}, {M, "Aug 15"}, {B, kBody1}, {B, kBody2}},
       0,
       "",
       "2024-08-15"},
      {"a headline number long before the latest year of a date without one is no year",
       {{H, "The top 2000 songs of all time"}, {M, "Aug 15"}, {B, kBody1}, {B, kBody2}},
       0,
       "",
       "2024-08-15"},
      {"a headline naming two years leaves a date without a year as it was",
       {{H, "From 2019 to 2023: ten garden trends"}, {M, "Aug 15"}, {B, kBody1}, {B, kBody2}},
       0,
       "",
       "2024-08-15"},
      {"a date without a year takes the last year the page's copyright and text reach",
       {{H, "Storm closes schools across the county"},
        {M, "Aug 15"},
        {B, kBody1},
        {B, "The county last closed every school in 2019."},
        {X, "\u00a9 2022 Dunmore Weekly"}},
       0,
       "Dunmore Weekly",
       "2022-08-15"},
      {"a date without a year takes the year of the page's latest full date",
       {{H, "Storm closes schools across the county"},
        {M, "Aug 15"},
        {B, kBody1},
        {B, kBody2},
        {X, "Member since March 3, 2021"}},
       0,
       "",
       "2021-08-15"},
      {"text written in a later year than the copyright's keeps a date without a year",
       {{H, "Storm closes schools across the county"},
        {M, "Aug 15"},
        {B, kBody1},
        {B, "The county expects fewer closures in 2024."},
        {X, "\u00a9 2022 Dunmore Weekly"}},
       0,
       "Dunmore Weekly",
       "2024-08-15"},
      {"years the text cites alone leave a date without a year as it was",
       {{H, "Storm closes schools across the county"},
        {M, "Aug 15"},
        {B, kBody1},
        {B, "Closures cost pupils weeks of learning (Ward, 2021)."}},
       0,
       "",
       "2024-08-15"},
      {"a paper's authors with the marks of their affiliations under the headline",
       {{H, "Sleep and memory in older adults: a review"},
        {X, "Celia Ward 1,\xE2\x9C\x89, Jonas Weber 2, Ana Ruiz 1,*"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Celia Ward, Jonas Weber, Ana Ruiz"},
      {"a name the model called metadata under the headline before a teaser's credit",
       {{H, "Storm closes schools across the county"},
        {M, "Celia Ward"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {X, "Floods close the coast road again"},
        {X, "By Jonas Weber"}},
       0,
       "Celia Ward"},
      {"a name under the headline with a prefixed credit near it is a caption's",
       {{H, "Storm closes schools across the county"},
        {M, "Celia Ward"},
        {X, "Written by"},
        {X, "Jonas Weber"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "Jonas Weber"},
      {"a name and a date under the headline before a metadata caption naming someone",
       {{H, "Storm closes schools across the county"},
        {X, "Parents wait for word from the county on when classes resume."},
        {X, "4 March 2021 - Celia Ward - 12 Comments"},
        {B, kBody1},
        {M, "The closed school on Harbor Road. (Harbor Archive)"},
        {B, kBody2}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"the credits of a list of teasers are not the text's",
       {{H, "Storm closes schools across the county"},
        {X, "Parents wait for word from the county on when classes resume."},
        {X, "Celia Ward"},
        {M, "4 March 2021"},
        {B, kBody1},
        {B, kBody2},
        {X, "Related stories"},
        {X, "Floods close the coast road again"},
        {X, "By Jonas Weber"},
        {X, "Ten things to keep at home for a storm"},
        {X, "By Ana Ruiz"}},
       0,
       "Celia Ward",
       "2021-03-04"},
      {"a teaser's credit the model called metadata is no credit either",
       {{X, "Most read"},
        {X, "Floods close the coast road again"},
        {M, "by Jonas Weber"},
        {X, "Ten things to keep at home for a storm"},
        {M, "by Ana Ruiz"},
        {X, "Advertisement"},
        {H, "Storm closes schools across the county"},
        {X, "Parents wait for word from the county on when classes resume."},
        {X, "Celia Ward"},
        {X, "4 March 2021"},
        {B, kBody1},
        {B, kBody2}},
       6,
       "Celia Ward",
       "2021-03-04"},
      {"a date beside a teaser's credit is the teaser's",
       {{X, "Floods close the coast road again"},
        {M, "by Jonas Weber"},
        {M, "2 March 2021"},
        {X, "Ten things to keep at home for a storm"},
        {M, "by Ana Ruiz"},
        {M, "1 March 2021"},
        {X, "Advertisement"},
        {H, "Storm closes schools across the county"},
        {X, "Celia Ward"},
        {X, "4 March 2021"},
        {B, kBody1},
        {B, kBody2}},
       7,
       "Celia Ward",
       "2021-03-04"},
      {"a credit printed again with one of its names is no teaser's",
       {{H, "Storm closes schools across the county"},
        {M, "By Jonas Weber and Ana Ruiz"},
        {B, kBody1},
        {B, kBody2},
        {X, "By Jonas Weber"},
        {B, kBody3}},
       0,
       "Jonas Weber and Ana Ruiz"},
      {"one text's authors credited on two lines are no teasers",
       {{H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2},
        {X, "By Jonas Weber"},
        {X, "By Ana Ruiz"}},
       0,
       "Jonas Weber"},
      {"a heading opening with a prefix before a word of the prose names no one",
       {{H, "Sturm schließt die Schulen im Landkreis"},
        {X, "Eltern warten auf Nachricht, wann der Unterricht wieder beginnt."},
        {X, "Celia Ward"},
        {M, "4. März 2021"},
        {B,
         "Am Montagabend erreichten die Sturmfluten die Küste, und der Landkreis schloss "
         "daraufhin jede einzelne Schule bis auf Weiteres."},
        {X, "Von Sturmfluten und Gewittern"},
        {B,
         "Die Behörden sagten, die Gebäude würden erst wieder öffnen, sobald alle Straßen "
         "im Landkreis geräumt und sicher seien."}},
       0,
       "Celia Ward",
       "2021-03-04",
       "",
       Language::kDe},
      {"names listed under the headline without marks or a date name no authors",
       {{H, "Sleep and memory in older adults: a review"},
        {X, "Celia Ward, Jonas Weber, Ana Ruiz"},
        {B, kBody1},
        {B, kBody2}},
       0},
      {"a list with marks far under the headline is the text's, not its credit",
       {{H, "Sleep and memory in older adults: a review"},
        {B, kBody1},
        {B, kBody2},
        {B, kBody3},
        {B, kBody1},
        {X, "Celia Ward 1, Jonas Weber 2, Ana Ruiz 1"},
        {B, kBody2}},
       0},
      {"a relative date keeps its day whatever year the headline names",
       {{H, "Ten garden trends for 2023"}, {M, "Updated 3 days ago"}, {B, kBody1}, {B, kBody2}},
       0,
       "",
       "2025-05-29",
       "2025-05-29"},
      {"the metadata line nearest the headline dates it, not an info box's above",
       {{X, "Game news"},
        {M, "Release: 14 Feb 2005 | Expansion: 29 Nov 2022"},
        {X, "Reviews"},
        {H, "My first online game made me a thief"},
        {M, "5 min read · 1 November 2023"},
        {B, kBody1},
        {B, kBody2}},
       3,
       "",
       "2023-11-01"},
      {"a date a renderer split out of a sentence is no date line",
       {{H, "Storm closes schools across the county"},
        {X, "On"},
        {X, "July 4, 2024"},
        {X, ", the council passed the storm budget."},
        {X, "Published Oct 10, 2023"},
        {B, kBody1},
        {B, kBody2}},
       0,
       "",
       "2023-10-10"},
      {"a date line beside a credit far under the text, when nothing nearer dates it",
       UnderTeasers({{X, "Share this"},
                     {M, "Written by"},
                     {M, "Celia Ward"},
                     {X, "April 8, 2024"},
                     {X, "Copy link"}}),
       0, "Celia Ward", "2024-04-08"},
      {"a date line by the headline beats a long caption the model took for metadata",
       {{M,
         "Volunteers clear the beach at Long Bay after the storm reached the coast on Oct. 21, "
         "2023. Photo: Jo Roe"},
        {H, "Storm closes schools across the county"},
        {X, "November 8 2023, 3:18 p.m."},
        {B, kBody1},
        {B, kBody2}},
       1,
       "",
       "2023-11-08T15:18"},
      {"the entries of a change log under an update cue are update dates",
       {{H, "How to choose a tool"},
        {X, "Updates"},
        {M, "2021-08-09 Added a section on requirements"},
        {M, "2022-04-12 Linked a guide to choosing software"},
        {B, kBody1},
        {B, kBody2},
        {X, "Published on 2021-01-18"}},
       0,
       "",
       "2021-01-18",
       "2021-08-09"},
      {"a change log's entries with lynx's list marks",
       {{H, "How to choose a tool"},
        {X, "* Updates"},
        {M, "+ 2021-08-09 Added a section on requirements"},
        {M, "+ 2022-04-12 Linked a guide to choosing software"},
        {B, kBody1},
        {B, kBody2},
        {X, "Published on 2021-01-18"}},
       0,
       "",
       "2021-01-18",
       "2021-08-09"},
      {"a headline line that opens with a date gives it before a teaser's under it",
       {{H, "Dec 17, 2024 \u00b7 Garden notes"},
        {X, "Tomatoes that survive the frost"},
        {B, kBody1},
        {B, kBody2},
        {X, "Other posts:"},
        {X, "Nov 25, 2024 \u00b7 Garden notes"},
        {X, "Planting garlic in the autumn"}},
       0,
       "",
       "2024-12-17"},
      {"a date line beside an update date found far under the text is the publication date",
       UnderTeasers({{X, "December 3, 2024."}, {X, "Updated: December 7, 2024"}, {X, "Copy link"}}),
       0, "", "2024-12-03", "2024-12-07"},
      {"one date under an update cue is the page's update date, not a log",
       {{X, "Starts: 13 May 2012 11:00"},
        {M, "Updated:"},
        {M, "15 February 2012"},
        {H, "Storm closes schools across the county"},
        {B, kBody1},
        {B, kBody2}},
       3,
       "",
       "2012-02-15"},
  };
  return cases;
}

// FindMetadata's article for `page`, whose lines have the labels of
// `labels` (the model's confidence 0.9; the headline probability 0.9 on
// headline rows), in `language` (English unless given), at `now` (kNow
// unless given).
Article FindOn(const Page& page, const std::vector<Label>& labels, long headline,
               Language language = Language::kEn, int64_t now = kNow) {
  std::vector<LineDecision> decisions;
  for (Label label : labels) {
    decisions.push_back(LineDecision{label, 0.9f, label == H ? 0.9f : 0.0f});
  }
  std::vector<std::string_view> texts;
  for (const Line& line : page.lines) texts.push_back(line.text);
  DateContext dates;
  dates.language = language;
  dates.now = now;
  const PageView view{page, decisions, texts, dates};
  Article article;
  std::vector<std::size_t> found_on;
  FindMetadata(view, headline, &article, &found_on);
  return article;
}

// A page of one line per text.
Page PageOf(const std::vector<std::string>& texts) {
  Page page;
  for (const std::string& text : texts) {
    Line line;
    line.text = text;
    page.lines.push_back(line);
  }
  return page;
}

TEST(FindMetadata, Table) {
  for (const Case& c : Cases()) {
    Page page;
    std::vector<Label> labels;
    for (const Row& row : c.rows) {
      Line line;
      line.text = row.text;
      page.lines.push_back(line);
      labels.push_back(row.label);
    }
    const Article article = FindOn(page, labels, c.headline, c.language);
    EXPECT_EQ(article.byline, c.byline) << c.name;
    EXPECT_EQ(article.date, c.date) << c.name;
    EXPECT_EQ(article.date_updated, c.date_updated) << c.name;
  }
}

// A date without a year read in a leap year ("Feb 29", 2024) has no day
// in the year before, which a headline names: it keeps the year it had.
TEST(FindMetadata, LeapDayKeepsItsYearUnderTheHeadlineYearBefore) {
  constexpr int64_t kInLeapYear = 1717200000;  // 2024-06-01T00:00:00Z
  const Page page = PageOf({"Leap day events for 2023", "Feb 29", kBody1, kBody2});
  EXPECT_EQ(FindOn(page, {H, M, B, B}, 0, Language::kEn, kInLeapYear).date, "2024-02-29");
  const Page march = PageOf({"Leap day events for 2023", "Mar 1", kBody1, kBody2});
  EXPECT_EQ(FindOn(march, {H, M, B, B}, 0, Language::kEn, kInLeapYear).date, "2023-03-01");
}

// A date without a year that took now's own year, on a page that writes
// neither that year nor a later one, takes the latest year the page writes
// (now may be months after the page was served); one that took the year
// before now's, or now's year on a page that writes it, keeps its year.
TEST(FindMetadata, YearlessDateInNowsYearTakesTheLatestYearThePageWrites) {
  constexpr int64_t kNovember = 1761955200;  // 2025-11-01T00:00:00Z
  const struct {
    const char* prose;
    int64_t now;
    const char* date;
  } cases[] = {
      {"The 2023 season closed every school in the county for a week.", kNovember, "2023-08-15"},
      {"The 2023 season was mild, and the 2025 budget adds new shelters.", kNovember, "2025-08-15"},
      {"The 2023 season was mild, though forecasts for 2032 are grim.", kNovember, "2023-08-15"},
      {"The 2023 season closed every school in the county for a week.", kNow, "2024-08-15"},
  };
  for (const auto& c : cases) {
    const Page page = PageOf({"Storm closes schools across the county", "Aug 15", c.prose, kBody2});
    EXPECT_EQ(FindOn(page, {H, M, B, B}, 0, Language::kEn, c.now).date, c.date) << c.prose;
  }
}

// A page that credits no one gives the writer's name alone beside the
// article's date line, far from the headline and the text.
TEST(FindMetadata, NameBesideTheDateLineIsTheByline) {
  std::vector<std::string> texts = {"Storm closes schools across the county", kBody1};
  std::vector<Label> labels = {H, B};
  for (const char* menu :
       {"Home", "World", "Politics", "Business", "Science", "Health", "Sport", "Culture", "Travel",
        "Opinion", "Weather", "Video", "Audio", "Maps", "Games"}) {
    texts.push_back(menu);
    labels.push_back(X);
  }
  texts.insert(texts.end(), {"Dana Whitfield", "Last updated: March 4, 2021"});
  labels.insert(labels.end(), {X, M});
  for (const char* menu : {"Share", "Print", "Email", "Save", "Comments", "Follow", "Newsletter",
                           "Podcasts", "Events", "Jobs", "Archive", "Contact", "About", "Help"}) {
    texts.push_back(menu);
    labels.push_back(X);
  }
  for (int k = 0; k < 4; ++k) {
    texts.push_back(k % 2 == 0 ? kBody1 : kBody2);
    labels.push_back(B);
  }
  const Article article = FindOn(PageOf(texts), labels, 0);
  EXPECT_EQ(article.date, "2021-03-04");
  EXPECT_EQ(article.byline, "Dana Whitfield");
  // Not a section's name in capitals that the prose writes in lower case.
  texts[17] = "County Schools";
  texts.push_back("The county schools will reopen when the roads are clear.");
  labels.push_back(B);
  EXPECT_EQ(FindOn(PageOf(texts), labels, 0).byline, "");
}

// A long run of digits in the headline is no year, and reading it must not
// overflow (the fuzz target found "222222222 * 10" under UBSan).
TEST(FindMetadata, LongDigitRunInTheHeadlineIsNoYear) {
  const Page page = PageOf({"Order 2222222222222222 ships in 2023", "Mar 1", kBody1, kBody2});
  EXPECT_EQ(FindOn(page, {H, M, B, B}, 0, Language::kEn, 1717200000).date, "2023-03-01");
}

// A sentence far down the text that leads into a list ("As of <date>, the
// county has reported:") is prose, not the text's date line: the date line
// under the text is.
TEST(FindMetadata, SentenceLeadingIntoAListIsNoDateLine) {
  std::vector<std::string> texts = {"Storm closes schools across the county"};
  std::vector<Label> labels = {H};
  for (int k = 0; k < 15; ++k) {
    texts.push_back(k % 2 == 0 ? kBody1 : kBody2);
    labels.push_back(B);
  }
  texts.insert(texts.end(),
               {"As of March 4, 2021, the county has reported:",
                "Twelve roads closed by fallen trees", "Page last reviewed:", "05/03/2021"});
  labels.insert(labels.end(), {B, B, X, X});
  EXPECT_EQ(FindOn(PageOf(texts), labels, 0).date, "2021-03-05");
}

// A change log under its cue line ("Updates" / "2021-08-09 Added ...")
// opening the text gives the update date, not the publication date, which
// the post's date line under the text gives.
TEST(FindMetadata, ChangeLogUnderItsCueLineOpeningTheText) {
  std::vector<std::string> texts = {
      "How to choose a tool for your team", "Updates",
      "2021-08-09 Added a section on the steps of choosing a tool, with examples from our work."};
  std::vector<Label> labels = {H, X, B};
  for (int k = 0; k < 15; ++k) {
    texts.push_back(k % 2 == 0 ? kBody1 : kBody2);
    labels.push_back(B);
  }
  texts.push_back("Published on 2021-01-18T19:55");
  labels.push_back(X);
  const Article article = FindOn(PageOf(texts), labels, 0);
  EXPECT_EQ(article.date, "2021-01-18T19:55");
  EXPECT_EQ(article.date_updated, "2021-08-09");
}

// A page whose credit stands far under the text, past a long list of
// related stories: `credit` then `name` on the lines after the list.
Article WithCreditFarBelow(const char* credit, const char* name) {
  std::vector<std::string> texts = {"Storm closes schools across the county", kBody1, kBody2,
                                    kBody3};
  std::vector<Label> labels = {H, B, B, B};
  for (int k = 0; k < 20; ++k) {
    texts.push_back("Related story number " + std::to_string(k + 1));
    labels.push_back(X);
  }
  texts.push_back(credit);
  texts.push_back(name);
  labels.push_back(X);
  labels.push_back(X);
  return FindOn(PageOf(texts), labels, 0);
}

TEST(FindMetadata, HeadlineBesideADateFarUnderTheText) {
  // The article's own entry in a list of latest stories.
  EXPECT_EQ(
      WithCreditFarBelow("Latest news", "Storm closes schools across the county04.03.2021 - 10:24")
          .date,
      "2021-03-04T10:24");
  // A list entry of another story gives nothing.
  EXPECT_EQ(WithCreditFarBelow("Latest news", "Storm closes roads04.03.2021 - 10:24").date, "");
}

TEST(FindMetadata, LabelledCreditFarUnderTheText) {
  EXPECT_EQ(WithCreditFarBelow("Written by", "Celia Ward").byline, "Celia Ward");
  EXPECT_EQ(WithCreditFarBelow("Autor:", "Jonas Weber").byline, "Jonas Weber");
  // A bare "By" there is as often a teaser's credit.
  EXPECT_EQ(WithCreditFarBelow("By", "Celia Ward").byline, "");
}

// Regression: a name under "About the author" far under the text was not
// taken unless a prefix joined it ("Written by" / "Celia Ward"), nor a
// first name alone or a desk there.
TEST(FindMetadata, NameUnderAnAuthorBoxHeadingFarUnderTheText) {
  EXPECT_EQ(WithCreditFarBelow("About the author", "Celia Ward").byline, "Celia Ward");
  EXPECT_EQ(WithCreditFarBelow("About the Author:", "Celia").byline, "Celia");
  EXPECT_EQ(WithCreditFarBelow("Autor*in", "Jonas Weber (Redakteur)").byline, "Jonas Weber");
  EXPECT_EQ(WithCreditFarBelow("Autor", "Acme Redaktion").byline, "Acme Redaktion");
  EXPECT_EQ(WithCreditFarBelow("À propos de l\xE2\x80\x99"
                               "auteur",
                               "Jeanne Roux")
                .byline,
            "Jeanne Roux");
  // Under "Author(s)" the names may stand one a line, with initials; the
  // list ends at the first line that is no name.
  {
    std::vector<std::string> texts = {"Storm closes schools across the county",
                                      kBody1,
                                      kBody2,
                                      "It's what the county's parents asked for, he said.",
                                      "Author(s)",
                                      "Maria J. Lopez",
                                      "Tomas S. Ekberg",
                                      "Download the report"};
    const Article article = FindOn(PageOf(texts), {H, B, B, B, X, X, X, X}, 0);
    EXPECT_EQ(article.byline, "Maria J. Lopez, Tomas S. Ekberg");
    EXPECT_EQ(article.authors.size(), 2u);
  }
  // A menu's "About" is no such heading, nor is a word of the prose a name.
  EXPECT_EQ(WithCreditFarBelow("About", "Celia Ward").byline, "");
  EXPECT_EQ(WithCreditFarBelow("About the author", "Website").byline, "");
}

// Regression: a name over a date line far from the headline (a post's
// header where the model missed the headline) was not taken.
// A page of `first`, then `entries` menu lines ("<entry> 1", "<entry> 2",
// ...) that the model took for the menu, then the headline and `body`.
Article WithLineOverMenu(const char* first, int entries, const std::string& entry,
                         const std::vector<std::string>& body) {
  std::vector<std::string> texts = {first};
  std::vector<Label> labels = {X};
  for (int k = 0; k < entries; ++k) {
    texts.push_back(entry + " " + std::to_string(k + 1));
    labels.push_back(X);
  }
  const long headline = static_cast<long>(texts.size());
  texts.push_back("Storm closes schools across the county");
  labels.push_back(H);
  for (const std::string& line : body) {
    texts.push_back(line);
    labels.push_back(B);
  }
  return FindOn(PageOf(texts), labels, headline);
}

// A page whose only credit is `credit`, far above the headline in what the
// model took for the menu.
Article WithCreditFarAbove(const char* credit) {
  return WithLineOverMenu(credit, 15, "Menu entry", {kBody1, kBody2, kBody3});
}

// A page whose text ends with a name on a line of its own and a paragraph
// that opens with it: `bio`, well under the headline.
Article WithNameOverBio(const char* name, const char* bio) {
  std::vector<std::string> texts = {"Storm closes schools across the county"};
  std::vector<Label> labels = {H};
  for (int k = 0; k < 16; ++k) {
    texts.push_back(k % 2 == 0 ? kBody1 : kBody2);
    labels.push_back(B);
  }
  texts.push_back(name);
  texts.push_back(bio);
  labels.push_back(X);
  labels.push_back(B);
  return FindOn(PageOf(texts), labels, 0);
}

TEST(FindMetadata, NameOverAPersonsBioUnderTheText) {
  EXPECT_EQ(
      WithNameOverBio("Celia Ward", "Celia Ward is a reporter at the Herald in Dunmore.").byline,
      "Celia Ward");
  EXPECT_EQ(WithNameOverBio("Celia Ward",
                            "Celia Ward has covered the county since 2009, and she "
                            "still rides the school bus once a year.")
                .byline,
            "Celia Ward");
  // A product or a firm introduced the same way is no author.
  EXPECT_EQ(WithNameOverBio("Acme Insight",
                            "Acme Insight is a premier analytics platform that turns sales "
                            "figures into charts.")
                .byline,
            "");
}

// A page whose menu, far above the headline, holds `line`; the text
// speaks of clients.
Article WithMenuLineFarAbove(const char* line) {
  return WithLineOverMenu(
      line, 12, "Menu entry number",
      {kBody1,
       "Our clients were told to check the county website every morning for the latest news on "
       "the roads."});
}

TEST(FindMetadata, CreditPhraseBeforeAWordOfTheProse) {
  EXPECT_EQ(WithMenuLineFarAbove("Apply to jobs posted by clients").byline, "");
  EXPECT_EQ(WithMenuLineFarAbove("Written by jsmith").byline, "jsmith");
}

// A credit line with a date far above the headline, in what the model took
// for the menu, dates a page that shows no other.
TEST(FindMetadata, DateOnACreditLineFarAboveTheHeadline) {
  EXPECT_EQ(WithCreditFarAbove("by Celia Ward | Mar 11, 2023 | Brakes, Repair | 0 comments").date,
            "2023-03-11");
}

TEST(FindMetadata, DateLineFarAboveTheHeadline) {
  EXPECT_EQ(WithCreditFarAbove("March 4, 2021, 9:15 a.m.").date, "2021-03-04T09:15");
  // A sentence with a date is no date line.
  EXPECT_EQ(WithCreditFarAbove("The council will meet again on March 4, 2021 to decide.").date, "");
}

TEST(FindMetadata, PrefixedCreditFarAboveTheHeadline) {
  EXPECT_EQ(WithCreditFarAbove("By Celia Ward").byline, "Celia Ward");
  // A filter heading in capitals, or one word, is no credit.
  EXPECT_EQ(WithCreditFarAbove("BY COMPANY TYPE").byline, "");
  EXPECT_EQ(WithCreditFarAbove("By Region").byline, "");
}

// A renderer's gap between page elements, which the page's lines collapse,
// still ends the credit: the input line is parsed.
TEST(FindMetadata, GapInTheInputLineEndsTheCredit) {
  const std::vector<std::string> input = {"Storm closes schools across the county",
                                          "By Celia Ward\xC2\xA0\xC2\xA0 View In Digital Edition",
                                          kBody1, kBody2};
  Page page;
  for (std::size_t i = 0; i < input.size(); ++i) {
    Line line;
    line.text = i == 1 ? "By Celia Ward View In Digital Edition" : input[i];
    line.first = static_cast<uint32_t>(i);
    line.last = static_cast<uint32_t>(i);
    page.lines.push_back(line);
    page.input_lines.push_back(input[i]);
  }
  EXPECT_EQ(FindOn(page, {H, B, B, B}, 0).byline, "Celia Ward");
}

}  // namespace
}  // namespace pith::internal

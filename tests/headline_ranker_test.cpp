// The headline ranker: its candidates and features (headline.h
// HeadlineCandidates), its choice (RankHeadline) and how PickHeadline uses
// it. Pages are written for the test, one line per row with the decision
// the model gave it.
#include "headline_ranker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "headline.h"

namespace pith::internal {
namespace {

struct Row {
  Label label;
  const char* text;
  float headline;  // the model's headline probability
};

// A page and its decisions, kept alive for the PageView.
struct TestPage {
  Page page;
  std::vector<LineDecision> decisions;
  std::vector<std::string_view> texts;
  DateContext dates;

  explicit TestPage(const std::vector<Row>& rows) {
    for (const Row& row : rows) {
      Line line;
      line.text = row.text;
      line.first = line.last = static_cast<uint32_t>(page.lines.size());
      page.lines.push_back(line);
      LineDecision decision{row.label, 0.9f, row.headline};
      decision.label_probabilities[static_cast<std::size_t>(row.label)] = 0.9f;
      decisions.push_back(decision);
    }
    for (const Line& line : page.lines) texts.push_back(line.text);
    dates.language = Language::kEn;
  }
  PageView view() const { return PageView{page, decisions, texts, dates}; }
};

constexpr Label H = Label::kHeadline;
constexpr Label M = Label::kMetadata;
constexpr Label B = Label::kBody;
constexpr Label X = Label::kBoilerplate;

// A <title> copy first, a teaser the model likes, then the article.
const std::vector<Row>& Page1() {
  static const std::vector<Row> rows = {
      {X, "Storm closes every school in the county | The Town Paper", 0.2f},
      {X, "Home", 0.0f},
      {X, "Markets rally as rates hold steady again", 0.6f},
      {H, "Storm closes every school in the county", 0.5f},
      {M, "By Jo Smith, 4 March 2025", 0.0f},
      {B, "The storm reached the coast on Monday night and every school in the county closed.",
       0.0f},
      {B, "Officials said the schools would reopen once the roads were cleared of trees.", 0.0f},
  };
  return rows;
}

std::size_t Column(const char* name) {
  const auto& names = HeadlineFeatureNames();
  return static_cast<std::size_t>(
      std::find_if(names.begin(), names.end(),
                   [&](const char* n) { return std::string(n) == name; }) -
      names.begin());
}

const HeadlineCandidate* Find(const std::vector<HeadlineCandidate>& candidates, long line) {
  for (const HeadlineCandidate& c : candidates) {
    if (c.line == line) return &c;
  }
  return nullptr;
}

TEST(HeadlineRanker, FeatureNamesAreUnique) {
  const auto& names = HeadlineFeatureNames();
  for (std::size_t i = 0; i < names.size(); ++i) {
    for (std::size_t j = i + 1; j < names.size(); ++j) {
      EXPECT_NE(std::string(names[i]), std::string(names[j]));
    }
  }
}

TEST(HeadlineRanker, HighestScoreWinsFirstOfEquals) {
  HeadlineRanker ranker;
  ranker.weights.assign(kHeadlineFeatureCount, 0.0f);
  ranker.weights[0] = 1.0f;
  ranker.weights[1] = -2.0f;
  std::vector<HeadlineCandidate> candidates(4);
  const float values[][2] = {{1.0f, 0.0f}, {3.0f, 0.5f}, {2.0f, 0.0f}, {2.0f, 0.0f}};
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    candidates[k].line = static_cast<long>(10 + k);
    candidates[k].features[0] = values[k][0];
    candidates[k].features[1] = values[k][1];
  }
  // Line 11 scores 3 - 2 * 0.5 = 2, as lines 12 and 13 do: the first wins.
  EXPECT_EQ(ScoreHeadlines(ranker, candidates), (std::vector<float>{1.0f, 2.0f, 2.0f, 2.0f}));
  EXPECT_EQ(RankHeadline(ranker, candidates), 11);
  EXPECT_EQ(RankHeadline(ranker, {}), -1);
}

// The trees' margin (headline output minus other output) adds to the
// linear score: one split on feature 1 turns the pick of the weights.
TEST(HeadlineRanker, TreesMarginAddsToTheLinearScore) {
  HeadlineRanker ranker;
  ranker.weights.assign(kHeadlineFeatureCount, 0.0f);
  ranker.weights[0] = 1.0f;
  std::vector<HeadlineCandidate> candidates(2);
  candidates[0].line = 4;
  candidates[0].features[0] = 2.0f;  // linear 2
  candidates[1].line = 9;
  candidates[1].features[0] = 1.0f;  // linear 1
  candidates[1].features[1] = 1.0f;
  EXPECT_EQ(RankHeadline(ranker, candidates), 4);
  ranker.trees.num_inputs = static_cast<uint32_t>(kHeadlineFeatureCount);
  ranker.trees.num_outputs = 2;
  ranker.trees.base = {0.5f, 0.5f};
  ranker.trees.roots = {0};
  // feature 1 < 0.5: margin 0 - 0.25; else 3 - 1 = +2.
  ranker.trees.nodes = {TreeNode{1, 0.5f, -1, -2}};
  ranker.trees.leaf_values = {0.25f, 0.0f, 1.0f, 3.0f};
  ASSERT_EQ(CheckEnsemble(ranker.trees), "");
  ranker.forest = CompileForest(ranker.trees);
  ASSERT_TRUE(ranker.has_trees());
  EXPECT_EQ(RankHeadline(ranker, candidates), 9);  // 1.75 against 3
  EXPECT_EQ(ScoreHeadlines(ranker, candidates), (std::vector<float>{1.75f, 3.0f}));
  ranker.trees.leaf_values = {0.0f, 0.0f, 1.0f, 1.5f};
  ranker.forest = CompileForest(ranker.trees);
  EXPECT_EQ(RankHeadline(ranker, candidates), 4);  // 2 against 1.5
}

TEST(HeadlineRanker, CandidatesAndTheirFeatures) {
  const TestPage page(Page1());
  const std::vector<HeadlineCandidate> candidates = HeadlineCandidates(page.view());
  // Line 1 ("Home") is no plausible headline, the body lines have no
  // headline probability and are not above the article.
  ASSERT_NE(Find(candidates, 0), nullptr);
  ASSERT_NE(Find(candidates, 2), nullptr);
  ASSERT_NE(Find(candidates, 3), nullptr);
  EXPECT_EQ(Find(candidates, 1), nullptr);
  EXPECT_EQ(Find(candidates, 5), nullptr);
  const HeadlineCandidate& headline = *Find(candidates, 3);
  const HeadlineCandidate& teaser = *Find(candidates, 2);
  const HeadlineCandidate& title = *Find(candidates, 0);
  EXPECT_EQ(headline.features[Column("rule_pick")], 1.0f);
  EXPECT_EQ(teaser.features[Column("rule_pick")], 0.0f);
  EXPECT_EQ(headline.features[Column("in_first_line")], 1.0f);
  EXPECT_EQ(teaser.features[Column("in_first_line")], 0.0f);
  EXPECT_EQ(title.features[Column("first_line")], 1.0f);
  EXPECT_EQ(teaser.features[Column("most_probable")], 1.0f);
  EXPECT_EQ(headline.features[Column("credit_below")], 1.0f);
  EXPECT_EQ(headline.features[Column("decoded_headline")], 1.0f);
  EXPECT_EQ(headline.features[Column("nearest_above_article")], 1.0f);
  EXPECT_GT(headline.features[Column("body_overlap")], 0.5f);
  EXPECT_EQ(teaser.features[Column("no_body_overlap")], 1.0f);
  EXPECT_EQ(teaser.features[Column("below_rule_pick")], 0.0f);
  for (const HeadlineCandidate& c : candidates) {
    for (float v : c.features) EXPECT_TRUE(std::isfinite(v));
  }
}

// The marks of a list item, a date and a menu's pipes: columns that let the
// ranker tell a headline from a numbered section heading, a dated teaser
// or a menu line the model liked.
TEST(HeadlineRanker, ListMarkDateAndPipeColumns) {
  struct Case {
    const char* text;
    float list_mark;
    float has_date;
    float pipes;
  };
  const Case cases[] = {
      {"Storm closes every school in the county", 0, 0, 0},
      {"3. Storm closes every school in the county", 1, 0, 0},
      {"12) Storm closes every school in the county", 1, 0, 0},
      {"3.5 million pupils stay home as the storm closes schools", 0, 0, 0},
      {"2025 storm closes every school in the county", 0, 0, 0},
      {"* Storm closes every school in the county", 1, 0, 0},
      {"\xE2\x80\xA2 Storm closes every school in the county", 1, 0, 0},
      {"[ ] Keep me signed in on this computer", 1, 0, 0},
      {"(Click for the full review) Storm closes schools", 1, 0, 0},
      {"Storm closes schools, published 4 March 2025", 0, 1, 0},
      {"Home | News | Storm closes every school", 0, 0, 2},
      {"News | Sport | Weather | Culture | Storm closes schools", 0, 0, 3},
  };
  for (const Case& c : cases) {
    const TestPage page({
        {H, c.text, 0.9f},
        {B, "The storm reached the coast on Monday night and every school in the county closed.",
         0.0f},
    });
    const std::vector<HeadlineCandidate> candidates = HeadlineCandidates(page.view());
    const HeadlineCandidate* candidate = Find(candidates, 0);
    ASSERT_NE(candidate, nullptr) << c.text;
    EXPECT_EQ(candidate->features[Column("list_mark")], c.list_mark) << c.text;
    EXPECT_EQ(candidate->features[Column("has_date")], c.has_date) << c.text;
    EXPECT_EQ(candidate->features[Column("pipes")], c.pipes) << c.text;
  }
}

// lynx indents paragraphs, not headings: the indent columns say where a
// candidate stands against the first body line under it.
TEST(HeadlineRanker, IndentColumnsCompareWithTheBodyBelow) {
  TestPage page({
      {H, "Storm closes every school in the county", 0.9f},
      {X, "Markets rally as rates hold steady again", 0.3f},
      {B, "The storm reached the coast on Monday night and every school in the county closed.",
       0.0f},
      {X, "Rates hold steady for the third month in a row", 0.3f},
  });
  page.page.lines[1].indent = 3;
  page.page.lines[2].indent = 3;
  page.page.lines[3].indent = 40;
  const std::vector<HeadlineCandidate> candidates = HeadlineCandidates(page.view());
  const HeadlineCandidate* headline = Find(candidates, 0);
  const HeadlineCandidate* teaser = Find(candidates, 1);
  ASSERT_NE(headline, nullptr);
  ASSERT_NE(teaser, nullptr);
  EXPECT_EQ(headline->features[Column("indent_log")], 0.0f);
  EXPECT_EQ(headline->features[Column("indent_against_body")], -3.0f);
  EXPECT_FLOAT_EQ(teaser->features[Column("indent_log")], std::log1p(3.0f));
  EXPECT_EQ(teaser->features[Column("indent_against_body")], 0.0f);
  // No body below it: no comparison; the indent capped at 20.
  const HeadlineCandidate* below = Find(candidates, 3);
  ASSERT_NE(below, nullptr);
  EXPECT_FLOAT_EQ(below->features[Column("indent_log")], std::log1p(20.0f));
  EXPECT_EQ(below->features[Column("indent_against_body")], 0.0f);
}

// A ranker that weighs one feature column alone.
HeadlineRanker RankerOfOneColumn(const char* column, float weight) {
  HeadlineRanker ranker;
  ranker.weights.assign(kHeadlineFeatureCount, 0.0f);
  ranker.weights[Column(column)] = weight;
  return ranker;
}

// A ranker that follows the model's headline odds alone.
HeadlineRanker RankerOfTheModelsOdds() { return RankerOfOneColumn("headline_log_odds", 1.0f); }

const char* const kKerryText =
    "Senator John Kerry endorsed Barack Obama for president on Thursday.";

// The line that the ranker of the model's odds picks on a page of "Home",
// `candidate` (the line the model is surest is the headline), a plausible
// headline it is less sure of and the text: 1 keeps the candidate, 2 is
// the next candidate.
long PickBeforeNextCandidate(const char* candidate) {
  const TestPage page({
      {X, "Home", 0.0f},
      {H, candidate, 0.9f},
      {X, "Kerry endorses Obama", 0.4f},
      {B, kKerryText, 0.0f},
  });
  return PickHeadline(page.view(), RankerOfTheModelsOdds()).line;
}

// The same pick on a page of `candidate` over the text alone: -1 is no
// headline.
long PickAsLoneCandidate(const char* candidate) {
  const TestPage alone({
      {H, candidate, 0.9f},
      {B, kKerryText, 0.0f},
  });
  return PickHeadline(alone.view(), RankerOfTheModelsOdds()).line;
}

// A ranker that takes the longest candidate.
HeadlineRanker RankerOfTheLongestCandidate() { return RankerOfOneColumn("letter_words_log", 5.0f); }

TEST(HeadlineRanker, PickHeadlineFollowsTheRankerOrTheRules) {
  const TestPage page(Page1());
  EXPECT_EQ(PickHeadline(page.view(), HeadlineRanker{}).line, 3);
  EXPECT_EQ(PickHeadline(page.view(), RankerOfOneColumn("most_probable", 1.0f)).line, 2);
  EXPECT_EQ(PickHeadline(page.view(), RankerOfOneColumn("rule_pick", 1.0f)).line, 3);
}

// The site's name is never the headline: a pick whose every word is inside a
// domain the page shows gives way to the ranker's next candidate. A title
// that names only a file ("...fisherman.html"), or that is itself dotted
// ("Going...Going...Gone!"), or that is the only candidate, stays.
TEST(HeadlineRanker, SiteNameOfADomainGivesWayToTheNextCandidate) {
  struct SiteCase {
    const char* name;
    const char* site_line;  // the line after the article's first body line
    const char* pick;       // the line the model likes best
    long want;
  };
  const std::vector<SiteCase> cases = {
      {"a domain holds the picked words", "toronto.ctv.ca", "CTV Toronto", 2},
      {"a blog's host name", "Posted at kingdomofstyle.typepad.co.uk", "Kingdom Of Style", 2},
      {"a generic word the domain leaves out", "www.summitdaily.com", "Summit Daily News", 2},
      {"one word in the domain and one generic", "Read more at summit.com", "The Summit", 1},
      {"a file name is no domain", "Link: police-recover-fisherman.html",
       "Police Recover Fisherman", 1},
      {"no domain at all", "Police said the search ended on Tuesday.", "CTV Toronto", 1},
      {"a dotted title is no domain", "Going...Going...Gone! is the post's title.",
       "Going...Going...Gone!", 1},
  };
  for (const SiteCase& c : cases) {
    SCOPED_TRACE(c.name);
    const TestPage page({
        {X, "Home", 0.0f},
        {H, c.pick, 0.9f},
        {X, "Police recover body of missing Toronto fisherman", 0.4f},
        {B, "York Regional Police have recovered the body of a missing Toronto man.", 0.0f},
        {B, c.site_line, 0.0f},
    });
    const HeadlineRanker ranker = RankerOfTheModelsOdds();
    EXPECT_EQ(PickHeadline(page.view(), ranker).line, c.want);
  }
  // With no other candidate the site's name stays.
  const TestPage alone({
      {H, "CTV Toronto", 0.9f},
      {B, "York Regional Police have recovered the body of a missing Toronto man.", 0.0f},
      {B, "toronto.ctv.ca", 0.0f},
  });
  EXPECT_EQ(PickHeadline(alone.view(), RankerOfTheModelsOdds()).line, 0);
}

// A blog's name that lynx's line of the page's feeds names as a feed of the
// site ("#Jo's Kitchen - Atom Jo's Kitchen - RSS") gives way to the next
// candidate, and so does that line itself; a post's own comment feed names
// the headline, which stays.
TEST(HeadlineRanker, SiteFeedNameGivesWayToTheNextCandidate) {
  struct FeedCase {
    const char* name;
    const char* feed_line;
    const char* pick;  // nullptr: the feed line itself
    long want;
  };
  const std::vector<FeedCase> cases = {
      {"Blogger's Atom and RSS feeds", "#Jo's Kitchen - Atom Jo's Kitchen - RSS", "Jo's Kitchen",
       3},
      {"WordPress's feed", "#Jo's Kitchen \u00BB Feed Jo's Kitchen \u00BB Comments Feed",
       "Jo's Kitchen", 3},
      {"an RSS 2.0 feed", "#Jo's Kitchen (RSS 2.0) Jo's Kitchen (Atom 1.0)", "Jo's Kitchen", 3},
      {"the feed line itself", "#Jo's Kitchen - Atom Jo's Kitchen - RSS", nullptr, 3},
      {"a feed line of a post's comments itself", "#Jo's Kitchen \u00BB Lemon Pie Comments Feed",
       nullptr, 3},
      {"a post's comment feed",
       "#Jo's Kitchen \u00BB Feed Jo's Kitchen \u00BB Lemon Pie Comments Feed", "Lemon Pie", 1},
      {"a post's comments (RSS 2.0)", "#Lemon Pie - Comments for this post (RSS 2.0)", "Lemon Pie",
       1},
      {"no feed line", "Jo's Kitchen - a blog about baking", "Jo's Kitchen", 1},
  };
  for (const FeedCase& c : cases) {
    SCOPED_TRACE(c.name);
    const bool feed_picked = c.pick == nullptr;
    const TestPage page({
        {X, c.feed_line, feed_picked ? 0.9f : 0.0f},
        {feed_picked ? X : H, feed_picked ? "Home" : c.pick, feed_picked ? 0.0f : 0.9f},
        {X, "Home", 0.0f},
        {X, "Lemon tart at last", 0.4f},
        {B, "After three failed attempts the lemon tart finally set on Sunday.", 0.0f},
    });
    EXPECT_EQ(PickHeadline(page.view(), RankerOfTheModelsOdds()).line, c.want);
  }
}

// A page's control or a picture is never the headline: a share or mail
// button, a call to follow, sign up or comment, a legal link, lynx's image
// placeholders, a bare file name or someone's blog's name give way to the
// next candidate, and, with none left, to no headline at all.
TEST(HeadlineRanker, PageControlGivesWayToTheNextCandidate) {
  for (const char* control : {"E-mail",
                              "FOLLOW KOTAKU",
                              "Tell us what you think about this!",
                              "Sign up to receive regular emails like this",
                              "delicious Save This Page",
                              "MAIL THIS STORY [spazio.gif] PRINT FRIENDLY",
                              "[spazio.gif] [spazio.gif] [spazio.gif]",
                              "[What you need to know to start the day]",
                              "RUU_1696.JPG",
                              "siri-smart.png",
                              "Buy Now",
                              "Code of conduct",
                              "Read all of our other series here",
                              "Get Demostart free trial",
                              "DOWNLOAD: Oberhofer - Landline(MP3)",
                              "Get in touch with the Spice AI team",
                              "Newer Post Older Post Home",
                              "Lord Condon (Pic:PA) Lord Condon (Pic:PA)",
                              "digg it digg it",
                              "(BUTTON) Subscribe (BUTTON) Sign in",
                              "Submit comment: Submit comment",
                              "Terms of use",
                              "Privacy Policy",
                              "Translate This Blog",
                              "Colin Watson's blog",
                              "Jo Smith\u2019s Substack"}) {
    SCOPED_TRACE(control);
    EXPECT_EQ(PickBeforeNextCandidate(control), 2);
  }
  for (const char* control : {"View Profile", "(BUTTON) Subscribe (BUTTON) Sign in"}) {
    SCOPED_TRACE(control);
    EXPECT_EQ(PickAsLoneCandidate(control), -1);
  }
}

// A piece of an English sentence that a renderer cut at a link or a line
// break, ending on an article, a conjunction or a preposition in lower case,
// is no headline: the next candidate is, or none. A title case ending ("... Worth
// Waiting For") and a heading that get_text split at a link, which the next
// lines continue as the page's first line shows, stay.
TEST(HeadlineRanker, SentenceCutShortGivesWayToTheNextCandidate) {
  for (const char* cut : {"Las Vegas, Microsoft Corp. announced that Zune will be available in",
                          "According to a report on", "The Daring Fireball website is hosted by",
                          "Looking for the best French press? We love the",
                          "magazine offering radical analysis of politics, social movements and"}) {
    SCOPED_TRACE(cut);
    EXPECT_EQ(PickBeforeNextCandidate(cut), 2);
    EXPECT_EQ(PickAsLoneCandidate(cut), -1);
  }
  EXPECT_EQ(PickBeforeNextCandidate("Ten Gadgets Worth Waiting For"), 1);
  const TestPage split({
      {X, "Tami Taylor Confirms That Women of Friday Night Lights Would Hate Mitt Romney", 0.0f},
      {H, "Tami Taylor Confirms That Women of", 0.9f},
      {X, "Friday Night Lights", 0.0f},
      {X, "Would Hate Mitt Romney", 0.0f},
      {X, "Kerry endorses Obama", 0.4f},
      {B, kKerryText, 0.0f},
  });
  EXPECT_EQ(PickHeadline(split.view(), RankerOfTheModelsOdds()).line, 1);
}

// A notice of the site about cookies, JavaScript, an old browser or a PHP
// warning is no headline, not even as the lone candidate; a recipe's
// cookies and a post about JavaScript are.
TEST(HeadlineRanker, SiteNoticeGivesWayToTheNextCandidate) {
  for (const char* notice :
       {"You need to have javascript enabled to view this page correctly",
        "Wie wir Cookies verwenden", "COOKIES auf der Dr. Oetker Website",
        "Dein Browser ist leider veraltet.", "Lade einen neueren Browser herunter",
        "Please update your browser",
        "Strict Standards: Declaration of Walker_Page::start_lvl() should be compatible in "
        "/www/htdocs/wp-includes/classes.php on line 1199"}) {
    SCOPED_TRACE(notice);
    EXPECT_EQ(PickBeforeNextCandidate(notice), 2);
    EXPECT_EQ(PickAsLoneCandidate(notice), -1);
  }
  for (const char* headline : {"Chewy Chocolate Chip Cookies", "Learn JavaScript in a Weekend",
                               "Which Browser Is the Fastest?"}) {
    SCOPED_TRACE(headline);
    EXPECT_EQ(PickBeforeNextCandidate(headline), 1);
  }
}

// Without a ranker (models/fast.pithm) the rules' pick gets the same checks:
// a control or the site's name that the model is surer of than of the
// headline gives way to the rules' next line.
TEST(HeadlineRanker, WithoutARankerTheRulesPickGivesWayToo) {
  for (const char* control : {"Translate This Blog", "Colin Watson's blog", "Privacy Policy"}) {
    SCOPED_TRACE(control);
    const TestPage page({
        {X, "Home", 0.0f},
        {H, control, 0.99f},
        {X, "A quiet week", 0.3f},
        {B, kKerryText, 0.0f},
    });
    EXPECT_EQ(PickHeadline(page.view(), HeadlineRanker{}).line, 2);
  }
}

// A headline that merely repeats a word or a phrase is no picture, and one
// about someone's blog is no blog's name: it stays.
TEST(HeadlineRanker, RepeatedWordsAndBlogsInTheNewsStay) {
  for (const char* headline :
       {"Tora! Tora!", "Bye Bye", "New York, New York", "Going going gone going going gone",
        "Why everyone is reading the minister's blog"}) {
    SCOPED_TRACE(headline);
    EXPECT_EQ(PickBeforeNextCandidate(headline), 1);
  }
}

// A ranker that takes a long standfirst for the headline gives way to the
// headline right above it, as the rules do.
TEST(HeadlineRanker, LongStandfirstPickedGivesWayToTheHeadlineAbove) {
  const TestPage page({
      {X, "Home", 0.0f},
      {H, "Volunteers rescue the old lido from closure", 0.9f},
      {B,
       "After two years of bake sales and sponsored swims the volunteers have raised enough "
       "money to repair the leaking lido tank",
       0.05f},
      {M, "By Ruth Calloway", 0.0f},
      {B, "The volunteers raised the money for the lido over two years of bake sales.", 0.0f},
      {B, "The lido closure was planned for 2023 before the volunteers stepped in.", 0.0f},
  });
  const HeadlineChoice choice = PickHeadline(page.view(), RankerOfTheLongestCandidate());
  EXPECT_EQ(choice.line, 1);
  EXPECT_EQ(choice.standfirst, 2);
}

// ... but not to a control of the page right above a long headline.
TEST(HeadlineRanker, LongHeadlinePickedKeepsItsPlaceUnderAControl) {
  const TestPage page({
      {X, "Home", 0.0f},
      {X, "(BUTTON) Subscribe to the lido news (BUTTON) Sign in", 0.0f},
      {B,
       "After two years of bake sales and sponsored swims the volunteers have raised enough "
       "money to repair the leaking lido tank",
       0.05f},
      {M, "By Ruth Calloway", 0.0f},
      {B, "The volunteers raised the money for the lido over two years of bake sales.", 0.0f},
      {B, "Subscribe to the lido news: the lido closure was planned for 2023.", 0.0f},
  });
  EXPECT_EQ(PickHeadline(page.view(), RankerOfTheLongestCandidate()).line, 2);
}

// A <title> copy that puts a blog's name before the headline with a colon
// gives way to the headline line; a headline holding a colon itself keeps
// its place over a line reading its first part alone (a section heading).
TEST(HeadlineRanker, SiteNameBeforeAColonGivesWayToTheHeadlineLine) {
  struct ColonCase {
    const char* name;
    const char* copy;     // the first line, the ranker's pick
    const char* heading;  // the line above the body
    long want;
  };
  const std::vector<ColonCase> cases = {
      {"a blog's name before the colon",
       "Lido Friends Blog: Volunteers rescue the old lido from closure",
       "Volunteers rescue the old lido from closure", 2},
      {"the headline's own colon",
       "Volunteers rescue the old lido from closure: what the town gains",
       "Volunteers rescue the old lido from closure", 0},
      {"no line reads the rest alone",
       "Lido Friends Blog: Volunteers rescue the old lido from closure",
       "Volunteers rescue the lido", 0},
  };
  for (const ColonCase& c : cases) {
    SCOPED_TRACE(c.name);
    const TestPage page({
        {X, c.copy, 0.3f},
        {X, "Home", 0.0f},
        {H, c.heading, 0.1f},
        {B, "The volunteers raised the money for the old lido over two years of bake sales.", 0.0f},
        {B, "The lido closure was planned for 2023 before the volunteers stepped in.", 0.0f},
    });
    EXPECT_EQ(PickHeadline(page.view(), RankerOfTheLongestCandidate()).line, c.want);
  }
}

// A first line that puts a blog's name before the post's title gives way
// to the candidate that reads the part after the colon, even one short or
// decoded as boilerplate (a post title styled like the blog's sidebar),
// when that part is the longer one and no control.
TEST(HeadlineRanker, TitleCopyGivesWayToTheCandidateAfterItsColon) {
  struct Case {
    const char* name;
    const char* copy;     // the first line, the ranker's pick
    const char* heading;  // a boilerplate candidate further down
    long want;
  };
  const std::vector<Case> cases = {
      {"a blog's name before a short post title", "Letters of Note: Some annoying news",
       "Some annoying news", 2},
      {"the part after the colon is the shorter", "Letters of Note from the Archive: Hunger",
       "Hunger", 0},
      {"no candidate reads the part", "Letters of Note: Some annoying news",
       "Some annoying news today", 0},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const TestPage page({
        {X, c.copy, 0.9f},
        {X, "Letters of Note", 0.0f},
        {X, c.heading, 0.05f},
        {B, "The volunteers raised the money for the old lido over two years of bake sales.", 0.0f},
    });
    EXPECT_EQ(PickHeadline(page.view(), RankerOfTheModelsOdds()).line, c.want);
  }
}

// A newsletter post: the title right under the sign-in bar, then the
// subtitle that the ranker likes as it sits right above the author. The
// title wins; under another line the subtitle stays.
TEST(HeadlineRanker, SubtitleUnderASignInBarGivesWayToTheTitle) {
  struct BarCase {
    const char* name;
    const char* bar;
    const char* gap;  // between the bar, the title and the subtitle
    long want;        // the title's line
  };
  const std::vector<BarCase> cases = {
      {"innerText runs the buttons together", "SubscribeSign in", nullptr, 1},
      {"lynx's buttons", "   (BUTTON) Subscribe (BUTTON) Sign in", "", 2},
      {"a menu is no sign-in bar", "Home", nullptr, 2},
      {"nor is a lone button", "(BUTTON) Subscribe", nullptr, 2},
  };
  for (const BarCase& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Row> rows = {{X, c.bar, 0.0f}};
    if (c.gap != nullptr) rows.push_back({X, c.gap, 0.0f});
    rows.push_back({X, "Notes from a year of tending the town lido", 0.3f});
    if (c.gap != nullptr) rows.push_back({X, c.gap, 0.0f});
    rows.push_back({H, "What the volunteers learned about old pools", 0.8f});
    rows.push_back({M, "Ruth Calloway", 0.0f});
    rows.push_back({B, "The volunteers tended the town lido for a year of bake sales.", 0.0f});
    rows.push_back({B, "Old pools leak, and the volunteers learned to mend them.", 0.0f});
    const TestPage page(rows);
    EXPECT_EQ(PickHeadline(page.view(), RankerOfTheModelsOdds()).line, c.want);
  }
}

}  // namespace
}  // namespace pith::internal

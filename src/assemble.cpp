#include "assemble.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "byline.h"
#include "hash.h"
#include "headline.h"
#include "inline_markup.h"
#include "labelled_page.h"
#include "metadata_search.h"
#include "simple_fold.h"
#include "title.h"
#include "words.h"

namespace pith::internal {
namespace {

// An article's byline, date and dateline sit within this many input lines
// of its headline, its first or its last body line: a metadata label further
// away is another item's (a related story's date, a commenter's name).
constexpr long kMetadataReach = 12;

// The byline and date lines the assembler used are labelled metadata only
// within this many lines of the headline: one found further away (an author
// box, a date line under the text) is labelled as the model decoded it,
// which agreed with the gold labels more often on held-out train.
constexpr long kCreditReach = 5;

// Lines right under the headline searched for the text's first paragraph
// (kLeadProseWords), and lines above the first body line within which an
// unsure boilerplate line of prose is a standfirst.
constexpr std::size_t kLeadProseReach = 12;
constexpr std::size_t kStandfirstAbove = 8;

// A standfirst (dek) labelled as a second headline is prose of at least
// this many words (DESIGN.md section 10: it is the first body paragraph).
constexpr std::size_t kStandfirstWords = 12;

// A line this long right under the headline is prose: the text's first
// paragraph, even when decoded as boilerplate (BodyLines).
constexpr std::size_t kLeadProseWords = 30;
// In bytes, for scripts whose words are long (Korean) or unspaced: a
// sentence this long (about 30 English words) is prose too.
constexpr std::size_t kLeadProseBytes = 180;

// Prose right after the last body line, up to this many lines of this many
// words or more each, is the text's end decoded as boilerplate (BodyLines).
constexpr std::size_t kTailProseLines = 3;
constexpr std::size_t kTailProseWords = 20;

// A body line of at most this many words with an image credit is a caption
// (BodyLines): above the first prose paragraph any such line, below it one
// that ends with the credit.
constexpr std::size_t kCaptionWords = 30;
// The most words of a picture credit's name on its own line.
constexpr std::size_t kCreditNameWords = 4;

// Body lines apart from the text (DropProselessBlocks): runs of body lines,
// gaps of up to kBlockGap other lines allowed; a line of kBlockProseWords
// words or more is prose even without a full stop ("... the stars. [M1]").
constexpr std::size_t kBlockGap = 3;
constexpr std::size_t kBlockProseWords = 20;
// At this many body lines with no prose among them, the page is a list of
// teasers or links, not an article (HoldsNoArticle). Fewer lines may be a
// photo page's caption or a short post.
constexpr std::size_t kTeaserListLines = 4;

// A comments heading below this many sentences of the text starts the
// comment thread (DropCommentThread); above, it is a comment count.
constexpr std::size_t kThreadAfterSentences = 3;

// A comment's action row ("Reply", "Reply to This Parent Share", "Flag as
// Inappropriate") repeats under every comment: at this many copies on the
// page, the first one below kThreadAfterSentences sentences is inside the
// thread (DropCommentThread).
constexpr std::size_t kCommentActionCopies = 3;
constexpr std::size_t kCommentActionBytes = 40;

// A comment thread signs each comment on a line of its own, with its date
// and time or with the commenter's name and "says:": at this many such
// lines below kThreadAfterSentences sentences of the text, the first starts
// the thread (DropCommentThread). A time stamp's line has at most
// kTimeStampBytes bytes, kTimeStampExtraBytes of them besides the date
// ("Posted on ", " |"); a "says:" line at most kSaysLineWords words.
constexpr std::size_t kCommentSignatures = 3;
constexpr std::size_t kTimeStampBytes = 48;
constexpr std::size_t kTimeStampExtraBytes = 12;
constexpr std::size_t kSaysLineWords = 6;
// A related story's headline above its time stamp has at least this many
// words (DatesTeaserInText).
constexpr std::size_t kTeaserHeadlineWords = 6;

// A reading time ("5 min read") has at most this many words (IsPageTool).
constexpr std::size_t kReadingTimeWords = 6;

// A link's text that a renderer put on a line of its own inside a
// paragraph has at most this many words (IsLinkFragment).
constexpr std::size_t kLinkFragmentWords = 6;

// A related-story heading or an advertisement label is short (IsAloneOnLine).
constexpr std::size_t kLabelLineBytes = 40;

// DropTableOfContents looks at most this many lines under a contents
// heading for its entries.
constexpr std::size_t kContentsEntries = 60;
// IsFeedbackQuestion looks at lines up to this long.
constexpr std::size_t kFeedbackQuestionBytes = 80;
// IsPrintEditionNote and IsRightsNotice read lines up to this long (the
// print note names the print headline).
constexpr std::size_t kPrintNoteBytes = 400;
// IsPriceAtStore: a store's name has at most this many words.
constexpr std::size_t kStoreWords = 3;
// The longest line of tags ("Tags: …").
constexpr std::size_t kTagLineBytes = 200;

// An author box (DropAuthorBox) is among the last kAuthorBoxLines body
// lines; its name line has at most kAuthorBoxExtraWords words besides the
// author's name ("Jean Dupont (Le Blog)"), and the bio under it names the
// author within its first kAuthorBoxBioWords words.
constexpr std::size_t kAuthorBoxLines = 5;
constexpr std::size_t kAuthorBoxExtraWords = 2;
constexpr std::size_t kAuthorBoxBioWords = 12;

// A credit's prefix alone on its line ("By", "Yazan:", "Written by") has
// at most this many words (IsStandfirstUnderHeadline).
constexpr std::size_t kPrefixLineWords = 2;

// A body line this long that repeats an earlier one word for word is a
// second copy of the text (DropRepeatedText); shorter ones repeat by nature
// ("Advertisement", a recurring subheading).
constexpr std::size_t kRepeatedLineWords = 8;

// Above the first prose paragraph, a body line of at most kToolLineWords
// words that the model gives less than kUnlikelyBody of being body is a
// page tool's button (BodyLines).
constexpr std::size_t kToolLineWords = 3;
constexpr float kUnlikelyBody = 0.3f;

// A line decoded as boilerplate between the first and the last decoded body
// lines that the model gives at least this probability of being body is
// body (BodyLines): the learned transitions keep the decoder in the
// boilerplate inside the article for a run of lines past a line the model
// itself holds more likely body than not.
constexpr float kLikelyBody = 0.5f;

// The most words of a contact line ending the text (IsContactLine).
constexpr std::size_t kContactLineWords = 8;

// The body never ends with a heading of at most this many words ("TRENDING",
// "Related stories"): such a line starts what follows the article.
constexpr std::size_t kTrailingHeadingWords = 3;

bool EndsParagraph(std::string_view t) {
  if (t.empty()) return true;
  const char c = t.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == '"';
}

// Does t open with a lower-case letter (any script that has case)?
bool StartsLowerCase(std::string_view t) {
  std::size_t pos = 0;
  return !t.empty() && u_islower(static_cast<UChar32>(NextCodepoint(t, &pos)));
}

// An apostrophe and a lower-case letter opening a line: the rest of a word
// that a link ended, an English possessive ("Kaiwera" / "'s main street")
// or a Turkish case ending ("Tarım Bakanlığı" / "'ndan destek").
// Not a quotation ("'rebooting' experience", "'human side' of"): no
// apostrophe later in the line closes one (an apostrophe after a letter
// and before a space, a mark or the end).
bool StartsWithWordEnding(std::string_view t) {
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    if (t.substr(0, apostrophe.size()) != apostrophe) continue;
    if (!StartsLowerCase(t.substr(apostrophe.size()))) return false;
    bool after_letter = false;
    std::size_t pos = apostrophe.size();
    while (pos < t.size()) {
      const bool closing_mark = t[pos] == '\'' || t.compare(pos, 3, "\xE2\x80\x99") == 0;
      const UChar32 c = static_cast<UChar32>(NextCodepoint(t, &pos));
      if (closing_mark && after_letter) {
        std::size_t next = pos;
        if (next >= t.size() || !u_isalpha(static_cast<UChar32>(NextCodepoint(t, &next)))) {
          return false;
        }
      }
      after_letter = u_isalpha(c) != 0;
    }
    return true;
  }
  return false;
}

// Punctuation that is written without a space before it.
bool StartsWithClosingPunct(std::string_view t) {
  if (t.empty()) return false;
  const char c = t[0];
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || StartsWithWordEnding(t);
}

// A line that goes on with the sentence of the line before it: a renderer
// that puts each text node on a line of its own (get_text) splits a
// paragraph at its links ("... said" / "on Monday", "Jo Smith" / ", the
// mayor, said").
bool ContinuesLine(std::string_view t) { return StartsLowerCase(t) || StartsWithClosingPunct(t); }

// A link's text that split a paragraph: short and ending no sentence
// ("Halsey Consulting" between "Engineers from" and "found cracks ...").
bool IsLinkFragment(std::string_view t) {
  return !t.empty() && !EndsParagraph(t) &&
         CountWords(t, kLinkFragmentWords + 1) <= kLinkFragmentWords;
}

// Line i is a link's text inside a paragraph: a fragment between a line
// that ends no sentence and one that goes on with it, no blank line between.
bool SplitsParagraph(const PageView& view, std::size_t i) {
  const std::vector<Line>& lines = view.page.lines;
  return i > 0 && i + 1 < lines.size() && lines[i].blanks_before == 0 &&
         lines[i + 1].blanks_before == 0 && !EndsParagraph(view.texts[i - 1]) &&
         IsLinkFragment(view.texts[i]) && ContinuesLine(view.texts[i + 1]);
}

// Words of an image caption or notice. Only looked for on the line right
// after image alt text: a copy of the headline on a page that shows the
// headline more than once.
bool HasCaptionWord(std::string_view text) {
  for (const Word& w : SplitWords(text)) {
    const std::string folded = FoldCase(w.text);
    for (std::string_view word : {"image", "photo", "picture", "illustration", "illustrative",
                                  "depict", "pictured", "getty", "courtesy", "credit", "file"}) {
      if (folded == word) return true;
    }
  }
  return false;
}

// A notice that opens with a label of up to three words ("Disclaimer: ...",
// "Editor's note: ...") rather than prose of the text.
bool OpensWithLabel(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > 25) return false;
  return std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), ' ') <= 2;
}

// A sentence of prose long enough to be a standfirst.
bool IsProse(std::string_view text) {
  return LetterWords(SplitWords(text)) >= kStandfirstWords && EndsWithFullStop(text);
}

// `text` opens with one of `openings` (both folded the same way).
template <typename Openings>
bool OpensWithAny(std::string_view text, const Openings& openings) {
  for (std::string_view opening : openings) {
    if (text.substr(0, opening.size()) == opening) return true;
  }
  return false;
}
bool OpensWithAny(std::string_view text, std::initializer_list<std::string_view> openings) {
  return OpensWithAny<std::initializer_list<std::string_view>>(text, openings);
}

// Is the line one of `labels` (case folded) and nothing else, but for a
// trailing colon? Only short lines are folded.
template <std::size_t N>
bool IsAloneOnLine(std::string_view text, const std::string_view (&labels)[N]) {
  if (text.size() > kLabelLineBytes) return false;
  std::string folded = FoldCase(text);
  while (!folded.empty() && (folded.back() == ':' || folded.back() == ' ')) folded.pop_back();
  for (std::string_view label : labels) {
    if (folded == label) return true;
  }
  return false;
}

// A heading alone on its line that opens a list of other stories ("Read
// more", "Leggi anche", "Mehr zum Thema", "Читайте также", "関連記事").
// On train pages 2,062 of the 2,082 copies of the headings from "Related
// links" to "You may like to read" are gold boilerplate (19 of the other
// 20 on blogs whose gold text goes on into the related posts). Not "See
// also" nor "Further reading": a quarter of their copies are gold body, a
// list of sources the text gives.
bool IsRelatedHeading(std::string_view text) {
  static constexpr std::string_view kHeadings[] = {
      "read more",
      "also read",
      "read also",
      "related",
      "related stories",
      "related articles",
      "related news",
      "related links",
      "related posts",
      "related post",
      "related reading",
      "related coverage",
      "related items",
      "related videos",
      "related video",
      "related pages",
      "related searches",
      "related article",
      "related story",
      "other stories",
      "other news",
      "more news",
      "more articles",
      "more headlines",
      "top stories",
      "latest news",
      "recent posts",
      "recent articles",
      "popular posts",
      "popular stories",
      "recommended",
      "recommended for you",
      "recommended reading",
      "we also recommend",
      "you may like to read",
      "more on this topic",
      "explore more on these topics",
      "more on these topics",
      "topics",
      "related topics",
      "tags",
      "themen",
      "sujets",
      "temas",
      "more on this story",
      "more stories",
      "more videos",
      "top headlines",
      "you may also like",
      "you might also like",
      "most read",
      "most popular",
      "trending",
      "leggi anche",
      "le più lette",
      "i più letti",
      "mehr zum thema",
      "lesen sie auch",
      "meistgelesen",
      "à lire aussi",
      "lire aussi",
      "les plus lus",
      "te puede interesar",
      "lee también",
      "lo más leído",
      "leia também",
      "leia mais",
      "mais lidas",
      "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
      "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",  // читайте также
      "\xD1\x81\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 "
      "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xB5",  // самое читаемое
      "czytaj też",
      "czytaj także",
      "zobacz też",
      "zobacz także",
      "najczęściej czytane",
      "tagi",
      "lees ook",
      "lees meer",
      "meest gelezen",
      "gerelateerde artikelen",
      "onderwerpen",
      "ilgili haberler",
      "benzer haberler",
      "en çok okunanlar",
      "etiketler",
      "notícias relacionadas",
      "veja também",
      "noticias relacionadas",
      "más leídas",
      "etiquetas",
      "articoli correlati",
      "sur le même sujet",
      "à lire également",
      "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627\u064b",              // اقرأ أيضاً
      "\u0627\u0642\u0631\u0623 \u0623\u064a\u0636\u0627",                    // اقرأ أيضا
      "\u0627\u0644\u0623\u0643\u062b\u0631 \u0642\u0631\u0627\u0621\u0629",  // الأكثر قراءة
      "\u0627\u0644\u0648\u0633\u0648\u0645",                                 // الوسوم
      "\u0623\u062e\u0628\u0627\u0631 \u0630\u0627\u062a \u0635\u0644\u0629",  // أخبار ذات صلة
      "\u092f\u0947 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902",  // ये भी पढ़ें
      "\u092f\u0939 \u092d\u0940 \u092a\u0922\u093c\u0947\u0902",  // यह भी पढ़ें
      "\u091f\u0949\u092a \u0938\u094d\u091f\u094b\u0930\u0940\u091c\u093c",  // टॉप स्टोरीज़
      "\u0938\u0902\u092c\u0902\u0927\u093f\u0924 \u0916\u092c\u0930\u0947\u0902",  // संबंधित खबरें
      "\uad00\ub828\uae30\uc0ac",                                                   // 관련기사
      "\uad00\ub828 \uae30\uc0ac",                                                  // 관련 기사
      "\ub9ce\uc774 \ubcf8 \ub274\uc2a4",                   // 많이 본 뉴스
      "\ub9ce\uc774 \ubcf8 \uae30\uc0ac",                   // 많이 본 기사
      "\u043f\u043e \u0442\u0435\u043c\u0435",              // по теме
      "\u4eba\u6c17\u8a18\u4e8b",                           // 人気記事
      "\u70ed\u95e8\u6587\u7ae0",                           // 热门文章
      "\u63a8\u8350\u9605\u8bfb",                           // 推荐阅读
      "\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B",   // 関連記事
      "\xE7\x9B\xB8\xE5\x85\xB3\xE6\x96\xB0\xE9\x97\xBB",   // 相关新闻
      "\xE7\x9B\xB8\xE5\x85\xB3\xE9\x98\x85\xE8\xAF\xBB"};  // 相关阅读
  return IsAloneOnLine(text, kHeadings);
}

// Where lynx shows an embedded frame: "IFRAME: https://www.youtube.com/embed/…"
// (a video or a like button, never text).
bool IsFrameLine(std::string_view text) { return text.substr(0, 7) == "IFRAME:"; }

// The label before the first colon of a short line that ends no sentence
// ("Tags" of "Tags: flood, schools"); "" when the line is none such.
std::string_view LabelBeforeColon(std::string_view text) {
  if (text.size() > kTagLineBytes || EndsWithFullStop(text)) return {};
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon > kLabelLineBytes) return {};
  return text.substr(0, colon);
}

// A line of tags: a tags heading, a colon and the tags ("Tags: flood,
// schools", "Onderwerpen: [Meerwold] [Verkeer]", "Etiketler: kuraklık").
bool IsTagLine(std::string_view text) {
  static constexpr std::string_view kHeadings[] = {
      "tags",
      "tag",
      "tagged",
      "topics",
      "themen",
      "schlagw\u00f6rter",
      "mots-cl\u00e9s",
      "sujets",
      "etiquetas",
      "temas",
      "argomenti",
      "tagi",
      "onderwerpen",
      "trefwoorden",
      "etiketler",
      "\u0442\u0435\u0433\u0438",              // теги
      "\u0627\u0644\u0648\u0633\u0648\u0645",  // الوسوم
      "\u091f\u0948\u0917\u094d\u0938",        // टैग्स
      "\ud0dc\uadf8"};                         // 태그
  return IsAloneOnLine(LabelBeforeColon(text), kHeadings);
}

// A link to another story set between the text's paragraphs: a cue, a
// colon and the story's headline, no full stop ("Also read: 10 Days in
// Japan", "Watch: The storm hits the coast", "Recommended: ..."). On train
// pages 206 of the 208 copies of these cues before a colon are gold
// boilerplate. Not "Read more", "Related", "More" nor "See also": a third to
// a half of their copies are gold body, a text's pointers to its own
// sections or sources.
bool IsStoryLink(std::string_view text) {
  static constexpr std::string_view kCues[] = {
      "also read", "read also",      "recommended",         "recommended reading",
      "watch",     "you might like", "you might also like", "you may also like"};
  const std::string_view cue = LabelBeforeColon(text);
  // The headline after the colon.
  return cue.size() + 1 < text.size() && IsAloneOnLine(cue, kCues);
}

// An advertisement's label alone on its line ("Advertisement", "Anzeige").
bool IsAdLabel(std::string_view text) {
  static constexpr std::string_view kLabels[] = {
      "advertisement",
      "advertisements",
      "advert",
      "sponsored",
      "sponsored content",
      "anzeige",
      "werbung",
      "publicité",
      "publicidad",
      "pubblicità",
      "publicidade",
      "reklama",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // реклама
      "\xE5\xB9\xBF\xE5\x91\x8A",                                  // 广告
      "\xE5\xBA\x83\xE5\x91\x8A",                                  // 広告
      "ad",
      "about these ads",
      "skip advertisement",
      "advertisement - continue reading below",
      "advertisement - page continues below",
      "advertisement - story continues below",
      "story continues below advertisement",
      "article continues below advertisement",
      "continue reading below"};
  return IsAloneOnLine(text, kLabels);
}

// Whether `text` holds `letters` (ASCII lower-case letters) in any mix of
// ASCII cases. Case folding makes none of the letters b, c, d, e, g, m, o,
// p, q, r, u, v, x and z but from themselves and their capitals, so a text
// that folds to a phrase holds that phrase's runs of these letters: a test
// that needs no folding. The first letter is looked for with find (memchr),
// so a rare one makes the test cheap; a byte loop over every line cost as
// much as the folding it saved.
bool HoldsLetters(std::string_view text, std::string_view letters) {
  const char lower = letters[0];
  for (const char first : {lower, static_cast<char>(lower - 'a' + 'A')}) {
    for (std::size_t at = text.find(first);
         at != std::string_view::npos && at + letters.size() <= text.size();
         at = text.find(first, at + 1)) {
      std::size_t k = 1;
      while (k < letters.size() && ToAsciiLower(text[at + k]) == letters[k]) ++k;
      if (k == letters.size()) return true;
    }
  }
  return false;
}

// A newspaper's note of the print edition a web article also ran in ("A
// version of this article appeared in print on 11/08/2012, on page B9 of
// the New York edition"): after the text, not of it (86% of the copies on
// train pages are gold boilerplate).
bool IsPrintEditionNote(std::string_view text) {
  constexpr std::string_view kOpening = "a version of this ";
  if (text.size() < kOpening.size() || text.size() > kPrintNoteBytes) return false;
  // Folding (BodyLines asks this of every body line) only where it can
  // find the opening: no ASCII byte but 'a' and 'A' folds to an 'a'.
  const auto first = static_cast<unsigned char>(text[0]);
  if ((ToAsciiLower(first) != 'a' && first < 0x80) || !HoldsLetters(text, "ver")) return false;
  const std::string folded = FoldCase(text);
  return folded.compare(0, kOpening.size(), kOpening) == 0 &&
         folded.find(" in print", kOpening.size()) != std::string::npos;
}

// A publisher's rights notice ("Copyright 2007 Associated Press. All rights
// reserved. This material may not be published, broadcast, rewritten or
// redistributed."): 1,888 of the 1,897 copies on train pages are gold
// boilerplate, most after the text; so are all 78 copies of a reprint
// notice ("This copy is for your personal, non-commercial use only.") and
// a wire's terms ("The copying, republication or redistribution of AFX
// News Content ... is expressly prohibited").
bool IsRightsNotice(std::string_view text) {
  if (text.size() > kPrintNoteBytes) return false;
  // Folding (BodyLines asks this of every body line) only where it can
  // find one of the phrases.
  if (!HoldsLetters(text, "ved") && !HoldsLetters(text, "pub") && !HoldsLetters(text, "comm")) {
    return false;
  }
  const std::string folded = FoldCase(text);
  for (std::string_view terms :
       {"may not be published, broadcast, rewritten", "personal, non-commercial use only",
        "republication or redistribution"}) {
    if (folded.find(terms) != std::string::npos) return true;
  }
  if (folded.find("all rights reserved") == std::string::npos) return false;
  return OpensWithAny(folded, {"copyright", "\xC2\xA9", "(c)"});
}

// A sign-up form's consent note ("By clicking \"Submit,\" you agree to
// the Terms of Use", "By subscribing, I accept the privacy policy"): on
// train pages all 72 copies are gold boilerplate.
bool IsFormConsent(std::string_view text) {
  if (text.size() > kPrintNoteBytes || (text.substr(0, 3) != "By " && text.substr(0, 3) != "by ")) {
    return false;
  }
  const std::string folded = AsciiLowerCase(text);
  if (!OpensWithAny(folded, {"by clicking", "by signing up", "by subscribing"})) return false;
  for (std::string_view consent : {" you agree", " i agree", " you accept", " i accept",
                                   " you acknowledge", " i acknowledge"}) {
    if (folded.find(consent) != std::string::npos) return true;
  }
  return false;
}

// A shop's price button alone on its line: a price and the store ("$49.99 at
// Amazon", "£20 from Argos"). On train pages 197 of the 199 such lines are
// gold boilerplate. (The store before the price, "Walmart $45", is as often
// a row of a table in the text: "Austin $39,400".)
bool IsPriceAtStore(std::string_view text) {
  if (text.size() > kLabelLineBytes) return false;
  for (std::string_view currency : {"$", "\xC2\xA3", "\xE2\x82\xAC"}) {  // $ £ €
    if (text.substr(0, currency.size()) != currency) continue;
    std::size_t end = currency.size();
    if (end >= text.size() || std::isdigit(static_cast<unsigned char>(text[end])) == 0)
      return false;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) != 0 ||
                                 text[end] == '.' || text[end] == ',')) {
      ++end;
    }
    // One to three words after " at " or " from ".
    const std::string_view rest = text.substr(end);
    for (std::string_view joint : {" at ", " from "}) {
      if (rest.substr(0, joint.size()) == joint) {
        const std::size_t words = CountWords(rest.substr(joint.size()), kStoreWords + 1);
        return words >= 1 && words <= kStoreWords;
      }
    }
    return false;
  }
  return false;
}

// A shop's price check at a store, alone on its line: "Check price at
// Amazon", "See the latest price on REI", with a note after it ("Check
// price at Amazon (on sale!)"). On train pages all 100 such lines (4 pages)
// are gold boilerplate.
bool IsPriceCheckAtStore(std::string_view text) {
  if (text.size() > kLabelLineBytes) return false;
  std::string folded = FoldCase(text);
  const std::size_t note = folded.find(" (");
  if (note != std::string::npos && folded.back() == ')') folded.resize(note);
  std::string_view rest = folded;
  const auto take = [&rest](std::string_view word) {
    if (rest.substr(0, word.size()) != word) return false;
    rest.remove_prefix(word.size());
    return true;
  };
  if (!take("check ") && !take("see ") && !take("view ")) return false;
  take("the ");
  take("latest ");
  if (!take("prices ") && !take("price ")) return false;
  if (!take("at ") && !take("on ")) return false;
  const std::size_t words = CountWords(rest, kStoreWords + 1);
  return words >= 1 && words <= kStoreWords;
}

// The credit line an Instagram post embedded in the text prints under it:
// "A post shared by Jo Smith (@josmith)", "Ein Beitrag geteilt von ...
// (@...)". On train pages all 66 copies (one page's renderings) are gold
// boilerplate; five of trafilatura_eval's pages (no line labels) print it too.
bool IsEmbeddedPostCredit(std::string_view text) {
  if (text.size() > kLabelLineBytes * 4 || text.find("(@") == std::string_view::npos) {
    return false;
  }
  return OpensWithAny(FoldCase(text.substr(0, 32)),
                      {"a post shared by ", "ein beitrag geteilt von "});
}

// A shop's or an embed's button alone on its line ("Buy now", "See price at
// Amazon", "View this post on Instagram"): the page's, not the text's. "Buy"
// and "See it" alone: on train pages 192 of their 193 copies (21 pages) are
// gold boilerplate; not "Buy on Amazon" nor "View at Amazon" (more than a
// third of their copies are gold body, a review's own links). "Get it now",
// "Get price", "See deals" and the like: all 46 copies (5 pages).
bool IsShopOrEmbedButton(std::string_view text) {
  static constexpr std::string_view kButtons[] = {"buy",
                                                  "buy now",
                                                  "shop now",
                                                  "see deal",
                                                  "view deal",
                                                  "view deals",
                                                  "view offer",
                                                  "check price",
                                                  "check rates",
                                                  "check their rates",
                                                  "check their rates and availability",
                                                  "check price and availability",
                                                  "see price",
                                                  "see prices",
                                                  "check prices",
                                                  "get price",
                                                  "get prices",
                                                  "view price",
                                                  "view prices",
                                                  "see deals",
                                                  "check deals",
                                                  "get deal",
                                                  "get deals",
                                                  "get the deal",
                                                  "see offers",
                                                  "view offers",
                                                  "get it now",
                                                  "check latest price",
                                                  "check the latest price",
                                                  "see latest price",
                                                  "see the latest price",
                                                  "see it",
                                                  "see price at amazon",
                                                  "see the price at amazon",
                                                  "read the review",
                                                  "read full review",
                                                  "visit website",
                                                  "learn more",
                                                  "book now",
                                                  "apply now",
                                                  "register now",
                                                  "download now",
                                                  "subscribe now",
                                                  "sign up now",
                                                  "sign up today",
                                                  "start free trial",
                                                  "start your free trial",
                                                  "view all",
                                                  "see all",
                                                  "see more",
                                                  "get the recipe",
                                                  "view this post on instagram",
                                                  "view on instagram",
                                                  "watch on youtube"};
  // A button's arrow or full stop ("Learn more »", "Learn more.").
  while (!text.empty() && (text.back() == '.' || text.back() == '>' || text.back() == ' ')) {
    text.remove_suffix(1);
  }
  for (std::string_view arrow : {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92"}) {  // » › →
    if (text.size() > arrow.size() && text.substr(text.size() - arrow.size()) == arrow) {
      text.remove_suffix(arrow.size());
    }
  }
  return IsAloneOnLine(text, kButtons) || IsPriceAtStore(text) || IsPriceCheckAtStore(text) ||
         IsEmbeddedPostCredit(text);
}

// A picture credit's cue with the name cut off into the next line, as a
// renderer splits "Photo / Supplied" or "Foto: Jo Smith" at the link or the
// span around the name: the line ends with a picture word and ':' or '/',
// or with "Credit:" alone or after a picture word ("Image Credit:"; not
// "Cost per Credit:").
bool EndsWithCreditCue(std::string_view text) {
  const auto trim_end = [](std::string_view* t) {
    while (!t->empty() && t->back() == ' ') t->remove_suffix(1);
  };
  trim_end(&text);
  if (text.empty() || (text.back() != ':' && text.back() != '/')) return false;
  text.remove_suffix(1);
  trim_end(&text);
  // The last word, folded, and the text before it.
  const auto pop_word = [&trim_end](std::string_view* t) {
    const std::size_t space = t->rfind(' ');
    const std::size_t from = space == std::string_view::npos ? 0 : space + 1;
    const std::string word = FoldCase(t->substr(from));
    t->remove_suffix(t->size() - from);
    trim_end(t);
    return word;
  };
  const auto is_one_of = [](const std::string& word, const auto& set) {
    for (std::string_view w : set) {
      if (word == w) return true;
    }
    return false;
  };
  static constexpr std::string_view kCreditWords[] = {"credit", "credits", "cr\u00e9dit",
                                                      "cr\u00e9dits"};
  static constexpr std::string_view kPictureWords[] = {
      "photo", "photos", "photograph", "photography", "picture", "pic",
      "image", "foto",   "fotos",      "bild",        "fuente",  "\u0444\u043e\u0442\u043e"};
  const std::string last = pop_word(&text);
  if (is_one_of(last, kPictureWords)) return true;
  if (!is_one_of(last, kCreditWords)) return false;
  return text.empty() || is_one_of(pop_word(&text), kPictureWords);
}

// A reading time alone on its line: a number, a word for minutes and one for
// reading ("5 min read", "Lesezeit: 4 Minuten").
bool IsReadingTime(std::string_view text) {
  if (text.size() > kLabelLineBytes * 2) return false;
  // A number is needed: ASCII text without a digit holds none, and is not
  // split and folded (BodyLines asks this of many lines).
  if (std::none_of(text.begin(), text.end(), [](char c) {
        return IsAsciiDigit(c) || static_cast<unsigned char>(c) >= 0x80;
      })) {
    return false;
  }
  const std::vector<Word> words = SplitWords(text);
  if (words.size() > kReadingTimeWords) return false;
  bool number = false;
  bool minutes = false;
  bool reading = false;
  for (const Word& w : words) {
    const std::string f = FoldCase(w.text);
    number = number || w.has_digit;
    for (std::string_view unit :
         {"min", "mins", "minute", "minutes", "minuten", "minuti", "minutos", "minuty", "minut",
          "\xD0\xBC\xD0\xB8\xD0\xBD"}) {  // мин
      minutes = minutes || f == unit;
    }
    for (std::string_view verb : {"read", "reading", "lecture", "lues", "lu", "lesezeit", "lesen",
                                  "lettura", "lectura", "leitura", "leestijd", "czytania",
                                  "\xD1\x87\xD1\x82\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F"}) {  // чтения
      reading = reading || f == verb;
    }
  }
  return number && minutes && reading;
}

// A share button alone on its line: a network's name or "Copy link", in
// the scripts of the 15 languages (Latin, Cyrillic, Arabic, Devanagari,
// CJK, Hangul).
bool IsShareButton(std::string_view text) {
  static constexpr std::string_view kButtons[] = {
      "facebook",
      "twitter",
      "x",
      "whatsapp",
      "telegram",
      "linkedin",
      "pinterest",
      "reddit",
      "email",
      "e-mail",
      "copy link",
      "copy url",
      "share this article",
      "share this story",
      "share this post",
      "\u0641\u064a\u0633\u0628\u0648\u0643",                     // فيسبوك
      "\u0648\u0627\u062a\u0633\u0627\u0628",                     // واتساب
      "\u0625\u0643\u0633",                                       // إكس
      "\u0646\u0633\u062e \u0627\u0644\u0631\u0627\u0628\u0637",  // نسخ الرابط
      "\u0432\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u0435",   // вконтакте
      "\u0441\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u0442\u044c "
      "\u0441\u0441\u044b\u043b\u043a\u0443",  // скопировать ссылку
      "\u94fe\u63a5",                          // 链接
      "\u5fae\u4fe1",
      "\u5fae\u535a",                                            // 微信 微博
      "\uce74\uce74\uc624\ud1a1",                                // 카카오톡
      "\ub9c1\ud06c \ubcf5\uc0ac",                               // 링크 복사
      "\uae30\uc0ac \uacf5\uc720\ud558\uae30",                   // 기사 공유하기
      "\uacf5\uc720\ud558\uae30",                                // 공유하기
      "\u30ea\u30f3\u30af\u3092\u30b3\u30d4\u30fc",              // リンクをコピー
      "\u30b7\u30a7\u30a2",                                      // シェア
      "\u0935\u094d\u0939\u093e\u091f\u094d\u0938\u0910\u092a",  // व्हाट्सऐप
      "\u092b\u0947\u0938\u092c\u0941\u0915",                    // फेसबुक
      "\u5206\u4eab",                                            // 分享
      "lien copi\u00e9",
      "copier le lien",
      "link kopieren",
      "copiar enlace",
      "copiar link",
      "copia link",
      "link kopi\u00ebren",
      "kopiuj link",
      "ba\u011flant\u0131y\u0131 kopyala"};
  return IsAloneOnLine(text, kButtons);
}

// A link to another view of the page or a place on it, at the start of a
// short line (folded): print or e-mail the article ("Print-friendly version
// | Email to a friend"), see its picture bigger ("View Larger Image"), go
// back up ("‹ Back to Story", "Back to top") or past an advertisement
// ("Story continues"). On train pages 848 of the 851 such lines are gold
// boilerplate (the other three, one page's "Printer Friendly Recipe"), and
// all 97 "Font:" alone on their lines.
bool IsPageLink(std::string_view folded) {
  // A link's arrow may come first ("< back to top").
  for (std::string_view arrow : {"<", "\u2039", "\u00ab", "\u2191"}) {
    if (folded.substr(0, arrow.size()) == arrow) {
      folded.remove_prefix(arrow.size());
      break;
    }
  }
  while (!folded.empty() && folded.front() == ' ') folded.remove_prefix(1);
  static constexpr std::string_view kLinks[] = {
      "print-friendly",     "printer-friendly",      "print friendly",
      "printer friendly",   "email this article",    "e-mail this article",
      "email this story",   "e-mail this story",     "email to a friend",
      "e-mail to a friend", "email to a colleague",  "e-mail to a colleague",
      "view larger image",  "enlarge this image",    "enlarge image",
      "view full size",     "view the full gallery", "back to top",
      "back to story",      "back to article",       "story continues"};
  return OpensWithAny(folded, kLinks);
}

// A page tool's row rather than text: a reading time ("5 min read",
// "Lecture : 3 min.", "Lesezeit: 4 Minuten"), a share row ("Share:",
// "分享到：微信 微博"), a text-size switch ("字号：大 中 小", "Font:"), an
// audio player's button ("Listen to this article", "Ascolta l'articolo"),
// or a link of the page's own (IsPageLink).
bool IsPageTool(std::string_view text) {
  if (text.size() > kLabelLineBytes * 2) return false;
  // Alone on its line: "Font" opens prose too ("Font choice matters").
  static constexpr std::string_view kSizeSwitches[] = {"font", "text size"};
  if (IsAloneOnLine(text, kSizeSwitches)) return true;
  const std::string folded = FoldCase(text);
  static constexpr std::string_view kToolLabels[] = {
      "share:",
      "share this:",
      "partager :",
      "partager:",
      "teilen:",
      "compartir:",
      "condividi:",
      "font size:",
      "text size:",
      "\xE5\x88\x86\xE4\xBA\xAB\xE5\x88\xB0",  // 分享到
      "\xE5\xAD\x97\xE5\x8F\xB7",              // 字号
      "\xD0\xBF\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\xD1\x81"
      "\xD1\x8F:"};  // поделиться:
  // An audio player's button, in English, Italian, German, French, Spanish,
  // Portuguese, Dutch, Polish and Russian ("слушать статью").
  static constexpr std::string_view kAudioButtons[] = {
      "listen to this article",
      "listen to the article",
      "listen to article",
      "ascolta l'articolo",
      "ascolta l\u2019articolo",
      "artikel anh\u00f6ren",
      "artikel vorlesen",
      "\u00e9couter l'article",
      "\u00e9couter l\u2019article",
      "\u00e9couter cet article",
      "escuchar art\u00edculo",
      "escuchar este art\u00edculo",
      "ouvir artigo",
      "ouvir este artigo",
      "luister naar dit artikel",
      "pos\u0142uchaj artyku\u0142u",
      "\u0441\u043b\u0443\u0448\u0430\u0442\u044c \u0441\u0442\u0430\u0442\u044c\u044e"};
  // WordPress's like button's heading, capitalised: "like this:" in lower
  // case ends a prose line that a renderer cut before its example.
  constexpr std::string_view kLikeHeading = "Like this:";
  return OpensWithAny(folded, kToolLabels) || OpensWithAny(folded, kAudioButtons) ||
         IsReadingTime(text) || text.substr(0, kLikeHeading.size()) == kLikeHeading ||
         IsPageLink(folded);
}

// The heading of a comment thread ("Comments", "12 Comments", "Comments
// (3)", "Leave a Reply", "5 Responses to “...”", "Comments are closed.",
// "Kommentare", "Commentaires", "Комментарии", "评论"). On train pages all
// 207 copies of the headings from "Readers' comments" to "What do you
// think?" are gold boilerplate.
bool IsCommentsHeading(std::string_view text) {
  if (text.size() > kLabelLineBytes * 2) return false;
  // The count goes: "12 comments", "comments (12)"; a link's arrow may
  // follow ("53 Comments »").
  std::string words;
  for (const char c : text) {
    if ((c >= '0' && c <= '9') || c == '(' || c == ')') continue;
    words += c;
  }
  for (std::string_view arrow : {"\xC2\xBB", "\xE2\x80\xBA", ">"}) {
    while (!words.empty() && words.back() == ' ') words.pop_back();
    if (words.size() >= arrow.size() &&
        words.compare(words.size() - arrow.size(), arrow.size(), arrow) == 0) {
      words.resize(words.size() - arrow.size());
    }
  }
  const std::size_t start = words.find_first_not_of(' ');
  static constexpr std::string_view kHeadings[] = {
      "comments",
      "comment",
      "responses",
      "leave a reply",
      "leave a comment",
      "post a comment",
      "add a comment",
      "have your say",
      "join the discussion",
      "join the conversation",
      "reader comments",
      "readers' comments",
      "readers comments",
      "reader views",
      "your comments",
      "post your comment",
      "post your comments",
      "share your thoughts",
      "speak your mind",
      "talkback",
      "what do you think?",
      "kommentare",
      "commentaires",
      "laisser un commentaire",
      "comentarios",
      "deja un comentario",
      "commenti",
      "lascia un commento",
      "reacties",
      "komentarze",
      "\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0"
      "\xB8\xD0\xB8",                                       // комментарии
      "\xE8\xAF\x84\xE8\xAE\xBA",                           // 评论
      "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88"};  // コメント
  if (start != std::string::npos &&
      IsAloneOnLine(std::string_view(words).substr(start), kHeadings)) {
    return true;
  }
  // "Comments are closed for this article.", "Comments closed".
  if (text.size() >= 8 && (text[0] == 'C' || text[0] == 'c')) {
    if (OpensWithAny(FoldCase(text),
                     {"comments are closed", "comments are now closed", "comments closed",
                      "commenting is closed", "comments for this article are closed"})) {
      return true;
    }
  }
  // "5 Responses to “Title”", "12 thoughts on “Title”".
  if (text.empty() || text[0] < '0' || text[0] > '9') return false;
  const std::string folded = FoldCase(text);
  for (std::string_view lead :
       {" responses to ", " thoughts on ", " comments on ", " replies to "}) {
    if (folded.find(lead) != std::string::npos) return true;
  }
  return false;
}

// A reader-feedback question that closes a text ("Was this article
// helpful?", "War dieser Artikel hilfreich?", "Cet article vous a-t-il été
// utile ?", "How useful was this post?"): on train pages, no gold body line
// is one and one of 31 copies has body after it.
bool IsFeedbackQuestion(std::string_view text) {
  if (text.size() < 12 || text.size() > kFeedbackQuestionBytes ||
      text.find('?') == std::string_view::npos) {
    return false;
  }
  std::string folded = FoldCase(text);
  for (std::string_view mark : {"(button) ", "* "}) {
    if (folded.compare(0, mark.size(), mark) == 0) folded.erase(0, mark.size());
  }
  const std::string_view question_marks[] = {"?", "\xEF\xBC\x9F", " "};  // ?, ？
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view mark : question_marks) {
      if (folded.size() >= mark.size() &&
          folded.compare(folded.size() - mark.size(), mark.size(), mark) == 0) {
        folded.resize(folded.size() - mark.size());
        trimmed = true;
      }
    }
  }
  if (folded.compare(0, 2, "\xC2\xBF") == 0) folded.erase(0, 2);  // ¿
  static constexpr std::string_view kQuestions[] = {
      "was this helpful", "was this useful", "was this page helpful", "was this article helpful",
      // A star-rating widget's question (WordPress's "Rate my Post").
      "how useful was this post", "how useful was this article", "how useful was this page",
      "was this post helpful", "was this content helpful", "was this information helpful",
      "was this guide helpful", "was this answer helpful", "was this article useful",
      "was this page useful", "did you find this helpful", "did you find this article helpful",
      "did you find this page helpful", "did you find this post helpful",
      "did you find this useful", "is this page helpful", "how was this issue",
      "how would you rate this article", "war dieser artikel hilfreich",
      "war diese seite hilfreich", "war dieser beitrag hilfreich", "war dieser inhalt hilfreich",
      "cet article vous a-t-il été utile", "cet article vous a été utile",
      "cette page vous a-t-elle été utile", "cette page vous a été utile",
      "te ha resultado útil este artículo", "te resultó útil este artículo", "te resultó útil",
      "fue útil este artículo", "le resultó útil este artículo", "questo articolo è stato utile",
      "questo articolo ti è stato utile", "questa pagina è stata utile", "este artigo foi útil",
      "este artigo te ajudou", "esta página foi útil", "was dit artikel nuttig",
      "was deze pagina nuttig", "was deze informatie nuttig", "czy ten artykuł był pomocny",
      "czy ta strona była pomocna", "bu makale yardımcı oldu mu", "bu içerik faydalı oldu mu",
      "\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB0 \xD0\xBB\xD0\xB8 \xD1\x8D\xD1\x82\xD0\xB0 "
      "\xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD1\x8F "
      "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB5"
      "\xD0\xB7\xD0\xBD\xD0\xBE\xD0\xB9",  // была ли эта статья полезной
      "\xD1\x8D\xD1\x82\xD0\xB0 \xD1\x81\xD1\x82\xD0\xB0\xD1\x82\xD1\x8C\xD1\x8F "
      "\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB0 "
      "\xD0\xBF\xD0\xBE\xD0\xBB\xD0\xB5\xD0\xB7\xD0\xBD"
      "\xD0\xBE\xD0\xB9",  // эта статья была полезной
      "\u8fd9\u7bc7\u6587\u7ae0\u6709\u5e2e\u52a9\u5417",  // 这篇文章有帮助吗
      "\u3053\u306e\u8a18\u4e8b\u306f\u5f79\u306b\u7acb\u3061\u307e\u3057\u305f"
      "\u304b",  // この記事は役に立ちましたか
      "\uc774 \uae00\uc774 \ub3c4\uc6c0\uc774 \ub418\uc5c8\ub098\uc694",  // 이 글이
                                                                          // 도움이
                                                                          // 되었나요
      "\u0915\u094d\u092f\u093e \u092f\u0939 \u0932\u0947\u0916 "
      "\u0909\u092a\u092f\u094b"
      "\u0917\u0940 \u0925\u093e",  // क्या यह लेख उपयोगी था
      "\u0647\u0644 \u0643\u0627\u0646 \u0647\u0630\u0627 "
      "\u0627\u0644\u0645\u0642\u0627"
      "\u0644 \u0645\u0641\u064a\u062f\u0627\u064b",  // هل كان هذا المقال مفيداً
  };
  for (std::string_view question : kQuestions) {
    if (folded == question) return true;
  }
  return false;
}

// "Reply", "Reply to This", "Flag as Inappropriate", "Report", "Antworten",
// "Répondre", ... (the first word decides).
bool IsCommentAction(std::string_view text) {
  if (text.empty() || text.size() > kCommentActionBytes) return false;
  const std::string_view first = text.substr(0, text.find_first_of(" :|"));
  // Every action starts with one of these bytes: most lines stop here.
  if (first.empty() ||
      std::string_view("rRfFpPaAmMsSoO\xD0\xE5").find(first[0]) == std::string_view::npos) {
    return false;
  }
  const std::string folded = FoldCase(first);
  static constexpr std::string_view kActions[] = {
      "reply",
      "report",
      "flag",
      "permalink",
      "antworten",
      "melden",
      "r\xC3\xA9pondre",
      "signaler",
      "responder",
      "rispondi",
      "reageren",
      "odpowiedz",
      "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C",  // ответить
      "\xE5\x9B\x9E\xE5\xA4\x8D"};                                         // 回复
  for (std::string_view action : kActions) {
    if (folded == action) return true;
  }
  return false;
}

// The lines that are comment action rows repeated kCommentActionCopies
// times or more on the page.
std::vector<bool> RepeatedCommentActions(const PageView& view) {
  std::vector<bool> repeated(view.texts.size(), false);
  std::vector<std::pair<std::string_view, std::size_t>> actions;
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    if (IsCommentAction(view.texts[i])) actions.emplace_back(view.texts[i], i);
  }
  if (actions.size() < kCommentActionCopies) return repeated;
  std::sort(actions.begin(), actions.end());
  for (std::size_t first = 0; first < actions.size();) {
    std::size_t last = first + 1;
    while (last < actions.size() && actions[last].first == actions[first].first) ++last;
    for (std::size_t k = first; k < last; ++k) {
      repeated[actions[k].second] = last - first >= kCommentActionCopies;
    }
    first = last;
  }
  return repeated;
}

// A blog post's footer, which a blog theme puts between the post and its
// comments ("This entry was posted in Life and tagged travel. Bookmark the
// permalink.", "This entry was written by matt, posted on 9/10/2012"): on
// train pages 74 of its 77 copies are gold boilerplate, and 68 have no gold
// body after them.
bool IsPostFooter(std::string_view text) {
  constexpr std::string_view kOpening = "this entry was ";
  if (text.size() < kOpening.size() || (text[0] != 'T' && text[0] != 't')) return false;
  const std::string folded = FoldCase(text.substr(0, kOpening.size() + 7));
  if (folded.compare(0, kOpening.size(), kOpening) != 0) return false;
  const std::string_view verb = std::string_view(folded).substr(kOpening.size());
  for (std::string_view past : {"posted", "written", "tagged", "filed"}) {
    if (verb.substr(0, past.size()) == past) return true;
  }
  return false;
}

// Whether a date is written with a month's or a day's name ("Jan 10,
// 2008", "Fri, 1 Feb 2002", "10 janvier", "1月10日"): a run of three
// letters or more (any byte of a multi-byte character counts as one).
bool NamesMonthOrDay(std::string_view date) {
  std::size_t run = 0;
  for (const char c : date) {
    run = IsAsciiUpper(c) || IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80 ? run + 1 : 0;
    if (run == 3) return true;
  }
  return false;
}

// A comment's time stamp alone on its line ("Jan 10, 2008 4:49:12 PM",
// "Posted on September 10, 2012 5:28 pm"): a full date written with a
// month's or a day's name, its time and little else. Numeric dates
// ("07.15.12 at 11:59", "7/23/2012 8:26:15 PM ET") date an article's own
// update line and a list's records as often: with them the rule cut text
// on held-out train pages.
bool IsTimeStamp(const PageView& view, std::size_t i) {
  const std::string_view text = view.texts[i];
  if (text.size() > kTimeStampBytes) return false;
  // A clock's colon between digits first: most lines have none, and are
  // not searched for dates.
  bool clock = false;
  for (std::size_t k = 1; k + 1 < text.size() && !clock; ++k) {
    clock = text[k] == ':' && IsAsciiDigit(text[k - 1]) && IsAsciiDigit(text[k + 1]);
  }
  if (!clock) return false;
  for (const FoundDate& date : LineDates(view, i)) {
    if (date.from_now || date.iso.find('T') == std::string::npos ||
        text.size() > date.text.size() + kTimeStampExtraBytes || !NamesMonthOrDay(date.text)) {
      continue;
    }
    // A date after a label is a field of a record ("Date: Fri, 1 Feb 2002
    // 11:53:40 -0500", an e-mail's header in a page of e-mails).
    const std::size_t at = text.find(date.text);
    if (at == 0 || at == std::string_view::npos) return true;
    const std::size_t end = text.find_last_not_of(' ', at - 1);
    return end == std::string_view::npos || text[end] != ':';
  }
  return false;
}

// Does t end with a letter or a digit (any script)?
bool EndsWithWord(std::string_view t) {
  if (t.empty()) return false;
  auto end = static_cast<int32_t>(t.size());
  UChar32 last;
  U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, end, last);
  return last >= 0 && u_isalnum(last);
}

// The time stamp on line i dates a related story's box that a news site
// set between the article's paragraphs: the line above is the story's
// headline, kTeaserHeadlineWords words or more ending with a word, no full
// stop, bracket or quotation mark ("Pionera de Facebook, dejó Silicon
// Valley por Miami" / "15 de abril de 2022 01:02 PM"), and the article
// goes on with a sentence right under it. Above a comment's stamp is its
// commenter's name, the end of the comment before, a trackback's "[Read
// More]" or a thread's heading; under a list of teasers' stamps, their
// authors' names or the next teaser (which the thread's cut drops too).
bool DatesTeaserInText(const PageView& view, std::size_t i) {
  return i > 0 && i + 1 < view.texts.size() && EndsWithWord(view.texts[i - 1]) &&
         CountLineWords(view, i - 1, kTeaserHeadlineWords) >= kTeaserHeadlineWords &&
         IsSentence(view, i + 1);
}

// A comment's signature by its author's name ("Jo Smith says:", as
// WordPress signs a comment): on train pages 1,882 of the 1,968 copies are
// gold boilerplate.
bool IsSaysLine(std::string_view text) {
  constexpr std::string_view kSays = " says:";
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.size() <= kSays.size() || text.back() != ':') return false;
  const std::string_view end = text.substr(text.size() - kSays.size());
  return AsciiLowerCase(end) == kSays && CountWords(text, kSaysLineWords + 1) <= kSaysLineWords;
}

// The first line below `first` that has kThreadAfterSentences sentences
// of the body between `first` and it, or the page's end.
std::size_t BelowSentences(const PageView& view, const std::vector<bool>& body, std::size_t first) {
  std::size_t sentences = 0;
  for (std::size_t i = first; i < body.size(); ++i) {
    if (body[i] && IsSentence(view, i) && ++sentences == kThreadAfterSentences) return i + 1;
  }
  return body.size();
}

// A comment thread under the text, or the feedback question or the blog
// footer closing it: from a comments heading, a repeated comment action
// row, a feedback question or a post's footer (IsPostFooter) below the
// first kThreadAfterSentences sentences of the text, no line is body; nor
// from the first of kCommentSignatures comment signatures (IsTimeStamp,
// IsSaysLine) that many sentences below the headline (above them, the
// article's own date).
void DropCommentThread(const PageView& view, long headline, std::vector<bool>* body) {
  const std::size_t n = body->size();
  const std::size_t from = BelowSentences(view, *body, 0);
  std::size_t first_signature = n;
  std::size_t signatures = 0;
  const std::size_t below_headline = headline < 0 ? 0 : static_cast<std::size_t>(headline) + 1;
  for (std::size_t i = BelowSentences(view, *body, below_headline); i < n; ++i) {
    if (!IsSaysLine(view.texts[i]) && (!IsTimeStamp(view, i) || DatesTeaserInText(view, i))) {
      continue;
    }
    if (signatures++ == 0) first_signature = i;
  }
  if (signatures < kCommentSignatures) first_signature = n;
  const std::vector<bool> action = RepeatedCommentActions(view);
  for (std::size_t i = from; i < n; ++i) {
    if (i == first_signature || action[i] || IsCommentsHeading(view.texts[i]) ||
        IsFeedbackQuestion(view.texts[i]) || IsPostFooter(view.texts[i])) {
      for (std::size_t j = i; j < n; ++j) (*body)[j] = false;
      return;
    }
  }
}

// The words of Normalised(): each word case-folded (the first `limit`).
std::vector<std::string> FoldedWords(WordSpan words, std::size_t limit = SIZE_MAX) {
  std::vector<std::string> folded;
  const std::size_t n = std::min(words.size(), limit);
  folded.reserve(n);
  for (std::size_t k = 0; k < n; ++k) folded.push_back(FoldCase(words[k].text));
  return folded;
}

// The most words of a heading before a name in IsAuthorBoxName ("About
// the author").
constexpr std::size_t kAuthorBoxHeadingWords = 3;

// Whether `line` is the name line of an author box for one of `authors`:
// the name, perhaps after "About" and followed by a few words ("Jean-Luc
// Aufranc (CNXSoft)"), and `bio` names that author within its first words
// ("Jean-Luc started CNX Software in 2010"); a line that opens with "About"
// ("About Jo Smith") is a box's heading without the bio test.
bool IsAuthorBoxName(const std::vector<std::string>& line, const std::vector<std::string>& bio,
                     const std::vector<std::string>& authors) {
  std::size_t from = 0;
  if (!line.empty() && line[0] == "about") {
    from = line.size() > 2 && line[1] == "the" ? kAuthorBoxHeadingWords : 1;
  }
  for (const std::string& author : authors) {
    const std::vector<std::string> name = FoldedWords(SplitWords(author));
    if (name.empty() || line.size() < from + name.size() ||
        line.size() > from + name.size() + kAuthorBoxExtraWords ||
        !std::equal(name.begin(), name.end(), line.begin() + static_cast<long>(from))) {
      continue;
    }
    if (from > 0) return true;
    const std::size_t bio_words = std::min(bio.size(), kAuthorBoxBioWords);
    for (const std::string& word : name) {
      if (word.size() > 2 && std::find(bio.begin(), bio.begin() + static_cast<long>(bio_words),
                                       word) != bio.begin() + static_cast<long>(bio_words)) {
        return true;
      }
    }
  }
  return false;
}

// An author box under the text (the byline's name alone on a line, then the
// author's bio) is not body: a bio is about the writer, not the story, and
// the gold articles of held-out train pages leave it out. The name line and
// every line after it go.
void DropAuthorBox(const PageView& view, const std::vector<std::string>& authors,
                   std::vector<bool>* body) {
  std::vector<std::size_t> lines;
  for (std::size_t i = body->size(); i-- > 0 && lines.size() < kAuthorBoxLines + 1;) {
    if ((*body)[i]) lines.push_back(i);
  }
  if (authors.empty() || lines.size() < 2) return;
  std::reverse(lines.begin(), lines.end());
  // A line of more words than a heading, the longest name and the extra
  // words is no author's name line: most lines asked about are text, not
  // folded word by word for nothing.
  std::size_t longest_name = 0;
  for (const std::string& author : authors) {
    longest_name = std::max(longest_name, SplitWords(author).size());
  }
  const std::size_t most_words = kAuthorBoxHeadingWords + longest_name + kAuthorBoxExtraWords;
  // lines[0] stays: the box follows some text.
  for (std::size_t k = 1; k < lines.size(); ++k) {
    const std::size_t i = lines[k];
    const std::string_view text = view.texts[i];
    // A signature ("- Jo Smith") ends the text; a name after "written by"
    // on the line above is a credit split at its link.
    const bool signature = text.substr(0, 1) == "-" || text.substr(0, 3) == "\xE2\x80\x93" ||
                           text.substr(0, 3) == "\xE2\x80\x94";
    const WordSpan above = view.words(i - 1);
    if (signature || (!above.empty() && FoldCase(above.back().text) == "by")) continue;
    const WordSpan line = view.words(i);
    if (line.size() > most_words) continue;
    // (IsAuthorBoxName reads the bio's first kAuthorBoxBioWords words.)
    const std::vector<std::string> bio =
        k + 1 < lines.size() ? FoldedWords(view.words(lines[k + 1]), kAuthorBoxBioWords)
                             : std::vector<std::string>();
    if (IsAuthorBoxName(FoldedWords(line), bio, authors)) {
      for (std::size_t j = i; j < body->size(); ++j) (*body)[j] = false;
      return;
    }
  }
}

// A page that holds its text twice (a second, hidden copy for another
// screen size, a print version) gives it once: a body line of
// kRepeatedLineWords words or more that an earlier body line already gave
// word for word is not body.
void DropRepeatedText(const PageView& view, std::vector<bool>* body) {
  // Each line's hash to the first body line that gave it (a page of a
  // million lines stays linear).
  std::unordered_multimap<uint64_t, std::size_t> seen;
  for (std::size_t i = 0; i < body->size(); ++i) {
    if (!(*body)[i] || CountLineWords(view, i, kRepeatedLineWords) < kRepeatedLineWords) continue;
    const uint64_t hash = Fnv1a(view.texts[i]);
    const auto [first, last] = seen.equal_range(hash);
    const bool repeated = std::any_of(first, last, [&](const auto& earlier) {
      return view.texts[earlier.second] == view.texts[i];
    });
    if (repeated) {
      (*body)[i] = false;
    } else {
      seen.emplace(hash, i);
    }
  }
}

// Related-story lists inside or after the text: from a related heading
// below the first prose paragraph, the heading and the short lines under it
// (teaser headlines, ranks) are not body, until a line of prose resumes the
// text.
void DropRelatedLists(const PageView& view, std::vector<bool>* body) {
  bool prose_seen = false;
  bool in_list = false;
  for (std::size_t i = 0; i < body->size(); ++i) {
    if (!(*body)[i]) continue;
    const std::string_view text = view.texts[i];
    const bool prose = IsSentence(view, i);
    if (prose_seen && IsRelatedHeading(text)) {
      in_list = true;
    } else if (prose) {
      in_list = false;
    }
    prose_seen = prose_seen || prose;
    if (in_list) (*body)[i] = false;
  }
}

// A table of contents' heading alone on its line ("Table of Contents",
// "Inhaltsverzeichnis", "Sommaire", "目录").
bool IsContentsHeading(std::string_view text) {
  static constexpr std::string_view kHeadings[] = {
      "table of contents",
      "contents",
      "in this article",
      "on this page",
      "jump to",
      "jump to section",
      "inhaltsverzeichnis",
      "inhalt",
      "sommaire",
      "table des mati\u00e8res",
      "\u00edndice",
      "tabla de contenidos",
      "contenido",
      "indice",
      "sommario",
      "inhoudsopgave",
      "spis tre\u015bci",
      "i\u00e7indekiler",
      "\u0441\u043e\u0434\u0435\u0440\u0436\u0430\u043d\u0438\u0435",  // содержание
      "\u76ee\u5f55",                                                  // 目录
      "\u76ee\u6b21",                                                  // 目次
      "\ubaa9\ucc28"};                                                 // 목차
  return IsAloneOnLine(text, kHeadings);
}

// A table of contents inside the text: its heading, and the entries under
// it that the page repeats further down as its section headings, are not
// body (the headings stay where their sections start).
void DropTableOfContents(const PageView& view, std::vector<bool>* body) {
  const std::size_t n = body->size();
  // Each line's text normalised and hashed, and the same hashes sorted with
  // their lines; built at the first contents heading, once for the page, so
  // that a page of many such headings stays n log n.
  std::vector<uint64_t> hashes;
  std::vector<std::pair<uint64_t, std::size_t>> by_hash;
  for (std::size_t i = 0; i < n; ++i) {
    if (!(*body)[i] || !IsContentsHeading(view.texts[i])) continue;
    (*body)[i] = false;
    if (hashes.empty()) {
      for (std::size_t k = 0; k < n; ++k) {
        hashes.push_back(Fnv1a(Normalised(view, k)));
        by_hash.emplace_back(hashes.back(), k);
      }
      std::sort(by_hash.begin(), by_hash.end());
    }
    // An entry is on the page again further down, as its section's heading:
    // the last line with its text is below it.
    std::size_t j = i + 1;
    for (; j < n && j - i <= kContentsEntries; ++j) {
      const auto after = std::upper_bound(by_hash.begin(), by_hash.end(),
                                          std::make_pair(hashes[j], std::size_t{n}));
      if (std::prev(after)->second <= j) break;
      (*body)[j] = false;
    }
    i = j - 1;
  }
}

// A run of body lines, gaps of up to kBlockGap other lines allowed, and
// whether it holds prose: a sentence (counting the lines a sentence goes on
// in) or a line of kBlockProseWords words.
struct BodyBlock {
  std::size_t first = 0;
  std::size_t last = 0;
  std::size_t words = 0;
  std::size_t lines = 0;
  bool prose = false;
  // Prose, or text that is no teaser either: a paragraph of kBlockProseWords
  // words split over lines, or a sentence that ends with "!" or "?".
  bool text = false;
};

std::vector<BodyBlock> BodyBlocks(const PageView& view, const std::vector<bool>& body) {
  std::vector<BodyBlock> blocks;
  std::size_t gap = 0;
  std::size_t paragraph_words = 0;  // of the paragraph that line i ends so far
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (!body[i]) {
      ++gap;
      continue;
    }
    if (blocks.empty() || gap > kBlockGap) blocks.push_back(BodyBlock{i, i, 0, 0, false, false});
    BodyBlock& block = blocks.back();
    const std::string_view text = view.texts[i];
    const std::size_t words = CountLineWords(view, i, std::numeric_limits<std::size_t>::max());
    // A line that goes on with the body line right above it ends the same
    // sentence (a renderer's wrap or a link's split).
    const bool continues = gap == 0 && i > 0 && body[i - 1] &&
                           view.page.lines[i].blanks_before == 0 &&
                           (ContinuesLine(text) || SplitsParagraph(view, i));
    paragraph_words = continues ? paragraph_words + words : words;
    block.last = i;
    block.words += words;
    ++block.lines;
    block.prose = block.prose || words >= kBlockProseWords ||
                  (paragraph_words >= kSentenceWords && EndsWithFullStop(text));
    block.text = block.text || block.prose || paragraph_words >= kBlockProseWords ||
                 (paragraph_words >= kSentenceWords && (text.back() == '!' || text.back() == '?'));
    gap = 0;
  }
  return blocks;
}

// Body runs apart from the text: a run of body lines (BodyBlocks) that is
// not the one with the most words and holds no prose is a sidebar's list, a
// teaser or a menu decoded as text, not body. Runs between the headline and
// the text are kept: a standfirst there ends with no full stop.
void DropProselessBlocks(const PageView& view, long headline, std::vector<bool>* body) {
  const std::vector<BodyBlock> blocks = BodyBlocks(view, *body);
  if (blocks.size() < 2) return;
  const auto main_block =
      std::max_element(blocks.begin(), blocks.end(),
                       [](const BodyBlock& a, const BodyBlock& b) { return a.words < b.words; });
  for (auto it = blocks.begin(); it != blocks.end(); ++it) {
    const bool under_headline =
        headline >= 0 && static_cast<long>(it->first) > headline && it->first < main_block->first;
    if (it == main_block || it->prose || under_headline) continue;
    for (std::size_t i = it->first; i <= it->last; ++i) (*body)[i] = false;
  }
}

// A page whose body lines are kTeaserListLines or more and hold no text at
// all (BodyBlock::text) is a section front, a list of links or a shop's
// listing: it has no article, and its "headline" is only the first teaser.
bool HoldsNoArticle(const PageView& view, const std::vector<bool>& body) {
  std::size_t lines = 0;
  for (const BodyBlock& block : BodyBlocks(view, body)) {
    if (block.text) return false;
    lines += block.lines;
  }
  return lines >= kTeaserListLines;
}

// Which lines are copies of the headline (the same words, case folded).
// Only lines of a similar size are normalised: most lines cannot match.
std::vector<bool> HeadlineCopies(const PageView& view, const std::string& headline_norm) {
  std::vector<bool> copy(view.texts.size(), false);
  if (headline_norm.empty()) return copy;
  for (std::size_t i = 0; i < view.texts.size(); ++i) {
    const std::size_t size = view.texts[i].size();
    const bool similar_size = size * 2 >= headline_norm.size() && size <= headline_norm.size() * 2;
    copy[i] = similar_size && NormalisedEquals(view, i, headline_norm);
  }
  return copy;
}

// Line i, decoded as metadata between the headline and the text, is the
// text's first paragraph (a summary the page sets apart): a sentence that
// holds no date and reads as no credit, and that the text under it does not
// repeat (a page that gives its summary twice keeps one copy).
bool IsLeadDecodedAsMetadata(const PageView& view, std::size_t i) {
  if (!IsProse(view.texts[i]) || HasDate(view, i) || LooksLikeByline(view.texts[i])) return false;
  const std::size_t end = std::min(view.decisions.size(), i + 1 + kLeadProseReach);
  for (std::size_t k = i + 1; k < end; ++k) {
    if (view.label(k) == Label::kBody && SameNormalised(view.texts[k], view.texts[i])) {
      return false;
    }
  }
  return true;
}

// "©", "ⓒ" (Korean sites), "(c) 2025", "Copyright", "All rights reserved".
bool HoldsCopyrightNotice(std::string_view text) {
  if (text.find("\xC2\xA9") != std::string_view::npos ||
      text.find("\xE2\x93\x92") != std::string_view::npos) {
    return true;
  }
  const std::string lower = AsciiLowerCase(text);
  const std::size_t mark = lower.find("(c)");
  const std::size_t after =
      mark == std::string::npos ? std::string::npos : lower.find_first_not_of(' ', mark + 3);
  const bool year_after_c =
      after != std::string::npos && lower[after] >= '0' && lower[after] <= '9';
  return year_after_c || lower.find("copyright") != std::string::npos ||
         lower.find("all rights reserved") != std::string::npos;
}

// A short line that gives an e-mail address and is no sentence: "Jo Smith
// jsmith@example.com", "Contact: news@example.com".
bool IsContactLine(std::string_view text) {
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || EndsWithFullStop(text) ||
      CountWords(text, kContactLineWords + 1) > kContactLineWords) {
    return false;
  }
  const std::size_t dot = text.find('.', at);
  const std::size_t end = text.find(' ', at);
  return text[at - 1] != ' ' && dot != std::string_view::npos && dot > at + 1 &&
         (end == std::string_view::npos || dot < end);
}

bool Found(const std::vector<std::size_t>& lines, std::size_t i) {
  return std::find(lines.begin(), lines.end(), i) != lines.end();
}

// Line i, right under the headline, is the standfirst (DESIGN.md section
// 10: the first body paragraph) when it is a standfirst's length, gave no
// byline or date and holds none (nor a URL), and decoding made it metadata,
// boilerplate or a second headline although the model found that unlikely,
// or the article goes on right under it (a credit or body line next:
// headline, standfirst, byline, text) and it is no caption.
bool IsStandfirstUnderHeadline(const PageView& view, std::size_t i,
                               const std::vector<std::size_t>& metadata_found) {
  const Label label = view.label(i);
  // (A line with a URL is a renderer's frame or a link, not prose:
  // "IFRAME: //www.example.com/plugins/like.php?href=...".)
  if (label == Label::kBody || Found(metadata_found, i) ||
      LetterWords(view.words(i)) < kStandfirstWords || HasDate(view, i) ||
      view.texts[i].find("//") != std::string_view::npos) {
    return false;
  }
  const bool unlikely = view.decisions[i].confidence < 0.5f;
  if (unlikely && label != Label::kHeadline) return true;
  const std::size_t next = i + 1;
  const std::size_t n = view.decisions.size();
  // The credit may start with its prefix alone on a line ("Yazan:" / "Elif
  // Karaca"), which only the name's line found.
  const bool credit_next =
      next < n && (Found(metadata_found, next) ||
                   (next + 1 < n && Found(metadata_found, next + 1) &&
                    CountLineWords(view, next, kPrefixLineWords + 1) <= kPrefixLineWords));
  const bool article_goes_on = next < n && (view.label(next) == Label::kMetadata ||
                                            view.label(next) == Label::kBody || credit_next);
  return (unlikely || article_goes_on) && !HasImageCredit(view.texts[i]);
}

// Which lines are body paragraphs: the lines labelled body, corrected where
// the page's structure is plain and the labels are not:
//   - the standfirst that PickHeadline passed over for the headline above
//     it is body (DESIGN.md section 10: the first body paragraph);
//   - a prose line labelled as a second headline is a standfirst (body), so
//     is one that the next body line continues (a wrapped paragraph), as
//     is one decoded as boilerplate just above the body that the model
//     itself found more likely not boilerplate;
//   - a caption right after image alt text that repeats the headline is not
//     body (DESIGN.md section 10: captions are boilerplate);
//   - a line of kLeadProseWords words or more (or a sentence of
//     kLeadProseBytes bytes) between the headline and the
//     first body line is the text's beginning, whatever its label, so is a
//     sentence there decoded as metadata that gave no byline or date
//     (IsLeadDecodedAsMetadata), and the
//     line right under the headline is the standfirst when it gave no byline
//     or date (IsStandfirstUnderHeadline);
//   - up to kTailProseLines lines of kTailProseWords words or more right
//     after the last body line continue the text, whatever their label,
//     unless they open with a label ("Disclaimer:");
//   - a short line with an image credit above the first prose paragraph is
//     a caption (DESIGN.md section 10: captions are boilerplate), and a
//     short line there that gave the byline or a date is metadata; below
//     it, a short line ending with an image credit is a caption too;
//   - a link's text between two pieces of a body paragraph is body;
//   - a line decoded as boilerplate between the first and the last decoded
//     body lines that the model found at least kLikelyBody likely body is
//     body (the rules below still drop it when it is a caption, a tool...);
//   - a comment thread under the text (DropCommentThread) is not body;
//   - a table of contents (DropTableOfContents) is not body;
//   - related-story lists (DropRelatedLists), advertisement labels alone on
//     their line, a shop's or an embed's button ("Buy now", "View this post
//     on Instagram"), page tools (IsPageTool: "5 min read", "Share:") and
//     lynx's frame lines (IsFrameLine) are not body;
//   - a run of body lines apart from the one with the most words that
//     holds no prose and is not between the headline and that run
//     (DropProselessBlocks: a sidebar's list, a teaser) is not body;
//   - short headings at the very end of the body ("TRENDING") are not body,
//     nor is a copyright notice ending it (HoldsCopyrightNotice).
std::vector<bool> BodyLines(const PageView& view, const HeadlineChoice& headline,
                            const std::vector<bool>& headline_copy,
                            const std::vector<std::size_t>& metadata_found) {
  const std::size_t n = view.decisions.size();
  std::vector<bool> body(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Label label = view.label(i);
    if (label == Label::kBody) {
      body[i] = true;
    } else if (label == Label::kHeadline && static_cast<long>(i) != headline.line) {
      // Prose, or the first line of a paragraph that the next body line
      // continues without a blank line: a headline ends where it ends.
      body[i] = IsProse(view.texts[i]) ||
                (i + 1 < n && view.label(i + 1) == Label::kBody &&
                 view.page.lines[i + 1].blanks_before == 0 && ContinuesLine(view.texts[i + 1]));
    }
  }
  if (headline.standfirst >= 0) body[static_cast<std::size_t>(headline.standfirst)] = true;
  if (headline.line >= 0) {
    const std::size_t from = static_cast<std::size_t>(headline.line) + 1;
    for (std::size_t i = from; i < n && i - from < kLeadProseReach && !body[i]; ++i) {
      if (view.label(i) == Label::kBoilerplate &&
          (CountLineWords(view, i, kLeadProseWords) >= kLeadProseWords ||
           (view.texts[i].size() >= kLeadProseBytes && EndsWithFullStop(view.texts[i])))) {
        body[i] = true;
      } else if (view.label(i) == Label::kMetadata && IsLeadDecodedAsMetadata(view, i) &&
                 !Found(metadata_found, i)) {
        body[i] = true;
      }
    }
    if (from < n && !body[from] && IsStandfirstUnderHeadline(view, from, metadata_found)) {
      body[from] = true;
    }
  }
  // A standfirst that decoding put in the boilerplate above the article
  // although the model found it more likely not boilerplate.
  // One pass from the bottom, remembering the nearest body line below, so
  // that a page of a million lines stays linear.
  std::size_t next_body = n;
  for (std::size_t i = n; i-- > 0;) {
    const bool unsure_boilerplate =
        view.label(i) == Label::kBoilerplate && view.decisions[i].confidence < 0.5f;
    if (unsure_boilerplate && next_body < n && next_body - i <= kStandfirstAbove &&
        IsProse(view.texts[i])) {
      body[i] = true;
    }
    if (view.label(i) == Label::kBody) next_body = i;
  }
  // Boilerplate decoded inside the article that the model found likely
  // body: the decoder stayed in a run of boilerplate past it.
  std::size_t first_decoded = n;
  std::size_t last_decoded = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (view.label(i) != Label::kBody) continue;
    if (first_decoded == n) first_decoded = i;
    last_decoded = i;
  }
  for (std::size_t i = first_decoded + 1; first_decoded < n && i < last_decoded; ++i) {
    const float body_probability =
        view.decisions[i].label_probabilities[static_cast<std::size_t>(Label::kBody)];
    if (view.label(i) == Label::kBoilerplate && body_probability >= kLikelyBody) body[i] = true;
  }
  // A link's text between two pieces of a body paragraph is body too.
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (!body[i] && body[i - 1] && body[i + 1] && SplitsParagraph(view, i)) body[i] = true;
  }
  std::size_t copies = 0;
  for (bool c : headline_copy) copies += c ? 1 : 0;
  for (std::size_t i = 1; copies >= 2 && i < n; ++i) {
    const bool after_alt_text = headline_copy[i - 1] && view.page.lines[i].blanks_before == 0;
    if (body[i] && after_alt_text && HasCaptionWord(view.texts[i])) body[i] = false;
  }
  std::vector<bool> credit(n, false);
  for (const std::size_t i : metadata_found) credit[i] = true;
  for (std::size_t i = 0; i < n; ++i) {
    if (!body[i]) continue;
    // Counted as far as the greatest bound it is compared with.
    const std::size_t words =
        CountLineWords(view, i, std::max({kMaxBylineWords, kSentenceWords, kCaptionWords}) + 1);
    if (credit[i] && words <= kMaxBylineWords && !EndsWithFullStop(view.texts[i])) {
      body[i] = false;  // the byline or date line
      continue;
    }
    if (words >= kSentenceWords && EndsWithFullStop(view.texts[i]) &&
        !HasImageCredit(view.texts[i])) {
      break;  // the first prose paragraph
    }
    if (words <= kCaptionWords && HasImageCredit(view.texts[i])) body[i] = false;
    // A page tool's button above the text ("Print", "Share this article",
    // "Comments 0", "WhatsApp") that decoding swept into the body region
    // although the model found it unlikely body, or that names a network to
    // share on; not a link's text inside a paragraph.
    const float body_probability =
        view.decisions[i].label_probabilities[static_cast<std::size_t>(Label::kBody)];
    if (words <= kToolLineWords && !EndsWithFullStop(view.texts[i]) && !SplitsParagraph(view, i) &&
        (body_probability < kUnlikelyBody || IsShareButton(view.texts[i]))) {
      body[i] = false;
    }
  }
  DropRelatedLists(view, &body);
  DropTableOfContents(view, &body);
  DropCommentThread(view, headline.line, &body);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view text = view.texts[i];
    if (!body[i]) continue;
    // A caption with its credit anywhere in the text ("The dune lost twenty
    // metres. Photo Jo Smith"): short, and ending with the credit.
    const bool caption = HasImageCredit(text) && !EndsWithFullStop(text) &&
                         CountWords(text, kCaptionWords + 1) <= kCaptionWords;
    // The name of a credit whose cue ends the line above ("Photo /" then
    // "Supplied").
    // (The cue first: most lines above end with no ':' or '/'.)
    const bool credit_name = i > 0 && view.page.lines[i].blanks_before == 0 &&
                             EndsWithCreditCue(view.texts[i - 1]) && !EndsWithFullStop(text) &&
                             CountWords(text, kCreditNameWords + 1) <= kCreditNameWords;
    // A button's words in lower case inside a paragraph are a link's text
    // ("How could I just go and" / "buy" / "a crust?"); a price is not ("(" /
    // "$99 at Amazon" / "): With wraparound hooks, ...").
    const bool button =
        IsShopOrEmbedButton(text) && !(StartsLowerCase(text) && SplitsParagraph(view, i));
    if (caption || credit_name || button || IsAdLabel(text) || IsPageTool(text) ||
        IsRendererMarksOnly(text) || IsTagLine(text) || IsStoryLink(text) || IsFrameLine(text) ||
        IsPrintEditionNote(text) || IsRightsNotice(text) || IsFormConsent(text)) {
      body[i] = false;
    }
  }
  std::size_t last = n;
  for (std::size_t i = n; i-- > 0;) {
    if (body[i]) {
      last = i;
      break;
    }
  }
  for (std::size_t i = last + 1; last < n && i < n && i - last <= kTailProseLines; ++i) {
    if (view.label(i) != Label::kBoilerplate ||
        CountLineWords(view, i, kTailProseWords) < kTailProseWords ||
        OpensWithLabel(view.texts[i])) {
      break;
    }
    body[i] = true;
  }
  DropProselessBlocks(view, headline.line, &body);
  DropRepeatedText(view, &body);
  std::size_t body_lines = 0;
  for (bool b : body) body_lines += b ? 1 : 0;
  for (std::size_t i = n; i-- > 0 && body_lines > 1;) {
    if (!body[i]) continue;
    const WordSpan words = view.words(i);
    if (LetterWords(words) > kTrailingHeadingWords || EndsParagraph(view.texts[i])) break;
    body[i] = false;
    --body_lines;
  }
  // A copyright notice after the text is the page's footer, or the agency's
  // terms (DESIGN.md section 10: footers are boilerplate); the reporter's
  // e-mail line ending the text ("Yoon Seo-jin, reporter sjyoon@example.kr",
  // as Korean and Japanese papers sign) is a credit, not text. Both may end
  // it, in either order.
  for (std::size_t i = n; i-- > 0 && body_lines > 1;) {
    if (!body[i]) continue;
    if (!HoldsCopyrightNotice(view.texts[i]) && !IsContactLine(view.texts[i])) break;
    body[i] = false;
    --body_lines;
  }
  return body;
}

// A metadata line says who wrote the article or when: a line the model
// decoded as metadata that holds no date and reads as no byline is a share
// row, a reading time or a section name ("Rate Story", "9 min read").
bool ReadsAsCredit(const PageView& view, std::size_t i) {
  return HasDate(view, i) || LooksLikeByline(view.texts[i]);
}

// The cue of a credit or a date alone on its line, the name or the date on
// the next ("Written by" / "Jo Smith", "Published" / "May 2, 2025"): part
// of the credit. A bare "By" is not (it opens a sentence's last words as
// often: "... funded" / "By the council.").
bool IsCreditCueAlone(std::string_view text) {
  if (text.size() > kLabelLineBytes) return false;
  static constexpr std::string_view kCues[] = {
      "posted",        "posted by",      "posted on",         "published",     "published by",
      "published on",  "updated",        "last updated",      "updated on",    "written by",
      "words by",      "veröffentlicht", "veröffentlicht am", "aktualisiert",  "aktualisiert am",
      "publié",        "publié le",      "mis à jour",        "mis à jour le", "publicado",
      "publicado el",  "publicado em",   "actualizado",       "atualizado",    "pubblicato",
      "pubblicato il", "aggiornato",     "gepubliceerd",      "opublikowano",  "yayınlanma",
      "güncelleme"};
  return IsAloneOnLine(text, kCues);
}

// A time alone on its line, with its zone or a separator ("10:30 am |",
// "4:48 PM ET", "14.05 Uhr"): the article's time under a date elsewhere.
bool IsTimeAlone(std::string_view text) {
  if (text.size() > kLabelLineBytes) return false;
  static constexpr std::string_view kTimeWords[] = {
      "am",  "pm", "a.m.", "p.m.", "uhr", "h",   "et",  "est", "edt", "ct",  "cst",
      "cdt", "pt", "pst",  "pdt",  "gmt", "utc", "bst", "ist", "cet", "cest"};
  // Tokens between spaces and separators ("|", "-", ",", "•", lynx's "*").
  std::size_t tokens = 0;
  bool time = false;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" |,-*\t", at), text.size());
    std::string_view token = text.substr(at, end - at);
    at = end + 1;
    if (token.empty() || token == "\xE2\x80\xA2" || token == "\xC2\xA0") continue;
    if (++tokens > 4) return false;
    const std::size_t mark = token.find_first_of(":.");
    const bool clock = mark >= 1 && mark <= 2 && token.size() == mark + 3 &&
                       token.find_first_not_of("0123456789", mark + 1) == std::string_view::npos &&
                       token.find_first_not_of("0123456789") == mark;
    if (clock) {
      time = true;
    } else if (std::find(std::begin(kTimeWords), std::end(kTimeWords), FoldCase(token)) ==
               std::end(kTimeWords)) {
      return false;
    }
  }
  return time;
}

// The label each line ends with (see Assemble's contract in assemble.h).
std::vector<LineLabel> FinalLabels(const PageView& view, long headline,
                                   const std::vector<bool>& body,
                                   const std::vector<bool>& headline_copy,
                                   const std::vector<std::size_t>& metadata_found) {
  const std::size_t n = view.decisions.size();
  // Of the headline's copies between it and the text (a <title> copy at the
  // top, then the page's own heading), the one nearest above the text
  // carries the label, as in the gold labels: the line that best matches
  // the title nearest above the body.
  long first_body = -1;
  for (std::size_t i = 0; i < n && first_body < 0; ++i) {
    if (body[i] && !headline_copy[i]) first_body = static_cast<long>(i);
  }
  if (headline >= 0 && first_body > headline) {
    for (long i = first_body; i-- > headline + 1;) {
      if (headline_copy[static_cast<std::size_t>(i)]) {
        headline = i;
        break;
      }
    }
  }
  const auto by_headline = [&](std::size_t i) {
    return headline >= 0 && std::labs(static_cast<long>(i) - headline) <= kCreditReach;
  };
  std::vector<bool> credit(n, false);
  for (const std::size_t i : metadata_found) credit[i] = by_headline(i);
  // Where the article's metadata may be: near the headline, the first and
  // the last body line (input line numbers; none: -1).
  std::vector<long> anchors;
  if (headline >= 0) anchors.push_back(view.page.lines[static_cast<std::size_t>(headline)].first);
  if (first_body >= 0) {
    anchors.push_back(view.page.lines[static_cast<std::size_t>(first_body)].first);
  }
  for (std::size_t i = n; i-- > 0;) {
    if (body[i] && !headline_copy[i]) {
      anchors.push_back(view.page.lines[i].first);
      break;
    }
  }
  auto near_article = [&](std::size_t i) {
    const long at = view.page.lines[i].first;
    for (const long a : anchors) {
      if (std::labs(at - a) <= kMetadataReach) return true;
    }
    return anchors.empty();
  };
  std::vector<LineLabel> labels(n);
  for (std::size_t i = 0; i < n; ++i) {
    const LineDecision& decision = view.decisions[i];
    Label label = decision.label;
    if (static_cast<long>(i) == headline) {
      label = Label::kHeadline;
    } else if (body[i] && !headline_copy[i]) {
      label = Label::kBody;
    } else if ((credit[i] && ReadsAsCredit(view, i)) ||
               (by_headline(i) && (IsCreditCueAlone(view.texts[i]) || IsTimeAlone(view.texts[i]) ||
                                   IsReadingTime(view.texts[i])))) {
      label = Label::kMetadata;
    } else if (label == Label::kHeadline || label == Label::kBody ||
               (label == Label::kMetadata && !(near_article(i) && ReadsAsCredit(view, i)))) {
      label = Label::kBoilerplate;
    }
    const float confidence = label == decision.label
                                 ? decision.confidence
                                 : decision.label_probabilities[static_cast<std::size_t>(label)];
    labels[i] = LineLabel{label, confidence};
  }
  return labels;
}

// Line `text` as the assembler reads it on a page with `markup`
// (inline_markup.h): without Markdown's headings, links, pictures and
// emphasis, html2text's heading frames and link underlines. A line that
// was nothing but marks (a picture) stays as it was: the rules read no
// empty line.
std::string ReadableLine(std::string_view text, InlineMarkup markup) {
  std::string clean = WithoutInlineMarkup(text, markup);
  return clean.empty() ? std::string(text) : clean;
}

// A paragraph that was a Markdown picture alone is no text.
void DropPictures(InlineMarkup markup, Article* article) {
  if (markup != InlineMarkup::kMarkdown) return;
  std::vector<std::string> paragraphs;
  for (std::string& paragraph : article->paragraphs) {
    if (!WithoutInlineMarkup(paragraph, markup).empty()) paragraphs.push_back(std::move(paragraph));
  }
  article->paragraphs = std::move(paragraphs);
}

}  // namespace

Article Assemble(const Page& page, const std::vector<LineDecision>& decisions,
                 const DateContext& date_context, const HeadlineRanker& ranker,
                 std::vector<LineLabel>* final_labels, const LineWords* line_words,
                 const FoldedLetterWords* letter_words) {
  Article article;
  std::vector<std::string_view> texts;
  texts.reserve(page.lines.size());
  for (const Line& line : page.lines) texts.push_back(line.text);
  // 0. The lines without the marks a renderer left inside them (Markdown's
  // links, html2text's underlined links: inline_markup.h), on a page that
  // shows them. The line model read them as they are; the words split for
  // it are then not the ones read here.
  const InlineMarkup markup = DetectInlineMarkup(texts);
  std::vector<std::string> readable;
  if (markup != InlineMarkup::kNone) {
    readable.reserve(texts.size());
    for (const std::string_view text : texts) readable.push_back(ReadableLine(text, markup));
    for (std::size_t i = 0; i < texts.size(); ++i) texts[i] = readable[i];
    line_words = nullptr;
  }
  const PageView view{page,         decisions,  texts,
                      date_context, line_words, line_words != nullptr ? letter_words : nullptr};

  // 1. One headline, without a site-name suffix the page proves is one.
  const HeadlineChoice choice = PickHeadline(view, ranker);
  const long headline = choice.line;
  std::string headline_norm;
  HeadlineRun headline_run;
  if (headline >= 0) {
    headline_run = JoinSplitHeadline(view, headline);
    article.title = CleanTitle(LastCrumb(headline_run.text), texts);
    // The body's copies of the headline line are found by its whole text.
    headline_norm = Normalised(article.title);
    const std::string unmarked = UnmarkedTitle(article.title);
    article.title = std::string(TitleBeforeBar(TitleWithoutKindLabel(unmarked)));
  }

  // 2. Byline and dates, searched around the headline (or, without one,
  // around the start of the article).
  std::vector<std::size_t> metadata_found;
  FindMetadata(view, headline, &article, &metadata_found);

  // 3. Body paragraphs: the body lines (BodyLines) without an author box
  // under them (DropAuthorBox), consecutive ones that a renderer split at a
  // link ("... said" / "on Monday", "Engineers from" / "Halsey Consulting" /
  // "found cracks") joined; copies of the headline go.
  std::vector<bool> headline_copy = HeadlineCopies(view, headline_norm);
  for (std::size_t k = 1; k <= headline_run.continued; ++k) {
    headline_copy[static_cast<std::size_t>(headline) + k] = true;
  }
  for (std::size_t k = 1; k <= headline_run.preceded; ++k) {
    headline_copy[static_cast<std::size_t>(headline) - k] = true;
  }
  std::vector<bool> body = BodyLines(view, choice, headline_copy, metadata_found);
  DropAuthorBox(view, article.authors, &body);
  // A page with no article has no headline either: the line picked is a
  // teaser's (on the train pages where this rule applies, 10 of 11 picks
  // were not the gold title). A credited page (a blog's list post) keeps
  // its byline and date; on an uncredited one (a section front) the date
  // found is a teaser's.
  if (HoldsNoArticle(view, body)) {
    if (article.byline.empty()) {
      article = Article{};
      metadata_found.clear();
    }
    article.title.clear();
    article.warnings.push_back("no article: the text is a list of teasers or links");
    if (final_labels != nullptr) {
      *final_labels = FinalLabels(view, -1, std::vector<bool>(body.size(), false),
                                  std::vector<bool>(body.size(), false), metadata_found);
    }
    DropPictures(markup, &article);
    return article;
  }
  bool joinable = false;
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    if (!body[i]) {
      joinable = false;
      continue;
    }
    const std::string_view text = texts[i];
    if (headline_copy[i]) continue;
    // (Only looked at when the line could join the paragraph before it.)
    const auto continues = [&] {
      return ContinuesLine(text) ||
             (i + 1 < decisions.size() && body[i + 1] && SplitsParagraph(view, i));
    };
    if (joinable && page.lines[i].blanks_before == 0 && !EndsParagraph(article.paragraphs.back()) &&
        continues()) {
      std::string& last = article.paragraphs.back();
      if (!StartsWithClosingPunct(text)) last += ' ';
      last += text;
    } else {
      article.paragraphs.emplace_back(text);
    }
    joinable = true;
  }

  // 4. No paragraph of a picture alone.
  DropPictures(markup, &article);

  // 5. The labels the article shows (--format labels, --explain).
  if (final_labels != nullptr) {
    *final_labels = FinalLabels(view, headline, body, headline_copy, metadata_found);
  }
  return article;
}

}  // namespace pith::internal

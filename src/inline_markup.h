// inline_markup: the marks that text renderers leave inside a line, read
// away from what pith outputs.
//
// Two renderers write inline markup into the text a user pipes to pith:
//   - Markdown, from html2text's Python module (`html2markdown`) and the
//     scrapers that turn pages into Markdown: links "[the debate](https://
//     ...)", pictures "![The depot](https://.../depot.jpg)", strong and
//     emphasised text ("**240m**", "__240m__", "_Acme Trust_", "*now*").
//   - Debian's html2text (`curl URL | html2text | pith`): headings framed
//     in asterisks ("****** Council backs tram line ******", six for <h1>,
//     fewer below), and the spaces of a link's text written as underscores,
//     its underline ("after a four-hour_debate that ran", "By Jane_Doe").
//   - `lynx -dump` without `-nolist`: each link's number before its text
//     ("from the regional [10]green transport fund"), the numbered URLs
//     under "References" at the end.
//
// The line model reads the lines as the input wrote them: its features,
// trained on pages without this markup, are what they are. The assembler
// reads them without the marks (its headline, byline and paragraphs come
// out clean), only on a page that shows the renderer's marks
// (DetectInlineMarkup): on other pages "_her_", "Herr_Rein" or
// "[cdc.gov](https://...)" are the text's own.
//
// Pure and thread-safe.
#ifndef PITH_INLINE_MARKUP_H_
#define PITH_INLINE_MARKUP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

enum class InlineMarkup {
  kNone,       // plain text: "_her_" and "*and*" are the author's own
  kMarkdown,   // links, pictures, emphasis
  kHtml2text,  // heading frames, link underlines
  kLynxLinks,  // lynx's link numbers before each link's text
};

// Which renderer left its marks in the page's lines:
//   - kHtml2text when a line is a heading framed in 2 to 6 asterisks, as
//     many on each side ("***** What happens next *****"), and a line of six
//     words or more holds a link's underline, a word joined to the next by
//     an underscore ("take_the_fight_to_court"). Either alone is no proof:
//     pages print starred notices ("*** SPOILER ***"), and code names
//     variables with underscores ("max_retries").
//   - kMarkdown when at least 3 lines, and a tenth of the non-blank ones,
//     hold a Markdown link or picture to a URL ("[Home](https://...)"): a
//     page's menu alone passes. A page that quotes a few (a reference list
//     written in Markdown) shows them as its text.
//   - kLynxLinks when a line is "References" (lynx's list of the links'
//     URLs; also a paper's heading) and at least 3 lines hold a link
//     number before a word ("[12]Home"; a paper's citations come before a
//     space or punctuation).
//   - else kNone.
InlineMarkup DetectInlineMarkup(const std::vector<std::string_view>& lines);

// The heading inside an html2text frame ("****** Council backs ******" ->
// "Council backs"); else `text`.
std::string_view UnframedHeading(std::string_view text);

// `text` is a heading in an html2text frame (UnframedHeading finds one).
bool IsFramedHeading(std::string_view text);

// `text` without the marks of `markup`: for kMarkdown, a heading's "#"s
// gone, links read as their text, pictures dropped and emphasis marks
// ("**", "__", "*", "_" around words) removed, and the halves of a link
// split over two lines ("a [feasibility study", "published in
// March](/news/study) found") without their marks; for kHtml2text, a
// heading's frame gone (UnframedHeading) and the underscores of a word of
// letters joined by them read as spaces ("Jane_Doe"; not "max_retries2",
// "@jane_doe", "file_name.txt"); for kLynxLinks, each link number before a
// letter, a digit or a quote gone ("[10]green" -> "green"; a citation
// before a space or punctuation stays: "attempts [11], which"); for kNone,
// `text`.
// REQUIRES: text is valid UTF-8.
std::string WithoutInlineMarkup(std::string_view text, InlineMarkup markup);

}  // namespace pith::internal

#endif  // PITH_INLINE_MARKUP_H_

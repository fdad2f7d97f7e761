// title: a clean headline from the headline line.
//
// A headline copied from the page's <title> often carries the site's name:
// "Storm closes schools | Example Gazette", "Example Gazette - Storm closes
// schools". CleanTitle removes such a suffix (or prefix) after one of the
// separators " | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « " only when the
// page itself shows the removed part is a name used elsewhere: a line that
// is little more than that name (a logo or menu line: at most two words
// more; suffixes only) or a copyright line holding it ("© 2024 Example Gazette"), other
// than the lines that carry the headline itself; a suffix goes too when a
// line of the page reads the rest alone (the page's own heading, without
// what its <title> copy adds: "Storm closes schools | Tested & Ranked"). A part that merely occurs
// in prose proves nothing ("Nokia N96 Software Update - v30.1" mentions the
// version in the text). Nothing is removed when the rest would be
// shorter than three words or 15 bytes, or when the part is longer than the
// rest or than eight words (that is a sub-title, not a site name).
//
// Before that, the marks a renderer puts in front of a line go: a list
// bullet ("* ", "+ ", "o ", "- ", "# ", "• " of lynx and w3m), an image
// placeholder ("[photo.jpg] ", "[IMG] ", "[image: The flooded square] ",
// "[afbeelding: …] "), a picture's file name shown for its missing alt text
// ("Shutterstock_116050180 ", "New%20design%206 "), and lynx's "(BUTTON) " and
// the underscores it draws for a text field ("_____ "). And the page's
// buttons that follow the heading go from its end, when there are two or
// more ("Storm closes schools | Print | E-mail", "... Save Email Print").
//
// Pure and thread-safe.
#ifndef PITH_TITLE_H_
#define PITH_TITLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

// Where a title splits into parts: the separators above (" | ", " - ",
// " – ", " — ", " :: ", " · ", " » ", " « ", " • ", " ｜ "), and ": " between a
// section or blog name and the headline ("Joe. My. God.: Storm closes
// schools"), which never cuts a site's name off in CleanTitle.
const std::vector<std::string_view>& TitlePartSeparators();

// `headline` without the renderer's marks at its start (and trimmed); a line
// that is nothing but marks is returned trimmed, marks and all.
std::string_view StripRendererMarks(std::string_view headline);

// Is the line nothing but such marks ("[flood.jpg]", "* [a.jpg] [b.jpg]")?
bool IsRendererMarksOnly(std::string_view line);

// REQUIRES: headline and page_lines are valid UTF-8.
std::string CleanTitle(std::string_view headline, const std::vector<std::string_view>& page_lines);

// The title up to its first bar (" | ", " ｜ "), when that part has three
// words and 15 bytes or more; else `title`. What a bar sets off after the
// headline of a <title> copy is a site, a section or a list of keywords
// ("Homeowners Insurance Guide 2026 | Coverage Types, Costs & Savings"),
// which CleanTitle keeps when the page shows no line proving it a name; a
// headline proper seldom holds a bar. Applied to CleanTitle's result after
// the headline is chosen: the ranker's training matches lines to the gold
// title through CleanTitle alone.
std::string_view TitleBeforeBar(std::string_view title);

// `title` without the pictures lynx writes at its end ("Junk food advertising
// ban comes into force [spacer.gif]", "... Test Day 2
// [mcusa_printer_icon_sm.gif]": a print button's or a spacer's file name),
// and with the "+" of a title written as a URL's query ("The+American+People
// +Want+Obamacare+Repealed": no space, two "+" or more, each between two
// words) read as spaces.
// Applied to the chosen title after CleanTitle, like TitleBeforeBar.
std::string UnmarkedTitle(std::string_view title);

// `title` without the kind of page a label before a colon names ("Blog:
// Best Social Media Agencies of 2025", "PROJECT: Weekend Coding Agent",
// "Transcript: What is a smartphone?", "Introduction: How to Make
// Furniture"), when three words or more follow; else `title`. Applied to the
// chosen title after CleanTitle, like TitleBeforeBar.
std::string_view TitleWithoutKindLabel(std::string_view title);

}  // namespace pith::internal

#endif  // PITH_TITLE_H_

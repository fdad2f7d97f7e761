// metadata_search: the byline and the dates of a labelled page.
//
// Byline (authors, agency), by how sure the evidence is: first a line the
// model labelled metadata right under the headline that is nothing but
// persons' names ("Jo Smith", "Jo Smith, Al Roe"), unless a prefixed
// credit is near the headline too (a prefixed credit further away is as
// often a teaser's or a photo's); then (a credit line is
// short, or a long one opens with the credit: "Posted by Jo Smith in News.
// Tags: ..."; a line the renderer split with a gap, "By Jo Smith    View
// In Digital Edition", is parsed as the input wrote it): a prefixed credit
// labelled metadata ("By Jo Smith", "By the Acme Team"; "By" / "Jo Smith" and "Jo" / "Smith"
// on two lines are joined, as is a credit line that ends with its prefix,
// "Published on May 2, 2025 by" / "Jo Smith", and names a renderer split at their links,
// "Jo Smith" / "," / "Al Roe" / ", and" / "Ana de la Cruz"); a prefixed
// credit near the headline
// whatever its label; one inside or up to 15 lines under the main body
// block (an author box; under the block, only when no bare name stands over or under a date line
// right under the headline: it is as often a related story's), not the tail of a sentence split at
// a link ("by Acme Transit with a new stop."), nor a heading whose prefix comes before single
// words, one of them a word of the prose ("Von Risiken und Nebenwirkungen"), nor one of a list of
// teasers' credits (another credit with its prefix, naming no one it names, two to four lines away:
// "Ten storm tips" / "By Jo Smith" / "Flood maps" / "By Al Roe"); a labelled credit on the headline
// line itself (the model took a post's credit line for its title); a name and a date on one line
// one or two lines under the headline, whatever its label ("May 2, 2025 - Jo Smith - 3 Comments");
// any metadata line naming someone (no teaser's of such a list); a user name by the headline ("by
// jsmith", "von jsmith"); a name beside a date or metadata line, a name that another line
// introduces ("Jo Smith is a reporter
// ...", an author box) near the headline or under the text (there the introduction must read as a
// person's bio: an occupation, or "he" or "she"; not "Acme BI is a premier analytics platform"), a
// name and a date on one line (a body line too, between the headline and the first prose), a
// paper's list of authors under the headline, each name with the marks of its affiliations ("Jo
// Smith 1,✉, Al Roe 2"), a bare
// name one or two lines under the headline (not under a picture credit's label: "Foto:" / "Jo
// Smith"), or a name over a job title or the link to its
// other texts ("Alle Artikel"), or the name under an author box's heading anywhere, or after it on
// its line ("About the author" / "Jo Smith", "Über den Autor" / "Jonas", "About the Author: Tom": a
// first name or a desk too, no word of it one the page writes in lower case; under "Author(s)" the
// names one a line; under the text a renderer gives for the author's photo too: "Photo of author" /
// "Jo Smith"). On German pages a capitalised word right after an article in the prose ("die
// Botschaft") counts as one written in lower case. A "name" made of words the page's prose writes
// in lower case is a topic or a section ("UX Analytics", "Marathon Training"; only a surname that
// is a word after a first name that is none, right by the headline over or under its date line, is
// not: "Madison Green"), and one whose words
// are half the headline's a title or a breadcrumb ("Essential Wine Basics"): never a credit unless
// a prefix says so. The bare name under the headline needs more: no word of it in lower case
// anywhere on the page ("Key Takeaways", "Select Page"), no desk, no image credit, no repeat in a
// menu or the footer ("Consumer Insights"), and no teaser link under it
// ("Read the full story"); above the headline the same line is as often a menu entry. (Taken
// without those tests, a name alone by the headline was a section name four times for each right
// author on train.) A desk named for its site alone there, or three lines under the headline
// when no prose comes between ("Acme Staff", "The Acme Team"), is a
// credit when no word before the desk word is one the page writes in lower case ("Sales Team")
// and no menu repeats it. A page crediting no one has the person a link to their other texts names
// ("More from Jo Smith", "Alles von Jo Smith"), else the name over a reading time ("Jo Smith" /
// "14 min read"; not "30 min": a recipe's), else the owner its title names at the top ("Jo
// Smith's Blog"), else the name over a bio in the first person that reads as a person's ("Jo
// Smith" / "I'm the founder of Acme ..."), else the name set beside or over a job title over a
// bio that opens with its first name and reads as a person's ("Jo Smith Senior Editor" / "Jo
// covers ... Her ..."), else the holder its footer's copyright names
// (CopyrightHolder), else the name over an author box anywhere ("Maria Lopez" / "Maria is a
// growth analyst ..."), else the person a photo's alt text shows, as lynx prints it ("Headshot
// of Jo Smith", "Jo Smith's avatar", "[jsmith-headshot.jpg] Jo Smith"); and a page that still
// credits no one has the person's name alone right above or below the line that gave the
// article's date ("Jo Smith" / "Last updated: May 2, 2025"), wherever that line is. A body line may
// give only the agency, and only when the metadata names none: the dateline "PARIS (Reuters) -" of
// the first body line, or a closing "(With inputs from PTI)" ("agencies" names none).
// A page that credits no one this way is searched again around the headline's copy right above
// the text, when the headline is an earlier copy of it (a title printed twice, the ranker having
// picked the copy at the top); only a credit right by that copy counts.
//
// Dates: from the short metadata lines, published and updated apart, those
// nearest the headline first (one far above it is as often an info box's:
// "Release: 14 Feb 2005"); else from the headline line when it opens with
// a date (the model took the post's date line for its title); else from
// the nearest short line around the headline or the article start (any
// label; an update date on the line next to it too), the short body lines
// above the first prose, or the dateline of the first prose line (an
// update date under a cue line: "Updates" / "2021-08-09 Added ..."); else
// the long metadata lines (a standfirst or a photo caption names the dates
// its prose speaks of: "... on Oct. 21, 2023. Photo: Jo Roe"); else a
// date line inside or up to 15 lines under the main body block (not a
// sentence of the text, one that leads into a list too); else the date on
// a line that repeats the headline (its entry in a list of latest
// stories); else a date a publication or update cue marks anywhere
// ("PUBLISHED" / "Feb 2, 2023"); else the date of the first credit line of
// the page, the nearest date line above the headline, or a date after a
// separator on the headline line itself ("Blog Home • October 18, 2019"),
// else a date line right beside the line the credit came from, wherever it
// is ("Written by" / "Jo Smith" / "April 8, 2024" far under the text).
// The entries of a change log under an update cue are update dates
// ("Updates" / "2021-08-09 Added ..." / "2022-04-12 Linked ...", lynx's list
// marks before them or not); one date alone under the cue is not a log.
// A date a renderer split out of a sentence at a link ("On" / "July 4,
// 2025" / ", the bill was signed ...") is the text's, never a date line.
// A date written in full beats one whose year or day came from now ("May
// 13", "Today"), which is kept only until one is found. A page giving only
// an update date has the date line right above or below the update's as
// its publication date ("December 3, 2025." / "Updated: December 7,
// 2025"), else the update date as its date too (date_updated keeps it as
// well).
// The date a member joined the site ("Member since 28 June 2014",
// "Mitglied seit" over a date) is never the text's. A date written without
// a year takes the year the headline names when that is the year before
// the latest one it could have ("Aug 15" under "Catering Trends for 2024"),
// else the latest year the page has reached when that is an earlier one
// (a copyright or a full date writes it: "© 2008"); one that took now's own
// year on a page that writes neither it nor a later one takes the latest
// year the page writes at all (now may be a file's copy time, months after
// the page was served).
// A machine timestamp right before a written date on one line is a blog
// theme's hidden update stamp ("2024-04-18T13:00:39+00:00March 22nd,
// 2024"): the written date is the publication date.
//
//
// Pure and thread-safe.
#ifndef PITH_METADATA_SEARCH_H_
#define PITH_METADATA_SEARCH_H_

#include <cstddef>
#include <vector>

#include "labelled_page.h"
#include "pith/pith.h"

namespace pith::internal {

// Fills article's byline, authors, agency, date, date_text and
// date_updated as above, searching around `headline` (-1: none) and the
// main run of body lines. The lines they came from go to *found_on.
void FindMetadata(const PageView& view, long headline, Article* article,
                  std::vector<std::size_t>* found_on);

}  // namespace pith::internal

#endif  // PITH_METADATA_SEARCH_H_

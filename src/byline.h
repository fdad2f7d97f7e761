// byline: turning a byline line into authors and an agency.
//
// Removes prefixes ("By", "Von", "Par", "Por", "Di", "Door", "Av", "Автор",
// "作者"... for the 15 languages), roles ("Staff Writer", "Correspondent"),
// e-mail addresses, social handles, trailing dates and times, and splits
// the rest into person names ("A, B and C", "A & B", "A und B"). A news
// agency or source ("Reuters", "AP", "AFP", "PTI", "dpa", "IANS"...) is
// returned on its own and kept in the cleaned byline.
//
// Decisions:
//   - A desk or team credit ("Devdiscourse News Desk", "The Acme Team",
//     "By Staff") is the article's author as far as the page says: it is
//     returned in `authors` (and `cleaned`), since the page names no person.
//     Readers and the corpus's gold treat such credits as the author.
//   - An agency alone ("AFP", "(Reuters)") gives no authors, only `agency`.
//   - `cleaned` keeps what the credit says beside the names as written
//     (degrees and titles: "Jo Smith, MD", "Staff Clinician"; the words
//     that join names: "Jo Smith und Al Roe", "Jo Smith (avec Al Roe)" ->
//     "Jo Smith avec Al Roe") but not pure roles ("Staff
//     Writer"), prefixes, handles, e-mails, URLs or dates.
//   - The line is split into segments at "|", "·", "•", " - ", brackets,
//     runs of spaces (no-break spaces too), date cue words ("Updated",
//     "Aktualisiert") and the words that lead from a credit to its date or
//     category ("on", "in", "under": "Posted by Jo Smith in News"); an
//     apposition after a comma ("Jo Smith, a reporter at ...") ends the
//     names. When a
//     segment starts with a prefix, only prefixed segments give names ("Le
//     Monde | ... | Par Jo Smith"); otherwise the first segment with a
//     person does. Breadcrumbs, prose and photo or review credits ("Photo
//     by", "Reviewed by", a word or two before them too: "Hero image by")
//     give nothing.
//   - `language` is not needed: the tables cover the 15 languages at once.
//
// Pure and thread-safe.
#ifndef PITH_BYLINE_H_
#define PITH_BYLINE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "language.h"

namespace pith::internal {

struct Byline {
  std::string cleaned;               // the byline without prefix, handles, e-mails, dates
  std::vector<std::string> authors;  // person names, or the desk/team credited
  std::string agency;                // e.g. "Reuters"; "" if none
  // The line says by itself that it credits the names: they follow a
  // credit phrase or label ("Posted by", "Erstellt von", "Ein Artikel von",
  // "Interview by", "Autor:"), or a bare prefix right after a date ("May 2, 2025 by Jo
  // Smith"), and are written as names (not "written by the app itself").
  // A bare "By" opening the line is LooksLikeByline's test, not this one.
  bool credited = false;
  // The authors are a desk or a team, no person ("Weather Desk", "The Acme
  // Team"), which a page also prints as a section label.
  bool desk = false;
};

// A line longer than kMaxBylineLineBytes is prose, not a credit: it gives
// an empty Byline (parsing it would cost time quadratic in its length).
inline constexpr size_t kMaxBylineLineBytes = 1000;

// REQUIRES: line is valid UTF-8.
Byline ParseByline(std::string_view line, Language language);

// The holder a copyright line names, parsed as a credit: "© 2025 Jo
// Smith. All rights reserved." -> Jo Smith, "Copyright © 2012-2025 by Acme
// Media | Privacy" -> Acme Media. Empty when the line has no copyright mark
// ("©", "(c)", "Copyright"), names more than one holder, or is prose, and
// when it is a photo's credit: "©" alone, without a year or a rights
// reservation ("© Jo Smith" under a picture). Footer links a renderer glued
// to the holder are no part of it ("© 2025 AcmePrivacyTerms" -> Acme).
// REQUIRES: line is valid UTF-8.
Byline CopyrightHolder(std::string_view line, Language language);

// A fast test for lines that ParseByline may find `credited`: a byline
// prefix opens one of the line's words ("Posted on May 2 by ...", "...
// Autor: ..."). No allocation; may over-accept ("by the way").
// REQUIRES: line is valid UTF-8.
bool MentionsCreditPrefix(std::string_view line);

// A person's job title on a line of its own, as an author box prints it
// under the name: at most kMaxJobTitleWords words, no sentence, one of them
// an occupation ("Senior Writer, Hardware", "Founder at Acme", "Redakteur
// für Wirtschaft", "Vice President of Consulting"), a tagline after " | "
// aside ("Contributing Writer | Strategy games and RPGs"). Not a byline
// prefix ("Author: ...") nor a credit ("Photo by ...").
// REQUIRES: line is valid UTF-8.
bool IsJobTitle(std::string_view line);

// A word naming an occupation, its marks aside: "Writer,", "editor",
// "News-Redaktion", "Medizinredakteurin", "Korrespondent".
// REQUIRES: word is valid UTF-8.
bool IsOccupation(std::string_view word);

// A fast test used as a line feature: does the line start like a byline
// ("By Jo ...", "By the Acme Team", "Von ...", "Written by", "作者：") or
// end like a Korean one ("홍길동 기자")? No allocation; a table look-up by
// the first byte.
bool LooksLikeByline(std::string_view line);

}  // namespace pith::internal

#endif  // PITH_BYLINE_H_

// byline: turning a byline line into authors and an agency.
//
// Removes prefixes ("By", "Von", "Par", "Por", "Di", "Door", "Av", "Автор",
// "作者"... for the 15 languages), roles ("Staff Writer", "Correspondent"),
// e-mail addresses, social handles, trailing dates and times, and splits
// the rest into person names ("A, B and C", "A & B", "A und B"). A news
// agency or source ("Reuters", "AP", "AFP", "PTI", "dpa", "IANS"...) is
// returned on its own and kept in the cleaned byline.
//
// Pure and thread-safe.
#ifndef PITH_BYLINE_H_
#define PITH_BYLINE_H_

#include <string>
#include <string_view>
#include <vector>

#include "language.h"

namespace pith::internal {

struct Byline {
  std::string cleaned;               // the byline without prefix, handles, e-mails, dates
  std::vector<std::string> authors;  // person names
  std::string agency;                // e.g. "Reuters"; "" if none
};

// REQUIRES: line is valid UTF-8.
Byline ParseByline(std::string_view line, Language language);

// A fast test used as a line feature: does the line start like a byline
// ("By ...", "Von ...", "Written by")? 
bool LooksLikeByline(std::string_view line);

}  // namespace pith::internal

#endif  // PITH_BYLINE_H_

// stopwords: the stopword lists of pith's 15 languages.
//
// Written for this project: for each language roughly 100 to 200 of its most
// frequent function words (articles, pronouns, prepositions, conjunctions,
// auxiliaries, particles), case-folded, and for Chinese and Japanese the
// function characters and particles that ICU's word breaker yields.
//
// Pure data; language.h builds its lookup table from it.
#ifndef PITH_STOPWORDS_H_
#define PITH_STOPWORDS_H_

#include <string_view>

#include "language.h"

namespace pith::internal {

// The folded stopwords of a language separated by single spaces; "" for
// kUnknown.
std::string_view StopwordText(Language language);

}  // namespace pith::internal

#endif  // PITH_STOPWORDS_H_

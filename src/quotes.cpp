#include "quotes.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace pith::internal {

std::string StraightApostrophes(std::string text) {
  for (std::size_t at = text.find("\xE2\x80\x99"); at != std::string::npos;
       at = text.find("\xE2\x80\x99", at + 1)) {
    text.replace(at, 3, "'");
  }
  return text;
}

std::string StraightQuotes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text.compare(at, 2, "\xE2\x80") == 0 && at + 2 < text.size()) {
      const char third = text[at + 2];
      if (third == '\x98' || third == '\x99') {
        out += '\'';
        at += 2;
        continue;
      }
      if (third == '\x9C' || third == '\x9D') {
        out += '"';
        at += 2;
        continue;
      }
    }
    out += text[at];
  }
  return out;
}

}  // namespace pith::internal

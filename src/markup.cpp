#include "markup.h"

#include <string>

#include "ascii_scan.h"
#include "simple_fold.h"

namespace pith::internal {
namespace {

// Does s start with prefix (folded), case ignored?
bool StartsWithFolded(std::string_view s, std::string_view prefix) {
  return SimpleFold(s.substr(0, prefix.size())) == prefix;
}

// The elements whose tags show a page's source; a made-up "<foo>" or a
// "<3" in a comment is not one.
bool IsHtmlElement(std::string_view name) {
  static constexpr std::string_view kElements[] = {
      "a",        "article", "body", "br",     "button",  "div",  "footer", "form",
      "h1",       "h2",      "h3",   "h4",     "h5",      "h6",   "head",   "header",
      "html",     "iframe",  "img",  "input",  "li",      "link", "meta",   "nav",
      "noscript", "ol",      "p",    "script", "section", "span", "strong", "style",
      "svg",      "table",   "td",   "th",     "title",   "tr",   "ul",
  };
  for (const std::string_view element : kElements) {
    if (name == element) return true;
  }
  return false;
}

// Does the line hold a tag of an HTML element: "<name", "</name" followed
// by ">", "/", a space or the line's end?
bool HoldsHtmlTag(std::string_view line) {
  for (std::size_t at = line.find('<'); at != std::string_view::npos; at = line.find('<', at + 1)) {
    std::size_t i = at + 1;
    if (i < line.size() && line[i] == '/') ++i;
    const std::size_t name_start = i;
    char name[8];
    std::size_t length = 0;
    while (i < line.size() &&
           (IsAsciiAlpha(line[i]) || (length > 0 && line[i] >= '1' && line[i] <= '6'))) {
      if (length == sizeof(name)) break;
      name[length++] = ToAsciiLower(line[i]);
      ++i;
    }
    if (i == name_start || length == sizeof(name)) continue;
    const bool ends =
        i == line.size() || line[i] == '>' || line[i] == '/' || line[i] == ' ' || line[i] == '\t';
    if (ends && IsHtmlElement(std::string_view(name, length))) return true;
  }
  return false;
}

}  // namespace

bool LooksLikeMarkup(const std::vector<std::string_view>& input_lines) {
  std::size_t non_blank = 0;
  std::size_t tagged = 0;
  for (const std::string_view raw : input_lines) {
    const std::size_t indent = raw.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;
    const std::string_view line = raw.substr(indent);
    if (non_blank++ == 0 && (StartsWithFolded(line, "<!doctype html") ||
                             StartsWithFolded(line, "<html") || StartsWithFolded(line, "<?xml"))) {
      return true;
    }
    if (HoldsHtmlTag(line)) ++tagged;
  }
  return tagged >= kMinTaggedLines && tagged * 10 >= non_blank * 3;
}

}  // namespace pith::internal

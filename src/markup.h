// markup: does the input look like HTML source rather than the text of a
// rendered page? pith reads what a browser or a text renderer shows; fed
// `curl URL | pith` (the html2text step forgotten), it would treat tags as
// words. The caller warns and goes on: the answer changes no output.
//
// A page is markup when its first non-blank line opens an HTML or XML
// document ("<!DOCTYPE html", "<html", "<?xml"), or when at least
// kMinTaggedLines lines and 30% of its non-blank lines hold an HTML tag
// (`<div`, `</p>`, `<a href=...>`). Rendered pages quote tags too (a
// tutorial's code, a lynx form field), but on a few lines of many: the
// corpus's most tag-heavy rendered page has them on 8% of its lines.
//
// Pure and thread-safe.
#ifndef PITH_MARKUP_H_
#define PITH_MARKUP_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace pith::internal {

inline constexpr std::size_t kMinTaggedLines = 5;

bool LooksLikeMarkup(const std::vector<std::string_view>& input_lines);

}  // namespace pith::internal

#endif  // PITH_MARKUP_H_

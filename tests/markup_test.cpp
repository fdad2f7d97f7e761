#include "markup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace pith::internal {
namespace {

std::vector<std::string_view> Lines(const std::string& text) {
  std::vector<std::string_view> lines;
  std::string_view rest(text);
  while (!rest.empty()) {
    const std::size_t end = rest.find('\n');
    lines.push_back(rest.substr(0, end));
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return lines;
}

struct MarkupCase {
  const char* name;
  std::string text;
  bool markup;
};

TEST(Markup, TellsSourceFromRenderedText) {
  const std::string prose =
      "The council approved the tram extension on Monday after a long debate.\n"
      "Work will start next year, officials said.\n";
  std::string tutorial;
  for (int i = 0; i < 10; ++i) tutorial += prose;
  tutorial += "<div class=\"card\">\n  <h1>Todo List</h1>\n  <p>Items</p>\n</div>\n<br/>\n";
  std::string fragment;
  for (int i = 0; i < 6; ++i) fragment += "<p>A paragraph of the story.</p>\n";
  fragment += prose;
  const std::vector<MarkupCase> cases = {
      {"doctype", "<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>\n", true},
      {"doctype after blank lines, indented", "\n\n  <!doctype HTML>\ntext\n", true},
      {"html tag first", "<html lang=\"en\">\n<head>\n", true},
      {"xml declaration", "<?xml version=\"1.0\"?>\n<rss>\n", true},
      {"a fragment of paragraphs", fragment, true},
      {"a tutorial quoting five tags among its prose", tutorial, false},
      {"rendered text", prose, false},
      {"a comparison and a heart", "x < y and y > z\n<3 love it\n", false},
      {"made-up tags", "<foo>\n<bar>\n<baz>\n<qux>\n<quux>\n", false},
      {"empty", "", false},
  };
  for (const MarkupCase& c : cases) {
    EXPECT_EQ(LooksLikeMarkup(Lines(c.text)), c.markup) << c.name;
  }
}

TEST(Markup, NeedsFiveTaggedLines) {
  const std::string four = "<p>a</p>\n<p>b</p>\n<p>c</p>\n<p>d</p>\n";
  EXPECT_FALSE(LooksLikeMarkup(Lines(four)));
  EXPECT_TRUE(LooksLikeMarkup(Lines(four + "<div>e</div>\n")));
}

}  // namespace
}  // namespace pith::internal

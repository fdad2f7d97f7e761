// metadata_check: how well the metadata parsers (dates, bylines, titles) turn
// the gold-labelled lines of the corpus's TRAIN split into the gold fields.
//
//   metadata_check [CORPUS_ROOT [RENDERER]]   (defaults ../shared/corpus, innertext)
//
// For each dataset with per-line labels, and each train page of its
// innertext rendering: the lines labelled `metadata` go through FindDates
// (MakeDateContext over the whole page, now = 0) and ParseByline; the first
// line labelled `headline` goes through CleanTitle. Scored like
// eval/score.py: date = the gold YYYY-MM-DD is the day of the chosen date;
// author = every gold author token is in the cleaned byline; title = exact
// after norm_title. "ceiling" columns say how often the labelled lines hold
// the answer at all. Datasets without labels (trafilatura_eval) get an
// any-line figure instead: does any line of the page yield the gold date /
// author, which measures the parsers' recall rather than line choice.
//
// Never run it on the test split: it exists to tune the parsers.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "byline.h"
#include "dates.h"
#include "json.h"
#include "language.h"
#include "simple_fold.h"
#include "title.h"

namespace {

using pith::internal::Language;

// The top-level string members of one gold.jsonl line (other values are
// skipped; a repeated key keeps its last value). False when the line is not
// a JSON object.
bool StringFields(std::string_view line, std::map<std::string, std::string>* fields) {
  pith::internal::JsonValue value;
  std::string error;
  if (!pith::internal::ParseJson(line, &value, &error) ||
      value.type != pith::internal::JsonType::kObject)
    return false;
  for (const auto& [key, member] : value.members)
    if (member.type == pith::internal::JsonType::kString) (*fields)[key] = member.text;
  return true;
}

// ---------------------------------------------------------------------------
// score.py's normalisations, approximated without ICU: SimpleFold for
// casefold, \w+ tokens, one token per CJK character.

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  const std::string folded = pith::internal::SimpleFold(text);
  std::string current;
  size_t pos = 0;
  while (pos < folded.size()) {
    const size_t start = pos;
    const uint32_t cp = pith::internal::NextCodepoint(folded, &pos);
    const bool word =
        pith::internal::IsWordCodepoint(cp) || pith::internal::DigitValue(cp) >= 0 || cp == '_';
    if (word && pith::internal::IsCjkIdeographOrKana(cp)) {
      if (!current.empty()) out.push_back(current);
      current.clear();
      out.emplace_back(folded.substr(start, pos - start));
      continue;
    }
    if (word && cp != '\'' && cp != 0x2019) {
      current.append(folded, start, pos - start);
    } else if (!current.empty()) {
      out.push_back(current);
      current.clear();
    }
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

std::string NormTitle(std::string_view title) {
  std::string folded = pith::internal::SimpleFold(title);
  static const std::pair<std::string_view, std::string_view> kMap[] = {
      {"\xE2\x80\x98", "'"},  {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9B", "'"},
      {"\xE2\x80\xB2", "'"},  {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""},
      {"\xE2\x80\x9E", "\""}, {"\xE2\x80\xB3", "\""}, {"\xE2\x80\x93", "-"},
      {"\xE2\x80\x94", "-"},  {"\xE2\x88\x92", "-"},  {"\xC2\xA0", " "}};
  for (const auto& [from, to] : kMap) {
    size_t at = 0;
    while ((at = folded.find(from, at)) != std::string::npos) {
      folded.replace(at, from.size(), to);
      at += to.size();
    }
  }
  std::string spaced;
  for (char c : folded) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!spaced.empty() && spaced.back() != ' ') spaced.push_back(' ');
    } else {
      spaced.push_back(c);
    }
  }
  const std::string_view strip = " \t\"'.,:;!?-|";
  const std::string_view strip_multi[] = {"\xC2\xAB", "\xC2\xBB"};
  std::string_view v = spaced;
  for (bool changed = true; changed;) {
    changed = false;
    while (!v.empty() && strip.find(v.front()) != std::string_view::npos) {
      v.remove_prefix(1);
      changed = true;
    }
    while (!v.empty() && strip.find(v.back()) != std::string_view::npos) {
      v.remove_suffix(1);
      changed = true;
    }
    for (std::string_view m : strip_multi) {
      if (v.substr(0, m.size()) == m) {
        v.remove_prefix(m.size());
        changed = true;
      }
      if (v.size() >= m.size() && v.substr(v.size() - m.size()) == m) {
        v.remove_suffix(m.size());
        changed = true;
      }
    }
  }
  return std::string(v);
}

bool AuthorHit(std::string_view gold, std::string_view predicted) {
  const std::vector<std::string> p = Tokens(predicted);
  const std::set<std::string> have(p.begin(), p.end());
  bool any = false;
  for (const std::string& t : Tokens(gold)) {
    if (t == "and" || t == "by") continue;
    any = true;
    if (have.count(t) == 0) return false;
  }
  return any;
}

std::string GoldDay(std::string_view date) {
  for (size_t i = 0; i + 10 <= date.size(); ++i) {
    const std::string_view d = date.substr(i, 10);
    bool ok = true;
    for (size_t k = 0; k < 10; ++k) {
      const bool digit = d[k] >= '0' && d[k] <= '9';
      if ((k == 4 || k == 7) ? d[k] != '-' : !digit) ok = false;
    }
    if (ok) return std::string(d);
  }
  return {};
}

// The gold field `name`, or "" when the record has none.
std::string Field(const std::map<std::string, std::string>& gold, const char* name) {
  const auto it = gold.find(name);
  return it == gold.end() ? std::string() : it->second;
}

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (i == text.size() && start == i) break;
      lines.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return lines;
}

struct Tally {
  int pages = 0;
  int n_date = 0, date_hit = 0, date_ceiling = 0, date_near_hit = 0;
  int n_author = 0, author_hit = 0, author_list_hit = 0, author_ceiling = 0;
  int n_title = 0, title_hit = 0, title_raw_hit = 0, title_ceiling = 0;
};

// The renderer whose pages are read (argument 2, default innertext).
std::string& Renderer() {
  static std::string renderer = "innertext";
  return renderer;
}

// METADATA_CHECK_VERBOSE=1 prints every miss with its lines.
bool Verbose() {
  static const bool verbose = std::getenv("METADATA_CHECK_VERBOSE") != nullptr;
  return verbose;
}

double Rate(int hit, int n) { return n == 0 ? 0.0 : static_cast<double>(hit) / n; }

// The date the assembler would pick: the first published or unmarked date,
// else the first update date.
std::string PickDate(const std::vector<std::string_view>& lines,
                     const pith::internal::DateContext& ctx) {
  std::string updated;
  for (std::string_view line : lines) {
    for (const auto& d : pith::internal::FindDates(line, ctx)) {
      if (d.kind != pith::internal::DateKind::kUpdated) return d.iso;
      if (updated.empty()) updated = d.iso;
    }
  }
  return updated;
}

void CheckLabelled(const std::string& dir, const std::string& id,
                   const std::map<std::string, std::string>& gold, Tally* t) {
  const auto text = ReadFile(dir + "/" + Renderer() + "/" + id + ".txt");
  const auto labels = ReadFile(dir + "/" + Renderer() + "/" + id + ".labels");
  if (!text || !labels) return;
  const std::vector<std::string_view> lines = SplitLines(*text);
  const std::vector<std::string_view> label_lines = SplitLines(*labels);
  ++t->pages;
  const Language language = pith::internal::GuessLanguage(lines);
  const auto ctx = pith::internal::MakeDateContext(lines, language, 0);
  std::vector<std::string_view> meta;
  std::string_view headline;
  size_t headline_index = 0;
  bool have_headline = false;
  for (size_t i = 0; i < lines.size() && i < label_lines.size(); ++i) {
    const std::string_view label = label_lines[i].substr(0, label_lines[i].find('\t'));
    if (label == "metadata") meta.push_back(lines[i]);
    if (label == "headline" && !have_headline) {
      headline = lines[i];
      have_headline = true;
      headline_index = i;
    }
  }
  std::string meta_text;
  for (std::string_view m : meta) {
    meta_text.append(m.data(), m.size());
    meta_text += '\n';
  }
  const std::string day = GoldDay(Field(gold, "date"));
  if (!day.empty()) {
    ++t->n_date;
    const std::string picked = PickDate(meta, ctx);
    // What a wider search would add: with no date in the metadata lines,
    // the first date within kNear lines of the headline (any label).
    std::string near = picked;
    if (near.empty() && have_headline) {
      constexpr size_t kNear = 6;
      const size_t lo = headline_index > kNear ? headline_index - kNear : 0;
      const size_t hi = std::min(lines.size(), headline_index + kNear + 1);
      near = PickDate(std::vector<std::string_view>(lines.begin() + static_cast<long>(lo),
                                                    lines.begin() + static_cast<long>(hi)),
                      ctx);
    }
    if (near.compare(0, 10, day) == 0) {
      ++t->date_near_hit;
    } else if (Verbose() && have_headline) {
      // Where the gold date is, relative to the headline, if anywhere.
      for (size_t i = 0; i < lines.size(); ++i) {
        bool here = false;
        for (const auto& d : pith::internal::FindDates(lines[i], ctx))
          here = here || d.iso.compare(0, 10, day) == 0;
        if (!here) continue;
        std::printf("DATE-AT %s/%s offset=%ld label=%.*s | %.*s\n", dir.c_str(), id.c_str(),
                    static_cast<long>(i) - static_cast<long>(headline_index),
                    static_cast<int>(i < label_lines.size() ? label_lines[i].size() : 0),
                    i < label_lines.size() ? label_lines[i].data() : "",
                    static_cast<int>(std::min<size_t>(lines[i].size(), 90)), lines[i].data());
        break;
      }
    }
    if (picked.compare(0, 10, day) == 0) {
      ++t->date_hit;
    } else if (Verbose()) {
      std::printf("DATE %s/%s gold=%s got=%s\n", dir.c_str(), id.c_str(), day.c_str(),
                  picked.c_str());
      for (std::string_view m : meta)
        std::printf("    | %.*s\n", static_cast<int>(m.size()), m.data());
    }
    // Ceiling: the gold day is among all dates the lines give.
    bool any = false;
    for (std::string_view m : meta)
      for (const auto& d : pith::internal::FindDates(m, ctx))
        any = any || d.iso.compare(0, 10, day) == 0;
    if (any) ++t->date_ceiling;
  }
  const std::string author = Field(gold, "author");
  if (!author.empty()) {
    ++t->n_author;
    for (std::string_view m : meta) {
      const auto b = pith::internal::ParseByline(m, language);
      if (b.authors.empty() && b.agency.empty()) continue;
      std::string list;
      for (const std::string& a : b.authors) list += a + "; ";
      if (AuthorHit(author, b.cleaned)) {
        ++t->author_hit;
      } else if (Verbose()) {
        std::printf("AUTHOR %s/%s gold=%s got=%s\n    | %.*s\n", dir.c_str(), id.c_str(),
                    author.c_str(), b.cleaned.c_str(), static_cast<int>(m.size()), m.data());
      }
      if (AuthorHit(author, list)) ++t->author_list_hit;
      break;
    }
    if (AuthorHit(author, meta_text)) ++t->author_ceiling;
  }
  const std::string title = Field(gold, "title");
  if (!title.empty()) {
    ++t->n_title;
    const std::string want = NormTitle(title);
    if (have_headline) {
      const std::string cleaned = pith::internal::CleanTitle(headline, lines);
      if (NormTitle(cleaned) == want) {
        ++t->title_hit;
        if (Verbose() && NormTitle(headline) != want) {
          std::printf("TITLE-FIXED %s/%s %s -> %s\n", dir.c_str(), id.c_str(),
                      std::string(headline).c_str(), cleaned.c_str());
        }
      } else if (Verbose() && NormTitle(headline) == want) {
        std::printf("TITLE %s/%s gold=%s got=%s\n", dir.c_str(), id.c_str(), title.c_str(),
                    cleaned.c_str());
      }
      if (NormTitle(headline) == want) ++t->title_raw_hit;
    }
    for (std::string_view line : lines) {
      if (NormTitle(line) == want) {
        ++t->title_ceiling;
        break;
      }
    }
  }
}

void CheckUnlabelled(const std::string& dir, const std::string& id,
                     const std::map<std::string, std::string>& gold, Tally* t) {
  const auto text = ReadFile(dir + "/innertext/" + id + ".txt");
  if (!text) return;
  const std::vector<std::string_view> lines = SplitLines(*text);
  ++t->pages;
  const Language language = pith::internal::GuessLanguage(lines);
  const auto ctx = pith::internal::MakeDateContext(lines, language, 0);
  const std::string day = GoldDay(Field(gold, "date"));
  if (!day.empty()) {
    ++t->n_date;
    bool any = false;
    for (std::string_view line : lines) {
      if (!pith::internal::LooksLikeDate(line)) continue;
      for (const auto& d : pith::internal::FindDates(line, ctx))
        any = any || d.iso.compare(0, 10, day) == 0;
    }
    if (any) {
      ++t->date_hit;
    } else if (Verbose()) {
      std::printf("DATE %s/%s gold=%s\n", dir.c_str(), id.c_str(), day.c_str());
      int shown = 0;
      for (std::string_view line : lines) {
        if (line.find(day.substr(0, 4)) == std::string_view::npos || line.size() > 200) continue;
        std::printf("    | %.*s\n", static_cast<int>(line.size()), line.data());
        if (++shown == 3) break;
      }
    }
    if (text->find(day.substr(0, 4)) != std::string::npos) ++t->date_ceiling;
  }
  const std::string author = Field(gold, "author");
  if (!author.empty()) {
    ++t->n_author;
    bool any = false;
    for (std::string_view line : lines) {
      if (line.size() > 300) continue;
      const auto b = pith::internal::ParseByline(line, language);
      if (!b.cleaned.empty() && AuthorHit(author, b.cleaned)) any = true;
    }
    if (any) ++t->author_hit;
    if (AuthorHit(author, *text)) ++t->author_ceiling;
  }
}

}  // namespace

int main(int argc, char** argv) {
  const std::string root = argc > 1 ? argv[1] : "../shared/corpus";
  if (argc > 2) Renderer() = argv[2];
  const char* datasets[] = {"dragnet", "l3s_gn1", "readability", "wcxb", "trafilatura_eval"};
  std::printf("%-17s %5s | %-22s | %-30s | %-30s\n", "dataset (train)", "pages",
              "date meta/+near (ceil) n", "author byline/list (ceil) n",
              "title clean/raw (ceil) n");
  std::printf("renderer %s\n", Renderer().c_str());
  for (const char* name : datasets) {
    const std::string dir = root + "/" + name;
    const auto train = ReadFile(dir + "/train.txt");
    const auto gold_text = ReadFile(dir + "/gold.jsonl");
    if (!train || !gold_text) {
      std::fprintf(stderr, "metadata_check: %s: no train.txt or gold.jsonl, skipped\n",
                   dir.c_str());
      continue;
    }
    std::set<std::string> ids;
    for (std::string_view id : SplitLines(*train))
      if (!id.empty()) ids.emplace(id);
    Tally t;
    bool labelled = false;
    for (std::string_view line : SplitLines(*gold_text)) {
      std::map<std::string, std::string> gold;
      if (line.empty() || !StringFields(line, &gold)) continue;
      const std::string id = gold["id"];
      if (ids.count(id) == 0) continue;
      if (ReadFile(dir + "/" + Renderer() + "/" + id + ".labels")) {
        labelled = true;
        CheckLabelled(dir, id, gold, &t);
      } else {
        CheckUnlabelled(dir, id, gold, &t);
      }
    }
    if (labelled) {
      std::printf(
          "%-17s %5d | %.3f/%.3f (%.3f) %5d | %.3f/%.3f (%.3f) %5d     | %.3f/%.3f (%.3f) %5d\n",
          name, t.pages, Rate(t.date_hit, t.n_date), Rate(t.date_near_hit, t.n_date),
          Rate(t.date_ceiling, t.n_date), t.n_date, Rate(t.author_hit, t.n_author),
          Rate(t.author_list_hit, t.n_author), Rate(t.author_ceiling, t.n_author), t.n_author,
          Rate(t.title_hit, t.n_title), Rate(t.title_raw_hit, t.n_title),
          Rate(t.title_ceiling, t.n_title), t.n_title);
    } else {
      std::printf(
          "%-17s %5d | any line: date %.3f (year on page %.3f) n=%d; author %.3f "
          "(words on page %.3f) n=%d\n",
          name, t.pages, Rate(t.date_hit, t.n_date), Rate(t.date_ceiling, t.n_date), t.n_date,
          Rate(t.author_hit, t.n_author), Rate(t.author_ceiling, t.n_author), t.n_author);
    }
  }
  return 0;
}

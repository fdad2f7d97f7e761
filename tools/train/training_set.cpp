#include "training_set.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <unordered_map>

#include "batch.h"
#include "decode.h"
#include "json.h"
#include "lines.h"
#include "model.h"
#include "pipeline.h"
#include "site_templates.h"
#include "stream.h"

namespace pith::train {

namespace fs = std::filesystem;

bool ReadFile(const std::string& path, std::string* out) {
  Result<std::string> bytes = internal::ReadFile(path);
  if (!bytes.ok()) return false;
  *out = std::move(bytes).value();
  return true;
}

namespace {

std::vector<std::string> ReadLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

bool ParseLabel(std::string_view name, Label* label) {
  static const std::pair<std::string_view, Label> kNames[] = {{"headline", Label::kHeadline},
                                                              {"metadata", Label::kMetadata},
                                                              {"body", Label::kBody},
                                                              {"boilerplate", Label::kBoilerplate},
                                                              {"blank", Label::kBlank}};
  for (const auto& [text, value] : kNames) {
    if (name == text) {
      *label = value;
      return true;
    }
  }
  return false;
}

// Page id -> url host, from <dataset>/gold.jsonl.
bool ReadHosts(const std::string& path, std::unordered_map<std::string, std::string>* hosts,
               std::string* error) {
  std::string text;
  if (!ReadFile(path, &text)) {
    *error = path + ": cannot read";
    return false;
  }
  std::size_t number = 0;
  for (const std::string& line : ReadLines(text)) {
    ++number;
    if (line.empty()) continue;
    internal::JsonValue record;
    std::string why;
    if (!internal::ParseJson(line, &record, &why)) {
      *error = path + ":" + std::to_string(number) + ": " + why;
      return false;
    }
    const internal::JsonValue* id = record.Find("id");
    const internal::JsonValue* url = record.Find("url");
    if (id == nullptr || url == nullptr || url->type != internal::JsonType::kString) continue;
    (*hosts)[id->text] = internal::UrlHost(url->text);
  }
  return true;
}

// The label of each logical line: the majority of its input lines' gold
// labels (blank ones aside), body winning ties, boilerplate when none.
Label LineLabel(const std::array<uint16_t, 4>& counts) {
  if (counts[0] + counts[1] + counts[2] + counts[3] == 0) return Label::kBoilerplate;
  std::size_t best = static_cast<std::size_t>(Label::kBody);
  for (std::size_t j = 0; j < 4; ++j) {
    if (counts[j] > counts[best]) best = j;
  }
  return static_cast<Label>(best);
}

}  // namespace

bool CorpusPages(const std::string& root, const std::vector<std::string>& datasets,
                 const std::vector<std::string>& renderers, std::vector<PageSource>* pages,
                 std::string* error) {
  for (const std::string& dataset : datasets) {
    const fs::path dir = fs::path(root) / dataset;
    std::string ids_text;
    if (!ReadFile((dir / "train.txt").string(), &ids_text)) {
      *error = (dir / "train.txt").string() + ": cannot read";
      return false;
    }
    std::unordered_map<std::string, std::string> hosts;
    if (!ReadHosts((dir / "gold.jsonl").string(), &hosts, error)) return false;
    for (const std::string& renderer : renderers) {
      if (!fs::is_directory(dir / renderer)) {
        *error = (dir / renderer).string() + ": no such directory";
        return false;
      }
      for (const std::string& id : ReadLines(ids_text)) {
        if (id.empty()) continue;
        PageSource page;
        page.text_path = (dir / renderer / (id + ".txt")).string();
        page.labels_path = (dir / renderer / (id + ".labels")).string();
        if (!fs::exists(page.labels_path)) continue;
        page.name = dataset + "/" + renderer + "/" + id;
        page.dataset = dataset;
        auto host = hosts.find(id);
        if (host != hosts.end() && !host->second.empty()) {
          page.group = "host:" + host->second;
          page.site = renderer + "|" + host->second;
        } else {
          page.group = "page:" + dataset + "/" + id;
        }
        pages->push_back(std::move(page));
      }
    }
  }
  return true;
}

bool FolderPages(const std::vector<std::string>& folders, std::vector<PageSource>* pages,
                 std::string* error) {
  for (const std::string& folder : folders) {
    std::error_code ec;
    std::vector<std::string> names;
    for (const fs::directory_entry& entry : fs::directory_iterator(folder, ec)) {
      if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
    }
    if (ec) {
      *error = folder + ": " + ec.message();
      return false;
    }
    std::sort(names.begin(), names.end());
    for (const std::string& id : names) {
      PageSource page;
      page.text_path = (fs::path(folder) / (id + ".txt")).string();
      page.labels_path = (fs::path(folder) / (id + ".labels")).string();
      if (!fs::exists(page.labels_path)) continue;
      page.name = folder + "/" + id;
      page.dataset = folder;
      page.group = "page:" + page.name;
      page.site = folder;
      pages->push_back(std::move(page));
    }
  }
  return true;
}

TrainingSet LoadTrainingSet(const std::vector<PageSource>& sources, uint32_t bucket_bits,
                            const std::function<void(const std::string&)>& warn,
                            const std::function<void(std::size_t)>& progress) {
  // First pass: count each site's lines, as a batch's first pass does.
  auto templates = std::make_shared<SiteTemplates>();
  for (const PageSource& source : sources) {
    if (source.site.empty()) continue;
    std::string bytes;
    if (!ReadFile(source.text_path, &bytes)) continue;
    Result<internal::DecodedText> decoded = internal::Decode(bytes, "", /*repair_mojibake=*/true);
    if (!decoded.ok()) continue;
    const internal::Page page = internal::SplitLines(decoded.value().text, true);
    std::vector<uint64_t> hashes;
    hashes.reserve(page.lines.size());
    for (const internal::Line& line : page.lines) {
      hashes.push_back(internal::TemplateLineHash(line.text));
    }
    internal::AddDocument(hashes, &templates->sites[source.site]);
  }

  TrainingSet set;
  set.ngrams.offsets.push_back(0);
  std::map<std::string, uint32_t> group_index;
  std::size_t done = 0;
  for (std::size_t s = 0; s < sources.size(); ++s) {
    const PageSource& source = sources[s];
    if (progress) progress(++done);
    std::string bytes, labels_text;
    if (!ReadFile(source.text_path, &bytes) || !ReadFile(source.labels_path, &labels_text)) {
      warn(source.name + ": cannot read");
      continue;
    }
    Options options;
    if (!source.site.empty()) {
      options.templates = templates;
      options.site = source.site;
      options.templates_include_page = true;
    }
    Result<internal::AnalysedPage> analysed = internal::AnalysePage(bytes, options);
    if (!analysed.ok()) {
      warn(source.name + ": " + analysed.error().message);
      continue;
    }
    const internal::Page& page = analysed.value().page;
    const internal::FeatureMatrix& features = analysed.value().features;
    std::vector<std::string> label_names = ReadLines(labels_text);
    std::vector<Label> input_labels;
    bool valid = true;
    for (const std::string& name : label_names) {
      Label label;
      if (!ParseLabel(name, &label)) valid = false;
      input_labels.push_back(label);
    }
    // A final empty input line (text ending in a newline) may have no label.
    while (input_labels.size() < page.input_lines.size() &&
           page.input_lines[input_labels.size()].empty()) {
      input_labels.push_back(Label::kBlank);
    }
    if (!valid || input_labels.size() != page.input_lines.size()) {
      warn(source.name + ": " + std::to_string(label_names.size()) + " labels for " +
           std::to_string(page.input_lines.size()) + " lines, skipped");
      continue;
    }
    if (set.cols == 0) set.cols = features.cols;

    PageRows rows;
    rows.begin = set.rows();
    rows.name = source.name;
    rows.dataset = source.dataset;
    rows.source = s;
    auto [it, added] = group_index.emplace(source.group, static_cast<uint32_t>(set.groups.size()));
    if (added) set.groups.push_back(source.group);
    rows.group = it->second;
    std::vector<bool> covered(input_labels.size(), false);
    std::vector<Label> line_labels;
    for (const internal::Line& line : page.lines) {
      std::array<uint16_t, 4> counts{};
      for (uint32_t k = line.first; k <= line.last && k < input_labels.size(); ++k) {
        covered[k] = true;
        if (rows.headline < 0 && input_labels[k] == Label::kHeadline) {
          rows.headline = static_cast<long>(line_labels.size());
        }
        if (input_labels[k] != Label::kBlank) ++counts[static_cast<std::size_t>(input_labels[k])];
      }
      set.gold_counts.push_back(counts);
      line_labels.push_back(LineLabel(counts));
    }
    for (std::size_t k = 0; k < input_labels.size(); ++k) {
      if (!covered[k] && input_labels[k] != Label::kBlank) {
        ++rows.uncovered[static_cast<std::size_t>(input_labels[k])];
      }
    }
    for (internal::State state : internal::GoldStates(line_labels)) {
      set.states.push_back(static_cast<uint8_t>(state));
    }
    set.features.insert(set.features.end(), features.values.begin(), features.values.end());
    const internal::LineBuckets ngrams = internal::HashLineNgrams(page, bucket_bits);
    const std::size_t base = set.ngrams.buckets.size();
    set.ngrams.buckets.insert(set.ngrams.buckets.end(), ngrams.buckets.begin(),
                              ngrams.buckets.end());
    for (std::size_t i = 1; i < ngrams.offsets.size(); ++i) {
      set.ngrams.offsets.push_back(base + ngrams.offsets[i]);
    }
    rows.end = set.rows();
    set.pages.push_back(std::move(rows));
  }
  return set;
}

}  // namespace pith::train

#include "stream.h"

#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "ascii_scan.h"
#include "batch.h"
#include "json.h"
#include "pith/render.h"
#include "work_queue.h"

namespace pith::internal {
namespace {

struct RecordLine {
  uint64_t number = 0;  // 1-based line number in the input
  std::string text;
};

struct RecordResult {
  std::string output;                 // one JSON line
  std::vector<std::string> messages;  // for stderr
  bool failed = false;
};

std::string ErrorObject(const StreamRecord& record, bool has_id, const std::string& problem) {
  std::string out = "{\"id\":";
  if (!has_id) {
    out += "null";
  } else if (record.id_is_number) {
    out += record.id;
  } else {
    AppendJsonString(record.id, &out);
  }
  out += ",\"error\":";
  AppendJsonString(problem, &out);
  out += "}\n";
  return out;
}

RecordResult ProcessRecord(const RecordLine& line, const StreamPlan& plan) {
  RecordResult result;
  const std::string where = "stdin:" + std::to_string(line.number) + ": ";
  StreamRecord record;
  std::string problem;
  if (!ParseStreamRecord(line.text, &record, &problem)) {
    // The id, when the line is JSON with one, still lets the answer be matched.
    StreamRecord partial;
    JsonValue value;
    std::string ignored;
    bool has_id = false;
    if (ParseJson(line.text, &value, &ignored)) {
      const JsonValue* id = value.Find("id");
      if (id != nullptr && (id->type == JsonType::kString || id->type == JsonType::kNumber)) {
        partial.id = id->text;
        partial.id_is_number = id->type == JsonType::kNumber;
        has_id = true;
      }
    }
    result.failed = true;
    result.output = ErrorObject(partial, has_id, problem);
    result.messages.push_back(where + problem);
    return result;
  }

  Options options = plan.options;
  options.keep_labels = false;
  if (plan.templates != nullptr) {
    const std::string key = record.site.empty() ? UrlHost(record.url) : record.site;
    options.templates = plan.templates;
    options.site = TemplateSite(*plan.templates, key, plan.site_override);
    options.templates_include_page = false;
  }
  Result<Article> article = Extract(record.text, options);
  if (!article.ok()) {
    result.failed = true;
    result.output = ErrorObject(record, true, article.error().message);
    result.messages.push_back(where + article.error().message);
    return result;
  }
  if (plan.warnings) {
    for (const std::string& warning : article.value().warnings) {
      result.messages.push_back(where + "warning: " + warning);
    }
  }
  DocumentSource source;
  source.id = record.id;
  source.id_is_number = record.id_is_number;
  result.output = Render(article.value(), Format::kJsonl, source);
  return result;
}

}  // namespace

StreamResult RunStream(std::istream& in, const StreamPlan& plan, const std::atomic<bool>& stop,
                       const std::function<void(const std::string&)>& report,
                       const std::function<Status(std::string_view)>& sink) {
  StreamResult result;
  std::atomic<bool> stop_any{false};
  uint64_t line_number = 0;
  std::function<bool(RecordLine*)> next = [&](RecordLine* line) {
    while (!stop.load() && std::getline(in, line->text)) {
      ++line_number;
      if (!line->text.empty() && line->text.back() == '\r') line->text.pop_back();
      if (line->text.find_first_not_of(" \t") == std::string::npos) continue;
      line->number = line_number;
      return true;
    }
    return false;
  };
  std::function<RecordResult(RecordLine&)> work = [&](RecordLine& line) {
    return ProcessRecord(line, plan);
  };
  std::function<void(RecordResult&)> emit = [&](RecordResult& record) {
    if (result.fatal) return;
    for (const std::string& message : record.messages) report(message);
    if (Status status = sink(record.output)) {
      result.fatal = status;
      stop_any.store(true);
      return;
    }
    ++result.records;
    if (record.failed) ++result.failed;
  };
  std::function<void()> tick = [&] {
    if (stop.load()) stop_any.store(true);
  };
  RunOrdered<RecordLine, RecordResult>(plan.jobs, static_cast<std::size_t>(plan.jobs) * 4 + 4, next,
                                       work, emit, stop_any, tick);
  if (!result.fatal && in.bad()) {
    result.fatal = Error{ErrorCode::kIo, std::string("stdin: ") + std::strerror(EIO)};
  }
  return result;
}

std::string UrlHost(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
  } else if (url.substr(0, 2) == "//") {
    url.remove_prefix(2);
  } else {
    return "";
  }
  url = url.substr(0, url.find_first_of("/?#"));
  const std::size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  if (!url.empty() && url.front() == '[') {
    url = url.substr(0, url.find(']') + 1);
  } else {
    url = url.substr(0, url.find(':'));
  }
  return AsciiLowerCase(url);
}

}  // namespace pith::internal

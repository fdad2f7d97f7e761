// stream: JSON Lines in, JSON Lines out (`pith --stdin-jsonl`).
//
// Each input line is one record {"id", "text", optional "url", "site"}
// (json.h ParseStreamRecord); each gives exactly one output line, in input
// order: the article as a --format jsonl object with the record's "id", or,
// for a record that cannot be used (not JSON, no "text", binary text), an
// error object {"id": ID or null, "error": "problem"} that is also named on
// stderr as "stdin:LINE: problem". Blank input lines are skipped. So pith
// can run as a mapper under GNU parallel, Hadoop Streaming or Spark
// RDD.pipe: output records match input records one to one, and a bad
// record never ends the stream.
//
// Memory is constant (a window of records in flight, never the stream).
// There is no first pass: templates come only from `--template FILE`, so a
// record's output never depends on how the stream was chunked. The site of
// a record is its "site", else the host of its "url" (TemplateSite picks
// the counts, batch.h).
#ifndef PITH_STREAM_H_
#define PITH_STREAM_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "atomic_file.h"
#include "pith/pith.h"
#include "site_templates.h"

namespace pith::internal {

struct StreamPlan {
  Options options;  // model, encoding, unwrap; `now` applies to every record
  std::shared_ptr<const SiteTemplates> templates;
  std::string site_override;  // --site
  int jobs = 1;
  bool warnings = true;  // name records whose text had characters replaced
};

struct StreamResult {
  uint64_t records = 0;        // answered records, errors included
  uint64_t failed = 0;         // answered with an error object
  std::optional<Error> fatal;  // reading the input or writing the output failed
};

// `report` receives "stdin:LINE: problem" lines; `sink` the output bytes.
StreamResult RunStream(std::istream& in, const StreamPlan& plan, const std::atomic<bool>& stop,
                       const std::function<void(const std::string&)>& report,
                       const std::function<Status(std::string_view)>& sink);

// The host of a URL, lower-cased ("https://www.Example.com:8080/a" ->
// "www.example.com"); "" if there is none.
std::string UrlHost(std::string_view url);

}  // namespace pith::internal

#endif  // PITH_STREAM_H_

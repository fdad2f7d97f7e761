// extract_check: the property every input must satisfy, shared by the
// libFuzzer target (tests/fuzz/extract_fuzz.cpp) and the smoke test that
// ctest runs under ASan/UBSan (tests/fuzz_smoke_test.cpp).
//
// For any bytes, pith::Extract either fails with a binary-input or encoding
// error, or returns an Article that renders, in every format, to valid
// UTF-8; JSON and JSONL parse as one object with the 12 fields of DESIGN.md
// section 6; JSONL is one line; labels has one 3-column row per input line,
// and for plain ASCII input as many rows as split("\n") gives lines; and the
// same bytes give the same output twice.
#ifndef PITH_TESTS_FUZZ_EXTRACT_CHECK_H_
#define PITH_TESTS_FUZZ_EXTRACT_CHECK_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "json.h"
#include "pith/pith.h"
#include "pith/render.h"

namespace pith::fuzz {

inline bool IsValidUtf8(std::string_view text) { return internal::ToValidUtf8(text) == text; }

// Printable ASCII, tab and LF only: bytes that decode to themselves.
inline bool IsPlainAscii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7F); });
}

// Lines as Python's split("\n") sees them, without the empty string after
// a final LF.
inline size_t CountInputLines(std::string_view text) {
  if (text.empty()) return 0;
  const auto newlines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  return newlines + (text.back() == '\n' ? 0 : 1);
}

inline std::string CheckJson(const std::string& json, const char* format) {
  internal::JsonValue value;
  std::string error;
  if (!internal::ParseJson(json, &value, &error)) {
    return std::string(format) + " output is not valid JSON: " + error;
  }
  if (value.type != internal::JsonType::kObject || value.members.size() != 12) {
    return std::string(format) + " output is not an object with 12 fields";
  }
  return "";
}

// "" when every property holds, else what broke.
inline std::string CheckExtractAndRender(std::string_view bytes) {
  const Options options;
  const Result<Article> result = Extract(bytes, options);
  if (!result.ok()) {
    const ErrorCode code = result.error().code;
    if (code != ErrorCode::kBinaryInput && code != ErrorCode::kBadEncoding) {
      return "unexpected error code: " + result.error().message;
    }
    if (result.error().message.empty()) return "an error without a message";
    if (IsPlainAscii(bytes)) return "plain ASCII input was rejected: " + result.error().message;
    return "";
  }
  const Article& article = result.value();
  if (article.labels.size() != article.input_lines.size()) {
    return "labels and input_lines differ in length";
  }
  if (IsPlainAscii(bytes) && article.input_lines.size() != CountInputLines(bytes)) {
    return "input_lines does not have one entry per input line";
  }
  const DocumentSource source{"fuzz-id", "fuzz/path.txt", false};
  for (const Format format :
       {Format::kText, Format::kMarkdown, Format::kJson, Format::kJsonl, Format::kLabels}) {
    const std::string out = Render(article, format, source);
    if (!IsValidUtf8(out)) return std::string(FormatExtension(format)) + " output is not UTF-8";
    if (!out.empty() && out.back() != '\n') {
      return std::string(FormatExtension(format)) + " output does not end in a newline";
    }
  }
  const std::string json = Render(article, Format::kJson, source);
  if (std::string problem = CheckJson(json, "json"); !problem.empty()) return problem;
  const std::string jsonl = Render(article, Format::kJsonl, source);
  if (std::string problem = CheckJson(jsonl, "jsonl"); !problem.empty()) return problem;
  if (jsonl.find('\n') != jsonl.size() - 1) return "jsonl output is not one line";

  const std::string labels = Render(article, Format::kLabels, source);
  size_t rows = 0;
  size_t tabs_in_row = 0;
  for (const char c : labels) {
    if (c == '\t') ++tabs_in_row;
    if (c == '\n') {
      if (tabs_in_row != 2) return "a labels row without exactly 3 columns";
      tabs_in_row = 0;
      ++rows;
    }
  }
  if (rows != article.input_lines.size()) return "labels output row count differs from input";
  for (const bool color : {false, true}) {
    if (!IsValidUtf8(RenderExplain(article, color))) return "explain output is not UTF-8";
  }

  const Result<Article> again = Extract(bytes, options);
  if (!again.ok() || Render(again.value(), Format::kJson, source) != json) {
    return "Extract is not deterministic";
  }
  return "";
}

}  // namespace pith::fuzz

#endif  // PITH_TESTS_FUZZ_EXTRACT_CHECK_H_

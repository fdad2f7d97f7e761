// json: a JSON writer that always produces valid JSON, and a small strict
// parser (RFC 8259) for JSON Lines stream records and general documents.
//
// Writer: AppendJsonString() escapes quotes, backslashes, every control
// character, DEL and U+2028/U+2029, and replaces invalid UTF-8 with U+FFFD,
// so its output is valid JSON and valid UTF-8 whatever bytes it is given.
//
// Parser: accepts exactly one JSON value (surrounding whitespace allowed);
// rejects trailing commas, comments, single quotes, unescaped control
// characters, invalid UTF-8, leading zeros, NaN/Infinity and nesting deeper
// than kMaxJsonDepth. A lone UTF-16 surrogate in a \u escape becomes U+FFFD
// (some writers emit them for broken text; rejecting the record would lose it).
//
// Pure functions; thread-safe.
#ifndef PITH_JSON_H_
#define PITH_JSON_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pith::internal {

// Appends `text` as a quoted JSON string literal to *out.
void AppendJsonString(std::string_view text, std::string* out);

// The same, returned.
std::string JsonString(std::string_view text);

// `text` with every invalid UTF-8 byte replaced by U+FFFD (the writer's
// repair, for renderers that write text outside JSON strings).
std::string ToValidUtf8(std::string_view text);

enum class JsonType { kNull, kBool, kNumber, kString, kArray, kObject };

struct JsonValue {
  JsonType type = JsonType::kNull;
  bool boolean = false;          // kBool
  double number = 0.0;           // kNumber (nearest double)
  std::string text;              // kString: the decoded string; kNumber: its literal as written
  std::vector<JsonValue> array;  // kArray
  std::vector<std::pair<std::string, JsonValue>> members;  // kObject, in input order

  // The value of the first member named `key`, or nullptr (also when this
  // is not an object).
  const JsonValue* Find(std::string_view key) const;
};

inline constexpr int kMaxJsonDepth = 256;

// Parses one JSON document. On error returns false and sets *error to a
// one-line message with the byte offset ("expected ':' at byte 12").
// REQUIRES: value != nullptr, error != nullptr.
bool ParseJson(std::string_view text, JsonValue* value, std::string* error);

// One record of the JSON Lines stream mode (`--stdin-jsonl`):
// {"id": string|number, "text": string, "url": string, "site": string}.
// Other members are ignored; "url", "site" and "id" are optional; null is
// the same as absent.
struct StreamRecord {
  std::string id;             // a string id, or a number's literal as written
  bool id_is_number = false;  // so that the output can echo the id's type
  std::string text;
  std::string url;
  std::string site;
};

// Parses one line of the stream. Errors (false, *error set): not JSON, not
// an object, "text" missing or not a string, "id" neither string nor
// number, "url"/"site" not strings.
// REQUIRES: record != nullptr, error != nullptr.
bool ParseStreamRecord(std::string_view line, StreamRecord* record, std::string* error);

}  // namespace pith::internal

#endif  // PITH_JSON_H_

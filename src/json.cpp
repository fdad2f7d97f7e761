#include "json.h"

#include <cstdint>
#include <cstdlib>

#include "simple_fold.h"

namespace pith::internal {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed UTF-8 sequence at text[pos] (1-4), or 0 when
// the bytes there are not one (overlong forms, surrogates and code points
// above U+10FFFF are not well formed). Stores the code point in *cp.
size_t Utf8SequenceAt(std::string_view text, size_t pos, uint32_t* cp) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(text[pos + i]); };
  const size_t left = text.size() - pos;
  const uint8_t b0 = byte(0);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t length = 0;
  uint32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    *cp = b0 & 0x1Fu;
    min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    *cp = b0 & 0x0Fu;
    min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    *cp = b0 & 0x07u;
    min = 0x10000;
  } else {
    return 0;
  }
  if (left < length) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    *cp = (*cp << 6) | (byte(i) & 0x3Fu);
  }
  if (*cp < min || *cp > 0x10FFFF || (*cp >= 0xD800 && *cp <= 0xDFFF)) return 0;
  return length;
}

void AppendUnicodeEscape(uint32_t unit, std::string* out) {
  out->append("\\u");
  for (int shift = 12; shift >= 0; shift -= 4) out->push_back(kHexDigits[(unit >> shift) & 0xF]);
}

// A recursive-descent parser over the input; `pos` is the next byte.
class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  bool ParseDocument(JsonValue* value, std::string* error) {
    SkipWhitespace();
    if (!ParseValue(value, 0)) return Fail(error);
    SkipWhitespace();
    if (pos_ != text_.size()) {
      SetError("unexpected data after the JSON value");
      return Fail(error);
    }
    return true;
  }

 private:
  bool Fail(std::string* error) const {
    *error = message_ + " at byte " + std::to_string(error_pos_);
    return false;
  }

  bool SetError(const char* message) {
    if (message_.empty()) {
      message_ = message;
      error_pos_ = pos_;
    }
    return false;
  }

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return text_[pos_]; }

  void SkipWhitespace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }

  bool Consume(char c) {
    if (AtEnd() || Peek() != c) return false;
    ++pos_;
    return true;
  }

  bool ParseLiteral(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return SetError("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool ParseValue(JsonValue* value, int depth) {
    if (AtEnd()) return SetError("unexpected end of input");
    switch (Peek()) {
      case '{':
        return ParseObject(value, depth + 1);
      case '[':
        return ParseArray(value, depth + 1);
      case '"':
        value->type = JsonType::kString;
        return ParseString(&value->text);
      case 't':
        value->type = JsonType::kBool;
        value->boolean = true;
        return ParseLiteral("true");
      case 'f':
        value->type = JsonType::kBool;
        value->boolean = false;
        return ParseLiteral("false");
      case 'n':
        value->type = JsonType::kNull;
        return ParseLiteral("null");
      default:
        if (Peek() == '-' || (Peek() >= '0' && Peek() <= '9')) return ParseNumber(value);
        return SetError("unexpected character");
    }
  }

  bool ParseObject(JsonValue* value, int depth) {
    if (depth > kMaxJsonDepth) return SetError("nesting too deep");
    value->type = JsonType::kObject;
    ++pos_;  // '{'
    SkipWhitespace();
    if (Consume('}')) return true;
    while (true) {
      SkipWhitespace();
      if (AtEnd() || Peek() != '"') return SetError("expected a member name");
      std::string key;
      if (!ParseString(&key)) return false;
      SkipWhitespace();
      if (!Consume(':')) return SetError("expected ':'");
      SkipWhitespace();
      JsonValue member;
      if (!ParseValue(&member, depth)) return false;
      value->members.emplace_back(std::move(key), std::move(member));
      SkipWhitespace();
      if (Consume('}')) return true;
      if (!Consume(',')) return SetError("expected ',' or '}'");
    }
  }

  bool ParseArray(JsonValue* value, int depth) {
    if (depth > kMaxJsonDepth) return SetError("nesting too deep");
    value->type = JsonType::kArray;
    ++pos_;  // '['
    SkipWhitespace();
    if (Consume(']')) return true;
    while (true) {
      SkipWhitespace();
      JsonValue element;
      if (!ParseValue(&element, depth)) return false;
      value->array.push_back(std::move(element));
      SkipWhitespace();
      if (Consume(']')) return true;
      if (!Consume(',')) return SetError("expected ',' or ']'");
    }
  }

  bool ParseDigits() {
    const size_t start = pos_;
    while (!AtEnd() && Peek() >= '0' && Peek() <= '9') ++pos_;
    return pos_ > start;
  }

  bool ParseNumber(JsonValue* value) {
    const size_t start = pos_;
    Consume('-');
    if (Consume('0')) {
      if (!AtEnd() && Peek() >= '0' && Peek() <= '9') return SetError("leading zero in number");
    } else if (!ParseDigits()) {
      return SetError("expected a digit");
    }
    if (Consume('.') && !ParseDigits()) return SetError("expected a digit after '.'");
    if (!AtEnd() && (Peek() == 'e' || Peek() == 'E')) {
      ++pos_;
      if (!Consume('+')) Consume('-');
      if (!ParseDigits()) return SetError("expected a digit in the exponent");
    }
    value->type = JsonType::kNumber;
    value->text = std::string(text_.substr(start, pos_ - start));
    // strtod follows the C locale's decimal point; pith never changes the locale.
    value->number = std::strtod(value->text.c_str(), nullptr);
    return true;
  }

  bool ParseHex4(uint32_t* unit) {
    if (text_.size() - pos_ < 4) return SetError("truncated \\u escape");
    *unit = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = text_[pos_ + static_cast<size_t>(i)];
      uint32_t digit = 0;
      if (c >= '0' && c <= '9') {
        digit = static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        digit = static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        digit = static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return SetError("invalid \\u escape");
      }
      *unit = (*unit << 4) | digit;
    }
    pos_ += 4;
    return true;
  }

  // After "\u": one code unit, or a surrogate pair as two escapes.
  bool ParseUnicodeEscape(std::string* out) {
    uint32_t unit = 0;
    if (!ParseHex4(&unit)) return false;
    if (unit >= 0xD800 && unit <= 0xDBFF && text_.substr(pos_, 2) == "\\u") {
      const size_t saved = pos_;
      pos_ += 2;
      uint32_t low = 0;
      if (!ParseHex4(&low)) return false;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        AppendUtf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00), out);
        return true;
      }
      pos_ = saved;  // the next escape is not a low surrogate: parse it on its own
    }
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      out->append(kReplacement);
    } else {
      AppendUtf8(unit, out);
    }
    return true;
  }

  bool ParseString(std::string* out) {
    ++pos_;  // opening quote
    while (true) {
      if (AtEnd()) return SetError("unterminated string");
      const char c = Peek();
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c == '\\') {
        ++pos_;
        if (AtEnd()) return SetError("unterminated string");
        const char escaped = Peek();
        ++pos_;
        switch (escaped) {
          case '"':
          case '\\':
          case '/':
            out->push_back(escaped);
            break;
          case 'b':
            out->push_back('\b');
            break;
          case 'f':
            out->push_back('\f');
            break;
          case 'n':
            out->push_back('\n');
            break;
          case 'r':
            out->push_back('\r');
            break;
          case 't':
            out->push_back('\t');
            break;
          case 'u':
            if (!ParseUnicodeEscape(out)) return false;
            break;
          default:
            --pos_;
            return SetError("invalid escape");
        }
        continue;
      }
      if (static_cast<uint8_t>(c) < 0x20) return SetError("control character in string");
      uint32_t cp = 0;
      const size_t length = Utf8SequenceAt(text_, pos_, &cp);
      if (length == 0) return SetError("invalid UTF-8 in string");
      out->append(text_.substr(pos_, length));
      pos_ += length;
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  std::string message_;
  size_t error_pos_ = 0;
};

bool OptionalString(const JsonValue& record, std::string_view key, std::string* out,
                    std::string* error) {
  const JsonValue* value = record.Find(key);
  if (value == nullptr || value->type == JsonType::kNull) return true;
  if (value->type != JsonType::kString) {
    *error = "\"" + std::string(key) + "\" is not a string";
    return false;
  }
  *out = value->text;
  return true;
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  out->reserve(out->size() + text.size() + 2);
  out->push_back('"');
  size_t pos = 0;
  while (pos < text.size()) {
    const auto c = static_cast<uint8_t>(text[pos]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      // Copy the run of plain ASCII in one go: the common case.
      size_t end = pos + 1;
      while (end < text.size()) {
        const auto next = static_cast<uint8_t>(text[end]);
        if (next < 0x20 || next >= 0x7F || next == '"' || next == '\\') break;
        ++end;
      }
      out->append(text.substr(pos, end - pos));
      pos = end;
      continue;
    }
    switch (c) {
      case '"':
        out->append("\\\"");
        ++pos;
        continue;
      case '\\':
        out->append("\\\\");
        ++pos;
        continue;
      case '\n':
        out->append("\\n");
        ++pos;
        continue;
      case '\r':
        out->append("\\r");
        ++pos;
        continue;
      case '\t':
        out->append("\\t");
        ++pos;
        continue;
      case '\b':
        out->append("\\b");
        ++pos;
        continue;
      case '\f':
        out->append("\\f");
        ++pos;
        continue;
      default:
        break;
    }
    if (c < 0x20 || c == 0x7F) {
      AppendUnicodeEscape(c, out);
      ++pos;
      continue;
    }
    uint32_t cp = 0;
    const size_t length = Utf8SequenceAt(text, pos, &cp);
    if (length == 0) {
      out->append(kReplacement);
      ++pos;
    } else if (cp == 0x2028 || cp == 0x2029) {
      // Valid JSON, but not valid JavaScript before ES2019: escape them.
      AppendUnicodeEscape(cp, out);
      pos += length;
    } else {
      out->append(text.substr(pos, length));
      pos += length;
    }
  }
  out->push_back('"');
}

std::string JsonString(std::string_view text) {
  std::string out;
  AppendJsonString(text, &out);
  return out;
}

namespace {

// The end of the run of valid sequences from `pos` (ASCII bytes tested
// inline): where the next invalid byte or the text ends.
size_t ValidRunEnd(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    if (static_cast<uint8_t>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    uint32_t cp = 0;
    const size_t length = Utf8SequenceAt(text, pos, &cp);
    if (length == 0) break;
    pos += length;
  }
  return pos;
}

}  // namespace

std::string ToValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    // A run of valid sequences is appended at once: appending sequence by
    // sequence was most of the text renderer's time.
    const size_t end = ValidRunEnd(text, pos);
    out.append(text.substr(pos, end - pos));
    pos = end;
    if (pos < text.size()) {
      out.append(kReplacement);
      ++pos;
    }
  }
  return out;
}

const JsonValue* JsonValue::Find(std::string_view key) const {
  if (type != JsonType::kObject) return nullptr;
  for (const auto& member : members) {
    if (member.first == key) return &member.second;
  }
  return nullptr;
}

bool ParseJson(std::string_view text, JsonValue* value, std::string* error) {
  *value = JsonValue();
  Parser parser(text);
  return parser.ParseDocument(value, error);
}

bool ParseStreamRecord(std::string_view line, StreamRecord* record, std::string* error) {
  *record = StreamRecord();
  JsonValue value;
  if (!ParseJson(line, &value, error)) return false;
  if (value.type != JsonType::kObject) {
    *error = "the record is not a JSON object";
    return false;
  }
  const JsonValue* text = value.Find("text");
  if (text == nullptr || text->type != JsonType::kString) {
    *error = "the record has no string \"text\"";
    return false;
  }
  record->text = text->text;
  const JsonValue* id = value.Find("id");
  if (id != nullptr && id->type != JsonType::kNull) {
    if (id->type != JsonType::kString && id->type != JsonType::kNumber) {
      *error = "\"id\" is neither a string nor a number";
      return false;
    }
    record->id = id->text;
    record->id_is_number = id->type == JsonType::kNumber;
  }
  return OptionalString(value, "url", &record->url, error) &&
         OptionalString(value, "site", &record->site, error);
}

}  // namespace pith::internal

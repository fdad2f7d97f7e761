#include "mojibake.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "simple_fold.h"

namespace pith::internal {
namespace {

// The byte a character stands for when UTF-8 was read as windows-1252 (or
// as Latin-1, whose C1 controls stand for themselves); -1 for any other.
int Windows1252Byte(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;  // €
    case 0x201A:
      return 0x82;  // ‚
    case 0x0192:
      return 0x83;  // ƒ
    case 0x201E:
      return 0x84;  // „
    case 0x2026:
      return 0x85;  // …
    case 0x2020:
      return 0x86;  // †
    case 0x2021:
      return 0x87;  // ‡
    case 0x02C6:
      return 0x88;  // ˆ
    case 0x2030:
      return 0x89;  // ‰
    case 0x0160:
      return 0x8A;  // Š
    case 0x2039:
      return 0x8B;  // ‹
    case 0x0152:
      return 0x8C;  // Œ
    case 0x017D:
      return 0x8E;  // Ž
    case 0x2018:
      return 0x91;  // ‘
    case 0x2019:
      return 0x92;  // ’
    case 0x201C:
      return 0x93;  // “
    case 0x201D:
      return 0x94;  // ”
    case 0x2022:
      return 0x95;  // •
    case 0x2013:
      return 0x96;  // –
    case 0x2014:
      return 0x97;  // —
    case 0x02DC:
      return 0x98;  // ˜
    case 0x2122:
      return 0x99;  // ™
    case 0x0161:
      return 0x9A;  // š
    case 0x203A:
      return 0x9B;  // ›
    case 0x0153:
      return 0x9C;  // œ
    case 0x017E:
      return 0x9E;  // ž
    case 0x0178:
      return 0x9F;  // Ÿ
    default:
      return -1;
  }
}

// What a repaired character may be. kTrusted ones are repaired anywhere;
// the scripts only on a page that shows two of theirs in a row.
enum class Script : uint8_t {
  kNone,
  kTrusted,
  kGreek,
  kCyrillic,
  kHebrew,
  kArabic,
  kIndic,
  kThai,
  kEastAsian,
};
constexpr int kScripts = static_cast<int>(Script::kEastAsian) + 1;

Script ScriptOf(uint32_t cp) {
  // Latin-1 signs and letters, Latin Extended-A, Romanian comma letters.
  // Latin Extended-B and IPA are left out: "È”" and "É»" end Italian and
  // French capitals in quotes. C1 controls ("Â" before one) are the inner
  // layer of mojibake of mojibake; cleaning drops any left over.
  if ((cp >= 0x80 && cp <= 0x17F) || (cp >= 0x218 && cp <= 0x21B)) return Script::kTrusted;
  // General punctuation, currency signs, letterlike symbols (™), emoji.
  if ((cp >= 0x2000 && cp <= 0x214F) || (cp >= 0x1F000 && cp <= 0x1FAFF)) return Script::kTrusted;
  if (cp >= 0x370 && cp <= 0x3FF) return Script::kGreek;
  if (cp >= 0x400 && cp <= 0x4FF) return Script::kCyrillic;
  if (cp >= 0x590 && cp <= 0x5FF) return Script::kHebrew;
  if (cp >= 0x600 && cp <= 0x6FF) return Script::kArabic;
  if (cp >= 0x900 && cp <= 0xDFF) return Script::kIndic;
  if (cp >= 0xE00 && cp <= 0xE7F) return Script::kThai;
  if ((cp >= 0x3000 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
      (cp >= 0xFF00 && cp <= 0xFFEF)) {
    return Script::kEastAsian;
  }
  return Script::kNone;
}

// One run of characters that reads as a character's UTF-8 bytes.
struct Candidate {
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  uint32_t cp = 0;  // the character the bytes encode
  Script script = Script::kNone;
};

// The candidate whose first character, text[pos, lead_end), stands for
// lead_byte. Returns false when the characters after it do not complete a
// well-formed sequence of a plausible character.
bool ReadCandidate(std::string_view text, std::size_t pos, std::size_t lead_end, int lead_byte,
                   Candidate* out) {
  const int continuations = lead_byte < 0xE0 ? 1 : lead_byte < 0xF0 ? 2 : 3;
  uint8_t bytes[4] = {static_cast<uint8_t>(lead_byte)};
  std::size_t next = lead_end;
  for (int k = 1; k <= continuations; ++k) {
    if (next >= text.size()) return false;
    const int byte = Windows1252Byte(NextCodepoint(text, &next));
    if (byte < 0x80 || byte > 0xBF) return false;
    bytes[k] = static_cast<uint8_t>(byte);
  }
  int32_t offset = 0;
  UChar32 cp = 0;
  U8_NEXT(bytes, offset, continuations + 1, cp);
  if (cp < 0 || offset != continuations + 1) return false;
  const Script script = ScriptOf(static_cast<uint32_t>(cp));
  if (script == Script::kNone) return false;
  *out = Candidate{pos, next, static_cast<uint32_t>(cp), script};
  return true;
}

// One round of repair over the whole text: writes the repaired text to
// *repaired and returns how many characters it restored (0: *repaired is
// left alone).
std::size_t RepairRound(std::string_view view, std::string* repaired) {
  // 1. Every run that reads as one character's UTF-8 bytes. Lead bytes
  // 0xC2-0xF4 stand for U+00C2-U+00F4, all encoded from byte 0xC3 on.
  std::vector<Candidate> candidates;
  for (std::size_t pos = 0; pos < view.size();) {
    const void* found = std::memchr(view.data() + pos, 0xC3, view.size() - pos);
    if (found == nullptr) break;
    pos = static_cast<std::size_t>(static_cast<const char*>(found) - view.data());
    std::size_t after = pos;
    const int lead = Windows1252Byte(NextCodepoint(view, &after));
    Candidate candidate;
    if (lead >= 0xC2 && lead <= 0xF4 && ReadCandidate(view, pos, after, lead, &candidate)) {
      candidates.push_back(candidate);
      pos = candidate.end;
    } else {
      pos = after;
    }
  }
  if (candidates.empty()) return 0;

  // 2. The scripts the text shows two characters of in a row.
  bool confirmed[kScripts] = {};
  confirmed[static_cast<int>(Script::kTrusted)] = true;
  for (std::size_t k = 1; k < candidates.size(); ++k) {
    if (candidates[k - 1].end == candidates[k].begin &&
        candidates[k - 1].script == candidates[k].script) {
      confirmed[static_cast<int>(candidates[k].script)] = true;
    }
  }

  // 3. The text again, with the confirmed candidates replaced.
  std::string out;
  out.reserve(view.size());
  std::size_t copied = 0;
  std::size_t count = 0;
  for (const Candidate& candidate : candidates) {
    if (!confirmed[static_cast<int>(candidate.script)]) continue;
    out.append(view, copied, candidate.begin - copied);
    AppendUtf8(candidate.cp, &out);
    copied = candidate.end;
    ++count;
  }
  if (count == 0) return 0;
  out.append(view, copied, std::string_view::npos);
  *repaired = std::move(out);
  return count;
}

}  // namespace

std::size_t RepairMojibake(std::string_view text, std::string* repaired) {
  // Mojibake of mojibake ("Ã¢â‚¬â„¢") comes undone one layer per round.
  constexpr int kRounds = 3;
  std::size_t total = RepairRound(text, repaired);
  for (int round = 1; round < kRounds && total > 0; ++round) {
    std::string next;
    const std::size_t count = RepairRound(*repaired, &next);
    if (count == 0) break;
    *repaired = std::move(next);
    total += count;
  }
  return total;
}

}  // namespace pith::internal

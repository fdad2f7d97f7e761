#include "decode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "charset_util.h"

namespace pith::internal {
namespace {

// Encodes UTF-8 text into a charset.
std::string Encode(const std::string& utf8, const char* charset) {
  return testutil::ConvertCharset(utf8, charset, "UTF-8");
}

std::string Repeat(const std::string& s, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += s;
  return out;
}

struct CharsetCase {
  const char* name;
  const char* charset;  // to encode with
  std::string text;     // UTF-8
  const char* expected_encoding;
};

const std::string kFrench = Repeat(
    "Le café coûte 3 € à Paris, déjà cher pour un élève qui préfère le thé. "
    "Où est la bibliothèque ? Ça dépend de l'été.\n",
    6);
const std::string kRussian = Repeat(
    "Москва - столица России, крупнейший по численности населения город страны. "
    "Вчера в городе прошёл сильный дождь, и движение на дорогах было затруднено.\n",
    6);
const std::string kChinese = Repeat(
    "北京是中华人民共和国的首都，也是全国的政治中心和文化中心。"
    "今天上午，市政府召开新闻发布会，介绍了城市交通建设的最新进展。\n",
    6);
const std::string kJapanese = Repeat(
    "東京は日本の首都であり、世界でも有数の大都市です。"
    "昨日の午後、新しい駅の建設についての説明会が開かれました。\n",
    6);

TEST(DecodeTest, DetectsLegacyCharsets) {
  const std::vector<CharsetCase> cases = {
      {"windows-1252", "windows-1252", kFrench, "windows-1252"},
      {"koi8-r", "KOI8-R", kRussian, "KOI8-R"},
      {"windows-1251", "windows-1251", kRussian, "windows-1251"},
      {"gb18030", "GB18030", kChinese, "GB18030"},
      {"shift_jis", "Shift_JIS", kJapanese, "Shift_JIS"},
  };
  for (const CharsetCase& c : cases) {
    const std::string bytes = Encode(c.text, c.charset);
    ASSERT_NE(bytes, c.text) << c.name;
    const Result<DecodedText> result = Decode(bytes, "");
    ASSERT_TRUE(result.ok()) << c.name << ": " << result.error().message;
    EXPECT_TRUE(result.value().text == c.text) << c.name;
    EXPECT_EQ(result.value().encoding, c.expected_encoding) << c.name;
    EXPECT_EQ(result.value().replaced, 0u) << c.name;
  }
}

TEST(DecodeTest, DetectsShortLegacyText) {
  // Three short lines: the detector's statistics are weak, so windows-1252
  // is preferred when nearly as likely, and a charset that cannot map the
  // bytes is passed over for the next candidate.
  auto three_lines = [](const std::string& line) { return line + "\n" + line + " " + line + "\n"; };
  const std::vector<CharsetCase> cases = {
      {"french", "windows-1252", three_lines("Le café est très chaud."), "windows-1252"},
      {"german", "windows-1252", three_lines("Grüße aus Köln, 5 € für Müller."), "windows-1252"},
      {"polish", "windows-1250", three_lines("Zażółć gęślą jaźń, powiedział."), "windows-1250"},
      {"greek", "ISO-8859-7", three_lines("Ελληνικά γράμματα εδώ"), "ISO-8859-7"},
      {"big5", "Big5", three_lines("北京天氣很好"), "Big5"},
      {"euc-kr", "EUC-KR", three_lines("서울 날씨가 좋다"), "EUC-KR"},
      {"euc-jp", "EUC-JP", three_lines("東京都の天気"), "EUC-JP"},
  };
  for (const CharsetCase& c : cases) {
    const Result<DecodedText> result = Decode(Encode(c.text, c.charset), "");
    ASSERT_TRUE(result.ok()) << c.name << ": " << result.error().message;
    EXPECT_TRUE(result.value().text == c.text) << c.name << ": " << result.value().text;
    EXPECT_EQ(result.value().encoding, c.expected_encoding) << c.name;
  }
}

TEST(DecodeTest, ByteOrderMarks) {
  const std::string text = "Grüße aus Köln\nzweite Zeile\n";
  const std::vector<CharsetCase> cases = {
      {"utf-8", "UTF-8", text, "UTF-8"},          {"utf-16le", "UTF-16LE", text, "UTF-16LE"},
      {"utf-16be", "UTF-16BE", text, "UTF-16BE"}, {"utf-32le", "UTF-32LE", text, "UTF-32LE"},
      {"utf-32be", "UTF-32BE", text, "UTF-32BE"},
  };
  for (const CharsetCase& c : cases) {
    const std::string bytes = Encode("\xEF\xBB\xBF" + c.text, c.charset);
    const Result<DecodedText> result = Decode(bytes, "");
    ASSERT_TRUE(result.ok()) << c.name << ": " << result.error().message;
    EXPECT_EQ(result.value().text, c.text) << c.name;
    EXPECT_EQ(result.value().encoding, c.expected_encoding) << c.name;
  }
}

TEST(DecodeTest, Utf16WithoutBom) {
  const std::string text = "Plain English text in UTF-16, without a byte order mark.\n";
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    const Result<DecodedText> result = Decode(Encode(text, charset), "");
    ASSERT_TRUE(result.ok()) << charset << ": " << result.error().message;
    EXPECT_EQ(result.value().text, text) << charset;
    EXPECT_EQ(result.value().encoding, charset);
  }
}

TEST(DecodeTest, Utf16WithoutBomOfNonLatinText) {
  // Few NUL bytes (line ends only), but all at the same parity.
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    const Result<DecodedText> result = Decode(Encode(kChinese, charset), "");
    ASSERT_TRUE(result.ok()) << charset << ": " << result.error().message;
    EXPECT_TRUE(result.value().text == kChinese) << charset;
    EXPECT_EQ(result.value().encoding, charset);
  }
}

TEST(DecodeTest, StrayNulsInLegacyTextAreNotUtf16) {
  std::string bytes =
      Encode(Repeat("Le café est très chaud, mais la crème est froide.\n", 40), "windows-1252");
  for (std::size_t k = 1; k < 6; ++k) bytes[(k * 301) | 1] = '\0';  // odd offsets, < 1%
  const Result<DecodedText> result = Decode(bytes, "");
  ASSERT_TRUE(result.ok()) << result.error().message;
  EXPECT_EQ(result.value().encoding, "windows-1252");
  EXPECT_EQ(result.value().text.substr(0, 12), "Le café est");
}

TEST(DecodeTest, ValidUtf8IsKept) {
  const std::string text = "naïve café — “quoted” 東京 😀\n";
  const Result<DecodedText> result = Decode(text, "");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().text, text);
  EXPECT_EQ(result.value().encoding, "UTF-8");
  EXPECT_EQ(result.value().replaced, 0u);
}

TEST(DecodeTest, InvalidUtf8BytesAreReplacedAndCounted) {
  // Mostly valid UTF-8 with two stray bytes: still UTF-8, bytes replaced.
  const std::string text = Repeat("Zürich, Genève, Málaga. ", 10) + "bad \xFF here \xC3 end";
  const Result<DecodedText> result = Decode(text, "");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().encoding, "UTF-8");
  EXPECT_EQ(result.value().replaced, 2u);
  EXPECT_NE(result.value().text.find("bad \xEF\xBF\xBD here \xEF\xBF\xBD end"), std::string::npos);
}

TEST(DecodeTest, ForcedEncoding) {
  // Latin-1 bytes that detection might read otherwise: forcing wins.
  const std::string bytes = "caf\xE9 na\xEFve\n";
  const Result<DecodedText> result = Decode(bytes, "ISO-8859-1");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().text, "café naïve\n");
  EXPECT_EQ(result.value().encoding, "ISO-8859-1");

  const Result<DecodedText> cyrillic = Decode(Encode(kRussian, "KOI8-R"), "koi8-r");
  ASSERT_TRUE(cyrillic.ok());
  EXPECT_EQ(cyrillic.value().text, kRussian);

  const Result<DecodedText> utf8 = Decode(Repeat("plain ", 10) + "\xFF", "utf-8");
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(utf8.value().text, Repeat("plain ", 10) + "\xEF\xBF\xBD");
  EXPECT_EQ(utf8.value().replaced, 1u);
}

TEST(DecodeTest, UnknownForcedEncodingIsAnError) {
  const Result<DecodedText> result = Decode("text", "no-such-charset-42");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kBadEncoding);
  EXPECT_NE(result.error().message.find("no-such-charset-42"), std::string::npos);
  EXPECT_EQ(result.error().message.find('\n'), std::string::npos);
}

TEST(DecodeTest, BinaryInput) {
  std::string nul_heavy = Repeat("some text ", 20);
  for (std::size_t i = 0; i < nul_heavy.size(); i += 7) nul_heavy[i] = '\0';
  const Result<DecodedText> nuls = Decode(nul_heavy, "");
  ASSERT_FALSE(nuls.ok());
  EXPECT_EQ(nuls.error().code, ErrorCode::kBinaryInput);

  // Undecodable bytes: UTF-8 forced over random high bytes.
  std::string garbage;
  for (int i = 0; i < 400; ++i) garbage.push_back(static_cast<char>(0x80 + (i * 37) % 0x40));
  const Result<DecodedText> replaced = Decode(garbage, "UTF-8");
  ASSERT_FALSE(replaced.ok());
  EXPECT_EQ(replaced.error().code, ErrorCode::kBinaryInput);
}

// Bytes of files that are not text, which windows-1252 would decode without
// a replacement: a bug let a gzip file or a PNG through as a page of
// garbage (exit 0). Each case is the file's first bytes, then filler.
TEST(DecodeTest, CompressedFilesImagesAndDocumentsAreBinary) {
  struct Case {
    std::string start;
    const char* words;  // in the message
  };
  const Case cases[] = {
      {"\x1F\x8B\x08\x00", "gzip"},
      {"BZh91AY&SY", "bzip2"},
      {std::string("\xFD"
                   "7zXZ\0",
                   6),
       "xz"},
      {"\x28\xB5\x2F\xFD", "zstd"},
      {"PK\x03\x04", "zip"},
      {"%PDF-1.7\n", "PDF"},
      {"\x89PNG\r\n\x1A\n", "PNG"},
      {"\xFF\xD8\xFF\xE0", "JPEG"},
      {"GIF89a", "GIF"},
  };
  for (const Case& c : cases) {
    const Result<DecodedText> result = Decode(c.start + Repeat("some text ", 40), "");
    ASSERT_FALSE(result.ok()) << c.words;
    EXPECT_EQ(result.error().code, ErrorCode::kBinaryInput) << c.words;
    EXPECT_NE(result.error().message.find(c.words), std::string::npos) << result.error().message;
  }
  // Text that merely starts like one is text.
  EXPECT_TRUE(Decode("BZh is how bzip2 files start.\n" + Repeat("some text ", 40), "").ok());
}

// Random bytes hold few NULs (one in 256) and decode as windows-1252
// without a replacement; their other control bytes give them away.
TEST(DecodeTest, RandomBytesAreBinary) {
  std::string bytes;
  uint32_t state = 12345;
  for (int i = 0; i < 3000; ++i) {
    state = state * 1103515245u + 12345u;
    bytes.push_back(static_cast<char>(state >> 24));
  }
  const Result<DecodedText> result = Decode(bytes, "");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kBinaryInput);
  EXPECT_EQ(result.error().message, "binary input (control characters)");
  // In UTF-16 the decoded controls count, not the bytes.
  const Result<DecodedText> wide =
      Decode("\xFF\xFE" + Encode(Repeat("ab\x01", 100), "UTF-16LE"), "");
  ASSERT_FALSE(wide.ok());
  EXPECT_EQ(wide.error().code, ErrorCode::kBinaryInput);
}

// A page's few stray controls, and the ESC of terminal colour codes, are
// dropped, not a reason to refuse the page.
TEST(DecodeTest, StrayControlsAndColourCodesAreText) {
  const std::string stray = Repeat("A sentence of the page. ", 20) + "\x01\x02\x7F";
  ASSERT_TRUE(Decode(stray, "").ok());
  EXPECT_EQ(Decode(stray, "").value().text, Repeat("A sentence of the page. ", 20));
  const std::string coloured = Repeat("\x1B[1mHeadline\x1B[0m of a page\n", 20);
  EXPECT_TRUE(Decode(coloured, "").ok());
}

TEST(DecodeTest, FewNulsAreDropped) {
  const std::string text = Repeat("abcdefghij", 30) + std::string("x\0y", 3);
  const Result<DecodedText> result = Decode(text, "");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().text, Repeat("abcdefghij", 30) + "xy");
}

struct CleanCase {
  const char* name;
  std::string input;
  std::string expected;
};

TEST(DecodeTest, LineEndsSeparatorsAndControls) {
  const std::vector<CleanCase> cases = {
      {"crlf", "a\r\nb\r\n", "a\nb\n"},
      {"lone cr", "a\rb\r\rc", "a\nb\n\nc"},
      {"cr then crlf", "a\r\r\nb", "a\n\nb"},
      {"line separator",
       "a\xE2\x80\xA8"
       "b",
       "a b"},
      {"paragraph separator",
       "a\xE2\x80\xA9"
       "b",
       "a b"},
      {"nel",
       "a\xC2\x85"
       "b",
       "a b"},
      {"vt and ff", "a\vb\fc", "a b c"},
      {"c0 controls dropped",
       "a\x01\x02\x1B"
       "b\x7F"
       "c",
       "abc"},
      {"c1 control dropped",
       "a\xC2\x9B"
       "b",
       "ab"},
      {"tab kept", "a\tb", "a\tb"},
      {"other U+20xx kept",
       "a\xE2\x80\x94"
       "b",
       "a\xE2\x80\x94"
       "b"},
      {"nbsp kept",
       "a\xC2\xA0"
       "b",
       "a\xC2\xA0"
       "b"},
  };
  for (const CleanCase& c : cases) {
    const Result<DecodedText> result = Decode(c.input, "");
    ASSERT_TRUE(result.ok()) << c.name;
    EXPECT_EQ(result.value().text, c.expected) << c.name;
  }
}

TEST(DecodeTest, NfcNormalisation) {
  const std::vector<CleanCase> cases = {
      {"e + combining acute",
       "caf"
       "e\xCC\x81",
       "caf\xC3\xA9"},
      {"already nfc", "caf\xC3\xA9", "caf\xC3\xA9"},
      {"hangul jamo", "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C"},
      {"reordered marks", "a\xCC\x81\xCC\xA3", "\xE1\xBA\xA1\xCC\x81"},
  };
  for (const CleanCase& c : cases) {
    const Result<DecodedText> result = Decode(c.input, "");
    ASSERT_TRUE(result.ok()) << c.name;
    EXPECT_EQ(result.value().text, c.expected) << c.name;
  }
}

TEST(DecodeTest, EmptyInput) {
  const Result<DecodedText> result = Decode("", "");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value().text, "");
  EXPECT_EQ(result.value().encoding, "UTF-8");
}

}  // namespace
}  // namespace pith::internal

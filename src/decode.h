// decode: bytes of any encoding -> NFC UTF-8 text with LF line ends.
//
// Order of decisions: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then the
// caller's forced encoding (checked even when a BOM overrides it); then
// strict UTF-8 (valid UTF-8 is taken as such, and so is mostly-valid UTF-8:
// at least four valid multi-byte sequences per invalid byte, the invalid
// bytes replaced); then UTF-16 without a BOM (NUL bytes all at odd or all at
// even offsets, or code units that read as common text in one byte order);
// otherwise ICU's charset detector (ucsdet) proposes charsets, ICU (ucnv)
// converts, and the first candidate without replacements (else the one with
// fewest) wins. ISO-8859-1 is read as windows-1252 as browsers do, and
// windows-1252 goes first when nearly as likely as the best match, since the
// detector's statistics are weak on short text.
// Then, unless the caller declines, mojibake (UTF-8 once read as
// windows-1252 or Latin-1, src/mojibake.h) is repaired. Then: CRLF and lone
// CR become LF; U+2028, U+2029, NEL (U+0085), VT and FF become spaces (they
// are not line breaks, DESIGN.md section 10); other control characters (C0
// except TAB/LF, NUL, DEL, C1) are dropped; invalid sequences become U+FFFD;
// the text is NFC-normalised.
//
// Speed: valid UTF-8 is scanned and copied once, eight bytes at a time where
// it is ASCII; ICU's converters and normaliser run only for other charsets
// and for text the NFC quick check cannot vouch for.
//
// Pure: no I/O. Never fails on content; fails only for an unknown forced
// encoding (kBadEncoding) or binary input (kBinaryInput: the first bytes of
// a compressed file, zip archive, PDF or image; a NUL byte in more than 1%
// of the bytes; C0 controls other than TAB, LF, VT, FF, CR and ESC, or DEL,
// in more than 1% of the decoded characters; or more than 5% replacement
// characters after the best decoding). NUL bytes of UTF-16 without a BOM (as
// above) are not binary; for UTF-16/32 input only decoded controls count.
#ifndef PITH_DECODE_H_
#define PITH_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith::internal {

struct DecodedText {
  std::string text;          // NFC UTF-8, LF line ends only
  std::string encoding;      // MIME/IANA name of the charset used, e.g. "UTF-8", "windows-1252"
  std::size_t replaced = 0;  // invalid bytes or unmappable sequences replaced by U+FFFD
  std::size_t mojibake_repaired = 0;  // characters restored from mojibake
};

// forced_encoding: "" to detect. repair_mojibake: false keeps the text as
// the bytes spell it.
Result<DecodedText> Decode(std::string_view bytes, std::string_view forced_encoding,
                           bool repair_mojibake = true);

}  // namespace pith::internal

#endif  // PITH_DECODE_H_

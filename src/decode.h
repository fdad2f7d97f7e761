// decode: bytes of any encoding -> NFC UTF-8 text with LF line ends.
//
// Order of decisions: a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins; then the
// caller's forced encoding; then strict UTF-8 (valid UTF-8 is taken as such);
// otherwise ICU charset detection (ucsdet) picks the charset and ICU (ucnv)
// converts. Then: CRLF and lone CR become LF; U+2028, U+2029, NEL (U+0085),
// VT and FF become spaces (they are not line breaks, DESIGN.md section 10);
// other control characters (C0 except TAB/LF, DEL, C1) are dropped; invalid
// sequences become U+FFFD; the text is NFC-normalised.
//
// Pure: no I/O. Never fails on content; fails only for an unknown forced
// encoding (kBadEncoding) or binary input (kBinaryInput: a NUL byte in more
// than 1% of the bytes, or more than 5% replacement characters after the best
// decoding).
#ifndef PITH_DECODE_H_
#define PITH_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "pith/pith.h"

namespace pith::internal {

struct DecodedText {
  std::string text;          // NFC UTF-8, LF line ends only
  std::string encoding;      // canonical name of the charset used, e.g. "UTF-8", "windows-1252"
  std::size_t replaced = 0;  // characters replaced by U+FFFD
};

// forced_encoding: "" to detect.
Result<DecodedText> Decode(std::string_view bytes, std::string_view forced_encoding);

}  // namespace pith::internal

#endif  // PITH_DECODE_H_

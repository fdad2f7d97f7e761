// ascii_scan: finding the next byte of a class in a line, sixteen bytes at a
// time, for scans that skip everything until such a byte (a digit starts
// every numeric date; most bytes of a page are no digits).
//
// Pure and thread-safe.
#ifndef PITH_ASCII_SCAN_H_
#define PITH_ASCII_SCAN_H_

#include <cstddef>
#include <string_view>

namespace pith::internal {

// The index of the first byte '0'-'9' of s at or after `from`, or s.size()
// when there is none. REQUIRES: from <= s.size().
std::size_t FindAsciiDigit(std::string_view s, std::size_t from);

}  // namespace pith::internal

#endif  // PITH_ASCII_SCAN_H_

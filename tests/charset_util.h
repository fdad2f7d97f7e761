// charset_util: text converted between charsets with ICU, so that tests need
// no hand-made legacy bytes (decode_test) or mojibake (mojibake_test).
//
// Header-only, as test_util.h: every tests/*_test.cpp is its own executable.
#ifndef PITH_TESTS_CHARSET_UTIL_H_
#define PITH_TESTS_CHARSET_UTIL_H_

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <vector>

namespace pith::testutil {

// `bytes` read as charset `from` and written as charset `to`.
inline std::string ConvertCharset(const std::string& bytes, const char* to, const char* from) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<char> out(bytes.size() * 4 + 16);
  const int32_t length = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()),
                                      bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << from << " -> " << to;
  return std::string(out.data(), static_cast<std::size_t>(length));
}

}  // namespace pith::testutil

#endif  // PITH_TESTS_CHARSET_UTIL_H_

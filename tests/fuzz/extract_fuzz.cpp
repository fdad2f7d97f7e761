// libFuzzer target: any bytes through Extract and every renderer.
//
//   cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DPITH_FUZZ=ON
//   cmake --build build-fuzz --target extract_fuzz
//   build-fuzz/tests/fuzz/extract_fuzz -max_len=65536 samples/
//
// The property checked is the one in extract_check.h; a violation aborts,
// so libFuzzer saves the input as a crash reproducer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "extract_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string problem = pith::fuzz::CheckExtractAndRender(
      std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "extract_fuzz: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}

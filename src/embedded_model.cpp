// The bytes of models/default.pithm, linked into the library with the
// assembler's .incbin so that the model needs no file at run time and no
// multi-megabyte generated source. PITH_DEFAULT_MODEL_PATH comes from
// CMakeLists.txt, which also rebuilds this file when the model changes.
#include <cstddef>

#include "embedded_model.h"

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    "pith_default_model_begin:\n"
    ".incbin \"" PITH_DEFAULT_MODEL_PATH "\"\n"
    "pith_default_model_end:\n"
    ".previous\n");

extern "C" const unsigned char pith_default_model_begin[];
extern "C" const unsigned char pith_default_model_end[];

namespace pith::internal {

std::string_view EmbeddedDefaultModel() {
  return std::string_view(reinterpret_cast<const char*>(pith_default_model_begin),
                          static_cast<std::size_t>(pith_default_model_end - pith_default_model_begin));
}

}  // namespace pith::internal

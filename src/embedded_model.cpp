// The bytes of models/default.pithm and of its forests' layouts, linked
// into the library with the assembler's .incbin so that the model needs no
// file at run time and no multi-megabyte generated source, and the default
// model parsed from them. PITH_DEFAULT_MODEL_PATH and
// PITH_DEFAULT_FOREST_LAYOUTS_PATH come from CMakeLists.txt, which also
// rebuilds this file when the model or the layouts change (and the layouts
// when the model or the code that compiles them changes).
//
// This file is the only one that refers to the embedded bytes, so that
// tools/embed can link the rest of the library before the layouts exist.
#include "embedded_model.h"

#include <cstddef>
#include <memory>

#include "model.h"
#include "pith/pith.h"

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    "pith_default_model_begin:\n"
    ".incbin \"" PITH_DEFAULT_MODEL_PATH
    "\"\n"
    "pith_default_model_end:\n"
    ".balign 16\n"
    "pith_default_forest_layouts_begin:\n"
    ".incbin \"" PITH_DEFAULT_FOREST_LAYOUTS_PATH
    "\"\n"
    "pith_default_forest_layouts_end:\n"
    ".previous\n");

extern "C" const unsigned char pith_default_model_begin[];
extern "C" const unsigned char pith_default_model_end[];
extern "C" const unsigned char pith_default_forest_layouts_begin[];
extern "C" const unsigned char pith_default_forest_layouts_end[];

namespace pith::internal {

std::string_view EmbeddedDefaultModel() {
  return std::string_view(
      reinterpret_cast<const char*>(pith_default_model_begin),
      static_cast<std::size_t>(pith_default_model_end - pith_default_model_begin));
}

std::string_view EmbeddedDefaultForestLayouts() {
  return std::string_view(reinterpret_cast<const char*>(pith_default_forest_layouts_begin),
                          static_cast<std::size_t>(pith_default_forest_layouts_end -
                                                   pith_default_forest_layouts_begin));
}

const Result<std::shared_ptr<const Model>>& ParsedDefaultModel() {
  static const auto* parsed = new Result<std::shared_ptr<const Model>>(
      ParseEmbeddedModel(EmbeddedDefaultModel(), EmbeddedDefaultForestLayouts()));
  return *parsed;
}

}  // namespace pith::internal

namespace pith {

std::shared_ptr<const Model> DefaultModel() {
  const auto& parsed = internal::ParsedDefaultModel();
  return parsed.ok() ? parsed.value() : nullptr;
}

}  // namespace pith

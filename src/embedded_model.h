// embedded_model: the bytes of the default model compiled into the library,
// and the layouts of its forests, compiled from it at build time.
#ifndef PITH_EMBEDDED_MODEL_H_
#define PITH_EMBEDDED_MODEL_H_

#include <string_view>

namespace pith::internal {

// The contents of models/default.pithm at build time.
std::string_view EmbeddedDefaultModel();

// ForestLayouts (model.h) of that model, written at build time by
// tools/embed with this build's code; 4-byte aligned.
std::string_view EmbeddedDefaultForestLayouts();

}  // namespace pith::internal

#endif  // PITH_EMBEDDED_MODEL_H_

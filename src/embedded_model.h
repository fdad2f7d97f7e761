// embedded_model: the bytes of the default model compiled into the library.
#ifndef PITH_EMBEDDED_MODEL_H_
#define PITH_EMBEDDED_MODEL_H_

#include <string_view>

namespace pith::internal {

// The contents of models/default.pithm at build time.
std::string_view EmbeddedDefaultModel();

}  // namespace pith::internal

#endif  // PITH_EMBEDDED_MODEL_H_

#include "embedded_model.h"

#include <gtest/gtest.h>

#include "gbdt.h"
#include "model.h"

namespace pith::internal {
namespace {

// ParsedDefaultModel() skips the tree ensembles' structure checks for the
// compiled-in bytes: this is where they pass, once per build.
TEST(EmbeddedModel, PassesEveryCheck) {
  const Result<std::shared_ptr<const Model>> checked = ParseModel(EmbeddedDefaultModel());
  ASSERT_TRUE(checked.ok()) << checked.error().message;
  const Result<std::shared_ptr<const Model>>& parsed = ParsedDefaultModel();
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const Model& model = *parsed.value();
  EXPECT_EQ(CheckEnsemble(model.trees), "");
  if (model.context.present()) {
    EXPECT_EQ(CheckEnsemble(model.context.trees), "");
  }
}

}  // namespace
}  // namespace pith::internal

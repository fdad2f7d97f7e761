#include "tree_cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <type_traits>

#include "atomic_file.h"
#include "hash.h"
#include "model.h"
#include "training_set.h"

namespace pith::train {
namespace {

using internal::TreeEnsemble;

// A 64-bit digest of byte runs, eight bytes at a time (the binned inputs of
// the default model are 180 MB: hashing them costs a fraction of a second).
class Digest {
 public:
  void Add(const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    state_ = internal::Mix64(state_ ^ size);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      uint64_t word;
      std::memcpy(&word, bytes + i, 8);
      state_ = internal::Mix64(state_ ^ word) + internal::kFnvPrime;
    }
    if (i == size) return;  // (an empty vector's data() may be null: no memcpy from it)
    uint64_t tail = 0;
    std::memcpy(&tail, bytes + i, size - i);
    state_ = internal::Mix64(state_ ^ tail);
  }
  template <typename T>
  void AddVector(const std::vector<T>& values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Add(values.data(), values.size() * sizeof(T));
  }
  template <typename T>
  void AddValue(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    Add(&value, sizeof value);
  }
  uint64_t value() const { return state_; }

 private:
  uint64_t state_ = internal::kFnvOffset;
};

}  // namespace

std::string TreeCacheName(const BinnedInputs& inputs, const std::vector<uint32_t>& rows,
                          const std::vector<uint8_t>& y, const std::vector<float>& weights,
                          std::size_t classes, const BoostParams& params) {
  Digest digest;
  digest.AddValue(inputs.rows);
  digest.AddValue(inputs.cols);
  for (const std::vector<float>& cuts : inputs.cuts) digest.AddVector(cuts);
  digest.AddVector(inputs.bins);
  digest.AddVector(rows);
  digest.AddVector(y);
  digest.AddVector(weights);
  digest.AddValue(classes);
  digest.AddValue(params.rounds);
  digest.AddValue(params.depth);
  digest.AddValue(params.learning_rate);
  digest.AddValue(params.min_child_weight);
  digest.AddValue(params.l2);
  digest.AddValue(params.min_gradient);
  char name[32];
  std::snprintf(name, sizeof name, "%016llx.trees",
                static_cast<unsigned long long>(digest.value()));
  return name;
}

TreeEnsemble TrainBoostedCached(const std::string& folder, const BinnedInputs& inputs,
                                const std::vector<uint32_t>& rows, const std::vector<uint8_t>& y,
                                const std::vector<float>& weights, std::size_t classes,
                                const BoostParams& params,
                                const std::function<void(int)>& progress) {
  if (folder.empty()) return TrainBoosted(inputs, rows, y, weights, classes, params, progress);
  const std::string path = folder + "/" + TreeCacheName(inputs, rows, y, weights, classes, params);
  std::string bytes;
  if (ReadFile(path, &bytes)) {
    Result<TreeEnsemble> cached = internal::ParseTreeEnsemble(bytes);
    if (cached.ok()) return std::move(cached).value();
  }
  TreeEnsemble trees = TrainBoosted(inputs, rows, y, weights, classes, params, progress);
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);
  Result<internal::AtomicFile> file = internal::AtomicFile::Create(path);
  if (file.ok() && !file.value().Append(internal::SerializeTreeEnsemble(trees)).has_value()) {
    file.value().Commit();
  }
  return trees;
}

}  // namespace pith::train

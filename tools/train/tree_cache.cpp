#include "tree_cache.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <type_traits>

#include "atomic_file.h"
#include "hash.h"
#include "training_set.h"

namespace pith::train {
namespace {

using internal::TreeEnsemble;
using internal::TreeNode;

constexpr std::string_view kMagic = "pith-tree-cache 1\n";

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

template <typename T>
void AppendVector(const std::vector<T>& values, std::string* out) {
  const uint64_t count = values.size();
  out->append(reinterpret_cast<const char*>(&count), sizeof count);
  if (!values.empty()) {
    out->append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
}

// Reads a vector AppendVector wrote at bytes[*at]; false when the bytes end
// first.
template <typename T>
bool ReadVector(const std::string& bytes, std::size_t* at, std::vector<T>* values) {
  uint64_t count = 0;
  if (bytes.size() - *at < sizeof count) return false;
  std::memcpy(&count, bytes.data() + *at, sizeof count);
  *at += sizeof count;
  if (count > (bytes.size() - *at) / sizeof(T)) return false;
  values->resize(count);
  if (count > 0) std::memcpy(values->data(), bytes.data() + *at, count * sizeof(T));
  *at += count * sizeof(T);
  return true;
}

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

std::string SerializeEnsemble(const TreeEnsemble& trees) {
  std::string out(kMagic);
  out.append(reinterpret_cast<const char*>(&trees.num_inputs), sizeof trees.num_inputs);
  out.append(reinterpret_cast<const char*>(&trees.num_outputs), sizeof trees.num_outputs);
  AppendVector(trees.base, &out);
  AppendVector(trees.roots, &out);
  AppendVector(trees.nodes, &out);
  AppendVector(trees.leaf_values, &out);
  return out;
}

bool ParseEnsemble(const std::string& bytes, TreeEnsemble* trees) {
  if (bytes.compare(0, kMagic.size(), kMagic) != 0) return false;
  std::size_t at = kMagic.size();
  if (bytes.size() - at < sizeof trees->num_inputs + sizeof trees->num_outputs) return false;
  TreeEnsemble parsed;
  std::memcpy(&parsed.num_inputs, bytes.data() + at, sizeof parsed.num_inputs);
  at += sizeof parsed.num_inputs;
  std::memcpy(&parsed.num_outputs, bytes.data() + at, sizeof parsed.num_outputs);
  at += sizeof parsed.num_outputs;
  if (!ReadVector(bytes, &at, &parsed.base) || !ReadVector(bytes, &at, &parsed.roots) ||
      !ReadVector(bytes, &at, &parsed.nodes) || !ReadVector(bytes, &at, &parsed.leaf_values) ||
      at != bytes.size() || parsed.base.size() != parsed.num_outputs ||
      !internal::CheckEnsemble(parsed).empty()) {
    return false;
  }
  *trees = std::move(parsed);
  return true;
}

TreeEnsemble TrainBoostedCached(const std::string& folder, const BinnedInputs& inputs,
                                const std::vector<uint32_t>& rows, const std::vector<uint8_t>& y,
                                const std::vector<float>& weights, std::size_t classes,
                                const BoostParams& params,
                                const std::function<void(int)>& progress) {
  if (folder.empty()) return TrainBoosted(inputs, rows, y, weights, classes, params, progress);
  const std::string path = folder + "/" + TreeCacheName(inputs, rows, y, weights, classes, params);
  std::string bytes;
  TreeEnsemble trees;
  if (ReadFile(path, &bytes) && ParseEnsemble(bytes, &trees)) return trees;
  trees = TrainBoosted(inputs, rows, y, weights, classes, params, progress);
  std::error_code ignored;
  std::filesystem::create_directories(folder, ignored);
  Result<internal::AtomicFile> file = internal::AtomicFile::Create(path);
  if (file.ok() && !file.value().Append(SerializeEnsemble(trees)).has_value()) {
    file.value().Commit();
  }
  return trees;
}

}  // namespace pith::train

#include "model.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <utility>
#include <vector>

#include "context_features.h"
#include "line_features.h"

namespace pith::internal {

namespace {

constexpr char kMagic[8] = {'P', 'I', 'T', 'H', 'M', 'O', 'D', 'L'};
constexpr uint32_t kMaxFeatures = 1u << 12;
constexpr uint32_t kMaxNameBytes = 1u << 10;
constexpr uint32_t kMaxTreeItems = 1u << 24;
constexpr bool kLittleEndianHost = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;

class Writer {
 public:
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xffu));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void I16(int16_t v) {
    const auto u = static_cast<uint16_t>(v);
    out_.push_back(static_cast<char>(u & 0xffu));
    out_.push_back(static_cast<char>(u >> 8));
  }
  void F32(float v) {
    uint32_t u;
    std::memcpy(&u, &v, sizeof u);
    U32(u);
  }
  void Bytes(const std::string& s) { out_ += s; }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads little-endian values; the first failure sticks and names what was
// being read.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void Fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
  }
  // True when `count` items of `size` bytes remain; fails otherwise.
  bool Has(std::size_t count, std::size_t size) {
    if (!ok()) return false;
    if (count > (in_.size() - pos_) / size) {
      Fail("model file is truncated");
      return false;
    }
    return true;
  }
  uint32_t U32() {
    if (!Has(1, 4)) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      v |=
          static_cast<uint32_t>(static_cast<unsigned char>(in_[pos_ + static_cast<std::size_t>(i)]))
          << (8 * i);
    }
    pos_ += 4;
    return v;
  }
  float F32() {
    const uint32_t u = U32();
    float v;
    std::memcpy(&v, &u, sizeof v);
    if (ok() && !std::isfinite(v)) Fail("model file holds a number that is not finite");
    return v;
  }
  // `count` values of T, stored as little-endian fields of kField bytes,
  // into out[0 .. count): one copy, then a byte swap per field on a
  // big-endian host. (The model's arrays are megabytes: decoding them byte
  // by byte was most of pith's startup.)
  template <std::size_t kField, typename T>
  void Array(T* out, std::size_t count) {
    static_assert(std::is_trivially_copyable_v<T> && sizeof(T) % kField == 0, "fields of T");
    if (count == 0 || !Has(count, sizeof(T))) return;
    const std::size_t bytes = count * sizeof(T);
    std::memcpy(out, in_.data() + pos_, bytes);
    pos_ += bytes;
    if constexpr (!kLittleEndianHost) {
      auto* raw = reinterpret_cast<unsigned char*>(out);
      for (std::size_t i = 0; i < bytes; i += kField) std::reverse(raw + i, raw + i + kField);
    }
  }
  // The next `count` fields of `size` bytes, left in place: a pointer
  // into the bytes given to the constructor. nullptr when truncated.
  const unsigned char* Skip(std::size_t count, std::size_t size) {
    if (!Has(count, size)) return nullptr;
    const auto* at = reinterpret_cast<const unsigned char*>(in_.data() + pos_);
    pos_ += count * size;
    return at;
  }
  std::string Bytes(std::size_t n) {
    if (!Has(n, 1)) return "";
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  std::string error_;
};

std::string CheckFeatureNames(const std::vector<std::string>& names) {
  const std::vector<std::string>& expected = FeatureNames();
  if (names == expected) return "";
  std::size_t i = 0;
  while (i < names.size() && i < expected.size() && names[i] == expected[i]) ++i;
  std::string why = "model was trained on other features (" + std::to_string(names.size()) +
                    " columns, pith computes " + std::to_string(expected.size());
  if (i < names.size() && i < expected.size()) {
    why +=
        "; column " + std::to_string(i) + " is '" + names[i] + "', pith has '" + expected[i] + "'";
  }
  return why + "): retrain it with pith-train";
}

// `in_place`: leave the weights in the reader's bytes (see ParseModelBytes).
void ReadLexical(Reader& in, bool in_place, LexicalModel* lex) {
  lex->num_classes = static_cast<uint32_t>(kNumStates);
  lex->bucket_bits = in.U32();
  if (in.ok() && (lex->bucket_bits < 1 || lex->bucket_bits > kMaxBucketBits)) {
    in.Fail("model lexical bucket bits out of range");
  }
  lex->scale = in.F32();
  lex->bias.resize(kNumStates);
  for (float& b : lex->bias) b = in.F32();
  if (!in.ok()) return;
  const std::size_t count = (std::size_t{1} << lex->bucket_bits) * kNumStates;
  if (in_place && kLittleEndianHost) {
    lex->weights_in_place = in.Skip(count, 2);
    return;
  }
  if (!in.Has(count, 2)) return;
  lex->weights.resize(count);
  in.Array<2>(lex->weights.data(), count);
}

// `what` names the ensemble in messages ("tree", "context stage tree").
// `embedded`: the reader's bytes are compiled into pith (see
// ParseModelBytes), so the ensemble's nodes and leaf values are left in
// them (on a little-endian host) and not checked.
void ReadTrees(Reader& in, std::size_t input_count, uint32_t outputs, const std::string& what,
               bool embedded, TreeEnsemble* trees) {
  trees->num_inputs = in.U32();
  trees->num_outputs = outputs;
  if (in.ok() && trees->num_inputs != input_count) {
    in.Fail("model " + what + " input count does not match its features");
  }
  trees->base.resize(outputs);
  for (float& b : trees->base) b = in.F32();
  const uint32_t tree_count = in.U32();
  const uint32_t node_count = in.U32();
  const uint32_t leaf_count = in.U32();
  if (in.ok() &&
      (tree_count > kMaxTreeItems || node_count > kMaxTreeItems || leaf_count > kMaxTreeItems)) {
    in.Fail("model " + what + " counts out of range");
  }
  if (!in.Has(tree_count, 4)) return;
  trees->roots.resize(tree_count);
  in.Array<4>(trees->roots.data(), tree_count);
  // TreeNode is the file's node record: {u32 feature, f32 threshold, i32
  // left, i32 right}. +-inf are valid thresholds; CheckEnsemble refuses NaN.
  static_assert(sizeof(TreeNode) == 16 && offsetof(TreeNode, threshold) == 4 &&
                    offsetof(TreeNode, left) == 8 && offsetof(TreeNode, right) == 12,
                "TreeNode is laid out as the file's node record");
  const std::size_t value_count = static_cast<std::size_t>(leaf_count) * outputs;
  if (embedded && kLittleEndianHost) {
    const unsigned char* nodes = in.Skip(node_count, sizeof(TreeNode));
    const unsigned char* values = in.Skip(value_count, sizeof(float));
    if (!in.ok()) return;
    trees->nodes_in_place = {nodes, node_count};
    trees->leaf_values_in_place = {values, value_count};
  } else {
    if (!in.Has(node_count, sizeof(TreeNode))) return;
    trees->nodes.resize(node_count);
    in.Array<4>(trees->nodes.data(), node_count);
    if (!in.Has(value_count, sizeof(float))) return;
    trees->leaf_values.resize(value_count);
    in.Array<4>(trees->leaf_values.data(), value_count);
  }
  if (!in.ok() || embedded) return;
  if (!AllFinite(LeafValues(*trees))) {
    return in.Fail("model file holds a number that is not finite");
  }
  std::string why = CheckEnsemble(*trees);
  if (!why.empty()) in.Fail("model " + (what == "tree" ? "" : what + ": ") + why);
}

void ReadTransitions(Reader& in, Transitions* t) {
  for (float& v : t->start) v = in.F32();
  for (float& v : t->next) v = in.F32();
  for (float& v : t->end) v = in.F32();
}

// u32 count, then per name: u32 byte length, the bytes.
std::vector<std::string> ReadNames(Reader& in, const char* what) {
  std::vector<std::string> names;
  const uint32_t count = in.U32();
  if (in.ok() && count > kMaxFeatures)
    in.Fail(std::string("model ") + what + " count out of range");
  for (uint32_t i = 0; i < count && in.ok(); ++i) {
    const uint32_t length = in.U32();
    if (in.ok() && length > kMaxNameBytes) in.Fail(std::string("model ") + what + " name too long");
    names.push_back(in.Bytes(length));
  }
  return names;
}

// `embedded`: as ReadTrees.
void ReadContextStage(Reader& in, std::size_t feature_count, bool embedded, ContextStage* stage) {
  const uint32_t present = in.U32();
  if (!in.ok() || present == 0) return;
  if (present != 1) return in.Fail("model context stage flag is neither 0 nor 1");
  stage->context_names = ReadNames(in, "context stage feature");
  if (in.ok() && stage->context_names != ContextFeatureNames()) {
    return in.Fail("model context stage was trained on other context features (" +
                   std::to_string(stage->context_names.size()) + " columns, pith computes " +
                   std::to_string(ContextFeatureNames().size()) + "): retrain it with pith-train");
  }
  const uint32_t dense_count = in.U32();
  if (in.ok() && dense_count > feature_count) {
    return in.Fail("model context stage dense column count out of range");
  }
  for (uint32_t i = 0; i < dense_count && in.ok(); ++i) {
    const uint32_t column = in.U32();
    if (in.ok() && (column >= feature_count ||
                    (!stage->dense_columns.empty() && column <= stage->dense_columns.back()))) {
      return in.Fail("model context stage dense column out of range or out of order");
    }
    stage->dense_columns.push_back(column);
  }
  if (!in.ok()) return;
  ReadTrees(in, stage->num_inputs(), kNumStates, "context stage tree", embedded, &stage->trees);
  if (in.ok() && stage->trees.roots.empty()) in.Fail("model context stage has no trees");
  ReadTransitions(in, &stage->transitions);
}

// `version`: the file's; version 4 files hold the ranker's trees.
// `embedded`: as ReadTrees.
void ReadHeadlineRanker(Reader& in, uint32_t version, bool embedded, HeadlineRanker* ranker) {
  const uint32_t present = in.U32();
  if (!in.ok() || present == 0) return;
  if (present != 1) return in.Fail("model headline ranker flag is neither 0 nor 1");
  const std::vector<std::string> names = ReadNames(in, "headline feature");
  const auto& expected = HeadlineFeatureNames();
  if (in.ok() && !std::equal(names.begin(), names.end(), expected.begin(), expected.end())) {
    return in.Fail("model headline ranker was trained on other headline features (" +
                   std::to_string(names.size()) + " columns, pith computes " +
                   std::to_string(expected.size()) + "): retrain it with pith-train");
  }
  ranker->weights.resize(names.size());
  for (float& w : ranker->weights) w = in.F32();
  if (version < 4) return;
  const uint32_t trees = in.U32();
  if (!in.ok() || trees == 0) return;
  if (trees != 1) return in.Fail("model headline ranker trees flag is neither 0 nor 1");
  ReadTrees(in, kHeadlineFeatureCount, 2, "headline ranker tree", embedded, &ranker->trees);
  if (in.ok() && ranker->trees.roots.empty()) in.Fail("model headline ranker has no trees");
}

Error BadModel(std::string message) { return Error{ErrorCode::kBadModel, std::move(message)}; }

}  // namespace

Label StateLabel(State state) {
  switch (state) {
    case State::kHeadline:
      return Label::kHeadline;
    case State::kMeta:
      return Label::kMetadata;
    case State::kBody:
      return Label::kBody;
    case State::kBefore:
    case State::kInside:
    case State::kAfter:
      break;
  }
  return Label::kBoilerplate;
}

const char* StateName(State state) {
  static constexpr const char* kNames[kNumStates] = {"before", "headline", "meta",
                                                     "body",   "inside",   "after"};
  return kNames[static_cast<std::size_t>(state)];
}

std::vector<State> GoldStates(const std::vector<Label>& labels) {
  const std::size_t n = labels.size();
  std::size_t first = n, last_content = n, last_body = n;
  for (std::size_t i = 0; i < n; ++i) {
    if (labels[i] == Label::kBoilerplate) continue;
    if (first == n) first = i;
    last_content = i;
    if (labels[i] == Label::kBody) last_body = i;
  }
  const std::size_t last = last_body != n ? last_body : last_content;
  std::vector<State> states(n, State::kBefore);
  for (std::size_t i = 0; i < n; ++i) {
    switch (labels[i]) {
      case Label::kHeadline:
        states[i] = State::kHeadline;
        break;
      case Label::kMetadata:
        states[i] = State::kMeta;
        break;
      case Label::kBody:
        states[i] = State::kBody;
        break;
      case Label::kBoilerplate:
      case Label::kBlank:
        states[i] = first == n || i < first ? State::kBefore
                    : i > last              ? State::kAfter
                                            : State::kInside;
        break;
    }
  }
  return states;
}

namespace {

void WriteNames(const std::vector<std::string>& names, Writer* out) {
  out->U32(static_cast<uint32_t>(names.size()));
  for (const std::string& name : names) {
    out->U32(static_cast<uint32_t>(name.size()));
    out->Bytes(name);
  }
}

void WriteTrees(const TreeEnsemble& trees, Writer* out) {
  out->U32(trees.num_inputs);
  for (float b : trees.base) out->F32(b);
  out->U32(static_cast<uint32_t>(trees.roots.size()));
  out->U32(static_cast<uint32_t>(Nodes(trees).size()));
  out->U32(static_cast<uint32_t>(LeafValues(trees).size() / trees.num_outputs));
  for (int32_t r : trees.roots) out->I32(r);
  const UnalignedArray<TreeNode> nodes = Nodes(trees);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const TreeNode n = nodes[i];
    out->U32(n.feature);
    out->F32(n.threshold);
    out->I32(n.left);
    out->I32(n.right);
  }
  const UnalignedArray<float> leaf_values = LeafValues(trees);
  for (std::size_t i = 0; i < leaf_values.size(); ++i) out->F32(leaf_values[i]);
}

void WriteTransitions(const Transitions& t, Writer* out) {
  for (float v : t.start) out->F32(v);
  for (float v : t.next) out->F32(v);
  for (float v : t.end) out->F32(v);
}

}  // namespace

std::string SerializeModel(const Model& model) {
  Writer out;
  out.Bytes(std::string(kMagic, sizeof kMagic));
  out.U32(kModelVersion);
  out.U32(static_cast<uint32_t>(kNumStates));
  WriteNames(model.feature_names, &out);
  const LexicalModel& lex = model.lexical;
  out.U32(lex.bucket_bits);
  out.F32(lex.scale);
  for (float b : lex.bias) out.F32(b);
  const unsigned char* weights = WeightBytes(lex);
  const std::size_t weight_count = (std::size_t{1} << lex.bucket_bits) * lex.num_classes;
  for (std::size_t i = 0; i < weight_count; ++i) {
    int16_t w;
    std::memcpy(&w, weights + i * sizeof w, sizeof w);
    out.I16(w);
  }
  WriteTrees(model.trees, &out);
  WriteTransitions(model.transitions, &out);
  const ContextStage& stage = model.context;
  out.U32(stage.present() ? 1 : 0);
  if (stage.present()) {
    WriteNames(stage.context_names, &out);
    out.U32(static_cast<uint32_t>(stage.dense_columns.size()));
    for (uint32_t column : stage.dense_columns) out.U32(column);
    WriteTrees(stage.trees, &out);
    WriteTransitions(stage.transitions, &out);
  }
  const HeadlineRanker& ranker = model.headline_ranker;
  out.U32(ranker.present() ? 1 : 0);
  if (ranker.present()) {
    const auto& names = HeadlineFeatureNames();
    WriteNames(std::vector<std::string>(names.begin(), names.end()), &out);
    for (float w : ranker.weights) out.F32(w);
    out.U32(ranker.has_trees() ? 1 : 0);
    if (ranker.has_trees()) WriteTrees(ranker.trees, &out);
  }
  return out.Take();
}

std::string SerializeTreeEnsemble(const TreeEnsemble& trees) {
  Writer out;
  out.U32(trees.num_outputs);
  WriteTrees(trees, &out);
  return out.Take();
}

Result<TreeEnsemble> ParseTreeEnsemble(std::string_view bytes) {
  Reader in(bytes);
  const uint32_t outputs = in.U32();
  if (in.ok() && (outputs == 0 || outputs > kMaxTreeItems)) in.Fail("tree outputs out of range");
  // ReadTrees checks the input count against the one it is told: a lone
  // ensemble is told its own.
  Reader inputs(bytes.substr(std::min<std::size_t>(bytes.size(), sizeof outputs)));
  TreeEnsemble trees;
  ReadTrees(in, inputs.U32(), outputs, "tree", /*embedded=*/false, &trees);
  if (in.ok() && !in.AtEnd()) in.Fail("model file has trailing bytes");
  if (!in.ok()) return Error{ErrorCode::kBadModel, in.error()};
  return trees;
}

}  // namespace pith::internal

namespace pith {

namespace {

// ParseModel, or (`embedded_layouts` not nullptr) ParseEmbeddedModel with
// these layouts (model.h says how it differs).
Result<std::shared_ptr<const Model>> ParseModelBytes(std::string_view bytes,
                                                     const std::string_view* embedded_layouts) {
  using namespace internal;
  const bool embedded = embedded_layouts != nullptr;
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return BadModel("not a pith model file (wrong magic bytes)");
  }
  Reader in(bytes.substr(sizeof kMagic));
  const uint32_t version = in.U32();
  if (in.ok() && (version < kOldestModelVersion || version > kModelVersion)) {
    return BadModel("model file version " + std::to_string(version) + ", pith reads versions " +
                    std::to_string(kOldestModelVersion) + " to " + std::to_string(kModelVersion));
  }
  const uint32_t states = in.U32();
  if (in.ok() && states != kNumStates) return BadModel("model has a different number of states");
  auto model = std::make_shared<Model>();
  model->feature_names = ReadNames(in, "feature");
  ReadLexical(in, embedded, &model->lexical);
  ReadTrees(in, model->feature_names.size() + kNumStates, kNumStates, "tree", embedded,
            &model->trees);
  ReadTransitions(in, &model->transitions);
  // Version 1 files end here: they have no context stage.
  if (version >= 2) {
    ReadContextStage(in, model->feature_names.size(), embedded, &model->context);
  }
  // Version 2 files end here: they have no headline ranker.
  if (version >= 3) ReadHeadlineRanker(in, version, embedded, &model->headline_ranker);
  if (!in.ok()) return BadModel(in.error());
  if (!in.AtEnd()) return BadModel("model file has trailing bytes");
  std::string why = CheckFeatureNames(model->feature_names);
  if (!why.empty()) return BadModel(why);
  std::vector<std::pair<const TreeEnsemble*, CompiledForest*>> forests = {
      {&model->trees, &model->forest}};
  if (model->context.present()) forests.emplace_back(&model->context.trees, &model->context.forest);
  HeadlineRanker& ranker = model->headline_ranker;
  if (ranker.has_trees()) forests.emplace_back(&ranker.trees, &ranker.forest);
  std::string_view layouts = embedded ? *embedded_layouts : std::string_view();
  for (const auto& [trees, forest] : forests) {
    if (!embedded) {
      *forest = CompileForest(*trees);
      continue;
    }
    why = ForestOverLayout(*trees, &layouts, forest);
    if (!why.empty()) return BadModel("model " + why);
  }
  if (!layouts.empty()) return BadModel("model forest layouts have trailing bytes");
  return std::shared_ptr<const Model>(std::move(model));
}

}  // namespace

Result<std::shared_ptr<const Model>> ParseModel(std::string_view bytes) {
  return ParseModelBytes(bytes, nullptr);
}

}  // namespace pith

namespace pith::internal {

std::string ForestLayouts(const Model& model) {
  std::string layouts = LayoutBytes(model.forest);
  if (model.context.present()) layouts += LayoutBytes(model.context.forest);
  if (model.headline_ranker.has_trees()) layouts += LayoutBytes(model.headline_ranker.forest);
  return layouts;
}

Result<std::shared_ptr<const Model>> ParseEmbeddedModel(std::string_view bytes,
                                                        std::string_view forest_layouts) {
  return ParseModelBytes(bytes, &forest_layouts);
}

}  // namespace pith::internal

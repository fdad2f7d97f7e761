#include "gbdt.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace pith::internal {

namespace {

// Reasons are static strings (nullptr: fine) so that checking the default
// model's tens of thousands of references at startup allocates nothing.
// `node_count`, `leaf_count`: the ensemble's.
const char* CheckReference(int32_t ref, std::size_t parent, bool is_root, std::size_t node_count,
                           std::size_t leaf_count) {
  if (ref >= 0) {
    if (static_cast<std::size_t>(ref) >= node_count) return "tree node index out of range";
    if (!is_root && static_cast<std::size_t>(ref) <= parent) {
      return "tree child index does not follow its parent";
    }
    return nullptr;
  }
  const std::size_t leaf = static_cast<std::size_t>(-(static_cast<int64_t>(ref) + 1));
  if (leaf >= leaf_count) return "tree leaf index out of range";
  return nullptr;
}

const char* CheckTrees(const TreeEnsemble& e, std::string* too_deep) {
  if (e.num_outputs == 0) return "tree ensemble has no outputs";
  if (e.base.size() != e.num_outputs) return "tree base score count is wrong";
  const UnalignedArray<TreeNode> nodes = Nodes(e);
  const UnalignedArray<float> leaf_values = LeafValues(e);
  // Leaves are numbered by 32-bit references.
  if (leaf_values.size() % e.num_outputs != 0 || leaf_values.size() > UINT32_MAX) {
    return "tree leaf value count is wrong";
  }
  const std::size_t leaf_count = leaf_values.size() / e.num_outputs;
  for (float v : e.base) {
    if (!std::isfinite(v)) return "tree base score is not finite";
  }
  if (!AllFinite(leaf_values)) return "tree leaf value is not finite";
  // Each node is referenced once (trees, not graphs); level[i] is node i's
  // depth plus one (0: not referenced yet), known before its children are
  // seen since they follow it. (Bytes: at most kMaxTreeDepth + 1.)
  static_assert(kMaxTreeDepth < UINT8_MAX, "levels fit in a byte");
  std::vector<uint8_t> level(nodes.size(), 0);
  auto reference = [&](int32_t ref, uint32_t depth) -> const char* {
    if (ref < 0) return nullptr;
    const auto i = static_cast<std::size_t>(ref);
    if (level[i] != 0) return "tree node shared by two parents";
    if (depth >= kMaxTreeDepth) {
      *too_deep = "tree deeper than " + std::to_string(kMaxTreeDepth);
      return too_deep->c_str();
    }
    level[i] = static_cast<uint8_t>(depth + 1);
    return nullptr;
  };
  for (int32_t root : e.roots) {
    const char* why = CheckReference(root, 0, true, nodes.size(), leaf_count);
    if (why == nullptr) why = reference(root, 0);
    if (why != nullptr) return why;
  }
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const TreeNode node = nodes[i];
    if (node.feature >= e.num_inputs) return "tree feature index out of range";
    if (std::isnan(node.threshold)) return "tree threshold is NaN";
    if (level[i] == 0) return "tree node belongs to no tree";
    for (int32_t child : {node.left, node.right}) {
      const char* why = CheckReference(child, i, false, nodes.size(), leaf_count);
      if (why == nullptr) why = reference(child, level[i]);
      if (why != nullptr) return why;
    }
  }
  return nullptr;
}

}  // namespace

bool AllFinite(UnalignedArray<float> values) {
  // Tested on the bits (all exponent bits set) so that the loop
  // vectorises: there are 10^5 leaf values.
  uint32_t any = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    uint32_t bits;
    std::memcpy(&bits, values.bytes + i * sizeof bits, sizeof bits);
    any |= static_cast<uint32_t>((bits & 0x7f800000u) == 0x7f800000u);
  }
  return any == 0;
}

std::string CheckEnsemble(const TreeEnsemble& e) {
  std::string too_deep;
  const char* why = CheckTrees(e, &too_deep);
  return why == nullptr ? std::string() : std::string(why);
}

namespace {

// Depth of the tree under `ref` (0 for a leaf).
uint32_t TreeDepth(UnalignedArray<TreeNode> nodes, int32_t ref) {
  if (ref < 0) return 0;
  const TreeNode n = nodes[static_cast<std::size_t>(ref)];
  return 1 + std::max(TreeDepth(nodes, n.left), TreeDepth(nodes, n.right));
}

// Writes the subtree under `ref` at position `pos` (level `level`) of a
// complete tree of `depth` levels whose nodes start at `features` and
// `thresholds` and whose bottom positions' values (`outputs` each) start at
// `bottom`; leaf i's values are leaf_values[i * outputs ...].
void Place(UnalignedArray<TreeNode> nodes, UnalignedArray<float> leaf_values, uint32_t outputs,
           int32_t ref, std::size_t pos, uint32_t level, uint32_t depth, uint32_t* features,
           float* thresholds, float* bottom) {
  if (ref < 0) {
    // Every bottom position under `pos` takes this leaf's values.
    const std::size_t leaf = static_cast<std::size_t>(-(static_cast<int64_t>(ref) + 1));
    const std::size_t width = std::size_t{1} << (depth - level);
    const std::size_t first = (pos + 1) * width - (std::size_t{1} << depth);
    for (std::size_t p = first; p < first + width; ++p) {
      for (std::size_t j = 0; j < outputs; ++j) {
        bottom[p * outputs + j] = leaf_values[leaf * outputs + j];
      }
    }
    return;
  }
  const TreeNode n = nodes[static_cast<std::size_t>(ref)];
  features[pos] = n.feature;
  thresholds[pos] = n.threshold;
  Place(nodes, leaf_values, outputs, n.left, 2 * pos + 1, level + 1, depth, features, thresholds,
        bottom);
  Place(nodes, leaf_values, outputs, n.right, 2 * pos + 2, level + 1, depth, features, thresholds,
        bottom);
}

// Sets forest->trees for trees of these depths (depth(t)); returns their
// node count. (A complete tree of n nodes has n + 1 bottom positions.)
template <typename Depth>
std::size_t PlaceTrees(std::size_t tree_count, Depth depth, CompiledForest* forest) {
  forest->trees.resize(tree_count);
  std::size_t node_total = 0;
  for (std::size_t t = 0; t < tree_count; ++t) {
    CompiledForest::Tree& tree = forest->trees[t];
    tree.depth = depth(t);
    tree.first_node = node_total;
    tree.first_bottom = node_total + t;
    node_total += (std::size_t{1} << tree.depth) - 1;
  }
  return node_total;
}

}  // namespace

CompiledForest CompileForest(const TreeEnsemble& e) {
  CompiledForest f;
  f.num_outputs = e.num_outputs;
  f.base = e.base;
  const UnalignedArray<TreeNode> nodes = Nodes(e);
  // Sized once before placing: growing tree by tree copied and touched
  // twice the memory.
  const std::size_t node_total = PlaceTrees(
      e.roots.size(), [&](std::size_t t) { return TreeDepth(nodes, e.roots[t]); }, &f);
  const std::size_t bottom_total = node_total + e.roots.size();
  auto arrays = std::make_shared<CompiledForest::Arrays>();
  arrays->features.resize(node_total);
  arrays->thresholds.resize(node_total);
  arrays->bottom_values.resize(bottom_total * e.num_outputs);
  for (std::size_t t = 0; t < e.roots.size(); ++t) {
    const CompiledForest::Tree& tree = f.trees[t];
    Place(nodes, LeafValues(e), e.num_outputs, e.roots[t], 0, 0, tree.depth,
          arrays->features.data() + tree.first_node, arrays->thresholds.data() + tree.first_node,
          arrays->bottom_values.data() + tree.first_bottom * e.num_outputs);
  }
  f.features = arrays->features.data();
  f.thresholds = arrays->thresholds.data();
  f.node_count = node_total;
  f.bottom_values = arrays->bottom_values.data();
  f.bottom_count = bottom_total;
  f.arrays = std::move(arrays);
  return f;
}

std::string LayoutBytes(const CompiledForest& f) {
  const std::size_t value_count = f.bottom_count * f.num_outputs;
  std::vector<uint32_t> words;
  words.reserve(1 + f.trees.size() + 2 * f.node_count + value_count);
  words.push_back(static_cast<uint32_t>(f.trees.size()));
  for (const CompiledForest::Tree& tree : f.trees) words.push_back(tree.depth);
  words.insert(words.end(), f.features, f.features + f.node_count);
  // The floats' bits, as they are.
  const std::size_t first_float = words.size();
  words.resize(first_float + f.node_count + value_count);
  if (f.node_count > 0) {
    std::memcpy(words.data() + first_float, f.thresholds, f.node_count * sizeof(float));
  }
  if (value_count > 0) {
    std::memcpy(words.data() + first_float + f.node_count, f.bottom_values,
                value_count * sizeof(float));
  }
  return std::string(reinterpret_cast<const char*>(words.data()), words.size() * sizeof(uint32_t));
}

std::string ForestOverLayout(const TreeEnsemble& e, std::string_view* layout,
                             CompiledForest* forest) {
  // The words are read where they are, as uint32_t and float: the layout
  // is 4-byte aligned and (compiled into pith) never written.
  if (reinterpret_cast<std::uintptr_t>(layout->data()) % alignof(uint32_t) != 0) {
    return "forest layout is not aligned";
  }
  const auto* words = reinterpret_cast<const uint32_t*>(layout->data());
  const std::size_t word_count = layout->size() / sizeof(uint32_t);
  if (word_count < 1 || word_count - 1 < e.roots.size()) return "forest layout is cut short";
  if (words[0] != e.roots.size()) return "forest layout has another number of trees";
  const uint32_t* depths = words + 1;
  for (std::size_t t = 0; t < e.roots.size(); ++t) {
    if (depths[t] > kMaxTreeDepth) return "forest layout tree too deep";
  }
  CompiledForest f;
  f.num_outputs = e.num_outputs;
  f.base = e.base;
  const std::size_t node_total = PlaceTrees(
      e.roots.size(), [&](std::size_t t) { return depths[t]; }, &f);
  const std::size_t bottom_total = node_total + e.roots.size();
  const std::size_t used = 1 + e.roots.size() + 2 * node_total + bottom_total * e.num_outputs;
  if (word_count < used) return "forest layout is cut short";
  f.features = depths + e.roots.size();
  f.thresholds = reinterpret_cast<const float*>(f.features + node_total);
  f.node_count = node_total;
  f.bottom_values = f.thresholds + node_total;
  f.bottom_count = bottom_total;
  *forest = std::move(f);
  layout->remove_prefix(used * sizeof(uint32_t));
  return "";
}

namespace {

// Rows walk the trees in blocks of kBlock. A block's inputs are stored
// column-major (input c of row q at c * kBlock + q), so that every row's
// load is at a constant offset from one base. (Eight AVX2 lanes gathering
// a block's loads were slower than this scalar walk on an AMD EPYC.)
constexpr std::size_t kBlock = 8;

// Walks kBlocks consecutive blocks through one complete tree and writes
// the bottom positions their rows reach. Many rows walk
// together so that their independent loads overlap; each row's position
// stays in a register. A NaN input fails `<` and goes right, as
// TreeEnsemble says.
template <std::size_t kBlocks>
inline void WalkBlocks(const uint32_t* features, const float* thresholds, uint32_t depth,
                       const float* columns, std::size_t block_floats, uint32_t* bottoms) {
  uint32_t at[kBlocks][kBlock] = {};
  for (uint32_t level = 0; level < depth; ++level) {
    for (std::size_t q = 0; q < kBlock; ++q) {
      for (std::size_t b = 0; b < kBlocks; ++b) {
        const float x = columns[b * block_floats + features[at[b][q]] * kBlock + q];
        at[b][q] = 2 * at[b][q] + 2 - static_cast<uint32_t>(x < thresholds[at[b][q]]);
      }
    }
  }
  const uint32_t first_bottom = (uint32_t{1} << depth) - 1;
  for (std::size_t b = 0; b < kBlocks; ++b) {
    for (std::size_t q = 0; q < kBlock; ++q) bottoms[b * kBlock + q] = at[b][q] - first_bottom;
  }
}

// Two blocks: 16 positions in registers; more spill (measured on 400
// corpus pages: 1, 2, 3, 4 blocks took 8.7, 7.4, 9.0, 9.3 ns a row and tree).
constexpr std::size_t kBlocksTogether = 2;

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PITH_GBDT_AVX512 1

// One tree's top levels, held in registers by the AVX-512 walk: levels 0-6,
// 1 to 64 nodes each, in one to four registers.
constexpr uint32_t kLevelsInRegisters = 7;
// Every lane. (The masked forms of the intrinsics: GCC 12's unmasked ones
// pass an undefined register that -Wmaybe-uninitialized reports.)
constexpr __mmask16 kAll = 0xFFFF;
struct LevelTables {
  __m512i features[kLevelsInRegisters][4];
  __m512 thresholds[kLevelsInRegisters][4];
};

// The walk of WalkBlocks with the 16 rows of two blocks (a pair) in the
// lanes of AVX-512 registers, kPairs pairs together so that their gathers'
// latencies overlap (6 did best, 8 as well; 4 took 2% more of the forest's
// time, and before the levels were inlined 2 and 6 were slower). The nodes of the
// top five levels are looked up with one permute, of the sixth with a
// two-register permute, of the seventh with two and a blend (where two
// gathers cost 7% more time); deeper levels' nodes and the rows' inputs are
// gathered. The comparison is the scalar walk's,
// lane by lane (`<`, ordered: NaN goes right), so the positions reached are
// the same.
// Levels whose inputs are loaded rather than gathered: the top two (one
// and two inputs; loading the third level's four measured no faster).
constexpr uint32_t kLevelsLoaded = 2;

// The positions one level down: `<`, ordered (NaN goes right), as the
// scalar walk compares.
__attribute__((target("avx512f"))) inline __m512i Step(__m512i at, __m512 x, __m512 threshold,
                                                       __m512i one) {
  const __mmask16 left = _mm512_cmp_ps_mask(x, threshold, _CMP_LT_OQ);
  const __m512i right_child = _mm512_add_epi32(_mm512_add_epi32(at, at), one);
  return _mm512_mask_sub_epi32(right_child, left, right_child, one);
}

// Input c of a pair's 16 rows (`pair`: its first block): two loads of 8,
// where a gather costs about a cycle a lane.
__attribute__((target("avx512f"))) inline __m512 PairColumn(const float* pair,
                                                            std::size_t block_floats, uint32_t c) {
  const float* first = pair + c * kBlock;
  return _mm512_mask_loadu_ps(_mm512_maskz_loadu_ps(0x00FF, first), 0xFF00,
                              first + block_floats - kBlock);
}

// One level of WalkPairsAvx512: moves each pair's positions `at` one level
// down. Inlined with a constant `level` for the levels in registers, so that
// the positions stay in registers and the level's choices are made at
// compile time (a loop over the levels kept them on the stack and branched
// on the level for every pair: 7% more of the forest's time).
template <std::size_t kPairs>
__attribute__((target("avx512f"), always_inline)) inline void WalkLevel(
    const LevelTables& tables, const uint32_t* features, const float* thresholds, uint32_t level,
    const float* columns, std::size_t block_floats, __m512i lane_base, __m512i* at) {
  const __m512i one = _mm512_set1_epi32(1);
  const uint32_t first = (uint32_t{1} << level) - 1;
  for (std::size_t i = 0; i < kPairs; ++i) {
    __m512i feature;
    __m512 threshold;
    if (level < kLevelsLoaded) {
      // The level's one or two inputs loaded; at level 1 a lane's
      // position (0 or 1) picks one.
      const float* pair = columns + 2 * i * block_floats;
      __m512 x = PairColumn(pair, block_floats, features[first]);
      if (level == 1) {
        x = _mm512_mask_blend_ps(_mm512_test_epi32_mask(at[i], one), x,
                                 PairColumn(pair, block_floats, features[first + 1]));
      }
      threshold = _mm512_maskz_permutexvar_ps(kAll, at[i], tables.thresholds[level][0]);
      at[i] = Step(at[i], x, threshold, one);
      continue;
    }
    if (level < 5) {
      feature = _mm512_maskz_permutexvar_epi32(kAll, at[i], tables.features[level][0]);
      threshold = _mm512_maskz_permutexvar_ps(kAll, at[i], tables.thresholds[level][0]);
    } else if (level == 5) {
      feature =
          _mm512_permutex2var_epi32(tables.features[level][0], at[i], tables.features[level][1]);
      threshold =
          _mm512_permutex2var_ps(tables.thresholds[level][0], at[i], tables.thresholds[level][1]);
    } else if (level == 6) {
      const __mmask16 upper = _mm512_test_epi32_mask(at[i], _mm512_set1_epi32(32));
      feature = _mm512_mask_blend_epi32(
          upper,
          _mm512_permutex2var_epi32(tables.features[level][0], at[i], tables.features[level][1]),
          _mm512_permutex2var_epi32(tables.features[level][2], at[i], tables.features[level][3]));
      threshold = _mm512_mask_blend_ps(
          upper,
          _mm512_permutex2var_ps(tables.thresholds[level][0], at[i], tables.thresholds[level][1]),
          _mm512_permutex2var_ps(tables.thresholds[level][2], at[i], tables.thresholds[level][3]));
    } else {
      feature =
          _mm512_mask_i32gather_epi32(_mm512_setzero_si512(), kAll, at[i], features + first, 4);
      threshold = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), kAll, at[i], thresholds + first, 4);
    }
    const __m512i input = _mm512_add_epi32(_mm512_maskz_slli_epi32(kAll, feature, 3), lane_base);
    const __m512 x = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), kAll, input,
                                              columns + 2 * i * block_floats, 4);
    at[i] = Step(at[i], x, threshold, one);
  }
}

// The levels of WalkPairsAvx512 held in registers (kLevels: 0 to
// kLevelsInRegisters - 1) that the tree has, one call of WalkLevel each
// with its level a constant: a loop would not be unrolled, and a lambda
// would not be inlined into a function of another target.
template <std::size_t kPairs, uint32_t... kLevels>
__attribute__((target("avx512f"), always_inline)) inline void WalkLevelsInRegisters(
    std::integer_sequence<uint32_t, kLevels...>, const LevelTables& tables,
    const uint32_t* features, const float* thresholds, uint32_t depth, const float* columns,
    std::size_t block_floats, __m512i lane_base, __m512i* at) {
  ((depth > kLevels ? WalkLevel<kPairs>(tables, features, thresholds, kLevels, columns,
                                        block_floats, lane_base, at)
                    : void()),
   ...);
}

template <std::size_t kPairs>
__attribute__((target("avx512f"))) void WalkPairsAvx512(
    const LevelTables& tables, const uint32_t* features, const float* thresholds, uint32_t depth,
    const float* columns, std::size_t block_floats, uint32_t* bottoms) {
  // Lane q reads row q of its pair: rows 0-7 from the first block, 8-15
  // from the second (input c of a block's row q at c * kBlock + q: c << 3).
  static_assert(kBlock == 8, "a block is 8 rows");
  const auto second = static_cast<int32_t>(block_floats);
  const __m512i lane_base =
      _mm512_set_epi32(second + 7, second + 6, second + 5, second + 4, second + 3, second + 2,
                       second + 1, second, 7, 6, 5, 4, 3, 2, 1, 0);
  __m512i at[kPairs];  // positions within the level
  for (std::size_t i = 0; i < kPairs; ++i) at[i] = _mm512_setzero_si512();
  WalkLevelsInRegisters<kPairs>(std::make_integer_sequence<uint32_t, kLevelsInRegisters>{}, tables,
                                features, thresholds, depth, columns, block_floats, lane_base, at);
  for (uint32_t l = kLevelsInRegisters; l < depth; ++l) {
    WalkLevel<kPairs>(tables, features, thresholds, l, columns, block_floats, lane_base, at);
  }
  for (std::size_t i = 0; i < kPairs; ++i) _mm512_storeu_si512(bottoms + i * 2 * kBlock, at[i]);
}

// WalkPairsAvx512<pairs> for a count of pairs from 1 to kMost known only as
// the walk runs (a tree's last pairs); 0 pairs: nothing.
template <std::size_t kMost>
__attribute__((target("avx512f"))) void WalkLastPairsAvx512(
    std::size_t pairs, const LevelTables& tables, const uint32_t* features, const float* thresholds,
    uint32_t depth, const float* columns, std::size_t block_floats, uint32_t* bottoms) {
  if (pairs == kMost) {
    WalkPairsAvx512<kMost>(tables, features, thresholds, depth, columns, block_floats, bottoms);
  } else if constexpr (kMost > 1) {
    WalkLastPairsAvx512<kMost - 1>(pairs, tables, features, thresholds, depth, columns,
                                   block_floats, bottoms);
  }
}

// The bottom positions of every row of `pairs` pairs of blocks in one tree.
__attribute__((target("avx512f"))) void WalkTreeAvx512(const uint32_t* features,
                                                       const float* thresholds, uint32_t depth,
                                                       const float* columns, std::size_t pairs,
                                                       std::size_t block_floats,
                                                       uint32_t* bottoms) {
  // Only the registers of the tree's levels that the walk reads: filling
  // all 28 of each array took 4% more of the forest's time.
  LevelTables tables;
  for (uint32_t level = 0; level < std::min(depth, kLevelsInRegisters); ++level) {
    const uint32_t first = (uint32_t{1} << level) - 1;
    const uint32_t nodes = uint32_t{1} << level;
    for (uint32_t half = 0; half * 16 < nodes; ++half) {
      const uint32_t in_half = std::min(nodes - half * 16, 16u);
      const auto lanes = static_cast<__mmask16>((uint32_t{1} << in_half) - 1);
      tables.features[level][half] = _mm512_maskz_loadu_epi32(lanes, features + first + half * 16);
      tables.thresholds[level][half] = _mm512_maskz_loadu_ps(lanes, thresholds + first + half * 16);
    }
  }
  constexpr std::size_t kPairs = 6;
  const std::size_t pair_floats = 2 * block_floats;
  const std::size_t pair_rows = 2 * kBlock;
  std::size_t pair = 0;
  for (; pair + kPairs <= pairs; pair += kPairs) {
    WalkPairsAvx512<kPairs>(tables, features, thresholds, depth, columns + pair * pair_floats,
                            block_floats, bottoms + pair * pair_rows);
  }
  // The last one to five pairs walk together too: one at a time, each
  // level's gather waited for the previous one (a page's last pairs took
  // about a tenth of its walk).
  const float* rest = columns + pair * pair_floats;
  uint32_t* rest_bottoms = bottoms + pair * pair_rows;
  WalkLastPairsAvx512<kPairs - 1>(pairs - pair, tables, features, thresholds, depth, rest,
                                  block_floats, rest_bottoms);
}

bool HasAvx512() {
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx512f");
}

bool UseAvx512() {
  static const bool avx512 = HasAvx512();
  return avx512;
}
#endif

// The bottom positions of every row in one complete tree.
void WalkTree(const uint32_t* features, const float* thresholds, uint32_t depth,
              const float* columns, std::size_t blocks, std::size_t block_floats,
              uint32_t* bottoms) {
  std::size_t b = 0;
#ifdef PITH_GBDT_AVX512
  if (UseAvx512()) {
    static_assert(kBlocksTogether * kBlock == 16, "a pair of blocks fills the 16 lanes");
    WalkTreeAvx512(features, thresholds, depth, columns, blocks / 2, block_floats, bottoms);
    b = blocks / 2 * 2;
  }
#endif
  for (; b + kBlocksTogether <= blocks; b += kBlocksTogether) {
    WalkBlocks<kBlocksTogether>(features, thresholds, depth, columns + b * block_floats,
                                block_floats, bottoms + b * kBlock);
  }
  for (; b < blocks; ++b) {
    WalkBlocks<1>(features, thresholds, depth, columns + b * block_floats, block_floats,
                  bottoms + b * kBlock);
  }
}

// Four and two floats in a vector register (GCC and Clang vector types).
typedef float Float4 __attribute__((vector_size(16)));
typedef float Float2 __attribute__((vector_size(8)));

// Adds each row's leaf values (of one tree) to its scores. `values`: the
// tree's bottom values (CompiledForest::bottom_values).
void AddLeaves(const float* values, const uint32_t* bottoms, std::size_t count, std::size_t outputs,
               float* out) {
  for (std::size_t r = 0; r < count; ++r) {
    const float* leaf = values + std::size_t{bottoms[r]} * outputs;
    float* scores = out + r * outputs;
    for (std::size_t j = 0; j < outputs; ++j) scores[j] += leaf[j];
  }
}

// AddLeaves for six outputs (pith's models) and kTrees consecutive trees:
// tree g's bottom values at values[g], its rows' bottom positions at
// bottoms[g]. Each row's scores are loaded and stored once for all the
// trees (once per tree took 7% more of the forest's time with four trees;
// eight did no better), and its adds go tree by tree in order, so each
// output's sum is the same as one tree at a time. Each row's six adds are
// one vector add of four and one of two. (Through local float arrays the
// compiler kept them on the stack.)
template <std::size_t kTrees>
void AddSixLeaves(const float* const* values, const uint32_t* const* bottoms, std::size_t count,
                  float* out) {
  for (std::size_t r = 0; r < count; ++r) {
    float* scores = out + r * 6;
    Float4 low;
    Float2 high;
    std::memcpy(&low, scores, sizeof low);
    std::memcpy(&high, scores + 4, sizeof high);
    for (std::size_t g = 0; g < kTrees; ++g) {
      const float* leaf = values[g] + std::size_t{bottoms[g][r]} * 6;
      Float4 add_low;
      Float2 add_high;
      std::memcpy(&add_low, leaf, sizeof add_low);
      std::memcpy(&add_high, leaf + 4, sizeof add_high);
      low += add_low;
      high += add_high;
    }
    std::memcpy(scores, &low, sizeof low);
    std::memcpy(scores + 4, &high, sizeof high);
  }
}

// EvaluateForest over at most kChunkRows rows.
void EvaluateChunk(const CompiledForest& f, const float* first, std::size_t first_cols,
                   const float* second, std::size_t second_cols, std::size_t count, float* out) {
  const std::size_t k = f.num_outputs;
  for (std::size_t r = 0; r < count; ++r) {
    std::copy(f.base.begin(), f.base.end(), out + r * k);
  }
  // Tree-major order keeps a few trees hot in cache across rows. For each
  // tree (or group of trees), first every row's leaf is found, then the
  // leaves' values are added: the adds are independent loads that overlap.
  // Trees go in order, so each row's scores are summed in the same order as
  // one row at a time would.
  // The last block is padded with copies of the last row, whose leaves are
  // not added; so is a block added to pair an odd last block for the
  // AVX-512 walk (walking one block alone took as long as several pairs).
  std::size_t blocks = (count + kBlock - 1) / kBlock;
#ifdef PITH_GBDT_AVX512
  if (UseAvx512()) blocks += blocks % 2;
#endif
  const std::size_t stride = first_cols + second_cols;
  const std::size_t block_floats = stride * kBlock;
  // Not zeroed first: the loop below writes every float of every block
  // (padding rows included); zeroing them first was about 1% of the
  // instructions of pith over the corpus.
  const std::unique_ptr<float[]> columns(new float[blocks * block_floats]);
  for (std::size_t b = 0; b < blocks; ++b) {
    float* block = columns.get() + b * block_floats;
    for (std::size_t q = 0; q < kBlock; ++q) {
      const std::size_t r = std::min(b * kBlock + q, count - 1);
      const float* row = first + r * first_cols;
      for (std::size_t c = 0; c < first_cols; ++c) block[c * kBlock + q] = row[c];
      if (second_cols == 0) continue;
      float* rest = block + first_cols * kBlock;
      row = second + r * second_cols;
      for (std::size_t c = 0; c < second_cols; ++c) rest[c * kBlock + q] = row[c];
    }
  }
  // Six outputs: the trees go kGroup at a time, each walked, then their
  // leaves added together (AddSixLeaves).
  constexpr std::size_t kGroup = 4;
  const std::size_t rows = blocks * kBlock;
  std::vector<uint32_t> bottoms(kGroup * rows);
  const float* values[kGroup];
  const uint32_t* bottoms_of[kGroup];
  std::size_t t = 0;
  auto walk = [&](std::size_t g) {
    const CompiledForest::Tree& tree = f.trees[t + g];
    uint32_t* reached = bottoms.data() + g * rows;
    WalkTree(f.features + tree.first_node, f.thresholds + tree.first_node, tree.depth,
             columns.get(), blocks, block_floats, reached);
    values[g] = f.bottom_values + tree.first_bottom * k;
    bottoms_of[g] = reached;
  };
  if (k == 6) {
    for (; t + kGroup <= f.trees.size(); t += kGroup) {
      for (std::size_t g = 0; g < kGroup; ++g) walk(g);
      AddSixLeaves<kGroup>(values, bottoms_of, count, out);
    }
  }
  for (; t < f.trees.size(); ++t) {
    walk(0);
    if (k == 6) {
      AddSixLeaves<1>(values, bottoms_of, count, out);
    } else {
      AddLeaves(values[0], bottoms_of[0], count, k, out);
    }
  }
}

}  // namespace

void EvaluateForest(const CompiledForest& f, const float* rows, std::size_t count,
                    std::size_t stride, float* out) {
  EvaluateForest(f, rows, stride, nullptr, 0, count, out);
}

void EvaluateForest(const CompiledForest& f, const float* first, std::size_t first_cols,
                    const float* second, std::size_t second_cols, std::size_t count, float* out) {
  // Rows go kChunkRows at a time, so that the columnar copy of a page of a
  // million lines takes 4 MB, not 500 MB. A chunk is far more rows than a
  // tree needs to stay hot in cache, and each row's sum is the same.
  constexpr std::size_t kChunkRows = 8192;
  for (std::size_t begin = 0; begin < count; begin += kChunkRows) {
    const std::size_t rows = std::min(kChunkRows, count - begin);
    EvaluateChunk(f, first + begin * first_cols, first_cols,
                  second == nullptr ? nullptr : second + begin * second_cols, second_cols, rows,
                  out + begin * f.num_outputs);
  }
}

}  // namespace pith::internal

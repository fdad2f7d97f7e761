#include "context_features.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "line_features.h"
#include "model.h"

namespace pith::internal {

namespace {

constexpr std::size_t kS = kNumStates;

// The states whose probabilities are aggregated, and their column names.
constexpr std::array<State, 4> kAggregated = {State::kBody, State::kAfter, State::kBefore,
                                              State::kInside};
constexpr std::array<const char*, 4> kAggregatedNames = {"body", "after", "before", "inside"};
constexpr std::size_t kBodyIndex = 0, kAfterIndex = 1, kBeforeIndex = 2;

constexpr long kFar = 99;       // distance to something the page does not have
constexpr long kClamp = 60;     // distances are clamped to +-kClamp lines
constexpr float kNone = -1.0f;  // a mean over no lines

// Page-level sums the rows are computed from.
struct PageSums {
  std::size_t n = 0;
  // prefix[i * 4 + a]: sum of aggregated state a's probability over lines < i.
  std::vector<double> prefix;
  std::vector<std::size_t> block_first, block_last;
  // The main body run [run_first, run_last], run_first == n when none.
  std::size_t run_first = 0, run_last = 0;
  double run_mass = 0;
  // Nearest long line strictly above / below each line, n when none.
  std::vector<std::size_t> long_above, long_below;

  double Range(std::size_t from, std::size_t to, std::size_t a) const {  // lines [from, to)
    return prefix[to * 4 + a] - prefix[from * 4 + a];
  }
  double Total(std::size_t a) const { return prefix[n * 4 + a]; }
};

PageSums SumPage(const std::vector<LineShape>& shapes, const float* p) {
  PageSums s;
  const std::size_t n = shapes.size();
  s.n = n;
  s.prefix.assign((n + 1) * 4, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t a = 0; a < 4; ++a) {
      s.prefix[(i + 1) * 4 + a] =
          s.prefix[i * 4 + a] + p[i * kS + static_cast<std::size_t>(kAggregated[a])];
    }
  }
  s.block_first.resize(n);
  s.block_last.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    s.block_first[i] = i == 0 || shapes[i].starts_block ? i : s.block_first[i - 1];
  }
  for (std::size_t i = n; i-- > 0;) {
    s.block_last[i] = i + 1 == n || shapes[i + 1].starts_block ? i : s.block_last[i + 1];
  }

  // Runs of likely-body lines, gaps of up to kRunGap lines bridged; the one
  // with the most body mass (the first of equals).
  const auto body = static_cast<std::size_t>(State::kBody);
  s.run_first = n;
  for (std::size_t i = 0; i < n;) {
    if (p[i * kS + body] < 0.5f) {
      ++i;
      continue;
    }
    std::size_t last = i, j = i + 1;
    while (j < n && j <= last + 1 + kRunGap) {
      if (p[j * kS + body] >= 0.5f) last = j;
      ++j;
    }
    const double mass = s.Range(i, last + 1, kBodyIndex);
    if (s.run_first == n || mass > s.run_mass) {
      s.run_first = i;
      s.run_last = last;
      s.run_mass = mass;
    }
    i = last + 1;
  }

  s.long_above.assign(n, n);
  s.long_below.assign(n, n);
  for (std::size_t i = 1; i < n; ++i) {
    s.long_above[i] = shapes[i - 1].long_line ? i - 1 : s.long_above[i - 1];
  }
  for (std::size_t i = n; i-- > 1;) {
    s.long_below[i - 1] = shapes[i].long_line ? i : s.long_below[i];
  }
  return s;
}

float Share(double part, double total) {
  return total > 0 ? static_cast<float>(part / total) : 0.0f;
}

// Mean of aggregated state a over lines [from, to) except `skip`, kNone
// when there are none.
float Mean(const PageSums& s, std::size_t from, std::size_t to, std::size_t skip, std::size_t a) {
  double sum = s.Range(from, to, a);
  std::size_t count = to - from;
  if (skip >= from && skip < to) {
    sum -= s.Range(skip, skip + 1, a);
    --count;
  }
  return count > 0 ? static_cast<float>(sum / static_cast<double>(count)) : kNone;
}

float Distance(long d) { return static_cast<float>(std::clamp(d, -kClamp, kClamp)); }

// Writes one row through `sink.Add(name, value)`; the same call sequence
// yields ContextFeatureNames(), so names and values cannot drift apart.
template <typename Sink>
void WriteRow(Sink& sink, const PageSums& s, std::size_t i) {
  const std::size_t n = s.n;
  const long li = static_cast<long>(i);
  for (std::size_t radius : {1u, 3u, 10u}) {
    static constexpr const char* kPrefix[] = {"ctx_win1_", "ctx_win3_", "ctx_win10_"};
    const char* prefix = kPrefix[radius == 1 ? 0 : radius == 3 ? 1 : 2];
    const std::size_t from = i >= radius ? i - radius : 0, to = std::min(n, i + radius + 1);
    for (std::size_t a = 0; a < 4; ++a)
      sink.Add(prefix, kAggregatedNames[a], Mean(s, from, to, i, a));
  }
  const std::size_t above = i >= 10 ? i - 10 : 0, below = std::min(n, i + 11);
  for (std::size_t a = 0; a < 3; ++a) {
    sink.Add("ctx_up10_", kAggregatedNames[a], Mean(s, above, i, n, a));
    sink.Add("ctx_down10_", kAggregatedNames[a], Mean(s, i + 1, below, n, a));
  }
  for (std::size_t a = 0; a < 4; ++a) {
    sink.Add("ctx_block_", kAggregatedNames[a],
             Mean(s, s.block_first[i], s.block_last[i] + 1, n, a));
  }

  const bool has_run = s.run_first < n;
  const long first = static_cast<long>(s.run_first), last = static_cast<long>(s.run_last);
  float side = 0.0f, distance = static_cast<float>(kFar);
  if (has_run) {
    side = li < first ? -1.0f : li > last ? 1.0f : 0.0f;
    distance = li < first ? Distance(li - first) : li > last ? Distance(li - last) : 0.0f;
  }
  sink.Add("ctx_run_", "side", side);
  sink.Add("ctx_run_", "distance", distance);
  sink.Add("ctx_run_", "lines_log",
           has_run ? std::log1p(static_cast<float>(last - first + 1)) : 0.0f);
  sink.Add("ctx_run_", "share", Share(s.run_mass, s.Total(kBodyIndex)));
  sink.Add("ctx_mass_", "body_above", Share(s.Range(0, i, kBodyIndex), s.Total(kBodyIndex)));
  sink.Add("ctx_mass_", "body_below", Share(s.Range(i + 1, n, kBodyIndex), s.Total(kBodyIndex)));
  sink.Add("ctx_mass_", "after_above", Share(s.Range(0, i, kAfterIndex), s.Total(kAfterIndex)));
  sink.Add("ctx_mass_", "before_below",
           Share(s.Range(i + 1, n, kBeforeIndex), s.Total(kBeforeIndex)));

  const std::size_t up = s.long_above[i], down = s.long_below[i];
  sink.Add("ctx_long_", "above_body", up < n ? Mean(s, up, up + 1, n, kBodyIndex) : kNone);
  sink.Add("ctx_long_", "above_distance",
           up < n ? Distance(li - static_cast<long>(up)) : static_cast<float>(kFar));
  sink.Add("ctx_long_", "below_body", down < n ? Mean(s, down, down + 1, n, kBodyIndex) : kNone);
  sink.Add("ctx_long_", "below_distance",
           down < n ? Distance(static_cast<long>(down) - li) : static_cast<float>(kFar));
}

struct NameSink {
  std::vector<std::string> names;
  void Add(const char* prefix, const char* name, float) {
    names.push_back(std::string(prefix) + name);
  }
};

struct ValueSink {
  float* out;
  void Add(const char*, const char*, float value) { *out++ = value; }
};

std::size_t Column(const char* name) {
  const std::vector<std::string>& names = FeatureNames();
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace

std::vector<LineShape> LineShapes(const float* features, std::size_t count, std::size_t cols) {
  static const std::size_t kBlanks = Column("blanks_before");
  static const std::size_t kWords = Column("words_log");
  static const float kLongWordsLog = std::log1p(kLongLineWords);
  std::vector<LineShape> shapes(count);
  if (kBlanks >= cols || kWords >= cols) return shapes;
  for (std::size_t i = 0; i < count; ++i) {
    const float* row = features + i * cols;
    shapes[i].starts_block = i == 0 || row[kBlanks] > 0.0f;
    // words_log is log1p(words): compared with a little slack for rounding.
    shapes[i].long_line = row[kWords] >= kLongWordsLog - 1e-4f;
  }
  return shapes;
}

const std::vector<std::string>& ContextFeatureNames() {
  static const std::vector<std::string>* names = [] {
    NameSink sink;
    const std::vector<LineShape> shapes(1);
    const std::vector<float> p(kS, 0.0f);
    WriteRow(sink, SumPage(shapes, p.data()), 0);
    return new std::vector<std::string>(std::move(sink.names));
  }();
  return *names;
}

void ComputeContextFeatures(const std::vector<LineShape>& shapes, const float* probabilities,
                            float* out, std::size_t stride) {
  const PageSums sums = SumPage(shapes, probabilities);
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    ValueSink sink{out + i * stride};
    WriteRow(sink, sums, i);
  }
}

void ContextStageInputs(const float* features, std::size_t count, std::size_t cols,
                        const float* probabilities, const std::vector<uint32_t>& dense_columns,
                        float* out, std::size_t stride) {
  const std::size_t context_cols = ContextFeatureNames().size();
  for (std::size_t i = 0; i < count; ++i) {
    float* row = out + i * stride;
    std::copy(probabilities + i * kS, probabilities + (i + 1) * kS, row);
    const float* dense = features + i * cols;
    float* to = row + kS + context_cols;
    for (uint32_t column : dense_columns) *to++ = dense[column];
  }
  ComputeContextFeatures(LineShapes(features, count, cols), probabilities, out + kS, stride);
}

}  // namespace pith::internal

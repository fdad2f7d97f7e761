// pith: strip the plain text of a scraped news page down to its article.
//
// This header is the library's manual. One call does the whole job:
//
//   pith::Options options;                       // every field has a default
//   pith::Result<pith::Article> r = pith::Extract(bytes, options);
//   if (!r.ok()) { std::cerr << r.error().message << "\n"; return; }
//   const pith::Article& article = r.value();   // title, byline, date, paragraphs
//
// Extract() is a pure function of its arguments: the same bytes and options
// give the same Article, on any thread. It never throws on bad input; it
// returns an Error only for input that is binary (see ErrorCode::kBinaryInput)
// or options that cannot be honoured (an unknown --encoding).
//
// The pipeline behind it (../shared/DESIGN.md section 3): decode bytes to NFC
// UTF-8, split into lines (un-wrapping fixed-width paragraphs), compute line
// features, score each line with the model, decode one label per line with
// Viterbi over region states, assemble the article.
#ifndef PITH_PITH_H_
#define PITH_PITH_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pith {

// The label of one input line.
enum class Label : uint8_t { kHeadline, kMetadata, kBody, kBoilerplate, kBlank };

// "headline", "metadata", "body", "boilerplate" or "blank".
std::string_view LabelName(Label label);

enum class ErrorCode {
  kBinaryInput,  // compressed, archive, PDF or image bytes; >1% NUL bytes or control
                 // characters; or >5% replaced characters after decoding
  kBadEncoding,  // --encoding names a charset ICU does not know
  kBadModel,     // a model file that is truncated, corrupt or of another version
  kBadTemplate,  // a template file that is truncated or corrupt
  kIo,           // a file could not be read or written
};

struct Error {
  ErrorCode code;
  std::string message;  // one line, without the file name (the caller adds it)
};

// Either a value or an Error; errors are values, never exceptions.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : data_(std::move(error)) {}  // NOLINT: implicit by design
  bool ok() const { return data_.index() == 0; }
  // REQUIRES: ok()
  const T& value() const& { return std::get<0>(data_); }
  T& value() & { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  // REQUIRES: !ok()
  const Error& error() const { return std::get<1>(data_); }

 private:
  std::variant<T, Error> data_;
};

// A trained line classifier (see models/README.md). Opaque: load one with
// LoadModel() or use DefaultModel(). Immutable and safe to share across threads.
struct Model;

// The model compiled into pith (models/default.pithm).
std::shared_ptr<const Model> DefaultModel();

// Parses a model from the bytes of a model file. Errors: kBadModel.
Result<std::shared_ptr<const Model>> ParseModel(std::string_view bytes);

// Per-site counts of normalised lines, learned from a batch of pages of the
// same sites (`pith learn-template`). Opaque; immutable; thread-safe to share.
struct SiteTemplates;

// The label pith gave one input line, and its confidence in [0, 1].
struct LineLabel {
  Label label = Label::kBlank;
  float score = 1.0f;
};

// The clean article. Absent fields are empty strings / empty vectors.
struct Article {
  // The one headline: a site's name the page vouches for, what follows a
  // first " | " (when three words stay) and a field label ("Title:") removed.
  std::string title;
  std::string byline;                    // the cleaned byline line, agency included
  std::vector<std::string> authors;      // person names from the byline
  std::string agency;                    // news agency credited (Reuters, AP, AFP, PTI, dpa...)
  std::string date;                      // publication date, ISO 8601
  std::string date_updated;              // last-updated date, ISO 8601
  std::string date_text;                 // the words the date came from
  std::string language;                  // ISO 639-1 code guessed from the text, "" if unknown
  std::vector<std::string> paragraphs;   // body paragraphs, in page order
  std::vector<LineLabel> labels;         // one per input line (as split("\n") sees it)
  std::vector<std::string> input_lines;  // the decoded input lines (for --format labels)
  std::vector<std::string> warnings;     // e.g. "3 invalid bytes replaced"
  std::string encoding;                  // the charset the input was decoded from
};

struct Options {
  // Charset of the input bytes, by any name ICU knows ("windows-1252",
  // "Shift_JIS"). Default "": a BOM, else strict UTF-8, else ICU detection.
  std::string encoding;

  // Join paragraphs that a renderer wrapped at a fixed width (72-80 columns)
  // and hyphenated line breaks. Default true.
  bool unwrap = true;

  // Repair mojibake: UTF-8 text that was once read as windows-1252 or
  // Latin-1 and saved again ("donâ€™t" -> "don’t", "cafÃ©" -> "café").
  // Characters of Latin, punctuation and emoji are repaired wherever they
  // occur; those of other scripts where the text shows two in a row.
  // Default true.
  bool repair_mojibake = true;

  // The classifier. Default nullptr: DefaultModel().
  std::shared_ptr<const Model> model;

  // Template counts of the page's site and the site's key (see
  // DESIGN.md section 10: stream "site", else URL host, else parent
  // directory). Default nullptr / "": no template feature.
  std::shared_ptr<const SiteTemplates> templates;
  std::string site;

  // True when `templates` were counted over a batch that includes this very
  // page, so that its own lines are not counted as repeats. Default false
  // (a template learned earlier with `pith learn-template`).
  bool templates_include_page = false;

  // "Now" for relative dates ("3 hours ago") and for rejecting dates in the
  // future, in seconds since the Unix epoch, UTC. Default 0: relative dates
  // are not resolved and no date is rejected as future.
  int64_t now = 0;

  // Keep Article::labels and Article::input_lines. Default true; batch jobs
  // that only need the article may turn it off to save memory.
  bool keep_labels = true;
};

// Extracts the article from the bytes of one page.
// Errors: kBinaryInput, kBadEncoding.
Result<Article> Extract(std::string_view bytes, const Options& options);

}  // namespace pith

#endif  // PITH_PITH_H_

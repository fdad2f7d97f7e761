// words: splitting a line into words, with an ASCII fast path.
//
// A word is a maximal run of letters, digits, combining marks and connector
// punctuation ("_"), where an apostrophe (' or U+2019) or a dot joins two
// letters or two digits ("don't", "U.S", "3.5") and a comma joins two digits
// ("1,000") - close to ICU's word break rules. Hyphens and other punctuation
// separate words. Lines whose scripts separate words with spaces (Latin,
// Cyrillic, Greek, Arabic, Devanagari, Hangul...) are split by a fast
// scanner over UTF-8; only lines holding Han, Hiragana, Katakana, Thai, Lao,
// Khmer or Myanmar characters go through ICU's dictionary word breaker, whose
// segments with a letter or digit are the words.
//
// Pure and thread-safe (ICU break iterators are created per thread and
// cached in thread-local storage).
#ifndef PITH_WORDS_H_
#define PITH_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pith::internal {

struct Word {
  std::string_view text;  // points into the line
  bool capitalised;       // first letter is upper/title case
  bool all_caps;          // >= 2 letters, all upper case
  bool has_digit;
  bool has_letter;
  bool ideographic;  // a word of a script without spaces (CJK, Thai...)
};

// REQUIRES: line is valid UTF-8.
std::vector<Word> SplitWords(std::string_view line);

// Consecutive words held elsewhere: a line's in a page's LineWords, or a
// vector's (converted implicitly, as a std::string to a std::string_view;
// valid as long as what holds them).
class WordSpan {
 public:
  WordSpan() = default;
  WordSpan(const Word* begin, const Word* end) : begin_(begin), end_(end) {}
  WordSpan(const std::vector<Word>& words)  // NOLINT(runtime/explicit)
      : begin_(words.data()), end_(words.data() + words.size()) {}

  const Word* begin() const { return begin_; }
  const Word* end() const { return end_; }
  std::size_t size() const { return static_cast<std::size_t>(end_ - begin_); }
  bool empty() const { return begin_ == end_; }
  const Word& operator[](std::size_t i) const { return begin_[i]; }
  const Word& front() const { return *begin_; }
  const Word& back() const { return end_[-1]; }

 private:
  const Word* begin_ = nullptr;
  const Word* end_ = nullptr;
};

// SplitWords of each line of a page, in line order, in one array: line i's
// words are words[starts[i] .. starts[i + 1]) (one allocation for a page's
// words, where a vector per line took one per line).
struct LineWords {
  std::vector<Word> words;
  std::vector<std::size_t> starts{0};  // one per line, and the end

  std::size_t size() const { return starts.size() - 1; }
  WordSpan operator[](std::size_t i) const {
    return {words.data() + starts[i], words.data() + starts[i + 1]};
  }
  // Line `size()`'s words, after the others.
  void AddLine(const std::vector<Word>& line) {
    words.insert(words.end(), line.begin(), line.end());
    starts.push_back(words.size());
  }
};

// The words with a letter of each line of a page (its LineWords' words
// with has_letter, in order), as the line features fold them: line i's are
// entries offsets[i] .. offsets[i + 1] of `hashes` (WordHash, word_table.h,
// of the word's FoldCase) and of `stop_bits` (StopwordBits, language.h, of
// the same). Kept for the assembler, which asks the same of many lines.
struct FoldedLetterWords {
  std::vector<uint64_t> hashes;
  std::vector<uint16_t> stop_bits;
  std::vector<std::size_t> offsets;  // one per line, and the end
};

// The same, into *words (cleared first), so that a caller splitting many
// lines reuses one vector's memory.
void SplitWords(std::string_view line, std::vector<Word>* words);

// min(SplitWords(line).size(), limit), without building the words and
// without scanning past the limit-th word.
std::size_t CountWords(std::string_view line, std::size_t limit);

// Lower-cases a word (full Unicode case folding for non-ASCII).
std::string FoldCase(std::string_view word);

// The same, into *folded (replaced), so that a caller folding many words
// reuses one string's memory.
void FoldCase(std::string_view word, std::string* folded);

}  // namespace pith::internal

#endif  // PITH_WORDS_H_

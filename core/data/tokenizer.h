// Tokenizer: splits UTF-8 text into tokens with utf8proc, so Portuguese stays whole.
//   Word mode: NFC-normalise, lower-case every code point (utf8proc_tolower), and split on
//   any code point that is not a letter (L*), a mark (M*) or a digit (N*); an apostrophe
//   (' or U+2019) between two letters/digits stays inside the word ("você's", "don't").
//   "Não sei, coração!" -> ["não", "sei", "coração"]. With punctuation tokens, "!" and "?"
//   are tokens of their own (each one; "!!" -> "!", "!"): -> ["não", "sei", "coração", "!"].
//   Character mode: NFC-normalise and lower-case, then one token per code point, spaces
//   included (runs of white space collapse to one " "; leading and trailing space dropped).
// Invalid UTF-8 is a std::invalid_argument (files are validated earlier, with line numbers).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rnn {

enum class TokenMode { Word, Character };

std::string toString(TokenMode mode); // "word", "character"
TokenMode tokenModeFromString(const std::string &name); // throws std::invalid_argument

class Tokenizer
{
public:
    explicit Tokenizer(TokenMode mode = TokenMode::Word, bool punctuation = false)
        : m_mode(mode)
        , m_punctuation(punctuation)
    { }
    TokenMode mode() const { return m_mode; }
    bool punctuationTokens() const { return m_punctuation; }
    std::vector<std::string> tokenize(std::string_view text) const;
    std::vector<std::vector<std::string>> tokenize(const std::vector<std::string> &texts) const;

    // NFC + lower-case, no splitting (what the tokens are made of).
    static std::string normalize(std::string_view text);
    // True if text is valid UTF-8; otherwise *badByte (if given) is the offset of the first bad
    // byte.
    static bool isValidUtf8(std::string_view text, std::size_t *badByte = nullptr);

private:
    TokenMode m_mode;
    bool m_punctuation;
};

} // namespace rnn

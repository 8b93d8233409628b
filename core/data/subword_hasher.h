// SubwordHasher: a word's character n-grams as bucket ids, fastText's way (Bojanowski et al.
// 2017), for the subword embedding of core/nn/embedding.h. Exactly:
//   1. the word (a token as the Tokenizer emits it: NFC, lower case, UTF-8) is wrapped as
//      "<" + word + ">" and read as code points c_0 .. c_{m-1};
//   2. for n = minLength .. maxLength (in this order) and i = 0 .. m - n (in this order), the
//      n-gram c_i .. c_{i+n-1}, encoded in UTF-8, unless it is the whole wrapped word;
//   3. its bucket is FNV-1a-32(bytes) mod buckets, FNV-1a-32 = (h = 2166136261; for each byte
//      b as an unsigned 8-bit value: h = (h XOR b) * 16777619 mod 2^32).
// "amor" with 3..4: "<am", "amo", "mor", "or>", "<amo", "amor", "mor>" (7 ids, collisions
// allowed). Tokens in angle brackets that the vocabulary uses (<pad>, <unk>) are never hashed:
// the pipeline hashes the real words, so an unknown word still has its n-grams.
// What this is not: a tokenizer (words come from core/data/tokenizer.h) or a vocabulary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rnn {

struct SubwordOptions
{
    int buckets = 0; // NB; 0 = no n-grams
    int minLength = 3; // shortest n-gram, in code points
    int maxLength = 5; // longest n-gram (at most limits::maxSubwordLength)

    // "" when usable, else what is wrong.
    std::string validate() const;
};

class SubwordHasher
{
public:
    explicit SubwordHasher(const SubwordOptions &options = {})
        : m_options(options)
    { }
    const SubwordOptions &options() const { return m_options; }
    bool enabled() const { return m_options.buckets > 0; }

    // The bucket ids of the word's n-grams (empty when disabled or for an empty word).
    std::vector<int> buckets(std::string_view word) const;

    static std::uint32_t fnv1a(std::string_view bytes);

private:
    SubwordOptions m_options;
};

} // namespace rnn

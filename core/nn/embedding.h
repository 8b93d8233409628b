// The embedding: token ids to vectors, optionally with hashed character n-grams beside the whole
// word (fastText's subword embedding, Bojanowski et al. 2017), so an inflected or unseen word
// ("tristeza", "entristeceu") still shares vectors with the words it resembles:
//
//     without n-grams   x_t = E[:, w_t]
//     with n-grams      x_t = ( E[:, w_t] + sum_{g in G_t} S[:, g] ) / (1 + |G_t|)
//
// w_t the token id of step t (0..V-1), G_t the list of n-gram bucket ids of that step's word
// (0..NB-1, repeats allowed and counted; core/data/subword_hasher.h says how words become
// buckets), E = embedding.weight (E x V), S = embedding.subword_weight (E x NB). With a padding
// token, column 0 of E is zero and never receives gradient (PyTorch's padding_idx = 0); a pad
// step has no n-grams, so its x_t is zero.
//
// Backward (the mirror image), for every step t with a = 1 / (1 + |G_t|) (a = 1 without n-grams):
//     dE[:, w_t] += a * dx_t        dS[:, g] += a * dx_t  for each g in G_t (once per occurrence)
// then dE[:, 0] = 0 with a padding token.
//
// In PyTorch: x = (nn.Embedding(V, E, padding_idx=0)(w) + nn.EmbeddingBag(NB, E, mode="sum")(
// ids, offsets)) / (1 + counts). Shapes: x is E x TB (step t of sequence b in column t*B + b).
//
// Like the cells this is a const view of parameters in the Network's list; it owns and caches
// nothing.
#pragma once

#include "types.h"

#include <vector>

namespace rnn {

class Embedding
{
public:
    // words: E x V; subwords: E x NB, or nullptr without n-grams.
    Embedding(const Matrix &words, const Matrix *subwords, bool paddingToken)
        : m_words(&words)
        , m_subwords(subwords)
        , m_paddingToken(paddingToken)
    { }

    // x (E x TB) of the tokens (TB ids) and their n-grams (compressed rows as in InputBatch:
    // offsets TB + 1 entries or empty, ids the buckets).
    void forward(const std::vector<int> &tokens, const std::vector<int> &offsets,
                 const std::vector<int> &ids, Matrix &x) const;

    // From dx (E x TB): writes (not adds) dWords (E x V) and, with n-grams, dSubwords (E x NB).
    void backward(const Matrix &dx, const std::vector<int> &tokens, const std::vector<int> &offsets,
                  const std::vector<int> &ids, Matrix &dWords, Matrix *dSubwords) const;

    // The n-grams of column j: [begin, end) in ids (empty without n-grams).
    static int gramsBegin(const std::vector<int> &offsets, Index j)
    {
        return offsets.empty() ? 0 : offsets[static_cast<std::size_t>(j)];
    }
    static int gramsEnd(const std::vector<int> &offsets, Index j)
    {
        return offsets.empty() ? 0 : offsets[static_cast<std::size_t>(j + 1)];
    }

private:
    const Matrix *m_words;
    const Matrix *m_subwords;
    bool m_paddingToken;
};

} // namespace rnn

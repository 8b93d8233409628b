// Forward and backward of the embedding, with or without n-grams (see embedding.h).
#include "embedding.h"

namespace rnn {

void Embedding::forward(const std::vector<int> &tokens, const std::vector<int> &offsets,
                        const std::vector<int> &ids, Matrix &x) const
{
    const Index tb = static_cast<Index>(tokens.size());
    x.resize(m_words->rows(), tb);
    for (Index j = 0; j < tb; ++j) {
        auto column = x.col(j);
        column = m_words->col(tokens[static_cast<std::size_t>(j)]);
        if (!m_subwords)
            continue;
        const int begin = gramsBegin(offsets, j);
        const int end = gramsEnd(offsets, j);
        for (int k = begin; k < end; ++k)
            column += m_subwords->col(ids[static_cast<std::size_t>(k)]);
        column /= static_cast<double>(1 + end - begin);
    }
}

void Embedding::backward(const Matrix &dx, const std::vector<int> &tokens,
                         const std::vector<int> &offsets, const std::vector<int> &ids,
                         Matrix &dWords, Matrix *dSubwords) const
{
    dWords.setZero(m_words->rows(), m_words->cols());
    if (dSubwords && m_subwords)
        dSubwords->setZero(m_subwords->rows(), m_subwords->cols());
    for (Index j = 0; j < dx.cols(); ++j) {
        if (!m_subwords || !dSubwords) {
            dWords.col(tokens[static_cast<std::size_t>(j)]) += dx.col(j);
            continue;
        }
        const int begin = gramsBegin(offsets, j);
        const int end = gramsEnd(offsets, j);
        const double a = 1.0 / static_cast<double>(1 + end - begin);
        dWords.col(tokens[static_cast<std::size_t>(j)]) += a * dx.col(j);
        for (int k = begin; k < end; ++k)
            dSubwords->col(ids[static_cast<std::size_t>(k)]) += a * dx.col(j);
    }
    if (m_paddingToken)
        dWords.col(0).setZero();
}

} // namespace rnn

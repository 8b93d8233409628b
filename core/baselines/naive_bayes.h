// NaiveBayes: the multinomial naive Bayes text classifier on word counts with Laplace
// (add-one) smoothing, the bag-of-words baseline a text network must beat. Word order is
// ignored; a text is the counts of its tokens (the same tokens the network reads):
//
//   P(c | text) ∝ P(c) * prod_w P(w | c)^count(w)
//   P(c) = N_c / N                       (training texts of class c over all training texts)
//   P(w | c) = (n_cw + a) / (n_c + a V)  (n_cw: occurrences of w in class c's texts, n_c: all
//                                         word occurrences of class c, V: distinct training
//                                         words, a: the smoothing, 1 = Laplace)
// Words never seen in training are ignored. Computed in logarithms.
//
// Shapes: K = classes, V = distinct training words.
#pragma once

#include "types.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace rnn {

class NaiveBayes
{
public:
    NaiveBayes() = default;
    // texts: the tokens of every training text; labels: their class ids in [0, classCount).
    // Throws std::invalid_argument on different lengths, no texts, a label out of range or a
    // smoothing <= 0.
    static NaiveBayes fit(const std::vector<std::vector<std::string>> &texts,
                          const std::vector<int> &labels, int classCount, double smoothing = 1.0);

    bool empty() const { return m_logPrior.size() == 0; }
    int classCount() const { return static_cast<int>(m_logPrior.size()); }
    Index vocabularySize() const { return m_logLikelihood.cols(); }
    // The class probabilities of one text (K, summing to 1).
    Vector probabilities(const std::vector<std::string> &tokens) const;
    // The most probable class of every text (the lowest id on a tie).
    std::vector<int> classify(const std::vector<std::vector<std::string>> &texts) const;

private:
    std::unordered_map<std::string, Index> m_words; // word -> column
    Vector m_logPrior; // K: log P(c)
    Matrix m_logLikelihood; // K x V: log P(w | c)
};

} // namespace rnn

// Implementation of naive_bayes.h: counting, smoothing, and the log-posterior.
#include "naive_bayes.h"

#include <cmath>
#include <stdexcept>

namespace rnn {

NaiveBayes NaiveBayes::fit(const std::vector<std::vector<std::string>> &texts,
                           const std::vector<int> &labels, int classCount, double smoothing)
{
    if (texts.size() != labels.size() || texts.empty())
        throw std::invalid_argument("naive Bayes: needs as many labels as texts, and some texts");
    if (classCount < 1 || !(smoothing > 0.0))
        throw std::invalid_argument("naive Bayes: needs a class and a positive smoothing");
    NaiveBayes model;
    for (const auto &tokens : texts)
        for (const auto &word : tokens)
            model.m_words.emplace(word, static_cast<Index>(model.m_words.size()));
    const Index words = static_cast<Index>(model.m_words.size());
    Matrix counts = Matrix::Zero(classCount, words); // K x V
    Vector perClass = Vector::Zero(classCount); // K: texts of each class
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const int c = labels[i];
        if (c < 0 || c >= classCount)
            throw std::invalid_argument("naive Bayes: a label is out of range");
        perClass(c) += 1.0;
        for (const auto &word : texts[i])
            counts(c, model.m_words.at(word)) += 1.0;
    }
    model.m_logPrior = (perClass / static_cast<double>(texts.size())).array().log();
    model.m_logLikelihood.resize(classCount, words);
    for (Index c = 0; c < classCount; ++c) {
        const double total = counts.row(c).sum() + smoothing * static_cast<double>(words);
        model.m_logLikelihood.row(c) = ((counts.row(c).array() + smoothing) / total).log();
    }
    return model;
}

Vector NaiveBayes::probabilities(const std::vector<std::string> &tokens) const
{
    Vector score = m_logPrior; // K
    for (const auto &word : tokens)
        if (const auto found = m_words.find(word); found != m_words.end())
            score += m_logLikelihood.col(found->second);
    const Vector p = (score.array() - score.maxCoeff()).exp();
    return p / p.sum();
}

std::vector<int> NaiveBayes::classify(const std::vector<std::vector<std::string>> &texts) const
{
    std::vector<int> result;
    for (const auto &tokens : texts) {
        Index best = 0;
        probabilities(tokens).maxCoeff(&best);
        result.push_back(static_cast<int>(best));
    }
    return result;
}

} // namespace rnn

// Implementation of metrics.h: straightforward sums, written so each formula can be read beside
// its definition in the header.
#include "metrics.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace rnn {

RegressionMetrics regressionMetrics(const Matrix &predicted, const Matrix &actual)
{
    if (predicted.rows() != actual.rows() || predicted.cols() != actual.cols())
        throw std::invalid_argument(
            "regressionMetrics: predicted is " + std::to_string(predicted.rows()) + "x"
            + std::to_string(predicted.cols()) + " but actual is " + std::to_string(actual.rows())
            + "x" + std::to_string(actual.cols()));
    if (predicted.size() == 0)
        throw std::invalid_argument("regressionMetrics: no values to compare");
    const Matrix error = predicted - actual;
    RegressionMetrics result;
    result.count = error.size();
    const double n = static_cast<double>(result.count);
    result.rmse = std::sqrt(error.squaredNorm() / n);
    result.mae = error.cwiseAbs().sum() / n;
    return result;
}

namespace {

void checkRows(const Vector &series, Index first, Index horizon, Index needHistory)
{
    if (horizon < 1)
        throw std::invalid_argument("baseline: horizon must be at least 1");
    if (first < needHistory)
        throw std::invalid_argument("baseline: the sample at row " + std::to_string(first)
                                    + " has fewer than " + std::to_string(needHistory)
                                    + " earlier rows");
    if (first + horizon > series.size())
        throw std::invalid_argument("baseline: the sample at row " + std::to_string(first)
                                    + " runs past the end of the series ("
                                    + std::to_string(series.size()) + " rows)");
}

} // namespace

RegressionMetrics persistenceBaseline(const Vector &series,
                                      const std::vector<Index> &firstTargetRows, Index horizon)
{
    const Index n = static_cast<Index>(firstTargetRows.size());
    if (n == 0)
        throw std::invalid_argument("persistenceBaseline: no samples");
    Matrix predicted(horizon, n), actual(horizon, n);
    for (Index s = 0; s < n; ++s) {
        const Index r = firstTargetRows[static_cast<std::size_t>(s)];
        checkRows(series, r, horizon, 1);
        for (Index k = 0; k < horizon; ++k) {
            predicted(k, s) = series(r - 1);
            actual(k, s) = series(r + k);
        }
    }
    return regressionMetrics(predicted, actual);
}

RegressionMetrics seasonalNaiveBaseline(const Vector &series,
                                        const std::vector<Index> &firstTargetRows, Index season,
                                        Index horizon)
{
    if (season < 1)
        throw std::invalid_argument("seasonalNaiveBaseline: season must be at least 1");
    const Index n = static_cast<Index>(firstTargetRows.size());
    if (n == 0)
        throw std::invalid_argument("seasonalNaiveBaseline: no samples");
    Matrix predicted(horizon, n), actual(horizon, n);
    for (Index s = 0; s < n; ++s) {
        const Index r = firstTargetRows[static_cast<std::size_t>(s)];
        checkRows(series, r, horizon, season);
        for (Index k = 0; k < horizon; ++k) {
            const Index seasonsBack = k / season + 1; // smallest m with r + k - m * season < r
            predicted(k, s) = series(r + k - seasonsBack * season);
            actual(k, s) = series(r + k);
        }
    }
    return regressionMetrics(predicted, actual);
}

ClassificationMetrics classificationMetrics(const std::vector<int> &actual,
                                            const std::vector<int> &predicted, int classCount)
{
    if (actual.size() != predicted.size())
        throw std::invalid_argument("classificationMetrics: " + std::to_string(actual.size())
                                    + " true labels but " + std::to_string(predicted.size())
                                    + " predictions");
    if (actual.empty())
        throw std::invalid_argument("classificationMetrics: no samples");
    if (classCount < 1)
        throw std::invalid_argument("classificationMetrics: classCount must be at least 1");
    const auto classes = static_cast<std::size_t>(classCount);
    ClassificationMetrics m;
    m.classCount = classCount;
    m.count = static_cast<Index>(actual.size());
    m.confusion.assign(classes, std::vector<Index>(classes, 0));
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const int a = actual[i], p = predicted[i];
        if (a < 0 || a >= classCount || p < 0 || p >= classCount)
            throw std::invalid_argument("classificationMetrics: class id out of range at sample "
                                        + std::to_string(i));
        ++m.confusion[static_cast<std::size_t>(a)][static_cast<std::size_t>(p)];
    }
    m.precision.assign(classes, 0.0);
    m.recall.assign(classes, 0.0);
    m.f1.assign(classes, 0.0);
    m.support.assign(classes, 0);
    Index correct = 0;
    for (std::size_t c = 0; c < classes; ++c) {
        const Index tp = m.confusion[c][c];
        Index predictedAsC = 0, actuallyC = 0;
        for (std::size_t o = 0; o < classes; ++o) {
            predictedAsC += m.confusion[o][c];
            actuallyC += m.confusion[c][o];
        }
        correct += tp;
        m.support[c] = actuallyC;
        const double tpd = static_cast<double>(tp);
        m.precision[c] = predictedAsC > 0 ? tpd / static_cast<double>(predictedAsC) : 0.0;
        m.recall[c] = actuallyC > 0 ? tpd / static_cast<double>(actuallyC) : 0.0;
        const double sum = m.precision[c] + m.recall[c];
        m.f1[c] = sum > 0.0 ? 2.0 * m.precision[c] * m.recall[c] / sum : 0.0;
        m.macroF1 += m.f1[c];
    }
    m.macroF1 /= static_cast<double>(classCount);
    m.accuracy = static_cast<double>(correct) / static_cast<double>(m.count);
    return m;
}

int majorityClass(const std::vector<int> &trainLabels, int classCount)
{
    if (classCount < 1)
        throw std::invalid_argument("majorityClass: classCount must be at least 1");
    std::vector<Index> counts(static_cast<std::size_t>(classCount), 0);
    for (int label : trainLabels) {
        if (label < 0 || label >= classCount)
            throw std::invalid_argument("majorityClass: class id out of range");
        ++counts[static_cast<std::size_t>(label)];
    }
    return static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

double majorityBaselineAccuracy(const std::vector<int> &trainLabels,
                                const std::vector<int> &testLabels, int classCount)
{
    if (testLabels.empty())
        throw std::invalid_argument("majorityBaselineAccuracy: no test samples");
    const int majority = majorityClass(trainLabels, classCount);
    const auto hits = std::count(testLabels.begin(), testLabels.end(), majority);
    return static_cast<double>(hits) / static_cast<double>(testLabels.size());
}

std::vector<int> argmaxColumns(const Matrix &scores)
{
    std::vector<int> result(static_cast<std::size_t>(scores.cols()), 0);
    for (Index j = 0; j < scores.cols(); ++j) {
        Index best = 0;
        scores.col(j).maxCoeff(&best);
        result[static_cast<std::size_t>(j)] = static_cast<int>(best);
    }
    return result;
}

std::string formatClassificationReport(const ClassificationMetrics &metrics,
                                       const std::vector<std::string> &classNames)
{
    auto nameOf = [&](std::size_t c) {
        return c < classNames.size() ? classNames[c] : "class " + std::to_string(c);
    };
    std::string out;
    char line[256];
    std::snprintf(line, sizeof line, "%-12s %9s %9s %9s %8s\n", "class", "precision", "recall",
                  "F1", "support");
    out += line;
    for (std::size_t c = 0; c < metrics.precision.size(); ++c) {
        std::snprintf(line, sizeof line, "%-12.12s %9.3f %9.3f %9.3f %8ld\n", nameOf(c).c_str(),
                      metrics.precision[c], metrics.recall[c], metrics.f1[c],
                      static_cast<long>(metrics.support[c]));
        out += line;
    }
    out += "confusion (rows = true, columns = predicted):\n";
    out += std::string(13, ' ');
    for (std::size_t c = 0; c < metrics.confusion.size(); ++c) {
        std::snprintf(line, sizeof line, "%7.6s", nameOf(c).c_str());
        out += line;
    }
    out += '\n';
    for (std::size_t r = 0; r < metrics.confusion.size(); ++r) {
        std::snprintf(line, sizeof line, "%-12.12s ", nameOf(r).c_str());
        out += line;
        for (Index v : metrics.confusion[r]) {
            std::snprintf(line, sizeof line, "%7ld", static_cast<long>(v));
            out += line;
        }
        out += '\n';
    }
    return out;
}

} // namespace rnn

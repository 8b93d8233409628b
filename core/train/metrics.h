// How good a trained network is, in numbers a student can compare: RMSE and MAE for forecasts
// (always in the data's own units: callers inverse-scale first), the naive baselines a forecast
// must beat (persistence: "repeat the last value"; seasonal naive: "repeat the value one season
// ago"), and for classes accuracy, per-class precision / recall / F1, macro-F1, the confusion
// matrix and the majority-class baseline. Plain functions over Eigen matrices and std vectors;
// nothing here trains, scales or reads files.
#pragma once

#include "types.h"

#include <string>
#include <vector>

namespace rnn {

struct RegressionMetrics
{
    double rmse = 0.0; // sqrt(mean((predicted - actual)^2)) over every element
    double mae = 0.0; // mean(|predicted - actual|) over every element
    Index count = 0; // number of elements averaged
};

// Element-wise over two matrices of the same shape (e.g. O x N forecasts against O x N targets).
// Throws std::invalid_argument on a shape mismatch or empty input.
RegressionMetrics regressionMetrics(const Matrix &predicted, const Matrix &actual);

// The naive forecasts of a univariate series, evaluated on the same samples as the network.
// series: the target column in data units, chronological, whole (train and test rows).
// firstTargetRows: for each evaluated sample, the row of its first forecast step; the sample's
// forecast covers rows r .. r + horizon - 1 and may only use rows < r.
// persistence: every step of the horizon predicts series[r - 1].
// seasonal naive: step r + k predicts series[r + k - season * m], with the smallest m >= 1 that
// makes the row < r (for horizon <= season, simply one season earlier).
// Throws std::invalid_argument when a sample lacks the history (r < 1, or r < season) or runs past
// the end of the series.
RegressionMetrics persistenceBaseline(const Vector &series,
                                      const std::vector<Index> &firstTargetRows, Index horizon = 1);
RegressionMetrics seasonalNaiveBaseline(const Vector &series,
                                        const std::vector<Index> &firstTargetRows, Index season,
                                        Index horizon = 1);

struct ClassificationMetrics
{
    int classCount = 0;
    Index count = 0; // samples evaluated
    double accuracy = 0.0; // fraction of samples whose predicted class is the true one
    double macroF1 = 0.0; // unweighted mean of the per-class F1
    // Per class c: precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = their harmonic mean;
    // 0 when the denominator is 0 (the convention of scikit-learn's zero_division=0).
    std::vector<double> precision;
    std::vector<double> recall;
    std::vector<double> f1;
    std::vector<Index> support; // true samples per class
    // confusion[actual][predicted]: rows are the true classes, columns the predicted ones.
    std::vector<std::vector<Index>> confusion;
};

// actual and predicted hold class ids in [0, classCount), one per sample, same length.
// Throws std::invalid_argument on different lengths, no samples, or an id out of range.
ClassificationMetrics classificationMetrics(const std::vector<int> &actual,
                                            const std::vector<int> &predicted, int classCount);

// The class the training labels hold most often (the lowest id on a tie).
int majorityClass(const std::vector<int> &trainLabels, int classCount);
// Accuracy of always answering majorityClass(trainLabels) on testLabels.
double majorityBaselineAccuracy(const std::vector<int> &trainLabels,
                                const std::vector<int> &testLabels, int classCount);

// The row of the largest value in every column (scores or probabilities O x N -> N class ids).
std::vector<int> argmaxColumns(const Matrix &scores);

// A small fixed-width table of the per-class numbers and the confusion matrix, for terminals.
std::string formatClassificationReport(const ClassificationMetrics &metrics,
                                       const std::vector<std::string> &classNames);

} // namespace rnn

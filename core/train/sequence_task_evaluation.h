// SequenceTaskEvaluation: how a trained network did on a synthetic sequence task's test
// sequences (XOR, letters, Reber, adding, latching, ...): for a regression task the MSE, RMSE and
// MAE over the steps that carry a loss beside predicting the mean, for a classification task the
// class metrics beside the majority class; both add what the lesson looks at (the error on the
// predictable steps, the rate of legal next symbols). Every test sequence's last step (truth,
// prediction, last input) is kept for plots. A value type made by SequenceTaskPipeline; toJson()
// writes the report schema of experiment.h.
#pragma once

#include "train/classification_evaluation.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rnn {

// One sequence at its last step, first output only: what a series plot of the task draws.
struct SequenceTaskPoint
{
    double truth = 0.0; // the target
    double prediction = 0.0; // the network's output
    double lastInput = 0.0; // the input at that step ("repeat the last value")
};

struct SequenceTaskEvaluation
{
    bool classification = false;
    Index samples = 0; // test sequences
    // Regression tasks (over every step that carries a loss).
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    std::optional<double> msePredictable; // both set when the task has predictable steps
    std::optional<double> mseOther;
    double meanBaselineMse = 0.0; // predicting the mean target
    double meanValue = 0.0;
    // Classification tasks (over every labelled step; the majority baseline is always known).
    ClassificationEvaluation classes;
    double legalRate = 0.0; // the predicted symbol is a legal next one
    std::optional<double> accuracyPredictable;
    // Per test sequence.
    std::vector<SequenceTaskPoint> lastSteps;

    // Regression: {"test": {"mse", "rmse", "mae", "samples", ["mse_predictable", "mse_other"]},
    //  "baselines": {"mean": {"mse", "value"}}}. Classification: {"test": {"accuracy",
    //  "macro_f1", "confusion", "labels", "samples", "legal_rate", ["accuracy_predictable"]},
    //  "baselines": {"majority": {"accuracy", "class"}}}.
    nlohmann::json toJson() const;
    std::string briefReport() const;
};

} // namespace rnn

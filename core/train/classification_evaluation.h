// ClassificationEvaluation: how a trained classifier did on the test samples: accuracy,
// macro-F1, the per-class numbers and the confusion matrix, beside the majority-class baseline,
// and, for texts, a bag-of-words naive Bayes (core/baselines) trained on the same training texts,
// with every test sample's true and predicted class. A value type made by TextPipeline (and,
// for its classes, by SequenceTaskEvaluation); toJson() writes the report schema of
// experiment.h, and the GUI draws the confusion matrix from it.
#pragma once

#include "train/metrics.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace rnn {

// Always answering the class the training labels hold most often.
struct MajorityBaseline
{
    double accuracy = 0.0;
    std::string className;
};

// Multinomial naive Bayes on the word counts of the same training texts, same tokenizer.
struct NaiveBayesBaseline
{
    double accuracy = 0.0;
    double macroF1 = 0.0;
};

struct ClassificationEvaluation
{
    std::vector<std::string> labels; // class names, id = position
    ClassificationMetrics metrics; // of the test samples (confusion: rows true, columns predicted)
    std::optional<MajorityBaseline> majority; // unknown for a model without its training labels
    std::optional<NaiveBayesBaseline> naiveBayes; // texts with their training texts at hand
    std::vector<int> actual; // per test sample: the true class id
    std::vector<int> predicted; // per test sample: the predicted class id

    // {"test": {"accuracy", "macro_f1", "confusion", "labels", "samples", "per_class": {name:
    //  {"precision", "recall", "f1", "support"}}}, "baselines": {["majority": {"accuracy",
    //  "class"}], ["naive_bayes": {"accuracy", "macro_f1"}]}}
    nlohmann::json toJson() const;
    std::string briefReport() const;

    // The parts a per-step task shares (test keys without per_class; the majority baseline).
    nlohmann::json testJson() const;
    nlohmann::json baselinesJson() const;
    // The accuracy and macro-F1 lines, beside the majority baseline and naive Bayes when known,
    // and a sentence when naive Bayes is the more accurate.
    std::string headlineReport() const;
};

} // namespace rnn

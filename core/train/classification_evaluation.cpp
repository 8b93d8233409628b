// Implementation of classification_evaluation.h: the report JSON and the terminal lines.
#include "classification_evaluation.h"

#include "train/report_number.h"

namespace rnn {

nlohmann::json ClassificationEvaluation::testJson() const
{
    return { { "accuracy", metrics.accuracy },
             { "macro_f1", metrics.macroF1 },
             { "confusion", metrics.confusion },
             { "labels", labels },
             { "samples", metrics.count } };
}

nlohmann::json ClassificationEvaluation::baselinesJson() const
{
    nlohmann::json baselines = nlohmann::json::object();
    if (majority)
        baselines["majority"]
            = { { "accuracy", majority->accuracy }, { "class", majority->className } };
    if (naiveBayes)
        baselines["naive_bayes"]
            = { { "accuracy", naiveBayes->accuracy }, { "macro_f1", naiveBayes->macroF1 } };
    return baselines;
}

nlohmann::json ClassificationEvaluation::toJson() const
{
    nlohmann::json result;
    result["test"] = testJson();
    for (std::size_t c = 0; c < labels.size(); ++c)
        result["test"]["per_class"][labels[c]] = { { "precision", metrics.precision[c] },
                                                   { "recall", metrics.recall[c] },
                                                   { "f1", metrics.f1[c] },
                                                   { "support", metrics.support[c] } };
    result["baselines"] = baselinesJson();
    return result;
}

std::string ClassificationEvaluation::headlineReport() const
{
    std::string out = "Test accuracy      " + reportNumber(100.0 * metrics.accuracy, 1) + " %";
    if (majority)
        out += "   (majority-class baseline " + reportNumber(100.0 * majority->accuracy, 1) + " %)";
    out += "\n";
    out += "Test macro-F1      " + reportNumber(metrics.macroF1, 3) + "\n";
    if (naiveBayes) {
        out += "Naive Bayes        " + reportNumber(100.0 * naiveBayes->accuracy, 1)
            + " %   macro-F1 " + reportNumber(naiveBayes->macroF1, 3)
            + "   (word counts of the same training texts)\n";
        if (naiveBayes->accuracy > metrics.accuracy)
            out += "The network loses to naive Bayes: a higher test accuracy than its "
                + reportNumber(100.0 * metrics.accuracy, 1) + " %.\n";
    }
    return out;
}

std::string ClassificationEvaluation::briefReport() const
{
    return headlineReport() + formatClassificationReport(metrics, labels);
}

} // namespace rnn

// Implementation of sequence_task_evaluation.h: the report JSON and the terminal lines.
#include "sequence_task_evaluation.h"

#include "train/report_number.h"

namespace rnn {

nlohmann::json SequenceTaskEvaluation::toJson() const
{
    nlohmann::json result;
    if (classification) {
        result["test"] = classes.testJson();
        result["test"]["samples"] = samples;
        result["test"]["legal_rate"] = legalRate;
        if (accuracyPredictable)
            result["test"]["accuracy_predictable"] = *accuracyPredictable;
        result["baselines"] = classes.baselinesJson();
        return result;
    }
    result["test"] = { { "mse", mse }, { "rmse", rmse }, { "mae", mae }, { "samples", samples } };
    if (msePredictable && mseOther) {
        result["test"]["mse_predictable"] = *msePredictable;
        result["test"]["mse_other"] = *mseOther;
    }
    result["baselines"]["mean"] = { { "mse", meanBaselineMse }, { "value", meanValue } };
    return result;
}

std::string SequenceTaskEvaluation::briefReport() const
{
    std::string out;
    if (classification) {
        out = classes.headlineReport();
        if (accuracyPredictable)
            out += "Accuracy on the predictable steps "
                + reportNumber(100.0 * *accuracyPredictable, 1) + " %\n";
        out += "Predicted symbol is a legal next one " + reportNumber(100.0 * legalRate, 1)
            + " %\n";
        return out;
    }
    out = "Test MSE           " + reportNumber(mse, 5)
        + "   (predicting the mean: " + reportNumber(meanBaselineMse, 5) + ")\n";
    if (msePredictable && mseOther)
        out += "MSE on the predictable steps " + reportNumber(*msePredictable, 5)
            + ", on the others " + reportNumber(*mseOther, 5) + "\n";
    return out;
}

} // namespace rnn

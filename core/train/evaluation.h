// Evaluation: the typed result of Experiment::evaluate(), one of the three kinds of data's
// evaluations (a forecast, a text classification, a synthetic sequence task). The report JSON,
// the terminal summary, the command line and the GUI all read it; nothing parses JSON back.
#pragma once

#include "train/classification_evaluation.h"
#include "train/forecast_evaluation.h"
#include "train/sequence_task_evaluation.h"

#include <nlohmann/json.hpp>

#include <string>
#include <variant>

namespace rnn {

using Evaluation
    = std::variant<ForecastEvaluation, ClassificationEvaluation, SequenceTaskEvaluation>;

// The evaluation's part of the report ("test", "baselines", and "target" for forecasts).
inline nlohmann::json toJson(const Evaluation &evaluation)
{
    return std::visit([](const auto &e) { return e.toJson(); }, evaluation);
}

// Its metrics beside its baselines, a line each, for terminals.
inline std::string briefReport(const Evaluation &evaluation)
{
    return std::visit([](const auto &e) { return e.briefReport(); }, evaluation);
}

} // namespace rnn

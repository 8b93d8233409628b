// Implementation of forecast_evaluation.h: the report JSON and the terminal lines.
#include "forecast_evaluation.h"

#include "train/report_number.h"

namespace rnn {

nlohmann::json ForecastEvaluation::toJson() const
{
    nlohmann::json result;
    result["test"] = { { "rmse", test.rmse }, { "mae", test.mae }, { "samples", samples } };
    result["baselines"]["persistence"]
        = { { "rmse", persistence.rmse }, { "mae", persistence.mae } };
    if (seasonalNaive)
        result["baselines"]["seasonal_naive"] = { { "rmse", seasonalNaive->rmse },
                                                  { "mae", seasonalNaive->mae },
                                                  { "season", season } };
    result["target"] = target;
    return result;
}

std::string ForecastEvaluation::briefReport() const
{
    std::string out = "Test RMSE          " + reportNumber(test.rmse, 3) + "   MAE "
        + reportNumber(test.mae, 3) + "   (" + target + ", data units)\n";
    out += "Persistence        " + reportNumber(persistence.rmse, 3) + "   MAE "
        + reportNumber(persistence.mae, 3) + "   (repeat the last value)\n";
    if (seasonalNaive)
        out += "Seasonal naive     " + reportNumber(seasonalNaive->rmse, 3) + "   MAE "
            + reportNumber(seasonalNaive->mae, 3) + "   (repeat the value " + std::to_string(season)
            + " rows earlier)\n";
    return out;
}

} // namespace rnn

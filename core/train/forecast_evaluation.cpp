// Implementation of forecast_evaluation.h: the report JSON and the terminal lines.
#include "forecast_evaluation.h"

#include "train/report_number.h"

namespace rnn {

namespace {

std::string baselineTitle(const std::string &key)
{
    if (key == "seasonal_naive")
        return "seasonal naive";
    if (key == "holt_winters")
        return "Holt-Winters";
    return key;
}

} // namespace

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
    if (holtWinters)
        result["baselines"]["holt_winters"] = { { "rmse", holtWinters->metrics.rmse },
                                                { "mae", holtWinters->metrics.mae },
                                                { "seasonality", holtWinters->seasonality },
                                                { "season", holtWinters->season },
                                                { "alpha", holtWinters->alpha },
                                                { "beta", holtWinters->beta },
                                                { "gamma", holtWinters->gamma } };
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
    if (holtWinters)
        out += "Holt-Winters       " + reportNumber(holtWinters->metrics.rmse, 3) + "   MAE "
            + reportNumber(holtWinters->metrics.mae, 3) + "   (" + holtWinters->seasonality
            + " season of " + std::to_string(holtWinters->season) + ", alpha "
            + reportNumber(holtWinters->alpha, 3) + " beta " + reportNumber(holtWinters->beta, 3)
            + " gamma " + reportNumber(holtWinters->gamma, 3) + ", fitted on the training part)\n";
    const std::vector<std::string> beating = baselinesBeatingNetwork();
    if (!beating.empty()) {
        std::string names;
        for (const std::string &key : beating)
            names += (names.empty() ? "" : ", ") + baselineTitle(key);
        out += "The network loses to " + names + ": a lower test RMSE than its "
            + reportNumber(test.rmse, 3) + ".\n";
    }
    return out;
}

std::vector<std::string> ForecastEvaluation::baselinesBeatingNetwork() const
{
    std::vector<std::string> result;
    if (persistence.rmse < test.rmse)
        result.push_back("persistence");
    if (seasonalNaive && seasonalNaive->rmse < test.rmse)
        result.push_back("seasonal_naive");
    if (holtWinters && holtWinters->metrics.rmse < test.rmse)
        result.push_back("holt_winters");
    return result;
}

} // namespace rnn

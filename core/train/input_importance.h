// Which inputs matter: permutation importance (Breiman 2001; Fisher, Rudin & Dominici 2019) of
// a forecaster's input variables on its test windows. For variable j, its rows are shuffled
// across the test windows (window i reads window pi(i)'s values of j, every other variable
// untouched), the test RMSE is computed again, and the importance is the rise of the RMSE over
// the unshuffled one, averaged over a few shuffles with a fixed seed. A variable the network
// ignores scores about 0; shuffling one it relies on makes the forecasts worse.
// It needs only a way to score a set of windows (the caller predicts them and compares with the
// truth in data units), so it knows nothing of networks or pipelines.
//
// Shapes: X = input variables, L = lookback, N = windows.
#pragma once

#include "data/windowing.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace rnn {

struct ImportanceOptions
{
    int repeats = 5; // shuffles per variable, averaged
    std::uint64_t seed = 1;
    std::string validate() const; // empty if valid, else the problem in English
};

struct InputImportance
{
    std::string variable;
    double rmseIncrease = 0.0; // mean over the shuffles of (shuffled RMSE - test RMSE)
};

// `names` holds the X variable names of the windows' input rows; `rmse` scores a set of
// windows (same firstTargetRow and targets, shuffled inputs). Throws std::invalid_argument for
// invalid options, names of the wrong count, or fewer than two windows.
std::vector<InputImportance>
permutationImportance(const WindowSet &windows, const std::vector<std::string> &names,
                      const std::function<double(const WindowSet &)> &rmse,
                      const ImportanceOptions &options = {});

// [{"variable", "rmse_increase"}, ...] in input order.
nlohmann::json toJson(const std::vector<InputImportance> &importance);
// A table, a line per variable, largest rise first, for terminals.
std::string importanceReport(const std::vector<InputImportance> &importance, double testRmse);

} // namespace rnn

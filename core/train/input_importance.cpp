// Implementation of input_importance.h: shuffle one input row across windows, score, repeat.
#include "input_importance.h"

#include "random.h"
#include "train/report_number.h"

#include <algorithm>
#include <stdexcept>

namespace rnn {

std::string ImportanceOptions::validate() const
{
    if (repeats < 1)
        return "the importance needs at least one shuffle per variable";
    return {};
}

std::vector<InputImportance>
permutationImportance(const WindowSet &windows, const std::vector<std::string> &names,
                      const std::function<double(const WindowSet &)> &rmse,
                      const ImportanceOptions &options)
{
    if (const std::string problem = options.validate(); !problem.empty())
        throw std::invalid_argument(problem);
    if (windows.size() < 2)
        throw std::invalid_argument("the importance needs at least two test windows to shuffle");
    if (static_cast<Index>(names.size()) != windows.inputs.front().rows())
        throw std::invalid_argument("the importance needs a name for every input variable");
    const double base = rmse(windows);
    Random random(options.seed);
    std::vector<InputImportance> result;
    for (std::size_t j = 0; j < names.size(); ++j) {
        double rise = 0.0;
        for (int r = 0; r < options.repeats; ++r) {
            const std::vector<int> order = random.permutation(static_cast<int>(windows.size()));
            WindowSet shuffled = windows;
            for (std::size_t i = 0; i < order.size(); ++i)
                shuffled.inputs[i].row(static_cast<Index>(j))
                    = windows.inputs[static_cast<std::size_t>(order[i])].row(static_cast<Index>(j));
            rise += rmse(shuffled) - base;
        }
        result.push_back({ names[j], rise / options.repeats });
    }
    return result;
}

nlohmann::json toJson(const std::vector<InputImportance> &importance)
{
    nlohmann::json result = nlohmann::json::array();
    for (const InputImportance &i : importance)
        result.push_back({ { "variable", i.variable }, { "rmse_increase", i.rmseIncrease } });
    return result;
}

std::string importanceReport(const std::vector<InputImportance> &importance, double testRmse)
{
    std::vector<InputImportance> sorted = importance;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.rmseIncrease > b.rmseIncrease; });
    std::string out = "Input importance (rise of the test RMSE " + reportNumber(testRmse, 3)
        + " when the variable is shuffled across the test windows)\n";
    for (const InputImportance &i : sorted) {
        std::string name = i.variable;
        name.resize(std::max<std::size_t>(name.size(), 18), ' ');
        out += "  " + name + " " + reportNumber(i.rmseIncrease, 3) + "\n";
    }
    return out;
}

} // namespace rnn

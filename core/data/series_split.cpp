#include "series_split.h"

#include <cmath>
#include <stdexcept>

namespace rnn {

SeriesSplit SeriesSplit::byFraction(Index rows, double trainFraction, double validationFraction)
{
    if (!(trainFraction > 0.0 && trainFraction <= 1.0) || !(validationFraction >= 0.0)
        || trainFraction + validationFraction > 1.0 + 1e-12)
        throw std::invalid_argument(
            "the train fraction must be in (0, 1], the validation fraction in [0, 1), and "
            "together at most 1");
    // A tiny epsilon so that 0.67 * 100 gives 67 despite binary rounding.
    const auto count = [rows](double fraction) {
        return static_cast<Index>(std::floor(static_cast<double>(rows) * fraction + 1e-9));
    };
    const Index train = count(trainFraction);
    const Index validation = std::min(count(validationFraction), rows - train);
    return byRows(rows, train, train + validation);
}

SeriesSplit SeriesSplit::byRows(Index rows, Index validationBegin, Index testBegin)
{
    SeriesSplit split;
    split.train = { 0, validationBegin };
    split.validation = { validationBegin, testBegin };
    split.test = { testBegin, rows };
    const std::string problem = split.validate(rows);
    if (!problem.empty())
        throw std::invalid_argument(problem);
    return split;
}

std::string SeriesSplit::validate(Index rows) const
{
    if (train.begin != 0 || train.end <= 0)
        return "the training part is empty";
    if (validation.begin != train.end || validation.end < validation.begin)
        return "the validation part must follow the training part";
    if (test.begin != validation.end || test.end < test.begin)
        return "the test part must follow the validation part";
    if (test.end != rows)
        return "the parts must cover the " + std::to_string(rows) + " rows exactly";
    return {};
}

} // namespace rnn

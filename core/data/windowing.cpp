#include "windowing.h"

#include <stdexcept>

namespace rnn {

std::string WindowOptions::validate() const
{
    if (lookback < 1)
        return "the lookback must be at least 1";
    if (horizon < 1)
        return "the horizon must be at least 1";
    if (stride < 1)
        return "the stride must be at least 1";
    return {};
}

namespace {

// First window start s so that the first target row s + L >= targetRows.begin and s >= 0.
Index firstStart(const WindowOptions &options, RowRange targetRows)
{
    return std::max<Index>(0, targetRows.begin - options.lookback);
}

} // namespace

Index windowCount(Index rows, const WindowOptions &options, RowRange targetRows)
{
    if (!options.validate().empty())
        return 0;
    const Index end = std::min(rows, targetRows.end);
    const Index first = firstStart(options, targetRows);
    // Last start s with s + L + Hz <= end.
    const Index last = end - options.lookback - options.horizon;
    if (last < first)
        return 0;
    return (last - first) / options.stride + 1;
}

WindowSet makeWindows(const Matrix &features, const Matrix &targets, const WindowOptions &options,
                      RowRange targetRows)
{
    const std::string problem = options.validate();
    if (!problem.empty())
        throw std::invalid_argument(problem);
    if (features.cols() != targets.cols())
        throw std::invalid_argument("makeWindows: features and targets differ in row count");
    WindowSet set;
    const Index count = windowCount(features.cols(), options, targetRows);
    const Index first = firstStart(options, targetRows);
    set.inputs.reserve(static_cast<std::size_t>(count));
    set.targets.reserve(static_cast<std::size_t>(count));
    for (Index i = 0; i < count; ++i) {
        const Index start = first + i * options.stride;
        set.inputs.push_back(features.middleCols(start, options.lookback));
        set.targets.push_back(targets.middleCols(start + options.lookback, options.horizon));
        set.firstTargetRow.push_back(start + options.lookback);
    }
    return set;
}

namespace {

Matrix interleave(const std::vector<Matrix> &samples, const std::vector<Index> &indices)
{
    if (indices.empty())
        return {};
    const Matrix &firstSample = samples.at(static_cast<std::size_t>(indices.front()));
    const Index rows = firstSample.rows();
    const Index steps = firstSample.cols();
    const auto batch = static_cast<Index>(indices.size());
    Matrix out(rows, steps * batch);
    for (Index b = 0; b < batch; ++b) {
        const Matrix &sample
            = samples.at(static_cast<std::size_t>(indices[static_cast<std::size_t>(b)]));
        for (Index t = 0; t < steps; ++t)
            out.col(t * batch + b) = sample.col(t);
    }
    return out;
}

} // namespace

Matrix WindowSet::batchInputs(const std::vector<Index> &indices) const
{
    return interleave(inputs, indices);
}

Matrix WindowSet::batchTargets(const std::vector<Index> &indices) const
{
    return interleave(targets, indices);
}

} // namespace rnn

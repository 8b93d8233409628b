// Implementation of sequence_set.h: copies samples into the TB column layout of core/types.h.
#include "sequence_set.h"

#include <algorithm>
#include <stdexcept>

namespace rnn {

namespace {

std::size_t at(Index i)
{
    return static_cast<std::size_t>(i);
}

} // namespace

InputBatch SequenceSet::inputBatch(const std::vector<Index> &indices, int firstStep) const
{
    const Index b = static_cast<Index>(indices.size());
    const Index first = std::clamp<Index>(firstStep, 0, std::max(0, steps - 1));
    const Index length = steps - first;
    InputBatch batch;
    batch.steps = static_cast<int>(length);
    batch.batch = static_cast<int>(b);
    if (usesTokens()) {
        batch.tokens.assign(at(length * b), 0);
        for (Index j = 0; j < b; ++j) {
            const auto &ids = tokens[at(indices[at(j)])];
            for (Index t = 0; t < length; ++t)
                batch.tokens[at(t * b + j)] = ids[at(first + t)];
        }
        if (!subwords.empty()) { // compressed rows in column order t*B + b
            batch.subwordOffsets.assign(at(length * b + 1), 0);
            for (Index t = 0; t < length; ++t)
                for (Index j = 0; j < b; ++j) {
                    const auto &grams = subwords[at(indices[at(j)])][at(first + t)];
                    batch.subwordIds.insert(batch.subwordIds.end(), grams.begin(), grams.end());
                    batch.subwordOffsets[at(t * b + j + 1)]
                        = static_cast<int>(batch.subwordIds.size());
                }
        }
        return batch;
    }
    const Index x = inputs.empty() ? 0 : inputs.front().rows();
    batch.values.resize(x, length * b);
    for (Index j = 0; j < b; ++j) {
        const Matrix &sample = inputs[at(indices[at(j)])];
        for (Index t = 0; t < length; ++t)
            batch.values.col(t * b + j) = sample.col(first + t);
    }
    return batch;
}

int SequenceSet::leadingPads(Index n) const
{
    if (!usesTokens())
        return 0;
    const auto &ids = tokens[at(n)];
    int pads = 0;
    while (pads < static_cast<int>(ids.size()) && ids[at(pads)] == 0)
        ++pads;
    return pads;
}

Targets SequenceSet::targets(const std::vector<Index> &indices) const
{
    const Index b = static_cast<Index>(indices.size());
    Targets result;
    result.stepMask = stepMask;
    if (classification()) {
        const Index perSample = static_cast<Index>(labels[at(indices.front())].size());
        result.labels.assign(at(perSample * b), -1);
        for (Index j = 0; j < b; ++j) {
            const auto &ids = labels[at(indices[at(j)])];
            for (Index t = 0; t < perSample; ++t)
                result.labels[at(t * b + j)] = ids[at(t)];
        }
        return result;
    }
    if (values.empty())
        return result;
    const Index o = values.front().rows();
    const Index perSample = values.front().cols();
    result.values.resize(o, perSample * b);
    for (Index j = 0; j < b; ++j) {
        const Matrix &sample = values[at(indices[at(j)])];
        for (Index t = 0; t < perSample; ++t)
            result.values.col(t * b + j) = sample.col(t);
    }
    return result;
}

SequenceSet SequenceSet::subset(const std::vector<Index> &indices) const
{
    SequenceSet result;
    result.steps = steps;
    result.stepMask = stepMask;
    for (Index i : indices) {
        if (i < 0 || i >= size())
            throw std::out_of_range("SequenceSet::subset: sample " + std::to_string(i) + " of "
                                    + std::to_string(size()));
        if (usesTokens()) {
            result.tokens.push_back(tokens[at(i)]);
            if (!subwords.empty())
                result.subwords.push_back(subwords[at(i)]);
        } else
            result.inputs.push_back(inputs[at(i)]);
        if (classification())
            result.labels.push_back(labels[at(i)]);
        else if (!values.empty())
            result.values.push_back(values[at(i)]);
    }
    return result;
}

std::string SequenceSet::validate() const
{
    if (steps < 1)
        return "The sequences have no time steps.";
    if (!tokens.empty() && !inputs.empty())
        return "A sequence set holds either features or tokens, not both.";
    const Index n = size();
    if (n == 0)
        return "There are no samples.";
    if (classification() ? static_cast<Index>(labels.size()) != n
                         : static_cast<Index>(values.size()) != n)
        return "There are " + std::to_string(n) + " samples but a different number of targets.";
    for (Index i = 0; i < n; ++i) {
        if (usesTokens()
                ? static_cast<Index>(tokens[at(i)].size()) != steps
                : (inputs[at(i)].cols() != steps || inputs[at(i)].rows() != inputs.front().rows()))
            return "Sample " + std::to_string(i) + " does not have the shape of the first one.";
        if (classification() ? labels[at(i)].size() != labels.front().size()
                             : (values[at(i)].rows() != values.front().rows()
                                || values[at(i)].cols() != values.front().cols()))
            return "The target of sample " + std::to_string(i)
                + " does not have the shape of the first one.";
    }
    if (!subwords.empty()) {
        if (static_cast<Index>(subwords.size()) != n)
            return "There are " + std::to_string(n) + " samples but a different number of "
                + "subword lists.";
        for (Index i = 0; i < n; ++i)
            if (static_cast<Index>(subwords[at(i)].size()) != steps)
                return "The subwords of sample " + std::to_string(i)
                    + " do not have one list per time step.";
    }
    if (stepMask.size() != 0 && stepMask.size() != steps)
        return "The step mask must have one entry per time step.";
    return {};
}

} // namespace rnn

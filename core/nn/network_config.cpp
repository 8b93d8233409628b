// Validation of NetworkConfig (see network_config.h).
#include "network_config.h"

#include "loader_limits.h"
#include "parameter_shapes.h"

#include <algorithm>

namespace rnn {

namespace {

// "" when 1 <= value <= limit, else the sentence naming the limit.
std::string checkSize(int value, int limit, const char *what, const char *limitName)
{
    if (value <= limit)
        return {};
    return std::string("The ") + what + " is " + std::to_string(value) + ", more than the limit of "
        + std::to_string(limit) + " (limits::" + limitName + ").";
}

} // namespace

int NetworkConfig::gateCount() const
{
    switch (cell) {
    case CellType::Elman:
    case CellType::Jordan:
    case CellType::Mlp:
        return 1;
    case CellType::Lstm:
        return 4;
    case CellType::Gru:
        return 3;
    }
    return 1;
}

std::string NetworkConfig::validate() const
{
    if (hiddenSize < 1)
        return "The hidden size must be at least 1.";
    if (layers < 1)
        return "A network needs at least one layer.";
    if (outputSize < 1)
        return "The output size must be at least 1.";
    if (readout == ReadoutKind::Softmax && outputSize < 2)
        return "A softmax readout needs at least two classes.";
    if (vocabularySize < 0)
        return "The vocabulary size cannot be negative.";
    if (subwordBuckets < 0)
        return "The number of subword buckets cannot be negative.";
    if (subwordBuckets > 0 && !hasEmbedding())
        return "Subword n-grams need an embedding (a vocabulary).";
    if (skipPadding && (!hasEmbedding() || !paddingToken || cell == CellType::Jordan))
        return "Skipping pad steps needs an embedding whose token 0 is padding, and a cell other "
               "than Jordan.";
    if (hasEmbedding()) {
        if (embeddingSize < 1)
            return "An embedding needs an embedding size of at least 1.";
    } else if (inputSize < 1) {
        return "The input size must be at least 1.";
    }
    for (const std::string &error :
         { checkSize(hiddenSize, limits::maxHiddenSize, "hidden size", "maxHiddenSize"),
           checkSize(layers, limits::maxLayers, "number of layers", "maxLayers"),
           checkSize(outputSize, limits::maxOutputSize, "output size", "maxOutputSize"),
           checkSize(vocabularySize, limits::maxVocabularySize, "vocabulary size",
                     "maxVocabularySize"),
           checkSize(subwordBuckets, limits::maxSubwordBuckets, "number of subword buckets",
                     "maxSubwordBuckets"),
           checkSize(hasEmbedding() ? embeddingSize : inputSize, limits::maxInputSize,
                     hasEmbedding() ? "embedding size" : "input size", "maxInputSize") })
        if (!error.empty())
            return error;
    if (parameterCount(*this) > limits::maxParameters)
        return "The network has " + std::to_string(parameterCount(*this))
            + " weights, more than the limit of " + std::to_string(limits::maxParameters)
            + " (limits::maxParameters).";
    if (cell == CellType::Jordan) {
        if (layers != 1)
            return "A Jordan network has exactly one recurrent layer (its context is the "
                   "network's output).";
        if (bidirectional)
            return "A Jordan network cannot be bidirectional (its context is the previous "
                   "output).";
        if (isPooled(placement))
            return "A Jordan network cannot pool its readout over the steps (its readout is fed "
                   "back at every step).";
    }
    if (cell == CellType::Mlp) {
        if (hasEmbedding())
            return "An MLP reads numbers, not tokens: it takes no embedding (use a recurrent "
                   "model for texts).";
        if (bidirectional)
            return "An MLP has no direction to read in: it sees the whole window at once (it "
                   "cannot be bidirectional).";
        if (placement != ReadoutPlacement::LastStep)
            return "An MLP answers once per window: it needs a many-to-one readout at the last "
                   "step.";
        if (windowSteps < 1)
            return "An MLP needs the length of its window (window_steps) of at least 1.";
        if (hasDropout())
            return "The MLP takes no dropout.";
        if (const std::string error
            = checkSize(windowSteps, limits::maxInputSize / std::max(inputSize, 1), "MLP window",
                        "maxInputSize");
            !error.empty())
            return error;
    }
    if (!(inputDropout >= 0.0 && inputDropout < 1.0)
        || !(readoutDropout >= 0.0 && readoutDropout < 1.0))
        return "A dropout rate must be at least 0 and below 1.";
    if (readoutDropout > 0.0
        && (placement == ReadoutPlacement::EveryStep || cell == CellType::Jordan))
        return "Readout dropout needs a many-to-one readout (last step, final states or mean) "
               "and a cell that does not feed its readout back (not Jordan).";
    if (readoutSkip && !(hasEmbedding() && isPooled(placement)))
        return "The readout's skip path (the mean of the word vectors) needs an embedding and "
               "a pooled readout (mean or max).";
    if (!(skipLoss >= 0.0 && skipLoss <= 100.0))
        return "The skip path's loss weight must be between 0 and 100.";
    if (!(jordanMu >= 0.0 && jordanMu <= 1.0))
        return "The Jordan context decay mu must be between 0 and 1.";
    return {};
}

} // namespace rnn

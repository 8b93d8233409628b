// SequenceSet: the samples a Trainer learns from, already cut into sequences of one length T and
// scaled: inputs (features X x T, or token ids) and targets placed where the topology puts the
// loss (every step, or one readout per sequence). It turns any choice of samples into the
// network's batch layout (core/types.h: step t of sample b in column t*B + b). It knows nothing
// of files, scaling or training; the Experiment and the tests fill it.
#pragma once

#include "nn/batch.h"
#include "types.h"

#include <string>
#include <vector>

namespace rnn {

struct SequenceSet
{
    int steps = 0; // T, the same for every sample
    // One of the two input kinds, N samples:
    std::vector<Matrix> inputs; // X x T each (numeric features)
    std::vector<std::vector<int>> tokens; // T ids each (a network with an embedding)
    // Optional, with tokens: the subword n-gram bucket ids of every step of every sample
    // (subwords[n][t]; nn/embedding.h). Empty: no n-grams.
    std::vector<std::vector<std::vector<int>>> subwords;
    // One of the two target kinds, N samples:
    // Linear readout: O x T each (EveryStep) or O x 1 each (LastStep / FinalStates).
    std::vector<Matrix> values;
    // Softmax readout: T ids each (EveryStep) or 1 id each; negative ids carry no loss.
    std::vector<std::vector<int>> labels;
    // Optional, length T, 0/1: the steps that carry the loss (EveryStep only; e.g. the decoder
    // steps of an encoder-decoder).
    Vector stepMask;

    Index size() const
    {
        return static_cast<Index>(tokens.empty() ? inputs.size() : tokens.size());
    }
    bool empty() const { return size() == 0; }
    bool usesTokens() const { return !tokens.empty(); }
    bool classification() const { return !labels.empty(); }

    // The samples `indices`, in that order, as one batch of B = indices.size(), from time step
    // `firstStep` on (T - firstStep steps: the leading steps cut off, e.g. pads only).
    InputBatch inputBatch(const std::vector<Index> &indices, int firstStep = 0) const;
    // Token ids: how many leading steps of sample n are padding (id 0); 0 without tokens.
    int leadingPads(Index n) const;
    Targets targets(const std::vector<Index> &indices) const;
    // A SequenceSet holding only the samples `indices` (e.g. a validation part).
    SequenceSet subset(const std::vector<Index> &indices) const;

    // "" when every sample has the same length and the kinds are consistent, else what is wrong.
    std::string validate() const;
};

} // namespace rnn

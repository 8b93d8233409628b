// Turns core's rnn::Trace of one sequence (batch of one) into the SequenceTrace the views draw:
// the gate blocks split into named quantities in the lecture's order, time on the columns. Pure
// copying and renaming; no number is computed here except norms for display.
#pragma once

#include "snapshot.h"

#include "nn/trace.h"

#include <functional>

namespace rnnlab {

struct AdapterOptions
{
    int decoderSteps = 0; // encoder-decoder: the last steps get no input
    double jordanMu = 0.0;
    // Token id -> text, for sequences of tokens (empty: "#id").
    std::function<QString(int)> tokenText;
    // X: the name of each input (SequenceTrace::inputNames); one-hot steps are labelled by it.
    QStringList inputNames;
};

SequenceTrace adaptTrace(const rnn::Trace &trace, const AdapterOptions &options = {});

} // namespace rnnlab

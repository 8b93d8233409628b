// What the compare mode of the gradient plot asks for: an Elman network and an LSTM trained on
// the present run's data with the same seed, for a sequence length, clipping, a scale of the
// recurrent weights and a number of epochs. A plain value: the gradient plot fills it, the
// CompareController (app/gui/control) runs it, and setupFor() says what each of the two runs is.
#pragma once

#include "training_session.h"

namespace rnnlab {

struct CompareRequest
{
    int steps = 50; // sequence length T of the task
    double clip = 0.0; // 0 = off
    int epochs = 1; // epochs trained before the gradients are measured
    double recurrentScale = 0.7; // multiplies the recurrent weights at initialisation

    // The present run's setup with one layer of `cell`, one direction, and this request's
    // sequence length, clipping and scale.
    SessionSetup setupFor(const SessionSetup &present, rnn::CellType cell) const;
};

} // namespace rnnlab

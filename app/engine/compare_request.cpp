#include "compare_request.h"

namespace rnnlab {

SessionSetup CompareRequest::setupFor(const SessionSetup &present, rnn::CellType cell) const
{
    SessionSetup s = present;
    s.config.model = cell;
    s.config.layers = 1;
    s.config.bidirectional = false;
    s.config.clipNorm = clip;
    // The sequence length: a series' window, or a synthetic task's T.
    if (rnn::isSequenceTask(s.config.generator))
        s.config.sequenceLength = steps;
    else
        s.config.lookback = steps;
    s.recurrentScale = recurrentScale;
    return s;
}

} // namespace rnnlab

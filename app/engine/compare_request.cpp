#include "compare_request.h"

namespace rnnlab {

SessionSetup CompareRequest::setupFor(const SessionSetup &present, rnn::CellType cell) const
{
    SessionSetup s = present;
    s.settings.cell = cell;
    s.settings.layers = 1;
    s.settings.bidirectional = false;
    s.settings.clip = clip;
    s.data.steps = steps;
    s.data.lookback = steps;
    s.recurrentScale = recurrentScale;
    return s;
}

} // namespace rnnlab

// The play head over one sample's Trace: forward through t = 0..T-1, then the loss, then
// backward (BPTT) through t = T-1..0, then the weight update. Pure bookkeeping with no Qt
// widgets, so the transport bar, the views and the tests agree on what "one step" means.
#pragma once

#include "snapshot.h"

namespace rnnlab {

class TraceCursor
{
public:
    // Starts over at the first forward step of a sequence of T steps.
    void reset(int steps);
    // Moves one position on; returns false (and stays) at the update, the end of the sample.
    bool advance();
    // Moves one position back; returns false (and stays) at the first forward step.
    bool retreat();
    // Jumps to the update (end of the sample), e.g. after a whole batch was trained.
    void toEnd();
    void seek(Phase phase, int step);

    Phase phase() const { return m_phase; }
    // The time step under the cursor (T-1 during the loss, 0 at the update).
    int step() const { return m_step; }
    int steps() const { return m_steps; }
    bool atEnd() const { return m_phase == Phase::Update; }
    bool atStart() const { return m_phase == Phase::Forward && m_step == 0; }
    // Position in 0 .. 2T+1 (forward T, loss 1, backward T, update 1), for sliders.
    int ordinal() const;

private:
    int m_steps = 0;
    Phase m_phase = Phase::Forward;
    int m_step = 0;
};

} // namespace rnnlab

#include "trace_cursor.h"

#include <algorithm>

namespace rnnlab {

void TraceCursor::reset(int steps)
{
    m_steps = std::max(steps, 0);
    m_phase = Phase::Forward;
    m_step = 0;
}

bool TraceCursor::advance()
{
    switch (m_phase) {
    case Phase::Forward:
        if (m_step + 1 < m_steps)
            ++m_step;
        else
            m_phase = Phase::Loss, m_step = std::max(m_steps - 1, 0);
        return true;
    case Phase::Loss:
        m_phase = Phase::Backward;
        m_step = std::max(m_steps - 1, 0);
        return true;
    case Phase::Backward:
        if (m_step > 0)
            --m_step;
        else
            m_phase = Phase::Update;
        return true;
    case Phase::Update:
        return false;
    }
    return false;
}

bool TraceCursor::retreat()
{
    switch (m_phase) {
    case Phase::Forward:
        if (m_step == 0)
            return false;
        --m_step;
        return true;
    case Phase::Loss:
        m_phase = Phase::Forward;
        m_step = std::max(m_steps - 1, 0);
        return true;
    case Phase::Backward:
        if (m_step + 1 < m_steps)
            ++m_step;
        else
            m_phase = Phase::Loss;
        return true;
    case Phase::Update:
        m_phase = Phase::Backward;
        m_step = 0;
        return true;
    }
    return false;
}

void TraceCursor::toEnd()
{
    m_phase = Phase::Update;
    m_step = 0;
}

void TraceCursor::seek(Phase phase, int step)
{
    m_phase = phase;
    m_step = std::clamp(step, 0, std::max(m_steps - 1, 0));
}

int TraceCursor::ordinal() const
{
    switch (m_phase) {
    case Phase::Forward:
        return m_step;
    case Phase::Loss:
        return m_steps;
    case Phase::Backward:
        return m_steps + 1 + (m_steps - 1 - m_step);
    case Phase::Update:
        return 2 * m_steps + 1;
    }
    return 0;
}

} // namespace rnnlab

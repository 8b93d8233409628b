#include "inspection_state.h"

namespace rnnlab {

void InspectionState::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    // A new sequence whose words do not reach the inspected step (a sentence shorter than the
    // padded length): the inspector goes to its last word, never onto padding.
    const bool move = snapshot && !snapshot->trace.empty()
        && (m_step >= snapshot->trace.steps() || snapshot->trace.isPadding(m_step));
    if (move)
        m_step = snapshot->trace.lastRealStep();
    emit snapshotChanged(snapshot);
    if (move)
        emit stepChanged(m_step);
}

void InspectionState::setPlotSnapshot(const SnapshotPtr &snapshot)
{
    if (snapshot == m_plotSnapshot)
        return;
    m_plotSnapshot = snapshot;
    emit plotSnapshotChanged(snapshot);
}

void InspectionState::setCursor(Phase phase, int step)
{
    m_phase = phase;
    // The update phase has no step of its own: the views stay on the inspected one.
    emit cursorChanged(phase, phase == Phase::Update ? m_step : step);
    if (phase == Phase::Update)
        return;
    // While the play head crosses padding, the inspector waits on the nearest word.
    if (m_snapshot && m_snapshot->trace.isPadding(step))
        step = step < m_snapshot->trace.firstRealStep() ? m_snapshot->trace.firstRealStep()
                                                        : m_snapshot->trace.lastRealStep();
    setStep(step);
}

void InspectionState::setStep(int step)
{
    m_step = step;
    emit stepChanged(step);
}

void InspectionState::setRow(int row)
{
    if (row < 0 || row == m_row)
        return;
    m_row = row;
    emit rowChanged(row);
}

void InspectionState::setUnit(int unit)
{
    if (unit < 0 || unit == m_unit)
        return;
    m_unit = unit;
    emit unitChanged(unit);
}

void InspectionState::setHighlights(const QStringList &names)
{
    if (names == m_highlights)
        return;
    m_highlights = names;
    emit highlightsChanged(names);
}

void InspectionState::requestInspection(const InspectRequest &request)
{
    emit inspectionRequested(request);
}

void InspectionState::requestSentenceFilter(int trueClass, int predictedClass)
{
    emit sentenceFilterRequested(trueClass, predictedClass);
}

} // namespace rnnlab

#include "inspection_state.h"

namespace rnnlab {

void InspectionState::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    emit snapshotChanged(snapshot);
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
    emit cursorChanged(phase, step);
    if (phase != Phase::Update)
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

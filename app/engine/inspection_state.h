// What the user is looking at, shared by every view as Qt's model/view examples share one
// QItemSelectionModel: the snapshot on display, the play head (phase and time step), the time
// step under inspection, the recurrent row (layer and direction) and the unit. Views subscribe
// to its signals (each view's setInspection()) and write the user's choices back (a click on a
// step, a unit, a row), so no one pushes the selection into each view by hand.
//
// Views also ask through it for another sequence on screen (requestInspection), which the
// window forwards to the TrainingController, so a view needs no pointer to the controller.
//
// Two snapshots: snapshot() is the newest one the window draws (at most ~30 a second while
// training plays), plotSnapshot() the one the plots draw, which follows it at a slower pace
// (at most ~8 a second) because plots are the expensive views. The window decides the pace;
// this object only holds the values and says when they change.
//
// Threading: a GUI-thread object like any QObject with signals to widgets; the worker never
// sees it (it sends snapshots to the TrainingController).
#pragma once

#include "snapshot.h"

#include <QObject>
#include <QStringList>

namespace rnnlab {

class InspectionState : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    SnapshotPtr snapshot() const { return m_snapshot; }
    SnapshotPtr plotSnapshot() const { return m_plotSnapshot; }
    Phase phase() const { return m_phase; }
    int step() const { return m_step; } // the time step under inspection
    int row() const { return m_row; } // index into SequenceTrace::rows
    int unit() const { return m_unit; }
    // What a guided beat points at (beat.h's beatHighlightNames(): "forget_gate", "cell_state",
    // "context", "backward_row", ...); the views outline these elements. Empty = nothing.
    QStringList highlights() const { return m_highlights; }

    // A snapshot whose sequence has no word at the inspected step (padding, or fewer steps)
    // moves the inspected step to its last word.
    void setSnapshot(const SnapshotPtr &snapshot);
    void setPlotSnapshot(const SnapshotPtr &snapshot);
    // Moves the play head; outside the update phase the inspected step follows it (to the
    // nearest word while the play head is on padding).
    void setCursor(Phase phase, int step);
    void setStep(int step);
    void setRow(int row);
    void setUnit(int unit);
    void setHighlights(const QStringList &names);
    // A view asks for another sequence on screen (a click on the prediction plot, a sentence
    // picked or typed); the window passes it to the training worker, which answers with a
    // snapshot. Nothing here computes it.
    void requestInspection(const rnnlab::InspectRequest &request);
    // The confusion matrix asks the list of test sentences to show one of its cells (-1: any).
    void requestSentenceFilter(int trueClass, int predictedClass);

signals:
    void snapshotChanged(const rnnlab::SnapshotPtr &snapshot);
    void plotSnapshotChanged(const rnnlab::SnapshotPtr &snapshot);
    void cursorChanged(rnnlab::Phase phase, int step);
    void stepChanged(int step);
    void rowChanged(int row);
    void unitChanged(int unit);
    void highlightsChanged(const QStringList &names);
    void inspectionRequested(const rnnlab::InspectRequest &request);
    void sentenceFilterRequested(int trueClass, int predictedClass);

private:
    SnapshotPtr m_snapshot;
    SnapshotPtr m_plotSnapshot;
    Phase m_phase = Phase::Update;
    int m_step = 0;
    int m_row = 0;
    int m_unit = 0;
    QStringList m_highlights;
};

} // namespace rnnlab

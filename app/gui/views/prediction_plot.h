// Prediction against target along the whole series, with the train, validation and test regions
// shaded, the persistence and Holt-Winters baselines drawn, and the lookback window of
// the sequence on screen marked with a bracket, and core's test metrics under it (the view computes
// none). QCustomPlot. A click on a point asks (through the InspectionState) for the window that
// forecasts it to be the sequence on screen.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace rnnlab {

class PredictionPlot : public QWidget
{
    Q_OBJECT

public:
    explicit PredictionPlot(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setInspection(InspectionState *state) { m_state = state; }
    QCustomPlot *plot() const { return m_plot; }
    // Asks for the window whose forecast is the point nearest to `x` on the time axis.
    void pickAt(double x);
    // The point of the series the sequence on screen forecasts (-1: none).
    static int inspectedPoint(const Snapshot &snapshot);
    // The line under the plot: core's test RMSE of the network, of persistence and of
    // Holt-Winters, and whether the network beats Holt-Winters.
    QString summaryText() const;

private:
    void drawBracket(const SeriesView &series, int point);
    static QString holtWintersVerdict(const SeriesView &s);

    InspectionState *m_state = nullptr;
    SnapshotPtr m_snapshot;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rnnlab

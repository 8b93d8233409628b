// Prediction against target along the whole series, with the train, validation and test regions
// shaded, the persistence and Holt-Winters baselines drawn, and the lookback window of
// the inspected sample marked with a bracket, and core's test metrics under it (the view computes
// none). QCustomPlot.
#pragma once

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
    QCustomPlot *plot() const { return m_plot; }
    // The line under the plot: core's test RMSE of the network, of persistence and of
    // Holt-Winters, and whether the network beats Holt-Winters.
    QString summaryText() const;

private:
    static QString holtWintersVerdict(const SeriesView &s);

    QCustomPlot *m_plot = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rnnlab

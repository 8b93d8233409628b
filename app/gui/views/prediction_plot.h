// Prediction against target along the whole series, with the train, validation and test regions
// shaded, the persistence baseline ("repeat the last value") drawn, and the lookback window of
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
    // The line under the plot: core's test RMSE of the network and of persistence.
    QString summaryText() const;

private:
    QCustomPlot *m_plot = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rnnlab

// What the network is given: the raw series of the target, then the series the network learns
// (after the transform and differencing, scaled with the training part's scaler), the split into
// train / validation / test and one window (its lookback and the value it forecasts), so a
// student sees the pipeline the data panel explains. The view rebuilds the data with core's
// ForecastPipeline from the run's settings when they change (reading the file in the GUI thread:
// the file is small and this happens once per run); it trains nothing. QCustomPlot.
#pragma once

#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace rnnlab {

class PipelineView : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    QCustomPlot *plot() const { return m_plot; }
    QString captionText() const;
    // Points of the raw (0) and of the learnt (1) series drawn.
    int pointCount(int which) const;

private:
    void clear(const QString &why);

    QCustomPlot *m_plot = nullptr;
    QLabel *m_caption = nullptr;
    std::string m_shownKey; // the settings the plot was drawn for
};

} // namespace rnnlab

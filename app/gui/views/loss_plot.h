// Loss over epochs (train and validation) with a log-scale option, drawn with QCustomPlot.
#pragma once

#include "snapshot.h"

#include <QWidget>

class QCheckBox;
class QCustomPlot;

namespace rnnlab {

class LossPlot : public QWidget
{
    Q_OBJECT

public:
    explicit LossPlot(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setLogScale(bool log);
    QCustomPlot *plot() const { return m_plot; }
    int pointCount() const; // points of the training curve

private:
    QCustomPlot *m_plot = nullptr;
    QCheckBox *m_log = nullptr;
};

} // namespace rnnlab

// Gradient x input for the inspected window of a forecast: a heatmap of input variables x time
// steps, each cell core's dL/dx_t times x_t (the first-order share of that input value in the
// window's loss; orange raises the loss, purple lowers it, white does not matter). Beside the
// permutation importance of the whole test part (ImportanceView), it shows which steps of which
// inputs this one window leans on. QCustomPlot; the numbers are core's.
#pragma once

#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace rnnlab {

class InputAttributionView : public QWidget
{
    Q_OBJECT

public:
    explicit InputAttributionView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    QCustomPlot *plot() const { return m_plot; }
    int cellCount() const { return m_cells; } // cells of the heatmap drawn

private:
    QCustomPlot *m_plot = nullptr;
    QLabel *m_note = nullptr;
    int m_cells = 0;
};

} // namespace rnnlab

// Heatmaps (unit x time) of every gate, the cell state and the hidden state of one recurrent row,
// stacked, with a cursor at the selected step. Gates use the sequential map (0 to 1) so
// saturated units (near 0 or 1) stand out; signed quantities use the diverging map. QCustomPlot.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QCPItemStraightLine;

namespace rnnlab {

class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setRow(int row);
    void setStep(int step);
    // Follows the inspected step and row of the shared state (the snapshot comes as to every
    // plot, see view_registry.h) and writes a clicked step back to it.
    void setInspection(InspectionState *state);
    QCustomPlot *plot() const { return m_plot; }
    int mapCount() const { return static_cast<int>(m_cursors.size()); }
    // Share of saturated values (gates within 0.05 of 0 or 1, tanh beyond ±0.95) of a quantity.
    static double saturation(const Quantity &quantity);

signals:
    void stepClicked(int step);

private:
    void rebuild();

    QCustomPlot *m_plot = nullptr;
    SnapshotPtr m_snapshot;
    int m_row = 0;
    int m_step = 0;
    std::vector<QCPItemStraightLine *> m_cursors;
};

} // namespace rnnlab

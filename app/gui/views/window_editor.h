// The window's values as points to drag (QCustomPlot), beside the card's row to type them in: a
// numeric sequence on screen (a forecast's window in the data's own units, a synthetic task's
// first input as the network reads it) with, for a forecast, core's forecast and the true value
// after the window, and the pinned original's values dashed behind. Dragging a point changes that
// step's value; pointDragged is emitted while the mouse moves (at most ~25 times a second, and
// once more on release), and the "Choose the sequence" tab asks the worker for the forecast of
// the new window, so the forecast follows the drag live. Nothing here computes the network.
#pragma once

#include "snapshot.h"

#include <QElapsedTimer>
#include <QWidget>

#include <vector>

class QCustomPlot;
class QMouseEvent;

namespace rnnlab {

class WindowEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WindowEditor(QWidget *parent = nullptr);

    // Draws `values` (one per step, NaN where a step has no input) of the sequence on screen,
    // with a forecast's prediction and truth from `inspected`, and `original` (empty: none).
    void showValues(const std::vector<double> &values, const InspectedSequence &inspected,
                    const std::vector<double> &original);
    void clear();

    QCustomPlot *plot() const { return m_plot; }
    const std::vector<double> &values() const { return m_values; }
    // Where the point of `step` is drawn, in the plot's pixels.
    QPointF pointPosition(int step) const;
    // What a drag does: the value of `step` becomes `value` (redrawn at once, then emitted).
    void dragPoint(int step, double value);

signals:
    void pointDragged(int step, double value);

private:
    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void redraw(bool rescale);

    QCustomPlot *m_plot = nullptr;
    std::vector<double> m_values;
    std::vector<double> m_original;
    int m_dragged = -1; // the step being dragged
    QElapsedTimer m_sinceEmit;
};

} // namespace rnnlab

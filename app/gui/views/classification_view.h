// Classification results: the confusion matrix (true class x predicted class) with per-class
// accuracy, and the chosen sentence with every token coloured by how much it moved the cell state
// and by the class probability after it. QCustomPlot for the matrix; the numbers are core's. A
// click on a cell of the matrix asks the list of test sentences (the "Choose the sequence" tab)
// to show the sentences of that cell.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;

namespace rnnlab {

class ClassificationView : public QWidget
{
    Q_OBJECT

public:
    explicit ClassificationView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setInspection(InspectionState *state) { m_state = state; }
    QCustomPlot *plot() const { return m_plot; }
    // The cell (true class, predicted class) at a point of the plot, asked for as the filter of
    // the test sentences; false when the point is outside the matrix.
    bool pickCell(const QPointF &pixel);
    QString tokensHtml() const;
    // The per-class and overall accuracy beside the matrix (core's numbers).
    QString accuracyText() const;

private:
    InspectionState *m_state = nullptr;
    int m_classes = 0;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_accuracy = nullptr;
};

} // namespace rnnlab

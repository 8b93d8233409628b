// Classification results: the confusion matrix (true class x predicted class) with per-class
// accuracy, and the chosen sentence with every token coloured by how much it moved the cell state
// and by the class probability after it. QCustomPlot for the matrix; the numbers are core's.
#pragma once

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
    QCustomPlot *plot() const { return m_plot; }
    QString tokensHtml() const;
    // The per-class and overall accuracy beside the matrix (core's numbers).
    QString accuracyText() const;

private:
    QCustomPlot *m_plot = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_accuracy = nullptr;
};

} // namespace rnnlab

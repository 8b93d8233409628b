// Vanishing gradients: ||dL/dh_t|| against t on a log scale for the present run, and a compare
// mode that shows an Elman network and an LSTM trained on the same data with the same seed side
// by side, with controls for the sequence length and clipping, and a "how to read this"
// paragraph. The curves are core's numbers (the Trace's dL/dh_t); this view only draws them.
#pragma once

#include "compare_request.h"
#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QDoubleSpinBox;

namespace rnnlab {

class GradientPlot : public QWidget
{
    Q_OBJECT

public:
    explicit GradientPlot(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    // Compare mode: the two runs, each with the same data and seed; nullptr clears it.
    void setComparison(const SnapshotPtr &first, const SnapshotPtr &second);
    bool comparing() const { return m_first != nullptr; }
    QCustomPlot *plot() const { return m_plot; }
    int curveCount() const;
    // Per curve: its name and the norms plotted (for tests and the report).
    std::vector<std::pair<QString, std::vector<double>>> curves() const { return m_curves; }
    CompareRequest request() const;
    QPushButton *compareButton() const { return m_compare; }

    // log10(norm at T-1 / norm at 0) / (T-1): how fast a curve falls toward the start, per step
    // (positive when the gradient vanishes going back in time).
    static double decayPerStep(const std::vector<double> &norms);

signals:
    void compareRequested(const rnnlab::CompareRequest &request);

private:
    void redraw();

    QCustomPlot *m_plot = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_compare = nullptr;
    QSpinBox *m_steps = nullptr;
    QDoubleSpinBox *m_clip = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QSpinBox *m_epochs = nullptr;
    SnapshotPtr m_snapshot;
    SnapshotPtr m_first;
    SnapshotPtr m_second;
    std::vector<std::pair<QString, std::vector<double>>> m_curves;
};

} // namespace rnnlab

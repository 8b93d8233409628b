// Lesson 6, the vanishing gradient, as Distill's "memorization in RNNs" draws it: for the output
// step t under inspection (a click on a column of the unrolled network chooses it), how much the
// loss at t hears every earlier input, ||dL_t/dx_s|| for s = 0 .. t (core's
// gradientConnectivity: one BPTT from that step alone), as one bar per step in the unrolled
// network's columns, on a log scale relative to the largest. Two rows side by side in time: an
// Elman network and an LSTM trained on the same data with the same seed for as many epochs as the
// run, their recurrent weights scaled by 0.7 at initialisation as the gradient plot's compare mode
// does; the Elman row falls away within a few steps, the LSTM row reaches far back. Training the
// two runs off the GUI thread (SideModelRunner).
#pragma once

#include "side_model.h"
#include "snapshot.h"

#include "nn/gradient_connectivity.h"

#include <QWidget>

#include <optional>

class QPainter;

namespace rnnlab {

class InspectionState;
class SideModelRunner;

class ConnectivityView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double recurrentScale = 0.7; // as CompareRequest::recurrentScale
    static constexpr double decades = 8.0; // the log scale's depth

    explicit ConnectivityView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setInspection(InspectionState *state);

    // For tests: the curves drawn (empty until both networks are trained), the output step.
    const rnn::GradientConnectivity *elman() const { return m_elman ? &*m_elman : nullptr; }
    const rnn::GradientConnectivity *lstm() const { return m_lstm ? &*m_lstm : nullptr; }
    int outputStep() const { return m_outputStep; }
    void setOutputStep(int step);
    QSize sizeHint() const override { return { 900, 360 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void compute();
    void drawRow(QPainter &p, const QRectF &r, const QString &name,
                 const rnn::GradientConnectivity &g) const;

    SnapshotPtr m_snapshot;
    SideModelRunner *m_runner = nullptr;
    std::vector<SideModel> m_models; // Elman, LSTM
    QString m_doneKey;
    QString m_note;
    int m_outputStep = -1; // -1: the last step
    std::optional<rnn::GradientConnectivity> m_elman;
    std::optional<rnn::GradientConnectivity> m_lstm;
};

} // namespace rnnlab

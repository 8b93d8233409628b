// Lesson 1, MLP vs RNN: the feed-forward network (core/nn/mlp.h) trained on the same windows of
// the same series as the recurrent network of the run, for as many epochs, and drawn as layers
// fed the whole window at once: the T input boxes x_0 .. x_{T-1} of the inspected window, every
// one wired to every tanh unit (the lines: the weights of W_1, orange > 0, purple < 0), then the
// one output. Beside it the RNN as the unrolled row: one x_t and one h_t per step, the same W and
// U at every step. Under both: their weights and test errors, core's numbers. The MLP is trained
// off the GUI thread (SideModelRunner) whenever the run's epoch or settings change.
#pragma once

#include "side_model.h"
#include "snapshot.h"

#include <QWidget>

#include <optional>

namespace rnnlab {

class InspectionState;
class SideModelRunner;

class MlpView : public QWidget
{
    Q_OBJECT

public:
    explicit MlpView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);

    // For tests: whether an MLP has been trained and drawn, and what it is.
    bool hasMlp() const { return m_mlp.has_value(); }
    const SideModel *mlp() const { return m_mlp ? &*m_mlp : nullptr; }
    // The MLP's output for the inspected window (scaled as the network sees it), NaN if none.
    double output() const { return m_output; }
    QSize sizeHint() const override { return { 900, 420 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void computeWindow();
    QString keyOf(const Snapshot &snapshot) const;

    SnapshotPtr m_snapshot;
    SideModelRunner *m_runner = nullptr;
    std::optional<SideModel> m_mlp;
    QString m_doneKey;
    QString m_note; // why nothing is drawn
    // the inspected window through the MLP (core's forward)
    Matrix m_window; // X x T
    std::vector<Vector> m_hidden; // per layer
    double m_output = 0.0;
};

} // namespace rnnlab

// The live equations: the lecture's equations of the selected cell with the real numbers of the
// selected unit and time step substituted, e.g. "f_t = σ(W_f [h_{t-1}, x_t] + b_f) = σ(0.42) =
// 0.60", and during BPTT the gradients dL/dh_t and dL/dC_t of that unit. Numbers come from the
// Trace core computed; the panel only formats them.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;

namespace rnnlab {

class EquationView : public QWidget
{
    Q_OBJECT

public:
    explicit EquationView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    void setCursor(Phase phase, int step);
    void setRow(int row);
    void setUnit(int unit);
    // Follows the shared inspection state: the phase of the play head at the inspected step.
    void setInspection(InspectionState *state);

    // The equations as HTML (what the panel shows), for tests and the presenter.
    QString html() const;
    QString plainText() const;

signals:
    // The text on show changed (its height may have).
    void textChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Marks the text stale; it is rebuilt once, after the present event (several setters in a
    // row cost one layout), at most about 10 times a second, and not at all while hidden.
    void refresh();
    void apply();

    bool m_refreshQueued = false;
    QElapsedTimer m_sinceApply;

    SnapshotPtr m_snapshot;
    Phase m_phase = Phase::Update;
    int m_step = 0;
    int m_row = 0;
    int m_unit = 0;
    QLabel *m_label = nullptr;
};

} // namespace rnnlab

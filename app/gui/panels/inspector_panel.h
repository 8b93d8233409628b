// The right dock: which recurrent row (layer and direction) to inspect, the cell of that row at
// the inspected step (CellView) above its live equations (EquationView), and the legends of
// their colours. The row chooser is written from each snapshot's rows and writes the choice to
// the inspection state, which the views follow.
#pragma once

#include "inspection_state.h"

#include <QWidget>

class QComboBox;

namespace rnnlab {

class CellView;
class EquationView;

class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(InspectionState *state, QWidget *parent = nullptr);

    CellView *cellView() const { return m_cell; }
    EquationView *equationView() const { return m_equations; }

private:
    void showRows(const SnapshotPtr &snapshot);

    InspectionState *m_state = nullptr;
    QComboBox *m_rowChoice = nullptr;
    CellView *m_cell = nullptr;
    EquationView *m_equations = nullptr;
};

} // namespace rnnlab

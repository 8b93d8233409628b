#include "inspector_panel.h"

#include "views/cell_view.h"
#include "views/colour_legend.h"
#include "views/equation_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace rnnlab {

InspectorPanel::InspectorPanel(InspectionState *state, QWidget *parent)
    : QWidget(parent)
    , m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_rowChoice = new QComboBox(this);
    m_rowChoice->setToolTip(tr("Which layer (and direction) the inspector shows"));
    layout->addWidget(m_rowChoice);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_cell = new CellView(splitter);
    m_cell->setInspection(state);
    auto *equationScroll = new QScrollArea(splitter);
    m_equations = new EquationView;
    m_equations->setInspection(state);
    equationScroll->setWidget(m_equations);
    equationScroll->setWidgetResizable(true);
    // The selected unit's equations without scrolling: the scroll area asks for their height (up
    // to 60 % of the panel; the cell takes the rest).
    connect(m_equations, &EquationView::textChanged, this, [this, equationScroll] {
        const int needed = m_equations->sizeHint().height() + 2 * equationScroll->frameWidth();
        equationScroll->setMinimumHeight(std::min(needed, height() * 60 / 100));
    });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter);
    auto *legends = new QHBoxLayout;
    auto *gateLegend = new ColourLegend(ColourLegend::Kind::Sequential, this);
    gateLegend->setTitle(tr("gates σ"));
    gateLegend->setRange(0, 1);
    auto *valueLegend = new ColourLegend(ColourLegend::Kind::Diverging, this);
    valueLegend->setTitle(tr("tanh, h, C"));
    legends->addWidget(gateLegend);
    legends->addWidget(valueLegend);
    layout->addLayout(legends);
    setMinimumWidth(360);

    connect(m_rowChoice, &QComboBox::currentIndexChanged, state, &InspectionState::setRow);
    connect(state, &InspectionState::rowChanged, m_rowChoice, &QComboBox::setCurrentIndex);
    connect(state, &InspectionState::snapshotChanged, this, &InspectorPanel::showRows);
}

void InspectorPanel::showRows(const SnapshotPtr &snapshot)
{
    // The row chooser follows the network's layers and directions.
    if (!snapshot)
        return;
    // (by name: another cell with as many rows is another list)
    QStringList names;
    for (const RowTrace &row : snapshot->trace.rows)
        names << tr("%1, layer %2%3")
                     .arg(cellName(row.cell))
                     .arg(row.layer + 1)
                     .arg(row.reversed ? tr(", backward") : QString());
    QStringList shown;
    for (int i = 0; i < m_rowChoice->count(); ++i)
        shown << m_rowChoice->itemText(i);
    if (shown == names)
        return;
    {
        const QSignalBlocker blocker(m_rowChoice);
        m_rowChoice->clear();
        m_rowChoice->addItems(names);
        m_rowChoice->setCurrentIndex(0);
    }
    m_state->setRow(0);
}

} // namespace rnnlab

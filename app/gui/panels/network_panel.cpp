#include "network_panel.h"

#include "views/colour_legend.h"
#include "views/inspect_view.h"
#include "views/unrolled_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rnnlab {

NetworkPanel::NetworkPanel(InspectionState *state, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *zoomBar = new QHBoxLayout;
    zoomBar->setContentsMargins(6, 2, 6, 2);
    m_title = new QLabel(tr("<b>The unrolled network</b> — one column per time step"), this);
    m_title->setWordWrap(true); // the legends keep their width in a narrow window
    zoomBar->addWidget(m_title, 1);
    auto *valueLegend = new ColourLegend(ColourLegend::Kind::Diverging, this);
    valueLegend->setTitle(tr("value (h, C, x, y)"));
    valueLegend->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // its title's width
    m_gradientLegend = new ColourLegend(ColourLegend::Kind::Sequential, this);
    m_gradientLegend->setTitle(tr("‖∂L/∂h‖ (log scale)"));
    m_gradientLegend->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    zoomBar->addWidget(valueLegend);
    zoomBar->addWidget(m_gradientLegend);
    const auto zoomButton
        = [&](const QString &text, const QString &tip, void (NetworkPanel::*slot)()) {
              auto *button = new QToolButton(this);
              button->setText(text);
              button->setToolTip(tip);
              button->setFocusPolicy(Qt::NoFocus);
              connect(button, &QToolButton::clicked, this, slot);
              zoomBar->addWidget(button);
          };
    zoomButton(tr("−"), tr("Zoom out (whole sequence)"), &NetworkPanel::zoomOut);
    zoomButton(tr("Fit"), tr("Fit the whole sequence"), &NetworkPanel::zoomToFit);
    zoomButton(tr("+"), tr("Zoom in (one cell)"), &NetworkPanel::zoomIn);
    layout->addLayout(zoomBar);
    m_inspected = new QLabel(this);
    m_inspected->setWordWrap(true);
    m_inspected->setContentsMargins(6, 0, 6, 2);
    layout->addWidget(m_inspected);
    m_unrolled = new UnrolledView;
    m_unrolled->setInspection(state);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_unrolled);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_scroll);
    // The row labels stay at the visible left edge: a sideways scroll repaints the whole view
    // rather than shifting the old pixels (labels included).
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_unrolled,
            qOverload<>(&QWidget::update));

    connect(state, &InspectionState::snapshotChanged, this, &NetworkPanel::showSnapshot);
    connect(state, &InspectionState::cursorChanged, this,
            [this](Phase, int step) { followPlayHead(step); });
}

QString NetworkPanel::inspectedText() const
{
    return m_inspected->text();
}

void NetworkPanel::zoomIn()
{
    m_unrolled->setColumnWidth(m_unrolled->columnWidth() * 1.4);
}

void NetworkPanel::zoomOut()
{
    m_unrolled->setColumnWidth(m_unrolled->columnWidth() / 1.4);
}

void NetworkPanel::zoomToFit()
{
    m_unrolled->zoomToFit(m_scroll->viewport()->width());
}

void NetworkPanel::showSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_steps = snapshot->trace.steps();
    if (snapshot->stepsTaken == 0) // a new run: the whole sequence, in readable columns
        fitReadable();
    keepRowsInSight();
    m_inspected->setText(InspectView::describe(*snapshot));
    // One-to-many: say where the input enters and what the outputs are.
    const bool oneToMany = snapshot->config.topology == rnn::Topology::OneToMany;
    m_title->setToolTip(
        oneToMany ? tr("One-to-many: the network reads one value at the first step and then, with "
                       "no further input, emits the next values of the series, one per step; "
                       "every output feeds the loss. The Prediction tab draws the sequence it "
                       "generates from the last value of the data.")
                  : QString());
    m_title->setText(oneToMany ? tr("<b>The unrolled network</b> — one-to-many: one value in, "
                                    "a sequence out")
                               : tr("<b>The unrolled network</b> — one column per time step"));
    double gmax = 0;
    for (const RowTrace &row : snapshot->trace.rows)
        for (double g : row.gradientNorms)
            gmax = std::max(gmax, g);
    m_gradientLegend->setRange(gmax * 1e-6, gmax);
}

void NetworkPanel::fitReadable()
{
    const int steps = std::max(1, m_steps);
    m_unrolled->setColumnWidth(std::clamp(
        (m_scroll->viewport()->width() - m_unrolled->leftMargin() - 24.0) / steps, 16.0, 120.0));
    keepRowsInSight();
}

void NetworkPanel::keepRowsInSight()
{
    // Every row without scrolling up and down (presenter type makes them taller), as far as the
    // room the views below leave allows: the window never grows for it.
    const int needed = m_unrolled->sizeHint().height() + 2 * m_scroll->frameWidth()
        + m_scroll->horizontalScrollBar()->sizeHint().height();
    int room = window()->height() * 45 / 100;
    if (auto *splitter = qobject_cast<QSplitter *>(parentWidget())) {
        room = splitter->height() - splitter->handleWidth();
        for (int i = 0; i < splitter->count(); ++i)
            if (splitter->widget(i) != this)
                room -= splitter->widget(i)->minimumSizeHint().height();
    }
    // the wrapped line above has no height-for-width in the splitter's sums: say it here
    const int header = m_scroll->y() + layout()->contentsMargins().bottom();
    m_scroll->setMinimumHeight(std::max(0, std::min(needed, room - header)));
    setMinimumHeight(std::max(0, std::min(header + needed, room)));
}

void NetworkPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Presenter type: a wider margin and another window layout; fit once the layout has settled.
    if (event->type() == QEvent::FontChange && m_steps > 0)
        QTimer::singleShot(0, this, &NetworkPanel::fitReadable);
}

void NetworkPanel::followPlayHead(int step)
{
    // Keep the play head visible on long sequences.
    const double x = m_unrolled->leftMargin() + (step + 0.5) * m_unrolled->columnWidth();
    constexpr int Room = 80; // pixels kept beside the play head
    // Near the start the view goes all the way left, so the rows' names stay in sight (scrolled
    // by ensureVisible alone they were cut by a few pixels at t = 1).
    if (x + Room <= m_scroll->viewport()->width())
        m_scroll->horizontalScrollBar()->setValue(0);
    else
        m_scroll->ensureVisible(static_cast<int>(x), 10, Room, 0);
}

} // namespace rnnlab

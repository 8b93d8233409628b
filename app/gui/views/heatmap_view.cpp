#include "heatmap_view.h"

#include "colour_maps.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace rnnlab {

HeatmapView::HeatmapView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(160);
    layout->addWidget(m_plot);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        auto *rect = m_plot->axisRectAt(event->position());
        if (!rect)
            return;
        const double t = rect->axis(QCPAxis::atBottom)->pixelToCoord(event->position().x());
        emit stepClicked(static_cast<int>(std::lround(t)) - 1);
    });
}

void HeatmapView::setInspection(InspectionState *state)
{
    connect(state, &InspectionState::rowChanged, this, &HeatmapView::setRow);
    connect(state, &InspectionState::stepChanged, this, &HeatmapView::setStep);
    connect(this, &HeatmapView::stepClicked, state, &InspectionState::setStep);
}

double HeatmapView::saturation(const Quantity &q)
{
    if (q.values.size() == 0)
        return 0.0;
    const bool gate = q.kind == QuantityKind::Gate;
    Eigen::Index count = 0;
    for (Eigen::Index i = 0; i < q.values.size(); ++i) {
        const double v = q.values.data()[i];
        if (gate ? (v < 0.05 || v > 0.95) : std::abs(v) > 0.95)
            ++count;
    }
    return static_cast<double>(count) / static_cast<double>(q.values.size());
}

namespace {

QSharedPointer<QCPAxisTickerFixed> wholeNumberTicker(int ticks)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(ticks);
    return ticker;
}

} // namespace

void HeatmapView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void HeatmapView::setRow(int row)
{
    m_row = row;
    rebuild();
}

void HeatmapView::setStep(int step)
{
    m_step = step;
    for (QCPItemStraightLine *line : m_cursors) {
        line->point1->setCoords(step + 1, 0);
        line->point2->setCoords(step + 1, 1);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void HeatmapView::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_cursors.clear();
    m_plot->plotLayout()->clear();
    if (!m_snapshot || m_snapshot->trace.rows.empty()) {
        m_plot->replot();
        return;
    }
    const auto &rows = m_snapshot->trace.rows;
    const RowTrace &row
        = rows[static_cast<std::size_t>(std::clamp(m_row, 0, int(rows.size()) - 1))];
    int index = 0;
    for (const Quantity &q : row.quantities) {
        if (q.values.size() == 0)
            continue;
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(index, 0, rect);
        rect->setupFullAxesBox(true);
        rect->setMinimumMargins(QMargins(4, 2, 4, 2));
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        const bool gate = q.kind == QuantityKind::Gate;
        // The candidate g is written C~ in the equations and the cell inspector.
        const QString symbol = q.symbol == QLatin1String("g") ? QStringLiteral("C~") : q.symbol;
        y->setLabel(symbol);
        x->setTickLabels(index + 1 == static_cast<int>(row.quantities.size()));
        auto *map = new QCPColorMap(x, y);
        const int units = static_cast<int>(q.values.rows());
        const int steps = static_cast<int>(q.values.cols());
        map->data()->setSize(steps, units);
        map->data()->setRange(QCPRange(1, steps), QCPRange(1, units));
        for (int t = 0; t < steps; ++t)
            for (int u = 0; u < units; ++u)
                map->data()->setCell(t, u, q.values(u, t));
        double limit = 1.0;
        if (q.kind == QuantityKind::CellState)
            limit = std::max(1.0, q.values.cwiseAbs().maxCoeff());
        map->setGradient(gate ? colours::sequentialGradient() : colours::divergingGradient());
        map->setDataRange(gate ? QCPRange(0, 1) : QCPRange(-limit, limit));
        map->setInterpolate(false);
        map->setName(tr("%1: %2% saturated").arg(symbol).arg(100 * saturation(q), 0, 'f', 0));
        x->setRange(0.5, steps + 0.5);
        y->setRange(0.5, units + 0.5);
        // Steps and units are whole numbers: ticks at 1, 2, 5, 10, ... times a power of ten,
        // few on the units' axis (a band is a few lines high), never at 2.5 or 7.5.
        x->setTicker(wholeNumberTicker(6));
        y->setTicker(wholeNumberTicker(units > 3 ? 3 : units));
        auto *title = new QCPItemText(m_plot);
        title->setClipAxisRect(rect);
        title->position->setAxes(x, y);
        title->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        title->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        title->position->setAxisRect(rect);
        title->position->setCoords(0.99, 0.02);
        title->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        title->setText(map->name());
        title->setBrush(QColor(255, 255, 255, 200));
        auto *cursor = new QCPItemStraightLine(m_plot);
        cursor->setClipAxisRect(rect);
        cursor->point1->setAxes(x, y);
        cursor->point2->setAxes(x, y);
        cursor->setPen(QPen(colours::highlightColour(), 2));
        m_cursors.push_back(cursor);
        ++index;
    }
    setStep(m_step);
}

} // namespace rnnlab

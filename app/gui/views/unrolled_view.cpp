// Implementation of unrolled_view.h, part one: the snapshot, the layout and the mouse. Part two,
// unrolled_view_paint.cpp, paints.
#include "unrolled_view.h"

#include "colour_maps.h"
#include "hover_text.h"
#include "presenter_style.h"

#include <QFontMetricsF>
#include <QImage>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {
constexpr double RightMargin = 24.0;
// At the usual type; presenter type scales them (relayout()).
constexpr double HeaderHeight = 26.0;
constexpr double IoHeight = 26.0;
constexpr double Gap = 18.0;

double maxAbs(const Matrix &m)
{
    if (m.size() == 0)
        return 1.0;
    const double v = m.array().isFinite().select(m.array().abs(), 0.0).maxCoeff();
    return v > 0.0 ? v : 1.0;
}

QImage valueImage(const Matrix &values, double limit)
{
    // One pixel per (unit, step): row = unit, column = step.
    const int units = static_cast<int>(values.rows());
    const int steps = static_cast<int>(values.cols());
    QImage image(std::max(steps, 1), std::max(units, 1), QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int u = 0; u < units; ++u) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(u));
        for (int t = 0; t < steps; ++t)
            line[t] = colours::diverging(values(u, t), limit).rgb();
    }
    return image;
}

} // namespace

// The names of the variables beside their rows: small, but never below presenter::minimumPixels
// in presenter mode.
QFont UnrolledView::variableFont() const
{
    QFont tiny = font();
    const double scale = presenter::active(this) ? 0.85 : 0.75;
    tiny.setPointSizeF(std::max(6.5, tiny.pointSizeF() * scale));
    return tiny;
}

UnrolledView::UnrolledView(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus);
    setToolTip(tr("Click a time step to inspect it; Ctrl + wheel zooms."));
    relayout();
}

void UnrolledView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_hiddenImages.clear();
    m_cellImages.clear();
    m_gradientMax = 1.0;
    m_gradientMin = 1e-6;
    if (m_snapshot) {
        const SequenceTrace &trace = m_snapshot->trace;
        m_inputLimit = maxAbs(trace.input);
        m_outputLimit = std::max(maxAbs(trace.output), maxAbs(trace.target));
        double gmax = 0.0;
        for (const RowTrace &row : trace.rows) {
            const Quantity *h = row.find(QStringLiteral("h"));
            const Quantity *c = row.find(QStringLiteral("c"));
            m_hiddenImages.push_back(h ? valueImage(h->values, 1.0) : QImage());
            m_cellImages.push_back(c ? valueImage(c->values, maxAbs(c->values)) : QImage());
            for (double g : row.gradientNorms)
                gmax = std::max(gmax, std::isfinite(g) ? g : 0.0);
        }
        if (gmax > 0.0) {
            m_gradientMax = gmax;
            m_gradientMin = gmax * 1e-6;
        }
    }
    relayout();
    update();
}

void UnrolledView::setCursor(Phase phase, int step)
{
    m_phase = phase;
    m_step = step;
    update();
}

void UnrolledView::setInspection(InspectionState *state)
{
    connect(state, &InspectionState::snapshotChanged, this, &UnrolledView::setSnapshot);
    connect(state, &InspectionState::cursorChanged, this,
            [this](Phase phase, int step) { setCursor(phase, step); });
    connect(this, &UnrolledView::stepClicked, state, &InspectionState::setStep);
    connect(state, &InspectionState::highlightsChanged, this, &UnrolledView::setHighlights);
}

void UnrolledView::setColumnWidth(double width)
{
    width = std::clamp(width, 3.0, 220.0);
    if (std::abs(width - m_columnWidth) < 1e-9)
        return;
    m_columnWidth = width;
    relayout();
    update();
}

void UnrolledView::zoomToFit(int availableWidth)
{
    const int steps = m_snapshot ? m_snapshot->trace.steps() : 1;
    setColumnWidth((availableWidth - m_leftMargin - RightMargin) / std::max(steps, 1));
}

QSize UnrolledView::sizeHint() const
{
    const int steps = m_snapshot ? m_snapshot->trace.steps() : 8;
    return { static_cast<int>(m_leftMargin + RightMargin + steps * m_columnWidth),
             static_cast<int>(m_height) };
}

QSize UnrolledView::minimumSizeHint() const
{
    return { 200, static_cast<int>(m_height) };
}

void UnrolledView::relayout()
{
    // The margin holds the row names and the loss (wider in presenter type).
    m_leftMargin = std::max(86.0, QFontMetricsF(font()).horizontalAdvance(tr("outputs y")) * 1.3);
    const double scale = std::max(1.0, QFontMetricsF(font()).height() / 17.0);
    m_headerHeight = HeaderHeight * scale;
    m_ioHeight = IoHeight * scale;
    m_gap = Gap * scale;
    m_rows.clear();
    double y = m_headerHeight;
    m_outputTop = y;
    y += m_ioHeight + m_gap;
    if (m_snapshot) {
        const auto &rows = m_snapshot->trace.rows;
        // Top layer first: the picture reads bottom (inputs) to top (outputs).
        for (int i = static_cast<int>(rows.size()) - 1; i >= 0; --i) {
            const RowTrace &row = rows[static_cast<std::size_t>(i)];
            RowLayout layout;
            layout.row = i;
            const double unitHeight = std::clamp(row.hiddenSize() * 4.0, 22.0, 96.0);
            if (row.find(QStringLiteral("c"))) {
                layout.cellTop = y;
                layout.cellHeight = std::clamp(unitHeight * 0.5, 14.0, 40.0);
                y += layout.cellHeight + 8.0;
            }
            layout.hiddenTop = y;
            layout.hiddenHeight = unitHeight;
            y += unitHeight + m_gap;
            m_rows.push_back(layout);
        }
    }
    m_inputTop = y;
    m_inputHeight = namedRows()
        ? std::max(m_ioHeight,
                   std::max(13.0, QFontMetricsF(variableFont()).height())
                       * static_cast<double>(m_snapshot->trace.inputNames.size()))
        : m_ioHeight;
    m_labelHeight = m_snapshot
            && (!m_snapshot->trace.inputSymbols.isEmpty() || !m_snapshot->trace.tokens.isEmpty())
        ? 18.0
        : 0.0;
    y += m_inputHeight + m_labelHeight + 8.0;
    m_height = y;
    setMinimumSize(sizeHint());
    updateGeometry();
}

double UnrolledView::columnLeft(int t) const
{
    return m_leftMargin + t * m_columnWidth;
}

QRectF UnrolledView::outputRect(int t) const
{
    const double inset = m_columnWidth > 12 ? m_columnWidth * 0.15 : 0.5;
    return { columnLeft(t) + inset, m_outputTop, m_columnWidth - 2 * inset, m_ioHeight };
}

QRectF UnrolledView::inputRect(int t) const
{
    const double inset = m_columnWidth > 12 ? m_columnWidth * 0.15 : 0.5;
    return { columnLeft(t) + inset, m_inputTop, m_columnWidth - 2 * inset, m_inputHeight };
}

bool UnrolledView::namedRows() const
{
    if (!m_snapshot)
        return false;
    const SequenceTrace &trace = m_snapshot->trace;
    return trace.inputNames.size() > 1 && trace.inputSymbols.isEmpty() && trace.tokens.isEmpty()
        && trace.inputNames.size() == trace.input.rows();
}

QString UnrolledView::inputLabel(int t) const
{
    const SequenceTrace &trace = m_snapshot->trace;
    if (t < trace.inputSymbols.size())
        return trace.inputSymbols.at(t);
    if (t < trace.tokens.size())
        return trace.tokens.at(t);
    return {};
}

bool UnrolledView::computed(int t) const
{
    return m_phase != Phase::Forward || t <= m_step;
}

bool UnrolledView::gradientReached(int t) const
{
    return m_phase == Phase::Update || (m_phase == Phase::Backward && t >= m_step);
}

bool UnrolledView::event(QEvent *e)
{
    if (e->type() == QEvent::FontChange) // presenter type: the margin and the named rows
        relayout();
    if (HoverText::answer(this, e, [this](const QPointF &pos) { return toolTipAt(pos); }))
        return true;
    return QWidget::event(e);
}

void UnrolledView::setSelectedWeight(SharedWeight weight)
{
    if (weight == m_weight)
        return;
    m_weight = weight;
    update();
    emit weightSelected(weight);
}

void UnrolledView::mousePressEvent(QMouseEvent *event)
{
    if (!m_snapshot)
        return;
    const SharedWeight hit = weightAt(event->position());
    if (hit != SharedWeight::None) {
        setSelectedWeight(hit == m_weight ? SharedWeight::None : hit);
        return;
    }
    setSelectedWeight(SharedWeight::None);
    const double x = event->position().x();
    const int t = static_cast<int>(std::floor((x - m_leftMargin) / m_columnWidth));
    if (t >= 0 && t < m_snapshot->trace.steps())
        emit stepClicked(t);
}

void UnrolledView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
        setColumnWidth(m_columnWidth * factor);
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void UnrolledView::setHighlights(const QStringList &names)
{
    m_highlights = names;
    update();
}

} // namespace rnnlab

#include "window_editor.h"

#include "colour_maps.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace rnnlab {

namespace {

constexpr double GrabPixels = 14.0; // how near the mouse must be to take a point
constexpr int EmitIntervalMs = 40; // at most ~25 requests a second while dragging

} // namespace

WindowEditor::WindowEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(160, 120);
    m_plot->addGraph(); // 0: the original, dashed behind
    m_plot->graph(0)->setName(tr("original"));
    m_plot->graph(0)->setPen(QPen(colours::baselineColour(), 1.5, Qt::DashLine));
    m_plot->addGraph(); // 1: the window, to drag
    m_plot->graph(1)->setName(tr("window (drag a point)"));
    m_plot->graph(1)->setPen(QPen(QColor(40, 40, 40), 1.5));
    m_plot->graph(1)->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(40, 40, 40), 1.5), Qt::white, 9));
    m_plot->addGraph(); // 2: the forecast after the window
    m_plot->graph(2)->setName(tr("forecast"));
    m_plot->graph(2)->setLineStyle(QCPGraph::lsNone);
    m_plot->graph(2)->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssDiamond, colours::highlightColour(), colours::highlightColour(), 10));
    m_plot->addGraph(); // 3: the truth
    m_plot->graph(3)->setName(tr("true value"));
    m_plot->graph(3)->setLineStyle(QCPGraph::lsNone);
    m_plot->graph(3)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, 9));
    m_plot->xAxis->setLabel(tr("step"));
    m_plot->legend->setVisible(false); // the line under the plot says what is what
    auto *key = new QLabel(tr("○ the window: drag a point · ◆ forecast · × true value · "
                              "dashed: the original"),
                           this);
    key->setWordWrap(true);
    connect(m_plot, &QCustomPlot::mousePress, this, &WindowEditor::press);
    connect(m_plot, &QCustomPlot::mouseMove, this, &WindowEditor::move);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &WindowEditor::release);
    layout->addWidget(m_plot, 1);
    layout->addWidget(key);
    setToolTip(tr("Drag a point up or down: the forecast follows"));
}

void WindowEditor::clear()
{
    m_values.clear();
    m_original.clear();
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->data()->clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WindowEditor::showValues(const std::vector<double> &values, const InspectedSequence &inspected,
                              const std::vector<double> &original)
{
    // The answer to a drag in progress: the forecast moves, the mouse holds the points.
    const bool dragging = m_dragged >= 0;
    if (!dragging) {
        m_values = values;
        m_original = original;
    }
    QVector<double> x, forecast, truth;
    int last = 0; // the steps with a value
    for (std::size_t t = 0; t < m_values.size(); ++t)
        if (std::isfinite(m_values[t]))
            last = static_cast<int>(t) + 1;
    for (Eigen::Index k = 0; k < inspected.forecast.cols() && inspected.forecast.rows() > 0; ++k) {
        x << static_cast<double>(last + 1 + k);
        forecast << inspected.forecast(0, k);
        truth << (k < inspected.truth.cols() ? inspected.truth(0, k) : std::nan(""));
    }
    m_plot->graph(2)->setData(x, forecast, true);
    m_plot->graph(3)->setData(x, truth, true);
    m_plot->yAxis->setLabel(inspected.inputNames.isEmpty() ? tr("x (first input)")
                                                           : inspected.inputNames.constFirst());
    redraw(!dragging);
}

void WindowEditor::redraw(bool rescale)
{
    const auto toGraph = [](const std::vector<double> &values, QCPGraph *graph) {
        QVector<double> x, y;
        for (std::size_t t = 0; t < values.size(); ++t)
            if (std::isfinite(values[t])) {
                x << static_cast<double>(t + 1);
                y << values[t];
            }
        graph->setData(x, y, true);
    };
    toGraph(m_values, m_plot->graph(1));
    toGraph(m_original, m_plot->graph(0));
    if (rescale) {
        m_plot->rescaleAxes();
        const QCPRange y = m_plot->yAxis->range();
        const double pad = std::max(y.size() * 0.15, 1e-3);
        m_plot->yAxis->setRange(y.lower - pad, y.upper + pad);
        const QCPRange x = m_plot->xAxis->range();
        m_plot->xAxis->setRange(x.lower - 0.5, x.upper + 0.5);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QPointF WindowEditor::pointPosition(int step) const
{
    const auto t = static_cast<std::size_t>(step);
    if (t >= m_values.size())
        return {};
    return { m_plot->xAxis->coordToPixel(static_cast<double>(step + 1)),
             m_plot->yAxis->coordToPixel(m_values[t]) };
}

void WindowEditor::press(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    double best = GrabPixels;
    m_dragged = -1;
    for (std::size_t t = 0; t < m_values.size(); ++t) {
        if (!std::isfinite(m_values[t]))
            continue;
        const QPointF d = pointPosition(static_cast<int>(t)) - event->position();
        const double distance = std::hypot(d.x(), d.y());
        if (distance < best) {
            best = distance;
            m_dragged = static_cast<int>(t);
        }
    }
    m_sinceEmit.invalidate();
}

void WindowEditor::move(QMouseEvent *event)
{
    if (m_dragged < 0)
        return;
    const int step = m_dragged;
    m_values[static_cast<std::size_t>(step)] = m_plot->yAxis->pixelToCoord(event->position().y());
    redraw(false); // the axes hold still under the mouse
    if (!m_sinceEmit.isValid() || m_sinceEmit.elapsed() >= EmitIntervalMs) {
        m_sinceEmit.restart();
        emit pointDragged(step, m_values[static_cast<std::size_t>(step)]);
    }
}

void WindowEditor::release(QMouseEvent *event)
{
    if (m_dragged < 0)
        return;
    move(event);
    const int step = std::exchange(m_dragged, -1);
    emit pointDragged(step, m_values[static_cast<std::size_t>(step)]); // the last position
}

void WindowEditor::dragPoint(int step, double value)
{
    const auto t = static_cast<std::size_t>(step);
    if (t >= m_values.size() || !std::isfinite(m_values[t]) || !std::isfinite(value))
        return;
    m_values[t] = value;
    redraw(false);
    emit pointDragged(step, value);
}

} // namespace rnnlab

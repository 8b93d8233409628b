#include "input_attribution_view.h"

#include "colour_maps.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace rnnlab {

namespace {

// The names of the input rows: the forecast's features, or its target alone.
QStringList inputNames(const rnn::ExperimentConfig &config, int rows)
{
    QStringList names;
    if (config.features.empty())
        names << QString::fromStdString(config.target);
    for (const std::string &f : config.features)
        names << QString::fromStdString(f);
    while (names.size() < rows)
        names << QString::number(names.size() + 1);
    return names;
}

} // namespace

InputAttributionView::InputAttributionView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(120);
    m_plot->xAxis->setLabel(tr("time step of the inspected window"));
    layout->addWidget(m_plot, 1);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
}

void InputAttributionView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_plot->clearPlottables();
    m_cells = 0;
    const Matrix *a = snapshot && snapshot->config.task == rnn::Task::Forecast
        ? &snapshot->trace.inputAttribution
        : nullptr;
    if (!a || a->size() == 0) {
        m_note->setText(tr("Gradient x input is shown for forecasts, after a backward pass."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const int rows = static_cast<int>(a->rows()), steps = static_cast<int>(a->cols());
    auto *map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    map->data()->setSize(steps, rows);
    map->data()->setRange(QCPRange(1, steps), QCPRange(0, rows - 1));
    for (int t = 0; t < steps; ++t)
        for (int r = 0; r < rows; ++r)
            map->data()->setCell(t, r, (*a)(r, t));
    const double limit = std::max(1e-12, a->cwiseAbs().maxCoeff());
    map->setGradient(colours::divergingGradient());
    map->setDataRange(QCPRange(-limit, limit));
    map->setInterpolate(false);
    m_cells = rows * steps;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QStringList names = inputNames(snapshot->config, rows);
    for (int r = 0; r < rows; ++r)
        ticker->addTick(r, names.at(r));
    m_plot->yAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.5, steps + 0.5);
    m_plot->yAxis->setRange(-0.5, rows - 0.5);
    m_note->setText(tr("Each cell: dL/dx × x, how much that input value adds to the loss of "
                       "this window to first order (orange: raises it, purple: lowers it; "
                       "largest |value| %1).")
                        .arg(limit, 0, 'g', 3));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace rnnlab

#include "prediction_plot.h"

#include "colour_maps.h"

#include <QFontMetricsF>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <utility>

namespace rnnlab {

namespace {

// Labels the rows of the x axis by their dates ("1958-01"): the ticks stay at table rows, so the
// split lines and the lookback bracket stand at the rows' real dates.
class RowDateTicker : public QCPAxisTicker
{
public:
    explicit RowDateTicker(QStringList dates)
        : m_dates(std::move(dates))
    { }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override
    {
        const qsizetype row = qRound64(tick);
        if (row >= 0 && row < m_dates.size() && std::abs(tick - static_cast<double>(row)) < 1e-6)
            return m_dates.at(row);
        return QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
    }

private:
    QStringList m_dates;
};

} // namespace

// Holt-Winters' test RMSE, and in words whether the network beats it.
QString PredictionPlot::holtWintersVerdict(const SeriesView &s)
{
    const QString rmse = tr("Holt-Winters %1.").arg(*s.holtWintersRmse, 0, 'g', 4);
    if (*s.holtWintersRmse < *s.testRmse)
        return rmse + QLatin1Char(' ')
            + tr("The network loses to Holt-Winters, a classical model fitted in a fraction of a "
                 "second.");
    return rmse + QLatin1Char(' ') + tr("The network beats Holt-Winters.");
}

PredictionPlot::PredictionPlot(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(120);
    // Thick antialiased polylines and dashed pens cost Qt's stroker 30-60 ms each for a few
    // hundred noisy points; drawn as segments and solid they cost about 1 ms.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->addGraph();
    m_plot->graph(0)->setName(tr("target (the series)"));
    m_plot->graph(0)->setPen(QPen(QColor(40, 40, 40), 1.5));
    m_plot->addGraph();
    m_plot->graph(1)->setName(tr("persistence baseline"));
    m_plot->graph(1)->setPen(QPen(colours::baselineColour(), 1.5));
    m_plot->addGraph();
    m_plot->graph(2)->setName(tr("network prediction"));
    m_plot->graph(2)->setPen(QPen(colours::highlightColour(), 2));
    m_plot->addGraph();
    m_plot->graph(3)->setName(tr("generated, one-to-many (from the last value of the data)"));
    m_plot->graph(3)->setPen(QPen(colours::validationColour(), 2));
    m_plot->graph(3)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_plot->addGraph();
    m_plot->graph(4)->setName(tr("Holt-Winters baseline (fitted on the training part)"));
    m_plot->graph(4)->setPen(QPen(colours::holtWintersColour(), 1.5));
    m_plot->xAxis->setLabel(tr("time"));
    m_plot->yAxis->setLabel(tr("scaled units (as the network sees them)"));
    m_plot->legend->setVisible(true);
    m_plot->setToolTip(tr("Click a point to inspect the window that forecasts it."));
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        pickAt(m_plot->xAxis->pixelToCoord(event->position().x()));
    });
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_plot, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_summary);
}

QString PredictionPlot::summaryText() const
{
    return m_summary->text();
}

namespace {

// Where point i lies on the time axis: its table row, or its index for synthetic tasks.
double positionOf(const SeriesView &s, std::size_t i)
{
    return i < s.position.size() ? s.position[i] : static_cast<double>(i);
}

} // namespace

int PredictionPlot::inspectedPoint(const Snapshot &snapshot)
{
    if (!snapshot.series)
        return -1;
    const SeriesView &s = *snapshot.series;
    const int sample = snapshot.inspected.sample;
    int point = -1;
    switch (snapshot.inspected.request.source) {
    case InspectSource::Trained:
    case InspectSource::Train:
        point = sample < s.trainEnd ? sample : -1;
        break;
    case InspectSource::Validation:
        point = s.trainEnd + sample < s.validationEnd ? s.trainEnd + sample : -1;
        break;
    case InspectSource::Test:
        point = s.validationEnd + sample;
        break;
    case InspectSource::Text:
        break;
    }
    return sample >= 0 && point >= 0 && point < static_cast<int>(s.target.size()) ? point : -1;
}

void PredictionPlot::pickAt(double x)
{
    if (!m_state || !m_snapshot || !m_snapshot->series || m_snapshot->series->target.empty())
        return;
    const SeriesView &s = *m_snapshot->series;
    std::size_t nearest = 0;
    for (std::size_t i = 1; i < s.target.size(); ++i)
        if (std::abs(positionOf(s, i) - x) < std::abs(positionOf(s, nearest) - x))
            nearest = i;
    const int point = static_cast<int>(nearest);
    if (point < s.trainEnd)
        m_state->requestInspection(InspectRequest::sample(InspectSource::Train, point));
    else if (point < s.validationEnd)
        m_state->requestInspection(
            InspectRequest::sample(InspectSource::Validation, point - s.trainEnd));
    else
        m_state->requestInspection(
            InspectRequest::sample(InspectSource::Test, point - s.validationEnd));
}

// The lookback window of the sequence on screen and the point it forecasts, as a bracket.
void PredictionPlot::drawBracket(const SeriesView &s, int point)
{
    if (s.lookback <= 0 || point < 0)
        return;
    auto *bracket = new QCPItemBracket(m_plot);
    const double top = m_plot->yAxis->range().upper;
    const double target = positionOf(s, static_cast<std::size_t>(point));
    bracket->left->setCoords(target, top);
    bracket->right->setCoords(target - s.lookback, top);
    bracket->setLength(8);
    bracket->setPen(QPen(colours::trainColour(), 1.5));
    auto *label = new QCPItemText(m_plot);
    label->setText(tr("lookback %1 → horizon %2").arg(s.lookback).arg(s.horizon));
    // Under the bracket, but inside the plot (shifted sideways at its edges) and clear of the
    // legend in the top left corner (below it when the window is there).
    const QRect area = m_plot->axisRect()->rect();
    const double half = QFontMetricsF(label->font()).horizontalAdvance(label->text()) / 2.0 + 6.0;
    const double centre = m_plot->xAxis->coordToPixel(target - s.lookback / 2.0);
    const double bracketY = m_plot->yAxis->coordToPixel(top);
    const double x
        = std::clamp(centre, area.left() + half, std::max(area.left() + half, area.right() - half));
    double y = bracketY + 14.0;
    if (m_plot->legend->visible()
        && QRectF(x - half, y - 10.0, 2.0 * half, 20.0).intersects(m_plot->legend->outerRect()))
        y = m_plot->legend->outerRect().bottom() + 14.0;
    // Anchored to the bracket (an offset in pixels), so it follows the bracket when the plot is
    // resized between snapshots.
    label->position->setParentAnchor(bracket->center);
    label->position->setCoords(x - centre, y - bracketY);
    auto *marker = new QCPItemTracer(m_plot);
    marker->setGraph(m_plot->graph(0));
    marker->setGraphKey(target);
    marker->setStyle(QCPItemTracer::tsCircle);
    marker->setSize(9);
    marker->setPen(QPen(colours::highlightColour(), 2));
}

void PredictionPlot::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    m_plot->clearItems();
    if (!snapshot || !snapshot->series) {
        for (int g = 0; g < m_plot->graphCount(); ++g)
            m_plot->graph(g)->data()->clear();
        m_summary->setText(tr("This lesson has no series to forecast."));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const SeriesView &s = *snapshot->series;
    // Where point i lies on the time axis: its table row, or its index for synthetic tasks.
    const auto at = [&s](std::size_t i) { return positionOf(s, i); };
    const auto fill = [this, &at](int graph, const std::vector<double> &values) {
        QVector<double> x, y;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (!std::isfinite(values[i]))
                continue;
            // Rows with no window (between the parts, when a window spans several rows) break
            // the line instead of being bridged by a straight segment.
            if (!x.isEmpty() && at(i) - x.back() > 1.5) {
                x << (x.back() + at(i)) / 2;
                y << std::nan("");
            }
            x << at(i);
            y << values[i];
        }
        m_plot->graph(graph)->setData(x, y, true);
    };
    if (s.dataUnits && !s.rowDates.isEmpty()) {
        m_plot->xAxis->setTicker(QSharedPointer<RowDateTicker>::create(s.rowDates));
        m_plot->xAxis->setLabel(tr("date"));
    } else if (!m_plot->xAxis->ticker().dynamicCast<RowDateTicker>().isNull()) {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    if (s.dataUnits) {
        if (s.rowDates.isEmpty())
            m_plot->xAxis->setLabel(tr("row of the table"));
        m_plot->yAxis->setLabel(s.valueName.isEmpty()
                                    ? tr("value (the data's units)")
                                    : tr("%1 (the data's units)").arg(s.valueName));
    } else {
        m_plot->xAxis->setLabel(tr("time"));
        m_plot->yAxis->setLabel(tr("scaled units (as the network sees them)"));
    }
    fill(0, s.target);
    fill(1, s.persistence);
    fill(2, s.prediction);
    fill(4, s.holtWinters);
    m_plot->graph(4)->removeFromLegend();
    if (!s.holtWinters.empty())
        m_plot->graph(4)->addToLegend();
    {
        QVector<double> x, y;
        for (std::size_t k = 0; k < s.generated.size() && k < s.generatedPosition.size(); ++k) {
            x << s.generatedPosition[k];
            y << s.generated[k];
        }
        m_plot->graph(3)->setData(x, y, true);
        m_plot->graph(3)->removeFromLegend();
        if (!x.isEmpty())
            m_plot->graph(3)->addToLegend();
    }
    m_plot->rescaleAxes();
    const auto shade = [this](double from, double to, QColor colour, const QString &label) {
        if (to <= from)
            return;
        auto *rect = new QCPItemRect(m_plot);
        rect->setLayer(QStringLiteral("background"));
        rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->topLeft->setCoords(from, 0.0);
        rect->bottomRight->setCoords(to, 1.0);
        colour.setAlpha(40);
        rect->setBrush(colour);
        rect->setPen(Qt::NoPen);
        auto *text = new QCPItemText(m_plot);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords((from + to) / 2, 0.02);
        text->setPositionAlignment(Qt::AlignTop | Qt::AlignHCenter);
        text->setText(label);
        text->setColor(colour.darker(200));
    };
    // Region boundaries half a step before the first point of each part.
    const auto edge = [&](int index) {
        if (s.target.empty())
            return 0.0;
        const auto i = static_cast<std::size_t>(std::clamp<int>(index, 0, int(s.target.size())));
        return i < s.target.size() ? at(i) - 0.5 : at(s.target.size() - 1) + 0.5;
    };
    shade(edge(0), edge(s.trainEnd), colours::trainColour(), tr("train"));
    shade(edge(s.trainEnd), edge(s.validationEnd), colours::validationColour(), tr("validation"));
    shade(edge(s.validationEnd), edge(int(s.target.size())), colours::testColour(), tr("test"));
    drawBracket(s, inspectedPoint(*snapshot));
    // Core's test RMSE of the network and of persistence, the question of lesson 12.
    if (s.testRmse && s.persistenceRmse)
        m_summary->setText(tr("Test RMSE: network %1, persistence (repeat the last value) %2.")
                               .arg(*s.testRmse, 0, 'g', 4)
                               .arg(*s.persistenceRmse, 0, 'g', 4));
    else if (s.testRmse)
        m_summary->setText(tr("Test RMSE: network %1.").arg(*s.testRmse, 0, 'g', 4));
    else
        m_summary->clear();
    if (s.testRmse && s.holtWintersRmse)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + holtWintersVerdict(s));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace rnnlab

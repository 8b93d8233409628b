#include "importance_view.h"

#include "colour_maps.h"

#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <numeric>

namespace rnnlab {

namespace {

// A rise below this share of the test RMSE is "about nothing" (shuffling noise moves it a bit).
constexpr double negligibleShare = 0.05;

// The variables' indices, largest rise first.
std::vector<std::size_t> byImportance(const std::vector<double> &importance)
{
    std::vector<std::size_t> order(importance.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return importance[a] > importance[b]; });
    return order;
}

} // namespace

ImportanceView::ImportanceView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(120);
    m_bars = new QCPBars(m_plot->yAxis, m_plot->xAxis); // horizontal bars, a row per variable
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(colours::highlightColour());
    m_bars->setWidth(0.6);
    m_plot->xAxis->setLabel(tr("rise of the test RMSE when the input is shuffled (data units)"));
    m_plot->yAxis->setRangeReversed(true); // the most important on top
    layout->addWidget(m_plot, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_summary);
    clear(tr("This lesson has no forecast with several inputs."));
}

QString ImportanceView::summaryText() const
{
    return m_summary->text();
}

int ImportanceView::barCount() const
{
    return m_bars->dataCount();
}

void ImportanceView::clear(const QString &why)
{
    m_bars->data()->clear();
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    m_summary->setText(why);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ImportanceView::setSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot || !snapshot->series || snapshot->series->importance.empty()) {
        clear(tr("This lesson has no forecast with several inputs."));
        return;
    }
    const SeriesView &s = *snapshot->series;
    const std::vector<std::size_t> order = byImportance(s.importance);
    QVector<double> rows, values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t r = 0; r < order.size(); ++r) {
        rows << static_cast<double>(r);
        values << s.importance[order[r]];
        ticker->addTick(static_cast<double>(r),
                        s.importanceVariables.value(static_cast<qsizetype>(order[r])));
    }
    m_bars->setData(rows, values, true);
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.6, static_cast<double>(order.size()) - 0.4);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    m_plot->xAxis->setRange(std::min(0.0, *low) * 1.1, std::max(*high, 1e-9) * 1.1);
    m_summary->setText(answer(s));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

// The inputs other than the target whose shuffling raises the test RMSE noticeably.
QString ImportanceView::answer(const SeriesView &s)
{
    const double rmse = s.testRmse.value_or(0.0);
    QStringList helping, negligible;
    for (std::size_t i : byImportance(s.importance)) {
        const QString name = s.importanceVariables.value(static_cast<qsizetype>(i));
        if (name == s.valueName)
            continue; // the target's own past
        const double rise = s.importance[i];
        const QString signedRise
            = (rise >= 0 ? QStringLiteral("+") : QString()) + QString::number(rise, 'g', 3);
        const QString entry = tr("%1 (%2)").arg(name, signedRise);
        (s.importance[i] > negligibleShare * rmse ? helping : negligible) << entry;
    }
    QString text = tr("Test RMSE %1.").arg(rmse, 0, 'g', 4) + QLatin1Char(' ');
    if (helping.isEmpty())
        text += tr("No input besides %1's own past raises it by more than 5 % when shuffled: "
                   "the network does not use them.")
                    .arg(s.valueName);
    else
        text += tr("Yes, other inputs help: shuffling %1 raises it by more than 5 %.")
                    .arg(helping.join(QStringLiteral(", ")));
    if (!negligible.isEmpty())
        text += QLatin1Char(' ')
            + tr("About no effect: %1.").arg(negligible.join(QStringLiteral(", ")));
    return text;
}

} // namespace rnnlab

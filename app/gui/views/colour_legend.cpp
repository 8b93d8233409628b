#include "colour_legend.h"

#include "colour_maps.h"

#include <QPainter>

#include <algorithm>

namespace rnnlab {

ColourLegend::ColourLegend(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
{
    if (kind == Kind::Sequential)
        m_low = 0.0;
    m_title = kind == Kind::Diverging ? tr("value") : tr("magnitude");
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ColourLegend::setRange(double low, double high)
{
    m_low = low;
    m_high = high;
    updateGeometry();
    update();
}

void ColourLegend::setTitle(const QString &title)
{
    m_title = title;
    updateGeometry();
    update();
}

QSize ColourLegend::sizeHint() const
{
    // Wide enough for its title and its two ends side by side in any type (presenter mode's too).
    const QFontMetrics fm = fontMetrics();
    const int ends = fm.horizontalAdvance(QString::number(m_low, 'g', 3))
        + fm.horizontalAdvance(QString::number(m_high, 'g', 3))
        + fm.horizontalAdvance(QStringLiteral(" 0 "));
    return { std::max({ 170, fm.horizontalAdvance(m_title) + 16, ends + 24 }),
             fm.height() * 2 + 14 };
}

void ColourLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int textHeight = fontMetrics().height();
    const QRect bar(4, textHeight + 2, width() - 8, 10);
    for (int x = 0; x < bar.width(); ++x) {
        const double unit = static_cast<double>(x) / std::max(bar.width() - 1, 1);
        const QColor colour = m_kind == Kind::Diverging ? colours::diverging(2.0 * unit - 1.0, 1.0)
                                                        : colours::sequential(unit, 1.0);
        p.fillRect(QRect(bar.left() + x, bar.top(), 1, bar.height()), colour);
    }
    p.setPen(palette().color(QPalette::Text));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.drawText(QRect(4, 0, width() - 8, textHeight), Qt::AlignHCenter, m_title);
    const QRect labels(4, bar.bottom() + 1, width() - 8, textHeight);
    p.drawText(labels, Qt::AlignLeft, QString::number(m_low, 'g', 3));
    p.drawText(labels, Qt::AlignRight, QString::number(m_high, 'g', 3));
    if (m_kind == Kind::Diverging)
        p.drawText(labels, Qt::AlignHCenter, QStringLiteral("0"));
}

} // namespace rnnlab

// Implementation of unrolled_view.h, part two: painting (the rows of cells, the arrows coloured
// by the gradient, the inputs and outputs, the pooling bar and the highlights). Part one,
// unrolled_view.cpp, holds the snapshot, the layout and the mouse.
#include "unrolled_view.h"

#include "colour_maps.h"
#include "presenter_style.h"

#include "data/vocabulary.h"

#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rnnlab {

void UnrolledView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().base());
    if (!m_snapshot || m_snapshot->trace.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("The unrolled network appears here."));
        return;
    }
    const int steps = m_snapshot->trace.steps();
    const int first = std::clamp(
        static_cast<int>(std::floor((event->rect().left() - m_leftMargin) / m_columnWidth)) - 1, 0,
        steps - 1);
    const int last = std::clamp(
        static_cast<int>(std::ceil((event->rect().right() - m_leftMargin) / m_columnWidth)) + 1, 0,
        steps - 1);
    const bool detailed = m_columnWidth >= 14.0;
    p.setRenderHint(QPainter::Antialiasing, detailed);

    paintHighlight(p);
    for (const RowLayout &layout : m_rows) {
        paintArrows(p, layout, first, last);
        paintRow(p, layout, first, last);
    }
    paintIo(p, first, last);

    // Time axis labels in the header.
    p.setPen(palette().color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const double labelWidth = QFontMetricsF(small).horizontalAdvance(QStringLiteral("t=00 "));
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(labelWidth / m_columnWidth)));
    for (int t = first; t <= last; ++t) {
        if (t % labelEvery != 0 && t != m_step)
            continue;
        const QRectF r(columnLeft(t), 4, m_columnWidth * std::max(1, labelEvery),
                       m_headerHeight - 6);
        p.drawText(r.adjusted(0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("t=%1").arg(t + 1));
    }
    // Row labels in the left margin, pinned to the visible left edge when the view is scrolled
    // sideways (NetworkPanel repaints the whole view on a scroll): they cover the columns under
    // them, as a spreadsheet's frozen column does.
    p.save();
    p.translate(visibleLeft(), 0);
    const QRectF marginRect(0, 0, m_leftMargin - 6, m_height);
    p.fillRect(marginRect.adjusted(0, 0, 4, 0), palette().base());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(4, m_outputTop, m_leftMargin - 10, m_ioHeight), Qt::AlignVCenter,
               tr("outputs y"));
    if (namedRows()) { // each variable's name beside its row
        const QStringList &names = m_snapshot->trace.inputNames;
        const double band = m_inputHeight / static_cast<double>(names.size());
        const QFont tiny = variableFont();
        p.setFont(tiny);
        for (int k = 0; k < names.size(); ++k)
            p.drawText(QRectF(4, m_inputTop + band * k, m_leftMargin - 10, band),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QFontMetrics(tiny).elidedText(names.at(k), Qt::ElideRight,
                                                     static_cast<int>(m_leftMargin - 10)));
        p.setFont(font());
    } else {
        p.drawText(QRectF(4, m_inputTop, m_leftMargin - 10, m_ioHeight), Qt::AlignVCenter,
                   tr("inputs x"));
    }
    for (const RowLayout &layout : m_rows) {
        const RowTrace &row = m_snapshot->trace.rows[static_cast<std::size_t>(layout.row)];
        const QString arrow = row.reversed ? QStringLiteral(" ←") : QStringLiteral(" →");
        p.drawText(QRectF(4, layout.hiddenTop, m_leftMargin - 10, layout.hiddenHeight),
                   Qt::AlignVCenter | Qt::TextWordWrap,
                   tr("%1 h\nlayer %2%3").arg(cellName(row.cell)).arg(row.layer + 1).arg(arrow));
        if (layout.cellHeight > 0)
            p.drawText(QRectF(4, layout.cellTop, m_leftMargin - 10, layout.cellHeight),
                       Qt::AlignVCenter, tr("cell C"));
    }
    // The loss: a marker above the outputs that feed it.
    if (m_phase == Phase::Loss || m_phase == Phase::Backward || m_phase == Phase::Update) {
        p.setPen(colours::highlightColour());
        QFont bold = font();
        bold.setBold(true);
        const QString text = tr("L = %1").arg(m_snapshot->trace.loss, 0, 'g', 3);
        const QRectF box(4, 2, m_leftMargin - 8, m_headerHeight - 4);
        // Shrunk to the margin, so it never runs into the first step's label.
        const double wide = QFontMetricsF(bold).horizontalAdvance(text);
        // (With a margin of 10 %: hinting rounds the shrunk font's advances up.)
        if (wide > box.width() && bold.pointSizeF() > 0)
            bold.setPointSizeF(bold.pointSizeF() * 0.9 * box.width() / wide);
        p.setFont(bold);
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        p.setFont(font());
    }
    p.restore();
    paintBeatHighlights(p);
}

void UnrolledView::paintHighlight(QPainter &p)
{
    if (m_phase == Phase::Update)
        return;
    QColor band
        = m_phase == Phase::Backward ? QColor(0x54, 0x27, 0x88) : colours::highlightColour();
    band.setAlpha(m_phase == Phase::Loss ? 40 : 55);
    const QRectF r(columnLeft(m_step), m_headerHeight - 4, m_columnWidth,
                   m_height - m_headerHeight);
    p.fillRect(r, band);
}

void UnrolledView::paintRow(QPainter &p, const RowLayout &layout, int first, int last)
{
    const auto index = static_cast<std::size_t>(layout.row);
    const double inset = m_columnWidth > 12 ? m_columnWidth * 0.15 : 0.0;
    const bool detailed = m_columnWidth >= 14.0;
    const auto drawBand = [&](const QImage &image, double top, double height) {
        if (image.isNull())
            return;
        for (int t = first; t <= last; ++t) {
            const QRectF target(columnLeft(t) + inset, top, m_columnWidth - 2 * inset, height);
            p.drawImage(target, image, QRectF(t, 0, 1, image.height()));
            if (!computed(t))
                p.fillRect(target, QColor(235, 235, 235, 225));
            if (detailed) {
                p.setPen(QPen(QColor(90, 90, 90), presenter::lineWidth(this, 1.0)));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(target, 3, 3);
            }
        }
    };
    drawBand(m_cellImages[index], layout.cellTop, layout.cellHeight);
    drawBand(m_hiddenImages[index], layout.hiddenTop, layout.hiddenHeight);
}

void UnrolledView::paintArrows(QPainter &p, const RowLayout &layout, int first, int last)
{
    const RowTrace &row = m_snapshot->trace.rows[static_cast<std::size_t>(layout.row)];
    const std::vector<double> &norms = row.gradientNorms;
    const std::vector<double> &cellNorms = row.cellGradientNorms;
    const double inset = m_columnWidth > 12 ? m_columnWidth * 0.15 : 0.0;
    const bool showGradient = m_phase == Phase::Backward || m_phase == Phase::Update;
    const double thick = presenter::lineWidth(this, 1.0); // thicker for the back of the room
    const auto arrowPen = [&](const std::vector<double> &g, int t) {
        if (showGradient && gradientReached(t) && static_cast<std::size_t>(t) < g.size()) {
            const double value = g[static_cast<std::size_t>(t)];
            const double unit = value > m_gradientMin
                ? std::log(value / m_gradientMin) / std::log(m_gradientMax / m_gradientMin)
                : 0.0;
            const double width = thick * (1.0 + 7.0 * std::clamp(unit, 0.0, 1.0));
            return QPen(colours::sequentialLog(value, m_gradientMin, m_gradientMax), width,
                        Qt::SolidLine, Qt::RoundCap);
        }
        return QPen(computed(t) ? QColor(70, 70, 70) : QColor(190, 190, 190), 1.5 * thick);
    };
    const bool shared = m_weight == SharedWeight::Recurrent;
    const auto drawChain = [&](double y, const std::vector<double> &g) {
        for (int t = std::max(first, 1); t <= last; ++t) {
            // The arrow between steps t-1 and t carries h_{t-1} into t (forward) or h_t into
            // t-1 (reversed row); either way it is drawn with the gradient at step t, which the
            // backward pass sends along it.
            const double x0 = columnLeft(t) - inset;
            const double x1 = columnLeft(t) + inset;
            p.setPen(shared && &g == &norms ? QPen(colours::highlightColour(), 4.0 * thick,
                                                   Qt::SolidLine, Qt::RoundCap)
                                            : arrowPen(g, t));
            if (row.reversed)
                p.drawLine(QPointF(x1, y), QPointF(x0, y));
            else
                p.drawLine(QPointF(x0, y), QPointF(x1, y));
            if (m_columnWidth >= 14.0) {
                const double dir = row.reversed ? -1.0 : 1.0;
                const double tip = row.reversed ? x0 : x1;
                p.drawLine(QPointF(tip, y), QPointF(tip - dir * 4 * thick, y - 3 * thick));
                p.drawLine(QPointF(tip, y), QPointF(tip - dir * 4 * thick, y + 3 * thick));
            }
            if (m_columnWidth >= 40.0 && &g == &norms) { // U, the same matrix at every step
                p.setPen(shared ? colours::highlightColour() : palette().color(QPalette::Text));
                const double line = QFontMetricsF(p.font()).height();
                p.drawText(QRectF(x0 - 10, y - line - 4, x1 - x0 + 20, line), Qt::AlignCenter,
                           QStringLiteral("U"));
            }
        }
    };
    drawChain(layout.hiddenTop + layout.hiddenHeight / 2, norms);
    if (layout.cellHeight > 0)
        drawChain(layout.cellTop + layout.cellHeight / 2, cellNorms);

    // Jordan: the output y_{t-1} goes back into the context of step t.
    if (row.cell == rnn::CellType::Jordan && m_columnWidth >= 10.0) {
        p.setPen(QPen(QColor(0, 114, 178), 1.2 * thick, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        for (int t = std::max(first, 1); t <= last; ++t) {
            const QRectF out = outputRect(t - 1);
            QPainterPath path(QPointF(out.right(), out.center().y()));
            const QPointF end(columnLeft(t) + inset, layout.hiddenTop + 4);
            path.cubicTo(QPointF(out.right() + inset * 2, out.center().y()),
                         QPointF(end.x() - inset, end.y() - 20), end);
            p.drawPath(path);
        }
    }
}

void UnrolledView::paintIo(QPainter &p, int first, int last)
{
    const SequenceTrace &trace = m_snapshot->trace;
    const bool detailed = m_columnWidth >= 14.0;
    const double thick = presenter::lineWidth(this, 1.0); // thicker for the back of the room
    const double rowsBottom
        = m_rows.empty() ? m_inputTop : m_rows.back().hiddenTop + m_rows.back().hiddenHeight;
    const double topRowTop = m_rows.empty()
        ? m_inputTop
        : (m_rows.front().cellHeight > 0 ? m_rows.front().cellTop : m_rows.front().hiddenTop);
    for (int t = first; t <= last; ++t) {
        const auto ti = static_cast<std::size_t>(t);
        const bool hasInput = ti >= trace.inputAtStep.size() || trace.inputAtStep[ti];
        const bool feedsLoss = ti < trace.lossAtStep.size() && trace.lossAtStep[ti];
        const QRectF in = inputRect(t);
        const QRectF out = outputRect(t);
        const double cx = in.center().x();
        // Vertical connectors: input -> bottom row, top row -> output.
        if (detailed) {
            const bool shared = m_weight == SharedWeight::Input && hasInput;
            p.setPen(
                shared ? QPen(colours::highlightColour(), 4.0 * thick)
                       : QPen(hasInput ? QColor(80, 80, 80) : QColor(210, 210, 210), 1.2 * thick));
            p.drawLine(QPointF(cx, in.top()), QPointF(cx, rowsBottom));
            if (m_columnWidth >= 40.0 && hasInput) { // W, the same matrix at every step
                p.setPen(shared ? colours::highlightColour() : palette().color(QPalette::Text));
                const double line = QFontMetricsF(p.font()).height();
                p.drawText(QRectF(cx + 3, (in.top() + rowsBottom - line) / 2, line, line),
                           Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("W"));
            }
            const bool pooled = ti < trace.poolWeight.size() && trace.poolWeight[ti] > 0.0;
            p.setPen(QPen(feedsLoss || pooled ? QColor(80, 80, 80) : QColor(210, 210, 210),
                          1.2 * thick));
            p.drawLine(QPointF(cx, pooled ? poolBarY(out) : out.bottom()), QPointF(cx, topRowTop));
        }
        // Input box: one small row per named variable, or one box.
        if (hasInput && namedRows() && computed(t)) {
            const double band = in.height() / static_cast<double>(trace.input.rows());
            for (Eigen::Index k = 0; k < trace.input.rows(); ++k)
                p.fillRect(QRectF(in.left(), in.top() + band * static_cast<double>(k), in.width(),
                                  band - (band > 6 ? 1.0 : 0.0)),
                           colours::diverging(trace.input(k, t), m_inputLimit));
        } else if (hasInput && trace.input.rows() > 0) {
            const double x = trace.input.col(t).mean();
            p.fillRect(in,
                       computed(t) ? colours::diverging(x, m_inputLimit) : QColor(235, 235, 235));
        } else {
            p.fillRect(in, QColor(245, 245, 245));
        }
        // Output box: coloured by the output; the outputs that feed the loss are framed.
        const bool outputShown = computed(t) && trace.output.cols() > t && trace.output.rows() > 0
            && std::isfinite(trace.output.col(t).mean());
        if (outputShown)
            p.fillRect(out, colours::diverging(trace.output.col(t).mean(), m_outputLimit));
        else
            p.fillRect(out, QColor(245, 245, 245));
        if (!feedsLoss && outputShown)
            p.fillRect(out, QColor(255, 255, 255, 150));
        if (feedsLoss) {
            p.setPen(QPen(colours::highlightColour(), (detailed ? 3.0 : 1.0) * thick));
            p.setBrush(Qt::NoBrush);
            p.drawRect(out.adjusted(-1, -1, 1, 1));
        }
        // The word, letter or symbol each step reads, under its box.
        if (m_labelHeight > 0 && detailed && hasInput && m_columnWidth < 40.0) {
            // A pad step is greyed, and a dot where "<pad>" would be cut to "<p…".
            const QString label = inputLabel(t);
            const bool pad = !m_snapshot->trace.tokens.isEmpty()
                && label == QLatin1String(rnn::Vocabulary::paddingToken);
            const int room = static_cast<int>(m_columnWidth);
            p.setPen(palette().color(pad ? QPalette::Disabled : QPalette::Active, QPalette::Text));
            const QRectF under(columnLeft(t), in.bottom() + 1, m_columnWidth, m_labelHeight);
            p.drawText(under, Qt::AlignCenter,
                       pad && fontMetrics().horizontalAdvance(label) > room
                           ? QStringLiteral("·")
                           : fontMetrics().elidedText(label, Qt::ElideRight, room));
        }
        if (m_columnWidth >= 40.0 && !namedRows()) {
            // Two decimals, or one where two do not fit (presenter type), or none: never clipped.
            const auto fitting = [&p](double value, const QRectF &box) {
                for (int decimals : { 2, 1 })
                    if (QFontMetricsF(p.font()).horizontalAdvance(
                            QString::number(value, 'f', decimals))
                        <= box.width() + 2)
                        return QString::number(value, 'f', decimals);
                return QString();
            };
            p.setPen(Qt::black);
            if (hasInput && trace.input.rows() > 0) {
                const QString word = inputLabel(t);
                const QString label
                    = !word.isEmpty() ? word : fitting(trace.input.col(t).mean(), in);
                p.setPen(
                    colours::textOn(colours::diverging(trace.input.col(t).mean(), m_inputLimit)));
                p.drawText(in, Qt::AlignCenter, label);
            }
            if (outputShown) {
                p.setPen(
                    colours::textOn(colours::diverging(trace.output.col(t).mean(), m_outputLimit)));
                p.drawText(out, Qt::AlignCenter, fitting(trace.output.col(t).mean(), out));
            }
        }
    }
    paintPooling(p, first, last);
}

double UnrolledView::poolBarY(const QRectF &output) const
{
    return output.bottom() + std::min(8.0, m_columnWidth / 4.0);
}

// A pooled readout reads every real step: the top row's columns meet in one bar that rises into
// the output at the last step, labelled with each step's share (1/n) for the mean, or, for the
// maximum, with how many units take their maximum at each step (the words that set them off).
void UnrolledView::paintPooling(QPainter &p, int first, int last)
{
    const std::vector<double> &weight = m_snapshot->trace.poolWeight;
    const int steps = m_snapshot->trace.steps();
    int from = -1;
    for (int t = 0; t < static_cast<int>(weight.size()); ++t)
        if (weight[static_cast<std::size_t>(t)] > 0.0) {
            from = t;
            break;
        }
    if (from < 0 || steps == 0 || m_columnWidth < 14.0)
        return;
    const QRectF lastOut = outputRect(steps - 1);
    const double y = poolBarY(lastOut);
    const double left = inputRect(std::max(from, first)).center().x();
    const double right = inputRect(std::min(steps - 1, std::max(last, from))).center().x();
    p.setPen(QPen(colours::highlightColour(), presenter::lineWidth(this, 2.0)));
    p.drawLine(QPointF(left, y), QPointF(right, y));
    p.drawLine(QPointF(lastOut.center().x(), y), QPointF(lastOut.center().x(), lastOut.bottom()));
    const double share = weight[static_cast<std::size_t>(from)];
    const std::vector<int> &wins = m_snapshot->trace.poolWins;
    QString label = wins.empty()
        ? tr("readout: the mean of h over the real steps (each weighs 1/%1)")
              .arg(std::lround(1.0 / share))
        : tr("readout: each unit's maximum of h over the real steps (the number: units whose "
             "maximum is at that step)");
    if (m_snapshot->trace.skipPath)
        label += tr(", and the mean of the word vectors (skip path)");
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    p.setFont(font);
    p.setPen(colours::highlightColour().darker(130));
    if (!wins.empty() && m_columnWidth >= 18.0) {
        const double line = QFontMetricsF(font).height();
        for (int t = std::max(from, first); t <= std::min(last, steps - 1); ++t)
            if (const int won = wins[static_cast<std::size_t>(t)]; won > 0) {
                const double cx = inputRect(t).center().x();
                p.drawText(QRectF(cx + 2, y - line - 1, m_columnWidth / 2, line),
                           Qt::AlignLeft | Qt::AlignBottom, QString::number(won));
            }
    }
    // Under the bar; a label longer than the bar (a short sentence) ends at the last output
    // and reaches left as far as it needs, up to the row labels, then wraps onto a second line.
    const QFontMetricsF metrics(font);
    const double wanted = metrics.horizontalAdvance(label) + 4.0;
    const double roomLeft = wanted <= right - left - 12
        ? left + 6
        : std::max(visibleLeft() + m_leftMargin, std::min(left + 6, lastOut.right() - wanted));
    const double width = std::max(lastOut.right() - roomLeft, 10.0);
    const QRectF room(roomLeft, y + 2, width, metrics.height() * (wanted > width ? 2 : 1) + 1);
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF textBox = p.boundingRect(room, flags, label) & room;
    p.fillRect(textBox.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 230));
    p.drawText(textBox, flags, label);
}

// A guided beat points at parts of the picture: a thick rounded outline (and, for the context,
// the recurrent arrows drawn over in the same colour).
void UnrolledView::paintBeatHighlights(QPainter &p)
{
    if (m_highlights.isEmpty() || !m_snapshot)
        return;
    const int steps = m_snapshot->trace.steps();
    const double left = m_leftMargin - 4;
    const double right = columnLeft(steps) + 4;
    const QColor colour(0xd0, 0x1c, 0x8b); // magenta: apart from both colour scales
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(colour, 3.5));
    const auto outline = [&](double top, double height) {
        p.drawRoundedRect(QRectF(left, top - 4, right - left, height + 8), 6, 6);
    };
    const auto &rows = m_snapshot->trace.rows;
    for (const RowLayout &layout : m_rows) {
        const RowTrace &row = rows[static_cast<std::size_t>(layout.row)];
        if (m_highlights.contains(QStringLiteral("cell_state")) && layout.cellHeight > 0)
            outline(layout.cellTop, layout.cellHeight);
        if (m_highlights.contains(QStringLiteral("hidden"))
            || (m_highlights.contains(QStringLiteral("backward_row")) && row.reversed)
            || (m_highlights.contains(QStringLiteral("forward_row")) && !row.reversed))
            outline(layout.hiddenTop, layout.hiddenHeight);
        if (m_highlights.contains(QStringLiteral("context"))) {
            // The copy of h(t-1) (Jordan: of the output) that each step reads: the arrows.
            const double y = layout.hiddenTop + layout.hiddenHeight / 2.0;
            const double inset = std::max(m_columnWidth * 0.15, 3.0);
            QPen pen(colour, 6.0, Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            for (int t = 1; t < steps; ++t)
                p.drawLine(QPointF(columnLeft(t) - inset, y), QPointF(columnLeft(t) + inset, y));
            p.setPen(QPen(colour, 3.5));
        }
    }
    if (m_highlights.contains(QStringLiteral("inputs")))
        outline(m_inputTop, m_ioHeight);
    if (m_highlights.contains(QStringLiteral("outputs")))
        outline(m_outputTop, m_ioHeight);
    if (m_highlights.contains(QStringLiteral("loss"))) {
        const auto &loss = m_snapshot->trace.lossAtStep;
        for (int t = 0; t < steps && t < static_cast<int>(loss.size()); ++t) {
            if (loss[static_cast<std::size_t>(t)])
                p.drawRoundedRect(outputRect(t).adjusted(-3, -3, 3, 3), 4, 4);
        }
    }
    p.restore();
}

} // namespace rnnlab

// UnrolledView, where a point falls: the shared weights W and U under the pointer (a click selects
// them, lesson 2) and what a hover shows there (hover_text.h writes the words). Geometry and
// reading only; the painting is in unrolled_view.cpp.
#include "cell_equations.h"
#include "hover_text.h"
#include "unrolled_view.h"

#include <algorithm>
#include <cmath>

namespace rnnlab {

double UnrolledView::bottomOfRows() const
{
    return m_rows.empty() ? m_inputTop : m_rows.back().hiddenTop + m_rows.back().hiddenHeight;
}

QPointF UnrolledView::inputWeightPoint(int t) const
{
    return { inputRect(t).center().x(), (inputRect(t).top() + bottomOfRows()) / 2 };
}

QPointF UnrolledView::recurrentWeightPoint(int t) const
{
    if (m_rows.empty())
        return {};
    return { columnLeft(t), m_rows.front().hiddenTop + m_rows.front().hiddenHeight / 2 };
}

UnrolledView::SharedWeight UnrolledView::weightAt(const QPointF &pos) const
{
    if (!m_snapshot || m_columnWidth < 14.0)
        return SharedWeight::None;
    const int steps = m_snapshot->trace.steps();
    const int t = static_cast<int>(std::floor((pos.x() - m_leftMargin) / m_columnWidth));
    for (int c : { t, t + 1 }) {
        if (c < 0 || c >= steps)
            continue;
        const QPointF w = inputWeightPoint(c);
        // the connector runs from the bottom row (rowsBottom) down to the input box's top
        if (std::abs(pos.x() - w.x()) <= 6.0 && pos.y() >= bottomOfRows() - 1
            && pos.y() <= inputRect(c).top() + 1)
            return SharedWeight::Input;
        if (c >= 1) {
            const double inset = m_columnWidth * 0.15 + 4.0;
            for (const RowLayout &layout : m_rows) {
                const double y = layout.hiddenTop + layout.hiddenHeight / 2;
                if (std::abs(pos.x() - columnLeft(c)) <= inset && std::abs(pos.y() - y) <= 8.0)
                    return SharedWeight::Recurrent;
            }
        }
    }
    return SharedWeight::None;
}

QString UnrolledView::toolTipAt(const QPointF &pos) const
{
    if (!m_snapshot || m_snapshot->trace.empty())
        return {};
    const SequenceTrace &trace = m_snapshot->trace;
    const int t = static_cast<int>(std::floor((pos.x() - m_leftMargin) / m_columnWidth));
    if (t < 0 || t >= trace.steps())
        return {};
    const auto number = [](double v) { return CellEquations::number(v); };
    const auto gradientAt = [&](int step) -> QString {
        return m_rows.empty() ? QString()
                              : HoverText::stepGradient(
                                  trace.rows[static_cast<std::size_t>(m_rows.front().row)], step);
    };
    switch (weightAt(pos)) {
    case SharedWeight::Input:
        return tr("W x_t: the input at t = %1 into the cell, through W (the same W at every "
                  "step)")
                   .arg(t + 1)
            + gradientAt(t);
    case SharedWeight::Recurrent:
        return tr("U h_{t-1}: h at t = %1 into step %2, through U (the same U at every step)")
                   .arg(t)
                   .arg(t + 1)
            + gradientAt(t);
    case SharedWeight::None:
        break;
    }
    if (inputRect(t).contains(pos) && trace.input.rows() > 0) {
        QString text = tr("input x_t at t = %1").arg(t + 1);
        if (!inputLabel(t).isEmpty())
            text += QStringLiteral(": ") + inputLabel(t);
        for (Eigen::Index k = 0; k < trace.input.rows(); ++k)
            text += QStringLiteral("\n%1 = %2")
                        .arg(k < trace.inputNames.size() ? trace.inputNames.at(static_cast<int>(k))
                                                         : QStringLiteral("x[%1]").arg(k + 1),
                             number(trace.input(k, t)));
        return text;
    }
    if (outputRect(t).contains(pos) && trace.output.rows() > 0 && trace.output.cols() > t) {
        QString text = tr("output y_t at t = %1: %2").arg(t + 1).arg(number(trace.output(0, t)));
        if (trace.target.cols() > t && std::isfinite(trace.target(0, t)))
            text += tr("\ntarget: %1").arg(number(trace.target(0, t)));
        return text;
    }
    for (const RowLayout &layout : m_rows) {
        if (pos.y() < layout.hiddenTop || pos.y() > layout.hiddenTop + layout.hiddenHeight)
            continue;
        const RowTrace &row = trace.rows[static_cast<std::size_t>(layout.row)];
        const int units = row.hiddenSize();
        if (units < 1)
            return {};
        const int j = std::clamp(
            static_cast<int>((pos.y() - layout.hiddenTop) / layout.hiddenHeight * units), 0,
            units - 1);
        QString text = tr("%1 cell, layer %2, t = %3, unit %4")
                           .arg(cellName(row.cell))
                           .arg(row.layer + 1)
                           .arg(t + 1)
                           .arg(j + 1);
        text += HoverText::unitLines(row, j, t);
        return text;
    }
    return {};
}

} // namespace rnnlab

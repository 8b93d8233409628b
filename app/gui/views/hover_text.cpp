#include "hover_text.h"

#include "cell_equations.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

#include <algorithm>

namespace rnnlab {

namespace {

QString number(double v)
{
    return CellEquations::number(v);
}

const RowTrace *rowOf(const SequenceTrace &trace, int row)
{
    if (row < 0 || row >= static_cast<int>(trace.rows.size()))
        return nullptr;
    return &trace.rows[static_cast<std::size_t>(row)];
}

// The recorded gradient of symbol's quantity for unit j at step t, as "∂L/∂… = v"; "" when the
// trace has none (before the backward pass, or for a quantity without one).
QString gradientOf(const RowTrace &row, const QString &symbol, int j, int t)
{
    const auto at = [&](const Matrix &m) { return m.cols() > t && m.rows() > j && t >= 0; };
    if (symbol == QLatin1String("h") && at(row.gradHidden))
        return QStringLiteral("∂L/∂h_t = %1").arg(row.gradHidden(j, t), 0, 'g', 3);
    if (symbol == QLatin1String("c") && at(row.gradCell))
        return QStringLiteral("∂L/∂C_t = %1").arg(row.gradCell(j, t), 0, 'g', 3);
    const Quantity *q = row.find(symbol);
    if (q && at(q->gradient))
        return HoverText::tr("∂L/∂(pre-activation of %1) = %2")
            .arg(symbol)
            .arg(q->gradient(j, t), 0, 'g', 3);
    return {};
}

} // namespace

QString HoverText::quantityLine(const Quantity &q, int j, int t)
{
    if (t < 0 || q.values.cols() <= t || q.values.rows() <= j)
        return {};
    const double value = q.values(j, t);
    if (q.preactivation.cols() > t && q.preactivation.rows() > j) {
        const QString f
            = q.kind == QuantityKind::Gate ? QStringLiteral("σ") : QStringLiteral("tanh");
        return QStringLiteral("%1 = %2(%3) = %4")
            .arg(q.symbol, f, number(q.preactivation(j, t)), number(value));
    }
    return QStringLiteral("%1 = %2").arg(q.symbol, number(value));
}

QString HoverText::unitLines(const RowTrace &row, int j, int t)
{
    QString text;
    for (const Quantity &q : row.quantities) {
        const QString line = quantityLine(q, j, t);
        if (!line.isEmpty())
            text += QLatin1Char('\n') + line;
    }
    if (row.gradHidden.cols() > t && row.gradHidden.rows() > j)
        text += tr("\n∂L/∂h = %1").arg(row.gradHidden(j, t), 0, 'g', 3);
    return text;
}

QString HoverText::stepGradient(const RowTrace &row, int t)
{
    const auto step = static_cast<std::size_t>(t);
    if (t < 0 || step >= row.gradientNorms.size() || row.gradientNorms[step] == 0.0)
        return tr("\ngradient: none recorded yet (run the backward pass)");
    return tr("\ngradient carried back: ‖∂L/∂h_t‖ = %1").arg(row.gradientNorms[step], 0, 'g', 3);
}

QString HoverText::cellPart(const SequenceTrace &trace, int rowIndex, int t, int j,
                            const QString &name, const QString &symbol, int offset)
{
    const RowTrace *row = rowOf(trace, rowIndex);
    if (!row || t < 0 || t >= trace.steps())
        return {};
    const int at = t + (row->reversed ? -offset : offset); // "t-1" of a reversed row is t+1
    QString text = name;
    if (symbol == QLatin1String("x") || symbol == QLatin1String("y")) { // not the cell's own
        const Matrix &m = symbol == QLatin1String("x") ? trace.input : trace.output;
        const bool x = symbol == QLatin1String("x");
        text += x ? tr(": the input at t = %1").arg(at + 1)
                  : tr(": the output at t = %1, fed back").arg(at + 1);
        if (at < 0 || at >= m.cols()) {
            text += tr("\nnone yet: the context starts at zero");
            return text;
        }
        for (Eigen::Index k = 0; k < std::min<Eigen::Index>(m.rows(), 12); ++k) {
            const QString label = x && k < trace.inputNames.size()
                ? trace.inputNames.at(static_cast<int>(k))
                : QStringLiteral("%1[%2]").arg(symbol).arg(k + 1);
            text += QStringLiteral("\n%1 = %2").arg(label, number(m(k, at)));
        }
        return text;
    }
    text += tr(", unit %1, t = %2").arg(j + 1).arg(at + 1);
    const Quantity *q = row->find(symbol);
    if (!q)
        return text;
    if (at < 0 || at >= q->values.cols()) {
        text += tr("\n%1 = 0 (the initial state)").arg(symbol);
        return text;
    }
    const QString value = quantityLine(*q, j, at);
    if (!value.isEmpty())
        text += QLatin1Char('\n') + value;
    const std::vector<EquationLine> lines = CellEquations::of(trace, rowIndex, at, j);
    if (const EquationLine *line = CellEquations::find(lines, symbol))
        text += QLatin1Char('\n') + CellEquations::plainText(*line);
    const QString gradient = gradientOf(*row, symbol, j, at);
    text += QLatin1Char('\n')
        + (gradient.isEmpty() ? tr("gradient: none recorded yet (run the backward pass)")
                              : gradient);
    return text;
}

QString HoverText::cellArrow(const SequenceTrace &trace, int rowIndex, int t, int j,
                             const QString &from, const QString &fromSymbol, int fromOffset,
                             const QString &to, const QString &headSymbol)
{
    const RowTrace *row = rowOf(trace, rowIndex);
    if (!row || t < 0 || t >= trace.steps())
        return {};
    QString text = tr("arrow %1 → %2").arg(from, to);
    const int at = t + (row->reversed ? -fromOffset : fromOffset);
    if (const Quantity *q = row->find(fromSymbol)) {
        if (at >= 0 && at < q->values.cols() && j < q->values.rows())
            text += tr("\ncarries %1 = %2 (unit %3)")
                        .arg(fromSymbol, number(q->values(j, at)))
                        .arg(j + 1);
        else
            text += tr("\ncarries %1 = 0 (the initial state)").arg(fromSymbol);
    }
    const QString gradient = headSymbol.isEmpty() ? QString() : gradientOf(*row, headSymbol, j, t);
    text += gradient.isEmpty() ? tr("\ngradient: none recorded yet (run the backward pass)")
                               : tr("\ngradient flowing back along it: %1").arg(gradient);
    return text;
}

bool HoverText::answer(QWidget *widget, QEvent *event,
                       const std::function<QString(const QPointF &)> &text)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    auto *help = static_cast<QHelpEvent *>(event);
    const QString shown = text(help->pos());
    if (shown.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), shown, widget);
    return true;
}

} // namespace rnnlab

// What a hover shows over the views that draw a recurrent cell (the unrolled network and the cell
// inspector): an element's name, its value, its equation with the numbers, and for an arrow the
// gradient it carries back, all read from the Trace core recorded; and the tooltip event both
// views answer the same way. Text only: where the elements are is each view's business.
#pragma once

#include "snapshot.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <functional>

class QEvent;
class QWidget;

namespace rnnlab {

class HoverText
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::HoverText)

public:
    // "f = σ(0.123) = 0.531" (a quantity with a pre-activation) or "c = 0.420"; "" when the
    // quantity has no value for unit j at step t.
    static QString quantityLine(const Quantity &q, int j, int t);
    // Every quantity of row for unit j at step t, one a line, then ∂L/∂h when recorded.
    static QString unitLines(const RowTrace &row, int j, int t);
    // "\ngradient carried back: ‖∂L/∂h_t‖ = ..." for step t of row (or that none is recorded).
    static QString stepGradient(const RowTrace &row, int t);

    // A box or gate of the cell inspector: name (as drawn), the value of unit j at step t (t-1
    // for offset -1), the equation that computes it with the numbers, and its gradient.
    static QString cellPart(const SequenceTrace &trace, int row, int t, int j, const QString &name,
                            const QString &symbol, int offset);
    // An arrow of the cell inspector from one part to another: what it carries, and the gradient
    // of the quantity at its head (what flows back along it), headSymbol "" when the head is the
    // part it feeds through an operator.
    static QString cellArrow(const SequenceTrace &trace, int row, int t, int j, const QString &from,
                             const QString &fromSymbol, int fromOffset, const QString &to,
                             const QString &headSymbol);

    // Answers a QEvent::ToolTip on widget with text(position) (hides the tooltip where it is
    // empty) and returns true; false for any other event.
    static bool answer(QWidget *widget, QEvent *event,
                       const std::function<QString(const QPointF &)> &text);
};

} // namespace rnnlab

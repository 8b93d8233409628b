// The lecture's equations of one recurrent cell with the recorded numbers of one unit at one step
// substituted, e.g. f_t = σ(W_f [h_{t-1}, x_t] + b_f) = σ(0.42) = 0.60: one list that the
// equation panel lays out and the cell inspector's hover quotes. The numbers are the Trace's
// (core computed them); this only picks and formats them.
// What it is not: a renderer (equation_view.cpp makes the HTML table, hover_text.cpp the tooltip).
#pragma once

#include "snapshot.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <vector>

namespace rnnlab {

struct EquationLine
{
    QString symbol; // the Quantity it computes: "f", "i", "g", "c", "o", "h", "r", "z", "n", "s"
    QString lhs; // HTML, e.g. "f<sub>t</sub>"
    QString formula; // HTML, the lecture's right-hand side
    QString substituted; // the numbers put in, e.g. "σ(0.420)" ("" when there is nothing to add)
    double value = 0.0; // the recorded value of the unit at the step
};

class CellEquations
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::CellEquations)

public:
    // The equations of row (clamped) of trace for unit j at step t, in the lecture's order;
    // empty for a row without a cell (the MLP) or a trace without steps.
    static std::vector<EquationLine> of(const SequenceTrace &trace, int row, int t, int j);
    // The one that computes symbol, or nullptr.
    static const EquationLine *find(const std::vector<EquationLine> &lines, const QString &symbol);
    // One line as plain text: "f_t = σ(W_f [h_{t-1}, x_t] + b_f) = σ(0.420) = 0.601".
    static QString plainText(const EquationLine &line);
    // Three decimals, as every view shows a true value; a value that rounds to zero is "0.000",
    // never "-0.000".
    static QString number(double v)
    {
        return QString::number(std::abs(v) < 0.0005 ? 0.0 : v, 'f', 3);
    }
};

} // namespace rnnlab

#include "cell_equations.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rnnlab {

std::vector<EquationLine> CellEquations::of(const SequenceTrace &trace, int rowIndex, int step,
                                            int unit)
{
    std::vector<EquationLine> lines;
    if (trace.rows.empty())
        return lines;
    const RowTrace &row = trace.rows[static_cast<std::size_t>(
        std::clamp(rowIndex, 0, static_cast<int>(trace.rows.size()) - 1))];
    if (row.steps() == 0 || row.hiddenSize() == 0)
        return lines;
    const int t = std::clamp(step, 0, row.steps() - 1);
    const int j = std::clamp(unit, 0, row.hiddenSize() - 1);
    const int previous = row.reversed ? t + 1 : t - 1; // the step the state came from
    const auto value = [&](const QString &symbol, int at) {
        const Quantity *q = row.find(symbol);
        if (!q || at < 0 || at >= q->values.cols() || j >= q->values.rows())
            return 0.0;
        return q->values(j, at);
    };
    const auto applied = [&](const QString &function, const QString &symbol) {
        const Quantity *q = row.find(symbol);
        if (!q || q->preactivation.cols() <= t || j >= q->preactivation.rows())
            return QString();
        return QStringLiteral("%1(%2)").arg(function, number(q->preactivation(j, t)));
    };
    const auto add = [&](const QString &symbol, const QString &lhs, const QString &formula,
                         const QString &substituted) {
        lines.push_back({ symbol, lhs, formula, substituted, value(symbol, t) });
    };
    const QString sigma = QStringLiteral("σ");
    const QString tanh = QStringLiteral("tanh");
    const QString prev = row.reversed ? QStringLiteral("t+1") : QStringLiteral("t-1");
    const QString in = QStringLiteral("[h<sub>%1</sub>, x<sub>t</sub>]").arg(prev);
    const auto gate = [&](const QString &symbol, const QString &name, const QString &function) {
        add(symbol, QStringLiteral("%1<sub>t</sub>").arg(name),
            QStringLiteral("%1(W<sub>%2</sub> %3 + b<sub>%2</sub>)")
                .arg(function, name == QStringLiteral("C̃") ? QStringLiteral("C") : name, in),
            applied(function, symbol));
    };
    switch (row.cell) {
    case rnn::CellType::Lstm: {
        gate(QStringLiteral("f"), QStringLiteral("f"), sigma);
        gate(QStringLiteral("i"), QStringLiteral("i"), sigma);
        gate(QStringLiteral("g"), QStringLiteral("C̃"), tanh);
        add(QStringLiteral("c"), QStringLiteral("C<sub>t</sub>"),
            QStringLiteral("f<sub>t</sub>·C<sub>%1</sub> + i<sub>t</sub>·C̃<sub>t</sub>").arg(prev),
            QStringLiteral("%1·%2 + %3·%4")
                .arg(number(value(QStringLiteral("f"), t)),
                     number(value(QStringLiteral("c"), previous)),
                     number(value(QStringLiteral("i"), t)), number(value(QStringLiteral("g"), t))));
        gate(QStringLiteral("o"), QStringLiteral("o"), sigma);
        add(QStringLiteral("h"), QStringLiteral("h<sub>t</sub>"),
            QStringLiteral("o<sub>t</sub>·tanh(C<sub>t</sub>)"),
            QStringLiteral("%1·tanh(%2)")
                .arg(number(value(QStringLiteral("o"), t)), number(value(QStringLiteral("c"), t))));
        break;
    }
    case rnn::CellType::Gru: {
        gate(QStringLiteral("r"), QStringLiteral("r"), sigma);
        gate(QStringLiteral("z"), QStringLiteral("z"), sigma);
        add(QStringLiteral("n"), QStringLiteral("n<sub>t</sub>"),
            QStringLiteral("tanh(W<sub>n</sub> x<sub>t</sub> + r<sub>t</sub>·(U<sub>n</sub> "
                           "h<sub>%1</sub>) + b<sub>n</sub>)")
                .arg(prev),
            applied(tanh, QStringLiteral("n")));
        const double z = value(QStringLiteral("z"), t);
        add(QStringLiteral("h"), QStringLiteral("h<sub>t</sub>"),
            QStringLiteral("(1 − z<sub>t</sub>)·n<sub>t</sub> + z<sub>t</sub>·h<sub>%1</sub>")
                .arg(prev),
            QStringLiteral("(1 − %1)·%2 + %1·%3")
                .arg(number(z), number(value(QStringLiteral("n"), t)),
                     number(value(QStringLiteral("h"), previous))));
        break;
    }
    case rnn::CellType::Elman:
        add(QStringLiteral("h"), QStringLiteral("h<sub>t</sub>"),
            QStringLiteral("tanh(W x<sub>t</sub> + U h<sub>%1</sub> + b)").arg(prev),
            applied(tanh, QStringLiteral("h")));
        break;
    case rnn::CellType::Jordan:
        add(QStringLiteral("s"), QStringLiteral("s<sub>t</sub>"),
            QStringLiteral("μ·s<sub>t-1</sub> + y<sub>t-1</sub>"),
            QStringLiteral("%1·%2 + y<sub>t-1</sub>")
                .arg(number(trace.muJordan), number(value(QStringLiteral("s"), t - 1))));
        add(QStringLiteral("h"), QStringLiteral("h<sub>t</sub>"),
            QStringLiteral("tanh(W x<sub>t</sub> + U s<sub>t</sub> + b)"),
            applied(tanh, QStringLiteral("h")));
        break;
    case rnn::CellType::Mlp: // not a recurrent row (views/mlp_view.h draws the MLP)
        break;
    }
    return lines;
}

const EquationLine *CellEquations::find(const std::vector<EquationLine> &lines,
                                        const QString &symbol)
{
    const auto it = std::find_if(lines.begin(), lines.end(),
                                 [&](const EquationLine &l) { return l.symbol == symbol; });
    return it == lines.end() ? nullptr : &*it;
}

QString CellEquations::plainText(const EquationLine &line)
{
    const auto plain = [](QString html) {
        static const QRegularExpression sub(QStringLiteral("<sub>([^<]*)</sub>"));
        html.replace(sub, QStringLiteral("_\\1"));
        html.replace(QStringLiteral("_t-1"), QStringLiteral("_{t-1}"));
        html.replace(QStringLiteral("_t+1"), QStringLiteral("_{t+1}"));
        return html;
    };
    QString text = plain(line.lhs) + QStringLiteral(" = ") + plain(line.formula);
    if (!line.substituted.isEmpty())
        text += QStringLiteral(" = ") + line.substituted;
    return text + QStringLiteral(" = ") + number(line.value);
}

} // namespace rnnlab

#include "equation_view.h"

#include <QLabel>
#include <QScrollArea>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace rnnlab {

namespace {

constexpr qint64 MinimumIntervalMs = 100;

QString number(double v)
{
    return QString::number(v, 'f', 3);
}

// "name = formula = function(pre) = value" with the value coloured by its sign.
QString line(const QString &lhs, const QString &formula, const QString &substituted, double value)
{
    const QString colour = value < 0 ? QStringLiteral("#542788") : QStringLiteral("#b35806");
    QString text = QStringLiteral("<tr><td align='right'><b>%1</b></td><td>&nbsp;=&nbsp;%2")
                       .arg(lhs, formula);
    if (!substituted.isEmpty())
        text += QStringLiteral(" = %1").arg(substituted);
    text += QStringLiteral(" = <b style='color:%1'>%2</b></td></tr>").arg(colour, number(value));
    return text;
}

} // namespace

EquationView::EquationView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // No word wrap: a wrapped rich-text label lays its document out at several widths on every
    // change (20 ms a time on this machine); the equations are rows that the scroll area scrolls.
    m_label->setWordWrap(false);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_label->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_label->setFont(big);
    layout->addWidget(m_label);
    m_label->setText(html());
}

void EquationView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void EquationView::setCursor(Phase phase, int step)
{
    m_phase = phase;
    m_step = step;
    refresh();
}

void EquationView::setRow(int row)
{
    m_row = row;
    refresh();
}

void EquationView::setUnit(int unit)
{
    m_unit = unit;
    refresh();
}

void EquationView::setInspection(InspectionState *state)
{
    connect(state, &InspectionState::snapshotChanged, this, &EquationView::setSnapshot);
    connect(state, &InspectionState::cursorChanged, this,
            [this](Phase phase, int step) { setCursor(phase, step); });
    connect(state, &InspectionState::stepChanged, this,
            [this, state](int step) { setCursor(state->phase(), step); });
    connect(state, &InspectionState::rowChanged, this, &EquationView::setRow);
    connect(state, &InspectionState::unitChanged, this, &EquationView::setUnit);
}

QString EquationView::plainText() const
{
    QTextDocument document;
    document.setHtml(html());
    return document.toPlainText();
}

QString EquationView::html() const
{
    if (!m_snapshot || m_snapshot->trace.rows.empty())
        return tr("<i>The equations of the selected cell appear here, with numbers.</i>");
    const auto &rows = m_snapshot->trace.rows;
    const RowTrace &row
        = rows[static_cast<std::size_t>(std::clamp(m_row, 0, int(rows.size()) - 1))];
    const int steps = row.steps();
    if (steps == 0)
        return {};
    const int t = std::clamp(m_step, 0, steps - 1);
    const int j = std::clamp(m_unit, 0, row.hiddenSize() - 1);
    const int previous = row.reversed ? t + 1 : t - 1; // the step the state came from
    const auto value = [&](const QString &symbol, int step) {
        const Quantity *q = row.find(symbol);
        if (!q || step < 0 || step >= q->values.cols() || j >= q->values.rows())
            return 0.0;
        return q->values(j, step);
    };
    const auto pre = [&](const QString &symbol) {
        const Quantity *q = row.find(symbol);
        if (!q || q->preactivation.cols() <= t || j >= q->preactivation.rows())
            return std::nan("");
        return q->preactivation(j, t);
    };
    const auto applied = [&](const QString &function, const QString &symbol) {
        const double p = pre(symbol);
        return std::isnan(p) ? QString() : QStringLiteral("%1(%2)").arg(function, number(p));
    };
    const QString sigma = QStringLiteral("σ");
    const QString tanh = QStringLiteral("tanh");
    const QString prev = row.reversed ? QStringLiteral("t+1") : QStringLiteral("t-1");
    QString html = tr("<p><b>t = %1, unit %2</b> (%3, layer %4%5)</p>")
                       .arg(t + 1)
                       .arg(j + 1)
                       .arg(cellName(row.cell))
                       .arg(row.layer + 1)
                       .arg(row.reversed ? tr(", backward direction") : QString());
    html += QStringLiteral("<table cellspacing='3'>");
    const QString in = QStringLiteral("[h<sub>%1</sub>, x<sub>t</sub>]").arg(prev);
    switch (row.cell) {
    case rnn::CellType::Lstm: {
        html += line(QStringLiteral("f<sub>t</sub>"),
                     QStringLiteral("σ(W<sub>f</sub> %1 + b<sub>f</sub>)").arg(in),
                     applied(sigma, QStringLiteral("f")), value(QStringLiteral("f"), t));
        html += line(QStringLiteral("i<sub>t</sub>"),
                     QStringLiteral("σ(W<sub>i</sub> %1 + b<sub>i</sub>)").arg(in),
                     applied(sigma, QStringLiteral("i")), value(QStringLiteral("i"), t));
        html += line(QStringLiteral("C̃<sub>t</sub>"),
                     QStringLiteral("tanh(W<sub>C</sub> %1 + b<sub>C</sub>)").arg(in),
                     applied(tanh, QStringLiteral("g")), value(QStringLiteral("g"), t));
        const double f = value(QStringLiteral("f"), t);
        const double i = value(QStringLiteral("i"), t);
        const double g = value(QStringLiteral("g"), t);
        const double cPrev = value(QStringLiteral("c"), previous);
        html += line(
            QStringLiteral("C<sub>t</sub>"),
            QStringLiteral("f<sub>t</sub>·C<sub>%1</sub> + i<sub>t</sub>·C̃<sub>t</sub>").arg(prev),
            QStringLiteral("%1·%2 + %3·%4").arg(number(f), number(cPrev), number(i), number(g)),
            value(QStringLiteral("c"), t));
        html += line(QStringLiteral("o<sub>t</sub>"),
                     QStringLiteral("σ(W<sub>o</sub> %1 + b<sub>o</sub>)").arg(in),
                     applied(sigma, QStringLiteral("o")), value(QStringLiteral("o"), t));
        html += line(
            QStringLiteral("h<sub>t</sub>"), QStringLiteral("o<sub>t</sub>·tanh(C<sub>t</sub>)"),
            QStringLiteral("%1·tanh(%2)")
                .arg(number(value(QStringLiteral("o"), t)), number(value(QStringLiteral("c"), t))),
            value(QStringLiteral("h"), t));
        break;
    }
    case rnn::CellType::Gru: {
        html += line(QStringLiteral("r<sub>t</sub>"),
                     QStringLiteral("σ(W<sub>r</sub> %1 + b<sub>r</sub>)").arg(in),
                     applied(sigma, QStringLiteral("r")), value(QStringLiteral("r"), t));
        html += line(QStringLiteral("z<sub>t</sub>"),
                     QStringLiteral("σ(W<sub>z</sub> %1 + b<sub>z</sub>)").arg(in),
                     applied(sigma, QStringLiteral("z")), value(QStringLiteral("z"), t));
        html += line(
            QStringLiteral("n<sub>t</sub>"),
            QStringLiteral("tanh(W<sub>n</sub> x<sub>t</sub> + r<sub>t</sub>·(U<sub>n</sub> "
                           "h<sub>%1</sub>) + b<sub>n</sub>)")
                .arg(prev),
            applied(tanh, QStringLiteral("n")), value(QStringLiteral("n"), t));
        const double z = value(QStringLiteral("z"), t);
        html += line(
            QStringLiteral("h<sub>t</sub>"),
            QStringLiteral("(1 − z<sub>t</sub>)·n<sub>t</sub> + z<sub>t</sub>·h<sub>%1</sub>")
                .arg(prev),
            QStringLiteral("(1 − %1)·%2 + %1·%3")
                .arg(number(z), number(value(QStringLiteral("n"), t)),
                     number(value(QStringLiteral("h"), previous))),
            value(QStringLiteral("h"), t));
        break;
    }
    case rnn::CellType::Elman:
        html += line(QStringLiteral("h<sub>t</sub>"),
                     QStringLiteral("tanh(W x<sub>t</sub> + U h<sub>%1</sub> + b)").arg(prev),
                     applied(tanh, QStringLiteral("h")), value(QStringLiteral("h"), t));
        break;
    case rnn::CellType::Jordan:
        html += line(
            QStringLiteral("s<sub>t</sub>"), QStringLiteral("μ·s<sub>t-1</sub> + y<sub>t-1</sub>"),
            QStringLiteral("%1·%2 + y<sub>t-1</sub>")
                .arg(number(m_snapshot->trace.muJordan), number(value(QStringLiteral("s"), t - 1))),
            value(QStringLiteral("s"), t));
        html += line(QStringLiteral("h<sub>t</sub>"),
                     QStringLiteral("tanh(W x<sub>t</sub> + U s<sub>t</sub> + b)"),
                     applied(tanh, QStringLiteral("h")), value(QStringLiteral("h"), t));
        break;
    case rnn::CellType::Mlp: // not a recurrent row (views/mlp_view.h draws the MLP)
        break;
    }
    html += QStringLiteral("</table>");
    const bool backward = m_phase == Phase::Backward || m_phase == Phase::Update;
    if (backward && row.gradHidden.cols() > t) {
        html += tr("<p><b>Backpropagation through time</b></p>");
        html += QStringLiteral("<table cellspacing='3'>");
        html += line(QStringLiteral("∂L/∂h<sub>t</sub>"), tr("unit %1").arg(j + 1), {},
                     row.gradHidden(j, t));
        html += line(QStringLiteral("‖∂L/∂h<sub>t</sub>‖"), tr("all units"), {},
                     row.gradHidden.col(t).norm());
        if (row.gradCell.cols() > t) {
            html += line(QStringLiteral("∂L/∂C<sub>t</sub>"), tr("unit %1").arg(j + 1), {},
                         row.gradCell(j, t));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void EquationView::refresh()
{
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    const qint64 since = m_sinceApply.isValid() ? m_sinceApply.elapsed() : MinimumIntervalMs;
    QTimer::singleShot(std::max<qint64>(0, MinimumIntervalMs - since), this, [this] {
        m_refreshQueued = false;
        apply();
    });
}

void EquationView::apply()
{
    if (!isVisible())
        return; // showEvent() catches up
    m_sinceApply.restart();
    const QString text = html();
    if (text != m_label->text()) // rich text layout is the costly part: only when it changed
        m_label->setText(text);
}

void EquationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    apply();
}

} // namespace rnnlab

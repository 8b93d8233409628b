#include "equation_view.h"

#include "cell_equations.h"

#include <QLabel>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace rnnlab {

namespace {

constexpr qint64 MinimumIntervalMs = 100;

QString number(double v)
{
    return CellEquations::number(v);
}

// "name = formula", and under it "= function(pre) = value" with the value coloured by its sign:
// two short rows instead of one long one, so the panel needs no horizontal scrolling.
QString line(const QString &lhs, const QString &formula, const QString &substituted, double value)
{
    const QString colour = value < 0 ? QStringLiteral("#542788") : QStringLiteral("#b35806");
    const QString result
        = QStringLiteral("<b style='color:%1'>%2</b></td></tr>").arg(colour, number(value));
    QString text = QStringLiteral("<tr><td align='right'><b>%1</b></td><td>&nbsp;=&nbsp;%2")
                       .arg(lhs, formula);
    if (substituted.isEmpty()) // short: one row
        return text + QStringLiteral(" = ") + result;
    return text + QStringLiteral("</td></tr><tr><td></td><td>&nbsp;=&nbsp;%1 = ").arg(substituted)
        + result;
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
    const int rowIndex = std::clamp(m_row, 0, int(rows.size()) - 1);
    const RowTrace &row = rows[static_cast<std::size_t>(rowIndex)];
    const int steps = row.steps();
    if (steps == 0)
        return {};
    const int t = std::clamp(m_step, 0, steps - 1);
    const int j = std::clamp(m_unit, 0, row.hiddenSize() - 1);
    QString html = tr("<p><b>t = %1, unit %2</b> (%3, layer %4%5)</p>")
                       .arg(t + 1)
                       .arg(j + 1)
                       .arg(cellName(row.cell))
                       .arg(row.layer + 1)
                       .arg(row.reversed ? tr(", backward direction") : QString());
    html += QStringLiteral("<table cellspacing='2'>");
    for (const EquationLine &l : CellEquations::of(m_snapshot->trace, rowIndex, t, j))
        html += line(l.lhs, l.formula, l.substituted, l.value);
    html += QStringLiteral("</table>");
    const bool backward = m_phase == Phase::Backward || m_phase == Phase::Update;
    if (backward && row.gradHidden.cols() > t) {
        html += tr("<p><b>Backpropagation through time</b></p>");
        html += QStringLiteral("<table cellspacing='2'>");
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
    if (text != m_label->text()) { // rich text layout is the costly part: only when it changed
        m_label->setText(text);
        emit textChanged();
    }
}

void EquationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    apply();
}

} // namespace rnnlab

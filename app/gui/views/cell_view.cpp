#include "cell_view.h"

#include "beat.h"

#include "cell_equations.h"
#include "colour_maps.h"
#include "hover_text.h"
#include "presenter_style.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace rnnlab {

CellView::CellView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(280, 220);
    buildDiagram(rnn::CellType::Lstm);
}

void CellView::buildDiagram(rnn::CellType cell)
{
    m_cell = cell;
    m_nodes.clear();
    m_edges.clear();
    const auto add = [this](const QString &label, const QString &symbol, double x, double y,
                            int offset = 0, const QString &function = {}) {
        m_nodes.push_back({ label, symbol, QPointF(x, y), offset, function });
        return static_cast<int>(m_nodes.size()) - 1;
    };
    const auto link = [this](int a, int b) { m_edges.push_back({ a, b }); };
    const auto result = [this](int node, const QString &makes, const QString &partOf) {
        m_nodes[static_cast<std::size_t>(node)].makes = makes;
        m_nodes[static_cast<std::size_t>(node)].partOf = partOf;
    };
    switch (cell) {
    case rnn::CellType::Lstm: {
        const int cPrev = add(QStringLiteral("C(t-1)"), QStringLiteral("c"), 0.08, 0.12, -1);
        const int times1 = add({}, {}, 0.30, 0.12, 0, QStringLiteral("×"));
        const int plus = add({}, {}, 0.56, 0.12, 0, QStringLiteral("+"));
        const int cNow = add(QStringLiteral("C(t)"), QStringLiteral("c"), 0.90, 0.12);
        const int f = add(tr("forget f"), QStringLiteral("f"), 0.30, 0.55, 0, QStringLiteral("σ"));
        const int i = add(tr("input i"), QStringLiteral("i"), 0.47, 0.55, 0, QStringLiteral("σ"));
        const int g
            = add(tr("candidate C~"), QStringLiteral("g"), 0.64, 0.55, 0, QStringLiteral("tanh"));
        const int o = add(tr("output o"), QStringLiteral("o"), 0.81, 0.55, 0, QStringLiteral("σ"));
        const int times2 = add({}, {}, 0.56, 0.33, 0, QStringLiteral("×"));
        const int times3 = add({}, {}, 0.90, 0.55, 0, QStringLiteral("×"));
        const int hPrev = add(QStringLiteral("h(t-1)"), QStringLiteral("h"), 0.08, 0.88, -1);
        const int hNow = add(QStringLiteral("h(t)"), QStringLiteral("h"), 0.90, 0.88);
        link(cPrev, times1), link(times1, plus), link(plus, cNow), link(f, times1);
        link(i, times2), link(g, times2), link(times2, plus), link(o, times3);
        link(cNow, times3), link(times3, hNow);
        link(hPrev, f), link(hPrev, i), link(hPrev, g), link(hPrev, o);
        const QString c = QStringLiteral("c"), h = QStringLiteral("h");
        result(times1, {}, c), result(times2, {}, c), result(plus, c, c), result(times3, h, h);
        break;
    }
    case rnn::CellType::Gru: {
        const int hPrev = add(QStringLiteral("h(t-1)"), QStringLiteral("h"), 0.08, 0.15, -1);
        const int r = add(tr("reset r"), QStringLiteral("r"), 0.30, 0.60, 0, QStringLiteral("σ"));
        const int z = add(tr("update z"), QStringLiteral("z"), 0.52, 0.60, 0, QStringLiteral("σ"));
        const int n
            = add(tr("candidate n"), QStringLiteral("n"), 0.74, 0.60, 0, QStringLiteral("tanh"));
        const int mix = add({}, {}, 0.74, 0.15, 0, QStringLiteral("+"));
        const int hNow = add(QStringLiteral("h(t)"), QStringLiteral("h"), 0.92, 0.88);
        link(hPrev, r), link(hPrev, z), link(hPrev, n), link(r, n), link(z, mix);
        link(n, mix), link(hPrev, mix), link(mix, hNow);
        result(mix, QStringLiteral("h"), QStringLiteral("h"));
        break;
    }
    case rnn::CellType::Elman: { // x_t through W, the context h_{t-1} through U
        const int context = add(tr("context = h(t-1)"), QStringLiteral("h"), 0.18, 0.30, -1);
        const int x = add(QStringLiteral("x(t)"), QStringLiteral("x"), 0.18, 0.85);
        const int layer
            = add(tr("hidden layer"), QStringLiteral("h"), 0.55, 0.58, 0, QStringLiteral("tanh"));
        const int hNow = add(QStringLiteral("h(t)"), QStringLiteral("h"), 0.86, 0.30);
        link(context, layer), link(x, layer), link(layer, hNow);
        break;
    }
    case rnn::CellType::Jordan: { // s_t = mu s_{t-1} + y_{t-1}; x_t through W, s_t through U
        const int y = add(QStringLiteral("y(t-1)"), QStringLiteral("y"), 0.18, 0.06);
        const int context = add(tr("context s(t)"), QStringLiteral("s"), 0.18, 0.36);
        const int x = add(QStringLiteral("x(t)"), QStringLiteral("x"), 0.18, 0.85);
        const int layer
            = add(tr("hidden layer"), QStringLiteral("h"), 0.55, 0.60, 0, QStringLiteral("tanh"));
        const int hNow = add(QStringLiteral("h(t)"), QStringLiteral("h"), 0.86, 0.36);
        link(y, context), link(context, layer), link(x, layer), link(layer, hNow);
        break;
    }
    case rnn::CellType::Mlp: // not a recurrent cell (views/mlp_view.h draws the MLP)
        break;
    }
}

void CellView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (m_snapshot && !m_snapshot->trace.rows.empty()) {
        m_row = std::clamp(m_row, 0, static_cast<int>(m_snapshot->trace.rows.size()) - 1);
        const rnn::CellType cell = m_snapshot->trace.rows[static_cast<std::size_t>(m_row)].cell;
        if (cell != m_cell || m_nodes.empty())
            buildDiagram(cell);
    }
    update();
}

void CellView::setStep(int step)
{
    m_step = step;
    update();
}

void CellView::setRow(int row)
{
    m_row = row;
    setSnapshot(m_snapshot);
}

void CellView::setUnit(int unit)
{
    m_unit = unit;
    update();
}

void CellView::setInspection(InspectionState *state)
{
    connect(state, &InspectionState::snapshotChanged, this, &CellView::setSnapshot);
    connect(state, &InspectionState::stepChanged, this, &CellView::setStep);
    connect(state, &InspectionState::rowChanged, this, &CellView::setRow);
    connect(state, &InspectionState::unitChanged, this, &CellView::setUnit);
    connect(this, &CellView::unitSelected, state, &InspectionState::setUnit);
    connect(state, &InspectionState::highlightsChanged, this, &CellView::setHighlights);
}

void CellView::setHighlights(const QStringList &names)
{
    m_highlights = names;
    update();
}

bool CellView::highlighted(const Node &node) const
{
    if (node.symbol.isEmpty())
        return false;
    for (const QString &name : m_highlights) {
        if (highlightSymbol(name) == node.symbol && node.offset == 0)
            return true;
        if (name == QLatin1String("cell_state") && node.symbol == QLatin1String("c"))
            return true;
        if (name == QLatin1String("hidden") && node.symbol == QLatin1String("h")
            && node.offset == 0)
            return true;
        if (name == QLatin1String("context")
            && (node.symbol == QLatin1String("s") || node.offset == -1))
            return true;
    }
    return false;
}

double CellView::lineWidth(double width) const
{
    return presenter::lineWidth(this, width);
}

QRectF CellView::nodeRect(const Node &node) const
{
    // Heights follow the type (presenter mode's is about twice the usual).
    const double line = std::max(16.0, QFontMetricsF(font()).height());
    const QRectF area
        = QRectF(rect()).adjusted(10, std::max(48.0, 2.0 * line + 14.0), -10, -1.5 * line);
    const QPointF centre(area.left() + node.position.x() * area.width(),
                         area.top() + node.position.y() * area.height());
    if (!node.symbol.isEmpty() && node.function.isEmpty()) { // wide enough for its label
        const double w = std::max({ area.width() * 0.15, 50.0,
                                    0.9 * fontMetrics().horizontalAdvance(node.label) + 14.0 });
        const double h = std::max(20.0, line + 4.0);
        return { centre.x() - w / 2, centre.y() - h / 2, w, h };
    }
    if (node.symbol.isEmpty()) { // operator
        const double d = std::max(22.0, line + 4.0);
        return { centre.x() - d / 2, centre.y() - d / 2, d, d };
    }
    const double w = std::clamp(area.width() * 0.14, 40.0, 90.0 * line / 16.0);
    const double h = std::max(28.0, 1.6 * line);
    return { centre.x() - w / 2, centre.y() - h / 2, w, h };
}

QRectF CellView::stripRect(const Node &node) const
{
    const QRectF box = nodeRect(node);
    return { box.left(), box.bottom() + 2, box.width(),
             std::max(9.0, QFontMetricsF(font()).height() / 2.0) };
}

Vector CellView::valuesOf(const Node &node) const
{
    if (!m_snapshot || node.symbol.isEmpty())
        return {};
    const auto &rows = m_snapshot->trace.rows;
    if (m_row < 0 || m_row >= static_cast<int>(rows.size()))
        return {};
    const RowTrace &row = rows[static_cast<std::size_t>(m_row)];
    const Quantity *q = row.find(node.symbol);
    if (!q || q->values.cols() == 0)
        return {};
    // "t-1" of a reversed row is the step after t, the one it came from.
    const int t = m_step + (row.reversed ? -node.offset : node.offset);
    if (t < 0 || t >= q->values.cols())
        return Vector::Zero(q->values.rows()); // the initial state is zero
    return q->values.col(t);
}

void CellView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setBold(true);
    p.setFont(titleFont);
    QString title = tr("%1 cell at t = %2").arg(cellName(m_cell)).arg(m_step + 1);
    if (m_snapshot && m_row < static_cast<int>(m_snapshot->trace.rows.size())) {
        const RowTrace &row = m_snapshot->trace.rows[static_cast<std::size_t>(m_row)];
        title += tr(", layer %1%2, unit %3")
                     .arg(row.layer + 1)
                     .arg(row.reversed ? tr(" (backward)") : QString())
                     .arg(m_unit + 1);
    }
    const double textLine = QFontMetricsF(titleFont).height();
    p.drawText(QRectF(8, 4, width() - 16, std::max(22.0, textLine + 2)),
               Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(font());
    // The names of the parts, once, under the title.
    QStringList names;
    for (const Node &node : m_nodes)
        if (!node.function.isEmpty() && !node.symbol.isEmpty())
            names << node.label;
    if (!names.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(8, std::max(22.0, textLine + 6), width() - 16, std::max(16.0, textLine)),
                   Qt::AlignLeft | Qt::AlignVCenter, names.join(QStringLiteral(" · ")));
        p.setPen(palette().color(QPalette::Text));
    }

    // Edges first, as right-angled wires.
    p.setPen(QPen(QColor(90, 90, 90), lineWidth(1.4)));
    for (const Edge &e : m_edges)
        p.drawPath(edgePath(e));
    const auto paintSharedParts = [this, &p] {
        // Elman and Jordan: the weights on their wires (W from x_t, U from the context), Elman's
        // copy of h_t into the next step's context, Jordan's self-loop mu on the context.
        if (m_cell != rnn::CellType::Elman && m_cell != rnn::CellType::Jordan)
            return;
        const auto find = [this](const QString &label) -> const Node * {
            for (const Node &n : m_nodes)
                if (n.label == label)
                    return &n;
            return nullptr;
        };
        const Node *x = find(QStringLiteral("x(t)"));
        const Node *layer = find(tr("hidden layer"));
        const Node *hNow = find(QStringLiteral("h(t)"));
        const Node *context
            = find(m_cell == rnn::CellType::Elman ? tr("context = h(t-1)") : tr("context s(t)"));
        if (!x || !layer || !hNow || !context)
            return;
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        const QRectF l = nodeRect(*layer), xr = nodeRect(*x), cr = nodeRect(*context);
        const int line = QFontMetrics(bold).height();
        // the wires run right from the source, then up or down into the layer (see the edges)
        p.drawText(
            QRectF((xr.right() + l.center().x()) / 2 - 20, xr.center().y() - line - 1, 40, line),
            Qt::AlignCenter, QStringLiteral("W"));
        p.drawText(
            QRectF((cr.right() + l.center().x()) / 2 - 20, cr.center().y() - line - 1, 40, line),
            Qt::AlignCenter, QStringLiteral("U"));
        p.setFont(font());
        p.setPen(QPen(QColor(0, 114, 178), lineWidth(1.4), Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        if (m_cell == rnn::CellType::Elman) { // h_t is copied into the context for step t+1
            const QRectF h = nodeRect(*hNow);
            QPainterPath copy(QPointF(h.center().x(), h.top()));
            copy.cubicTo(QPointF(h.center().x(), h.top() - 30),
                         QPointF(cr.center().x(), cr.top() - 30),
                         QPointF(cr.center().x(), cr.top()));
            p.drawPath(copy);
            p.setPen(QColor(0, 114, 178));
            p.drawText(QRectF(cr.center().x(), cr.top() - 30 - line,
                              h.center().x() - cr.center().x(), line),
                       Qt::AlignCenter, tr("copied into the context for t+1"));
            return;
        }
        // Jordan: the context keeps mu of itself
        const double mu = m_snapshot ? m_snapshot->trace.muJordan : 0.0;
        QPainterPath loop(QPointF(cr.left(), cr.center().y() - 4));
        loop.cubicTo(QPointF(cr.left() - 34, cr.center().y() - 26),
                     QPointF(cr.left() - 34, cr.center().y() + 26),
                     QPointF(cr.left(), cr.center().y() + 4));
        p.drawPath(loop);
        p.setPen(QColor(0, 114, 178));
        p.drawText(QRectF(cr.left() - 30, cr.bottom() + 12, 120, line), Qt::AlignLeft,
                   QStringLiteral("μ = %1").arg(mu, 0, 'f', 2));
    };
    paintSharedParts();
    // Nodes.
    for (const Node &node : m_nodes) {
        const QRectF box = nodeRect(node);
        if (node.symbol.isEmpty()) {
            p.setBrush(palette().base());
            p.setPen(QPen(QColor(60, 60, 60), lineWidth(1.4)));
            p.drawEllipse(box);
            p.drawText(box, Qt::AlignCenter, node.function);
            continue;
        }
        const Vector values = valuesOf(node);
        const bool gate = node.function == QStringLiteral("σ");
        const double mean = values.size() > 0 ? values.mean() : 0.0;
        const double selected = m_unit < values.size() ? values(m_unit) : mean;
        const QColor fill = gate
            ? colours::sequential(selected, 1.0)
            : colours::diverging(selected,
                                 node.symbol == QLatin1String("c") ? std::max(
                                     1.0, (values.size() > 0 ? values.cwiseAbs().maxCoeff() : 1.0))
                                                                   : 1.0);
        p.setBrush(node.function.isEmpty() ? fill : QBrush(fill));
        p.setPen(QPen(QColor(40, 40, 40), lineWidth(node.function.isEmpty() ? 1.0 : 1.6)));
        p.drawRoundedRect(box, 5, 5);
        p.setPen(colours::textOn(fill));
        // Gates show their function and the lecture's symbol; the name is in the tooltip area.
        const QString symbol
            = node.symbol == QLatin1String("g") ? QStringLiteral("C~") : node.symbol;
        const QString text = node.function.isEmpty()
            ? node.label
            : QStringLiteral("%1 %2").arg(node.function, symbol);
        QFont small = font();
        small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
        p.setFont(small);
        p.drawText(box, Qt::AlignCenter, text);
        p.setFont(font());
        // The live values of every unit, the selected one framed.
        if (values.size() > 0) {
            const QRectF strip = stripRect(node);
            const double w = strip.width() / static_cast<double>(values.size());
            double limit = 1.0;
            if (node.symbol == QLatin1String("c"))
                limit = std::max(1.0, (values.size() > 0 ? values.cwiseAbs().maxCoeff() : 1.0));
            for (Eigen::Index u = 0; u < values.size(); ++u) {
                const QRectF cell(strip.left() + static_cast<double>(u) * w, strip.top(), w,
                                  strip.height());
                p.fillRect(cell,
                           gate ? colours::sequential(values(u), 1.0)
                                : colours::diverging(values(u), limit));
            }
            p.setPen(QPen(Qt::black, lineWidth(1.0)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(strip);
            if (m_unit < values.size())
                p.drawRect(
                    QRectF(strip.left() + m_unit * w, strip.top() - 1, w, strip.height() + 2));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(strip.left() - 10, strip.bottom(), strip.width() + 20, textLine),
                       Qt::AlignCenter, CellEquations::number(selected));
        }
    }
    // What a guided beat points at, over everything else.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0xd0, 0x1c, 0x8b), 3.5));
    for (const Node &node : m_nodes) {
        if (highlighted(node))
            p.drawRoundedRect(nodeRect(node).adjusted(-5, -5, 5, 5), 7, 7);
    }
}

QPainterPath CellView::edgePath(const Edge &edge) const
{
    const QPointF a = nodeRect(m_nodes[static_cast<std::size_t>(edge.from)]).center();
    const QPointF b = nodeRect(m_nodes[static_cast<std::size_t>(edge.to)]).center();
    QPainterPath path(a);
    path.lineTo(QPointF(b.x(), a.y()));
    path.lineTo(b);
    return path;
}

QPointF CellView::partCentre(const QString &symbol, int offset) const
{
    for (const Node &node : m_nodes)
        if (node.symbol == symbol && node.offset == offset)
            return nodeRect(node).center();
    return {};
}

QString CellView::toolTipAt(const QPointF &pos) const
{
    if (!m_snapshot || m_snapshot->trace.rows.empty())
        return {};
    const SequenceTrace &trace = m_snapshot->trace;
    const auto name = [this](const Node &node) {
        if (!node.label.isEmpty())
            return node.label;
        return node.function == QStringLiteral("×") ? tr("× (element-wise product)")
                                                    : tr("+ (element-wise sum)");
    };
    for (const Node &node : m_nodes) { // boxes, gates and operators, over the wires
        if (!nodeRect(node).adjusted(-2, -2, 2, 2).contains(pos))
            continue;
        if (!node.symbol.isEmpty()) {
            const bool fedBack = node.symbol == QLatin1String("y"); // Jordan's y(t-1)
            return HoverText::cellPart(trace, m_row, m_step, m_unit, name(node), node.symbol,
                                       fedBack ? -1 : node.offset);
        }
        return HoverText::cellPart(trace, m_row, m_step, m_unit, name(node), node.partOf, 0);
    }
    const double reach = std::max(5.0, lineWidth(1.4) + 3.0);
    for (const Edge &edge : m_edges) {
        // Near the wire: the outline of a thin stroke around its path.
        QPainterPathStroker stroker;
        stroker.setWidth(2.0 * reach);
        if (!stroker.createStroke(edgePath(edge)).contains(pos))
            continue;
        const Node &from = m_nodes[static_cast<std::size_t>(edge.from)];
        const Node &to = m_nodes[static_cast<std::size_t>(edge.to)];
        const QString carried = from.symbol.isEmpty() ? from.makes : from.symbol;
        const QString head = to.symbol.isEmpty() ? to.partOf : to.symbol;
        return HoverText::cellArrow(trace, m_row, m_step, m_unit, name(from), carried, from.offset,
                                    name(to), head);
    }
    return {};
}

bool CellView::event(QEvent *event)
{
    if (HoverText::answer(this, event, [this](const QPointF &pos) { return toolTipAt(pos); }))
        return true;
    return QWidget::event(event);
}

void CellView::mousePressEvent(QMouseEvent *event)
{
    for (const Node &node : m_nodes) {
        const Vector values = valuesOf(node);
        const QRectF strip = stripRect(node).adjusted(0, -3, 0, 3);
        if (values.size() == 0 || !strip.contains(event->position()))
            continue;
        const double w = strip.width() / static_cast<double>(values.size());
        const int unit = std::clamp(static_cast<int>((event->position().x() - strip.left()) / w), 0,
                                    static_cast<int>(values.size()) - 1);
        m_unit = unit;
        update();
        emit unitSelected(unit);
        return;
    }
}

} // namespace rnnlab

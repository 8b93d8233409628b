// The cell inspector: the recurrent cell of the selected row at the selected time step, drawn as
// the lecture draws it (LSTM: forget, input and output gates, the candidate, the cell-state line
// along the top; GRU: reset and update gates; Elman: one tanh layer fed by the copied context;
// Jordan: the context fed by the previous output), with the live value of every unit under each
// box. Clicking a unit selects it for the equation panel; hovering over a box, gate, operator or
// arrow tells its name, value, equation with the numbers and gradient (hover_text.h). In presenter
// mode its boxes grow with the type and its lines are thick. It paints values; it computes nothing.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QPainterPath>
#include <QWidget>

namespace rnnlab {

class CellView : public QWidget
{
    Q_OBJECT

public:
    explicit CellView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    void setStep(int step);
    void setRow(int row);
    void setUnit(int unit);
    // Follows the shared inspection state and writes the user's clicks back to it.
    void setInspection(InspectionState *state);
    int unit() const { return m_unit; }
    int row() const { return m_row; }
    // A guided beat's highlights (beat.h's names): the gates and lines it names are outlined.
    void setHighlights(const QStringList &names);
    QStringList highlights() const { return m_highlights; }

    QSize sizeHint() const override { return { 360, 300 }; }

    // What a hover over pos shows (also the tooltip): for a box or gate its name, the selected
    // unit's value, its equation with the numbers and its gradient; for an operator the same of
    // what it computes; for an arrow what it carries and the gradient flowing back along it.
    // Empty where there is nothing.
    QString toolTipAt(const QPointF &pos) const;
    // For tests: the centre of the box or gate drawn for symbol ("f", "c", "h", ...) at step
    // t + offset; a null point when the cell has none.
    QPointF partCentre(const QString &symbol, int offset = 0) const;

signals:
    void unitSelected(int unit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Node
    {
        QString label; // as written in the lecture
        QString symbol; // quantity to show, "" for an operator
        QPointF position; // centre, as fractions of the drawing area
        int offset = 0; // 0: value at t; -1: value at t-1 (h_{t-1}, C_{t-1})
        QString function; // "σ", "tanh", "×", "+", "1−", or "" for a value
        // Operators: the quantity their result equals ("" for a product that is only part of
        // one), and the quantity it is part of (its equation and gradient are the hover's).
        QString makes = {};
        QString partOf = {};
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
    };
    void buildDiagram(rnn::CellType cell);
    QRectF nodeRect(const Node &node) const;
    QRectF stripRect(const Node &node) const;
    Vector valuesOf(const Node &node) const;
    QPainterPath edgePath(const Edge &edge) const; // a right-angled wire
    double lineWidth(double width) const; // thicker in presenter mode

    SnapshotPtr m_snapshot;
    int m_step = 0;
    int m_row = 0;
    int m_unit = 0;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    rnn::CellType m_cell = rnn::CellType::Lstm;
    QStringList m_highlights;

    bool highlighted(const Node &node) const;
};

} // namespace rnnlab

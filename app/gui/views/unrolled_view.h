// The centre of the window: the network unrolled in time, as the lecture draws it. One column
// per time step, inputs below, outputs above, arrows carrying h from step to step, the LSTM cell
// state C on its own line, Jordan's output fed back into the context, bidirectional layers as two
// rows running in opposite directions, stacked layers as rows. Every element is coloured by its
// current value; during BPTT the arrows' width and colour show ||dL/dh_t||.
// It paints a Snapshot's Trace and the cursor; it computes nothing.
#pragma once

#include "inspection_state.h"
#include "snapshot.h"

#include <QImage>
#include <QWidget>

#include <algorithm>

namespace rnnlab {

class UnrolledView : public QWidget
{
    Q_OBJECT

public:
    explicit UnrolledView(QWidget *parent = nullptr);

    void setSnapshot(const SnapshotPtr &snapshot);
    void setCursor(Phase phase, int step);
    // Follows the shared inspection state and writes the user's clicks back to it.
    void setInspection(InspectionState *state);
    // Width of one time step in pixels (zoom): from a few pixels (whole sequence) to a big cell.
    void setColumnWidth(double width);
    double columnWidth() const { return m_columnWidth; }
    // Where the first column starts: the margin of the row names (wider in presenter type).
    double leftMargin() const { return m_leftMargin; }
    void zoomToFit(int availableWidth);
    int selectedStep() const { return m_step; }
    Phase phase() const { return m_phase; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Lesson 2's shared weights: the input weights W (the connectors from x_t up into the bottom
    // row) and the recurrent weights U (the arrows from h_{t-1} to h_t). A click on a connector
    // or an arrow of any column selects that matrix, and every column draws it highlighted and
    // labelled: one matrix, used at every step. A click elsewhere (or on it again) clears it.
    enum class SharedWeight { None, Input, Recurrent };
    Q_ENUM(SharedWeight)
    SharedWeight selectedWeight() const { return m_weight; }
    void setSelectedWeight(SharedWeight weight);
    // For tests: a point on column t's W connector and on the U arrow into column t (t >= 1).
    QPointF inputWeightPoint(int t) const;
    QPointF recurrentWeightPoint(int t) const;

    // What a hover over pos shows (also the tooltip): the element's name, its value, its
    // equation with the numbers (each quantity of the cell for the unit under the pointer), and
    // for an arrow the gradient it carries back. Empty where there is nothing.
    QString toolTipAt(const QPointF &pos) const;

    // Geometry, public for tests: the rectangle of time step t's output box.
    QRectF outputRect(int t) const;
    QRectF inputRect(int t) const;
    // A guided beat's highlights (beat.h's names): outlined on top of the picture.
    void setHighlights(const QStringList &names);
    QStringList highlights() const { return m_highlights; }

signals:
    void stepClicked(int step);
    void weightSelected(rnnlab::UnrolledView::SharedWeight weight);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *e) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct RowLayout
    {
        int row = 0; // index into trace.rows
        double cellTop = 0; // LSTM cell-state band (0 height otherwise)
        double cellHeight = 0;
        double hiddenTop = 0;
        double hiddenHeight = 0;
    };
    void relayout();
    double columnLeft(int t) const;
    bool computed(int t) const; // has the forward pass reached step t yet?
    bool gradientReached(int t) const; // has BPTT reached step t yet?
    void paintRow(QPainter &p, const RowLayout &layout, int first, int last);
    void paintArrows(QPainter &p, const RowLayout &layout, int first, int last);
    void paintIo(QPainter &p, int first, int last);
    void paintPooling(QPainter &p, int first, int last);
    double poolBarY(const QRectF &output) const;
    // The x of the view's visible left edge (above 0 when the scroll area is scrolled sideways):
    // where the pinned row labels start.
    double visibleLeft() const { return std::max(0, visibleRegion().boundingRect().left()); }
    // The small type of the variables' names beside their rows.
    QFont variableFont() const;
    void paintHighlight(QPainter &p);
    void paintBeatHighlights(QPainter &p);

    // Which shared weight a press at pos hits (None: neither).
    SharedWeight weightAt(const QPointF &pos) const;
    double bottomOfRows() const;
    // Inputs drawn as one small named row per variable (Beijing's 8 inputs), not one number.
    bool namedRows() const;
    // The label under step t's input box: its word, letter or symbol ("" when numbers).
    QString inputLabel(int t) const;

    SnapshotPtr m_snapshot;
    SharedWeight m_weight = SharedWeight::None;
    Phase m_phase = Phase::Update;
    int m_step = 0;
    double m_columnWidth = 48.0;
    double m_leftMargin = 86.0; // the row names, the loss
    double m_headerHeight = 26.0; // these three grow with presenter type
    double m_ioHeight = 26.0;
    double m_gap = 18.0;
    std::vector<RowLayout> m_rows;
    double m_outputTop = 0;
    double m_inputTop = 0;
    double m_inputHeight = 26.0; // one row, or one small row per named variable
    double m_labelHeight = 0.0; // the words / symbols under the inputs
    double m_height = 200;
    double m_gradientMax = 1.0;
    double m_gradientMin = 1e-6;
    double m_inputLimit = 1.0;
    double m_outputLimit = 1.0;
    std::vector<QImage> m_hiddenImages; // per row: T x H pixels, coloured by h
    std::vector<QImage> m_cellImages; // per row: T x H pixels, coloured by C (LSTM)
    QStringList m_highlights;
};

} // namespace rnnlab

// The top of the window's centre: the unrolled network in its scroll area, with its title, the
// colour legends of values and gradients, and the zoom buttons. It follows the inspection state
// as the views do: a new run fits its columns to the width, the title says when the topology is
// one-to-many, the gradient legend spans the snapshot's norms, the play head stays in sight, and a
// line under the title says which sequence is on screen and which is being trained.
#pragma once

#include "inspection_state.h"

#include <QWidget>

class QLabel;
class QScrollArea;

namespace rnnlab {

class ColourLegend;
class UnrolledView;

class NetworkPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NetworkPanel(InspectionState *state, QWidget *parent = nullptr);

    UnrolledView *unrolledView() const { return m_unrolled; }
    QString inspectedText() const;
    void zoomIn();
    void zoomOut();
    void zoomToFit();

private:
    void showSnapshot(const SnapshotPtr &snapshot);
    void followPlayHead(int step);
    // The whole sequence in readable columns (a new run, or new type in presenter mode).
    void fitReadable();
    void keepRowsInSight();

protected:
    void changeEvent(QEvent *event) override;

private:
    UnrolledView *m_unrolled = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_inspected = nullptr;
    ColourLegend *m_gradientLegend = nullptr;
    int m_steps = 0; // of the snapshot on screen
};

} // namespace rnnlab

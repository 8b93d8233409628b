// Which inputs matter: core's permutation importance of every input variable of a forecast (the
// rise of the test RMSE when that variable is shuffled across the test windows), as a bar per
// variable, largest first, and a sentence under it answering "does anything besides the target's
// own past help?" (lesson 13: does the weather help predict tomorrow's pollution?). It draws the
// snapshot's numbers; it computes none. QCustomPlot.
#pragma once

#include "snapshot.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace rnnlab {

class ImportanceView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportanceView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    QCustomPlot *plot() const { return m_plot; }
    QString summaryText() const; // the sentence under the bars
    int barCount() const;

private:
    void clear(const QString &why);
    static QString answer(const SeriesView &s);

    QCustomPlot *m_plot = nullptr;
    QCPBars *m_bars = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace rnnlab

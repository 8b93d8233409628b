// One inspected sequence as a table, so that two of them can stand side by side (the what-if
// comparison): a heading with what it is and the network's answer, then one column per time
// step (for texts, per real word: padding is left out) and the rows the lesson asks about. For
// texts: the class probabilities after every word (core's answer to each prefix) and the size
// of the cell state ||C_t|| (||h_t|| for cells without one). For numbers: the input x_t, ||C_t||,
// the output y_t and the target. It draws a snapshot's numbers; it computes only norms.
//
// An editable card lets the user type the input values (numeric sequences): it emits
// valuesEdited with every step's value, in the data's own units for a forecast (the plot's
// passengers or µg/m³; core converts them into the scaled changes the network reads, shown in
// the row below) and as the network reads them for a synthetic task.
#pragma once

#include "snapshot.h"

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace rnnlab {

class SequenceCard : public QWidget
{
    Q_OBJECT

public:
    explicit SequenceCard(QWidget *parent = nullptr);

    void setEditable(bool editable) { m_editable = editable; }
    // Draws a sequence (a snapshot's trace and what it is; `classes` of a classification) under
    // `title` ("Now", "Original").
    void showSequence(const SequenceTrace &trace, const InspectedSequence &inspected,
                      const QStringList &classes, const QString &title);
    void clear();

    QTableWidget *table() const { return m_table; }
    QString headingText() const;
    // The steps shown (the trace's step of each column).
    const std::vector<int> &steps() const { return m_steps; }
    // The editable values (the first input at every step; NaN where a step has none) and
    // whether they are in the data's units.
    const std::vector<double> &values() const { return m_inputs; }
    bool dataUnits() const { return m_dataUnits; }
    // Changes the value at `step` (as typing it does) and emits valuesEdited.
    void setValue(int step, double value);

signals:
    void valuesEdited(const std::vector<double> &values);

private:
    void fillText(const SequenceTrace &trace, const InspectedSequence &inspected,
                  const QStringList &classes);
    void fillNumbers(const SequenceTrace &trace, const InspectedSequence &inspected);
    void addRow(const QString &name, const std::vector<double> &values, double scale, bool percent);
    void onCellChanged(int row, int column);

    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    std::vector<int> m_steps;
    std::vector<double> m_inputs; // numeric: x_t of every step of the trace
    bool m_editable = false;
    bool m_dataUnits = false;
    bool m_filling = false;
};

// ||C_t|| (or ||h_t||) of the first recurrent row at every step, and its symbol.
std::vector<double> memoryNorms(const SequenceTrace &trace, QString *symbol = nullptr);

} // namespace rnnlab

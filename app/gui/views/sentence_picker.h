// The list of test sentences to choose from: each with its true class, the class the network
// predicts and its confidence (core's predictions of the snapshot's moment), filterable by right
// or wrong and by true and predicted class (a click on a cell of the confusion matrix sets the
// two class filters). Choosing a row emits its index in the test set; the list shows numbers
// from the snapshot and computes none.
#pragma once

#include "snapshot.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace rnnlab {

class SentencePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Correctness { All, Right, Wrong };

    explicit SentencePicker(QWidget *parent = nullptr);

    // The rows of a snapshot's classification (refilled only when they change).
    void setRows(std::shared_ptr<const std::vector<TestSequenceRow>> rows,
                 const QStringList &classes);
    // -1 = any class.
    void setFilter(Correctness correctness, int trueClass, int predictedClass);
    // Marks the row of test sample `index` as the one on screen (-1: none).
    void setCurrent(int index);

    QTableWidget *table() const { return m_table; }
    int visibleRows() const;
    // The test-set index of the table's row `row`.
    int indexAt(int row) const;

signals:
    void picked(int index);

private:
    void refill();
    void fillClassCombo(QComboBox *combo, const QStringList &classes);

    QComboBox *m_correctness = nullptr;
    QComboBox *m_trueClass = nullptr;
    QComboBox *m_predicted = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    std::shared_ptr<const std::vector<TestSequenceRow>> m_rows;
    QStringList m_classes;
    int m_current = -1;
    bool m_filling = false;
};

} // namespace rnnlab

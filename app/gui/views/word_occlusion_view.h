// Which words push the prediction toward a class: core's occlusion of the inspected sentence
// (the change of the class probability when the word is removed), every word coloured for the
// class the user picks (orange: toward it, purple: away from it, white: no effect), and the
// words that push most toward it listed. A text lesson's question "which words push the
// prediction toward raiva?" read off the screen. It draws the snapshot's numbers only.
#pragma once

#include "snapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace rnnlab {

class WordOcclusionView : public QWidget
{
    Q_OBJECT

public:
    explicit WordOcclusionView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setClass(int index); // the class the words are coloured for
    QString sentenceHtml() const;

private:
    void redraw();

    QComboBox *m_class = nullptr;
    QLabel *m_sentence = nullptr;
    SnapshotPtr m_snapshot;
};

} // namespace rnnlab

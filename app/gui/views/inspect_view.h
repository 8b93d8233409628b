// The "Choose the sequence" tab: which sequence every view shows. Pick a sample of the training,
// validation or test data (previous, next, random, or a sentence from the list of test
// sentences), type a sentence (read with the model's vocabulary at once, as one types), type or
// drag a numeric window's values (a forecast's in the data's own units), or follow training
// again. "Keep as the original" pins what is on
// screen, and the original and the present sequence then stand side by side, both computed
// with the same weights (what if a word is removed, replaced or moved, or a value changed?).
//
// Every choice is a request through the InspectionState, which the window sends to the training
// worker; the answer comes back as a snapshot like any other. Nothing here computes the network
// and nothing here changes the weights.
#pragma once

#include "inspection_state.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rnnlab {

class SentencePicker;
class SequenceCard;
class WindowEditor;

class InspectView : public QWidget
{
    Q_OBJECT

public:
    explicit InspectView(QWidget *parent = nullptr);
    void setSnapshot(const SnapshotPtr &snapshot);
    void setInspection(InspectionState *state);

    // What is on screen and what is being trained, in one line for the user.
    static QString describe(const Snapshot &snapshot);
    // What is on screen, short: "typed sentence", "test sentence 12 of 180", "training window 5
    // of 83 (just trained)".
    static QString counterText(const Snapshot &snapshot);

    QLineEdit *textEdit() const { return m_text; }
    QComboBox *sourceCombo() const { return m_source; }
    QSpinBox *indexSpin() const { return m_index; }
    QPushButton *pinButton() const { return m_pin; }
    SentencePicker *sentencePicker() const { return m_sentences; }
    SequenceCard *presentCard() const { return m_present; }
    SequenceCard *originalCard() const { return m_original; }
    WindowEditor *windowEditor() const { return m_editor; }
    QString statusText() const; // describe() of the snapshot shown
    QLabel *counterLabel() const { return m_counter; }

private:
    QWidget *buildPicker();
    void request(const InspectRequest &request);
    void requestSample(int index);
    void requestText();
    void updateRanges(const Snapshot &snapshot);
    InspectSource chosenSource() const;
    void pin();
    void unpin();

    InspectionState *m_state = nullptr;
    SnapshotPtr m_shown;
    std::shared_ptr<const InspectRequest> m_originalRequest; // what if: the pinned sequence
    QComboBox *m_source = nullptr;
    QSpinBox *m_index = nullptr;
    QLabel *m_counter = nullptr;
    QWidget *m_textRow = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_pin = nullptr;
    QPushButton *m_unpin = nullptr;
    SentencePicker *m_sentences = nullptr;
    SequenceCard *m_original = nullptr;
    SequenceCard *m_present = nullptr;
    WindowEditor *m_editor = nullptr;
    bool m_updating = false;
};

} // namespace rnnlab

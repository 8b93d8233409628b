// Which sequence the window shows and what core made of it (and, for a what-if comparison, the
// original sequence beside it, with the same weights). An InspectRequest is what the user
// picked (a sample of the training, validation or test data, a sentence they typed, or a sample
// whose input values they edited); the training worker answers it with a Snapshot whose Trace is
// that sequence's forward pass (and its backpropagation against its own target, when it has
// one) with the weights of the moment on display. Inspecting never changes the weights: the
// trainer steps on the training data whatever is inspected.
//
// Plain values, copied between the GUI thread and the worker; nothing here computes anything.
// Shape legend: K = classes, T = time steps.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <Eigen/Core>

#include <memory>
#include <vector>

namespace rnnlab {

enum class InspectSource {
    Trained, // the sample just trained (the default: the Trace follows training)
    Train, // sample `index` of the training set
    Validation, // sample `index` of the validation set
    Test, // sample `index` of the test set
    Text, // `text`, typed by the user, read with the model's vocabulary
};

struct InspectRequest
{
    InspectSource source = InspectSource::Trained;
    int index = 0; // Train, Validation, Test: which sample (0-based)
    QString text; // Text: the sentence
    // Text: the class to backpropagate against (-1: none, the forward pass only).
    int targetClass = -1;
    // Train, Validation, Test on numeric data: when not empty, the sample's first input row
    // replaced by these values (one per step, T; steps without input are ignored); the target is
    // kept. A forecast's values are in the data's own units, as the plot draws them
    // (passengers, µg/m³: levels, even when the network reads scaled changes), and core turns
    // them into what the network reads; a synthetic task's are what the network reads.
    std::vector<double> values;

    // Sample `index` of a set, and a typed text.
    static InspectRequest sample(InspectSource source, int index)
    {
        InspectRequest r;
        r.source = source;
        r.index = index;
        return r;
    }
    static InspectRequest typed(const QString &text, int targetClass = -1)
    {
        InspectRequest r;
        r.source = InspectSource::Text;
        r.text = text;
        r.targetClass = targetClass;
        return r;
    }

    bool follows() const { return source == InspectSource::Trained; }
    // What if? The original of a side-by-side comparison (another sample or text, never
    // Trained), computed with the same weights as this one; null for none.
    std::shared_ptr<const InspectRequest> original;
};

// What the Trace on screen is, as core computed it.
struct InspectedSequence
{
    InspectRequest request; // what was asked for
    int sample = -1; // the sample shown (Trained: the sample just trained; -1 for typed text)
    int trueClass = -1; // its class when it has one
    // Text tasks: the words as the tokenizer read them (the last maxLength words), one per real
    // step, and whether each is outside the vocabulary (the network reads <unk> there).
    QStringList words;
    std::vector<bool> unknown;
    // Text tasks: the class probabilities after every word (K x T: column t is the network's
    // answer had the text ended at step t; NaN on padding). The last column is the answer.
    Eigen::MatrixXd prefixProbabilities;
    // Forecasts: the window in the data's own units, as core converts it (what the prediction
    // plot draws): the inputs (X x L, the levels of the rows before the first target, or the
    // values the user gave), the network's forecast of them and the truth (Y x Hz); the names
    // of the inputs and targets. Empty for other tasks.
    Eigen::MatrixXd inputLevels;
    Eigen::MatrixXd forecast;
    Eigen::MatrixXd truth;
    QStringList inputNames;
    QStringList targetNames;
};

} // namespace rnnlab

Q_DECLARE_METATYPE(rnnlab::InspectRequest)

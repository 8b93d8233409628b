// A beat of a guided lesson: a short text (in every language) and what the app does when the beat
// starts. Beats are data, in the lesson file's "beats" list, read and validated with the rest of
// the lesson (lesson.cpp); a BeatPlayer (beat_player.h) plays them. One beat in JSON:
//
//     { "text": { "en": "Step BPTT back to t = 7.", "pt_BR": "Volte a BPTT até t = 7." },
//       "set": { "model": "lstm", "jordan_mu": 0.9, "recurrent_scale": 1.5 }, // run settings
//       "train": { "epochs": 2 },                  // or "samples" / "batches"
//       "cursor": { "phase": "backward", "step": 7 }, // forward | loss | backward | update
//       "select": { "step": 7, "row": 1, "unit": 2 },
//       "highlight": [ "forget_gate", "cell_state" ],
//       "tab": "gradient",                         // a plot tab by its view registry key
//       "inspect": { "text": "estou furioso" },   // or { "sample": 3 }: the sequence on screen
//       "ask": { "question": {...}, "choices": [ {...}, {...} ], "answer": 2 },
//       "reveal": { "text": { "en": "... {grad_ratio} ..." }, "cursor": {...}, ... } }
//
// The actions run in a fixed order: set (restarts the run from the seed), train, inspect, cursor,
// select, highlight, tab. Steps are written as the app shows them (t = 1 .. T), or "last". A beat
// with "ask" is predict-then-reveal: the next key press runs "reveal"'s actions and shows its text,
// in which "{name}" or "{name:argument}" is a measurement of the snapshot on screen
// (beat_measures.h), never a number written by hand.
//
// This file is the data and its parser only; nothing here touches a widget or trains.
#pragma once

#include "snapshot.h"
#include "train/experiment_config.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rnnlab {

using Texts = QMap<QString, QString>; // language ("en", "pt_BR") -> text

enum class TrainUnit { Sample, Batch, Epoch };

// What the app does when a beat (or its reveal) starts.
struct BeatActions
{
    // "set": the run's settings after this beat (the lesson's with every earlier beat's "set"
    // and this one's applied); empty when the beat changes none. Applying it restarts the run.
    std::optional<rnn::ExperimentConfig> config;
    double recurrentScale = 1.0; // with `config`: the recurrent-weight scale of the run
    QJsonObject settings; // the "set" object as written (for tests and messages)
    TrainUnit trainUnit = TrainUnit::Sample;
    int trainCount = 0;
    std::optional<Phase> phase; // "cursor"
    int cursorStep = -1; // 0-based; -1 = the last step
    std::optional<int> selectStep; // 0-based; -1 = the last step
    std::optional<int> selectRow;
    std::optional<int> selectUnit;
    QStringList highlights; // names of beatHighlightNames(); a beat's highlights last for it
    QString tab; // a view registry key, "" = leave the tabs alone
    QString inspectText; // "inspect": a typed sentence to show, or
    int inspectSample = -1; // test sequence (0-based) to show; -1 = none

    bool empty() const;
};

struct BeatQuestion
{
    Texts question;
    std::vector<Texts> choices; // empty: the class answers with a number
    int answer = -1; // 0-based index of the right choice, -1 = none given
};

struct Beat
{
    Texts text;
    BeatActions actions;
    std::optional<BeatQuestion> ask;
    Texts revealText;
    BeatActions reveal;

    bool asks() const { return ask.has_value(); }
};

// The names a beat may highlight: parts of the unrolled view and of the cell ("cell_state",
// "context", "backward_row", "forward_row", "inputs", "outputs", "loss", "hidden") and the gates
// ("forget_gate", "input_gate", "candidate", "output_gate", "update_gate", "reset_gate"). A new
// highlightable element is one line in beat.cpp and its drawing in the views.
const QStringList &beatHighlightNames();
// The quantity symbol (snapshot.h) a gate's highlight name stands for ("forget_gate" -> "f"),
// or "" for a name that is not a gate.
QString highlightSymbol(const QString &name);
// The names of the phases in files: "forward", "loss", "backward", "update".
QString phaseKey(Phase phase);

// The plot tabs beats may open (the GUI's view registry keys). Until set, any key is accepted;
// the application sets it before reading a lesson.
void setKnownViewKeys(const QStringList &keys);
const QStringList &knownViewKeys();

// Thrown by parseBeats: the key ("beats[3].cursor.step") and what is wrong with it.
struct BeatError
{
    QString key;
    QString why;
};

// The lesson's "beats" list. `config` and `recurrentScale` are the lesson's run, which each
// beat's "set" changes in turn. Throws BeatError naming the key of the first problem.
std::vector<Beat> parseBeats(const QJsonValue &beats, const rnn::ExperimentConfig &config,
                             double recurrentScale);

} // namespace rnnlab

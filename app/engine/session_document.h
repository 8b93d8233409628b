// A session as the app saves and opens it (*.rnnlab): core's part (core/train/session_state.h:
// the run's configuration and the trainer's whole state at a few recorded moments) and the
// app's, written into that file's "app" objects by this file:
//
//   "app": {"lesson_id": "06_vanishing_gradient", "lesson": lessonToJson(...) (the lesson as it
//           was open, so a lesson from a file opens elsewhere), "beat": "" (the lesson's beat on
//           screen, for lessons with beats), "recurrent_scale": 1.0, "inspected_sample": 0,
//           "inspect": {"source": "trained|train|validation|test|text", "index", "text",
//           "target_class", "values": [...], "original": null | {...}},
//           "window": {"tab": "loss", "presenter": false, "speed": 2, "phase": 3, "step": 0,
//                      "state": "QMainWindow::saveState() in base64"}}
//   moments[i].app: {"sample", "next_sample", "trained_sample", "updates"}
//
// Data files: a file the course ships (datasets/) is written as its path and SHA-256; any other
// file is also embedded (up to limits::maxEmbeddedDataBytes). Opening checks the hash: a missing
// or changed file is replaced by the embedded copy (written to the app's data folder, and the
// user is told), or the session is refused with a message saying which file and why, since its
// weights were trained on other data.
//
// Writing is atomic (QSaveFile: a temporary file renamed over the old one), so a failed save
// (full disk, no permission) leaves the previous file as it was. Reading never changes anything
// the user has open: it returns a document or an error.
#pragma once

#include "lesson.h"
#include "training_session.h"

#include "train/session_state.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rnnlab {

struct SessionDocument
{
    Lesson lesson; // the lesson open when the session was saved
    QString beat; // the lesson's beat on screen ("" for lessons without beats)
    SessionSetup setup; // the run (its config as the user set it, the inspected sequence)
    QJsonObject window; // what the window showed (tab, presenter view, speed, cursor, docks)
    std::vector<MomentRecord> moments; // oldest first; the last is the present
    int displayed = 0; // the moment on screen
};

// Core's session state of `document` (the data files hashed and, unless shipped, embedded);
// nullopt and `error` when a data file cannot be read.
std::optional<rnn::SessionState> toSessionState(const SessionDocument &document, QString *error);
// The app's document of a session file core has read; nullopt and `error` naming `source` and
// the field, or the data file that is missing or changed. `notes` gets what the user should know
// (e.g. the embedded copy of a changed data file is used).
std::optional<SessionDocument> fromSessionState(const rnn::SessionState &state,
                                                const QString &source, QString *error,
                                                QStringList *notes = nullptr);

// Writes the session to `path` atomically; false and `error` ("Could not save FILE: why. The
// previous file is unchanged.") when it cannot.
bool writeSessionFile(const SessionDocument &document, const QString &path, QString *error);
// Reads and checks a session file (bounded by core/loader_limits.h); nullopt and `error`.
std::optional<SessionDocument> readSessionFile(const QString &path, QString *error,
                                               QStringList *notes = nullptr);
// The same from bytes already read (the fuzz target's door).
std::optional<SessionDocument> sessionFromBytes(const QByteArray &bytes, const QString &source,
                                                QString *error, QStringList *notes = nullptr);

// Where the app keeps its autosave and the data files taken out of sessions
// (QStandardPaths::AppDataLocation, created when missing).
QString appDataDirectory();

} // namespace rnnlab

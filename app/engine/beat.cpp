// Implementation of beat.h: reading and validating a lesson's beats.
#include "beat.h"

#include "beat_measures.h"
#include "training_session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <stdexcept>

namespace rnnlab {

namespace {

const QStringList &beatKeys()
{
    static const QStringList keys
        = { QStringLiteral("text"),   QStringLiteral("set"),     QStringLiteral("train"),
            QStringLiteral("cursor"), QStringLiteral("select"),  QStringLiteral("highlight"),
            QStringLiteral("tab"),    QStringLiteral("inspect"), QStringLiteral("ask"),
            QStringLiteral("reveal") };
    return keys;
}

const QStringList &revealKeys()
{
    static const QStringList keys
        = { QStringLiteral("text"),   QStringLiteral("set"),    QStringLiteral("train"),
            QStringLiteral("cursor"), QStringLiteral("select"), QStringLiteral("highlight"),
            QStringLiteral("tab"),    QStringLiteral("inspect") };
    return keys;
}

const QString recurrentScaleKey = QStringLiteral("recurrent_scale");

QStringList &viewKeys()
{
    static QStringList keys;
    return keys;
}

void checkKeys(const QJsonObject &json, const QStringList &known, const QString &where)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            throw BeatError {
                where + QLatin1Char('.') + it.key(),
                QStringLiteral("unknown key (known: %1)").arg(known.join(QStringLiteral(", ")))
            };
    }
}

// Every "{name}" of a text must be a measurement (beat_measures.h).
void checkTemplates(const QString &text, const QString &key)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1).section(QLatin1Char(':'), 0, 0);
        if (!beatMeasureNames().contains(name))
            throw BeatError { key,
                              QStringLiteral("unknown measurement {%1} (known: %2)")
                                  .arg(name, beatMeasureNames().join(QStringLiteral(", "))) };
    }
}

Texts texts(const QJsonValue &value, const QString &key, bool required)
{
    Texts result;
    if (value.isUndefined()) {
        if (required)
            throw BeatError { key, QStringLiteral("a beat needs a text") };
        return result;
    }
    if (value.isString()) {
        result.insert(QStringLiteral("en"), value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                throw BeatError { key + QLatin1Char('.') + it.key(),
                                  QStringLiteral("expected a text") };
            result.insert(it.key(), it.value().toString());
        }
    } else {
        throw BeatError { key, QStringLiteral("expected a text or {\"en\": ..., \"pt_BR\": ...}") };
    }
    if (required && result.value(QStringLiteral("en")).trimmed().isEmpty())
        throw BeatError { key + QStringLiteral(".en"),
                          QStringLiteral("the English text is empty") };
    for (auto it = result.begin(); it != result.end(); ++it)
        checkTemplates(it.value(), key + QLatin1Char('.') + it.key());
    return result;
}

int wholeNumber(const QJsonValue &value, const QString &key, int low, int high)
{
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt())
        || value.toInt() < low || value.toInt() > high)
        throw BeatError {
            key, QStringLiteral("expected a whole number in [%1, %2]").arg(low).arg(high)
        };
    return value.toInt();
}

// T of the run's sequences when the settings alone say it, else 0 (then a step is clamped when
// the beat plays).
int knownSteps(const rnn::ExperimentConfig &config)
{
    if (config.topology != rnn::Topology::ManyToOne && config.topology != rnn::Topology::ManyToMany)
        return 0;
    // Only where T is known from the settings alone (tst_guided_lessons plays every beat).
    switch (config.generator) {
    case rnn::Generator::Sine:
        return config.lookback;
    case rnn::Generator::Latching:
    case rnn::Generator::LongRange:
        return config.sequenceLength;
    case rnn::Generator::Xor: // the next bit of every bit but the last
        return config.sequenceLength > 0 ? config.sequenceLength - 1 : 0;
    default:
        return 0;
    }
}

// A time step as the app shows it (1 .. T, or "last"), returned 0-based (-1 = the last).
int timeStep(const QJsonValue &value, const QString &key, int steps)
{
    if (value.isString() && value.toString() == QStringLiteral("last"))
        return -1;
    const int high = steps > 0 ? steps : 100000;
    if (!value.isDouble() || value.toDouble() != static_cast<double>(value.toInt())
        || value.toInt() < 1 || value.toInt() > high)
        throw BeatError { key,
                          steps > 0 ? QStringLiteral("expected a time step in [1, %1] (T = %1) "
                                                     "or \"last\"")
                                          .arg(steps)
                                    : QStringLiteral("expected a time step >= 1 or \"last\"") };
    return value.toInt() - 1;
}

std::optional<Phase> phaseOf(const QString &name)
{
    for (Phase phase : { Phase::Forward, Phase::Loss, Phase::Backward, Phase::Update }) {
        if (phaseKey(phase) == name)
            return phase;
    }
    return std::nullopt;
}

// The actions of a beat or its reveal. `config`/`scale` are the run before it; updated.
BeatActions actions(const QJsonObject &json, const QString &where, rnn::ExperimentConfig &config,
                    double &scale)
{
    BeatActions a;
    if (json.contains(QStringLiteral("set"))) {
        const QString key = where + QStringLiteral(".set");
        const QJsonValue value = json.value(QStringLiteral("set"));
        if (!value.isObject() || value.toObject().isEmpty())
            throw BeatError { key, QStringLiteral("expected an object of settings") };
        QJsonObject settings = value.toObject();
        a.settings = settings;
        if (settings.contains(recurrentScaleKey)) {
            const QJsonValue s = settings.take(recurrentScaleKey);
            if (!s.isDouble() || !(s.toDouble() > 0.0 && s.toDouble() <= 10.0))
                throw BeatError { key + QLatin1Char('.') + recurrentScaleKey,
                                  QStringLiteral("expected a number in (0, 10]") };
            scale = s.toDouble();
        }
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            QJsonObject one;
            one.insert(it.key(), it.value());
            try {
                config.apply(nlohmann::json::parse(
                    QJsonDocument(one).toJson(QJsonDocument::Compact).toStdString()));
            } catch (const std::exception &e) {
                throw BeatError { key + QLatin1Char('.') + it.key(),
                                  QString::fromStdString(e.what()) };
            }
        }
        SessionSetup setup;
        setup.config = config;
        setup.recurrentScale = scale;
        const std::string problem = trainingConfig(setup).validate();
        if (!problem.empty())
            throw BeatError { key, QString::fromStdString(problem) };
        a.config = config;
        a.recurrentScale = scale;
    }
    if (json.contains(QStringLiteral("train"))) {
        const QString key = where + QStringLiteral(".train");
        const QJsonValue value = json.value(QStringLiteral("train"));
        const QJsonObject train = value.toObject();
        if (!value.isObject() || train.size() != 1)
            throw BeatError { key,
                              QStringLiteral("expected one of {\"samples\": N}, "
                                             "{\"batches\": N}, {\"epochs\": N}") };
        const QString unit = train.begin().key();
        const QMap<QString, TrainUnit> units = { { QStringLiteral("samples"), TrainUnit::Sample },
                                                 { QStringLiteral("batches"), TrainUnit::Batch },
                                                 { QStringLiteral("epochs"), TrainUnit::Epoch } };
        if (!units.contains(unit))
            throw BeatError { key + QLatin1Char('.') + unit,
                              QStringLiteral("unknown key (known: samples, batches, epochs)") };
        a.trainUnit = units.value(unit);
        a.trainCount = wholeNumber(train.begin().value(), key + QLatin1Char('.') + unit, 1, 1000);
    }
    if (json.contains(QStringLiteral("inspect"))) {
        const QString key = where + QStringLiteral(".inspect");
        const QJsonObject inspect = json.value(QStringLiteral("inspect")).toObject();
        if (inspect.size() != 1)
            throw BeatError { key, QStringLiteral("expected {\"text\": ...} or {\"sample\": N}") };
        checkKeys(inspect, { QStringLiteral("text"), QStringLiteral("sample") }, key);
        if (inspect.contains(QStringLiteral("text"))) {
            a.inspectText = inspect.value(QStringLiteral("text")).toString();
            if (a.inspectText.trimmed().isEmpty())
                throw BeatError { key + QStringLiteral(".text"),
                                  QStringLiteral("expected a text") };
        } else {
            a.inspectSample = wholeNumber(inspect.value(QStringLiteral("sample")),
                                          key + QStringLiteral(".sample"), 1, 1000000)
                - 1;
        }
    }
    const int steps = knownSteps(config);
    if (json.contains(QStringLiteral("cursor"))) {
        const QString key = where + QStringLiteral(".cursor");
        const QJsonValue value = json.value(QStringLiteral("cursor"));
        if (!value.isObject())
            throw BeatError { key, QStringLiteral("expected {\"phase\": ..., \"step\": ...}") };
        const QJsonObject cursor = value.toObject();
        checkKeys(cursor, { QStringLiteral("phase"), QStringLiteral("step") }, key);
        const auto phase = phaseOf(cursor.value(QStringLiteral("phase")).toString());
        if (!phase)
            throw BeatError { key + QStringLiteral(".phase"),
                              QStringLiteral("expected forward, loss, backward or update") };
        a.phase = phase;
        const bool stepped = *phase == Phase::Forward || *phase == Phase::Backward;
        if (cursor.contains(QStringLiteral("step"))) {
            if (!stepped)
                throw BeatError { key + QStringLiteral(".step"),
                                  QStringLiteral("only forward and backward have a time step") };
            a.cursorStep = timeStep(cursor.value(QStringLiteral("step")),
                                    key + QStringLiteral(".step"), steps);
        } else if (stepped) {
            throw BeatError { key + QStringLiteral(".step"),
                              QStringLiteral("forward and backward need a time step") };
        }
    }
    if (json.contains(QStringLiteral("select"))) {
        const QString key = where + QStringLiteral(".select");
        const QJsonValue value = json.value(QStringLiteral("select"));
        if (!value.isObject() || value.toObject().isEmpty())
            throw BeatError { key, QStringLiteral("expected {\"step\", \"row\", \"unit\"}") };
        const QJsonObject select = value.toObject();
        checkKeys(select, { QStringLiteral("step"), QStringLiteral("row"), QStringLiteral("unit") },
                  key);
        if (select.contains(QStringLiteral("step")))
            a.selectStep = timeStep(select.value(QStringLiteral("step")),
                                    key + QStringLiteral(".step"), steps);
        const int rows = config.layers * (config.bidirectional ? 2 : 1);
        if (select.contains(QStringLiteral("row")))
            a.selectRow = wholeNumber(select.value(QStringLiteral("row")),
                                      key + QStringLiteral(".row"), 0, rows - 1);
        if (select.contains(QStringLiteral("unit")))
            a.selectUnit = wholeNumber(select.value(QStringLiteral("unit")),
                                       key + QStringLiteral(".unit"), 0, config.hidden - 1);
    }
    if (json.contains(QStringLiteral("highlight"))) {
        const QString key = where + QStringLiteral(".highlight");
        const QJsonValue value = json.value(QStringLiteral("highlight"));
        if (!value.isArray())
            throw BeatError { key, QStringLiteral("expected a list of names") };
        for (const QJsonValue &v : value.toArray()) {
            if (!beatHighlightNames().contains(v.toString()))
                throw BeatError { key,
                                  QStringLiteral("unknown element \"%1\" (known: %2)")
                                      .arg(v.toString(),
                                           beatHighlightNames().join(QStringLiteral(", "))) };
            a.highlights << v.toString();
        }
    }
    if (json.contains(QStringLiteral("tab"))) {
        const QString key = where + QStringLiteral(".tab");
        const QJsonValue value = json.value(QStringLiteral("tab"));
        if (!value.isString() || value.toString().isEmpty())
            throw BeatError { key, QStringLiteral("expected a view's key") };
        if (!viewKeys().isEmpty() && !viewKeys().contains(value.toString()))
            throw BeatError { key,
                              QStringLiteral("no view \"%1\" (known: %2)")
                                  .arg(value.toString(), viewKeys().join(QStringLiteral(", "))) };
        a.tab = value.toString();
    }
    return a;
}

BeatQuestion question(const QJsonValue &value, const QString &key)
{
    if (!value.isObject())
        throw BeatError { key, QStringLiteral("expected {\"question\": ..., \"choices\": [...]}") };
    const QJsonObject json = value.toObject();
    checkKeys(json,
              { QStringLiteral("question"), QStringLiteral("choices"), QStringLiteral("answer") },
              key);
    BeatQuestion q;
    q.question
        = texts(json.value(QStringLiteral("question")), key + QStringLiteral(".question"), true);
    const QJsonValue choices = json.value(QStringLiteral("choices"));
    if (!choices.isUndefined()) {
        if (!choices.isArray() || choices.toArray().size() < 2)
            throw BeatError { key + QStringLiteral(".choices"),
                              QStringLiteral("expected a list of two or more texts") };
        int i = 0;
        for (const QJsonValue &choice : choices.toArray())
            q.choices.push_back(texts(choice, key + QStringLiteral(".choices[%1]").arg(i++), true));
    }
    if (json.contains(QStringLiteral("answer"))) {
        if (q.choices.empty())
            throw BeatError { key + QStringLiteral(".answer"),
                              QStringLiteral("an answer needs choices") };
        q.answer
            = wholeNumber(json.value(QStringLiteral("answer")), key + QStringLiteral(".answer"), 1,
                          static_cast<int>(q.choices.size()))
            - 1;
    }
    return q;
}

} // namespace

bool BeatActions::empty() const
{
    return !config && trainCount == 0 && !phase && !selectStep && !selectRow && !selectUnit
        && highlights.isEmpty() && tab.isEmpty() && inspectText.isEmpty() && inspectSample < 0;
}

const QStringList &beatHighlightNames()
{
    static const QStringList names = {
        QStringLiteral("cell_state"),  QStringLiteral("context"),   QStringLiteral("backward_row"),
        QStringLiteral("forward_row"), QStringLiteral("inputs"),    QStringLiteral("outputs"),
        QStringLiteral("loss"),        QStringLiteral("hidden"),    QStringLiteral("forget_gate"),
        QStringLiteral("input_gate"),  QStringLiteral("candidate"), QStringLiteral("output_gate"),
        QStringLiteral("update_gate"), QStringLiteral("reset_gate")
    };
    return names;
}

QString highlightSymbol(const QString &name)
{
    static const QMap<QString, QString> symbols
        = { { QStringLiteral("forget_gate"), QStringLiteral("f") },
            { QStringLiteral("input_gate"), QStringLiteral("i") },
            { QStringLiteral("candidate"), QStringLiteral("g") },
            { QStringLiteral("output_gate"), QStringLiteral("o") },
            { QStringLiteral("update_gate"), QStringLiteral("z") },
            { QStringLiteral("reset_gate"), QStringLiteral("r") } };
    return symbols.value(name);
}

QString phaseKey(Phase phase)
{
    switch (phase) {
    case Phase::Forward:
        return QStringLiteral("forward");
    case Phase::Loss:
        return QStringLiteral("loss");
    case Phase::Backward:
        return QStringLiteral("backward");
    case Phase::Update:
        return QStringLiteral("update");
    }
    return {};
}

void setKnownViewKeys(const QStringList &keys)
{
    viewKeys() = keys;
}

const QStringList &knownViewKeys()
{
    return viewKeys();
}

std::vector<Beat> parseBeats(const QJsonValue &value, const rnn::ExperimentConfig &lessonConfig,
                             double recurrentScale)
{
    std::vector<Beat> beats;
    if (value.isUndefined())
        return beats;
    if (!value.isArray())
        throw BeatError { QStringLiteral("beats"), QStringLiteral("expected a list of beats") };
    rnn::ExperimentConfig config = lessonConfig;
    double scale = recurrentScale;
    const QJsonArray list = value.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("beats[%1]").arg(i + 1);
        if (!list.at(i).isObject())
            throw BeatError { where, QStringLiteral("expected a beat (an object)") };
        const QJsonObject json = list.at(i).toObject();
        checkKeys(json, beatKeys(), where);
        Beat beat;
        beat.text
            = texts(json.value(QStringLiteral("text")), where + QStringLiteral(".text"), true);
        beat.actions = actions(json, where, config, scale);
        if (json.contains(QStringLiteral("ask")))
            beat.ask = question(json.value(QStringLiteral("ask")), where + QStringLiteral(".ask"));
        if (json.contains(QStringLiteral("reveal"))) {
            const QString key = where + QStringLiteral(".reveal");
            if (!beat.ask)
                throw BeatError { key, QStringLiteral("a reveal needs an \"ask\"") };
            const QJsonValue reveal = json.value(QStringLiteral("reveal"));
            if (!reveal.isObject())
                throw BeatError { key, QStringLiteral("expected {\"text\": ..., actions}") };
            checkKeys(reveal.toObject(), revealKeys(), key);
            beat.revealText = texts(reveal.toObject().value(QStringLiteral("text")),
                                    key + QStringLiteral(".text"), true);
            beat.reveal = actions(reveal.toObject(), key, config, scale);
        } else if (beat.ask) {
            throw BeatError { where + QStringLiteral(".reveal"),
                              QStringLiteral("a question needs a \"reveal\" (its answer)") };
        }
        beats.push_back(std::move(beat));
    }
    return beats;
}

} // namespace rnnlab

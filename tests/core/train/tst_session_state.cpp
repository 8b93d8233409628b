// Session files (core/train/session_state.h): a run saved after N updates and continued for M
// more in a fresh Experiment gives exactly the weights of N + M updates without saving (every
// parameter, the optimizer's moments and the report), and bad files are refused with a message
// that says what and where.
#include "loader_limits.h"
#include "train/experiment.h"
#include "train/session_state.h"

#include <QtTest>

#include <string>

using namespace rnn;

namespace {

ExperimentConfig smallSine(OptimizerKind optimizer)
{
    ExperimentConfig config;
    config.generator = Generator::Sine;
    config.hidden = 6;
    config.batchSize = 8;
    config.epochs = 50;
    config.optimizer = optimizer;
    config.readoutDropout = 0.2; // dropout masks come from the trainer's generator
    config.validationFraction = 0.2; // early stopping's best weights are state too
    config.seed = 7;
    return config;
}

void step(Trainer &trainer, int batches)
{
    for (int i = 0; i < batches; ++i)
        trainer.stepBatch();
}

std::string savedText(const Trainer &trainer, const ExperimentConfig &config)
{
    SessionState session;
    session.experiment = config.toJson();
    session.app = { { "lesson", "test" } };
    SessionMoment first;
    first.trainer = trainer.state();
    session.moments.push_back(first);
    session.displayed = 0;
    return sessionToJson(session).dump(1);
}

void requireSame(const Parameters &a, const Parameters &b)
{
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].name, b[i].name);
        QVERIFY2(a[i].value == b[i].value, a[i].name.c_str()); // exact, every entry
    }
}

} // namespace

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void continuesBitForBit_data()
    {
        QTest::addColumn<int>("optimizer");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("adam, mid-epoch") << int(OptimizerKind::Adam) << 5 << 23;
        QTest::newRow("momentum, after epochs") << int(OptimizerKind::Momentum) << 30 << 17;
        QTest::newRow("sgd, at the start") << int(OptimizerKind::Sgd) << 0 << 9;
    }

    void continuesBitForBit()
    {
        QFETCH(int, optimizer);
        QFETCH(int, before);
        QFETCH(int, after);
        const ExperimentConfig config = smallSine(static_cast<OptimizerKind>(optimizer));

        Experiment straight(config);
        step(straight.trainer(), before + after);

        Experiment saved(config);
        step(saved.trainer(), before);
        const std::string text = savedText(saved.trainer(), config);

        // A fresh run of the configuration written in the file, given the saved state.
        const SessionState session = parseSession(text, "test.rnnlab");
        ExperimentConfig again;
        again.apply(session.experiment);
        Experiment resumed(again);
        resumed.trainer().restoreState(session.moments.at(0).trainer);
        step(resumed.trainer(), after);

        requireSame(resumed.trainer().network().parameters(),
                    straight.trainer().network().parameters());
        const TrainerState a = resumed.trainer().state();
        const TrainerState b = straight.trainer().state();
        QCOMPARE(a.optimizer.steps, b.optimizer.steps);
        QCOMPARE(a.optimizer.first.size(), b.optimizer.first.size());
        for (std::size_t i = 0; i < a.optimizer.first.size(); ++i)
            QVERIFY(a.optimizer.first[i] == b.optimizer.first[i]);
        QCOMPARE(a.random.engine, b.random.engine);
        QCOMPARE(a.order, b.order);
        QCOMPARE(a.position, b.position);
        QCOMPARE(a.epoch, b.epoch);
        QCOMPARE(a.report.history.size(), b.report.history.size());
        for (std::size_t i = 0; i < a.report.history.size(); ++i)
            QCOMPARE(a.report.history[i].trainLoss, b.report.history[i].trainLoss);
        requireSame(a.bestParameters, b.bestParameters);
    }

    void randomStateRoundTrips()
    {
        Random random(42);
        random.normal(); // leaves a spare value
        const Random::State state = random.state();
        Random copy(1);
        copy.setState(state);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(copy.normal(), random.normal());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, copy.setState({ "12 x", false, 0.0 }));
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer version") << "version"
                                       << "newer than this RNN Lab understands";
        QTest::newRow("truncated") << "truncate"
                                   << "not valid JSON";
        QTest::newRow("not a session") << "format"
                                       << "not an RNN Lab session file";
        QTest::newRow("wrong shape") << "shape"
                                     << "moments[0].trainer.parameters[0]";
        QTest::newRow("bad displayed") << "displayed"
                                       << "\"displayed\"";
        QTest::newRow("bad hash") << "hash"
                                  << "data[0].sha256";
        QTest::newRow("empty") << "empty"
                               << "empty";
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        Experiment experiment(smallSine(OptimizerKind::Adam));
        step(experiment.trainer(), 3);
        nlohmann::json j
            = nlohmann::json::parse(savedText(experiment.trainer(), experiment.config()));
        j["data"] = nlohmann::json::array({ { { "key", "data_file" },
                                              { "path", "x.csv" },
                                              { "sha256", std::string(64, 'a') },
                                              { "bytes", 1 },
                                              { "embedded", nullptr } } });
        std::string text;
        if (edit == "version")
            j["format_version"] = SessionState::currentFormatVersion + 1;
        else if (edit == "format")
            j["format"] = "rnnlab-model";
        else if (edit == "shape")
            j["moments"][0]["trainer"]["parameters"][0]["rows"] = 1000;
        else if (edit == "displayed")
            j["displayed"] = 3;
        else if (edit == "hash")
            j["data"][0]["sha256"] = "abc";
        text = j.dump();
        if (edit == "truncate")
            text = text.substr(0, text.size() / 2);
        else if (edit == "empty")
            text = "  \n";
        try {
            parseSession(text, "lesson.rnnlab");
            QFAIL("a bad session file was accepted");
        } catch (const SessionFileError &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith(QStringLiteral("lesson.rnnlab")), qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    void stateOfAnotherNetworkIsRefused()
    {
        ExperimentConfig config = smallSine(OptimizerKind::Adam);
        Experiment experiment(config);
        step(experiment.trainer(), 2);
        const TrainerState state = experiment.trainer().state();
        config.hidden = 7;
        Experiment other(config);
        const Parameters before = other.trainer().network().parameters();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, other.trainer().restoreState(state));
        requireSame(other.trainer().network().parameters(), before); // unchanged
    }

    void tooManyMomentsAreRefused()
    {
        Experiment experiment(smallSine(OptimizerKind::Sgd));
        nlohmann::json j
            = nlohmann::json::parse(savedText(experiment.trainer(), experiment.config()));
        nlohmann::json moments = nlohmann::json::array();
        for (std::size_t i = 0; i <= limits::maxSessionMoments; ++i)
            moments.push_back(nullptr);
        j["moments"] = moments;
        QVERIFY_THROWS_EXCEPTION(SessionFileError, sessionFromJson(j, "many.rnnlab"));
    }
};

QTEST_APPLESS_MAIN(TestSessionState)
#include "tst_session_state.moc"

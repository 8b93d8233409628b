// Choosing the sequence on screen (the engine, no widgets): picking a test sentence or a window
// gives exactly the Trace core's forward and backward give that input with the present weights;
// a typed sentence gives the probabilities of rnnlab-train --load MODEL --predict on a file
// holding it (the real command line), and the class probabilities after every word are the
// network's answers to each prefix; unknown words are read as <unk>; nothing picked, typed or
// edited changes the weights, and training still steps on the training data.
#include "lesson.h"
#include "trace_adapter.h"
#include "training_session.h"

#include "data/differencing.h"
#include "nn/network.h"
#include "train/experiment.h"
#include "train/text_pipeline.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <fstream>

using namespace rnnlab;

namespace {

SessionSetup setupOf(const QString &lesson)
{
    SessionSetup setup;
    setup.config = findLesson(lesson)->config;
    return setup;
}

std::vector<rnn::Matrix> weightsOf(const rnn::Network &network)
{
    std::vector<rnn::Matrix> values;
    for (const rnn::Parameter &p : network.parameters())
        values.push_back(p.value);
    return values;
}

// The SequenceTrace core gives sample `index` of `set` with `network`, as the GUI adapts it.
rnn::Trace coreTrace(const rnn::Network &network, const rnn::SequenceSet &set, rnn::Index index)
{
    rnn::Trace trace = network.forward(set.inputBatch({ index }), set.targets({ index }));
    network.backward(trace);
    return trace;
}

// Equal entry by entry, NaN (a step without output or target) equal to NaN.
bool same(const Eigen::MatrixXd &a, const Eigen::MatrixXd &b)
{
    if (a.rows() != b.rows() || a.cols() != b.cols())
        return false;
    for (Eigen::Index i = 0; i < a.size(); ++i)
        if (!(a.data()[i] == b.data()[i] || (std::isnan(a.data()[i]) && std::isnan(b.data()[i]))))
            return false;
    return true;
}

void compareTraces(const SequenceTrace &shown, const SequenceTrace &expected)
{
    QCOMPARE(shown.steps(), expected.steps());
    QCOMPARE(shown.tokens, expected.tokens);
    QVERIFY(shown.input.isApprox(expected.input) || shown.input == expected.input);
    QVERIFY(same(shown.output, expected.output));
    QCOMPARE(shown.loss, expected.loss);
    QCOMPARE(shown.rows.size(), expected.rows.size());
    for (std::size_t r = 0; r < shown.rows.size(); ++r) {
        const RowTrace &a = shown.rows[r];
        const RowTrace &b = expected.rows[r];
        QCOMPARE(a.quantities.size(), b.quantities.size());
        for (std::size_t q = 0; q < a.quantities.size(); ++q)
            QCOMPARE(a.quantities[q].values, b.quantities[q].values);
        QCOMPARE(a.gradHidden, b.gradHidden);
        QVERIFY(a.gradHidden.size() > 0 && a.gradHidden.norm() > 0); // backprop did happen
    }
}

AdapterOptions wordsOf(const rnn::Experiment &experiment)
{
    AdapterOptions options;
    const rnn::Vocabulary *vocabulary = experiment.vocabulary();
    options.tokenText
        = [vocabulary](int id) { return QString::fromStdString(vocabulary->token(id)); };
    return options;
}

} // namespace

class TestInspectSequence : public QObject
{
    Q_OBJECT

    TrainingSession m_session; // lesson 14 after one epoch, shared by the text tests
    SnapshotPtr m_trained;
    std::optional<rnn::Experiment> m_data; // the same data, for direct core calls

private slots:
    void initTestCase()
    {
        const SessionSetup setup = setupOf(QStringLiteral("14"));
        QCOMPARE(m_session.reset(setup), QString());
        QCOMPARE(m_session.stepEpoch(), QString());
        m_trained = m_session.snapshot();
        QVERIFY(m_trained->classification && m_trained->classification->testRows);
        m_data.emplace(trainingConfig(setup));
    }

    void pickingATestSentenceShowsCoresTraceOfIt()
    {
        const int index = 7;
        const SnapshotPtr shown
            = m_session.inspect(InspectRequest::sample(InspectSource::Test, index), m_trained);
        QVERIFY(shown->message.isEmpty());
        QVERIFY(shown->reinspected);
        QCOMPARE(shown->serial, m_trained->serial); // the same moment, another sequence
        const rnn::Network &network = *snapshotNetwork(*m_trained);
        const rnn::Trace expected = coreTrace(network, m_data->testSet(), index);
        compareTraces(shown->trace, adaptTrace(expected, wordsOf(*m_data)));
        QCOMPARE(shown->inspected.trueClass, m_data->testSet().labels[index].front());
        // The list row of that sentence: its text, true class and core's prediction.
        const TestSequenceRow &row = m_trained->classification->testRows->at(index);
        QCOMPARE(row.text.toStdString(), m_data->text()->testTexts()[index]);
        Eigen::Index best = 0;
        const double top = expected.probabilities.col(0).maxCoeff(&best);
        QCOMPARE(row.predicted, static_cast<int>(best));
        QCOMPARE(row.confidence, top);
    }

    void typedSentenceGivesThePredictionsOfTheCommandLine()
    {
        const QString text = QStringLiteral("fiquei com muito medo do escuro");
        const SnapshotPtr shown = m_session.inspect(InspectRequest::typed(text), m_trained);
        QVERIFY(shown->message.isEmpty());
        const Eigen::MatrixXd &p = shown->inspected.prefixProbabilities;
        QCOMPARE(p.cols(), Eigen::Index(shown->trace.steps()));
        QCOMPARE(shown->inspected.words.size(), 6);

        // The model the session trained, saved as rnnlab-train --save writes it.
        QTemporaryDir dir;
        const std::string model = dir.filePath(QStringLiteral("m.json")).toStdString();
        rnn::saveModel(m_session.modelFile(), model);
        const rnn::Experiment loaded = rnn::Experiment::fromModel(rnn::loadModel(model));
        std::vector<std::string> prefixes;
        std::string prefix;
        for (const QString &word : shown->inspected.words) {
            prefix += (prefix.empty() ? "" : " ") + word.toStdString();
            prefixes.push_back(prefix);
        }
        rnn::Matrix expected;
        loaded.classifyTexts(prefixes, &expected);
        // After every word: the answer to the sentence cut there; after the last: the answer.
        QVERIFY((p.rightCols(6) - expected).cwiseAbs().maxCoeff() < 1e-12);

        // The real command line on a file holding the sentence.
        const QString csv = dir.filePath(QStringLiteral("s.csv"));
        std::ofstream(csv.toStdString()) << "text\n\"" << text.toStdString() << "\"\n";
        QProcess cli;
        cli.start(QStringLiteral(RNNLAB_TRAIN_PATH),
                  { QStringLiteral("--load"), QString::fromStdString(model),
                    QStringLiteral("--predict"), csv });
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(cli.readAllStandardOutput()).split('\n');
        QCOMPARE(lines.at(0), QStringLiteral("text,predicted,probability"));
        const QStringList fields = lines.at(1).split(',');
        Eigen::Index best = 0;
        const double answer = p.col(p.cols() - 1).maxCoeff(&best);
        QCOMPARE(fields.at(1), shown->classification->classes.at(static_cast<int>(best)));
        QVERIFY(std::abs(fields.at(2).toDouble() - answer) < 1e-5); // printed with 6 digits
    }

    void unknownWordsAreReadAsUnk()
    {
        const SnapshotPtr shown = m_session.inspect(
            InspectRequest::typed(QStringLiteral("fiquei xyzzyqw feliz")), m_trained);
        QCOMPARE(shown->inspected.words,
                 QStringList({ QStringLiteral("fiquei"), QStringLiteral("xyzzyqw"),
                               QStringLiteral("feliz") }));
        QCOMPARE(shown->inspected.unknown, std::vector<bool>({ false, true, false }));
        const QStringList &tokens = shown->trace.tokens;
        QCOMPARE(tokens.at(tokens.size() - 2), QStringLiteral("<unk>"));
        QCOMPARE(tokens.last(), QStringLiteral("feliz"));
    }

    void aSentenceWithoutWordsSaysSoAndFollowsTraining()
    {
        const SnapshotPtr shown
            = m_session.inspect(InspectRequest::typed(QStringLiteral(" ,. ")), m_trained);
        QVERIFY(shown->message.contains(QStringLiteral("no words")));
        QVERIFY(shown->inspected.request.follows());
        QVERIFY(!shown->trace.empty());
        const SnapshotPtr missing
            = m_session.inspect(InspectRequest::sample(InspectSource::Test, 100000), m_trained);
        QVERIFY(missing->message.contains(QStringLiteral("no sample")));
    }

    void inspectingNeverChangesTheWeights()
    {
        TrainingSession session;
        QCOMPARE(session.reset(setupOf(QStringLiteral("14"))), QString());
        QCOMPARE(session.stepSample(), QString());
        const SnapshotPtr before = session.snapshot();
        const auto weights = weightsOf(*snapshotNetwork(*before));
        session.inspect(InspectRequest::typed(QStringLiteral("que raiva")), before);
        session.inspect(InspectRequest::sample(InspectSource::Test, 3), before);
        session.inspect(InspectRequest::sample(InspectSource::Train, 5), nullptr);
        QVERIFY(weightsOf(*snapshotNetwork(*session.snapshot())) == weights);
        QVERIFY(weightsOf(*snapshotNetwork(*before)) == weights);
        // Stepping still trains on the training data; the screen keeps the chosen sentence.
        QCOMPARE(session.stepSample(), QString());
        const SnapshotPtr after = session.snapshot();
        QCOMPARE(after->trainedSample, 1);
        QVERIFY(weightsOf(*snapshotNetwork(*after)) != weights);
        QCOMPARE(after->inspected.request.source, InspectSource::Train);
        QCOMPARE(after->inspected.sample, 5);
    }

    void pickingAWindowShowsCoresTraceOfIt()
    {
        const SessionSetup setup = setupOf(QStringLiteral("12"));
        TrainingSession session;
        QCOMPARE(session.reset(setup), QString());
        QCOMPARE(session.stepEpoch(), QString());
        const SnapshotPtr trained = session.snapshot();
        const rnn::Experiment data(trainingConfig(setup));
        const rnn::Network &network = *snapshotNetwork(*trained);
        for (const auto &[source, index] :
             { std::pair { InspectSource::Train, 10 }, std::pair { InspectSource::Test, 4 } }) {
            const SnapshotPtr shown
                = session.inspect(InspectRequest::sample(source, index), trained);
            QVERIFY(shown->message.isEmpty());
            const rnn::SequenceSet &set
                = source == InspectSource::Test ? data.testSet() : data.trainer().trainSet();
            const rnn::Trace expected = coreTrace(network, set, index);
            QCOMPARE(shown->trace.rows.front().quantities.back().values,
                     adaptTrace(expected).rows.front().quantities.back().values);
            QCOMPARE(shown->loss, expected.loss);
            QVERIFY(same(shown->trace.output, adaptTrace(expected).output));
        }
        // What if one value of the window were different? The user reads and types data units
        // (passengers); core turns them into the scaled changes the network reads.
        const int index = 4;
        InspectRequest edited = InspectRequest::sample(InspectSource::Test, index);
        const SnapshotPtr original = session.inspect(edited, trained);
        const rnn::ForecastDataset &test = *data.forecastTestDataset();
        const rnn::Index row = test.test.firstTargetRow[index];
        const rnn::Index lookback = data.config().lookback;
        const rnn::Matrix levels = test.levels.middleCols(row - lookback, lookback);
        QCOMPARE(original->inspected.inputLevels, levels); // the plot's passengers
        QCOMPARE(original->inspected.truth(0, 0), test.levels(0, row));
        std::vector<double> values(levels.data(), levels.data() + levels.size());
        values.back() += 30.0; // 30 more passengers in the last month of the window
        edited.values = values;
        const SnapshotPtr changed = session.inspect(edited, trained);
        QVERIFY(changed->message.isEmpty());
        QCOMPARE(changed->inspected.inputLevels(0, lookback - 1), values.back());
        // The same input computed directly: the changes from the month before the window
        // (differencing), scaled with the training part's scaler.
        rnn::Matrix withBefore(1, lookback + 1);
        withBefore(0, 0) = test.levels(0, row - lookback - 1);
        for (rnn::Index t = 0; t < lookback; ++t)
            withBefore(0, t + 1) = values[static_cast<std::size_t>(t)];
        const rnn::Matrix scaled = test.featureScaler.transform(rnn::difference(withBefore));
        rnn::SequenceSet direct = data.testSet().subset({ index });
        direct.inputs.front() = scaled;
        const rnn::Trace expected = coreTrace(network, direct, 0);
        QCOMPARE(changed->trace.input, scaled);
        QCOMPARE(changed->trace.rows.front().find(QStringLiteral("h"))->values,
                 rnn::Matrix(expected.layers[0][0].hidden));
        QCOMPARE(changed->loss, expected.loss);
        QVERIFY(same(changed->trace.target, original->trace.target));
        QVERIFY(!same(changed->trace.output, original->trace.output));
        // The forecast in passengers: the predicted change added to the window's last value.
        const double change = test.targetScaler.inverse(0, expected.outputs(0, 0));
        QCOMPARE(changed->inspected.forecast(0, 0), values.back() + change);
        QVERIFY(weightsOf(*snapshotNetwork(*session.snapshot())) == weightsOf(network));
    }
};

QTEST_GUILESS_MAIN(TestInspectSequence)
#include "tst_inspect_sequence.moc"

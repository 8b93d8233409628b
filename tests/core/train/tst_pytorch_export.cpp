// The PyTorch export (core/train/pytorch_export.h): the exported scripts, run with Debian's
// python3-torch, predict what RNN Lab predicts to 1e-9 in float64 for every cell (Elman, Jordan,
// LSTM, GRU) and lesson 1's MLP, bidirectional and stacked networks, every readout placement and
// forecast topology, forecasts in the data's units (log or Box-Cox, scaling, differencing) and
// texts from their raw strings (the tokenizer, the vocabulary); and a model holding a piece the
// exporter does not know is refused with a message naming it, before anything is written.
//
// Tiny models trained for two epochs: the weights only need to be non-trivial. Every case is
// exported first, then one Python process (tests/core/train/pytorch_check.py) runs them all, since
// Python and PyTorch take seconds to start.
#include "data/csv_table.h"
#include "pytorch_export_configs.h"
#include "train/experiment.h"
#include "train/pytorch_export.h"

#include <QProcess>
#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>

using namespace rnn;
using namespace exportconfigs;
using nlohmann::json;

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QString checker = QStringLiteral(RNNLAB_SOURCE_DIR "/tests/core/train/pytorch_check.py");
constexpr double tolerance = 1e-9; // relative to max(1, |RNN Lab's value|)

struct Case
{
    std::string name;
    ExperimentConfig config;
    std::vector<std::string> cli; // arguments to run the script with ("" = the series file)
};

// What RNN Lab predicts for a case, and what the script is asked (case.json).
struct Expected
{
    Matrix outputs; // Trainer::predict of the first test samples
    int samples = 0;
    int steps = 0;
    bool everyStep = false;
    Matrix forecast; // Y x Hz, forecastAfter of the series file
    Matrix probabilities; // K x N, classifyTexts of sampleTexts
    std::vector<std::string> classes;
    bool cli = false;
    std::vector<std::string> cliTexts; // texts given to the script as arguments
    std::vector<int> cliClasses; // and RNN Lab's class and probabilities of them
    Matrix cliProbabilities;
};

json matrixRows(const Matrix &m) // X x T -> T rows of X
{
    json rows = json::array();
    for (Index t = 0; t < m.cols(); ++t) {
        json row = json::array();
        for (Index x = 0; x < m.rows(); ++x)
            row.push_back(m(x, t));
        rows.push_back(row);
    }
    return rows;
}

class MaxError
{
public:
    void add(double expected, double actual)
    {
        const double error = std::abs(expected - actual) / std::max(1.0, std::abs(expected));
        if (!(error <= m_max)) // NaN too
            m_max = std::isnan(error) ? std::numeric_limits<double>::infinity() : error;
        ++m_count;
    }
    double max() const { return m_max; }
    int count() const { return m_count; }

private:
    double m_max = 0.0;
    int m_count = 0;
};

} // namespace

class TestPytorchExport : public QObject
{
    Q_OBJECT

private slots:
    void scriptsPredictAsRnnLab();
    void scriptReadsAsTheModel();
    void unknownPiecesAreRefused();
    void refusalWritesNothing();
    void badOptionsAreRefused();
};

void TestPytorchExport::scriptsPredictAsRnnLab()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string csv = writeSeries(dir);

    std::vector<Case> cases;
    {
        ExperimentConfig c = forecast(csv, CellType::Elman);
        c.features = { "a", "b" };
        c.horizon = 2;
        c.scaling = ScalerKind::ZScore;
        c.differencing = true;
        cases.push_back({ "elman_forecast_differencing", c, { "--predict", "" } });
    }
    {
        // The target (a, always positive) through a log before differencing, as the import's
        // pipeline chooses for a swing that grows with the level; "b" is not transformed.
        ExperimentConfig c = forecast(csv, CellType::Lstm);
        c.features = { "a", "b" };
        c.transform = TransformKind::Log;
        c.differencing = true;
        cases.push_back({ "lstm_forecast_log_differencing", c, { "--predict", "" } });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Gru);
        c.transform = TransformKind::BoxCox;
        c.boxCoxLambda = 0.37;
        c.horizon = 2;
        cases.push_back({ "gru_forecast_box_cox", c, {} });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Jordan);
        c.scaling = ScalerKind::MinMaxSymmetric;
        c.jordanMu = 0.3;
        cases.push_back({ "jordan_forecast", c, {} });
    }
    {
        // Lesson 1's MLP: dense tanh layers reading the whole window at once.
        ExperimentConfig c = forecast(csv, CellType::Mlp);
        c.differencing = true;
        cases.push_back({ "mlp_forecast_differencing", c, { "--predict", "" } });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Mlp);
        c.layers = 2;
        c.features = { "a", "b" };
        c.horizon = 2;
        c.scaling = ScalerKind::ZScore;
        cases.push_back({ "mlp_two_layers_two_inputs", c, {} });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Lstm);
        c.layers = 2;
        c.topology = Topology::EncoderDecoder;
        c.horizon = 3;
        cases.push_back({ "lstm_stacked_encoder_decoder", c, {} });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Gru);
        c.layers = 2;
        c.bidirectional = true;
        c.topology = Topology::ManyToMany;
        c.horizon = 2;
        c.scaling = ScalerKind::None;
        cases.push_back({ "gru_bidirectional_stacked_many_to_many", c, {} });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Lstm);
        c.bidirectional = true;
        c.features = { "b", "a" };
        c.pooling = Pooling::Mean;
        cases.push_back({ "lstm_bidirectional_mean_forecast", c, {} });
    }
    {
        ExperimentConfig c = forecast(csv, CellType::Gru);
        c.topology = Topology::OneToMany;
        c.lookback = 4;
        cases.push_back({ "gru_one_to_many", c, {} });
    }
    // Texts: the default pipeline ("!" and "?" as tokens, subword n-grams, a bidirectional LSTM
    // skipping pad steps, max pooling beside the skip path), GRU and Elman networks skipping
    // pads (the last step, the final states of both directions, stacked, the mean; without the
    // skip path), and Jordan networks, which read every step.
    {
        ExperimentConfig c = defaultTexts();
        QVERIFY(c.model == CellType::Lstm && c.subwordBuckets > 0 && c.punctuationTokens);
        QVERIFY(c.pooling == Pooling::Max && c.skipPath && c.bidirectional);
        cases.push_back({ "default_lstm_subword_classifier", c, { "Estou feliz", "que raiva?!" } });
    }
    {
        ExperimentConfig c = withoutSkipPath(defaultTexts(CellType::Gru));
        c.pooling = Pooling::Last;
        c.bidirectional = true;
        cases.push_back({ "gru_bidirectional_skip_padding_final_states", c, {} });
    }
    {
        ExperimentConfig c = withoutSkipPath(defaultTexts(CellType::Elman));
        c.pooling = Pooling::Last;
        c.bidirectional = false;
        c.layers = 2;
        c.subwordBuckets = 0;
        cases.push_back({ "elman_stacked_skip_padding_last_step", c, {} });
    }
    {
        ExperimentConfig c = withoutSkipPath(defaultTexts(CellType::Gru));
        c.pooling = Pooling::Mean;
        c.subwordMin = 2;
        c.subwordMax = 4;
        cases.push_back({ "gru_bidirectional_subwords_mean", c, {} });
    }
    {
        // The readout's skip path beside the mean of the states.
        ExperimentConfig c = defaultTexts(CellType::Lstm);
        c.pooling = Pooling::Mean;
        cases.push_back({ "lstm_bidirectional_skip_path", c, { "Estou feliz", "que raiva" } });
    }
    { // max pooling alone, one direction, stacked
        ExperimentConfig c = withoutSkipPath(defaultTexts(CellType::Gru));
        c.bidirectional = false;
        c.layers = 2;
        cases.push_back({ "gru_stacked_max_pool", c, {} });
    }
    {
        ExperimentConfig c = texts(CellType::Jordan);
        c.dropout = 0.2;
        cases.push_back({ "jordan_word_classifier", c, { "Estou feliz", "que raiva" } });
    }
    {
        ExperimentConfig c = texts(CellType::Jordan);
        c.characterLevel = true;
        c.maxLength = 30;
        cases.push_back({ "jordan_character_classifier", c, {} });
    }
    cases.push_back({ "elman_xor", sequences(Generator::Xor, CellType::Elman), {} });
    cases.push_back({ "lstm_reber", sequences(Generator::Reber, CellType::Lstm), {} });
    cases.push_back({ "gru_bidirectional_endlabel",
                      [] {
                          ExperimentConfig c = sequences(Generator::EndLabel, CellType::Gru);
                          c.bidirectional = true;
                          return c;
                      }(),
                      {} });

    std::vector<Expected> expected;
    QStringList folders;
    for (const Case &item : cases) {
        Experiment experiment(item.config);
        experiment.train();
        const ModelFile model = experiment.modelFile();
        const std::string folder = dir.filePath(QString::fromStdString(item.name)).toStdString();
        try {
            exportPytorch(model, folder);
        } catch (const std::exception &e) {
            QFAIL(qPrintable(QString::fromStdString(item.name + ": " + e.what())));
        }
        Expected e;
        json request = json::object();
        // The network on the first test samples, as they are fed to it.
        const SequenceSet &test = experiment.testSet();
        std::vector<Index> first;
        for (Index i = 0; i < std::min<Index>(3, test.size()); ++i)
            first.push_back(i);
        const SequenceSet subset = test.subset(first);
        e.outputs = experiment.trainer().predict(subset);
        e.samples = static_cast<int>(subset.size());
        e.steps = subset.steps;
        e.everyStep = model.network.placement == ReadoutPlacement::EveryStep;
        json inputs = json::array();
        for (Index i = 0; i < subset.size(); ++i)
            inputs.push_back(subset.usesTokens() ? json(subset.tokens[std::size_t(i)])
                                                 : matrixRows(subset.inputs[std::size_t(i)]));
        request["inputs"] = inputs;
        if (!subset.subwords.empty()) {
            QVERIFY(model.network.subwordBuckets > 0);
            request["grams"] = subset.subwords;
        }
        request["tokens"] = subset.usesTokens();
        if (experiment.forecast()) {
            e.forecast = experiment.forecastAfter(csv);
            const CsvTable table = CsvTable::load(csv);
            json columns = json::object();
            for (const char *name : { "a", "b" }) {
                const Matrix series = table.series({ name });
                columns[name] = std::vector<double>(series.data(), series.data() + series.size());
            }
            request["columns"] = columns;
        }
        if (experiment.text()) {
            experiment.classifyTexts(sampleTexts, &e.probabilities);
            e.classes = experiment.classNames();
            request["texts"] = sampleTexts;
        }
        if (!item.cli.empty()) {
            json arguments = json::array();
            for (const std::string &argument : item.cli)
                arguments.push_back(argument.empty() ? csv : argument);
            request["cli"] = arguments;
            e.cli = true;
            if (experiment.text()) {
                e.cliTexts = item.cli;
                e.cliClasses = experiment.classifyTexts(item.cli, &e.cliProbabilities);
            }
        }
        std::ofstream(folder + "/case.json") << request.dump();
        expected.push_back(std::move(e));
        folders << QString::fromStdString(folder);
    }

    QProcess process;
    process.start(python, QStringList { checker } + folders);
    QVERIFY2(process.waitForFinished(300000), "the Python check did not finish");
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QStringLiteral("%1 failed (is python3-torch installed? apt-get install "
                                       "python3-torch):\n%2")
                            .arg(checker, QString::fromUtf8(errors))));
    const json results = json::parse(process.readAllStandardOutput().toStdString(), nullptr, false);
    QVERIFY2(results.is_object(), "the Python check printed no JSON");

    for (std::size_t c = 0; c < cases.size(); ++c) {
        const std::string &name = cases[c].name;
        const Expected &e = expected[c];
        const json &r = results.value(folders[qsizetype(c)].toStdString(), json());
        QVERIFY2(r.is_object() && !r.contains("error"),
                 qPrintable(QString::fromStdString(name + ": " + r.dump())));
        MaxError error;
        // Network outputs: RNN Lab's O x N (one per sequence) or O x (N*T), sample n's step t in
        // column n*T + t; the script's N x O or N x T x O.
        const json &outputs = r.at("outputs");
        QCOMPARE(int(outputs.size()), e.samples);
        for (int n = 0; n < e.samples; ++n)
            for (Index o = 0; o < e.outputs.rows(); ++o) {
                if (e.everyStep) {
                    QCOMPARE(int(outputs[std::size_t(n)].size()), e.steps);
                    for (int t = 0; t < e.steps; ++t)
                        error.add(e.outputs(o, n * e.steps + t),
                                  outputs[std::size_t(n)][std::size_t(t)][std::size_t(o)]);
                } else {
                    error.add(e.outputs(o, n), outputs[std::size_t(n)][std::size_t(o)]);
                }
            }
        if (e.forecast.size() > 0) {
            const json &forecastRows = r.at("forecast"); // Hz x Y
            QCOMPARE(Index(forecastRows.size()), e.forecast.cols());
            for (Index k = 0; k < e.forecast.cols(); ++k)
                for (Index y = 0; y < e.forecast.rows(); ++y)
                    error.add(e.forecast(y, k), forecastRows[std::size_t(k)][std::size_t(y)]);
        }
        if (e.probabilities.size() > 0) {
            const json &p = r.at("probabilities"); // N x K
            QCOMPARE(Index(p.size()), e.probabilities.cols());
            for (Index n = 0; n < e.probabilities.cols(); ++n)
                for (Index k = 0; k < e.probabilities.rows(); ++k)
                    error.add(e.probabilities(k, n), p[std::size_t(n)][std::size_t(k)]);
        }
        if (e.cli) { // the script as a program: its CSV lines hold the same numbers
            const QStringList lines = QString::fromStdString(r.at("cli").get<std::string>())
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (e.forecast.size() > 0) {
                QCOMPARE(Index(lines.size()), 1 + e.forecast.cols());
                QCOMPARE(lines[0], QStringLiteral("step_after_end,a"));
                for (Index k = 0; k < e.forecast.cols(); ++k) {
                    const QStringList cells = lines[qsizetype(k + 1)].split(QLatin1Char(','));
                    QCOMPARE(cells.size(), 1 + e.forecast.rows());
                    error.add(e.forecast(0, k), cells[1].toDouble());
                }
            } else {
                QCOMPARE(lines.size(), qsizetype(1 + e.cliTexts.size())); // header, one per text
                QCOMPARE(lines[0], QStringLiteral("text,predicted,probability"));
                for (std::size_t i = 0; i < e.cliTexts.size(); ++i) {
                    const QStringList cells = lines[qsizetype(i + 1)].split(QLatin1Char(','));
                    QCOMPARE(cells.size(), 3);
                    QCOMPARE(cells[0].toStdString(), e.cliTexts[i]);
                    QCOMPARE(cells[1].toStdString(), e.classes[std::size_t(e.cliClasses[i])]);
                    error.add(e.cliProbabilities(e.cliClasses[i], Index(i)), cells[2].toDouble());
                }
            }
        }
        qInfo("%s: %d numbers, largest difference %.3g", name.c_str(), error.count(), error.max());
        QVERIFY2(error.count() > 0, name.c_str());
        QVERIFY2(error.max() <= tolerance,
                 qPrintable(QStringLiteral("%1: the script differs from RNN Lab by %2")
                                .arg(QString::fromStdString(name))
                                .arg(error.max())));
    }
}

void TestPytorchExport::scriptReadsAsTheModel()
{
    QTemporaryDir dir;
    const std::string csv = writeSeries(dir);
    ExperimentConfig c = forecast(csv, CellType::Lstm);
    c.epochs = 0;
    c.layers = 2;
    c.bidirectional = true;
    const std::string script = pytorchScript(Experiment(c).modelFile());
    // Only the pieces this model has, with PyTorch's own module.
    QVERIFY(script.find("nn.LSTM(input_size=1, hidden_size=4, num_layers=2, bidirectional=True")
            != std::string::npos);
    QVERIFY(script.find("forward_final = output[:, -1, :4]") != std::string::npos);
    QVERIFY(script.find("class JordanLayer") == std::string::npos);
    QVERIFY(script.find("nn.Embedding") == std::string::npos);
    QVERIFY(script.find("def tokenize") == std::string::npos);

    c.model = CellType::Jordan;
    c.layers = 1;
    c.bidirectional = false;
    c.jordanMu = 0.25;
    const std::string jordan = pytorchScript(Experiment(c).modelFile());
    QVERIFY(jordan.find("class JordanLayer(nn.Module)") != std::string::npos);
    QVERIFY(jordan.find("mu=0.25") != std::string::npos);
    QVERIFY(jordan.find("nn.RNN") == std::string::npos);
}

void TestPytorchExport::unknownPiecesAreRefused()
{
    ExperimentConfig c = texts(CellType::Jordan);
    c.epochs = 0;
    const ModelFile model = Experiment(c).modelFile();
    QCOMPARE(QString::fromStdString(pytorchExportRefusal(model)), QString());
    // Pad skipping and subword n-grams (the default text networks) are exported.
    ExperimentConfig gru = defaultTexts(CellType::Gru);
    gru.epochs = 0;
    const ModelFile skipping = Experiment(gru).modelFile();
    QVERIFY(skipping.network.skipPadding && skipping.network.subwordBuckets > 0);
    QCOMPARE(QString::fromStdString(pytorchExportRefusal(skipping)), QString());
    // ... but not with a readout at every step (no text model has one).
    ModelFile everyStep = skipping;
    everyStep.network.placement = ReadoutPlacement::EveryStep;
    QVERIFY2(QString::fromStdString(pytorchExportRefusal(everyStep))
                 .contains(QStringLiteral("pad skipping")),
             pytorchExportRefusal(everyStep).c_str());

    // Settings that only say how the model was trained do not matter.
    ModelFile trained = model;
    trained.experiment["epochs"] = 500;
    trained.experiment["learning_rate"] = 0.5;
    QCOMPARE(QString::fromStdString(pytorchExportRefusal(trained)), QString());

    const auto refusal
        = [](const ModelFile &m) { return QString::fromStdString(pytorchExportRefusal(m)); };
    ModelFile parameter = model;
    parameter.parameters.push_back({ "embedding.ngrams", Matrix::Zero(2, 3) });
    QVERIFY2(refusal(parameter).contains(QStringLiteral("\"embedding.ngrams\"")),
             qPrintable(refusal(parameter)));

    ModelFile setting = model;
    setting.experiment["char_ngrams"] = 3; // a setting this exporter has never heard of
    QVERIFY2(refusal(setting).contains(QStringLiteral("\"char_ngrams\"")),
             qPrintable(refusal(setting)));

    // The readout's skip path is exported; its loss acts only while training.
    ExperimentConfig skip = defaultTexts(CellType::Lstm);
    skip.epochs = 0;
    skip.skipPath = true;
    skip.skipLoss = 1.0;
    const ModelFile skipped = Experiment(skip).modelFile();
    QVERIFY(skipped.network.readoutSkip);
    QCOMPARE(refusal(skipped), QString());

    ModelFile vocabulary = model;
    vocabulary.vocabulary["ngrams"] = json::array({ "ab", "bc" });
    QVERIFY2(refusal(vocabulary).contains(QStringLiteral("\"ngrams\"")),
             qPrintable(refusal(vocabulary)));

    QTemporaryDir dir;
    ExperimentConfig f = forecast(writeSeries(dir), CellType::Elman);
    f.epochs = 0;
    ModelFile scaler = Experiment(f).modelFile();
    QCOMPARE(refusal(scaler), QString());
    scaler.scaler["kind"] = "robust";
    QVERIFY2(refusal(scaler).contains(QStringLiteral("\"robust\"")), qPrintable(refusal(scaler)));
    QVERIFY_THROWS_EXCEPTION(PytorchExportError, pytorchScript(scaler));
}

void TestPytorchExport::refusalWritesNothing()
{
    ExperimentConfig c = texts(CellType::Jordan);
    c.epochs = 0;
    ModelFile model = Experiment(c).modelFile();
    model.parameters.push_back({ "layer0.forward.peepholes", Matrix::Zero(4, 1) });
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("export"));
    QVERIFY_THROWS_EXCEPTION(PytorchExportError, exportPytorch(model, folder.toStdString()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestPytorchExport::badOptionsAreRefused()
{
    PytorchExportOptions options;
    QCOMPARE(QString::fromStdString(options.validate()), QString());
    options.scriptFile = "../model.py";
    QVERIFY(!options.validate().empty());
    options.scriptFile = "model.py";
    options.modelFile = "weights.npz";
    QVERIFY(!options.validate().empty());
}

QTEST_GUILESS_MAIN(TestPytorchExport)
#include "tst_pytorch_export.moc"

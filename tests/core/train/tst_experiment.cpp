// Experiment (core/train/experiment.h): the lecture's topologies are wired as promised (where the
// readout and the loss sit, the shapes of inputs and targets), a saved model gives back the same
// predictions, also when its training data are gone (model files are self-contained: the stored
// scalers and vocabulary are the ones used), a forecast tests on a separate file with the training
// file's scaling, and the text path classifies new texts. Small budgets: behaviour, not accuracy.
#include "data/data_error.h"
#include "small_configs.h"
#include "train/experiment.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <sstream>

using namespace rnn;

namespace {

const QString datasets = QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/");

// Copies a shipped dataset into dir (so that the test can make it disappear).
std::string copyDataset(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    if (!QFile::copy(datasets + name, target))
        return {};
    return target.toStdString();
}

nlohmann::json readJson(const std::string &path)
{
    std::ifstream in(path);
    return nlohmann::json::parse(in, nullptr, false);
}

void writeText(const std::string &path, const std::string &text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// The airline file's lines (header first), to cut it into a training and a test file.
std::vector<std::string> airlineLines()
{
    std::ifstream in((datasets + "airline_passengers.csv").toStdString());
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty())
            lines.push_back(line.back() == '\r' ? line.substr(0, line.size() - 1) : line);
    return lines;
}

// Passengers of the given lines (without the header), as the test reads them by hand.
std::vector<double> passengers(const std::vector<std::string> &lines)
{
    std::vector<double> values;
    for (const auto &line : lines)
        values.push_back(std::stod(line.substr(line.find(',') + 1)));
    return values;
}

std::string joinLines(const std::string &header, const std::vector<std::string> &lines)
{
    std::string text = header + "\n";
    for (const auto &line : lines)
        text += line + "\n";
    return text;
}

ExperimentConfig airline(int epochs)
{
    ExperimentConfig config;
    config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv";
    config.target = "Passengers";
    config.lookback = 12;
    config.hidden = 4;
    config.epochs = epochs;
    return config;
}

} // namespace

class TstExperiment : public QObject
{
    Q_OBJECT
private slots:
    void forecastTopologies_data()
    {
        QTest::addColumn<QString>("topology");
        QTest::addColumn<int>("horizon");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("outputs");
        QTest::addColumn<int>("steps");
        QTest::addColumn<int>("samples"); // test forecasts: 48 rows, less the horizon's tail
        QTest::newRow("many-to-one")
            << "many_to_one" << 1 << int(ReadoutPlacement::LastStep) << 1 << 12 << 48;
        QTest::newRow("many-to-one, 3 ahead")
            << "many_to_one" << 3 << int(ReadoutPlacement::LastStep) << 3 << 12 << 46;
        QTest::newRow("many-to-many")
            << "many_to_many" << 1 << int(ReadoutPlacement::EveryStep) << 1 << 12 << 48;
        QTest::newRow("many-to-many, 3 ahead")
            << "many_to_many" << 3 << int(ReadoutPlacement::EveryStep) << 3 << 12 << 46;
        QTest::newRow("encoder-decoder, 3 ahead")
            << "encoder_decoder" << 3 << int(ReadoutPlacement::EveryStep) << 1 << 15 << 46;
        // one value in, then as many outputs as the lookback was long (12)
        QTest::newRow("one-to-many")
            << "one_to_many" << 1 << int(ReadoutPlacement::EveryStep) << 1 << 13 << 37;
    }
    void forecastTopologies()
    {
        QFETCH(QString, topology);
        QFETCH(int, horizon);
        QFETCH(int, placement);
        QFETCH(int, outputs);
        QFETCH(int, steps);
        QFETCH(int, samples);
        ExperimentConfig config = airline(1);
        config.topology = topologyNames.fromString(topology.toStdString());
        config.horizon = horizon;
        Experiment experiment(config);
        QCOMPARE(int(experiment.networkConfig().placement), placement);
        QCOMPARE(experiment.networkConfig().outputSize, outputs);
        const SequenceSet &train = experiment.trainer().trainSet();
        QCOMPARE(train.steps, steps);
        if (topology == "encoder_decoder") {
            // the decoder steps get zero inputs and carry the whole loss
            QCOMPARE(train.stepMask.size(), Index(15));
            QCOMPARE(train.stepMask.head(12).sum(), 0.0);
            QCOMPARE(train.stepMask.tail(3).sum(), 3.0);
            QVERIFY(train.inputs[0].rightCols(3).isZero());
        } else if (topology == "one_to_many") {
            // one input step, then 12 decoder steps with zero inputs, every one in the loss
            QCOMPARE(experiment.config().lookback, 1);
            QCOMPARE(experiment.config().horizon, 12);
            QCOMPARE(train.stepMask.size(), Index(13));
            QCOMPARE(train.stepMask(0), 0.0);
            QCOMPARE(train.stepMask.tail(12).sum(), 12.0);
            QVERIFY(train.inputs[0].rightCols(12).isZero());
            QVERIFY(train.inputs[0](0, 0) != 0.0 || train.inputs[1](0, 0) != 0.0);
        } else if (topology == "many_to_many") {
            // no mask: every step is in the loss; step t learns the `horizon` values after it
            QCOMPARE(train.stepMask.size(), Index(0));
            const auto &windows = experiment.forecastDataset()->train;
            for (std::size_t n = 0; n < train.inputs.size(); n += 7) {
                const Matrix &x = train.inputs[n], &y = train.values[n];
                QCOMPARE(y.rows(), Index(horizon));
                QCOMPARE(y.cols(), Index(12));
                for (Index t = 0; t + 1 < 12; ++t) // the next value is the next step's input
                    QCOMPARE(y(0, t), x(0, t + 1));
                // the last step learns what the many-to-one window learns
                const Matrix &target = windows.targets[n];
                QVERIFY(y.col(11) == Eigen::Map<const Vector>(target.data(), target.size()));
            }
        } else {
            QCOMPARE(train.values[0].rows(), Index(horizon));
            QCOMPARE(train.values[0].cols(), Index(1));
        }
        experiment.train();
        const nlohmann::json r = experiment.report();
        QCOMPARE(r["test"]["samples"].get<int>(), samples);
        QVERIFY(std::isfinite(r["test"]["rmse"].get<double>()));
    }

    void savedModelPredictsTheSame()
    {
        Experiment experiment(airline(5));
        experiment.train();
        const ModelFile model = experiment.modelFile();
        QCOMPARE(model.history.size(), std::size_t(5));
        QVERIFY(!model.scaler.is_null());
        QTemporaryDir dir;
        const std::string path = dir.filePath("m.json").toStdString();
        saveModel(model, path);
        const Experiment loaded = Experiment::fromModel(loadModel(path));
        QCOMPARE(loaded.report()["test"]["rmse"].get<double>(),
                 experiment.report()["test"]["rmse"].get<double>());
        const Matrix a = experiment.forecastAfter(airline(0).dataFile);
        const Matrix b = loaded.forecastAfter(airline(0).dataFile);
        QVERIFY(a == b);
    }

    // Train from a copy of the data, save, delete the copy, load: the model still predicts, with
    // exactly the numbers it gave before it was saved, and says it has no test data.
    void modelFilesAreSelfContained_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("forecast") << "forecast";
        QTest::newRow("forecast, differencing, z-score") << "differencing";
        QTest::newRow("forecast, test file") << "test file";
        QTest::newRow("texts") << "texts";
    }
    void modelFilesAreSelfContained()
    {
        QFETCH(QString, kind);
        QTemporaryDir keep; // the model and the new file to predict from
        auto data = std::make_unique<QTemporaryDir>(); // the training data, deleted below
        ExperimentConfig config;
        if (kind == "texts") {
            config.task = Task::Classify;
            config.dataFile = copyDataset(*data, "emocoes_ptbr.csv");
            config.hidden = 6;
            config.embeddingSize = 6;
            config.epochs = 1;
        } else {
            config = airline(3);
            config.dataFile = copyDataset(*data, "airline_passengers.csv");
            if (kind == "differencing") {
                config.differencing = true;
                config.scaling = ScalerKind::ZScore;
            }
            if (kind == "test file") {
                const auto lines = airlineLines();
                const std::vector<std::string> rows(lines.begin() + 1, lines.end());
                config.dataFile = data->filePath("train.csv").toStdString();
                config.testDataFile = data->filePath("test.csv").toStdString();
                writeText(config.dataFile, joinLines(lines[0], { rows.begin(), rows.end() - 48 }));
                writeText(config.testDataFile,
                          joinLines(lines[0], { rows.end() - 48, rows.end() }));
            }
        }
        Experiment experiment(config);
        experiment.train();
        const std::string model = keep.filePath("model.json").toStdString();
        saveModel(experiment.modelFile(), model);
        const std::vector<std::string> texts { "Que alegria, coração!", "Tenho medo do escuro",
                                               "não acredito que ele fez isso" };
        Matrix before;
        if (kind == "texts")
            experiment.classifyTexts(texts, &before);
        const std::string newFile = copyDataset(keep, "airline_passengers.csv");
        if (kind != "texts")
            before = experiment.forecastAfter(newFile);

        data.reset(); // the training (and test) data are gone
        QVERIFY(!QFile::exists(QString::fromStdString(config.dataFile)));
        const Experiment loaded = Experiment::fromModel(loadModel(model));
        QVERIFY(!loaded.hasTestData());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, loaded.evaluate());
        Matrix after;
        if (kind == "texts") {
            const std::vector<int> classes = loaded.classifyTexts(texts, &after);
            QCOMPARE(classes.size(), texts.size());
            QCOMPARE(loaded.classNames(), experiment.classNames());
        } else {
            after = loaded.forecastAfter(newFile);
        }
        QCOMPARE(after.rows(), before.rows());
        QCOMPARE(after.cols(), before.cols());
        QVERIFY2((after - before).cwiseAbs().maxCoeff() <= 1e-12,
                 qPrintable(QString::number((after - before).cwiseAbs().maxCoeff())));
        // a data file named anew must be there
        QVERIFY_THROWS_EXCEPTION(
            DataError,
            Experiment::fromModel(loadModel(model), { { "data_file", config.dataFile } }));
    }

    // The scalers and the vocabulary stored in the file are the ones used: edited in the JSON,
    // they change the predictions (also when the training data are still there to refit them).
    void storedPreprocessingIsUsed_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("target scaler offset") << "target_scaler";
        QTest::newRow("input scaler offset") << "scaler";
        QTest::newRow("vocabulary") << "vocabulary";
    }
    void storedPreprocessingIsUsed()
    {
        QFETCH(QString, edit);
        QTemporaryDir dir;
        ExperimentConfig config = airline(3);
        if (edit == "vocabulary") {
            config = ExperimentConfig();
            config.task = Task::Classify;
            config.dataFile = (datasets + "emocoes_ptbr.csv").toStdString();
            config.hidden = 6;
            config.embeddingSize = 6;
            config.epochs = 1;
        }
        Experiment experiment(config);
        experiment.train();
        const std::string path = dir.filePath("model.json").toStdString();
        saveModel(experiment.modelFile(), path);
        nlohmann::json json = readJson(path);
        QVERIFY(!json.at(edit.toStdString()).is_null());
        const std::vector<std::string> texts { "que dia lindo, estou feliz", "tenho medo" };
        if (edit == "vocabulary") {
            // every word becomes unknown: the texts read as <unk> ... <unk>
            auto &tokens = json["vocabulary"]["tokens"];
            for (std::size_t i = 2; i < tokens.size(); ++i)
                tokens[i] = "zzz" + std::to_string(i);
        } else {
            json[edit.toStdString()]["offset"][0]
                = json[edit.toStdString()]["offset"][0].get<double>() + 100.0;
        }
        const std::string edited = dir.filePath("edited.json").toStdString();
        writeText(edited, json.dump());
        const Experiment original = Experiment::fromModel(loadModel(path));
        const Experiment changed = Experiment::fromModel(loadModel(edited));
        QVERIFY(changed.hasTestData()); // the data are there, and still not refitted
        if (edit == "vocabulary") {
            Matrix a, b;
            original.classifyTexts(texts, &a);
            changed.classifyTexts(texts, &b);
            QVERIFY((a - b).cwiseAbs().maxCoeff() > 1e-6);
            const Vocabulary *editedWords = changed.vocabulary();
            const Vocabulary *stored = original.vocabulary();
            QVERIFY(editedWords && stored);
            QCOMPARE(editedWords->token(2), std::string("zzz2"));
            QVERIFY(stored->token(2) != "zzz2");
            return;
        }
        const Matrix a = original.forecastAfter(config.dataFile);
        const Matrix b = changed.forecastAfter(config.dataFile);
        if (edit == "target_scaler") {
            // the output is mapped back with the stored offset: 100 more passengers, exactly
            QVERIFY(std::abs(b(0, 0) - a(0, 0) - 100.0) < 1e-9);
        } else {
            QVERIFY(std::abs(b(0, 0) - a(0, 0)) > 1e-6);
        }
        QVERIFY(original.report()["test"]["rmse"] != changed.report()["test"]["rmse"]);
    }

    // A forecast trained on one file and tested on another: the whole first file trains, the
    // test windows lie in the second file and are scaled with the first file's scaler, and the
    // baselines are computed on those windows (checked by hand from the file's values).
    void forecastOnSeparateTestFile_data()
    {
        QTest::addColumn<bool>("swapColumns");
        QTest::addColumn<int>("horizon");
        QTest::newRow("same columns") << false << 1;
        QTest::newRow("columns in another order") << true << 1;
        QTest::newRow("3 ahead") << false << 3;
    }
    void forecastOnSeparateTestFile()
    {
        QFETCH(bool, swapColumns);
        QFETCH(int, horizon);
        QTemporaryDir dir;
        const auto lines = airlineLines();
        const std::vector<std::string> rows(lines.begin() + 1, lines.end());
        const std::vector<std::string> trainRows(rows.begin(), rows.begin() + 96);
        std::vector<std::string> testRows(rows.begin() + 96, rows.end());
        const std::vector<double> test = passengers(testRows);
        std::string testHeader = lines[0];
        if (swapColumns) {
            testHeader = "Passengers,Month";
            for (auto &row : testRows) {
                const auto comma = row.find(',');
                row = row.substr(comma + 1) + "," + row.substr(0, comma);
            }
        }
        ExperimentConfig config = airline(2);
        config.horizon = horizon;
        config.dataFile = dir.filePath("train.csv").toStdString();
        config.testDataFile = dir.filePath("test.csv").toStdString();
        writeText(config.dataFile, joinLines(lines[0], trainRows));
        writeText(config.testDataFile, joinLines(testHeader, testRows));
        Experiment experiment(config);
        // the whole training file trains: 96 rows, 12 of lookback
        QCOMPARE(experiment.trainer().trainSet().size(), Index(96 - 12 - horizon + 1));
        const Index samples = 48 - 12 - horizon + 1;
        QCOMPARE(experiment.testSet().size(), samples);
        const ForecastDataset &training = *experiment.forecastDataset();
        const ForecastDataset &testing = *experiment.forecastTestDataset();
        QVERIFY(training.test.empty());
        QCOMPARE(testing.featureScaler.toJson(), training.featureScaler.toJson());
        // the first test window is the test file's first 12 values, scaled as in training
        for (Index t = 0; t < 12; ++t)
            QCOMPARE(experiment.testSet().inputs[0](0, t),
                     training.featureScaler.transform(0, test[static_cast<std::size_t>(t)]));
        experiment.train();
        const nlohmann::json r = experiment.report();
        QCOMPARE(r["test"]["samples"].get<Index>(), samples);
        // baselines by hand: each window's targets are rows s+12 .. s+12+horizon-1 of the file
        double persistence = 0.0, seasonal = 0.0;
        for (std::size_t s = 0; s < static_cast<std::size_t>(samples); ++s)
            for (std::size_t k = 0; k < static_cast<std::size_t>(horizon); ++k) {
                const std::size_t row = s + 12 + k;
                persistence += std::pow(test[row] - test[s + 11], 2);
                seasonal += std::pow(test[row] - test[row - 12], 2);
            }
        const double n = static_cast<double>(samples * horizon);
        const double persistenceRmse = r["baselines"]["persistence"]["rmse"].get<double>();
        const double seasonalRmse = r["baselines"]["seasonal_naive"]["rmse"].get<double>();
        QVERIFY2(std::abs(persistenceRmse - std::sqrt(persistence / n)) < 1e-9,
                 qPrintable(QString::number(persistenceRmse)));
        QVERIFY2(std::abs(seasonalRmse - std::sqrt(seasonal / n)) < 1e-9,
                 qPrintable(QString::number(seasonalRmse)));
    }

    void separateTestFileNeedsTheColumns()
    {
        QTemporaryDir dir;
        const auto lines = airlineLines();
        const std::vector<std::string> rows(lines.begin() + 1, lines.end());
        ExperimentConfig config = airline(1);
        config.dataFile = dir.filePath("train.csv").toStdString();
        config.testDataFile = dir.filePath("other.csv").toStdString();
        writeText(config.dataFile, joinLines(lines[0], { rows.begin(), rows.begin() + 96 }));
        writeText(config.testDataFile, joinLines("Month,Pax", { rows.begin() + 96, rows.end() }));
        try {
            Experiment experiment(config);
            QFAIL("a test file without the target column was accepted");
        } catch (const DataError &error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.contains("other.csv") && what.contains("Passengers"), error.what());
        }
    }

    void textsAreClassified()
    {
        ExperimentConfig config = testconfigs::smallPortugueseEmotions();
        Experiment experiment(config);
        QCOMPARE(experiment.classNames().size(), std::size_t(6));
        QCOMPARE(experiment.testSet().size(), Index(180));
        QCOMPARE(experiment.networkConfig().readout, ReadoutKind::Softmax);
        QCOMPARE(experiment.networkConfig().placement, ReadoutPlacement::LastStep);
        experiment.train();
        Matrix probabilities;
        const std::vector<int> classes = experiment.classifyTexts(
            { "Que alegria, coração!", "Tenho medo do escuro" }, &probabilities);
        QCOMPARE(classes.size(), std::size_t(2));
        QCOMPARE(probabilities.cols(), Index(2));
        QVERIFY(std::abs(probabilities.col(0).sum() - 1.0) < 1e-12);
        const ModelFile model = experiment.modelFile();
        QCOMPARE(model.labels, experiment.classNames());
        QVERIFY(!model.vocabulary.is_null());
    }

    void syntheticTasksPlaceTheLoss_data()
    {
        QTest::addColumn<QString>("generator");
        QTest::addColumn<int>("placement");
        QTest::addColumn<int>("readout");
        QTest::newRow("xor") << "xor" << int(ReadoutPlacement::EveryStep)
                             << int(ReadoutKind::Linear);
        QTest::newRow("letters") << "letters" << int(ReadoutPlacement::EveryStep)
                                 << int(ReadoutKind::Softmax);
        QTest::newRow("reber") << "reber" << int(ReadoutPlacement::EveryStep)
                               << int(ReadoutKind::Softmax);
        QTest::newRow("adding") << "adding" << int(ReadoutPlacement::LastStep)
                                << int(ReadoutKind::Linear);
        QTest::newRow("longrange")
            << "longrange" << int(ReadoutPlacement::LastStep) << int(ReadoutKind::Softmax);
        QTest::newRow("resetsum") << "resetsum" << int(ReadoutPlacement::EveryStep)
                                  << int(ReadoutKind::Linear);
        QTest::newRow("endlabel") << "endlabel" << int(ReadoutPlacement::EveryStep)
                                  << int(ReadoutKind::Softmax);
        QTest::newRow("latching") << "latching" << int(ReadoutPlacement::LastStep)
                                  << int(ReadoutKind::Softmax);
    }
    void syntheticTasksPlaceTheLoss()
    {
        QFETCH(QString, generator);
        QFETCH(int, placement);
        QFETCH(int, readout);
        ExperimentConfig config;
        config.generator = generatorNames.fromString(generator.toStdString());
        config.trainSamples = 20;
        config.sequenceLength = generator == "reber" ? 0 : 20;
        config.hidden = 4;
        config.epochs = 1;
        Experiment experiment(config);
        QCOMPARE(int(experiment.networkConfig().placement), placement);
        QCOMPARE(int(experiment.networkConfig().readout), readout);
        QCOMPARE(experiment.trainer().trainSet().size(), Index(20));
        experiment.train();
        const nlohmann::json r = experiment.report();
        QVERIFY(r.contains("test") && r.contains("baselines"));
    }
};

QTEST_APPLESS_MAIN(TstExperiment)
#include "tst_experiment.moc"

// Model files (core/train/model_io.h): a saved model loads back bit-identical, and every way a
// file can be wrong (bad JSON with its line and column, missing or mistyped fields, wrong shapes,
// missing or extra parameters, a newer format version, not a model at all) gets a clear error.
#include "train/model_io.h"

#include <QtTest>

#include <cmath>
#include <fstream>

using namespace rnn;

namespace {

ModelFile sampleModel(CellType cell, bool embedding, bool skip = false)
{
    NetworkConfig config;
    config.cell = cell;
    config.hiddenSize = 5;
    config.layers = cell == CellType::Jordan ? 1 : 2;
    config.bidirectional = cell != CellType::Jordan;
    config.inputSize = 3;
    config.outputSize = embedding ? 4 : 2;
    config.readout = embedding ? ReadoutKind::Softmax : ReadoutKind::Linear;
    config.placement = embedding ? ReadoutPlacement::FinalStates : ReadoutPlacement::EveryStep;
    if (embedding) {
        config.vocabularySize = 11;
        config.embeddingSize = 3;
    }
    if (skip) { // the readout's skip path: the mean of the word vectors beside the pooled states
        config.placement = ReadoutPlacement::MeanPool;
        config.readoutSkip = true;
    }
    Network network(config, 7);
    ModelFile model;
    model.task = embedding ? Task::Classify : Task::Forecast;
    model.network = config;
    model.parameters = network.parameters();
    // awkward values must survive the round trip exactly
    model.parameters.front().value(0, 0) = 0.1 + 0.2;
    model.parameters.front().value(0, 1) = -1.0 / 3.0;
    model.parameters.front().value(0, 2) = 1e-300;
    if (embedding) {
        model.vocabulary = { { "tokens", { "<pad>", "<unk>", "não", "coração" } } };
        model.labels = { "alegria", "medo", "raiva", "tristeza" };
    } else {
        model.scaler = { { "kind", "minmax01" }, { "offset", { 1.5 } }, { "scale", { 2.0 } } };
    }
    model.experiment = { { "model", cellTypeName(cell) }, { "lookback", 12 } };
    EpochRecord first;
    first.epoch = 1;
    first.trainLoss = 0.5;
    first.learningRate = 0.01;
    EpochRecord second = first;
    second.epoch = 2;
    second.validationLoss = 0.25;
    model.history = { first, second };
    model.metrics = { { "test", { { "rmse", 12.5 } } } };
    return model;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const std::string &content)
{
    const QString path = dir.filePath(name);
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << content;
    return path;
}

} // namespace

class TstModelIo : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("cell");
        QTest::addColumn<bool>("embedding");
        QTest::addColumn<bool>("skip");
        QTest::newRow("elman") << int(CellType::Elman) << false << false;
        QTest::newRow("jordan") << int(CellType::Jordan) << false << false;
        QTest::newRow("lstm") << int(CellType::Lstm) << false << false;
        QTest::newRow("gru + embedding") << int(CellType::Gru) << true << false;
        QTest::newRow("lstm + embedding") << int(CellType::Lstm) << true << false;
        QTest::newRow("lstm + embedding + skip path") << int(CellType::Lstm) << true << true;
    }
    void roundTrip()
    {
        QFETCH(int, cell);
        QFETCH(bool, embedding);
        QFETCH(bool, skip);
        const ModelFile model = sampleModel(static_cast<CellType>(cell), embedding, skip);
        QCOMPARE(model.network.readoutSkip, skip);
        QTemporaryDir dir;
        const std::string path = dir.filePath("model.json").toStdString();
        saveModel(model, path);
        const ModelFile loaded = loadModel(path);
        QVERIFY(loaded.task == model.task);
        QCOMPARE(networkConfigToJson(loaded.network), networkConfigToJson(model.network));
        QCOMPARE(loaded.network.readoutSkip, skip);
        QCOMPARE(loaded.parameters.size(), model.parameters.size());
        for (std::size_t i = 0; i < model.parameters.size(); ++i) {
            QCOMPARE(loaded.parameters[i].name, model.parameters[i].name);
            QVERIFY(loaded.parameters[i].value == model.parameters[i].value); // bit-identical
        }
        QCOMPARE(loaded.scaler, model.scaler);
        QCOMPARE(loaded.vocabulary, model.vocabulary);
        QCOMPARE(loaded.labels, model.labels);
        QCOMPARE(loaded.experiment, model.experiment);
        QCOMPARE(loaded.metrics, model.metrics);
        QCOMPARE(loaded.history.size(), std::size_t(2));
        QVERIFY(std::isnan(loaded.history[0].validationLoss));
        QCOMPARE(loaded.history[1].validationLoss, 0.25);
        // the loaded network computes exactly what the saved one did
        const Network a = model.makeNetwork();
        const Network b = loaded.makeNetwork();
        InputBatch input;
        input.steps = 4;
        input.batch = 2;
        if (embedding)
            input.tokens = { 2, 3, 0, 1, 3, 3, 2, 10 };
        else
            input.values = Matrix::Random(3, 8);
        QVERIFY(a.forward(input).outputs == b.forward(input).outputs);
    }

    void fileIsHumanReadable()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("model.json").toStdString();
        saveModel(sampleModel(CellType::Lstm, false), path);
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::string text = file.readAll().toStdString();
        QVERIFY(text.find("\"format_version\": 1") != std::string::npos);
        QVERIFY(text.find("\"layer0.forward.weight_input\"") != std::string::npos);
        QVERIFY(std::count(text.begin(), text.end(), '\n') > 50); // indented, not one line
    }

    void corruptFilesAreExplained_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("newer version") << "version"
                                       << "newer";
        QTest::newRow("not a model") << "format"
                                     << "not an RNN Lab model";
        QTest::newRow("missing network") << "drop network"
                                         << "missing field \"network\"";
        QTest::newRow("missing hidden size") << "drop hidden"
                                             << "network.hidden_size";
        QTest::newRow("wrong type") << "hidden string"
                                    << "network.hidden_size";
        QTest::newRow("unknown cell") << "cell"
                                      << "network.cell";
        QTest::newRow("wrong shape") << "shape"
                                     << "readout.weight";
        QTest::newRow("ragged matrix") << "ragged"
                                       << "row 0";
        QTest::newRow("text in matrix") << "text cell"
                                        << "not a number";
        QTest::newRow("missing parameter") << "drop parameter"
                                           << "is missing";
        QTest::newRow("extra parameter") << "extra parameter"
                                         << "does not belong";
        QTest::newRow("label count") << "labels"
                                     << "classes";
        QTest::newRow("missing parameters") << "drop parameters"
                                            << "\"parameters\"";
    }
    void corruptFilesAreExplained()
    {
        QFETCH(QString, edit);
        QFETCH(QString, mentions);
        nlohmann::json j = modelToJson(sampleModel(CellType::Gru, true));
        auto &parameters = j["parameters"];
        auto readout = std::find_if(parameters.begin(), parameters.end(),
                                    [](const auto &p) { return p["name"] == "readout.weight"; });
        QVERIFY(readout != parameters.end());
        if (edit == "version")
            j["format_version"] = 99;
        else if (edit == "format")
            j["format"] = "keras";
        else if (edit == "drop network")
            j.erase("network");
        else if (edit == "drop hidden")
            j["network"].erase("hidden_size");
        else if (edit == "hidden string")
            j["network"]["hidden_size"] = "five";
        else if (edit == "cell")
            j["network"]["cell"] = "transformer";
        else if (edit == "shape") {
            (*readout)["cols"] = 3;
            for (auto &row : (*readout)["value"])
                row = { 1.0, 2.0, 3.0 };
        } else if (edit == "ragged")
            (*readout)["value"][0].push_back(1.0);
        else if (edit == "text cell")
            (*readout)["value"][1][0] = "x";
        else if (edit == "drop parameter")
            parameters.erase(readout);
        else if (edit == "extra parameter")
            parameters.push_back({ { "name", "layer9.forward.bias" },
                                   { "rows", 1 },
                                   { "cols", 1 },
                                   { "value", { { 0.0 } } } });
        else if (edit == "labels")
            j["labels"] = { "only", "two" };
        else if (edit == "drop parameters")
            j.erase("parameters");
        QTemporaryDir dir;
        const QString path = writeFile(dir, "bad.json", j.dump(1));
        try {
            loadModel(path.toStdString());
            QFAIL("no error");
        } catch (const ModelFileError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(path), e.what());
            QVERIFY2(message.contains(mentions), e.what());
        }
    }

    void badJsonNamesLineAndColumn_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("trailing comma") << "{\n  \"format\": \"rnnlab-model\",\n}\n"
                                        << "line 3, column 1";
        QTest::newRow("unquoted") << "{\n  \"a\": 1,\n  b: 2\n}"
                                  << "line 3, column 3";
        QTest::newRow("truncated") << "{\"format\": [1, 2"
                                   << "line 1, column 17";
    }
    void badJsonNamesLineAndColumn()
    {
        QFETCH(QString, content);
        QFETCH(QString, where);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "broken.json", content.toStdString());
        try {
            loadModel(path.toStdString());
            QFAIL("no error");
        } catch (const ModelFileError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(path + ", " + where), e.what());
            QVERIFY2(QString::fromUtf8(e.what()).contains("not valid JSON"), e.what());
        }
    }

    void missingAndEmptyFiles()
    {
        QTemporaryDir dir;
        QVERIFY_THROWS_EXCEPTION(ModelFileError,
                                 loadModel(dir.filePath("nothing.json").toStdString()));
        const QString empty = writeFile(dir, "empty.json", "  \n");
        try {
            loadModel(empty.toStdString());
            QFAIL("no error");
        } catch (const ModelFileError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains("empty"));
        }
        QVERIFY_THROWS_EXCEPTION(
            ModelFileError,
            saveModel(sampleModel(CellType::Elman, false), "/nonexistent-dir/model.json"));
    }
};

QTEST_APPLESS_MAIN(TstModelIo)
#include "tst_model_io.moc"

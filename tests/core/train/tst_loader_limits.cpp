// The limits of core/loader_limits.h: a file over one is refused before anything is allocated
// for it, with a message naming the limit and the file (and the line where there is one). The
// two model files of issue 12 among them: one declaring 100,000 layers (it made rnnlab-train
// allocate 1.7 GB) and one with a hidden size of 10^7 (it ended in std::bad_alloc).
#include "data/csv_reader.h"
#include "data/data_error.h"
#include "data/text_dataset.h"
#include "data/vocabulary.h"
#include "loader_limits.h"
#include "nn/parameter_shapes.h"
#include "train/experiment_config.h"
#include "train/model_io.h"

#include <QtTest>

#include <fstream>

using namespace rnn;

namespace {

// A valid model file: an Elman network of hidden size 2 (5 parameters).
nlohmann::json smallModel()
{
    NetworkConfig config;
    config.cell = CellType::Elman;
    config.hiddenSize = 2;
    ModelFile model;
    model.network = config;
    model.parameters = Network(config, 1).parameters();
    return modelToJson(model);
}

// The message of the ModelFileError that loadModel throws for a file holding text, or "" when it
// reads it.
QString modelError(const std::string &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("limits.json");
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    try {
        loadModel(path.toStdString());
    } catch (const ModelFileError &e) {
        return QString::fromUtf8(e.what()).replace(path, "limits.json");
    }
    return {};
}

QString csvError(const std::string &text, const CsvReadOptions &options = {})
{
    try {
        CsvReader::parse(text, "limits.csv", options);
    } catch (const DataError &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// Fails the test, showing the message, when it does not contain text.
#define QVERIFY_MENTIONS(message, text) \
    QVERIFY2((message).contains(QString(text)), \
             qPrintable(QString("\"%1\" does not mention \"%2\"").arg(message, QString(text))))

} // namespace

class TstLoaderLimits : public QObject
{
    Q_OBJECT

private slots:
    void aSmallModelIsRead() { QCOMPARE(modelError(smallModel().dump()), QString()); }

    // What a model file is checked against before allocating is what Network allocates.
    void shapesAndCountAreNetworksOwn()
    {
        for (const CellType cell :
             { CellType::Elman, CellType::Jordan, CellType::Lstm, CellType::Gru })
            for (const bool wide : { false, true }) {
                NetworkConfig config;
                config.cell = cell;
                config.hiddenSize = 3;
                config.inputSize = 2;
                config.outputSize = 2;
                config.layers = cell == CellType::Jordan ? 1 : 2;
                config.bidirectional = wide && cell != CellType::Jordan;
                config.vocabularySize = wide ? 7 : 0;
                config.embeddingSize = wide ? 4 : 0;
                const Parameters parameters = Network(config, 1).parameters();
                const std::vector<ParameterShape> shapes = parameterShapes(config);
                QCOMPARE(shapes.size(), parameters.size());
                std::int64_t count = 0;
                for (std::size_t i = 0; i < shapes.size(); ++i) {
                    QCOMPARE(shapes[i].name, parameters[i].name);
                    QCOMPARE(Index(shapes[i].rows), parameters[i].value.rows());
                    QCOMPARE(Index(shapes[i].cols), parameters[i].value.cols());
                    count += parameters[i].value.size();
                }
                QCOMPARE(parameterCount(config), count);
            }
    }

    void modelSizesOverALimitAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("limit");
        QTest::newRow("100,000 layers") << "layers" << 100000 << "limits::maxLayers";
        QTest::newRow("hidden size 10^7") << "hidden_size" << 10000000 << "limits::maxHiddenSize";
        QTest::newRow("input size") << "input_size" << 2000000000 << "limits::maxInputSize";
        QTest::newRow("output size") << "output_size" << 50000 << "limits::maxOutputSize";
        QTest::newRow("vocabulary") << "vocabulary_size" << 2000000 << "limits::maxVocabularySize";
    }
    void modelSizesOverALimitAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(int, value);
        QFETCH(QString, limit);
        nlohmann::json j = smallModel();
        j["network"]["cell"] = "lstm";
        j["network"][key.toStdString()] = value;
        if (key == "vocabulary_size")
            j["network"]["embedding_size"] = 4;
        const QString message = modelError(j.dump());
        QVERIFY(message.startsWith("limits.json: "));
        QVERIFY_MENTIONS(message, limit);
        QVERIFY_MENTIONS(message, QString::number(value));
    }

    // Within every size limit, but far more weights than the file holds: refused by their
    // shapes, before the network is built.
    void modelDeclaringMoreWeightsThanItHoldsIsRefused()
    {
        nlohmann::json j = smallModel();
        j["network"]["cell"] = "lstm";
        j["network"]["hidden_size"] = 1000;
        j["network"]["layers"] = 2;
        QVERIFY_MENTIONS(modelError(j.dump()), "is 2x1 but this network needs 4000x1");
        j["network"]["hidden_size"] = 4096;
        j["network"]["layers"] = 16;
        j["network"]["bidirectional"] = true;
        QVERIFY_MENTIONS(modelError(j.dump()), "limits::maxParameters");
    }

    void aParameterDeclaringMoreNumbersThanItHoldsIsRefused()
    {
        nlohmann::json j = smallModel();
        j["parameters"][0]["cols"] = 1000000000;
        QVERIFY_MENTIONS(modelError(j.dump()), "expected 1000000000 numbers");
        j = smallModel();
        j["parameters"][0]["rows"] = 1000000000;
        QVERIFY_MENTIONS(modelError(j.dump()), "declares 1000000000 rows");
    }

    void deeplyNestedJsonIsRefusedWithItsLine()
    {
        nlohmann::json j = smallModel();
        const std::string text = j.dump().insert(
            1, "\n\"metrics2\": " + std::string(100000, '[') + std::string(100000, ']') + ",");
        const QString message = modelError(text);
        QVERIFY_MENTIONS(message, "limits::maxJsonDepth");
        QVERIFY_MENTIONS(message, "limits.json, line 2, column");
        QVERIFY2(!modelError(std::string(500000, '{')).isEmpty(), "unterminated nesting");
    }

    // A whole number too large for an int is an error, not wrapped around (2^32 + 1 -> 1).
    void numbersBeyondAnIntAreRefused()
    {
        nlohmann::json j = smallModel();
        j["network"]["hidden_size"] = 4294967297LL;
        QVERIFY_MENTIONS(modelError(j.dump()),
                         "\"network.hidden_size\" is 4294967297, out of range");
        ExperimentConfig config;
        QVERIFY_EXCEPTION_THROWN(config.apply({ { "hidden", 4294967297LL } }),
                                 std::invalid_argument);
        QVERIFY_EXCEPTION_THROWN(config.apply({ { "seed", -1 } }), std::invalid_argument);
        QCOMPARE(config.hidden, ExperimentConfig().hidden);
    }

    void modelLabelsOverTheLimitAreRefused()
    {
        nlohmann::json j = smallModel();
        j["labels"] = std::vector<std::string>(limits::maxClasses + 1, "x");
        QVERIFY_MENTIONS(modelError(j.dump()), "limits::maxClasses");
    }

    // Each limit lowered to what a small file reaches: the small file is read, a larger one
    // refused where it passes the limit.
    void csvOverALimitIsRefusedWhereItIs_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("where");
        QTest::newRow("rows") << "limits::maxCsvRows"
                              << "line 3, column 1";
        QTest::newRow("columns") << "limits::maxCsvColumns"
                                 << "line 1, column 4";
        QTest::newRow("cells") << "limits::maxCsvCells"
                               << "line 2, column 3";
        QTest::newRow("field") << "limits::maxCsvFieldBytes"
                               << "line 3, column 2";
        QTest::newRow("file") << "limits::maxCsvFileBytes"
                              << "limits.csv: ";
    }
    void csvOverALimitIsRefusedWhereItIs()
    {
        QFETCH(QString, limit);
        QFETCH(QString, where);
        const std::string small = "a,b,c\n1,2,3\n"; // 1 row, 3 columns, 6 cells, 12 bytes
        CsvReadOptions options;
        if (limit.endsWith("Rows"))
            options.maxRows = 1;
        else if (limit.endsWith("Columns"))
            options.maxColumns = 3;
        else if (limit.endsWith("Cells"))
            options.maxCells = 6;
        else if (limit.endsWith("FieldBytes"))
            options.maxFieldBytes = 1;
        else
            options.maxFileBytes = small.size();
        QCOMPARE(csvError(small, options), QString());
        const QString message = csvError("a,b,c,d\n1,2,3,4\n4,56789,6,7\n7,8,9,0\n", options);
        QVERIFY_MENTIONS(message, limit);
        QVERIFY_MENTIONS(message, where);
    }

    void theDefaultCsvLimits()
    {
        std::string header;
        for (std::size_t c = 0; c <= limits::maxCsvColumns; ++c)
            header += (c ? "," : "") + std::string("c") + std::to_string(c);
        QVERIFY_MENTIONS(csvError(header + "\n"), "limits::maxCsvColumns");
        const std::string longCell(limits::maxCsvFieldBytes + 1, 'x');
        QVERIFY_MENTIONS(csvError("a\n\"" + longCell + "\"\n"), "limits::maxCsvFieldBytes");
    }

    void aCsvFileTooLargeIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("big.csv").toStdString();
        std::ofstream(path) << "a\n" << std::string(100, '1') << "\n";
        CsvReadOptions options;
        options.maxFileBytes = 50;
        try {
            CsvReader::readFile(path, options);
            QFAIL("no error");
        } catch (const DataError &e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(path));
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "limits::maxCsvFileBytes");
        }
    }

    void textLabelsOverALimitAreRefused()
    {
        const std::string longLabel(limits::maxLabelBytes + 1, 'a');
        try {
            TextDataset::parse("text,label\nhi," + longLabel + "\n", "texts.csv");
            QFAIL("no error");
        } catch (const DataError &e) {
            QCOMPARE(e.line(), 2L);
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "limits::maxLabelBytes");
        }
        std::string many = "text,label\n";
        for (std::size_t i = 0; i <= limits::maxClasses; ++i)
            many += "t,c" + std::to_string(i) + "\n";
        QVERIFY_EXCEPTION_THROWN(TextDataset::parse(many, "texts.csv"), DataError);
    }

    void vocabularyTokensOverTheLimitAreRefused()
    {
        const nlohmann::json vocabulary
            = { { "tokens", { "<pad>", "<unk>", std::string(limits::maxTokenBytes + 1, 'x') } } };
        try {
            Vocabulary::fromJson(vocabulary);
            QFAIL("no error");
        } catch (const std::invalid_argument &e) {
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "limits::maxTokenBytes");
        }
    }

    void settingsOverALimitAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("limit");
        QTest::newRow("hidden") << "hidden" << 10000000 << "limits::maxHiddenSize";
        QTest::newRow("lookback") << "lookback" << 1000000 << "limits::maxLookback";
        QTest::newRow("train_samples")
            << "train_samples" << 2000000000 << "limits::maxGeneratedSamples";
        QTest::newRow("max_length") << "max_length" << 100000 << "limits::maxSequenceLength";
    }
    void settingsOverALimitAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(int, value);
        QFETCH(QString, limit);
        const nlohmann::json presets
            = { { "big", { { "generator", "sine" }, { key.toStdString(), value } } } };
        try {
            PresetLibrary::fromJson(presets);
            QFAIL("no error");
        } catch (const std::invalid_argument &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY(message.startsWith("preset \"big\": "));
            QVERIFY_MENTIONS(message, limit);
        }
    }

    void presetsTooLargeAreRefused()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("presets.json").toStdString();
        std::ofstream(path) << std::string(limits::maxPresetsFileBytes + 1, ' ');
        try {
            PresetLibrary::load(path);
            QFAIL("no error");
        } catch (const std::runtime_error &e) {
            QVERIFY(QString::fromUtf8(e.what()).startsWith(QString::fromStdString(path) + ": "));
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "limits::maxPresetsFileBytes");
        }
    }
};

QTEST_APPLESS_MAIN(TstLoaderLimits)
#include "tst_loader_limits.moc"

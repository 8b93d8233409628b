// ExperimentConfig and the shipped presets (resources/presets/presets.json): every preset the
// command line promises exists and is valid, JSON round-trips, and typos are caught.
#include "train/experiment_config.h"

#include <QtTest>

#include <stdexcept>

class TstExperimentConfig : public QObject
{
    Q_OBJECT
private:
    rnn::PresetLibrary library()
    {
        return rnn::PresetLibrary::load(RNNLAB_SOURCE_DIR "/resources/presets/presets.json");
    }
private slots:
    void everyPromisedPresetIsValid_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("task");
        for (const char *name : { "airline", "beijing", "sine", "xor", "adding", "resetsum" })
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("forecast");
        for (const char *name :
             { "emotions", "letters", "reber", "longrange", "latching", "endlabel" })
            QTest::newRow(name) << QString::fromLatin1(name) << QStringLiteral("classify");
    }
    void everyPromisedPresetIsValid()
    {
        QFETCH(QString, name);
        QFETCH(QString, task);
        const auto lib = library();
        QVERIFY(lib.contains(name.toStdString()));
        const rnn::ExperimentConfig config = lib.preset(name.toStdString());
        QCOMPARE(QString::fromStdString(config.validate()), QString());
        QCOMPARE(QString::fromStdString(config.preset), name);
        QCOMPARE(QString::fromLatin1(rnn::taskNames.toString(config.task)), task);
        QVERIFY(!config.description.empty());
    }
    void presetDataFilesExist()
    {
        const auto lib = library();
        for (const auto &name : lib.names()) {
            const auto config = lib.preset(name);
            for (const auto &file : { config.dataFile, config.testDataFile })
                if (!file.empty())
                    QVERIFY2(QFile::exists(QString::fromStdString(rnn::resolveResourcePath(file))),
                             file.c_str());
        }
    }
    void jsonRoundTrip()
    {
        rnn::ExperimentConfig config;
        config.model = rnn::CellType::Gru;
        config.topology = rnn::Topology::EncoderDecoder;
        config.scaling = rnn::ScalerKind::ZScore;
        config.features = { "a", "b" };
        config.seed = 42;
        config.learningRate = 0.125;
        rnn::ExperimentConfig copy;
        copy.apply(config.toJson());
        QCOMPARE(copy.toJson(), config.toJson());
        QVERIFY(copy.model == rnn::CellType::Gru);
        QVERIFY(copy.topology == rnn::Topology::EncoderDecoder);
        // the values are the names, as in presets.json and model files
        QCOMPARE(config.toJson().at("model"), nlohmann::json("gru"));
        QCOMPARE(config.toJson().at("topology"), nlohmann::json("encoder_decoder"));
        QCOMPARE(config.toJson().at("scaling"), nlohmann::json("zscore"));
        QCOMPARE(config.toJson().at("generator"), nlohmann::json(""));
    }
    void laterSettingsOverride()
    {
        auto config = library().preset("airline");
        config.apply(nlohmann::json { { "hidden", 7 }, { "model", "gru" } });
        QCOMPARE(config.hidden, 7);
        QVERIFY(config.model == rnn::CellType::Gru);
        QCOMPARE(config.target, std::string("Passengers")); // untouched
    }
    void badSettingsAreNamed_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown key") << R"({"hiden": 3})"
                                     << "hiden";
        QTest::newRow("wrong type") << R"({"hidden": "three"})"
                                    << "hidden";
        QTest::newRow("fraction as int") << R"({"epochs": 1.5})"
                                         << "epochs";
        QTest::newRow("not an object") << R"([1, 2])"
                                       << "object";
        // an unknown name is an error naming the key and listing the known names
        QTest::newRow("model") << R"({"model": "transformer"})"
                               << "\"model\": unknown cell \"transformer\" (known: elman, "
                                  "jordan, lstm, gru, mlp)";
        QTest::newRow("task") << R"({"task": "regress"})"
                              << "(known: forecast, classify)";
        QTest::newRow("topology") << R"({"topology": "many-to-one"})"
                                  << "(known: many_to_one, many_to_many, one_to_many, "
                                     "encoder_decoder)";
        QTest::newRow("pooling") << R"({"pooling": "median"})"
                                 << "(known: last, mean, max)";
        QTest::newRow("scaling") << R"({"scaling": "log"})"
                                 << "(known: none, minmax01, minmax11, zscore)";
        QTest::newRow("optimizer") << R"({"optimizer": "rmsprop"})"
                                   << "(known: sgd, momentum, adam)";
        QTest::newRow("schedule") << R"({"schedule": "linear"})"
                                  << "(known: constant, step, cosine)";
        QTest::newRow("generator") << R"({"generator": "chess"})"
                                   << "unknown synthetic task \"chess\"";
        QTest::newRow("name as number") << R"({"model": 2})"
                                        << "\"model\": expected the name of a cell";
    }
    void badSettingsAreNamed()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        rnn::ExperimentConfig config;
        try {
            config.apply(nlohmann::json::parse(json.toStdString()));
            QFAIL("no error");
        } catch (const std::invalid_argument &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(mentions), e.what());
        }
    }
    void validateExplains_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no data") << R"({})"
                                 << "data";
        QTest::newRow("no target") << R"({"data_file": "x.csv"})"
                                   << "target";
        QTest::newRow("jordan") << R"({"generator": "xor", "model": "jordan", "layers": 2})"
                                << "Jordan";
        QTest::newRow("lr") << R"({"generator": "xor", "learning_rate": -1})"
                            << "learning rate";
        QTest::newRow("skip path on a series")
            << R"({"data_file": "x.csv", "target": "y", "skip_path": true})"
            << "skip_path";
        QTest::newRow("skip loss without the path")
            << R"({"task": "classify", "data_file": "x.csv", "pooling": "mean", "skip_loss": 1})"
            << "skip_path true";
    }
    void validateExplains()
    {
        QFETCH(QString, json);
        QFETCH(QString, mentions);
        rnn::ExperimentConfig config;
        config.apply(nlohmann::json::parse(json.toStdString()));
        QVERIFY2(QString::fromStdString(config.validate()).contains(mentions),
                 config.validate().c_str());
    }
    // Every table reads back what it writes, for every value of its enum, and rejects other names.
    void nameTablesRoundTrip()
    {
        const auto check = [](const auto &table) {
            QVERIFY(!table.values().empty());
            QCOMPARE(table.values().size(), table.names().size());
            for (const auto value : table.values())
                QVERIFY(table.fromString(table.toString(value)) == value);
            QVERIFY(!table.find("no such name"));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, table.fromString("no such name"));
        };
        check(rnn::cellTypeNames);
        check(rnn::readoutKindNames);
        check(rnn::readoutPlacementNames);
        check(rnn::scalerKindNames);
        check(rnn::optimizerKindNames);
        check(rnn::learningRateScheduleNames);
        check(rnn::taskNames);
        check(rnn::topologyNames);
        check(rnn::poolingNames);
        check(rnn::generatorNames);
    }
    void unknownPresetListsTheKnownOnes()
    {
        try {
            library().preset("nope");
            QFAIL("no error");
        } catch (const std::invalid_argument &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains("airline"));
        }
    }
};

QTEST_APPLESS_MAIN(TstExperimentConfig)
#include "tst_experiment_config.moc"

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
        QCOMPARE(QString::fromStdString(config.task), task);
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
        config.model = "gru";
        config.features = { "a", "b" };
        config.seed = 42;
        config.learningRate = 0.125;
        rnn::ExperimentConfig copy;
        copy.apply(config.toJson());
        QCOMPARE(copy.toJson(), config.toJson());
        QCOMPARE(copy.model, std::string("gru"));
    }
    void laterSettingsOverride()
    {
        auto config = library().preset("airline");
        config.apply(nlohmann::json { { "hidden", 7 }, { "model", "gru" } });
        QCOMPARE(config.hidden, 7);
        QCOMPARE(config.model, std::string("gru"));
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
        QTest::newRow("model") << R"({"generator": "xor", "model": "transformer"})"
                               << "model";
        QTest::newRow("jordan") << R"({"generator": "xor", "model": "jordan", "layers": 2})"
                                << "Jordan";
        QTest::newRow("lr") << R"({"generator": "xor", "learning_rate": -1})"
                            << "learning rate";
        QTest::newRow("generator") << R"({"generator": "chess"})"
                                   << "chess";
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

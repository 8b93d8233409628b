// The command-line trainer rnnlab-train, run as a process: exit status 0 (done), 1 (bad data or
// configuration, the message naming file, line and column) and 2 (usage), the report JSON's
// promised keys for both tasks, and a model saved, loaded and used for --predict.
#include <QtTest>

#include "train/experiment_config.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTrainer(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(RNNLAB_TRAIN_BINARY));
    process.setArguments(arguments);
    process.start();
    Run run;
    if (!process.waitForFinished(300000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

nlohmann::json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
}

QString dataset(const char *name)
{
    return QStringLiteral(RNNLAB_SOURCE_DIR "/resources/datasets/") + QString::fromLatin1(name);
}

} // namespace

class TstRnnlabTrain : public QObject
{
    Q_OBJECT
private slots:
    void help()
    {
        const Run run = runTrainer({ "--help" });
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             { "--data",    "--test-data", "--target",      "--features",      "--task",
               "--model",   "--hidden",    "--layers",      "--bidirectional", "--lookback",
               "--horizon", "--epochs",    "--seed",        "--preset",        "--save",
               "--load",    "--predict",   "--report-json", "--text-column",   "--label-column" })
            QVERIFY2(run.out.contains(QString::fromLatin1(option)), option);
    }

    // The choices --help lists come from core's name tables.
    void helpListsTheNamesOfTheTables()
    {
        const Run run = runTrainer({ "--help" });
        QCOMPARE(run.exitCode, 0);
        for (const auto &names :
             { rnn::cellTypeNames.names(), rnn::topologyNames.names(), rnn::taskNames.names(),
               rnn::optimizerKindNames.names(), rnn::scalerKindNames.names() })
            for (const std::string &name : names)
                QVERIFY2(run.out.contains(QString::fromStdString(name)), name.c_str());
    }

    // Every topology trains a series from the command line.
    void everyTopologyTrainsASeries_data()
    {
        QTest::addColumn<QString>("topology");
        for (const std::string &name : rnn::topologyNames.names())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void everyTopologyTrainsASeries()
    {
        QFETCH(QString, topology);
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        const Run run = runTrainer({ "--data", dataset("airline_passengers.csv"), "--target",
                                     "Passengers", "--topology", topology, "--hidden", "4",
                                     "--epochs", "2", "--quiet", "--report-json", report });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const nlohmann::json j = readJson(report);
        QVERIFY(std::isfinite(j.at("test").at("rmse").get<double>()));
        QCOMPARE(j.at("network").at("placement").get<std::string>(),
                 std::string(topology == "many_to_one" ? "last_step" : "every_step"));
    }

    void mlpTrainsAForecastAndLoadsBack()
    {
        // lesson 1's feed-forward network: the window at once, saved and loaded like the others
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        const QString model = dir.filePath("mlp.json");
        const Run run = runTrainer({ "--data", dataset("airline_passengers.csv"), "--target",
                                     "Passengers", "--model", "mlp", "--hidden", "4", "--epochs",
                                     "2", "--quiet", "--report-json", report, "--save", model });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const nlohmann::json j = readJson(report);
        QVERIFY(std::isfinite(j.at("test").at("rmse").get<double>()));
        QCOMPARE(j.at("network").at("cell").get<std::string>(), std::string("mlp"));
        QVERIFY(j.at("network").at("window_steps").get<int>() > 0);
        const Run loaded = runTrainer({ "--load", model, "--quiet" });
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
    }

    void mlpIsRefusedForTextsAndSequenceTasks_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::newRow("texts") << "emotions";
        QTest::newRow("sequence task") << "xor";
    }
    void mlpIsRefusedForTextsAndSequenceTasks()
    {
        QFETCH(QString, preset);
        const Run run = runTrainer({ "--preset", preset, "--model", "mlp", "--epochs", "1" });
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("forecasts only"), qPrintable(run.err));
    }

    void usageErrorsExitWith2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("nothing") << QStringList {};
        QTest::newRow("unknown option") << QStringList { "--preset", "sine", "--frobnicate" };
        QTest::newRow("unknown model")
            << QStringList { "--preset", "sine", "--model", "transformer" };
        QTest::newRow("unknown preset") << QStringList { "--preset", "chess" };
        QTest::newRow("not a number") << QStringList { "--preset", "sine", "--hidden", "many" };
        QTest::newRow("out of range") << QStringList { "--preset", "sine", "--hidden", "0" };
        QTest::newRow("missing value") << QStringList { "--preset", "sine", "--epochs" };
        QTest::newRow("predict without model") << QStringList { "--predict", "x.csv" };
    }
    void usageErrorsExitWith2()
    {
        QFETCH(QStringList, arguments);
        const Run run = runTrainer(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void badDataExitsWith1AndSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("non-numeric cell")
            << QByteArray("month,value\n1,10\n2,ten\n3,12\n") << QStringList { "--target", "value" }
            << QStringList { "line 3", "column 2", "ten" };
        QTest::newRow("ragged row")
            << QByteArray("month,value\n1,10\n2,11,5\n3,12\n")
            << QStringList { "--target", "value" } << QStringList { "line 3" };
        QTest::newRow("unknown column")
            << QByteArray("month,value\n1,10\n2,11\n") << QStringList { "--target", "price" }
            << QStringList { "price", "value" };
        QTest::newRow("too few rows") << QByteArray("month,value\n1,10\n2,11\n3,12\n")
                                      << QStringList { "--target", "value", "--lookback", "10" }
                                      << QStringList { "data.csv" };
        QTest::newRow("empty file")
            << QByteArray("") << QStringList { "--target", "value" } << QStringList { "data.csv" };
        QTest::newRow("one class")
            << QByteArray("text,label\nhello there,joy\nnice day,joy\n")
            << QStringList { "--task", "classify" } << QStringList { "data.csv", "class" };
        QTest::newRow("jordan layers")
            << QByteArray("month,value\n1,10\n2,11\n")
            << QStringList { "--target", "value", "--model", "jordan", "--layers", "2" }
            << QStringList { "Jordan" };
    }
    void badDataExitsWith1AndSaysWhere()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, mentions);
        QTemporaryDir dir;
        const QString path = writeFile(dir, "data.csv", content);
        const Run run = runTrainer(QStringList { "--data", path, "--epochs", "1" } + extra);
        QCOMPARE(run.exitCode, 1);
        for (const QString &m : mentions)
            QVERIFY2(run.err.contains(m), qPrintable(run.err));
    }

    void missingFileExitsWith1()
    {
        const Run run = runTrainer({ "--data", "/nonexistent/series.csv", "--target", "x" });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("/nonexistent/series.csv"), qPrintable(run.err));
    }

    void corruptModelExitsWith1()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "model.json", "{\n  \"format\": 3,,\n}\n");
        const Run run = runTrainer({ "--load", path });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("line 2, column"), qPrintable(run.err));
    }

    void divergedRunExitsWith1AndStillWritesReportAndModel()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        const QString model = dir.filePath("model.json");
        // plain SGD without clipping at an absurd learning rate: the loss overflows in epoch 3
        const Run run = runTrainer({ "--preset", "airline", "--optimizer", "sgd", "--learning-rate",
                                     "100000", "--clip-norm", "0", "--quiet", "--report-json",
                                     report, "--save", model });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("diverged") && run.err.contains("lower learning rate")
                     && run.err.contains("clip"),
                 qPrintable(run.err));
        const nlohmann::json j = readJson(report);
        QCOMPARE(j.value("stop_reason", ""), std::string("diverged"));
        QVERIFY(j.value("epochs", 0) >= 0 && j.value("epochs", 1000) < 200);
        // the last finite weights: every saved parameter value is a number (NaN/Inf would be null)
        const nlohmann::json m = readJson(model);
        QVERIFY(m.contains("parameters") && !m.at("parameters").empty());
        std::size_t values = 0;
        for (const auto &parameter : m.at("parameters"))
            for (const auto &row : parameter.at("value"))
                for (const auto &value : row) {
                    QVERIFY(value.is_number() && std::isfinite(value.get<double>()));
                    ++values;
                }
        QVERIFY(values > 100);
    }

    void helpDocumentsExitStatuses()
    {
        const Run run = runTrainer({ "--help" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Exit status") && run.out.contains("diverged")
                     && run.out.contains("2 usage"),
                 qPrintable(run.out));
    }

    void forecastReportSaveLoadPredict()
    {
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        const QString model = dir.filePath("model.json");
        // only --data and --target (plus a small budget): an LSTM, lookback from the data
        const Run run = runTrainer({ "--data", dataset("airline_passengers.csv"), "--target",
                                     "Passengers", "--epochs", "3", "--report-json", report,
                                     "--save", model, "--importance" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Persistence") && run.out.contains("Seasonal naive")
                     && run.out.contains("Holt-Winters") && run.out.contains("Input importance"),
                 qPrintable(run.out));
        const nlohmann::json j = readJson(report);
        QCOMPARE(j.value("task", ""), std::string("forecast"));
        QCOMPARE(j.value("model", ""), std::string("lstm"));
        QCOMPARE(j.value("lookback", 0), 12); // round(sqrt(144))
        for (const char *pointer :
             { "/test/rmse", "/test/mae", "/baselines/persistence/rmse",
               "/baselines/seasonal_naive/rmse", "/baselines/holt_winters/rmse",
               "/importance/0/rmse_increase", "/epochs", "/seconds" })
            QVERIFY2(j.contains(nlohmann::json::json_pointer(pointer))
                         && j.at(nlohmann::json::json_pointer(pointer)).is_number(),
                     pointer);
        QCOMPARE(j.at("epochs").get<int>(), 3);
        QCOMPARE(j.at("importance").size(), std::size_t(1)); // one input: the series itself
        QCOMPARE(j.at("importance").at(0).value("variable", ""), std::string("Passengers"));
        // the last third is the test part: 144 - 96 = 48 monthly forecasts
        QCOMPARE(j.at("test").at("samples").get<int>(), 48);

        const Run loaded = runTrainer({ "--load", model, "--report-json", report });
        QCOMPARE(loaded.exitCode, 0);
        const nlohmann::json again = readJson(report);
        QCOMPARE(again.at("test").at("rmse").get<double>(), j.at("test").at("rmse").get<double>());

        const Run predicted
            = runTrainer({ "--load", model, "--predict", dataset("airline_passengers.csv") });
        QCOMPARE(predicted.exitCode, 0);
        const QStringList lines = predicted.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].contains("Passengers"));
        bool ok = false;
        const double next = lines[1].section(',', 1, 1).toDouble(&ok);
        QVERIFY(ok && next > 100.0 && next < 1000.0);
    }

    // --export-pytorch DIR after training writes the script beside the model file (the same bytes
    // as --save); from --load too; a model with a piece the exporter does not know is refused
    // (exit 1, the piece named) and nothing is written. (The script's numbers: tst_pytorch_export.)
    void exportPytorch()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath("model.json");
        const QString folder = dir.filePath("pytorch");
        const Run run = runTrainer({ "--data", dataset("airline_passengers.csv"), "--target",
                                     "Passengers", "--epochs", "1", "--hidden", "3", "--save",
                                     model, "--export-pytorch", folder, "--quiet" });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("PyTorch script written to"), qPrintable(run.out));
        QFile script(folder + "/model.py");
        QVERIFY(script.open(QIODevice::ReadOnly));
        QVERIFY(script.readAll().contains("class Network(nn.Module):"));
        QFile saved(model), exported(folder + "/model.json");
        QVERIFY(saved.open(QIODevice::ReadOnly) && exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), saved.readAll());

        const Run loaded
            = runTrainer({ "--load", model, "--export-pytorch", dir.filePath("again") });
        QCOMPARE(loaded.exitCode, 0);
        QVERIFY(QFileInfo::exists(dir.filePath("again/model.py")));

        nlohmann::json unknown = readJson(model);
        unknown["experiment"]["char_ngrams"] = 3;
        const QString strange
            = writeFile(dir, "strange.json", QByteArray::fromStdString(unknown.dump()));
        const Run refused
            = runTrainer({ "--load", strange, "--export-pytorch", dir.filePath("refused") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("\"char_ngrams\""), qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("refused")));
    }

    // A model file moved away from its data: --predict still works with the same numbers,
    // --load alone says that it needs --data/--test-data, and --test-data evaluates it.
    void movedModelPredictsAndAsksForTestData()
    {
        QTemporaryDir home, elsewhere;
        QFile::copy(dataset("airline_passengers.csv"), home.filePath("airline.csv"));
        const QString model = home.filePath("model.json");
        const Run run = runTrainer({ "--data", home.filePath("airline.csv"), "--target",
                                     "Passengers", "--epochs", "2", "--quiet", "--save", model });
        QCOMPARE(run.exitCode, 0);
        const Run before
            = runTrainer({ "--load", model, "--predict", dataset("airline_passengers.csv") });
        QCOMPARE(before.exitCode, 0);
        const QString moved = elsewhere.filePath("model.json");
        QVERIFY(QFile::copy(model, moved));
        QVERIFY(QFile::remove(home.filePath("airline.csv")));

        const Run after
            = runTrainer({ "--load", moved, "--predict", dataset("airline_passengers.csv") });
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);
        const Run evaluate = runTrainer({ "--load", moved });
        QCOMPARE(evaluate.exitCode, 1);
        QVERIFY2(evaluate.err.contains("airline.csv") && evaluate.err.contains("--data")
                     && evaluate.err.contains("--test-data"),
                 qPrintable(evaluate.err));
        const QString report = elsewhere.filePath("report.json");
        const Run tested
            = runTrainer({ "--load", moved, "--test-data", dataset("airline_passengers.csv"),
                           "--report-json", report });
        QCOMPARE(tested.exitCode, 0);
        // The whole file is the test part now. The defaults chose differencing (the series
        // grows) and a lookback of one season (12 months): 144 rows, one lost to differencing,
        // 12 for the first window's lookback.
        const nlohmann::json json = readJson(report);
        QCOMPARE(json.at("test").at("samples").get<int>(), 144 - 1 - 12);
    }

    void classificationReport()
    {
        QTemporaryDir dir;
        QByteArray csv = "frase,emocao\n"; // other column names than the defaults
        const char *joy[] = { "que dia lindo", "estou muito feliz", "adorei a festa",
                              "que alegria te ver", "tudo ótimo hoje" };
        const char *sad[] = { "estou triste", "que dia cinzento", "perdi tudo hoje",
                              "sinto saudade", "chorei a noite toda" };
        for (int repeat = 0; repeat < 4; ++repeat)
            for (int i = 0; i < 5; ++i)
                csv += QByteArray("\"") + joy[i] + "\",alegria\n\"" + sad[i] + "\",tristeza\n";
        const QString path = writeFile(dir, "texts.csv", csv);
        const QString report = dir.filePath("report.json");
        const QString model = dir.filePath("model.json");
        const Run run = runTrainer({ "--data", path, "--task", "classify", "--epochs", "2",
                                     "--text-column", "frase", "--label-column", "emocao",
                                     "--report-json", report, "--save", model });
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = readJson(report);
        QCOMPARE(j.value("task", ""), std::string("classify"));
        for (const char *pointer :
             { "/test/accuracy", "/test/macro_f1", "/baselines/majority/accuracy",
               "/baselines/naive_bayes/accuracy", "/epochs", "/seconds" })
            QVERIFY2(j.contains(nlohmann::json::json_pointer(pointer))
                         && j.at(nlohmann::json::json_pointer(pointer)).is_number(),
                     pointer);
        // a stratified fifth of 40 texts is held out: 4 per class
        QCOMPARE(j.at("test").at("confusion").size(), std::size_t(2));
        QCOMPARE(j.at("test").at("samples").get<int>(), 8);
        QVERIFY(run.out.contains("alegria"));
        QVERIFY(run.out.contains("Naive Bayes"));
        // --importance is for forecasts: a clear message, not a crash
        const Run importance
            = runTrainer({ "--data", path, "--task", "classify", "--epochs", "1", "--text-column",
                           "frase", "--label-column", "emocao", "--importance" });
        QCOMPARE(importance.exitCode, 1);
        QVERIFY2(importance.err.contains("--importance is for forecasts"),
                 qPrintable(importance.err));

        const QString texts
            = writeFile(dir, "new.csv", "frase\n\"que festa, que alegria\"\nsaudade\n");
        const Run predicted = runTrainer({ "--load", model, "--predict", texts });
        QCOMPARE(predicted.exitCode, 0);
        const QStringList lines = predicted.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith("\"que festa, que alegria\","));
        QVERIFY(lines[1].contains(",alegria,") || lines[1].contains(",tristeza,"));
        // the default column names are not in this file
        const Run wrong = runTrainer({ "--data", path, "--task", "classify", "--epochs", "1" });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("text") && wrong.err.contains("frase"), qPrintable(wrong.err));
    }

    void presetsRun_data()
    {
        QTest::addColumn<QString>("preset");
        for (const char *name : { "sine", "xor", "letters", "reber", "longrange", "latching" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void presetsRun()
    {
        QFETCH(QString, preset);
        QTemporaryDir dir;
        const QString report = dir.filePath("report.json");
        const Run run
            = runTrainer({ "--preset", preset, "--epochs", "1", "--report-json", report });
        QCOMPARE(run.exitCode, 0);
        const nlohmann::json j = readJson(report);
        QCOMPARE(j.value("preset", ""), preset.toStdString());
        QVERIFY(j.contains("test"));
        QVERIFY(j.contains("baselines"));
    }
};

QTEST_GUILESS_MAIN(TstRnnlabTrain)
#include "tst_rnnlab_train.moc"

// Bad values inside well-formed files (issue 12): NaN or infinite weights, a vocabulary larger
// than the network's embedding (token ids out of range), scalers with a zero range or a value
// that is not finite, and labels the model does not know. Each is a clear error naming what
// is wrong, never a crash or silently wrong predictions.
#include "data/data_error.h"
#include "data/scaler.h"
#include "train/experiment.h"
#include "train/model_io.h"

#include "small_configs.h"

#include <QtTest>

#include <fstream>

using namespace rnn;

namespace {

ExperimentConfig airline()
{
    ExperimentConfig config;
    config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/airline_passengers.csv";
    config.target = "Passengers";
    config.lookback = 12;
    config.hidden = 4;
    config.epochs = 1;
    return config;
}

// The error message of what throws, "" when nothing does.
template<class Error, class Call>
QString errorOf(Call &&call)
{
    try {
        call();
    } catch (const Error &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

// The model file's text with its first weight written as `replacement`.
std::string withFirstWeight(std::string text, const std::string &replacement)
{
    const std::string before = "\"value\":[[";
    const std::size_t begin = text.find(before) + before.size();
    return text.replace(begin, text.find_first_of(",]", begin) - begin, replacement);
}

QString modelError(const std::string &text)
{
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.json");
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    return errorOf<ModelFileError>([&] { loadModel(path.toStdString()); })
        .replace(path, "bad.json");
}

// Fails the test, showing the message, when it does not contain text.
#define QVERIFY_MENTIONS(message, text) \
    QVERIFY2((message).contains(QString(text)), \
             qPrintable(QString("\"%1\" does not mention \"%2\"").arg(message, QString(text))))

} // namespace

class TstBadValues : public QObject
{
    Q_OBJECT

    nlohmann::json m_airline; // a trained forecast model, as JSON
    nlohmann::json m_emotions; // a trained text classifier, as JSON

private slots:
    void initTestCase()
    {
        Experiment forecast(airline());
        forecast.train();
        m_airline = modelToJson(forecast.modelFile());
        Experiment texts(testconfigs::smallPortugueseEmotions());
        texts.train();
        m_emotions = modelToJson(texts.modelFile());
    }

    void weightsThatAreNotFiniteAreRefused()
    {
        // JSON has no NaN or infinity: 1e999 is a number too large, null no number at all.
        QVERIFY_MENTIONS(modelError(withFirstWeight(m_airline.dump(), "1e999")),
                         "bad.json: not valid JSON (number overflow parsing '1e999')");
        ModelFile model = modelFromJson(m_airline, "airline.json");
        nlohmann::json j = modelToJson(model);
        j["parameters"][0]["value"][0][0] = std::numeric_limits<double>::quiet_NaN();
        QVERIFY_MENTIONS(errorOf<ModelFileError>([&] { modelFromJson(j, "nan.json"); }),
                         "row 0, column 0 is not finite");
        QVERIFY_MENTIONS(modelError(withFirstWeight(m_airline.dump(), "null")), "not a number");
        j = m_airline;
        j["parameters"][0]["value"][0][0] = std::numeric_limits<double>::infinity(); // dumps null
        QVERIFY_MENTIONS(modelError(j.dump()), "not a number");
    }

    void aVocabularyLargerThanTheEmbeddingIsRefused()
    {
        nlohmann::json j = m_emotions;
        QCOMPARE(modelError(j.dump()), QString());
        j["vocabulary"]["tokens"].push_back("saudade-extra");
        j["vocabulary"]["frequencies"].push_back(1);
        const QString message = modelError(j.dump());
        QVERIFY_MENTIONS(message, "bad.json: the vocabulary holds");
        QVERIFY_MENTIONS(message, "out of range");
    }

    void scalersWithAZeroRangeOrNoFiniteValueAreRefused_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("zero range") << "scale 0"
                                    << "zero range";
        QTest::newRow("negative scale") << "scale -1"
                                        << "not a positive number";
        QTest::newRow("infinite offset") << "offset inf"
                                         << "offset of variable 0 is not finite";
        QTest::newRow("infinite high") << "high inf"
                                       << "finite";
        QTest::newRow("two variables for one") << "two variables"
                                               << "2 variables, not 1";
    }
    void scalersWithAZeroRangeOrNoFiniteValueAreRefused()
    {
        QFETCH(QString, edit);
        QFETCH(QString, mentions);
        ModelFile model = modelFromJson(m_airline, "airline.json");
        nlohmann::json &scaler = model.scaler;
        if (edit == "scale 0")
            scaler["scale"][0] = 0.0;
        else if (edit == "scale -1")
            scaler["scale"][0] = -1.0;
        else if (edit == "offset inf")
            scaler["offset"][0] = std::numeric_limits<double>::infinity();
        else if (edit == "high inf")
            scaler["high"] = std::numeric_limits<double>::infinity();
        else {
            scaler["offset"].push_back(1.0);
            scaler["scale"].push_back(1.0);
        }
        const QString message
            = errorOf<std::invalid_argument>([&] { Experiment::fromModel(model); });
        QVERIFY_MENTIONS(message, mentions);
    }

    // A test file whose label the model was not trained on is an error naming the label, its
    // file and line; it is never counted as some other class.
    void labelsTheModelDoesNotKnowAreRefused()
    {
        QTemporaryDir dir;
        const std::string test = dir.filePath("test.csv").toStdString();
        std::ofstream(test) << "text,label\nque alegria,alegria\nsinto saudade,saudade\n";
        const ModelFile model = modelFromJson(m_emotions, "emotions.json");
        try {
            Experiment::fromModel(model, { { "test_data_file", test } });
            QFAIL("no error");
        } catch (const DataError &e) {
            QCOMPARE(QString::fromStdString(e.file()), QString::fromStdString(test));
            QCOMPARE(e.line(), 3L);
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "\"saudade\"");
            QVERIFY_MENTIONS(QString::fromUtf8(e.what()), "not one of the model's classes");
        }
    }

    void labelsOfTheModelMustBeDistinct()
    {
        ModelFile model = modelFromJson(m_emotions, "emotions.json");
        model.labels[1] = model.labels[0];
        QVERIFY_MENTIONS(errorOf<std::invalid_argument>([&] { Experiment::fromModel(model); }),
                         "distinct");
    }
};

QTEST_APPLESS_MAIN(TstBadValues)
#include "tst_bad_values.moc"

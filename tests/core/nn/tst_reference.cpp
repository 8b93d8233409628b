// Agreement with the PyTorch reference vectors: every *.json of RNNLAB_REFERENCE_DIR (default
// tests/core/nn/reference, the copy of shared/reference this repository keeps), every loss entry
// in it, every stored forward value and gradient, max abs error <= 1e-9. Data-driven: it iterates
// over the keys the file holds and fails on a key it does not know how to check, so a new file of
// the same schema is checked with no code change. The kept copy is complete, and when shared/ is
// beside the checkout it is still byte-for-byte that folder.
#include "../shared_copies.h"
#include "nn/network.h"
#include "reference_loader.h"

#include <QtTest>

#include <cmath>

using namespace rnn;
using reference::Json;

namespace {

constexpr double tolerance = 1e-9;

// Arrays of a file: per-step [T][B][K] become K x TB; [B][K] become K x B.
Matrix columnsOf(const Json &array)
{
    if (array.is_array() && !array.empty() && array[0].is_array() && !array[0].empty()
        && array[0][0].is_array())
        return reference::stepMajor(array);
    if (array.is_array() && !array.empty() && array[0].is_array())
        return reference::matrixOf(array).transpose();
    return reference::matrixOf(array);
}

class Checker
{
public:
    QStringList failures;
    int compared = 0;

    void compare(const QString &what, const Matrix &mine, const Matrix &stored)
    {
        ++compared;
        if (mine.rows() != stored.rows() || mine.cols() != stored.cols()) {
            failures << QStringLiteral("%1: shape %2x%3, stored %4x%5")
                            .arg(what)
                            .arg(mine.rows())
                            .arg(mine.cols())
                            .arg(stored.rows())
                            .arg(stored.cols());
            return;
        }
        if (stored.size() == 0)
            return;
        Index row = 0;
        Index col = 0;
        const double error = (mine - stored).cwiseAbs().maxCoeff(&row, &col);
        if (!(error <= tolerance)) // also catches NaN
            failures << QStringLiteral("%1: max abs error %2 at (row %3, column %4): mine %5, "
                                       "stored %6")
                            .arg(what)
                            .arg(error, 0, 'g', 3)
                            .arg(row)
                            .arg(col)
                            .arg(mine(row, col), 0, 'g', 17)
                            .arg(stored(row, col), 0, 'g', 17);
    }
    void unknown(const QString &what) { failures << QStringLiteral("%1: not checked").arg(what); }
};

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// The folder the vectors are read from: RNNLAB_REFERENCE_DIR, or the copy in this repository.
std::string vectorFolder()
{
    return reference::referenceDirectory(RNNLAB_REFERENCE_VECTORS);
}

// The files of the kept copy: the six vectors, their schema, the two scripts and the credits.
const QStringList keptFiles = { QStringLiteral("README.md"),
                                QStringLiteral("CREDITS.md"),
                                QStringLiteral("make_reference.py"),
                                QStringLiteral("check_reference.py"),
                                QStringLiteral("bilstm_h3_i2_t4.json"),
                                QStringLiteral("gru_h3_i2_t5.json"),
                                QStringLiteral("lstm_cls3_h3_i2_t5_b2.json"),
                                QStringLiteral("lstm_h3_i2_t5.json"),
                                QStringLiteral("lstm_h4_i3_t20_b2.json"),
                                QStringLiteral("rnn_tanh_h3_i2_t5.json") };

// Our values of one forward-direction key ("h", "gates.pre_i", ...); false when unknown.
// stored is filled from json unless the key needs something else.
bool forwardValue(const LayerTrace &lt, const std::string &key, const Json &storedDirection,
                  const Json &json, Matrix &out, Matrix &stored)
{
    const Index h = lt.hiddenSize();
    const auto block = [&](const Matrix &m, int g) { return Matrix(lt.gateBlock(m, g)); };
    const CellType cell = lt.cellType;
    if (key != "gi" && key != "gh")
        stored = reference::stepMajor(json);
    if (key == "h")
        out = lt.hidden;
    else if (key == "c" && cell == CellType::Lstm)
        out = lt.cell;
    else if (key == "tanh_c" && cell == CellType::Lstm)
        out = lt.cellTanh;
    else if (key == "gates.pre" && cell == CellType::Elman)
        out = lt.preactivation;
    else if (cell == CellType::Lstm && key.rfind("gates.", 0) == 0) {
        const std::string name = key.substr(6);
        const std::string order = "ifgo";
        if (name.size() == 5 && name.rfind("pre_", 0) == 0
            && order.find(name[4]) != std::string::npos)
            out = block(lt.preactivation, int(order.find(name[4])));
        else if (name.size() == 1 && order.find(name[0]) != std::string::npos)
            out = block(lt.gates, int(order.find(name[0])));
        else
            return false;
    } else if (cell == CellType::Gru && key.rfind("gates.", 0) == 0) {
        const std::string name = key.substr(6);
        const std::string order = "rzn";
        if (name == "gh_n")
            out = lt.hiddenCandidate;
        else if (name == "gi_n")
            out = block(lt.preactivation, 2)
                - Matrix(block(lt.gates, 0).cwiseProduct(lt.hiddenCandidate));
        else if (name.size() == 5 && name.rfind("pre_", 0) == 0
                 && order.find(name[4]) != std::string::npos)
            out = block(lt.preactivation, int(order.find(name[4])));
        else if (name.size() == 1 && order.find(name[0]) != std::string::npos)
            out = block(lt.gates, int(order.find(name[0])));
        else
            return false;
    } else if (key == "gi" || key == "gh") {
        // We keep the sum gi + gh (the preactivation), not the halves (RNN/LSTM add the two
        // PyTorch biases), so both keys compare the stored halves' sum with ours. GRU: the sum's
        // n block is gi_n + gh_n, and "gh" also checks its n block against gh_n.
        Matrix sum = lt.preactivation;
        if (cell == CellType::Gru)
            sum.bottomRows(h) = block(lt.preactivation, 2)
                - Matrix(block(lt.gates, 0).cwiseProduct(lt.hiddenCandidate)) + lt.hiddenCandidate;
        stored = reference::stepMajor(storedDirection.at("gi"))
            + reference::stepMajor(storedDirection.at("gh"));
        out = sum;
        if (key == "gh" && cell == CellType::Gru) {
            const Matrix gh = reference::stepMajor(storedDirection.at("gh"));
            out.resize(4 * h, sum.cols());
            out << sum, lt.hiddenCandidate;
            Matrix both(4 * h, sum.cols());
            both << stored, gh.bottomRows(h);
            stored = both;
        }
        return true;
    } else {
        return false;
    }
    return true;
}

bool gradientValue(const LayerTrace &lt, const std::string &key, Matrix &out)
{
    const Index h = lt.hiddenSize();
    if (key == "dL_dh_direct")
        out = lt.dHiddenDirect;
    else if (key == "dL_dh_total")
        out = lt.dHidden;
    else if (key == "dL_dc_total" && lt.cellType == CellType::Lstm)
        out = lt.dCell;
    else if (key == "dL_dgi")
        out = lt.dPre;
    else if (key == "dL_dgh") {
        out = lt.dPre;
        if (lt.cellType == CellType::Gru)
            out.bottomRows(h) = lt.dHiddenCandidate;
    } else
        return false;
    return true;
}

} // namespace

class TstReference : public QObject
{
    Q_OBJECT
private slots:
    void keptCopyIsComplete()
    {
        const QDir kept(QStringLiteral(RNNLAB_REFERENCE_VECTORS));
        for (const QString &name : keptFiles)
            QVERIFY2(!testfiles::readBytes(kept.filePath(name)).isEmpty(),
                     qPrintable(kept.filePath(name) + QStringLiteral(" is missing or empty")));
        QCOMPARE(kept.entryList({ QStringLiteral("*.json") }, QDir::Files).size(), 6);
        const QByteArray credits
            = testfiles::readBytes(kept.filePath(QStringLiteral("CREDITS.md")));
        QVERIFY(credits.contains("shared/reference"));
        QVERIFY(credits.contains("PyTorch"));
    }

    // Each file of shared/reference (when it is beside the checkout) is kept here unchanged.
    void keptCopyMatchesShared()
    {
        const QString shared = testfiles::sharedFolder(QStringLiteral("reference"));
        if (shared.isEmpty())
            QSKIP("no shared/reference beside the checkout: nothing to compare the copy with");
        const QDir kept(QStringLiteral(RNNLAB_REFERENCE_VECTORS));
        const QStringList sources = QDir(shared).entryList(QDir::Files);
        QVERIFY(!sources.isEmpty());
        for (const QString &name : sources) {
            QVERIFY2(keptFiles.contains(name), qPrintable(name + QStringLiteral(" is not kept")));
            QVERIFY2(testfiles::readBytes(kept.filePath(name))
                         == testfiles::readBytes(shared + QLatin1Char('/') + name),
                     qPrintable(kept.filePath(name) + QStringLiteral(" differs from ") + shared));
        }
    }

    void folderHasReferenceFiles()
    {
        const std::string folder = vectorFolder();
        QVERIFY2(!reference::referenceFiles(folder).empty(),
                 qPrintable(QStringLiteral("no *.json in %1").arg(q(folder))));
    }

    void agreesWithPyTorch_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("loss");
        const std::string folder = vectorFolder();
        const std::vector<std::string> files = reference::referenceFiles(folder);
        if (files.empty())
            QTest::newRow("no reference files") << QString() << QString();
        for (const std::string &file : files) {
            const Json document = reference::readJson(file);
            const QString base = QFileInfo(q(file)).fileName();
            for (const auto &[loss, entry] : document.at("losses").items()) {
                (void)entry;
                QTest::newRow(qPrintable(base + QLatin1Char('/') + q(loss))) << q(file) << q(loss);
            }
        }
    }

    void agreesWithPyTorch()
    {
        QFETCH(QString, file);
        QFETCH(QString, loss);
        QVERIFY2(!file.isEmpty(), "no reference files");
        const Json document = reference::readJson(file.toStdString());
        const std::string lossName = loss.toStdString();
        const Network network = reference::networkFor(document, lossName);
        ForwardOptions options;
        options.initial = reference::initialStatesFor(document);
        Trace trace = network.forward(reference::inputFor(document),
                                      reference::targetsFor(document, lossName), options);
        network.backward(trace);

        Checker check;
        const NetworkConfig &config = network.config();
        const int steps = trace.steps;
        const Index batch = trace.batch;
        const std::vector<std::string> dirNames = { "forward", "backward" };
        const auto &top = trace.layers.back();

        // Forward values.
        const Json &forward = document.at("forward");
        for (const auto &[key, value] : forward.items()) {
            if (key == "output") {
                Matrix ours(config.featureSize(), Index(steps) * batch);
                for (int d = 0; d < config.directions(); ++d)
                    ours.middleRows(Index(d) * config.hiddenSize, config.hiddenSize)
                        = top[std::size_t(d)].hidden;
                check.compare(q(key), ours, reference::stepMajor(value));
            } else if (key == "h_n" || key == "c_n") {
                for (int d = 0; d < config.directions(); ++d) {
                    const LayerTrace &lt = top[std::size_t(d)];
                    const int t = d == 0 ? steps - 1 : 0;
                    const Matrix &states = key == "h_n" ? lt.hidden : lt.cell;
                    check.compare(q(key) + QLatin1Char('/') + QString::number(d),
                                  states.middleCols(Index(t) * batch, batch),
                                  columnsOf(value[std::size_t(d)]));
                }
            } else if (key == "directions") {
                for (const auto &[dir, stored] : value.items()) {
                    const auto it = std::find(dirNames.begin(), dirNames.end(), dir);
                    if (it == dirNames.end()) {
                        check.unknown(q("forward.directions." + dir));
                        continue;
                    }
                    const LayerTrace &lt = trace.layers[0][std::size_t(it - dirNames.begin())];
                    for (const auto &[name, array] : stored.items()) {
                        std::vector<std::pair<std::string, const Json *>> entries;
                        if (name == "gates") {
                            for (const auto &[gate, gateArray] : array.items())
                                entries.emplace_back("gates." + gate, &gateArray);
                        } else {
                            entries.emplace_back(name, &array);
                        }
                        for (const auto &[fullName, json] : entries) {
                            Matrix ours;
                            Matrix expected;
                            const QString what = q("forward." + dir + "." + fullName);
                            if (!forwardValue(lt, fullName, stored, *json, ours, expected))
                                check.unknown(what);
                            else
                                check.compare(what, ours, expected);
                        }
                    }
                }
            } else {
                check.unknown(q("forward." + key));
            }
        }

        // The loss entry.
        const Json &entry = document.at("losses").at(lossName);
        for (const auto &[key, value] : entry.items()) {
            const QString what = loss + QLatin1Char('.') + q(key);
            if (key == "definition")
                continue;
            if (key == "value")
                check.compare(what, Matrix::Constant(1, 1, trace.loss), reference::matrixOf(value));
            else if (key == "prediction" || key == "logits")
                check.compare(what, trace.outputs, columnsOf(value));
            else if (key == "probabilities")
                check.compare(what, trace.probabilities, columnsOf(value));
            else if (key == "dL_dlogits")
                check.compare(what, trace.dOutputs, columnsOf(value));
            else if (key != "grads")
                check.unknown(what);
        }
        for (const auto &[key, value] : entry.at("grads").items()) {
            const QString what = loss + QStringLiteral(".grads.") + q(key);
            if (key == "params") {
                for (const auto &[name, array] : value.items()) {
                    const int index
                        = network.parameterIndex(reference::parameterNameFor(name, config.cell));
                    if (index < 0)
                        check.unknown(what + QLatin1Char('.') + q(name));
                    else
                        check.compare(what + QLatin1Char('.') + q(name),
                                      trace.gradients[std::size_t(index)],
                                      reference::matrixOf(array));
                }
            } else if (key == "x") {
                check.compare(what, trace.dInput, reference::stepMajor(value));
            } else if (key == "h0" || key == "c0") {
                for (std::size_t i = 0; i < value.size(); ++i) {
                    const std::size_t l = i / std::size_t(config.directions());
                    const std::size_t d = i % std::size_t(config.directions());
                    const LayerTrace &lt = trace.layers[l][d];
                    check.compare(what + QLatin1Char('/') + QString::number(i),
                                  key == "h0" ? lt.dInitialHidden : lt.dInitialCell,
                                  columnsOf(value[i]));
                }
            } else if (key == "directions") {
                for (const auto &[dir, stored] : value.items()) {
                    const auto it = std::find(dirNames.begin(), dirNames.end(), dir);
                    if (it == dirNames.end()) {
                        check.unknown(what + QLatin1Char('.') + q(dir));
                        continue;
                    }
                    const LayerTrace &lt = trace.layers[0][std::size_t(it - dirNames.begin())];
                    for (const auto &[name, array] : stored.items()) {
                        Matrix ours;
                        const QString full
                            = what + QLatin1Char('.') + q(dir) + QLatin1Char('.') + q(name);
                        if (!gradientValue(lt, name, ours))
                            check.unknown(full);
                        else
                            check.compare(full, ours, reference::stepMajor(array));
                    }
                }
            } else {
                check.unknown(what);
            }
        }
        QVERIFY2(check.failures.isEmpty(), qPrintable(check.failures.join(QLatin1Char('\n'))));
        QVERIFY(check.compared > 10);
    }
};

QTEST_APPLESS_MAIN(TstReference)
#include "tst_reference.moc"

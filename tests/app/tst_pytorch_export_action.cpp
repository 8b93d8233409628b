// File > Export as PyTorch… in the window (real core through the worker thread, offscreen): the
// entry is in the File menu; it writes the script and the model file of the moment on display
// (after scrubbing back, that moment's weights, not the present ones); without a folder it asks
// for one, and a folder that cannot be written gives a message, not a crash. The script's
// predictions are tests/core/train/tst_pytorch_export's business.
#include "control/training_controller.h"
#include "main_window.h"
#include "pytorch_export_action.h"

#include "train/model_io.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <fstream>
#include <sstream>

using namespace rnnlab;

namespace {

constexpr int Timeout = 60000; // ms; training is in another thread and the machine is shared

QAction *fileAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->text().remove(QLatin1Char('&')) == text)
                    return action;
    return nullptr;
}

std::string readAll(const QString &path)
{
    std::ifstream in(path.toStdString());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class TestPytorchExportAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests")); }

    void exportsTheMomentOnDisplay()
    {
        MainWindow window;
        QVERIFY(fileAction(window, QStringLiteral("Export as PyTorch…")));
        QVERIFY(window.loadLesson(QStringLiteral("2"))); // Elman
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        for (int i = 0; i < 2; ++i) {
            c->stepSample();
            QTRY_VERIFY_WITH_TIMEOUT(c->historySize() == i + 2 && !c->busy(), Timeout);
        }
        QTemporaryDir dir;
        const QString script = exportAsPytorch(&window, *c, dir.path(), true);
        QCOMPARE(script, dir.filePath(QStringLiteral("model.py")));
        const std::string text = readAll(script);
        QVERIFY(text.find("nn.RNN(") != std::string::npos);
        QVERIFY(text.find("def load_weights") != std::string::npos);
        rnn::ModelFile now
            = rnn::loadModel(dir.filePath(QStringLiteral("model.json")).toStdString());
        QCOMPARE(now.network.cell, rnn::CellType::Elman);
        QVERIFY(now.parameters.front().value.isApprox(
            snapshotNetwork(*c->history()[2])->parameters().front().value));

        // Scrubbed back to the start: the export holds the weights on display.
        c->scrubTo(0);
        QTemporaryDir before;
        QVERIFY(!exportAsPytorch(&window, *c, before.path(), true).isEmpty());
        const rnn::ModelFile then
            = rnn::loadModel(before.filePath(QStringLiteral("model.json")).toStdString());
        const rnn::Network &start = *snapshotNetwork(*c->history()[0]);
        for (std::size_t i = 0; i < then.parameters.size(); ++i)
            QCOMPARE(then.parameters[i].value, start.parameters()[i].value);
        QVERIFY(!(then.parameters.front().value == now.parameters.front().value));
    }

    void aFolderThatCannotBeWrittenIsRefused()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("a file"));
        std::ofstream(file.toStdString()) << "not a folder";
        QString shown;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        QVERIFY(exportAsPytorch(&window, *c, file).isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("a file")), qPrintable(shown));
    }

    void theMenuEntryAsksForAFolder()
    {
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                asked = dialog->fileMode() == QFileDialog::Directory;
                dialog->reject(); // cancelled: nothing is written
            }
        });
        fileAction(window, QStringLiteral("Export as PyTorch…"))->trigger();
        QVERIFY(asked);
    }
};

QTEST_MAIN(TestPytorchExportAction)
#include "tst_pytorch_export_action.moc"

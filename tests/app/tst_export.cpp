// Figures, animations and data (issue 11): the vector files are vectors (an SVG with paths and
// text, a PDF with fonts and drawing operators, not one embedded bitmap), a PNG has the chosen
// scale, the CSV tables carry the snapshot's numbers under the documented columns, an animation
// decodes (giflib for GIF, libavformat for MP4) to the expected number and size of frames, the
// dialog and the context menu export, and `rnnlab --export-animation` works with no window.
#include "sample_trace.h"

#include "control/training_controller.h"
#include "export/animation_exporter.h"
#include "export/export_centre.h"
#include "export/export_dialog.h"
#include "export/frame_writer.h"
#include "export/view_exporter.h"
#include "main_window.h"
#include "snapshot_csv.h"
#include "views/loss_plot.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gif_lib.h>
extern "C" {
#include <libavformat/avformat.h>
}

using namespace rnnlab;

namespace {

constexpr int Timeout = 60000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The PDF's content streams, inflated (Qt writes them with /FlateDecode).
QByteArray pdfContent(const QByteArray &pdf)
{
    QByteArray out;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream\n", at)) >= 0) {
        at += 7;
        const qsizetype end = pdf.indexOf("endstream", at);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(at, end - at);
        // qUncompress wants zlib data behind its expected size (big-endian; it grows if short).
        out += qUncompress(QByteArray("\0\1\0\0", 4) + raw);
        at = end;
    }
    return out;
}

struct Decoded
{
    int frames = 0;
    int width = 0;
    int height = 0;
};

Decoded decodeGif(const QString &path)
{
    Decoded out;
    int error = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return out;
    if (DGifSlurp(gif) == GIF_OK) {
        out.frames = gif->ImageCount;
        out.width = gif->SWidth;
        out.height = gif->SHeight;
    }
    DGifCloseFile(gif, &error);
    return out;
}

Decoded decodeVideo(const QString &path)
{
    Decoded out;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        return out;
    if (avformat_find_stream_info(format, nullptr) >= 0) {
        const int stream = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        if (stream >= 0) {
            out.width = format->streams[stream]->codecpar->width;
            out.height = format->streams[stream]->codecpar->height;
            AVPacket *packet = av_packet_alloc();
            while (av_read_frame(format, packet) >= 0) {
                if (packet->stream_index == stream)
                    ++out.frames;
                av_packet_unref(packet);
            }
            av_packet_free(&packet);
        }
    }
    avformat_close_input(&format);
    return out;
}

// A CSV line split at commas (the test tables have no quoted commas in these lines).
QStringList findLine(const QString &csv, const QString &start)
{
    for (const QString &line : csv.split(QLatin1Char('\n')))
        if (line.startsWith(start))
            return line.split(QLatin1Char(','));
    return {};
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("RNN Lab tests")); }

    void traceCsvHasEveryValueAndGradient()
    {
        const SnapshotPtr snapshot = testing::sampleSnapshot(rnn::CellType::Lstm, 4, 6);
        const QString csv = csvTable(*snapshot, CsvTable::Trace);
        QCOMPARE(csv.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("t,token,layer,direction,quantity,unit,value"));
        const RowTrace &row = snapshot->trace.rows.front();
        // t = 3 (column 2), unit 1: the forget gate, its pre-activation and gradient, c, dL/dc,
        // h and dL/dh, each as the snapshot holds it.
        const auto value = [&](const QString &quantity) {
            const QStringList fields
                = findLine(csv, QStringLiteral("3,,0,forward,%1,1,").arg(quantity));
            return fields.size() == 7 ? fields[6].toDouble() : std::nan("");
        };
        QCOMPARE(value(QStringLiteral("f")), row.find(QStringLiteral("f"))->values(1, 2));
        QCOMPARE(value(QStringLiteral("f_pre")),
                 row.find(QStringLiteral("f"))->preactivation(1, 2));
        QCOMPARE(value(QStringLiteral("dL/df_pre")), row.find(QStringLiteral("f"))->gradient(1, 2));
        QCOMPARE(value(QStringLiteral("c")), row.find(QStringLiteral("c"))->values(1, 2));
        QCOMPARE(value(QStringLiteral("dL/dc")), row.gradCell(1, 2));
        QCOMPARE(value(QStringLiteral("h")), row.find(QStringLiteral("h"))->values(1, 2));
        QCOMPARE(value(QStringLiteral("dL/dh")), row.gradHidden(1, 2));
        QCOMPARE(findLine(csv, QStringLiteral("6,,,,x,0,")).value(6).toDouble(),
                 snapshot->trace.input(0, 5));
        QCOMPARE(findLine(csv, QStringLiteral("6,,,,target,0,")).value(6).toDouble(),
                 snapshot->trace.target(0, 5));
        // Every value once: per step 1 input, 4 gates x 3 (value, pre, gradient), c, dL/dc, h,
        // h_pre, dL/dh_pre, dL/dh over H = 4 units, 1 output, 1 target.
        const int lines = static_cast<int>(csv.count(QLatin1Char('\n')));
        QCOMPARE(lines, 1 + 6 * (1 + (12 + 2 + 4) * 4 + 2));
    }

    void lossPredictionAndConfusionTables()
    {
        auto snapshot
            = std::make_shared<Snapshot>(*testing::sampleSnapshot(rnn::CellType::Elman, 2, 4));
        const QString loss = csvTable(*snapshot, CsvTable::Loss);
        QCOMPARE(loss,
                 QStringLiteral("epoch,train_loss,validation_loss\n1,0.5,0.59999999999999998\n"
                                "2,0.29999999999999999,0.34999999999999998\n"
                                "3,0.20000000000000001,0.25\n"));
        const QString predictions = csvTable(*snapshot, CsvTable::Predictions);
        QCOMPARE(predictions.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("position,split,target,prediction,persistence,holt_winters"));
        const QStringList line = findLine(predictions, QStringLiteral("45,"));
        QCOMPARE(line.value(1), QStringLiteral("validation"));
        QCOMPARE(line.value(2).toDouble(), snapshot->series->target[45]);
        QCOMPARE(line.value(3).toDouble(), snapshot->series->prediction[45]);
        QCOMPARE(findLine(predictions, QStringLiteral("2,")).value(3), QString()); // NaN: empty
        QVERIFY(!hasCsvTable(*snapshot, CsvTable::Confusion));

        ClassificationResult result;
        result.classes = { QStringLiteral("neg"), QStringLiteral("pos, really") };
        result.confusion = Matrix { { 7, 3 }, { 1, 9 } };
        result.recall = Vector { { 0.7, 0.9 } };
        snapshot->classification = result;
        QCOMPARE(csvTable(*snapshot, CsvTable::Confusion),
                 QStringLiteral("true_class,neg,\"pos, really\",recall\nneg,7,3,"
                                "0.69999999999999996\n\"pos, really\",1,9,0.90000000000000002\n"));
    }

    void svgAndPdfAreVectorsAndPngScales()
    {
        QTemporaryDir dir;
        LossPlot plot;
        plot.resize(500, 320);
        plot.show();
        plot.setSnapshot(testing::sampleSnapshot(rnn::CellType::Lstm, 4, 8));
        QVERIFY(QTest::qWaitForWindowExposed(&plot));

        const QByteArray svg = ViewExporter::svg(&plot, QStringLiteral("Loss"));
        QVERIFY(svg.contains("<svg"));
        QVERIFY2(svg.contains("<path") || svg.contains("<polyline"), "no vector path");
        QVERIFY2(svg.contains("<text"), "no text");
        QVERIFY(svg.contains(">Epoch<") || svg.contains(">epoch<") || svg.contains("poch"));
        QVERIFY(!svg.contains("<image")); // a line plot has no bitmap at all

        UnrolledView unrolled;
        unrolled.setSnapshot(testing::sampleSnapshot(rnn::CellType::Lstm, 4, 8));
        unrolled.resize(700, 300);
        const QByteArray network = ViewExporter::svg(&unrolled);
        QVERIFY(network.contains("<path") || network.contains("<rect"));
        QVERIFY(network.contains("<text"));

        const QString pdfPath = dir.filePath(QStringLiteral("loss.pdf"));
        QString error;
        QVERIFY2(ViewExporter::save(&plot, pdfPath, FigureFormat::Pdf, 1, &error),
                 qPrintable(error));
        const QByteArray pdf = readAll(pdfPath);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY2(pdf.contains("/Font"), "no font: the text is not text");
        QVERIFY(!pdf.contains("/Subtype /Image"));
        const QByteArray content = pdfContent(pdf);
        QVERIFY2(content.contains(" l\n") || content.contains(" c\n"), "no line or curve operator");
        QVERIFY2(content.contains("Tj") || content.contains("TJ"), "no text operator");

        for (int scale : { 1, 2, 4 }) {
            const QString png = dir.filePath(QStringLiteral("loss%1.png").arg(scale));
            QVERIFY(ViewExporter::save(&plot, png, FigureFormat::Png, scale, &error));
            const QImage image(png);
            QCOMPARE(image.size(), plot.size() * scale);
            QVERIFY(testing::distinctColours(image) > 8);
        }
        // A file that cannot be written: a message naming it, nothing else changes.
        QVERIFY(!ViewExporter::save(&plot, QStringLiteral("/nonexistent/dir/x.svg"),
                                    FigureFormat::Svg, 1, &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/x.svg")));
    }

    void everyViewHasTheContextMenuAndExports()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        window.show();
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        ExportCentre *centre = window.exportCentre();
        QCOMPARE(static_cast<int>(centre->figures().size()),
                 3 + static_cast<int>(ViewRegistry::builtIn().entries().size()));
        for (const ExportCentre::Figure &figure : centre->figures()) {
            const QString file = dir.filePath(figure.key + QStringLiteral(".svg"));
            QString error;
            QVERIFY2(centre->saveFigure(figure.key, file, FigureFormat::Svg, 1, &error),
                     qPrintable(figure.key + QStringLiteral(": ") + error));
            const QByteArray svg = readAll(file);
            QVERIFY2(svg.contains("<text") || svg.contains("<path"), qPrintable(figure.key));
        }
        // The context menu of a plot tab: copy, save as PNG/SVG/PDF, its data as CSV, Export…
        QWidget *loss = window.view(QStringLiteral("loss"));
        window.plotTabs()->setCurrentWidget(loss);
        QStringList seen;
        QTimer::singleShot(200, [&seen] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    seen << action->text();
                    if (action->menu())
                        for (QAction *sub : action->menu()->actions())
                            seen << sub->text();
                }
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20),
                                loss->mapToGlobal(QPoint(20, 20)));
        QApplication::sendEvent(loss, &event);
        QVERIFY2(seen.contains(QStringLiteral("&Copy picture")), qPrintable(seen.join(u'|')));
        QVERIFY(seen.contains(QStringLiteral("PNG (4x)…")));
        QVERIFY(seen.contains(QStringLiteral("SVG (vector)…")));
        QVERIFY(seen.contains(QStringLiteral("PDF (vector)…")));
        QVERIFY(seen.contains(QStringLiteral("&Export…")));

        // The CSV of the Trace matches the snapshot on display.
        const QString trace = dir.filePath(QStringLiteral("trace.csv"));
        QString error;
        QVERIFY(centre->saveTable(CsvTable::Trace, trace, &error));
        const QString csv = QString::fromUtf8(readAll(trace));
        const RowTrace &row = c->current()->trace.rows.front();
        const QStringList h = findLine(csv, QStringLiteral("1,,0,forward,h,0,"));
        QCOMPARE(h.value(6).toDouble(), row.find(QStringLiteral("h"))->values(0, 0));
        QCOMPARE(findLine(csv, QStringLiteral("1,,0,forward,dL/dh,0,")).value(6).toDouble(),
                 row.gradHidden(0, 0));
        QVERIFY(row.gradHidden.norm() > 0); // BPTT ran: the gradients are real
    }

    void dialogWritesFigureDataAndAnimation()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        c->stepEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(c->current()->epoch == 1 && !c->busy(), Timeout);
        ExportDialog dialog(window.exportCentre(), &window);
        dialog.setPage(ExportDialog::FigurePage);
        dialog.setFigure(QStringLiteral("network"));
        dialog.figureFormat()->setCurrentIndex(2); // PDF
        dialog.setFile(dir.filePath(QStringLiteral("net.pdf")));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
        QVERIFY(readAll(dir.filePath(QStringLiteral("net.pdf"))).startsWith("%PDF-"));

        dialog.setPage(ExportDialog::DataPage);
        dialog.tableChoice()->setCurrentIndex(
            dialog.tableChoice()->findData(static_cast<int>(CsvTable::Loss)));
        dialog.setFile(dir.filePath(QStringLiteral("loss.csv")));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
        const QString loss = QString::fromUtf8(readAll(dir.filePath(QStringLiteral("loss.csv"))));
        QCOMPARE(findLine(loss, QStringLiteral("1,")).value(1).toDouble(),
                 c->current()->trainLoss.front());

        dialog.setPage(ExportDialog::AnimationPage);
        dialog.animationFormat()->setCurrentIndex(0); // GIF
        dialog.frameWidth()->setValue(320);
        dialog.frameHeight()->setValue(200);
        const QString gif = dir.filePath(QStringLiteral("pass.gif"));
        dialog.setFile(gif);
        QSignalSpy done(&dialog, &ExportDialog::animationFinished);
        c->setPlaying(true); // training that plays is paused for the animation
        QVERIFY(dialog.exportNow());
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, Timeout);
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.message()));
        QVERIFY(!c->isPlaying());
        const int steps = c->current()->trace.steps();
        const Decoded decoded = decodeGif(gif);
        QCOMPARE(decoded.frames, 2 * steps + 2); // forward T, loss, backward T, update
        QCOMPARE(decoded.width, 320);
        QCOMPARE(decoded.height, 200);
    }

    void mp4OverEpochsAndCancel()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.loadLesson(QStringLiteral("2")));
        TrainingController *c = window.controller();
        QTRY_VERIFY_WITH_TIMEOUT(c->current() && !c->busy(), Timeout);
        AnimationOptions options;
        options.file = dir.filePath(QStringLiteral("epochs.mp4"));
        options.size = QSize(480, 270);
        options.epochs = 3;
        options.plot = QStringLiteral("loss");
        QVERIFY(options.validate().isEmpty());
        AnimationExporter exporter(options, c);
        QSignalSpy done(&exporter, &AnimationExporter::finished);
        exporter.start();
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, Timeout);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().last().toString()));
        QCOMPARE(c->current()->epoch, 3);
        const Decoded decoded = decodeVideo(options.file);
        QCOMPARE(decoded.frames, 4); // before the first epoch and after each
        QCOMPARE(decoded.width, 480);
        QCOMPARE(decoded.height, 270);

        // Cancelled: the previous file stays as it was, no temporary file is left.
        const QByteArray before = readAll(options.file);
        AnimationExporter cancelled(options, c);
        QSignalSpy cancelledDone(&cancelled, &AnimationExporter::finished);
        connect(&cancelled, &AnimationExporter::progress, &cancelled,
                [&cancelled](int frames, int) {
                    if (frames == 1)
                        cancelled.cancel();
                });
        cancelled.start();
        QTRY_COMPARE_WITH_TIMEOUT(cancelledDone.count(), 1, Timeout);
        QVERIFY(!cancelledDone.first().first().toBool());
        QCOMPARE(readAll(options.file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

        // Bad options are refused with a message saying what.
        options.size = QSize(481, 270);
        QVERIFY(options.validate().contains(QStringLiteral("even")));
        options.file = dir.filePath(QStringLiteral("x.avi"));
        QVERIFY(options.validate().contains(QStringLiteral(".gif")));
    }

    void commandLineExportsWithoutWindow()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("cli.gif"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(RNNLAB_APP_PATH),
                  { QStringLiteral("--lesson"), QStringLiteral("2"),
                    QStringLiteral("--after-epochs"), QStringLiteral("1"),
                    QStringLiteral("--export-animation"), gif, QStringLiteral("--animation-size"),
                    QStringLiteral("400x240") });
        QVERIFY(app.waitForFinished(Timeout));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
        const Decoded decoded = decodeGif(gif);
        QVERIFY(decoded.frames >= 4);
        QCOMPARE(decoded.frames % 2, 0); // 2T + 2
        QCOMPARE(decoded.width, 400);
        QCOMPARE(decoded.height, 240);

        app.start(QStringLiteral(RNNLAB_APP_PATH),
                  { QStringLiteral("--lesson"), QStringLiteral("2"),
                    QStringLiteral("--export-animation"), dir.filePath(QStringLiteral("x.bmp")) });
        QVERIFY(app.waitForFinished(Timeout));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(app.readAllStandardError().contains(".gif, .mp4 or .webm"));
    }
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"

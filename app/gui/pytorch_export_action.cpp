// Implementation of pytorch_export_action.h.
#include "pytorch_export_action.h"

#include "control/training_controller.h"
#include "train/pytorch_export.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace rnnlab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rnnlab::PytorchExport", text);
}

void warn(QWidget *parent, bool quiet, const QString &message)
{
    if (!quiet)
        QMessageBox::warning(parent, tr("Export as PyTorch"), message);
}

} // namespace

QString exportAsPytorch(QWidget *parent, const TrainingController &controller,
                        const QString &folder, bool quiet)
{
    rnn::ModelFile model;
    try {
        model = controller.modelFile();
    } catch (const std::exception &) {
        warn(parent, quiet, tr("There is no model to export yet: open a lesson or a dataset."));
        return {};
    }
    if (const std::string refusal = rnn::pytorchExportRefusal(model); !refusal.empty()) {
        warn(parent, quiet, QString::fromStdString(refusal));
        return {};
    }
    QString target = folder;
    if (target.isEmpty()) {
        QSettings settings;
        target = QFileDialog::getExistingDirectory(
            parent, tr("Export as PyTorch: choose a folder"),
            settings.value(QStringLiteral("pytorchExportFolder"), QDir::homePath()).toString());
        if (target.isEmpty())
            return {};
        settings.setValue(QStringLiteral("pytorchExportFolder"), target);
    }
    const rnn::PytorchExportOptions options;
    const QDir dir(target);
    const QString script = QString::fromStdString(options.scriptFile);
    const QString weights = QString::fromStdString(options.modelFile);
    if (!quiet && (dir.exists(script) || dir.exists(weights))
        && QMessageBox::question(parent, tr("Export as PyTorch"),
                                 tr("%1 already holds %2 or %3. Replace them?")
                                     .arg(QDir::toNativeSeparators(target), script, weights))
            != QMessageBox::Yes)
        return {};
    rnn::PytorchExportReport report;
    try {
        report = rnn::exportPytorch(model, QFile::encodeName(target).toStdString(), options);
    } catch (const std::exception &e) {
        warn(parent, quiet,
             tr("The model could not be exported: %1").arg(QString::fromUtf8(e.what())));
        return {};
    }
    const QString written = QFile::decodeName(report.scriptPath.c_str());
    if (!quiet)
        QMessageBox::information(
            parent, tr("Export as PyTorch"),
            tr("The network is written out with PyTorch in %1, its weights in %2.\n\nRun it with "
               "Debian's PyTorch (apt install python3-torch):\n    python3 %1 --help")
                .arg(QDir::toNativeSeparators(written),
                     QDir::toNativeSeparators(QFile::decodeName(report.modelPath.c_str()))));
    return written;
}

} // namespace rnnlab

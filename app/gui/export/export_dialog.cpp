#include "export/export_dialog.h"

#include "export/export_centre.h"
#include "export/frame_writer.h"
#include "views/view_registry.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rnnlab {

ExportDialog::ExportDialog(ExportCentre *centre, QWidget *parent)
    : QDialog(parent)
    , m_centre(centre)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QTabWidget(this);
    m_pages->addTab(buildFigurePage(), tr("Figure"));
    m_pages->addTab(buildAnimationPage(), tr("Animation"));
    m_pages->addTab(buildDataPage(), tr("Data (CSV)"));
    layout->addWidget(m_pages);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    m_file = new QLineEdit(this);
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileEdited = true; });
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    // The progress of an animation and its Cancel button, shown while one is written.
    m_progressRow = new QWidget(this);
    auto *progressRow = new QHBoxLayout(m_progressRow);
    progressRow->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_progressRow);
    progressRow->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel the animation"), m_progressRow);
    progressRow->addWidget(m_cancel);
    m_progressRow->setVisible(false);
    layout->addWidget(m_progressRow);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(buttons);

    connect(m_pages, &QTabWidget::currentChanged, this, &ExportDialog::updateForm);
    updateForm();
}

QWidget *ExportDialog::buildFigurePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_figure = new QComboBox(page);
    for (const ExportCentre::Figure &f : m_centre->figures())
        m_figure->addItem(f.title, f.key);
    form->addRow(tr("View:"), m_figure);
    m_figureFormat = new QComboBox(page);
    m_figureFormat->addItem(tr("PNG picture"), static_cast<int>(FigureFormat::Png));
    m_figureFormat->addItem(tr("SVG (vector, for the web and Inkscape)"),
                            static_cast<int>(FigureFormat::Svg));
    m_figureFormat->addItem(tr("PDF (vector, for LaTeX and print)"),
                            static_cast<int>(FigureFormat::Pdf));
    form->addRow(tr("Format:"), m_figureFormat);
    m_scale = new QComboBox(page);
    for (int scale : { 1, 2, 4 })
        m_scale->addItem(tr("%1x").arg(scale), scale);
    m_scale->setCurrentIndex(1);
    m_scale->setToolTip(tr("Pixels per screen pixel: 2x and 4x are sharp on slides and in print."));
    form->addRow(tr("Scale:"), m_scale);
    m_copy = new QPushButton(tr("Copy to the clipboard"), page);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (m_centre->copyFigure(m_figure->currentData().toString()))
            say(tr("Copied %1 to the clipboard.").arg(m_figure->currentText()), false);
    });
    form->addRow(QString(), m_copy);
    connect(m_figure, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    connect(m_figureFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    return page;
}

QWidget *ExportDialog::buildAnimationPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_span = new QComboBox(page);
    m_span->addItem(tr("One forward and backward pass of the sequence on screen"));
    m_span->addItem(tr("Epochs of training (one frame per epoch)"));
    form->addRow(tr("Show:"), m_span);
    m_epochs = new QSpinBox(page);
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(20);
    m_epochs->setToolTip(tr("The run trains these epochs on, as the Epoch button would."));
    form->addRow(tr("Epochs:"), m_epochs);
    m_plot = new QComboBox(page);
    m_plot->addItem(tr("None (the network only)"), QString());
    for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries())
        m_plot->addItem(QCoreApplication::translate("rnnlab::ViewRegistry", entry.title),
                        entry.key);
    form->addRow(tr("Plot beside it:"), m_plot);
    m_animationFormat = new QComboBox(page);
    m_animationFormat->addItem(tr("Animated GIF"), static_cast<int>(AnimationFormat::Gif));
    m_animationFormat->addItem(tr("MP4 video (H.264)"), static_cast<int>(AnimationFormat::Mp4));
    m_animationFormat->addItem(tr("WebM video (VP9)"), static_cast<int>(AnimationFormat::WebM));
    form->addRow(tr("Format:"), m_animationFormat);
    auto *sizeRow = new QHBoxLayout;
    m_width = new QSpinBox(page);
    m_width->setRange(64, 3840);
    m_width->setSingleStep(2);
    m_width->setValue(960);
    m_height = new QSpinBox(page);
    m_height->setRange(64, 2160);
    m_height->setSingleStep(2);
    m_height->setValue(540);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), page));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(new QLabel(tr("pixels"), page));
    sizeRow->addStretch();
    form->addRow(tr("Size:"), sizeRow);
    m_fps = new QDoubleSpinBox(page);
    m_fps->setRange(0.5, 60);
    m_fps->setDecimals(1);
    m_fps->setValue(8);
    m_fps->setSuffix(tr(" frames per second"));
    form->addRow(tr("Frame rate:"), m_fps);
    connect(m_span, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    connect(m_animationFormat, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    return page;
}

QWidget *ExportDialog::buildDataPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_table = new QComboBox(page);
    for (CsvTable table : m_centre->availableTables())
        m_table->addItem(csvTableLabel(table), static_cast<int>(table));
    form->addRow(tr("Table:"), m_table);
    auto *about = new QLabel(tr("Comma-separated, one header line, numbers with 17 significant "
                                "digits. The Trace has one line per value: time step, token, "
                                "layer, direction, quantity, unit and value; every gate, state "
                                "and gradient of the sequence on screen."),
                             page);
    about->setWordWrap(true);
    form->addRow(about);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    return page;
}

void ExportDialog::setFigure(const QString &key)
{
    const int index = m_figure->findData(key);
    if (index >= 0)
        m_figure->setCurrentIndex(index);
    if (key == QLatin1String("network") || key.isEmpty())
        return;
    const int plot = m_plot->findData(key);
    if (plot >= 0)
        m_plot->setCurrentIndex(plot);
}

void ExportDialog::setPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void ExportDialog::setFile(const QString &file)
{
    m_file->setText(file);
    m_fileEdited = true;
}

QString ExportDialog::file() const
{
    return m_file->text();
}

QString ExportDialog::message() const
{
    return m_message->text();
}

QString ExportDialog::extension() const
{
    switch (m_pages->currentIndex()) {
    case FigurePage:
        return QString::fromLatin1(
            figureFormatName(static_cast<FigureFormat>(m_figureFormat->currentData().toInt())));
    case AnimationPage:
        return QString::fromLatin1(animationFormatName(
            static_cast<AnimationFormat>(m_animationFormat->currentData().toInt())));
    default:
        return QStringLiteral("csv");
    }
}

void ExportDialog::updateForm()
{
    m_scale->setEnabled(static_cast<FigureFormat>(m_figureFormat->currentData().toInt())
                        == FigureFormat::Png);
    m_epochs->setEnabled(m_span->currentIndex() == 1);
    const bool video = static_cast<AnimationFormat>(m_animationFormat->currentData().toInt())
        != AnimationFormat::Gif;
    m_width->setSingleStep(video ? 2 : 1);
    m_height->setSingleStep(video ? 2 : 1);
    // The file name follows the choice: its folder and stem stay, the extension changes.
    QString name;
    switch (m_pages->currentIndex()) {
    case FigurePage:
        name = QStringLiteral("rnnlab-%1").arg(m_figure->currentData().toString());
        break;
    case AnimationPage:
        name = QStringLiteral("rnnlab-animation");
        break;
    default:
        name = QStringLiteral("rnnlab-%1")
                   .arg(QString::fromLatin1(
                       csvTableName(static_cast<CsvTable>(m_table->currentData().toInt()))));
        break;
    }
    const QString current = m_file->text();
    const QString folder
        = current.isEmpty() ? ExportCentre::lastDirectory() : QFileInfo(current).absolutePath();
    const QString stem
        = m_fileEdited && !current.isEmpty() ? QFileInfo(current).completeBaseName() : name;
    m_file->setText(QDir(folder).filePath(stem + QLatin1Char('.') + extension()));
    m_export->setEnabled(!busy() && (m_pages->currentIndex() != DataPage || m_table->count() > 0));
}

void ExportDialog::browse()
{
    const QString ext = extension();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export to"), m_file->text(), tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!file.isEmpty()) {
        setFile(file);
        updateForm();
    }
}

void ExportDialog::say(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b2182b") : QString());
    m_message->setText(text);
}

bool ExportDialog::exportNow()
{
    if (busy())
        return false;
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        say(tr("Choose a file to export to."), true);
        return false;
    }
    ExportCentre::rememberDirectory(path);
    QString error;
    switch (m_pages->currentIndex()) {
    case FigurePage: {
        const auto format = static_cast<FigureFormat>(m_figureFormat->currentData().toInt());
        if (!m_centre->saveFigure(m_figure->currentData().toString(), path, format,
                                  m_scale->currentData().toInt(), &error)) {
            say(error, true);
            return false;
        }
        say(tr("Saved %1.").arg(path), false);
        return true;
    }
    case DataPage:
        if (!m_centre->saveTable(static_cast<CsvTable>(m_table->currentData().toInt()), path,
                                 &error)) {
            say(error, true);
            return false;
        }
        say(tr("Saved %1.").arg(path), false);
        return true;
    default:
        break;
    }
    AnimationOptions options;
    options.file = path;
    options.size = QSize(m_width->value(), m_height->value());
    options.framesPerSecond = m_fps->value();
    options.epochs = m_span->currentIndex() == 1 ? m_epochs->value() : 0;
    options.plot = m_plot->currentData().toString();
    options.caption = parentWidget() ? parentWidget()->windowTitle() : QString();
    const QString problem = options.validate();
    if (!problem.isEmpty()) {
        say(problem, true);
        return false;
    }
    m_running = m_centre->makeAnimation(options, this);
    m_progress->setRange(0, 0);
    m_progressRow->setVisible(true);
    m_export->setEnabled(false);
    say(tr("Writing the animation…"), false);
    connect(m_running, &AnimationExporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_running, &AnimationExporter::finished, this,
            [this, path](bool ok, const QString &message) {
                m_running->deleteLater();
                m_running = nullptr;
                m_progressRow->setVisible(false);
                updateForm();
                if (ok)
                    say(tr("Saved %1.").arg(path), false);
                else
                    say(message.isEmpty() ? tr("Cancelled: nothing was written.") : message,
                        !message.isEmpty());
                emit animationFinished(ok);
            });
    m_running->start();
    return true;
}

void ExportDialog::reject()
{
    if (m_running)
        m_running->cancel();
    QDialog::reject();
}

} // namespace rnnlab

#include "export/export_centre.h"

#include "control/training_controller.h"
#include "export/export_dialog.h"
#include "main_window.h"
#include "views/cell_view.h"
#include "views/equation_view.h"
#include "views/unrolled_view.h"
#include "views/view_registry.h"
#include "views/view_tabs.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace rnnlab {

ExportCentre::ExportCentre(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    addFigure(QStringLiteral("network"), tr("Unrolled network"), window->unrolledView());
    addFigure(QStringLiteral("cell"), tr("Cell inspector"), window->cellView());
    addFigure(QStringLiteral("equations"), tr("Equations"), window->equationView());
    for (const ViewRegistry::Entry &entry : ViewRegistry::builtIn().entries())
        addFigure(entry.key, QCoreApplication::translate("rnnlab::ViewRegistry", entry.title),
                  window->view(entry.key));
}

void ExportCentre::addFigure(const QString &key, const QString &title, QWidget *widget)
{
    if (!widget)
        return;
    m_figures.push_back({ key, title, widget });
    widget->installEventFilter(this);
}

const ExportCentre::Figure *ExportCentre::figure(const QString &key) const
{
    for (const Figure &f : m_figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString ExportCentre::currentFigureKey() const
{
    QWidget *current = m_window->plotTabs()->currentWidget();
    return current ? current->objectName() : QStringLiteral("network");
}

std::vector<CsvTable> ExportCentre::availableTables() const
{
    std::vector<CsvTable> out;
    const SnapshotPtr snapshot = m_window->controller()->current();
    for (const auto &[table, name] : csvTableNames)
        if (snapshot && hasCsvTable(*snapshot, table))
            out.push_back(table);
    return out;
}

std::vector<CsvTable> ExportCentre::tablesOf(const QString &key) const
{
    std::vector<CsvTable> wanted;
    if (key == QLatin1String("loss"))
        wanted = { CsvTable::Loss };
    else if (key == QLatin1String("prediction") || key == QLatin1String("inspect"))
        wanted = { CsvTable::Predictions, CsvTable::Trace };
    else if (key == QLatin1String("classification"))
        wanted = { CsvTable::Confusion, CsvTable::Predictions };
    else
        wanted = { CsvTable::Trace };
    std::vector<CsvTable> out;
    const std::vector<CsvTable> available = availableTables();
    for (CsvTable table : wanted)
        if (std::find(available.begin(), available.end(), table) != available.end())
            out.push_back(table);
    return out;
}

void ExportCentre::prepare(const Figure &figure)
{
    ViewTabs *tabs = m_window->plotTabs();
    if (tabs->currentWidget() != figure.widget)
        tabs->setCurrentWidget(figure.widget); // a hidden tab catches up when shown (false, and
                                               // nothing changes, for a view not in the tabs)
    QCoreApplication::sendPostedEvents();
}

bool ExportCentre::saveFigure(const QString &key, const QString &file, FigureFormat format,
                              int scale, QString *error)
{
    const Figure *f = figure(key);
    if (!f) {
        *error = tr("There is no view called \"%1\".").arg(key);
        return false;
    }
    prepare(*f);
    return ViewExporter::save(f->widget, file, format, scale, error, f->title);
}

bool ExportCentre::copyFigure(const QString &key)
{
    const Figure *f = figure(key);
    if (!f)
        return false;
    prepare(*f);
    ViewExporter::copyToClipboard(f->widget);
    m_window->statusBar()->showMessage(tr("%1: copied to the clipboard.").arg(f->title), 5000);
    return true;
}

bool ExportCentre::saveTable(CsvTable table, const QString &file, QString *error) const
{
    const SnapshotPtr snapshot = m_window->controller()->current();
    if (!snapshot || !hasCsvTable(*snapshot, table)) {
        *error = tr("There is no %1 to export yet.").arg(csvTableLabel(table).toLower());
        return false;
    }
    const QByteArray bytes = csvTable(*snapshot, table).toUtf8();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("Could not write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

AnimationExporter *ExportCentre::makeAnimation(AnimationOptions options, QObject *parent)
{
    return new AnimationExporter(std::move(options), m_window->controller(), parent);
}

QString ExportCentre::lastDirectory()
{
    const QString stored = QSettings().value(QStringLiteral("exportDirectory")).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

void ExportCentre::rememberDirectory(const QString &file)
{
    QSettings().setValue(QStringLiteral("exportDirectory"), QFileInfo(file).absolutePath());
}

void ExportCentre::addMenuActions(QMenu *file)
{
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { showDialog(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("&Copy the plot on show"), this, [this] { copyFigure(currentFigureKey()); });
}

void ExportCentre::showDialog(const QString &key, int page)
{
    ExportDialog dialog(this, m_window);
    dialog.setFigure(key.isEmpty() ? currentFigureKey() : key);
    dialog.setPage(page);
    dialog.exec();
}

bool ExportCentre::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        for (const Figure &f : m_figures) {
            if (f.widget == watched) {
                showContextMenu(f, static_cast<QContextMenuEvent *>(event)->globalPos());
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ExportCentre::showContextMenu(const Figure &figure, const QPoint &globalPos)
{
    QMenu menu(figure.widget);
    const QString key = figure.key;
    menu.addAction(tr("&Copy picture"), this, [this, key] { copyFigure(key); });
    QMenu *save = menu.addMenu(tr("&Save picture as"));
    const Figure copy = figure;
    for (int scale : { 1, 2, 4 })
        save->addAction(tr("PNG (%1x)…").arg(scale), this,
                        [this, copy, scale] { saveFigureAs(copy, FigureFormat::Png, scale); });
    save->addAction(tr("SVG (vector)…"), this,
                    [this, copy] { saveFigureAs(copy, FigureFormat::Svg, 1); });
    save->addAction(tr("PDF (vector)…"), this,
                    [this, copy] { saveFigureAs(copy, FigureFormat::Pdf, 1); });
    const std::vector<CsvTable> tables = tablesOf(key);
    if (!tables.empty()) {
        QMenu *data = menu.addMenu(tr("Save &data as CSV"));
        for (CsvTable table : tables)
            data->addAction(csvTableLabel(table) + QStringLiteral("…"), this,
                            [this, table] { saveTableAs(table); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Export…"), this, [this, key] { showDialog(key); });
    if (key == QLatin1String("network"))
        menu.addAction(tr("Export an &animation…"), this, [this, key] { showDialog(key, 1); });
    menu.exec(globalPos);
}

void ExportCentre::saveFigureAs(const Figure &figure, FigureFormat format, int scale)
{
    const QString extension = QString::fromLatin1(figureFormatName(format));
    const QString suggested
        = QDir(lastDirectory()).filePath(QStringLiteral("rnnlab-%1.%2").arg(figure.key, extension));
    const QString file
        = QFileDialog::getSaveFileName(m_window, tr("Save %1").arg(figure.title), suggested,
                                       tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (file.isEmpty())
        return;
    rememberDirectory(file);
    QString error;
    if (!saveFigure(figure.key, file, format, scale, &error))
        m_window->showError(error);
    else
        m_window->statusBar()->showMessage(tr("Saved %1.").arg(file), 5000);
}

void ExportCentre::saveTableAs(CsvTable table)
{
    const QString suggested
        = QDir(lastDirectory())
              .filePath(
                  QStringLiteral("rnnlab-%1.csv").arg(QString::fromLatin1(csvTableName(table))));
    const QString file = QFileDialog::getSaveFileName(m_window, csvTableLabel(table), suggested,
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    rememberDirectory(file);
    QString error;
    if (!saveTable(table, file, &error))
        m_window->showError(error);
    else
        m_window->statusBar()->showMessage(tr("Saved %1.").arg(file), 5000);
}

} // namespace rnnlab

// Everything the window exports, in one place: the figures of every view (the unrolled network,
// the cell inspector, the equations and each plot tab), animations of the network and the data
// behind the views as CSV. It gives every view the same context menu (copy, save as PNG 1x/2x/4x,
// SVG or PDF, the view's data as CSV, Export…) through one event filter, so a view registered in
// views/view_registry.cpp gets it with no line of its own, and it adds File > Export… (the
// ExportDialog) and File > Copy the plot on show to the window's menu.
#pragma once

#include "snapshot_csv.h"

#include "export/animation_exporter.h"
#include "export/view_exporter.h"

#include <QObject>
#include <QString>
#include <QWidget>

#include <vector>

class QMenu;

namespace rnnlab {

class MainWindow;

class ExportCentre : public QObject
{
    Q_OBJECT

public:
    struct Figure
    {
        QString key; // "network", "cell", "equations", then the plot tabs' registry keys
        QString title; // translated
        QWidget *widget = nullptr;
    };

    explicit ExportCentre(MainWindow *window);

    const std::vector<Figure> &figures() const { return m_figures; }
    const Figure *figure(const QString &key) const;
    // The figure the user is most likely after: the plot tab on show.
    QString currentFigureKey() const;
    // The CSV tables that belong to a figure (the loss plot: the loss history; the confusion
    // matrix: the confusion matrix and the predictions; the network, cell, equations, gates and
    // gradients: the Trace), the ones the present snapshot has first.
    std::vector<CsvTable> tablesOf(const QString &key) const;
    std::vector<CsvTable> availableTables() const; // every table the present snapshot has

    // Brings the figure up to date (a plot tab comes to the front) and writes it; false and a
    // message naming the file on failure.
    bool saveFigure(const QString &key, const QString &file, FigureFormat format, int scale,
                    QString *error);
    bool copyFigure(const QString &key);
    // Writes a CSV table of the snapshot on display (atomically).
    bool saveTable(CsvTable table, const QString &file, QString *error) const;
    // An animation exporter on the window's training run (started by the caller).
    AnimationExporter *makeAnimation(AnimationOptions options, QObject *parent);

    // File > Export…, File > Copy the plot on show.
    void addMenuActions(QMenu *file);
    // Opens the export dialog with `key` chosen (empty: the plot on show).
    void showDialog(const QString &key = {}, int page = 0);
    // The folder the file dialogs start in (the last one used).
    static QString lastDirectory();
    static void rememberDirectory(const QString &file);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFigure(const QString &key, const QString &title, QWidget *widget);
    void showContextMenu(const Figure &figure, const QPoint &globalPos);
    void saveFigureAs(const Figure &figure, FigureFormat format, int scale);
    void saveTableAs(CsvTable table);
    void prepare(const Figure &figure);

    MainWindow *m_window = nullptr;
    std::vector<Figure> m_figures;
};

} // namespace rnnlab

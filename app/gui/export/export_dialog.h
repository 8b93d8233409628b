// File > Export…: one dialog for the three kinds of export, on three tabs: a figure (which view,
// PNG 1x/2x/4x, SVG or PDF, or a copy to the clipboard), an animation of the unrolled network
// (one forward and backward pass or N epochs of training, GIF, MP4 or WebM, size, frame rate,
// a plot beside it; a progress bar and Cancel while it is written) and the data as CSV. The file
// name follows the chosen format. The work is ExportCentre's; this is only the form.
#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace rnnlab {

class AnimationExporter;
class ExportCentre;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page { FigurePage, AnimationPage, DataPage };

    ExportDialog(ExportCentre *centre, QWidget *parent = nullptr);

    void setFigure(const QString &key);
    void setPage(int page);
    void setFile(const QString &file);
    QString file() const;
    // Exports what the form says; an animation runs on (animationFinished() tells when).
    // False when the export could not start or failed at once (the message is on the form).
    bool exportNow();
    bool busy() const { return m_running != nullptr; }
    QString message() const;

    // The form, for tests.
    QTabWidget *pages() const { return m_pages; }
    QComboBox *figureChoice() const { return m_figure; }
    QComboBox *figureFormat() const { return m_figureFormat; }
    QComboBox *scaleChoice() const { return m_scale; }
    QComboBox *animationSpan() const { return m_span; }
    QSpinBox *epochs() const { return m_epochs; }
    QComboBox *animationFormat() const { return m_animationFormat; }
    QComboBox *plotChoice() const { return m_plot; }
    QSpinBox *frameWidth() const { return m_width; }
    QSpinBox *frameHeight() const { return m_height; }
    QDoubleSpinBox *framesPerSecond() const { return m_fps; }
    QComboBox *tableChoice() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }

signals:
    void animationFinished(bool ok);

protected:
    void reject() override; // Close while an animation is written cancels it first

private:
    QWidget *buildFigurePage();
    QWidget *buildAnimationPage();
    QWidget *buildDataPage();
    void browse();
    void updateForm();
    QString extension() const;
    void say(const QString &text, bool error);

    ExportCentre *m_centre = nullptr;
    QTabWidget *m_pages = nullptr;
    QComboBox *m_figure = nullptr;
    QComboBox *m_figureFormat = nullptr;
    QComboBox *m_scale = nullptr;
    QPushButton *m_copy = nullptr;
    QComboBox *m_span = nullptr;
    QSpinBox *m_epochs = nullptr;
    QComboBox *m_animationFormat = nullptr;
    QComboBox *m_plot = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_fps = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<AnimationExporter> m_running;
    bool m_fileEdited = false;
};

} // namespace rnnlab

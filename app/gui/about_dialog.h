// Help > About RNN Lab: the version (the CMake project version, rnn::coreVersion()), what RNN Lab
// is, the licence, and the credits of the shipped datasets (resources/datasets/CREDITS.md,
// compiled in so that the box shows them wherever the datasets are). It only shows text; it
// reads no settings and starts nothing.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace rnnlab {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The shown text as plain text (for tests).
    QString text() const;

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace rnnlab

// The About box: see about_dialog.h.
#include "about_dialog.h"

#include "version.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rnnlab {

namespace {

// The dataset credits as shipped (Markdown), or a line saying they are missing.
QString datasetCredits()
{
    QFile file(QStringLiteral(":/about/CREDITS.md"));
    if (!file.open(QIODevice::ReadOnly))
        return AboutDialog::tr("The dataset credits are missing from this build.");
    return QString::fromUtf8(file.readAll());
}

// The credits table of CREDITS.md (file, credit, licence) without the notes for developers around
// it; the whole file when it has no table.
QString creditsTable(const QString &markdown)
{
    const qsizetype start = markdown.indexOf(QStringLiteral("\n| file"));
    if (start < 0)
        return markdown;
    const qsizetype end = markdown.indexOf(QStringLiteral("\n\n"), start + 1);
    return markdown.mid(start + 1, end < 0 ? -1 : end - start - 1);
}

// Markdown: the version, what RNN Lab is, the licence, then the datasets' credits.
QString aboutMarkdown()
{
    const auto section = [](const QString &title) {
        return QStringLiteral("\n\n## ") + title + QStringLiteral("\n\n");
    };
    return AboutDialog::tr("# RNN Lab %1").arg(QString::fromLatin1(rnn::coreVersion()))
        + QStringLiteral("\n\n")
        + AboutDialog::tr("RNN Lab trains real recurrent networks (Elman, Jordan, LSTM, GRU) in "
                          "front of the class and shows every number inside them, step by step.")
        + section(AboutDialog::tr("Licence"))
        + AboutDialog::tr(
               "RNN Lab is free software under the GNU General Public License, version 3 "
               "or (at your option) any later version (GPL-3.0-or-later): you may run, "
               "study, share and change it. It comes with no warranty. It uses "
               "QCustomPlot (GPL-3.0-or-later), Qt (LGPL-3.0) and Eigen (MPL-2.0). "
               "Each dataset keeps its own licence, listed below.")
        + section(AboutDialog::tr("The datasets and their credits"))
        + creditsTable(datasetCredits());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("About RNN Lab"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(aboutMarkdown());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
}

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace rnnlab

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

// Markdown: the version, what RNN Lab is, the licence, then the credits file (its title one
// level down, under the version's).
QString aboutMarkdown()
{
    QString credits = QStringLiteral("\n\n") + datasetCredits();
    credits.replace(QStringLiteral("\n# "), QStringLiteral("\n## "));
    return AboutDialog::tr("# RNN Lab %1").arg(QString::fromLatin1(rnn::coreVersion()))
        + QStringLiteral("\n\n")
        + AboutDialog::tr("RNN Lab trains real recurrent networks (Elman, Jordan, LSTM, GRU) in "
                          "front of the class and shows every number inside them, step by step.")
        + QStringLiteral("\n\n## ") + AboutDialog::tr("Licence") + QStringLiteral("\n\n")
        + AboutDialog::tr("The RNN Lab project has not declared a licence for its own code yet. "
                          "Each dataset keeps its own licence, listed below.")
        + credits;
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

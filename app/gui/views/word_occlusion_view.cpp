#include "word_occlusion_view.h"

#include "colour_maps.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace rnnlab {

WordOcclusionView::WordOcclusionView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Which words push the prediction toward"), this));
    m_class = new QComboBox(this);
    top->addWidget(m_class);
    top->addStretch(1);
    layout->addLayout(top);
    m_sentence = new QLabel(this);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::RichText);
    m_sentence->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_sentence, 1);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
    redraw();
}

QString WordOcclusionView::sentenceHtml() const
{
    return m_sentence->text();
}

void WordOcclusionView::setClass(int index)
{
    m_class->setCurrentIndex(index);
}

void WordOcclusionView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    const QStringList classes
        = snapshot && snapshot->classification ? snapshot->classification->classes : QStringList();
    QStringList shown;
    for (int i = 0; i < m_class->count(); ++i)
        shown << m_class->itemText(i);
    if (shown != classes) { // keep the user's pick while the classes stay the same
        const QSignalBlocker blocker(m_class);
        m_class->clear();
        m_class->addItems(classes);
    }
    redraw();
}

void WordOcclusionView::redraw()
{
    const ClassificationResult *c
        = m_snapshot && m_snapshot->classification ? &*m_snapshot->classification : nullptr;
    const int k = m_class->currentIndex();
    if (!c || c->occlusion.size() == 0 || k < 0 || k >= c->occlusion.rows()) {
        m_sentence->setText(tr("This lesson classifies no texts."));
        return;
    }
    const QStringList &tokens = m_snapshot->trace.tokens;
    const Eigen::Index steps = std::min<Eigen::Index>(c->occlusion.cols(), tokens.size());
    const double limit = std::max(1e-6, c->occlusion.row(k).cwiseAbs().maxCoeff());
    QString html = tr("<b>The inspected sentence</b> (orange: the word pushes the probability "
                      "of %1 up, purple: down; how much: the change when the word is removed)"
                      "<br><br>")
                       .arg(m_class->currentText().toHtmlEscaped());
    std::vector<std::pair<double, QString>> pushes;
    for (Eigen::Index t = 0; t < steps; ++t) {
        const QString word = tokens.at(static_cast<int>(t));
        if (word == QLatin1String("<pad>"))
            continue;
        const double change = c->occlusion(k, t);
        const QColor colour = colours::diverging(change, limit);
        html += QStringLiteral("<span style='background:%1; color:%2'>&nbsp;%3&nbsp;</span> ")
                    .arg(colour.name(), colours::textOn(colour).name(), word.toHtmlEscaped());
        if (change > 0)
            pushes.emplace_back(change, word);
    }
    std::sort(pushes.begin(), pushes.end(), [](const auto &a, const auto &b) { return a > b; });
    QStringList strongest;
    for (std::size_t i = 0; i < pushes.size() && i < 3; ++i)
        strongest << tr("%1 (+%2 %)")
                         .arg(pushes[i].second.toHtmlEscaped())
                         .arg(100.0 * pushes[i].first, 0, 'f', 1);
    html += QStringLiteral("<br><br>")
        + (strongest.isEmpty()
               ? tr("No word pushes it toward %1.").arg(m_class->currentText().toHtmlEscaped())
               : tr("Toward %1 most: %2.")
                     .arg(m_class->currentText().toHtmlEscaped(),
                          strongest.join(QStringLiteral(", "))));
    m_sentence->setText(html);
}

} // namespace rnnlab

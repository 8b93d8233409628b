#include "inspect_view.h"

#include "views/sentence_picker.h"
#include "views/sequence_card.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rnnlab {

namespace {

bool readsText(const Snapshot &s)
{
    return !s.trace.tokens.isEmpty();
}

QString sampleName(const Snapshot &s, InspectSource source, int index)
{
    const bool text = readsText(s);
    const int n = index + 1; // counted from 1 on screen
    switch (source) {
    case InspectSource::Train:
    case InspectSource::Trained:
        return text ? InspectView::tr("training sentence %1").arg(n)
                    : InspectView::tr("training sequence %1").arg(n);
    case InspectSource::Validation:
        return text ? InspectView::tr("validation sentence %1").arg(n)
                    : InspectView::tr("validation sequence %1").arg(n);
    case InspectSource::Test:
        return text ? InspectView::tr("test sentence %1").arg(n)
                    : InspectView::tr("test sequence %1").arg(n);
    case InspectSource::Text:
        break;
    }
    return InspectView::tr("the sentence you typed");
}

} // namespace

QString InspectView::describe(const Snapshot &s)
{
    const InspectRequest &r = s.inspected.request;
    QString shown;
    if (r.follows())
        shown = s.trainedSample >= 0
            ? tr("%1, the sample just trained").arg(sampleName(s, r.source, s.inspected.sample))
            : tr("%1 (training follows the shuffled batches)")
                  .arg(sampleName(s, r.source, s.inspected.sample));
    else
        shown = sampleName(s, r.source, r.index)
            + (r.values.empty() ? QString() : tr(", with the values you typed"));
    const QString trained = s.trainedSample >= 0
        ? tr("last trained: training sample %1").arg(s.trainedSample + 1)
        : tr("training steps through the training data");
    return tr("On screen: %1, with the weights after %2 updates (epoch %3). Training: %4; "
              "choosing a sequence never changes the weights.")
        .arg(shown)
        .arg(s.stepsTaken)
        .arg(s.epoch)
        .arg(trained);
}

InspectView::InspectView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(buildPicker());
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_sentences = new SentencePicker(splitter);
    auto *cards = new QWidget(splitter);
    auto *cardLayout = new QVBoxLayout(cards); // the original above the present, step by step
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_original = new SequenceCard(cards);
    m_present = new SequenceCard(cards);
    m_present->setEditable(true);
    m_original->hide();
    cardLayout->addWidget(m_original, 1);
    cardLayout->addWidget(m_present, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 330, 670 });
    layout->addWidget(splitter, 1);
    connect(m_sentences, &SentencePicker::picked, this, [this](int index) {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(static_cast<int>(InspectSource::Test) - 1);
        request(InspectRequest::sample(InspectSource::Test, index));
    });
    connect(m_present, &SequenceCard::valuesEdited, this, [this](const std::vector<double> &v) {
        if (!m_shown)
            return;
        InspectRequest r = m_shown->inspected.request;
        if (r.follows())
            r = InspectRequest::sample(InspectSource::Train, m_shown->inspected.sample);
        r.values = v;
        request(r);
    });
}

QWidget *InspectView::buildPicker()
{
    auto *box = new QWidget(this);
    auto *rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *samples = new QHBoxLayout;
    auto *follow = new QPushButton(tr("Follow training"), box);
    follow->setToolTip(tr("Show the sample being trained again"));
    samples->addWidget(follow);
    m_source = new QComboBox(box);
    m_source->addItems({ tr("training data"), tr("validation data"), tr("test data") });
    samples->addWidget(m_source);
    const auto button = [&](const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, box);
        b->setToolTip(tip);
        samples->addWidget(b);
        return b;
    };
    QPushButton *previous = button(tr("◀"), tr("The previous sequence"));
    m_index = new QSpinBox(box);
    m_index->setPrefix(tr("no. "));
    m_index->setRange(1, 1);
    samples->addWidget(m_index);
    QPushButton *next = button(tr("▶"), tr("The next sequence"));
    QPushButton *random = button(tr("Random"), tr("A sequence chosen at random"));
    samples->addStretch();
    m_pin = button(tr("Keep as the original"),
                   tr("Pin what is on screen; change the sentence or a value and compare"));
    m_unpin = button(tr("Forget the original"), tr("Stop comparing"));
    m_unpin->setEnabled(false);
    rows->addLayout(samples);

    m_textRow = new QWidget(box);
    auto *text = new QHBoxLayout(m_textRow);
    text->setContentsMargins(0, 0, 0, 0);
    text->addWidget(new QLabel(tr("Type a sentence:"), m_textRow));
    m_text = new QLineEdit(m_textRow);
    m_text->setPlaceholderText(tr("e.g. fiquei com muito medo do escuro"));
    m_text->setClearButtonEnabled(true);
    text->addWidget(m_text, 1);
    text->addWidget(new QLabel(tr("backpropagate against:"), m_textRow));
    m_target = new QComboBox(m_textRow);
    m_target->setToolTip(tr("The class the gradients are computed against (none: forward only)"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    text->addWidget(m_target);
    rows->addWidget(m_textRow);

    connect(follow, &QPushButton::clicked, this, [this] { request({}); });
    connect(previous, &QPushButton::clicked, this, [this] { requestSample(m_index->value() - 2); });
    connect(next, &QPushButton::clicked, this, [this] { requestSample(m_index->value()); });
    connect(random, &QPushButton::clicked, this, [this] {
        requestSample(static_cast<int>(
            QRandomGenerator::global()->bounded(static_cast<quint32>(m_index->maximum()))));
    });
    connect(m_index, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating)
            requestSample(n - 1);
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            requestSample(0);
    });
    connect(m_text, &QLineEdit::textEdited, this, &InspectView::requestText);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !m_text->text().trimmed().isEmpty())
            requestText();
    });
    connect(m_pin, &QPushButton::clicked, this, &InspectView::pin);
    connect(m_unpin, &QPushButton::clicked, this, &InspectView::unpin);
    return box;
}

void InspectView::setInspection(InspectionState *state)
{
    m_state = state;
    connect(state, &InspectionState::sentenceFilterRequested, this, [this](int truth, int guess) {
        m_sentences->setFilter(SentencePicker::Correctness::All, truth, guess);
        // Come to the front of the plot tabs, where the list is.
        for (QWidget *w = parentWidget(); w; w = w->parentWidget())
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                tabs->setCurrentWidget(this);
                break;
            }
    });
}

QString InspectView::statusText() const
{
    return m_shown ? describe(*m_shown) : QString();
}

InspectSource InspectView::chosenSource() const
{
    return static_cast<InspectSource>(m_source->currentIndex() + 1); // Train, Validation, Test
}

void InspectView::request(const InspectRequest &request)
{
    InspectRequest r = request;
    r.original = r.follows() ? nullptr : m_originalRequest;
    if (m_state)
        m_state->requestInspection(r);
}

void InspectView::requestSample(int index)
{
    const int count = m_index->maximum();
    request(InspectRequest::sample(chosenSource(), (index % count + count) % count));
}

void InspectView::requestText()
{
    const QString text = m_text->text();
    if (text.trimmed().isEmpty()) {
        request({});
        return;
    }
    InspectRequest r;
    r.source = InspectSource::Text;
    r.text = text;
    r.targetClass = m_target->currentIndex() - 1;
    request(r);
}

void InspectView::pin()
{
    if (!m_shown)
        return;
    InspectRequest original = m_shown->inspected.request;
    if (original.follows()) // the sample on screen, whatever is trained next
        original = InspectRequest::sample(InspectSource::Train, m_shown->inspected.sample);
    original.original.reset();
    m_originalRequest = std::make_shared<const InspectRequest>(original);
    request(original);
}

void InspectView::unpin()
{
    m_originalRequest.reset();
    if (m_shown)
        request(m_shown->inspected.request);
}

void InspectView::updateRanges(const Snapshot &s)
{
    const QSignalBlocker blockSource(m_source);
    const QSignalBlocker blockIndex(m_index);
    const InspectRequest &r = s.inspected.request;
    if (!r.follows() && r.source != InspectSource::Text)
        m_source->setCurrentIndex(static_cast<int>(r.source) - 1);
    const int counts[] = { s.samplesPerEpoch, s.validationSamples, s.testSamples };
    const int count = std::max(counts[std::clamp(m_source->currentIndex(), 0, 2)], 1);
    m_index->setRange(1, count);
    m_index->setSuffix(tr(" of %1").arg(count));
    if (s.inspected.sample >= 0 && (r.follows() || r.source != InspectSource::Text))
        m_index->setValue(s.inspected.sample + 1);
    const bool text = readsText(s);
    m_textRow->setVisible(text);
    m_sentences->setVisible(text && s.classification && s.classification->testRows);
    if (text && s.classification) {
        const QStringList classes = s.classification->classes;
        if (m_target->count() != classes.size() + 1) {
            const QSignalBlocker blockTarget(m_target);
            m_target->clear();
            m_target->addItem(tr("none (forward only)"));
            m_target->addItems(classes);
        }
        m_sentences->setRows(s.classification->testRows, classes);
        m_sentences->setCurrent(r.source == InspectSource::Test ? r.index : -1);
    }
    if (r.source == InspectSource::Text && !m_text->hasFocus() && m_text->text() != r.text)
        m_text->setText(r.text); // asked for elsewhere (the command line)
}

void InspectView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_shown = snapshot;
    if (!snapshot) {
        m_present->clear();
        return;
    }
    m_updating = true;
    updateRanges(*snapshot);
    m_updating = false;
    const QStringList classes
        = snapshot->classification ? snapshot->classification->classes : QStringList();
    const auto &original = snapshot->original;
    m_original->setVisible(original.has_value());
    m_unpin->setEnabled(original.has_value());
    m_originalRequest = snapshot->inspected.request.original; // also when asked for elsewhere
    if (original)
        m_original->showSequence(original->trace, original->inspected, classes, tr("Original"));
    m_present->showSequence(snapshot->trace, snapshot->inspected, classes,
                            original ? tr("Now") : tr("On screen"));
}

} // namespace rnnlab

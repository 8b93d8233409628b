#include "inspect_view.h"

#include "views/sentence_picker.h"
#include "views/sequence_card.h"
#include "views/view_tabs.h"
#include "views/window_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace rnnlab {

namespace {

bool readsText(const Snapshot &s)
{
    return !s.trace.tokens.isEmpty();
}

// What kind of sequence a snapshot shows: a sentence, a window of a series, or a sequence of a
// synthetic task.
enum class Kind { Sentence, Window, Sequence };

Kind kindOf(const Snapshot &s)
{
    return readsText(s) ? Kind::Sentence : s.series ? Kind::Window : Kind::Sequence;
}

QString sampleName(const Snapshot &s, InspectSource source, int index)
{
    const Kind kind = kindOf(s);
    const int n = index + 1; // counted from 1 on screen
    const auto pick = [kind, n](const char *sentence, const char *window, const char *sequence) {
        return InspectView::tr(kind == Kind::Sentence     ? sentence
                                   : kind == Kind::Window ? window
                                                          : sequence)
            .arg(n);
    };
    switch (source) {
    case InspectSource::Train:
    case InspectSource::Trained:
        return pick(QT_TRANSLATE_NOOP("rnnlab::InspectView", "training sentence %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "training window %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "training sequence %1"));
    case InspectSource::Validation:
        return pick(QT_TRANSLATE_NOOP("rnnlab::InspectView", "validation sentence %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "validation window %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "validation sequence %1"));
    case InspectSource::Test:
        return pick(QT_TRANSLATE_NOOP("rnnlab::InspectView", "test sentence %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "test window %1"),
                    QT_TRANSLATE_NOOP("rnnlab::InspectView", "test sequence %1"));
    case InspectSource::Text:
        break;
    }
    return InspectView::tr("the sentence you typed");
}

// How many samples the set of `source` holds.
int countOf(const Snapshot &s, InspectSource source)
{
    switch (source) {
    case InspectSource::Validation:
        return s.validationSamples;
    case InspectSource::Test:
        return s.testSamples;
    default:
        return s.samplesPerEpoch;
    }
}

} // namespace

QString InspectView::counterText(const Snapshot &s)
{
    const InspectRequest &r = s.inspected.request;
    if (r.source == InspectSource::Text)
        return tr("typed sentence");
    const int index = r.follows() ? s.inspected.sample : r.index;
    QString text = tr("%1 of %2").arg(sampleName(s, r.source, index)).arg(countOf(s, r.source));
    if (r.follows())
        text += s.trainedSample >= 0 ? tr(" (just trained)") : tr(" (follows training)");
    else if (!r.values.empty())
        text += tr(", values changed");
    return text;
}

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
    m_editor = new WindowEditor(splitter); // numbers: drag the window's points
    m_editor->hide();
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
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({ 330, 330, 670 });
    layout->addWidget(splitter, 1);
    connect(m_sentences, &SentencePicker::picked, this, [this](int index) {
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(static_cast<int>(InspectSource::Test) - 1);
        request(InspectRequest::sample(InspectSource::Test, index));
    });
    connect(m_editor, &WindowEditor::pointDragged, m_present, &SequenceCard::setValue);
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
    previous->setMaximumWidth(36);
    m_index = new QSpinBox(box);
    m_index->setPrefix(tr("no. "));
    m_index->setRange(0, 1);
    m_index->setSpecialValueText(tr("—")); // 0: the sequence on screen is not of this set
    samples->addWidget(m_index);
    QPushButton *next = button(tr("▶"), tr("The next sequence"));
    next->setMaximumWidth(36);
    QPushButton *random = button(tr("Random"), tr("A sequence chosen at random"));
    samples->addStretch();
    rows->addLayout(samples);

    // What is on screen, and the what-if buttons.
    auto *shown = new QHBoxLayout;
    m_counter = new QLabel(box);
    m_counter->setToolTip(tr("The sequence every view shows"));
    shown->addWidget(m_counter, 1);
    samples = shown; // button() adds to this row from here on
    m_pin = button(tr("Keep as the original"),
                   tr("Pin what is on screen; change the sentence or a value and compare"));
    m_unpin = button(tr("Forget the original"), tr("Stop comparing"));
    m_unpin->setEnabled(false);
    rows->addLayout(shown);

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
    connect(previous, &QPushButton::clicked, this,
            [this] { requestSample(m_index->value() == 0 ? -1 : m_index->value() - 2); });
    connect(next, &QPushButton::clicked, this, [this] { requestSample(m_index->value()); });
    connect(random, &QPushButton::clicked, this, [this] {
        requestSample(static_cast<int>(
            QRandomGenerator::global()->bounded(static_cast<quint32>(m_index->maximum()))));
    });
    connect(m_index, &QSpinBox::valueChanged, this, [this](int n) {
        if (!m_updating && n > 0)
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
        bringToFront(this); // where the list is
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
    const int count = std::max(m_index->maximum(), 1);
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
    m_index->setRange(0, count);
    m_index->setSuffix(tr(" of %1").arg(count));
    // The number of the sequence on screen, or "—" for a typed one.
    m_index->setValue(
        s.inspected.sample >= 0 && r.source != InspectSource::Text ? s.inspected.sample + 1 : 0);
    m_counter->setText(tr("<b>On screen:</b> %1").arg(counterText(s).toHtmlEscaped()));
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
    const bool numbers = snapshot->trace.tokens.isEmpty() && !snapshot->trace.empty();
    m_editor->setVisible(numbers);
    if (numbers)
        m_editor->showValues(m_present->values(), snapshot->inspected,
                             original ? m_original->values() : std::vector<double>());
}

} // namespace rnnlab

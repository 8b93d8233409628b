#include "connectivity_view.h"

#include "colour_maps.h"
#include "inspection_state.h"
#include "side_model_runner.h"

#include "nn/batch.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

QString superscript(int n)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    QString s = n < 0 ? QStringLiteral("⁻") : QString();
    for (const QChar c : QString::number(std::abs(n)))
        s += digits.at(c.digitValue());
    return s;
}

} // namespace

ConnectivityView::ConnectivityView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new SideModelRunner(this))
{
    setMinimumSize(480, 260);
    connect(m_runner, &SideModelRunner::finished, this,
            [this](const std::vector<SideModel> &models) {
                m_models = models;
                m_note.clear();
                for (const SideModel &m : models)
                    if (!m.ok())
                        m_note = m.error;
                compute();
                update();
            });
}

void ConnectivityView::setInspection(InspectionState *state)
{
    connect(state, &InspectionState::stepChanged, this, &ConnectivityView::setOutputStep);
}

void ConnectivityView::setOutputStep(int step)
{
    m_outputStep = step;
    compute();
    update();
}

void ConnectivityView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot) {
        update();
        return;
    }
    if (!snapshot->trace.tokens.isEmpty()) {
        m_note = tr("The connectivity is drawn for numeric inputs (lesson 6's tasks).");
        m_models.clear();
        compute();
        update();
        return;
    }
    rnn::ExperimentConfig c = snapshot->config;
    c.model = rnn::CellType::Lstm;
    const QString key
        = QString::fromStdString(c.toJson().dump()) + QString::number(snapshot->epoch);
    if (key != m_doneKey) {
        m_doneKey = key;
        const rnn::ExperimentConfig settings = snapshot->config;
        const int epochs = snapshot->epoch;
        m_runner->run([settings, epochs] {
            std::vector<SideModel> models;
            for (rnn::CellType cell : { rnn::CellType::Elman, rnn::CellType::Lstm }) {
                rnn::ExperimentConfig one = settings;
                one.layers = 1;
                one.bidirectional = false;
                models.push_back(trainSideModel(one, cell, epochs, recurrentScale));
            }
            return models;
        });
    }
    compute();
    update();
}

void ConnectivityView::compute()
{
    m_elman.reset();
    m_lstm.reset();
    if (!m_snapshot || m_models.size() != 2 || !m_note.isEmpty())
        return;
    const Matrix &input = m_snapshot->trace.input; // X x T
    if (input.cols() < 1)
        return;
    rnn::InputBatch batch;
    batch.steps = static_cast<int>(input.cols());
    batch.batch = 1;
    batch.values = input;
    const int t = m_outputStep < 0 || m_outputStep >= batch.steps ? batch.steps - 1 : m_outputStep;
    try { // core computes (one backward from step t); the view draws
        m_elman = rnn::gradientConnectivity(m_models[0].network, batch, t);
        m_lstm = rnn::gradientConnectivity(m_models[1].network, batch, t);
    } catch (const std::exception &e) {
        m_elman.reset();
        m_lstm.reset();
        m_note = QString::fromStdString(e.what());
    }
}

void ConnectivityView::drawRow(QPainter &p, const QRectF &r, const QString &name,
                               const rnn::GradientConnectivity &g) const
{
    const QFontMetrics fm(font());
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("LSTM 10⁻⁸ ")) + 8;
    const QRectF bars(r.left() + labelWidth, r.top(), r.width() - labelWidth, r.height());
    const int steps = static_cast<int>(g.norms.size());
    const Vector relative = g.relative();
    p.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(r.left(), r.top(), labelWidth, fm.height()), Qt::AlignLeft, name);
    p.setFont(font());
    for (int d : { 0, -4, -8 }) { // the scale: 1, 10^-4, 10^-8 of the peak
        const double y = bars.top() + bars.height() * (-d / decades);
        p.setPen(QPen(palette().color(QPalette::Mid), 1.0, Qt::DotLine));
        p.drawLine(QPointF(bars.left(), y), QPointF(bars.right(), y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(r.left(), y - fm.height() / 2.0, labelWidth - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   d == 0 ? QStringLiteral("1") : QStringLiteral("10") + superscript(d));
    }
    const double column = bars.width() / std::max(steps, 1);
    for (int s = 0; s < steps; ++s) {
        const QRectF slot(bars.left() + column * s, bars.top(), column, bars.height());
        if (s > g.outputStep) { // the future: no path back from t
            p.fillRect(slot.adjusted(1, 0, -1, 0), palette().color(QPalette::AlternateBase));
            continue;
        }
        const double level = relative(s) > 0.0 ? std::log10(relative(s)) : -decades;
        const double height = bars.height() * std::clamp(1.0 + level / decades, 0.0, 1.0);
        const QRectF bar(slot.left() + column * 0.15, slot.bottom() - height, column * 0.7, height);
        p.fillRect(bar, colours::sequential(std::clamp(1.0 + level / decades, 0.0, 1.0)));
        if (s == g.outputStep) {
            p.setPen(QPen(colours::highlightColour(), 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawRect(slot.adjusted(1, 1, -1, -1));
        }
    }
}

void ConnectivityView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    if (!m_snapshot) {
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Train or step to see how far back the gradient "
                      "reaches."));
        return;
    }
    if (!m_note.isEmpty() || !m_elman || !m_lstm) {
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_note.isEmpty() ? tr("Training an Elman network and an LSTM on the same "
                                         "data…")
                                    : m_note);
        return;
    }
    const int t = m_elman->outputStep;
    const QRectF area = QRectF(rect()).adjusted(10, 6, -10, -6);
    p.setPen(palette().color(QPalette::Text));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
               tr("How much the loss at t = %1 hears each earlier input: ‖∂L_t/∂x_s‖, log scale, "
                  "relative to the largest")
                   .arg(t + 1));
    p.setFont(font());
    const auto heard = [](const rnn::GradientConnectivity &g) {
        const double r = g.relative()(0);
        return r > 0.0 ? std::log10(r) : -300.0;
    };
    const QString caption
        = tr("The first input x₁ reaches the loss at t = %1 with 10^%2 of the strongest "
             "step's gradient in the Elman network, 10^%3 in the LSTM (both trained %4 "
             "epochs with the same seed, recurrent weights × %5 at the start). Click a "
             "column of the network to choose t.")
              .arg(t + 1)
              .arg(heard(*m_elman), 0, 'f', 1)
              .arg(heard(*m_lstm), 0, 'f', 1)
              .arg(m_models[0].epochs)
              .arg(recurrentScale);
    // The caption's real height at this width (it wraps to two lines or more when narrow).
    const double captionHeight = p.fontMetrics()
                                     .boundingRect(QRect(0, 0, int(area.width()), 100000),
                                                   Qt::AlignLeft | Qt::TextWordWrap, caption)
                                     .height()
        + line * 0.3;
    const double rowsTop = area.top() + line * 1.4;
    const double rowHeight = (area.bottom() - captionHeight - rowsTop) / 2 - line * 0.4;
    drawRow(p, QRectF(area.left(), rowsTop, area.width(), rowHeight), tr("Elman"), *m_elman);
    drawRow(p, QRectF(area.left(), rowsTop + rowHeight + line * 0.8, area.width(), rowHeight),
            tr("LSTM"), *m_lstm);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(area.left(), area.bottom() - captionHeight, area.width(), captionHeight),
               Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, caption);
}

} // namespace rnnlab

#include "mlp_view.h"

#include "colour_maps.h"
#include "presenter_style.h"
#include "side_model_runner.h"
#include "training_session.h"

#include "nn/batch.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace rnnlab {

namespace {

// Whether the run is one the MLP can learn beside: a forecast of a series, many-to-one.
QString notApplicable(const rnn::ExperimentConfig &c)
{
    if (c.task != rnn::Task::Forecast || rnn::isSequenceTask(c.generator))
        return MlpView::tr("The MLP reads one window of a series at once: it is shown for "
                           "forecasts (lesson 1).");
    if (c.topology != rnn::Topology::ManyToOne)
        return MlpView::tr("The MLP answers once per window: choose the many-to-one topology.");
    return {};
}

QString subscript(int n)
{
    static const QString digits = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
    QString s;
    for (const QChar c : QString::number(n))
        s += digits.at(c.digitValue());
    return s;
}

} // namespace

MlpView::MlpView(QWidget *parent)
    : QWidget(parent)
    , m_runner(new SideModelRunner(this))
{
    setMinimumSize(480, 300);
    connect(m_runner, &SideModelRunner::finished, this,
            [this](const std::vector<SideModel> &models) {
                if (models.empty())
                    return;
                if (!models.front().ok()) {
                    m_mlp.reset();
                    m_note = models.front().error;
                } else {
                    m_mlp = models.front();
                    m_note.clear();
                }
                computeWindow();
                update();
            });
}

QString MlpView::keyOf(const Snapshot &s) const
{
    rnn::ExperimentConfig c = s.config;
    c.model = rnn::CellType::Mlp;
    return QString::fromStdString(c.toJson().dump()) + QString::number(s.epoch);
}

void MlpView::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    if (!snapshot) {
        update();
        return;
    }
    if (const QString why = notApplicable(snapshot->config); !why.isEmpty()) {
        m_mlp.reset();
        m_note = why;
        update();
        return;
    }
    const QString key = keyOf(*snapshot);
    if (key != m_doneKey) {
        m_doneKey = key;
        const rnn::ExperimentConfig settings = snapshot->config;
        const int epochs = snapshot->epoch;
        m_runner->run([settings, epochs] {
            return std::vector<SideModel> { trainSideModel(settings, rnn::CellType::Mlp, epochs) };
        });
    }
    computeWindow();
    update();
}

void MlpView::computeWindow()
{
    m_hidden.clear();
    m_output = std::nan("");
    m_window.resize(0, 0);
    if (!m_snapshot || !m_mlp)
        return;
    const rnn::Network &network = m_mlp->network;
    const Matrix &input = m_snapshot->trace.input; // X x T, scaled as the networks see it
    if (input.cols() != network.config().windowSteps || input.rows() != network.config().inputSize)
        return;
    rnn::InputBatch batch;
    batch.steps = static_cast<int>(input.cols());
    batch.batch = 1;
    batch.values = input;
    try {
        const rnn::Trace trace = network.forward(batch); // core computes; the view draws
        m_window = input;
        for (const Matrix &z : trace.dense.hidden)
            m_hidden.push_back(z.col(0));
        m_output = trace.outputs(0, 0);
    } catch (const std::exception &) {
        m_window.resize(0, 0);
    }
}

void MlpView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm(font());
    const int line = fm.height();
    QFont bold = font();
    bold.setBold(true);
    if (!m_snapshot) {
        p.drawText(rect(), Qt::AlignCenter, tr("Train or step to see the MLP beside the RNN."));
        return;
    }
    if (!m_note.isEmpty() || !m_mlp || m_window.size() == 0) {
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_note.isEmpty() ? tr("Training the MLP on the same windows…") : m_note);
        return;
    }
    const rnn::Network &network = m_mlp->network;
    const rnn::NetworkConfig &nc = network.config();
    const int steps = nc.windowSteps, x = nc.inputSize, hidden = nc.hiddenSize;
    const int textRows = 3;
    const QRectF area = QRectF(rect()).adjusted(10, 8, -10, -8 - textRows * line);
    const double split = area.left() + area.width() * 0.52;

    // ---- left: the MLP as layers
    p.setFont(bold);
    p.drawText(QRectF(area.left(), area.top(), split - area.left(), line), Qt::AlignLeft,
               tr("MLP: the whole window at once"));
    p.setFont(font());
    // under the title, the layers' names, then the layers
    const double top = area.top() + line * 2.8, bottom = area.bottom() - line * 1.4;
    const double thick = presenter::lineWidth(this, 1.0); // thicker lines for the back of the room
    const int inputs = steps * x;
    const double pitch = (bottom - top) / std::max(inputs, 1);
    const double box = std::clamp(pitch * 0.8, 3.0, 26.0);
    const double inputX = area.left() + fm.horizontalAdvance(QStringLiteral("x₂₀ ")) + 4;
    const int layers = static_cast<int>(m_hidden.size());
    const double outputX
        = split - std::max(40.0, fm.horizontalAdvance(QStringLiteral("y = -0.00")) / 2.0 + 8.0);
    const auto layerX
        = [&](int l) { return inputX + box + (outputX - inputX - box) * (l + 1) / (layers + 1); };
    const auto inputCentre
        = [&](int i) { return QPointF(inputX + box / 2, top + pitch * (i + 0.5)); };
    const double unitPitch = (bottom - top) / std::max(hidden, 1);
    const double radius = std::clamp(unitPitch * 0.35, 4.0, 16.0);
    const auto unitCentre
        = [&](int l, int j) { return QPointF(layerX(l), top + unitPitch * (j + 0.5)); };
    const QPointF outputCentre(outputX, (top + bottom) / 2);
    // weights of W_1 (every input to every unit), then the deeper layers and the readout
    const rnn::Parameters &params = network.parameters();
    for (int l = 0; l < layers; ++l) {
        const Matrix &w = params[std::size_t(2 * l)].value;
        const double limit = std::max(w.cwiseAbs().maxCoeff(), 1e-12);
        for (int j = 0; j < hidden; ++j)
            for (Eigen::Index i = 0; i < w.cols(); ++i) {
                QColor c = colours::diverging(w(j, i), limit);
                c.setAlpha(static_cast<int>(40 + 180 * std::abs(w(j, i)) / limit));
                p.setPen(QPen(c, thick));
                p.drawLine(l == 0 ? inputCentre(int(i)) + QPointF(box / 2, 0)
                                  : unitCentre(l - 1, int(i)),
                           unitCentre(l, j));
            }
    }
    {
        const Matrix &v = params[std::size_t(2 * layers)].value;
        const double limit = std::max(v.cwiseAbs().maxCoeff(), 1e-12);
        for (int j = 0; j < hidden; ++j) {
            p.setPen(QPen(colours::diverging(v(0, j), limit), 2.0 * thick));
            p.drawLine(unitCentre(layers - 1, j), outputCentre);
        }
    }
    // the input boxes: the window's values
    for (int s = 0; s < steps; ++s)
        for (int k = 0; k < x; ++k) {
            const int i = s * x + k;
            const double value = m_window(k, s);
            const QRectF r(inputX, inputCentre(i).y() - box / 2, box, box);
            p.setPen(QPen(palette().color(QPalette::Mid), thick));
            p.setBrush(colours::diverging(2.0 * value - 1.0));
            p.drawRect(r);
            if (k == 0 && (s == 0 || s == steps - 1 || pitch * x >= line)) {
                p.setPen(palette().color(QPalette::Text));
                p.drawText(QRectF(area.left(), r.center().y() - line / 2.0,
                                  inputX - area.left() - 2, line),
                           Qt::AlignRight | Qt::AlignVCenter,
                           QStringLiteral("x") + subscript(s + 1));
            }
        }
    for (int l = 0; l < layers; ++l)
        for (int j = 0; j < hidden; ++j) {
            const double z = m_hidden[std::size_t(l)](j);
            p.setPen(QPen(palette().color(QPalette::Mid), thick));
            p.setBrush(colours::diverging(z));
            p.drawEllipse(unitCentre(l, j), radius, radius);
        }
    p.setPen(palette().color(QPalette::Text));
    const auto centredText = [&](const QPointF &at, const QString &text) { // never clipped
        const double w = fm.horizontalAdvance(text) + 8.0;
        p.drawText(QRectF(at.x() - w / 2, at.y(), w, line), Qt::AlignCenter, text);
    };
    for (int l = 0; l < layers; ++l)
        centredText(QPointF(layerX(l), top - line * 1.2), tr("%1 tanh units").arg(hidden));
    p.setBrush(colours::diverging(2.0 * m_output - 1.0));
    p.setPen(QPen(palette().color(QPalette::Mid), thick));
    const double outputRadius = std::max(14.0, 0.6 * line);
    p.drawEllipse(outputCentre, outputRadius, outputRadius);
    p.setPen(palette().color(QPalette::Text));
    centredText(outputCentre + QPointF(0, outputRadius + 2),
                QStringLiteral("y = %1").arg(m_output, 0, 'f', 2));

    // ---- right: the RNN as the unrolled row, the same window one value per step
    const QRectF right(split + 16, area.top(), area.right() - split - 16, area.height());
    p.setFont(bold);
    p.drawText(QRectF(right.left(), right.top(), right.width(), line), Qt::AlignLeft,
               tr("RNN: one value per step, the same W and U"));
    p.setFont(font());
    const std::vector<RowTrace> &rows = m_snapshot->trace.rows;
    const Quantity *h = rows.empty() ? nullptr : rows.front().find(QStringLiteral("h"));
    const double column = right.width() / (steps + 1);
    const double cell = std::clamp(column * 0.7, 4.0, 30.0);
    const double hY = right.top() + right.height() * 0.35, xY = right.top() + right.height() * 0.7;
    const int units = h ? static_cast<int>(h->values.rows()) : 0;
    for (int s = 0; s < steps; ++s) {
        const double cx = right.left() + column * (s + 0.5);
        const QRectF xr(cx - cell / 2, xY, cell, cell);
        const QRectF hr(cx - cell / 2, hY - cell, cell, 2 * cell);
        p.setPen(QPen(palette().color(QPalette::Text), thick));
        p.drawLine(QPointF(cx, xY), QPointF(cx, hY + cell)); // W
        if (s + 1 < steps)
            p.drawLine(QPointF(cx + cell / 2, hY), QPointF(cx + column - cell / 2, hY)); // U
        p.setPen(QPen(palette().color(QPalette::Mid), thick));
        p.setBrush(colours::diverging(2.0 * m_window(0, s) - 1.0));
        p.drawRect(xr);
        for (int j = 0; j < units && h && s < h->values.cols(); ++j) {
            p.setBrush(colours::diverging(h->values(j, s)));
            p.drawRect(QRectF(hr.left(), hr.top() + hr.height() * j / units, hr.width(),
                              hr.height() / units));
        }
        if (s == 0 || s == steps - 1) {
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRectF(cx - 30, xY + cell + 2, 60, line), Qt::AlignCenter,
                       QStringLiteral("x") + subscript(s + 1));
            p.drawText(QRectF(cx - 30, hY - cell - line - 2, 60, line), Qt::AlignCenter,
                       QStringLiteral("h") + subscript(s + 1));
        }
    }
    p.setPen(QPen(palette().color(QPalette::Text), thick));
    const double firstX = right.left() + column * 0.5;
    p.drawText(QRectF(firstX + 3, (xY + hY + cell) / 2 - line / 2.0, 40, line),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("W"));
    p.drawText(QRectF(firstX + cell / 2, hY + cell + 1, column, line), Qt::AlignLeft,
               QStringLiteral("U")); // under the arrow, clear of the h boxes
    const double lastX = right.left() + column * (steps - 0.5);
    p.drawLine(QPointF(lastX + cell / 2, hY), QPointF(lastX + column * 0.8, hY));
    p.drawText(QRectF(lastX + column * 0.8 - 4, hY - line / 2.0, 40, line),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("y"));

    // ---- under both: the numbers
    const rnn::Network *rnnNetwork = snapshotNetwork(*m_snapshot);
    const long rnnWeights
        = rnnNetwork ? static_cast<long>(rnn::parameterScalarCount(rnnNetwork->parameters())) : 0;
    const auto rmse = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 4) : QStringLiteral("–");
    };
    const std::optional<double> rnnRmse
        = m_snapshot->series ? m_snapshot->series->testRmse : std::nullopt;
    const QString mlpLine
        = tr("MLP: %1 weights; W₁ is %2 × %3, one column for each position of the window. "
             "Test RMSE %4 after %5 epochs.")
              .arg(m_mlp->parameters)
              .arg(hidden)
              .arg(inputs)
              .arg(rmse(m_mlp->testRmse))
              .arg(m_mlp->epochs);
    const QString rnnLine = tr("RNN (%1): %2 weights; W and U are the same at each of the %3 "
                               "steps, and h carries the past. Test RMSE %4 after %5 epochs.")
                                .arg(cellName(m_snapshot->config.model))
                                .arg(rnnWeights)
                                .arg(steps)
                                .arg(rmse(rnnRmse))
                                .arg(m_snapshot->epoch);
    QRectF text(rect().left() + 10, area.bottom() + 4, rect().width() - 20, line * textRows);
    p.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               mlpLine + QLatin1Char('\n') + rnnLine);
}

} // namespace rnnlab

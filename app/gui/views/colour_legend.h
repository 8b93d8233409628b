// A small legend for the two colour maps: the diverging bar (negative, zero, positive) and the
// sequential bar (magnitude, e.g. ||dL/dh_t||), with their ranges. Shown wherever colours carry
// numbers, so the class can read them.
#pragma once

#include <QWidget>

namespace rnnlab {

class ColourLegend : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Diverging, Sequential };

    explicit ColourLegend(Kind kind, QWidget *parent = nullptr);
    void setRange(double low, double high);
    void setTitle(const QString &title);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
    double m_low = -1.0;
    double m_high = 1.0;
    QString m_title;
};

} // namespace rnnlab

// Tests of differencing: the changes of a tiny series, and undifference as its exact inverse
// for a multi-step forecast of changes.
#include "data/differencing.h"

#include <QtTest>

using namespace rnn;

class TstDifferencing : public QObject
{
    Q_OBJECT
private slots:
    void changesAndBack()
    {
        Matrix x(2, 5);
        x << 1, 4, 9, 16, 25, //
            0, -1, 1, -1, 1;
        const Matrix d = difference(x);
        QCOMPARE(d.cols(), Index { 4 });
        QCOMPARE(d(0, 0), 3.0);
        QCOMPARE(d(0, 3), 9.0);
        QCOMPARE(d(1, 1), 2.0);
        // From the level at row 1, the changes into rows 2..4 give back rows 2..4.
        const Matrix levels = undifference(d.rightCols(3), x.col(1));
        QCOMPARE(levels, Matrix(x.rightCols(3)));
    }

    void tooShortIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, difference(Matrix::Ones(1, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 undifference(Matrix::Ones(2, 3), Vector::Ones(1)));
    }
};

QTEST_APPLESS_MAIN(TstDifferencing)
#include "tst_differencing.moc"

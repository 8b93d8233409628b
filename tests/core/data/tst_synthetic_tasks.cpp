// Tests of the synthetic generators: each task's defining property (XOR: every third bit is the
// XOR of the two before; letters: each consonant followed by its vowels; adding: exactly two
// markers and target = their sum; Reber: every string accepted, legal-next sets; clue: the
// answer is the first token's language; latching: the class is in the first steps), the
// metadata the trainer needs, and the same seed giving identical data.
#include "data/reber_grammar.h"
#include "data/synthetic_tasks.h"

#include <QtTest>

#include <cmath>
#include <numbers>

using namespace rnn;

class TstSyntheticTasks : public QObject
{
    Q_OBJECT

    static bool same(const SequenceTask &a, const SequenceTask &b)
    {
        if (a.sequences.size() != b.sequences.size())
            return false;
        for (std::size_t s = 0; s < a.sequences.size(); ++s)
            if (a.sequences[s].input != b.sequences[s].input
                || a.sequences[s].target != b.sequences[s].target
                || a.sequences[s].labels != b.sequences[s].labels)
                return false;
        return true;
    }

private slots:
    void sine()
    {
        SineOptions o;
        o.length = 40;
        o.periods = { 20.0, 5.0 };
        o.amplitudes = { 1.0, 0.5 };
        const Matrix s = sineSeries(o);
        QCOMPARE(s.rows(), Index { 1 });
        QCOMPARE(s.cols(), Index { 40 });
        QCOMPARE(s(0, 0), 0.0);
        QVERIFY(std::abs(s(0, 5) - (1.0 + 0.5 * std::sin(2.0 * std::numbers::pi))) < 1e-12);
        QVERIFY((s.leftCols(20) - s.rightCols(20)).cwiseAbs().maxCoeff() < 1e-12); // period 20
        o.noise = 0.1;
        const Matrix noisy = sineSeries(o);
        QCOMPARE(noisy, sineSeries(o));
        const double spread = std::sqrt((noisy - s).array().square().mean());
        QVERIFY(spread > 0.05 && spread < 0.2);
        o.seed = 2;
        QVERIFY(sineSeries(o) != noisy);
    }

    void temporalXorEveryThirdBit()
    {
        const SequenceTask task = temporalXor({ 2, 100, 3 });
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QVERIFY(task.kind == TaskKind::Regression);
        QCOMPARE(task.inputSize, Index { 1 });
        QCOMPARE(task.sequences.size(), std::size_t { 2 });
        for (const auto &q : task.sequences) {
            QCOMPARE(q.steps(), Index { 299 });
            // The stream: input bits then the last target bit.
            std::vector<int> bits;
            for (Index t = 0; t < q.steps(); ++t)
                bits.push_back(static_cast<int>(q.input(0, t)));
            bits.push_back(static_cast<int>(q.target(0, q.steps() - 1)));
            for (std::size_t k = 2; k < bits.size(); k += 3)
                QCOMPARE(bits[k], bits[k - 2] ^ bits[k - 1]);
            for (Index t = 0; t + 1 < q.steps(); ++t)
                QCOMPARE(q.target(0, t), q.input(0, t + 1)); // next-bit prediction
            QCOMPARE(q.predictableSteps.size(), std::size_t { 100 });
            for (const int t : q.predictableSteps)
                QCOMPARE(t % 3, 1);
            QCOMPARE(q.lossSteps.size(), std::size_t { 299 });
        }
        QVERIFY(same(task, temporalXor({ 2, 100, 3 })));
        QVERIFY(!same(task, temporalXor({ 2, 100, 4 })));
    }

    void elmanLettersFollowTheirVowels()
    {
        const SequenceTask task = elmanLetters({ 1, 200, 5 });
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QVERIFY(task.kind == TaskKind::Classification);
        const Sequence &q = task.sequences.front();
        std::vector<int> symbols = q.tokens;
        symbols.push_back(q.labels.back());
        std::size_t i = 0;
        int groups = 0;
        while (i < symbols.size()) {
            const int consonant = symbols[i];
            QVERIFY(consonant >= 0 && consonant < 3);
            for (int v = 0; v <= consonant; ++v)
                QCOMPARE(symbols[i + 1 + static_cast<std::size_t>(v)], 3 + consonant);
            i += static_cast<std::size_t>(consonant) + 2;
            ++groups;
        }
        QCOMPARE(groups, 200);
        for (Index t = 0; t < q.steps(); ++t) {
            QCOMPARE(q.input.col(t).sum(), 1.0);
            QCOMPARE(q.target(q.labels[static_cast<std::size_t>(t)], t), 1.0);
        }
        QVERIFY(same(task, elmanLetters({ 1, 200, 5 })));
    }

    void addingProblem_data()
    {
        QTest::addColumn<int>("placement");
        QTest::newRow("halves") << static_cast<int>(AddingPlacement::Halves);
        QTest::newRow("paper") << static_cast<int>(AddingPlacement::Paper);
    }
    void addingProblem()
    {
        QFETCH(int, placement);
        AddingOptions o;
        o.sequences = 200;
        o.length = 100;
        o.placement = static_cast<AddingPlacement>(placement);
        const SequenceTask task = rnn::addingProblem(o);
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QCOMPARE(task.inputSize, Index { 2 });
        QCOMPARE(task.outputSize, Index { 1 });
        double meanTarget = 0.0;
        for (const auto &q : task.sequences) {
            QCOMPARE(q.steps(), Index { 100 });
            QCOMPARE(q.lossSteps, std::vector<int> { 99 });
            std::vector<Index> marks;
            for (Index t = 0; t < 100; ++t) {
                QVERIFY(q.input(0, t) >= 0.0 && q.input(0, t) < 1.0);
                QVERIFY(q.input(1, t) == 0.0 || q.input(1, t) == 1.0);
                if (q.input(1, t) == 1.0)
                    marks.push_back(t);
            }
            QCOMPARE(marks.size(), std::size_t { 2 });
            if (o.placement == AddingPlacement::Halves) {
                QVERIFY(marks[0] < 50);
                QVERIFY(marks[1] >= 50);
            } else {
                QVERIFY(marks[0] < 10);
                QVERIFY(marks[1] < 49);
            }
            QCOMPARE(q.target(0, 99), q.input(0, marks[0]) + q.input(0, marks[1]));
            meanTarget += q.target(0, 99) / 200.0;
        }
        QVERIFY(std::abs(meanTarget - 1.0) < 0.1);
        QVERIFY(same(task, rnn::addingProblem(o)));
    }

    void reberGrammar()
    {
        QVERIFY(ReberGrammar::accepts("BTSSXXTVVE"));
        QVERIFY(ReberGrammar::accepts("BPVVE"));
        QVERIFY(!ReberGrammar::accepts("BTSSXXTVV"));
        QVERIFY(!ReberGrammar::accepts("BTXE"));
        QVERIFY(ReberGrammar::acceptsEmbedded("BTBPVVETE"));
        QVERIFY(!ReberGrammar::acceptsEmbedded("BTBPVVEPE")); // branch not repeated
        QCOMPARE(ReberGrammar::legalNextEmbedded(""), std::string("B"));
        QCOMPARE(ReberGrammar::legalNextEmbedded("B"), std::string("TP"));
        QCOMPARE(ReberGrammar::legalNextEmbedded("BTBT"), std::string("SX"));
        QCOMPARE(ReberGrammar::legalNextEmbedded("BPBPVVE"), std::string("P"));
        QCOMPARE(ReberGrammar::legalNextEmbedded("BPBPVVEP"), std::string("E"));
        QCOMPARE(ReberGrammar::legalNextEmbedded("BPBPVVEPE"), std::string());
        Random random(9);
        for (int i = 0; i < 200; ++i)
            QVERIFY(ReberGrammar::accepts(ReberGrammar::generate(random)));
    }

    void embeddedReberStrings()
    {
        const SequenceTask task = embeddedReber({ 300, 30, 11 });
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QCOMPARE(task.inputSize, Index { 7 });
        for (const auto &q : task.sequences) {
            std::string text;
            for (const int token : q.tokens)
                text.push_back(ReberGrammar::symbols[static_cast<std::size_t>(token)]);
            text.push_back(ReberGrammar::symbols[static_cast<std::size_t>(q.labels.back())]);
            QVERIFY2(ReberGrammar::acceptsEmbedded(text), text.c_str());
            QVERIFY(text.size() <= 30);
            for (Index t = 0; t < q.steps(); ++t) {
                // The actual next symbol is always among the legal ones.
                QCOMPARE(q.target(q.labels[static_cast<std::size_t>(t)], t), 1.0);
                QVERIFY(q.target.col(t).sum() >= 1.0 && q.target.col(t).sum() <= 2.0);
            }
            // The second-to-last symbol is forced: it repeats the branch.
            QCOMPARE(q.labels[q.labels.size() - 2], q.tokens[1]);
        }
        QVERIFY(same(task, embeddedReber({ 300, 30, 11 })));
    }

    void languageClue()
    {
        ClueOptions o;
        o.sequences = 100;
        o.distance = 15;
        const SequenceTask task = rnn::languageClue(o);
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QCOMPARE(task.outputSize, Index { 4 });
        QCOMPARE(task.inputSize, Index { 4 + 8 + 1 });
        QCOMPARE(task.outputNames.front(), std::string("português"));
        for (const auto &q : task.sequences) {
            QCOMPARE(q.steps(), Index { 17 });
            QCOMPARE(q.labels.back(), q.tokens.front()); // the answer is the clue's language
            QCOMPARE(q.tokens.back(), 12); // "falo"
            for (std::size_t t = 1; t + 1 < q.tokens.size(); ++t)
                QVERIFY(q.tokens[t] >= 4 && q.tokens[t] < 12);
            QCOMPARE(q.lossSteps, std::vector<int> { 16 });
        }
        QVERIFY(same(task, rnn::languageClue(o)));
    }

    void latching()
    {
        LatchingOptions o;
        o.sequences = 400;
        o.length = 30;
        o.informative = 3;
        const SequenceTask task = latchingProblem(o);
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        int ones = 0;
        for (const auto &q : task.sequences) {
            const int label = q.labels.back();
            ones += label;
            const double head = q.input.leftCols(3).mean();
            QVERIFY(label == 1 ? head > 0.5 : head < -0.5); // noise 0.2, signal +-1
            QCOMPARE(q.lossSteps, std::vector<int> { 29 });
        }
        QVERIFY(ones > 150 && ones < 250);
        QVERIFY(same(task, latchingProblem(o)));
    }

    void resetSumRestartsAtResets()
    {
        const SequenceTask task = resetSum({ 50, 40, 0.2, 4 });
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        int resets = 0;
        for (const auto &q : task.sequences) {
            QCOMPARE(q.input(1, 0), 1.0);
            double sum = 0.0;
            for (Index t = 0; t < q.steps(); ++t) {
                if (q.input(1, t) == 1.0) {
                    sum = 0.0;
                    ++resets;
                }
                sum += q.input(0, t);
                QCOMPARE(q.target(0, t), sum);
            }
        }
        // 50 forced resets at step 0, plus about 0.2 * 39 per sequence.
        QVERIFY(resets > 50 + 250 && resets < 50 + 550);
        QVERIFY(same(task, resetSum({ 50, 40, 0.2, 4 })));
    }

    void endLabelIsTheLastSymbolEverywhere()
    {
        const SequenceTask task = endLabel({ 100, 8, 3, 6 });
        QVERIFY2(task.validate().empty(), task.validate().c_str());
        QCOMPARE(task.inputSize, Index { 3 });
        for (const auto &q : task.sequences) {
            QCOMPARE(q.lossSteps.size(), std::size_t { 8 });
            for (Index t = 0; t < q.steps(); ++t) {
                QCOMPARE(q.labels[static_cast<std::size_t>(t)], q.tokens.back());
                QCOMPARE(q.input(q.tokens[static_cast<std::size_t>(t)], t), 1.0);
            }
        }
        QVERIFY(same(task, endLabel({ 100, 8, 3, 6 })));
        QVERIFY(!same(task, endLabel({ 100, 8, 3, 7 })));
    }

    void invalidOptions()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rnn::addingProblem({ 1, 3 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 rnn::addingProblem({ 1, 20, AddingPlacement::Paper }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, latchingProblem({ 1, 5, 5 }));
        ClueOptions clue;
        clue.countries = 7;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rnn::languageClue(clue));
        SineOptions sine;
        sine.amplitudes = {};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sineSeries(sine));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, resetSum({ 1, 5, 1.5 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, endLabel({ 1, 1 }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, endLabel({ 1, 5, 27 }));
    }
};

QTEST_APPLESS_MAIN(TstSyntheticTasks)
#include "tst_synthetic_tasks.moc"

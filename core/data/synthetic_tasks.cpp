#include "synthetic_tasks.h"

#include "random.h"
#include "reber_grammar.h"

#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace rnn {

namespace {

void require(bool condition, const std::string &message)
{
    if (!condition)
        throw std::invalid_argument(message);
}

// A symbolic sequence: one-hot inputs of symbols[0..T-1] and next-symbol classes symbols[1..T].
Sequence nextSymbolSequence(const std::vector<int> &symbols, Index alphabet)
{
    const auto steps = static_cast<Index>(symbols.size()) - 1;
    Sequence q;
    q.input = Matrix::Zero(alphabet, steps);
    q.target = Matrix::Zero(alphabet, steps);
    for (Index t = 0; t < steps; ++t) {
        const int now = symbols[static_cast<std::size_t>(t)];
        const int next = symbols[static_cast<std::size_t>(t + 1)];
        q.input(now, t) = 1.0;
        q.target(next, t) = 1.0;
        q.labels.push_back(next);
        q.tokens.push_back(now);
        q.lossSteps.push_back(static_cast<int>(t));
    }
    return q;
}

// A task with the fields every generator fills alike; the sizes are the numbers of names.
SequenceTask describedTask(std::string name, std::string description, TaskKind kind,
                           std::vector<std::string> inputNames,
                           std::vector<std::string> outputNames)
{
    SequenceTask task;
    task.name = std::move(name);
    task.description = std::move(description);
    task.kind = kind;
    task.inputSize = static_cast<Index>(inputNames.size());
    task.outputSize = static_cast<Index>(outputNames.size());
    task.inputNames = std::move(inputNames);
    task.outputNames = std::move(outputNames);
    return task;
}

// One name per symbol: "a", "b", ...
std::vector<std::string> symbolNames(std::string_view symbols)
{
    std::vector<std::string> names;
    for (const char c : symbols)
        names.emplace_back(1, c);
    return names;
}

} // namespace

Matrix sineSeries(const SineOptions &options)
{
    require(options.length >= 1, "sine: the length must be at least 1");
    require(!options.periods.empty() && options.periods.size() == options.amplitudes.size(),
            "sine: give one amplitude per period");
    require(options.phases.empty() || options.phases.size() == options.periods.size(),
            "sine: give one phase per period, or none");
    for (const double period : options.periods)
        require(period > 0.0, "sine: periods must be positive");
    Random random(options.seed);
    Matrix series(1, options.length);
    for (Index r = 0; r < options.length; ++r) {
        double value = 0.0;
        for (std::size_t k = 0; k < options.periods.size(); ++k) {
            const double phase = options.phases.empty() ? 0.0 : options.phases[k];
            value += options.amplitudes[k]
                * std::sin(2.0 * std::numbers::pi * static_cast<double>(r) / options.periods[k]
                           + phase);
        }
        if (options.noise > 0.0)
            value += options.noise * random.normal();
        series(0, r) = value;
    }
    return series;
}

SequenceTask temporalXor(const XorOptions &options)
{
    require(options.sequences >= 1 && options.triples >= 1,
            "xor: at least one sequence of one triple");
    Random random(options.seed);
    SequenceTask task = describedTask(
        "temporal_xor",
        "Elman (1990): bit triples (a, b, a xor b); only every third bit can be predicted from the "
        "two before it, the others are coin flips.",
        TaskKind::Regression, { "bit" }, { "next bit" });
    for (int s = 0; s < options.sequences; ++s) {
        std::vector<double> bits;
        for (int k = 0; k < options.triples; ++k) {
            const auto a = static_cast<int>(random.below(2));
            const auto b = static_cast<int>(random.below(2));
            bits.push_back(a);
            bits.push_back(b);
            bits.push_back(a ^ b);
        }
        const auto steps = static_cast<Index>(bits.size()) - 1;
        Sequence q;
        q.input.resize(1, steps);
        q.target.resize(1, steps);
        for (Index t = 0; t < steps; ++t) {
            q.input(0, t) = bits[static_cast<std::size_t>(t)];
            q.target(0, t) = bits[static_cast<std::size_t>(t + 1)];
            q.lossSteps.push_back(static_cast<int>(t));
            if ((t + 1) % 3 == 2) // the target is the third bit of its triple
                q.predictableSteps.push_back(static_cast<int>(t));
        }
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask elmanLetters(const LetterOptions &options)
{
    require(options.sequences >= 1 && options.consonants >= 1,
            "letters: at least one sequence of one consonant");
    // Symbols: b d g a i u. b -> ba, d -> dii, g -> guuu.
    static const std::vector<std::string> names { "b", "d", "g", "a", "i", "u" };
    Random random(options.seed);
    SequenceTask task = describedTask(
        "elman_letters",
        "Elman (1990): consonants b, d, g at random, each followed by its vowels (ba, dii, guuu); "
        "the vowels and their count are predictable, the next consonant is not.",
        TaskKind::Classification, names, names);
    for (int s = 0; s < options.sequences; ++s) {
        std::vector<int> symbols;
        for (int k = 0; k < options.consonants; ++k) {
            const auto consonant = static_cast<int>(random.below(3));
            symbols.push_back(consonant);
            for (int v = 0; v <= consonant; ++v)
                symbols.push_back(3 + consonant);
        }
        Sequence q = nextSymbolSequence(symbols, 6);
        // Predictable: a vowel target, or the consonant that must follow the last vowel of a
        // group (its identity is random, but that a consonant comes is known).
        for (Index t = 0; t < q.steps(); ++t)
            if (symbols[static_cast<std::size_t>(t + 1)] >= 3)
                q.predictableSteps.push_back(static_cast<int>(t));
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask addingProblem(const AddingOptions &options)
{
    const int T = options.length;
    require(options.sequences >= 1, "adding: at least one sequence");
    require(options.placement == AddingPlacement::Halves ? T >= 4 : T >= 24,
            "adding: the length is too short (Halves: T >= 4, Paper: T >= 24)");
    Random random(options.seed);
    SequenceTask task = describedTask(
        "adding",
        "Hochreiter & Schmidhuber (1997): add the two marked values of a long sequence; only a "
        "network that stores them across T steps beats predicting the mean (MSE about 1/6).",
        TaskKind::Regression, { "value", "marker" }, { "sum" });
    for (int s = 0; s < options.sequences; ++s) {
        Sequence q;
        q.input = Matrix::Zero(2, T);
        q.target = Matrix::Zero(1, T);
        for (int t = 0; t < T; ++t)
            q.input(0, t) = random.uniform();
        std::uint64_t first = 0;
        std::uint64_t second = 0;
        const auto half = static_cast<std::uint64_t>(T / 2);
        if (options.placement == AddingPlacement::Halves) {
            first = random.below(half);
            second = half + random.below(static_cast<std::uint64_t>(T) - half);
        } else {
            first = random.below(10);
            do
                second = random.below(half - 1);
            while (second == first);
        }
        const auto a = static_cast<Index>(first);
        const auto b = static_cast<Index>(second);
        q.input(1, a) = 1.0;
        q.input(1, b) = 1.0;
        q.target(0, T - 1) = q.input(0, a) + q.input(0, b);
        q.lossSteps = { T - 1 };
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask embeddedReber(const ReberOptions &options)
{
    require(options.sequences >= 1, "reber: at least one sequence");
    require(options.maxLength >= 9, "reber: the maximum length must be at least 9");
    const std::string_view alphabet = ReberGrammar::symbols;
    Random random(options.seed);
    SequenceTask task = describedTask(
        "embedded_reber",
        "Embedded Reber grammar (Smith & Zipser 1989; Hochreiter & Schmidhuber 1997): predict the "
        "legal next symbols; the second-to-last symbol must repeat the second one, a dependency "
        "across the whole string.",
        TaskKind::Classification, symbolNames(alphabet), symbolNames(alphabet));
    for (int s = 0; s < options.sequences; ++s) {
        std::string text;
        do
            text = ReberGrammar::generateEmbedded(random);
        while (static_cast<int>(text.size()) > options.maxLength);
        std::vector<int> symbols;
        for (const char c : text)
            symbols.push_back(static_cast<int>(alphabet.find(c)));
        Sequence q = nextSymbolSequence(symbols, task.inputSize);
        for (Index t = 0; t < q.steps(); ++t) {
            q.target.col(t).setZero();
            for (const char c : ReberGrammar::legalNextEmbedded(
                     std::string_view(text).substr(0, static_cast<std::size_t>(t) + 1)))
                q.target(static_cast<Index>(alphabet.find(c)), t) = 1.0;
            if (q.target.col(t).sum() == 1.0)
                q.predictableSteps.push_back(static_cast<int>(t));
        }
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask languageClue(const ClueOptions &options)
{
    static const std::vector<std::string> countries { "Brasil", "França",  "Alemanha",
                                                      "Itália", "Espanha", "Japão" };
    static const std::vector<std::string> languages { "português", "francês",  "alemão",
                                                      "italiano",  "espanhol", "japonês" };
    static const std::vector<std::string> fillers { "e",     "depois", "muito", "tempo",
                                                    "morei", "em",     "outro", "lugar",
                                                    "mas",   "sempre", "então", "hoje" };
    require(options.sequences >= 1, "clue: at least one sequence");
    require(options.distance >= 0, "clue: the distance cannot be negative");
    require(options.countries >= 2 && options.countries <= 6, "clue: 2 to 6 countries");
    require(options.fillers >= 1 && options.fillers <= 12, "clue: 1 to 12 filler words");
    const int C = options.countries;
    const int F = options.fillers;
    const Index alphabet = C + F + 1; // countries, fillers, the query "falo"
    Random random(options.seed);
    std::vector<std::string> words(countries.begin(), countries.begin() + C);
    words.insert(words.end(), fillers.begin(), fillers.begin() + F);
    words.emplace_back("falo");
    SequenceTask task = describedTask(
        "language_clue",
        "\"Eu nasci no Brasil ... logo eu falo ___\": the answer depends only on the first token; "
        "the distractors in between carry nothing.",
        TaskKind::Classification, std::move(words), { languages.begin(), languages.begin() + C });
    const int T = options.distance + 2;
    for (int s = 0; s < options.sequences; ++s) {
        Sequence q;
        q.input = Matrix::Zero(alphabet, T);
        q.target = Matrix::Zero(C, T);
        q.labels.assign(static_cast<std::size_t>(T), -1);
        const auto clue = static_cast<int>(random.below(static_cast<std::uint64_t>(C)));
        q.tokens.push_back(clue);
        for (int t = 1; t <= options.distance; ++t)
            q.tokens.push_back(C + static_cast<int>(random.below(static_cast<std::uint64_t>(F))));
        q.tokens.push_back(C + F);
        for (int t = 0; t < T; ++t)
            q.input(q.tokens[static_cast<std::size_t>(t)], t) = 1.0;
        q.target(clue, T - 1) = 1.0;
        q.labels.back() = clue;
        q.lossSteps = { T - 1 };
        q.predictableSteps = { T - 1 };
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask latchingProblem(const LatchingOptions &options)
{
    require(options.sequences >= 1, "latching: at least one sequence");
    require(options.informative >= 1 && options.informative < options.length,
            "latching: 1 <= informative steps < length");
    require(options.noise >= 0.0, "latching: the noise cannot be negative");
    Random random(options.seed);
    SequenceTask task
        = describedTask("latching",
                        "Bengio, Simard & Frasconi (1994): the class is in the first steps only; "
                        "the network must latch it and hold it through the noise to the end.",
                        TaskKind::Classification, { "x" }, { "class 0", "class 1" });
    const int T = options.length;
    for (int s = 0; s < options.sequences; ++s) {
        Sequence q;
        q.input.resize(1, T);
        q.target = Matrix::Zero(2, T);
        const auto label = static_cast<int>(random.below(2));
        for (int t = 0; t < T; ++t) {
            const double signal = t < options.informative ? (label == 1 ? 1.0 : -1.0) : 0.0;
            q.input(0, t) = signal + options.noise * random.normal();
        }
        q.labels.assign(static_cast<std::size_t>(T), -1);
        q.labels.back() = label;
        q.target(label, T - 1) = 1.0;
        q.lossSteps = { T - 1 };
        q.predictableSteps = { T - 1 };
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask resetSum(const ResetSumOptions &options)
{
    require(options.sequences >= 1 && options.length >= 1, "reset sum: at least one step");
    require(options.resetProbability >= 0.0 && options.resetProbability <= 1.0,
            "reset sum: the reset probability must be in [0, 1]");
    Random random(options.seed);
    SequenceTask task
        = describedTask("reset_sum",
                        "A running sum that restarts at every reset signal: the forget gate must "
                        "close at the resets and stay open in between.",
                        TaskKind::Regression, { "value", "reset" }, { "sum since reset" });
    const int T = options.length;
    for (int s = 0; s < options.sequences; ++s) {
        Sequence q;
        q.input = Matrix::Zero(2, T);
        q.target = Matrix::Zero(1, T);
        double sum = 0.0;
        for (int t = 0; t < T; ++t) {
            const double value = random.uniform();
            const bool reset = t == 0 || random.chance(options.resetProbability);
            q.input(0, t) = value;
            q.input(1, t) = reset ? 1.0 : 0.0;
            sum = (reset ? 0.0 : sum) + value;
            q.target(0, t) = sum;
            q.lossSteps.push_back(t);
            q.predictableSteps.push_back(t);
        }
        task.sequences.push_back(std::move(q));
    }
    return task;
}

SequenceTask endLabel(const EndLabelOptions &options)
{
    require(options.sequences >= 1 && options.length >= 2, "end label: T >= 2");
    require(options.symbols >= 2 && options.symbols <= 26, "end label: 2 to 26 symbols");
    Random random(options.seed);
    const std::string_view letters = std::string_view("abcdefghijklmnopqrstuvwxyz")
                                         .substr(0, static_cast<std::size_t>(options.symbols));
    SequenceTask task
        = describedTask("end_label",
                        "Every step must name the LAST symbol of the sequence: only "
                        "a network that also reads backwards can know it before the "
                        "end.",
                        TaskKind::Classification, symbolNames(letters), symbolNames(letters));
    const int T = options.length;
    for (int s = 0; s < options.sequences; ++s) {
        Sequence q;
        q.input = Matrix::Zero(options.symbols, T);
        q.target = Matrix::Zero(options.symbols, T);
        for (int t = 0; t < T; ++t)
            q.tokens.push_back(
                static_cast<int>(random.below(static_cast<std::uint64_t>(options.symbols))));
        const int last = q.tokens[static_cast<std::size_t>(T - 1)];
        for (int t = 0; t < T; ++t) {
            q.input(q.tokens[static_cast<std::size_t>(t)], t) = 1.0;
            q.target(last, t) = 1.0;
            q.labels.push_back(last);
            q.lossSteps.push_back(t);
        }
        q.predictableSteps = { T - 1 };
        task.sequences.push_back(std::move(q));
    }
    return task;
}

} // namespace rnn

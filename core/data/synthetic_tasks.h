// Synthetic tasks of the lessons: deterministic generators (same options and seed -> the same
// numbers, bit for bit, via rnn::Random). Each says where it comes from, what a network can
// learn from it and what it cannot.
#pragma once

#include "sequence_task.h"
#include "types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rnn {

// --- Sine and sum of sines (lesson 1; a series to window like a CSV column) ----------------
// x_r = sum_k amplitude_k * sin(2 pi r / period_k + phase_k) + noise * N(0, 1).
// Learnable: the periodic shape, up to the noise level. Not learnable: the noise itself, so the
// best RMSE on the test part is about `noise`.
struct SineOptions
{
    Index length = 400; // R
    std::vector<double> periods { 20.0 }; // in steps; one entry = a plain sine
    std::vector<double> amplitudes { 1.0 }; // same count as periods
    std::vector<double> phases; // empty = all zero
    double noise = 0.0; // standard deviation of Gaussian noise
    std::uint64_t seed = 1;
};
Matrix sineSeries(const SineOptions &options); // 1 x R

// --- Elman (1990), "Finding structure in time": temporal XOR ------------------------------
// A stream of bit triples (a, b, a XOR b) with a, b random; next-bit prediction, one input
// and one output, loss at every step (regression of the next bit). Only the third bit of
// every triple is predictable (predictableSteps: the steps whose TARGET is an XOR bit); on
// the others the best possible squared error is 0.25 (guess 0.5). After training the error is
// low on every third bit only: the network found the structure, it did not memorise the stream.
struct XorOptions
{
    int sequences = 1;
    int triples = 1000; // per sequence; T = 3 * triples - 1
    std::uint64_t seed = 1;
};
SequenceTask temporalXor(const XorOptions &options);

// --- Elman (1990): letter sequences --------------------------------------------------------
// Consonants b, d, g drawn at random, each followed by its vowels: b -> ba, d -> dii,
// g -> guuu. One-hot input over {b, d, g, a, i, u}; the target is the next letter (6 classes,
// loss at every step). Predictable: which vowel follows and how many (predictableSteps: the
// steps whose target is a vowel). Not predictable: which consonant comes next (only THAT a
// consonant comes after the last vowel of a group). Elman coded letters as 6-bit feature
// vectors and regressed them; here they are one-hot classes, the same information.
struct LetterOptions
{
    int sequences = 1;
    int consonants = 500; // per sequence
    std::uint64_t seed = 1;
};
SequenceTask elmanLetters(const LetterOptions &options);

// --- Hochreiter & Schmidhuber (1997), experiment 4: the adding problem ---------------------
// Two input channels of length T: values uniform in [0, 1], and markers, exactly two 1s.
// Target (at the last step only) = the sum of the two marked values. Placement Halves (the
// common modern form, Le, Jaitly & Hinton 2015): one marker in the first half, one in the
// second. Placement Paper (1997): the first among the first 10 steps, the second among the
// first T/2 - 1 (distinct), so the information is far from the end. (The paper also drew values
// from [-1, 1] and scaled the target to 0.5 + sum / 4; both placements here use [0, 1] values
// and the plain sum, as the issue asks.) Always predicting 1 gives
// MSE about 1/6; a net must store the marked values across up to T steps to go below.
enum class AddingPlacement { Halves, Paper };
struct AddingOptions
{
    int sequences = 1000;
    int length = 100; // T >= 4 (Paper: T >= 24)
    AddingPlacement placement = AddingPlacement::Halves;
    std::uint64_t seed = 1;
};
SequenceTask addingProblem(const AddingOptions &options);

// --- The embedded Reber grammar (Smith & Zipser 1989; used by Hochreiter & Schmidhuber 1997) --
// Strings B (T r T | P r P) E where r is a Reber string (see ReberGrammar). One-hot input of
// the 7 symbols B T P S X V E; at every step but the last the label is the actual next symbol
// and the target column is the multi-hot set of LEGAL next symbols (what a perfect network
// predicts). Everything is locally predictable except the second-to-last symbol, which must
// repeat the T or P seen right after the first B: a long dependency an Elman net often loses.
struct ReberOptions
{
    int sequences = 500;
    int maxLength = 50; // strings longer than this are redrawn (the loops are unbounded)
    std::uint64_t seed = 1;
};
SequenceTask embeddedReber(const ReberOptions &options);

// --- "Eu nasci no Brasil, ... logo eu falo ___": a clue far back (lesson 7) -----------------
// A country token at step 0 (the clue), `distance` distractor tokens drawn at random from
// filler words, then the query token "falo". The answer, at the last step only, is the
// language of the clue country (Brasil -> português, França -> francês, ...). One-hot input
// over countries + fillers + query; tokens[] holds the same ids for an embedding layer. Nothing
// in the distractors helps: the net must carry the clue over distance + 1 steps.
struct ClueOptions
{
    int sequences = 1000;
    int distance = 10; // N distractors between clue and query
    int countries = 4; // 2..6 clue/answer pairs
    int fillers = 8; // 1..12 distractor words
    std::uint64_t seed = 1;
};
SequenceTask languageClue(const ClueOptions &options);

// --- Bengio, Simard & Frasconi (1994): the latching problem --------------------------------
// Two classes. The first `informative` steps carry the class (+1 for class 1, -1 for class 0,
// plus the noise), the remaining T - informative steps are Gaussian noise N(0, noise^2).
// The label is read at the last step: the network must latch one bit of information and hold
// it against the noise for T steps; with a growing T the gradient from the end vanishes before
// it reaches the informative steps (the paper's argument).
struct LatchingOptions
{
    int sequences = 500;
    int length = 50; // T
    int informative = 3; // L < T
    double noise = 0.2;
    std::uint64_t seed = 1;
};
SequenceTask latchingProblem(const LatchingOptions &options);

// --- A running sum with a reset signal (lesson 8, the forget gate) --------------------------
// Two input channels: a value uniform in [0, 1) and a reset flag (1 with probability
// resetProbability, and always at step 0). The target at every step is the sum of the values
// since the last reset, this step included. Everything is predictable; an LSTM solves it by
// closing its forget gate (f -> 0) exactly at the resets and keeping it open (f -> 1) between.
struct ResetSumOptions
{
    int sequences = 500;
    int length = 30; // T
    double resetProbability = 0.15;
    std::uint64_t seed = 1;
};
SequenceTask resetSum(const ResetSumOptions &options);

// --- A label that only the end reveals (lesson 11, bidirectional networks) -------------------
// T random symbols (one-hot over `symbols`); the label asked at EVERY step is the last symbol
// of the sequence. A forward network can only guess (1 / symbols) until the last step; the
// backward row of a bidirectional network has read the end before step 0 and gets every step
// right. predictableSteps lists the steps a FORWARD network can get right: the last one only.
struct EndLabelOptions
{
    int sequences = 500;
    int length = 10; // T >= 2
    int symbols = 4; // 2..26, named "a", "b", ...
    std::uint64_t seed = 1;
};
SequenceTask endLabel(const EndLabelOptions &options);

} // namespace rnn

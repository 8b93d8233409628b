// TextPipeline: classifying texts (a CSV of texts and labels, core/data TextDataset). It splits
// the texts (a stratified hold-out, or a separate test file), tokenizes them (words or
// characters), builds the vocabulary on the training texts (or takes a model's), and feeds the
// token ids (and, when configured, each word's hashed character n-grams: core/data/
// subword_hasher.h) to a many-to-one network with an embedding and a softmax readout that skips
// the pad steps (so batches may be cut to their longest text); the evaluation is
// the class metrics beside the majority class and a naive Bayes on the word counts of the same
// training texts (fitted once here, when the training texts are at hand).
#pragma once

#include "baselines/naive_bayes.h"
#include "data/label_set.h"
#include "data/subword_hasher.h"
#include "data/text_dataset.h"
#include "data/tokenizer.h"
#include "data/vocabulary.h"
#include "train/pipeline.h"

#include <string>
#include <vector>

namespace rnn {

class TextPipeline : public Pipeline
{
public:
    // Throws DataError for bad data (e.g. a test label the training texts lack).
    TextPipeline(const ExperimentConfig &config, const PipelineSource &source);

    const Vocabulary &vocabulary() const { return m_vocabulary; }
    // The words of a text as the network reads them (before the vocabulary maps them to ids).
    std::vector<std::string> words(const std::string &text) const;
    // Texts as the network reads them: tokenized, mapped to ids (unknown words to <unk>) and
    // pre-padded to the configured length, without labels (what classify() predicts on).
    SequenceSet sequences(const std::vector<std::string> &texts) const;
    // The test texts in the order of testSet() (empty for a model loaded without them).
    const std::vector<std::string> &testTexts() const { return m_testTexts; }
    const Tokenizer &tokenizer() const { return m_tokenizer; }
    // Fitted on the training texts' tokens; empty for a model loaded without its training data.
    const NaiveBayes &naiveBayes() const { return m_naiveBayes; }

    Evaluation evaluate(const Trainer &trainer) const override; // a ClassificationEvaluation
    void storeIn(ModelFile &model) const override;

    // Which words push the prediction: occlusion. For a sequence of token ids (T, pre-padded as
    // the pipeline encodes them), column t is p(c | ids) - p(c | ids without the token at t, the
    // rest pre-padded to T again) for every class c (K x T): positive where the word pushes
    // the prediction toward c. Padding steps are 0; every column sums to 0.
    // With subword n-grams, `subwords` holds every step's bucket ids (as SequenceSet::subwords
    // of the sample, or stepSubwords() of its Trace); they move with their words.
    Matrix occlusion(const Trainer &trainer, const std::vector<int> &ids,
                     const std::vector<std::vector<int>> &subwords = {}) const;
    // The per-step bucket ids of a one-sequence Trace (B = 1), empty without n-grams.
    static std::vector<std::vector<int>> stepSubwords(const Trace &trace);
    // The class of every text (and, when asked, the probabilities: K x N).
    std::vector<int> classify(const Trainer &trainer, const std::vector<std::string> &texts,
                              Matrix *probabilities = nullptr) const;

private:
    struct Parts
    {
        TextDataset train, validation, test;
    };
    Parts split(TextDataset all, const LabelSet &labels, const PipelineSource &source) const;
    SequenceSet toSequences(const TextDataset &texts, const LabelSet &labels,
                            const std::vector<std::vector<std::string>> &tokens) const;
    // One text's words into `set`: its ids pre-padded to maxLength and, with n-grams, every
    // step's bucket ids (none on pad steps).
    void append(const std::vector<std::string> &words, SequenceSet &set) const;

    ExperimentConfig m_config;
    Tokenizer m_tokenizer;
    Vocabulary m_vocabulary;
    SubwordHasher m_subwords; // disabled without n-grams
    std::vector<std::string> m_testTexts;
    std::vector<int> m_trainLabels; // for the majority baseline
    int m_majorityClass = -1; // the majority class when m_trainLabels are unknown (a model)
    NaiveBayes m_naiveBayes;
    std::vector<int> m_naiveBayesTest; // its class of every test text (empty when not fitted)
};

} // namespace rnn

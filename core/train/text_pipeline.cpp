// Implementation of text_pipeline.h: the split, the vocabulary, the token ids as sequences, and
// the class metrics.
#include "text_pipeline.h"

#include "data/data_error.h"
#include "data/stratified_split.h"

#include <algorithm>
#include <stdexcept>

namespace rnn {

namespace {

TextCsvOptions csvOptions(const ExperimentConfig &c)
{
    TextCsvOptions options;
    options.textColumn = c.textColumn;
    options.labelColumn = c.labelColumn;
    return options;
}

} // namespace

namespace {

SubwordOptions subwordOptions(const ExperimentConfig &c)
{
    SubwordOptions options;
    options.buckets = c.characterLevel ? 0 : c.subwordBuckets; // n-grams of words only
    options.minLength = c.subwordMin;
    options.maxLength = c.subwordMax;
    return options;
}

} // namespace

TextPipeline::TextPipeline(const ExperimentConfig &config, const PipelineSource &source)
    : m_config(config)
    , m_tokenizer(config.characterLevel ? TokenMode::Character : TokenMode::Word,
                  config.punctuationTokens)
    , m_subwords(subwordOptions(config))
{
    if (auto error = m_subwords.options().validate(); !error.empty())
        throw std::invalid_argument(error);
    TextDataset all;
    if (source.readData)
        all = TextDataset::load(resolveResourcePath(m_config.dataFile), csvOptions(m_config));
    const ModelFile *model = source.model;
    // A model's own class names (id = position), never re-derived from the data.
    const LabelSet labelSet = model ? LabelSet::fromJson(nlohmann::json(model->labels))
                                    : LabelSet::fromLabels(all.labels);
    const Parts parts = split(std::move(all), labelSet, source);
    m_classNames = labelSet.names();
    const auto trainTokens = m_tokenizer.tokenize(parts.train.texts);
    if (model) { // the model's own vocabulary, never rebuilt
        if (model->vocabulary.is_null())
            throw std::invalid_argument("The model file has no vocabulary for its texts.");
        m_vocabulary = Vocabulary::fromJson(model->vocabulary);
    } else {
        VocabularyOptions vocabularyOptions;
        vocabularyOptions.minFrequency = m_config.minFrequency;
        vocabularyOptions.maxSize = m_config.maxVocabulary;
        m_vocabulary = Vocabulary::build(trainTokens, vocabularyOptions);
    }
    m_train = std::make_shared<const SequenceSet>(toSequences(parts.train, labelSet, trainTokens));
    if (parts.validation.size() > 0)
        m_validation = std::make_shared<const SequenceSet>(
            toSequences(parts.validation, labelSet, m_tokenizer.tokenize(parts.validation.texts)));
    const auto testTokens = m_tokenizer.tokenize(parts.test.texts);
    m_test = std::make_shared<const SequenceSet>(toSequences(parts.test, labelSet, testTokens));
    m_testTexts = parts.test.texts;
    m_trainLabels = labelSet.encode(parts.train.labels);
    if (!m_trainLabels.empty()) {
        m_naiveBayes = NaiveBayes::fit(trainTokens, m_trainLabels, labelSet.size());
        m_naiveBayesTest = m_naiveBayes.classify(testTokens);
    }
    if (model && m_trainLabels.empty()) { // the majority class as the model file reported it
        const nlohmann::json::json_pointer pointer("/baselines/majority/class");
        if (model->metrics.contains(pointer) && model->metrics.at(pointer).is_string())
            m_majorityClass = labelSet.id(model->metrics.at(pointer).get<std::string>());
    }

    m_network = baseNetwork(m_config);
    m_network.vocabularySize = m_vocabulary.size();
    m_network.embeddingSize = m_config.embeddingSize;
    m_network.inputSize = m_config.embeddingSize;
    m_network.outputSize = labelSet.size();
    m_network.readout = ReadoutKind::Softmax;
    m_network.placement = manyToOnePlacement(m_config);
    m_network.subwordBuckets = m_subwords.options().buckets;
    // New models skip pad steps; a model file keeps what it was trained with.
    m_network.skipPadding = model ? model->network.skipPadding : m_config.model != CellType::Jordan;
}

TextPipeline::Parts TextPipeline::split(TextDataset all, const LabelSet &labelSet,
                                        const PipelineSource &source) const
{
    Parts parts;
    if (m_config.testDataFile.empty()) {
        if (source.readData) {
            const HoldOutSplit split = stratifiedHoldOut(labelSet.encode(all.labels),
                                                         m_config.holdoutFraction, m_config.seed);
            parts.train = all.subset(split.train);
            parts.test = all.subset(split.test);
        }
    } else {
        parts.train = std::move(all);
        TextCsvOptions testOptions = csvOptions(m_config);
        testOptions.requireTwoClasses = false;
        if (source.readTestData)
            parts.test = TextDataset::load(resolveResourcePath(m_config.testDataFile), testOptions);
    }
    if (m_config.validationHoldout > 0.0 && parts.train.size() > 0) {
        const HoldOutSplit split = stratifiedHoldOut(labelSet.encode(parts.train.labels),
                                                     m_config.validationHoldout, m_config.seed + 1);
        parts.validation = parts.train.subset(split.test);
        parts.train = parts.train.subset(split.train);
    }
    const TextDataset &test = parts.test;
    for (std::size_t i = 0; i < test.size(); ++i)
        if (labelSet.id(test.labels[i]) < 0)
            throw DataError(test.source, test.lines[i], 0,
                            "the label \"" + test.labels[i]
                                + (source.model ? "\" is not one of the model's classes"
                                                : "\" does not occur in the training data"));
    return parts;
}

SequenceSet TextPipeline::toSequences(const TextDataset &texts, const LabelSet &labels,
                                      const std::vector<std::vector<std::string>> &tokens) const
{
    SequenceSet set;
    set.steps = m_config.maxLength;
    const std::vector<int> ids = labels.encode(texts.labels);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        append(tokens[i], set);
        set.labels.push_back({ ids[i] });
    }
    return set;
}

void TextPipeline::append(const std::vector<std::string> &words, SequenceSet &set) const
{
    const int length = m_config.maxLength;
    set.tokens.push_back(m_vocabulary.encode(words, length));
    if (!m_subwords.enabled())
        return;
    // As Vocabulary::encode: the last `length` words, pre-padded.
    const int n = static_cast<int>(words.size());
    const int kept = std::min(n, length);
    const int pads = length - kept;
    std::vector<std::vector<int>> steps(static_cast<std::size_t>(length));
    for (int t = pads; t < length; ++t)
        steps[static_cast<std::size_t>(t)]
            = m_subwords.buckets(words[static_cast<std::size_t>(n - kept + t - pads)]);
    set.subwords.push_back(std::move(steps));
}

std::vector<std::string> TextPipeline::words(const std::string &text) const
{
    return m_tokenizer.tokenize(text);
}

SequenceSet TextPipeline::sequences(const std::vector<std::string> &texts) const
{
    SequenceSet set;
    set.steps = m_config.maxLength;
    for (const auto &text : texts)
        append(m_tokenizer.tokenize(text), set);
    return set;
}

std::vector<int> TextPipeline::classify(const Trainer &trainer,
                                        const std::vector<std::string> &texts,
                                        Matrix *probabilities) const
{
    const SequenceSet set = sequences(texts);
    if (set.empty())
        return {};
    const Matrix p = trainer.predict(set);
    if (probabilities)
        *probabilities = p;
    return argmaxColumns(p);
}

std::vector<std::vector<int>> TextPipeline::stepSubwords(const Trace &trace)
{
    std::vector<std::vector<int>> steps;
    if (trace.subwordOffsets.empty() || trace.batch != 1)
        return steps;
    for (std::size_t t = 0; t + 1 < trace.subwordOffsets.size(); ++t)
        steps.emplace_back(trace.subwordIds.begin() + trace.subwordOffsets[t],
                           trace.subwordIds.begin() + trace.subwordOffsets[t + 1]);
    return steps;
}

Matrix TextPipeline::occlusion(const Trainer &trainer, const std::vector<int> &ids,
                               const std::vector<std::vector<int>> &subwords) const
{
    SequenceSet set; // the sentence, then the sentence without each of its words
    set.steps = static_cast<int>(ids.size());
    set.tokens.push_back(ids);
    const bool grams = subwords.size() == ids.size() && !ids.empty();
    if (grams)
        set.subwords.push_back(subwords);
    std::vector<std::size_t> words; // the steps holding a word
    for (std::size_t t = 0; t < ids.size(); ++t) {
        if (ids[t] == Vocabulary::paddingId)
            continue;
        std::vector<int> without(ids.size(), Vocabulary::paddingId); // one more pad in front
        std::vector<std::vector<int>> withoutGrams(grams ? ids.size() : 0);
        for (std::size_t k = 0, to = 1; k < ids.size(); ++k)
            if (k != t) {
                if (grams)
                    withoutGrams[to] = subwords[k];
                without[to++] = ids[k];
            }
        set.tokens.push_back(std::move(without));
        if (grams)
            set.subwords.push_back(std::move(withoutGrams));
        words.push_back(t);
    }
    const Matrix p = trainer.predict(set); // K x (1 + words)
    Matrix result = Matrix::Zero(p.rows(), static_cast<Index>(ids.size()));
    for (std::size_t w = 0; w < words.size(); ++w)
        result.col(static_cast<Index>(words[w])) = p.col(0) - p.col(static_cast<Index>(w + 1));
    return result;
}

Evaluation TextPipeline::evaluate(const Trainer &trainer) const
{
    requireTestData();
    ClassificationEvaluation e;
    e.labels = m_classNames;
    e.predicted = argmaxColumns(trainer.predict(*m_test));
    for (const auto &l : m_test->labels)
        e.actual.push_back(l.front());
    const int classes = static_cast<int>(m_classNames.size());
    e.metrics = classificationMetrics(e.actual, e.predicted, classes);
    if (!m_trainLabels.empty()) {
        const int majority = majorityClass(m_trainLabels, classes);
        e.majority = MajorityBaseline { majorityBaselineAccuracy(m_trainLabels, e.actual, classes),
                                        m_classNames[static_cast<std::size_t>(majority)] };
    } else if (m_majorityClass >= 0) { // unknown without the training labels or the model's
        const auto hits = std::count(e.actual.begin(), e.actual.end(), m_majorityClass);
        e.majority
            = MajorityBaseline { static_cast<double>(hits) / static_cast<double>(e.actual.size()),
                                 m_classNames[static_cast<std::size_t>(m_majorityClass)] };
    }
    if (!m_naiveBayesTest.empty() && m_naiveBayesTest.size() == e.actual.size()) {
        const ClassificationMetrics bayes
            = classificationMetrics(e.actual, m_naiveBayesTest, classes);
        e.naiveBayes = NaiveBayesBaseline { bayes.accuracy, bayes.macroF1 };
    }
    return e;
}

void TextPipeline::storeIn(ModelFile &model) const
{
    Pipeline::storeIn(model);
    model.vocabulary = m_vocabulary.toJson();
}

} // namespace rnn

// The tiny experiments tst_pytorch_export exports, one function per kind of data: forecasts on a
// small two-column series, texts on the small Portuguese set (word by word, or as the default
// text pipeline reads them), generated sequence tasks. Trained two epochs: the weights only need
// to be non-trivial.
#pragma once

#include "small_configs.h"
#include "train/experiment_config.h"

#include <QTemporaryDir>

#include <cmath>
#include <fstream>
#include <string>
#include <vector>

namespace exportconfigs {

using namespace rnn;

// A small two-column series with a trend (a, b), written into the test's folder.
inline std::string writeSeries(const QTemporaryDir &dir)
{
    const std::string path = dir.filePath(QStringLiteral("series.csv")).toStdString();
    std::ofstream out(path);
    out << "step,a,b\n";
    for (int r = 0; r < 90; ++r)
        out << "s" << r << ',' << 10.0 + 3.0 * std::sin(0.3 * r) + 0.05 * r << ','
            << std::cos(0.2 * r) << '\n';
    return path;
}

inline ExperimentConfig forecast(const std::string &csv, CellType cell)
{
    ExperimentConfig c;
    c.task = Task::Forecast;
    c.dataFile = csv;
    c.target = "a";
    c.lookback = 6;
    c.model = cell;
    c.hidden = 4;
    c.epochs = 2;
    return c;
}

// A tiny text network of `cell` on top of `c` (the data and the pipeline's other settings).
inline ExperimentConfig tinyTexts(ExperimentConfig c, CellType cell)
{
    c.model = cell;
    c.hidden = 4;
    c.embeddingSize = 5;
    c.maxLength = 12;
    c.epochs = 2;
    return c;
}

inline ExperimentConfig texts(CellType cell)
{
    return tinyTexts(testconfigs::smallPortugueseEmotions(), cell);
}

// The default text pipeline (rnnlab-train --task classify): a bidirectional LSTM over subword
// n-gram embeddings that skips pad steps, max pooling beside the skip path, on the small
// Portuguese data set.
inline ExperimentConfig defaultTexts(CellType cell = textClassificationDefaults().model)
{
    ExperimentConfig c = textClassificationDefaults();
    const ExperimentConfig small = testconfigs::smallPortugueseEmotions();
    c.dataFile = small.dataFile;
    c.testDataFile = small.testDataFile;
    return tinyTexts(c, cell);
}

// The default text pipeline's network and tokens without its skip path and "!" / "?" tokens.
inline ExperimentConfig withoutSkipPath(ExperimentConfig c)
{
    c.skipPath = false;
    c.skipLoss = 0.0;
    c.punctuationTokens = false;
    return c;
}

inline ExperimentConfig sequences(Generator generator, CellType cell)
{
    ExperimentConfig c;
    c.generator = generator;
    c.model = cell;
    c.hidden = 4;
    c.epochs = 2;
    c.trainSamples = 60;
    c.testSamples = 10;
    return c;
}

// Texts that exercise the tokenizer: accents (composed and decomposed), capitals, punctuation,
// apostrophes, unknown words, an emoji, white space, nothing, and more tokens than max_length.
inline const std::vector<std::string> sampleTexts = {
    "Estou muito feliz hoje!",
    "NÃO acredito... que raiva, de novo?!",
    "Cora\xC3\xA7\xC3\xA3o partido: a cora"
    "c\xCC\xA7"
    "a\xCC\x83"
    "o d'\xC3\xA1gua",
    "don't   stop\tme \xF0\x9F\x98\x8A now",
    "",
    "   ",
    "zzzqx palavrasdesconhecidas 12345 3,14",
    "uma frase longa demais com muitas e muitas palavras que passam do limite de tokens do modelo "
    "e continuam",
};

} // namespace exportconfigs

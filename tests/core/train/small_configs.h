// Small experiment configurations that several core/train tests start from, so a test says only
// what it changes. Built from the datasets shipped in resources/ (RNNLAB_SOURCE_DIR).
#pragma once

#include "train/experiment_config.h"

namespace rnn::testconfigs {

// The Brazilian Portuguese emotion sentences, train file -> test file (180 sentences), with a
// tiny LSTM trained for one epoch: enough to check shapes and counts, not accuracy.
inline ExperimentConfig smallPortugueseEmotions()
{
    ExperimentConfig config;
    config.task = Task::Classify;
    config.dataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr.csv";
    config.testDataFile = RNNLAB_SOURCE_DIR "/resources/datasets/emocoes_ptbr_test.csv";
    config.hidden = 8;
    config.embeddingSize = 8;
    config.epochs = 1;
    return config;
}

} // namespace rnn::testconfigs

// The limits every loader of RNN Lab checks BEFORE it allocates: the sizes a file declares (a
// model's hidden size and layers, a CSV file's columns) and the sizes of what it holds (bytes,
// rows, fields, tokens). A file over a limit is refused with a message naming the limit, the
// file and where in it, so no file of a megabyte can make the process allocate gigabytes or
// run for minutes before it is refused. They are far above what the course needs (its largest
// dataset has 44,000 rows and 13 columns, its largest network 2 layers of 48 units) and low
// enough that the largest network they allow fits in a classroom laptop's memory.
//
// What this file is not: a memory budget for training (the trainer's memory grows with the
// data it is given, which these limits bound only loosely).
#pragma once

#include <cstddef>
#include <cstdint>

namespace rnn::limits {

// Files, whole (checked before reading them into memory).
inline constexpr std::size_t maxCsvFileBytes = std::size_t { 256 } << 20; // 256 MiB
inline constexpr std::size_t maxModelFileBytes = std::size_t { 256 } << 20; // 256 MiB
inline constexpr std::size_t maxLessonFileBytes = std::size_t { 1 } << 20; // 1 MiB
inline constexpr std::size_t maxPresetsFileBytes = std::size_t { 1 } << 20; // 1 MiB

// CSV files (core/data/csv_reader.h): the line limit is CsvReadOptions::maxLineBytes.
inline constexpr std::size_t maxCsvRows = 2'000'000; // data rows
inline constexpr std::size_t maxCsvColumns = 1'000;
inline constexpr std::size_t maxCsvCells = 20'000'000; // rows x columns
inline constexpr std::size_t maxCsvFieldBytes = std::size_t { 64 } << 10; // one cell, 64 KiB

// Texts and vocabularies (core/data/text_dataset.h, vocabulary.h).
inline constexpr std::size_t maxLabelBytes = 256; // a class name
inline constexpr std::size_t maxClasses = 1'000;
inline constexpr std::size_t maxTokenBytes = 1'024; // one token of a vocabulary
inline constexpr int maxVocabularySize = 1'000'000;
// Hashed character n-grams (core/data/subword_hasher.h): buckets of the n-gram embedding, and
// the longest n-gram in code points.
inline constexpr int maxSubwordBuckets = 1'000'000;
inline constexpr int maxSubwordLength = 16;

// Networks (core/nn/network_config.h), for model files and every configuration.
inline constexpr int maxHiddenSize = 4'096;
inline constexpr int maxLayers = 16;
inline constexpr int maxInputSize = 10'000; // X, also the embedding size E
inline constexpr int maxOutputSize = 10'000; // O, outputs or classes
inline constexpr std::int64_t maxParameters = 100'000'000; // every weight together (800 MB)

// JSON files (model files, presets, lessons): how deep arrays and objects may nest.
inline constexpr int maxJsonDepth = 64;

// Experiment settings (core/train/experiment_config.h): sizes of what a run generates.
inline constexpr int maxLookback = 10'000; // time steps of a forecasting window
inline constexpr int maxSequenceLength = 10'000; // texts' max_length, generators' length
inline constexpr int maxGeneratedSamples = 1'000'000; // train_samples, test_samples
inline constexpr int maxBatchSize = 100'000;

} // namespace rnn::limits

// The pipeline core's PipelineAdvisor chose for a series, in the user's language: one sentence
// per choice (the data panel shows them; rnnlab-train prints core's English ones).
#pragma once

#include "data/column_detector.h"
#include "train/pipeline_advisor.h"

#include <QCoreApplication>
#include <QStringList>

namespace rnnlab {

class PipelineExplanation
{
    Q_DECLARE_TR_FUNCTIONS(rnnlab::PipelineExplanation)

public:
    static QStringList sentences(const rnn::PipelineAdvice &advice, rnn::DateSpacing spacing);
    // What the detector found in the file, in one sentence.
    static QString columns(const rnn::DetectedColumns &detected, const QString &target);
};

} // namespace rnnlab

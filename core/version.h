// The version of the core library (also written into model files by train/model_io).
#pragma once

namespace rnn {

const char *coreVersion();

} // namespace rnn

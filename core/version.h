// The version of RNN Lab: the CMake project version (version_config.h.in), one for everything:
// the core library, both programs' --version, the About box and the model files (train/model_io).
#pragma once

namespace rnn {

const char *coreVersion();

} // namespace rnn

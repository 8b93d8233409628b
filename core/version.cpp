// Names the core's version: the project version CMake configured (core/version_config.h.in).
#include "version.h"

#include "rnnlab_version.h"

namespace rnn {

const char *coreVersion()
{
    return projectVersion;
}

} // namespace rnn

// Keeps rnnlab_core a valid library while its rooms are filled in; names the core's version.
#include "version.h"

namespace rnn {

const char *coreVersion()
{
    return "0.1.0";
}

} // namespace rnn

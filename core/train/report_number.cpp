// Implementation of report_number.h.
#include "report_number.h"

#include <cmath>
#include <cstdio>

namespace rnn {

std::string reportNumber(double value, int digits)
{
    char text[64];
    if (std::isfinite(value) && std::abs(value) < 1e9)
        std::snprintf(text, sizeof text, "%.*f", digits, value);
    else
        std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

} // namespace rnn

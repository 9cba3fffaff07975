#include "goalsmith/version.hpp"

namespace goalsmith {

int version_number() noexcept { return GOALSMITH_VERSION_NUMBER; }
const char* version_string() noexcept { return GOALSMITH_VERSION_STRING; }

}  // namespace goalsmith

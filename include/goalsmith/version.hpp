// goalsmith — compile-time and run-time versions of the C++ API.
#pragma once

#include "goalsmith/export.hpp"

#define GOALSMITH_VERSION_MAJOR 0
#define GOALSMITH_VERSION_MINOR 1
#define GOALSMITH_VERSION_PATCH 0
/// MAJOR * 10000 + MINOR * 100 + PATCH, comparable with goalsmith::version_number().
#define GOALSMITH_VERSION_NUMBER \
  (GOALSMITH_VERSION_MAJOR * 10000 + GOALSMITH_VERSION_MINOR * 100 + GOALSMITH_VERSION_PATCH)
#define GOALSMITH_VERSION_STRING "0.1.0"

namespace goalsmith {

/// Version of the library actually loaded at run time; equals GOALSMITH_VERSION_NUMBER when the
/// headers and the binary agree. Added in 0.1.0. Thread-safe.
GOALSMITH_API int version_number() noexcept;

/// "MAJOR.MINOR.PATCH" of the loaded library (static storage, never null). Added in 0.1.0.
GOALSMITH_API const char* version_string() noexcept;

}  // namespace goalsmith

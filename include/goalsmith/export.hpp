// goalsmith — symbol visibility for the documented C++ API.
//
// The library is compiled with -fvisibility=hidden; only declarations marked GOALSMITH_API
// (and the gs_* C functions) are exported, so no std::, Boost or nlohmann symbol becomes
// part of the ABI. Static builds define GOALSMITH_STATIC (set by the CMake target).
#pragma once

#if defined(GOALSMITH_STATIC)
#define GOALSMITH_API
#elif defined(_WIN32)
#if defined(GOALSMITH_BUILDING)
#define GOALSMITH_API __declspec(dllexport)
#else
#define GOALSMITH_API __declspec(dllimport)
#endif
#else
#define GOALSMITH_API __attribute__((visibility("default")))
#endif

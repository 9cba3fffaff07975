// The Catch2 main of goalsmith_tests; the test cases live in tests/cpp/test_*.cpp.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#!/usr/bin/env bash
# Every test of goalsmith, as CI runs it (.ci/run) and as the README tells contributors:
#
#   bash tests/run-all.sh
#
# 1. installs what the tests need (Debian packages only when missing; the Python package with
#    its test extras via pip, which builds the extension);
# 2. shared build in build/ci, warnings as errors, tests + examples + benchmarks (built, not
#    run), then ctest;
# 3. static build in build/ci-static, then ctest;
# 4. AddressSanitizer + UndefinedBehaviorSanitizer build in build/ci-sanitize, then ctest;
# 5. pytest over tests/python.
# Works from any directory; stops at the first failure with a non-zero status.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

jobs="${GOALSMITH_JOBS:-2}"
start_all=$SECONDS
section_name=""
section_start=$SECONDS
# Prints a header, and how long the previous section took.
section() {
  [[ -n "$section_name" ]] && echo "-- ${section_name}: done in $((SECONDS - section_start)) s"
  section_name="$1"
  section_start=$SECONDS
  printf '\n==================== %s ====================\n' "$1"
}
on_exit() {
  local status=$?
  if ((status != 0)); then
    printf '\n!!!!!!!!!!!!!!!!!!!! FAILED in: %s (exit status %d) !!!!!!!!!!!!!!!!!!!!\n' \
      "${section_name:-setup}" "$status" >&2
  fi
}
trap on_exit EXIT

as_root() {
  if ((EUID == 0)); then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "run-all.sh: need root (or sudo) to run: $*" >&2; return 1
  fi
}

# ---------------------------------------------------------------------------------------------
section "1/5 dependencies"
# Debian packages the C++ build and tests use: Catch2 2, Boost >= 1.81 headers, nlohmann/json,
# Google Benchmark, pkg-config (the install test). Checked one by one so a rerun needs no apt.
packages=(catch2 libboost1.81-dev nlohmann-json3-dev libbenchmark-dev pkg-config)
command -v cmake >/dev/null || packages+=(cmake)
command -v c++ >/dev/null || packages+=(g++)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update
  as_root apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "Debian packages present: ${packages[*]}"
fi

echo "python: $(command -v python3) ($(python3 --version 2>&1))"
# Builds the extension from this checkout and installs goalsmith with its test extras.
PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore python3 -m pip install ".[test]"
# pyenv only sees new console scripts (the `goalsmith` CLI) after a rehash.
if command -v pyenv >/dev/null; then pyenv rehash || true; fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
common=("${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DGOALSMITH_WARNINGS_AS_ERRORS=ON
  -DGOALSMITH_BUILD_TESTS=ON -DGOALSMITH_BUILD_EXAMPLES=ON)

# ---------------------------------------------------------------------------------------------
section "2/5 shared library: build and ctest (build/ci)"
cmake -S . -B build/ci "${common[@]}" -DBUILD_SHARED_LIBS=ON -DGOALSMITH_BUILD_BENCHMARKS=ON
cmake --build build/ci -j "$jobs"
ctest --test-dir build/ci --output-on-failure --no-tests=error -j "$jobs"

# ---------------------------------------------------------------------------------------------
section "3/5 static library: build and ctest (build/ci-static)"
# Benchmarks and the CLI are already covered by the shared build; leaving them out keeps this
# second build short.
cmake -S . -B build/ci-static "${common[@]}" -DBUILD_SHARED_LIBS=OFF \
  -DGOALSMITH_BUILD_BENCHMARKS=OFF -DGOALSMITH_BUILD_CLI=OFF
cmake --build build/ci-static -j "$jobs"
ctest --test-dir build/ci-static --output-on-failure --no-tests=error -j "$jobs"

# ---------------------------------------------------------------------------------------------
section "4/5 sanitizers: ASan + UBSan build and ctest (build/ci-sanitize)"
# -fno-sanitize-recover=all makes any UBSan finding fail its test instead of only printing.
# The install test is left out: its consumer project is built without the sanitizer runtime.
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build/ci-sanitize "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGOALSMITH_WARNINGS_AS_ERRORS=ON -DGOALSMITH_BUILD_TESTS=ON -DGOALSMITH_BUILD_EXAMPLES=ON \
  -DGOALSMITH_BUILD_CLI=OFF -DGOALSMITH_INSTALL=OFF -DBUILD_SHARED_LIBS=OFF \
  -DCMAKE_C_FLAGS="$sanitize" -DCMAKE_CXX_FLAGS="$sanitize" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build build/ci-sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build/ci-sanitize --output-on-failure --no-tests=error -j "$jobs"

# ---------------------------------------------------------------------------------------------
section "5/5 Python: pytest (tests/python)"
status=0
python3 -m pytest tests/python || status=$?
if ((status == 5)); then
  echo "pytest collected no tests: that is a failure here" >&2
fi
((status == 0)) || exit "$status"

echo "-- ${section_name}: done in $((SECONDS - section_start)) s"
section_name=""
printf '\n==================== all tests passed in %d s ====================\n' \
  "$((SECONDS - start_all))"

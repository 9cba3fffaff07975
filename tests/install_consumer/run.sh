#!/usr/bin/env bash
# The install test (ctest label "install"): installs a goalsmith build tree into a scratch prefix,
# then builds and runs two consumers against it, as a user would:
#   1. tests/install_consumer/CMakeLists.txt via find_package(goalsmith CONFIG REQUIRED);
#   2. check_goal.c compiled by hand with `pkg-config --cflags --libs goalsmith` (if pkg-config
#      exists).
# It also checks that the installed CMake files need no Boost or nlohmann/json.
#
# Usage: run.sh --build-dir DIR --work-dir DIR [--cmake CMAKE] [--config CFG]
#               [--generator GEN] [--cxx CXX] [--cc CC]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cmake_cmd=cmake build_dir="" work_dir="" config="" generator="" cxx="" cc="${CC:-cc}"
while (($#)); do
  case "$1" in
    --cmake) cmake_cmd="$2" ;;
    --build-dir) build_dir="$2" ;;
    --work-dir) work_dir="$2" ;;
    --config) config="$2" ;;
    --generator) generator="$2" ;;
    --cxx) cxx="$2" ;;
    --cc) cc="$2" ;;
    *) echo "run.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift 2
done
[[ -n "$build_dir" && -n "$work_dir" ]] || { echo "run.sh: --build-dir and --work-dir are required" >&2; exit 2; }

fail() { echo "install test FAILED: $*" >&2; exit 1; }

prefix="$work_dir/prefix"
rm -rf "$work_dir"
mkdir -p "$work_dir"

echo "== cmake --install $build_dir --prefix $prefix"
install_args=(--install "$build_dir" --prefix "$prefix")
[[ -n "$config" ]] && install_args+=(--config "$config")
"$cmake_cmd" "${install_args[@]}"

config_file="$(find "$prefix" -path '*/cmake/goalsmith/goalsmithConfig.cmake' | head -n1)"
pc_file="$(find "$prefix" -path '*/pkgconfig/goalsmith.pc' | head -n1)"
[[ -n "$config_file" ]] || fail "goalsmithConfig.cmake was not installed"
[[ -f "$(dirname "$config_file")/goalsmithConfigVersion.cmake" ]] || fail "goalsmithConfigVersion.cmake was not installed"
[[ -n "$pc_file" ]] || fail "goalsmith.pc was not installed"
[[ -f "$prefix/include/goalsmith/engine.hpp" ]] || fail "include/goalsmith/engine.hpp was not installed"
[[ -f "$prefix/include/goalsmith.h" ]] || fail "include/goalsmith.h (the C header) was not installed"
# The library links Boost and nlohmann/json privately and header-only: the export must not
# name them, or every consumer would need them too.
if grep -l -i -E 'boost|nlohmann|goalsmith_private_deps' "$(dirname "$config_file")"/goalsmithTargets*.cmake; then
  fail "the installed CMake package refers to a private dependency"
fi
libdir="$(dirname "$(dirname "$pc_file")")"
shared=0
compgen -G "$libdir/libgoalsmith.so*" >/dev/null && shared=1
echo "installed: $(cd "$prefix" && find . -type f | sort | tr '\n' ' ')"

echo "== find_package(goalsmith) consumer"
consumer_build="$work_dir/consumer-build"
configure_args=(-S "$here" -B "$consumer_build"
  "-DCMAKE_PREFIX_PATH=$prefix"
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_PACKAGE_NO_SYSTEM_PACKAGE_REGISTRY=ON)
[[ -n "$generator" ]] && configure_args+=(-G "$generator")
[[ -n "$cxx" ]] && configure_args+=("-DCMAKE_CXX_COMPILER=$cxx")
[[ -n "$config" ]] && configure_args+=("-DCMAKE_BUILD_TYPE=$config")
"$cmake_cmd" "${configure_args[@]}"
found_dir="$(sed -n 's/^goalsmith_DIR:PATH=//p' "$consumer_build/CMakeCache.txt")"
[[ "$(cd "$found_dir" && pwd -P)" == "$(cd "$(dirname "$config_file")" && pwd -P)" ]] ||
  fail "the consumer found goalsmith in $found_dir, not in the scratch prefix"
build_args=(--build "$consumer_build")
[[ -n "$config" ]] && build_args+=(--config "$config")
"$cmake_cmd" "${build_args[@]}"
consumer="$(find "$consumer_build" -type f -name consumer -perm -u+x | head -n1)"
[[ -n "$consumer" ]] || fail "the consumer executable was not built"
"$consumer"

echo "== pkg-config consumer"
if ! command -v pkg-config >/dev/null; then
  echo "pkg-config not found: skipped"
  exit 0
fi
export PKG_CONFIG_PATH="$(dirname "$pc_file")${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
version="$(pkg-config --modversion goalsmith)"
echo "goalsmith.pc: version $version"
pc_args=(--cflags --libs)
# A static library brings its C++ runtime and thread needs through Libs.private.
((shared)) || pc_args+=(--static)
read -r -a flags <<<"$(pkg-config "${pc_args[@]}" goalsmith)"
echo "pkg-config ${pc_args[*]} goalsmith: ${flags[*]}"
pc_libdir="$(pkg-config --variable=libdir goalsmith)"
[[ "$(cd "$pc_libdir" && pwd -P)" == "$(cd "$libdir" && pwd -P)" ]] ||
  fail "goalsmith.pc points at $pc_libdir, not at the installed $libdir"
"$cc" -std=c99 -Wall -Wextra -Werror -o "$work_dir/check_goal_c" "$here/check_goal.c" \
  "${flags[@]}" "-Wl,-rpath,$pc_libdir"
"$work_dir/check_goal_c"
echo "install test passed"

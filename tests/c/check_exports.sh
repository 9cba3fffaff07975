#!/usr/bin/env bash
# Checks the dynamic symbol table of the goalsmith shared library:
#  - every exported symbol is a gs_* C function or a C++ symbol of namespace goalsmith
#    (including its typeinfo and vtables), so no std::, Boost or nlohmann symbol leaks;
#  - every gs_ function declared in capi/goalsmith.h is exported.
# Usage: check_exports.sh path/to/libgoalsmith.so [path/to/goalsmith.h]
# Exits 0 when both hold, 1 listing the offenders otherwise, 2 on a usage error.
set -euo pipefail

lib=${1:-}
header=${2:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/capi/goalsmith.h"}
if [[ -z "$lib" || ! -f "$lib" ]]; then
  echo "usage: $0 path/to/libgoalsmith.so [path/to/goalsmith.h]" >&2
  exit 2
fi
if [[ ! -f "$header" ]]; then
  echo "$0: header not found: $header" >&2
  exit 2
fi
for tool in nm c++filt; do
  command -v "$tool" >/dev/null || { echo "$0: $tool not found" >&2; exit 2; }
done

# Defined dynamic symbols, without version suffixes ("name@@VERS"). Linker-made markers such
# as the version node itself (type A, absolute) are not code and are skipped.
mapfile -t symbols < <(nm -D --defined-only "$lib" | awk '$2 != "A" { print $3 }' | sed 's/@.*//' | sort -u)
if [[ ${#symbols[@]} -eq 0 ]]; then
  echo "$0: no defined dynamic symbols in $lib" >&2
  exit 1
fi

# Demangle all at once (one c++filt process); line i of demangled belongs to symbols[i].
mapfile -t demangled < <(printf '%s\n' "${symbols[@]}" | c++filt)

status=0
offenders=()
exported_c=()
for i in "${!symbols[@]}"; do
  sym=${symbols[$i]}
  if [[ "$sym" == gs_* ]]; then
    exported_c+=("$sym")
    continue
  fi
  # The same patterns as cmake/goalsmith.map: the linker matches them against demangled names.
  case "${demangled[$i]}" in
    goalsmith::*|"typeinfo for goalsmith::"*|"typeinfo name for goalsmith::"*|"vtable for goalsmith::"*)
      ;;
    *)
      offenders+=("$sym  (${demangled[$i]})")
      ;;
  esac
done
if [[ ${#offenders[@]} -gt 0 ]]; then
  echo "Exported symbols outside gs_* and goalsmith:: in $lib:"
  printf '  %s\n' "${offenders[@]}"
  status=1
fi

# gs_ functions declared in the header: "GS_API <type> gs_name(" possibly over two lines.
mapfile -t declared < <(tr '\n' ' ' < "$header" | grep -oE 'GS_API[^;(]*\bgs_[a-z0-9_]+[[:space:]]*\(' |
                        grep -oE 'gs_[a-z0-9_]+[[:space:]]*\($' | tr -d ' (' | sort -u)
if [[ ${#declared[@]} -eq 0 ]]; then
  echo "$0: found no GS_API declarations in $header" >&2
  exit 2
fi
missing=()
for fn in "${declared[@]}"; do
  found=0
  for sym in "${exported_c[@]}"; do
    [[ "$sym" == "$fn" ]] && { found=1; break; }
  done
  [[ $found -eq 1 ]] || missing+=("$fn")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "Functions declared in $(basename "$header") but not exported by $lib:"
  printf '  %s\n' "${missing[@]}"
  status=1
fi

if [[ $status -eq 0 ]]; then
  echo "OK: ${#symbols[@]} exported symbols, ${#declared[@]} gs_ functions declared and exported"
fi
exit $status

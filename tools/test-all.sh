#!/usr/bin/env bash
# The one test command (README): builds the engine, runs every C test (ctest; and on armhf + lx106 under QEMU
# when those toolchains are installed or P8_TARGETS=1), the nano-constraints lint, the project-file check, and
# every C# test project (the NFUnitTest sources on the desktop, the adapter's own tests, the lint and CLI tests).
# Ends with "N passed, N failed" over all of them. Exit status 0 only when everything passed.
#
#   tools/test-all.sh            everything available on this machine
#   P8_TARGETS=0 tools/test-all.sh   skip the QEMU cross-target runs
#   P8_FUZZ_SECONDS=60 tools/test-all.sh   also run a bounded GAZL fuzz smoke
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build="$root/build"
logs="$build/test-logs"
mkdir -p "$logs"

total_pass=0
total_fail=0
failed_steps=()

add_counts() { # $1 step name, $2 passed, $3 failed
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
  printf '  %-34s %5d passed, %d failed\n' "$1" "$2" "$3"
}

step_failed() {
  failed_steps+=("$1")
  echo "!! step failed: $1 (log: ${2:-})"
}

# ---- 1. engine: build + ctest ---------------------------------------------------------------------------
echo "== engine (CMake + ctest)"
if cmake -S engine -B "$build/engine" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$logs/cmake.log" 2>&1 &&
   cmake --build "$build/engine" -j2 >>"$logs/cmake.log" 2>&1; then
  ctest --test-dir "$build/engine" -V >"$logs/ctest.log" 2>&1
  ctest_rc=$?
  read -r p f < <(grep -E '^[0-9]+: [0-9]+ passed, [0-9]+ failed$' "$logs/ctest.log" |
    awk '{p+=$2; f+=$4} END {print p+0, f+0}')
  grep -E '^[0-9]+: (FAIL|  FAIL)' "$logs/ctest.log" | head -20
  [ "$ctest_rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1 # a crash counts as a failure
  add_counts "C tests (x86-64)" "$p" "$f"
  [ "$ctest_rc" -ne 0 ] && step_failed "ctest" "$logs/ctest.log"
else
  tail -30 "$logs/cmake.log"
  add_counts "engine build" 0 1
  step_failed "engine build" "$logs/cmake.log"
fi

# ---- 2. C tests on 32-bit targets under QEMU --------------------------------------------------------------
if [ -x tools/targets.sh ] && [ "${P8_TARGETS:-auto}" != 0 ]; then
  if [ "${P8_TARGETS:-auto}" = 1 ] || tools/targets.sh available >/dev/null 2>&1; then
    echo "== C tests on armhf and lx106 (QEMU)"
    tools/targets.sh test >"$logs/targets.log" 2>&1
    rc=$?
    read -r p f < <(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logs/targets.log" | tail -1 | awk '{print $1, $3}')
    p=${p:-0}; f=${f:-0}
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    add_counts "C tests (armhf + lx106)" "$p" "$f"
    [ "$rc" -ne 0 ] && { tail -20 "$logs/targets.log"; step_failed "targets" "$logs/targets.log"; }
  else
    echo "== QEMU targets: toolchains not installed, skipped (tools/targets.sh install)"
  fi
fi

# ---- 3. nano lint and project-file check -----------------------------------------------------------------
if [ -d tools/NanoLint ]; then
  echo "== nano-constraints lint"
  if dotnet run --project tools/NanoLint -c Release -- "$root" >"$logs/lint.log" 2>&1; then
    add_counts "nano lint" 1 0
  else
    cat "$logs/lint.log" | tail -20
    add_counts "nano lint" 0 1
    step_failed "nano lint" "$logs/lint.log"
  fi
fi
if [ -x tools/check-nfproj.sh ]; then
  echo "== .nfproj compile lists"
  if tools/check-nfproj.sh >"$logs/nfproj.log" 2>&1; then add_counts "nfproj check" 1 0
  else cat "$logs/nfproj.log"; add_counts "nfproj check" 0 1; step_failed "nfproj check" "$logs/nfproj.log"; fi
fi

for check in "tools/check-interop-sync.py:interop declarations in sync" "tools/gen-boards.py --check:board catalog up to date"; do
  cmd=${check%%:*}; label=${check#*:}
  script=${cmd%% *}
  [ -f "$script" ] || continue
  echo "== $label"
  if python3 $cmd >"$logs/$(basename "$script").log" 2>&1; then add_counts "$label" 1 0
  else cat "$logs/$(basename "$script").log" | tail -20; add_counts "$label" 0 1; step_failed "$label" "$logs/$(basename "$script").log"; fi
done

# ---- 4. C# test projects -----------------------------------------------------------------------------------
run_dotnet_tests() { # $1 label, $2 project
  local label=$1 project=$2 log="$logs/$(basename "$2" .csproj).log"
  [ -f "$project" ] || return 0
  echo "== $label"
  dotnet test "$project" -c Release --logger "trx;LogFileName=results.trx" --results-directory "$build/trx/$(basename "$project" .csproj)" >"$log" 2>&1
  local rc=$?
  local trx
  trx=$(ls -t "$build/trx/$(basename "$project" .csproj)"/*.trx 2>/dev/null | head -1)
  local p=0 f=0 s=0
  if [ -n "$trx" ]; then
    read -r p f s < <(python3 - "$trx" <<'PY'
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<Counters [^>]*', t)
g = lambda k: int(re.search(k + r'="(\d+)"', m.group(0)).group(1)) if m and re.search(k + r'="(\d+)"', m.group(0)) else 0
print(g("passed"), g("failed") + g("error") + g("timeout") + g("aborted"), g("notExecuted") + g("inconclusive"))
PY
)
  fi
  [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
  add_counts "$label" "$p" "$f"
  [ "$s" -gt 0 ] && echo "    ($s skipped)"
  if [ "$rc" -ne 0 ]; then grep -E 'error|Failed|failed' "$log" | head -20; step_failed "$label" "$log"; fi
}
run_dotnet_tests "NFUnitTest sources (desktop)" Permut8.Nano.Tests/Desktop/Permut8.Nano.Tests.Desktop.csproj
run_dotnet_tests "TestFramework adapter tests" Permut8.Nano.Tests/Desktop/TestFramework.Tests/Permut8.Nano.TestFramework.Tests.csproj
run_dotnet_tests "nano lint tests" tools/NanoLint.Tests/NanoLint.Tests.csproj
run_dotnet_tests "CLI tests" tools/Permut8.Cli.Tests/Permut8.Cli.Tests.csproj
for extra in tools/*.Tests/*.csproj; do
  case "$extra" in tools/NanoLint.Tests/*|tools/Permut8.Cli.Tests/*) continue ;; esac
  run_dotnet_tests "$(basename "$extra" .csproj)" "$extra"
done

# ---- 5. optional fuzz smoke ------------------------------------------------------------------------------
if [ -n "${P8_FUZZ_SECONDS:-}" ] && [ -x tools/fuzz-gazl.sh ]; then
  echo "== GAZL fuzz smoke (${P8_FUZZ_SECONDS}s)"
  if tools/fuzz-gazl.sh "$P8_FUZZ_SECONDS" >"$logs/fuzz.log" 2>&1; then add_counts "fuzz smoke" 1 0
  else tail -30 "$logs/fuzz.log"; add_counts "fuzz smoke" 0 1; step_failed "fuzz" "$logs/fuzz.log"; fi
fi

echo
if [ ${#failed_steps[@]} -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ] && [ ${#failed_steps[@]} -eq 0 ]

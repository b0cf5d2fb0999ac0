#!/usr/bin/env bash
# tools/targets.sh — the engine on 32-bit targets under QEMU (see targets/README.md).
#   install  apt-get the cross toolchains and QEMU (only the packages that are missing)
#   libgcc   assemble the lx106 libgcc helpers Debian leaves out into a cached libgccrom.a
#   test     build every engine/tests/test_*.c for x86-64, lx106 (qemu-system-xtensa sim) and armhf (qemu-arm);
#            each target's stdout must equal the x86-64 stdout
#   bench    lx106 instruction counts per stereo frame -> docs/bench/lx106.md
#   selftest the glue's own check (semihosting output, exit codes, counters)
#   available exit 0 when the toolchains and QEMU are installed (test-all.sh asks before running `test`)
# Environment: P8_TARGETS_BUILD (default build/targets), P8_TARGETS_CACHE (default $P8_TARGETS_BUILD/cache),
#              P8_TARGETS_TIMEOUT (seconds per program run, default 600), P8_TARGETS_JOBS (compilers, default 2).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${P8_TARGETS_BUILD:-$ROOT/build/targets}
CACHE=${P8_TARGETS_CACHE:-$BUILD/cache}
RUN_TIMEOUT=${P8_TARGETS_TIMEOUT:-600}
JOBS=${P8_TARGETS_JOBS:-2}
SIM=$ROOT/targets/xtensa-sim
ENGINE=$ROOT/engine
CFLAGS=(-std=c11 -Wall -Wextra -Werror -Wshadow -Wimplicit-fallthrough -fno-common -O2)
# ESP-IDF's Xtensa toolchain defines int32_t/uint32_t as long; ours use int. A compile-only pass with the lx106
# compiler and these types catches what would break the device build (e.g. "%d" for an int32_t under -Werror).
IDF_TYPES=(-U__INT32_TYPE__ '-D__INT32_TYPE__=long int' -U__UINT32_TYPE__ '-D__UINT32_TYPE__=long unsigned int'
           -U__INT_LEAST32_TYPE__ '-D__INT_LEAST32_TYPE__=long int'
           -U__UINT_LEAST32_TYPE__ '-D__UINT_LEAST32_TYPE__=long unsigned int')
HOST_ONLY_MARK='// p8-targets: host-only'

XT_PREFIX=xtensa-lx106-elf
XT_GCC_INC=/usr/lib/gcc/xtensa-lx106-elf/12.2.0/plugin/include
XT_SPECS=/usr/lib/xtensa-lx106-elf/picolibc.specs
XT_PKGS=(gcc-xtensa-lx106 binutils-xtensa-lx106 picolibc-xtensa-lx106-elf qemu-system-misc)
ARM_PKGS=(gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user)
HOST_PKGS=(gcc make xz-utils coreutils)
# Helpers the ESP8266 mask ROM provides and Debian's lx106 libgcc.a therefore omits (-DL<name> of lib1funcs.S).
ROM_FUNCS=(_divsi3 _udivsi3 _umodsi3 _umulsidi3 _addsubsf3 _mulsf3 _fixunssfsi _floatsisf _floatunsisf
           _addsubdf3 _muldf3 _divdf3 _fixdfsi _fixunsdfsi _floatsidf _floatunsidf _truncdfsf2 _extendsfdf2)

die() { echo "targets: error: $*" >&2; exit 2; }
say() { echo "targets: $*" >&2; }

# ---- install -------------------------------------------------------------------------------------------------
pkg_missing() { # prints the packages of "$@" that are not installed
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || echo "$p"
    done
}

cmd_install() {
    local missing
    missing=$(pkg_missing "${HOST_PKGS[@]}" "${XT_PKGS[@]}" "${ARM_PKGS[@]}" | tr '\n' ' ')
    if [[ -z "${missing// /}" ]]; then
        say "install: all packages present"
        return 0
    fi
    [[ $(id -u) -eq 0 ]] || die "install needs root (apt-get install $missing)"
    say "install: $missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
    say "install: done"
}

need_tools() {
    local t
    for t in "$@"; do
        command -v "$t" >/dev/null || die "$t not found: run tools/targets.sh install"
    done
}

# ---- libgcc --------------------------------------------------------------------------------------------------
LIBGCCROM=$CACHE/libgccrom.a

cmd_libgcc() {
    need_tools "$XT_PREFIX-gcc" "$XT_PREFIX-ar" apt-get dpkg-deb tar
    # The cache is keyed on what goes into it (not on file times, which a fresh clone resets).
    local key
    key=$( (cat "$SIM/libgcc_di.c"; echo "${ROM_FUNCS[*]}"; "$XT_PREFIX-gcc" --version | head -n1) | sha256sum)
    if [[ -s $LIBGCCROM && -f $LIBGCCROM.key && $(cat "$LIBGCCROM.key") == "$key" ]]; then
        say "libgcc: cached $LIBGCCROM"
        return 0
    fi
    [[ -f $XT_GCC_INC/xtensa-config.h ]] || die "missing $XT_GCC_INC/xtensa-config.h (gcc-xtensa-lx106 not installed?)"
    local work=$CACHE/gcc-src
    rm -rf "$work" && mkdir -p "$work/deb" "$work/objs"
    say "libgcc: downloading gcc-12-source (sources stay in $work, never in the repo)"
    (cd "$work" && apt-get download -qq gcc-12-source >/dev/null 2>&1) \
        || { apt-get update -qq && (cd "$work" && apt-get download -qq gcc-12-source); } \
        || die "apt-get download gcc-12-source failed"
    dpkg-deb -x "$work"/gcc-12-source_*.deb "$work/deb"
    local tarball
    tarball=$(find "$work/deb/usr/src" -name 'gcc-*.tar.xz' | head -n1)
    [[ -n $tarball ]] || die "no gcc tarball inside gcc-12-source"
    tar -xJf "$tarball" -C "$work" --wildcards '*/libgcc/config/xtensa/*'
    local src
    src=$(dirname "$(find "$work" -path '*/libgcc/config/xtensa/lib1funcs.S' -print -quit)")
    [[ -f $src/lib1funcs.S ]] || die "lib1funcs.S not found in $tarball"
    local f
    for f in "${ROM_FUNCS[@]}"; do
        "$XT_PREFIX-gcc" -c -x assembler-with-cpp "-DL$f" -I"$XT_GCC_INC" -I"$src" "$src/lib1funcs.S" \
            -o "$work/objs/$f.o"
    done
    "$XT_PREFIX-gcc" "--specs=$XT_SPECS" -c "${CFLAGS[@]}" "$SIM/libgcc_di.c" -o "$work/objs/di.o"
    rm -f "$LIBGCCROM.tmp"
    "$XT_PREFIX-ar" rcs "$LIBGCCROM.tmp" "$work"/objs/*.o
    mv "$LIBGCCROM.tmp" "$LIBGCCROM"
    echo "$key" >"$LIBGCCROM.key"
    rm -rf "$work"
    say "libgcc: built $LIBGCCROM"
}

# ---- building ------------------------------------------------------------------------------------------------
# Every target builds one copy of the engine, taken once, so a file edited during a run cannot give targets
# different sources. Tests run in the copy's tests/ directory (their data files come along).
snapshot_engine() {
    local snap=$BUILD/engine
    rm -rf "$snap" && mkdir -p "$snap"
    cp -r "$ROOT/engine/include" "$ROOT/engine/src" "$ROOT/engine/tests" "$snap/"
    [[ ! -d $ROOT/engine/bench ]] || cp -r "$ROOT/engine/bench" "$snap/"
    ENGINE=$snap
}

# Per target: compiler, extra compile flags, link flags. The engine sources are compiled into one archive.
target_cc() {
    case $1 in
        x86) echo gcc ;;
        lx106 | idf32) echo "$XT_PREFIX-gcc" ;;
        armhf) echo arm-linux-gnueabihf-gcc ;;
    esac
}
target_ar() {
    case $1 in
        x86) echo ar ;;
        lx106 | idf32) echo "$XT_PREFIX-ar" ;;
        armhf) echo arm-linux-gnueabihf-ar ;;
    esac
}
target_cflags() { # one per line
    case $1 in
        lx106) printf '%s\n' "--specs=$XT_SPECS" -ffunction-sections -fdata-sections ;;
        idf32) printf '%s\n' "--specs=$XT_SPECS" "${IDF_TYPES[@]}" ;;
        *) ;;
    esac
}

build_engine() { # target -> $BUILD/<target>/libp8engine.a
    local t=$1 out=$BUILD/$1 cc ar
    cc=$(target_cc "$t") ar=$(target_ar "$t")
    mkdir -p "$out/obj"
    rm -f "$out"/obj/*.o "$out"/obj/*.failed "$out/libp8engine.a"
    local extra=()
    mapfile -t extra < <(target_cflags "$t")
    local srcs=()
    mapfile -t srcs < <(find "$ENGINE/src" -name '*.c' | sort)
    if ((${#srcs[@]} == 0)); then
        "$ar" rcs "$out/libp8engine.a"
        return 0
    fi
    local s o ok=0 running=0
    for s in "${srcs[@]}"; do # two compilers at a time (the machine has two cores)
        o=${s#"$ENGINE/src/"}
        o=$out/obj/${o//\//__}.o
        ("$cc" "${extra[@]}" "${CFLAGS[@]}" -I"$ENGINE/include" -I"$ENGINE/src" -c "$s" -o "$o" 2>"$o.log" \
            || echo "$s" >"$o.failed") &
        running=$((running + 1))
        if ((running >= JOBS)); then wait -n || true; running=$((running - 1)); fi
    done
    wait
    for s in "${srcs[@]}"; do
        o=${s#"$ENGINE/src/"}
        o=$out/obj/${o//\//__}.o
        if [[ -f $o.failed ]]; then
            echo "  [$t] engine build FAILED: engine/${s#"$ENGINE/"}" >&2
            head -n 30 "$o.log" | sed 's/^/    /' >&2
            ok=1
        fi
    done
    ((ok == 0)) || return 1
    "$ar" rcs "$out/libp8engine.a" "$out"/obj/*.o
}

build_sim_glue() { # start file and semihosting glue, once
    local out=$BUILD/lx106/glue
    mkdir -p "$out"
    "$XT_PREFIX-gcc" "--specs=$XT_SPECS" -c "$SIM/start.S" -o "$out/start.o"
    "$XT_PREFIX-gcc" "--specs=$XT_SPECS" -c "$SIM/atomics.S" -o "$out/atomics.o"
    "$XT_PREFIX-gcc" "--specs=$XT_SPECS" "${CFLAGS[@]}" -ffunction-sections -fdata-sections -c "$SIM/semihost.c" \
        -o "$out/semihost.o"
}

# link_program target out_elf src|flag... : compiles and links with the engine archive. On lx106 the ICOUNT
# counter is on (benchmarks) unless ICOUNT=0 is in the environment (tests: QEMU runs about a third faster).
link_program() {
    local t=$1 elf=$2
    shift 2
    local cc inc=(-I"$ENGINE/include" -I"$ENGINE/src" -I"$ENGINE/tests")
    cc=$(target_cc "$t")
    case $t in
        x86)
            "$cc" "${CFLAGS[@]}" "${inc[@]}" "$@" "$BUILD/x86/libp8engine.a" -lm -pthread -o "$elf" ;;
        armhf)
            "$cc" "${CFLAGS[@]}" "${inc[@]}" -static "$@" "$BUILD/armhf/libp8engine.a" -lm -pthread -o "$elf" ;;
        lx106)
            "$cc" "--specs=$XT_SPECS" "${CFLAGS[@]}" -ffunction-sections -fdata-sections "${inc[@]}" \
                -nostartfiles -T "$SIM/sim.ld" "$BUILD/lx106/glue/start.o" "$BUILD/lx106/glue/semihost.o" \
                "$BUILD/lx106/glue/atomics.o" \
                "$@" "$BUILD/lx106/libp8engine.a" -L"$CACHE" -Wl,--gc-sections -Wl,--fatal-warnings \
                -Wl,--defsym=__sim_icountlevel="${ICOUNT:-2}" \
                -Wl,--start-group -lgccrom -lgcc -lc -lm -Wl,--end-group -o "$elf" ;;
    esac
}

# run_program target elf stdout_file : runs under timeout; returns the program's exit status (124 = hang)
run_program() {
    local t=$1 elf=$2 outf=$3
    [[ -f $elf ]] || die "no program $elf"
    local rc=0
    case $t in
        x86) (cd "$ENGINE/tests" && timeout "$RUN_TIMEOUT" "$elf") >"$outf" 2>"$outf.err" </dev/null || rc=$? ;;
        armhf) (cd "$ENGINE/tests" && timeout "$RUN_TIMEOUT" qemu-arm "$elf") >"$outf" 2>"$outf.err" </dev/null \
            || rc=$? ;;
        lx106) # -icount makes CCOUNT deterministic (benchmarks); tests (ICOUNT=0) run without it
            local icount=(-icount shift=0,sleep=off)
            [[ ${ICOUNT:-2} != 0 ]] || icount=()
            (cd "$ENGINE/tests" && timeout "$RUN_TIMEOUT" qemu-system-xtensa -M sim -cpu lx106 -semihosting \
                -nographic -monitor none "${icount[@]}" -kernel "$elf") >"$outf" 2>"$outf.err" </dev/null \
                || rc=$? ;;
    esac
    return "$rc"
}

describe_status() { # exit status -> words
    local rc=$1
    case $rc in
        0) echo "exit 0" ;;
        124) echo "HANG (killed after ${RUN_TIMEOUT}s)" ;;
        134) echo "abort/assert (134)" ;;
        139) echo "SIGSEGV (139)" ;;
        11[3-9] | 12[0-7]) printf 'CPU exception stub 0x%x (%s)\n' "$rc" "$(exception_name "$rc")" ;;
        *) echo "exit $rc" ;;
    esac
}

exception_name() { # the codes start.S's stubs exit with
    case $1 in
        113) echo "debug" ;; 114) echo "NMI" ;; 115) echo "kernel exception" ;; 116) echo "user exception" ;;
        117) echo "double exception" ;; 118) echo "reset vector re-entered" ;; *) echo "exception" ;;
    esac
}

summary_line() { # last "N passed, M failed" line of a test output
    grep -E '^[0-9]+ passed, [0-9]+ failed' "$1" | tail -n1 || true
}

# ---- test ----------------------------------------------------------------------------------------------------
cmd_test() {
    need_tools gcc "$XT_PREFIX-gcc" arm-linux-gnueabihf-gcc qemu-system-xtensa qemu-arm timeout
    cmd_libgcc
    snapshot_engine
    local t
    local -A built=()
    local passed=0 failed=0 skipped=0 src name line="" engine_ok=1
    for t in x86 lx106 armhf idf32; do
        if build_engine "$t"; then
            built[$t]=1; line+=" | $t ok"
        else
            built[$t]=0; line+=" | $t BUILD FAILED"; engine_ok=0
        fi
    done
    if ((engine_ok)); then passed=$((passed + 1)); echo "PASS engine sources${line}"
    else failed=$((failed + 1)); echo "FAIL engine sources${line}"; fi
    build_sim_glue
    if cmd_selftest >"$BUILD/lx106/selftest.log" 2>&1; then
        echo "PASS targets/xtensa-sim/selftest | lx106 glue: output, exit codes, exceptions, ICOUNT"
        passed=$((passed + 1))
    else
        echo "FAIL targets/xtensa-sim/selftest | lx106 glue broken, see $BUILD/lx106/selftest.log"
        sed 's/^/    /' "$BUILD/lx106/selftest.log" >&2
        failed=$((failed + 1))
    fi
    local tests=()
    mapfile -t tests < <(find "$ENGINE/tests" -maxdepth 1 -name 'test_*.c' | sort)
    # Build every program for every target, then run them, JOBS at a time (a long lx106 run overlaps the
    # others), then judge them in order. Each step leaves <file>.rc; runs also leave <out>.secs.
    local jobs=0
    for src in "${tests[@]}"; do
        name=$(basename "$src" .c)
        for t in x86 lx106 armhf; do
            local elf=$BUILD/$t/$name.elf
            rm -f "$elf" "$elf.rc" "$BUILD/$t/$name.out" "$BUILD/$t/$name.out.rc"
            [[ ${built[$t]} == 1 ]] || continue
            [[ $t != lx106 ]] || ! grep -qF "$HOST_ONLY_MARK" "$src" || continue
            (rc=0; ICOUNT=0 link_program "$t" "$elf" "$src" >"$elf.log" 2>&1 || rc=$?; echo "$rc" >"$elf.rc") &
            jobs=$((jobs + 1)); if ((jobs >= JOBS)); then wait -n || true; jobs=$((jobs - 1)); fi
        done
        (rc=0; "$XT_PREFIX-gcc" "--specs=$XT_SPECS" "${IDF_TYPES[@]}" "${CFLAGS[@]}" -I"$ENGINE/include" \
            -I"$ENGINE/src" -I"$ENGINE/tests" -c "$src" -o "$BUILD/idf32/$name.o" >"$BUILD/idf32/$name.log" 2>&1 \
            || rc=$?; echo "$rc" >"$BUILD/idf32/$name.rc") &
        jobs=$((jobs + 1)); if ((jobs >= JOBS)); then wait -n || true; jobs=$((jobs - 1)); fi
    done
    wait
    jobs=0
    for t in lx106 armhf x86; do # the slowest first, so the long runs start early
        for src in "${tests[@]}"; do
            name=$(basename "$src" .c)
            local elf=$BUILD/$t/$name.elf out=$BUILD/$t/$name.out
            [[ -f $elf.rc && $(cat "$elf.rc") == 0 ]] || continue
            (rc=0 t0=$EPOCHREALTIME; ICOUNT=0 run_program "$t" "$elf" "$out" || rc=$?
             awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f s\n", b - a }' >"$out.secs"
             echo "$rc" >"$out.rc") 2>/dev/null &
            jobs=$((jobs + 1)); if ((jobs >= JOBS)); then wait -n || true; jobs=$((jobs - 1)); fi
        done
    done
    wait
    for src in "${tests[@]}"; do
        name=$(basename "$src" .c)
        local ok=1 line="" ref=$BUILD/x86/$name.out ref_bad=""
        local host_only=0
        grep -qF "$HOST_ONLY_MARK" "$src" && host_only=1
        for t in x86 lx106 armhf; do
            local elf=$BUILD/$t/$name.elf out=$BUILD/$t/$name.out
            if ((host_only)) && [[ $t == lx106 ]]; then
                line+=" | lx106 skipped (host-only)"
                skipped=$((skipped + 1))
                continue
            fi
            if [[ ${built[$t]} != 1 ]]; then
                line+=" | $t ENGINE BUILD FAILED"; ok=0; [[ $t != x86 ]] || ref_bad=1; continue
            fi
            if [[ ! -f $elf.rc || $(cat "$elf.rc") != 0 ]]; then
                line+=" | $t BUILD FAILED"; ok=0; [[ $t != x86 ]] || ref_bad=1
                sed "s/^/    [$t] /" "$elf.log" >&2
                continue
            fi
            local rc secs sum
            rc=$(cat "$out.rc" 2>/dev/null || echo 125)
            secs=$(cat "$out.secs" 2>/dev/null || echo "? s")
            sum=$(summary_line "$out")
            if ((rc != 0)); then
                line+=" | $t FAIL: $(describe_status "$rc")${sum:+, $sum}; $secs"; ok=0; [[ $t != x86 ]] || ref_bad=1
                sed "s/^/    [$t] /" "$out" | grep -E 'FAIL|passed' >&2 || true
                sed "s/^/    [$t stderr] /" "$out.err" | tail -n 5 >&2 || true
            elif [[ -z $sum ]]; then
                line+=" | $t FAIL: no 'N passed, M failed' line"; ok=0; [[ $t != x86 ]] || ref_bad=1
            elif [[ $t != x86 ]] && ! [[ -f $ref && -z ${ref_bad:-} ]]; then
                line+=" | $t ran ($sum), no x86-64 reference to compare"; ok=0
            elif [[ $t != x86 ]] && ! cmp -s "$ref" "$out"; then
                line+=" | $t FAIL: stdout differs from x86-64"; ok=0
                diff "$ref" "$out" | head -n 20 | sed "s/^/    [$t diff] /" >&2 || true
            else
                line+=" | $t ok ($sum; $secs)"
            fi
        done
        if ((host_only)); then
            line+=" | int32=long skipped (host-only)"
        elif [[ ${built[idf32]} != 1 ]]; then
            line+=" | int32=long ENGINE BUILD FAILED"; ok=0
        elif [[ $(cat "$BUILD/idf32/$name.rc" 2>/dev/null) == 0 ]]; then
            line+=" | int32=long ok"
        else # test programs never go into the device image: report, do not fail
            line+=" | int32=long: warnings (not fatal for tests)"
            grep -m 3 'error:' "$BUILD/idf32/$name.log" | sed "s/^/    [int32=long] /" >&2 || true
        fi
        if ((ok)); then passed=$((passed + 1)); echo "PASS $name${line}"
        else failed=$((failed + 1)); echo "FAIL $name${line}"; fi
    done
    ((skipped == 0)) || echo "($skipped host-only program(s) skipped on lx106)"
    echo "$passed passed, $failed failed"
    ((failed == 0))
}

# ---- selftest ------------------------------------------------------------------------------------------------
cmd_selftest() {
    need_tools "$XT_PREFIX-gcc" qemu-system-xtensa timeout
    cmd_libgcc
    mkdir -p "$BUILD/lx106"
    build_sim_glue
    local elf=$BUILD/lx106/selftest.elf
    "$XT_PREFIX-gcc" "--specs=$XT_SPECS" "${CFLAGS[@]}" -ffunction-sections -fdata-sections -nostartfiles \
        -T "$SIM/sim.ld" "$BUILD/lx106/glue/start.o" "$BUILD/lx106/glue/semihost.o" \
                "$BUILD/lx106/glue/atomics.o" -I"$SIM" "$SIM/selftest.c" \
        -L"$CACHE" -Wl,--gc-sections -Wl,--fatal-warnings -Wl,--start-group -lgccrom -lgcc -lc -lm \
        -Wl,--end-group -o "$elf"
    local fails=0 mode rc want
    # mode: argument the selftest reads from its exit-code request (see selftest.c): 0 normal, others provoke.
    for mode in ok exit7 load store assert; do
        rc=0
        (cd "$SIM" && timeout 30 qemu-system-xtensa -M sim -cpu lx106 -semihosting -nographic -monitor none \
            -icount shift=0,sleep=off -semihosting-config enable=on,arg=selftest,arg="$mode" -kernel "$elf") \
            >"$BUILD/lx106/selftest.$mode.out" 2>&1 </dev/null || rc=$?
        case $mode in ok) want=0 ;; exit7) want=7 ;; load | store) want=$((0x73)) ;; assert) want=134 ;; esac
        if ((rc == want)); then echo "ok   selftest $mode (exit $rc)"
        else echo "FAIL selftest $mode: exit $rc, want $want"; fails=$((fails + 1)); fi
        [[ $mode != ok ]] || sed 's/^/    /' "$BUILD/lx106/selftest.$mode.out"
    done
    echo "$((5 - fails)) passed, $fails failed"
    ((fails == 0))
}

# ---- bench ---------------------------------------------------------------------------------------------------
# Soft-float helpers the counting build wraps (engine/bench/xtensa/lx106_softfloat.c has one wrapper for each).
FLOAT_HELPERS=(__addsf3 __subsf3 __mulsf3 __divsf3 __eqsf2 __nesf2 __ltsf2 __lesf2 __gtsf2 __gesf2 __floatsisf
               __floatunsisf __fixsfsi __fixunssfsi __adddf3 __subdf3 __muldf3 __divdf3 __ltdf2 __gtdf2 __nedf2
               __extendsfdf2 __truncdfsf2 __floatsidf)

# bench_twice elf name: runs the benchmark twice, requires identical output, leaves it in $BUILD/lx106/name.out
bench_twice() {
    local elf=$1 out=$BUILD/lx106/$2.out rc=0
    run_program lx106 "$elf" "$out" || rc=$?
    ((rc == 0)) || { cat "$out" "$out.err" >&2; die "$2 failed: $(describe_status "$rc")"; }
    run_program lx106 "$elf" "$out.2" || rc=$?
    ((rc == 0)) || die "$2 failed on the second run: $(describe_status "$rc")"
    cmp -s "$out" "$out.2" || { diff "$out" "$out.2" >&2 || true; die "two runs of $2 printed different counts"; }
}

cmd_bench() {
    need_tools "$XT_PREFIX-gcc" qemu-system-xtensa timeout
    cmd_libgcc
    snapshot_engine
    build_engine lx106 || die "engine sources do not build for lx106"
    build_sim_glue
    local dir=$ENGINE/bench/xtensa wraps=() h
    for h in "${FLOAT_HELPERS[@]}"; do wraps+=("-Wl,--wrap=$h"); done
    link_program lx106 "$BUILD/lx106/bench.elf" -I"$dir" "$dir"/*.c || die "benchmark does not build"
    link_program lx106 "$BUILD/lx106/bench_float.elf" -DBENCH_FLOAT_COUNT "${wraps[@]}" -I"$dir" "$dir"/*.c \
        || die "benchmark (soft-float counting build) does not build"
    bench_twice "$BUILD/lx106/bench.elf" bench
    bench_twice "$BUILD/lx106/bench_float.elf" bench_float
    mkdir -p "$ROOT/docs/bench"
    # The soft-float section goes in before the caveats.
    awk -v extra="$BUILD/lx106/bench_float.out" '
        /^Caveats:/ && !done { while ((getline line < extra) > 0) print line; done = 1 }
        { print }' "$BUILD/lx106/bench.out" >"$ROOT/docs/bench/lx106.md"
    cat "$ROOT/docs/bench/lx106.md"
    say "bench: two runs of each build identical; written to docs/bench/lx106.md"
}

cmd_available() {
    local missing
    missing=$(pkg_missing "${XT_PKGS[@]}" "${ARM_PKGS[@]}" | tr '\n' ' ')
    if [[ -n ${missing// /} ]]; then
        echo "targets: missing packages: $missing(tools/targets.sh install)"
        return 1
    fi
    echo "targets: toolchains and QEMU installed"
}

case ${1:-} in
    available) cmd_available ;;
    install) cmd_install ;;
    libgcc) cmd_libgcc ;;
    test) cmd_test ;;
    selftest) cmd_selftest ;;
    bench) cmd_bench ;;
    *) echo "usage: tools/targets.sh available|install|libgcc|test|selftest|bench" >&2; exit 2 ;;
esac

#!/bin/sh
# Fuzzes the GAZL assembler + VM + Permut8 firmware host with libFuzzer (clang, ASan, UBSan).
#   tools/fuzz-gazl.sh          bounded smoke: 60 s (what CI runs)
#   tools/fuzz-gazl.sh 600      ten minutes
# Needs clang with the libFuzzer runtime (Debian: apt-get install clang). Findings go to build/fuzz-gazl/.
set -eu
seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
src="$root/engine/src"
out="$root/build/fuzz-gazl"
cc="${CC:-$(command -v clang || command -v clang-14 || echo clang)}"
mkdir -p "$out/corpus"
cp -n "$root/engine/fuzz/corpus_gazl/"* "$out/corpus/" 2>/dev/null || true
"$cc" -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$root/engine/include" -I"$src" \
  "$root/engine/fuzz/fuzz_gazl.c" "$src"/gazl/*.c "$src"/p8_firmware_host.c "$src"/p8_firmware_run.c \
  "$src"/p8_firmware_natives.c "$src"/p8_host_constants.c "$src"/p8_mem_plan.c "$src"/p8_spsc_ring.c \
  -lm -o "$out/fuzz_gazl"
cd "$out"
exec ./fuzz_gazl -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
  -dict="$root/engine/fuzz/gazl.dict" corpus

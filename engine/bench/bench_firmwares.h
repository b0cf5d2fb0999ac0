/*
 * bench_firmwares.h — the benchmark firmwares, written in the SDK's idioms (batched yield loop, globals copied to
 * locals per batch, read/write on the delay memory, table lookup with interpolation). Shared by the host VM
 * benchmark (bench_gazl.c) and the lx106 benchmark (xtensa/lx106_bench.c) so both measure the same code.
 */
#ifndef BENCH_FIRMWARES_H
#define BENCH_FIRMWARES_H

/* Delay with feedback-free echo: write at the head, read 3 taps back, mix. */
static const char *const BENCH_FW_ECHO =
    "signal: GLOB *2\nclock: GLOB *1\nparams: GLOB *PARAM_COUNT\ndelay: GLOB *1\ngain: GLOB *1\n"
    "update: FUNC\n PARA *1\n PEEK %0 &params:OPERAND_1_HIGH_PARAM_INDEX\n SHLi %0 %0 #6\n ADDi %0 %0 #64\n"
    " POKE &delay %0\n PEEK %0 &params:OPERAND_1_LOW_PARAM_INDEX\n POKE &gain %0\n RETU\n"
    "process: FUNC\n PARA *1\n $i: LOCi\n $d: LOCi\n $g: LOCi\n $c: LOCi\n $pair: LOCA *2\n"
    ".top: PEEK $d &delay\n PEEK $g &gain\n MOVi $i #0\n"
    ".l: PEEK $c &clock\n MOVi %1 $c\n MOVi %2 #1\n MOVp %3 &signal\n CALL ^write %0 *4\n"
    " SUBi %1 $c $d\n MOVi %2 #1\n ADRL %3 $pair *0\n CALL ^read %0 *4\n"
    " MULi %0 $pair:0 $g\n SHRi %0 %0 #8\n PEEK %1 &signal:0\n ADDi %0 %0 %1\n POKE &signal:0 %0\n"
    " MULi %0 $pair:1 $g\n SHRi %0 %0 #8\n PEEK %1 &signal:1\n ADDi %0 %0 %1\n POKE &signal:1 %0\n"
    " CALL ^yield %0 *1\n FORi $i #64 @.l\n GOTO @.top\n RETU\n";

/* Tremolo: a 256-entry triangle table built in init(), phase accumulator, interpolated lookup per sample. */
static const char *const BENCH_FW_TREMOLO =
    "signal: GLOB *2\nparams: GLOB *PARAM_COUNT\nrate: GLOB *1\ntable: GLOB *257\n"
    "init: FUNC\n $i: LOCi\n MOVi $i #0\n"
    ".l: SUBi %0 $i #128\n ABSi %0 %0\n SHLi %0 %0 #8\n SUBi %0 #32768 %0\n POKE &table $i %0\n FORi $i #257 @.l\n RETU\n"
    "update: FUNC\n PARA *1\n PEEK %0 &params:OPERAND_2_HIGH_PARAM_INDEX\n ADDi %0 %0 #1\n POKE &rate %0\n RETU\n"
    "process: FUNC\n PARA *1\n $i: LOCi\n $ph: LOCi\n $r: LOCi\n $p: LOCp\n $a: LOCi\n $b: LOCi\n $f: LOCi\n $m: LOCi\n"
    " MOVi $ph #0\n"
    ".top: PEEK $r &rate\n MOVi $i #0\n"
    ".l: ADDi $ph $ph $r\n ANDi $ph $ph #0xFFFF\n SHRi %0 $ph #8\n ADDp $p &table %0\n PEEK $a $p\n PEEK $b $p #1\n"
    " ANDi $f $ph #0xFF\n SUBi %0 $b $a\n MULi %0 %0 $f\n SHRi %0 %0 #8\n ADDi $m $a %0\n"
    " PEEK %0 &signal:0\n MULi %0 %0 $m\n SHRi %0 %0 #15\n POKE &signal:0 %0\n"
    " PEEK %0 &signal:1\n MULi %0 %0 $m\n SHRi %0 %0 #15\n POKE &signal:1 %0\n"
    " CALL ^yield %0 *1\n FORi $i #32 @.l\n GOTO @.top\n RETU\n";

#endif

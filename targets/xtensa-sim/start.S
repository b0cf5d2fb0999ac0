/*
 * start.S — reset, exception vectors and counters for lx106 programs under QEMU's sim machine.
 *   reset (0x50000000): j _start. _start sets the stack, VECBASE, PS = 0 and ICOUNTLEVEL = __sim_icountlevel
 *   (sim.ld: 2 unless the link says otherwise; at 2 ICOUNT counts every instruction retired at interrupt levels 0
 *   and 1, at 0 it is off and QEMU runs about a third faster), then calls sim_main (semihost.c), which never
 *   returns.
 * Each vector exits through semihosting with its own status, so a crash is told apart from a test failure:
 *   0x71 debug (other than ICOUNT wrap)  0x72 NMI  0x73 kernel exception (load/store error, illegal instruction
 *   at PS.UM = 0)  0x74 user exception  0x75 double exception  0x76 sim_main returned.
 * ICOUNT wrap (every 2^32 instructions) raises a debug exception: the handler clears ICOUNT and resumes, losing
 * one count per wrap.
 */
#define SYS_EXIT 1
#define DEBUGCAUSE_IC 0

    .section .sim.reset, "ax"
    .global _sim_reset
_sim_reset:
    j _start

    .section .sim.vectors, "ax"
    .begin no-transform
    .global _sim_vectors
_sim_vectors:
    .org 0x10                   /* debug, level 2 */
    wsr.excsave2 a2
    j sim_debug
    .org 0x20                   /* NMI, level 3 */
    movi a3, 0x72
    j sim_vector_exit
    .org 0x30                   /* kernel exception */
    movi a3, 0x73
    j sim_vector_exit
    .org 0x50                   /* user exception */
    movi a3, 0x74
    j sim_vector_exit
    .org 0x70                   /* double exception */
    movi a3, 0x75
    j sim_vector_exit
    .org 0x80
sim_debug:
    rsr.debugcause a2
    bbci a2, DEBUGCAUSE_IC, 1f
    movi a2, 0
    wsr.icount a2
    rsr.excsave2 a2
    rfi 2
1:  movi a3, 0x71
sim_vector_exit:
    movi a2, SYS_EXIT
    simcall
2:  j 2b
    .end no-transform

    .section .text._start, "ax"
    .literal_position
    .literal .Lstack_top, __stack
    .literal .Lvecbase, _sim_vectors
    .literal .Licountlevel, __sim_icountlevel
    .align 4
    .global _start
_start:
    movi a0, 0
    l32r a1, .Lstack_top
    l32r a2, .Lvecbase
    wsr.vecbase a2
    movi a2, 0
    wsr.intenable a2
    wsr.ps a2
    rsync
    wsr.icount a2
    l32r a2, .Licountlevel
    wsr.icountlevel a2
    isync
    call0 sim_main
    movi a3, 0x76
    movi a2, SYS_EXIT
    simcall
3:  j 3b

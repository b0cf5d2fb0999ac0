/*
 * atomics.S — the 4-byte atomic read-modify-write helpers GCC calls on lx106, which has no S32C1I (the ESP32
 * has it, so there the compiler inlines them). Programs on the sim machine run on one core with interrupts
 * never enabled, so a plain load/modify/store is atomic. call0 ABI: arguments a2.., result a2.
 *   bool     __atomic_compare_exchange_4(mem, expected *, desired, weak, success_order, failure_order)
 *   uint32_t __atomic_exchange_4(mem, value, order)
 *   uint32_t __atomic_fetch_{add,sub,and,or,xor}_4(mem, value, order)     return the old value
 *   uint32_t __atomic_{add,sub,and,or,xor}_fetch_4(mem, value, order)     return the new value
 */
    .text
    .literal_position

    .align 4
    .global __atomic_compare_exchange_4
    .type __atomic_compare_exchange_4, @function
__atomic_compare_exchange_4:
    l32i a8, a2, 0
    l32i a9, a3, 0
    bne a8, a9, 1f
    s32i a4, a2, 0
    movi a2, 1
    ret
1:  s32i a8, a3, 0
    movi a2, 0
    ret

    .align 4
    .global __atomic_exchange_4
    .type __atomic_exchange_4, @function
__atomic_exchange_4:
    l32i a8, a2, 0
    s32i a3, a2, 0
    mov a2, a8
    ret

/* FETCH name, op: old = *mem; *mem = old op value; return old.  OPFETCH: the same, returning the new value. */
    .macro FETCH name, op
    .align 4
    .global __atomic_fetch_\name\()_4
    .type __atomic_fetch_\name\()_4, @function
__atomic_fetch_\name\()_4:
    l32i a8, a2, 0
    \op a9, a8, a3
    s32i a9, a2, 0
    mov a2, a8
    ret
    .align 4
    .global __atomic_\name\()_fetch_4
    .type __atomic_\name\()_fetch_4, @function
__atomic_\name\()_fetch_4:
    l32i a8, a2, 0
    \op a9, a8, a3
    s32i a9, a2, 0
    mov a2, a9
    ret
    .endm

    FETCH add, add
    FETCH sub, sub
    FETCH and, and
    FETCH or, or
    FETCH xor, xor

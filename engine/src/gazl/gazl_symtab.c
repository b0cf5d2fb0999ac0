/* gazl_symtab.c — symbol tables (hashed, names in a pool) and forward-reference fixups, all in loader scratch. */
#include <string.h>

#include "gazl_asm_internal.h"
#include "gazl_ops.h"

#define GAZL_FLAG_BITS (GA_FWD | GA_FREE | GA_TEMP)

static uint32_t hash(const char *b, const char *e) {
    uint32_t h = 2166136261u;
    for (; b < e; b++) h = (h ^ (uint8_t)*b) * 16777619u;
    return h;
}

static void *take(uint8_t **arena, uint32_t bytes) {
    void *p = *arena;
    *arena += (bytes + 7u) & ~7u;
    return p;
}

void gazl_symtab_setup(gazl_symtab *t, uint8_t **arena, uint32_t sym_cap, uint32_t name_bytes) {
    uint32_t heads = 1;
    while (heads < sym_cap) heads <<= 1;
    t->syms = take(arena, sym_cap * (uint32_t)sizeof(gazl_sym));
    t->cap = sym_cap;
    t->heads = take(arena, heads * (uint32_t)sizeof(int32_t));
    t->head_mask = heads - 1;
    t->names = take(arena, name_bytes);
    t->names_cap = name_bytes;
    gazl_symtab_clear(t);
}

void gazl_symtab_clear(gazl_symtab *t) {
    t->count = 0;
    t->names_len = 0;
    memset(t->heads, 0xFF, (t->head_mask + 1) * sizeof(int32_t));
}

const gazl_sym *gazl_symtab_find(const gazl_symtab *t, const char *b, const char *e) {
    uint32_t len = (uint32_t)(e - b);
    for (int32_t i = t->heads[hash(b, e) & t->head_mask]; i >= 0; i = t->syms[i].next) {
        const gazl_sym *s = &t->syms[i];
        if (s->len == len && memcmp(t->names + s->name, b, len) == 0) return s;
    }
    return NULL;
}

void gazl_symtab_define(gazl_asm *as, gazl_symtab *t, const char *b, const char *e, uint32_t types, int32_t value,
                        uint32_t size) {
    gazl_tok name = {b, e};
    if (!gazl_is_ident(b, e)) gazl_fail_tok(as, "invalid identifier", name);
    if (gazl_symtab_find(t, b, e)) gazl_fail_tok(as, "symbol already defined", name);
    uint32_t len = (uint32_t)(e - b);
    if (t->count >= t->cap || t->names_cap - t->names_len < len)
        gazl_fail(as, "too many symbols for the loader scratch (%u)", (unsigned)t->cap);
    if (types & GA_CINT) types = (types & ~GA_CINT) | (value < 0 ? GA_CINT_N : GA_CINT_P);
    gazl_sym *s = &t->syms[t->count];
    memcpy(t->names + t->names_len, b, len);
    s->name = t->names_len;
    s->len = len;
    s->types = types;
    s->value = value;
    s->size = size;
    uint32_t h = hash(b, e) & t->head_mask;
    s->next = t->heads[h];
    t->heads[h] = (int32_t)t->count++;
    t->names_len += len;
}

void gazl_fixups_setup(gazl_fixups *f, uint8_t **arena, uint32_t cap, uint32_t name_bytes) {
    f->items = take(arena, cap * (uint32_t)sizeof(gazl_fixup));
    f->cap = cap;
    f->count = 0;
    f->names = take(arena, name_bytes);
    f->names_cap = name_bytes;
    f->names_len = 0;
}

static void resolve(gazl_asm *as, const gazl_sym *s, gazl_tok name, int32_t *dst, uint32_t accepts, int32_t offset,
                    int32_t add) {
    if ((s->types & accepts & ~GAZL_FLAG_BITS) == 0) gazl_fail_tok(as, "incompatible types", name);
    if (!(accepts & GA_FREE) && (offset < 0 || (uint32_t)offset >= s->size))
        gazl_fail_tok(as, "offset out of bounds", name);
    *dst = gazl_iadd(gazl_iadd(s->value, offset), add);
}

static gazl_fixup *new_fixup(gazl_asm *as, gazl_fixups *f, const char *b, const char *e) {
    uint32_t len = (uint32_t)(e - b);
    if (f->count >= f->cap || f->names_cap - f->names_len < len)
        gazl_fail(as, "too many forward references for the loader scratch (%u)", (unsigned)f->cap);
    gazl_fixup *x = &f->items[f->count++];
    memcpy(f->names + f->names_len, b, len);
    x->name = f->names_len;
    x->len = len;
    f->names_len += len;
    x->line = as->line;
    x->switch_size = 0;
    return x;
}

uint32_t gazl_link(gazl_asm *as, gazl_symtab *t, gazl_fixups *f, const char *b, const char *e, int32_t *dst,
                   uint32_t accepts, int32_t offset, int32_t add) {
    gazl_tok name = {b, e};
    if (!gazl_is_ident(b, e)) gazl_fail_tok(as, "invalid identifier", name);
    const gazl_sym *s = gazl_symtab_find(t, b, e);
    if (s) {
        resolve(as, s, name, dst, accepts, offset, add);
        return s->types;
    }
    if (!(accepts & GA_FWD) || !f) gazl_fail_tok(as, "symbol not previously defined", name);
    gazl_fixup *x = new_fixup(as, f, b, e);
    x->dst = dst;
    x->accepts = accepts;
    x->offset = offset;
    x->add = add;
    *dst = 0;
    return 0;
}

void gazl_add_switch(gazl_asm *as, const char *b, const char *e, int32_t *table, uint32_t size, int32_t add) {
    gazl_tok name = {b, e};
    if (!gazl_is_ident(b, e)) gazl_fail_tok(as, "invalid identifier", name);
    gazl_fixup *x = new_fixup(as, &as->lfix, b, e);
    x->dst = table;
    x->accepts = GA_BRANCH | GA_FWD;
    x->offset = 0;
    x->add = add;
    x->switch_size = size;
}

void gazl_resolve_fixups(gazl_asm *as, gazl_symtab *t, gazl_fixups *f) {
    for (uint32_t i = 0; i < f->count; i++) {
        gazl_fixup *x = &f->items[i];
        gazl_tok name = {f->names + x->name, f->names + x->name + x->len};
        as->line = x->line;
        const gazl_sym *s = gazl_symtab_find(t, name.b, name.e);
        if (!s) gazl_fail_tok(as, "symbol not found", name);
        resolve(as, s, name, x->dst, x->accepts, x->offset, x->add);
        if (x->switch_size == 0) continue;
        /* Switch: table[size] is the default; case k comes from "label.k" when defined. */
        int32_t dflt = x->dst[0];
        char buf[80];
        uint32_t len = x->len < 60 ? x->len : 60;
        memcpy(buf, name.b, len);
        for (uint32_t k = 0; k <= x->switch_size; k++) x->dst[k] = dflt;
        for (uint32_t k = 0; k < x->switch_size; k++) {
            uint32_t n = len, v = k;
            char digits[12];
            int d = 0;
            do digits[d++] = (char)('0' + v % 10); while ((v /= 10) != 0);
            buf[n++] = '.';
            while (d > 0) buf[n++] = digits[--d];
            const gazl_sym *c = gazl_symtab_find(t, buf, buf + n);
            if (c) resolve(as, c, name, &x->dst[k], GA_BRANCH, 0, x->add);
        }
    }
    f->count = 0;
    f->names_len = 0;
}

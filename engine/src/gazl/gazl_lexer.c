/* gazl_lexer.c — tokens and literals of GAZL text. Works on [b, e) slices of one line; never reads past e. */
#include <math.h>

#include "gazl_asm_internal.h"

int gazl_is_ident_char(char c) {
    return c == '_' || c == '.' || c == '$' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
           (c >= 'a' && c <= 'z');
}

/* '-' may appear after the first character: the Impala compiler names string constants by a signed hash
 * (".s_-1a2b3c4d"). */
int gazl_is_ident(const char *b, const char *e) {
    if (b >= e) return 0;
    if ((*b >= '0' && *b <= '9') || *b == '-') return 0;
    for (; b < e; b++)
        if (!gazl_is_ident_char(*b) && *b != '-') return 0;
    return 1;
}

const char *gazl_skip_space(const char *p, const char *e) {
    while (p < e && (*p == ' ' || *p == '\t')) p++;
    return p;
}

gazl_tok gazl_next_token(const char *p, const char *e) {
    gazl_tok t;
    p = gazl_skip_space(p, e);
    t.b = p;
    while (p < e) {
        char c = *p;
        if (c == ' ' || c == '\t' || c == ';' || c == '!') break;
        if (c == '\'' || c == '"') {
            const char *q = p + 1;
            while (q < e && *q != c) q++;
            p = q < e ? q + 1 : e;
            continue;
        }
        p++;
    }
    t.e = p;
    return t;
}

char gazl_operand_class(gazl_tok t) {
    if (t.b >= t.e) return '_';
    switch (*t.b) {
    case '#':
    case '<':
    case '&':
        return 'c';
    case '@':
        return 'b';
    case '^':
        return 'n';
    case '*':
        return 's';
    default:
        return 'v';
    }
}

int gazl_tok_eq(gazl_tok t, const char *s) {
    const char *p = t.b;
    for (; p < t.e && *s; p++, s++)
        if (*p != *s) return 0;
    return p == t.e && *s == 0;
}

/* Integer part: returns 1 and advances *pp when at least one digit / a quoted literal was read. Wraps mod 2^32. */
static int parse_int(const char **pp, const char *e, uint32_t *out) {
    const char *p = *pp;
    uint32_t v = 0;
    int neg = 0, any = 0;
    if (p < e && (*p == '+' || *p == '-')) neg = *p++ == '-';
    if (p < e && (*p == '\'' || *p == '"')) {
        char q = *p++;
        while (p < e && *p != q) v = (v << 8) | (uint8_t)*p++;
        if (p >= e) return 0; /* unterminated */
        p++;
        any = 1;
    } else if (p + 1 < e && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p += 2;
        while (p < e) {
            char c = *p;
            uint32_t d;
            if (c >= '0' && c <= '9') d = (uint32_t)(c - '0');
            else if (c >= 'a' && c <= 'f') d = (uint32_t)(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') d = (uint32_t)(c - 'A' + 10);
            else break;
            v = (v << 4) | d;
            p++;
            any = 1;
        }
    } else {
        while (p < e && *p >= '0' && *p <= '9') {
            v = v * 10u + (uint32_t)(*p++ - '0');
            any = 1;
        }
    }
    if (!any) return 0;
    *out = neg ? 0u - v : v;
    *pp = p;
    return 1;
}

/* Float: digits [. digits] [e int]; accumulated in double, rounded to float once. */
static int parse_float(const char *b, const char *e, float *out) {
    const char *p = b;
    double d = 0.0, sign = 1.0;
    if (p < e && (*p == '+' || *p == '-')) sign = *p++ == '-' ? -1.0 : 1.0;
    if (p >= e || *p < '0' || *p > '9') return 0;
    while (p < e && *p >= '0' && *p <= '9') d = d * 10.0 + (*p++ - '0');
    if (p + 1 < e && *p == '.' && p[1] >= '0' && p[1] <= '9') {
        double scale = 1.0;
        p++;
        while (p < e && *p >= '0' && *p <= '9') {
            scale *= 0.1;
            d += (*p++ - '0') * scale;
        }
    }
    if (p + 1 < e && (*p == 'e' || *p == 'E')) {
        uint32_t x;
        p++;
        if (!parse_int(&p, e, &x)) return 0;
        int32_t ex = (int32_t)x;
        if (ex > 400) ex = 400;
        if (ex < -400) ex = -400;
        d *= pow(10.0, (double)ex);
    }
    if (p != e) return 0;
    *out = (float)(d * sign);
    return 1;
}

int gazl_parse_number(const char *b, const char *e, gazl_value *out) {
    const char *p = b;
    uint32_t u;
    if (parse_int(&p, e, &u) && p == e) {
        out->u = u;
        return 1;
    }
    if (parse_float(b, e, &out->f)) return 2;
    return 0;
}

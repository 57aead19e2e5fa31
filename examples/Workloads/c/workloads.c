/* The workloads themselves; see workloads.h. No I/O, no globals beyond the error message. */
#include "workloads.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uint64_t wl_fib(uint32_t n)
{
    return n < 2 ? n : wl_fib(n - 1) + wl_fib(n - 2);
}

/* Source position of destination column d, in 1/256 pixel: ((d + 0.5) * s / dn - 0.5) * 256, at least 0. */
static void wl_axis(uint32_t d, uint32_t s, uint32_t dn, uint32_t *i0, uint32_t *i1, uint32_t *w)
{
    int64_t f = ((int64_t)(2 * d + 1) * s * 128) / dn - 128;
    if (f < 0) f = 0;
    *i0 = (uint32_t)(f >> 8);
    *w = (uint32_t)(f & 255);
    *i1 = *i0 + 1 < s ? *i0 + 1 : s - 1;
}

void wl_resample(const uint8_t *src, uint32_t sw, uint32_t sh, uint8_t *dst, uint32_t dw, uint32_t dh)
{
    uint32_t *xs = malloc(sizeof(uint32_t) * 3 * dw);
    if (!xs) abort();
    for (uint32_t dx = 0; dx < dw; dx++) {
        wl_axis(dx, sw, dw, &xs[3 * dx], &xs[3 * dx + 1], &xs[3 * dx + 2]);
    }
    for (uint32_t dy = 0; dy < dh; dy++) {
        uint32_t y0, y1, wy;
        wl_axis(dy, sh, dh, &y0, &y1, &wy);
        const uint8_t *r0 = src + (size_t)y0 * sw * 4;
        const uint8_t *r1 = src + (size_t)y1 * sw * 4;
        uint8_t *out = dst + (size_t)dy * dw * 4;
        for (uint32_t dx = 0; dx < dw; dx++) {
            uint32_t x0 = xs[3 * dx] * 4, x1 = xs[3 * dx + 1] * 4, wx = xs[3 * dx + 2];
            uint32_t w00 = (256 - wx) * (256 - wy), w10 = wx * (256 - wy), w01 = (256 - wx) * wy, w11 = wx * wy;
            for (uint32_t c = 0; c < 4; c++) {
                uint32_t v = r0[x0 + c] * w00 + r0[x1 + c] * w10 + r1[x0 + c] * w01 + r1[x1 + c] * w11;
                out[4 * dx + c] = (uint8_t)((v + 32768) >> 16);
            }
        }
    }
    free(xs);
}

uint64_t wl_checksum(const uint8_t *data, size_t len)
{
    uint32_t s1 = 0, s2 = 0;
    for (size_t i = 0; i < len; i++) {
        s1 += data[i];
        s2 += s1;
    }
    return ((uint64_t)s2 << 32) | s1;
}

/* ---- JSON: a small in-place DOM parser ---- */

enum { J_NULL, J_FALSE, J_TRUE, J_NUMBER, J_STRING, J_ARRAY, J_OBJECT };

typedef struct jvalue jvalue;
typedef struct jmember jmember;

struct jvalue {
    uint32_t type;
    uint32_t len; /* string bytes, array items or object members */
    union {
        double num;
        const char *str;
        jvalue *items;
        jmember *members;
    } u;
};

struct jmember {
    const char *key;
    uint32_t key_len;
    jvalue value;
};

typedef struct chunk {
    struct chunk *next;
    size_t used, size;
    /* data follows */
} chunk;

typedef struct {
    const char *start;
    char *p, *end;
    chunk *chunks;
    jvalue *values;  /* scratch stack of array items being parsed */
    size_t nvalues, cvalues;
    jmember *members; /* scratch stack of object members being parsed */
    size_t nmembers, cmembers;
    int depth;
    const char *error;
} parser;

static char wl_error_text[160];

static int fail(parser *ps, const char *what)
{
    if (!ps->error) {
        snprintf(wl_error_text, sizeof wl_error_text, "invalid JSON at byte %lu: %s",
                 (unsigned long)(ps->p - ps->start), what);
        ps->error = wl_error_text;
    }
    return -1;
}

/* A document that parsed but does not have the expected shape: names the order instead of a byte. */
static int fail_shape(parser *ps, const char *what, uint32_t order)
{
    snprintf(wl_error_text, sizeof wl_error_text, "order %lu: %s", (unsigned long)order, what);
    ps->error = wl_error_text;
    return -1;
}

static void *arena_alloc(parser *ps, size_t bytes)
{
    bytes = (bytes + 7) & ~(size_t)7;
    chunk *c = ps->chunks;
    if (!c || c->size - c->used < bytes) {
        size_t size = bytes > (1u << 20) ? bytes : (1u << 20);
        c = malloc(sizeof(chunk) + size);
        if (!c) abort();
        c->next = ps->chunks;
        c->used = 0;
        c->size = size;
        ps->chunks = c;
    }
    void *result = (char *)(c + 1) + c->used;
    c->used += bytes;
    return result;
}

static void skip_ws(parser *ps)
{
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t')) ps->p++;
}

static int parse_value(parser *ps, jvalue *out);

static char *put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) { *o++ = (char)cp; }
    else if (cp < 0x800) { *o++ = (char)(0xC0 | (cp >> 6)); *o++ = (char)(0x80 | (cp & 0x3F)); }
    else if (cp < 0x10000) {
        *o++ = (char)(0xE0 | (cp >> 12)); *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xF0 | (cp >> 18)); *o++ = (char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F)); *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

static int hex4(parser *ps, uint32_t *cp)
{
    if (ps->end - ps->p < 4) return fail(ps, "truncated \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *ps->p++;
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
        else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
        else return fail(ps, "bad hex digit in \\u escape");
    }
    *cp = v;
    return 0;
}

/* ps->p is just after the opening quote. Decodes escapes in place. */
static int parse_string(parser *ps, const char **str, uint32_t *len)
{
    char *start = ps->p, *o = ps->p;
    for (;;) {
        if (ps->p >= ps->end) return fail(ps, "unterminated string");
        unsigned char c = (unsigned char)*ps->p;
        if (c == '"') { ps->p++; break; }
        if (c < 0x20) return fail(ps, "control character in string");
        if (c != '\\') { *o++ = (char)c; ps->p++; continue; }
        ps->p++;
        if (ps->p >= ps->end) return fail(ps, "unterminated escape");
        char e = *ps->p++;
        switch (e) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '/': *o++ = '/'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u': {
            uint32_t cp;
            if (hex4(ps, &cp)) return -1;
            if (cp >= 0xD800 && cp < 0xDC00) {
                uint32_t lo;
                if (ps->end - ps->p < 2 || ps->p[0] != '\\' || ps->p[1] != 'u') return fail(ps, "lone surrogate");
                ps->p += 2;
                if (hex4(ps, &lo)) return -1;
                if (lo < 0xDC00 || lo > 0xDFFF) return fail(ps, "lone surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail(ps, "lone surrogate");
            }
            o = put_utf8(o, cp);
            break;
        }
        default: return fail(ps, "unknown escape");
        }
    }
    *str = start;
    *len = (uint32_t)(o - start);
    return 0;
}

static const double pow10_table[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static int parse_number(parser *ps, double *out)
{
    char *start = ps->p;
    int negative = 0, digits = 0, exp10 = 0;
    uint64_t mant = 0;
    if (*ps->p == '-') { negative = 1; ps->p++; }
    if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') return fail(ps, "expected a digit");
    if (*ps->p == '0') { ps->p++; }
    else {
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
            if (digits < 19) mant = mant * 10 + (uint64_t)(*ps->p - '0'); else exp10++;
            digits++; ps->p++;
        }
    }
    if (ps->p < ps->end && *ps->p == '.') {
        ps->p++;
        if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') return fail(ps, "expected a digit after '.'");
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
            if (digits < 19) { mant = mant * 10 + (uint64_t)(*ps->p - '0'); exp10--; }
            digits++; ps->p++;
        }
    }
    if (ps->p < ps->end && (*ps->p == 'e' || *ps->p == 'E')) {
        ps->p++;
        int eneg = 0, e = 0;
        if (ps->p < ps->end && (*ps->p == '+' || *ps->p == '-')) { eneg = *ps->p == '-'; ps->p++; }
        if (ps->p >= ps->end || *ps->p < '0' || *ps->p > '9') return fail(ps, "expected a digit in exponent");
        while (ps->p < ps->end && *ps->p >= '0' && *ps->p <= '9') {
            if (e < 100000) e = e * 10 + (*ps->p - '0');
            ps->p++;
        }
        exp10 += eneg ? -e : e;
    }
    double v;
    if (digits <= 15 && exp10 >= -22 && exp10 <= 22) {
        /* Exact mantissa and power of ten: one correctly rounded operation. */
        v = (double)mant;
        v = exp10 < 0 ? v / pow10_table[-exp10] : v * pow10_table[exp10];
        if (negative) v = -v;
    } else {
        char buffer[64];
        size_t n = (size_t)(ps->p - start);
        if (n >= sizeof buffer) return fail(ps, "number too long");
        memcpy(buffer, start, n);
        buffer[n] = 0;
        v = strtod(buffer, NULL);
    }
    *out = v;
    return 0;
}

static int literal(parser *ps, const char *word, size_t n)
{
    if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, word, n) != 0) return fail(ps, "unexpected character");
    ps->p += n;
    return 0;
}

static int parse_array(parser *ps, jvalue *out)
{
    size_t base = ps->nvalues;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ']') { ps->p++; }
    else {
        for (;;) {
            jvalue item;
            if (parse_value(ps, &item)) return -1;
            if (ps->nvalues == ps->cvalues) {
                ps->cvalues = ps->cvalues ? ps->cvalues * 2 : 256;
                ps->values = realloc(ps->values, ps->cvalues * sizeof(jvalue));
                if (!ps->values) abort();
            }
            ps->values[ps->nvalues++] = item;
            skip_ws(ps);
            if (ps->p >= ps->end) return fail(ps, "unterminated array");
            char c = *ps->p++;
            if (c == ']') break;
            if (c != ',') { ps->p--; return fail(ps, "expected ',' or ']'"); }
        }
    }
    size_t n = ps->nvalues - base;
    out->type = J_ARRAY;
    out->len = (uint32_t)n;
    out->u.items = arena_alloc(ps, n * sizeof(jvalue));
    memcpy(out->u.items, ps->values + base, n * sizeof(jvalue));
    ps->nvalues = base;
    return 0;
}

static int parse_object(parser *ps, jvalue *out)
{
    size_t base = ps->nmembers;
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '}') { ps->p++; }
    else {
        for (;;) {
            jmember m;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != '"') return fail(ps, "expected a member name");
            ps->p++;
            if (parse_string(ps, &m.key, &m.key_len)) return -1;
            skip_ws(ps);
            if (ps->p >= ps->end || *ps->p != ':') return fail(ps, "expected ':'");
            ps->p++;
            if (parse_value(ps, &m.value)) return -1;
            if (ps->nmembers == ps->cmembers) {
                ps->cmembers = ps->cmembers ? ps->cmembers * 2 : 256;
                ps->members = realloc(ps->members, ps->cmembers * sizeof(jmember));
                if (!ps->members) abort();
            }
            ps->members[ps->nmembers++] = m;
            skip_ws(ps);
            if (ps->p >= ps->end) return fail(ps, "unterminated object");
            char c = *ps->p++;
            if (c == '}') break;
            if (c != ',') { ps->p--; return fail(ps, "expected ',' or '}'"); }
        }
    }
    size_t n = ps->nmembers - base;
    out->type = J_OBJECT;
    out->len = (uint32_t)n;
    out->u.members = arena_alloc(ps, n * sizeof(jmember));
    memcpy(out->u.members, ps->members + base, n * sizeof(jmember));
    ps->nmembers = base;
    return 0;
}

static int parse_value(parser *ps, jvalue *out)
{
    skip_ws(ps);
    if (ps->p >= ps->end) return fail(ps, "unexpected end of input");
    switch (*ps->p) {
    case '{':
    case '[': {
        if (++ps->depth > 256) return fail(ps, "nested too deeply");
        int r = *ps->p++ == '{' ? parse_object(ps, out) : parse_array(ps, out);
        ps->depth--;
        return r;
    }
    case '"':
        ps->p++;
        out->type = J_STRING;
        return parse_string(ps, &out->u.str, &out->len);
    case 't': out->type = J_TRUE; return literal(ps, "true", 4);
    case 'f': out->type = J_FALSE; return literal(ps, "false", 5);
    case 'n': out->type = J_NULL; return literal(ps, "null", 4);
    default:
        out->type = J_NUMBER;
        return parse_number(ps, &out->u.num);
    }
}

static const jvalue *member(const jvalue *object, const char *key)
{
    if (!object || object->type != J_OBJECT) return NULL;
    size_t n = strlen(key);
    for (uint32_t i = 0; i < object->len; i++) {
        const jmember *m = &object->u.members[i];
        if (m->key_len == n && memcmp(m->key, key, n) == 0) return &m->value;
    }
    return NULL;
}

static int64_t cents(double value)
{
    double scaled = value * 100.0;
    return (int64_t)(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
}

static void mix(uint64_t *h, uint64_t v)
{
    *h ^= v;
    *h *= 1099511628211ull;
}

static int summarize(parser *ps, const jvalue *root, uint64_t *checksum)
{
    const jvalue *orders = member(root, "orders");
    if (!orders || orders->type != J_ARRAY) {
        ps->error = "the document has no \"orders\" array";
        return -1;
    }
    uint64_t ids = 0, quantity = 0, paid = 0, name_bytes = 0, tags = 0, notes = 0, note_bytes = 0, discounts = 0;
    int64_t price_cents = 0, discount_cents = 0;
    for (uint32_t i = 0; i < orders->len; i++) {
        const jvalue *order = &orders->u.items[i];
        const jvalue *id = member(order, "id"), *customer = member(order, "customer"), *items = member(order, "items");
        const jvalue *name = member(customer, "name"), *tag_list = member(customer, "tags");
        const jvalue *is_paid = member(order, "paid"), *note = member(order, "note");
        if (!id || id->type != J_NUMBER || !name || name->type != J_STRING || !tag_list || tag_list->type != J_ARRAY
            || !items || items->type != J_ARRAY || !is_paid || !note) {
            return fail_shape(ps, "lacks a field (id, customer.name, customer.tags, items, paid, note)", i);
        }
        ids += (uint64_t)id->u.num;
        name_bytes += name->len;
        tags += tag_list->len;
        paid += is_paid->type == J_TRUE;
        if (note->type == J_STRING) { notes++; note_bytes += note->len; }
        for (uint32_t j = 0; j < items->len; j++) {
            const jvalue *item = &items->u.items[j];
            const jvalue *q = member(item, "quantity"), *price = member(item, "price"), *discount = member(item, "discount");
            if (!q || q->type != J_NUMBER || !price || price->type != J_NUMBER || !discount) {
                return fail_shape(ps, "an item lacks a field (quantity, price, discount)", i);
            }
            quantity += (uint64_t)q->u.num;
            price_cents += cents(price->u.num);
            if (discount->type == J_NUMBER) { discounts++; discount_cents += cents(discount->u.num); }
        }
    }
    uint64_t h = 14695981039346656037ull;
    mix(&h, orders->len);
    mix(&h, ids);
    mix(&h, quantity);
    mix(&h, (uint64_t)price_cents);
    mix(&h, discounts);
    mix(&h, (uint64_t)discount_cents);
    mix(&h, paid);
    mix(&h, name_bytes);
    mix(&h, tags);
    mix(&h, notes);
    mix(&h, note_bytes);
    *checksum = h;
    return 0;
}

int wl_summarize_orders(char *text, size_t len, uint64_t *checksum, const char **error)
{
    parser ps = {0};
    ps.start = text;
    ps.p = text;
    ps.end = text + len;
    jvalue root;
    int r = parse_value(&ps, &root);
    if (r == 0) {
        skip_ws(&ps);
        if (ps.p != ps.end) r = fail(&ps, "text after the document");
    }
    if (r == 0) r = summarize(&ps, &root, checksum);
    while (ps.chunks) {
        chunk *next = ps.chunks->next;
        free(ps.chunks);
        ps.chunks = next;
    }
    free(ps.values);
    free(ps.members);
    *error = ps.error;
    return r;
}

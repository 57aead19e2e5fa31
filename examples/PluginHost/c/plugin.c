/* A plugin component in C: Canonical ABI glue for ../wit/plugin.wit written by hand.
   Imports come from the host (logging, store); exports are called by the host. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

/* ---- imports ---- */

enum { LEVEL_DEBUG, LEVEL_INFO, LEVEL_WARNING, LEVEL_ERROR };

IMPORT("example:plugins/logging", "log") extern void host_log(int32_t level, const char *message, size_t length);
/* option<string> / result<_, string>: tag byte at 0, string (pointer, length) at 4. */
IMPORT("example:plugins/key-value", "get") extern void host_get(const char *key, size_t key_length, void *ret);
IMPORT("example:plugins/key-value", "set")
extern void host_set(const char *key, size_t key_length, const char *value, size_t value_length, void *ret);
IMPORT("example:plugins/key-value", "delete") extern int32_t host_delete(const char *key, size_t key_length);

typedef struct {
    uint8_t tag;
    char *text;
    uint32_t length;
} tagged_string;

static void log_text(int32_t level, const char *message)
{
    host_log(level, message, strlen(message));
}

/* ---- exports ---- */

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size)
{
    (void)old_size;
    if (new_size == 0) return (void *)align;
    void *p = realloc(old, new_size);
    if (!p) abort();
    return p;
}

static _Alignas(4) uint8_t ret_area[12];

EXPORT("describe")
uint8_t *export_describe(void)
{
    static const char text[] = "word-counter 1.0 (C)";
    uint32_t fields[2] = {(uint32_t)(uintptr_t)text, sizeof text - 1};
    memcpy(ret_area, fields, 8);
    return ret_area;
}

/* result<u32, string>: tag at 0, payload at 4. Error messages live in a static buffer. */
static char error_text[256];

static uint8_t *process_error(const char *message, size_t length)
{
    if (length >= sizeof error_text) length = sizeof error_text - 1;
    memcpy(error_text, message, length);
    uint32_t fields[2] = {(uint32_t)(uintptr_t)error_text, (uint32_t)length};
    ret_area[0] = 1;
    memcpy(ret_area + 4, fields, 8);
    return ret_area;
}

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

EXPORT("process")
uint8_t *export_process(char *text, size_t length)
{
    uint32_t words = 0, fresh = 0;
    char key[300];
    size_t i = 0;
    while (i < length) {
        while (i < length && is_space(text[i])) i++;
        size_t start = i;
        while (i < length && !is_space(text[i])) i++;
        if (i == start) break;
        size_t n = i - start;
        if (n > sizeof key - 7) n = sizeof key - 7;
        memcpy(key, "count:", 6);
        for (size_t k = 0; k < n; k++) {
            char c = text[start + k];
            key[6 + k] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
        }
        size_t key_length = 6 + n;

        tagged_string current;
        host_get(key, key_length, &current);
        unsigned long count = 0;
        if (current.tag) {
            for (uint32_t k = 0; k < current.length; k++) count = count * 10 + (unsigned long)(current.text[k] - '0');
            free(current.text); /* the host allocated it with cabi_realloc: ours to free */
        } else {
            fresh++;
        }
        char value[24];
        int value_length = 0;
        char digits[24];
        int d = 0;
        count++;
        do { digits[d++] = (char)('0' + count % 10); count /= 10; } while (count);
        while (d) value[value_length++] = digits[--d];

        tagged_string refused;
        host_set(key, key_length, value, (size_t)value_length, &refused);
        if (refused.tag) {
            log_text(LEVEL_ERROR, "the store refused a word");
            uint8_t *result = process_error(refused.text, refused.length);
            free(refused.text);
            free(text);
            return result;
        }
        words++;
    }
    free(text);
    if (words == 0) {
        log_text(LEVEL_WARNING, "nothing to count");
        return process_error("there are no words to count", 27);
    }
    char message[80];
    char *m = message;
    const char *prefix = "counted ";
    memcpy(m, prefix, 8); m += 8;
    char digits[12];
    int d = 0;
    uint32_t w = words;
    do { digits[d++] = (char)('0' + w % 10); w /= 10; } while (w);
    while (d) *m++ = digits[--d];
    const char *middle = " words, new: ";
    memcpy(m, middle, 13); m += 13;
    w = fresh;
    do { digits[d++] = (char)('0' + w % 10); w /= 10; } while (w);
    while (d) *m++ = digits[--d];
    host_log(LEVEL_INFO, message, (size_t)(m - message));
    ret_area[0] = 0;
    memcpy(ret_area + 4, &words, 4);
    return ret_area;
}

EXPORT("crash")
void export_crash(void)
{
    log_text(LEVEL_DEBUG, "about to crash");
    __builtin_trap();
}

EXPORT("spin")
void export_spin(void)
{
    volatile uint64_t turns = 0;
    for (;;) turns++;
}

/* The blocks hog keeps, chained through their first word. Being reachable from a global, the allocations cannot
   be optimized away. */
static void *volatile hoard;

EXPORT("hog")
uint32_t export_hog(uint32_t megabytes)
{
    uint32_t got = 0;
    while (got < megabytes) {
        char *block = malloc(1 << 20);
        if (!block) break;
        memset(block, 1, 1 << 20); /* touch it, so the memory is really used */
        *(void **)block = hoard;
        hoard = block;
        got++;
    }
    return got;
}

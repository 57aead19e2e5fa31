/* The native column: the same workloads.c compiled for this machine, timed in-process.
   Usage: native <image.rgba> <width> <height> <dst-width> <dst-height> <orders.json> <fib-n> <repetitions> <warmups>
   Prints one line per workload: <name> <checksum as 16 hex digits> <milliseconds per repetition...> */
#define _POSIX_C_SOURCE 199309L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "workloads.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static char *read_file(const char *path, size_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc((size_t)n + 1);
    if (!data || fread(data, 1, (size_t)n, f) != (size_t)n) { fprintf(stderr, "%s: cannot read\n", path); exit(1); }
    fclose(f);
    *length = (size_t)n;
    return data;
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* Keep freed memory in the process, as a WebAssembly instance keeps its grown linear memory: otherwise glibc
       maps every 1 MiB block of the JSON parser's arena afresh on each run and pays its page faults again. */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
    if (argc != 10) {
        fprintf(stderr, "usage: %s <image.rgba> <width> <height> <dst-width> <dst-height> <orders.json> <fib-n> <repetitions> <warmups>\n", argv[0]);
        return 2;
    }
    size_t image_length, json_length;
    uint8_t *image = (uint8_t *)read_file(argv[1], &image_length);
    uint32_t sw = (uint32_t)atoi(argv[2]), sh = (uint32_t)atoi(argv[3]);
    uint32_t dw = (uint32_t)atoi(argv[4]), dh = (uint32_t)atoi(argv[5]);
    char *json = read_file(argv[6], &json_length);
    uint32_t n = (uint32_t)atoi(argv[7]);
    int reps = atoi(argv[8]), warmups = atoi(argv[9]);
    if ((size_t)sw * sh * 4 != image_length) { fprintf(stderr, "image size mismatch\n"); return 1; }

    /* Each workload runs untimed first, as in the other columns (where it lets the JIT compile). */
    uint64_t checksum = 0;
    for (int w = 0; w < warmups; w++) checksum = wl_fib(n);
    printf("fib");
    double times[256];
    for (int r = 0; r < reps && r < 256; r++) {
        double t = now_ms();
        checksum = wl_fib(n);
        times[r] = now_ms() - t;
    }
    printf(" %016" PRIx64, checksum);
    for (int r = 0; r < reps && r < 256; r++) printf(" %.3f", times[r]);
    printf("\n");

    uint8_t *out = malloc((size_t)dw * dh * 4);
    for (int w = 0; w < warmups; w++) wl_resample(image, sw, sh, out, dw, dh);
    for (int r = 0; r < reps && r < 256; r++) {
        double t = now_ms();
        wl_resample(image, sw, sh, out, dw, dh);
        checksum = wl_checksum(out, (size_t)dw * dh * 4);
        times[r] = now_ms() - t;
    }
    printf("resample %016" PRIx64, checksum);
    for (int r = 0; r < reps && r < 256; r++) printf(" %.3f", times[r]);
    printf("\n");

    char *work = malloc(json_length);
    for (int w = 0; w < warmups; w++) {
        const char *error;
        memcpy(work, json, json_length);
        if (wl_summarize_orders(work, json_length, &checksum, &error)) { fprintf(stderr, "%s\n", error); return 1; }
    }
    for (int r = 0; r < reps && r < 256; r++) {
        memcpy(work, json, json_length); /* the parser decodes strings in place */
        const char *error;
        double t = now_ms();
        int failed = wl_summarize_orders(work, json_length, &checksum, &error);
        times[r] = now_ms() - t;
        if (failed) { fprintf(stderr, "%s\n", error); return 1; }
    }
    printf("json %016" PRIx64, checksum);
    for (int r = 0; r < reps && r < 256; r++) printf(" %.3f", times[r]);
    printf("\n");
    return 0;
}

/* The three workloads in portable C, shared by the component (component.c) and the native build (native.c). */
#ifndef WORKLOADS_H
#define WORKLOADS_H

#include <stddef.h>
#include <stdint.h>

/* Naive recursive Fibonacci: fib(0) = 0, fib(1) = 1. Exponential on purpose. */
uint64_t wl_fib(uint32_t n);

/* Resamples an RGBA image src (sw x sh) into dst (dw x dh), bilinear with 8-bit fixed-point weights and
   pixel centres aligned, so that every implementation produces the same bytes. */
void wl_resample(const uint8_t *src, uint32_t sw, uint32_t sh, uint8_t *dst, uint32_t dw, uint32_t dh);

/* Two running 32-bit sums over the bytes: (sum of sums << 32) | sum. */
uint64_t wl_checksum(const uint8_t *data, size_t len);

/* Parses a JSON document of orders (the text is modified in place) and summarizes it into *checksum.
   Returns 0 on success; otherwise returns non-zero and points *error at a message naming the byte offset. */
int wl_summarize_orders(char *text, size_t len, uint64_t *checksum, const char **error);

#endif

// A WASI command for the WASI benchmarks (tests/WitBindgen.Benchmarks/Runtime/Wasi*): it moves bytes through stdout
// or a preopened file in fixed chunks, or waits on the monotonic clock, and does nothing else, so a run measures the
// host's WASI. Through the preview1 command adapter: fd_write, fd_read and poll_oneoff become WASI 0.2 calls.
//
//   wasi-bench write <bytes> <chunk>       writes <bytes> bytes of 'x' to stdout, <chunk> bytes a call
//   wasi-bench read <path> <chunk>         reads the file to its end, <chunk> bytes a call; prints the byte count
//   wasi-bench sleep <count> <nanoseconds> waits <count> times on a relative monotonic-clock subscription; prints
//                                          how long each wait took by the monotonic clock, in nanoseconds, a line each
//
// Exits 0 on success, 1 on a failed call (with a line on stderr), 2 on bad arguments.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <wasi/api.h>

static int fail(const char *what) {
  fprintf(stderr, "wasi-bench: %s failed\n", what);
  return 1;
}

static int write_stdout(uint64_t total, size_t chunk) {
  char *buffer = malloc(chunk);
  if (buffer == NULL) return fail("malloc");
  memset(buffer, 'x', chunk);
  while (total > 0) {
    size_t length = total < chunk ? (size_t)total : chunk;
    __wasi_ciovec_t vec = { (const uint8_t *)buffer, length };
    size_t written;
    if (__wasi_fd_write(1, &vec, 1, &written) != 0 || written == 0) return fail("fd_write");
    total -= written;
  }
  return 0;
}

static int read_file(const char *path, size_t chunk) {
  char *buffer = malloc(chunk);
  if (buffer == NULL) return fail("malloc");
  int fd = open(path, O_RDONLY);
  if (fd < 0) return fail("open");
  uint64_t total = 0;
  for (;;) {
    ssize_t got = read(fd, buffer, chunk);
    if (got < 0) return fail("read");
    if (got == 0) break;
    total += (uint64_t)got;
  }
  close(fd);
  printf("%llu\n", (unsigned long long)total);
  return 0;
}

static int sleep_many(uint32_t count, uint64_t nanoseconds) {
  uint64_t *took = malloc(sizeof(uint64_t) * (count ? count : 1));
  if (took == NULL) return fail("malloc");
  for (uint32_t i = 0; i < count; i++) {
    __wasi_timestamp_t before, after;
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &before) != 0) return fail("clock_time_get");
    __wasi_subscription_t subscription = {
      .userdata = i,
      .u = { .tag = __WASI_EVENTTYPE_CLOCK,
             .u = { .clock = { .id = __WASI_CLOCKID_MONOTONIC, .timeout = nanoseconds, .precision = 0, .flags = 0 } } },
    };
    __wasi_event_t event;
    size_t events;
    if (__wasi_poll_oneoff(&subscription, &event, 1, &events) != 0 || events != 1 || event.error != 0) return fail("poll_oneoff");
    if (__wasi_clock_time_get(__WASI_CLOCKID_MONOTONIC, 1, &after) != 0) return fail("clock_time_get");
    took[i] = after - before;
  }
  for (uint32_t i = 0; i < count; i++) printf("%llu\n", (unsigned long long)took[i]);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "write") == 0) return write_stdout(strtoull(argv[2], NULL, 10), strtoul(argv[3], NULL, 10));
  if (argc == 4 && strcmp(argv[1], "read") == 0) return read_file(argv[2], strtoul(argv[3], NULL, 10));
  if (argc == 4 && strcmp(argv[1], "sleep") == 0) return sleep_many(strtoul(argv[2], NULL, 10), strtoull(argv[3], NULL, 10));
  fprintf(stderr, "usage: wasi-bench write <bytes> <chunk> | read <path> <chunk> | sleep <count> <nanoseconds>\n");
  return 2;
}

// A small WASI guest for the runtime's WASI tests and benchmarks (see wasi-probe.wit and ../build.sh).
// The canonical ABI is written by hand: strings arrive as (pointer, length) and are returned through a
// static return area holding (pointer, length); cabi_realloc lets the host allocate argument memory.
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wasi/api.h>

extern void __wasm_call_ctors(void);

static int initialized;
static uint32_t return_area[2];

static void ensure_initialized(void) {
  if (!initialized) {
    initialized = 1;
    __wasm_call_ctors();
  }
}

__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
  (void)old_size;
  if (new_size == 0) {
    return (void *)align;
  }
  void *memory = realloc(old, new_size);
  if (memory == NULL) {
    abort();
  }
  return memory;
}

static char *copy_string(const char *text, size_t length) {
  char *copy = malloc(length + 1);
  memcpy(copy, text, length);
  copy[length] = 0;
  return copy;
}

static uint32_t *return_string(char *text, size_t length) {
  return_area[0] = (uint32_t)(uintptr_t)text;
  return_area[1] = (uint32_t)length;
  return return_area;
}

static uint32_t *return_text(const char *text) {
  size_t length = strlen(text);
  return return_string(copy_string(text, length), length);
}

static uint32_t *return_error(const char *what) {
  char buffer[512];
  snprintf(buffer, sizeof buffer, "error: %s: %s", what, strerror(errno));
  return return_text(buffer);
}

__attribute__((export_name("print")))
void probe_print(char *text, size_t length) {
  ensure_initialized();
  fwrite(text, 1, length, stdout);
  fflush(stdout);
  free(text);
}

__attribute__((export_name("eprint")))
void probe_eprint(char *text, size_t length) {
  ensure_initialized();
  fwrite(text, 1, length, stderr);
  fflush(stderr);
  free(text);
}

__attribute__((export_name("read-file")))
uint32_t *probe_read_file(char *path, size_t length) {
  ensure_initialized();
  char *name = copy_string(path, length);
  free(path);
  FILE *file = fopen(name, "rb");
  free(name);
  if (file == NULL) {
    return return_error("open");
  }
  size_t capacity = 256, size = 0;
  char *contents = malloc(capacity);
  size_t got;
  while ((got = fread(contents + size, 1, capacity - size, file)) > 0) {
    size += got;
    if (size == capacity) {
      capacity *= 2;
      contents = realloc(contents, capacity);
    }
  }
  fclose(file);
  return return_string(contents, size);
}

__attribute__((export_name("write-file")))
uint32_t *probe_write_file(char *path, size_t path_length, char *contents, size_t contents_length) {
  ensure_initialized();
  char *name = copy_string(path, path_length);
  free(path);
  FILE *file = fopen(name, "wb");
  free(name);
  if (file == NULL) {
    free(contents);
    return return_error("open");
  }
  size_t written = fwrite(contents, 1, contents_length, file);
  free(contents);
  if (fclose(file) != 0 || written != contents_length) {
    return return_error("write");
  }
  return return_text("ok");
}

__attribute__((export_name("get-env")))
uint32_t *probe_get_env(char *name, size_t length) {
  ensure_initialized();
  char *key = copy_string(name, length);
  free(name);
  const char *value = getenv(key);
  free(key);
  return return_text(value == NULL ? "<unset>" : value);
}

__attribute__((export_name("get-args")))
uint32_t *probe_get_args(void) {
  ensure_initialized();
  size_t count = 0, size = 0;
  if (__wasi_args_sizes_get(&count, &size) != 0) {
    return return_text("error: args_sizes_get");
  }
  char **argv = malloc((count + 1) * sizeof(char *));
  char *buffer = malloc(size + 1);
  if (__wasi_args_get((uint8_t **)argv, (uint8_t *)buffer) != 0) {
    return return_text("error: args_get");
  }
  size_t total = 0;
  for (size_t i = 0; i < count; i++) {
    total += strlen(argv[i]) + 1;
  }
  char *joined = malloc(total + 1);
  joined[0] = 0;
  for (size_t i = 0; i < count; i++) {
    if (i > 0) {
      strcat(joined, " ");
    }
    strcat(joined, argv[i]);
  }
  free(argv);
  free(buffer);
  return return_string(joined, strlen(joined));
}

__attribute__((export_name("read-stdin")))
uint32_t *probe_read_stdin(void) {
  ensure_initialized();
  size_t capacity = 256, size = 0;
  char *contents = malloc(capacity);
  ssize_t got;
  while ((got = read(0, contents + size, capacity - size)) > 0) {
    size += (size_t)got;
    if (size == capacity) {
      capacity *= 2;
      contents = realloc(contents, capacity);
    }
  }
  return return_string(contents, size);
}

__attribute__((export_name("bump")))
uint32_t probe_bump(uint32_t n) {
  return n + 1;
}

/* The component's exports: Canonical ABI glue from the world in ../wit/workloads.wit to workloads.c.
   Strings and lists arrive in memory this module allocated through cabi_realloc, so they are ours to keep
   or free. Results that do not fit in a return value go through a static return area. */
#include <stdlib.h>
#include <string.h>

#include "workloads.h"

#define EXPORT(name) __attribute__((export_name(name)))

EXPORT("cabi_realloc")
void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size)
{
    (void)old_size;
    if (new_size == 0) return (void *)align;
    void *p = realloc(old, new_size);
    if (!p) abort();
    return p;
}

/* result<_, string>: tag byte at 0, string (pointer, length) at 4. result<u64, string>: tag at 0, payload at 8. */
static _Alignas(8) uint8_t ret_area[16];

static uint8_t *ok_u64(uint64_t value)
{
    ret_area[0] = 0;
    memcpy(ret_area + 8, &value, 8);
    return ret_area;
}

static uint8_t *error_at(size_t offset, const char *message)
{
    uint32_t fields[2] = {(uint32_t)(uintptr_t)message, (uint32_t)strlen(message)};
    ret_area[0] = 1;
    memcpy(ret_area + offset, fields, 8);
    return ret_area;
}

/* The image is allocated by the first write that needs it (zeroed), or is the buffer of a list that covers the
   whole image: that list arrived in memory cabi_realloc allocated, so it is kept instead of copied. */
static uint8_t *image;
static size_t image_size; /* 0 until an image is begun */
static uint32_t image_width, image_height;
static uint8_t *resampled;
static uint32_t resampled_length;

static int allocate_image(void)
{
    if (!image) image = calloc(image_size, 1);
    return image != NULL;
}

EXPORT("fib")
uint64_t export_fib(uint32_t n)
{
    return wl_fib(n);
}

EXPORT("begin-image")
uint8_t *export_begin_image(uint32_t width, uint32_t height)
{
    free(image);
    image = NULL;
    image_size = 0;
    if (width == 0 || height == 0 || (uint64_t)width * height * 4 > 0x40000000u) return error_at(4, "bad image size");
    image_size = (size_t)width * height * 4;
    image_width = width;
    image_height = height;
    ret_area[0] = 0;
    return ret_area;
}

EXPORT("write-image")
uint8_t *export_write_image(uint32_t offset, uint8_t *pixels, size_t length)
{
    if (!image_size || offset > image_size || length > image_size - offset) {
        free(pixels);
        return error_at(4, image_size ? "the pixels go past the end of the image" : "no image was begun");
    }
    if (offset == 0 && length == image_size) {
        free(image);
        image = pixels;
    } else {
        if (!allocate_image()) {
            free(pixels);
            return error_at(4, "out of memory");
        }
        memcpy(image + offset, pixels, length);
        free(pixels);
    }
    ret_area[0] = 0;
    return ret_area;
}

EXPORT("write-image-pixels")
uint8_t *export_write_image_pixels(uint32_t offset, uint32_t *pixels, size_t count)
{
    return export_write_image(offset, (uint8_t *)pixels, count * 4); /* wasm is little-endian */
}

EXPORT("resample-image")
uint8_t *export_resample_image(uint32_t width, uint32_t height)
{
    if (!image_size) return error_at(8, "no image was begun");
    if (!allocate_image()) return error_at(8, "out of memory");
    if (width == 0 || height == 0 || (uint64_t)width * height * 4 > 0x40000000u) return error_at(8, "bad target size");
    free(resampled);
    resampled_length = width * height * 4;
    resampled = malloc(resampled_length);
    if (!resampled) return error_at(8, "out of memory");
    wl_resample(image, image_width, image_height, resampled, width, height);
    return ok_u64(wl_checksum(resampled, resampled_length));
}

EXPORT("read-resampled")
uint8_t *export_read_resampled(uint32_t offset, uint32_t length)
{
    uint32_t available = resampled && offset < resampled_length ? resampled_length - offset : 0;
    uint32_t fields[2] = {(uint32_t)(uintptr_t)(resampled + (available ? offset : 0)), length < available ? length : available};
    memcpy(ret_area, fields, 8);
    return ret_area;
}

EXPORT("summarize-orders")
uint8_t *export_summarize_orders(char *text, size_t length)
{
    uint64_t checksum;
    const char *error;
    int failed = wl_summarize_orders(text, length, &checksum, &error);
    free(text);
    return failed ? error_at(8, error) : ok_u64(checksum);
}

EXPORT("accept-text")
uint32_t export_accept_text(char *text, size_t length)
{
    free(text);
    return (uint32_t)length;
}

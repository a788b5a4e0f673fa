/* SPDX-License-Identifier: MIT
 * fuzz_scan.c — libFuzzer target for scanned text: any bytes must scan
 * without a crash or sanitizer report, streaming in two uneven pieces
 * must give the same findings as one buffer, every finding must lie in
 * the input, and masks must stay bounded and never equal the value. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "scan/scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

struct list {
  struct zd_scan_finding v[512];
  size_t n;
  size_t len;
};

static int collect(const struct zd_scan_finding *f, const char *value,
                   void *ud)
{
  struct list *l = ud;
  char masked[ZD_SCAN_MASK_SIZE];
  if(f->end > l->len || f->start >= f->end || f->confidence < 0 ||
     f->confidence > 1 || f->value_len != f->end - f->start)
    abort();
  zd_scan_mask(f->type, value, f->value_len, masked, sizeof(masked));
  if(strlen(masked) >= sizeof(masked))
    abort();
  if(zd_scan_type_is_secret(f->type) && f->value_len >= 8 &&
     strstr(masked, "****") == NULL)
    abort();
  if(l->n < 512)
    l->v[l->n++] = *f;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct zd_scanner *s;
  static struct list whole, part;
  struct zd_error err;
  struct zd_scan_stream *st;
  size_t cut;
  if(!s && zd_scanner_new(NULL, &s, &err))
    abort();
  whole.n = part.n = 0;
  whole.len = part.len = size;
  if(zd_scan_buffer(s, (const char *)data, size, collect, &whole, &err))
    abort();
  cut = size ? data[0] % (size + 1) : 0;
  st = zd_scan_stream_new(s, collect, &part);
  if(zd_scan_stream_feed(st, (const char *)data, cut, &err) ||
     zd_scan_stream_feed(st, (const char *)data + cut, size - cut, &err) ||
     zd_scan_stream_finish(st, &err))
    abort();
  zd_scan_stream_free(st);
  if(whole.n != part.n)
    abort();
  for(size_t i = 0; i < whole.n; i++)
    if(whole.v[i].type != part.v[i].type ||
       whole.v[i].start != part.v[i].start || whole.v[i].end != part.v[i].end)
      abort();
  return 0;
}

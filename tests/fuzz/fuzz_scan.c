/* SPDX-License-Identifier: MIT
 * fuzz_scan.c — libFuzzer target for scanned text: any bytes must scan
 * without a crash or sanitizer report, streaming in two uneven pieces
 * through the copy-free space/commit interface (in pieces of a size the
 * input picks) and in place (zd_scan_stream_whole, as a mapped file) must
 * give the same findings as one buffer, every finding must lie in the
 * input, and masks must stay bounded and never equal the value. */
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
  static struct list whole, part, direct, inplace;
  struct zd_error err;
  struct zd_scan_stream *st;
  size_t cut;
  if(!s && zd_scanner_new(NULL, &s, &err))
    abort();
  size_t off = 0, step;
  whole.n = part.n = direct.n = inplace.n = 0;
  whole.len = part.len = direct.len = inplace.len = size;
  if(zd_scan_buffer(s, (const char *)data, size, collect, &whole, &err))
    abort();
  cut = size ? data[0] % (size + 1) : 0;
  st = zd_scan_stream_new(s, collect, &part);
  if(zd_scan_stream_feed(st, (const char *)data, cut, &err) ||
     zd_scan_stream_feed(st, (const char *)data + cut, size - cut, &err) ||
     zd_scan_stream_finish(st, &err))
    abort();
  zd_scan_stream_free(st);
  /* copy-free feeding, in pieces of 1..256 bytes (from the input) */
  step = size > 1 ? (size_t)data[1] + 1 : 1;
  st = zd_scan_stream_new(s, collect, &direct);
  while(off < size) {
    size_t room, n;
    char *dst = zd_scan_stream_space(st, &room);
    n = size - off < step ? size - off : step;
    if(n > room)
      n = room;
    if(!dst || room == 0)
      abort();
    memcpy(dst, data + off, n);
    if(zd_scan_stream_commit(st, n, &err))
      abort();
    off += n;
  }
  if(zd_scan_stream_finish(st, &err))
    abort();
  zd_scan_stream_free(st);
  st = zd_scan_stream_new(s, collect, &inplace);
  if(zd_scan_stream_whole(st, (const char *)data, size, NULL, NULL, &err) ||
     zd_scan_stream_finish(st, &err))
    abort();
  zd_scan_stream_free(st);
  if(whole.n != part.n || whole.n != direct.n || whole.n != inplace.n)
    abort();
  for(size_t i = 0; i < whole.n; i++)
    if(whole.v[i].type != part.v[i].type ||
       whole.v[i].start != part.v[i].start ||
       whole.v[i].end != part.v[i].end ||
       whole.v[i].type != direct.v[i].type ||
       whole.v[i].start != direct.v[i].start ||
       whole.v[i].end != direct.v[i].end ||
       whole.v[i].type != inplace.v[i].type ||
       whole.v[i].start != inplace.v[i].start ||
       whole.v[i].end != inplace.v[i].end)
      abort();
  return 0;
}

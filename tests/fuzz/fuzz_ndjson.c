/* SPDX-License-Identifier: MIT
 * fuzz_ndjson.c — libFuzzer target for the NDJSON walker: any bytes,
 * fed in two pieces, must walk without a crash, and every finding must
 * lie inside the input with a line number. */
#include <stdint.h>
#include <stdlib.h>

#include "scan/ndjson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t in_len;

static int check(const struct zd_scan_finding *f, const char *value,
                 const struct zd_ndjson_source *src, void *ud)
{
  (void)value;
  (void)ud;
  if(f->start >= f->end || f->end > in_len || src->line == 0)
    abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct zd_scanner *s;
  struct zd_error err;
  struct zd_ndjson *nj;
  size_t cut = size ? data[size - 1] % (size + 1) : 0;
  if(!s && zd_scanner_new(NULL, &s, &err))
    abort();
  in_len = size;
  nj = zd_ndjson_new(s, check, NULL);
  if(zd_ndjson_feed(nj, (const char *)data, cut, &err) ||
     zd_ndjson_feed(nj, (const char *)data + cut, size - cut, &err) ||
     zd_ndjson_finish(nj, &err))
    abort();
  zd_ndjson_free(nj);
  return 0;
}

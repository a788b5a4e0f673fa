/* SPDX-License-Identifier: MIT
 * fuzz_jdoc.c — libFuzzer target for the snapshot-file reader
 * (core/jdoc.c), differential against jansson: the same bytes must be
 * accepted or refused by both (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL),
 * and an accepted document must hold equal values in the same order. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/jdoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  json_t *j = json_loadb((const char *)data, size,
                         JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
  char *buf = malloc(size + ZD_JDOC_PAD);
  struct zd_jdoc *d = NULL;
  zd_code rc;
  if(size)
    memcpy(buf, data, size);
  rc = zd_jdoc_parse(buf, size, "fuzz", &d, NULL);
  if((rc == ZD_OK) != (j != NULL))
    abort();
  if(j) {
    json_t *copy = zd_jdoc_to_json(d, 0);
    char *a = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    char *b = json_dumps(copy, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if(!json_equal(j, copy) || !a || !b || strcmp(a, b))
      abort();
    free(a);
    free(b);
    json_decref(copy);
  }
  json_decref(j);
  zd_jdoc_decref(d);
  return 0;
}

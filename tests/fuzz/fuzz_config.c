/* SPDX-License-Identifier: MIT
 * fuzz_config.c — libFuzzer target for zdaudit.yaml: any bytes must give
 * a config or an error with a message, never a crash or a leak. */
#include <stdint.h>
#include <stdlib.h>

#include "config/config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct zd_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct zd_config *c = NULL;
  struct zd_error err;
  if(!engine && zd_engine_new(NULL, &engine, &err))
    abort();
  if(zd_config_parse("fuzz.yaml", (const char *)data, size, engine, &c,
                     &err) == ZD_OK) {
    struct zd_results r = {0};
    zd_config_apply(c, &r, 0);
    zd_config_free(c);
  }
  else if(!err.msg[0])
    abort();   /* every refusal says why */
  return 0;
}

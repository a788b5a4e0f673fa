/* SPDX-License-Identifier: MIT
 * fuzz_config.c — libFuzzer target for zdaudit.yaml: any bytes must give
 * a config or an error with a message, never a crash or a leak. */
#include <stdint.h>
#include <stdlib.h>

#include "engine/engine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct zd_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct zd_config *c = NULL;
  struct zd_config_rules rules;
  struct zd_error err;
  if(!engine && zd_engine_new(NULL, &engine, &err))
    abort();
  zd_engine_config_rules(engine, &rules);
  if(zd_config_parse("fuzz.yaml", (const char *)data, size, &rules, &c,
                     &err) == ZD_OK) {
    struct zd_result r = {0};
    r.control = zd_engine_control(engine, 0);
    r.status = ZD_STATUS_MANUAL;
    zd_engine_apply_records(engine, c, &r, 0);
    json_decref(r.attestation);
    json_decref(r.exception);
    zd_config_free(c);
  }
  else if(!err.msg[0])
    abort();   /* every refusal says why */
  return 0;
}

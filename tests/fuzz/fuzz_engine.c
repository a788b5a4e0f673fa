/* SPDX-License-Identifier: MIT
 * fuzz_engine.c — libFuzzer target for what an account (or a tampered
 * snapshot) controls: endpoint bodies. The input is a JSON object
 * {endpoint key: body}; every built-in control runs on it. Whatever the
 * bodies hold, no control may crash the process — a Lua error stays an
 * `error` result — and no status outside the seven may appear. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine/engine.h"
#include "snapshot/snapshot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct zd_engine *engine;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  struct zd_results r = {0};
  struct zd_snapshot *s;
  struct zd_error err;
  const char *key;
  json_t *doc, *body;
  if(!engine) {
    struct zd_engine_opts o = {0};
    o.instruction_budget = 5000000;
    if(zd_engine_new(&o, &engine, &err))
      abort();
  }
  doc = json_loadb((const char *)data, size, 0, NULL);
  if(!json_is_object(doc)) {
    json_decref(doc);
    return 0;
  }
  s = zd_snapshot_new("fuzz", 1763629200);
  json_object_foreach(doc, key, body) {
    if(zd_endpoint_find(key))
      zd_snapshot_put(s, key, ZD_EP_OK, 200, NULL, json_incref(body));
  }
  if(zd_engine_run(engine, s, &r, &err))
    abort();
  for(size_t i = 0; i < r.n; i++)
    if((unsigned)r.items[i].status >= ZD_STATUS_COUNT || !r.items[i].details)
      abort();
  zd_results_free(&r);
  zd_snapshot_free(s);
  json_decref(doc);
  return 0;
}

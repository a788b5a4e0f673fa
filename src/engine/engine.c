/* SPDX-License-Identifier: MIT
 * engine.c — the engine's public face: create (state + controls), look up,
 * run all controls, free (see engine.h). */
#include "engine/lua_bridge.h"
#include "scan/scan.h"
#include "engine/engine_int.h"
#include "core/alloc.h"
#include "core/limits.h"
#include "core/pool.h"

#include <lauxlib.h>
#include <stdlib.h>

zd_code zd_engine_new(const struct zd_engine_opts *opts,
                      struct zd_engine **out, struct zd_error *err)
{
  struct zd_engine *e = zd_calloc(1, sizeof(*e));
  zd_code rc;
  e->params_ref = LUA_NOREF;
  e->snap_ref = LUA_NOREF;
  e->shared_ref = LUA_NOREF;
  e->budget = opts && opts->instruction_budget > 0 ? opts->instruction_budget
                                                    : ZD_LUA_INSTRUCTION_BUDGET;
  e->jobs = opts && opts->jobs > 0 ? opts->jobs : (int)zd_pool_cores();
  if(e->jobs > ZD_MAX_JOBS)
    e->jobs = ZD_MAX_JOBS;
  *out = NULL;
  rc = zd_sandbox_open(e, err);
  if(!rc)
    rc = zd_controls_load(e, opts ? opts->controls_dir : NULL, err);
  if(!rc && opts && opts->params)
    rc = zd_engine_set_params(e, opts->params, err);
  if(rc) {
    zd_engine_free(e);
    return rc;
  }
  *out = e;
  return ZD_OK;
}

void zd_engine_free(struct zd_engine *e)
{
  if(!e)
    return;
  if(e->L)
    lua_close(e->L);
  zd_controls_free(e);
  if(e->scan_allow) {
    zd_lua_scan_allow(NULL);
    zd_scan_allow_free(e->scan_allow);
  }
  json_decref(e->params);
  free(e->state);
  free(e);
}

size_t zd_engine_count(const struct zd_engine *e)
{
  return e->ncontrols;
}

size_t zd_engine_advisory_count(const struct zd_engine *e)
{
  size_t n = 0;
  for(size_t i = 0; i < e->ncontrols; i++)
    n += e->controls[i].advisory != 0;
  return n;
}

const struct zd_control *zd_engine_control(const struct zd_engine *e,
                                           size_t i)
{
  return i < e->ncontrols ? &e->controls[i] : NULL;
}

const struct zd_control *zd_engine_find(const struct zd_engine *e,
                                        const char *id)
{
  size_t i = zd_engine_index(e, id);
  return i == (size_t)-1 ? NULL : &e->controls[i];
}

json_t *zd_engine_params(const struct zd_engine *e)
{
  return e->params;
}

zd_code zd_engine_run(struct zd_engine *e, const struct zd_snapshot *snap,
                      struct zd_results *out, struct zd_error *err)
{
  zd_code rc = zd_run_begin(e, snap, out, err);
  if(rc)
    return rc;
  for(size_t i = 0; i < e->ncontrols; i++)
    zd_evaluate(e, i);
  zd_run_end(e);
  return ZD_OK;
}

zd_code zd_engine_run_one(struct zd_engine *e, const struct zd_snapshot *snap,
                          const char *id, struct zd_results *out,
                          struct zd_error *err)
{
  size_t i = zd_engine_index(e, id);
  zd_code rc;
  if(i == (size_t)-1)
    return zd_error_set(err, ZD_ERR_NOTFOUND, id, 0, "unknown control");
  rc = zd_run_begin(e, snap, out, err);
  if(rc)
    return rc;
  zd_evaluate(e, i);
  zd_run_end(e);
  return ZD_OK;
}

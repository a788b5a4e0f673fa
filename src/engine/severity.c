/* SPDX-License-Identifier: MIT
 * severity.c — gives every control its severity from the one table
 * controls/lib/severity.lua ({["ZD.SUP.1"] = "critical", ...}), kept apart
 * from the control files so that severity is decided in one place. Every
 * control must be listed, every listed ID must be a control, and the word
 * must be critical, high, medium or low. A --controls-dir without the
 * table gives every control "medium" (said in docs/controls.md). */
#include "engine/engine_int.h"

#include <lauxlib.h>
#include <string.h>

#define SEVERITY_FILE "controls/lib/severity.lua"

static const char *const words[] = {"critical", "high", "medium", "low",
                                    NULL};

static int known(const char *word)
{
  for(int i = 0; word && words[i]; i++)
    if(!strcmp(word, words[i]))
      return 1;
  return 0;
}

static void set(struct zd_control *c, const char *word)
{
  json_object_set_new(c->meta, "severity", json_string(word));
  c->severity = json_string_value(json_object_get(c->meta, "severity"));
}

zd_code zd_severity_load(struct zd_engine *e, struct zd_error *err)
{
  lua_State *L = e->L;
  const struct zd_source *src = zd_engine_source(e, SEVERITY_FILE);
  int top = lua_gettop(L);
  zd_code rc = ZD_OK;
  if(!src) {
    for(size_t i = 0; i < e->ncontrols; i++)
      set(&e->controls[i], "medium");
    return ZD_OK;
  }
  zd_sandbox_push_env(L);
  rc = zd_sandbox_run_chunk(e, src, err);
  if(rc)
    return rc;
  if(!lua_istable(L, -1)) {
    lua_settop(L, top);
    return zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "must return a table {[\"ZD.X.1\"] = \"high\", ...}");
  }
  lua_pushnil(L);
  while(!rc && lua_next(L, top + 1)) {
    const char *id = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2)
                                                    : NULL;
    const char *word = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
                                                      : NULL;
    size_t i = id ? zd_engine_index(e, id) : (size_t)-1;
    if(!id)
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "keys must be control IDs");
    else if(i == (size_t)-1)
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "unknown control '%s'", id);
    else if(!known(word))
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "%s: severity must be critical, high, medium or "
                        "low", id);
    else
      set(&e->controls[i], word);
    lua_pop(L, 1);
  }
  lua_settop(L, top);
  for(size_t i = 0; !rc && i < e->ncontrols; i++)
    if(!e->controls[i].severity)
      rc = zd_error_set(err, ZD_ERR_INVALID, src->path, 0,
                        "control '%s' has no severity", e->controls[i].id);
  return rc;
}

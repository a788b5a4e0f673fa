/* SPDX-License-Identifier: MIT
 * sandbox.c — the Lua state controls run in, and the walls around them.
 * Each control and library gets a fresh environment holding only an
 * allow-list (string, table, math, utf8, zd, a few base functions and our
 * own require for controls/lib); reading any other global raises. Shared
 * tables are read-only proxies. A count hook enforces an instruction
 * budget, and an allocator cap bounds memory. There is no io, os, debug,
 * load, dofile, loadfile or print: a control can read the snapshot it is
 * given and nothing else. Known gaps: string patterns can be slow
 * (bounded by the budget, since the hook counts VM instructions only
 * between library calls), and a control can allocate up to the memory cap. */
#include "engine/engine_int.h"
#include "engine/lua_bridge.h"
#include "core/limits.h"
#include "core/msgs.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>

static const char REG_ALLOW[] = "zdaudit.allow";
static const char REG_LOADED[] = "zdaudit.loaded";

struct zd_engine *zd_engine_of(lua_State *L)
{
  return *(struct zd_engine **)lua_getextraspace(L);
}

static void *bounded_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  struct zd_engine *e = ud;
  size_t old = ptr ? osize : 0;
  void *p;
  if(nsize == 0) {
    e->lua_mem -= old;
    free(ptr);
    return NULL;
  }
  if(e->lua_mem - old + nsize > ZD_LUA_MEMORY_LIMIT)
    return NULL;
  p = realloc(ptr, nsize);
  if(p)
    e->lua_mem = e->lua_mem - old + nsize;
  return p;
}

static int panic(lua_State *L)
{
  const char *msg = lua_tostring(L, -1);
  zd_errorf("Lua panic: %s", msg ? msg : "unknown error");
  abort();
}

int zd_sandbox_traceback(lua_State *L)
{
  const char *msg = lua_tostring(L, 1);
  if(!msg)
    msg = luaL_tolstring(L, 1, NULL);
  luaL_traceback(L, L, msg, 1);
  return 1;
}

static int readonly_newindex(lua_State *L)
{
  return luaL_error(L, "attempt to modify a read-only table");
}

static int readonly_len(lua_State *L)
{
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, "__zdtarget");
  lua_pushinteger(L, (lua_Integer)luaL_len(L, -1));
  return 1;
}

static int readonly_pairs(lua_State *L)
{
  lua_getmetatable(L, 1);
  lua_getglobal(L, "next");
  lua_getfield(L, -2, "__zdtarget");
  lua_pushnil(L);
  return 3;
}

void zd_sandbox_push_readonly(lua_State *L, int idx)
{
  idx = lua_absindex(L, idx);
  lua_newtable(L);                 /* the proxy */
  lua_createtable(L, 0, 5);        /* its metatable */
  lua_pushvalue(L, idx);
  lua_setfield(L, -2, "__index");
  lua_pushvalue(L, idx);
  lua_setfield(L, -2, "__zdtarget");
  lua_pushcfunction(L, readonly_newindex);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, readonly_len);
  lua_setfield(L, -2, "__len");
  lua_pushcfunction(L, readonly_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
}

/* __index of the allow-list: reached only for a name it does not hold. */
static int undefined_global(lua_State *L)
{
  if(lua_type(L, 2) == LUA_TSTRING)
    return luaL_error(L, "undefined global '%s'", lua_tostring(L, 2));
  return luaL_error(L, "undefined global");
}

void zd_sandbox_push_env(lua_State *L)
{
  /* A global is looked up in the allow-list through a table __index, on
   * the VM's own path: no C call for each global a control reads. A name
   * the list lacks reaches its metatable (undefined_global). */
  lua_newtable(L);
  lua_createtable(L, 0, 1);
  lua_getfield(L, LUA_REGISTRYINDEX, REG_ALLOW);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
}

const struct zd_source *zd_engine_source(const struct zd_engine *e,
                                         const char *path)
{
  for(size_t i = 0; i < e->nsources; i++)
    if(!strcmp(e->sources[i].path, path))
      return &e->sources[i];
  return NULL;
}

zd_code zd_sandbox_run_chunk(struct zd_engine *e, const struct zd_source *src,
                             struct zd_error *err)
{
  lua_State *L = e->L;
  char *chunkname = malloc(strlen(src->path) + 2);
  int env = lua_gettop(L), rc;
  if(!chunkname)
    return zd_error_set(err, ZD_ERR_LIMIT, src->path, 0, "out of memory");
  chunkname[0] = '@';
  memcpy(chunkname + 1, src->path, strlen(src->path) + 1);
  lua_pushcfunction(L, zd_sandbox_traceback);
  rc = luaL_loadbufferx(L, src->data, src->len, chunkname, "t");
  free(chunkname);
  if(rc != LUA_OK) {
    zd_error_set(err, ZD_ERR_PARSE, src->path, 0, "%s",
                 lua_tostring(L, -1));
    lua_settop(L, env - 1);
    return ZD_ERR_PARSE;
  }
  lua_pushvalue(L, env);
  lua_setupvalue(L, -2, 1);        /* _ENV */
  rc = lua_pcall(L, 0, 1, env + 1);
  if(rc != LUA_OK) {
    zd_error_set(err, ZD_ERR_LUA, src->path, 0, "%s", lua_tostring(L, -1));
    lua_settop(L, env - 1);
    return ZD_ERR_LUA;
  }
  /* [env, handler, result] -> [result] */
  lua_replace(L, env);
  lua_settop(L, env);
  return ZD_OK;
}

/* require(name): a library from controls/lib/, run once in its own
 * environment; a table result is handed out as a read-only proxy. */
static int l_require(lua_State *L)
{
  struct zd_engine *e = zd_engine_of(L);
  const char *name = luaL_checkstring(L, 1);
  const struct zd_source *src;
  struct zd_error err;
  char path[128];
  for(const char *p = name; *p; p++)
    if(!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
      return luaL_error(L, "require: bad library name '%s'", name);
  lua_getfield(L, LUA_REGISTRYINDEX, REG_LOADED);
  if(lua_getfield(L, -1, name) != LUA_TNIL)
    return 1;
  lua_pop(L, 1);
  snprintf(path, sizeof(path), "controls/lib/%s.lua", name);
  src = zd_engine_source(e, path);
  if(!src)
    return luaL_error(L, "require: no library '%s' in controls/lib", name);
  zd_sandbox_push_env(L);
  if(zd_sandbox_run_chunk(e, src, &err) != ZD_OK)
    return luaL_error(L, "%s", err.msg);
  if(lua_istable(L, -1)) {
    zd_sandbox_push_readonly(L, -1);
    lua_remove(L, -2);
  }
  else if(lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, name);
  return 1;
}

static void budget_hook(lua_State *L, lua_Debug *ar)
{
  struct zd_engine *e = zd_engine_of(L);
  (void)ar;
  if(!e->killing) {
    e->budget_left -= ZD_LUA_HOOK_EVERY;
    if(e->budget_left >= 0)
      return;
    e->killing = 1;
    /* From now on fire on every instruction, so a pcall in the control
     * cannot swallow the error and carry on. */
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  }
  luaL_error(L, "instruction budget exceeded (%I instructions)",
             (lua_Integer)e->budget);
}

void zd_sandbox_budget_start(struct zd_engine *e)
{
  e->budget_left = e->budget;
  e->killing = 0;
  lua_sethook(e->L, budget_hook, LUA_MASKCOUNT, ZD_LUA_HOOK_EVERY);
}

void zd_sandbox_budget_stop(struct zd_engine *e)
{
  lua_sethook(e->L, NULL, 0, 0);
  e->killing = 0;
}

zd_code zd_sandbox_open(struct zd_engine *e, struct zd_error *err)
{
  static const luaL_Reg libs[] = {
    {LUA_GNAME, luaopen_base}, {LUA_STRLIBNAME, luaopen_string},
    {LUA_TABLIBNAME, luaopen_table}, {LUA_MATHLIBNAME, luaopen_math},
    {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}
  };
  static const char *const base_allowed[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "rawequal",
    "rawlen", "select", "tonumber", "tostring", "type", NULL
  };
  static const char *const libs_allowed[] = {
    "string", "table", "math", "utf8", NULL
  };
  lua_State *L = lua_newstate(bounded_alloc, e);
  if(!L)
    return zd_error_set(err, ZD_ERR_INTERNAL, NULL, 0,
                        "cannot create a Lua state");
  e->L = L;
  *(struct zd_engine **)lua_getextraspace(L) = e;
  lua_atpanic(L, panic);
  /* Controls make much short-lived garbage (a view and strings for each
   * field read of 100,000 users) over a small live heap: a collection
   * cycle when the heap has grown 4x instead of 2x halves the cycles
   * (assess at 2x: 4.8 -> 4.3 s of CPU, peak RSS unchanged). An
   * allocation over ZD_LUA_MEMORY_LIMIT still collects in full first. */
  lua_gc(L, LUA_GCINC, 400, 0, 0);
  if(lua_version(L) < 504)
    return zd_error_set(err, ZD_ERR_INTERNAL, NULL, 0,
                        "Lua 5.4 or newer is required");
  for(const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  /* math.random would make results depend on chance. */
  lua_getglobal(L, "math");
  lua_pushnil(L);
  lua_setfield(L, -2, "random");
  lua_pushnil(L);
  lua_setfield(L, -2, "randomseed");
  lua_pop(L, 1);
  zd_lua_json_init(L);

  lua_newtable(L);  /* the allow-list */
  for(const char *const *n = base_allowed; *n; n++) {
    lua_getglobal(L, *n);
    lua_setfield(L, -2, *n);
  }
  for(const char *const *n = libs_allowed; *n; n++) {
    lua_getglobal(L, *n);
    zd_sandbox_push_readonly(L, -1);
    lua_setfield(L, -3, *n);
    lua_pop(L, 1);
  }
  zd_lua_open_zd(L);
  zd_sandbox_push_readonly(L, -1);
  lua_setfield(L, -3, "zd");
  lua_pop(L, 1);
  lua_pushcfunction(L, l_require);
  lua_setfield(L, -2, "require");
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, undefined_global);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, -2);
  lua_setfield(L, LUA_REGISTRYINDEX, REG_ALLOW);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, REG_LOADED);
  return ZD_OK;
}

/* SPDX-License-Identifier: MIT
 * lua_scan.c — zd.scan(text [, opts]): the scanner, seen from a control.
 * One scanner per process, created on first use (compiling the trigger
 * database takes tens of milliseconds). Findings come back masked; the
 * raw value never reaches Lua, so it cannot reach evidence either. */
#include "engine/lua_bridge.h"
#include "engine/lua_scan.h"
#include "scan/html.h"
#include "scan/scan.h"
#include "core/alloc.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* The shared scanner keeps every candidate down to this confidence; each
 * call then applies its own threshold. Greedy overlap resolution takes
 * higher confidences first, so this gives exactly the findings a scanner
 * with the caller's threshold would. */
#define LOW_THRESHOLD 0.05

static struct zd_scanner *scanner;
/* scan.allow of the config in use (zd_lua_scan_allow), borrowed. */
static const struct zd_scan_allow *allow;

void zd_lua_scan_allow(const struct zd_scan_allow *a)
{
  allow = a;
  if(scanner)
    zd_scanner_set_allow(scanner, a);
}

static void free_scanner(void)
{
  zd_scanner_free(scanner);
  scanner = NULL;
}

/* Called from inside the scan: no Lua calls here (an error would unwind
 * through Vectorscan and leave its scratch space marked in use). Nor any
 * shared state: zd.scan_each calls it on several threads. */
int zd_lua_scan_collect(const struct zd_scan_finding *f, const char *value,
                        void *ud)
{
  struct zd_lua_hits *h = ud;
  struct zd_lua_hit *x;
  if(f->confidence + 1e-6 < h->threshold || !(h->types & (1u << f->type)))
    return 0;
  if(h->n == h->cap) {
    h->cap = h->cap ? h->cap * 2 : 16;
    h->v = zd_realloc(h->v, h->cap * sizeof(*h->v));
  }
  x = &h->v[h->n++];
  x->type = f->type;
  x->start = f->start;
  x->end = f->end;
  x->conf = f->confidence;
  x->rule = f->rule;
  x->sample = f->sample;
  x->part = f->part;
  zd_scan_mask(f->type, value, f->value_len, x->masked, sizeof(x->masked));
  return 0;
}

/* opts.types = {"US_SSN", …} → a bit mask; raises on unknown names. */
static uint32_t types_opt(lua_State *L, int idx)
{
  uint32_t mask = 0;
  lua_Integer n;
  if(lua_getfield(L, idx, "types") == LUA_TNIL) {
    lua_pop(L, 1);
    return ~0u;
  }
  luaL_argcheck(L, lua_istable(L, -1), 2, "opts.types must be an array");
  n = luaL_len(L, -1);
  for(lua_Integer i = 1; i <= n; i++) {
    zd_scan_type t;
    const char *name;
    lua_geti(L, -1, i);
    name = lua_tostring(L, -1);
    if(!name || zd_scan_type_parse(name, &t))
      luaL_error(L, "zd.scan: unknown finding type '%s'", name ? name : "?");
    mask |= 1u << t;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return mask;
}

int zd_lua_scan_opts(lua_State *L, int idx, struct zd_lua_hits *h)
{
  int html = 0;
  h->threshold = ZD_SCAN_DEFAULT_THRESHOLD;
  h->types = ~0u;
  if(!lua_isnoneornil(L, idx)) {
    luaL_checktype(L, idx, LUA_TTABLE);
    lua_getfield(L, idx, "html");
    html = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if(lua_getfield(L, idx, "threshold") != LUA_TNIL) {
      h->threshold = luaL_checknumber(L, -1);
      luaL_argcheck(L, h->threshold > 0 && h->threshold <= 1, idx,
                    "opts.threshold must be in (0, 1]");
    }
    lua_pop(L, 1);
    h->types = types_opt(L, idx);
  }
  return html;
}

struct zd_scanner *zd_lua_scanner(lua_State *L)
{
  struct zd_error err;
  zd_error_clear(&err);
  if(!scanner) {
    if(zd_lua_scanner_new(&scanner, &err))
      luaL_error(L, "zd.scan: %s", err.msg);
    atexit(free_scanner);
  }
  return scanner;
}

const struct zd_scan_allow *zd_lua_scan_allowed(void)
{
  return allow;
}

zd_code zd_lua_scanner_new(struct zd_scanner **out, struct zd_error *err)
{
  struct zd_scan_opts o = {LOW_THRESHOLD, 0, 0};
  zd_code rc = zd_scanner_new(&o, out, err);
  if(!rc)
    zd_scanner_set_allow(*out, allow);
  return rc;
}

int zd_l_scan(lua_State *L)
{
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  struct zd_lua_hits h = {NULL, 0, 0, ZD_SCAN_DEFAULT_THRESHOLD, ~0u};
  struct zd_error err;
  int html = zd_lua_scan_opts(L, 2, &h);
  struct zd_scanner *sc = zd_lua_scanner(L);
  zd_code rc;
  zd_error_clear(&err);
  rc = html ? zd_scan_html(sc, text, len, zd_lua_scan_collect, &h, &err)
            : zd_scan_buffer(sc, text, len, zd_lua_scan_collect, &h, &err);
  if(rc) {
    free(h.v);
    return luaL_error(L, "zd.scan: %s", err.msg);
  }
  zd_lua_push_hits(L, &h);
  free(h.v);
  return 1;
}

void zd_lua_push_hits(lua_State *L, const struct zd_lua_hits *h)
{
  lua_createtable(L, (int)(h->n > 1000000 ? 1000000 : h->n), 0);
  for(size_t i = 0; i < h->n; i++) {
    const struct zd_lua_hit *x = &h->v[i];
    lua_createtable(L, 0, 5);
    lua_pushstring(L, zd_scan_type_name(x->type));
    lua_setfield(L, -2, "type");
    lua_pushinteger(L, (lua_Integer)x->start);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)x->end);
    lua_setfield(L, -2, "end");
    lua_pushnumber(L, (lua_Number)((int)(x->conf * 100 + 0.5)) / 100);
    lua_setfield(L, -2, "confidence");
    lua_pushstring(L, x->masked);
    lua_setfield(L, -2, "masked");
    if(zd_scan_rule_id(x->rule)) {   /* credentials: the rule's stable id */
      lua_pushstring(L, zd_scan_rule_id(x->rule));
      lua_setfield(L, -2, "rule");
    }
    if(x->part) {   /* HTML: in a comment, script, … of the page source */
      lua_pushstring(L, x->part);
      lua_setfield(L, -2, "part");
    }
    if(x->sample) {   /* shaped like real data, shown as an example */
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "sample");
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

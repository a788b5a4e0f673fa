/* SPDX-License-Identifier: MIT
 * lua_scan.c — zd.scan(text [, opts]): the scanner, seen from a control.
 * One scanner per process, created on first use (compiling the trigger
 * database takes tens of milliseconds). Findings come back masked; the
 * raw value never reaches Lua, so it cannot reach evidence either. */
#include "engine/lua_bridge.h"
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

struct hit {
  zd_scan_type type;
  uint64_t start, end;
  double conf;
  unsigned rule;
  int sample;
  const char *part;   /* HTML page source part, or NULL (static text) */
  char masked[ZD_SCAN_MASK_SIZE];
};

struct hits {
  struct hit *v;
  size_t n, cap;
  double threshold;
  uint32_t types;
};

/* Called from inside the scan: no Lua calls here (an error would unwind
 * through Vectorscan and leave its scratch space marked in use). */
static int collect(const struct zd_scan_finding *f, const char *value,
                   void *ud)
{
  struct hits *h = ud;
  struct hit *x;
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

int zd_l_scan(lua_State *L)
{
  size_t len;
  const char *text = luaL_checklstring(L, 1, &len);
  struct hits h = {NULL, 0, 0, ZD_SCAN_DEFAULT_THRESHOLD, ~0u};
  struct zd_error err;
  int html = 0;
  zd_code rc;
  if(!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_getfield(L, 2, "html");
    html = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if(lua_getfield(L, 2, "threshold") != LUA_TNIL) {
      h.threshold = luaL_checknumber(L, -1);
      luaL_argcheck(L, h.threshold > 0 && h.threshold <= 1, 2,
                    "opts.threshold must be in (0, 1]");
    }
    lua_pop(L, 1);
    h.types = types_opt(L, 2);
  }
  zd_error_clear(&err);
  if(!scanner) {
    struct zd_scan_opts o = {LOW_THRESHOLD, 0};
    if(zd_scanner_new(&o, &scanner, &err))
      return luaL_error(L, "zd.scan: %s", err.msg);
    zd_scanner_set_allow(scanner, allow);
    atexit(free_scanner);
  }
  rc = html ? zd_scan_html(scanner, text, len, collect, &h, &err)
            : zd_scan_buffer(scanner, text, len, collect, &h, &err);
  if(rc) {
    free(h.v);
    return luaL_error(L, "zd.scan: %s", err.msg);
  }
  lua_createtable(L, (int)(h.n > 1000000 ? 1000000 : h.n), 0);
  for(size_t i = 0; i < h.n; i++) {
    const struct hit *x = &h.v[i];
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
  free(h.v);
  return 1;
}

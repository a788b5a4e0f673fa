/* SPDX-License-Identifier: MIT
 * lua_zd.c — the `zd` module: the small API a control calls (results,
 * safe reads of Zendesk's loosely typed JSON, time, masking, other
 * controls' results). Documented in docs/writing-controls.md. */
#include "engine/engine_int.h"
#include "engine/lua_bridge.h"
#include "core/jdoc.h"
#include "core/timeutil.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

/* --- results ------------------------------------------------------------ */

/* [-0, +1, m] zd.<status>(details [, evidence]) -> result table. */
static int make_result(lua_State *L, const char *status)
{
  lua_settop(L, 2);   /* absent arguments become nil, not the new table */
  if(!lua_isnoneornil(L, 1))
    luaL_checkstring(L, 1);
  if(!lua_isnoneornil(L, 2))
    luaL_checktype(L, 2, LUA_TTABLE);
  lua_createtable(L, 0, 3);
  lua_pushstring(L, status);
  lua_setfield(L, -2, "status");
  lua_pushvalue(L, 1);
  lua_setfield(L, -2, "details");
  lua_pushvalue(L, 2);
  lua_setfield(L, -2, "evidence");
  return 1;
}

static int l_pass(lua_State *L) { return make_result(L, "pass"); }
static int l_fail(lua_State *L) { return make_result(L, "fail"); }
static int l_manual(lua_State *L) { return make_result(L, "manual"); }
static int l_na(lua_State *L) { return make_result(L, "not_applicable"); }
static int l_error(lua_State *L) { return make_result(L, "error"); }

/* --- reading loosely typed JSON ----------------------------------------- */

static int is_digits(const char *s, size_t n)
{
  if(!n)
    return 0;
  for(size_t i = 0; i < n; i++)
    if(!isdigit((unsigned char)s[i]))
      return 0;
  return 1;
}

static int get_miss(lua_State *L, const char *why)
{
  lua_pushnil(L);
  lua_pushstring(L, why);
  return 2;
}

/* zd.get on a snapshot view: the path walked over the document in C, with
 * the answers of the general walk below (each step there is a Lua index
 * through the view's metamethod and a Lua string for each name). */
static int get_jdoc(lua_State *L, struct zd_jdoc *d, zd_jref r,
                    const char *p, const char *end)
{
  for(;;) {
    const char *dot = memchr(p, '.', (size_t)(end - p));
    size_t n = dot ? (size_t)(dot - p) : (size_t)(end - p);
    zd_jtype t = zd_jdoc_type(d, r);
    if(t == ZD_J_NULL)
      return get_miss(L, "null");
    if(t != ZD_J_OBJECT && t != ZD_J_ARRAY)
      return get_miss(L, "mistyped");
    if(t == ZD_J_ARRAY) {
      long long k;
      if(!is_digits(p, n))
        return get_miss(L, "mistyped");
      k = strtoll(p, NULL, 10);
      r = k >= 1 ? zd_jdoc_at(d, r, (size_t)k - 1) : ZD_JREF_NONE;
    }
    else
      r = zd_jdoc_get(d, r, p, n);
    if(r == ZD_JREF_NONE)
      return get_miss(L, "absent");
    if(!dot)
      break;
    p = dot + 1;
  }
  if(zd_jdoc_type(d, r) == ZD_J_NULL)
    return get_miss(L, "null");
  zd_lua_push_jdoc(L, d, r);
  return 1;
}

/* zd.get(v, "a.b.c") -> value | nil, "absent" | nil, "null" | nil, "mistyped" */
static int l_get(lua_State *L)
{
  size_t plen;
  const char *path = luaL_checklstring(L, 2, &plen);
  const char *p = path, *end = path + plen;
  struct zd_jdoc *d;
  zd_jref r;
  if(zd_lua_view_jdoc(L, 1, &d, &r))
    return get_jdoc(L, d, r, p, end);
  lua_settop(L, 2);
  lua_pushvalue(L, 1);                       /* current value at 3 */
  while(p <= end) {
    const char *dot = memchr(p, '.', (size_t)(end - p));
    size_t n = dot ? (size_t)(dot - p) : (size_t)(end - p);
    int t = lua_type(L, 3);
    int view = zd_lua_view_kind(L, 3);
    if(zd_lua_is_null(L, 3) || t == LUA_TNIL) {
      lua_pushnil(L);
      lua_pushstring(L, zd_lua_is_null(L, 3) ? "null" : "absent");
      return 2;
    }
    /* a step through a string, number or boolean, or a name looked up in
     * an array: the data has the wrong shape, which is not "absent" */
    if(!(t == LUA_TTABLE || view) || (view == 'a' && !is_digits(p, n))) {
      lua_pushnil(L);
      lua_pushliteral(L, "mistyped");
      return 2;
    }
    if(is_digits(p, n) && (t == LUA_TTABLE || view == 'a'))
      lua_geti(L, 3, strtoll(p, NULL, 10));
    else {
      lua_pushlstring(L, p, n);
      lua_gettable(L, 3);
    }
    lua_replace(L, 3);
    if(!dot)
      break;
    p = dot + 1;
  }
  if(lua_isnil(L, 3) || zd_lua_is_null(L, 3)) {
    int isnull = zd_lua_is_null(L, 3);
    lua_pushnil(L);
    lua_pushstring(L, isnull ? "null" : "absent");
    return 2;
  }
  return 1;
}

/* zd.bool(v): true/false, also from "true"/"false"; else nil. */
static int l_bool(lua_State *L)
{
  if(lua_type(L, 1) == LUA_TBOOLEAN)
    lua_pushboolean(L, lua_toboolean(L, 1));
  else if(lua_type(L, 1) == LUA_TSTRING) {
    const char *s = lua_tostring(L, 1);
    if(!strcmp(s, "true"))
      lua_pushboolean(L, 1);
    else if(!strcmp(s, "false"))
      lua_pushboolean(L, 0);
    else
      lua_pushnil(L);
  }
  else
    lua_pushnil(L);
  return 1;
}

/* zd.int(v): integer from integers, integral floats, decimal strings. */
static int l_int(lua_State *L)
{
  if(lua_type(L, 1) == LUA_TNUMBER) {
    lua_Integer i;
    if(lua_isinteger(L, 1))
      lua_pushinteger(L, lua_tointeger(L, 1));
    else if(lua_numbertointeger(lua_tonumber(L, 1), &i) &&
            (lua_Number)i == lua_tonumber(L, 1))
      lua_pushinteger(L, i);
    else
      lua_pushnil(L);
  }
  else if(lua_type(L, 1) == LUA_TSTRING) {
    const char *s = lua_tostring(L, 1);
    char *endp;
    long long v;
    errno = 0;
    v = strtoll(s, &endp, 10);
    if(errno || endp == s || *endp || isspace((unsigned char)*s))
      lua_pushnil(L);
    else
      lua_pushinteger(L, (lua_Integer)v);
  }
  else
    lua_pushnil(L);
  return 1;
}

static int l_str(lua_State *L)
{
  if(lua_type(L, 1) == LUA_TSTRING)
    lua_pushvalue(L, 1);
  else
    lua_pushnil(L);
  return 1;
}

/* [-0, +1, m] zd.type's word for the value at 'idx'. */
static void push_type(lua_State *L, int idx)
{
  int view = zd_lua_view_kind(L, idx);
  if(view)
    lua_pushstring(L, view == 'a' ? "array" : "object");
  else if(zd_lua_is_null(L, idx))
    lua_pushliteral(L, "null");
  else if(lua_type(L, idx) == LUA_TTABLE)
    lua_pushliteral(L, "table");
  else
    lua_pushstring(L, luaL_typename(L, idx));
}

static int l_type(lua_State *L)
{
  push_type(L, 1);
  return 1;
}

/* zd.type's word for value 'r' of a document. */
static const char *jdoc_type_name(const struct zd_jdoc *d, zd_jref r)
{
  switch(zd_jdoc_type(d, r)) {
  case ZD_J_OBJECT: return "object";
  case ZD_J_ARRAY: return "array";
  case ZD_J_STRING: return "string";
  case ZD_J_INT:
  case ZD_J_REAL: return "number";
  case ZD_J_TRUE:
  case ZD_J_FALSE: return "boolean";
  case ZD_J_NULL: return "null";
  default: return "nil";
  }
}

/* Value 'r' of 'd' as zd.bool reads it: 1 for true, 0 for false (the
 * JSON literals, or the strings "true"/"false" compared as C strings, as
 * zd.bool does), -1 for anything else. */
static int jdoc_bool(const struct zd_jdoc *d, zd_jref r)
{
  struct zd_jscratch tmp = {NULL, 0};
  const char *s;
  size_t n;
  int b;
  switch(zd_jdoc_type(d, r)) {
  case ZD_J_TRUE: return 1;
  case ZD_J_FALSE: return 0;
  case ZD_J_STRING: break;
  default: return -1;
  }
  s = zd_jdoc_str(d, r, &n, &tmp);
  n = strnlen(s, n);
  b = n == 4 && !memcmp(s, "true", 4) ? 1
    : n == 5 && !memcmp(s, "false", 5) ? 0 : -1;
  free(tmp.p);
  return b;
}

/* zd.staff_roles(users) -> items, roles: the items of a document's array
 * whose "role" is the string "agent" or "admin", not inactive ("active"
 * false) and not suspended ("suspended" true), in order, and their roles:
 * data.staff_role's rule over a whole list in C (100,000 users made a
 * view and six calls each in Lua). nil for anything but a document's
 * array view (the caller walks it in Lua). */
static int l_staff_roles(lua_State *L)
{
  struct zd_jdoc *d;
  zd_jref list;
  lua_Integer k = 0;
  if(!zd_lua_view_jdoc(L, 1, &d, &list) ||
     zd_jdoc_type(d, list) != ZD_J_ARRAY) {
    lua_pushnil(L);
    return 1;
  }
  lua_settop(L, 1);
  lua_newtable(L);
  lua_newtable(L);
  for(size_t i = 0, n = zd_jdoc_count(d, list); i < n; i++) {
    zd_jref it = zd_jdoc_at(d, list, i), role;
    const char *s;
    size_t len;
    if(zd_jdoc_type(d, it) != ZD_J_OBJECT)
      continue;
    role = zd_jdoc_get(d, it, "role", 4);
    if(zd_jdoc_type(d, role) != ZD_J_STRING || d->nodes[role].n != 5)
      continue;
    s = zd_jdoc_str(d, role, &len, NULL);   /* short: in the text */
    if((memcmp(s, "agent", 5) && memcmp(s, "admin", 5)) ||
       jdoc_bool(d, zd_jdoc_get(d, it, "active", 6)) == 0 ||
       jdoc_bool(d, zd_jdoc_get(d, it, "suspended", 9)) == 1)
      continue;
    zd_lua_push_jdoc(L, d, it);
    lua_rawseti(L, 2, ++k);
    lua_pushlstring(L, s, 5);
    lua_rawseti(L, 3, k);
  }
  return 2;
}

/* zd.word_terms' terms: at most this many. */
#define MAX_TERMS 256

struct term {
  const char *s;   /* held by the terms table on the Lua stack */
  size_t n;
};

/* The first of the 'nt' lowercase 'terms' that begins a word of 's' (a
 * run of ASCII letters, compared lowercased): as a whole word when it is
 * shorter than four letters. Its index (from 1), or 0. Words are tried in
 * order, each against the terms in order. */
static size_t first_term(const struct term *terms, size_t nt, const char *s,
                         size_t n)
{
  for(size_t i = 0; i < n;) {
    size_t w = i;
    while(w < n && ((s[w] | 0x20) >= 'a' && (s[w] | 0x20) <= 'z'))
      w++;
    for(size_t t = 0; w - i >= 3 && t < nt; t++) {
      size_t tl = terms[t].n, k = 0;
      if(tl > w - i || (tl < 4 && tl != w - i) ||
         (char)(s[i] | 0x20) != terms[t].s[0])
        continue;
      while(k < tl && (char)(s[i + k] | 0x20) == terms[t].s[k])
        k++;
      if(k == tl)
        return t + 1;
    }
    i = w == i ? i + 1 : w;
  }
  return 0;
}

/* A scratch buffer held by a userdata on the Lua stack: a Lua error
 * (out of memory while results are pushed) unwinds past the function
 * that uses it, and the collector frees what it holds. */
static int scratch_gc(lua_State *L)
{
  struct zd_jscratch *tmp = lua_touserdata(L, 1);
  free(tmp->p);
  tmp->p = NULL;
  tmp->cap = 0;
  return 0;
}

/* (lua_bridge.h) zd.word_terms' scratch and zd.scan_each's items. */
void *zd_lua_push_guard(lua_State *L, size_t size, const char *tname,
                        lua_CFunction gc)
{
  void *p = lua_newuserdatauv(L, size, 0);
  memset(p, 0, size);
  if(luaL_newmetatable(L, tname)) {
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return p;
}

/* zd.word_terms(list, field, terms) -> found: found[i] is the first of
 * 'terms' (lowercase ASCII words, each of three letters or more) that
 * begins a word of item i's string 'field' (words: runs of ASCII
 * letters, read lowercased; a term shorter than four letters only as a
 * whole word), for each item of a snapshot list where one does; nil for
 * anything but a snapshot list view. ZD.WFM.2's walk of 50,000 tag names
 * in C. */
static int l_word_terms(lua_State *L)
{
  struct zd_jdoc *d;
  zd_jref list;
  size_t flen, nt;
  const char *field = luaL_checklstring(L, 2, &flen);
  struct zd_jscratch *tmp;
  struct term terms[MAX_TERMS];
  luaL_checktype(L, 3, LUA_TTABLE);
  if(!zd_lua_view_jdoc(L, 1, &d, &list) ||
     zd_jdoc_type(d, list) != ZD_J_ARRAY) {
    lua_pushnil(L);
    return 1;
  }
  nt = (size_t)lua_rawlen(L, 3);
  luaL_argcheck(L, nt <= MAX_TERMS, 3, "too many terms");
  for(size_t t = 0; t < nt; t++) {
    if(lua_rawgeti(L, 3, (lua_Integer)t + 1) != LUA_TSTRING)
      luaL_argerror(L, 3, "terms must be strings");
    terms[t].s = lua_tolstring(L, -1, &terms[t].n);
    luaL_argcheck(L, terms[t].n >= 3, 3,
                  "terms must be words of three letters or more");
    for(size_t k = 0; k < terms[t].n; k++)
      luaL_argcheck(L, terms[t].s[k] >= 'a' && terms[t].s[k] <= 'z', 3,
                    "terms must be lowercase ASCII letters");
    lua_pop(L, 1);   /* the table holds it */
  }
  lua_settop(L, 3);
  tmp = zd_lua_push_guard(L, sizeof(*tmp), "zd.scratch", scratch_gc); /* 4 */
  lua_newtable(L);         /* 5 */
  for(size_t i = 0, n = zd_jdoc_count(d, list); i < n; i++) {
    zd_jref v = zd_jdoc_get(d, zd_jdoc_at(d, list, i), field, flen);
    size_t len;
    const char *s = zd_jdoc_str(d, v, &len, tmp);
    size_t t = s ? first_term(terms, nt, s, len) : 0;
    if(t) {
      lua_rawgeti(L, 3, (lua_Integer)t);
      lua_rawseti(L, 5, (lua_Integer)i + 1);
    }
  }
  free(tmp->p);
  tmp->p = NULL;
  return 1;
}

/* zd.nonobject(list) -> i, zd.type(item) of the first item (as ipairs
 * goes) of the array view 'list' that is not an object; nothing when
 * every item is one. The walk verdict.malformed and data.staff make, in
 * C: snapshot lists are walked without a view per item. */
static int l_nonobject(lua_State *L)
{
  struct zd_jdoc *d;
  zd_jref r;
  if(zd_lua_view_kind(L, 1) != 'a')
    return luaL_argerror(L, 1, "an array view expected");
  if(zd_lua_view_jdoc(L, 1, &d, &r)) {
    size_t n = zd_jdoc_count(d, r);
    for(size_t i = 0; i < n; i++) {
      zd_jref it = zd_jdoc_at(d, r, i);
      if(zd_jdoc_type(d, it) != ZD_J_OBJECT) {
        lua_pushinteger(L, (lua_Integer)i + 1);
        lua_pushstring(L, jdoc_type_name(d, it));
        return 2;
      }
    }
    return 0;
  }
  for(lua_Integer i = 1;; i++) {
    lua_settop(L, 1);
    lua_geti(L, 1, i);
    if(lua_isnil(L, 2))
      return 0;
    if(zd_lua_view_kind(L, 2) != 'o') {
      lua_pushinteger(L, i);
      push_type(L, 2);
      return 2;
    }
  }
}

/* zd.int's answer for the string 's' ('n' bytes; a Lua string stops at
 * its first NUL for strtoll): 1 and '*out', or 0. */
static int str_int(const char *s, size_t n, long long *out)
{
  char small[64], *buf = small, *endp;
  const char *nul = memchr(s, '\0', n);
  int ok;
  if(nul)
    n = (size_t)(nul - s);
  if(n >= sizeof(small))
    buf = malloc(n + 1);
  if(!buf)
    return 0;
  memcpy(buf, s, n);
  buf[n] = '\0';
  errno = 0;
  *out = strtoll(buf, &endp, 10);
  ok = !(errno || endp == buf || *endp || isspace((unsigned char)*buf));
  if(buf != small)
    free(buf);
  return ok;
}

/* str_int of string 'r' of 'd'. */
static int str_int_at(const struct zd_jdoc *d, zd_jref r, long long *out)
{
  struct zd_jscratch tmp = {NULL, 0};
  size_t n;
  const char *s = zd_jdoc_str(d, r, &n, &tmp);
  int ok = s && str_int(s, n, out);
  free(tmp.p);
  return ok;
}

/* Whether value 'r' of 'd' is what shape.lua's ok(v, want) accepts. */
static int shape_ok(const struct zd_jdoc *d, zd_jref r, const char *want)
{
  zd_jtype t = zd_jdoc_type(d, r);
  long long i;
  if(!strcmp(want, "any"))
    return 1;
  if(!strcmp(want, "string"))
    return t == ZD_J_STRING;
  if(!strcmp(want, "boolean"))
    return jdoc_bool(d, r) >= 0;   /* zd.bool reads it */
  if(!strcmp(want, "integer") || !strcmp(want, "id")) {
    if(t == ZD_J_INT)
      return 1;
    if(t == ZD_J_REAL) {
      lua_Integer li;
      return lua_numbertointeger(d->nodes[r].u.d, &li) &&
             (lua_Number)li == d->nodes[r].u.d;
    }
    if(t == ZD_J_STRING)
      return want[0] == 'i' && want[1] == 'd'
               ? 1 : str_int_at(d, r, &i);
    return 0;
  }
  return !strcmp(jdoc_type_name(d, r), want);
}

struct shape_field {
  const char *name;
  size_t nlen;
  const char *want;
  int required;
};

/* The first problem of item 'it' against 'f' (shape.lua's first_problem),
 * pushed as a string; 0 (nothing pushed) when it fits. */
static int shape_problem(lua_State *L, const struct zd_jdoc *d, zd_jref it,
                         const struct shape_field *f, size_t nf)
{
  if(!nf)
    return 0;
  if(zd_jdoc_type(d, it) != ZD_J_OBJECT) {
    lua_pushfstring(L, "is %s, not an object", jdoc_type_name(d, it));
    return 1;
  }
  for(size_t k = 0; k < nf; k++) {
    zd_jref v = zd_jdoc_get(d, it, f[k].name, f[k].nlen);
    zd_jtype t = zd_jdoc_type(d, v);
    if(t == ZD_J_NONE || t == ZD_J_NULL) {
      if(f[k].required) {
        lua_pushfstring(L, "%s is %s", f[k].name,
                        t == ZD_J_NONE ? "absent" : "null");
        return 1;
      }
    }
    else if(!shape_ok(d, v, f[k].want)) {
      lua_pushfstring(L, "%s is %s, not %s", f[k].name, jdoc_type_name(d, v),
                      f[k].want);
      return 1;
    }
  }
  return 0;
}

/* zd.shape(list, fields) -> n, i, why: how many items of the array view
 * 'list' (of a snapshot document) do not fit 'fields' (shape.lua's
 * compiled spec: {name, want, required} in name order), the first such
 * item and its first problem; nothing when 'list' is not a document's
 * array (shape.lua then checks in Lua). The answers of shape.lua's walk,
 * without a view or a string per field of every item. */
static int l_shape(lua_State *L)
{
  struct zd_jdoc *d;
  zd_jref list;
  struct shape_field *f;
  lua_Integer nf;
  size_t n, bad = 0, first = 0;
  luaL_checktype(L, 2, LUA_TTABLE);
  if(!zd_lua_view_jdoc(L, 1, &d, &list) ||
     zd_jdoc_type(d, list) != ZD_J_ARRAY)
    return 0;
  nf = luaL_len(L, 2);
  f = lua_newuserdatauv(L, (size_t)(nf > 0 ? nf : 1) * sizeof(*f), 0);
  for(lua_Integer k = 0; k < nf; k++) {
    lua_geti(L, 2, k + 1);
    luaL_checktype(L, -1, LUA_TTABLE);
    lua_geti(L, -1, 1);
    lua_geti(L, -2, 2);
    lua_geti(L, -3, 3);
    f[k].name = luaL_checklstring(L, -3, &f[k].nlen);
    f[k].want = luaL_checkstring(L, -2);
    f[k].required = lua_toboolean(L, -1);
    lua_pop(L, 3);   /* the strings stay alive in the field table */
    lua_pop(L, 1);   /* ... which stays alive in 'fields' */
  }
  n = zd_jdoc_count(d, list);
  for(size_t i = 0; i < n; i++)
    if(shape_problem(L, d, zd_jdoc_at(d, list, i), f, (size_t)nf)) {
      if(!bad++)
        first = i + 1;   /* its message stays on the stack */
      else
        lua_pop(L, 1);
    }
  lua_pushinteger(L, (lua_Integer)bad);
  if(!bad)
    return 1;
  lua_pushinteger(L, (lua_Integer)first);
  lua_rotate(L, -3, 2);   /* why, n, i -> n, i, why */
  return 3;
}

/* --- the snapshot -------------------------------------------------------- */

static const char *endpoint_arg(lua_State *L)
{
  /* zd.items(snap, key) and zd.items(key) are both accepted */
  int idx = lua_type(L, 1) == LUA_TSTRING ? 1 : 2;
  const char *key = luaL_checkstring(L, idx);
  if(!zd_endpoint_find(key))
    luaL_error(L, "unknown endpoint '%s'", key);
  return key;
}

static int l_items(lua_State *L)
{
  struct zd_engine *e = zd_engine_of(L);
  const char *key = endpoint_arg(L);
  const struct zd_endpoint_def *def = zd_endpoint_find(key);
  struct zd_jdoc *body = e->snap ? zd_snapshot_doc(e->snap, key) : NULL;
  zd_jref list = body && def->list
                   ? zd_jdoc_get(body, 0, def->list, strlen(def->list))
                   : ZD_JREF_NONE;
  if(!body || zd_jdoc_type(body, list) != ZD_J_ARRAY)
    lua_pushnil(L);
  else
    zd_lua_push_jdoc(L, body, list);
  return 1;
}

static int l_state(lua_State *L)
{
  struct zd_engine *e = zd_engine_of(L);
  const char *key = endpoint_arg(L);
  struct zd_ep_state st;
  char reason[512];
  if(e->snap)
    zd_snapshot_state(e->snap, key, &st);
  else
    memset(&st, 0, sizeof(st));
  lua_createtable(L, 0, 6);
  lua_pushstring(L, zd_ep_outcome_name(st.outcome));
  lua_setfield(L, -2, "outcome");
  lua_pushinteger(L, st.http_status);
  lua_setfield(L, -2, "http_status");
  if(st.error) {
    lua_pushstring(L, st.error);
    lua_setfield(L, -2, "error");
  }
  lua_pushinteger(L, st.items);
  lua_setfield(L, -2, "items");
  lua_pushboolean(L, st.truncated);
  lua_setfield(L, -2, "truncated");
  lua_pushstring(L, zd_ep_state_reason(key, &st, reason, sizeof(reason)));
  lua_setfield(L, -2, "reason");
  return 1;
}

/* --- time, masking, other results ---------------------------------------- */

static int l_time(lua_State *L)
{
  time_t t;
  if(lua_type(L, 1) == LUA_TSTRING && !zd_time_parse(lua_tostring(L, 1), &t))
    lua_pushinteger(L, (lua_Integer)t);
  else
    lua_pushnil(L);
  return 1;
}

/* zd.mask(s [, keep]): all but the last 'keep' characters (default 4, and
 * never more than a third of the string) become '*'. */
static int l_mask(lua_State *L)
{
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_Integer keep = luaL_optinteger(L, 2, 4);
  luaL_Buffer b;
  if(keep < 0)
    keep = 0;
  if((size_t)keep > n / 3)
    keep = (lua_Integer)(n / 3);
  luaL_buffinit(L, &b);
  for(size_t i = 0; i < n; i++)
    luaL_addchar(&b, i < n - (size_t)keep ? '*' : s[i]);
  luaL_pushresult(&b);
  return 1;
}

static int l_result(lua_State *L)
{
  struct zd_engine *e = zd_engine_of(L);
  const char *id = luaL_checkstring(L, 1);
  size_t i = zd_engine_index(e, id);
  struct zd_result *r;
  if(i == (size_t)-1)
    return luaL_error(L, "zd.result: unknown control '%s'", id);
  if(!e->results)
    return luaL_error(L, "zd.result: no assessment is running");
  if(e->state[i] == ZD_EVAL_RUNNING)
    return luaL_error(L, "zd.result: '%s' depends on itself", id);
  zd_evaluate(e, i);
  r = &e->results->items[i];
  lua_pushstring(L, zd_status_name(r->status));
  lua_pushstring(L, r->details ? r->details : "");
  zd_lua_push_json(L, r->evidence);
  return 3;
}

/* The text of an object id at 'idx' (an integer, an integral number or a
 * string), or NULL. */
static const char *id_text(lua_State *L, int idx, char *buf, size_t size)
{
  lua_Integer i;
  if(lua_type(L, idx) == LUA_TSTRING)
    return lua_tostring(L, idx);
  if(lua_type(L, idx) != LUA_TNUMBER)
    return NULL;
  if(lua_isinteger(L, idx))
    i = lua_tointeger(L, idx);
  else if(!lua_numbertointeger(lua_tonumber(L, idx), &i) ||
          (lua_Number)i != lua_tonumber(L, idx))
    return NULL;
  snprintf(buf, size, "%lld", (long long)i);
  return buf;
}

/* zd.excepted(kind, obj) -> true when a valid scoped exception of the
 * running control names 'obj' (its table, or its id): by id, and users
 * also by e-mail, OAuth clients by identifier. Every match is listed with
 * the result; expired scopes are listed and give false. */
static int l_excepted(lua_State *L)
{
  static const char *const second[] = {"users", "email", "oauth_clients",
                                       "identifier", NULL};
  struct zd_engine *e = zd_engine_of(L);
  const char *kind = luaL_checkstring(L, 1);
  const char *ids[2] = {NULL, NULL};
  char buf[32];
  size_t k;
  for(k = 0; zd_config_object_kinds[k] &&
      strcmp(kind, zd_config_object_kinds[k]); k++)
    ;
  if(!zd_config_object_kinds[k])
    return luaL_error(L, "zd.excepted: unknown object kind '%s'", kind);
  if(!e->config || !e->results || e->running >= e->ncontrols ||
     !zd_config_record_count(e->config, ZD_REC_EXCEPTION)) {
    /* no exception to match (the common case): skip reading the object,
     * asked for every user that would fail GEN.11.1 */
    lua_pushboolean(L, 0);
    return 1;
  }
  lua_settop(L, 2);
  if(lua_type(L, 2) == LUA_TTABLE || lua_type(L, 2) == LUA_TUSERDATA) {
    lua_getfield(L, 2, "id");
    ids[0] = id_text(L, 3, buf, sizeof(buf));
    for(k = 0; second[k]; k += 2)
      if(!strcmp(kind, second[k])) {
        lua_getfield(L, 2, second[k + 1]);
        if(lua_type(L, 4) == LUA_TSTRING)
          ids[1] = lua_tostring(L, 4);
      }
  }
  else
    ids[0] = id_text(L, 2, buf, sizeof(buf));
  lua_pushboolean(L, ids[0] && zd_engine_excepted(e, kind, ids, 2));
  return 1;
}

/* --- values derived once per run ---------------------------------------- */

/* 1 if the table at 'idx' is a read-only proxy (sandbox.c) already. */
static int is_readonly(lua_State *L, int idx)
{
  int yes;
  if(!lua_getmetatable(L, idx))
    return 0;
  lua_pushliteral(L, "__zdtarget");
  yes = lua_rawget(L, -2) == LUA_TTABLE;
  lua_pop(L, 2);
  return yes;
}

#define FREEZE_DEPTH 64

/* [-0, +1, e] The value at 'idx' made read-only: a table becomes a
 * read-only proxy, and the tables inside it are replaced (in place: they
 * were made by the function zd.shared called) by theirs, so no reader can
 * change what the next one sees. 'seen' maps tables to their proxies (a
 * table reached twice keeps one proxy). */
static void freeze(lua_State *L, int idx, int seen, int depth)
{
  idx = lua_absindex(L, idx);
  if(lua_type(L, idx) != LUA_TTABLE || is_readonly(L, idx)) {
    lua_pushvalue(L, idx);
    return;
  }
  lua_pushvalue(L, idx);
  if(lua_rawget(L, seen) != LUA_TNIL)
    return;
  lua_pop(L, 1);
  if(depth >= FREEZE_DEPTH)
    luaL_error(L, "zd.shared: value nested too deeply");
  luaL_checkstack(L, 8, "zd.shared: value nested too deeply");
  zd_sandbox_push_readonly(L, idx);
  lua_pushvalue(L, idx);
  lua_pushvalue(L, -2);
  lua_rawset(L, seen);
  lua_pushnil(L);
  while(lua_next(L, idx)) {
    if(lua_type(L, -1) == LUA_TTABLE) {
      freeze(L, -1, seen, depth + 1);
      lua_pushvalue(L, -3);      /* key */
      lua_insert(L, -2);
      lua_rawset(L, idx);        /* an existing field: next() goes on */
    }
    lua_pop(L, 1);
  }
}

/* zd.shared(name, fn) -> what fn() returns, computed once per run: the
 * first call runs fn, later ones (from any control) get the same values,
 * with tables read-only. For what several controls derive alike from the
 * snapshot (active staff, notification rules): fn must depend on the
 * snapshot alone, never on ctx (parameters) or on zd.excepted. */
static int l_shared(lua_State *L)
{
  struct zd_engine *e = zd_engine_of(L);
  int n, cache, seen, packed;
  luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  if(e->shared_ref == LUA_NOREF)
    return luaL_error(L, "zd.shared: no assessment is running");
  lua_rawgeti(L, LUA_REGISTRYINDEX, e->shared_ref);
  cache = 3;
  lua_pushvalue(L, 1);
  switch(lua_rawget(L, cache)) {
  case LUA_TTABLE:
    lua_getfield(L, 4, "n");
    n = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    luaL_checkstack(L, n, "zd.shared: too many values");
    for(int i = 1; i <= n; i++)
      lua_rawgeti(L, 4, i);
    return n;
  case LUA_TBOOLEAN:
    return luaL_error(L, "zd.shared: '%s' depends on itself",
                      lua_tostring(L, 1));
  default:
    lua_pop(L, 1);
  }
  lua_pushvalue(L, 1);
  lua_pushboolean(L, 0);                 /* being computed */
  lua_rawset(L, cache);
  lua_pushvalue(L, 2);
  if(lua_pcall(L, 0, LUA_MULTRET, 0) != LUA_OK) {
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    lua_rawset(L, cache);
    return lua_error(L);
  }
  n = lua_gettop(L) - cache;
  lua_newtable(L);
  seen = lua_gettop(L);
  lua_createtable(L, n, 1);
  packed = lua_gettop(L);
  for(int i = 1; i <= n; i++) {
    freeze(L, cache + i, seen, 0);
    lua_pushvalue(L, -1);
    lua_rawseti(L, packed, i);
    lua_replace(L, cache + i);
  }
  lua_pushinteger(L, n);
  lua_setfield(L, packed, "n");
  lua_pushvalue(L, 1);
  lua_pushvalue(L, packed);
  lua_rawset(L, cache);
  lua_settop(L, cache + n);
  return n;
}

int zd_lua_open_zd(lua_State *L)
{
  static const luaL_Reg fns[] = {
    {"pass", l_pass}, {"fail", l_fail}, {"manual", l_manual},
    {"na", l_na}, {"error", l_error},
    {"get", l_get}, {"bool", l_bool}, {"int", l_int}, {"str", l_str},
    {"type", l_type}, {"items", l_items}, {"state", l_state},
    {"time", l_time}, {"mask", l_mask}, {"result", l_result},
    {"scan", zd_l_scan}, {"scan_each", zd_l_scan_each},
    {"excepted", l_excepted}, {"shared", l_shared},
    {"nonobject", l_nonobject}, {"shape", l_shape},
    {"staff_roles", l_staff_roles}, {"word_terms", l_word_terms},
    {NULL, NULL}
  };
  luaL_newlib(L, fns);
  zd_lua_push_null(L);
  lua_setfield(L, -2, "null");
  return 1;
}

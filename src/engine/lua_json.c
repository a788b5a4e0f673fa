/* SPDX-License-Identifier: MIT
 * lua_json.c — read-only Lua views of jansson values, and Lua -> JSON.
 * A view is a userdata holding a reference to a JSON object or array; it
 * indexes lazily, so a 50,000-user snapshot is never copied into Lua, and
 * it has no way to write, so a control cannot change what the next one
 * sees. JSON null is the light userdata zd.null, so arrays keep length. */
#include "engine/lua_bridge.h"
#include "core/jdoc.h"
#include "core/limits.h"

#include <lauxlib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define VIEW_MT "zdaudit.jsonview"

static char null_sentinel;
static const char view_magic = 'v';

/* A view of a jansson value (parameters, other controls' evidence) or of
 * a value of a document (snapshot data, core/jdoc.h). */
struct view {
  const char *magic;   /* &view_magic: what makes a userdata a view */
  json_t *j;           /* strong reference, released by __gc; or NULL */
  struct zd_jdoc *d;   /* strong reference, released by __gc; or NULL */
  zd_jref r;
};

void zd_lua_push_null(lua_State *L)
{
  lua_pushlightuserdata(L, &null_sentinel);
}

int zd_lua_is_null(lua_State *L, int idx)
{
  return lua_islightuserdata(L, idx) &&
         lua_touserdata(L, idx) == &null_sentinel;
}

void zd_lua_push_json(lua_State *L, json_t *j)
{
  struct view *v;
  switch(json_typeof(j)) {
  case JSON_OBJECT:
  case JSON_ARRAY:
    v = lua_newuserdatauv(L, sizeof(*v), 0);
    v->magic = &view_magic;
    v->j = json_incref(j);
    v->d = NULL;
    v->r = 0;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &view_magic);   /* VIEW_MT */
    lua_setmetatable(L, -2);
    break;
  case JSON_STRING:
    lua_pushlstring(L, json_string_value(j), json_string_length(j));
    break;
  case JSON_INTEGER:
    lua_pushinteger(L, (lua_Integer)json_integer_value(j));
    break;
  case JSON_REAL:
    lua_pushnumber(L, json_real_value(j));
    break;
  case JSON_TRUE:
    lua_pushboolean(L, 1);
    break;
  case JSON_FALSE:
    lua_pushboolean(L, 0);
    break;
  case JSON_NULL:
  default:
    zd_lua_push_null(L);
    break;
  }
}

void zd_lua_push_jdoc(lua_State *L, struct zd_jdoc *d, uint32_t r)
{
  const struct zd_jnode *nd;
  struct view *v;
  if(r == ZD_JREF_NONE) {
    lua_pushnil(L);
    return;
  }
  nd = &d->nodes[r];
  switch((zd_jtype)nd->type) {
  case ZD_J_OBJECT:
  case ZD_J_ARRAY:
    v = lua_newuserdatauv(L, sizeof(*v), 0);
    v->magic = &view_magic;
    v->j = NULL;
    v->d = zd_jdoc_incref(d);
    v->r = r;
    lua_rawgetp(L, LUA_REGISTRYINDEX, &view_magic);   /* VIEW_MT */
    lua_setmetatable(L, -2);
    break;
  case ZD_J_STRING:
    if(nd->where == ZD_JS_TEXT)
      lua_pushlstring(L, d->text + nd->u.off, nd->n);
    else {
      luaL_Buffer b;   /* a long string: read (and decoded) from the file */
      zd_jdoc_decode(d, r, luaL_buffinitsize(L, &b, nd->n));
      luaL_pushresultsize(&b, nd->n);
    }
    break;
  case ZD_J_INT:
    lua_pushinteger(L, (lua_Integer)nd->u.i);
    break;
  case ZD_J_REAL:
    lua_pushnumber(L, nd->u.d);
    break;
  case ZD_J_TRUE:
    lua_pushboolean(L, 1);
    break;
  case ZD_J_FALSE:
    lua_pushboolean(L, 0);
    break;
  case ZD_J_NULL:
  case ZD_J_NONE:
  default:
    zd_lua_push_null(L);
    break;
  }
}

/* The view at 'idx', or NULL. Checked by size and tag rather than by
 * metatable (luaL_testudata looks the metatable up by name each time, and
 * this runs for every field a control reads): only this file makes full
 * userdata of this size, and Lua code cannot write a userdata's bytes. */
static struct view *view_at(lua_State *L, int idx)
{
  struct view *v;
  if(lua_type(L, idx) != LUA_TUSERDATA ||
     lua_rawlen(L, idx) != sizeof(struct view))
    return NULL;
  v = lua_touserdata(L, idx);
  return v->magic == &view_magic ? v : NULL;
}

int zd_lua_view_jdoc(lua_State *L, int idx, struct zd_jdoc **d, uint32_t *r)
{
  struct view *v = view_at(L, idx);
  if(!v || !v->d)
    return 0;
  *d = v->d;
  *r = v->r;
  return 1;
}

json_t *zd_lua_view_json(lua_State *L, int idx)
{
  struct view *v = view_at(L, idx);
  return v ? v->j : NULL;
}

int zd_lua_view_kind(lua_State *L, int idx)
{
  struct view *v = view_at(L, idx);
  if(!v)
    return 0;
  if(v->d)
    return zd_jdoc_type(v->d, v->r) == ZD_J_ARRAY ? 'a' : 'o';
  if(v->j)
    return json_is_array(v->j) ? 'a' : 'o';
  return 0;
}

/* Entries of the array or object behind a view. */
static size_t view_count(const struct view *v)
{
  if(v->d)
    return zd_jdoc_count(v->d, v->r);
  return json_is_array(v->j) ? json_array_size(v->j)
                             : json_object_size(v->j);
}

static int view_index(lua_State *L)
{
  struct view *v = view_at(L, 1);
  json_t *child = NULL;
  if(!v) {
    lua_pushnil(L);
    return 1;
  }
  if(v->d) {
    zd_jref c = ZD_JREF_NONE;
    if(zd_jdoc_type(v->d, v->r) == ZD_J_OBJECT) {
      if(lua_type(L, 2) == LUA_TSTRING) {
        size_t n;
        const char *k = lua_tolstring(L, 2, &n);
        c = zd_jdoc_get(v->d, v->r, k, n);
      }
    }
    else if(lua_isinteger(L, 2)) {
      lua_Integer i = lua_tointeger(L, 2);
      if(i >= 1)
        c = zd_jdoc_at(v->d, v->r, (size_t)i - 1);
    }
    zd_lua_push_jdoc(L, v->d, c);
    return 1;
  }
  if(json_is_object(v->j)) {
    size_t n;
    const char *k = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &n)
                                                  : NULL;
    if(k)
      child = json_object_getn(v->j, k, n);
  }
  else if(json_is_array(v->j) && lua_isinteger(L, 2)) {
    lua_Integer i = lua_tointeger(L, 2);
    if(i >= 1 && (size_t)i <= json_array_size(v->j))
      child = json_array_get(v->j, (size_t)i - 1);
  }
  if(!child)
    lua_pushnil(L);
  else
    zd_lua_push_json(L, child);
  return 1;
}

static int view_newindex(lua_State *L)
{
  return luaL_error(L, "snapshot data is read-only");
}

static int view_len(lua_State *L)
{
  lua_pushinteger(L, zd_lua_view_kind(L, 1) == 'a'
                       ? (lua_Integer)view_count(view_at(L, 1)) : 0);
  return 1;
}

/* pairs() on an object view: the iterator's control variable is the key;
 * the next key comes in insertion (file) order. */
static int object_next(lua_State *L)
{
  struct view *v = view_at(L, 1);
  if(v && v->d) {
    size_t i = 0, klen;
    const char *k;
    zd_jref c;
    if(!lua_isnil(L, 2)) {
      size_t n;
      const char *prev = luaL_checklstring(L, 2, &n);
      i = zd_jdoc_index_of(v->d, v->r, prev, n);
      if(i == (size_t)-1)
        return 0;
      i++;
    }
    c = zd_jdoc_member(v->d, v->r, i, &k, &klen);
    if(c == ZD_JREF_NONE)
      return 0;
    lua_pushlstring(L, k, klen);
    zd_lua_push_jdoc(L, v->d, c);
    return 2;
  }
  else {
    json_t *j = v ? v->j : NULL;
    void *it;
    if(lua_isnil(L, 2))
      it = json_object_iter(j);
    else {
      it = json_object_iter_at(j, luaL_checkstring(L, 2));
      it = it ? json_object_iter_next(j, it) : NULL;
    }
    if(!it)
      return 0;
    lua_pushlstring(L, json_object_iter_key(it), json_object_iter_key_len(it));
    zd_lua_push_json(L, json_object_iter_value(it));
    return 2;
  }
}

static int array_next(lua_State *L)
{
  struct view *v = view_at(L, 1);
  lua_Integer i = lua_isnil(L, 2) ? 1 : luaL_checkinteger(L, 2) + 1;
  if(!v || i < 1 || (size_t)i > view_count(v))
    return 0;
  lua_pushinteger(L, i);
  if(v->d)
    zd_lua_push_jdoc(L, v->d, zd_jdoc_at(v->d, v->r, (size_t)i - 1));
  else
    zd_lua_push_json(L, json_array_get(v->j, (size_t)i - 1));
  return 2;
}

static int view_pairs(lua_State *L)
{
  lua_pushcfunction(L, zd_lua_view_kind(L, 1) == 'a' ? array_next
                                                      : object_next);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

static int view_gc(lua_State *L)
{
  struct view *v = luaL_checkudata(L, 1, VIEW_MT);
  json_decref(v->j);
  zd_jdoc_decref(v->d);
  v->j = NULL;
  v->d = NULL;
  return 0;
}

static int view_eq(lua_State *L)
{
  struct view *a = view_at(L, 1), *b = view_at(L, 2);
  lua_pushboolean(L, a && b && a->j == b->j && a->d == b->d &&
                     a->r == b->r);
  return 1;
}

static int view_tostring(lua_State *L)
{
  struct view *v = view_at(L, 1);
  lua_pushfstring(L, "json %s (%d entries)",
                  zd_lua_view_kind(L, 1) == 'a' ? "array" : "object",
                  v ? (int)view_count(v) : 0);
  return 1;
}

void zd_lua_json_init(lua_State *L)
{
  static const luaL_Reg mt[] = {
    {"__index", view_index}, {"__newindex", view_newindex},
    {"__len", view_len}, {"__pairs", view_pairs}, {"__gc", view_gc},
    {"__eq", view_eq}, {"__tostring", view_tostring}, {NULL, NULL}
  };
  luaL_newmetatable(L, VIEW_MT);
  luaL_setfuncs(L, mt, 0);
  lua_pushliteral(L, "jsonview");
  lua_setfield(L, -2, "__name");
  lua_rawsetp(L, LUA_REGISTRYINDEX, &view_magic);   /* also by address */
}

/* A JSON string from Lua bytes; invalid UTF-8 bytes become U+FFFD so a
 * control can never produce a document jansson refuses to write. */
static json_t *lua_string_to_json(const char *s, size_t n)
{
  json_t *j = json_stringn(s, n);
  char *clean;
  size_t o = 0;
  if(j)
    return j;
  clean = malloc(n * 3 + 1);
  if(!clean)
    return json_string("");
  for(size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if(c < 0x80 && c != 0)
      clean[o++] = (char)c;
    else {
      json_t *one = NULL;
      size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
      if(len && i + len <= n)
        one = json_stringn(s + i, len);
      if(one) {
        memcpy(clean + o, s + i, len);
        o += len;
        i += len - 1;
        json_decref(one);
      }
      else {
        memcpy(clean + o, "\xef\xbf\xbd", 3);
        o += 3;
      }
    }
  }
  j = json_stringn(clean, o);
  free(clean);
  return j ? j : json_string("");
}

static int is_sequence(lua_State *L, int idx, size_t *olen)
{
  size_t n = (size_t)lua_rawlen(L, idx), count = 0;
  lua_pushnil(L);
  while(lua_next(L, idx)) {
    lua_pop(L, 1);
    if(!lua_isinteger(L, -1)) {
      lua_pop(L, 1);
      return 0;
    }
    count++;
  }
  *olen = n;
  return count == n;
}

static int key_cmp(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* 'o' rebuilt with its keys in byte order: a Lua table's iteration order
 * changes from run to run (the string hash is seeded randomly), and the
 * results JSON must be byte-identical for the same snapshot and config. */
static json_t *sorted_object(json_t *o)
{
  size_t n = json_object_size(o), i = 0;
  const char **keys;
  const char *k;
  json_t *v, *out;
  if(n < 2)
    return o;
  keys = malloc(n * sizeof(*keys));
  out = json_object();
  if(!keys || !out) {
    free(keys);
    json_decref(out);
    return o;
  }
  json_object_foreach(o, k, v)
    keys[i++] = k;
  qsort(keys, n, sizeof(*keys), key_cmp);
  for(i = 0; i < n; i++)
    json_object_set(out, keys[i], json_object_get(o, keys[i]));
  free(keys);
  json_decref(o);
  return out;
}

/* 'cap' (0: none) bounds the items converted of a sequence at depth 0,
 * whose full length goes to '*total': evidence keeps only the first
 * ZD_MAX_EVIDENCE_ITEMS, so converting the rest would be wasted. */
static json_t *to_json(lua_State *L, int idx, int depth, size_t cap,
                       size_t *total)
{
  idx = lua_absindex(L, idx);
  luaL_checkstack(L, 8, "evidence nested too deeply");
  switch(lua_type(L, idx)) {
  case LUA_TNIL:
    return json_null();
  case LUA_TBOOLEAN:
    return json_boolean(lua_toboolean(L, idx));
  case LUA_TNUMBER:
    if(lua_isinteger(L, idx))
      return json_integer((json_int_t)lua_tointeger(L, idx));
    else {
      double d = lua_tonumber(L, idx);
      return isfinite(d) ? json_real(d) : json_null();
    }
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    if(n > ZD_MAX_EVIDENCE_STRING) {
      json_t *j = lua_string_to_json(s, ZD_MAX_EVIDENCE_STRING);
      json_t *cut = json_sprintf("%s…", json_string_value(j));
      json_decref(j);
      return cut ? cut : json_string("");
    }
    return lua_string_to_json(s, n);
  }
  case LUA_TLIGHTUSERDATA:
    return zd_lua_is_null(L, idx) ? json_null() : json_string("<userdata>");
  case LUA_TUSERDATA: {
    struct view *v = view_at(L, idx);
    if(v && v->d)
      return zd_jdoc_to_json(v->d, v->r);
    return v && v->j ? json_incref(v->j) : json_string("<userdata>");
  }
  case LUA_TTABLE: {
    size_t n;
    json_t *out;
    if(depth >= ZD_MAX_EVIDENCE_DEPTH)
      return json_string("…");
    /* A read-only proxy: convert what it stands for. */
    if(lua_getmetatable(L, idx)) {
      lua_pushliteral(L, "__zdtarget");
      if(lua_rawget(L, -2) == LUA_TTABLE) {
        json_t *j = to_json(L, -1, depth, cap, total);
        lua_pop(L, 2);
        return j;
      }
      lua_pop(L, 2);
    }
    /* {} is ambiguous in Lua; an empty list is the likelier meaning */
    if(is_sequence(L, idx, &n)) {
      out = json_array();
      if(total)
        *total = n;
      if(cap && n > cap)
        n = cap;
      for(size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, idx, (lua_Integer)i);
        json_array_append_new(out, to_json(L, -1, depth + 1, 0, NULL));
        lua_pop(L, 1);
      }
      return out;
    }
    out = json_object();
    lua_pushnil(L);
    while(lua_next(L, idx)) {
      const char *k;
      lua_pushvalue(L, -2);
      k = lua_type(L, -1) == LUA_TSTRING || lua_type(L, -1) == LUA_TNUMBER
            ? lua_tostring(L, -1) : NULL;
      if(k) /* refused (and released) when the key is not UTF-8 */
        json_object_set_new(out, k, to_json(L, -2, depth + 1, 0, NULL));
      lua_pop(L, 2);
    }
    return sorted_object(out);
  }
  default:
    return json_string(lua_typename(L, lua_type(L, idx)));
  }
}

json_t *zd_lua_to_json(lua_State *L, int idx)
{
  return to_json(L, idx, 0, 0, NULL);
}

json_t *zd_lua_to_json_capped(lua_State *L, int idx, size_t cap,
                              size_t *total)
{
  *total = 0;
  return to_json(L, idx, 0, cap, total);
}

/* SPDX-License-Identifier: MIT
 * lua_bridge.h — what the engine's Lua side shares between its files:
 * the read-only JSON views, Lua <-> JSON conversion, and the `zd` module.
 * Stack effects use the Lua manual's [-pop, +push, error] notation. */
#ifndef ZD_LUA_BRIDGE_H
#define ZD_LUA_BRIDGE_H
#include <stdint.h>
#include <lua.h>
#include <jansson.h>

/* [-0, +1, m] Pushes a read-only view of 'j' (borrowed; must outlive the
 * view): scalars become Lua values, null becomes zd.null, objects and
 * arrays become userdata views. */
void zd_lua_push_json(lua_State *L, json_t *j);
/* [-0, +1, m] The same for value 'r' of a document (snapshot data; the
 * view holds a reference to 'd'). */
struct zd_jdoc;
void zd_lua_push_jdoc(lua_State *L, struct zd_jdoc *d, uint32_t r);
/* [-0, +0, -] The json_t behind a jansson view at 'idx', or NULL (also
 * for a document view). */
json_t *zd_lua_view_json(lua_State *L, int idx);
/* [-0, +0, -] 1 and the document and value behind a document view at
 * 'idx', else 0. */
int zd_lua_view_jdoc(lua_State *L, int idx, struct zd_jdoc **d, uint32_t *r);
/* [-0, +0, -] 'a' for an array view, 'o' for an object view, 0 for any
 * other value. */
int zd_lua_view_kind(lua_State *L, int idx);
/* [-0, +0, m] Converts the Lua value at 'idx' to a new JSON reference.
 * Views convert to (a reference to) their JSON; tables with keys 1..n
 * become arrays, other tables objects; functions and userdata become
 * strings naming their type. Depth is bounded. */
json_t *zd_lua_to_json(lua_State *L, int idx);
/* The same, converting at most 'cap' items when the value is a sequence;
 * '*total' is then its length (else 0). */
json_t *zd_lua_to_json_capped(lua_State *L, int idx, size_t cap,
                              size_t *total);
/* [-0, +1, -] Pushes zd.null. */
void zd_lua_push_null(lua_State *L);
/* 1 if the value at 'idx' is zd.null. */
int zd_lua_is_null(lua_State *L, int idx);
/* [-0, +0, -] Registers the view metatables; call once per state. */
void zd_lua_json_init(lua_State *L);
/* [-0, +1, m] Pushes the `zd` module table. */
int zd_lua_open_zd(lua_State *L);

/* [-0, +1, m] Pushes a zeroed userdata of 'size' bytes whose __gc is
 * 'gc' (metatable 'tname'): C memory it points to is freed by the
 * collector when a Lua error unwinds the function that holds it. */
void *zd_lua_push_guard(lua_State *L, size_t size, const char *tname,
                        lua_CFunction gc);

/* zd.scan(text [, opts]) — implemented in lua_scan.c. */
int zd_l_scan(lua_State *L);
/* zd.scan_each(list, field [, opts]) — lua_scan_each.c. */
int zd_l_scan_each(lua_State *L);
/* The allow-list zd.scan drops findings by (scan.allow; NULL: none),
 * borrowed until the next call. */
struct zd_scan_allow;
void zd_lua_scan_allow(const struct zd_scan_allow *a);

#endif

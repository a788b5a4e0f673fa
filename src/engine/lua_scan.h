/* SPDX-License-Identifier: MIT
 * lua_scan.h — what zd.scan (lua_scan.c) shares with zd.scan_each
 * (lua_scan_each.c): its options, its findings, the way they reach Lua,
 * and scanners made alike. Not for use outside src/engine/. */
#ifndef ZD_LUA_SCAN_H
#define ZD_LUA_SCAN_H
#include <stdint.h>
#include <lua.h>
#include "core/error.h"
#include "scan/scan.h"

struct zd_lua_hit {
  zd_scan_type type;
  uint64_t start, end;
  double conf;
  unsigned rule;
  int sample;
  const char *part;   /* HTML page source part, or NULL (static text) */
  char masked[ZD_SCAN_MASK_SIZE];
};

/* The findings of one text that a caller keeps (threshold, types). */
struct zd_lua_hits {
  struct zd_lua_hit *v;
  size_t n, cap;
  double threshold;
  uint32_t types;
};

/* The scan callback filling a struct zd_lua_hits ('ud'); thread-safe. */
int zd_lua_scan_collect(const struct zd_scan_finding *f, const char *value,
                        void *ud);
/* [-0, +0, e] Reads zd.scan's options table at 'idx' (may be none) into
 * 'h'; returns opts.html. */
int zd_lua_scan_opts(lua_State *L, int idx, struct zd_lua_hits *h);
/* [-0, +1, m] The findings as zd.scan returns them. */
void zd_lua_push_hits(lua_State *L, const struct zd_lua_hits *h);
/* [-0, +0, e] The shared scanner (made on first use). */
struct zd_scanner *zd_lua_scanner(lua_State *L);
/* A new scanner with zd.scan's threshold and allow-list. */
zd_code zd_lua_scanner_new(struct zd_scanner **out, struct zd_error *err);
/* The allow-list zd.scan uses now (zd_lua_scan_allow; NULL: none). */
const struct zd_scan_allow *zd_lua_scan_allowed(void);

#endif

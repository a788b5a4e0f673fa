/* SPDX-License-Identifier: MIT
 * lua_scan.c — zd.scan(text [, opts]): the scanner, seen from a control.
 * Placeholder until the scanner library lands: raises, so a content
 * control that needs it becomes `error`, never `pass`. */
#include "engine/lua_bridge.h"

#include <lauxlib.h>

int zd_l_scan(lua_State *L)
{
  luaL_checkstring(L, 1);
  return luaL_error(L, "the PHI scanner is not available in this build");
}

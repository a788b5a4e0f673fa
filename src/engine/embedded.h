/* SPDX-License-Identifier: MIT
 * embedded.h — files compiled into the binary by tools/embed.c: the
 * controls and their Lua library (see src/engine/CMakeLists.txt). */
#ifndef ZD_EMBEDDED_H
#define ZD_EMBEDDED_H
#include <stddef.h>

struct zd_embedded_file {
  const char *path;   /* "controls/support/ZD.SUP.5.lua"; NULL ends */
  const char *data;   /* NUL-terminated */
  size_t len;
};

extern const struct zd_embedded_file zd_embedded_controls[];

#endif

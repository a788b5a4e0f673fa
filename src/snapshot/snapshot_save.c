/* SPDX-License-Identifier: MIT
 * snapshot_save.c — placeholder until the collector writes snapshots. */
#include "snapshot/snapshot.h"

zd_code zd_snapshot_save(const struct zd_snapshot *s, const char *dir,
                         struct zd_error *err)
{
  (void)s;
  return zd_error_set(err, ZD_ERR_USAGE, dir, 0,
                      "saving snapshots is not available yet");
}

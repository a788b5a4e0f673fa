/* SPDX-License-Identifier: MIT
 * collect_placeholder.c — placeholder until live collection lands. */
#include "collect/collect.h"

zd_code zd_collect_run(const struct zd_collect_opts *opts,
                       struct zd_snapshot **out, struct zd_error *err)
{
  (void)opts;
  *out = NULL;
  return zd_error_set(err, ZD_ERR_USAGE, NULL, 0,
                      "live collection is not available in this build yet");
}

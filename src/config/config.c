/* SPDX-License-Identifier: MIT
 * config.c — placeholder until the config issue lands: refuses every
 * file so nothing silently ignores attestations. */
#include "config/config.h"

zd_code zd_config_load(const char *path, const struct zd_engine *e,
                       struct zd_config **out, struct zd_error *err)
{
  (void)e;
  *out = NULL;
  return zd_error_set(err, ZD_ERR_USAGE, path, 0,
                      "configuration files are not supported yet");
}

void zd_config_free(struct zd_config *c)
{
  (void)c;
}

json_t *zd_config_params(const struct zd_config *c)
{
  (void)c;
  return NULL;
}

void zd_config_apply(const struct zd_config *c, struct zd_results *r,
                     time_t now)
{
  (void)c;
  (void)r;
  (void)now;
}

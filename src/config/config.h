/* SPDX-License-Identifier: MIT
 * config.h — zdaudit.yaml: account, parameters, attestations and
 * exceptions (see docs/config.md).
 *
 * Ownership: zd_config_load returns a config freed by zd_config_free;
 * zd_config_params returns a borrowed reference. */
#ifndef ZD_CONFIG_H
#define ZD_CONFIG_H
#include <time.h>
#include <jansson.h>
#include "core/error.h"
#include "engine/engine.h"

struct zd_config;

/* Loads and validates 'path' against the engine's control ids and
 * parameters. Errors carry the file and line. */
zd_code zd_config_load(const char *path, const struct zd_engine *e,
                       struct zd_config **out, struct zd_error *err);
void zd_config_free(struct zd_config *c);
/* {name: value} of the parameters the file sets, or NULL (borrowed). */
json_t *zd_config_params(const struct zd_config *c);
/* Applies attestations and exceptions to 'r' as of 'now': manual +
 * valid attestation -> attested; fail + valid exception -> accepted;
 * expired ones are recorded but not applied. */
void zd_config_apply(const struct zd_config *c, struct zd_results *r,
                     time_t now);

#endif

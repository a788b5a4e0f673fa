/* SPDX-License-Identifier: MIT
 * assess_run.h — the assessment sequence shared by `assess` and `diff`. */
#ifndef ZD_CLI_ASSESS_RUN_H
#define ZD_CLI_ASSESS_RUN_H
#include "config/config.h"
#include "core/error.h"
#include "engine/engine.h"
#include <jansson.h>

struct zd_snapshot;

/* Loads the controls (from 'controls_dir', NULL = the installed ones) and,
 * when 'config' is not NULL, that config file checked against the
 * controls' rules; 'jobs' threads for content work (0: one per core). On
 * failure nothing is left to free. */
zd_code zd_cli_assess_prepare(const char *controls_dir, const char *config,
                              int jobs, struct zd_engine **engine,
                              struct zd_config **cfg, struct zd_error *err);

/* Decides every control of 'snap' under 'cfg' (may be NULL) and returns
 * the results document (docs/results.md) with near misses and
 * annotations; NULL with 'err' set when the config is for another
 * account or the run fails. */
json_t *zd_cli_assess_doc(struct zd_engine *engine,
                          const struct zd_config *cfg,
                          const struct zd_snapshot *snap,
                          struct zd_error *err);

#endif

/* SPDX-License-Identifier: MIT
 * manual.h — the controls left for a person (see manual.c). */
#ifndef ZD_CLI_MANUAL_H
#define ZD_CLI_MANUAL_H
#include <stddef.h>
#include "config/config.h"
#include "engine/engine.h"

struct zd_left {
  const struct zd_control **items;   /* borrowed from the engine */
  size_t n;
  char *subdomain;                   /* the snapshot's, or NULL */
};

/* The controls still `manual` on the snapshot in 'snapshot_dir' with
 * 'cfg' applied (NULL: none) or, without a snapshot, every control only a
 * person can decide (automation: manual) that 'cfg' does not answer;
 * mirrors (same_as) are left out: they are answered with the control they
 * mirror. Freed with zd_left_free. */
zd_code zd_cli_left(struct zd_engine *e, const char *snapshot_dir,
                    const struct zd_config *cfg, struct zd_left *out,
                    struct zd_error *err);
void zd_left_free(struct zd_left *l);
/* A text field of a control's metadata, "" when absent. */
const char *zd_control_field(const struct zd_control *c, const char *key);

#endif

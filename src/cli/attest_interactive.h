/* SPDX-License-Identifier: MIT
 * attest_interactive.h — `zdaudit attest --interactive` (see the .c). */
#ifndef ZD_CLI_ATTEST_INTERACTIVE_H
#define ZD_CLI_ATTEST_INTERACTIVE_H
#include "engine/engine.h"

struct zd_interactive {
  const char *config;     /* the file answers are recorded in */
  const char *snapshot;   /* walk what is manual here; NULL: see manual.h */
  long valid_days;        /* default expiry: today + this many days */
  char **ids;             /* only these controls, when nids > 0 */
  int nids;
};

/* Runs the questionnaire. Returns an exit code: 0 done, 1 error, 130
 * stopped with Ctrl-C (what was saved stays saved). */
int zd_attest_interactive(const struct zd_interactive *o,
                          struct zd_engine *e);

#endif

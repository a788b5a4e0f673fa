/* SPDX-License-Identifier: MIT
 * ctest.h — the control test runner: data-driven cases (a snapshot
 * fragment and the status it must give), format in
 * docs/writing-controls.md. Run by `zdaudit controls test FILE...`. */
#ifndef ZD_CTEST_H
#define ZD_CTEST_H
#include <stdio.h>
#include "engine/engine.h"

/* Runs every case of 'path' for the control named by the file (or its
 * "control:" line), printing one line per case to 'out'. Adds to
 * '*passed' and '*failed'. A file that cannot be read or parsed is an
 * error (returned), not a failed case. */
zd_code zd_ctest_run_file(struct zd_engine *e, const char *path, FILE *out,
                          int verbose, int *passed, int *failed,
                          struct zd_error *err);

#endif

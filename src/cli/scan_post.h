/* SPDX-License-Identifier: MIT
 * scan_post.h — what `zdaudit scan` does with its findings after the scan
 * when asked for SARIF or for a baseline of known findings: fingerprints,
 * the baseline filter and file, and the SARIF 2.1.0 writer (scan_post.c). */
#ifndef ZD_CLI_SCAN_POST_H
#define ZD_CLI_SCAN_POST_H
#include <stddef.h>
#include <stdio.h>

struct zd_scan_post {
  const char *baseline;         /* --baseline FILE: leave known findings out */
  const char *update_baseline;  /* --update-baseline FILE: record them all */
  int sarif;                    /* write SARIF instead of JSON */
  int show;                     /* --show-values: keep raw values */
  const char *snapshot;         /* --snapshot DIR, for SARIF locations */
};

/* 'doc' is the scan's JSON output made WITH raw values ("value" on each
 * finding; they never leave this function unless 'o->show'). Adds a
 * fingerprint to every finding, applies the baseline, writes the result
 * (JSON or SARIF) to 'out' and the baseline file. '*reported' gets the
 * number of findings reported (new ones when a baseline is given).
 * Prints its own errors; returns 0, or -1. */
int zd_scan_post(char *doc, size_t len, const struct zd_scan_post *o,
                 FILE *out, unsigned long long *reported);

#endif

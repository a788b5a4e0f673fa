/* SPDX-License-Identifier: MIT
 * scan_progress.h — the progress line of `zdaudit scan` on stderr (only on
 * a terminal, never with --quiet): "scanning NAME 120/480 MiB 25% 96 MiB/s"
 * when the input's size is known, "scanning NAME 120 MiB 96 MiB/s" when it
 * is not (a pipe). scan_progress.c */
#ifndef ZD_CLI_SCAN_PROGRESS_H
#define ZD_CLI_SCAN_PROGRESS_H
#include <stdint.h>
#include <time.h>

struct zd_scan_progress {
  const char *name;
  uint64_t total;          /* bytes, 0 when unknown */
  struct timespec start, last;
  int drawn;
};

void zd_scan_progress_start(struct zd_scan_progress *p, const char *name,
                            uint64_t total);
/* 'done' bytes read so far; redrawn at most five times a second. */
void zd_scan_progress_update(struct zd_scan_progress *p, uint64_t done);

#endif

/* SPDX-License-Identifier: MIT
 * scan_progress.c — the progress line of `zdaudit scan` (scan_progress.h):
 * done/total, percent and rate when the size is known. Drawn through
 * core/msgs (zd_progress), which draws only on a terminal and not with
 * --quiet, and clears the line before any message. */
#include "cli/scan_progress.h"
#include "core/msgs.h"

#include <stdio.h>

#define MIB (1024.0 * 1024.0)

static double since(const struct timespec *a, const struct timespec *b)
{
  return (double)(b->tv_sec - a->tv_sec) +
         (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

void zd_scan_progress_start(struct zd_scan_progress *p, const char *name,
                            uint64_t total)
{
  p->name = name;
  p->total = total;
  p->drawn = 0;
  clock_gettime(CLOCK_MONOTONIC, &p->start);
  p->last = p->start;
}

void zd_scan_progress_update(struct zd_scan_progress *p, uint64_t done)
{
  struct timespec now;
  char extra[96], label[300];
  double secs, rate;
  if(!zd_progress_enabled())
    return;
  clock_gettime(CLOCK_MONOTONIC, &now);
  if(p->drawn && since(&p->last, &now) < 0.2)
    return;
  p->last = now;
  p->drawn = 1;
  secs = since(&p->start, &now);
  rate = secs > 0 ? (double)done / MIB / secs : 0;
  snprintf(label, sizeof(label), "scanning %s", p->name);
  if(p->total) {
    snprintf(extra, sizeof(extra), "MiB %.0f%% %.0f MiB/s",
             100.0 * (double)done / (double)p->total, rate);
    zd_progress(label, (unsigned long)(done >> 20),
                (unsigned long)((p->total + (1 << 20) - 1) >> 20), extra);
  }
  else {
    snprintf(extra, sizeof(extra), "MiB %.0f MiB/s", rate);
    zd_progress(label, (unsigned long)(done >> 20), 0, extra);
  }
}

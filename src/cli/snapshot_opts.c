/* SPDX-License-Identifier: MIT
 * snapshot_opts.c — what `assess` and `scan --snapshot` share about
 * reading a snapshot from disk: the --max-file-size option (a bound that
 * protects, not a cliff: docs/cli.md), --jobs, and the warning for each
 * endpoint whose file could not be read (its controls become `error`). */
#include "cli/cli.h"
#include "core/msgs.h"
#include "engine/engine.h"
#include "snapshot/snapshot.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

int zd_cli_parse_size(const char *opt, const char *s, size_t *out)
{
  char *end;
  unsigned long long v, mult = 1;
  errno = 0;
  v = strtoull(s, &end, 10);
  if(end != s) {
    switch(*end) {
    case 'K': case 'k': mult = 1024ULL; end++; break;
    case 'M': case 'm': mult = 1024ULL * 1024; end++; break;
    case 'G': case 'g': mult = 1024ULL * 1024 * 1024; end++; break;
    default: break;
    }
  }
  if(end == s || *end || errno || *s == '-' || v == 0 ||
     v > (unsigned long long)SIZE_MAX / mult) {
    zd_errorf("%s wants a size in bytes, with K, M or G for KiB, MiB, GiB "
              "(e.g. 8G)", opt);
    return -1;
  }
  *out = (size_t)(v * mult);
  return 0;
}

int zd_cli_parse_jobs(const char *s, int *out)
{
  char *end;
  long v;
  errno = 0;
  v = strtol(s, &end, 10);
  if(end == s || *end || errno || v < 1 || v > ZD_MAX_JOBS) {
    zd_errorf("--jobs wants a number of threads, 1 to %d", ZD_MAX_JOBS);
    return -1;
  }
  *out = (int)v;
  return 0;
}

void zd_cli_warn_unreadable(const struct zd_snapshot *snap)
{
  const char *key;
  json_t *st;
  json_object_foreach(json_object_get(zd_snapshot_manifest(snap),
                                      "endpoints"), key, st) {
    struct zd_ep_state es;
    (void)st;
    zd_snapshot_state(snap, key, &es);
    if(es.unreadable)
      zd_warnf("%s (endpoint '%s' is error: what reads it is not decided)",
               es.error, key);
  }
}

/* SPDX-License-Identifier: MIT
 * collect_finder.c — the scanner's credential detectors handed to live
 * collection (#11 item 2): collect may not depend on the scanner
 * (shared/architecture.json draws Cli -> Collect and Cli -> Scan, no
 * Collect -> Scan), so the CLI, which depends on both, passes them in as
 * a zd_collect_finder. Only the secret types are asked for (API tokens,
 * JWTs, private keys, generic secrets: Slack webhook URLs, URL basic
 * auth, password assignments…); the scanner is built on first use. */
#include "cli/live_opts.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "scan/scan.h"

#include <stdlib.h>
#include <string.h>

struct finder_state {
  struct zd_scanner *sc;
  int failed;
};

struct hit_ctx {
  zd_collect_hit_fn hit;
  void *ctx;
  size_t n;
};

static int on_finding(const struct zd_scan_finding *f, const char *value,
                      void *ud)
{
  struct hit_ctx *h = ud;
  (void)value;
  /* collect's own marker of a credential already removed stays as it is */
  if(!zd_scan_type_is_secret(f->type) ||
     (f->rule && !strcmp(zd_scan_rule_id(f->rule), "removed-at-collection")))
    return 0;
  h->hit(h->ctx, (size_t)f->start, (size_t)f->end,
         f->rule ? zd_scan_rule_id(f->rule) : zd_scan_type_name(f->type));
  h->n++;
  return 0;
}

static size_t find(void *arg, const char *s, size_t n, zd_collect_hit_fn hit,
                   void *ctx)
{
  struct finder_state *st = arg;
  struct hit_ctx h = {hit, ctx, 0};
  struct zd_error err;
  if(!st->sc && !st->failed) {
    struct zd_scan_opts o = {0, 0, 0};
    for(int t = 0; t < ZD_SCAN_TYPE_COUNT; t++)
      if(zd_scan_type_is_secret((zd_scan_type)t))
        o.types |= 1u << t;
    if(zd_scanner_new(&o, &st->sc, &err)) {
      st->failed = 1;
      zd_warnf("the credential detectors could not start (%s): stored "
               "strings are redacted by name only", err.msg);
    }
  }
  if(st->sc && n <= ZD_SCAN_MAX_BUFFER)
    zd_scan_buffer(st->sc, s, n, on_finding, &h, &err);
  return h.n;
}

static struct finder_state state;
static const struct zd_collect_finder finder = {find, &state};

const struct zd_collect_finder *zd_cli_collect_finder(void)
{
  return &finder;
}

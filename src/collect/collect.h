/* SPDX-License-Identifier: MIT
 * collect.h — live collection: reads an account's configuration through
 * Zendesk's REST APIs into an in-memory snapshot (libcurl multi, bounded
 * concurrency, pagination, rate limits, retries). Knows nothing of controls
 * beyond the endpoint table (snapshot/endpoints.def).
 *
 * Credentials never come from here: zd_collect_run reads them from the
 * environment or the 0600 file named in the options (docs/collect.md). */
#ifndef ZD_COLLECT_H
#define ZD_COLLECT_H
#include "core/error.h"
#include "snapshot/snapshot.h"

/* Finds credentials in text that is about to be stored: the CLI passes
 * the scanner's credential detectors (src/cli/collect_finder.c), as
 * collect may not depend on the scanner (shared/architecture.json: only
 * the CLI depends on both). 'find' reports each credential span of
 * [s, s + n) through 'hit', in increasing order, with a short label (the
 * scanner's rule id); it returns how many it reported. */
typedef void (*zd_collect_hit_fn)(void *ctx, size_t start, size_t end,
                                  const char *label);
struct zd_collect_finder {
  size_t (*find)(void *arg, const char *s, size_t n, zd_collect_hit_fn hit,
                 void *ctx);
  void *arg;
};

struct zd_collect_opts {
  const char *subdomain;        /* required (or $ZENDESK_SUBDOMAIN) */
  const char *base_url;         /* replaces https://{subdomain}.zendesk.com */
  const char *ca_file;          /* extra CA bundle for private CAs */
  const char *credentials_file; /* 0600 file of KEY=VALUE lines, or NULL */
  long timeout_ms;              /* per request; 0 = default */
  long deadline_ms;             /* whole run; 0 = default */
  long max_items;               /* per endpoint item cap; 0 = default */
  long max_end_users;           /* cap of end_users; 0 = default (50,000) */
  size_t max_endpoint_bytes;    /* response bytes per endpoint; 0 = default
                                   (ZD_DEFAULT_MAX_ENDPOINT_BYTES) */
  size_t max_run_bytes;         /* response bytes per run; 0 = default
                                   (ZD_DEFAULT_MAX_RUN_BYTES) */
  int max_parallel;             /* concurrent requests; 0 = default */
  int verbose;                  /* -v: log requests (Authorization redacted) */
  int quiet;                    /* no progress */
  int max_attempts;             /* per request, retries included; 0 = 5 */
  long rate_limit;              /* requests/minute cap; 0 = the account's */
  long backoff_ms;              /* first retry backoff; 0 = 500 ms */
  const char *tls_connect_to;   /* HOST:PORT the TLS probes connect to
                                   instead of each host mapping:443 */
  int no_tls_probe;             /* record tls_probes as skipped */
  /* Credential detectors run over every stored string (NULL: none). */
  const struct zd_collect_finder *finder;
};

/* Collects every endpoint into '*out' (new; zd_snapshot_free). Endpoint
 * failures are recorded in the snapshot, not returned; only a run that
 * cannot go on (bad options, 401, deadline before anything) fails. */
zd_code zd_collect_run(const struct zd_collect_opts *opts,
                       struct zd_snapshot **out, struct zd_error *err);

#endif

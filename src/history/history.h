/* SPDX-License-Identifier: MIT
 * history.h — a record of every assessment (docs/history.md): one SQLite
 * file (WAL, safe for concurrent runs), shared by accounts (keyed by
 * subdomain) or one per account. Each run keeps its time, tool and catalog
 * version, snapshot and config digests, and every control's status,
 * reason and evidence digest; attestation and exception expiries for the
 * "expiring soon" list. A file that is not a zdaudit history is refused,
 * never overwritten. */
#ifndef ZD_HISTORY_H
#define ZD_HISTORY_H
#include <jansson.h>
#include "core/error.h"

#define ZD_HISTORY_FORMAT "zdaudit/history/1"

struct zd_history;

/* Opens (creating when absent) the history at 'path'. */
zd_code zd_history_open(const char *path, struct zd_history **out,
                        struct zd_error *err);
void zd_history_close(struct zd_history *h);

/* Records the results document 'doc' as one run, in one transaction. */
zd_code zd_history_record(struct zd_history *h, const json_t *doc,
                          const char *snapshot_digest,
                          const char *config_digest, long long *run_id,
                          struct zd_error *err);

/* Runs, oldest first: [{run, subdomain, recorded_at, generated_at,
 * collected_at, tool_version, catalog_revision, snapshot_digest,
 * config_digest, summary}]. 'subdomain' and 'since' (ISO date) may be
 * NULL; 'last' > 0 keeps only the newest 'last' runs. */
json_t *zd_history_runs(struct zd_history *h, const char *subdomain,
                        const char *since, int last, struct zd_error *err);
/* One control over time: [{run, generated_at, subdomain, status, reason,
 * evidence_digest}], oldest first. */
json_t *zd_history_control(struct zd_history *h, const char *control,
                           const char *subdomain, const char *since,
                           struct zd_error *err);
/* One run as a minimal results document (schema zdaudit/results/1:
 * account, generated_at, results with id, status, details and the
 * evidence digest as the one evidence item), or NULL with 'err'. */
json_t *zd_history_run_document(struct zd_history *h, long long run,
                                struct zd_error *err);
/* For each control of run 'run': when its status last changed before or
 * at that run, {control: {"since": generated_at, "from": old status}}
 * (absent when it never changed). */
json_t *zd_history_last_changes(struct zd_history *h, long long run,
                                struct zd_error *err);
/* Attestations and exceptions of each account's newest run that expire
 * within 'days' of 'today' (YYYY-MM-DD): [{subdomain, control, kind,
 * owner, expires, state}]. */
json_t *zd_history_expiring(struct zd_history *h, const char *subdomain,
                            const char *today, int days,
                            struct zd_error *err);

#endif

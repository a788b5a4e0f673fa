/* SPDX-License-Identifier: MIT
 * snapshot.h — the on-disk evidence of one account at one time, and its
 * in-memory form. A snapshot is a directory holding manifest.json and one
 * JSON file per endpoint (see docs/snapshot.md and endpoints.def).
 *
 * Ownership: zd_snapshot_* getters return borrowed references that live
 * until zd_snapshot_free(). zd_snapshot_put() steals 'data'. */
#ifndef ZD_SNAPSHOT_H
#define ZD_SNAPSHOT_H
#include <time.h>
#include <jansson.h>
#include "core/error.h"

#define ZD_SNAPSHOT_FORMAT "zdaudit/snapshot/1"

typedef enum zd_page_kind {
  ZD_PAGE_NONE, ZD_PAGE_CURSOR, ZD_PAGE_OFFSET, ZD_PAGE_SUNCO
} zd_page_kind;

typedef enum zd_ep_scope {
  ZD_SCOPE_SUPPORT, ZD_SCOPE_HC_BRAND, ZD_SCOPE_SUNCO, ZD_SCOPE_DERIVED
} zd_ep_scope;

struct zd_endpoint_def {
  const char *key;
  const char *path;
  const char *list;        /* NULL: single object */
  zd_page_kind paging;
  zd_ep_scope scope;
  int admin;
  const char *description;
};

/* The endpoint table from endpoints.def, NULL-key terminated. */
extern const struct zd_endpoint_def zd_endpoints[];
/* Looks up an endpoint by key; NULL when unknown. */
const struct zd_endpoint_def *zd_endpoint_find(const char *key);

/* What happened when an endpoint was collected. Words as in manifest.json. */
typedef enum zd_ep_outcome {
  ZD_EP_ABSENT = 0,  /* not in the manifest: never collected */
  ZD_EP_OK,          /* "ok": data file present and loaded */
  ZD_EP_HTTP,        /* "http_error": Zendesk answered non-2xx */
  ZD_EP_ERROR,       /* "error": transport, timeout, malformed body */
  ZD_EP_SKIPPED      /* "skipped": deliberately not collected (no creds…) */
} zd_ep_outcome;

struct zd_ep_state {
  zd_ep_outcome outcome;
  int http_status;      /* 0 unless ZD_EP_HTTP (or known for others) */
  const char *error;    /* borrowed; NULL when ok */
  long items;           /* -1 when unknown */
  int truncated;        /* item cap or loop stop hit */
  int unreadable;       /* collected ("ok" in the manifest), but its file
                           could not be read: outcome ZD_EP_ERROR, 'error'
                           says "FILE:LINE: why" */
};

struct zd_snapshot;

/* Loads and validates the manifest of the snapshot in 'dir' (a directory
 * without one is "not a zdaudit snapshot"). Endpoint files are read when
 * first asked for (zd_snapshot_state/zd_snapshot_data); one that is
 * missing, malformed, of the wrong shape or over the size limit makes
 * that endpoint ZD_EP_ERROR with 'unreadable' set, not the load fail. */
zd_code zd_snapshot_load(const char *dir, struct zd_snapshot **out,
                         struct zd_error *err);
/* The largest endpoint file read (default ZD_MAX_SNAPSHOT_FILE); set it
 * before the first read. */
void zd_snapshot_set_max_file(struct zd_snapshot *s, size_t bytes);
/* With 'map' set, large endpoint files are mapped rather than read into
 * memory (core/jdoc.h): the caller then asks zd_snapshot_check, once
 * done with the data, whether the files stayed as they were read. */
void zd_snapshot_set_map(struct zd_snapshot *s, int map);
/* ZD_OK, or an error naming the first mapped endpoint file that was cut
 * short or written while the snapshot was in use. */
zd_code zd_snapshot_check(const struct zd_snapshot *s, struct zd_error *err);
/* An empty in-memory snapshot (for the collector and tests). */
struct zd_snapshot *zd_snapshot_new(const char *subdomain,
                                    time_t collected_at);
/* Records one endpoint's outcome. 'data' (stolen, may be NULL) is the
 * merged response body; 'error' is copied. */
void zd_snapshot_put(struct zd_snapshot *s, const char *key,
                     zd_ep_outcome outcome, int http_status,
                     const char *error, json_t *data);
void zd_snapshot_free(struct zd_snapshot *s);
/* Writes 's' to 'dir' atomically: into a temporary sibling directory, then
 * renamed into place, so no partial snapshot ever looks complete. 'dir'
 * must not exist, or be an earlier snapshot (it is replaced). */
zd_code zd_snapshot_save(const struct zd_snapshot *s, const char *dir,
                         struct zd_error *err);

const char *zd_snapshot_dir(const struct zd_snapshot *s);        /* or NULL */
const char *zd_snapshot_subdomain(const struct zd_snapshot *s);
time_t zd_snapshot_collected_at(const struct zd_snapshot *s);
/* The manifest object (borrowed). Extra per-endpoint fields written by
 * the collector (attempts, pages, request path…) are kept as they are. */
json_t *zd_snapshot_manifest(const struct zd_snapshot *s);
/* Fills 'st' for 'key'; outcome ZD_EP_ABSENT when not in the manifest. */
void zd_snapshot_state(const struct zd_snapshot *s, const char *key,
                       struct zd_ep_state *st);
/* The endpoint's body (borrowed), or NULL unless its outcome is ok. For
 * a snapshot read from disk this builds jansson values on first call:
 * readers of large data use zd_snapshot_doc. */
json_t *zd_snapshot_data(const struct zd_snapshot *s, const char *key);
/* The endpoint's body as a read-only document (borrowed; root 0), or NULL
 * unless its outcome is ok. */
struct zd_jdoc;
struct zd_jdoc *zd_snapshot_doc(const struct zd_snapshot *s, const char *key);
/* The word for an outcome: "ok", "http_error", "error", "skipped",
 * "absent". */
const char *zd_ep_outcome_name(zd_ep_outcome o);
/* Human reason an endpoint is unusable, e.g. "HTTP 403 (refused: needs an
 * admin token or a missing OAuth scope)". Writes into 'out'. */
const char *zd_ep_state_reason(const char *key, const struct zd_ep_state *st,
                               char *out, size_t outlen);

#endif

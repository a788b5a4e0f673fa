/* SPDX-License-Identifier: MIT
 * scan_snap.h — scanning the content a snapshot holds: Help Center
 * articles and community posts (HTML), macros, trigger and automation
 * notifications, dynamic-content variants, ticket-field options, tags.
 * Each finding names the endpoint, the object and the field; offsets are
 * bytes in that field's value as stored.
 *
 * Ownership: strings in a struct zd_snap_source live during the callback. */
#ifndef ZD_SCAN_SNAP_H
#define ZD_SCAN_SNAP_H
#include <jansson.h>
#include <stdint.h>
#include "core/error.h"
#include "scan/scan.h"
#include "snapshot/snapshot.h"

struct zd_snap_source {
  const char *endpoint;   /* snapshot key: "hc_articles" */
  json_t *id;             /* the object's "id" (borrowed), or NULL */
  long index;             /* position in the endpoint's list */
  const char *title;      /* the object's title/name, or NULL; may itself
                           * hold PHI: callers mask or omit it */
  const char *field;      /* "body", "actions[0].value[2]", "name" */
  int html;               /* the field was scanned as HTML */
};

typedef int (*zd_snap_cb)(const struct zd_scan_finding *f, const char *value,
                          const struct zd_snap_source *src, void *ud);

/* Endpoints scan_snap walks, NULL-terminated (for "not collected"
 * reporting). */
extern const char *const zd_scan_snap_endpoints[];

/* Scans every field listed above in 'snap'; adds the bytes of the field
 * values it scanned to '*bytes' (may be NULL). Endpoints that are not "ok"
 * are skipped; the caller reports them (zd_snapshot_state). */
zd_code zd_scan_snapshot(struct zd_scanner *s, const struct zd_snapshot *snap,
                         zd_snap_cb cb, void *ud, uint64_t *bytes,
                         struct zd_error *err);

/* The same on a pool's workers (`scan --jobs`, core/pool.h): items in
 * batches, one job each, scanned with scanners[worker] (one per worker,
 * zd_scanner_clone). Per batch, on the calling thread sink->open(ud)
 * makes the batch's state 'wud'; on a worker sink->cb(f, value, src,
 * wud) takes its findings in order (its return is ignored); on the
 * calling thread, in item order, sink->close(wud, ok, ud) follows — 'ok'
 * 0 once a batch before failed (its findings are not to be reported, as
 * zd_scan_snapshot stops there). Returns when every batch is closed. */
struct zd_pool;
struct zd_snap_sink {
  void *(*open)(void *ud);
  zd_snap_cb cb;
  void (*close)(void *wud, int ok, void *ud);
  void *ud;
};
zd_code zd_scan_snapshot_pooled(struct zd_pool *pool,
                                struct zd_scanner *const *scanners,
                                const struct zd_snapshot *snap,
                                const struct zd_snap_sink *sink,
                                uint64_t *bytes, struct zd_error *err);

#endif

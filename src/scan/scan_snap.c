/* SPDX-License-Identifier: MIT
 * scan_snap.c — which fields of which endpoints hold free text a person
 * wrote, and scanning them (scan_snap.h). Field shapes follow the samples
 * in docs/snapshot.md and Zendesk's API responses. */
#include "scan/scan_snap.h"
#include "scan/html.h"
#include "core/alloc.h"
#include "core/jdoc.h"
#include "core/pool.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const zd_scan_snap_endpoints[] = {
  "hc_articles", "community_posts", "macros", "triggers", "automations",
  "dynamic_content", "ticket_fields", "tags", NULL
};

struct walk {
  struct zd_scanner *s;
  zd_snap_cb cb;
  void *ud;
  struct zd_snap_source src;
  int stopped;
  zd_code rc;
  struct zd_error *err;
  const struct zd_jdoc *doc;   /* the endpoint being walked */
  struct zd_jscratch tmp;      /* a long escaped string, decoded */
  uint64_t bytes;              /* bytes of the field values scanned */
};

static int on_finding(const struct zd_scan_finding *f, const char *value,
                      void *ud)
{
  struct walk *w = ud;
  if(w->cb(f, value, &w->src, w->ud)) {
    w->stopped = 1;
    return 1;
  }
  return 0;
}

static void scan_text(struct walk *w, const char *field, const char *text,
                      size_t len, int html)
{
  zd_code rc;
  if(w->stopped || w->rc || !len)
    return;
  w->src.field = field;
  w->src.html = html;
  w->bytes += len;
  rc = html ? zd_scan_html(w->s, text, len, on_finding, w, w->err)
            : zd_scan_buffer(w->s, text, len, on_finding, w, w->err);
  if(rc)
    w->rc = rc;
}

static zd_jref get(const struct zd_jdoc *doc, zd_jref obj, const char *key)
{
  return zd_jdoc_get(doc, obj, key, strlen(key));
}

static void scan_json(struct walk *w, const char *field, zd_jref v, int html)
{
  size_t n;
  const char *t = zd_jdoc_str(w->doc, v, &n, &w->tmp);
  uint64_t pos = zd_jdoc_str_pos(w->doc, v);
  if(t)
    scan_text(w, field, t, n, html);
  if(pos != UINT64_MAX)   /* a long string of a mapped file: read once */
    zd_jdoc_release(w->doc, pos, pos + n);
}

static int ends_with(const char *s, size_t a, const char *suffix)
{
  size_t b = strlen(suffix);
  return a >= b && !memcmp(s + a - b, suffix, b);
}

/* Macro, trigger and automation actions: "value" is a string or an
 * array of strings (recipient, subject, body). Rules: only notifications. */
static void scan_actions(struct walk *w, zd_jref obj, int only_notify)
{
  zd_jref actions = get(w->doc, obj, "actions");
  char field[64];
  for(size_t i = 0; i < zd_jdoc_count(w->doc, actions) &&
                    zd_jdoc_type(w->doc, actions) == ZD_J_ARRAY; i++) {
    zd_jref a = zd_jdoc_at(w->doc, actions, i);
    size_t nlen = 0;
    const char *name = zd_jdoc_str(w->doc, get(w->doc, a, "field"), &nlen,
                                   &w->tmp);   /* then read: 'v' reuses it */
    zd_jref v = get(w->doc, a, "value");
    int html = name && ends_with(name, nlen, "_html");
    if(only_notify && (!name || nlen < 13 || memcmp(name, "notification_", 13)))
      continue;
    if(zd_jdoc_type(w->doc, v) == ZD_J_STRING) {
      snprintf(field, sizeof(field), "actions[%zu].value", i);
      scan_json(w, field, v, html);
    }
    else if(zd_jdoc_type(w->doc, v) == ZD_J_ARRAY) {
      for(size_t j = 0; j < zd_jdoc_count(w->doc, v); j++) {
        snprintf(field, sizeof(field), "actions[%zu].value[%zu]", i, j);
        scan_json(w, field, zd_jdoc_at(w->doc, v, j), html);
      }
    }
  }
}

/* The entries of array 'a' (none when it is not an array). */
static size_t entries(const struct zd_jdoc *doc, zd_jref a)
{
  return zd_jdoc_type(doc, a) == ZD_J_ARRAY ? zd_jdoc_count(doc, a) : 0;
}

static void scan_item(struct walk *w, const char *ep, zd_jref it)
{
  char field[64];
  if(!strcmp(ep, "hc_articles")) {
    scan_json(w, "title", get(w->doc, it, "title"), 0);
    scan_json(w, "body", get(w->doc, it, "body"), 1);
  }
  else if(!strcmp(ep, "community_posts")) {
    scan_json(w, "title", get(w->doc, it, "title"), 0);
    scan_json(w, "details", get(w->doc, it, "details"), 1);
  }
  else if(!strcmp(ep, "macros")) {
    scan_json(w, "title", get(w->doc, it, "title"), 0);
    scan_actions(w, it, 0);
  }
  else if(!strcmp(ep, "triggers") || !strcmp(ep, "automations")) {
    scan_json(w, "title", get(w->doc, it, "title"), 0);
    scan_actions(w, it, 1);
  }
  else if(!strcmp(ep, "dynamic_content")) {
    zd_jref vs = get(w->doc, it, "variants");
    scan_json(w, "name", get(w->doc, it, "name"), 0);
    for(size_t j = 0; j < entries(w->doc, vs); j++) {
      snprintf(field, sizeof(field), "variants[%zu].content", j);
      scan_json(w, field, get(w->doc, zd_jdoc_at(w->doc, vs, j), "content"), 0);
    }
  }
  else if(!strcmp(ep, "ticket_fields")) {
    zd_jref os = get(w->doc, it, "custom_field_options");
    scan_json(w, "title", get(w->doc, it, "title"), 0);
    for(size_t j = 0; j < entries(w->doc, os); j++) {
      zd_jref e = zd_jdoc_at(w->doc, os, j);
      snprintf(field, sizeof(field), "custom_field_options[%zu].name", j);
      scan_json(w, field, get(w->doc, e, "name"), 0);
      snprintf(field, sizeof(field), "custom_field_options[%zu].value", j);
      scan_json(w, field, get(w->doc, e, "value"), 0);
    }
  }
  else if(!strcmp(ep, "tags")) {
    /* Tags cannot hold spaces, so people write "dob_01_02_1980": read
     * underscores as spaces (same length, offsets unchanged). */
    size_t n;
    const char *name = zd_jdoc_str(w->doc, get(w->doc, it, "name"), &n,
                                   &w->tmp);
    if(name) {
      char *copy = zd_strndup(name, n);
      for(size_t k = 0; k < n; k++)
        if(copy[k] == '_')
          copy[k] = ' ';
      scan_text(w, "name", copy, n, 0);
      free(copy);
    }
  }
}

/* The item's title (or name), NUL-terminated, or NULL. */
static char *item_title(struct walk *w, const char *ep, zd_jref it)
{
  size_t n;
  const char *t = zd_jdoc_str(w->doc, get(w->doc, it, "title"), &n,
                              &w->tmp);
  if(!t && strcmp(ep, "tags"))
    t = zd_jdoc_str(w->doc, get(w->doc, it, "name"), &n, &w->tmp);
  return t ? zd_strndup(t, n) : NULL;
}

/* Scans the items [i0, i1) of endpoint 'ep''s 'list' in w->doc. */
static void scan_items(struct walk *w, const char *ep, zd_jref list,
                       size_t i0, size_t i1)
{
  for(size_t i = i0; i < i1; i++) {
    zd_jref it = zd_jdoc_at(w->doc, list, i);
    char *title;
    if(w->stopped || w->rc)
      break;
    if(zd_jdoc_type(w->doc, it) != ZD_J_OBJECT)
      continue;
    w->src.endpoint = ep;
    w->src.id = zd_jdoc_to_json(w->doc, get(w->doc, it, "id"));
    w->src.index = (long)i;
    w->src.title = title = item_title(w, ep, it);
    scan_item(w, ep, it);
    json_decref(w->src.id);
    w->src.id = NULL;
    free(title);
    w->src.title = NULL;
  }
}

zd_code zd_scan_snapshot(struct zd_scanner *s, const struct zd_snapshot *snap,
                         zd_snap_cb cb, void *ud, uint64_t *bytes,
                         struct zd_error *err)
{
  struct walk w;
  memset(&w, 0, sizeof(w));
  w.s = s;
  w.cb = cb;
  w.ud = ud;
  w.err = err;
  for(int k = 0; zd_scan_snap_endpoints[k] && !w.stopped && !w.rc; k++) {
    const char *ep = zd_scan_snap_endpoints[k];
    const struct zd_endpoint_def *def = zd_endpoint_find(ep);
    zd_jref list;
    if(!def || !def->list || !(w.doc = zd_snapshot_doc(snap, ep)))
      continue;
    list = get(w.doc, 0, def->list);
    scan_items(&w, ep, list, 0, entries(w.doc, list));
  }
  free(w.tmp.p);
  if(bytes)
    *bytes += w.bytes;
  return w.rc;
}

/* ---- pooled: items in batches, one job each ----------------------------- */

/* Items per job: a batch of articles or posts is ~200 KB of HTML (5-20
 * KB each); other items are a title and a few short values. */
#define BATCH_HTML 16
#define BATCH_OTHER 256

struct pooled_run {
  zd_code rc;
  struct zd_error *err;
  uint64_t bytes;
};

struct batch {
  struct walk w;
  struct zd_scanner *const *scanners;
  const struct zd_snap_sink *sink;
  const char *ep;
  zd_jref list;
  size_t i0, i1;
  struct zd_error err;
  struct pooled_run *run;
};

static void run_batch(void *job, unsigned worker)
{
  struct batch *b = job;
  b->w.s = b->scanners[worker];
  scan_items(&b->w, b->ep, b->list, b->i0, b->i1);
}

static void close_batch(void *job)
{
  struct batch *b = job;
  struct pooled_run *r = b->run;
  int ok = !r->rc;   /* after a failed batch, nothing more is reported */
  b->sink->close(b->w.ud, ok, b->sink->ud);
  free(b->w.tmp.p);
  if(ok) {
    r->bytes += b->w.bytes;
    if(b->w.rc) {
      r->rc = b->w.rc;
      if(r->err)
        *r->err = b->err;
    }
  }
  free(b);
}

zd_code zd_scan_snapshot_pooled(struct zd_pool *pool,
                                struct zd_scanner *const *scanners,
                                const struct zd_snapshot *snap,
                                const struct zd_snap_sink *sink,
                                uint64_t *bytes, struct zd_error *err)
{
  struct pooled_run run = {ZD_OK, err, 0};
  for(int k = 0; zd_scan_snap_endpoints[k]; k++) {
    const char *ep = zd_scan_snap_endpoints[k];
    const struct zd_endpoint_def *def = zd_endpoint_find(ep);
    const struct zd_jdoc *doc;
    zd_jref list;
    size_t n, step;
    if(!def || !def->list || !(doc = zd_snapshot_doc(snap, ep)))
      continue;
    list = get(doc, 0, def->list);
    n = entries(doc, list);
    step = !strcmp(ep, "hc_articles") || !strcmp(ep, "community_posts")
             ? BATCH_HTML : BATCH_OTHER;
    for(size_t i = 0; i < n; i += step) {
      struct batch *b = zd_calloc(1, sizeof(*b));
      b->scanners = scanners;
      b->sink = sink;
      b->ep = ep;
      b->list = list;
      b->i0 = i;
      b->i1 = n - i < step ? n : i + step;
      b->run = &run;
      zd_error_clear(&b->err);
      b->w.cb = sink->cb;
      b->w.ud = sink->open(sink->ud);
      b->w.err = &b->err;
      b->w.doc = doc;
      zd_pool_submit(pool, b, run_batch, close_batch);
    }
  }
  zd_pool_drain(pool);
  if(bytes)
    *bytes += run.bytes;
  return run.rc;
}

/* SPDX-License-Identifier: MIT
 * snapshot.c — loading, validating and holding a snapshot (see snapshot.h).
 * A snapshot is evidence: a file the manifest promises but that is missing,
 * unreadable or of the wrong shape makes the whole load fail, loudly, rather
 * than silently turning into "not collected". */
#include "snapshot/snapshot.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/jdoc.h"
#include "core/limits.h"
#include "core/timeutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const struct zd_endpoint_def zd_endpoints[] = {
#define ZD_ENDPOINT(key, path, list, paging, scope, admin, desc) \
  {#key, path, list, paging, scope, admin, desc},
#include "snapshot/endpoints.def"
#undef ZD_ENDPOINT
  {NULL, NULL, NULL, ZD_PAGE_NONE, ZD_SCOPE_SUPPORT, 0, NULL}
};

/* One endpoint's body as a document (jdoc.h), keyed by endpoint. */
struct ep_doc {
  char *key;
  struct zd_jdoc *doc;
};

struct zd_snapshot {
  char *dir;
  json_t *manifest;   /* owned */
  json_t *data;       /* owned: key -> body as jansson values (put, or
                         made from the document when asked for) */
  struct ep_doc *docs; /* owned: bodies read from disk (or made from
                          'data' when asked for) */
  size_t ndocs;
  json_t *unreadable; /* owned: key -> "FILE:LINE: why" (load failed) */
  size_t max_file;    /* largest endpoint file read */
  int map;            /* map large endpoint files (zd_snapshot_set_map) */
};

static struct zd_jdoc *find_doc(const struct zd_snapshot *s, const char *key)
{
  for(size_t i = 0; i < s->ndocs; i++)
    if(!strcmp(s->docs[i].key, key))
      return s->docs[i].doc;
  return NULL;
}

static void drop_doc(struct zd_snapshot *s, const char *key)
{
  for(size_t i = 0; i < s->ndocs; i++)
    if(!strcmp(s->docs[i].key, key)) {
      free(s->docs[i].key);
      zd_jdoc_decref(s->docs[i].doc);
      s->docs[i] = s->docs[--s->ndocs];
      return;
    }
}

static void add_doc(struct zd_snapshot *s, const char *key,
                    struct zd_jdoc *doc)
{
  s->docs = zd_realloc(s->docs, (s->ndocs + 1) * sizeof(*s->docs));
  s->docs[s->ndocs].key = zd_strdup(key);
  s->docs[s->ndocs].doc = doc;
  s->ndocs++;
}

const struct zd_endpoint_def *zd_endpoint_find(const char *key)
{
  for(const struct zd_endpoint_def *e = zd_endpoints; e->key; e++)
    if(!strcmp(e->key, key))
      return e;
  return NULL;
}

static const char *const outcome_names[] = {
  "absent", "ok", "http_error", "error", "skipped"
};

const char *zd_ep_outcome_name(zd_ep_outcome o)
{
  if((unsigned)o < sizeof(outcome_names) / sizeof(outcome_names[0]))
    return outcome_names[o];
  return "absent";
}

static zd_ep_outcome outcome_from_name(const char *s)
{
  for(unsigned i = 1; i < sizeof(outcome_names) / sizeof(outcome_names[0]);
      i++)
    if(s && !strcmp(s, outcome_names[i]))
      return (zd_ep_outcome)i;
  return ZD_EP_ABSENT;
}

/* A file name in the manifest must stay inside the snapshot directory. */
static int safe_file_name(const char *f)
{
  return f && *f && !strchr(f, '/') && strcmp(f, ".") && strcmp(f, "..");
}

static zd_code check_shape(const char *key, const char *path,
                           const struct zd_jdoc *body, struct zd_error *err)
{
  const struct zd_endpoint_def *def = zd_endpoint_find(key);
  if(zd_jdoc_type(body, 0) != ZD_J_OBJECT)
    return zd_error_set(err, ZD_ERR_INVALID, path, 0,
                        "endpoint '%s': expected a JSON object", key);
  if(def && def->list &&
     zd_jdoc_type(body, zd_jdoc_get(body, 0, def->list, strlen(def->list)))
       != ZD_J_ARRAY)
    return zd_error_set(err, ZD_ERR_INVALID, path, 0,
                        "endpoint '%s': expected an array under \"%s\"",
                        key, def->list);
  return ZD_OK;
}

static zd_code load_manifest(struct zd_snapshot *s, struct zd_error *err)
{
  char *mpath = zd_path_join(s->dir, "manifest.json");
  json_t *m, *eps, *st;
  const char *fmt, *key, *when;
  time_t t;
  zd_code rc = ZD_OK;

  m = zd_json_load(mpath, ZD_MAX_MANIFEST_FILE, err);
  if(!m) {
    free(mpath);
    if(err && err->code == ZD_ERR_NOTFOUND)
      zd_error_set(err, ZD_ERR_NOTFOUND, s->dir, 0,
                   "not a zdaudit snapshot: there is no manifest.json "
                   "(create one with zdaudit collect)");
    return err ? err->code : ZD_ERR_IO;
  }
  s->manifest = m;
  fmt = json_string_value(json_object_get(m, "format"));
  when = json_string_value(json_object_get(m, "collected_at"));
  eps = json_object_get(m, "endpoints");
  if(!fmt || strcmp(fmt, ZD_SNAPSHOT_FORMAT))
    rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                      "\"format\" must be \"%s\"", ZD_SNAPSHOT_FORMAT);
  else if(!when || zd_time_parse(when, &t))
    rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                      "\"collected_at\" must be an ISO 8601 time");
  else if(!json_is_string(json_object_get(json_object_get(m, "account"),
                                          "subdomain")))
    rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                      "\"account.subdomain\" must be a string");
  else if(!json_is_object(eps))
    rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                      "\"endpoints\" must be an object");
  if(rc) {
    free(mpath);
    return rc;
  }

  json_object_foreach(eps, key, st) {
    const char *outcome = json_string_value(json_object_get(st, "outcome"));
    const char *file = json_string_value(json_object_get(st, "file"));
    if(!json_is_object(st) || outcome_from_name(outcome) == ZD_EP_ABSENT) {
      rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                        "endpoint '%s': \"outcome\" must be one of ok, "
                        "http_error, error, skipped", key);
      break;
    }
    if(outcome_from_name(outcome) == ZD_EP_OK && !safe_file_name(file)) {
      rc = zd_error_set(err, ZD_ERR_INVALID, mpath, 0,
                        "endpoint '%s': \"file\" must be a plain file name",
                        key);
      break;
    }
  }
  free(mpath);
  return rc;
}

/* Reads endpoint 'key' of a snapshot on disk the first time it is asked
 * for; a failure is kept as the endpoint's error. The snapshot is
 * logically const: this only fills its caches. */
static void ensure_loaded(const struct zd_snapshot *cs, const char *key)
{
  struct zd_snapshot *s = (struct zd_snapshot *)cs;
  json_t *st = json_object_get(json_object_get(s->manifest, "endpoints"), key);
  const char *file = json_string_value(json_object_get(st, "file"));
  struct zd_error err;
  char *fpath, msg[ZD_ERROR_MSG_SIZE + ZD_ERROR_SOURCE_SIZE + 16];
  struct zd_jdoc *body = NULL;
  if(!s->dir || !st || find_doc(s, key) || json_object_get(s->data, key) ||
     json_object_get(s->unreadable, key) ||
     outcome_from_name(json_string_value(json_object_get(st, "outcome")))
       != ZD_EP_OK)
    return;
  zd_error_clear(&err);
  fpath = zd_path_join(s->dir, file);
  /* A symlink may point inside the snapshot, never out of it. */
  if(!zd_path_within(s->dir, fpath))
    zd_error_set(&err, ZD_ERR_INVALID, fpath, 0, "endpoint '%s': the file "
                 "is a symlink that leads out of the snapshot; refusing to "
                 "read it", key);
  else if(zd_jdoc_load(fpath, s->max_file, s->map, &body, &err) &&
          err.code == ZD_ERR_NOTFOUND)
    zd_error_set(&err, ZD_ERR_NOTFOUND, fpath, 0,
                 "the manifest lists endpoint '%s' as collected, but its "
                 "file is missing", key);
  if(body && check_shape(key, fpath, body, &err)) {
    zd_jdoc_decref(body);
    body = NULL;
  }
  free(fpath);
  if(body)
    add_doc(s, key, body);
  else
    json_object_set_new(s->unreadable, key,
                        json_string(zd_error_format(&err, msg, sizeof(msg))));
}

zd_code zd_snapshot_load(const char *dir, struct zd_snapshot **out,
                         struct zd_error *err)
{
  struct zd_snapshot *s;
  zd_code rc;
  *out = NULL;
  if(!zd_is_dir(dir))
    return zd_error_set(err, ZD_ERR_NOTFOUND, dir, 0,
                        "snapshot directory not found");
  s = zd_calloc(1, sizeof(*s));
  s->dir = zd_strdup(dir);
  s->data = json_object();
  s->unreadable = json_object();
  s->max_file = ZD_MAX_SNAPSHOT_FILE;
  rc = load_manifest(s, err);
  if(rc) {
    zd_snapshot_free(s);
    return rc;
  }
  *out = s;
  return ZD_OK;
}

struct zd_snapshot *zd_snapshot_new(const char *subdomain, time_t collected_at)
{
  struct zd_snapshot *s = zd_calloc(1, sizeof(*s));
  char when[32];
  s->data = json_object();
  s->unreadable = json_object();
  s->max_file = ZD_MAX_SNAPSHOT_FILE;
  s->manifest = json_pack("{s:s, s:{s:s, s:s}, s:{s:s}, s:s, s:{}}",
                          "format", ZD_SNAPSHOT_FORMAT,
                          "tool", "name", "zdaudit", "version", ZD_VERSION,
                          "account", "subdomain", subdomain ? subdomain : "",
                          "collected_at",
                          zd_time_format(collected_at, when, sizeof(when)),
                          "endpoints");
  return s;
}

void zd_snapshot_put(struct zd_snapshot *s, const char *key,
                     zd_ep_outcome outcome, int http_status,
                     const char *error, json_t *data)
{
  json_t *eps = json_object_get(s->manifest, "endpoints");
  const struct zd_endpoint_def *def = zd_endpoint_find(key);
  json_t *st = json_object();
  char *file = zd_asprintf("%s.json", key);
  json_object_set_new(st, "outcome", json_string(zd_ep_outcome_name(outcome)));
  if(def)
    json_object_set_new(st, "path", json_string(def->path));
  if(http_status)
    json_object_set_new(st, "http_status", json_integer(http_status));
  json_object_set_new(st, "error", error ? json_string(error) : json_null());
  if(outcome == ZD_EP_OK && data) {
    json_t *list = def && def->list ? json_object_get(data, def->list) : NULL;
    json_object_set_new(st, "file", json_string(file));
    json_object_set_new(st, "items",
                        json_integer(list ? (json_int_t)json_array_size(list)
                                          : 1));
    json_object_set(s->data, key, data);
  }
  drop_doc(s, key);   /* made from an earlier put: stale now */
  json_decref(data);
  free(file);
  json_object_set_new(eps, key, st);
}

void zd_snapshot_free(struct zd_snapshot *s)
{
  if(!s)
    return;
  json_decref(s->manifest);
  json_decref(s->data);
  json_decref(s->unreadable);
  for(size_t i = 0; i < s->ndocs; i++) {
    free(s->docs[i].key);
    zd_jdoc_decref(s->docs[i].doc);
  }
  free(s->docs);
  free(s->dir);
  free(s);
}

void zd_snapshot_set_max_file(struct zd_snapshot *s, size_t bytes)
{
  s->max_file = bytes;
}

void zd_snapshot_set_map(struct zd_snapshot *s, int map)
{
  s->map = map;
}

zd_code zd_snapshot_check(const struct zd_snapshot *s, struct zd_error *err)
{
  for(size_t i = 0; i < s->ndocs; i++) {
    json_t *st = json_object_get(json_object_get(s->manifest, "endpoints"),
                                 s->docs[i].key);
    const char *file = json_string_value(json_object_get(st, "file"));
    char *path = s->dir && file ? zd_path_join(s->dir, file)
                                : zd_strdup(s->docs[i].key);
    zd_code rc = zd_jdoc_check(s->docs[i].doc, path, err);
    free(path);
    if(rc)
      return rc;
  }
  return ZD_OK;
}

const char *zd_snapshot_dir(const struct zd_snapshot *s)
{
  return s->dir;
}

const char *zd_snapshot_subdomain(const struct zd_snapshot *s)
{
  const char *v = json_string_value(
    json_object_get(json_object_get(s->manifest, "account"), "subdomain"));
  return v ? v : "";
}

time_t zd_snapshot_collected_at(const struct zd_snapshot *s)
{
  time_t t = 0;
  zd_time_parse(json_string_value(json_object_get(s->manifest,
                                                  "collected_at")), &t);
  return t;
}

json_t *zd_snapshot_manifest(const struct zd_snapshot *s)
{
  return s->manifest;
}

void zd_snapshot_state(const struct zd_snapshot *s, const char *key,
                       struct zd_ep_state *st)
{
  json_t *e = json_object_get(json_object_get(s->manifest, "endpoints"), key);
  json_t *items, *trunc;
  memset(st, 0, sizeof(*st));
  st->items = -1;
  if(!e)
    return;
  st->outcome = outcome_from_name(
    json_string_value(json_object_get(e, "outcome")));
  if(st->outcome == ZD_EP_OK)
    ensure_loaded(s, key);
  if(st->outcome == ZD_EP_OK && !json_object_get(s->data, key) &&
     !find_doc(s, key)) {
    st->outcome = ZD_EP_ERROR;
    st->error = json_string_value(json_object_get(s->unreadable, key));
    st->unreadable = st->error != NULL;
    if(!st->error)
      st->error = "data not loaded";
  }
  st->http_status = (int)json_integer_value(json_object_get(e, "http_status"));
  if(!st->error)
    st->error = json_string_value(json_object_get(e, "error"));
  items = json_object_get(e, "items");
  if(json_is_integer(items))
    st->items = (long)json_integer_value(items);
  trunc = json_object_get(e, "truncated");
  st->truncated = json_is_true(trunc);
}

json_t *zd_snapshot_data(const struct zd_snapshot *cs, const char *key)
{
  struct zd_snapshot *s = (struct zd_snapshot *)cs;
  struct zd_ep_state st;
  json_t *j;
  struct zd_jdoc *d;
  zd_snapshot_state(s, key, &st);
  if(st.outcome != ZD_EP_OK)
    return NULL;
  j = json_object_get(s->data, key);
  if(!j && (d = find_doc(s, key))) {
    /* jansson values only for who asks (the evidence package) */
    j = zd_jdoc_to_json(d, 0);
    json_object_set_new(s->data, key, j);
  }
  return j;
}

struct zd_jdoc *zd_snapshot_doc(const struct zd_snapshot *cs, const char *key)
{
  struct zd_snapshot *s = (struct zd_snapshot *)cs;
  struct zd_ep_state st;
  struct zd_jdoc *d;
  json_t *j;
  zd_snapshot_state(s, key, &st);
  if(st.outcome != ZD_EP_OK)
    return NULL;
  if((d = find_doc(s, key)))
    return d;
  j = json_object_get(s->data, key);
  if(!j || !(d = zd_jdoc_from_json(j)))
    return NULL;
  add_doc(s, key, d);
  return d;
}

const char *zd_ep_state_reason(const char *key, const struct zd_ep_state *st,
                               char *out, size_t outlen)
{
  const char *why = "";
  switch(st->outcome) {
  case ZD_EP_ABSENT:
    snprintf(out, outlen, "endpoint '%s' was not collected", key);
    break;
  case ZD_EP_OK:
    snprintf(out, outlen, "endpoint '%s' was collected", key);
    break;
  case ZD_EP_SKIPPED:
    snprintf(out, outlen, "endpoint '%s' was skipped: %s", key,
             st->error ? st->error : "not requested");
    break;
  case ZD_EP_HTTP:
    if(st->http_status == 401)
      why = " (credentials refused)";
    else if(st->http_status == 403)
      why = " (refused: needs an admin token, a missing OAuth scope, or a "
            "plan that includes it)";
    else if(st->http_status == 404)
      why = " (not found: the feature may be off or not on this plan)";
    snprintf(out, outlen, "endpoint '%s' failed with HTTP %d%s", key,
             st->http_status, why);
    break;
  case ZD_EP_ERROR:
    if(st->unreadable)
      snprintf(out, outlen, "endpoint '%s' was collected, but its file "
               "cannot be read: %s", key, st->error);
    else
      snprintf(out, outlen, "endpoint '%s' failed: %s", key,
               st->error ? st->error : "unknown error");
    break;
  }
  return out;
}

/* SPDX-License-Identifier: MIT
 * diff.c — computes the diff document of diff.h: control changes from the
 * two results documents, setting and object changes from the two
 * snapshots (noise such as updated_at ignored, lists compared by id, not
 * by order), and the audit-log entries of the newer snapshot that fall
 * between the two collections and name the same object or setting. */
#include "diff/diff.h"
#include "core/alloc.h"
#include "core/buf.h"
#include "core/timeutil.h"
#include "report/report_common.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Fields whose change says nothing about configuration. */
static const char *const noise[] = {
  "updated_at", "last_login_at", "last_used", "last_used_at",
  "last_activity_at", "url", "html_url", "count", "next_page",
  "previous_page", "meta", "links", "position", "edited_at",
  "result_count", NULL
};
/* Endpoints not compared object by object: reference data, the audit log
 * itself, and end users (patients: their names must not reach a diff). */
static const char *const skipped[] = {
  "trigger_definitions", "audit_logs", "end_users", NULL
};
#define MAX_SHOWN 120   /* longer strings are summarised, never shown */
#define AUDIT_WINDOW_DAYS 90

static int in_list(const char *const *list, const char *s)
{
  for(size_t i = 0; list[i]; i++)
    if(!strcmp(list[i], s))
      return 1;
  return 0;
}

/* ---- controls ----------------------------------------------------------- */

/* 0 needs nothing, 1 waits for a person, 2 could not be checked, 3 fails. */
static int rank(const char *status)
{
  if(!strcmp(status, "fail"))
    return 3;
  if(!strcmp(status, "error"))
    return 2;
  if(!strcmp(status, "manual"))
    return 1;
  return 0;
}

static json_t *evidence_texts(const json_t *r)
{
  json_t *set = json_object(), *item;
  struct zd_buf b;
  size_t i;
  zd_buf_init(&b, 1u << 20);
  json_array_foreach(json_object_get(r, "evidence"), i, item) {
    zd_buf_reset(&b);
    if(zd_rep_evidence_text(&b, item))
      zd_buf_init(&b, 1u << 20);
    else
      json_object_set_new(set, zd_buf_str(&b), json_true());
  }
  zd_buf_free(&b);
  return set;
}

/* Keys of 'a' not in 'b', as an array. */
static json_t *minus(const json_t *a, const json_t *b)
{
  json_t *out = json_array(), *v;
  const char *k;
  json_object_foreach((json_t *)a, k, v)
    if(!json_object_get(b, k))
      json_array_append_new(out, json_string(k));
  return out;
}

static int change_order(const char *c)
{
  static const char *const order[] = {"regression", "status", "evidence",
                                      "fix", NULL};
  for(int i = 0; order[i]; i++)
    if(!strcmp(order[i], c))
      return i;
  return 9;
}

static int cmp_controls(const void *pa, const void *pb)
{
  const json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
  int d = change_order(zd_rep_str(a, "change")) -
          change_order(zd_rep_str(b, "change"));
  if(d)
    return d;
  d = rank(zd_rep_str(b, "new")) - rank(zd_rep_str(a, "new"));
  if(d)
    return d;
  return (int)(json_integer_value(json_object_get(a, "order")) -
               json_integer_value(json_object_get(b, "order")));
}

/* The results that changed between two lists of results (the baseline's
 * controls, or the advisory checks), worst first. */
static json_t *diff_results(const json_t *old_list, const json_t *new_list)
{
  json_t *by_id = json_object(), *r, *list = json_array(), *sorted;
  json_t **v;
  size_t i, n;
  json_array_foreach(old_list, i, r)
    json_object_set(by_id, zd_rep_str(r, "id"), r);
  json_array_foreach(new_list, i, r) {
    const json_t *o = json_object_get(by_id, zd_rep_str(r, "id"));
    const char *os, *ns = zd_rep_str(r, "status"), *change;
    json_t *eo, *en, *added, *removed, *c;
    if(!o)
      continue;
    os = zd_rep_str(o, "status");
    eo = evidence_texts(o);
    en = evidence_texts(r);
    added = minus(en, eo);
    removed = minus(eo, en);
    json_decref(eo);
    json_decref(en);
    if(rank(ns) >= 2 && rank(os) < 2)
      change = "regression";
    else if(rank(os) >= 2 && rank(ns) < 2)
      change = "fix";
    else if(strcmp(os, ns))
      change = "status";
    else if(json_array_size(added) || json_array_size(removed))
      change = "evidence";
    else {
      json_decref(added);
      json_decref(removed);
      continue;
    }
    c = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:I}",
                  "id", zd_rep_str(r, "id"), "title", zd_rep_str(r, "title"),
                  "change", change, "old", os, "new", ns,
                  "evidence_added", added, "evidence_removed", removed,
                  "order", (json_int_t)i);
    if(*zd_rep_str(r, "severity"))
      json_object_set_new(c, "severity", json_string(zd_rep_str(r,
                                                               "severity")));
    json_array_append_new(list, c);
  }
  json_decref(by_id);
  n = json_array_size(list);
  v = zd_malloc((n ? n : 1) * sizeof(*v));
  for(i = 0; i < n; i++)
    v[i] = json_array_get(list, i);
  qsort(v, n, sizeof(*v), cmp_controls);
  sorted = json_array();
  for(i = 0; i < n; i++) {
    json_object_del(v[i], "order");
    json_array_append(sorted, v[i]);
  }
  free(v);
  json_decref(list);
  return sorted;
}

/* Advisory checks (outside the baseline) that changed. They never count
 * as regressions. Where the newer side counted them (`assess --advisory`)
 * they are among its results already, and compared there. */
static json_t *diff_advisory(const json_t *old, const json_t *new_)
{
  if(json_is_true(json_object_get(new_, "advisory_counted")))
    return json_array();
  return diff_results(json_object_get(old, "advisory"),
                      json_object_get(new_, "advisory"));
}

/* ---- values ------------------------------------------------------------- */

/* A value as the diff shows it: scalars as they are, short one-line
 * strings as they are (masked later), the rest summarised. */
static json_t *shown(const json_t *v)
{
  if(!v)
    return json_null();
  if(json_is_string(v)) {
    const char *s = json_string_value(v);
    size_t n = json_string_length(v);
    (void)s;
    if(n <= MAX_SHOWN)   /* renderers show control characters escaped */
      return json_incref((json_t *)v);
    return json_sprintf("(text of %zu characters)", n);
  }
  if(json_is_array(v))
    return json_sprintf("(list of %zu)", json_array_size(v));
  if(json_is_object(v))
    return json_sprintf("(object of %zu fields)", json_object_size(v));
  return json_incref((json_t *)v);
}

/* The key an array's items are matched by, or NULL when they have none. */
static const char *item_key(const json_t *a)
{
  static const char *const keys[] = {"id", "name", "host", "brand_id", NULL};
  const json_t *first = json_array_get(a, 0);
  if(!json_is_object(first))
    return NULL;
  for(int k = 0; keys[k]; k++) {
    size_t i;
    const json_t *x;
    int all = 1;
    json_array_foreach((json_t *)a, i, x)
      if(!json_is_object(x) ||
         (!json_is_string(json_object_get(x, keys[k])) &&
          !json_is_integer(json_object_get(x, keys[k]))))
        all = 0;
    if(all)
      return keys[k];
  }
  return NULL;
}

static char *key_text(const json_t *v)
{
  if(json_is_integer(v))
    return zd_asprintf("%lld", (long long)json_integer_value(v));
  return zd_strdup(json_string_value(v) ? json_string_value(v) : "");
}

/* Canonical text of a value (sorted keys), for order-free comparison. */
static char *canon(const json_t *v)
{
  return json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
}

static int cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Equal as multisets of canonical items (order ignored). */
static int same_items(const json_t *a, const json_t *b)
{
  size_t n = json_array_size(a), i;
  char **x, **y;
  int same = 1;
  if(n != json_array_size(b))
    return 0;
  x = zd_malloc((n + 1) * sizeof(*x));
  y = zd_malloc((n + 1) * sizeof(*y));
  for(i = 0; i < n; i++) {
    x[i] = canon(json_array_get(a, i));
    y[i] = canon(json_array_get(b, i));
  }
  qsort(x, n, sizeof(*x), cmp_str);
  qsort(y, n, sizeof(*y), cmp_str);
  for(i = 0; i < n; i++) {
    same = same && !strcmp(x[i], y[i]);
    free(x[i]);
    free(y[i]);
  }
  free(x);
  free(y);
  return same;
}

/* Appends {path, old, new} to 'out' for every difference below 'path'. */
static void walk(const char *path, const json_t *a, const json_t *b,
                 json_t *out, int depth)
{
  if(depth > 32)
    return;
  if(json_is_object(a) && json_is_object(b)) {
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)a, k, v) {
      char *p;
      if(in_list(noise, k))
        continue;
      p = *path ? zd_asprintf("%s.%s", path, k) : zd_strdup(k);
      walk(p, v, json_object_get(b, k), out, depth + 1);
      free(p);
    }
    json_object_foreach((json_t *)b, k, v) {
      char *p;
      if(in_list(noise, k) || json_object_get(a, k))
        continue;
      p = *path ? zd_asprintf("%s.%s", path, k) : zd_strdup(k);
      walk(p, NULL, v, out, depth + 1);
      free(p);
    }
    return;
  }
  if(json_is_array(a) && json_is_array(b)) {
    const char *key = item_key(a) ? item_key(a) : item_key(b);
    if(key && item_key(a) && item_key(b)) {
      json_t *ia = json_object(), *x;
      size_t i;
      json_array_foreach((json_t *)a, i, x) {
        char *kt = key_text(json_object_get(x, key));
        json_object_set(ia, kt, x);
        free(kt);
      }
      json_array_foreach((json_t *)b, i, x) {
        char *kt = key_text(json_object_get(x, key));
        char *p = zd_asprintf("%s[%s=%s]", path, key, kt);
        walk(p, json_object_get(ia, kt), x, out, depth + 1);
        json_object_del(ia, kt);
        free(p);
        free(kt);
      }
      json_object_foreach(ia, key, x) {
        char *p = zd_asprintf("%s[%s]", path, key);
        walk(p, x, NULL, out, depth + 1);
        free(p);
      }
      json_decref(ia);
      return;
    }
    if(same_items(a, b))
      return;
    if(json_array_size(a) == json_array_size(b)) {  /* item by item */
      for(size_t i = 0; i < json_array_size(a); i++) {
        char *p = zd_asprintf("%s[%zu]", path, i);
        walk(p, json_array_get(a, i), json_array_get(b, i), out, depth + 1);
        free(p);
      }
      return;
    }
  }
  else if(a && b && json_equal((json_t *)a, (json_t *)b))
    return;
  else if(!a && !b)
    return;
  json_array_append_new(out, json_pack("{s:s, s:o, s:o}", "path", path,
                                       "old", shown(a), "new", shown(b)));
}

/* ---- objects ------------------------------------------------------------ */

static const char *type_of(const char *endpoint)
{
  static const struct { const char *ep, *type; } names[] = {
    {"api_tokens", "API token"}, {"oauth_clients", "OAuth client"},
    {"oauth_tokens", "OAuth token"}, {"oauth_global_clients", "global OAuth client"},
    {"webhooks", "webhook"}, {"targets", "target"}, {"triggers", "trigger"},
    {"automations", "automation"}, {"apps_installations", "app"},
    {"brands", "brand"}, {"custom_roles", "custom role"},
    {"users", "team member"}, {"hc_articles", "article"},
    {"macros", "macro"}, {"organizations", "organization"},
    {"remote_authentications", "SSO configuration"},
    {"dynamic_content", "dynamic content item"}, {"tags", "tag"},
    {"ticket_fields", "ticket field"}, {"recipient_addresses", "support address"},
    {"talk_phone_numbers", "phone number"}, {"community_posts", "community post"},
    {"community_topics", "community topic"}, {"hc_user_segments", "user segment"},
    {"hc_permission_groups", "permission group"},
  };
  for(size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    if(!strcmp(names[i].ep, endpoint))
      return names[i].type;
  return endpoint;
}

static const char *title_of(const json_t *o)
{
  static const char *const keys[] = {"title", "name", "description",
                                     "identifier", "raw_title", "label",
                                     "host", NULL};
  for(int k = 0; keys[k]; k++) {
    const char *s = json_string_value(json_object_get(o, keys[k]));
    if(s && *s)
      return s;
  }
  return "";
}

/* The title a report may show: one line, bounded. */
static json_t *title_json(const json_t *o)
{
  json_t *t = json_string(title_of(o));
  json_t *s = shown(t);
  json_decref(t);
  return s;
}

static void diff_list(const char *ep, const json_t *a, const json_t *b,
                      int removals_ok, json_t *objects)
{
  const char *key = "id";
  json_t *ia = json_object(), *x;
  const char *k;
  size_t i;
  json_array_foreach((json_t *)a, i, x) {
    char *kt;
    if(!json_is_object(x) || !json_object_get(x, key))
      continue;
    kt = key_text(json_object_get(x, key));
    json_object_set(ia, kt, x);
    free(kt);
  }
  json_array_foreach((json_t *)b, i, x) {
    char *kt;
    json_t *o, *fields, *rec;
    const char *change = "changed";
    if(!json_is_object(x) || !json_object_get(x, key))
      continue;
    kt = key_text(json_object_get(x, key));
    o = json_object_get(ia, kt);
    fields = json_array();
    if(!o)
      change = "added";
    else {
      walk("", o, x, fields, 0);
      if(strcmp(title_of(o), title_of(x)))
        change = "renamed";
      else if(!json_array_size(fields)) {
        json_object_del(ia, kt);
        json_decref(fields);
        free(kt);
        continue;
      }
    }
    rec = json_pack("{s:s, s:s, s:O, s:o, s:s, s:o}", "endpoint", ep,
                    "type", type_of(ep), "id", json_object_get(x, key),
                    "title", title_json(x), "change", change,
                    "fields", fields);
    if(o && !strcmp(change, "renamed"))
      json_object_set_new(rec, "old_title", title_json(o));
    json_array_append_new(objects, rec);
    json_object_del(ia, kt);
    free(kt);
  }
  if(removals_ok)
    json_object_foreach(ia, k, x)
      json_array_append_new(objects, json_pack(
        "{s:s, s:s, s:O, s:o, s:s, s:[]}", "endpoint", ep, "type",
        type_of(ep), "id", json_object_get(x, key), "title", title_json(x),
        "change", "removed", "fields"));
  json_decref(ia);
}

/* The endpoint's list (or object) inside its body. */
static const json_t *body_part(const struct zd_endpoint_def *d,
                               const json_t *data)
{
  return d->list ? json_object_get(data, d->list) : data;
}

static void diff_snapshots(const struct zd_snapshot *a,
                           const struct zd_snapshot *b, json_t *settings,
                           json_t *objects, json_t *not_comparable)
{
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++) {
    struct zd_ep_state sa, sb;
    const json_t *da, *db;
    char why[256];
    if(in_list(skipped, d->key))
      continue;
    zd_snapshot_state(a, d->key, &sa);
    zd_snapshot_state(b, d->key, &sb);
    if(sa.outcome != ZD_EP_OK && sb.outcome != ZD_EP_OK)
      continue;   /* in neither: nothing to compare, nothing to say */
    if(sa.outcome != ZD_EP_OK || sb.outcome != ZD_EP_OK) {
      const struct zd_ep_state *bad = sa.outcome != ZD_EP_OK ? &sa : &sb;
      char *reason = zd_asprintf("%s snapshot: %s",
                                 bad == &sa ? "older" : "newer",
                                 zd_ep_state_reason(d->key, bad, why,
                                                    sizeof(why)));
      json_array_append_new(not_comparable, json_pack(
        "{s:s, s:s}", "endpoint", d->key, "reason", reason));
      free(reason);
      continue;
    }
    da = body_part(d, zd_snapshot_data(a, d->key));
    db = body_part(d, zd_snapshot_data(b, d->key));
    if(!d->list) {
      json_t *fields = json_array(), *f;
      size_t i;
      walk("", zd_snapshot_data(a, d->key), zd_snapshot_data(b, d->key),
           fields, 0);
      json_array_foreach(fields, i, f) {
        json_object_set_new(f, "endpoint", json_string(d->key));
        json_array_append(settings, f);
      }
      json_decref(fields);
      continue;
    }
    if(!json_is_array(da) || !json_is_array(db)) {
      json_array_append_new(not_comparable, json_pack(
        "{s:s, s:s}", "endpoint", d->key, "reason",
        "its list is not an array in one of the snapshots"));
      continue;
    }
    if(sa.truncated || sb.truncated)
      json_array_append_new(not_comparable, json_pack(
        "{s:s, s:s}", "endpoint", d->key, "reason",
        "the list was cut short in one snapshot: additions and changes are "
        "shown, removals are not"));
    diff_list(d->key, da, db, !sa.truncated && !sb.truncated, objects);
  }
}

/* ---- attribution -------------------------------------------------------- */

static json_t *audit_entry(const json_t *e)
{
  return json_pack("{s:O, s:s, s:s, s:s, s:s, s:s}",
                   "id", json_object_get(e, "id") ? json_object_get(e, "id")
                                                  : json_null(),
                   "time", zd_rep_str(e, "created_at"),
                   "actor", zd_rep_str(e, "actor_name"),
                   "action", zd_rep_str(e, "action"),
                   "source", zd_rep_str(e, "source_label"),
                   "change", zd_rep_str(e, "change_description"));
}

/* Words of a settings path that an audit label would use. */
static const struct { const char *path, *label; } setting_words[] = {
  {"two_factor", "two"}, {"two_factor", "2fa"}, {"private_attachments", "attachment"},
  {"assum", "assum"}, {"ip_restriction", "ip"}, {"ip.", "ip"},
  {"password", "password"}, {"session", "session"}, {"mobile_app", "mobile"},
  {"sso", "single sign"}, {"remote_login", "single sign"}, {"sso", "sso"},
  {"api", "api"}, {"redaction", "redaction"}, {"email", "email"},
};

static int label_matches(const char *path, const char *label)
{
  char lp[512], ll[512], *w, *save = NULL;
  size_t i;
  snprintf(lp, sizeof(lp), "%s", path);
  snprintf(ll, sizeof(ll), "%s", label);
  for(i = 0; lp[i]; i++)
    lp[i] = (char)(lp[i] >= 'A' && lp[i] <= 'Z' ? lp[i] + 32 : lp[i]);
  for(i = 0; ll[i]; i++)
    ll[i] = (char)(ll[i] >= 'A' && ll[i] <= 'Z' ? ll[i] + 32 : ll[i]);
  for(i = 0; i < sizeof(setting_words) / sizeof(setting_words[0]); i++)
    if(strstr(lp, setting_words[i].path) && strstr(ll, setting_words[i].label))
      return 1;
  /* otherwise: a word of five letters or more of the last path part */
  w = strrchr(lp, '.');
  for(w = strtok_r(w ? w + 1 : lp, "_[]=", &save); w;
      w = strtok_r(NULL, "_[]=", &save))
    if(strlen(w) >= 5 && strstr(ll, w))
      return 1;
  return 0;
}

struct audit {
  const json_t *entries;   /* the newer snapshot's audit log, or NULL */
  time_t from, to;
  json_t *used;            /* ids of entries matched to a change */
  char note[256];          /* why nothing matched, when nothing could */
  int older_than_window;
};

static int in_window(const struct audit *au, const json_t *e)
{
  time_t t;
  return !zd_time_parse(zd_rep_str(e, "created_at"), &t) && t > au->from &&
         t <= au->to;
}

static void attribute(struct audit *au, json_t *item, const json_t *id,
                      const char *setting_path)
{
  json_t *list = json_array(), *e;
  size_t i;
  if(!au->entries) {
    json_object_set_new(item, "audit", json_null());
    json_object_set_new(item, "audit_note", json_string(au->note));
    json_decref(list);
    return;
  }
  json_array_foreach((json_t *)au->entries, i, e) {
    int match;
    if(!json_is_object(e) || !in_window(au, e))
      continue;
    if(id)
      match = json_is_integer(id) &&
              json_integer_value(json_object_get(e, "source_id")) ==
                json_integer_value(id);
    else
      match = (!strcmp(zd_rep_str(e, "source_type"), "account_setting") ||
               !strcmp(zd_rep_str(e, "source_type"), "account")) &&
              label_matches(setting_path, zd_rep_str(e, "source_label"));
    if(match) {
      char *k = key_text(json_object_get(e, "id"));
      json_array_append_new(list, audit_entry(e));
      json_object_set_new(au->used, k, json_true());
      free(k);
    }
  }
  if(json_array_size(list))
    json_object_set_new(item, "audit", list);
  else {
    json_decref(list);
    json_object_set_new(item, "audit", json_array());
    json_object_set_new(item, "audit_note", json_string(
      au->older_than_window
        ? "not in the audit log (the log was collected for the last 90 "
          "days; the change may be older)"
        : "not in the audit log"));
  }
}

static void audit_setup(struct audit *au, const struct zd_diff_side *old,
                        const struct zd_diff_side *new_)
{
  struct zd_ep_state st;
  char why[256];
  memset(au, 0, sizeof(*au));
  au->used = json_object();
  au->from = old->snap ? zd_snapshot_collected_at(old->snap) : 0;
  if(!au->from)
    zd_time_parse(zd_rep_str2(old->results, "account", "collected_at"),
                  &au->from);
  au->to = zd_snapshot_collected_at(new_->snap);
  zd_snapshot_state(new_->snap, "audit_logs", &st);
  if(st.outcome != ZD_EP_OK) {
    snprintf(au->note, sizeof(au->note), "not in the audit log: it was not "
             "collected (%s)", zd_ep_state_reason("audit_logs", &st, why,
                                                  sizeof(why)));
    return;
  }
  au->entries = json_object_get(zd_snapshot_data(new_->snap, "audit_logs"),
                                "audit_logs");
  if(!json_is_array(au->entries)) {
    au->entries = NULL;
    snprintf(au->note, sizeof(au->note), "not in the audit log: its data "
             "is not a list");
    return;
  }
  au->older_than_window = au->from < au->to - AUDIT_WINDOW_DAYS * 86400;
}

/* Entries in the window that no change claimed: a setting switched off and
 * on again leaves no difference in the snapshots, only these. */
static json_t *unmatched(const struct audit *au)
{
  json_t *list = json_array(), *e;
  size_t i;
  if(!au->entries)
    return list;
  json_array_foreach((json_t *)au->entries, i, e) {
    char *k;
    const char *action = zd_rep_str(e, "action");
    if(!json_is_object(e) || !in_window(au, e) || !strcmp(action, "login") ||
       !strcmp(action, "exported"))
      continue;
    k = key_text(json_object_get(e, "id"));
    if(!json_object_get(au->used, k))
      json_array_append_new(list, json_pack("{s:s, s:o}", "source_type",
                                            zd_rep_str(e, "source_type"),
                                            "entry", audit_entry(e)));
    free(k);
  }
  return list;
}

/* ---- the document ------------------------------------------------------- */

static json_t *side_info(const struct zd_diff_side *s)
{
  return json_pack("{s:s, s:s, s:s, s:s, s:s}", "source", s->label,
                   "kind", s->snap ? "snapshot" : "results",
                   "subdomain", zd_rep_str2(s->results, "account", "subdomain"),
                   "collected_at", zd_rep_str2(s->results, "account",
                                               "collected_at"),
                   "generated_at", zd_rep_str(s->results, "generated_at"));
}

json_t *zd_diff(const struct zd_diff_side *old, const struct zd_diff_side *new_)
{
  json_t *doc, *controls, *settings = json_array(), *objects = json_array();
  json_t *nc = json_array(), *c, *unm = json_array(), *audit_info, *advisory;
  struct audit au;
  size_t i, reg = 0, fix = 0;
  controls = diff_results(zd_rep_results(old->results),
                          zd_rep_results(new_->results));
  advisory = diff_advisory(old->results, new_->results);
  json_array_foreach(controls, i, c) {
    reg += !strcmp(zd_rep_str(c, "change"), "regression");
    fix += !strcmp(zd_rep_str(c, "change"), "fix");
  }
  if(old->snap && new_->snap) {
    audit_setup(&au, old, new_);
    diff_snapshots(old->snap, new_->snap, settings, objects, nc);
    json_array_foreach(settings, i, c)
      attribute(&au, c, NULL, zd_rep_str(c, "path"));
    json_array_foreach(objects, i, c)
      attribute(&au, c, json_object_get(c, "id"), NULL);
    json_decref(unm);
    unm = unmatched(&au);
    audit_info = json_pack("{s:b, s:s}", "available", au.entries != NULL,
                           "note", au.entries ? "entries of the newer "
                           "snapshot between the two collections"
                           : au.note);
    json_decref(au.used);
  }
  else {
    json_array_append_new(nc, json_pack("{s:s, s:s}", "endpoint", "*",
      "reason", "settings and objects need two snapshots; a results file "
      "holds only the control results"));
    audit_info = json_pack("{s:b, s:s}", "available", 0, "note",
                           "needs two snapshots");
  }
  doc = json_pack(
    "{s:s, s:o, s:o, s:{s:I, s:I, s:I, s:I, s:I, s:I, s:I}, s:o, s:o, s:o,"
    " s:o, s:o, s:o, s:o}",
    "schema", ZD_DIFF_FORMAT, "old", side_info(old), "new", side_info(new_),
    "summary", "regressions", (json_int_t)reg, "fixes", (json_int_t)fix,
    "controls", (json_int_t)json_array_size(controls),
    "settings", (json_int_t)json_array_size(settings),
    "objects", (json_int_t)json_array_size(objects),
    "not_comparable", (json_int_t)json_array_size(nc),
    "advisory", (json_int_t)json_array_size(advisory),
    "controls", controls, "advisory", advisory, "settings", settings,
    "objects", objects,
    "audit_log", audit_info, "audit_only", unm, "not_comparable", nc);
  return doc;
}

int zd_diff_has_regression(const json_t *diff)
{
  return json_integer_value(json_object_get(json_object_get(diff, "summary"),
                                            "regressions")) > 0;
}

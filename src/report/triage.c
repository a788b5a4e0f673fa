/* SPDX-License-Identifier: MIT
 * triage.c — severity order and root-cause groups (see triage.h). Both are
 * computed from the results document so every writer, and `zdaudit report`
 * on a saved file, shows the same. */
#include "report/triage.h"
#include "report/report_common.h"
#include "core/alloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int zd_rep_severity_rank(const char *word)
{
  static const char *const words[] = {"critical", "high", "medium", "low"};
  for(int i = 0; word && i < 4; i++)
    if(!strcmp(word, words[i]))
      return i;
  return 4;
}

struct order {
  size_t idx;
  int sev, area;
};

static int order_cmp(const void *pa, const void *pb)
{
  const struct order *a = pa, *b = pb;
  if(a->sev != b->sev)
    return a->sev < b->sev ? -1 : 1;
  if(a->area != b->area)
    return a->area < b->area ? -1 : 1;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int area_index(const json_t *areas, const char *area)
{
  size_t i;
  const json_t *a;
  json_array_foreach(areas, i, a)
    if(!strcmp(json_string_value(a), area))
      return (int)i;
  return (int)json_array_size(areas);
}

static int needs_action(const json_t *r)
{
  const char *st = zd_rep_str(r, "status");
  return !strcmp(st, "fail") || !strcmp(st, "error");
}

size_t *zd_rep_needs_action(const json_t *doc, size_t *n)
{
  const json_t *results = zd_rep_results(doc), *r;
  json_t *areas = zd_rep_areas(doc);
  struct order *o = zd_calloc(json_array_size(results) + 1, sizeof(*o));
  size_t i, k = 0, *out;
  json_array_foreach(results, i, r) {
    if(!needs_action(r))
      continue;
    o[k].idx = i;
    o[k].sev = zd_rep_severity_rank(zd_rep_str(r, "severity"));
    o[k].area = area_index(areas, zd_rep_str(r, "area"));
    k++;
  }
  json_decref(areas);
  if(k)
    qsort(o, k, sizeof(*o), order_cmp);
  out = zd_calloc(k + 1, sizeof(*out));
  for(i = 0; i < k; i++)
    out[i] = o[i].idx;
  free(o);
  *n = k;
  return out;
}

/* --- root causes --------------------------------------------------------- */

/* "true"/"false" as written by some controls' display helpers. */
static json_t *normalised(json_t *v)
{
  const char *s = json_string_value(v);
  if(s && !strcmp(s, "true"))
    return json_true();
  if(s && !strcmp(s, "false"))
    return json_false();
  return json_incref(v);
}

/* Whether evidence 'item' shows a wrong value: actual differs from
 * expected. An expected written as words ("recommended, or custom at least
 * as strict") is met by an actual that is its first word(s). */
static int wrong_value(const json_t *item)
{
  json_t *actual = json_object_get(item, "actual");
  json_t *expected = json_object_get(item, "expected");
  json_t *a;
  int wrong;
  if(!actual || !expected)
    return 0;
  a = normalised(actual);
  wrong = !json_equal(a, expected);
  if(wrong && json_is_string(a) && json_is_string(expected)) {
    const char *as = json_string_value(a), *es = json_string_value(expected);
    size_t n = strlen(as);
    if(n && !strncmp(es, as, n) && !isalnum((unsigned char)es[n]))
      wrong = 0;
  }
  json_decref(a);
  return wrong;
}

/* The place an evidence item names, as a key: "endpoint\npath" or
 * "endpoint\n#type:id"; NULL when it names none. */
static char *place_key(const json_t *item)
{
  const char *ep = zd_rep_str(item, "endpoint");
  const char *path = zd_rep_str(item, "path");
  const json_t *obj = json_object_get(item, "object");
  char *id;
  char *key;
  if(!*ep)
    return NULL;
  if(*path)
    return zd_asprintf("%s\n%s", ep, path);
  if(!json_is_object(obj) || !json_object_get(obj, "id"))
    return NULL;
  id = json_dumps(json_object_get(obj, "id"), JSON_ENCODE_ANY);
  key = zd_asprintf("%s\n#%s:%s", ep, zd_rep_str(obj, "type"), id ? id : "");
  free(id);
  return key;
}

static void add_unique(json_t *list, json_t *v)
{
  size_t i;
  json_t *x;
  json_array_foreach(list, i, x)
    if(json_equal(x, v)) {
      json_decref(v);
      return;
    }
  json_array_append_new(list, v);
}

static void shown(struct zd_buf *b, const json_t *v)
{
  char *s = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
  const char *t = json_is_string(v) ? json_string_value(v) : s;
  zd_buf_add(b, t ? t : "?", strlen(t ? t : "?"));
  free(s);
}

/* "security_settings.authentication.agent.two_factor_enforce is false
 * (expected true)" or "api_token 'test': description is test (expected
 * …); created_at is …". */
static void describe(json_t *cause)
{
  struct zd_buf b;
  const json_t *obj = json_object_get(cause, "object");
  const json_t *s;
  size_t i;
  zd_buf_init(&b, 4096);
  if(obj) {
    const char *title = zd_rep_str(obj, "title");
    zd_buf_adds(&b, zd_rep_str(obj, "type"));
    zd_buf_adds(&b, " ");
    if(*title) {
      zd_buf_adds(&b, "'");
      zd_buf_adds(&b, title);
      zd_buf_adds(&b, "'");
    }
    else
      shown(&b, json_object_get(obj, "id"));
    zd_buf_adds(&b, ": ");
  }
  json_array_foreach(json_object_get(cause, "settings"), i, s) {
    const char *what = *zd_rep_str(s, "path") ? zd_rep_str(s, "path")
                                              : zd_rep_str(s, "field");
    if(i)
      zd_buf_adds(&b, "; ");
    zd_buf_adds(&b, what);
    zd_buf_adds(&b, " is ");
    shown(&b, json_object_get(s, "actual"));
    zd_buf_adds(&b, " (expected ");
    shown(&b, json_object_get(s, "expected"));
    zd_buf_adds(&b, ")");
  }
  json_object_set_new(cause, "summary", json_string(zd_buf_str(&b)));
  zd_buf_free(&b);
}

static int cause_cmp(const void *pa, const void *pb)
{
  json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
  size_t na = json_array_size(json_object_get(a, "controls"));
  size_t nb = json_array_size(json_object_get(b, "controls"));
  int sa = zd_rep_severity_rank(zd_rep_str(a, "severity"));
  int sb = zd_rep_severity_rank(zd_rep_str(b, "severity"));
  if(sa != sb)
    return sa < sb ? -1 : 1;
  if(na != nb)
    return na > nb ? -1 : 1;
  return strcmp(zd_rep_str(a, "key"), zd_rep_str(b, "key"));
}

json_t *zd_rep_root_causes(const json_t *doc)
{
  const json_t *results = zd_rep_results(doc), *r, *item;
  json_t *by_key = json_object();      /* key -> cause */
  json_t *wrong_of = json_object();    /* control id -> [keys] */
  json_t *out = json_array(), **list;
  const char *key;
  json_t *cause;
  size_t i, j, n = 0;
  json_array_foreach(results, i, r) {
    const char *id = zd_rep_str(r, "id");
    json_t *keys = json_array();
    if(strcmp(zd_rep_str(r, "status"), "fail")) {
      json_decref(keys);
      continue;
    }
    json_array_foreach(json_object_get(r, "evidence"), j, item) {
      char *k = wrong_value(item) ? place_key(item) : NULL;
      json_t *setting;
      if(!k)
        continue;
      cause = json_object_get(by_key, k);
      if(!cause) {
        cause = json_object();
        json_object_set_new(cause, "key", json_string(k));
        json_object_set_new(cause, "endpoint",
                            json_string(zd_rep_str(item, "endpoint")));
        if(*zd_rep_str(item, "path"))
          json_object_set_new(cause, "path",
                              json_string(zd_rep_str(item, "path")));
        else
          json_object_set(cause, "object", json_object_get(item, "object"));
        json_object_set_new(cause, "settings", json_array());
        json_object_set_new(cause, "controls", json_array());
        json_object_set_new(cause, "severity",
                            json_string(zd_rep_str(r, "severity")));
        json_object_set_new(by_key, k, cause);
      }
      setting = json_object();
      json_object_set_new(setting, *zd_rep_str(item, "path") ? "path"
                                                             : "field",
                          json_string(*zd_rep_str(item, "path")
                                        ? zd_rep_str(item, "path")
                                        : zd_rep_str(item, "field")));
      json_object_set(setting, "actual", json_object_get(item, "actual"));
      json_object_set(setting, "expected", json_object_get(item, "expected"));
      add_unique(json_object_get(cause, "settings"), setting);
      add_unique(json_object_get(cause, "controls"), json_string(id));
      if(zd_rep_severity_rank(zd_rep_str(r, "severity")) <
         zd_rep_severity_rank(zd_rep_str(cause, "severity")))
        json_object_set_new(cause, "severity",
                            json_string(zd_rep_str(r, "severity")));
      add_unique(keys, json_string(k));
      free(k);
    }
    json_object_set_new(wrong_of, id, keys);
  }
  list = zd_calloc(json_object_size(by_key) + 1, sizeof(*list));
  json_object_foreach(by_key, key, cause) {
    json_t *resolves, *c;
    if(json_array_size(json_object_get(cause, "controls")) < 2)
      continue;
    resolves = json_array();
    json_array_foreach(json_object_get(cause, "controls"), i, c) {
      json_t *keys = json_object_get(wrong_of, json_string_value(c));
      if(json_array_size(keys) == 1)
        json_array_append(resolves, c);
    }
    json_object_set_new(cause, "resolves", resolves);
    describe(cause);
    list[n++] = cause;
  }
  if(n)
    qsort(list, n, sizeof(*list), cause_cmp);
  for(i = 0; i < n; i++) {
    json_array_append(out, list[i]);
    json_object_del(list[i], "key");
  }
  free(list);
  json_decref(by_key);
  json_decref(wrong_of);
  return out;
}

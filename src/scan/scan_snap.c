/* SPDX-License-Identifier: MIT
 * scan_snap.c — which fields of which endpoints hold free text a person
 * wrote, and scanning them (scan_snap.h). Field shapes follow the samples
 * in docs/snapshot.md and Zendesk's API responses. */
#include "scan/scan_snap.h"
#include "scan/html.h"
#include "core/alloc.h"

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
  rc = html ? zd_scan_html(w->s, text, len, on_finding, w, w->err)
            : zd_scan_buffer(w->s, text, len, on_finding, w, w->err);
  if(rc)
    w->rc = rc;
}

static void scan_json(struct walk *w, const char *field, json_t *v, int html)
{
  if(json_is_string(v))
    scan_text(w, field, json_string_value(v), json_string_length(v), html);
}

static int ends_with(const char *s, const char *suffix)
{
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && !strcmp(s + a - b, suffix);
}

/* Macro, trigger and automation actions: "value" is a string or an
 * array of strings (recipient, subject, body). Rules: only notifications. */
static void scan_actions(struct walk *w, json_t *obj, int only_notify)
{
  json_t *actions = json_object_get(obj, "actions"), *a;
  size_t i;
  char field[64];
  json_array_foreach(actions, i, a) {
    const char *name = json_string_value(json_object_get(a, "field"));
    json_t *v = json_object_get(a, "value");
    int html = name && ends_with(name, "_html");
    if(only_notify && (!name || strncmp(name, "notification_", 13)))
      continue;
    if(json_is_string(v)) {
      snprintf(field, sizeof(field), "actions[%zu].value", i);
      scan_json(w, field, v, html);
    }
    else if(json_is_array(v)) {
      size_t j;
      json_t *e;
      json_array_foreach(v, j, e) {
        snprintf(field, sizeof(field), "actions[%zu].value[%zu]", i, j);
        scan_json(w, field, e, html);
      }
    }
  }
}

static void scan_item(struct walk *w, const char *ep, json_t *it)
{
  size_t j;
  json_t *e;
  char field[64];
  if(!strcmp(ep, "hc_articles")) {
    scan_json(w, "title", json_object_get(it, "title"), 0);
    scan_json(w, "body", json_object_get(it, "body"), 1);
  }
  else if(!strcmp(ep, "community_posts")) {
    scan_json(w, "title", json_object_get(it, "title"), 0);
    scan_json(w, "details", json_object_get(it, "details"), 1);
  }
  else if(!strcmp(ep, "macros")) {
    scan_json(w, "title", json_object_get(it, "title"), 0);
    scan_actions(w, it, 0);
  }
  else if(!strcmp(ep, "triggers") || !strcmp(ep, "automations")) {
    scan_json(w, "title", json_object_get(it, "title"), 0);
    scan_actions(w, it, 1);
  }
  else if(!strcmp(ep, "dynamic_content")) {
    scan_json(w, "name", json_object_get(it, "name"), 0);
    json_array_foreach(json_object_get(it, "variants"), j, e) {
      snprintf(field, sizeof(field), "variants[%zu].content", j);
      scan_json(w, field, json_object_get(e, "content"), 0);
    }
  }
  else if(!strcmp(ep, "ticket_fields")) {
    scan_json(w, "title", json_object_get(it, "title"), 0);
    json_array_foreach(json_object_get(it, "custom_field_options"), j, e) {
      snprintf(field, sizeof(field), "custom_field_options[%zu].name", j);
      scan_json(w, field, json_object_get(e, "name"), 0);
      snprintf(field, sizeof(field), "custom_field_options[%zu].value", j);
      scan_json(w, field, json_object_get(e, "value"), 0);
    }
  }
  else if(!strcmp(ep, "tags")) {
    /* Tags cannot hold spaces, so people write "dob_01_02_1980": read
     * underscores as spaces (same length, offsets unchanged). */
    json_t *name = json_object_get(it, "name");
    if(json_is_string(name)) {
      size_t n = json_string_length(name);
      char *copy = zd_strndup(json_string_value(name), n);
      for(size_t k = 0; k < n; k++)
        if(copy[k] == '_')
          copy[k] = ' ';
      scan_text(w, "name", copy, n, 0);
      free(copy);
    }
  }
}

zd_code zd_scan_snapshot(struct zd_scanner *s, const struct zd_snapshot *snap,
                         zd_snap_cb cb, void *ud, struct zd_error *err)
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
    json_t *data = zd_snapshot_data(snap, ep), *list, *it;
    size_t i;
    if(!data || !def || !def->list)
      continue;
    list = json_object_get(data, def->list);
    json_array_foreach(list, i, it) {
      if(w.stopped || w.rc)
        break;
      if(!json_is_object(it))
        continue;
      w.src.endpoint = ep;
      w.src.id = json_object_get(it, "id");
      w.src.index = (long)i;
      w.src.title = json_string_value(json_object_get(it, "title"));
      if(!w.src.title && strcmp(ep, "tags"))
        w.src.title = json_string_value(json_object_get(it, "name"));
      scan_item(&w, ep, it);
    }
  }
  return w.rc;
}

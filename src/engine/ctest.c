/* SPDX-License-Identifier: MIT
 * ctest.c — runs the data-driven control tests (see ctest.h). A case is a
 * few "key: value" lines; blank lines separate cases, '#' comments. */
#include "engine/ctest.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/timeutil.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_NOW "2026-11-20T09:00:00Z"
#define MAX_CHECKS 32

struct tcase {
  int line;
  char *name, *control, *snapshot, *params, *now, *expect;
  char *evidence[MAX_CHECKS], *details[MAX_CHECKS], *absent[MAX_CHECKS];
  int nevidence, ndetails, nabsent;
};

static void case_free(struct tcase *c)
{
  free(c->name);
  free(c->control);
  free(c->snapshot);
  free(c->params);
  free(c->now);
  free(c->expect);
  for(int i = 0; i < c->nevidence; i++)
    free(c->evidence[i]);
  for(int i = 0; i < c->ndetails; i++)
    free(c->details[i]);
  for(int i = 0; i < c->nabsent; i++)
    free(c->absent[i]);
  memset(c, 0, sizeof(*c));
}

/* Loads "@file" (relative to the test file's directory) or the literal. */
static json_t *load_value(const char *value, const char *testpath,
                          struct zd_error *err)
{
  json_error_t jerr;
  json_t *j;
  if(value[0] == '@') {
    char *copy = zd_strdup(testpath);
    char *path = zd_path_join(dirname(copy), value + 1);
    j = zd_json_load(path, ZD_MAX_SNAPSHOT_FILE, err);
    free(path);
    free(copy);
    return j;
  }
  j = json_loads(value, JSON_REJECT_DUPLICATES, &jerr);
  if(!j)
    zd_error_set(err, ZD_ERR_PARSE, testpath, 0, "bad JSON: %s", jerr.text);
  return j;
}

static zd_ep_outcome outcome_word(const char *w)
{
  if(w && !strcmp(w, "http_error"))
    return ZD_EP_HTTP;
  if(w && !strcmp(w, "skipped"))
    return ZD_EP_SKIPPED;
  return ZD_EP_ERROR;
}

static struct zd_snapshot *build_snapshot(json_t *frag, time_t now)
{
  struct zd_snapshot *s = zd_snapshot_new("test", now);
  json_t *eps = json_object_get(zd_snapshot_manifest(s), "endpoints");
  const char *key;
  json_t *body;
  json_object_foreach(frag, key, body) {
    json_t *oc = json_object_get(body, "$outcome");
    if(oc) {
      zd_snapshot_put(s, key, outcome_word(json_string_value(oc)),
                      (int)json_integer_value(json_object_get(body, "$status")),
                      json_string_value(json_object_get(body, "$error")),
                      NULL);
      continue;
    }
    if(json_is_true(json_object_get(body, "$truncated"))) {
      json_t *copy = json_deep_copy(body);
      json_object_del(copy, "$truncated");
      zd_snapshot_put(s, key, ZD_EP_OK, 200, NULL, copy);
      json_object_set_new(json_object_get(eps, key), "truncated",
                          json_true());
      continue;
    }
    zd_snapshot_put(s, key, ZD_EP_OK, 200, NULL, json_incref(body));
  }
  return s;
}

/* Runs one case; returns 1 when it passed. */
static int run_case(struct zd_engine *e, const char *path,
                    const char *control, struct tcase *c, FILE *out,
                    int verbose)
{
  struct zd_error err;
  json_t *frag = NULL, *params = NULL;
  struct zd_snapshot *snap = NULL;
  struct zd_results res = {0};
  struct zd_result *r;
  time_t now;
  char *ev = NULL, *why = NULL;
  int ok = 0;
  const char *id = c->control ? c->control : control;
  zd_status want;

  zd_error_clear(&err);
  if(!c->snapshot || !c->expect) {
    why = zd_strdup("a case needs 'snapshot:' and 'expect:'");
    goto done;
  }
  if(zd_status_parse(c->expect, &want)) {
    why = zd_asprintf("unknown status '%s'", c->expect);
    goto done;
  }
  if(zd_time_parse(c->now ? c->now : DEFAULT_NOW, &now)) {
    why = zd_strdup("bad 'now:' time");
    goto done;
  }
  frag = load_value(c->snapshot, path, &err);
  if(!frag || !json_is_object(frag)) {
    why = zd_asprintf("snapshot: %s", frag ? "must be an object" : err.msg);
    goto done;
  }
  if(c->params && !(params = load_value(c->params, path, &err))) {
    why = zd_asprintf("params: %s", err.msg);
    goto done;
  }
  if(!params)
    params = json_object();
  if(zd_engine_set_params(e, params, &err)) {
    why = zd_asprintf("params: %s", err.msg);
    goto done;
  }
  snap = build_snapshot(frag, now);
  if(zd_engine_run_one(e, snap, id, &res, &err)) {
    why = zd_asprintf("%s: %s", id, err.msg);
    goto done;
  }
  r = zd_results_find(&res, id);
  ev = json_dumps(r->evidence, JSON_COMPACT);
  if(r->status != want)
    why = zd_asprintf("expected %s, got %s: %s", c->expect,
                      zd_status_name(r->status), r->details);
  for(int i = 0; !why && i < c->nevidence; i++)
    if(!strstr(ev, c->evidence[i]))
      why = zd_asprintf("evidence lacks '%s': %s", c->evidence[i], ev);
  for(int i = 0; !why && i < c->ndetails; i++)
    if(!strstr(r->details, c->details[i]))
      why = zd_asprintf("details lack '%s': %s", c->details[i], r->details);
  for(int i = 0; !why && i < c->nabsent; i++)
    if(strstr(ev, c->absent[i]) || strstr(r->details, c->absent[i]))
      why = zd_asprintf("'%s' must not appear in the result", c->absent[i]);
  ok = !why;
  if(ok && verbose)
    fprintf(out, "    %s: %s\n", zd_status_name(r->status), r->details);
done:
  fprintf(out, "%s %s:%d %s: %s%s%s\n", ok ? "ok  " : "FAIL", path, c->line,
          id, c->name ? c->name : "(unnamed)", why ? " — " : "",
          why ? why : "");
  json_decref(params);
  json_decref(frag);
  free(ev);
  free(why);
  zd_results_free(&res);
  zd_snapshot_free(snap);
  return ok;
}

static int add_check(char **list, int *n, const char *v)
{
  if(*n >= MAX_CHECKS)
    return -1;
  list[(*n)++] = zd_strdup(v);
  return 0;
}

zd_code zd_ctest_run_file(struct zd_engine *e, const char *path, FILE *out,
                          int verbose, int *passed, int *failed,
                          struct zd_error *err)
{
  char *data, *line, *next, *copy, *base, *dot;
  size_t len;
  int lineno = 0, incase = 0;
  struct tcase c;
  zd_code rc = zd_read_file(path, ZD_MAX_CONFIG_FILE, &data, &len, err);
  if(rc)
    return rc;
  copy = zd_strdup(path);
  base = zd_strdup(basename(copy));
  dot = strstr(base, ".test");
  if(dot)
    *dot = '\0';
  memset(&c, 0, sizeof(c));
  for(line = data; line; line = next) {
    char *colon, *value, *key;
    next = strchr(line, '\n');
    if(next)
      *next++ = '\0';
    lineno++;
    while(*line == ' ' || *line == '\t')
      line++;
    if(*line == '#')
      continue;
    if(!*line || *line == '\r') {
      if(incase) {
        (run_case(e, path, base, &c, out, verbose) ? (*passed)++
                                                   : (*failed)++);
        case_free(&c);
        incase = 0;
      }
      continue;
    }
    colon = strchr(line, ':');
    if(!colon) {
      rc = zd_error_set(err, ZD_ERR_PARSE, path, lineno,
                        "expected 'key: value'");
      break;
    }
    *colon = '\0';
    key = line;
    value = colon + 1;
    while(*value == ' ' || *value == '\t')
      value++;
    for(char *t = value + strlen(value); t > value && (t[-1] == ' ' ||
        t[-1] == '\r'); t--)
      t[-1] = '\0';
    if(!incase) {
      incase = 1;
      c.line = lineno;
    }
#define SET(field) do { free(c.field); c.field = zd_strdup(value); } while(0)
    if(!strcmp(key, "case"))
      SET(name);
    else if(!strcmp(key, "control"))
      SET(control);
    else if(!strcmp(key, "snapshot"))
      SET(snapshot);
    else if(!strcmp(key, "params"))
      SET(params);
    else if(!strcmp(key, "now"))
      SET(now);
    else if(!strcmp(key, "expect"))
      SET(expect);
    else {
      int added = -2;   /* -2 unknown key, -1 too many checks */
      if(!strcmp(key, "evidence"))
        added = add_check(c.evidence, &c.nevidence, value);
      else if(!strcmp(key, "details"))
        added = add_check(c.details, &c.ndetails, value);
      else if(!strcmp(key, "absent"))
        added = add_check(c.absent, &c.nabsent, value);
      if(added) {
        rc = zd_error_set(err, ZD_ERR_PARSE, path, lineno, added == -2
                          ? "unknown key '%s'" : "too many '%s' checks", key);
        break;
      }
    }
#undef SET
  }
  if(!rc && incase)
    (run_case(e, path, base, &c, out, verbose) ? (*passed)++ : (*failed)++);
  case_free(&c);
  free(base);
  free(copy);
  free(data);
  return rc;
}

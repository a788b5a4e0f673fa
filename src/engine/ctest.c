/* SPDX-License-Identifier: MIT
 * ctest.c — runs the data-driven control tests (see ctest.h). A case is a
 * few "key: value" lines; blank lines separate cases, '#' comments. */
#include "engine/ctest.h"
#include "core/alloc.h"
#include "core/buf.h"
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
  char *attest[MAX_CHECKS], *except[MAX_CHECKS], *excepted[MAX_CHECKS];
  int nevidence, ndetails, nabsent, nattest, nexcept, nexcepted;
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
  for(int i = 0; i < c->nattest; i++)
    free(c->attest[i]);
  for(int i = 0; i < c->nexcept; i++)
    free(c->except[i]);
  for(int i = 0; i < c->nexcepted; i++)
    free(c->excepted[i]);
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

/* Appends one `attest:` / `exception:` line as a YAML entry: "ID" then
 * key=value words over the defaults (a record valid from 2026-01-01
 * through 2099-12-31); a key naming an object kind (users=1,a@b.example)
 * makes the exception scoped to those objects. */
static int record_yaml(struct zd_buf *y, const char *spec, int att)
{
  static const char *const akeys[] = {"statement", "owner", "date",
                                      "expires", "evidence", NULL};
  static const char *const xkeys[] = {"justification", "owner",
                                      "approved_on", "expires", "basis",
                                      NULL};
  const char *const *keys = att ? akeys : xkeys;
  const char *defs[] = {att ? "test attestation" : "test exception",
                        "test owner", "2026-01-01", "2099-12-31", NULL};
  char *copy = zd_strdup(spec), *save = NULL, *w;
  const char *vals[5] = {NULL, NULL, NULL, NULL, NULL};
  struct zd_buf scope;
  int rc = 0;
  zd_buf_init(&scope, 4096);
  w = strtok_r(copy, " \t", &save);
  if(!w || strpbrk(spec, "\"\\")) {
    free(copy);
    zd_buf_free(&scope);
    return -1;
  }
  zd_buf_printf(y, "  - control: \"%s\"\n", w);
  while(!rc && (w = strtok_r(NULL, " \t", &save))) {
    char *eq = strchr(w, '=');
    size_t k;
    if(!eq) {
      rc = -1;
      break;
    }
    *eq++ = '\0';
    for(k = 0; keys[k] && strcmp(keys[k], w); k++)
      ;
    if(keys[k]) {
      vals[k] = eq;
      continue;
    }
    for(k = 0; !att && zd_config_object_kinds[k] &&
        strcmp(zd_config_object_kinds[k], w); k++)
      ;
    if(att || !zd_config_object_kinds[k]) {
      rc = -1;
      break;
    }
    zd_buf_printf(&scope, "      %s: [", w);
    for(char *o = strtok(eq, ","), *sep = ""; o; o = strtok(NULL, ","),
        sep = ", ")
      zd_buf_printf(&scope, "%s\"%s\"", sep, o);
    zd_buf_adds(&scope, "]\n");
  }
  for(size_t k = 0; !rc && keys[k]; k++) {
    const char *v = vals[k] ? vals[k] : defs[k];
    if(v)
      zd_buf_printf(y, "    %s: \"%s\"\n", keys[k], v);
  }
  if(!rc && scope.len)
    zd_buf_printf(y, "    objects:\n%s", zd_buf_str(&scope));
  zd_buf_free(&scope);
  free(copy);
  return rc;
}

/* The case's attestations and exceptions as a config, read as
 * zdaudit.yaml would be. */
static zd_code case_config(struct zd_engine *e, const char *path,
                           const struct tcase *c, struct zd_config **out,
                           struct zd_error *err)
{
  struct zd_config_rules rules;
  struct zd_buf y;
  zd_code rc = ZD_OK;
  *out = NULL;
  if(!c->nattest && !c->nexcept)
    return ZD_OK;
  zd_buf_init(&y, ZD_MAX_CONFIG_FILE);
  for(int k = 0; k < 2 && !rc; k++) {
    int n = k ? c->nexcept : c->nattest;
    if(n)
      zd_buf_adds(&y, k ? "exceptions:\n" : "attestations:\n");
    for(int i = 0; i < n && !rc; i++)
      if(record_yaml(&y, k ? c->except[i] : c->attest[i], !k))
        rc = zd_error_set(err, ZD_ERR_PARSE, path, c->line, "bad '%s: %s' "
                          "(ID then key=value words)",
                          k ? "exception" : "attest",
                          k ? c->except[i] : c->attest[i]);
  }
  zd_engine_config_rules(e, &rules);
  if(!rc)
    rc = zd_config_parse(path, zd_buf_str(&y), y.len, &rules, out, err);
  zd_buf_free(&y);
  return rc;
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
  struct zd_config *cfg = NULL;
  struct zd_result *r;
  time_t now;
  char *ev = NULL, *xo = NULL, *why = NULL;
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
  if(case_config(e, path, c, &cfg, &err) ||
     zd_engine_use_config(e, cfg, now, &err)) {
    why = zd_asprintf("attest/exception: %s", err.msg);
    goto done;
  }
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
  xo = r->excepted ? json_dumps(r->excepted, JSON_COMPACT) : zd_strdup("[]");
  for(int i = 0; !why && i < c->nexcepted; i++)
    if(!strstr(xo, c->excepted[i]))
      why = zd_asprintf("excepted objects lack '%s': %s", c->excepted[i],
                        xo);
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
  zd_engine_use_config(e, NULL, 0, &err);
  zd_config_free(cfg);
  json_decref(params);
  json_decref(frag);
  free(ev);
  free(xo);
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
      else if(!strcmp(key, "attest"))
        added = add_check(c.attest, &c.nattest, value);
      else if(!strcmp(key, "exception"))
        added = add_check(c.except, &c.nexcept, value);
      else if(!strcmp(key, "excepted"))
        added = add_check(c.excepted, &c.nexcepted, value);
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

/* SPDX-License-Identifier: MIT
 * evaluate.c — runs controls against a snapshot. The engine, not the
 * control, enforces the rules that make a result trustworthy: required
 * endpoints that were not collected make it `error` (or `manual` when
 * skipped) without running it; a raise, a malformed result or a blown
 * budget makes it `error`; a `pass` read from a list with non-object
 * items (or a single-object body whose envelope is not an object) becomes
 * `error`, one read from a truncated list `manual`; statuses only attestations and exceptions may set are refused
 * from a check, and those are applied here as each control is decided
 * (attest.c). */
#include "engine/engine_int.h"
#include "engine/lua_bridge.h"
#include "core/alloc.h"
#include "core/buf.h"
#include "core/jdoc.h"
#include "core/limits.h"
#include "core/msgs.h"

#include <lauxlib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

size_t zd_engine_index(const struct zd_engine *e, const char *id)
{
  for(size_t i = 0; i < e->ncontrols; i++)
    if(!strcmp(e->controls[i].id, id))
      return i;
  return (size_t)-1;
}

static void set_result(struct zd_result *r, zd_status status,
                       const char *details, json_t *evidence)
{
  r->status = status;
  free(r->details);
  r->details = zd_strdup(details ? details : "");
  json_decref(r->evidence);
  r->evidence = evidence ? evidence : json_array();
}

/* Checks the endpoints the control requires. Returns 1 and sets the
 * result when the control must not run. */
static int requirements_unmet(struct zd_engine *e, const struct zd_control *c,
                              struct zd_result *r)
{
  json_t *req = json_object_get(c->meta, "requires");
  struct zd_buf why;
  json_t *ev = json_array();
  int errors = 0, skipped = 0;
  size_t i;
  json_t *k;
  zd_buf_init(&why, 8192);
  json_array_foreach(req, i, k) {
    struct zd_ep_state st;
    char reason[512];
    const char *key = json_string_value(k);
    zd_snapshot_state(e->snap, key, &st);
    if(st.outcome == ZD_EP_OK)
      continue;
    zd_ep_state_reason(key, &st, reason, sizeof(reason));
    zd_buf_printf(&why, "%s%s", zd_buf_str(&why)[0] ? "; " : "", reason);
    json_array_append_new(ev, json_pack("{s:s, s:i, s:s}", "endpoint", key,
                                        "http_status", st.http_status,
                                        "outcome",
                                        zd_ep_outcome_name(st.outcome)));
    if(st.outcome == ZD_EP_SKIPPED)
      skipped++;
    else
      errors++;
  }
  if(!errors && !skipped) {
    json_decref(ev);
    zd_buf_free(&why);
    return 0;
  }
  if(errors) {
    zd_buf_adds(&why, ". Not assessed: the data needed was not collected.");
    set_result(r, ZD_STATUS_ERROR, zd_buf_str(&why), ev);
  }
  else {
    const char *q = json_string_value(json_object_get(c->meta, "question"));
    zd_buf_printf(&why, ". A person must check this%s%s", q ? ": " : ".",
                  q ? q : "");
    set_result(r, ZD_STATUS_MANUAL, zd_buf_str(&why), ev);
  }
  zd_buf_free(&why);
  return 1;
}

/* The first endpoint 'c' requires or uses of which 'why' has something
 * to say (a new string, or NULL for nothing): that string, with '*key'
 * set to the endpoint; NULL when no endpoint gives one. */
static char *first_reason(struct zd_engine *e, const struct zd_control *c,
                          char *(*why)(struct zd_engine *, const char *),
                          const char **key)
{
  static const char *const lists[] = {"requires", "uses"};
  for(int l = 0; l < 2; l++) {
    size_t i;
    json_t *k;
    json_array_foreach(json_object_get(c->meta, lists[l]), i, k) {
      char *d = why(e, json_string_value(k));
      if(d) {
        *key = json_string_value(k);
        return d;
      }
    }
  }
  return NULL;
}

/* "the list 'users' was truncated at N items" when it was. */
static char *truncated_why(struct zd_engine *e, const char *key)
{
  struct zd_ep_state st;
  zd_snapshot_state(e->snap, key, &st);
  if(st.outcome != ZD_EP_OK || !st.truncated)
    return NULL;
  return zd_asprintf("the list '%s' was truncated at %ld items when "
                     "collected", key, st.items);
}

/* A `pass` or `not_applicable` is only as good as the lists it read: if
 * any was truncated, what was not read could change the answer, so it
 * becomes `manual`. */
static void downgrade_if_truncated(struct zd_engine *e,
                                   const struct zd_control *c,
                                   struct zd_result *r)
{
  const char *key;
  char *why, *d;
  if(r->status != ZD_STATUS_PASS && r->status != ZD_STATUS_NA)
    return;
  if(!(why = first_reason(e, c, truncated_why, &key)))
    return;
  d = zd_asprintf("%s Not verified in full: %s.", r->details, why);
  free(why);
  r->status = ZD_STATUS_MANUAL;
  free(r->details);
  r->details = d;
}

static const char *jkind(zd_jtype t)
{
  switch(t) {
  case ZD_J_OBJECT: return "an object";
  case ZD_J_ARRAY: return "an array";
  case ZD_J_STRING: return "a string";
  case ZD_J_INT:
  case ZD_J_REAL: return "a number";
  case ZD_J_TRUE:
  case ZD_J_FALSE: return "a boolean";
  default: return "null";
  }
}

/* What makes endpoint 'key' unusable (a new string), or NULL: an item of
 * its list that is not an object, no list at all, or a single-object
 * body whose envelope member is not an object. Reads the endpoint's
 * document (zd_snapshot_doc), so a large list is not copied. */
static char *malformed_why(struct zd_engine *e, const char *key)
{
  const struct zd_endpoint_def *def = zd_endpoint_find(key);
  const struct zd_jdoc *doc;
  if(!def || !(doc = zd_snapshot_doc(e->snap, key)))
    return NULL;
  if(!def->list) {
    /* a single object comes in an envelope: {"settings": {…}} */
    for(size_t j = 0; j < zd_jdoc_count(doc, 0); j++) {
      const char *name;
      size_t nlen;
      zd_jref v = zd_jdoc_member(doc, 0, j, &name, &nlen);
      if(zd_jdoc_type(doc, v) != ZD_J_OBJECT)
        return zd_asprintf("Not decided: '%.*s' in the '%s' body is %s, "
                           "not an object (malformed response).", (int)nlen,
                           name, key, jkind(zd_jdoc_type(doc, v)));
    }
    return NULL;
  }
  zd_jref list = zd_jdoc_get(doc, 0, def->list, strlen(def->list));
  if(zd_jdoc_type(doc, list) != ZD_J_ARRAY)
    return zd_asprintf("Not decided: the '%s' body has no '%s' list "
                       "(malformed response).", key, def->list);
  for(size_t j = 0; j < zd_jdoc_count(doc, list); j++) {
    zd_jtype t = zd_jdoc_type(doc, zd_jdoc_at(doc, list, j));
    if(t != ZD_J_OBJECT)
      return zd_asprintf("Not decided: item %zu of the '%s' list is %s, "
                         "not an object (malformed response).", j + 1, key,
                         jkind(t));
  }
  return NULL;
}

/* A `pass` or `not_applicable` is never read from unusable data: if a list
 * the control requires or uses holds an item that is not an object (or the
 * body has no list at all, or a single-object body's envelope is not an
 * object), the result becomes `error`, whatever the check made of it. The
 * collector marks such endpoints malformed; this covers snapshots it did
 * not write (older versions, hand-edited files). */
static void refuse_if_malformed(struct zd_engine *e, const struct zd_control *c,
                                struct zd_result *r)
{
  const char *key;
  char *d;
  if(r->status != ZD_STATUS_PASS && r->status != ZD_STATUS_NA)
    return;
  if(!(d = first_reason(e, c, malformed_why, &key)))
    return;
  set_result(r, ZD_STATUS_ERROR, d,
             json_pack("[{s:s, s:s}]", "endpoint", key, "note",
                       "malformed response"));
  free(d);
}

static void push_ctx(struct zd_engine *e, const struct zd_control *c)
{
  lua_State *L = e->L;
  lua_createtable(L, 0, 4);
  lua_pushinteger(L, (lua_Integer)zd_snapshot_collected_at(e->snap));
  lua_setfield(L, -2, "now");
  lua_rawgeti(L, LUA_REGISTRYINDEX, e->params_ref);
  lua_setfield(L, -2, "params");
  lua_pushstring(L, c->id);
  lua_setfield(L, -2, "id");
  lua_pushstring(L, zd_snapshot_subdomain(e->snap));
  lua_setfield(L, -2, "subdomain");
}

/* The first line of a Lua error, for the report; the traceback goes to
 * the verbose log only. */
static char *first_line(const char *msg)
{
  const char *nl = strchr(msg, '\n');
  return zd_strndup(msg, nl ? (size_t)(nl - msg) : strlen(msg));
}

/* Converts the value at the top of the stack to JSON in protected mode
 * (a memory error must not panic the process). */
struct to_json_slot {
  json_t *ev;
  size_t total;   /* items of the evidence sequence, converted or not */
};

static int l_to_json(lua_State *L)
{
  struct to_json_slot *slot = lua_touserdata(L, 1);
  slot->ev = zd_lua_to_json_capped(L, 2, ZD_MAX_EVIDENCE_ITEMS, &slot->total);
  return 0;
}

/* The evidence at 'idx' as JSON, at most ZD_MAX_EVIDENCE_ITEMS of a list
 * converted; '*total' is the list's length (0 when it is not a list). */
static json_t *evidence_json(lua_State *L, int idx, size_t *total)
{
  struct to_json_slot slot = {NULL, 0};
  json_t *ev;
  idx = lua_absindex(L, idx);
  *total = 0;
  lua_pushcfunction(L, l_to_json);
  lua_pushlightuserdata(L, &slot);
  lua_pushvalue(L, idx);
  if(lua_pcall(L, 2, 0, 0) != LUA_OK) {
    lua_pop(L, 1);
    json_decref(slot.ev);
    return NULL;
  }
  ev = slot.ev;
  *total = slot.total;
  return ev;
}

static int rawfield(lua_State *L, int idx, const char *key)
{
  lua_pushstring(L, key);
  return lua_rawget(L, idx);
}

/* Reads the table returned by check() into 'r'. */
static void take_result(struct zd_engine *e, const struct zd_control *c,
                        int idx, struct zd_result *r)
{
  lua_State *L = e->L;
  zd_status st;
  json_t *ev;
  const char *word, *details;
  size_t total = 0;
  idx = lua_absindex(L, idx);
  if(!lua_istable(L, idx)) {
    set_result(r, ZD_STATUS_ERROR, "check() returned no result (expected "
               "zd.pass/fail/manual/na/error)", NULL);
    return;
  }
  rawfield(L, idx, "status");
  rawfield(L, idx, "details");
  rawfield(L, idx, "evidence");
  word = lua_type(L, -3) == LUA_TSTRING ? lua_tostring(L, -3) : NULL;
  details = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
  if(!word || zd_status_parse(word, &st) || st == ZD_STATUS_ATTESTED ||
     st == ZD_STATUS_ACCEPTED) {
    set_result(r, ZD_STATUS_ERROR, "check() returned an invalid status",
               NULL);
    lua_pop(L, 3);
    return;
  }
  ev = lua_istable(L, -1) ? evidence_json(L, -1, &total) : json_array();
  if(!ev) {
    set_result(r, ZD_STATUS_ERROR, "check() returned evidence that could "
               "not be converted", NULL);
    lua_pop(L, 3);
    return;
  }
  if(!json_is_array(ev)) {
    json_t *one = json_array();
    if(json_object_size(ev))
      json_array_append(one, ev);
    json_decref(ev);
    ev = one;
  }
  if(total < json_array_size(ev))
    total = json_array_size(ev);
  if(total > ZD_MAX_EVIDENCE_ITEMS) {
    /* only the first items were converted (evidence_json) */
    size_t more = total - ZD_MAX_EVIDENCE_ITEMS;
    if(json_array_size(ev) > ZD_MAX_EVIDENCE_ITEMS) {
      /* one pass: removing from the end one by one is quadratic */
      json_t *cut = json_array();
      for(size_t k = 0; k < ZD_MAX_EVIDENCE_ITEMS; k++)
        json_array_append(cut, json_array_get(ev, k));
      json_decref(ev);
      ev = cut;
    }
    json_array_append_new(ev, json_pack("{s:o}", "note",
                                        json_sprintf("… and %zu more", more)));
  }
  if(!*details && st != ZD_STATUS_PASS)
    details = json_string_value(json_object_get(c->meta, "question"));
  set_result(r, st, details, ev);
  lua_pop(L, 3);
}

static void run_check(struct zd_engine *e, const struct zd_control *c,
                      struct zd_result *r)
{
  lua_State *L = e->L;
  int top = lua_gettop(L), rc;
  long saved_budget = e->budget_left;
  int nested = lua_gethook(L) != NULL, saved_killing = e->killing;
  lua_pushcfunction(L, zd_sandbox_traceback);
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->check_ref);
  lua_rawgeti(L, LUA_REGISTRYINDEX, e->snap_ref);
  push_ctx(e, c);
  zd_sandbox_budget_start(e);
  rc = lua_pcall(L, 2, 1, top + 1);
  zd_sandbox_budget_stop(e);
  if(nested) {   /* back into the check that called zd.result() */
    zd_sandbox_budget_start(e);
    e->budget_left = saved_budget;
    e->killing = saved_killing;
  }
  if(rc != LUA_OK) {
    const char *msg = lua_tostring(L, -1);
    char *line = first_line(msg ? msg : "unknown error");
    char *d = zd_asprintf("The check raised an error, so nothing was "
                          "decided: %s", line);
    zd_verbosef(1, "%s: %s", c->id, msg ? msg : "");
    set_result(r, ZD_STATUS_ERROR, d, NULL);
    free(d);
    free(line);
  }
  else
    take_result(e, c, -1, r);
  lua_settop(L, top);
  lua_gc(L, LUA_GCSTEP, 0);
}

/* CPU time of the process so far, in milliseconds (-vv shows each
 * check's). */
static double cpu_ms(void)
{
  struct timespec t;
  if(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t))
    return 0;
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

void zd_evaluate(struct zd_engine *e, size_t i)
{
  const struct zd_control *c = &e->controls[i];
  struct zd_result *r = &e->results->items[i];
  const char *same = json_string_value(json_object_get(c->meta, "same_as"));
  if(e->state[i] != ZD_EVAL_TODO)
    return;
  e->state[i] = ZD_EVAL_RUNNING;
  r->control = c;
  if(same) {
    size_t j = zd_engine_index(e, same);
    if(e->state[j] == ZD_EVAL_RUNNING)
      set_result(r, ZD_STATUS_ERROR, "same_as forms a cycle", NULL);
    else {
      char *d;
      zd_evaluate(e, j);
      d = zd_asprintf("Same requirement as %s, reported with it: %s", same,
                      e->results->items[j].details);
      set_result(r, e->results->items[j].status, d,
                 json_deep_copy(e->results->items[j].evidence));
      free(d);
      /* its records are the mirrored control's, applied there */
      r->attestation = json_deep_copy(e->results->items[j].attestation);
      r->exception = json_deep_copy(e->results->items[j].exception);
      r->annotations = json_deep_copy(e->results->items[j].annotations);
    }
  }
  else if(requirements_unmet(e, c, r))
    ;
  else if(c->check_ref == LUA_NOREF)
    set_result(r, ZD_STATUS_MANUAL,
               json_string_value(json_object_get(c->meta, "question")), NULL);
  else {
    size_t outer = e->running;
    double t0 = zd_msgs.verbose >= 2 ? cpu_ms() : 0;
    e->running = i;
    run_check(e, c, r);
    e->running = outer;
    if(zd_msgs.verbose >= 2)   /* the controls it asked zd.result of too */
      zd_verbosef(2, "%s: %.1f ms of CPU", c->id, cpu_ms() - t0);
    refuse_if_malformed(e, c, r);
    downgrade_if_truncated(e, c, r);
    zd_engine_settle_scope(r);
  }
  if(!same)
    zd_engine_apply_records(e, e->config, r, e->config_now);
  e->state[i] = ZD_EVAL_DONE;
}

zd_code zd_run_begin(struct zd_engine *e, const struct zd_snapshot *snap,
                     struct zd_results *out, struct zd_error *err)
{
  lua_State *L = e->L;
  json_t *eps = json_object_get(zd_snapshot_manifest(snap), "endpoints");
  const char *key;
  json_t *st;
  (void)err;
  out->n = e->ncontrols;
  out->items = zd_calloc(e->ncontrols, sizeof(*out->items));
  for(size_t i = 0; i < e->ncontrols; i++) {
    out->items[i].control = &e->controls[i];
    out->items[i].details = zd_strdup("");
    out->items[i].evidence = json_array();
  }
  e->state = zd_calloc(e->ncontrols, 1);
  e->running = SIZE_MAX;
  e->results = out;
  e->snap = snap;
  lua_newtable(L);
  json_object_foreach(eps, key, st) {
    struct zd_jdoc *data = zd_snapshot_doc(snap, key);
    (void)st;
    if(data) {
      zd_lua_push_jdoc(L, data, 0);
      lua_setfield(L, -2, key);
    }
  }
  zd_sandbox_push_readonly(L, -1);
  lua_remove(L, -2);
  e->snap_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_newtable(L);
  e->shared_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return ZD_OK;
}

void zd_run_end(struct zd_engine *e)
{
  luaL_unref(e->L, LUA_REGISTRYINDEX, e->snap_ref);
  e->snap_ref = LUA_NOREF;
  luaL_unref(e->L, LUA_REGISTRYINDEX, e->shared_ref);
  e->shared_ref = LUA_NOREF;
  free(e->state);
  e->state = NULL;
  e->results = NULL;
  e->snap = NULL;
  lua_gc(e->L, LUA_GCCOLLECT);
}

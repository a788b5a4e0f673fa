/* SPDX-License-Identifier: MIT
 * attest.c — attestations and exceptions inside evaluation. The config
 * hands over plain records; here they are checked against the controls
 * (ids, exception basis) and applied to each control's result the moment
 * it is evaluated, so zd.result() and same_as mirrors see final statuses.
 * The rules (docs/config.md): manual + valid attestation -> attested;
 * fail (or manual without one) + valid exception -> accepted; error stays
 * error; an attestation never turns fail into anything else. */
#include "engine/engine_int.h"
#include "engine/lua_bridge.h"
#include "scan/scan.h"
#include "core/alloc.h"
#include "core/buf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The control a record speaks for: a mirror's records count for the
 * control it mirrors (ZD.MSG.11 -> ZD.ADDON.1), so both report alike. */
static const struct zd_control *canonical(const struct zd_engine *e,
                                          const char *id)
{
  const struct zd_control *c = zd_engine_find(e, id);
  const char *same;
  for(int hops = 0; c && hops < 8; hops++) {
    same = json_string_value(json_object_get(c->meta, "same_as"));
    if(!same || !zd_engine_find(e, same))
      break;
    c = zd_engine_find(e, same);
  }
  return c;
}

static zd_code check_record(const struct zd_engine *e, const char *path,
                            const struct zd_record *r, struct zd_error *err)
{
  const struct zd_control *c = canonical(e, r->control);
  const char *xtype;
  if(!c)
    return zd_error_set(err, ZD_ERR_NOTFOUND, path, r->control_line,
                        "unknown control '%.60s' (see zdaudit controls)",
                        r->control);
  if(r->kind != ZD_REC_EXCEPTION)
    return ZD_OK;
  xtype = json_string_value(json_object_get(c->meta, "exception"));
  if(xtype && !strcmp(xtype, "n/a"))
    return zd_error_set(err, ZD_ERR_INVALID, path, r->line, "%s is an "
                        "acknowledgement with nothing to except; remove "
                        "this exception", r->control);
  if(r->basis && !strcmp(r->basis, "alternative") &&
     (!xtype || strcmp(xtype, "explicit")))
    return zd_error_set(err, ZD_ERR_INVALID, path, r->basis_line, "%s has "
                        "no alternative of its own in the baseline; use "
                        "basis: deviation (ZD.GEN.3)", r->control);
  return ZD_OK;
}

static zd_code check_config(const struct zd_config *c, const void *arg,
                            struct zd_error *err)
{
  const struct zd_engine *e = arg;
  for(int k = ZD_REC_ATTESTATION; k < ZD_REC_KINDS; k++)
    for(size_t i = 0; i < zd_config_record_count(c, (enum zd_record_kind)k);
        i++) {
      zd_code rc = check_record(e, zd_config_path(c),
                                zd_config_record(c, (enum zd_record_kind)k,
                                                 i), err);
      if(rc != ZD_OK)
        return rc;
    }
  return ZD_OK;
}

void zd_engine_config_rules(const struct zd_engine *e,
                            struct zd_config_rules *out)
{
  memset(out, 0, sizeof(*out));
  out->params = e->params;
  out->check = check_config;
  out->arg = e;
}

/* scan.allow: the controls' zd.scan drops what it covers (the clinic's
 * own phone number and address in its help centre, ZD.GUIDE.1). */
static zd_code use_scan_allow(struct zd_engine *e, const struct zd_config *c,
                              struct zd_error *err)
{
  const json_t *list = zd_config_scan_allow(c);
  zd_code rc;
  zd_lua_scan_allow(NULL);
  zd_scan_allow_free(e->scan_allow);
  e->scan_allow = NULL;
  if(!json_array_size(list))
    return ZD_OK;
  rc = zd_scan_allow_add_json(&e->scan_allow, list, zd_config_path(c), err);
  if(rc) {
    zd_scan_allow_free(e->scan_allow);
    e->scan_allow = NULL;
    return rc;
  }
  zd_lua_scan_allow(e->scan_allow);
  return ZD_OK;
}

zd_code zd_engine_use_config(struct zd_engine *e, const struct zd_config *c,
                             time_t now, struct zd_error *err)
{
  zd_code rc;
  if(c && (rc = check_config(c, e, err)) != ZD_OK)
    return rc;
  if((rc = zd_engine_set_params(e, c ? zd_config_params(c) : NULL, err)))
    return rc;
  if((rc = use_scan_allow(e, c, err)))
    return rc;
  e->config = c;
  e->config_now = now;
  return ZD_OK;
}

/* The record of 'kind' that speaks for control 'ctl' as of 'now': the
 * most recent valid one, else the one that expired last; NULL when there
 * is none. Scoped exceptions (naming objects) are not whole-control ones
 * and are left out here. */
static const struct zd_record *pick(const struct zd_engine *e,
                                    const struct zd_config *cfg,
                                    enum zd_record_kind kind,
                                    const struct zd_control *ctl, time_t now)
{
  const struct zd_record *valid = NULL, *expired = NULL;
  for(size_t i = 0; i < zd_config_record_count(cfg, kind); i++) {
    const struct zd_record *r = zd_config_record(cfg, kind, i);
    if(r->objects || canonical(e, r->control) != ctl)
      continue;
    if(now < r->until) {
      if(!valid || r->start > valid->start ||
         (r->start == valid->start && r->until > valid->until))
        valid = r;
    }
    else if(!expired || r->until > expired->until)
      expired = r;
  }
  return valid ? valid : expired;
}

/* The record as the results document shows it (docs/results.md). */
json_t *zd_record_shown(const struct zd_control *ctl,
                        const struct zd_record *rec, time_t now, int applied)
{
  json_t *j = json_deep_copy(rec->json);
  const char *xtype = json_string_value(json_object_get(ctl->meta,
                                                        "exception"));
  if(rec->kind == ZD_REC_EXCEPTION && !json_object_get(j, "basis"))
    json_object_set_new(j, "basis", json_string(
      xtype && !strcmp(xtype, "explicit") ? "alternative" : "deviation"));
  json_object_set_new(j, "expired", json_boolean(now >= rec->until));
  json_object_set_new(j, "applied", json_boolean(applied));
  return j;
}

void zd_engine_apply_records(const struct zd_engine *e,
                             const struct zd_config *cfg,
                             struct zd_result *res, time_t now)
{
  const struct zd_control *ctl = res->control;
  const struct zd_record *a, *x;
  int a_ok, x_ok, a_use = 0, x_use = 0;
  if(!cfg || !ctl)
    return;
  ctl = canonical(e, ctl->id);
  a = pick(e, cfg, ZD_REC_ATTESTATION, ctl, now);
  x = pick(e, cfg, ZD_REC_EXCEPTION, ctl, now);
  a_ok = a && now < a->until;
  x_ok = x && now < x->until;
  if(res->status == ZD_STATUS_MANUAL && a_ok) {
    res->status = ZD_STATUS_ATTESTED;
    a_use = 1;
  }
  else if((res->status == ZD_STATUS_FAIL ||
           res->status == ZD_STATUS_MANUAL) && x_ok) {
    res->status = ZD_STATUS_ACCEPTED;
    x_use = 1;
  }
  if(a) {
    json_decref(res->attestation);
    res->attestation = zd_record_shown(ctl, a, now, a_use);
  }
  if(x) {
    json_decref(res->exception);
    res->exception = zd_record_shown(ctl, x, now, x_use);
  }
  /* annotations: shown beside the result, never changing it */
  for(size_t i = 0; i < zd_config_record_count(cfg, ZD_REC_ANNOTATION); i++) {
    const struct zd_record *n = zd_config_record(cfg, ZD_REC_ANNOTATION, i);
    if(canonical(e, n->control) != ctl)
      continue;
    if(!res->annotations)
      res->annotations = json_array();
    json_array_append_new(res->annotations, json_deep_copy(n->json));
  }
}

/* ---- scoped exceptions ------------------------------------------------ */

/* True when the config value 'v' names the object known by 'ids': its id
 * exactly, or (users, OAuth clients) its e-mail / identifier in any case. */
static int names(const char *v, const char *const *ids, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(ids[i] && *ids[i] && (i ? !strcasecmp(v, ids[i]) : !strcmp(v, ids[i])))
      return 1;
  return 0;
}

/* The listed entry for (kind, id) on 'r', or NULL. */
static json_t *listed(const struct zd_result *r, const char *kind,
                      const char *id)
{
  size_t i;
  json_t *o;
  json_array_foreach(r->excepted, i, o)
    if(!strcmp(json_string_value(json_object_get(o, "kind")), kind) &&
       !strcmp(json_string_value(json_object_get(o, "id")), id))
      return o;
  return NULL;
}

int zd_engine_excepted(struct zd_engine *e, const char *kind,
                       const char *const *ids, size_t n)
{
  const struct zd_control *ctl;
  const struct zd_record *best = NULL;
  const char *matched = NULL;
  struct zd_result *r;
  json_t *entry;
  if(!e->config || !e->results || e->running >= e->ncontrols || !n ||
     !ids[0] || !*ids[0])
    return 0;
  r = &e->results->items[e->running];
  ctl = canonical(e, e->controls[e->running].id);
  for(size_t i = 0; i < zd_config_record_count(e->config, ZD_REC_EXCEPTION);
      i++) {
    const struct zd_record *rec = zd_config_record(e->config,
                                                   ZD_REC_EXCEPTION, i);
    json_t *list = json_object_get(rec->objects, kind), *v;
    size_t k;
    if(!list || canonical(e, rec->control) != ctl)
      continue;
    json_array_foreach(list, k, v) {
      if(!names(json_string_value(v), ids, n))
        continue;
      /* a valid one wins over an expired one; among valid, the latest */
      if(!best || (e->config_now < rec->until &&
                   (e->config_now >= best->until ||
                    rec->start > best->start))) {
        best = rec;
        matched = json_string_value(v);
      }
    }
  }
  if(!best)
    return 0;
  if(!r->excepted)
    r->excepted = json_array();
  if(!(entry = listed(r, kind, ids[0]))) {
    entry = zd_record_shown(ctl, best, e->config_now,
                            e->config_now < best->until);
    json_object_del(entry, "basis");
    json_object_set_new(entry, "kind", json_string(kind));
    json_object_set_new(entry, "id", json_string(ids[0]));
    json_object_set_new(entry, "named_as", json_string(matched));
    json_array_append_new(r->excepted, entry);
  }
  return e->config_now < best->until;
}

void zd_engine_settle_scope(struct zd_result *r)
{
  size_t i, applied = 0, expired = 0;
  struct zd_buf b;
  json_t *o;
  json_array_foreach(r->excepted, i, o) {
    if(json_is_true(json_object_get(o, "applied")))
      applied++;
    else
      expired++;
  }
  if(!applied && !expired)
    return;
  if(r->status == ZD_STATUS_PASS && applied)
    r->status = ZD_STATUS_ACCEPTED;
  zd_buf_init(&b, 1 << 20);
  zd_buf_adds(&b, r->details);
  if(applied)
    zd_buf_printf(&b, "%s%zu object(s) left out under a scoped exception "
                  "(listed with the result).", b.len ? " " : "", applied);
  if(expired)
    zd_buf_printf(&b, "%s%zu object(s) named by an expired scoped "
                  "exception were checked as usual.", b.len ? " " : "",
                  expired);
  free(r->details);
  r->details = zd_strdup(zd_buf_str(&b));
  zd_buf_free(&b);
}

/* SPDX-License-Identifier: MIT
 * report_oscal.c — NIST OSCAL 1.1 JSON: the results as "assessment-
 * results" (one observation and one finding per control, attestations as
 * relevant evidence with owner and expiry), and the catalog as an OSCAL
 * "catalog" (one group per area, one control per catalog ID). UUIDs are
 * derived from SHA-256 of stable names (RFC 4122 version-5 layout), so the
 * same results give the same document. Model: usnistgov/OSCAL
 * oscal_assessment-results and oscal_catalog (docs/evidence.md). */
#include "report/report.h"
#include "report/report_common.h"
#include "core/digest.h"

#include <stdio.h>
#include <string.h>

#define OSCAL_VERSION "1.1.2"
#define ZD_NS "urn:zdaudit:oscal"

/* A UUID (version 5 layout) from 'a' and 'b', written into 'out'. */
static const char *uuid_of(const char *a, const char *b, char out[37])
{
  unsigned char d[ZD_SHA256_LEN];
  char hex[ZD_SHA256_HEX_LEN + 1];
  struct zd_sha256 h;
  zd_sha256_init(&h);
  zd_sha256_update(&h, "zdaudit-oscal/1", 16);
  zd_sha256_update(&h, a, strlen(a) + 1);
  zd_sha256_update(&h, b, strlen(b) + 1);
  zd_sha256_final(&h, d);
  d[6] = (unsigned char)((d[6] & 0x0f) | 0x50);
  d[8] = (unsigned char)((d[8] & 0x3f) | 0x80);
  zd_hex(d, 16, hex);
  snprintf(out, 37, "%.8s-%.4s-%.4s-%.4s-%.12s", hex, hex + 8, hex + 12,
           hex + 16, hex + 20);
  return out;
}

static json_t *prop(const char *name, const char *value)
{
  return json_pack("{s:s, s:s, s:s}", "name", name, "ns", ZD_NS, "value",
                   *value ? value : "none");
}

/* "satisfied" for what needs no action, else "not-satisfied"; the reason
 * keeps zdaudit's own status apart (pass, fail, other). */
static const char *state_of(const char *status, const char **reason)
{
  if(!strcmp(status, "pass") || !strcmp(status, "attested") ||
     !strcmp(status, "accepted") || !strcmp(status, "not_applicable")) {
    *reason = !strcmp(status, "pass") ? "pass" : "other";
    return "satisfied";
  }
  *reason = !strcmp(status, "fail") ? "fail" : "other";
  return "not-satisfied";
}

/* The observation of one result: what was looked at and what it showed. */
static json_t *observation(const char *seed, const json_t *r,
                           const char *collected, char uuid[37])
{
  const json_t *att = json_object_get(r, "attestation");
  const char *status = zd_rep_str(r, "status");
  json_t *o, *ev = json_array(), *item;
  struct zd_buf b;
  size_t i;
  uuid_of(seed, zd_rep_str(r, "id"), uuid);
  zd_buf_init(&b, 1u << 20);
  json_array_foreach(json_object_get(r, "evidence"), i, item) {
    zd_buf_reset(&b);
    if(zd_rep_evidence_text(&b, item) == 0 && b.len)
      json_array_append_new(ev, json_pack("{s:s}", "description",
                                          zd_buf_str(&b)));
    else
      zd_buf_init(&b, 1u << 20);
  }
  if(json_is_object(att)) {
    json_t *e;
    zd_buf_reset(&b);
    if(zd_rep_attestation_text(&b, att, status))
      zd_buf_init(&b, 1u << 20);
    e = json_pack("{s:s, s:[o, o, o, o]}", "description",
                  b.len ? zd_buf_str(&b) : "attestation",
                  "props", prop("attestation-owner", zd_rep_str(att, "owner")),
                  prop("attestation-date", zd_rep_str(att, "date")),
                  prop("attestation-expires", zd_rep_str(att, "expires")),
                  prop("attestation-state", zd_rep_record_state(att)));
    if(*zd_rep_str(att, "evidence"))
      json_object_set_new(e, "href", json_string(zd_rep_str(att,
                                                            "evidence")));
    json_array_append_new(ev, e);
  }
  zd_buf_free(&b);
  o = json_pack("{s:s, s:s, s:s, s:[s], s:[o, o, o], s:s}",
                "uuid", uuid, "title", zd_rep_str(r, "title"),
                "description", *zd_rep_str(r, "details")
                  ? zd_rep_str(r, "details") : zd_rep_str(r, "title"),
                "methods", json_is_object(att) ? "INTERVIEW"
                  : json_is_true(json_object_get(r, "automated")) ? "TEST"
                                                                  : "EXAMINE",
                "props", prop("control", zd_rep_str(r, "id")),
                prop("status", status),
                prop("responsible", zd_rep_str(r, "responsible")),
                "collected", collected);
  if(json_array_size(ev))
    json_object_set_new(o, "relevant-evidence", ev);
  else
    json_decref(ev);
  return o;
}

zd_code zd_report_oscal(const json_t *doc, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err)
{
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  const char *gen = zd_rep_str(doc, "generated_at");
  const char *collected = zd_rep_str2(doc, "account", "collected_at");
  char seed[512], u[37], ou[37], fu[37];
  json_t *obs, *finds, *r, *top;
  size_t i;
  (void)opts;
  if(!*gen || !*collected)
    return zd_error_set(err, ZD_ERR_INVALID, NULL, 0, "OSCAL needs the "
                        "results' generated_at and account.collected_at");
  obs = json_array();
  finds = json_array();
  snprintf(seed, sizeof(seed), "%s|%s", sub, gen);
  json_array_foreach(zd_rep_results(doc), i, r) {
    const char *reason, *state = state_of(zd_rep_str(r, "status"), &reason);
    char fseed[600];
    json_array_append_new(obs, observation(seed, r, collected, ou));
    snprintf(fseed, sizeof(fseed), "%s|finding", seed);
    uuid_of(fseed, zd_rep_str(r, "id"), fu);
    json_array_append_new(finds, json_pack(
      "{s:s, s:s, s:s, s:{s:s, s:s, s:{s:s, s:s}}, s:[{s:s}], s:[o]}",
      "uuid", fu, "title", zd_rep_str(r, "title"),
      "description", *zd_rep_str(r, "details") ? zd_rep_str(r, "details")
                                               : zd_rep_str(r, "title"),
      "target", "type", "objective-id", "target-id", zd_rep_str(r, "id"),
      "status", "state", state, "reason", reason,
      "related-observations", "observation-uuid", ou,
      "props", prop("status", zd_rep_str(r, "status"))));
  }
  top = json_pack(
    "{s:{s:s, s:{s:s, s:s, s:s, s:s, s:[o]}, s:{s:s},"
    " s:[{s:s, s:s, s:s, s:s, s:s, s:{s:[{s:{}}]}, s:o, s:o}]}}",
    "assessment-results",
    "uuid", uuid_of(seed, "assessment-results", u),
    "metadata", "title", ZD_REP_TITLE, "last-modified", gen,
    "version", zd_rep_str2(doc, "tool", "version"),
    "oscal-version", OSCAL_VERSION,
    "props", prop("account", sub),
    "import-ap", "href", "#zdaudit-assessment-plan",
    "results", "uuid", uuid_of(seed, "result", ou),
    "title", zd_rep_baseline_name(doc),
    "description", "zdaudit's assessment of the Zendesk account against the "
                   "baseline: one observation and one finding per control.",
    "start", collected, "end", gen,
    "reviewed-controls", "control-selections", "include-all",
    "observations", obs, "findings", finds);
  /* advisory checks listed apart: observations only, no finding, so no
   * objective of the baseline is judged by them */
  json_array_foreach(zd_rep_advisory(doc), i, r) {
    json_t *o = observation(seed, r, collected, ou);
    json_t *t = json_string_value(json_object_get(o, "title"))
      ? json_sprintf("Advisory (outside the baseline): %s",
                     json_string_value(json_object_get(o, "title"))) : NULL;
    if(t)
      json_object_set_new(o, "title", t);
    json_array_append_new(json_object_get(o, "props"),
                          prop("advisory", "true"));
    json_array_append_new(obs, o);
  }
  if(!top)
    return zd_error_set(err, ZD_ERR_INTERNAL, NULL, 0,
                        "cannot build the OSCAL document");
  if(json_dumpf(top, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 ||
     fputc('\n', out) == EOF) {
    json_decref(top);
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  }
  json_decref(top);
  return ZD_OK;
}

static json_t *part(const char *id, const char *suffix, const char *name,
                    const char *prose)
{
  char pid[300];
  snprintf(pid, sizeof(pid), "%s_%s", id, suffix);
  return json_pack("{s:s, s:s, s:s}", "id", pid, "name", name, "prose",
                   *prose ? prose : "(none)");
}

zd_code zd_report_oscal_catalog(const json_t *catalog, const char *name,
                                const char *revision, FILE *out,
                                struct zd_error *err)
{
  json_t *groups = json_array(), *group = NULL, *c, *top;
  const char *area = NULL;
  char u[37];
  size_t i;
  json_array_foreach(json_object_get(catalog, "controls"), i, c) {
    const char *id = zd_rep_str(c, "id"), *a = zd_rep_str(c, "area");
    json_t *ctl;
    if(json_is_true(json_object_get(c, "advisory")))
      continue;   /* not part of the baseline's catalog */
    if(!area || strcmp(area, a)) {
      area = a;
      group = json_pack("{s:s, s:s, s:[]}", "id", *a ? a : "other",
                        "title", zd_rep_area_label(a), "controls");
      json_array_append_new(groups, group);
    }
    ctl = json_pack("{s:s, s:s, s:s, s:[o, o, o, o, o, o], s:[o, o, o]}",
                    "id", id, "class", zd_rep_str(c, "kind"),
                    "title", zd_rep_str(c, "title"),
                    "props", json_pack("{s:s, s:s}", "name", "label",
                                       "value", id),
                    prop("kind", zd_rep_str(c, "kind")),
                    prop("responsible", zd_rep_str(c, "responsible")),
                    prop("exception", zd_rep_str(c, "exception")),
                    prop("automation", zd_rep_str(c, "automation")),
                    prop("seed-ref", zd_rep_str(c, "seed_ref")),
                    "parts",
                    part(id, "smt", "statement", zd_rep_str(c,
                                                            "description")),
                    part(id, "evidence", "assessment-objective",
                         zd_rep_str(c, "evidence")),
                    part(id, "gdn", "guidance", zd_rep_str(c,
                                                           "remediation")));
    if(!ctl) {
      json_decref(groups);
      return zd_error_set(err, ZD_ERR_INTERNAL, id, 0,
                          "cannot build the OSCAL control");
    }
    json_array_append_new(json_object_get(group, "controls"), ctl);
  }
  top = json_pack("{s:{s:s, s:{s:s, s:s, s:s, s:s}, s:o}}", "catalog",
                  "uuid", uuid_of(name, revision, u),
                  "metadata", "title", name, "last-modified",
                  "2025-01-28T00:00:00Z", "version", revision,
                  "oscal-version", OSCAL_VERSION, "groups", groups);
  if(!top || json_dumpf(top, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 ||
     fputc('\n', out) == EOF) {
    json_decref(top);
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the catalog");
  }
  json_decref(top);
  return ZD_OK;
}

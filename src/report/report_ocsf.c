/* SPDX-License-Identifier: MIT
 * report_ocsf.c — OCSF Compliance Finding events (class_uid 2003, schema
 * 1.1.0) for security data lakes: a JSON array of one event per control
 * that is `fail` (compliance status Fail) or `error` (Warning: no result
 * for lack of information). Field names and enums follow the OCSF schema
 * (events/findings/compliance_finding.json, objects/compliance.json);
 * zdaudit's own fields ride in `unmapped`. Evidence is already masked. */
#include "report/report.h"
#include "report/report_common.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

#define OCSF_VERSION "1.1.0"

/* severity_id: 0 Unknown, 1 Informational, 2 Low, 3 Medium, 4 High,
 * 5 Critical; from the result's "severity" when it has one. */
static int severity_id(const char *sev, const char **name)
{
  static const struct { const char *word, *caption; int id; } map[] = {
    {"critical", "Critical", 5}, {"high", "High", 4}, {"medium", "Medium", 3},
    {"low", "Low", 2}, {"info", "Informational", 1},
  };
  for(size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
    if(!strcmp(sev, map[i].word)) {
      *name = map[i].caption;
      return map[i].id;
    }
  *name = "Unknown";
  return 0;
}

/* One finding; 'apart' for an advisory check listed apart (not counted):
 * Informational, whatever its severity. An advisory check never names the
 * baseline as its standard. */
static json_t *event(const json_t *doc, const json_t *r, long long ms,
                     int apart)
{
  const char *status = zd_rep_str(r, "status"), *sev_name;
  int fail = !strcmp(status, "fail");
  int sev = severity_id(zd_rep_str(r, "severity"), &sev_name);
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  json_t *e, *w = zd_report_would_pass_with(r);
  char std[512], uid[512];
  if(json_is_true(json_object_get(r, "advisory")))
    snprintf(std, sizeof(std), "zdaudit " ZD_REP_ADVISORY_TITLE);
  else
    snprintf(std, sizeof(std), "%s (%s)", zd_rep_baseline_name(doc),
             zd_rep_str2(doc, "baseline", "revision"));
  if(apart) {
    sev = 1;
    sev_name = "Informational";
  }
  snprintf(uid, sizeof(uid), "zdaudit:%s:%s", sub, zd_rep_str(r, "id"));
  e = json_pack(
    "{s:i, s:s, s:i, s:s, s:i, s:s, s:i, s:s, s:i, s:s, s:i, s:s, s:I,"
    " s:s,"
    " s:{s:s, s:{s:s, s:s, s:s}},"
    " s:{s:s, s:s, s:s, s:[s], s:I},"
    " s:{s:s, s:[s], s:[s], s:i, s:s, s:s},"
    " s:{s:s},"
    " s:[{s:s, s:s, s:s, s:{s:O}}],"
    " s:{s:{s:s, s:s, s:s, s:s, s:o}}}",
    "activity_id", 1, "activity_name", "Create",
    "category_uid", 2, "category_name", "Findings",
    "class_uid", 2003, "class_name", "Compliance Finding",
    "type_uid", 200301, "type_name", "Compliance Finding: Create",
    "severity_id", sev, "severity", sev_name,
    "status_id", 1, "status", "New",
    "time", (json_int_t)ms,
    "message", *zd_rep_str(r, "details") ? zd_rep_str(r, "details")
                                         : zd_rep_str(r, "title"),
    "metadata", "version", OCSF_VERSION, "product", "name", "zdaudit",
    "vendor_name", "zdaudit", "version", zd_rep_str2(doc, "tool", "version"),
    "finding_info", "uid", uid, "title", zd_rep_str(r, "title"),
    "desc", zd_rep_str(r, "details"), "types", zd_rep_str(r, "kind"),
    "created_time", (json_int_t)ms,
    "compliance", "control", zd_rep_str(r, "id"), "standards", std,
    "requirements", zd_rep_str(r, "seed_ref"), "status_id", fail ? 3 : 2,
    "status", fail ? "Fail" : "Warning",
    "status_detail", zd_rep_str(r, "details"),
    "remediation", "desc", zd_rep_str(r, "remediation"),
    "resources", "type", "Zendesk account", "uid", sub, "name", sub,
    "data", "evidence", json_object_get(r, "evidence") ?
      json_object_get(r, "evidence") : json_null(),
    "unmapped", "zdaudit", "status", status,
    "responsible", zd_rep_str(r, "responsible"),
    "product", zd_rep_str(r, "product"), "area", zd_rep_str(r, "area"),
    "would_pass_with", w ? w : json_array());
  if(e && json_is_true(json_object_get(r, "advisory")))
    json_object_set_new(json_object_get(json_object_get(e, "unmapped"),
                                        "zdaudit"), "advisory", json_true());
  return e;
}

zd_code zd_report_ocsf(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  json_t *list = json_array(), *r;
  time_t t = 0;
  size_t i;
  (void)opts;
  zd_time_parse(zd_rep_str(doc, "generated_at"), &t);
  for(int apart = 0; apart < 2; apart++)
  json_array_foreach(apart ? zd_rep_advisory(doc) : zd_rep_results(doc), i,
                     r) {
    const char *s = zd_rep_str(r, "status");
    if(!strcmp(s, "fail") || !strcmp(s, "error")) {
      json_t *e = event(doc, r, (long long)t * 1000, apart);
      if(!e) {
        json_decref(list);
        return zd_error_set(err, ZD_ERR_INTERNAL, zd_rep_str(r, "id"), 0,
                            "cannot build the OCSF event");
      }
      json_array_append_new(list, e);
    }
  }
  if(json_dumpf(list, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 ||
     fputc('\n', out) == EOF) {
    json_decref(list);
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  }
  json_decref(list);
  return ZD_OK;
}

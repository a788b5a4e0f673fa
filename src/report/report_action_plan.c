/* SPDX-License-Identifier: MIT
 * report_action_plan.c — the action plan, like ScubaGear's: one CSV row
 * per control that fails or could not be checked, most severe first, with
 * the root cause it shares with other controls (the setting to fix once)
 * and empty columns for the subscriber to fill in (owner, planned date,
 * justification); the planned date comes from an annotation's
 * remediation_date when one gives it. */
#include "report/report.h"
#include "report/report_common.h"
#include "report/triage.h"

#include <stdlib.h>
#include <string.h>

/* The summary of the first (biggest) root cause that lists control 'id'. */
static const char *cause_of(const json_t *causes, const char *id)
{
  size_t i, j;
  const json_t *c, *x;
  json_array_foreach(causes, i, c)
    json_array_foreach(json_object_get(c, "controls"), j, x)
      if(!strcmp(json_string_value(x), id))
        return zd_rep_str(c, "summary");
  return "";
}

/* The planned date an annotation gives (remediation_date; the latest
 * when several do), or "" for the subscriber to fill in. */
static const char *planned(const json_t *r)
{
  const char *best = "";
  size_t i;
  const json_t *n;
  json_array_foreach(json_object_get(r, "annotations"), i, n) {
    const char *d = zd_rep_str(n, "remediation_date");
    if(strcmp(d, best) > 0)
      best = d;
  }
  return best;
}

zd_code zd_report_action_plan(const json_t *doc, FILE *out,
                              struct zd_error *err)
{
  static const char *const copied[] = {
    "id", "title", "status", "severity", "product", "responsible",
    "seed_ref", "details", "remediation",
  };
  const json_t *results = zd_rep_results(doc);
  json_t *causes = zd_rep_root_causes(doc);
  size_t i, k, n, *order = zd_rep_needs_action(doc, &n);
  fputs("id,title,status,severity,product,responsible,seed_ref,details,"
        "remediation,root_cause,owner,planned_date,justification", out);
  zd_rep_csv_end(out);
  for(i = 0; i < n; i++) {
    const json_t *r = json_array_get(results, order[i]);
    for(k = 0; k < sizeof(copied) / sizeof(copied[0]); k++) {
      if(k)
        fputc(',', out);
      zd_rep_csv_field(out, zd_rep_str(r, copied[k]));
    }
    fputc(',', out);
    zd_rep_csv_field(out, cause_of(causes, zd_rep_str(r, "id")));
    fputs(",,", out);
    zd_rep_csv_field(out, planned(r));
    fputc(',', out);
    zd_rep_csv_end(out);
  }
  free(order);
  json_decref(causes);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0,
                        "cannot write the action plan");
  return ZD_OK;
}

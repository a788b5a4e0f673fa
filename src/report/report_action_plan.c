/* SPDX-License-Identifier: MIT
 * report_action_plan.c — the action plan, like ScubaGear's: one CSV row
 * per control that fails or could not be checked, with empty columns for
 * the subscriber to fill in (owner, planned date, justification). */
#include "report/report.h"
#include "report/report_common.h"

#include <string.h>

zd_code zd_report_action_plan(const json_t *doc, FILE *out,
                              struct zd_error *err)
{
  static const char *const copied[] = {
    "id", "title", "status", "product", "responsible", "seed_ref",
    "details", "remediation",
  };
  const json_t *results = zd_rep_results(doc);
  size_t i, k;
  const json_t *r;
  fputs("id,title,status,product,responsible,seed_ref,details,remediation,"
        "owner,planned_date,justification", out);
  zd_rep_csv_end(out);
  json_array_foreach(results, i, r) {
    const char *st = zd_rep_str(r, "status");
    if(strcmp(st, "fail") && strcmp(st, "error"))
      continue;
    for(k = 0; k < sizeof(copied) / sizeof(copied[0]); k++) {
      if(k)
        fputc(',', out);
      zd_rep_csv_field(out, zd_rep_str(r, copied[k]));
    }
    fputs(",,,", out);
    zd_rep_csv_end(out);
  }
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0,
                        "cannot write the action plan");
  return ZD_OK;
}

/* SPDX-License-Identifier: MIT
 * report_json.c — the results document as JSON (docs/results.md). */
#include "report/report.h"
#include "report/triage.h"

#include <stdlib.h>

zd_code zd_report_json(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  /* root_causes is derived from the results, so it is recomputed here
   * (also when a saved document is re-rendered) */
  json_t *copy = json_copy((json_t *)doc);
  int bad;
  (void)opts;
  json_object_set_new(copy, "root_causes", zd_rep_root_causes(doc));
  bad = json_dumpf(copy, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 ||
        fputc('\n', out) == EOF;
  json_decref(copy);
  if(bad)
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

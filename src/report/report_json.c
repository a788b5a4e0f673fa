/* SPDX-License-Identifier: MIT
 * report_json.c — the results document as JSON (docs/results.md). */
#include "report/report.h"

#include <stdlib.h>

zd_code zd_report_json(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  (void)opts;
  if(json_dumpf(doc, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0 ||
     fputc('\n', out) == EOF)
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

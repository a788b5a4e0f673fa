/* SPDX-License-Identifier: MIT
 * report_markdown.c — placeholder until the markdown writer lands. */
#include "report/report.h"

zd_code zd_report_markdown(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  (void)doc;
  (void)out;
  (void)opts;
  return zd_error_set(err, ZD_ERR_USAGE, NULL, 0,
                      "the markdown format is not available yet");
}

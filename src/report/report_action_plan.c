/* SPDX-License-Identifier: MIT
 * report_action_plan.c — placeholder until the action plan lands. */
#include "report/report.h"

zd_code zd_report_action_plan(const json_t *doc, FILE *out,
                              struct zd_error *err)
{
  (void)doc;
  (void)out;
  return zd_error_set(err, ZD_ERR_USAGE, NULL, 0,
                      "--action-plan is not available yet");
}

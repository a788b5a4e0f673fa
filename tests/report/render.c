/* SPDX-License-Identifier: MIT
 * render.c — test driver: renders a results document with one writer, so
 * the writers are tested without an engine or an account.
 * usage: zd_report_render FORMAT RESULTS.json  (output on stdout) */
#include "report/report.h"
#include "core/fsutil.h"
#include "core/limits.h"

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
  struct zd_error err = {0};
  char msg[600];
  json_t *doc;
  zd_code rc;
  if(argc != 3) {
    fprintf(stderr, "usage: %s html|csv|junit|markdown|action-plan "
            "RESULTS.json\n", argv[0]);
    return 2;
  }
  doc = zd_json_load(argv[2], ZD_MAX_RESULTS_FILE, &err);
  if(!doc) {
    fprintf(stderr, "%s\n", zd_error_format(&err, msg, sizeof(msg)));
    return 1;
  }
  if(!strcmp(argv[1], "html"))
    rc = zd_report_html(doc, stdout, NULL, &err);
  else if(!strcmp(argv[1], "csv"))
    rc = zd_report_csv(doc, stdout, NULL, &err);
  else if(!strcmp(argv[1], "junit"))
    rc = zd_report_junit(doc, stdout, NULL, &err);
  else if(!strcmp(argv[1], "markdown"))
    rc = zd_report_markdown(doc, stdout, NULL, &err);
  else if(!strcmp(argv[1], "action-plan"))
    rc = zd_report_action_plan(doc, stdout, &err);
  else {
    fprintf(stderr, "unknown format '%s'\n", argv[1]);
    rc = ZD_ERR_USAGE;
  }
  json_decref(doc);
  if(rc != ZD_OK) {
    fprintf(stderr, "%s\n", zd_error_format(&err, msg, sizeof(msg)));
    return 1;
  }
  return fflush(stdout) ? 1 : 0;
}

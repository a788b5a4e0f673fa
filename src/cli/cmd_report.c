/* SPDX-License-Identifier: MIT
 * cmd_report.c — `zdaudit report`: re-renders a saved results document
 * (zdaudit assess --format json) in any format, without the account, and
 * writes the action plan from it. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "cli/view.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "report/report.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { OPT_RESULTS = 1000, OPT_ACTION_PLAN, OPT_STATUS, OPT_NO_COLOR };

static const char usage_text[] =
  "usage: zdaudit report --results FILE [--format FORMAT] [--output FILE]\n"
  "                      [--action-plan FILE]\n"
  "\n"
  "Renders a results document saved with `zdaudit assess --format json` in\n"
  "another format, without access to the account.\n"
  "\n"
  "options:\n"
  "  -r, --results FILE      the saved results (JSON, zdaudit/results/1)\n"
  "  -f, --format FORMAT     text (default), json, html, csv, junit, markdown,\n"
  "                          oscal (OSCAL 1.1 assessment results), ocsf\n"
  "                          (OCSF 1.1 Compliance Findings of fail/error)\n"
  "  -o, --output FILE       write the report to FILE (default: stdout)\n"
  "  --action-plan FILE      also write a CSV action plan: one row per\n"
  "                          control that fails or could not be checked,\n"
  "                          with owner, planned_date and justification\n"
  "                          columns to fill in\n"
  "  --status LIST           render only these statuses, comma-separated\n"
  "                          (fail,error,manual,accepted,attested,pass,\n"
  "                          not_applicable)\n"
  "  --no-color              no colour in the text report (also NO_COLOR,\n"
  "                          TERM=dumb)\n"
  "  -v, --verbose           text: evidence and remediation for every control\n"
  "  -h, --help              this help\n"
  "\n"
  "formats:\n"
  "  html      one self-contained file (no network), filter by status with\n"
  "            JavaScript, everything readable without it and on paper\n"
  "  csv       RFC 4180, one row per control; attestation and exception in\n"
  "            columns of their own; cells a spreadsheet would run as a\n"
  "            formula (= + - @ first) get a leading apostrophe\n"
  "  junit     one testcase per control, a testsuite per product area:\n"
  "            fail -> failure, error -> error, manual / not_applicable /\n"
  "            accepted -> skipped (with the reason or the justification),\n"
  "            pass / attested -> passed; records in <system-out>\n"
  "  markdown  summary tables, one row per control, then every control\n"
  "  text, json  as `zdaudit assess` writes them\n"
  "\n"
  "examples:\n"
  "  zdaudit assess --snapshot examples/clinic --format json -o results.json\n"
  "  zdaudit report --results results.json --format html -o report.html\n"
  "  zdaudit report --results results.json --format csv \\\n"
  "                 --action-plan action-plan.csv -o results.csv\n"
  "\n"
  "exit codes: 0 written; 1 usage error, unreadable or invalid results.\n";

struct report_opts {
  const char *results, *output, *action_plan, *format_word;
  zd_format format;
  int verbose;
  struct zd_cli_view view;
};

static int parse(int argc, char **argv, struct report_opts *o)
{
  char shown[128];
  static const struct option longopts[] = {
    {"results", required_argument, NULL, 'r'},
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"action-plan", required_argument, NULL, OPT_ACTION_PLAN},
    {"status", required_argument, NULL, OPT_STATUS},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  int c;
  memset(o, 0, sizeof(*o));
  o->format = ZD_FMT_TEXT;
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":r:f:o:vh", longopts, NULL)) != -1) {
    switch(c) {
    case 'r': o->results = optarg; break;
    case 'o': o->output = optarg; break;
    case OPT_ACTION_PLAN: o->action_plan = optarg; break;
    case OPT_STATUS:
      if(zd_cli_view_status(&o->view, optarg))
        return -1;
      break;
    case OPT_NO_COLOR: o->view.no_color = 1; break;
    case 'v': o->verbose++; break;
    case 'h':
      fputs(usage_text, stdout);
      exit(ZD_EXIT_OK);
    case 'f': o->format_word = optarg; break;
    default:
      return zd_cli_option_fail(c, "report", argv, longopts);
    }
  }
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit report --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return -1;
  }
  if(o->format_word && zd_format_parse(o->format_word, &o->format)) {
    zd_errorf("unknown format '%s' (text, json, html, csv, junit, markdown, "
              "oscal, ocsf)",
              o->format_word);
    return -1;
  }
  if(!o->results) {
    zd_errorf("nothing to render: give --results FILE (see zdaudit report "
              "--help)");
    return -1;
  }
  return 0;
}

/* Renders 'doc' in format 'fmt' ('fmt' < 0: the action plan) into 'path'
 * ("-" or NULL: stdout). Returns 0 on success. */
static int render(const json_t *doc, int fmt, const char *path,
                  const struct zd_report_opts *ro)
{
  struct zd_cli_output out;
  struct zd_error err;
  int ok;
  zd_error_clear(&err);
  if(zd_cli_output_open(&out, path))
    return -1;
  if(fmt < 0)
    ok = zd_report_action_plan(doc, out.fp, &err) == ZD_OK;
  else
    ok = zd_report_write(doc, (zd_format)fmt, out.fp, ro, &err) == ZD_OK;
  if(!ok)
    zd_error_print(&err);
  if(zd_cli_output_close(&out, ok) || !ok)
    return -1;
  return 0;
}

int zd_cmd_report(int argc, char **argv)
{
  struct report_opts o;
  struct zd_report_opts ro = {0};
  struct zd_error err;
  json_t *doc, *shown = NULL;
  int rc = ZD_EXIT_RUNTIME;
  zd_error_clear(&err);
  if(parse(argc, argv, &o))
    return ZD_EXIT_RUNTIME;
  doc = zd_json_load(o.results, ZD_MAX_RESULTS_FILE, &err);
  if(!doc) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(zd_report_validate(doc, &err) != ZD_OK) {
    if(!err.source[0])
      snprintf(err.source, sizeof(err.source), "%s", o.results);
    zd_error_print(&err);
    goto done;
  }
  ro.verbose = o.verbose;
  zd_cli_view_opts(&o.view, o.output, o.format, &ro);
  if(o.action_plan && render(doc, -1, o.action_plan, &ro))
    goto done;
  shown = zd_cli_view_doc(&o.view, doc);
  if(render(shown, (int)o.format, o.output, &ro))
    goto done;
  rc = ZD_EXIT_OK;
done:
  json_decref(shown);
  json_decref(doc);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * cmd_diff.c — `zdaudit diff OLD NEW`: each side a snapshot (assessed here,
 * with --config when given) or a saved results file; the diff itself is
 * src/diff's. Short values are masked with the scanner before they are
 * printed, as in reports. Exit 2 on a regression, for scheduled jobs. */
#include "cli/cli.h"
#include "cli/assess_run.h"
#include "cli/mask_json.h"
#include "cli/suggest.h"
#include "config/config.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "diff/diff.h"
#include "engine/engine.h"
#include "engine/results_json.h"
#include "report/report.h"

#include <getopt.h>
#include <string.h>

static const char usage_text[] =
  "usage: zdaudit diff OLD NEW [--config FILE] [--format FORMAT] [-o FILE]\n"
  "\n"
  "Shows what changed between two assessments of one account. OLD and NEW\n"
  "are snapshot folders (assessed on the spot, with --config when given) or\n"
  "results files (zdaudit assess --format json), or one of each:\n"
  "  - controls that changed status, worst first (regressions: newly fail\n"
  "    or error), and controls whose evidence changed;\n"
  "  - settings that changed, path by path, and objects added, removed,\n"
  "    renamed or changed by id (tokens, OAuth clients, webhooks, targets,\n"
  "    triggers, automations, apps, brands, roles, team members...), with\n"
  "    timestamps, counts and list order ignored (needs two snapshots);\n"
  "  - who and when: the newer snapshot's audit-log entries between the two\n"
  "    collections that name the setting or object, or \"not in the audit\n"
  "    log\"; entries that left no change in the snapshots are listed too.\n"
  "An endpoint missing from one snapshot is \"not comparable\", never\n"
  "\"removed\". Values are masked as in reports.\n"
  "\n"
  "options:\n"
  "  -c, --config FILE    zdaudit.yaml for assessing snapshot sides\n"
  "  -f, --format FORMAT  text (default), json, markdown, html\n"
  "  -o, --output FILE    write to FILE instead of stdout\n"
  "  -q, --quiet          no notes on stderr\n"
  "  -h, --help           this help\n"
  "\n"
  "exit codes: 0 no regression; 2 at least one regression; 1 error.\n";

struct side {
  struct zd_snapshot *snap;
  json_t *results;
};

/* Assesses 'snap' as `zdaudit assess` would, into a results document. */
static json_t *assess(const struct zd_snapshot *snap, const char *config,
                      struct zd_error *err)
{
  struct zd_engine *engine;
  struct zd_config *cfg;
  json_t *doc;
  if(zd_cli_assess_prepare(NULL, config, 0, &engine, &cfg, err))
    return NULL;
  doc = zd_cli_assess_doc(engine, cfg, snap, err);
  zd_config_free(cfg);
  zd_engine_free(engine);
  return doc;
}

static int load_side(const char *path, const char *config, struct side *s)
{
  struct zd_error err;
  zd_error_clear(&err);
  memset(s, 0, sizeof(*s));
  if(zd_is_dir(path)) {
    if(zd_snapshot_load(path, &s->snap, &err) ||
       !(s->results = assess(s->snap, config, &err))) {
      zd_error_print(&err);
      return -1;
    }
    return 0;
  }
  s->results = zd_json_load(path, ZD_MAX_RESULTS_FILE, &err);
  if(!s->results || zd_report_validate(s->results, &err) != ZD_OK) {
    if(!err.source[0])
      snprintf(err.source, sizeof(err.source), "%s", path);
    zd_error_print(&err);
    return -1;
  }
  return 0;
}

int zd_cmd_diff(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"config", required_argument, NULL, 'c'},
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  const char *config = NULL, *output = NULL;
  zd_diff_format fmt = ZD_DIFF_TEXT;
  struct side a = {0}, b = {0};
  struct zd_diff_side da, db;
  struct zd_scanner *sc = NULL;
  struct zd_cli_output out;
  struct zd_error err;
  json_t *diff = NULL;
  size_t masked;
  int c, rc = ZD_EXIT_RUNTIME, ok;
  const char *sa, *sb;
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":c:f:o:qh", longopts, NULL)) != -1) {
    switch(c) {
    case 'c': config = optarg; break;
    case 'o': output = optarg; break;
    case 'q': zd_msgs.quiet = 1; break;
    case 'f':
      if(zd_diff_format_parse(optarg, &fmt)) {
        zd_errorf("unknown format '%s' (text, json, markdown, html)",
                  optarg);
        return ZD_EXIT_RUNTIME;
      }
      break;
    default:
      return zd_cli_option_end(c, "diff", argv, longopts, usage_text);
    }
  }
  if(argc - optind != 2) {
    zd_errorf("give two assessments to compare: OLD and NEW, each a "
              "snapshot folder or a results file (see zdaudit diff --help)");
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  if(load_side(argv[optind], config, &a) ||
     load_side(argv[optind + 1], config, &b))
    goto done;
  sa = json_string_value(json_object_get(json_object_get(a.results,
                                                          "account"),
                                          "subdomain"));
  sb = json_string_value(json_object_get(json_object_get(b.results,
                                                          "account"),
                                          "subdomain"));
  sa = sa ? sa : "";
  sb = sb ? sb : "";
  if(strcmp(sa, sb)) {
    zd_errorf("these are two accounts (%s and %s): diff compares two "
              "assessments of one account", sa, sb);
    goto done;
  }
  da.results = a.results;
  da.snap = a.snap;
  da.label = argv[optind];
  db.results = b.results;
  db.snap = b.snap;
  db.label = argv[optind + 1];
  diff = zd_diff(&da, &db);
  if(zd_scanner_new(NULL, &sc, &err) || zd_cli_mask_json(sc, diff, &masked)) {
    zd_errorf("cannot mask the diff's values; nothing is printed");
    goto done;
  }
  if(zd_cli_output_open(&out, output))
    goto done;
  ok = zd_diff_write(diff, fmt, out.fp, &err) == ZD_OK;
  if(!ok)
    zd_error_print(&err);
  if(zd_cli_output_close(&out, ok) || !ok)
    goto done;
  rc = zd_diff_has_regression(diff) ? ZD_EXIT_FAIL : ZD_EXIT_OK;
  if(!zd_msgs.quiet && output)
    zd_notef("%lld regression(s), %lld fix(es) -> %s",
             (long long)json_integer_value(json_object_get(
               json_object_get(diff, "summary"), "regressions")),
             (long long)json_integer_value(json_object_get(
               json_object_get(diff, "summary"), "fixes")), output);
done:
  zd_scanner_free(sc);
  json_decref(diff);
  json_decref(a.results);
  json_decref(b.results);
  zd_snapshot_free(a.snap);
  zd_snapshot_free(b.snap);
  return rc;
}

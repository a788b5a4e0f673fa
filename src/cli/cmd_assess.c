/* SPDX-License-Identifier: MIT
 * cmd_assess.c — `zdaudit assess`: snapshot (loaded, or collected live)
 * -> engine (attestations/exceptions applied as it goes) -> results
 * document -> report, and the exit code that CI gates on. */
#include "cli/cli.h"
#include "cli/assess_run.h"
#include "cli/suggest.h"
#include "cli/live_opts.h"
#include "cli/view.h"
#include "collect/collect.h"
#include "config/config.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "engine/engine.h"
#include "engine/results_json.h"
#include "report/report.h"
#include "snapshot/snapshot.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
  OPT_SNAPSHOT = ZD_OPT_LIVE_LAST + 1, OPT_SAVE_SNAPSHOT, OPT_FORMAT,
  OPT_OUTPUT, OPT_CONFIG, OPT_ACTION_PLAN, OPT_CONTROLS_DIR, OPT_QUIET,
  OPT_EVIDENCE, OPT_SIGN, OPT_HISTORY, OPT_MAX_FILE_SIZE, OPT_STATUS, OPT_NO_COLOR,
  OPT_EXPIRING, OPT_ADVISORY, OPT_JOBS
};

static const char usage_text[] =
  "usage: zdaudit assess --snapshot DIR [options]\n"
  "       zdaudit assess --subdomain NAME [--save-snapshot DIR] [options]\n"
  "\n"
  "Evaluates every control of the baseline (135) against a snapshot on disk,\n"
  "or against the live account (collected first; credentials from the\n"
  "environment, see docs/collect.md), and writes a report.\n"
  "\n"
  "options:\n"
  "  --snapshot DIR          assess a snapshot written by `zdaudit collect`\n"
  "  --save-snapshot DIR     with --subdomain: also keep what was collected\n"
  "  -f, --format FORMAT     text (default), json, html, csv, junit, markdown,\n"
  "                          oscal (OSCAL 1.1 assessment results), ocsf\n"
  "                          (OCSF 1.1 Compliance Findings of fail/error)\n"
  "  -o, --output FILE       write the report to FILE (default: stdout); one\n"
  "                          summary line goes to stderr (unless --quiet)\n"
  "  --status LIST           report only these statuses, comma-separated\n"
  "                          (fail,error,manual,accepted,attested,pass,\n"
  "                          not_applicable); the exit code still counts all\n"
  "  --no-color              no colour in the text report (also NO_COLOR,\n"
  "                          TERM=dumb)\n"
  "  -c, --config FILE       zdaudit.yaml: parameters, attestations,\n"
  "                          exceptions (docs/config.md)\n"
  "  --expiring DAYS         list attestations and exceptions expiring\n"
  "                          within DAYS (default 30) in the report\n"
  "  --advisory              count the advisory checks (ADV.*, outside the\n"
  "                          baseline; always listed apart) in the summary\n"
  "                          and the exit code too\n"
  "  --action-plan FILE      also write a CSV action plan of failing controls\n"
  "  --evidence FILE         also write the evidence package (tar.gz: the\n"
  "                          snapshot, results, report, registers; see\n"
  "                          zdaudit evidence --help, docs/evidence.md)\n"
  "  --sign KEYFILE          sign the evidence package (zdaudit keygen)\n"
  "  --history FILE          record this run in FILE (SQLite; see zdaudit\n"
  "                          history); the HTML report then shows the\n"
  "                          trend and when each control last changed\n"
  "  --controls-dir DIR      load controls from DIR instead of the built-in\n"
  "                          ones (for developing controls)\n"
  "  --max-file-size SIZE    largest snapshot file read (default 4G; K, M, G)\n"
  "  -j, --jobs N            threads for content scanning (default: the\n"
  "                          cores it may run on); results are the same\n"
  "  -v, --verbose           text: show evidence and remediation for every\n"
  "                          control; collection: log requests\n"
  "  -q, --quiet             no progress or notes on stderr\n"
  "  -h, --help              this help\n"
  "\n"
  "live collection:\n";

static const char usage_tail[] =
  "\n"
  "exit codes:\n"
  "  0  no control is `fail` or `error`\n"
  "  2  at least one control is `fail`\n"
  "  3  no control fails, but at least one is `error` (data missing or\n"
  "     refused: the account could not be fully assessed)\n"
  "  1  usage or runtime error: nothing was assessed\n"
  "  (advisory checks count only with --advisory)\n";

struct assess_opts {
  const char *snapshot, *save_snapshot, *output, *config, *action_plan;
  const char *controls_dir, *evidence, *sign, *history;
  zd_format format;
  size_t max_file;
  int verbose, quiet, live, advisory, jobs;
  long expiring;
  struct zd_cli_view view;
  struct zd_collect_opts live_opts;
};

static int parse(int argc, char **argv, struct assess_opts *o)
{
  char shown[128];
  static const struct option longopts[] = {
    {"snapshot", required_argument, NULL, OPT_SNAPSHOT},
    {"save-snapshot", required_argument, NULL, OPT_SAVE_SNAPSHOT},
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"config", required_argument, NULL, 'c'},
    {"action-plan", required_argument, NULL, OPT_ACTION_PLAN},
    {"controls-dir", required_argument, NULL, OPT_CONTROLS_DIR},
    {"evidence", required_argument, NULL, OPT_EVIDENCE},
    {"sign", required_argument, NULL, OPT_SIGN},
    {"history", required_argument, NULL, OPT_HISTORY},
    {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
    {"jobs", required_argument, NULL, 'j'},
    {"status", required_argument, NULL, OPT_STATUS},
    {"expiring", required_argument, NULL, OPT_EXPIRING},
    {"no-color", no_argument, NULL, OPT_NO_COLOR},
    {"advisory", no_argument, NULL, OPT_ADVISORY},
    {"verbose", no_argument, NULL, 'v'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    ZD_LIVE_LONGOPTS,
    {NULL, 0, NULL, 0}
  };
  int c, rc;
  memset(o, 0, sizeof(*o));
  o->expiring = 30;
  o->format = ZD_FMT_TEXT;
  zd_live_opts_init(&o->live_opts);
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":f:o:c:j:vqh", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_SNAPSHOT: o->snapshot = optarg; break;
    case OPT_SAVE_SNAPSHOT: o->save_snapshot = optarg; break;
    case 'o': o->output = optarg; break;
    case 'c': o->config = optarg; break;
    case OPT_ACTION_PLAN: o->action_plan = optarg; break;
    case OPT_CONTROLS_DIR: o->controls_dir = optarg; break;
    case OPT_EVIDENCE: o->evidence = optarg; break;
    case OPT_SIGN: o->sign = optarg; break;
    case OPT_HISTORY: o->history = optarg; break;
    case OPT_MAX_FILE_SIZE:
      if(zd_cli_parse_size("--max-file-size", optarg, &o->max_file))
        return -1;
      break;
    case 'j':
      if(zd_cli_parse_jobs(optarg, &o->jobs))
        return -1;
      break;
    case OPT_STATUS:
      if(zd_cli_view_status(&o->view, optarg))
        return -1;
      break;
    case OPT_NO_COLOR: o->view.no_color = 1; break;
    case OPT_ADVISORY: o->advisory = 1; break;
    case OPT_EXPIRING: {
      char *end;
      o->expiring = strtol(optarg, &end, 10);
      if(*end || end == optarg || o->expiring < 0 || o->expiring > 3660) {
        zd_errorf("--expiring '%s' is not a number of days (0 to 3660)",
                  optarg);
        return -1;
      }
      break;
    }
    case 'v': o->verbose++; break;
    case 'q': o->quiet = 1; break;
    case 'h':
      fputs(usage_text, stdout);
      fputs(zd_live_opts_help, stdout);
      fputs(usage_tail, stdout);
      exit(ZD_EXIT_OK);
    case 'f':
      if(zd_format_parse(optarg, &o->format)) {
        zd_errorf("unknown format '%s' (text, json, html, csv, junit, "
                  "markdown, oscal, ocsf)", optarg);
        return -1;
      }
      break;
    case ':':
    case '?':
      return zd_cli_option_fail(c, "assess", argv, longopts);
    default:
      rc = zd_live_opt(c, optarg, &o->live_opts);
      if(rc < 0)
        return -1;
      if(c == ZD_OPT_SUBDOMAIN || c == ZD_OPT_BASE_URL)
        o->live = 1;
      break;
    }
  }
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit assess --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return -1;
  }
  if(o->snapshot && o->live) {
    zd_errorf("give either --snapshot or --subdomain, not both");
    return -1;
  }
  if(!o->snapshot && o->live_opts.subdomain)
    o->live = 1;
  if(!o->snapshot && !o->live) {
    zd_errorf("nothing to assess: give --snapshot DIR or --subdomain NAME "
              "(see zdaudit assess --help)");
    return -1;
  }
  if(o->sign && !o->evidence) {
    zd_errorf("--sign goes with --evidence FILE");
    return -1;
  }
  if(o->evidence && o->live && !o->save_snapshot) {
    zd_errorf("--evidence packs the snapshot from disk: also give "
              "--save-snapshot DIR");
    return -1;
  }
  if(o->save_snapshot && !o->live) {
    zd_errorf("--save-snapshot goes with --subdomain");
    return -1;
  }
  o->live_opts.verbose = o->verbose;
  o->live_opts.quiet = o->quiet;
  zd_msgs.verbose = o->verbose;
  zd_msgs.quiet = o->quiet;
  return 0;
}

static int obtain_snapshot(const struct assess_opts *o,
                           struct zd_snapshot **snap, struct zd_error *err)
{
  if(!o->live) {
    if(zd_snapshot_load(o->snapshot, snap, err))
      return -1;
    if(o->max_file)
      zd_snapshot_set_max_file(*snap, o->max_file);
    zd_snapshot_set_map(*snap, 1);   /* checked after the run */
    return 0;
  }
  if(zd_collect_run(&o->live_opts, snap, err))
    return -1;
  if(o->save_snapshot && zd_snapshot_save(*snap, o->save_snapshot, err)) {
    zd_snapshot_free(*snap);
    *snap = NULL;
    return -1;
  }
  return 0;
}

static int exit_code(const json_t *doc)
{
  json_t *summary = json_object_get(doc, "summary");
  if(json_integer_value(json_object_get(summary, "fail")) > 0)
    return ZD_EXIT_FAIL;
  if(json_integer_value(json_object_get(summary, "error")) > 0)
    return ZD_EXIT_ERROR;
  return ZD_EXIT_OK;
}

static int write_outputs(const struct assess_opts *o, const json_t *doc)
{
  struct zd_cli_output out;
  struct zd_report_opts ropts = {0};
  struct zd_error err;
  json_t *shown;
  int ok;
  zd_error_clear(&err);
  if(zd_cli_output_open(&out, o->output))
    return -1;
  zd_cli_view_opts(&o->view, o->output, o->format, &ropts);
  ropts.verbose = o->verbose;
  shown = zd_cli_view_doc(&o->view, doc);
  ok = zd_report_write(shown, o->format, out.fp, &ropts, &err) == ZD_OK;
  json_decref(shown);
  if(!ok)
    zd_error_print(&err);
  if(zd_cli_output_close(&out, ok) || !ok)
    return -1;
  if(!o->quiet)
    zd_cli_view_summary(doc, o->output);
  if(o->action_plan) {
    if(zd_cli_output_open(&out, o->action_plan))
      return -1;
    ok = zd_report_action_plan(doc, out.fp, &err) == ZD_OK;
    if(!ok)
      zd_error_print(&err);
    if(zd_cli_output_close(&out, ok) || !ok)
      return -1;
  }
  return 0;
}

/* The snapshot and the engine's Lua state are the run's largest memory
 * (millions of JSON nodes for a big account); freeing them one by one
 * took over a second that the process's exit does for nothing. They stay
 * reachable from here, so leak checkers see no leak. */
static void exit_without_freeing(struct zd_snapshot *snap,
                                 struct zd_engine *engine)
{
  static struct zd_snapshot *kept_snap;
  static struct zd_engine *kept_engine;
  zd_snapshot_free(kept_snap);
  zd_engine_free(kept_engine);
  kept_snap = snap;
  kept_engine = engine;
}

/* With a config holding stubs (`zdaudit config init`): how many controls
 * are left for a person, and how many stubs are still to be filled in. */
static void note_left(const json_t *doc, const struct zd_config *cfg,
                      const char *path)
{
  json_int_t manual = json_integer_value(json_object_get(
    json_object_get(doc, "summary"), "manual"));
  size_t stubs = zd_config_record_count(cfg, ZD_REC_STUB);
  if(manual > 0 && stubs)
    zd_notef("%lld control(s) are manual: a person must answer them; %zu "
             "stub(s) in %s are still to be filled in (zdaudit attest "
             "--interactive)", (long long)manual, stubs, path);
  else if(stubs)
    zd_notef("%zu stub(s) in %s are still to be filled in", stubs, path);
}

int zd_cmd_assess(int argc, char **argv)
{
  struct assess_opts o;
  struct zd_engine *engine = NULL;
  struct zd_config *cfg = NULL;
  struct zd_snapshot *snap = NULL;
  struct zd_error err;
  json_t *doc = NULL;
  int rc = ZD_EXIT_RUNTIME;

  zd_error_clear(&err);
  if(parse(argc, argv, &o))
    return ZD_EXIT_RUNTIME;
  /* the config is checked before a live collection spends requests */
  if(zd_cli_assess_prepare(o.controls_dir, o.config, o.jobs, &engine, &cfg,
                           &err) ||
     obtain_snapshot(&o, &snap, &err) ||
     !(doc = zd_cli_assess_doc(engine, cfg, snap, &err)) ||
     zd_snapshot_check(snap, &err))   /* what was read is what was checked */
    goto fail;
  zd_cli_warn_unreadable(snap);
  /* --advisory: the advisory checks count too (near misses for them) */
  if(o.advisory) {
    zd_results_count_advisory(doc);
    zd_report_add_near_misses(doc);
  }
  /* what lapses soon, so it can be renewed in time (every report) */
  json_object_set_new(doc, "expiring_within_days", json_integer(o.expiring));
  json_object_set_new(doc, "expiring", cfg ? zd_config_expiring(
                        cfg, zd_time_now(), o.expiring) : json_array());
  if(!o.quiet && cfg)
    note_left(doc, cfg, o.config);
  if(o.history && zd_cli_history_record(doc, snap, o.config, o.history))
    goto done;
  if(write_outputs(&o, doc) == 0 &&
     (!o.evidence ||
      zd_cli_evidence_package(doc, o.live ? o.save_snapshot : o.snapshot,
                              o.config, o.sign, NULL, 0, o.evidence) == 0))
    rc = exit_code(doc);
  goto done;
fail:
  zd_error_print(&err);
done:
  json_decref(doc);
  zd_config_free(cfg);
  exit_without_freeing(snap, engine);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * cmd_attest.c — `zdaudit attest`: records a person's attestation for a
 * control in zdaudit.yaml (owner, statement, date, expiry, evidence),
 * leaving the rest of the file as it was (see config_edit.c). */
#include "cli/attest_interactive.h"
#include "cli/cli.h"
#include "cli/suggest.h"
#include "config/config.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "engine/engine.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum {
  OPT_OWNER = 1000, OPT_STATEMENT, OPT_EXPIRES, OPT_EVIDENCE, OPT_DATE,
  OPT_CONTROLS_DIR, OPT_INTERACTIVE, OPT_SNAPSHOT, OPT_VALID_DAYS
};

/* An attestation lasts a year unless --expires says otherwise. */
#define DEFAULT_VALIDITY_DAYS 365

static const char usage_text[] =
  "usage: zdaudit attest ID --owner NAME --statement TEXT [--expires DATE]\n"
  "                      [--evidence LINK|FILE] [--config FILE]\n"
  "       zdaudit attest --interactive [--snapshot DIR] [--valid-days N]\n"
  "                      [--config FILE] [ID...]\n"
  "\n"
  "Records that a person confirmed control ID (one that the API cannot\n"
  "decide, reported `manual`): the statement, who owns it, when, until\n"
  "when, and where the evidence is. With it, `zdaudit assess --config FILE`\n"
  "reports the control `attested` until the expiry date (inclusive). An\n"
  "attestation never overrides data that shows a failure.\n"
  "\n"
  "The entry is added to the `attestations:` list of the config file (the\n"
  "file is created when missing); every other line of the file is kept as\n"
  "it was, and the file is replaced atomically.\n"
  "\n"
  "options:\n"
  "  --owner NAME            the person (and role) who answers for it\n"
  "  --statement TEXT        what is confirmed, in a sentence\n"
  "  --expires YYYY-MM-DD    last day it counts (default: one year after\n"
  "                          --date)\n"
  "  --date YYYY-MM-DD       when it was made (default: today, UTC)\n"
  "  --evidence LINK|FILE    where the evidence is kept (a URL or a file)\n"
  "  -c, --config FILE       the config file (default: zdaudit.yaml)\n"
  "  --controls-dir DIR      accept the ids of the controls in DIR\n"
  "  --interactive           on a terminal: walk the controls left to a\n"
  "                          person (or only the IDs given), show each\n"
  "                          question and the evidence to keep, ask the\n"
  "                          statement, owner, expiry and evidence, and\n"
  "                          save each answer at once; Ctrl-C stops and\n"
  "                          keeps what was saved (exit 130)\n"
  "  --snapshot DIR          with --interactive: the controls `manual` on\n"
  "                          this snapshot (default: those no API decides)\n"
  "  --valid-days N          with --interactive: the default expiry, N days\n"
  "                          from today (default 365)\n"
  "  -h, --help              this help\n"
  "\n"
  "example:\n"
  "  zdaudit attest ZD.SUP.6 --owner \"Dana Whitfield, Security Officer\" \\\n"
  "      --statement \"Intune locks every agent laptop after 10 minutes.\" \\\n"
  "      --evidence https://intranet.example/policies/screen-lock\n"
  "\n"
  "exit codes: 0 recorded; 1 usage error, unknown control, invalid file.\n";

struct attest_opts {
  const char *config, *controls_dir, *expires;
  struct zd_attestation a;
  int interactive;
  struct zd_interactive in;
};

static int parse(int argc, char **argv, struct attest_opts *o)
{
  char shown[128];
  static const struct option longopts[] = {
    {"owner", required_argument, NULL, OPT_OWNER},
    {"statement", required_argument, NULL, OPT_STATEMENT},
    {"expires", required_argument, NULL, OPT_EXPIRES},
    {"evidence", required_argument, NULL, OPT_EVIDENCE},
    {"date", required_argument, NULL, OPT_DATE},
    {"config", required_argument, NULL, 'c'},
    {"controls-dir", required_argument, NULL, OPT_CONTROLS_DIR},
    {"interactive", no_argument, NULL, OPT_INTERACTIVE},
    {"snapshot", required_argument, NULL, OPT_SNAPSHOT},
    {"valid-days", required_argument, NULL, OPT_VALID_DAYS},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  int c;
  memset(o, 0, sizeof(*o));
  o->config = "zdaudit.yaml";
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":c:h", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_OWNER: o->a.owner = optarg; break;
    case OPT_STATEMENT: o->a.statement = optarg; break;
    case OPT_EXPIRES: o->expires = optarg; break;
    case OPT_EVIDENCE: o->a.evidence = optarg; break;
    case OPT_DATE: o->a.date = optarg; break;
    case 'c': o->config = optarg; break;
    case OPT_CONTROLS_DIR: o->controls_dir = optarg; break;
    case OPT_INTERACTIVE: o->interactive = 1; break;
    case OPT_SNAPSHOT: o->in.snapshot = optarg; break;
    case OPT_VALID_DAYS: {
      char *end;
      o->in.valid_days = strtol(optarg, &end, 10);
      if(*end || end == optarg || o->in.valid_days < 1 ||
         o->in.valid_days > 3660) {
        zd_errorf("--valid-days '%s' is not a number of days (1 to 3660)",
                  optarg);
        return -1;
      }
      break;
    }
    case 'h':
      fputs(usage_text, stdout);
      exit(ZD_EXIT_OK);
    default:
      return zd_cli_option_fail(c, "attest", argv, longopts);
    }
  }
  o->in.config = o->config;
  if(o->interactive) {
    if(o->a.owner || o->a.statement || o->expires || o->a.evidence ||
       o->a.date) {
      zd_errorf("--interactive asks for owner, statement, expiry and "
                "evidence itself");
      return -1;
    }
    o->in.ids = argv + optind;
    o->in.nids = argc - optind;
    if(!o->in.valid_days)
      o->in.valid_days = DEFAULT_VALIDITY_DAYS;
    return 0;
  }
  if(o->in.snapshot || o->in.valid_days) {
    zd_errorf("--snapshot and --valid-days go with --interactive");
    return -1;
  }
  if(optind >= argc) {
    zd_errorf("which control? zdaudit attest ID --owner NAME --statement "
              "TEXT (see zdaudit attest --help)");
    return -1;
  }
  o->a.control = argv[optind++];
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit attest --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return -1;
  }
  if(!o->a.owner || !*o->a.owner) {
    zd_errorf("an attestation needs an owner: --owner NAME");
    return -1;
  }
  if(!o->a.statement || !*o->a.statement) {
    zd_errorf("an attestation needs a statement: --statement TEXT");
    return -1;
  }
  return 0;
}

/* Fills date and expiry (defaults: today, a year later) and refuses an
 * attestation that is already out of date. */
static int dates(struct attest_opts *o, char today[11], char until[11])
{
  time_t now = zd_time_now(), d, x;
  char buf[32];
  snprintf(today, 11, "%.10s", zd_time_format(now, buf, sizeof(buf)));
  if(!o->a.date)
    o->a.date = today;
  if(strlen(o->a.date) != 10 || zd_time_parse(o->a.date, &d)) {
    zd_errorf("--date '%s' is not a date (YYYY-MM-DD)", o->a.date);
    return -1;
  }
  if(!o->expires) {
    snprintf(until, 11, "%.10s",
             zd_time_format(d + (time_t)DEFAULT_VALIDITY_DAYS * 86400, buf,
                            sizeof(buf)));
    o->expires = until;
  }
  if(strlen(o->expires) != 10 || zd_time_parse(o->expires, &x)) {
    zd_errorf("--expires '%s' is not a date (YYYY-MM-DD)", o->expires);
    return -1;
  }
  if(strcmp(o->expires, today) < 0) {
    zd_errorf("--expires %s is in the past: the attestation would never "
              "count", o->expires);
    return -1;
  }
  o->a.expires = o->expires;
  return 0;
}

int zd_cmd_attest(int argc, char **argv)
{
  struct attest_opts o;
  struct zd_engine_opts eo = {0};
  struct zd_engine *engine = NULL;
  struct zd_config_rules rules;
  struct zd_error err;
  struct stat st;
  char today[11], until[11];
  int rc = ZD_EXIT_RUNTIME;
  zd_error_clear(&err);
  if(parse(argc, argv, &o))
    return ZD_EXIT_RUNTIME;
  eo.controls_dir = o.controls_dir;
  if(o.interactive) {
    if(zd_engine_new(&eo, &engine, &err)) {
      zd_error_print(&err);
      return ZD_EXIT_RUNTIME;
    }
    for(int i = 0; i < o.in.nids; i++)
      if(!zd_engine_find(engine, o.in.ids[i])) {
        zd_errorf("unknown control '%.60s' (see zdaudit controls)",
                  o.in.ids[i]);
        zd_engine_free(engine);
        return ZD_EXIT_RUNTIME;
      }
    rc = zd_attest_interactive(&o.in, engine);
    zd_engine_free(engine);
    return rc;
  }
  if(dates(&o, today, until))
    return ZD_EXIT_RUNTIME;
  if(zd_engine_new(&eo, &engine, &err)) {
    zd_error_print(&err);
    goto done;
  }
  if(!zd_engine_find(engine, o.a.control)) {
    zd_errorf("unknown control '%.60s' (see zdaudit controls)",
              o.a.control);
    goto done;
  }
  zd_engine_config_rules(engine, &rules);
  if(zd_config_attest(o.config, &rules, &o.a, &err)) {
    zd_error_print(&err);
    goto done;
  }
  if(o.a.evidence && !strstr(o.a.evidence, "://") &&
     stat(o.a.evidence, &st))
    zd_warnf("evidence '%s' is neither a link nor a file here; recorded "
             "as given", o.a.evidence);
  zd_notef("%s: recorded the attestation for %s (valid through %s)",
           o.config, o.a.control, o.a.expires);
  rc = ZD_EXIT_OK;
done:
  zd_engine_free(engine);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * cmd_history.c — `zdaudit history` (runs, a control over time, two runs
 * compared, what expires soon) and what `assess --history FILE` does:
 * record the run, then hand the report its trend and, per control, when
 * its status last changed. The store itself is src/history. */
#include "cli/cli.h"
#include "cli/mask_json.h"
#include "cli/suggest.h"
#include "core/alloc.h"
#include "core/digest.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "diff/diff.h"
#include "history/history.h"
#include "snapshot/snapshot.h"

#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define TREND_RUNS 12

static const char usage_text[] =
  "usage: zdaudit history --history FILE [--account NAME] [--since DATE]\n"
  "                       [--last N] [--control ID] [--diff RUN1 RUN2]\n"
  "                       [--expiring DAYS] [--format text|json]\n"
  "\n"
  "Reads the record that `zdaudit assess --history FILE` keeps of every\n"
  "assessment (SQLite; one file per account or one shared by several,\n"
  "keyed by subdomain; docs/history.md).\n"
  "\n"
  "  (no option)          the runs: time, account, versions, digests, counts\n"
  "  --control ID         that control's status in every run\n"
  "  --diff RUN1 RUN2     controls whose status or evidence changed between\n"
  "                       two runs (as zdaudit diff, without settings)\n"
  "  --expiring DAYS      attestations and exceptions of each account's\n"
  "                       newest run that expire within DAYS (default 30;\n"
  "                       also listed after the runs)\n"
  "\n"
  "options:\n"
  "  --history FILE       the history file (or $ZDAUDIT_HISTORY)\n"
  "  --account NAME       only this account (subdomain)\n"
  "  --since DATE         only runs generated on or after DATE (YYYY-MM-DD)\n"
  "  --last N             only the newest N runs\n"
  "  -f, --format FORMAT  text (default) or json\n"
  "  -h, --help           this help\n"
  "\n"
  "exit codes: 0 listed; 2 --diff found a regression; 1 error.\n";

/* ---- digests ------------------------------------------------------------ */

static void hash_file(struct zd_sha256 *h, const char *path)
{
  char buf[65536];
  ssize_t n;
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if(fd < 0)
    return;
  while((n = read(fd, buf, sizeof(buf))) > 0)
    zd_sha256_update(h, buf, (size_t)n);
  close(fd);
}

/* What a snapshot is: its manifest and every endpoint file, in key order
 * (from disk when it is on disk, else from the data as collected). */
static void snapshot_digest(const struct zd_snapshot *snap,
                            char hex[ZD_SHA256_HEX_LEN + 1])
{
  struct zd_sha256 h;
  unsigned char d[ZD_SHA256_LEN];
  const char *dir = zd_snapshot_dir(snap);
  json_t *eps = json_object_get(zd_snapshot_manifest(snap), "endpoints");
  const char *key;
  json_t *st;
  zd_sha256_init(&h);
  if(dir) {
    char *m = zd_path_join(dir, "manifest.json");
    hash_file(&h, m);
    free(m);
  }
  json_object_foreach(eps, key, st) {
    const char *file = json_string_value(json_object_get(st, "file"));
    zd_sha256_update(&h, key, strlen(key) + 1);
    if(dir && file) {
      char *p = zd_path_join(dir, file);
      hash_file(&h, p);
      free(p);
    }
    else if(zd_snapshot_data(snap, key)) {
      char *s = json_dumps(zd_snapshot_data(snap, key), JSON_COMPACT |
                           JSON_SORT_KEYS);
      if(s)
        zd_sha256_update(&h, s, strlen(s));
      free(s);
    }
  }
  zd_sha256_final(&h, d);
  zd_hex(d, sizeof(d), hex);
}

static void file_digest(const char *path, char hex[ZD_SHA256_HEX_LEN + 1])
{
  struct zd_sha256 h;
  unsigned char d[ZD_SHA256_LEN];
  if(!path) {
    hex[0] = '\0';
    return;
  }
  zd_sha256_init(&h);
  hash_file(&h, path);
  zd_sha256_final(&h, d);
  zd_hex(d, sizeof(d), hex);
}

int zd_cli_history_record(json_t *doc, const struct zd_snapshot *snap,
                          const char *config, const char *path)
{
  struct zd_history *h = NULL;
  struct zd_error err;
  char sdig[ZD_SHA256_HEX_LEN + 1], cdig[ZD_SHA256_HEX_LEN + 1];
  long long run = 0;
  json_t *runs = NULL, *changes = NULL, *r;
  size_t i;
  int rc = -1;
  zd_error_clear(&err);
  snapshot_digest(snap, sdig);
  file_digest(config, cdig);
  if(zd_history_open(path, &h, &err) ||
     zd_history_record(h, doc, sdig, cdig, &run, &err) ||
     !(runs = zd_history_runs(h, json_string_value(json_object_get(
             json_object_get(doc, "account"), "subdomain")), NULL,
             TREND_RUNS, &err)) ||
     !(changes = zd_history_last_changes(h, run, &err))) {
    zd_error_print(&err);
    goto done;
  }
  json_array_foreach(json_object_get(doc, "results"), i, r) {
    json_t *c = json_object_get(changes, json_string_value(
      json_object_get(r, "id")));
    if(c)
      json_object_set(r, "last_changed", c);
  }
  json_object_set_new(doc, "history", json_pack(
    "{s:s, s:I, s:O}", "file", path, "run", (json_int_t)run, "runs", runs));
  rc = 0;
done:
  json_decref(runs);
  json_decref(changes);
  zd_history_close(h);
  return rc;
}

/* ---- the command -------------------------------------------------------- */

static void print_runs(const json_t *runs)
{
  const json_t *r;
  size_t i;
  if(!json_array_size(runs)) {
    printf("no run recorded\n");
    return;
  }
  printf("%-5s %-20s %-22s %-8s %5s %5s %5s %6s %5s\n", "run", "generated",
         "account", "version", "fail", "error", "pass", "manual", "other");
  json_array_foreach(runs, i, r) {
    const json_t *s = json_object_get(r, "summary");
    long long fail = json_integer_value(json_object_get(s, "fail"));
    long long error = json_integer_value(json_object_get(s, "error"));
    long long pass = json_integer_value(json_object_get(s, "pass"));
    long long manual = json_integer_value(json_object_get(s, "manual"));
    long long all = 0;
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)s, k, v)
      all += json_integer_value(v);
    printf("%-5lld %-20s %-22.22s %-8s %5lld %5lld %5lld %6lld %5lld\n",
           (long long)json_integer_value(json_object_get(r, "run")),
           json_string_value(json_object_get(r, "generated_at")),
           json_string_value(json_object_get(r, "subdomain")),
           json_string_value(json_object_get(r, "tool_version")), fail,
           error, pass, manual, all - fail - error - pass - manual);
  }
}

static void print_expiring(const json_t *list, int days)
{
  const json_t *x;
  size_t i;
  printf("\nexpiring within %d days: %zu\n", days, json_array_size(list));
  json_array_foreach(list, i, x)
    printf("  %s  %-11s %-14s %s (%s)\n",
           json_string_value(json_object_get(x, "expires")),
           json_string_value(json_object_get(x, "kind")),
           json_string_value(json_object_get(x, "control")),
           json_string_value(json_object_get(x, "owner")),
           json_string_value(json_object_get(x, "subdomain")));
}

static int parse_run(const char *s, long long *out)
{
  char *end;
  *out = strtoll(s, &end, 10);
  if(!*s || *end || *out <= 0) {
    zd_errorf("a run is a number from zdaudit history, not '%s'", s);
    return -1;
  }
  return 0;
}

int zd_cmd_history(int argc, char **argv)
{
  char shown[128];
  enum { O_HISTORY = 1000, O_ACCOUNT, O_SINCE, O_LAST, O_CONTROL, O_DIFF,
         O_EXPIRING };
  static const struct option longopts[] = {
    {"history", required_argument, NULL, O_HISTORY},
    {"account", required_argument, NULL, O_ACCOUNT},
    {"since", required_argument, NULL, O_SINCE},
    {"last", required_argument, NULL, O_LAST},
    {"control", required_argument, NULL, O_CONTROL},
    {"diff", required_argument, NULL, O_DIFF},
    {"expiring", required_argument, NULL, O_EXPIRING},
    {"format", required_argument, NULL, 'f'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  const char *path = getenv("ZDAUDIT_HISTORY"), *account = NULL;
  const char *since = NULL, *control = NULL, *diff_a = NULL;
  struct zd_history *h = NULL;
  struct zd_error err;
  json_t *out = NULL;
  int c, json = 0, last = 0, days = 30, rc = ZD_EXIT_RUNTIME;
  time_t t;
  char today[32];
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":f:h", longopts, NULL)) != -1) {
    switch(c) {
    case O_HISTORY: path = optarg; break;
    case O_ACCOUNT: account = optarg; break;
    case O_SINCE:
      if(zd_time_parse(optarg, &t)) {
        zd_errorf("--since takes a date (YYYY-MM-DD), not '%s'", optarg);
        return ZD_EXIT_RUNTIME;
      }
      since = optarg;
      break;
    case O_LAST: last = atoi(optarg); break;
    case O_CONTROL: control = optarg; break;
    case O_DIFF: diff_a = optarg; break;
    case O_EXPIRING:
      days = atoi(optarg);
      if(days <= 0 || days > 3650) {
        zd_errorf("--expiring takes a number of days (1-3650)");
        return ZD_EXIT_RUNTIME;
      }
      break;
    case 'f':
      if(zd_cli_text_or_json(optarg, &json))
        return ZD_EXIT_RUNTIME;
      break;
    default:
      return zd_cli_option_end(c, "history", argv, longopts, usage_text);
    }
  }
  if(!path) {
    zd_errorf("give the history file with --history FILE (or set "
              "ZDAUDIT_HISTORY)");
    return ZD_EXIT_RUNTIME;
  }
  if(diff_a && argc - optind != 1) {
    zd_errorf("--diff takes two runs: --diff RUN1 RUN2");
    return ZD_EXIT_RUNTIME;
  }
  if(!diff_a && optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit history --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return ZD_EXIT_RUNTIME;
  }
  if(access(path, F_OK)) {
    zd_errorf("%s: no such history (zdaudit assess --history FILE creates "
              "it)", path);
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  if(zd_history_open(path, &h, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  zd_time_format(zd_time_now(), today, sizeof(today));
  today[10] = '\0';
  if(diff_a) {
    long long r1, r2;
    json_t *a = NULL, *b = NULL, *d;
    struct zd_diff_side sa = {0}, sb = {0};
    char la[32], lb[32];
    if(parse_run(diff_a, &r1) || parse_run(argv[optind], &r2))
      goto done;
    if(!(a = zd_history_run_document(h, r1, &err)) ||
       !(b = zd_history_run_document(h, r2, &err))) {
      zd_error_print(&err);
      json_decref(a);
      goto done;
    }
    snprintf(la, sizeof(la), "run %lld", r1);
    snprintf(lb, sizeof(lb), "run %lld", r2);
    sa.results = a;
    sa.label = la;
    sb.results = b;
    sb.label = lb;
    d = zd_diff(&sa, &sb);
    zd_diff_write(d, json ? ZD_DIFF_JSON : ZD_DIFF_TEXT, stdout, &err);
    rc = zd_diff_has_regression(d) ? ZD_EXIT_FAIL : ZD_EXIT_OK;
    json_decref(d);
    json_decref(a);
    json_decref(b);
    goto done;
  }
  if(control) {
    const json_t *x;
    size_t i;
    if(!(out = zd_history_control(h, control, account, since, &err))) {
      zd_error_print(&err);
      goto done;
    }
    if(json)
      json_dumpf(out, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    else
      json_array_foreach(out, i, x)
        printf("%-5lld %-20s %-22.22s %-14s %s\n",
               (long long)json_integer_value(json_object_get(x, "run")),
               json_string_value(json_object_get(x, "generated_at")),
               json_string_value(json_object_get(x, "subdomain")),
               json_string_value(json_object_get(x, "status")),
               json_string_value(json_object_get(x, "reason")));
    if(json)
      putchar('\n');
    rc = ZD_EXIT_OK;
    goto done;
  }
  {
    json_t *runs = zd_history_runs(h, account, since, last, &err);
    json_t *exp = runs ? zd_history_expiring(h, account, today, days, &err)
                       : NULL;
    if(!runs || !exp) {
      zd_error_print(&err);
      json_decref(runs);
      goto done;
    }
    if(json) {
      out = json_pack("{s:s, s:o, s:i, s:o}", "schema", ZD_HISTORY_FORMAT,
                      "runs", runs, "expiring_days", days, "expiring", exp);
      json_dumpf(out, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
      putchar('\n');
    }
    else {
      print_runs(runs);
      print_expiring(exp, days);
      json_decref(runs);
      json_decref(exp);
    }
    rc = ZD_EXIT_OK;
  }
done:
  json_decref(out);
  zd_history_close(h);
  return rc;
}

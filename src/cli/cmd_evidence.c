/* SPDX-License-Identifier: MIT
 * cmd_evidence.c — `zdaudit evidence` (and `assess --evidence`): packs what
 * an auditor needs to check one assessment into one signed archive; what
 * goes in and how it is named is decided here, the packing, hashing and
 * signing are src/evidence's. docs/evidence.md describes the package. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "cli/mask_json.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include <unistd.h>
#include "core/msgs.h"
#include "core/timeutil.h"
#include "engine/engine.h"
#include "evidence/evidence.h"
#include "report/report.h"
#include "snapshot/snapshot.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum { OPT_SNAPSHOT = 1000, OPT_RESULTS, OPT_SIGN, OPT_SHOW };

static const char usage_text[] =
  "usage: zdaudit evidence --snapshot DIR --results FILE [--config FILE]\n"
  "                        [--sign KEYFILE] [--show-values] -o PACKAGE\n"
  "\n"
  "Packs the evidence of one assessment into a .tar.gz an auditor can\n"
  "verify (zdaudit verify): the snapshot, the results, the HTML report,\n"
  "the attestation and exception registers (CSV and JSON), the control\n"
  "catalog, the config file and every attestation's local evidence file,\n"
  "with MANIFEST.json giving each file's SHA-256 (docs/evidence.md).\n"
  "\n"
  "options:\n"
  "  --snapshot DIR       the snapshot that was assessed\n"
  "  -r, --results FILE   its results (zdaudit assess --format json)\n"
  "  -c, --config FILE    the zdaudit.yaml used; relative attestation\n"
  "                       evidence paths are read from its folder\n"
  "  --sign KEYFILE       sign MANIFEST.json with this Ed25519 secret key\n"
  "                       (zdaudit keygen; mode 0600)\n"
  "  --show-values        keep the snapshot's values as collected; by\n"
  "                       default every PHI or credential value the scanner\n"
  "                       finds in it is masked, as in reports\n"
  "  -o, --output FILE    the package to write (.tar.gz)\n"
  "  -h, --help           this help\n"
  "\n"
  "An attestation whose evidence names a local file that does not exist\n"
  "stops the packing: a package never has a silent gap.\n"
  "\n"
  "exit codes: 0 written; 1 usage error or something could not be packed.\n"
  "\n"
  "example:\n"
  "  zdaudit assess --snapshot snap --config zdaudit.yaml -f json -o r.json\n"
  "  zdaudit evidence --snapshot snap --results r.json --config zdaudit.yaml\n"
  "                   --sign audit.key -o evidence.tar.gz\n"
  "  zdaudit verify evidence.tar.gz --key audit.key.pub\n";

/* The members being gathered; every string and buffer is owned here. */
struct pack {
  struct zd_evidence_member *m;
  size_t n, cap;
  json_t *attached;     /* [{control, evidence, file}] */
  json_t *masked;       /* {file: count} */
  json_t *left_out;     /* [{file, reason}]: unreadable snapshot files */
};

static void add(struct pack *p, char *name, char *data, size_t len,
                char *path)
{
  if(p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 32;
    p->m = zd_realloc(p->m, p->cap * sizeof(*p->m));
  }
  p->m[p->n].name = name;
  p->m[p->n].data = data;
  p->m[p->n].len = len;
  p->m[p->n].path = path;
  p->n++;
}

static void pack_free(struct pack *p)
{
  for(size_t i = 0; i < p->n; i++) {
    free((char *)p->m[i].name);
    free((char *)p->m[i].data);
    free((char *)p->m[i].path);
  }
  free(p->m);
  json_decref(p->attached);
  json_decref(p->masked);
  json_decref(p->left_out);
}

/* Renders into memory: a report format (fmt >= 0) or a register. */
static char *render(const json_t *doc, int fmt, int reg, int csv,
                    size_t *len)
{
  struct zd_report_opts ro = {0};
  struct zd_error err;
  char *buf = NULL;
  FILE *f = open_memstream(&buf, len);
  zd_code rc;
  zd_error_clear(&err);
  if(!f)
    return NULL;
  rc = fmt >= 0 ? zd_report_write(doc, (zd_format)fmt, f, &ro, &err)
                : zd_report_register(doc, (zd_register)reg, csv, f, &err);
  if(fclose(f) || rc) {
    if(rc)
      zd_error_print(&err);
    free(buf);
    return NULL;
  }
  return buf;
}

/* Keys sorted: the same document always gives the same bytes, whatever
 * order a Lua table handed them over in. */
static char *dump(const json_t *doc, size_t *len)
{
  char *s = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS);
  char *t = zd_asprintf("%s\n", s);
  free(s);
  *len = strlen(t);
  return t;
}

/* The snapshot: its manifest and every endpoint file it names, masked
 * unless 'raw'. */
static int add_snapshot(struct pack *p, const char *dir, const json_t *doc,
                        int raw)
{
  struct zd_snapshot *snap = NULL;
  struct zd_scanner *sc = NULL;
  struct zd_error err;
  const char *key, *sub, *when;
  json_t *st, *acct = json_object_get(doc, "account");
  int rc = -1;
  zd_error_clear(&err);
  if(zd_snapshot_load(dir, &snap, &err)) {
    zd_error_print(&err);
    return -1;
  }
  sub = json_string_value(json_object_get(acct, "subdomain"));
  when = json_string_value(json_object_get(acct, "collected_at"));
  {
    char t[32];
    zd_time_format(zd_snapshot_collected_at(snap), t, sizeof(t));
    if(!sub || !when || strcmp(sub, zd_snapshot_subdomain(snap)) ||
       strcmp(when, t)) {
      zd_errorf("%s: these results were not assessed from this snapshot "
                "(account or collection time differ)", dir);
      goto done;
    }
  }
  if(!raw && zd_scanner_new(NULL, &sc, &err)) {
    zd_error_print(&err);
    goto done;
  }
  add(p, zd_strdup("snapshot/manifest.json"), NULL, 0,
      zd_path_join(dir, "manifest.json"));
  json_object_foreach(json_object_get(zd_snapshot_manifest(snap),
                                      "endpoints"), key, st) {
    const char *file = json_string_value(json_object_get(st, "file"));
    char *name, *text;
    json_t *data;
    size_t n = 0, len;
    if(!file)
      continue;
    name = zd_asprintf("snapshot/%s", file);
    if(raw) {
      add(p, name, NULL, 0, zd_path_join(dir, file));
      continue;
    }
    {
      /* a file the snapshot cannot read cannot be masked either: it is
       * left out, and the manifest says which and why */
      struct zd_ep_state es;
      char why[256];
      zd_snapshot_state(snap, key, &es);
      if(es.outcome != ZD_EP_OK) {
        json_array_append_new(p->left_out, json_pack(
          "{s:s, s:s}", "file", name, "reason",
          zd_ep_state_reason(key, &es, why, sizeof(why))));
        free(name);
        continue;
      }
    }
    /* the snapshot has read and checked it: mask a copy of that */
    data = json_deep_copy(zd_snapshot_data(snap, key));
    if(!data || zd_cli_mask_json(sc, data, &n)) {
      zd_errorf("%s: cannot mask its values (use --show-values to pack "
                "it as it is)", name);
      json_decref(data);
      free(name);
      goto done;
    }
    text = dump(data, &len);
    json_decref(data);
    if(n)
      json_object_set_new(p->masked, name, json_integer((json_int_t)n));
    add(p, name, text, len, NULL);
  }
  rc = 0;
done:
  zd_scanner_free(sc);
  zd_snapshot_free(snap);
  return rc;
}

/* A URL (or mailto:) is a reference, not a file to pack. */
static int is_reference(const char *ev)
{
  return strstr(ev, "://") || !strncmp(ev, "mailto:", 7) ||
         !strncmp(ev, "urn:", 4);
}

/* A member-safe version of a file's base name. */
static char *safe_base(const char *path)
{
  const char *b = strrchr(path, '/');
  char *s = zd_strdup(b ? b + 1 : path);
  for(char *c = s; *c; c++)
    if(!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
         (*c >= '0' && *c <= '9') || *c == '-' || *c == '_' || *c == '.'))
      *c = '_';
  if(!*s || !strcmp(s, ".") || !strcmp(s, "..")) {
    free(s);
    s = zd_strdup("evidence");
  }
  return s;
}

/* Every attestation's local evidence file. */
static int add_attestation_files(struct pack *p, const json_t *doc,
                                 const char *base)
{
  const json_t *r;
  size_t i;
  json_array_foreach(json_object_get(doc, "results"), i, r) {
    const json_t *a = json_object_get(r, "attestation");
    const char *id = json_string_value(json_object_get(r, "id"));
    const char *ev = json_string_value(json_object_get(a, "evidence"));
    struct stat st;
    char *path, *b, *name;
    json_t *rec;
    if(!ev || !*ev || !id || is_reference(ev))
      continue;
    path = ev[0] == '/' ? zd_strdup(ev) : zd_path_join(base, ev);
    if(stat(path, &st) || !S_ISREG(st.st_mode)) {
      zd_errorf("%s: the attestation's evidence file '%s' %s (looked for "
                "%s)", id, ev, access(path, F_OK) ? "does not exist"
                                                  : "is not a regular file",
                path);
      free(path);
      return -1;
    }
    b = safe_base(ev);
    name = zd_asprintf("attestation-evidence/%s/%s", id, b);
    free(b);
    rec = json_object();
    json_object_set_new(rec, "control", json_string(id));
    json_object_set_new(rec, "evidence", json_string(ev));
    json_object_set_new(rec, "file", json_string(name));
    json_array_append_new(p->attached, rec);
    add(p, name, NULL, 0, path);
  }
  return 0;
}

static char *config_base(const char *config)
{
  const char *slash;
  if(!config || !(slash = strrchr(config, '/')))
    return zd_strdup(".");
  if(slash == config)
    return zd_strdup("/");
  return zd_strndup(config, (size_t)(slash - config));
}

int zd_cli_evidence_package(const json_t *doc, const char *snapshot_dir,
                            const char *config, const char *sign_key,
                            const char *results_file, int raw,
                            const char *output)
{
  struct pack p = {0};
  struct zd_evidence_opts eo = {0};
  struct zd_cli_output out;
  struct zd_engine_opts engo = {0};
  struct zd_engine *engine = NULL;
  struct zd_error err;
  json_t *info = NULL, *catalog;
  char *base = config_base(config), *text;
  char now[32];
  size_t len;
  time_t t, gen = 0;
  int rc = -1, ok;
  static const struct { const char *name; int reg, csv; } regs[] = {
    {"registers/attestations.json", ZD_REG_ATTESTATIONS, 0},
    {"registers/attestations.csv", ZD_REG_ATTESTATIONS, 1},
    {"registers/exceptions.json", ZD_REG_EXCEPTIONS, 0},
    {"registers/exceptions.csv", ZD_REG_EXCEPTIONS, 1},
  };

  zd_error_clear(&err);
  p.attached = json_array();
  p.masked = json_object();
  p.left_out = json_array();
  if(add_snapshot(&p, snapshot_dir, doc, raw))
    goto done;
  if(results_file)
    add(&p, zd_strdup("results.json"), NULL, 0, zd_strdup(results_file));
  else if(!(text = render(doc, ZD_FMT_JSON, 0, 0, &len)))
    goto done;
  else
    add(&p, zd_strdup("results.json"), text, len, NULL);
  if(!(text = render(doc, ZD_FMT_HTML, 0, 0, &len)))
    goto done;
  add(&p, zd_strdup("report.html"), text, len, NULL);
  for(size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
    if(!(text = render(doc, -1, regs[i].reg, regs[i].csv, &len)))
      goto done;
    add(&p, zd_strdup(regs[i].name), text, len, NULL);
  }
  if(zd_engine_new(&engo, &engine, &err)) {
    zd_error_print(&err);
    goto done;
  }
  catalog = zd_cli_catalog(engine);
  add(&p, zd_strdup("catalog.json"), dump(catalog, &len), 0, NULL);
  p.m[p.n - 1].len = len;
  json_decref(catalog);
  if(config) {
    char *b = safe_base(config);
    add(&p, zd_asprintf("config/%s", b), NULL, 0, zd_strdup(config));
    free(b);
  }
  if(add_attestation_files(&p, doc, base))
    goto done;

  t = zd_time_now();
  zd_time_parse(json_string_value(json_object_get(doc, "generated_at")),
                &gen);
  info = json_object();
  json_object_set_new(info, "tool", json_pack("{s:s, s:s}", "name",
                                              "zdaudit", "version",
                                              ZD_VERSION));
  json_object_set_new(info, "created_at",
                      json_string(zd_time_format(t, now, sizeof(now))));
  json_object_set(info, "account", json_object_get(doc, "account"));
  json_object_set(info, "baseline", json_object_get(doc, "baseline"));
  json_object_set(info, "results_generated_at",
                  json_object_get(doc, "generated_at"));
  json_object_set(info, "summary", json_object_get(doc, "summary"));
  json_object_set_new(info, "values", json_string(raw ? "raw" : "masked"));
  json_object_set(info, "masked_values", p.masked);
  json_object_set(info, "left_out", p.left_out);
  json_object_set(info, "attestation_evidence", p.attached);
  json_object_set_new(info, "signed", json_boolean(sign_key != NULL));
  eo.info = info;
  eo.sign_key = sign_key;
  eo.mtime = gen ? (long long)gen : (long long)t;
  if(zd_cli_output_open(&out, output))
    goto done;
  ok = zd_evidence_write(p.m, p.n, &eo, out.fp, &err) == ZD_OK;
  if(!ok)
    zd_error_print(&err);
  if(zd_cli_output_close(&out, ok) == 0 && ok)
    rc = 0;
  if(!rc && !zd_msgs.quiet)
    zd_notef("evidence: %zu files%s%s -> %s", p.n + 1 + (sign_key != NULL),
             raw ? ", values as collected" : "",
             sign_key ? ", signed" : "", output);
done:
  json_decref(info);
  zd_engine_free(engine);
  pack_free(&p);
  free(base);
  return rc;
}

int zd_cmd_evidence(int argc, char **argv)
{
  char shown[128];
  static const struct option longopts[] = {
    {"snapshot", required_argument, NULL, OPT_SNAPSHOT},
    {"results", required_argument, NULL, 'r'},
    {"config", required_argument, NULL, 'c'},
    {"sign", required_argument, NULL, OPT_SIGN},
    {"show-values", no_argument, NULL, OPT_SHOW},
    {"output", required_argument, NULL, 'o'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  const char *snapshot = NULL, *results = NULL, *config = NULL;
  const char *sign = NULL, *output = NULL;
  struct zd_error err;
  json_t *doc;
  int c, raw = 0, rc;
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":r:c:o:qh", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_SNAPSHOT: snapshot = optarg; break;
    case 'r': results = optarg; break;
    case 'c': config = optarg; break;
    case OPT_SIGN: sign = optarg; break;
    case OPT_SHOW: raw = 1; break;
    case 'o': output = optarg; break;
    case 'q': zd_msgs.quiet = 1; break;
    default:
      return zd_cli_option_end(c, "evidence", argv, longopts, usage_text);
    }
  }
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit evidence --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return ZD_EXIT_RUNTIME;
  }
  if(!snapshot || !results || !output) {
    zd_errorf("give --snapshot DIR, --results FILE and -o PACKAGE (see "
              "zdaudit evidence --help)");
    return ZD_EXIT_RUNTIME;
  }
  if(!strcmp(output, "-")) {
    zd_errorf("the package is binary: give a file name to -o");
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  doc = zd_json_load(results, ZD_MAX_RESULTS_FILE, &err);
  if(!doc || zd_report_validate(doc, &err) != ZD_OK) {
    if(!err.source[0])
      snprintf(err.source, sizeof(err.source), "%s", results);
    zd_error_print(&err);
    json_decref(doc);
    return ZD_EXIT_RUNTIME;
  }
  rc = zd_cli_evidence_package(doc, snapshot, config, sign, results, raw,
                               output) ? ZD_EXIT_RUNTIME : ZD_EXIT_OK;
  json_decref(doc);
  return rc;
}

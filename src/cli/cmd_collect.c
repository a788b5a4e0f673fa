/* SPDX-License-Identifier: MIT
 * cmd_collect.c — `zdaudit collect`: reads a live account through its
 * REST APIs into a snapshot directory (written atomically), so it can be
 * assessed, kept and handed to an auditor later. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "cli/live_opts.h"
#include "collect/collect.h"
#include "core/buf.h"
#include "core/msgs.h"
#include "snapshot/snapshot.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_OUTPUT = ZD_OPT_LIVE_LAST + 1 };

static const char usage_text[] =
  "usage: zdaudit collect --subdomain NAME --output DIR [options]\n"
  "\n"
  "Collects the account's configuration through Zendesk's REST APIs into a\n"
  "snapshot directory (docs/snapshot.md). Every endpoint's outcome is\n"
  "recorded in DIR/manifest.json; secrets (token values, OAuth and SunCo\n"
  "secrets, webhook credentials) are removed before anything is written.\n"
  "\n"
  "options:\n"
  "  -o, --output DIR        the snapshot directory to write (replaced if it\n"
  "                          holds an earlier snapshot and nothing else)\n"
  "  -v, --verbose           log each request (credentials never shown);\n"
  "                          twice: request and response headers too\n"
  "  -q, --quiet             no progress or notes on stderr\n"
  "  -h, --help              this help\n"
  "\n"
  "live collection:\n";

static const char usage_tail[] =
  "\n"
  "exit codes:\n"
  "  0  snapshot written; every endpoint collected or deliberately skipped\n"
  "  3  snapshot written, but some endpoints failed (see the manifest)\n"
  "  1  usage or runtime error, refused credentials: nothing written\n";

/* The endpoint another one's failure names ("… (endpoint 'brands' failed
 * …)"), copied into 'dep', or 0 when there is none. */
static int depends_on(const char *error, char *dep, size_t n)
{
  const char *p = error ? strstr(error, "(endpoint '") : NULL;
  size_t len;
  if(!p)
    return 0;
  p += strlen("(endpoint '");
  len = strcspn(p, "'");
  if(!len || len >= n || !strstr(p + len, "' failed"))
    return 0;
  memcpy(dep, p, len);
  dep[len] = '\0';
  return 1;
}

/* Endpoints whose outcome is "http_error" or "error", one line each,
 * except that those refused with HTTP 403 (an agent's token, a plan
 * without the feature) share one line, and so do those that could not
 * be asked because the endpoint they need failed. */
static int failed_endpoints(const struct zd_snapshot *s)
{
  json_t *eps = json_object_get(zd_snapshot_manifest(s), "endpoints");
  json_t *refused = json_array(), *deps = json_object(), *list;
  const char *key;
  json_t *v;
  size_t i;
  int n = 0;
  json_object_foreach(eps, key, v) {
    const char *o = json_string_value(json_object_get(v, "outcome"));
    const char *e = json_string_value(json_object_get(v, "error"));
    char dep[128];
    if(!o || (strcmp(o, "http_error") && strcmp(o, "error")))
      continue;
    n++;
    if(json_integer_value(json_object_get(v, "http_status")) == 403)
      json_array_append_new(refused, json_string(key));
    else if(depends_on(e, dep, sizeof(dep))) {
      if(!(list = json_object_get(deps, dep)))
        json_object_set_new(deps, dep, list = json_array());
      json_array_append_new(list, json_string(key));
    }
    else
      zd_notef("  %s: %s", key, e ? e : o);
  }
  if(json_array_size(refused)) {
    struct zd_buf b;
    zd_buf_init(&b, 8192);
    json_array_foreach(refused, i, v) {
      zd_buf_adds(&b, i ? ", " : "");
      zd_buf_adds(&b, json_string_value(v));
    }
    zd_notef("  %zu endpoint%s refused with HTTP 403 (admin-only, or not on "
             "this plan): %s", json_array_size(refused),
             json_array_size(refused) == 1 ? "" : "s", zd_buf_str(&b));
    zd_buf_free(&b);
  }
  json_object_foreach(deps, key, list) {
    struct zd_buf b;
    zd_buf_init(&b, 8192);
    json_array_foreach(list, i, v) {
      zd_buf_adds(&b, i ? ", " : "");
      zd_buf_adds(&b, json_string_value(v));
    }
    zd_notef("  %zu endpoint%s not asked, as %s failed: %s",
             json_array_size(list), json_array_size(list) == 1 ? "" : "s",
             key, zd_buf_str(&b));
    zd_buf_free(&b);
  }
  json_decref(refused);
  json_decref(deps);
  return n;
}

int zd_cmd_collect(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"verbose", no_argument, NULL, 'v'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    ZD_LIVE_LONGOPTS,
    {NULL, 0, NULL, 0}
  };
  struct zd_collect_opts o;
  struct zd_snapshot *snap = NULL;
  struct zd_error err;
  const char *output = NULL;
  int c, rc, verbose = 0, quiet = 0, failed;

  zd_live_opts_init(&o);
  zd_error_clear(&err);
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":o:vqh", longopts, NULL)) != -1) {
    switch(c) {
    case 'o': output = optarg; break;
    case 'v': verbose++; break;
    case 'q': quiet = 1; break;
    default:
      rc = zd_live_option_end(c, "collect", argv, longopts, usage_text,
                              usage_tail, &o);
      if(rc != ZD_LIVE_GO_ON)
        return rc;
      break;
    }
  }
  if(zd_live_no_arguments("collect", argc, argv))
    return ZD_EXIT_RUNTIME;
  if(!output) {
    zd_errorf("where to? give --output DIR (see zdaudit collect --help)");
    return ZD_EXIT_RUNTIME;
  }
  o.verbose = verbose;
  o.quiet = quiet;
  zd_msgs.verbose = verbose;
  zd_msgs.quiet = quiet;

  if(zd_collect_run(&o, &snap, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(zd_snapshot_save(snap, output, &err)) {
    zd_error_print(&err);
    zd_snapshot_free(snap);
    return ZD_EXIT_RUNTIME;
  }
  failed = failed_endpoints(snap);
  zd_snapshot_free(snap);
  zd_notef("snapshot written to %s", output);
  return failed ? ZD_EXIT_ERROR : ZD_EXIT_OK;
}

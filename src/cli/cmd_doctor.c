/* SPDX-License-Identifier: MIT
 * cmd_doctor.c — `zdaudit doctor`: checks the credential and the account
 * before a collection (src/collect/doctor.c does the requests) and says,
 * one line each, who the token belongs to, its role, the products seen,
 * the audit log and Sunshine Conversations key, and which controls
 * collect will therefore leave `error` or `manual`. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "cli/live_opts.h"
#include "collect/doctor.h"
#include "core/msgs.h"
#include "engine/engine.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char usage_text[] =
  "usage: zdaudit doctor --subdomain NAME [options]\n"
  "\n"
  "Checks, before a collection, that the account can be reached and the\n"
  "credential works, in at most three requests to Zendesk (and two to\n"
  "Sunshine Conversations when its key is set): who the credential belongs\n"
  "to and their role, the products the account shows, whether the audit\n"
  "log and the Sunshine Conversations key are usable (and whether the key\n"
  "may list keys: app-scoped keys may not), and which controls\n"
  "`zdaudit collect` will therefore leave `error` (refused) or `manual`\n"
  "(skipped). Takes the same options and credentials as collect.\n"
  "\n"
  "options:\n"
  "  -v, --verbose           log each request (credentials never shown)\n"
  "  -h, --help              this help\n"
  "\n"
  "live collection:\n";

static const char usage_tail[] =
  "\n"
  "exit codes:\n"
  "  0  the account answered, the credential is accepted and is an admin's\n"
  "  1  anything else (unreachable, refused, not an admin, usage error)\n";

static void line(const char *label, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
static void line(const char *label, const char *fmt, ...)
{
  va_list ap;
  printf("  %-12s ", label);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  putchar('\n');
}

static const char *str(const json_t *o, const char *key)
{
  const char *s = json_string_value(json_object_get(o, key));
  return s ? s : "";
}

static void list(const json_t *a)
{
  size_t i;
  const json_t *x;
  json_array_foreach(a, i, x)
    printf("%s%s", i ? ", " : "", json_string_value(x));
}

static int in(const json_t *a, const char *key)
{
  size_t i;
  const json_t *x;
  json_array_foreach(a, i, x)
    if(!strcmp(json_string_value(x), key))
      return 1;
  return 0;
}

/* The controls that need an endpoint collect will not get: a refused
 * endpoint in `requires` makes a control `error`, a skipped one `manual`
 * (engine: evaluate.c); one only in `uses` leaves the control to decide
 * without that data (most then ask a person). */
static void consequences(const json_t *d)
{
  const json_t *refused = json_object_get(d, "refused");
  const json_t *skipped = json_object_get(d, "skipped");
  struct zd_engine_opts eo = {0};
  struct zd_engine *e;
  struct zd_error err;
  json_t *err_ids = json_array(), *man_ids = json_array();
  json_t *without = json_array();
  zd_error_clear(&err);
  if(zd_engine_new(&eo, &e, &err)) {
    zd_error_print(&err);
    json_decref(err_ids);
    json_decref(man_ids);
    json_decref(without);
    return;
  }
  for(size_t i = 0; i < zd_engine_count(e); i++) {
    const struct zd_control *c = zd_engine_control(e, i);
    const json_t *req = json_object_get(c->meta, "requires"), *x;
    const json_t *uses = json_object_get(c->meta, "uses");
    size_t j;
    int r = 0, s = 0, u = 0;
    json_array_foreach(req, j, x) {
      r |= in(refused, json_string_value(x));
      s |= in(skipped, json_string_value(x));
    }
    json_array_foreach(uses, j, x) {
      s |= in(skipped, json_string_value(x));
      u |= in(refused, json_string_value(x));
    }
    if(r)
      json_array_append_new(err_ids, json_string(c->id));
    else if(s)
      json_array_append_new(man_ids, json_string(c->id));
    else if(u)
      json_array_append_new(without, json_string(c->id));
  }
  printf("  %-12s ", "refused");
  if(json_array_size(refused)) {
    printf("%zu endpoints (", json_array_size(refused));
    list(refused);
    printf("): %zu controls will be error", json_array_size(err_ids));
    if(json_array_size(err_ids)) {
      printf(" (");
      list(err_ids);
      printf(")");
    }
    if(json_array_size(without)) {
      printf("; %zu decided without them or asking a person (",
             json_array_size(without));
      list(without);
      printf(")");
    }
  }
  else
    printf("none");
  printf("\n  %-12s ", "skipped");
  if(json_array_size(skipped)) {
    printf("%zu endpoints (", json_array_size(skipped));
    list(skipped);
    printf("): %zu controls will be manual or decided without them",
           json_array_size(man_ids));
    if(json_array_size(man_ids)) {
      printf(" (");
      list(man_ids);
      printf(")");
    }
  }
  else
    printf("none");
  putchar('\n');
  json_decref(err_ids);
  json_decref(man_ids);
  json_decref(without);
  zd_engine_free(e);
}

int zd_cmd_doctor(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"verbose", no_argument, NULL, 'v'},
    {"help", no_argument, NULL, 'h'},
    ZD_LIVE_LONGOPTS,
    {NULL, 0, NULL, 0}
  };
  struct zd_collect_opts o;
  json_t *d;
  const json_t *user;
  const char *role;
  int c, rc, ok;
  long n;
  zd_live_opts_init(&o);
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":vh", longopts, NULL)) != -1) {
    switch(c) {
    case 'v': o.verbose++; break;
    default:
      rc = zd_live_option_end(c, "doctor", argv, longopts, usage_text,
                              usage_tail, &o);
      if(rc != ZD_LIVE_GO_ON)
        return rc;
      break;
    }
  }
  if(zd_live_no_arguments("doctor", argc, argv))
    return ZD_EXIT_RUNTIME;
  zd_msgs.verbose = o.verbose;
  d = zd_collect_doctor(&o);
  user = json_object_get(d, "user");
  role = json_string_value(json_object_get(user, "role"));
  n = (long)json_integer_value(json_object_get(d, "zendesk_requests"));
  printf("zdaudit doctor: %s, with %s\n",
         json_string_value(json_object_get(d, "target"))
           ? json_string_value(json_object_get(d, "target")) : "(no account)",
         json_string_value(json_object_get(d, "credential"))
           ? json_string_value(json_object_get(d, "credential"))
           : "no credential");
  if(!json_is_true(json_object_get(d, "reached"))) {
    line("account", "NOT REACHED: %s", str(d, "error"));
    ok = 0;
    goto verdict;
  }
  line("account", "reached");
  if(!json_is_true(json_object_get(d, "accepted"))) {
    line("credential", "REFUSED: %s (HTTP %lld on /api/v2/users/me); it is "
         "wrong, expired or revoked", str(d, "error"),
         (long long)json_integer_value(json_object_get(d, "status")));
    ok = 0;
    goto verdict;
  }
  {
    const char *name = json_string_value(json_object_get(user, "name"));
    const char *email = json_string_value(json_object_get(user, "email"));
    printf("  %-12s accepted: %s%s%s%s\n", "credential", name ? name : "?",
           email ? " <" : "", email ? email : "", email ? ">" : "");
  }
  ok = json_is_true(json_object_get(d, "admin"));
  if(ok)
    line("role", "admin: every Support endpoint can be read");
  else
    line("role", "%s, NOT admin: admin-only endpoints will be refused; use "
         "an admin's token for a full assessment", role ? role : "?");
  if(json_is_array(json_object_get(d, "products"))) {
    printf("  %-12s ", "products");
    list(json_object_get(d, "products"));
    if(json_integer_value(json_object_get(d, "pod")))
      printf(" (pod %lld)",
             (long long)json_integer_value(json_object_get(d, "pod")));
    printf("; the plan itself is not in the API (ZD.GEN.4 asks a person)\n");
  }
  else
    line("products", "unknown: account settings %s",
         str(d, "products_error"));
  line("audit log", "%s", str(d, "audit_logs"));
  line("SunCo key", "%s", str(d, "sunco"));
  if(*str(d, "sunco_keys"))
    line("SunCo keys", "%s", str(d, "sunco_keys"));
  consequences(d);
verdict:
  if(json_object_get(d, "sunco_requests") &&
     json_integer_value(json_object_get(d, "sunco_requests")))
    printf("%s (%ld requests to Zendesk, %lld to Sunshine Conversations)\n",
           ok ? "ready: collect can read what it needs"
              : "not ready: see above",
           n, (long long)json_integer_value(json_object_get(d,
                                                            "sunco_requests")));
  else
    printf("%s (%ld request%s)\n",
           ok ? "ready: collect can read what it needs"
              : "not ready: see above", n, n == 1 ? "" : "s");
  json_decref(d);
  return ok ? ZD_EXIT_OK : ZD_EXIT_RUNTIME;
}

/* SPDX-License-Identifier: MIT
 * test_collect_engine.c — collection feeding the engine: with an agent
 * (non-admin) token Zendesk refuses the admin-only endpoints, and every
 * control that requires one must end `error` or `manual`, never `pass`
 * (issue #4 acceptance). The admin run shows the same controls can pass,
 * so the check is not vacuous. argv[1] is the fixtures directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "collect/collect.h"
#include "engine/engine.h"
#include "emu.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *fixtures;

/* 1 when control 'c' requires an endpoint Zendesk serves to admins only
 * (or one derived from the admin-only brand list). */
static int needs_admin(const struct zd_control *c)
{
  size_t i;
  json_t *k;
  json_array_foreach(json_object_get(c->meta, "requires"), i, k) {
    const struct zd_endpoint_def *d = zd_endpoint_find(json_string_value(k));
    if(d && (d->admin || d->scope == ZD_SCOPE_HC_BRAND ||
             d->scope == ZD_SCOPE_DERIVED))
      return 1;
  }
  return 0;
}

/* Collects with 'token' and runs every control; returns how many of the
 * admin-needing controls passed, and counts them in '*n_admin'. */
static int admin_passes(const char *token, int *n_admin, int *n_bad)
{
  json_t *sc = json_pack("{s:s, s:s}", "token", "tok-admin-8c1f4e2a9b",
                         "agent_token", "tok-agent-5d7e3b1c0a");
  struct emu *e = emu_start(fixtures, sc, 0, NULL, NULL);
  struct zd_collect_opts o;
  struct zd_snapshot *s = NULL;
  struct zd_engine *eng = NULL;
  struct zd_engine_opts eo;
  struct zd_results res;
  struct zd_error err;
  char base[64];
  int passes = 0;
  json_decref(sc);
  assert_non_null(e);
  setenv("ZENDESK_OAUTH_TOKEN", token, 1);
  memset(&o, 0, sizeof(o));
  snprintf(base, sizeof(base), "http://127.0.0.1:%u", emu_port(e));
  o.subdomain = "riverside";
  o.base_url = base;
  o.quiet = 1;
  o.tls_connect_to = "127.0.0.1:1";
  assert_int_equal(zd_collect_run(&o, &s, &err), ZD_OK);
  memset(&eo, 0, sizeof(eo));
  assert_int_equal(zd_engine_new(&eo, &eng, &err), ZD_OK);
  memset(&res, 0, sizeof(res));
  assert_int_equal(zd_engine_run(eng, s, &res, &err), ZD_OK);
  *n_admin = *n_bad = 0;
  for(size_t i = 0; i < res.n; i++) {
    const struct zd_result *r = &res.items[i];
    if(!needs_admin(r->control))
      continue;
    (*n_admin)++;
    if(r->status == ZD_STATUS_PASS)
      passes++;
    if(r->status != ZD_STATUS_ERROR && r->status != ZD_STATUS_MANUAL) {
      (*n_bad)++;
      if(!strcmp(token, "tok-agent-5d7e3b1c0a"))
        fprintf(stderr, "agent token: %s is %s: %s\n", r->control->id,
                zd_status_name(r->status), r->details);
    }
  }
  zd_results_free(&res);
  zd_engine_free(eng);
  zd_snapshot_free(s);
  emu_stop(e);
  return passes;
}

static void test_agent_token_never_passes_admin_controls(void **state)
{
  int n_admin, n_bad, admin_run_passes_or_fails;
  (void)state;
  /* Admin token: these controls get decided (pass or fail). */
  admin_passes("tok-admin-8c1f4e2a9b", &n_admin, &admin_run_passes_or_fails);
  assert_true(n_admin > 10);
  assert_true(admin_run_passes_or_fails > 0);
  /* Agent token: none of them passes; each is error or manual. */
  assert_int_equal(admin_passes("tok-agent-5d7e3b1c0a", &n_admin, &n_bad),
                   0);
  assert_int_equal(n_bad, 0);
}

int main(int argc, char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_agent_token_never_passes_admin_controls),
  };
  int rc;
  if(argc < 2)
    return 2;
  fixtures = argv[1];
  setenv("ZDAUDIT_NOW", "2026-11-20T09:00:00Z", 1);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  rc = cmocka_run_group_tests(tests, NULL, NULL);
  curl_global_cleanup();
  return rc;
}

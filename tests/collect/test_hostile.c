/* SPDX-License-Identifier: MIT
 * test_hostile.c — collection against the emulator's hostile-server mode
 * (#11 items 1, 4, 12): a server that echoes the client's credentials
 * (in error text, \u-escaped in a body, as the Basic header's base64, in
 * response headers), serves pages without end, and answers one endpoint
 * with a Retry-After of an hour. Asserts what is stored and printed and
 * what the manifest says, never how long anything took. cmocka; argv[1]
 * is the fixtures directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "collect/collect.h"
#include "core/fsutil.h"
#include "emu.h"
#include "trial.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* base64("admin@example.com/token:apitoken-3f9a7c2e1d"): what the Basic
 * header of the API-token runs carries. */
#define BASIC_B64 "YWRtaW5AZXhhbXBsZS5jb20vdG9rZW46YXBpdG9rZW4tM2Y5YTdjMmUxZA=="

/* Saves the snapshot and asserts that neither it nor 'log' holds any
 * credential (assert_dir_clean) or 'extra'. */
static void saved_clean(struct trial *t, const char *name, const char *extra)
{
  char dir[300];
  snprintf(dir, sizeof(dir), "%s/%s", workdir, name);
  assert_int_equal(zd_snapshot_save(t->s, dir, &t->err), ZD_OK);
  assert_dir_clean(dir);
  assert_no_secret(t->log, "stderr");
  if(extra) {
    char *m = zd_path_join(dir, "manifest.json"), *data;
    size_t len;
    assert_int_equal(zd_read_file(m, 1 << 24, &data, &len, NULL), ZD_OK);
    assert_null(strstr(data, extra));
    assert_null(strstr(t->log, extra));
    free(data);
    free(m);
  }
}

/* Item 1: a Bearer token echoed every way a server can. */
static void test_echoed_bearer(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t,
    "{\"endpoints\": {"
    "  \"custom_roles\": {\"echo\": \"error\"},"
    "  \"macros\": {\"echo\": \"error_escaped\"},"
    "  \"triggers\": {\"echo\": \"escaped\"},"
    "  \"automations\": {\"echo\": \"header\"}}}", ADMIN_TOKEN);
  t.o.verbose = 2;
  assert_int_equal(collect(&t), ZD_OK);
  /* The 403 is kept as a 403, its quoting text is not. */
  assert_string_equal(outcome(t.s, "custom_roles"), "http_error");
  assert_int_equal(mfield(t.s, "custom_roles", "http_status"), 403);
  assert_non_null(strstr(merror(t.s, "custom_roles"), "not kept"));
  assert_string_equal(outcome(t.s, "macros"), "http_error");
  assert_non_null(strstr(merror(t.s, "macros"), "not kept"));
  /* A 200 holding it \u-escaped is not stored at all. */
  assert_string_equal(outcome(t.s, "triggers"), "error");
  assert_non_null(strstr(merror(t.s, "triggers"), "own credentials"));
  /* A response header echoing it: the endpoint is fine, the log clean. */
  assert_string_equal(outcome(t.s, "automations"), "ok");
  assert_non_null(strstr(t.log, "< X-Debug-Authorization: [redacted]"));
  saved_clean(&t, "echo-bearer", NULL);
  end_trial(&t);
}

/* Item 1: the Basic header of an API token echoed as sent (base64). */
static void test_echoed_basic(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t,
    "{\"endpoints\": {"
    "  \"triggers\": {\"echo\": \"plain\"},"
    "  \"custom_roles\": {\"echo\": \"error\"}}}", NULL);
  setenv("ZENDESK_EMAIL", "admin@example.com", 1);
  setenv("ZENDESK_API_TOKEN", "apitoken-3f9a7c2e1d", 1);
  t.o.verbose = 2;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "triggers"), "error");
  assert_non_null(strstr(merror(t.s, "triggers"), "own credentials"));
  assert_string_equal(outcome(t.s, "custom_roles"), "http_error");
  assert_non_null(strstr(merror(t.s, "custom_roles"), "not kept"));
  assert_string_equal(outcome(t.s, "macros"), "ok");
  saved_clean(&t, "echo-basic", BASIC_B64);
  end_trial(&t);
}

/* Item 12: one endpoint answered 429 with Retry-After: 3600 while the
 * account's window has room (x-rate-limit-remaining 600): only it waits,
 * and as its wait outlasts the run it fails at once; everything else is
 * collected; its attempts count the throttled request. Before the fix
 * every other endpoint waited behind the same gate until the deadline. */
static void test_huge_retry_after(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t,
    "{\"endpoints\": {\"triggers\": {\"throttle\": {\"times\": 5,"
    "  \"retry_after\": 3600, \"remaining\": 600}}}}", ADMIN_TOKEN);
  t.o.deadline_ms = 90000;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "triggers"), "error");
  assert_non_null(strstr(merror(t.s, "triggers"), "rate limited"));
  assert_int_equal(mfield(t.s, "triggers", "attempts"), 1);
  assert_int_equal(mfield(t.s, "triggers", "throttled"), 1);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    if(d->scope != ZD_SCOPE_SUNCO && strcmp(d->key, "triggers") &&
       strcmp(d->key, "tls_probes") && strcmp(outcome(t.s, d->key), "ok")) {
      fprintf(stderr, "%s: %s %s\n", d->key, outcome(t.s, d->key),
              merror(t.s, d->key));
      fail();
    }
  end_trial(&t);
}

/* Item 4: 2 MiB pages with a fresh cursor each time, without end. The
 * endpoint's byte budget stops paging, recorded as truncated; the run
 * goes on. Before the fix paging went on to ZD_MAX_PAGES_PER_LIST. */
static void test_endpoint_byte_budget(void **state)
{
  struct trial t;
  json_t *st;
  (void)state;
  start_trial(&t, "{\"endpoints\": {\"users\": {\"huge_page\":"
                  " {\"bytes\": 2097152}}}}", ADMIN_TOKEN);
  t.o.max_endpoint_bytes = 5u * 1024 * 1024;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "users"), "ok");
  assert_int_equal(mfield(t.s, "users", "truncated"), 1);
  assert_int_equal(mfield(t.s, "users", "pages"), 3);
  assert_int_equal(nitems(t.s, "users", "users"), 3);
  st = json_object_get(json_object_get(zd_snapshot_manifest(t.s),
                                       "endpoints"), "users");
  assert_string_equal(json_string_value(json_object_get(st, "byte_budget")),
                      "endpoint");
  assert_true(json_integer_value(json_object_get(st, "bytes")) >=
              5 * 1024 * 1024);
  assert_string_equal(outcome(t.s, "organizations"), "ok");
  assert_int_equal(mfield(t.s, "organizations", "truncated"), 0);
  end_trial(&t);
}

/* Item 4: two endless endpoints under a run budget: the run's bytes stay
 * within the budget plus the pages in flight, both lists are cut short
 * and say so, and every endpoint has an outcome. */
static void test_run_byte_budget(void **state)
{
  struct trial t;
  json_t *c;
  const size_t page = 2u * 1024 * 1024, budget = 8u * 1024 * 1024;
  (void)state;
  start_trial(&t, "{\"endpoints\": {"
                  "  \"users\": {\"huge_page\": {\"bytes\": 2097152}},"
                  "  \"organizations\": {\"huge_page\": {\"bytes\": 2097152}}}}",
              ADMIN_TOKEN);
  t.o.max_run_bytes = budget;
  t.o.max_parallel = 2;
  assert_int_equal(collect(&t), ZD_OK);
  c = json_object_get(zd_snapshot_manifest(t.s), "collector");
  assert_true((size_t)json_integer_value(json_object_get(c, "bytes")) <=
              budget + 2 * (page + 4096));
  assert_int_equal(json_integer_value(json_object_get(c, "max_run_bytes")),
                   (json_int_t)budget);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    assert_string_not_equal(outcome(t.s, d->key), "absent");
  assert_int_equal(mfield(t.s, "users", "truncated") ||
                   strcmp(outcome(t.s, "users"), "ok"), 1);
  assert_int_equal(mfield(t.s, "organizations", "truncated") ||
                   strcmp(outcome(t.s, "organizations"), "ok"), 1);
  end_trial(&t);
}

int main(int argc, char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_echoed_bearer),
    cmocka_unit_test(test_echoed_basic),
    cmocka_unit_test(test_huge_retry_after),
    cmocka_unit_test(test_endpoint_byte_budget),
    cmocka_unit_test(test_run_byte_budget),
  };
  return trial_main(argc, argv, "hostile", tests,
                    sizeof(tests) / sizeof(tests[0]));
}

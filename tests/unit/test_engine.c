/* SPDX-License-Identifier: MIT
 * test_engine.c — the engine on fixture controls: the JSON -> Lua bridge,
 * the sandbox (read-only data and libraries, no os), the instruction
 * budget, errors that must stay inside one control, zd.result, and the
 * rule that missing or refused data is never `pass`. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>
#include "core/timeutil.h"
#include "engine/engine.h"
#include "snapshot/snapshot.h"

#define FIXTURES ZD_TEST_FIXTURES "/controls"

static struct zd_engine *engine(const char *dir)
{
  struct zd_engine_opts o = {0};
  struct zd_engine *e = NULL;
  struct zd_error err;
  o.controls_dir = dir;
  o.instruction_budget = 2000000;   /* keeps the endless-loop case fast */
  assert_int_equal(zd_engine_new(&o, &e, &err), ZD_OK);
  return e;
}

static struct zd_snapshot *snapshot_with_users(void)
{
  time_t now;
  json_error_t jerr;
  struct zd_snapshot *s;
  json_t *users = json_loads(
    "{\"users\": ["
    " {\"id\": 1500000550682, \"name\": \"a\", \"role\": \"admin\"},"
    " {\"id\": 2, \"name\": \"Zo\\u00eb \\u00c5ngstr\\u00f6m\","
    "  \"two_factor_auth_enabled\": null},"
    " {\"id\": 3, \"tags\": [\"x\", \"vip\"], \"org\": {\"meta\": {\"level\": 7}}}"
    "]}", 0, &jerr);
  assert_non_null(users);
  zd_time_parse("2026-11-20T09:00:00Z", &now);
  s = zd_snapshot_new("unit", now);
  zd_snapshot_put(s, "users", ZD_EP_OK, 200, NULL, users);
  return s;
}

static const struct zd_result *find(struct zd_results *r, const char *id)
{
  const struct zd_result *x = zd_results_find(r, id);
  assert_non_null(x);
  return x;
}

static void test_bridge_and_sandbox(void **state)
{
  struct zd_engine *e = engine(FIXTURES);
  struct zd_snapshot *s = snapshot_with_users();
  struct zd_results r = {0};
  struct zd_error err;
  const struct zd_result *x;
  json_t *ev;
  (void)state;
  assert_int_equal(zd_engine_count(e), 12);
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);

  x = find(&r, "ZD.T.1");
  assert_string_equal(zd_status_name(x->status), "pass");
  ev = json_array_get(x->evidence, 0);
  assert_int_equal(json_integer_value(json_object_get(ev, "actual")),
                   1500000550682LL);
  assert_int_equal(json_integer_value(json_object_get(ev, "big")),
                   (json_int_t)1 << 62);
  assert_string_equal(json_string_value(json_object_get(ev, "name")),
                      "Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m");
  assert_true(json_is_null(json_object_get(ev, "none")));
  assert_int_equal(json_array_size(json_object_get(ev, "list")), 2);

  x = find(&r, "ZD.T.2");   /* raised: error, and the run went on */
  assert_int_equal(x->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(x->details, "ZD.T.2.lua"));

  x = find(&r, "ZD.T.3");   /* endless loop stopped by the budget */
  assert_int_equal(x->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(x->details, "instruction budget"));

  x = find(&r, "ZD.T.4");
  assert_int_equal(x->status, ZD_STATUS_MANUAL);
  assert_string_equal(x->details, "Is the thing done?");

  x = find(&r, "ZD.T.5");
  assert_int_equal(x->status, ZD_STATUS_PASS);

  x = find(&r, "ZD.T.6");   /* os is not reachable */
  assert_int_equal(x->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(x->details, "undefined global 'os'"));

  x = find(&r, "ZD.T.7");   /* attested is the config stage's word */
  assert_int_equal(x->status, ZD_STATUS_ERROR);

  x = find(&r, "ZD.T.10");   /* zd.get on snapshot data, walked in C: the
                               * answers of the general (Lua index) walk */
  assert_string_equal(x->details,
                      "1.id=1500000550682/nil 2.two_factor_auth_enabled=nil/null "
                      "3.org.meta.level=7/nil 3.tags.2=vip/nil 3.tags.x=nil/mistyped "
                      "1.name.x=nil/mistyped 2.two_factor_auth_enabled.x=nil/null "
                      "9.id=nil/absent 0=nil/absent 1.nosuch.y=nil/absent x=nil/mistyped "
                      "=nil/mistyped 3.org=object/nil 3.tags.007=nil/absent "
                      "3.org.meta.level.x=nil/mistyped");

  x = find(&r, "ZD.T.11");   /* zd.shared: computed once per run */
  assert_string_equal(x->details, "calls=1 n=3 k=42 same=true list=2/x");
  x = find(&r, "ZD.T.12");   /* ... and handed to the next control, read-only */
  assert_string_equal(x->details,
                      "calls=0 n=3 k=42 top=false:read-only nested=false:read-only "
                      "deeper=false:true pairs=2 loop=false:depends on itself "
                      "fails=false:5 none=nil,7 nonobject=nil 1:string");

  x = find(&r, "ZD.T.9");   /* evidence cut after 200 items, the rest counted */
  assert_int_equal(json_array_size(x->evidence), 201);
  assert_int_equal(json_integer_value(json_object_get(
                     json_array_get(x->evidence, 199), "n")), 200);
  assert_int_equal(json_array_size(json_object_get(
                     json_array_get(x->evidence, 199), "tags")), 2);
  assert_string_equal(json_string_value(json_object_get(
                        json_array_get(x->evidence, 200), "note")),
                      "… and 50 more");

  zd_results_free(&r);
  zd_snapshot_free(s);
  zd_engine_free(e);
}

static void test_missing_and_refused_data_never_pass(void **state)
{
  struct zd_engine *e = engine(FIXTURES);
  struct zd_results r = {0};
  struct zd_error err;
  struct zd_snapshot *s = zd_snapshot_new("unit", 0);
  (void)state;
  /* never collected */
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.1")->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(find(&r, "ZD.T.1")->details, "not collected"));
  zd_results_free(&r);
  zd_snapshot_free(s);
  /* refused */
  s = zd_snapshot_new("unit", 0);
  zd_snapshot_put(s, "users", ZD_EP_HTTP, 403, "Forbidden", NULL);
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.1")->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(find(&r, "ZD.T.1")->details, "HTTP 403"));
  zd_results_free(&r);
  zd_snapshot_free(s);
  /* skipped (no credentials): manual, not error */
  s = zd_snapshot_new("unit", 0);
  zd_snapshot_put(s, "users", ZD_EP_SKIPPED, 0, "no credentials", NULL);
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.1")->status, ZD_STATUS_MANUAL);
  zd_results_free(&r);
  zd_snapshot_free(s);
  zd_engine_free(e);
}

static void test_truncated_pass_becomes_manual(void **state)
{
  struct zd_engine *e = engine(FIXTURES);
  struct zd_snapshot *s = snapshot_with_users();
  struct zd_results r = {0};
  struct zd_error err;
  json_t *eps = json_object_get(zd_snapshot_manifest(s), "endpoints");
  (void)state;
  json_object_set_new(json_object_get(eps, "users"), "truncated",
                      json_true());
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.5")->status, ZD_STATUS_MANUAL);
  assert_non_null(strstr(find(&r, "ZD.T.5")->details, "truncated"));
  assert_int_equal(find(&r, "ZD.T.8")->status, ZD_STATUS_MANUAL);
  zd_results_free(&r);
  zd_snapshot_free(s);
  zd_engine_free(e);
}

/* A pass or not-applicable is never read from a list with items that are
 * not objects, even when the check ignored them (ZD.T.5, ZD.T.8 do). */
static void test_malformed_list_never_passes(void **state)
{
  struct zd_engine *e = engine(FIXTURES);
  struct zd_results r = {0};
  struct zd_error err;
  json_error_t jerr;
  struct zd_snapshot *s = zd_snapshot_new("unit", 0);
  (void)state;
  zd_snapshot_put(s, "users", ZD_EP_OK, 200, NULL,
                  json_loads("{\"users\": [{\"id\": 1}, 7, null]}", 0, &jerr));
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.5")->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(find(&r, "ZD.T.5")->details,
                         "item 2 of the 'users' list is a number"));
  assert_int_equal(find(&r, "ZD.T.8")->status, ZD_STATUS_ERROR);
  zd_results_free(&r);
  zd_snapshot_free(s);
  /* a body without its list */
  s = zd_snapshot_new("unit", 0);
  zd_snapshot_put(s, "users", ZD_EP_OK, 200, NULL,
                  json_loads("{\"users\": {\"id\": 1}}", 0, &jerr));
  assert_int_equal(zd_engine_run(e, s, &r, &err), ZD_OK);
  assert_int_equal(find(&r, "ZD.T.8")->status, ZD_STATUS_ERROR);
  assert_non_null(strstr(find(&r, "ZD.T.8")->details, "no 'users' list"));
  zd_results_free(&r);
  zd_snapshot_free(s);
  zd_engine_free(e);
}

static void test_params(void **state)
{
  struct zd_engine *e = engine(FIXTURES);
  struct zd_error err;
  json_t *p = json_pack("{s:i}", "limit", 30);
  (void)state;
  assert_int_equal(zd_engine_set_params(e, p, &err), ZD_OK);
  assert_int_equal(json_integer_value(json_object_get(
    json_object_get(zd_engine_params(e), "limit"), "value")), 30);
  json_decref(p);
  p = json_pack("{s:s}", "limit", "thirty");
  assert_int_equal(zd_engine_set_params(e, p, &err), ZD_ERR_INVALID);
  json_decref(p);
  p = json_pack("{s:i}", "nope", 1);
  assert_int_equal(zd_engine_set_params(e, p, &err), ZD_ERR_INVALID);
  assert_non_null(strstr(err.msg, "nope"));
  json_decref(p);
  zd_engine_free(e);
}

static void test_broken_control_files(void **state)
{
  struct zd_engine_opts o = {0};
  struct zd_engine *e = NULL;
  struct zd_error err;
  (void)state;
  o.controls_dir = ZD_TEST_FIXTURES "/controls/broken_syntax";
  assert_int_equal(zd_engine_new(&o, &e, &err), ZD_ERR_PARSE);
  assert_null(e);
  assert_non_null(strstr(err.source, "ZD.T.9.lua"));
  o.controls_dir = ZD_TEST_FIXTURES "/controls/broken_field";
  assert_int_equal(zd_engine_new(&o, &e, &err), ZD_ERR_INVALID);
  assert_non_null(strstr(err.msg, "kind"));
  o.controls_dir = ZD_TEST_FIXTURES "/no/such/dir";
  assert_int_not_equal(zd_engine_new(&o, &e, &err), ZD_OK);
}

static void test_builtin_catalog(void **state)
{
  struct zd_engine *e = engine(NULL);
  (void)state;
  assert_int_equal(zd_engine_count(e) - zd_engine_advisory_count(e), 135);
  assert_true(zd_engine_advisory_count(e) > 0);
  assert_true(zd_engine_control(e, zd_engine_count(e) - 1)->advisory);
  assert_non_null(zd_engine_find(e, "ZD.SUP.5"));
  assert_string_equal(zd_engine_control(e, 0)->id, "ZD.HOST.1");
  zd_engine_free(e);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_bridge_and_sandbox),
    cmocka_unit_test(test_missing_and_refused_data_never_pass),
    cmocka_unit_test(test_truncated_pass_becomes_manual),
    cmocka_unit_test(test_malformed_list_never_passes),
    cmocka_unit_test(test_params),
    cmocka_unit_test(test_broken_control_files),
    cmocka_unit_test(test_builtin_catalog),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

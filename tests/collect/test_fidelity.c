/* SPDX-License-Identifier: MIT
 * test_fidelity.c — API fidelity (issues #10 and #19): the collector
 * against an emulator that answers as real Zendesk replies do (the
 * recordings in shared/zendesk-api/samples, docs/collect.md "Real
 * replies"): staff apart from end users, SunCo app-scoped keys, the
 * audit-log array filter, account-level Guide permission groups, cursor
 * paging of dynamic content and apps, overlapping pages, both rate-limit
 * spellings, brand kept across help-centre pages, items that are not
 * objects. cmocka; argv[1] is the fixtures directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "trial.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Requests the emulator logged for endpoint 'key' (new list). */
static json_t *requests_of(struct emu *e, const char *key)
{
  json_t *log = emu_log(e), *out = json_array(), *it;
  size_t i;
  json_array_foreach(log, i, it) {
    const char *k = json_string_value(json_object_get(it, "key"));
    if(k && !strcmp(k, key))
      json_array_append(out, it);
  }
  json_decref(log);
  return out;
}

/* 60,000 end users and 40 staff: the staff list is complete, because it
 * is asked for by role; end users come apart, under their own cap, and
 * the cut is recorded. */
static void test_staff_and_end_users(void **state)
{
  struct trial t;
  json_t *reqs, *it, *l;
  size_t i;
  (void)state;
  start_trial(&t, "{\"generate\": {\"users\": 40, \"end_users\": 60000}}",
              ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "users"), "ok");
  assert_int_equal(nitems(t.s, "users", "users"), 40);
  assert_int_equal(mfield(t.s, "users", "truncated"), 0);
  l = json_object_get(zd_snapshot_data(t.s, "users"), "users");
  json_array_foreach(l, i, it)
    assert_string_not_equal(json_string_value(json_object_get(it, "role")),
                            "end-user");
  reqs = requests_of(t.e, "users");
  assert_true(json_array_size(reqs) >= 1);
  json_array_foreach(reqs, i, it)
    assert_non_null(strstr(json_string_value(json_object_get(it, "url")),
                           "role%5B%5D=agent&role%5B%5D=admin"));
  json_decref(reqs);
  /* The default end-user cap is 50,000. */
  assert_string_equal(outcome(t.s, "end_users"), "ok");
  assert_int_equal(nitems(t.s, "end_users", "users"), 50000);
  assert_int_equal(mfield(t.s, "end_users", "truncated"), 1);
  l = json_object_get(zd_snapshot_data(t.s, "end_users"), "users");
  assert_string_equal(json_string_value(json_object_get(json_array_get(l, 0),
                                                        "role")),
                      "end-user");
  end_trial(&t);
}

/* --max-end-users is the end users' own cap; staff keep --max-items. */
static void test_end_user_cap(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"generate\": {\"users\": 150, \"end_users\": 300}}",
              ADMIN_TOKEN);
  t.o.max_end_users = 120;
  assert_int_equal(collect(&t), ZD_OK);
  assert_int_equal(nitems(t.s, "users", "users"), 150);
  assert_int_equal(mfield(t.s, "users", "truncated"), 0);
  assert_int_equal(nitems(t.s, "end_users", "users"), 120);
  assert_int_equal(mfield(t.s, "end_users", "truncated"), 1);
  end_trial(&t);
}

int main(int argc, char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_staff_and_end_users),
    cmocka_unit_test(test_end_user_cap),
  };
  return trial_main(argc, argv, "fidelity", tests,
                    sizeof(tests) / sizeof(tests[0]));
}

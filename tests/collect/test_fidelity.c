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

/* Count of logged requests of 'key' whose URL contains 'needle'. */
static size_t urls_with(struct emu *e, const char *key, const char *needle)
{
  json_t *reqs = requests_of(e, key), *it;
  size_t i, n = 0;
  json_array_foreach(reqs, i, it)
    if(strstr(json_string_value(json_object_get(it, "url")), needle))
      n++;
  json_decref(reqs);
  return n;
}

static void sunco_env(void)
{
  setenv("ZENDESK_SUNCO_APP_ID", "app1", 1);
  setenv("ZENDESK_SUNCO_KEY_ID", "app_key_1", 1);
  setenv("ZENDESK_SUNCO_KEY_SECRET", "sunco-secret-9e8d7c6b5a", 1);
}

/* Keys made in Admin Center are app-scoped: listing keys is refused. That
 * is sunco_keys' own outcome, saying what to check by hand; the run and
 * the other SunCo endpoints go on. 401 reads the same. */
static void test_sunco_app_scoped_keys(void **state)
{
  static const char *const scen[] = {
    "{\"sunco\": {\"app\": \"app1\", \"key\": \"app_key_1\","
    " \"secret\": \"sunco-secret-9e8d7c6b5a\", \"scope\": \"app\"}}",
    "{\"endpoints\": {\"sunco_keys\": {\"status\": 401}}}"
  };
  (void)state;
  for(int i = 0; i < 2; i++) {
    struct trial t;
    start_trial(&t, scen[i], ADMIN_TOKEN);
    sunco_env();
    assert_int_equal(collect(&t), ZD_OK);
    assert_string_equal(outcome(t.s, "sunco_keys"), "http_error");
    assert_int_equal(mfield(t.s, "sunco_keys", "http_status"),
                     i ? 401 : 403);
    assert_non_null(strstr(merror(t.s, "sunco_keys"), "account-scoped"));
    assert_non_null(strstr(merror(t.s, "sunco_keys"),
                           "Admin Center > Apps and integrations"));
    assert_string_equal(outcome(t.s, "sunco_app"), "ok");
    assert_string_equal(outcome(t.s, "sunco_integrations"), "ok");
    assert_string_equal(outcome(t.s, "users"), "ok");
    end_trial(&t);
  }
}

/* Only filter[created_at][]=START&filter[created_at][]=END bounds the
 * window on both sides: the fixture's entry from January is outside the
 * last 90 days of 2026-11-20 and must not be collected. */
static void test_audit_log_array_filter(void **state)
{
  struct trial t;
  json_t *l;
  (void)state;
  start_trial(&t, NULL, ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "audit_logs"), "ok");
  l = json_object_get(zd_snapshot_data(t.s, "audit_logs"), "audit_logs");
  assert_int_equal(json_array_size(l), 1);
  assert_string_equal(json_string_value(json_object_get(json_array_get(l, 0),
                                                        "created_at")),
                      "2026-11-01T11:32:44Z");
  assert_int_equal(urls_with(t.e, "audit_logs",
                             "filter%5Bcreated_at%5D%5B%5D=2026-08-22T09:00:00Z"
                             "&filter%5Bcreated_at%5D%5B%5D="
                             "2026-11-20T09:00:00Z"), 1);
  end_trial(&t);
}

/* Guide permission groups are account-level: asked for a non-default
 * brand, the emulator redirects (as Zendesk does), and no redirect is
 * followed; so they are fetched once from the account, no brand_id. An
 * agent token is refused them (admin-only), as user segments. */
static void test_permission_groups_account_level(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, NULL, ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "hc_permission_groups"), "ok");
  assert_int_equal(urls_with(t.e, "hc_permission_groups", "/"), 1);
  assert_int_equal(urls_with(t.e, "hc_permission_groups", "brand_id="), 0);
  assert_true(nitems(t.s, "hc_permission_groups", "permission_groups") > 0);
  assert_null(json_object_get(json_array_get(json_object_get(
    zd_snapshot_data(t.s, "hc_permission_groups"), "permission_groups"), 0),
    "brand_id"));
  end_trial(&t);

  start_trial(&t, NULL, AGENT_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "hc_permission_groups"), "http_error");
  assert_int_equal(mfield(t.s, "hc_permission_groups", "http_status"), 403);
  assert_non_null(strstr(merror(t.s, "hc_permission_groups"), "admin"));
  end_trial(&t);
  /* User segments are for Help Center managers: admin-only too (with an
   * agent token the brand list, and so every help centre, is refused). */
  assert_int_equal(zd_endpoint_find("hc_user_segments")->admin, 1);
}

/* Real next links drop brand_id: every Help Center page after the first
 * must still name its brand, or it reads the default brand's content
 * stamped with another brand's id. */
static void test_hc_pages_keep_brand(void **state)
{
  struct trial t;
  json_t *reqs, *it;
  size_t i, later = 0;
  (void)state;
  start_trial(&t, "{\"generate\": {\"hc_articles\": 250}}", ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "hc_articles"), "ok");
  assert_int_equal(nitems(t.s, "hc_articles", "articles"), 500);
  reqs = requests_of(t.e, "hc_articles");
  assert_int_equal(json_array_size(reqs), 6);
  json_array_foreach(reqs, i, it) {
    const char *u = json_string_value(json_object_get(it, "url"));
    assert_non_null(strstr(u, "brand_id="));
    later += strstr(u, "page%5Bafter%5D=") != NULL;
  }
  assert_int_equal(later, 4);
  json_decref(reqs);
  end_trial(&t);
}

/* dynamic_content and apps/installations page by cursor; a server that
 * answers offset-style (page[size] ignored) is followed as well. */
static void test_cursor_paging_dc_apps(void **state)
{
  static const char *const keys[][2] = {
    {"dynamic_content", "items"}, {"apps_installations", "installations"}
  };
  (void)state;
  for(int off = 0; off < 2; off++) {
    struct trial t;
    char scen[256];
    snprintf(scen, sizeof(scen), "{\"generate\": {\"dynamic_content\": 150,"
             " \"apps_installations\": 150}, \"endpoints\": {"
             "\"dynamic_content\": {\"offset_only\": %s},"
             " \"apps_installations\": {\"offset_only\": %s}}}",
             off ? "true" : "false", off ? "true" : "false");
    start_trial(&t, scen, ADMIN_TOKEN);
    assert_int_equal(collect(&t), ZD_OK);
    for(int k = 0; k < 2; k++) {
      assert_string_equal(outcome(t.s, keys[k][0]), "ok");
      assert_int_equal(nitems(t.s, keys[k][0], keys[k][1]), 150);
      assert_int_equal(mfield(t.s, keys[k][0], "pages"), 2);
      assert_int_equal(urls_with(t.e, keys[k][0], "page%5Bsize%5D=100"), 2);
      assert_int_equal(urls_with(t.e, keys[k][0], "page%5Bafter%5D="),
                       off ? 0 : 1);
    }
    end_trial(&t);
  }
}

/* A cursor list whose pages overlap (real: 888 items, 617 ids) is stored
 * with each id once; the manifest counts what was dropped. */
static void test_overlapping_pages(void **state)
{
  struct trial t;
  json_t *l, *it, *ids = json_object();
  size_t i;
  (void)state;
  start_trial(&t, "{\"generate\": {\"triggers\": 250},"
              " \"endpoints\": {\"triggers\": {\"overlap\": 10}}}",
              ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "triggers"), "ok");
  l = json_object_get(zd_snapshot_data(t.s, "triggers"), "triggers");
  assert_int_equal(json_array_size(l), 250);
  json_array_foreach(l, i, it) {
    char k[32];
    snprintf(k, sizeof(k), "%" JSON_INTEGER_FORMAT,
             json_integer_value(json_object_get(it, "id")));
    assert_null(json_object_get(ids, k));
    json_object_set_new(ids, k, json_true());
  }
  assert_int_equal(mfield(t.s, "triggers", "duplicates"), 20);
  assert_int_equal(mfield(t.s, "triggers", "pages"), 3);
  assert_int_equal(mfield(t.s, "triggers", "truncated"), 0);
  assert_null(json_object_get(json_object_get(json_object_get(
    zd_snapshot_manifest(t.s), "endpoints"), "users"), "duplicates"));
  json_decref(ids);
  end_trial(&t);
}

/* Both real spellings of the rate-limit headers pace the collection:
 * 2023's rate-limit* and 2024's ratelimit-*, each alone (no
 * x-rate-limit), under a bucket that throttles anything faster. */
static void test_rate_limit_spellings(void **state)
{
  static const char *const sp[] = {"2023", "2024"};
  (void)state;
  for(int i = 0; i < 2; i++) {
    struct trial t;
    json_t *st;
    char scen[200];
    snprintf(scen, sizeof(scen), "{\"rate_limit\": {\"limit\": 1500,"
             " \"burst\": 6, \"spelling\": \"%s\"}}", sp[i]);
    start_trial(&t, scen, ADMIN_TOKEN);
    t.o.no_tls_probe = 1;
    assert_int_equal(collect(&t), ZD_OK);
    st = emu_stats(t.e);
    if(json_integer_value(json_object_get(st, "throttled")))
      fprintf(stderr, "spelling %s: %lld throttled\n", sp[i],
              (long long)json_integer_value(json_object_get(st,
                                                            "throttled")));
    assert_int_equal(json_integer_value(json_object_get(st, "throttled")),
                     0);
    json_decref(st);
    end_trial(&t);
  }
}

/* Page 2 failing is not "the feature may be off or not on this plan":
 * it says which page failed, and the list is an error. */
static void test_later_page_failure(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"generate\": {\"triggers\": 250}, \"endpoints\":"
              " {\"triggers\": {\"fail_after\": {\"requests\": 1,"
              " \"status\": 404}}, \"macros\": {\"status\": 404}}}",
              ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "triggers"), "error");
  assert_int_equal(mfield(t.s, "triggers", "http_status"), 404);
  assert_non_null(strstr(merror(t.s, "triggers"), "page 2 failed: HTTP 404"));
  assert_null(strstr(merror(t.s, "triggers"), "plan"));
  /* A first page keeps the hint. */
  assert_string_equal(outcome(t.s, "macros"), "http_error");
  assert_non_null(strstr(merror(t.s, "macros"), "not on this plan"));
  end_trial(&t);
}

/* A well-shaped list whose items are not objects is malformed: the
 * endpoint is an error, never data a control could pass on. */
static void test_items_not_objects(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"fixtures\": {\"triggers\": {\"triggers\":"
              " [1, \"x\", null]}, \"macros\": {\"macros\":"
              " [{\"id\": 1, \"title\": \"ok\"}, [2]]}}}", ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "triggers"), "error");
  assert_non_null(strstr(merror(t.s, "triggers"),
                         "item 1 of the 'triggers' list is a number, not "
                         "an object"));
  assert_null(zd_snapshot_data(t.s, "triggers"));
  assert_string_equal(outcome(t.s, "macros"), "error");
  assert_non_null(strstr(merror(t.s, "macros"),
                         "item 2 of the 'macros' list is an array"));
  assert_string_equal(outcome(t.s, "automations"), "ok");
  end_trial(&t);
}

/* Tags answer at most 20,000 (the API's cap, not zdaudit's): all of them
 * are collected, not marked truncated by zdaudit, and the count shows
 * the cap was reached. */
static void test_tags_at_cap(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"generate\": {\"tags\": 25000}}", ADMIN_TOKEN);
  t.o.no_tls_probe = 1;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "tags"), "ok");
  assert_int_equal(nitems(t.s, "tags", "tags"), 20000);
  assert_int_equal(mfield(t.s, "tags", "items"), 20000);
  assert_int_equal(mfield(t.s, "tags", "pages"), 200);
  assert_int_equal(mfield(t.s, "tags", "truncated"), 0);
  end_trial(&t);
}

/* The replies are what real ones look like: gzip, chunked, next links
 * naming ".json" paths and another host on :443, opaque cursors, a last
 * page with a next link; staff with 2FA null and the built-in Admin role
 * among the custom roles come through unchanged. */
static void test_real_shapes(void **state)
{
  struct trial t;
  json_t *reqs, *it, *u, *roles;
  size_t i, gz = 0, admin_roles = 0;
  (void)state;
  start_trial(&t, "{\"generate\": {\"organizations\": 250},"
              " \"endpoints\": {\"organizations\": {\"next_origin\":"
              " \"https://riverside.zendesk.com:443\"}}}", ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    if(d->scope != ZD_SCOPE_SUNCO && strcmp(d->key, "tls_probes") &&
       strcmp(outcome(t.s, d->key), "ok")) {
      fprintf(stderr, "%s: %s %s\n", d->key, outcome(t.s, d->key),
              merror(t.s, d->key));
      fail();
    }
  assert_int_equal(nitems(t.s, "organizations", "organizations"), 250);
  assert_int_equal(mfield(t.s, "organizations", "pages"), 3);
  assert_int_equal(urls_with(t.e, "organizations", ".json?"), 2);
  assert_int_equal(urls_with(t.e, "organizations", "%3D"), 2);
  reqs = emu_log(t.e);
  json_array_foreach(reqs, i, it)
    gz += json_is_true(json_object_get(it, "gzip"));
  assert_true(gz > 20);
  json_decref(reqs);
  u = json_object_get(zd_snapshot_data(t.s, "users"), "users");
  assert_true(json_array_size(u) >= 3);
  json_array_foreach(u, i, it)
    if(json_integer_value(json_object_get(it, "id")) == 6130871991962)
      assert_true(json_is_null(json_object_get(it,
                                               "two_factor_auth_enabled")));
  roles = json_object_get(zd_snapshot_data(t.s, "custom_roles"),
                          "custom_roles");
  json_array_foreach(roles, i, it)
    admin_roles += json_integer_value(json_object_get(it, "role_type")) == 4;
  assert_int_equal(admin_roles, 1);
  end_trial(&t);
}

/* What a HIPAA reviewer expects to see is collected whole (#10 item 9):
 * support-address verification, sender authentication / DKIM, email
 * attachments, the agent session timeout. Shapes from the docs example
 * of Account Settings and the real recipient addresses. */
static void test_reviewer_settings(void **state)
{
  struct trial t;
  json_t *st, *ra;
  (void)state;
  start_trial(&t, "{\"fixtures\": {\"account_settings\": {\"settings\":"
              " {\"email\": {\"email_sender_authentication\": true,"
              " \"custom_dkim_domain\": false}, \"tickets\":"
              " {\"email_attachments\": true}}}}}", ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  st = json_object_get(zd_snapshot_data(t.s, "account_settings"), "settings");
  assert_true(json_is_true(json_object_get(json_object_get(st, "email"),
                                           "email_sender_authentication")));
  assert_true(json_is_false(json_object_get(json_object_get(st, "email"),
                                            "custom_dkim_domain")));
  assert_true(json_is_true(json_object_get(json_object_get(st, "tickets"),
                                           "email_attachments")));
  ra = json_array_get(json_object_get(zd_snapshot_data(t.s,
                                                       "recipient_addresses"),
                                      "recipient_addresses"), 0);
  assert_non_null(json_object_get(ra, "spf_status"));
  assert_non_null(json_object_get(ra, "cname_status"));
  assert_non_null(json_object_get(ra, "domain_verification_status"));
  assert_non_null(json_object_get(ra, "forwarding_status"));
  assert_true(json_is_integer(json_object_get(json_object_get(
    zd_snapshot_data(t.s, "security_settings"), "security_settings"),
    "agent_session_timeout")));
  end_trial(&t);
}

/* A per-endpoint window (zendesk-ratelimit-NAME: total=; remaining=;
 * resets=) tighter than anything else the account says paces the
 * collection: no 429 from it. */
static void test_endpoint_rate_limit(void **state)
{
  struct trial t;
  json_t *st;
  (void)state;
  start_trial(&t, "{\"generate\": {\"triggers\": 1000}, \"endpoints\":"
              " {\"triggers\": {\"endpoint_limit\": {\"limit\": 600,"
              " \"burst\": 3}}}}", ADMIN_TOKEN);
  t.o.no_tls_probe = 1;
  assert_int_equal(collect(&t), ZD_OK);
  assert_int_equal(nitems(t.s, "triggers", "triggers"), 1000);
  st = emu_stats(t.e);
  assert_int_equal(json_integer_value(json_object_get(st, "throttled")), 0);
  json_decref(st);
  end_trial(&t);
}

static json_t *recording(const char *name)
{
  char path[600];
  json_t *j;
  snprintf(path, sizeof(path), "%s/real/%s", fixtures, name);
  j = json_load_file(path, 0, NULL);
  assert_non_null(j);
  return j;
}

/* Recorded real replies served verbatim (fixtures/real, copies of
 * the zenpy-recording files of shared/zendesk-api/samples): the users page
 * (has_more true, a next link to example.zendesk.com/api/v2/users.json
 * with a %3D-padded cursor) is followed on the emulator's own origin; the
 * triggers last page (has_more false beside a non-null next link) ends
 * paging; nulls and the built-in Admin role come through as recorded. */
static void test_recorded_replies(void **state)
{
  struct trial t;
  json_t *sc = json_object(), *rp = json_object(), *users, *last, *trig;
  json_t *role, *roles, *l;
  char *text;
  const char *next;
  (void)state;
  users = recording("users.zenpy-recording.json");
  trig = recording("triggers_last_page.zenpy-recording.json");
  role = recording("custom_role_admin.zenpy-recording.json");
  next = json_string_value(json_object_get(json_object_get(users, "links"),
                                           "next"));
  assert_non_null(next);
  /* The page after the recorded one: empty, and last (as real). */
  last = json_pack("{s:[], s:{s:b}, s:{s:s, s:n}}", "users", "meta",
                   "has_more", 0, "links", "next", next, "prev");
  json_object_set(rp, "/api/v2/users?role%5B%5D=agent&role%5B%5D=admin"
                  "&page%5Bsize%5D=100", users);
  json_object_set_new(rp, strstr(next, "/api/v2/"), last);
  json_object_set(rp, "/api/v2/triggers?page%5Bsize%5D=100", trig);
  roles = json_pack("{s:[O]}", "custom_roles",
                    json_object_get(role, "custom_role"));
  json_object_set_new(rp, "/api/v2/custom_roles", roles);
  json_object_set_new(sc, "replay", rp);
  text = json_dumps(sc, JSON_COMPACT);
  start_trial(&t, text, ADMIN_TOKEN);
  free(text);
  t.o.no_tls_probe = 1;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "users"), "ok");
  assert_int_equal(mfield(t.s, "users", "pages"), 2);
  assert_int_equal(nitems(t.s, "users", "users"), 5);
  assert_int_equal(urls_with(t.e, "users", "/api/v2/users.json?page%5Bafter"
                             "%5D=eyJvIjoiaWQiLCJ2IjoiYVpxZDgrYWFCUUFBIn0%3D"),
                   1);
  l = json_object_get(zd_snapshot_data(t.s, "users"), "users");
  assert_true(json_is_null(json_object_get(json_array_get(l, 0),
                                           "two_factor_auth_enabled")));
  assert_int_equal(json_integer_value(json_object_get(json_array_get(l, 0),
                                                      "role_type")), 4);
  assert_string_equal(outcome(t.s, "triggers"), "ok");
  assert_int_equal(mfield(t.s, "triggers", "pages"), 1);
  assert_int_equal(nitems(t.s, "triggers", "triggers"), 2);
  assert_int_equal(urls_with(t.e, "triggers", "/"), 1);
  assert_string_equal(outcome(t.s, "custom_roles"), "ok");
  assert_string_equal(json_string_value(json_object_get(json_array_get(
    json_object_get(zd_snapshot_data(t.s, "custom_roles"), "custom_roles"),
    0), "name")), "Admin");
  json_decref(users);
  json_decref(trig);
  json_decref(role);
  json_decref(sc);
  end_trial(&t);
}

int main(int argc, char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_staff_and_end_users),
    cmocka_unit_test(test_end_user_cap),
    cmocka_unit_test(test_sunco_app_scoped_keys),
    cmocka_unit_test(test_audit_log_array_filter),
    cmocka_unit_test(test_permission_groups_account_level),
    cmocka_unit_test(test_hc_pages_keep_brand),
    cmocka_unit_test(test_cursor_paging_dc_apps),
    cmocka_unit_test(test_overlapping_pages),
    cmocka_unit_test(test_rate_limit_spellings),
    cmocka_unit_test(test_endpoint_rate_limit),
    cmocka_unit_test(test_later_page_failure),
    cmocka_unit_test(test_items_not_objects),
    cmocka_unit_test(test_tags_at_cap),
    cmocka_unit_test(test_real_shapes),
    cmocka_unit_test(test_reviewer_settings),
    cmocka_unit_test(test_recorded_replies),
  };
  return trial_main(argc, argv, "fidelity", tests,
                    sizeof(tests) / sizeof(tests[0]));
}

/* SPDX-License-Identifier: MIT
 * test_apply.c — what attestations and exceptions do to results: manual ->
 * attested, fail -> accepted, error untouched, an attestation never hides
 * a failure, expiry boundaries (valid through the expiry day, UTC), which
 * record speaks when there are several, and the account check. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "config/config.h"
#include "core/alloc.h"
#include "core/timeutil.h"
#include "engine/engine.h"

#include <string.h>

static struct zd_engine *engine;

static int setup(void **state)
{
  struct zd_engine_opts eo = {0};
  (void)state;
  return zd_engine_new(&eo, &engine, NULL) == ZD_OK ? 0 : -1;
}

static int teardown(void **state)
{
  (void)state;
  zd_engine_free(engine);
  return 0;
}

static struct zd_config *parse(const char *text)
{
  struct zd_config *c = NULL;
  struct zd_error err = {0};
  struct zd_config_rules rules;
  zd_code rc;
  zd_engine_config_rules(engine, &rules);
  rc = zd_config_parse("t.yaml", text, strlen(text), &rules, &c, &err);
  if(rc != ZD_OK)
    fail_msg("parse: %d: %s", err.line, err.msg);
  return c;
}

/* Results for 'n' controls: ids[i] with status st[i]. */
static void results(struct zd_results *r, const char *const *ids,
                    const zd_status *st, size_t n)
{
  r->items = zd_calloc(n, sizeof(*r->items));
  r->n = n;
  for(size_t i = 0; i < n; i++) {
    r->items[i].control = zd_engine_find(engine, ids[i]);
    assert_non_null(r->items[i].control);
    r->items[i].status = st[i];
    r->items[i].details = zd_strdup("d");
    r->items[i].evidence = json_array();
  }
}

/* What a run does for each control as it is decided. */
static void apply(const struct zd_config *c, struct zd_results *r, time_t now)
{
  for(size_t i = 0; i < r->n; i++)
    zd_engine_apply_records(engine, c, &r->items[i], now);
}

static time_t at(const char *iso)
{
  time_t t;
  assert_int_equal(zd_time_parse(iso, &t), 0);
  return t;
}

static int flag(const json_t *rec, const char *key)
{
  assert_non_null(rec);
  return json_is_true(json_object_get(rec, key));
}

static const char cfg_basic[] =
  "attestations:\n"
  "  - control: ZD.SUP.6\n"
  "    statement: GPO locks laptops after 10 minutes.\n"
  "    owner: Dana Whitfield\n"
  "    date: 2026-10-01\n"
  "    expires: 2027-03-31\n"
  "  - control: ZD.SUP.5\n"
  "    statement: We believe attachments are private.\n"
  "    owner: Dana Whitfield\n"
  "    date: 2026-10-01\n"
  "    expires: 2027-03-31\n"
  "  - control: ZD.GEN.1\n"
  "    statement: Healthcare Agreement signed.\n"
  "    owner: Legal\n"
  "    date: 2026-10-01\n"
  "    expires: 2027-03-31\n"
  "exceptions:\n"
  "  - control: ZD.SUP.4.3\n"
  "    justification: A legacy system needs basic auth until March.\n"
  "    owner: Morgan Lee\n"
  "    approved_on: 2026-09-15\n"
  "    expires: 2027-03-31\n"
  "  - control: ZD.MOBILE.1\n"
  "    justification: Risk accepted for shared kiosks.\n"
  "    owner: Morgan Lee\n"
  "    approved_on: 2026-09-15\n"
  "    expires: 2027-03-31\n"
  "  - control: ZD.SUP.3\n"
  "    justification: Unused.\n"
  "    owner: Morgan Lee\n"
  "    approved_on: 2026-09-15\n"
  "    expires: 2027-03-31\n";

static const char *const basic_ids[] = {
  "ZD.SUP.6", "ZD.SUP.5", "ZD.GEN.1", "ZD.SUP.4.3", "ZD.MOBILE.1",
  "ZD.SUP.3", "ZD.SUP.7"
};
static const zd_status basic_st[] = {
  ZD_STATUS_MANUAL, ZD_STATUS_FAIL, ZD_STATUS_ERROR, ZD_STATUS_FAIL,
  ZD_STATUS_MANUAL, ZD_STATUS_PASS, ZD_STATUS_MANUAL
};

static void semantics(void **state)
{
  struct zd_config *c = parse(cfg_basic);
  struct zd_results r;
  (void)state;
  results(&r, basic_ids, basic_st, 7);
  apply(c, &r, at("2026-11-20T09:14:03Z"));
  /* manual + valid attestation -> attested */
  assert_int_equal(r.items[0].status, ZD_STATUS_ATTESTED);
  assert_true(flag(r.items[0].attestation, "applied"));
  assert_false(flag(r.items[0].attestation, "expired"));
  assert_string_equal(json_string_value(json_object_get(
    r.items[0].attestation, "owner")), "Dana Whitfield");
  /* an attestation never overrides a failure; it is still shown */
  assert_int_equal(r.items[1].status, ZD_STATUS_FAIL);
  assert_false(flag(r.items[1].attestation, "applied"));
  /* error stays error */
  assert_int_equal(r.items[2].status, ZD_STATUS_ERROR);
  assert_false(flag(r.items[2].attestation, "applied"));
  /* fail + valid exception -> accepted, with its justification */
  assert_int_equal(r.items[3].status, ZD_STATUS_ACCEPTED);
  assert_true(flag(r.items[3].exception, "applied"));
  assert_string_equal(json_string_value(json_object_get(
    r.items[3].exception, "justification")),
    "A legacy system needs basic auth until March.");
  assert_string_equal(json_string_value(json_object_get(
    r.items[3].exception, "basis")), "alternative");
  /* manual without attestation + exception -> accepted */
  assert_int_equal(r.items[4].status, ZD_STATUS_ACCEPTED);
  assert_string_equal(json_string_value(json_object_get(
    r.items[4].exception, "basis")), "deviation");
  /* pass stays pass; the unneeded exception is shown, not applied */
  assert_int_equal(r.items[5].status, ZD_STATUS_PASS);
  assert_false(flag(r.items[5].exception, "applied"));
  /* nothing on record: untouched */
  assert_int_equal(r.items[6].status, ZD_STATUS_MANUAL);
  assert_null(r.items[6].attestation);
  assert_null(r.items[6].exception);
  zd_results_free(&r);
  zd_config_free(c);
}

/* Valid through the expiry day inclusive: 23:59:59 counts, the next
 * second does not. */
static void expiry_boundary(void **state)
{
  struct zd_config *c = parse(cfg_basic);
  static const char *const when[] = {
    "2027-03-31T23:59:59Z", "2027-04-01T00:00:00Z"
  };
  (void)state;
  for(int i = 0; i < 2; i++) {
    struct zd_results r;
    int valid = i == 0;
    results(&r, basic_ids, basic_st, 7);
    apply(c, &r, at(when[i]));
    assert_int_equal(r.items[0].status,
                     valid ? ZD_STATUS_ATTESTED : ZD_STATUS_MANUAL);
    assert_int_equal(flag(r.items[0].attestation, "expired"), !valid);
    assert_int_equal(flag(r.items[0].attestation, "applied"), valid);
    assert_int_equal(r.items[3].status,
                     valid ? ZD_STATUS_ACCEPTED : ZD_STATUS_FAIL);
    assert_int_equal(flag(r.items[3].exception, "expired"), !valid);
    assert_string_equal(json_string_value(json_object_get(
      r.items[3].exception, "expires")), "2027-03-31");
    zd_results_free(&r);
  }
  zd_config_free(c);
}

/* A renewal appended after an expired entry speaks; when all expired, the
 * one that expired last is shown. */
static void several_records(void **state)
{
  static const char text[] =
    "attestations:\n"
    "  - {control: ZD.SUP.6, statement: first, owner: A, date: 2025-01-01,"
    " expires: 2025-12-31}\n"
    "  - {control: ZD.SUP.6, statement: renewed, owner: B, date: 2026-01-01,"
    " expires: 2026-12-31}\n"
    "  - {control: ZD.SUP.6, statement: older, owner: C, date: 2025-06-01,"
    " expires: 2026-12-31}\n";
  struct zd_config *c = parse(text);
  static const char *const ids[] = {"ZD.SUP.6"};
  static const zd_status st[] = {ZD_STATUS_MANUAL};
  struct zd_results r;
  (void)state;
  results(&r, ids, st, 1);
  apply(c, &r, at("2026-06-01T00:00:00Z"));
  assert_int_equal(r.items[0].status, ZD_STATUS_ATTESTED);
  assert_string_equal(json_string_value(json_object_get(
    r.items[0].attestation, "statement")), "renewed");
  zd_results_free(&r);
  results(&r, ids, st, 1);
  apply(c, &r, at("2027-01-01T00:00:00Z"));
  assert_int_equal(r.items[0].status, ZD_STATUS_MANUAL);
  assert_true(flag(r.items[0].attestation, "expired"));
  assert_string_equal(json_string_value(json_object_get(
    r.items[0].attestation, "expires")), "2026-12-31");
  zd_results_free(&r);
  zd_config_free(c);
}

static void account(void **state)
{
  static const char text[] =
    "account:\n  subdomain: riverside-clinic\n  healthcare: [hipaa, hds]\n";
  struct zd_config *c = parse(text);
  struct zd_error err = {0};
  json_t *doc = json_pack("{s:{s:s}}", "account", "subdomain", "x");
  (void)state;
  assert_string_equal(zd_config_healthcare(c), "HIPAA and HDS");
  assert_int_equal(zd_config_check_account(c, "Riverside-Clinic", &err),
                   ZD_OK);
  assert_int_equal(zd_config_check_account(c, "other-clinic", &err),
                   ZD_ERR_INVALID);
  assert_non_null(strstr(err.msg, "other-clinic"));
  zd_config_annotate(c, doc);
  assert_string_equal(json_string_value(json_object_get(json_object_get(
    doc, "account"), "healthcare")), "HIPAA and HDS");
  json_decref(doc);
  zd_config_free(c);
}

/* Parameters are typed by their declared defaults. */
static void parameters(void **state)
{
  static const char text[] =
    "parameters:\n"
    "  api_token_rotation_days: 30\n"
    "  ticket_title_may_hold_phi: true\n"
    "  max_assumption_duration: day\n"
    "  disallowed_oauth_scopes: [write, \"tickets:write\"]\n";
  struct zd_config *c = parse(text);
  struct zd_error err = {0};
  json_t *p = zd_config_params(c);
  (void)state;
  assert_int_equal(json_integer_value(json_object_get(
    p, "api_token_rotation_days")), 30);
  assert_true(json_is_true(json_object_get(p, "ticket_title_may_hold_phi")));
  assert_string_equal(json_string_value(json_object_get(
    p, "max_assumption_duration")), "day");
  assert_int_equal(json_array_size(json_object_get(
    p, "disallowed_oauth_scopes")), 2);
  /* and the engine accepts them as they are */
  assert_int_equal(zd_engine_set_params(engine, p, &err), ZD_OK);
  zd_config_free(c);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(semantics),
    cmocka_unit_test(expiry_boundary),
    cmocka_unit_test(several_records),
    cmocka_unit_test(account),
    cmocka_unit_test(parameters),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}

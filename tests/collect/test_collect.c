/* SPDX-License-Identifier: MIT
 * test_collect.c — live collection against the in-process emulator
 * (emu.c): pagination, faults, Retry-After, pacing, credentials, secret
 * removal, TLS, atomic saving, plus the pure pieces (pacer, page shapes,
 * redaction). cmocka; argv[1] is the fixtures directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "collect/collect.h"
#include "collect/creds.h"
#include "collect/http.h"
#include "collect/pace.h"
#include "collect/page.h"
#include "collect/redact.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/msgs.h"
#include "emu.h"
#include "trial.h"

#include <curl/curl.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- collection --------------------------------------------------------- */

static void test_full_collection(void **state)
{
  struct trial t;
  struct zd_snapshot *s, *loaded = NULL;
  char out[300];
  json_t *l, *it, *reqs;
  size_t i;
  int brand_queries = 0, audit_filters = 0;
  (void)state;
  start_trial(&t, "{\"generate\": {\"users\": 250, \"targets\": 150}}",
              ADMIN_TOKEN);
  setenv("ZENDESK_SUNCO_APP_ID", "app1", 1);
  setenv("ZENDESK_SUNCO_KEY_ID", "app_key_1", 1);
  setenv("ZENDESK_SUNCO_KEY_SECRET", "sunco-secret-9e8d7c6b5a", 1);
  t.o.verbose = 2;
  assert_int_equal(collect(&t), ZD_OK);
  s = t.s;
  assert_no_secret(t.log, "stderr (-vv)");
  assert_non_null(strstr(t.log, "Authorization: [redacted]"));

  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    if(strcmp(outcome(s, d->key), "ok")) {
      fprintf(stderr, "%s: %s %s\n", d->key, outcome(s, d->key),
              merror(s, d->key));
      fail();
    }
  /* Cursor paging: 250 users in pages of 100; offset paging: 150. */
  assert_int_equal(nitems(s, "users", "users"), 250);
  assert_int_equal(mfield(s, "users", "pages"), 3);
  assert_int_equal(mfield(s, "users", "truncated"), 0);
  assert_int_equal(mfield(s, "users", "attempts"), 3);
  assert_null(json_object_get(zd_snapshot_data(s, "users"), "meta"));
  assert_int_equal(nitems(s, "targets", "targets"), 150);
  assert_int_equal(mfield(s, "targets", "pages"), 2);
  assert_null(json_object_get(zd_snapshot_data(s, "targets"), "next_page"));
  /* Help Center per brand with a help centre (2 of 3), brand_id added. */
  l = json_object_get(zd_snapshot_data(s, "hc_articles"), "articles");
  assert_true(json_array_size(l) > 0);
  json_array_foreach(l, i, it)
    assert_true(json_is_integer(json_object_get(it, "brand_id")));
  assert_int_equal(nitems(s, "hc_general_settings", "general_settings"), 2);
  /* Host mapping checks and TLS probes of the 2 host-mapped brands. */
  l = json_object_get(zd_snapshot_data(s, "host_mapping_checks"),
                      "host_mapping_checks");
  assert_int_equal(json_array_size(l), 2);
  assert_string_equal(json_string_value(json_object_get(
                        json_array_get(l, 0), "host_mapping")), "localhost");
  l = json_object_get(zd_snapshot_data(s, "tls_probes"), "tls_probes");
  assert_int_equal(json_array_size(l), 2);
  assert_true(json_is_false(json_object_get(json_array_get(l, 0), "ok")));
  /* SunCo webhooks of the custom integration only. */
  l = json_object_get(zd_snapshot_data(s, "sunco_webhooks"), "webhooks");
  assert_int_equal(json_array_size(l), 1);
  assert_string_equal(json_string_value(json_object_get(
                        json_array_get(l, 0), "integration_id")),
                      "5e4af71a81966cfff3ef6551");
  /* Secrets gone, metadata kept. */
  it = json_array_get(json_object_get(zd_snapshot_data(s, "api_tokens"),
                                      "api_tokens"), 0);
  assert_null(json_object_get(it, "token"));
  assert_string_equal(json_string_value(json_object_get(it, "description")),
                      "Legacy integration");
  it = json_array_get(json_object_get(zd_snapshot_data(s, "webhooks"),
                                      "webhooks"), 0);
  assert_string_equal(json_string_value(json_object_get(
    json_object_get(it, "authentication"), "type")), "bearer_token");
  assert_null(json_object_get(json_object_get(it, "authentication"),
                              "data"));
  assert_string_equal(json_string_value(json_object_get(
    json_object_get(zd_snapshot_manifest(s), "account"), "base_url")),
    t.base);

  /* Requests: brand_id on Help Center, a 90-day window on audit logs. */
  reqs = emu_log(t.e);
  json_array_foreach(reqs, i, it) {
    const char *u = json_string_value(json_object_get(it, "url"));
    if(!strncmp(u, "/api/v2/help_center/articles", 28) &&
       strstr(u, "brand_id="))
      brand_queries++;
    if(!strncmp(u, "/api/v2/audit_logs", 18) &&
       strstr(u, "filter%5Bcreated_at%5D%5B%5D=") &&
       strstr(strstr(u, "filter%5Bcreated_at%5D%5B%5D=") + 1,
              "filter%5Bcreated_at%5D%5B%5D="))
      audit_filters++;
  }
  assert_int_equal(brand_queries, 2);
  assert_int_equal(audit_filters, 1);
  assert_string_equal(json_string_value(json_object_get(
                        json_array_get(reqs, 0), "user_agent")),
                      "zdaudit/" ZD_VERSION);
  /* Connections are reused: at most one per parallel transfer. */
  it = emu_stats(t.e);
  assert_true(json_array_size(reqs) > 40);
  assert_true(json_integer_value(json_object_get(it, "connections")) <= 4);
  json_decref(it);
  json_decref(reqs);

  /* Saved: loadable, complete, and free of every secret. */
  snprintf(out, sizeof(out), "%s/snap-full", workdir);
  assert_int_equal(zd_snapshot_save(s, out, &t.err), ZD_OK);
  assert_dir_clean(out);
  assert_int_equal(zd_snapshot_load(out, &loaded, &t.err), ZD_OK);
  assert_int_equal(json_array_size(json_object_get(
                     zd_snapshot_data(loaded, "users"), "users")), 250);
  zd_snapshot_free(loaded);
  end_trial(&t);
}

static void test_faults(void **state)
{
  struct trial t;
  struct zd_snapshot *s;
  json_t *reqs;
  (void)state;
  start_trial(&t,
    "{\"generate\": {\"webhooks\": 150, \"organizations\": 150,"
    "               \"sunco_integrations\": 150},"
    " \"endpoints\": {"
    "  \"users\": {\"flaky\": {\"times\": 2, \"status\": 500}},"
    "  \"organizations\": {\"flaky\": {\"times\": 1, \"status\": 503,"
    "                                 \"retry_after\": 1},"
    "                     \"next_origin\": \"http://elsewhere.invalid:9\"},"
    "  \"triggers\": {\"throttle\": {\"times\": 2, \"retry_after\": 1}},"
    "  \"automations\": {\"delay_ms\": 2500},"
    "  \"macros\": {\"truncate\": true},"
    "  \"custom_roles\": {\"status\": 403},"
    "  \"talk_phone_numbers\": {\"status\": 404},"
    "  \"tags\": {\"reset\": 1},"
    "  \"webhooks\": {\"loop\": true}}}", ADMIN_TOKEN);
  setenv("ZENDESK_SUNCO_APP_ID", "app1", 1);
  setenv("ZENDESK_SUNCO_KEY_ID", "app_key_1", 1);
  setenv("ZENDESK_SUNCO_KEY_SECRET", "sunco-secret-9e8d7c6b5a", 1);
  t.o.timeout_ms = 1000;
  t.o.max_attempts = 3;
  /* Retries back off 200-400 ms: a client ignoring Retry-After would be
   * seen well inside its 1 s, past the in-flight slack of 150 ms. */
  t.o.backoff_ms = 400;
  assert_int_equal(collect(&t), ZD_OK);
  s = t.s;
  /* A next link to another host is fetched from the emulator instead. */
  assert_string_equal(outcome(s, "organizations"), "ok");
  assert_int_equal(nitems(s, "organizations", "organizations"), 150);
  assert_int_equal(mfield(s, "organizations", "pages"), 2);
  /* SunCo paging (meta.hasMore, links.next). */
  assert_string_equal(outcome(s, "sunco_integrations"), "ok");
  assert_int_equal(nitems(s, "sunco_integrations", "integrations"), 150);
  assert_int_equal(mfield(s, "sunco_integrations", "pages"), 2);
  assert_string_equal(outcome(s, "users"), "ok");
  assert_int_equal(mfield(s, "users", "attempts"), 3);
  assert_int_equal(mfield(s, "organizations", "attempts"), 3);
  assert_string_equal(outcome(s, "triggers"), "ok");
  assert_int_equal(mfield(s, "triggers", "throttled"), 2);
  /* attempts counts the throttled requests too (#11 item 12). */
  assert_int_equal(mfield(s, "triggers", "attempts"), 3);
  assert_string_equal(outcome(s, "automations"), "error");
  assert_non_null(strstr(merror(s, "automations"), "imed out"));
  assert_non_null(strstr(merror(s, "automations"), "3 attempts"));
  assert_string_equal(outcome(s, "macros"), "error");
  assert_non_null(strstr(merror(s, "macros"), "malformed JSON"));
  assert_string_equal(outcome(s, "custom_roles"), "http_error");
  assert_int_equal(mfield(s, "custom_roles", "http_status"), 403);
  assert_string_equal(outcome(s, "talk_phone_numbers"), "http_error");
  assert_int_equal(mfield(s, "talk_phone_numbers", "http_status"), 404);
  assert_non_null(strstr(merror(s, "talk_phone_numbers"), "plan"));
  assert_string_equal(outcome(s, "tags"), "ok");
  assert_int_equal(mfield(s, "tags", "attempts"), 2);
  assert_string_equal(outcome(s, "webhooks"), "ok");
  assert_int_equal(mfield(s, "webhooks", "truncated"), 1);
  assert_int_equal(nitems(s, "webhooks", "webhooks"), 100);
  /* Failures stay per endpoint. */
  assert_string_equal(outcome(s, "account_settings"), "ok");
  /* These 429/503s carry no account headers: each endpoint's own. */
  reqs = emu_log(t.e);
  assert_retry_after_honoured_by_key(reqs, 150);
  json_decref(reqs);
  end_trial(&t);
}

static void test_burst_429(void **state)
{
  struct trial t;
  json_t *reqs, *st;
  (void)state;
  start_trial(&t, "{\"burst429\": {\"after\": 3, \"count\": 2,"
                  "               \"retry_after\": 1}}", ADMIN_TOKEN);
  /* One transfer at a time: nothing is in flight when a 429 leaves, so
   * the very next arrival must wait the whole Retry-After. */
  t.o.max_parallel = 1;
  assert_int_equal(collect(&t), ZD_OK);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++)
    if(d->scope != ZD_SCOPE_SUNCO)
      assert_string_equal(outcome(t.s, d->key), "ok");
  reqs = emu_log(t.e);
  assert_retry_after_honoured(reqs, 0);
  st = emu_stats(t.e);
  assert_true(json_integer_value(json_object_get(st, "throttled")) >= 1);
  json_decref(st);
  json_decref(reqs);
  end_trial(&t);
}

/* The run's deadline ends what is still pending, as data. */
static void test_deadline(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"endpoints\": {\"users\": {\"delay_ms\": 4000}}}",
              ADMIN_TOKEN);
  t.o.timeout_ms = 10000;
  t.o.deadline_ms = 1500;
  assert_int_equal(collect(&t), ZD_OK);
  assert_string_equal(outcome(t.s, "users"), "error");
  assert_non_null(strstr(merror(t.s, "users"), "deadline"));
  assert_string_equal(outcome(t.s, "account_settings"), "ok");
  end_trial(&t);
}

static void test_refused_credentials(void **state)
{
  struct trial t;
  json_t *reqs;
  (void)state;
  start_trial(&t, NULL, "tok-wrong-0123456789");
  t.o.max_parallel = 1;
  assert_int_equal(collect(&t), ZD_ERR_AUTH);
  assert_null(t.s);
  assert_non_null(strstr(t.err.msg, "refused"));
  assert_non_null(strstr(t.err.msg, "ZENDESK_OAUTH_TOKEN"));
  assert_null(strstr(t.err.msg, "tok-wrong"));
  assert_null(strstr(t.log, "tok-wrong"));
  /* The run stopped at the first 401. */
  reqs = emu_log(t.e);
  assert_int_equal(json_array_size(reqs), 1);
  json_decref(reqs);
  end_trial(&t);
}

static void test_agent_token(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, NULL, AGENT_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++) {
    const char *oc = outcome(t.s, d->key);
    if(d->scope == ZD_SCOPE_SUNCO)
      assert_string_equal(oc, "skipped");
    else if(d->admin && d->scope == ZD_SCOPE_SUPPORT) {
      assert_string_equal(oc, "http_error");
      assert_int_equal(mfield(t.s, d->key, "http_status"), 403);
      assert_non_null(strstr(merror(t.s, d->key), "admin"));
    }
    else if(d->scope == ZD_SCOPE_SUPPORT)
      assert_string_equal(oc, "ok");
    else   /* needs the brand list, which agents cannot read */
      assert_string_equal(oc, "error");
  }
  assert_non_null(strstr(merror(t.s, "hc_articles"), "brand list"));
  assert_non_null(strstr(merror(t.s, "sunco_app"), "ZENDESK_SUNCO_KEY_ID"));
  end_trial(&t);
}

static void test_client_credentials(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, NULL, NULL);
  setenv("ZENDESK_OAUTH_CLIENT_ID", "zdaudit-client", 1);
  setenv("ZENDESK_OAUTH_CLIENT_SECRET", "csecret-71b2e9d4", 1);
  t.o.verbose = 2;
  assert_int_equal(collect(&t), ZD_OK);
  assert_no_secret(t.log, "stderr (-vv, client credentials)");
  assert_string_equal(outcome(t.s, "security_settings"), "ok");
  /* A wrong secret: the grant is refused, nothing else is tried. */
  setenv("ZENDESK_OAUTH_CLIENT_SECRET", "csecret-wrong-000", 1);
  assert_int_equal(collect(&t), ZD_ERR_AUTH);
  assert_null(t.s);
  assert_non_null(strstr(t.err.msg, "client-credentials"));
  end_trial(&t);
}

static void test_api_token(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, NULL, NULL);
  setenv("ZENDESK_EMAIL", "admin@example.com", 1);
  setenv("ZENDESK_API_TOKEN", "apitoken-3f9a7c2e1d", 1);
  t.o.verbose = 2;
  assert_int_equal(collect(&t), ZD_OK);
  assert_non_null(strstr(t.log, "2026-07-28"));
  assert_non_null(strstr(t.log, "2026-10-27"));
  assert_non_null(strstr(t.log, "2027-04-30"));
  assert_no_secret(t.log, "stderr (-vv, API token)");
  assert_string_equal(outcome(t.s, "api_tokens"), "ok");
  end_trial(&t);
}

static void test_item_cap(void **state)
{
  struct trial t;
  (void)state;
  start_trial(&t, "{\"generate\": {\"users\": 250}}", ADMIN_TOKEN);
  t.o.max_items = 120;
  assert_int_equal(collect(&t), ZD_OK);
  assert_int_equal(nitems(t.s, "users", "users"), 120);
  assert_int_equal(mfield(t.s, "users", "truncated"), 1);
  assert_int_equal(mfield(t.s, "users", "pages"), 2);
  end_trial(&t);
}

/* Under a 1,200/minute bucket with a burst of 20, the pacer keeps every
 * request under the limit: nothing is throttled, even when the machine is
 * loaded enough (CI runs this beside a browser) that the emulator takes a
 * few requests late and together: the pacer keeps 5% of the window (60)
 * as slack, so the bucket stays near full. */
static void test_pacing(void **state)
{
  struct trial t;
  json_t *st, *reqs;
  double first, last;
  long n;
  (void)state;
  start_trial(&t, "{\"rate_limit\": {\"limit\": 1200, \"burst\": 20},"
                  " \"generate\": {\"users\": 900}}", ADMIN_TOKEN);
  assert_int_equal(collect(&t), ZD_OK);
  st = emu_stats(t.e);
  reqs = emu_log(t.e);
  n = (long)json_array_size(reqs);
  first = json_real_value(json_object_get(json_array_get(reqs, 0), "t"));
  last = json_real_value(json_object_get(json_array_get(reqs, (size_t)n - 1),
                                         "t"));
  assert_int_equal(json_integer_value(json_object_get(st, "throttled")), 0);
  /* Paced, not merely lucky: n requests at <= 20/s take >= (n - burst)
   * / 20 s. */
  assert_true(last - first >= (double)(n - 20) * 50.0 * 0.9);
  assert_string_equal(outcome(t.s, "users"), "ok");
  json_decref(reqs);
  json_decref(st);
  end_trial(&t);
}

/* ---- TLS ---------------------------------------------------------------- */

static int make_cert(char **cert, char **key, char *cert_path, size_t n)
{
  char cmd[1024], kp[300];
  size_t len;
  snprintf(cert_path, n, "%s/cert.pem", workdir);
  snprintf(kp, sizeof(kp), "%s/key.pem", workdir);
  snprintf(cmd, sizeof(cmd),
           "openssl req -x509 -newkey rsa:2048 -nodes -days 2 "
           "-subj /CN=localhost -addext subjectAltName=DNS:localhost,"
           "IP:127.0.0.1 -keyout %s -out %s >/dev/null 2>&1", kp, cert_path);
  if(system(cmd))
    return -1;
  if(zd_read_file(cert_path, 1 << 20, cert, &len, NULL) ||
     zd_read_file(kp, 1 << 20, key, &len, NULL))
    return -1;
  return 0;
}

static void test_tls(void **state)
{
  char *cert = NULL, *key = NULL, cert_path[300], base[64], *log;
  char probe_to[64];
  json_t *s0 = scenario(NULL), *l, *p;
  struct emu *tls, *plain;
  struct zd_collect_opts o;
  struct zd_snapshot *s = NULL;
  struct zd_error err;
  (void)state;
  if(make_cert(&cert, &key, cert_path, sizeof(cert_path))) {
    json_decref(s0);
    skip();
  }
  tls = emu_start(fixtures, s0, 0, cert, key);
  json_decref(s0);
  if(!tls) {
    free(cert);
    free(key);
    skip();       /* libmicrohttpd without TLS */
  }
  clear_env();
  setenv("ZENDESK_OAUTH_TOKEN", ADMIN_TOKEN, 1);
  /* The API over HTTPS with a self-signed certificate: refused... */
  memset(&o, 0, sizeof(o));
  snprintf(base, sizeof(base), "https://localhost:%u", emu_port(tls));
  o.subdomain = "riverside";
  o.base_url = base;
  o.timeout_ms = 15000;   /* handshakes are slow under valgrind */
  o.max_attempts = 1;
  o.quiet = 1;
  o.no_tls_probe = 1;
  assert_int_equal(run_captured(&o, &s, &err, &log), ZD_ERR_NETWORK);
  free(log);
  assert_null(s);
  if(!strstr(err.msg, "certificate")) {
    fprintf(stderr, "unexpected error: %s\n", err.msg);
    fail();
  }
  /* ...accepted with --ca-file. */
  o.ca_file = cert_path;
  assert_int_equal(run_captured(&o, &s, &err, &log), ZD_OK);
  free(log);
  assert_string_equal(outcome(s, "security_settings"), "ok");
  zd_snapshot_free(s);

  /* The probes: brand "localhost" verifies with the CA and shows its
   * certificate; "127.0.0.2" does not match its names. */
  plain = start(NULL);
  opts_for(&o, plain, base, sizeof(base));
  o.timeout_ms = 15000;
  snprintf(probe_to, sizeof(probe_to), "127.0.0.1:%u", emu_port(tls));
  o.tls_connect_to = probe_to;
  o.ca_file = cert_path;
  assert_int_equal(run_captured(&o, &s, &err, &log), ZD_OK);
  free(log);
  l = json_object_get(zd_snapshot_data(s, "tls_probes"), "tls_probes");
  assert_int_equal(json_array_size(l), 2);
  p = json_array_get(l, 0);
  assert_string_equal(json_string_value(json_object_get(p, "host")),
                      "localhost");
  assert_true(json_is_true(json_object_get(p, "verified")));
  assert_true(json_is_true(json_object_get(p, "name_matches")));
  assert_true(json_is_string(json_object_get(p, "not_after")));
  assert_string_equal(json_string_value(json_array_get(
                        json_object_get(p, "names"), 0)), "localhost");
  p = json_array_get(l, 1);
  assert_true(json_is_false(json_object_get(p, "ok")));
  assert_true(json_is_false(json_object_get(p, "name_matches")));
  zd_snapshot_free(s);
  /* Without the CA the same certificate is not trusted. */
  o.ca_file = NULL;
  assert_int_equal(run_captured(&o, &s, &err, &log), ZD_OK);
  free(log);
  p = json_array_get(json_object_get(zd_snapshot_data(s, "tls_probes"),
                                     "tls_probes"), 0);
  assert_true(json_is_false(json_object_get(p, "verified")));
  zd_snapshot_free(s);
  emu_stop(plain);
  emu_stop(tls);
  free(cert);
  free(key);
}

/* ---- saving ------------------------------------------------------------- */

static int leftovers(const char *dir, const char *stem)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  int n = 0;
  size_t sl = strlen(stem);
  while((de = readdir(d)))
    if(!strncmp(de->d_name, stem, sl) && de->d_name[sl] == '.')
      n++;
  closedir(d);
  return n;
}

static void test_save(void **state)
{
  struct zd_snapshot *s = zd_snapshot_new("riverside", 1700000000), *l;
  struct zd_error err;
  char dir[300], other[300], *p;
  (void)state;
  zd_snapshot_put(s, "account_settings", ZD_EP_OK, 200, NULL,
                  json_pack("{s:{}}", "settings"));
  zd_snapshot_put(s, "audit_logs", ZD_EP_HTTP, 403, "HTTP 403", NULL);
  snprintf(dir, sizeof(dir), "%s/snap-save", workdir);
  assert_int_equal(zd_snapshot_save(s, dir, &err), ZD_OK);
  /* Replacing an earlier snapshot works and leaves nothing beside it. */
  assert_int_equal(zd_snapshot_save(s, dir, &err), ZD_OK);
  assert_int_equal(leftovers(workdir, "snap-save"), 0);
  assert_int_equal(zd_snapshot_load(dir, &l, &err), ZD_OK);
  zd_snapshot_free(l);
  p = zd_path_join(dir, "account_settings.json");
  {
    struct stat st;
    assert_int_equal(stat(p, &st), 0);
    assert_int_equal(st.st_mode & 077, 0);
  }
  free(p);
  /* A snapshot holding a file zdaudit did not write is not replaced
   * (that would delete it, #11 item 9); once it is gone, it is. */
  p = zd_path_join(dir, "notes.txt");
  assert_int_equal(zd_write_atomic(p, "mine", 4, 0600, NULL), ZD_OK);
  assert_int_equal(zd_snapshot_save(s, dir, &err), ZD_ERR_USAGE);
  assert_non_null(strstr(err.msg, "'notes.txt'"));
  assert_int_equal(access(p, F_OK), 0);
  assert_int_equal(leftovers(workdir, "snap-save"), 0);
  unlink(p);
  free(p);
  assert_int_equal(zd_snapshot_save(s, dir, &err), ZD_OK);
  /* A manifest naming files outside the snapshot deletes none of them. */
  {
    struct zd_snapshot *evil = zd_snapshot_new("riverside", 1700000000);
    zd_snapshot_put(evil, "account_settings", ZD_EP_OK, 200, NULL,
                    json_pack("{s:{}}", "settings"));
    json_object_set_new(json_object_get(json_object_get(
      zd_snapshot_manifest(evil), "endpoints"), "account_settings"), "file",
      json_string("../precious-outside.txt"));
    p = zd_asprintf("%s/precious-outside.txt", workdir);
    assert_int_equal(zd_write_atomic(p, "x", 1, 0600, NULL), ZD_OK);
    snprintf(other, sizeof(other), "%s/snap-evil", workdir);
    /* written by hand as a snapshot whose manifest names ../ */
    mkdir(other, 0700);
    {
      char *m = zd_path_join(other, "manifest.json");
      assert_int_equal(zd_json_save(m, zd_snapshot_manifest(evil), 0600,
                                    &err), ZD_OK);
      free(m);
    }
    assert_int_equal(zd_snapshot_save(s, other, &err), ZD_OK);
    assert_int_equal(access(p, F_OK), 0);
    free(p);
    zd_snapshot_free(evil);
  }
  /* A directory that is not a snapshot is never replaced. */
  snprintf(other, sizeof(other), "%s/not-a-snapshot", workdir);
  mkdir(other, 0700);
  p = zd_path_join(other, "precious.txt");
  assert_int_equal(zd_write_atomic(p, "x", 1, 0600, NULL), ZD_OK);
  assert_int_equal(zd_snapshot_save(s, other, &err), ZD_ERR_USAGE);
  assert_int_equal(access(p, F_OK), 0);
  assert_int_equal(leftovers(workdir, "not-a-snapshot"), 0);
  free(p);
  zd_snapshot_free(s);
}

/* ---- credentials and options -------------------------------------------- */

static void write_file(const char *path, const char *text, mode_t mode)
{
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(text, f);
  fclose(f);
  chmod(path, mode);
}

static void test_credentials_file(void **state)
{
  struct zd_creds c;
  struct zd_error err;
  char path[300];
  (void)state;
  clear_env();
  snprintf(path, sizeof(path), "%s/creds", workdir);
  write_file(path, "# comment\nexport ZENDESK_OAUTH_TOKEN=\"tok-file-1234567\"\n"
             "ZENDESK_SUBDOMAIN = riverside\n", 0644);
  assert_int_equal(zd_creds_load(path, &c, &err), ZD_ERR_AUTH);
  assert_non_null(strstr(err.msg, "chmod 600"));
  assert_null(strstr(err.msg, "tok-file"));
  chmod(path, 0600);
  assert_int_equal(zd_creds_load(path, &c, &err), ZD_OK);
  assert_int_equal(c.kind, ZD_AUTH_OAUTH_TOKEN);
  assert_string_equal(c.oauth_token, "tok-file-1234567");
  assert_string_equal(c.subdomain, "riverside");
  assert_true(zd_creds_leaked_in(&c, "xx tok-file-1234567 yy", 22));
  zd_creds_free(&c);
  write_file(path, "ZENDESK_OAUTH_TOKN=abc\n", 0600);
  assert_int_equal(zd_creds_load(path, &c, &err), ZD_ERR_PARSE);
  assert_int_equal(err.line, 1);
  write_file(path, "ZENDESK_EMAIL=a@b.c\n", 0600);
  assert_int_equal(zd_creds_load(path, &c, &err), ZD_ERR_AUTH);
  assert_non_null(strstr(err.msg, "half"));
  /* The environment when no file is named; nothing there is an error. */
  assert_int_equal(zd_creds_load(NULL, &c, &err), ZD_ERR_AUTH);
  assert_non_null(strstr(err.msg, "ZENDESK_OAUTH_TOKEN"));
}

static void test_base_url(void **state)
{
  char *o = NULL, *p = NULL;
  struct zd_error err;
  (void)state;
  assert_int_equal(zd_http_check_base("http://example.com", &o, &p, &err),
                   ZD_ERR_USAGE);
  assert_non_null(strstr(err.msg, "loopback"));
  assert_int_equal(zd_http_check_base("http://u:pw@127.0.0.1:9", &o, &p,
                                      &err), ZD_ERR_USAGE);
  assert_int_equal(zd_http_check_base("ftp://127.0.0.1", &o, &p, &err),
                   ZD_ERR_USAGE);
  assert_int_equal(zd_http_check_base("http://127.0.0.2:8080/zd/", &o, &p,
                                      &err), ZD_OK);
  assert_string_equal(o, "http://127.0.0.2:8080");
  assert_string_equal(p, "/zd");
  free(o);
  free(p);
  assert_int_equal(zd_http_check_base("https://proxy.example", &o, &p, &err),
                   ZD_OK);
  assert_string_equal(p, "");
  free(o);
  free(p);
}

/* ---- pure pieces -------------------------------------------------------- */

static void test_pace(void **state)
{
  struct zd_pace p;
  (void)state;
  zd_pace_init(&p, 0, 4);
  assert_int_equal(zd_pace_next(&p, 1000), 1000);      /* nothing known */
  zd_pace_headers(&p, 1000, 600, 500, -1);
  assert_int_equal(zd_pace_interval(&p), 100);
  assert_int_equal(zd_pace_next(&p, 1000), 1000);      /* plenty left */
  zd_pace_headers(&p, 1000, 600, 31, -1);             /* slack: 600/20 */
  assert_int_equal(zd_pace_next(&p, 1000), 1000);      /* above the slack */
  zd_pace_started(&p, 1000);
  assert_int_equal(zd_pace_next(&p, 1010), 1100);      /* paced at rate */
  zd_pace_headers(&p, 1000, 600, 15, -1);
  assert_int_equal(zd_pace_next(&p, 1010), 1150);      /* half the slack */
  zd_pace_headers(&p, 1000, 600, 0, -1);
  assert_int_equal(zd_pace_next(&p, 1010), 1200);      /* none: half rate */
  zd_pace_headers(&p, 1200, 600, 0, 30);
  assert_int_equal(zd_pace_next(&p, 1200), 31200);     /* window spent */
  zd_pace_retry_after(&p, 2000, 5000);
  assert_int_equal(zd_pace_gate(&p, 2000), 7000);
  assert_true(zd_pace_next(&p, 2000) >= 7000);         /* gate first */
  zd_pace_init(&p, 60, 4);                              /* --rate-limit */
  zd_pace_headers(&p, 0, 700, 699, -1);
  zd_pace_started(&p, 0);
  assert_int_equal(zd_pace_next(&p, 10), 1000);
}

static void test_page_shapes(void **state)
{
  const struct zd_endpoint_def *users = zd_endpoint_find("users");
  const struct zd_endpoint_def *targets = zd_endpoint_find("targets");
  const struct zd_endpoint_def *gs = zd_endpoint_find("hc_general_settings");
  const char *next;
  json_t *b;
  (void)state;
  b = json_loads("{\"users\":[],\"meta\":{\"has_more\":true},"
                 "\"links\":{\"next\":\"https://x/a?page%5Bafter%5D=1\"}}",
                 0, NULL);
  assert_null(zd_page_check(users, b, &next));
  assert_string_equal(next, "https://x/a?page%5Bafter%5D=1");
  zd_page_strip(b);
  assert_null(json_object_get(b, "meta"));
  json_decref(b);
  b = json_loads("{\"users\":[],\"meta\":{\"has_more\":true}}", 0, NULL);
  assert_non_null(zd_page_check(users, b, &next));
  json_decref(b);
  b = json_loads("{\"users\":{}}", 0, NULL);
  assert_non_null(zd_page_check(users, b, &next));
  json_decref(b);
  b = json_loads("{\"targets\":[],\"next_page\":null}", 0, NULL);
  assert_null(zd_page_check(targets, b, &next));
  assert_null(next);
  json_decref(b);
  b = json_loads("[1]", 0, NULL);
  assert_non_null(zd_page_check(targets, b, &next));
  json_decref(b);
  b = json_loads("{\"help_center\":{}}", 0, NULL);
  assert_true(zd_page_single_item(gs, b));
  assert_null(zd_page_check(gs, b, &next));
  json_decref(b);
}

static void test_redact(void **state)
{
  json_t *b = json_loads(
    "{\"security_settings\":{\"authentication\":{\"agent\":{\"password\":"
    "{\"password_length\":12}}}},\"tokens\":[{\"id\":1,\"token\":\"s1\","
    "\"refresh_token\":\"s2\"}],\"x\":{\"client_secret\":\"s3\","
    "\"api_token_access\":\"true\"}}", 0, NULL);
  (void)state;
  assert_int_equal(zd_redact_body("security_settings", b), 3);
  assert_non_null(json_object_get(json_object_get(json_object_get(
    json_object_get(json_object_get(b, "security_settings"),
                    "authentication"), "agent"), "password"),
    "password_length"));
  assert_string_equal(json_string_value(json_object_get(
    json_object_get(b, "x"), "api_token_access")), "true");
  json_decref(b);
  b = json_loads("{\"installations\":[{\"settings\":{\"name\":\"A\","
                 "\"apiKey\":\"k\",\"subdomain_token\":\"t\"}}]}", 0, NULL);
  assert_int_equal(zd_redact_body("apps_installations", b), 2);
  json_decref(b);
}

int main(int argc, char **argv)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_pace),
    cmocka_unit_test(test_page_shapes),
    cmocka_unit_test(test_redact),
    cmocka_unit_test(test_base_url),
    cmocka_unit_test(test_credentials_file),
    cmocka_unit_test(test_save),
    cmocka_unit_test(test_full_collection),
    cmocka_unit_test(test_faults),
    cmocka_unit_test(test_burst_429),
    cmocka_unit_test(test_deadline),
    cmocka_unit_test(test_refused_credentials),
    cmocka_unit_test(test_agent_token),
    cmocka_unit_test(test_client_credentials),
    cmocka_unit_test(test_api_token),
    cmocka_unit_test(test_item_cap),
    cmocka_unit_test(test_pacing),
    cmocka_unit_test(test_tls),
  };
  return trial_main(argc, argv, "collect", tests,
                    sizeof(tests) / sizeof(tests[0]));
}

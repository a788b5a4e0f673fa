/* SPDX-License-Identifier: MIT
 * trial.c — what the live-collection tests share (see trial.h): the
 * emulator's base scenario and credentials, one collection run against a
 * fresh emulator with stderr captured, and manifest/secret assertions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "trial.h"
#include "core/fsutil.h"
#include "core/msgs.h"

#include <curl/curl.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *fixtures;
char workdir[256];

static const char scenario_base[] =
  "{\"token\": \"" ADMIN_TOKEN "\", \"agent_token\": \"" AGENT_TOKEN "\","
  " \"basic\": {\"user\": \"admin@example.com/token\","
  "             \"pass\": \"apitoken-3f9a7c2e1d\"},"
  " \"client\": {\"id\": \"zdaudit-client\", \"secret\": \"csecret-71b2e9d4\","
  "             \"access_token\": \"granted-6a0f3c8e2b\"},"
  " \"sunco\": {\"app\": \"app1\", \"key\": \"app_key_1\","
  "            \"secret\": \"sunco-secret-9e8d7c6b5a\"}}";

/* The credentials and planted values no output may contain. */
static const char *const secrets[] = {
  ADMIN_TOKEN, AGENT_TOKEN, "apitoken-3f9a7c2e1d", "csecret-71b2e9d4",
  "granted-6a0f3c8e2b", "sunco-secret-9e8d7c6b5a", "PLANTED-SECRET", "PLNTjwt",
  NULL
};

void clear_env(void)
{
  static const char *const vars[] = {
    "ZENDESK_OAUTH_TOKEN", "ZENDESK_OAUTH_CLIENT_ID",
    "ZENDESK_OAUTH_CLIENT_SECRET", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN",
    "ZENDESK_SUNCO_APP_ID", "ZENDESK_SUNCO_KEY_ID",
    "ZENDESK_SUNCO_KEY_SECRET", "ZENDESK_SUBDOMAIN", NULL
  };
  for(int i = 0; vars[i]; i++)
    unsetenv(vars[i]);
}

json_t *scenario(const char *extra)
{
  json_t *s = json_loads(scenario_base, 0, NULL);
  if(extra) {
    json_t *x = json_loads(extra, 0, NULL);
    assert_non_null(x);
    json_object_update(s, x);
    json_decref(x);
  }
  return s;
}

struct emu *start(const char *extra)
{
  json_t *s = scenario(extra);
  struct emu *e = emu_start(fixtures, s, 0, NULL, NULL);
  json_decref(s);
  assert_non_null(e);
  return e;
}

void opts_for(struct zd_collect_opts *o, struct emu *e, char *base,
                     size_t baselen)
{
  memset(o, 0, sizeof(*o));
  snprintf(base, baselen, "http://127.0.0.1:%u", emu_port(e));
  o->subdomain = "riverside";
  o->base_url = base;
  o->timeout_ms = 2000;
  o->backoff_ms = 100;
  o->quiet = 1;
  /* Probes go to a closed loopback port: never off this machine. */
  o->tls_connect_to = "127.0.0.1:1";
}

/* Runs zd_collect_run with stderr captured into '*log' (new string). */
zd_code run_captured(const struct zd_collect_opts *o,
                            struct zd_snapshot **snap,
                            struct zd_error *err, char **log)
{
  char path[300];
  int fd, saved;
  zd_code rc;
  size_t len;
  snprintf(path, sizeof(path), "%s/stderr.txt", workdir);
  fflush(stderr);
  saved = dup(2);
  fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  dup2(fd, 2);
  close(fd);
  rc = zd_collect_run(o, snap, err);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  *log = NULL;
  assert_int_equal(zd_read_file(path, 1 << 24, log, &len, NULL), ZD_OK);
  return rc;
}

const char *outcome(struct zd_snapshot *s, const char *key)
{
  json_t *e = json_object_get(json_object_get(zd_snapshot_manifest(s),
                                              "endpoints"), key);
  const char *o = json_string_value(json_object_get(e, "outcome"));
  return o ? o : "absent";
}

json_int_t mfield(struct zd_snapshot *s, const char *key,
                         const char *field)
{
  json_t *e = json_object_get(json_object_get(zd_snapshot_manifest(s),
                                              "endpoints"), key);
  json_t *v = json_object_get(e, field);
  return json_is_true(v) ? 1 : json_integer_value(v);
}

const char *merror(struct zd_snapshot *s, const char *key)
{
  json_t *e = json_object_get(json_object_get(zd_snapshot_manifest(s),
                                              "endpoints"), key);
  const char *v = json_string_value(json_object_get(e, "error"));
  return v ? v : "";
}

size_t nitems(struct zd_snapshot *s, const char *key,
                     const char *list)
{
  return json_array_size(json_object_get(zd_snapshot_data(s, key), list));
}

void assert_no_secret(const char *text, const char *where)
{
  for(int i = 0; secrets[i]; i++)
    if(strstr(text, secrets[i])) {
      fprintf(stderr, "secret '%s' found in %s\n", secrets[i], where);
      fail();
    }
}

void assert_dir_clean(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  assert_non_null(d);
  while((de = readdir(d))) {
    char *p, *data;
    size_t len;
    if(de->d_name[0] == '.')
      continue;
    p = zd_path_join(dir, de->d_name);
    assert_int_equal(zd_read_file(p, 1 << 28, &data, &len, NULL), ZD_OK);
    assert_no_secret(data, p);
    free(data);
    free(p);
  }
  closedir(d);
}

/* No request may arrive while a Retry-After is running: for each 429/503
 * that arrived at t and was answered with Retry-After R, nothing arrives
 * in (t + slack, t + R). With one transfer at a time 'slack' can be ~0;
 * with several it covers requests already sent when the answer left. */
static void honoured(json_t *log, double slack, int by_key)
{
  size_t i, j;
  json_t *a, *b;
  int gates = 0;
  json_array_foreach(log, i, a) {
    double t = json_real_value(json_object_get(a, "t"));
    json_int_t ra = json_integer_value(json_object_get(a, "retry_after"));
    const char *key = json_string_value(json_object_get(a, "key"));
    if(!ra)
      continue;
    gates++;
    json_array_foreach(log, j, b) {
      double u = json_real_value(json_object_get(b, "t"));
      const char *bk = json_string_value(json_object_get(b, "key"));
      if(by_key && (!key || !bk || strcmp(key, bk)))
        continue;
      if(u > t + slack && u < t + (double)ra - 1) {
        fprintf(stderr, "request %s at %.0f ms arrived %.0f ms into a "
                "Retry-After of %lld ms\n",
                json_string_value(json_object_get(b, "url")), u, u - t,
                (long long)ra);
        fail();
      }
    }
  }
  assert_true(gates > 0);
}

void assert_retry_after_honoured(json_t *log, double slack)
{
  honoured(log, slack, 0);
}

void assert_retry_after_honoured_by_key(json_t *log, double slack)
{
  honoured(log, slack, 1);
}


void start_trial(struct trial *t, const char *extra, const char *token)
{
  memset(t, 0, sizeof(*t));
  t->e = start(extra);
  clear_env();
  if(token)
    setenv("ZENDESK_OAUTH_TOKEN", token, 1);
  opts_for(&t->o, t->e, t->base, sizeof(t->base));
}

zd_code collect(struct trial *t)
{
  zd_snapshot_free(t->s);
  t->s = NULL;
  free(t->log);
  zd_msgs.verbose = t->o.verbose;
  return run_captured(&t->o, &t->s, &t->err, &t->log);
}

void end_trial(struct trial *t)
{
  zd_msgs.verbose = 0;
  zd_snapshot_free(t->s);
  free(t->log);
  emu_stop(t->e);
}

int trial_main(int argc, char **argv, const char *name,
               const struct CMUnitTest *tests, size_t ntests)
{
  int rc;
  if(argc < 2) {
    fprintf(stderr, "usage: %s FIXTURES_DIR\n", argv[0]);
    return 2;
  }
  fixtures = argv[1];
  snprintf(workdir, sizeof(workdir), "/tmp/zd-test-collect.XXXXXX");
  if(!mkdtemp(workdir))
    return 2;
  setenv("ZDAUDIT_NOW", "2026-11-20T09:00:00Z", 1);
  curl_global_init(CURL_GLOBAL_DEFAULT);
  rc = _cmocka_run_group_tests(name, tests, ntests, NULL, NULL);
  curl_global_cleanup();
  {
    char cmd[320];
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", workdir);
    if(system(cmd))
      rc = rc ? rc : 1;
  }
  return rc;
}

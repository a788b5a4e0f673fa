/* SPDX-License-Identifier: MIT
 * doctor.c — `zdaudit doctor`'s checks (see doctor.h): who the credential
 * belongs to and its role (GET /api/v2/users/me), which products the
 * account shows (GET /api/v2/account/settings: chat, voice, explore,
 * side_conversations, lotus.pod_id — docs: developer.zendesk.com "Account
 * Settings"), whether the audit log is readable (GET /api/v2/audit_logs,
 * first page only: Enterprise plans, admins only — endpoints.md row 13),
 * and whether the Sunshine Conversations key works (GET /v2/apps/{app})
 * and may list keys (GET /v2/apps/{app}/keys): the keys Admin Center makes
 * are app-scoped and listing keys needs an account-scoped one
 * (support.zendesk.com article 4576088682266, "Using the Conversations API
 * keys": "intended for app-level authentication"; docs/collect.md), so a
 * working key does not mean `sunco_keys` will be collected.
 * Every request is tried once: this is a check, not a collection. */
#include "collect/doctor.h"
#include "collect/creds.h"
#include "collect/http.h"
#include "collect/preflight.h"
#include "core/alloc.h"
#include "snapshot/snapshot.h"

#include <stdlib.h>
#include <string.h>

#define DOCTOR_TIMEOUT_MS 20000L

static void nothing(struct zd_http *h, struct zd_http_req *r)
{
  (void)h;
  (void)r;
}

static void get(struct zd_http *h, struct zd_http_req *r, const char *url,
                const struct zd_creds *c, int sunco)
{
  memset(r, 0, sizeof(*r));
  r->url = zd_strdup(url);
  r->paced = !sunco;
  r->max_attempts = 1;
  r->done = nothing;
  zd_collect_auth(r, c, sunco);
  zd_http_submit(h, r);
}

static int is_true(const json_t *o, const char *a, const char *b)
{
  return json_is_true(json_object_get(json_object_get(o, a), b));
}

/* The products account settings shows as on. */
static json_t *products(const struct zd_http_req *r, json_int_t *pod)
{
  json_t *body = json_loadb(r->body.data ? r->body.data : "", r->body.len, 0,
                            NULL);
  json_t *s = json_object_get(body, "settings"), *out = json_array();
  json_t *sc = json_object_get(s, "side_conversations");
  const char *k;
  json_t *v;
  int side = 0;
  json_array_append_new(out, json_string("Support"));
  if(is_true(s, "chat", "enabled") || is_true(s, "active_features", "chat"))
    json_array_append_new(out, json_string("Chat"));
  if(is_true(s, "voice", "enabled") || is_true(s, "active_features", "voice"))
    json_array_append_new(out, json_string("Talk"));
  if(is_true(s, "active_features", "explore"))
    json_array_append_new(out, json_string("Explore"));
  json_object_foreach(sc, k, v)
    side |= json_is_true(v) && strstr(k, "_channel") != NULL;
  if(side)
    json_array_append_new(out, json_string("side conversations"));
  *pod = json_integer_value(json_object_get(json_object_get(s, "lotus"),
                                            "pod_id"));
  json_decref(body);
  return out;
}

static char *http_word(const struct zd_http_req *r)
{
  if(r->cc != CURLE_OK)
    return zd_asprintf("not reached: %s", r->error);
  if(r->status >= 200 && r->status <= 299)
    return zd_strdup("usable");
  return zd_asprintf("refused (HTTP %ld)", r->status);
}

static void predict(json_t *out, int admin, int audit_ok, int sunco_ok,
                    int keys_ok, int sunco_configured)
{
  json_t *refused = json_array(), *skipped = json_array();
  for(const struct zd_endpoint_def *d = zd_endpoints; d->key; d++) {
    if(d->scope == ZD_SCOPE_SUNCO) {
      if(!sunco_configured)
        json_array_append_new(skipped, json_string(d->key));
      else if(!sunco_ok || (!keys_ok && !strcmp(d->key, "sunco_keys")))
        json_array_append_new(refused, json_string(d->key));
    }
    else if(!strcmp(d->key, "audit_logs") && !audit_ok)
      json_array_append_new(refused, json_string(d->key));
    else if(d->admin && !admin)
      json_array_append_new(refused, json_string(d->key));
  }
  json_object_set_new(out, "refused", refused);
  json_object_set_new(out, "skipped", skipped);
}

json_t *zd_collect_doctor(const struct zd_collect_opts *opts)
{
  json_t *out = json_object();
  struct zd_creds creds;
  struct zd_target t;
  struct zd_http_cfg hc;
  struct zd_http *h = NULL;
  struct zd_whoami w;
  struct zd_error err;
  struct zd_http_req settings, audit, sunco, keys;
  struct zd_http_stats st;
  char *url;
  int admin = 0, configured, audit_ok = 0, sunco_ok = 0, keys_ok = 0;
  long sunco_attempts = 0;

  memset(&t, 0, sizeof(t));
  memset(&w, 0, sizeof(w));
  zd_error_clear(&err);
  json_object_set_new(out, "reached", json_false());
  json_object_set_new(out, "accepted", json_false());
  json_object_set_new(out, "zendesk_requests", json_integer(0));
  json_object_set_new(out, "sunco_requests", json_integer(0));
  if(zd_creds_load(opts->credentials_file, &creds, &err)) {
    json_object_set_new(out, "error", json_string(err.msg));
    return out;
  }
  json_object_set_new(out, "credential",
                      json_string(zd_creds_describe(&creds)));
  if(zd_target_init(opts, &creds, &t, &err)) {
    json_object_set_new(out, "error", json_string(err.msg));
    goto done;
  }
  json_object_set_new(out, "target", json_string(zd_target_name(&t, opts)));
  memset(&hc, 0, sizeof(hc));
  hc.ca_file = opts->ca_file;
  hc.timeout_ms = opts->timeout_ms > 0 ? opts->timeout_ms : DOCTOR_TIMEOUT_MS;
  hc.max_parallel = 3;
  hc.max_attempts = 1;
  hc.verbose = opts->verbose;
  hc.creds = &creds;      /* -vv never prints a line holding one */
  h = zd_http_new(&hc);
  if(zd_collect_grant(h, &t, &creds, &err)) {
    json_object_set_new(out, "error", json_string(err.msg));
    json_object_set_new(out, "reached", json_boolean(err.code == ZD_ERR_AUTH));
    goto counted;
  }
  zd_whoami(h, &t, &creds, 1, &w);
  json_object_set_new(out, "reached", json_boolean(w.reached));
  if(!w.reached) {
    json_object_set_new(out, "error", json_string(w.error));
    goto counted;
  }
  json_object_set_new(out, "status", json_integer(w.status));
  if(w.status != 200 || w.anonymous) {
    json_object_set_new(out, "error", json_string(
      w.anonymous ? "Zendesk answered as to an anonymous visitor: the "
                    "credential was not taken"
                  : w.status == 401 ? "Zendesk refused the credential"
                                    : "unexpected answer to users/me"));
    goto counted;
  }
  json_object_set_new(out, "accepted", json_true());
  json_object_set_new(out, "user", json_pack(
    "{s:s?, s:s?, s:s}",
    "name", json_string_value(json_object_get(w.user, "name")),
    "email", json_string_value(json_object_get(w.user, "email")),
    "role", zd_whoami_role(&w)));
  admin = !strcmp(zd_whoami_role(&w), "admin");
  json_object_set_new(out, "admin", json_boolean(admin));

  /* Two more to Zendesk at once (the audit log only for an admin, who
   * alone may read it), and the SunCo key when there is one. */
  url = zd_asprintf("%s%s/api/v2/account/settings", t.origin, t.prefix);
  get(h, &settings, url, &creds, 0);
  free(url);
  memset(&audit, 0, sizeof(audit));
  if(admin) {
    url = zd_asprintf("%s%s/api/v2/audit_logs?page%%5Bsize%%5D=1", t.origin,
                      t.prefix);
    get(h, &audit, url, &creds, 0);
    free(url);
  }
  memset(&sunco, 0, sizeof(sunco));
  memset(&keys, 0, sizeof(keys));
  configured = zd_creds_has_sunco(&creds);
  if(configured) {
    /* SunCo answers under the account's host at /sc (endpoints.def) */
    url = zd_asprintf("%s%s/sc/v2/apps/%s", t.origin, t.prefix,
                      creds.sunco_app_id);
    get(h, &sunco, url, &creds, 1);
    free(url);
    url = zd_asprintf("%s%s/sc/v2/apps/%s/keys", t.origin, t.prefix,
                      creds.sunco_app_id);
    get(h, &keys, url, &creds, 1);
    free(url);
  }
  zd_http_run(h);
  if(settings.cc == CURLE_OK && settings.status == 200) {
    json_int_t pod = 0;
    json_object_set_new(out, "products", products(&settings, &pod));
    if(pod)
      json_object_set_new(out, "pod", json_integer(pod));
  }
  else {
    char *wd = http_word(&settings);
    json_object_set_new(out, "products_error", json_string(wd));
    free(wd);
  }
  if(admin) {
    char *wd = http_word(&audit);
    audit_ok = audit.cc == CURLE_OK && audit.status == 200;
    json_object_set_new(out, "audit_logs", json_string(wd));
    free(wd);
  }
  else
    json_object_set_new(out, "audit_logs",
                        json_string("not checked: only admins may read it"));
  if(configured) {
    char *wd = http_word(&sunco);
    sunco_ok = sunco.cc == CURLE_OK && sunco.status == 200;
    json_object_set_new(out, "sunco", json_string(wd));
    free(wd);
    keys_ok = keys.cc == CURLE_OK && keys.status == 200;
    if(keys_ok)
      json_object_set_new(out, "sunco_keys", json_string("usable"));
    else if(sunco_ok && keys.cc == CURLE_OK &&
            (keys.status == 401 || keys.status == 403)) {
      wd = zd_asprintf("refused (HTTP %ld): the key is app-scoped and "
                       "listing keys needs an account-scoped key; review "
                       "keys, owners and ages in Admin Center > Apps and "
                       "integrations > APIs > Conversations API",
                       keys.status);
      json_object_set_new(out, "sunco_keys", json_string(wd));
      free(wd);
    }
    else {
      wd = http_word(&keys);
      json_object_set_new(out, "sunco_keys", json_string(wd));
      free(wd);
    }
    sunco_attempts = sunco.attempts + keys.attempts;
    json_object_set_new(out, "sunco_requests", json_integer(sunco_attempts));
  }
  else
    json_object_set_new(out, "sunco", json_string(
      "not configured: ZENDESK_SUNCO_APP_ID, _KEY_ID and _KEY_SECRET are "
      "not all set"));
  predict(out, admin, audit_ok, sunco_ok, keys_ok, configured);
  zd_http_req_clear(&settings);
  zd_http_req_clear(&audit);
  zd_http_req_clear(&sunco);
  zd_http_req_clear(&keys);
counted:
  zd_http_stats(h, &st);
  json_object_set_new(out, "zendesk_requests",
                      json_integer(st.requests - sunco_attempts));
done:
  zd_whoami_free(&w);
  zd_http_free(h);
  zd_target_free(&t);
  zd_creds_free(&creds);
  return out;
}

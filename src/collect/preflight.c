/* SPDX-License-Identifier: MIT
 * preflight.c — target, credentials on requests, the OAuth grant and the
 * users/me request (see preflight.h).
 *
 * GET /api/v2/users/me is Zendesk's "Show Self" (developer.zendesk.com,
 * Users API; public clients use it as "current user", e.g.
 * lanej/zendesk2 get_current_user.rb). A credential Zendesk does not take
 * can still be answered 200 with the anonymous user, whose id is null
 * (zendesk/zendesk_api_client_rb#27: "client.current_user was set to
 * 'Anonymous user'"), so that answer counts as refused. */
#include "collect/preflight.h"
#include "core/alloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int zd_valid_subdomain(const char *s)
{
  size_t n = 0;
  if(!s || !*s || *s == '-')
    return 0;
  for(; s[n]; n++)
    if(!isalnum((unsigned char)s[n]) && s[n] != '-')
      return 0;
  return n <= 63;
}

zd_code zd_target_init(const struct zd_collect_opts *o,
                       const struct zd_creds *c, struct zd_target *t,
                       struct zd_error *err)
{
  const char *sub = o->subdomain;
  memset(t, 0, sizeof(*t));
  if((!sub || !*sub) && c->subdomain)
    sub = c->subdomain;
  t->sub = sub;
  if(!sub || !*sub)
    return zd_error_set(err, ZD_ERR_USAGE, NULL, 0,
                        "no account: pass --subdomain NAME or set "
                        "ZENDESK_SUBDOMAIN");
  if(!zd_valid_subdomain(sub))
    return zd_error_set(err, ZD_ERR_USAGE, "--subdomain", 0,
                        "'%.64s' is not a subdomain (for "
                        "https://acme.zendesk.com it is 'acme')", sub);
  if(o->ca_file && access(o->ca_file, R_OK))
    return zd_error_set(err, ZD_ERR_USAGE, o->ca_file, 0,
                        "cannot read the --ca-file");
  if(o->base_url) {
    t->custom_base = 1;
    return zd_http_check_base(o->base_url, &t->origin, &t->prefix, err);
  }
  t->origin = zd_asprintf("https://%s.zendesk.com", sub);
  t->prefix = zd_strdup("");
  return ZD_OK;
}

void zd_target_free(struct zd_target *t)
{
  free(t->origin);
  free(t->prefix);
  memset(t, 0, sizeof(*t));
}

const char *zd_target_name(const struct zd_target *t,
                           const struct zd_collect_opts *o)
{
  return t->custom_base ? o->base_url : t->origin;
}

void zd_collect_auth(struct zd_http_req *r, const struct zd_creds *c,
                     int sunco)
{
  r->user = r->pass = r->bearer = NULL;
  if(sunco) {
    r->user = c->sunco_key_id;
    r->pass = c->sunco_key_secret;
  }
  else if(c->kind == ZD_AUTH_API_TOKEN) {
    r->user = c->basic_user;
    r->pass = c->api_token;
  }
  else
    r->bearer = c->oauth_token;
}

static void nothing_done(struct zd_http *h, struct zd_http_req *r)
{
  (void)h;
  (void)r;
}

zd_code zd_collect_grant(struct zd_http *h, const struct zd_target *t,
                         struct zd_creds *c, struct zd_error *err)
{
  struct zd_http_req r;
  json_t *req, *resp;
  const char *tok;
  zd_code rc = ZD_OK;
  if(c->kind != ZD_AUTH_CLIENT_CREDENTIALS)
    return ZD_OK;
  memset(&r, 0, sizeof(r));
  req = json_pack("{s:s, s:s, s:s, s:s}", "grant_type", "client_credentials",
                  "client_id", c->client_id, "client_secret",
                  c->client_secret, "scope", "read");
  r.url = zd_asprintf("%s%s/oauth/tokens", t->origin, t->prefix);
  r.post = json_dumps(req, JSON_COMPACT);
  json_decref(req);   /* its copy of the secret goes with it */
  r.paced = 1;
  r.done = nothing_done;
  zd_http_submit(h, &r);
  zd_http_run(h);
  if(r.cc != CURLE_OK)
    rc = zd_error_set(err, ZD_ERR_NETWORK, "/oauth/tokens", 0,
                      "cannot get an OAuth access token: %s", r.error);
  else if(r.status < 200 || r.status > 299)
    rc = zd_error_set(err, ZD_ERR_AUTH, "/oauth/tokens", 0,
                      "Zendesk refused the OAuth client-credentials grant "
                      "(HTTP %ld): check ZENDESK_OAUTH_CLIENT_ID/_SECRET and "
                      "that the client is confidential and allows the "
                      "'read' scope", r.status);
  else {
    resp = json_loadb(r.body.data ? r.body.data : "", r.body.len, 0, NULL);
    tok = json_string_value(json_object_get(resp, "access_token"));
    if(tok && *tok)
      zd_creds_set_access_token(c, tok);
    else
      rc = zd_error_set(err, ZD_ERR_AUTH, "/oauth/tokens", 0,
                        "the OAuth grant answered without an access_token");
    if(tok)
      zd_creds_wipe((char *)tok, strlen(tok));
    json_decref(resp);
  }
  if(r.body.data)
    zd_creds_wipe(r.body.data, r.body.len);
  zd_http_req_clear(&r);
  return rc;
}

void zd_whoami(struct zd_http *h, const struct zd_target *t,
               const struct zd_creds *c, int attempts, struct zd_whoami *w)
{
  struct zd_http_req r;
  json_t *body, *user;
  memset(w, 0, sizeof(*w));
  memset(&r, 0, sizeof(r));
  r.url = zd_asprintf("%s%s/api/v2/users/me", t->origin, t->prefix);
  r.paced = 1;
  r.max_attempts = attempts;
  r.done = nothing_done;
  zd_collect_auth(&r, c, 0);
  zd_http_submit(h, &r);
  zd_http_run(h);
  w->attempts = r.attempts;
  if(r.cc != CURLE_OK) {
    snprintf(w->error, sizeof(w->error), "%s",
             r.error[0] ? r.error : curl_easy_strerror(r.cc));
    zd_http_req_clear(&r);
    return;
  }
  w->reached = 1;
  w->status = r.status;
  if(r.status >= 200 && r.status <= 299) {
    body = json_loadb(r.body.data ? r.body.data : "", r.body.len, 0, NULL);
    user = json_object_get(body, "user");
    if(json_is_object(user) && zd_creds_leaked_json(c, user)) {
      /* A name or email quoting the credential is never printed. */
      json_object_set_new(user, "name", json_string("(a name quoting "
                                                    "zdaudit's credential)"));
      json_object_del(user, "email");
    }
    if(json_is_object(user)) {
      w->user = json_incref(user);
      w->anonymous = !json_is_integer(json_object_get(user, "id"));
    }
    json_decref(body);
  }
  zd_http_req_clear(&r);
}

void zd_whoami_free(struct zd_whoami *w)
{
  json_decref(w->user);
  memset(w, 0, sizeof(*w));
}

const char *zd_whoami_role(const struct zd_whoami *w)
{
  const char *r = json_string_value(json_object_get(w->user, "role"));
  return r ? r : "";
}

char *zd_whoami_who(const struct zd_whoami *w)
{
  const char *name = json_string_value(json_object_get(w->user, "name"));
  const char *email = json_string_value(json_object_get(w->user, "email"));
  if(name && email)
    return zd_asprintf("%s <%s>", name, email);
  if(name || email)
    return zd_strdup(name ? name : email);
  return zd_strdup("an unnamed user");
}

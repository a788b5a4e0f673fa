/* SPDX-License-Identifier: MIT
 * redact.c — secret removal (see redact.h). Two layers: field names that
 * hold a secret wherever they appear (when their value is a string, so
 * policy objects such as security_settings' "password" stay), and rules
 * for the endpoints whose secrets have ordinary names. */
#include "collect/redact.h"
#include "collect/collect.h"

#include "core/alloc.h"
#include "core/buf.h"

#include <ctype.h>
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Field names whose string value is a credential, in any endpoint. */
static const char *const secret_names[] = {
  "token", "full_token", "visible_token", "refresh_token", "access_token",
  "api_token", "secret", "client_secret", "shared_secret", "signing_secret",
  "password", "private_key", "api_key", "secret_key", "encryption_key",
  "authToken", "accessToken", "pageAccessToken", "appSecret",
  "channelSecret", "channelAccessToken", "privateKey", "apiKey",
  "hmacSecret", "webhookSecret", "secretKey", "encryptionKey", NULL
};

/* Nesting walked: above jansson's own parse limit (2048), so nothing a
 * body can hold is left unwalked. */
#define MAX_DEPTH 4096

/* What a secret's name holds, compared with the name folded to lower case
 * without '_' and '-' (Password, auth_token, consumerSecret, signingKey,
 * passphrase, X-Api-Key…; #11 item 2). "key" alone is not one: ticket
 * and user fields name their "key". */
static const char *const secret_words[] = {
  "password", "passwd", "passphrase", "secret", "token", "apikey",
  "privatekey", "signingkey", "accesskey", "secretkey", "encryptionkey",
  "credential", "authorization", NULL
};

/* Endings of names that hold a secret word but name a setting about it,
 * never the secret (api_token_access, token_url, token_type,
 * password_visibility…): what controls judge. */
static const char *const not_secret[] = {
  "access", "url", "type", "visibility", "status", "enabled", "required",
  "policy", "level", "length", "expiry", "expiresat", "createdat",
  "updatedat", NULL
};

static int is_secret_name(const char *k)
{
  char f[96];
  size_t n = 0;
  for(int i = 0; secret_names[i]; i++)
    if(!strcmp(k, secret_names[i]))
      return 1;
  for(; *k && n + 1 < sizeof(f); k++)
    if(*k != '_' && *k != '-')
      f[n++] = (char)tolower((unsigned char)*k);
  f[n] = '\0';
  for(int i = 0; not_secret[i]; i++) {
    size_t e = strlen(not_secret[i]);
    if(n >= e && !strcmp(f + n - e, not_secret[i]))
      return 0;
  }
  for(int i = 0; secret_words[i]; i++)
    if(strstr(f, secret_words[i]))
      return 1;
  return 0;
}

/* 1 when a query of a URL names a credential among its parameters
 * (?api_key=, ?token=, ?sig=, &key=…): the secret names, and the short
 * ones only a query uses. */
static int query_has_secret(const char *q)
{
  static const char *const query_names[] = {
    "key", "sig", "signature", "code", "auth", "pass", "pwd", NULL
  };
  while(*q) {
    size_t n = strcspn(q, "=&;");
    char name[64];
    if(n && n < sizeof(name) && q[n] == '=') {
      memcpy(name, q, n);
      name[n] = '\0';
      if(is_secret_name(name))
        return 1;
      for(int i = 0; query_names[i]; i++)
        if(!strcasecmp(name, query_names[i]))
          return 1;
    }
    q += n;
    q += strcspn(q, "&;");
    if(*q)
      q++;
  }
  return 0;
}

/* A URL stored without user info, query or fragment: "https://u:p@h/x?
 * api_key=…" keeps "https://h/x" (#11 item 2). When what was cut held a
 * credential (a password in the user info, a query parameter named as
 * one) the URL says so in its fragment, "#[credential removed: RULE]"
 * with the scanner's rule id: the controls that fail on credentials in
 * URLs (ZD.GEN.13.6, ZD.SUP.9) read the marker (scan/detect_removed.c)
 * and still fail, while scheme, host and path stay readable. New string,
 * or NULL when 's' is not an http(s) URL with any of them. */
static char *plain_url(const char *s)
{
  CURLU *u;
  char *scheme = NULL, *host = NULL, *port = NULL, *path = NULL;
  char *user = NULL, *pass = NULL, *query = NULL, *frag = NULL, *out = NULL;
  if(strncasecmp(s, "http://", 7) && strncasecmp(s, "https://", 8))
    return NULL;
  if(!(u = curl_url()))
    return NULL;
  if(curl_url_set(u, CURLUPART_URL, s, CURLU_NON_SUPPORT_SCHEME) ==
       CURLUE_OK &&
     curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
     curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
    curl_url_get(u, CURLUPART_PORT, &port, 0);
    curl_url_get(u, CURLUPART_PATH, &path, 0);
    curl_url_get(u, CURLUPART_USER, &user, 0);
    curl_url_get(u, CURLUPART_PASSWORD, &pass, 0);
    curl_url_get(u, CURLUPART_QUERY, &query, 0);
    curl_url_get(u, CURLUPART_FRAGMENT, &frag, 0);
    if(user || pass || query || frag) {
      const char *mark = pass && *pass ? "#[credential removed: url-basic-auth]"
                         : query && query_has_secret(query)
                           ? "#[credential removed: url-query-token]" : "";
      out = zd_asprintf("%s://%s%s%s%s%s", scheme, host, port ? ":" : "",
                        port ? port : "", path ? path : "/", mark);
    }
  }
  else if(strchr(s, '@') || strchr(s, '?'))
    out = zd_strdup("[a URL zdaudit could not read: not kept]");
  curl_free(scheme);
  curl_free(host);
  curl_free(port);
  curl_free(path);
  curl_free(user);
  curl_free(pass);
  curl_free(query);
  curl_free(frag);
  curl_url_cleanup(u);
  return out;
}

/* 1 when 'o' is a {"name": SECRET-LIKE, "value": "…"} pair (app
 * settings_objects, custom field lists). */
static int secret_pair(json_t *o)
{
  const char *name = json_string_value(json_object_get(o, "name"));
  return name && json_is_string(json_object_get(o, "value")) &&
         is_secret_name(name);
}

static size_t walk(json_t *v, int depth)
{
  size_t n = 0;
  if(depth > MAX_DEPTH)
    return 0;
  if(json_is_object(v)) {
    const char *k;
    json_t *x;
    void *tmp;
    if(secret_pair(v)) {
      json_object_del(v, "value");
      n++;
    }
    json_object_foreach_safe(v, tmp, k, x) {
      char *url;
      if(json_is_string(x) && is_secret_name(k)) {
        json_object_del(v, k);
        n++;
      }
      else if(json_is_string(x) && (url = plain_url(json_string_value(x)))) {
        json_object_set_new(v, k, json_string(url));
        free(url);
        n++;
      }
      else if(!strcmp(k, "custom_headers") && json_is_object(x)) {
        /* Webhook headers carry API keys under any name: the names stay
         * (controls may read them), the values never do. */
        const char *hk;
        json_t *hv;
        json_object_foreach(x, hk, hv)
          if(!json_is_null(hv)) {
            json_object_set_new(x, hk, json_string("[redacted]"));
            n++;
          }
      }
      else
        n += walk(x, depth + 1);
    }
  }
  else if(json_is_array(v)) {
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x)
      n += walk(x, depth + 1);
  }
  return n;
}

static int ci_contains(const char *hay, const char *needle)
{
  size_t n = strlen(needle);
  for(; *hay; hay++)
    if(!strncasecmp(hay, needle, n))
      return 1;
  return 0;
}

/* App settings are free-form: drop string values under names that say
 * what they hold (api_key, authToken, client_secret, password…). */
static size_t app_settings(json_t *settings)
{
  static const char *const words[] = {"secret", "token", "password",
                                      "passwd", "key", "credential", NULL};
  const char *k;
  json_t *x;
  void *tmp;
  size_t n = 0;
  if(!json_is_object(settings))
    return 0;
  json_object_foreach_safe(settings, tmp, k, x) {
    if(!json_is_string(x))
      continue;
    for(int i = 0; words[i]; i++)
      if(ci_contains(k, words[i])) {
        json_object_del(settings, k);
        n++;
        break;
      }
  }
  return n;
}

static json_t *list_of(json_t *body, const char *name)
{
  json_t *l = json_object_get(body, name);
  return json_is_array(l) ? l : NULL;
}

size_t zd_redact_body(const char *key, json_t *body)
{
  size_t n = walk(body, 0), i;
  json_t *item, *l;
  if(!strcmp(key, "webhooks") && (l = list_of(body, "webhooks"))) {
    /* authentication.data holds the basic-auth password, bearer token or
     * API key value; type and add_position are what controls read. */
    json_array_foreach(l, i, item) {
      json_t *auth = json_object_get(item, "authentication");
      if(json_is_object(auth) && json_object_get(auth, "data")) {
        json_object_del(auth, "data");
        n++;
      }
    }
  }
  else if(!strcmp(key, "remote_authentications") &&
          (l = list_of(body, "remote_authentications"))) {
    /* Zendesk's masked_secret still shows the first characters. */
    json_array_foreach(l, i, item)
      if(json_is_string(json_object_get(item, "masked_secret"))) {
        json_object_set_new(item, "masked_secret", json_string("********"));
        n++;
      }
  }
  else if(!strcmp(key, "apps_installations") &&
          (l = list_of(body, "installations"))) {
    json_array_foreach(l, i, item)
      n += app_settings(json_object_get(item, "settings"));
  }
  return n;
}

/* ---- credentials the scanner finds -------------------------------------- */

struct spans {
  struct { size_t start, end; char label[48]; } at[64];
  size_t n, dropped;
};

static void on_hit(void *ctx, size_t start, size_t end, const char *label)
{
  struct spans *sp = ctx;
  if(sp->n && start < sp->at[sp->n - 1].end)
    return;                    /* overlaps the one before: already gone */
  if(sp->n == sizeof(sp->at) / sizeof(sp->at[0])) {
    sp->dropped++;             /* too many: the whole string goes */
    return;
  }
  sp->at[sp->n].start = start;
  sp->at[sp->n].end = end;
  snprintf(sp->at[sp->n].label, sizeof(sp->at[sp->n].label), "%s",
           label ? label : "credential");
  sp->n++;
}

/* 's' with the spans the finder reports replaced (a new JSON string),
 * or NULL when there are none; '*count' gets how many. */
static json_t *scrubbed(const struct zd_collect_finder *f, const char *s,
                        size_t len, size_t *count)
{
  struct spans sp;
  struct zd_buf b;
  size_t at = 0;
  json_t *out;
  sp.n = sp.dropped = 0;
  *count = 0;
  if(!f->find(f->arg, s, len, on_hit, &sp) || (!sp.n && !sp.dropped))
    return NULL;
  *count = sp.n + sp.dropped;
  if(sp.dropped)
    return json_string("[credentials removed]");
  zd_buf_init(&b, len + 80 * sp.n + 1);
  for(size_t i = 0; i < sp.n; i++) {
    if(sp.at[i].end > len || sp.at[i].start < at)
      continue;
    zd_buf_add(&b, s + at, sp.at[i].start - at);
    zd_buf_adds(&b, "[credential removed: ");
    zd_buf_adds(&b, sp.at[i].label);
    zd_buf_adds(&b, "]");
    at = sp.at[i].end;
  }
  zd_buf_add(&b, s + at, len - at);
  out = json_stringn(b.data ? b.data : "", b.len);
  zd_buf_free(&b);
  return out ? out : json_string("[credentials removed]");
}

/* scrubbed() of 'x' when it is a string, else NULL. */
static json_t *scrub_string(const struct zd_collect_finder *f, json_t *x,
                            size_t *count)
{
  *count = 0;
  return json_is_string(x) ? scrubbed(f, json_string_value(x),
                                      json_string_length(x), count)
                           : NULL;
}

static size_t scrub_walk(const struct zd_collect_finder *f, json_t *v,
                         int depth)
{
  size_t n = 0, c;
  json_t *t;
  if(depth > MAX_DEPTH)
    return 0;
  if(json_is_object(v)) {
    const char *k;
    json_t *x;
    void *tmp;
    json_object_foreach_safe(v, tmp, k, x) {
      if((t = scrubbed(f, k, strlen(k), &c))) {
        /* a name that is a credential: the member goes */
        json_object_del(v, k);
        json_decref(t);
        n += c;
        continue;
      }
      if((t = scrub_string(f, x, &c))) {
        json_object_set_new(v, k, t);
        n += c;
      }
      else
        n += scrub_walk(f, x, depth + 1);
    }
  }
  else if(json_is_array(v)) {
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x) {
      if((t = scrub_string(f, x, &c))) {
        json_array_set_new(v, i, t);
        n += c;
      }
      else
        n += scrub_walk(f, x, depth + 1);
    }
  }
  return n;
}

/* Counts what the finder reports, nothing more (the whole-body pass). */
static void count_hit(void *ctx, size_t start, size_t end, const char *label)
{
  (void)start;
  (void)end;
  (void)label;
  (*(size_t *)ctx)++;
}

size_t zd_redact_found(const struct zd_collect_finder *f, json_t *body)
{
  char *text;
  size_t hits = 0;
  if(!f || !f->find)
    return 0;
  /* One pass over the body as text (strings decoded: no \u escapes
   * hide anything); the string walk only when it found something. */
  text = json_dumps(body, JSON_COMPACT | JSON_ENCODE_ANY);
  if(text) {
    f->find(f->arg, text, strlen(text), count_hit, &hits);
    free(text);
  }
  return hits ? scrub_walk(f, body, 0) : 0;
}

/* SPDX-License-Identifier: MIT
 * redact.c — secret removal (see redact.h). Two layers: field names that
 * hold a secret wherever they appear (when their value is a string, so
 * policy objects such as security_settings' "password" stay), and rules
 * for the endpoints whose secrets have ordinary names. */
#include "collect/redact.h"

#include <ctype.h>
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

/* Nesting walked; Zendesk bodies are a few levels deep. */
#define MAX_DEPTH 32

static int is_secret_name(const char *k)
{
  for(int i = 0; secret_names[i]; i++)
    if(!strcmp(k, secret_names[i]))
      return 1;
  return 0;
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
    json_object_foreach_safe(v, tmp, k, x) {
      if(json_is_string(x) && is_secret_name(k)) {
        json_object_del(v, k);
        n++;
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

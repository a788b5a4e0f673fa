/* SPDX-License-Identifier: MIT
 * creds.c — loading credentials from the environment or a private file
 * (see creds.h). Error messages name variables and lines, never values. */
#include "collect/creds.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The keys zdaudit reads; anything else in a credentials file is refused
 * so a typo cannot silently fall back to another credential. */
static const char *const known_keys[] = {
  "ZENDESK_OAUTH_TOKEN", "ZENDESK_OAUTH_CLIENT_ID",
  "ZENDESK_OAUTH_CLIENT_SECRET", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN",
  "ZENDESK_SUNCO_APP_ID", "ZENDESK_SUNCO_KEY_ID", "ZENDESK_SUNCO_KEY_SECRET",
  "ZENDESK_SUBDOMAIN", NULL
};
#define NKEYS (sizeof(known_keys) / sizeof(known_keys[0]) - 1)

void zd_creds_wipe(void *p, size_t len)
{
  if(p && len)
    explicit_bzero(p, len);
}

static void wipe_free(char **s)
{
  if(*s) {
    zd_creds_wipe(*s, strlen(*s));
    free(*s);
    *s = NULL;
  }
}

void zd_creds_free(struct zd_creds *c)
{
  if(!c)
    return;
  wipe_free(&c->oauth_token);
  wipe_free(&c->client_id);
  wipe_free(&c->client_secret);
  wipe_free(&c->email);
  wipe_free(&c->basic_user);
  wipe_free(&c->api_token);
  wipe_free(&c->sunco_app_id);
  wipe_free(&c->sunco_key_id);
  wipe_free(&c->sunco_key_secret);
  wipe_free(&c->subdomain);
  wipe_free(&c->basic_b64);
  wipe_free(&c->sunco_b64);
  free(c->source);
  memset(c, 0, sizeof(*c));
}

/* Base64 (standard alphabet, padded) of "user:pass", as a Basic header
 * carries it (RFC 7617); new string, wiped when the credentials are. */
static char *basic_form(const char *user, const char *pass)
{
  static const char al[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char *in = zd_asprintf("%s:%s", user, pass), *out, *o;
  size_t n = strlen(in);
  const unsigned char *u = (const unsigned char *)in;
  o = out = zd_malloc((n + 2) / 3 * 4 + 1);
  for(size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)u[i] << 16 | (i + 1 < n ? (unsigned)u[i + 1] << 8
                                                   : 0) |
                 (i + 2 < n ? u[i + 2] : 0);
    *o++ = al[v >> 18 & 63];
    *o++ = al[v >> 12 & 63];
    *o++ = i + 1 < n ? al[v >> 6 & 63] : '=';
    *o++ = i + 2 < n ? al[v & 63] : '=';
  }
  *o = '\0';
  zd_creds_wipe(in, n);
  free(in);
  return out;
}

static int key_index(const char *k, size_t klen)
{
  for(size_t i = 0; i < NKEYS; i++)
    if(strlen(known_keys[i]) == klen && !memcmp(known_keys[i], k, klen))
      return (int)i;
  return -1;
}

static int is_space(char c)
{
  return c == ' ' || c == '\t' || c == '\r';
}

/* 1 when [k, end) reads as a misspelt key: ZENDESK_ and then capitals,
 * digits and underscores, as every known key is. */
static int name_like(const char *k, const char *end)
{
  if(end - k < 9 || end - k > 64 || strncmp(k, "ZENDESK_", 8))
    return 0;
  for(const char *p = k; p < end; p++)
    if(!((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
      return 0;
  return 1;
}

/* Parses KEY=VALUE lines into 'vals' (indexed like known_keys). Blank
 * lines and lines starting with '#' are skipped; "export " is allowed
 * before a key; a value may be wrapped in matching quotes. */
static zd_code parse_file(const char *path, char *data, char **vals,
                          struct zd_error *err)
{
  int line = 0;
  char *p = data;
  while(*p) {
    char *eol = strchr(p, '\n');
    char *k, *eq, *kend, *v, *vend;
    int idx;
    line++;
    if(eol)
      *eol = '\0';
    k = p;
    p = eol ? eol + 1 : p + strlen(p);
    while(is_space(*k))
      k++;
    if(!*k || *k == '#')
      continue;
    if(!strncmp(k, "export ", 7))
      k += 7;
    while(is_space(*k))
      k++;
    eq = strchr(k, '=');
    if(!eq)
      return zd_error_set(err, ZD_ERR_PARSE, path, line,
                          "expected KEY=VALUE");
    kend = eq;
    while(kend > k && is_space(kend[-1]))
      kend--;
    idx = key_index(k, (size_t)(kend - k));
    /* The key is echoed only when it is a misspelt ZENDESK_ name: any
     * other text on a credentials line (a pasted token, base64 of a
     * user:password pair) may be the secret itself. */
    if(idx < 0)
      return zd_error_set(err, ZD_ERR_PARSE, path, line,
                          "unknown key %s%.*s%s (known: ZENDESK_OAUTH_TOKEN, "
                          "ZENDESK_OAUTH_CLIENT_ID/_SECRET, ZENDESK_EMAIL, "
                          "ZENDESK_API_TOKEN, ZENDESK_SUNCO_APP_ID/_KEY_ID/"
                          "_KEY_SECRET, ZENDESK_SUBDOMAIN)",
                          name_like(k, kend) ? "'" : "",
                          name_like(k, kend)
                            ? (int)((kend - k) > 64 ? 64 : (kend - k)) : 0,
                          k, name_like(k, kend) ? "'"
                                                : "(the line is not shown)");
    v = eq + 1;
    while(is_space(*v))
      v++;
    vend = v + strlen(v);
    while(vend > v && is_space(vend[-1]))
      vend--;
    if(vend - v >= 2 && (*v == '"' || *v == '\'') && vend[-1] == *v) {
      v++;
      vend--;
    }
    if((size_t)(vend - v) > ZD_MAX_CREDENTIAL_VALUE)
      return zd_error_set(err, ZD_ERR_LIMIT, path, line,
                          "value of %s is longer than %d bytes",
                          known_keys[idx], ZD_MAX_CREDENTIAL_VALUE);
    wipe_free(&vals[idx]);
    if(vend > v)
      vals[idx] = zd_strndup(v, (size_t)(vend - v));
  }
  return ZD_OK;
}

static zd_code read_private_file(const char *path, char **vals,
                                 struct zd_error *err)
{
  struct stat st;
  char *data;
  size_t len = 0;
  zd_code rc;
  /* O_NONBLOCK: a FIFO must not hang the run (it is refused below). */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if(fd < 0)
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "cannot open the credentials file: %s",
                        strerror(errno));
  if(fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "the credentials file is not a regular file");
  }
  if(st.st_uid != geteuid()) {
    close(fd);
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "the credentials file belongs to another user; "
                        "it must be yours and mode 0600");
  }
  if(st.st_mode & 077) {
    close(fd);
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "the credentials file is mode %04o: others can "
                        "read it; run chmod 600 on it",
                        (unsigned)(st.st_mode & 07777));
  }
  rc = zd_read_fd(fd, path, ZD_MAX_CREDENTIALS_FILE, &data, &len, err);
  close(fd);
  if(rc)
    return rc == ZD_ERR_LIMIT ? zd_error_set(err, ZD_ERR_LIMIT, path, 0,
                                             "the credentials file is larger "
                                             "than %lu bytes",
                                             ZD_MAX_CREDENTIALS_FILE)
                              : rc;
  if(memchr(data, '\0', len)) {
    zd_creds_wipe(data, len);
    free(data);
    return zd_error_set(err, ZD_ERR_PARSE, path, 0,
                        "the credentials file holds a NUL byte");
  }
  rc = parse_file(path, data, vals, err);
  zd_creds_wipe(data, len);
  free(data);
  return rc;
}

static void take(char **dst, char **vals, const char *key)
{
  int i = key_index(key, strlen(key));
  *dst = vals[i];
  vals[i] = NULL;
}

zd_code zd_creds_load(const char *file, struct zd_creds *c,
                      struct zd_error *err)
{
  char *vals[NKEYS] = {0};
  zd_code rc = ZD_OK;
  memset(c, 0, sizeof(*c));
  if(file) {
    rc = read_private_file(file, vals, err);
    c->source = zd_strdup(file);
  }
  else {
    for(size_t i = 0; i < NKEYS; i++) {
      const char *v = getenv(known_keys[i]);
      if(v && *v && strlen(v) <= ZD_MAX_CREDENTIAL_VALUE)
        vals[i] = zd_strdup(v);
    }
    c->source = zd_strdup("the environment");
  }
  if(!rc) {
    take(&c->oauth_token, vals, "ZENDESK_OAUTH_TOKEN");
    take(&c->client_id, vals, "ZENDESK_OAUTH_CLIENT_ID");
    take(&c->client_secret, vals, "ZENDESK_OAUTH_CLIENT_SECRET");
    take(&c->email, vals, "ZENDESK_EMAIL");
    take(&c->api_token, vals, "ZENDESK_API_TOKEN");
    take(&c->sunco_app_id, vals, "ZENDESK_SUNCO_APP_ID");
    take(&c->sunco_key_id, vals, "ZENDESK_SUNCO_KEY_ID");
    take(&c->sunco_key_secret, vals, "ZENDESK_SUNCO_KEY_SECRET");
    take(&c->subdomain, vals, "ZENDESK_SUBDOMAIN");
  }
  for(size_t i = 0; i < NKEYS; i++)
    wipe_free(&vals[i]);
  if(rc) {
    zd_creds_free(c);
    return rc;
  }
  if(zd_creds_has_sunco(c))
    c->sunco_b64 = basic_form(c->sunco_key_id, c->sunco_key_secret);
  if(c->oauth_token)
    c->kind = ZD_AUTH_OAUTH_TOKEN;
  else if(c->client_id && c->client_secret)
    c->kind = ZD_AUTH_CLIENT_CREDENTIALS;
  else if(c->email && c->api_token) {
    c->kind = ZD_AUTH_API_TOKEN;
    c->basic_user = zd_asprintf("%s/token", c->email);
    c->basic_b64 = basic_form(c->basic_user, c->api_token);
  }
  else {
    rc = zd_error_set(err, ZD_ERR_AUTH, file ? file : "environment", 0,
                      "no Zendesk credentials in %s: set "
                      "ZENDESK_OAUTH_TOKEN, or ZENDESK_OAUTH_CLIENT_ID and "
                      "ZENDESK_OAUTH_CLIENT_SECRET, or ZENDESK_EMAIL and "
                      "ZENDESK_API_TOKEN%s",
                      file ? "the credentials file" : "the environment",
                      (c->client_id || c->client_secret)
                        ? " (only half of the OAuth client pair is set)"
                        : (c->email || c->api_token)
                          ? " (only half of the email/API token pair is set)"
                          : "");
    zd_creds_free(c);
    return rc;
  }
  return ZD_OK;
}

int zd_creds_has_sunco(const struct zd_creds *c)
{
  return c->sunco_app_id && c->sunco_key_id && c->sunco_key_secret;
}

void zd_creds_set_access_token(struct zd_creds *c, const char *token)
{
  wipe_free(&c->oauth_token);
  c->oauth_token = zd_strdup(token);
}

const char *zd_creds_describe(const struct zd_creds *c)
{
  switch(c->kind) {
  case ZD_AUTH_OAUTH_TOKEN:
    return "the OAuth access token (ZENDESK_OAUTH_TOKEN)";
  case ZD_AUTH_CLIENT_CREDENTIALS:
    return "the OAuth client (ZENDESK_OAUTH_CLIENT_ID/_SECRET)";
  case ZD_AUTH_API_TOKEN:
    return "the API token (ZENDESK_EMAIL/ZENDESK_API_TOKEN)";
  default:
    return "no credential";
  }
}

static int contains(const void *data, size_t len, const char *secret)
{
  const char *p = data, *end = p + len;
  size_t n = secret ? strlen(secret) : 0;
  /* Very short values would match by chance; real secrets are long. */
  if(n < 8)
    return 0;
  while((size_t)(end - p) >= n) {
    const char *hit = memchr(p, secret[0], (size_t)(end - p) - n + 1);
    if(!hit)
      return 0;
    if(!memcmp(hit, secret, n))
      return 1;
    p = hit + 1;
  }
  return 0;
}

int zd_creds_leaked_in(const struct zd_creds *c, const void *data,
                       size_t len)
{
  return contains(data, len, c->oauth_token) ||
         contains(data, len, c->client_secret) ||
         contains(data, len, c->api_token) ||
         contains(data, len, c->sunco_key_secret) ||
         contains(data, len, c->basic_b64) ||
         contains(data, len, c->sunco_b64);
}

/* Nesting walked: above jansson's own parse limit (2048), so no parsed
 * value is deeper; a string past it is never skipped. */
#define LEAK_DEPTH 4096

static int leaked_json(const struct zd_creds *c, json_t *v, int depth)
{
  if(depth > LEAK_DEPTH)
    return 0;
  if(json_is_string(v))
    return zd_creds_leaked_in(c, json_string_value(v),
                              json_string_length(v));
  if(json_is_object(v)) {
    const char *k;
    json_t *x;
    json_object_foreach(v, k, x)
      if(zd_creds_leaked_in(c, k, strlen(k)) ||
         leaked_json(c, x, depth + 1))
        return 1;
  }
  else if(json_is_array(v)) {
    size_t i;
    json_t *x;
    json_array_foreach(v, i, x)
      if(leaked_json(c, x, depth + 1))
        return 1;
  }
  return 0;
}

int zd_creds_leaked_json(const struct zd_creds *c, json_t *v)
{
  return leaked_json(c, v, 0);
}

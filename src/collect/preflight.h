/* SPDX-License-Identifier: MIT
 * preflight.h — what every live run does before it collects, shared by
 * `collect` (collect.c) and `doctor` (doctor.c): where the API is, the
 * credential on each request, the OAuth client-credentials grant, and the
 * first request, GET /api/v2/users/me, which tells whether the account can
 * be reached, whether the credential is accepted and whose it is. */
#ifndef ZD_COLLECT_PREFLIGHT_H
#define ZD_COLLECT_PREFLIGHT_H
#include <jansson.h>
#include "collect/collect.h"
#include "collect/creds.h"
#include "collect/http.h"

/* 1 when 's' can be a Zendesk subdomain (letters, digits, '-'). */
int zd_valid_subdomain(const char *s);

/* Where the API is: https://{sub}.zendesk.com, or --base-url. */
struct zd_target {
  const char *sub;   /* borrowed: the option, else the credentials file's */
  char *origin;      /* "scheme://host[:port]" */
  char *prefix;      /* path prefix ("" for Zendesk itself) */
  int custom_base;   /* --base-url was given */
};
/* Checks the options (subdomain, --ca-file, --base-url) and fills 't'. */
zd_code zd_target_init(const struct zd_collect_opts *o,
                       const struct zd_creds *c, struct zd_target *t,
                       struct zd_error *err);
void zd_target_free(struct zd_target *t);
/* The place to name in messages: --base-url as given, else the origin. */
const char *zd_target_name(const struct zd_target *t,
                           const struct zd_collect_opts *o);

/* Sets the credential of 'r': the SunCo key when 'sunco', else the
 * Zendesk credential (Basic for an API token, Bearer otherwise). */
void zd_collect_auth(struct zd_http_req *r, const struct zd_creds *c,
                     int sunco);
/* The client-credentials grant (POST /oauth/tokens) when 'c' is an OAuth
 * client; sets c's access token. Nothing to do for other kinds. */
zd_code zd_collect_grant(struct zd_http *h, const struct zd_target *t,
                         struct zd_creds *c, struct zd_error *err);

/* The answer to GET /api/v2/users/me. */
struct zd_whoami {
  int reached;        /* 0: transport error, see 'error' */
  long status;        /* HTTP status when reached */
  char error[CURL_ERROR_SIZE];
  json_t *user;       /* the "user" object of a 200 answer, or NULL */
  int anonymous;      /* 200 but no signed-in user: credential ignored */
  int attempts;       /* requests sent */
};
/* Sends the request through 'h', with at most 'attempts' tries (0: the
 * engine's). */
void zd_whoami(struct zd_http *h, const struct zd_target *t,
               const struct zd_creds *c, int attempts, struct zd_whoami *w);
void zd_whoami_free(struct zd_whoami *w);
/* The user's "role" ("admin", "agent", "end-user"), or "" (borrowed). */
const char *zd_whoami_role(const struct zd_whoami *w);
/* "Jane Admin <jane@example.com>" or what of it is known (new string). */
char *zd_whoami_who(const struct zd_whoami *w);

#endif

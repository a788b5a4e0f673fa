/* SPDX-License-Identifier: MIT
 * creds.h — the credentials of live collection: read from the environment
 * or from a 0600 KEY=VALUE file (never argv), held in memory only, and
 * wiped when freed. Nothing here ever prints a credential's value. */
#ifndef ZD_COLLECT_CREDS_H
#define ZD_COLLECT_CREDS_H
#include <stddef.h>
#include <jansson.h>
#include "core/error.h"

typedef enum zd_auth_kind {
  ZD_AUTH_NONE = 0,
  ZD_AUTH_OAUTH_TOKEN,       /* ZENDESK_OAUTH_TOKEN: Bearer */
  ZD_AUTH_CLIENT_CREDENTIALS,/* ZENDESK_OAUTH_CLIENT_ID + _SECRET: grant */
  ZD_AUTH_API_TOKEN          /* ZENDESK_EMAIL + ZENDESK_API_TOKEN: Basic */
} zd_auth_kind;

struct zd_creds {
  zd_auth_kind kind;
  char *source;          /* "the environment" or the file's path */
  char *oauth_token;     /* secret; for client credentials, set by the grant */
  char *client_id;
  char *client_secret;   /* secret */
  char *email;
  char *basic_user;      /* "email/token" */
  char *api_token;       /* secret */
  char *sunco_app_id;
  char *sunco_key_id;
  char *sunco_key_secret;/* secret */
  char *subdomain;       /* ZENDESK_SUBDOMAIN from the file, if any */
  /* What an Authorization: Basic header of this run carries: base64 of
   * "email/token:api_token" and of "key_id:key_secret" (secret; NULL
   * when unused). A server echoing the header echoes these. */
  char *basic_b64;
  char *sunco_b64;
};

/* Reads the credentials from 'file' (KEY=VALUE lines; must be a regular
 * file owned by the user with no group/other permission bits) or, when
 * 'file' is NULL, from the environment. Fails with ZD_ERR_AUTH naming the
 * variables when no usable Zendesk credential is there. Free with
 * zd_creds_free. */
zd_code zd_creds_load(const char *file, struct zd_creds *c,
                      struct zd_error *err);
/* Wipes and frees every value; 'c' is zeroed. */
void zd_creds_free(struct zd_creds *c);
/* 1 when all three Sunshine Conversations values are present. */
int zd_creds_has_sunco(const struct zd_creds *c);
/* Stores the access token obtained by the client-credentials grant
 * ('token' is copied; the caller wipes its own copy). */
void zd_creds_set_access_token(struct zd_creds *c, const char *token);
/* Words naming the credential in use, for messages ("the OAuth access
 * token in $ZENDESK_OAUTH_TOKEN"). Never a value. */
const char *zd_creds_describe(const struct zd_creds *c);
/* 1 when 'data' contains any secret value of 'c', or the base64 form a
 * Basic header of the run carries (a server echoing a credential must
 * not get it into a snapshot, a message or a log). */
int zd_creds_leaked_in(const struct zd_creds *c, const void *data,
                       size_t len);
/* The same for every string of a parsed JSON value, names included, at
 * any depth: what a body holds once \u escapes are decoded. */
int zd_creds_leaked_json(const struct zd_creds *c, json_t *v);
/* Overwrites 'len' bytes at 'p' so the compiler cannot skip it. */
void zd_creds_wipe(void *p, size_t len);

#endif

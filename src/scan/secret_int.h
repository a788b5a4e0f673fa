/* SPDX-License-Identifier: MIT
 * secret_int.h — what the credential detectors (detect_secret.c,
 * detect_vendor.c, detect_credurl.c) share: the tests that tell a
 * template, an example or a sample from a secret, the classification of
 * an assignment's name, and the readings of a value. */
#ifndef ZD_SECRET_INT_H
#define ZD_SECRET_INT_H
#include <stddef.h>
#include "scan/scan_int.h"

/* 1 when p[0..n) is a template, an example or a sample, not a secret:
 * a placeholder word ("your", "example", "{{", "${", "<", "xxxx"…), a
 * documentation value (AKIAIOSFODNN7EXAMPLE) or a sequential/repeated
 * string (zd_sample_value). */
int zd_secret_placeholder(const unsigned char *p, size_t n);

/* A byte of a token: letters, digits and - _ . + / = ~ */
static inline int zd_token_char(int c)
{
  return zd_isalnum(c) || c == '-' || c == '_' || c == '.' || c == '+' ||
         c == '/' || c == '=' || c == '~';
}

/* The next token in p[*i .. lim): skips anything else, then the run of
 * token bytes, trailing '.', ',', ':' excluded. Returns 0 at 'lim' or at a
 * blank line. */
int zd_next_token(const struct zd_scan_run *r, size_t *i, size_t lim,
                  size_t *ts, size_t *te);

/* 1 when a value of p[0..n) looks random enough for a key or token:
 * >= 'min' long, entropy >= 3, a digit and a letter (or both cases and
 * >= 24 long), not a placeholder. */
int zd_random_value(const unsigned char *p, size_t n, size_t min);
/* A token of prose with '.' in it that is still a token (detect_vendor.c):
 * long, all three classes, no file's extension at its end. */
int zd_dotted_token(const unsigned char *t, size_t n);
/* A markdown table row "| <name> | <value> |" whose first cell, the name
 * around r->p[at], names a credential: its value judged as an
 * assignment's (detect_secret.c). 1 when the cue stands in such a row's
 * first cell (naming a credential or not). */
int zd_table_cell(struct zd_scan_run *r, size_t at);

/* The AWS secret key beside a key id or an AWS name: searches p[from ..
 * from + 200) for 40 base64 characters with both cases and a digit. */
void zd_aws_secret_near(struct zd_scan_run *r, size_t from);

/* Called by zd_detect_url at every "://" (before its own reading):
 * webhook URLs, user:password@ and database URIs, ?token= queries. */
void zd_detect_cred_url(struct zd_scan_run *r, size_t to, int arg);

/* An Azure SAS token written alone ("sv=2022-11-02&…&sig=…", "?sv=…"):
 * 'amp' is the '&' before "sig", 'o' its '='. Reports it and returns 1
 * when the token holds sv= and se=/sp= (a URL is read at its "://"). */
int zd_sas_token(struct zd_scan_run *r, size_t amp, size_t o);

/* Called by scanner.c at every ':' and '=' at 'o': an assignment whose
 * name contains a credential word (password, secret, token, auth, key…). */
void zd_assign_before(struct zd_scan_run *r, size_t o);

/* Called by scanner.c at every "</" at 'o': the content of an element
 * named as a credential (<password>…</password>, <entry key="db.password">). */
void zd_element_before(struct zd_scan_run *r, size_t o);

/* Called by zd_detect_email after an address ending at 'e' (and after a
 * user name that follows "credentials"): a login written as "address /
 * password" or "address : password". Returns 1 when it reported one. */
int zd_password_after_login(struct zd_scan_run *r, size_t e);

/* At the first '=' of a "==" at 'o': 86 base64 characters before it (a
 * 512-bit key, Azure Storage's size) with the word "key" within 100
 * bytes ("the Azure Blob key <…==>"). */
void zd_key512_before(struct zd_scan_run *r, size_t o);

/* Called by read_alnum (detect_id.c) with a run of letters, digits, '-'
 * and '.' of 50 or 51 bytes: a Mailgun key of 32-8-8 hex digits alone. */
void zd_mailgun_alone(struct zd_scan_run *r, size_t s, size_t e);

#endif

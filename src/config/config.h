/* SPDX-License-Identifier: MIT
 * config.h — zdaudit.yaml: account, parameters, attestations and
 * exceptions (see docs/config.md).
 *
 * Ownership: zd_config_load returns a config freed by zd_config_free;
 * zd_config_params returns a borrowed reference. */
#ifndef ZD_CONFIG_H
#define ZD_CONFIG_H
#include <stddef.h>
#include <time.h>
#include <jansson.h>
#include "core/error.h"
#include "engine/engine.h"

struct zd_config;

/* Loads and validates 'path' against the engine's control ids and
 * parameters. Errors carry the file and line. */
zd_code zd_config_load(const char *path, const struct zd_engine *e,
                       struct zd_config **out, struct zd_error *err);
/* The same for 'len' bytes of 'text' already in memory ('path' names it
 * in messages). */
zd_code zd_config_parse(const char *path, const char *text, size_t len,
                        const struct zd_engine *e, struct zd_config **out,
                        struct zd_error *err);
void zd_config_free(struct zd_config *c);
/* {name: value} of the parameters the file sets, or NULL (borrowed). */
json_t *zd_config_params(const struct zd_config *c);
/* Applies attestations and exceptions to 'r' as of 'now': manual +
 * valid attestation -> attested; fail (or manual without a valid
 * attestation) + valid exception -> accepted; error stays error; an
 * attestation never turns fail into anything else. Every record found for
 * a control is attached to its result (applied or not, expired or not). A
 * record dated YYYY-MM-DD is valid through that day inclusive (UTC). */
void zd_config_apply(const struct zd_config *c, struct zd_results *r,
                     time_t now);

/* account.subdomain, or NULL when the file does not name one. */
const char *zd_config_subdomain(const struct zd_config *c);
/* account.healthcare in words: "HIPAA", "HDS", "HIPAA and HDS", or NULL. */
const char *zd_config_healthcare(const struct zd_config *c);
/* Refuses a config written for another account: ZD_ERR_INVALID when the
 * file names a subdomain and it is not 'subdomain' (case-insensitive). */
zd_code zd_config_check_account(const struct zd_config *c,
                                 const char *subdomain, struct zd_error *err);
/* Adds what the config knows about the account to a results document
 * (account.healthcare), so reports can show it. */
void zd_config_annotate(const struct zd_config *c, json_t *doc);
/* Number of attestations and of exceptions in the file. */
size_t zd_config_attestation_count(const struct zd_config *c);
size_t zd_config_exception_count(const struct zd_config *c);
/* Attestation or exception 'i' in file order, as a new object: "control"
 * plus the fields the results document shows; NULL past the end. */
json_t *zd_config_attestation(const struct zd_config *c, size_t i);
json_t *zd_config_exception(const struct zd_config *c, size_t i);

/* An attestation to record with zd_config_attest. Dates are YYYY-MM-DD;
 * 'evidence' may be NULL. */
struct zd_attestation {
  const char *control, *statement, *owner, *date, *expires, *evidence;
};

/* Records 'a' in the config file 'path' (created when missing): the new
 * entry goes at the end of the `attestations:` sequence (added when
 * absent) and every other byte of the file stays as it was. The file must
 * be valid before and is validated after; it is replaced atomically with
 * its permissions kept. */
zd_code zd_config_attest(const char *path, const struct zd_engine *e,
                         const struct zd_attestation *a,
                         struct zd_error *err);

#endif

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

struct zd_config;

/* What a config is read against, as plain data: the parameters' declared
 * defaults ({name: {default, ...}}, typing each value; NULL accepts any
 * name and reads YAML as it is), and an optional check run on the parsed
 * records (the engine's, that control ids exist; see engine.h) whose
 * error makes the parse fail. */
struct zd_config_rules {
  const json_t *params;
  zd_code (*check)(const struct zd_config *c, const void *arg,
                   struct zd_error *err);
  const void *arg;
};

/* Loads and validates 'path' against 'rules' (may be NULL). Errors carry
 * the file and line. */
zd_code zd_config_load(const char *path, const struct zd_config_rules *rules,
                       struct zd_config **out, struct zd_error *err);
/* The same for 'len' bytes of 'text' already in memory ('path' names it
 * in messages). */
zd_code zd_config_parse(const char *path, const char *text, size_t len,
                        const struct zd_config_rules *rules,
                        struct zd_config **out, struct zd_error *err);
void zd_config_free(struct zd_config *c);
/* The file name the config was read as (for messages). */
const char *zd_config_path(const struct zd_config *c);
/* {name: value} of the parameters the file sets, or NULL (borrowed). */
json_t *zd_config_params(const struct zd_config *c);

/* One attestation, exception or annotation, as the file says it; nothing here has
 * been checked against the controls (the engine does that). */
enum zd_record_kind {
  ZD_REC_ATTESTATION = 0, ZD_REC_EXCEPTION, ZD_REC_ANNOTATION,
  ZD_REC_STUB,   /* an attestation not filled in yet: control and lines */
  ZD_REC_KINDS
};

struct zd_record {
  enum zd_record_kind kind;
  char *control;    /* the id as written */
  int line;         /* of the entry; 'control_line' of its control key */
  int control_line;
  int basis_line;   /* exceptions: of 'basis', 0 when absent */
  const char *basis;/* exceptions: "alternative", "deviation" or NULL */
  json_t *json;     /* the fields the results document shows */
  json_t *objects;  /* scoped exception: {kind: [id or name, ...]}, NULL */
  time_t start;     /* date / approved_on, 00:00 UTC */
  time_t until;     /* first second it no longer counts: day after expiry */
};

/* Object kinds a scoped exception may name ("users", "api_tokens",
 * "oauth_clients", "triggers", "organizations"), NULL-terminated. */
extern const char *const zd_config_object_kinds[];

size_t zd_config_record_count(const struct zd_config *c,
                              enum zd_record_kind kind);
/* Record 'i' of 'kind' in file order (borrowed), NULL past the end. */
const struct zd_record *zd_config_record(const struct zd_config *c,
                                         enum zd_record_kind kind, size_t i);

/* scan.skip_fields: the field paths `zdaudit scan` leaves out (an array
 * of strings, borrowed), or NULL when the file sets none. */
const json_t *zd_config_skip_fields(const struct zd_config *c);
/* scan.allow: the entries, as an allow-list file's lines (text as
 * written, or "re:" and a pattern; see docs/scan.md), or NULL when the
 * file sets none (borrowed). */
const json_t *zd_config_scan_allow(const struct zd_config *c);

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

/* The attestations and exceptions (scoped ones too) still valid at 'now'
 * whose last day is within 'days' days: [{control, kind ("attestation" |
 * "exception"), owner, expires, days_left, scoped}], soonest first. */
json_t *zd_config_expiring(const struct zd_config *c, time_t now,
                           long days);

/* The JSON Schema of zdaudit.yaml (a new object): the parameters typed as
 * 'param_decls' declares them ({name: {default, description}}), control
 * ids from 'ids' (an array of strings; may be NULL). */
json_t *zd_config_schema(const json_t *param_decls, const json_t *ids);
/* Number of attestation stubs (written by `zdaudit config init`, not yet
 * filled in): zd_config_record_count(c, ZD_REC_STUB). */

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
zd_code zd_config_attest(const char *path,
                         const struct zd_config_rules *rules,
                         const struct zd_attestation *a,
                         struct zd_error *err);

#endif

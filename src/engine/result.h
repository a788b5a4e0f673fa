/* SPDX-License-Identifier: MIT
 * result.h — the outcome of one control on one snapshot, and the seven
 * statuses (a public contract: the words never change).
 *
 * Ownership: a struct zd_result owns 'details', 'evidence', 'attestation',
 * 'exception', 'excepted' and 'annotations'; 'control' is borrowed. */
#ifndef ZD_RESULT_H
#define ZD_RESULT_H
#include <stddef.h>
#include <jansson.h>

typedef enum zd_status {
  ZD_STATUS_PASS = 0,
  ZD_STATUS_FAIL,
  ZD_STATUS_MANUAL,     /* a person must provide evidence */
  ZD_STATUS_ATTESTED,   /* a person did: owner, date, expiry */
  ZD_STATUS_ACCEPTED,   /* an exception is on record */
  ZD_STATUS_NA,         /* the snapshot proves the feature is off */
  ZD_STATUS_ERROR,      /* data missing, refused, malformed, or it raised */
  ZD_STATUS_COUNT
} zd_status;

/* "pass", "fail", "manual", "attested", "accepted", "not_applicable",
 * "error". */
const char *zd_status_name(zd_status s);
/* Parses a status word; returns 0 and sets '*out', or -1. */
int zd_status_parse(const char *word, zd_status *out);

struct zd_control;

struct zd_result {
  const struct zd_control *control;
  zd_status status;
  char *details;        /* one or more sentences; never NULL */
  json_t *evidence;     /* array of objects, masked; never NULL */
  json_t *attestation;  /* set when the config has one (attest.c) */
  json_t *exception;    /* set when the config has one (attest.c) */
  json_t *excepted;     /* objects a scoped exception named, as the check
                           asked (zd.excepted), or NULL */
  json_t *annotations;  /* the config's comments on it, or NULL */
};

struct zd_results {
  struct zd_result *items;   /* in engine (catalog) order */
  size_t n;
};

void zd_results_free(struct zd_results *r);
/* The result for control 'id', or NULL. */
struct zd_result *zd_results_find(struct zd_results *r, const char *id);

#endif

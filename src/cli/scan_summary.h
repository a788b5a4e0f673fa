/* SPDX-License-Identifier: MIT
 * scan_summary.h — what `zdaudit scan` does with a finding's field and
 * record beyond printing it: --skip-field / scan.skip_fields (findings in
 * named fields left out) and --summary (counts by field, type and record,
 * so a large export's 1.3 M findings read as a few lines). scan_summary.c */
#ifndef ZD_CLI_SCAN_SUMMARY_H
#define ZD_CLI_SCAN_SUMMARY_H
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>

#include "scan/scan.h"

/* The field paths to skip. */
struct zd_skip_fields {
  char **path;   /* normalised: array indices dropped */
  size_t n;
};

/* Adds 'path' ("author.name", "comments[].author.name"); 0, or -1 when it
 * is empty once normalised. */
int zd_skip_fields_add(struct zd_skip_fields *s, const char *path);
void zd_skip_fields_free(struct zd_skip_fields *s);
/* 1 when 'field' ("comments[3].author.name"; 'scope', e.g. a snapshot
 * endpoint, may be NULL and then is prepended as "scope.field") is one of
 * the paths: equal to it once indices are dropped, or ending in ".path". */
int zd_skip_fields_match(const struct zd_skip_fields *s, const char *scope,
                         const char *field);

/* Counts of findings by field, by type and by record (ticket, object,
 * file). */
struct zd_scan_tally;
struct zd_scan_tally *zd_scan_tally_new(void);
void zd_scan_tally_free(struct zd_scan_tally *t);
/* One finding of 'type' in 'field' (NULL: a plain file; 'scope', e.g. the
 * snapshot endpoint, may be NULL) of 'record'. */
void zd_scan_tally_add(struct zd_scan_tally *t, zd_scan_type type,
                       const char *scope, const char *field,
                       const char *record);
/* The tables, most findings first; records limited to 'top'. */
void zd_scan_tally_print(const struct zd_scan_tally *t, FILE *out,
                         size_t top);
/* {"by_field": {field: {type: n}}, "top_records": [{record, findings}],
 * "records": N} as a new object. */
json_t *zd_scan_tally_json(const struct zd_scan_tally *t, size_t top);

#endif

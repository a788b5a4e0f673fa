/* SPDX-License-Identifier: MIT
 * diff.h — what changed between two assessments of one account
 * (`zdaudit diff`, docs/diff.md): controls whose status or evidence
 * changed (regressions first), settings changed path by path, objects
 * added, removed, renamed or changed by id, each with the audit-log entries
 * that record it or "not in the audit log", and what cannot be compared.
 * Works offline on what was saved: results documents and snapshots. */
#ifndef ZD_DIFF_H
#define ZD_DIFF_H
#include <stdio.h>
#include <jansson.h>
#include "core/error.h"
#include "snapshot/snapshot.h"

#define ZD_DIFF_FORMAT "zdaudit/diff/1"

/* One side: its results document (required) and, when the side was a
 * snapshot, the snapshot (else NULL: settings are then not comparable).
 * 'label' names it in the output (a path). */
struct zd_diff_side {
  const json_t *results;
  const struct zd_snapshot *snap;
  const char *label;
};

/* The diff document (new reference; docs/diff.md). Values longer than a
 * line are summarised, never copied: the caller still masks the short
 * ones before they leave the process. */
json_t *zd_diff(const struct zd_diff_side *old, const struct zd_diff_side *new_);

/* 1 when the diff holds a regression (a control newly fail or error). */
int zd_diff_has_regression(const json_t *diff);

typedef enum zd_diff_format {
  ZD_DIFF_TEXT, ZD_DIFF_JSON, ZD_DIFF_MARKDOWN, ZD_DIFF_HTML
} zd_diff_format;
int zd_diff_format_parse(const char *word, zd_diff_format *out);
zd_code zd_diff_write(const json_t *diff, zd_diff_format fmt, FILE *out,
                      struct zd_error *err);

#endif

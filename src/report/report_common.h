/* SPDX-License-Identifier: MIT
 * report_common.h — what the html, csv, junit, markdown and action-plan
 * writers share: tolerant field access to a results document (a saved file
 * may be edited by hand), status order and labels, counts, and plain-text
 * renderings of evidence, attestations and exceptions. */
#ifndef ZD_REPORT_COMMON_H
#define ZD_REPORT_COMMON_H
#include <stddef.h>
#include <stdio.h>
#include <jansson.h>
#include "core/buf.h"
#include "engine/result.h"

/* The string at 'key' of object 'o', or "" when absent or not a string
 * (borrowed from 'o'). */
const char *zd_rep_str(const json_t *o, const char *key);
/* The string at 'a.b' (one level of nesting), or "". */
const char *zd_rep_str2(const json_t *o, const char *a, const char *b);
/* The "results" array of 'doc' (borrowed), or an empty static array. */
const json_t *zd_rep_results(const json_t *doc);

/* The heading every human-readable report starts with. */
#define ZD_REP_TITLE "Zendesk healthcare security assessment"
/* The baseline's name from 'doc', or the catalog's own name when absent
 * (borrowed); the subtitle of a report. */
const char *zd_rep_baseline_name(const json_t *doc);

/* The metadata rows of a report header: label, object ("account", ...,
 * NULL for the document itself) and key; ends with a NULL label. */
struct zd_rep_meta_row {
  const char *label, *obj, *key;
};
extern const struct zd_rep_meta_row zd_rep_meta[];
/* The value of metadata row 'i' of 'doc', or "" (borrowed). */
const char *zd_rep_meta_value(const json_t *doc, size_t i);

/* Statuses in report order: what needs action first. */
extern const zd_status zd_rep_status_order[ZD_STATUS_COUNT];
/* The status word of 's' ("pass", ...), as result.h defines them; kept
 * here so the writers need no engine to re-render a saved document. */
const char *zd_rep_status_word(zd_status s);
/* "Fail", "Not applicable", ... for a status word; 'word' when unknown. */
const char *zd_rep_status_label(const char *word);
/* Index of a status word, or ZD_STATUS_COUNT when unknown. */
size_t zd_rep_status_index(const char *word);
/* Counts the results of 'doc' by status into 'counts' (ZD_STATUS_COUNT
 * entries); returns the number of results. */
size_t zd_rep_count(const json_t *doc, size_t counts[ZD_STATUS_COUNT]);
/* The same for the results whose "area" is 'area' only; returns their
 * number (statuses included or not). */
size_t zd_rep_count_area(const json_t *doc, const char *area,
                         size_t counts[ZD_STATUS_COUNT]);
/* The distinct "area" words of the results, in order of first appearance
 * (a new array of strings; the caller decrefs it). */
json_t *zd_rep_areas(const json_t *doc);
/* The catalog heading of an area (zd_report_area_title), "Other" for "". */
const char *zd_rep_area_label(const char *area);

/* Appends one evidence item as a line of plain text ("[endpoint] path:
 * actual false, expected true"); values longer than the evidence bound are
 * cut. Returns 0, or -1 when 'b' overflowed (and was freed). */
int zd_rep_evidence_text(struct zd_buf *b, const json_t *item);
/* Appends a sentence describing an attestation or an exception record and
 * whether it counts ("expired on …"); 'status' is the control's status. */
int zd_rep_attestation_text(struct zd_buf *b, const json_t *a,
                            const char *status);
/* What sits beside result 'r' without deciding it: each object a scoped
 * exception left out (or, expired, did not), then each annotation.
 * zd_rep_note_count says how many; zd_rep_note_text appends note 'i' as
 * one sentence. */
size_t zd_rep_note_count(const json_t *r);
int zd_rep_note_text(struct zd_buf *b, const json_t *r, size_t i);
int zd_rep_exception_text(struct zd_buf *b, const json_t *x,
                          const char *status);
/* "applied", "expired" or "not applied" for a record, "" for none. */
const char *zd_rep_record_state(const json_t *rec);
/* The basis of an exception in words ("the item's own alternative", …). */
const char *zd_rep_basis_label(const char *basis);

/* HTML, with results recorded by assess --history: the trend section, and
 * one line per control saying when its status last changed (nothing
 * without history). */
void zd_rep_html_trend(FILE *out, const json_t *doc);
/* report_left.c: what is left for a person. HTML: the manual controls by
 * responsible party with their questions, linked to their detail; the
 * attestations and exceptions expiring soon (the document's `expiring`).
 * Plain: the expiring list under the heading "Expiring within N days"
 * between 'pre' and 'post', one 'item'-prefixed line each, text written
 * through 'put' (the format's escaping; NULL: as it is). */
void zd_rep_html_left(FILE *out, const json_t *doc);
void zd_rep_html_expiring(FILE *out, const json_t *doc);
void zd_rep_plain_expiring(FILE *out, const json_t *doc, const char *pre,
                           const char *post, const char *item,
                           void (*put)(FILE *, const char *));
/* The fewest days left of any attestation or exception of control 'id'
 * in the document's `expiring` list; -1 when none of them expires soon.
 * (CSV and JUnit carry it per control.) */
long long zd_rep_expiring_days(const json_t *doc, const char *id);
void zd_rep_html_last_changed(FILE *out, const json_t *r);

/* Writes one CSV field (RFC 4180): quoted when it holds a comma, quote,
 * CR or LF; a field a spreadsheet would run as a formula (= + - @ tab CR
 * first) gets a leading apostrophe and is quoted. */
void zd_rep_csv_field(FILE *out, const char *s);
/* A deep copy of 'v' whose strings (keys too) show control characters
 * but line feeds as \xNN (safetext.h), for writers whose output meets a
 * terminal; NULL when out of memory. New reference. */
json_t *zd_rep_visible(const json_t *v);
/* Ends a CSV record (CRLF, as RFC 4180 says). */
void zd_rep_csv_end(FILE *out);

/* report_advisory.c: the advisory checks (ADV.*), listed apart from the
 * baseline. zd_rep_advisory is the document's "advisory" array when it is
 * to be shown apart (not counted in by assess --advisory), else an empty
 * array (borrowed); zd_rep_advisory_count counts it by status and returns
 * its length; zd_rep_advisory_doc is a new document like 'doc' whose
 * results and summary are the advisory checks (no root causes), for a
 * writer to render them with its own per-result code. */
#define ZD_REP_ADVISORY_TITLE "Advisory checks (outside the baseline)"
#define ZD_REP_ADVISORY_NOTE "Not part of the baseline's controls: not " \
  "counted in the summary, the exit code, the severity order or the root " \
  "causes (zdaudit assess --advisory counts them)."
const json_t *zd_rep_advisory(const json_t *doc);
size_t zd_rep_advisory_count(const json_t *doc,
                             size_t counts[ZD_STATUS_COUNT]);
json_t *zd_rep_advisory_doc(const json_t *doc);

#endif

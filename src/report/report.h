/* SPDX-License-Identifier: MIT
 * report.h — one writer interface, one file per format. Every writer
 * renders a results document (docs/results.md, a json_t) so a saved JSON
 * result can be re-rendered later without the account. Writers print only
 * to the FILE they are given. */
#ifndef ZD_REPORT_H
#define ZD_REPORT_H
#include <stdio.h>
#include <jansson.h>
#include "core/error.h"

typedef enum zd_format {
  ZD_FMT_TEXT, ZD_FMT_JSON, ZD_FMT_HTML, ZD_FMT_CSV, ZD_FMT_JUNIT,
  ZD_FMT_MARKDOWN, ZD_FMT_OSCAL, ZD_FMT_OCSF, ZD_FMT_COUNT
} zd_format;

struct zd_report_opts {
  int color;     /* text: ANSI colour */
  int verbose;   /* text: evidence and remediation for every control */
  int width;     /* text: terminal columns to fit lines in; 0 = not a
                    terminal (titles and reasons cut at 90/100) */
};

struct zd_report_writer {
  const char *name;   /* "text", "json", ... as given to --format */
  zd_code (*write)(const json_t *doc, FILE *out,
                   const struct zd_report_opts *opts, struct zd_error *err);
};

/* Parses a --format word; returns 0 or -1 when unknown. */
int zd_format_parse(const char *word, zd_format *out);
const char *zd_format_name(zd_format f);
/* Renders 'doc' (borrowed) in 'fmt' to 'out'. */
zd_code zd_report_write(const json_t *doc, zd_format fmt, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err);
/* Checks that 'doc' is a zdaudit/results/1 document (for `report`). */
zd_code zd_report_validate(const json_t *doc, struct zd_error *err);

/* The heading of a catalog area ("support" -> "I. Zendesk Support"), for
 * grouping results by product; the area itself when unknown. */
const char *zd_report_area_title(const char *area);
/* Display word of a status ("not_applicable" -> "N/A", else upper case). */
const char *zd_report_status_label(const char *status);

/* Writes the action plan (ScubaGear-style CSV): one row per `fail` or
 * `error` control with empty columns to fill in (owner, planned date,
 * justification). */
zd_code zd_report_action_plan(const json_t *doc, FILE *out,
                              struct zd_error *err);

/* The attestation or exception register of 'doc': every record on file
 * with its control, status and state, as CSV or JSON (docs/evidence.md). */
typedef enum zd_register { ZD_REG_ATTESTATIONS, ZD_REG_EXCEPTIONS } zd_register;
zd_code zd_report_register(const json_t *doc, zd_register kind, int csv,
                           FILE *out, struct zd_error *err);

/* "would pass with": the records (exception, attestation) that would
 * change result 'r' from fail or manual (a new array), or NULL when none
 * applies (report_nearmiss.c). zd_report_add_near_misses sets it as
 * "would_pass_with" on every result of 'doc' it applies to. */
json_t *zd_report_would_pass_with(const json_t *r);
void zd_report_add_near_misses(json_t *doc);

/* The control catalog ('catalog': zdaudit controls --format json) as an
 * OSCAL 1.1 catalog named 'name', revision 'revision'. */
zd_code zd_report_oscal_catalog(const json_t *catalog, const char *name,
                                const char *revision, FILE *out,
                                struct zd_error *err);

/* The writers, one per file report_<name>.c. */
zd_code zd_report_text(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err);
zd_code zd_report_json(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err);
zd_code zd_report_html(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err);
zd_code zd_report_csv(const json_t *doc, FILE *out,
                      const struct zd_report_opts *opts, struct zd_error *err);
zd_code zd_report_junit(const json_t *doc, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err);
zd_code zd_report_markdown(const json_t *doc, FILE *out,
                           const struct zd_report_opts *opts,
                           struct zd_error *err);
zd_code zd_report_oscal(const json_t *doc, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err);
zd_code zd_report_ocsf(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err);

#endif

/* SPDX-License-Identifier: MIT
 * report_csv.c — one row per control (RFC 4180, CRLF, header row) for
 * spreadsheets; attestation and exception in columns of their own so they
 * can be sorted and filtered. Advisory checks (outside the baseline) come
 * after the controls: IDs ADV.*, area "advisory". */
#include "report/report.h"
#include "report/report_common.h"
#include "core/limits.h"

#include <string.h>

/* Every column: its header and where a row takes its value from: 'key' of
 * the result, or of its record 'rec' ("attestation", "exception"); with no
 * key, the record's state, or without a record the evidence text; rec ""
 * is the notes (excepted objects, annotations), rec EXPIRING the fewest
 * days left before a record of the control lapses (empty when none lapses
 * within `assess --expiring` days). One
 * table, so the header and the rows cannot drift apart. */
static const char EXPIRING[] = "expiring";
static const struct {
  const char *name, *rec, *key;
} columns[] = {
  {"id", NULL, "id"},
  {"title", NULL, "title"},
  {"status", NULL, "status"},
  {"severity", NULL, "severity"},
  {"product", NULL, "product"},
  {"area", NULL, "area"},
  {"kind", NULL, "kind"},
  {"responsible", NULL, "responsible"},
  {"seed_ref", NULL, "seed_ref"},
  {"details", NULL, "details"},
  {"evidence", NULL, NULL},
  {"remediation", NULL, "remediation"},
  {"attestation_state", "attestation", NULL},
  {"attestation_statement", "attestation", "statement"},
  {"attestation_owner", "attestation", "owner"},
  {"attestation_date", "attestation", "date"},
  {"attestation_expires", "attestation", "expires"},
  {"attestation_evidence", "attestation", "evidence"},
  {"exception_state", "exception", NULL},
  {"exception_basis", "exception", "basis"},
  {"exception_justification", "exception", "justification"},
  {"exception_owner", "exception", "owner"},
  {"exception_approved_on", "exception", "approved_on"},
  {"exception_expires", "exception", "expires"},
  {"notes", "", NULL},
  {"expires_within_days", EXPIRING, NULL},
};

/* All evidence items of 'r', one per line, into 'b'. */
static zd_code evidence(struct zd_buf *b, const json_t *r,
                        struct zd_error *err)
{
  size_t i;
  const json_t *item;
  zd_buf_reset(b);
  json_array_foreach(json_object_get(r, "evidence"), i, item) {
    if((i && zd_buf_addc(b, '\n')) || zd_rep_evidence_text(b, item))
      return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                          "evidence is too large to render");
  }
  return ZD_OK;
}

/* Excepted objects and annotations, one per line ('b' is reused: the
 * evidence column, before it, is already written). */
static const char *notes(struct zd_buf *b, const json_t *r)
{
  zd_buf_reset(b);
  for(size_t i = 0; i < zd_rep_note_count(r); i++) {
    if(i)
      zd_buf_addc(b, '\n');
    zd_rep_note_text(b, r, i);
  }
  return zd_buf_str(b);
}

zd_code zd_report_csv(const json_t *doc, FILE *out,
                      const struct zd_report_opts *opts,
                      struct zd_error *err)
{
  const json_t *results = zd_rep_results(doc);
  struct zd_buf b;
  size_t i, k;
  const json_t *r;
  (void)opts;
  for(k = 0; k < sizeof(columns) / sizeof(columns[0]); k++) {
    if(k)
      fputc(',', out);
    fputs(columns[k].name, out);
  }
  zd_rep_csv_end(out);
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  for(int part = 0; part < 2; part++) {
  json_array_foreach(part ? zd_rep_advisory(doc) : results, i, r) {
    if(evidence(&b, r, err) != ZD_OK) {
      zd_buf_free(&b);
      return ZD_ERR_LIMIT;
    }
    for(k = 0; k < sizeof(columns) / sizeof(columns[0]); k++) {
      const json_t *o = columns[k].rec && *columns[k].rec
                        ? json_object_get(r, columns[k].rec) : r;
      if(k)
        fputc(',', out);
      if(columns[k].rec == EXPIRING) {
        long long d = zd_rep_expiring_days(doc, zd_rep_str(r, "id"));
        if(d >= 0)
          fprintf(out, "%lld", d);
      }
      else if(columns[k].rec && !*columns[k].rec)
        zd_rep_csv_field(out, notes(&b, r));
      else if(columns[k].key)
        zd_rep_csv_field(out, zd_rep_str(o, columns[k].key));
      else if(columns[k].rec)
        zd_rep_csv_field(out, zd_rep_record_state(o));
      else
        zd_rep_csv_field(out, zd_buf_str(&b));
    }
    zd_rep_csv_end(out);
  }
  }
  zd_buf_free(&b);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

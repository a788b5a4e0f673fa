/* SPDX-License-Identifier: MIT
 * report_csv.c — one row per control (RFC 4180, CRLF, header row) for
 * spreadsheets; attestation and exception in columns of their own so they
 * can be sorted and filtered. */
#include "report/report.h"
#include "report/report_common.h"
#include "core/limits.h"

#include <string.h>

static const char *const columns[] = {
  "id", "title", "status", "product", "area", "kind", "responsible",
  "seed_ref", "details", "evidence", "remediation",
  "attestation_state", "attestation_statement", "attestation_owner",
  "attestation_date", "attestation_expires", "attestation_evidence",
  "exception_state", "exception_basis", "exception_justification",
  "exception_owner", "exception_approved_on", "exception_expires",
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

static void field(FILE *out, const char *s)
{
  fputc(',', out);
  zd_rep_csv_field(out, s);
}

zd_code zd_report_csv(const json_t *doc, FILE *out,
                      const struct zd_report_opts *opts,
                      struct zd_error *err)
{
  static const char *const plain[] = {
    "title", "status", "product", "area", "kind", "responsible", "seed_ref",
    "details",
  };
  const json_t *results = zd_rep_results(doc);
  struct zd_buf b;
  size_t i, k;
  const json_t *r;
  (void)opts;
  for(k = 0; k < sizeof(columns) / sizeof(columns[0]); k++) {
    if(k)
      fputc(',', out);
    fputs(columns[k], out);
  }
  zd_rep_csv_end(out);
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  json_array_foreach(results, i, r) {
    const json_t *a = json_object_get(r, "attestation");
    const json_t *x = json_object_get(r, "exception");
    if(evidence(&b, r, err) != ZD_OK) {
      zd_buf_free(&b);
      return ZD_ERR_LIMIT;
    }
    zd_rep_csv_field(out, zd_rep_str(r, "id"));
    for(k = 0; k < sizeof(plain) / sizeof(plain[0]); k++)
      field(out, zd_rep_str(r, plain[k]));
    field(out, zd_buf_str(&b));
    field(out, zd_rep_str(r, "remediation"));
    field(out, zd_rep_record_state(a));
    field(out, zd_rep_str(a, "statement"));
    field(out, zd_rep_str(a, "owner"));
    field(out, zd_rep_str(a, "date"));
    field(out, zd_rep_str(a, "expires"));
    field(out, zd_rep_str(a, "evidence"));
    field(out, zd_rep_record_state(x));
    field(out, zd_rep_str(x, "basis"));
    field(out, zd_rep_str(x, "justification"));
    field(out, zd_rep_str(x, "owner"));
    field(out, zd_rep_str(x, "approved_on"));
    field(out, zd_rep_str(x, "expires"));
    zd_rep_csv_end(out);
  }
  zd_buf_free(&b);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

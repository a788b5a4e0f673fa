/* SPDX-License-Identifier: MIT
 * report_registers.c — the attestation and exception registers an auditor
 * reads: one row per record on file (applied, expired or not applied),
 * with the control it is for, that control's status and every field of
 * the record. JSON keeps each record as the results carry it; CSV has
 * fixed columns so registers from different runs line up. */
#include "report/report.h"
#include "report/report_common.h"

#include <string.h>

static const char *const att_cols[] = {
  "statement", "owner", "date", "expires", "evidence", NULL
};
static const char *const exc_cols[] = {
  "basis", "justification", "owner", "approved_on", "expires", NULL
};

zd_code zd_report_register(const json_t *doc, zd_register kind, int csv,
                           FILE *out, struct zd_error *err)
{
  const char *rec = kind == ZD_REG_ATTESTATIONS ? "attestation" : "exception";
  const char *const *cols = kind == ZD_REG_ATTESTATIONS ? att_cols : exc_cols;
  const json_t *results = zd_rep_results(doc), *r;
  json_t *list = json_array();
  size_t i;
  if(csv) {
    fputs("control,title,status,state", out);
    for(size_t k = 0; cols[k]; k++)
      fprintf(out, ",%s", cols[k]);
    zd_rep_csv_end(out);
  }
  json_array_foreach(results, i, r) {
    const json_t *x = json_object_get(r, rec);
    if(!json_is_object(x))
      continue;
    if(csv) {
      zd_rep_csv_field(out, zd_rep_str(r, "id"));
      fputc(',', out);
      zd_rep_csv_field(out, zd_rep_str(r, "title"));
      fputc(',', out);
      zd_rep_csv_field(out, zd_rep_str(r, "status"));
      fputc(',', out);
      zd_rep_csv_field(out, zd_rep_record_state(x));
      for(size_t k = 0; cols[k]; k++) {
        fputc(',', out);
        zd_rep_csv_field(out, zd_rep_str(x, cols[k]));
      }
      zd_rep_csv_end(out);
    }
    else {
      json_t *row = json_object();
      json_object_set_new(row, "control", json_string(zd_rep_str(r, "id")));
      json_object_set_new(row, "status",
                          json_string(zd_rep_str(r, "status")));
      json_object_set_new(row, "state",
                          json_string(zd_rep_record_state(x)));
      json_object_update(row, (json_t *)x);
      json_array_append_new(list, row);
    }
  }
  if(!csv) {
    json_t *top = json_object();
    json_object_set_new(top, "schema", json_string(
      kind == ZD_REG_ATTESTATIONS ? "zdaudit/attestations/1"
                                  : "zdaudit/exceptions/1"));
    json_object_set(top, "account", json_object_get(doc, "account"));
    json_object_set(top, "generated_at", json_object_get(doc,
                                                         "generated_at"));
    json_object_set_new(top, kind == ZD_REG_ATTESTATIONS ? "attestations"
                                                         : "exceptions",
                        list);
    list = NULL;
    json_dumpf(top, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', out);
    json_decref(top);
  }
  json_decref(list);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the register");
  return ZD_OK;
}

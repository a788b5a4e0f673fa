/* SPDX-License-Identifier: MIT
 * report_nearmiss.c — "would pass with": for each control that fails or
 * waits for a person, the record in zdaudit.yaml that would change its
 * status, so near misses are visible (ScubaGear's most asked question).
 * Derived only from the catalog fields the result carries: a failing
 * control whose item offers its own alternative would be `accepted` with
 * an exception of basis `alternative`; any other failing control only with
 * a deviation under ZD.GEN.3; a `manual` control would be `attested` with
 * an attestation. `error` has none: it needs the data, not a record. */
#include "report/report.h"
#include "report/report_common.h"

#include <string.h>

json_t *zd_report_would_pass_with(const json_t *r)
{
  const char *status = zd_rep_str(r, "status");
  const char *exc = zd_rep_str(r, "exception_type");
  const char *id = zd_rep_str(r, "id");
  if(!strcmp(status, "fail")) {
    if(!strcmp(exc, "n/a"))
      return json_array();
    return json_pack("[{s:s, s:s, s:s, s:s}]", "record", "exception",
                     "control", id, "basis",
                     !strcmp(exc, "explicit") ? "alternative" : "deviation",
                     "gives", "accepted");
  }
  if(!strcmp(status, "manual"))
    return json_pack("[{s:s, s:s, s:s}]", "record", "attestation",
                     "control", id, "gives", "attested");
  return NULL;
}

void zd_report_add_near_misses(json_t *doc)
{
  json_t *r;
  size_t i;
  json_array_foreach(json_object_get(doc, "results"), i, r) {
    json_t *w = zd_report_would_pass_with(r);
    if(w)
      json_object_set_new(r, "would_pass_with", w);
    else
      json_object_del(r, "would_pass_with");
  }
}

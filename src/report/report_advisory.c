/* SPDX-License-Identifier: MIT
 * report_advisory.c — the advisory checks (ADV.*, outside the baseline) as
 * every writer shows them: apart from the baseline's results, under one
 * heading, with their own counts, unless `assess --advisory` counted them
 * in (then they are ordinary results and nothing is shown twice). */
#include "report/report_common.h"

#include <string.h>

const json_t *zd_rep_advisory(const json_t *doc)
{
  static json_t *empty;
  const json_t *a = json_object_get(doc, "advisory");
  if(json_is_array(a) && !json_is_true(json_object_get(doc,
                                                       "advisory_counted")))
    return a;
  if(!empty)
    empty = json_array();
  return empty;
}

size_t zd_rep_advisory_count(const json_t *doc,
                             size_t counts[ZD_STATUS_COUNT])
{
  const json_t *r;
  size_t i, k;
  memset(counts, 0, sizeof(size_t) * ZD_STATUS_COUNT);
  json_array_foreach(zd_rep_advisory(doc), i, r) {
    k = zd_rep_status_index(zd_rep_str(r, "status"));
    if(k < ZD_STATUS_COUNT)
      counts[k]++;
  }
  return json_array_size(zd_rep_advisory(doc));
}

json_t *zd_rep_advisory_doc(const json_t *doc)
{
  json_t *sub = json_object();
  const char *k;
  json_t *v;
  size_t counts[ZD_STATUS_COUNT];
  json_t *summary = json_object();
  zd_rep_advisory_count(doc, counts);
  for(size_t s = 0; s < ZD_STATUS_COUNT; s++)
    json_object_set_new(summary, zd_rep_status_word((zd_status)s),
                        json_integer((json_int_t)counts[s]));
  json_object_foreach((json_t *)doc, k, v)
    if(strcmp(k, "results") && strcmp(k, "summary") &&
       strcmp(k, "root_causes") && strcmp(k, "advisory"))
      json_object_set(sub, k, v);
  json_object_set(sub, "results", (json_t *)zd_rep_advisory(doc));
  json_object_set_new(sub, "summary", summary);
  json_object_set_new(sub, "root_causes", json_array());
  return sub;
}

/* SPDX-License-Identifier: MIT
 * results_json.c — turns a run's results into the results document
 * (docs/results.md), the one form every report writer renders. */
#include "engine/results_json.h"
#include "core/timeutil.h"

#include <string.h>

static json_t *meta_string(const struct zd_control *c, const char *key)
{
  json_t *v = json_object_get(c->meta, key);
  return v ? json_incref(v) : json_null();
}

static json_t *result_json(const struct zd_result *r)
{
  const struct zd_control *c = r->control;
  json_t *o = json_object();
  json_object_set_new(o, "id", json_string(c->id));
  json_object_set_new(o, "title", meta_string(c, "title"));
  json_object_set_new(o, "status", json_string(zd_status_name(r->status)));
  json_object_set_new(o, "severity", json_string(c->severity ? c->severity
                                                             : "medium"));
  json_object_set_new(o, "product", meta_string(c, "product"));
  json_object_set_new(o, "area", json_string(c->area));
  json_object_set_new(o, "kind", meta_string(c, "kind"));
  json_object_set_new(o, "responsible", meta_string(c, "responsible"));
  json_object_set_new(o, "seed_ref", meta_string(c, "seed_ref"));
  json_object_set_new(o, "details", json_string(r->details ? r->details
                                                           : ""));
  json_object_set_new(o, "evidence", r->evidence ? json_incref(r->evidence)
                                                 : json_array());
  json_object_set_new(o, "remediation", meta_string(c, "remediation"));
  json_object_set_new(o, "question", meta_string(c, "question"));
  json_object_set_new(o, "exception_type", meta_string(c, "exception"));
  json_object_set_new(o, "alternative", meta_string(c, "alternative"));
  json_object_set_new(o, "automated", meta_string(c, "automated"));
  json_object_set_new(o, "attestation", r->attestation
                                          ? json_incref(r->attestation)
                                          : json_null());
  json_object_set_new(o, "exception", r->exception
                                        ? json_incref(r->exception)
                                        : json_null());
  json_object_set_new(o, "excepted_objects", r->excepted
                                               ? json_incref(r->excepted)
                                               : json_array());
  json_object_set_new(o, "annotations", r->annotations
                                          ? json_incref(r->annotations)
                                          : json_array());
  return o;
}

static json_t *summary_of(const size_t counts[ZD_STATUS_COUNT])
{
  json_t *summary = json_object();
  for(int s = 0; s < ZD_STATUS_COUNT; s++)
    json_object_set_new(summary, zd_status_name((zd_status)s),
                        json_integer((json_int_t)counts[s]));
  return summary;
}

json_t *zd_results_document(const struct zd_results *r,
                            const struct zd_snapshot *snap,
                            time_t generated_at)
{
  json_t *doc = json_object(), *summary, *list = json_array();
  json_t *advisory = json_array();
  json_t *manifest = zd_snapshot_manifest(snap);
  json_t *account = json_object();
  char when[32];
  size_t counts[ZD_STATUS_COUNT] = {0}, adv_counts[ZD_STATUS_COUNT] = {0};
  const char *base_url = json_string_value(
    json_object_get(json_object_get(manifest, "account"), "base_url"));
  for(size_t i = 0; i < r->n; i++) {
    int adv = r->items[i].control->advisory;
    json_t *o = result_json(&r->items[i]);
    if(adv)
      json_object_set_new(o, "advisory", json_true());
    (adv ? adv_counts : counts)[r->items[i].status]++;
    json_array_append_new(adv ? advisory : list, o);
  }
  summary = summary_of(counts);
  json_object_set_new(account, "subdomain",
                      json_string(zd_snapshot_subdomain(snap)));
  json_object_set_new(account, "collected_at",
                      json_string(zd_time_format(
                        zd_snapshot_collected_at(snap), when, sizeof(when))));
  json_object_set_new(account, "snapshot", zd_snapshot_dir(snap)
                        ? json_string(zd_snapshot_dir(snap)) : json_null());
  json_object_set_new(account, "base_url",
                      base_url ? json_string(base_url) : json_null());
  json_object_set_new(doc, "schema", json_string(ZD_RESULTS_SCHEMA));
  json_object_set_new(doc, "tool", json_pack("{s:s, s:s}", "name", "zdaudit",
                                             "version", ZD_VERSION));
  json_object_set_new(doc, "account", account);
  json_object_set_new(doc, "baseline",
                      json_pack("{s:s, s:s, s:I}", "name", ZD_BASELINE_NAME,
                                "revision", ZD_BASELINE_REVISION, "controls",
                                (json_int_t)json_array_size(list)));
  json_object_set_new(doc, "generated_at",
                      json_string(zd_time_format(generated_at, when,
                                                 sizeof(when))));
  json_object_set_new(doc, "summary", summary);
  json_object_set_new(doc, "results", list);
  /* advisory checks: beside the baseline, not in summary or exit code */
  json_object_set_new(doc, "advisory_counted", json_false());
  json_object_set_new(doc, "advisory_summary", summary_of(adv_counts));
  json_object_set_new(doc, "advisory", advisory);
  return doc;
}

void zd_results_count_advisory(json_t *doc)
{
  json_t *summary = json_object_get(doc, "summary");
  json_t *results = json_object_get(doc, "results");
  json_t *adv = json_object_get(doc, "advisory");
  json_t *r;
  size_t i;
  if(!json_is_object(summary) || !json_is_array(results) ||
     !json_is_array(adv) || json_is_true(json_object_get(doc,
                                                         "advisory_counted")))
    return;
  json_array_foreach(adv, i, r) {
    const char *st = json_string_value(json_object_get(r, "status"));
    json_t *n = st ? json_object_get(summary, st) : NULL;
    if(json_is_integer(n))
      json_object_set_new(summary, st,
                          json_integer(json_integer_value(n) + 1));
    json_array_append(results, r);
  }
  json_object_set_new(doc, "advisory_counted", json_true());
}

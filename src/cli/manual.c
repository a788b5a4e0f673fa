/* SPDX-License-Identifier: MIT
 * manual.c — what is left for a person: the controls no data decides and
 * no attestation or exception answers yet. Shared by `zdaudit config
 * init` (writes a stub for each) and `zdaudit attest --interactive`
 * (asks about each), so both walk the same list. */
#include "cli/manual.h"
#include "core/alloc.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

static int is_mirror(const struct zd_control *c)
{
  return json_string_value(json_object_get(c->meta, "same_as")) != NULL;
}

zd_code zd_cli_left(struct zd_engine *e, const char *snapshot_dir,
                    const struct zd_config *cfg, struct zd_left *out,
                    struct zd_error *err)
{
  size_t n = zd_engine_count(e);
  struct zd_snapshot *snap = NULL;
  struct zd_results res = {0};
  time_t now = zd_time_now();
  zd_code rc;
  memset(out, 0, sizeof(*out));
  out->items = zd_calloc(n ? n : 1, sizeof(*out->items));
  if(snapshot_dir) {
    if((rc = zd_snapshot_load(snapshot_dir, &snap, err)) ||
       (rc = zd_engine_use_config(e, cfg, now, err)) ||
       (rc = zd_engine_run(e, snap, &res, err))) {
      zd_snapshot_free(snap);
      zd_left_free(out);
      return rc;
    }
    out->subdomain = zd_strdup(zd_snapshot_subdomain(snap));
    zd_engine_use_config(e, NULL, 0, err);   /* 'cfg' is the caller's */
  }
  for(size_t i = 0; i < n; i++) {
    const struct zd_control *c = zd_engine_control(e, i);
    const char *autom = json_string_value(json_object_get(c->meta,
                                                          "automation"));
    struct zd_result r = {0};
    /* mirrors answer with theirs; advisory checks are outside the baseline */
    if(is_mirror(c) || c->advisory)
      continue;
    if(snapshot_dir) {
      if(res.items[i].status != ZD_STATUS_MANUAL)
        continue;
    }
    else {
      if(!autom || strcmp(autom, "manual"))
        continue;
      r.control = c;
      r.status = ZD_STATUS_MANUAL;
      zd_engine_apply_records(e, cfg, &r, now);
      json_decref(r.attestation);
      json_decref(r.exception);
      json_decref(r.annotations);
      if(r.status != ZD_STATUS_MANUAL)
        continue;
    }
    out->items[out->n++] = c;
  }
  zd_results_free(&res);
  zd_snapshot_free(snap);
  return ZD_OK;
}

void zd_left_free(struct zd_left *l)
{
  free(l->items);
  free(l->subdomain);
  memset(l, 0, sizeof(*l));
}

const char *zd_control_field(const struct zd_control *c, const char *key)
{
  const char *s = json_string_value(json_object_get(c->meta, key));
  return s ? s : "";
}

/* SPDX-License-Identifier: MIT
 * assess_run.c — the one assessment sequence: engine, config rules and
 * config, then the account check, attestations and exceptions inside
 * evaluation, the run and the results document with near misses and
 * annotations. `assess` and `diff` (a snapshot side) both use it, so a
 * snapshot assessed by either gives the same results. */
#include "cli/assess_run.h"
#include "engine/results_json.h"
#include "report/report.h"
#include "snapshot/snapshot.h"
#include "core/timeutil.h"

zd_code zd_cli_assess_prepare(const char *controls_dir, const char *config,
                              int jobs, struct zd_engine **engine,
                              struct zd_config **cfg, struct zd_error *err)
{
  struct zd_engine_opts eo = {0};
  struct zd_config_rules rules;
  zd_code rc;
  *engine = NULL;
  *cfg = NULL;
  eo.controls_dir = controls_dir;
  eo.jobs = jobs;
  if((rc = zd_engine_new(&eo, engine, err)))
    return rc;
  zd_engine_config_rules(*engine, &rules);
  if(config && (rc = zd_config_load(config, &rules, cfg, err))) {
    zd_engine_free(*engine);
    *engine = NULL;
    return rc;
  }
  return ZD_OK;
}

json_t *zd_cli_assess_doc(struct zd_engine *engine,
                          const struct zd_config *cfg,
                          const struct zd_snapshot *snap,
                          struct zd_error *err)
{
  struct zd_results results = {0};
  json_t *doc = NULL;
  if((cfg && zd_config_check_account(cfg, zd_snapshot_subdomain(snap),
                                     err)) ||
     /* attestations and exceptions are applied as each control is
      * decided, so composite and mirrored controls see them */
     zd_engine_use_config(engine, cfg, zd_time_now(), err) ||
     zd_engine_run(engine, snap, &results, err))
    goto done;
  doc = zd_results_document(&results, snap, zd_time_now());
  zd_report_add_near_misses(doc);
  if(cfg)
    zd_config_annotate(cfg, doc);
done:
  zd_results_free(&results);
  return doc;
}

/* SPDX-License-Identifier: MIT
 * engine.h — loads the controls (Lua, compiled in or from a directory),
 * validates their metadata, and runs them against a snapshot.
 *
 * Ownership: zd_engine_new returns an engine freed by zd_engine_free;
 * controls are borrowed from it. zd_engine_run fills a zd_results the
 * caller frees with zd_results_free. */
#ifndef ZD_ENGINE_H
#define ZD_ENGINE_H
#include <stddef.h>
#include <jansson.h>
#include <time.h>
#include "config/config.h"
#include "core/error.h"
#include "engine/result.h"
#include "snapshot/snapshot.h"

struct zd_control {
  const char *id;        /* "ZD.SUP.5"; borrowed from 'meta' */
  const char *area;      /* folder name: "support" */
  const char *source;    /* "controls/support/ZD.SUP.5.lua" */
  json_t *meta;          /* every declared field, as JSON (owned) */
  int check_ref;         /* LUA_NOREF when the control has no check() */
  const char *severity;  /* "critical".."low" (controls/lib/severity.lua);
                            borrowed from 'meta' */
  int advisory;          /* an advisory check (controls/advisory/ADV.*):
                            outside the catalog, never counted in the
                            baseline summary or exit code unless asked */
};

/* The ID prefix of advisory checks, and their folder under controls/. */
#define ZD_ADVISORY_PREFIX "ADV."
#define ZD_ADVISORY_AREA "advisory"

struct zd_engine_opts {
  const char *controls_dir;  /* load from here instead of the built-ins */
  json_t *params;            /* user parameters (borrowed), may be NULL */
  long instruction_budget;   /* per check; 0 = ZD_LUA_INSTRUCTION_BUDGET */
  int jobs;                  /* threads for content work (zd.scan_each):
                                0 = the cores this process may run on;
                                any number gives the same results */
};

/* The most threads content work uses. */
#define ZD_MAX_JOBS 64

struct zd_engine;

zd_code zd_engine_new(const struct zd_engine_opts *opts,
                      struct zd_engine **out, struct zd_error *err);
void zd_engine_free(struct zd_engine *e);

/* Every control loaded, advisory checks included (they come last). */
size_t zd_engine_count(const struct zd_engine *e);
/* How many of them are advisory checks (ADV.*). */
size_t zd_engine_advisory_count(const struct zd_engine *e);
const struct zd_control *zd_engine_control(const struct zd_engine *e,
                                           size_t i);
const struct zd_control *zd_engine_find(const struct zd_engine *e,
                                        const char *id);
/* Parameter defaults merged with user values: {name: {value, default,
 * description}} (borrowed). */
json_t *zd_engine_params(const struct zd_engine *e);

/* Sets user parameters ({name: value}, borrowed) over the defaults that
 * controls/lib/params.lua declares. Unknown names or values of another
 * type than the default's are refused. */
zd_code zd_engine_set_params(struct zd_engine *e, json_t *params,
                             struct zd_error *err);

/* Rules to read a zdaudit.yaml against this engine (borrowed from it):
 * parameter types, and control ids / exception bases checked with the
 * file and line (zd_config_load). */
void zd_engine_config_rules(const struct zd_engine *e,
                            struct zd_config_rules *out);
/* Uses 'c' (borrowed, kept until the next call; NULL for none) in the
 * runs that follow: its parameters, and its attestations and exceptions,
 * applied as of 'now' to each control as it is evaluated, so composite
 * controls (zd.result) and mirrors (same_as) see the final statuses. */
zd_code zd_engine_use_config(struct zd_engine *e, const struct zd_config *c,
                             time_t now, struct zd_error *err);
/* Applies the whole-control attestations and exceptions of 'c' to one
 * result 'r' as of 'now' (what a run does for each control; exposed for
 * tests). Every record found for the control is attached, applied or
 * not, expired or not. A record dated YYYY-MM-DD counts through that day
 * inclusive (UTC). */
void zd_engine_apply_records(const struct zd_engine *e,
                             const struct zd_config *c, struct zd_result *r,
                             time_t now);

/* Runs every control on 'snap'. A control that raises, returns garbage or
 * exceeds its instruction budget becomes `error`; the run goes on. */
zd_code zd_engine_run(struct zd_engine *e, const struct zd_snapshot *snap,
                      struct zd_results *out, struct zd_error *err);

/* Runs only control 'id' (and what it asks for through zd.result) on
 * 'snap'; the other entries of 'out' stay `manual` and empty. */
zd_code zd_engine_run_one(struct zd_engine *e, const struct zd_snapshot *snap,
                          const char *id, struct zd_results *out,
                          struct zd_error *err);

#endif

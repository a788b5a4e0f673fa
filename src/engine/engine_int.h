/* SPDX-License-Identifier: MIT
 * engine_int.h — the engine's private state, shared by its files
 * (controls.c loads, sandbox.c isolates, evaluate.c runs, lua_zd.c is the
 * API controls call back into). Not for use outside src/engine/. */
#ifndef ZD_ENGINE_INT_H
#define ZD_ENGINE_INT_H
#include <lua.h>
#include "engine/engine.h"

/* One Lua source the engine can load: a control or a library file. */
struct zd_source {
  char *path;    /* "controls/support/ZD.SUP.5.lua" */
  char *data;
  size_t len;
};

enum zd_eval_state { ZD_EVAL_TODO = 0, ZD_EVAL_RUNNING, ZD_EVAL_DONE };

struct zd_engine {
  lua_State *L;
  size_t lua_mem;              /* bytes the Lua allocator holds */
  struct zd_source *sources;   /* every file: controls and lib/ */
  size_t nsources;
  struct zd_control *controls; /* sorted in catalog order */
  size_t ncontrols;
  json_t *params;              /* {name: {value, default, description}} */
  int params_ref;              /* registry ref of the ctx.params table */
  const struct zd_config *config; /* attestations/exceptions, borrowed */
  time_t config_now;           /* the moment they are applied as of */
  struct zd_scan_allow *scan_allow; /* the config's scan.allow, owned */
  /* During a run: */
  const struct zd_snapshot *snap;
  int snap_ref;                /* registry ref of the snap table */
  int shared_ref;              /* registry ref of zd.shared's values */
  struct zd_results *results;  /* indexed like 'controls' */
  unsigned char *state;        /* enum zd_eval_state per control */
  size_t running;              /* control whose check runs, or SIZE_MAX */
  long budget;                 /* instructions one check may run */
  int jobs;                    /* threads for zd.scan_each (>= 1) */
  long budget_left;            /* instruction budget of the running check */
  int killing;                 /* budget exhausted: raise on every hook */
};

/* sandbox.c */
zd_code zd_sandbox_open(struct zd_engine *e, struct zd_error *err);
/* [-0, +1, m] Pushes a fresh environment for a control or library. */
void zd_sandbox_push_env(lua_State *L);
/* [-0, +1, m] Pushes a read-only proxy of the table at 'idx'. */
void zd_sandbox_push_readonly(lua_State *L, int idx);
/* Loads 'src' as a text chunk with the environment at the stack top
 * (popped) and runs it. Returns ZD_OK with the chunk's first result on
 * the stack, or an error (nothing pushed). */
zd_code zd_sandbox_run_chunk(struct zd_engine *e, const struct zd_source *src,
                             struct zd_error *err);
/* Arms the instruction budget before a check; disarms after. */
void zd_sandbox_budget_start(struct zd_engine *e);
void zd_sandbox_budget_stop(struct zd_engine *e);
/* [-0, +1, -] Message handler for lua_pcall adding a traceback. */
int zd_sandbox_traceback(lua_State *L);
/* The engine whose state 'L' is. */
struct zd_engine *zd_engine_of(lua_State *L);
/* The source named 'path', or NULL. */
const struct zd_source *zd_engine_source(const struct zd_engine *e,
                                         const char *path);

/* controls.c */
zd_code zd_controls_load(struct zd_engine *e, const char *dir,
                         struct zd_error *err);
void zd_controls_free(struct zd_engine *e);
zd_code zd_params_load(struct zd_engine *e, struct zd_error *err);

/* attest.c */
/* A record as a result shows it: its fields, basis, expired, applied. */
json_t *zd_record_shown(const struct zd_control *ctl,
                        const struct zd_record *rec, time_t now,
                        int applied);

/* severity.c: sets every control's severity from controls/lib/severity.lua
 * (after the controls are loaded and sorted). */
zd_code zd_severity_load(struct zd_engine *e, struct zd_error *err);

/* Whether a valid scoped exception of the running control names the
 * object of 'kind' known by 'ids' ('n' strings: its id, then e-mail or
 * identifier). Every match is listed on the result, expired ones as not
 * applied (they return 0). */
int zd_engine_excepted(struct zd_engine *e, const char *kind,
                       const char *const *ids, size_t n);
/* After a check: a `pass` reached by leaving out excepted objects is
 * `accepted`, and the details say how many were. */
void zd_engine_settle_scope(struct zd_result *r);

/* evaluate.c */
/* Evaluates control 'i' (once; recursion through zd.result). */
void zd_evaluate(struct zd_engine *e, size_t i);
/* Index of control 'id', or (size_t)-1. */
size_t zd_engine_index(const struct zd_engine *e, const char *id);
/* Sets up and tears down the run state around evaluations. */
zd_code zd_run_begin(struct zd_engine *e, const struct zd_snapshot *snap,
                     struct zd_results *out, struct zd_error *err);
void zd_run_end(struct zd_engine *e);

#endif

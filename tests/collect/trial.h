/* SPDX-License-Identifier: MIT
 * trial.h — helpers shared by the live-collection tests (test_collect.c,
 * test_fidelity.c): start an emulator with a scenario, collect from it
 * with stderr captured, read the manifest, and assert no secret leaked. */
#ifndef ZD_TEST_TRIAL_H
#define ZD_TEST_TRIAL_H
#include <jansson.h>
#include "collect/collect.h"
#include "emu.h"

#define ADMIN_TOKEN "tok-admin-8c1f4e2a9b"
#define AGENT_TOKEN "tok-agent-5d7e3b1c0a"

extern const char *fixtures;     /* argv[1]: the fixtures directory */
extern char workdir[256];        /* a temporary directory of the test */

/* One collection against a fresh emulator: start_trial() starts it with
 * the scenario 'extra' and 'token' in the environment and fills default
 * options; the test may change t->o before collect(). */
struct trial {
  struct emu *e;
  struct zd_collect_opts o;
  char base[64];
  struct zd_snapshot *s;
  struct zd_error err;
  char *log;          /* stderr of the last collect() */
};

void clear_env(void);
json_t *scenario(const char *extra);
struct emu *start(const char *extra);
void opts_for(struct zd_collect_opts *o, struct emu *e, char *base,
              size_t baselen);
zd_code run_captured(const struct zd_collect_opts *o,
                     struct zd_snapshot **snap, struct zd_error *err,
                     char **log);
const char *outcome(struct zd_snapshot *s, const char *key);
json_int_t mfield(struct zd_snapshot *s, const char *key, const char *field);
const char *merror(struct zd_snapshot *s, const char *key);
size_t nitems(struct zd_snapshot *s, const char *key, const char *list);
void assert_no_secret(const char *text, const char *where);
void assert_dir_clean(const char *dir);
void assert_retry_after_honoured(json_t *log, double slack);
/* The same, for the requests of the endpoint that got the Retry-After
 * only: an endpoint's own 429 holds back nothing else (#11 item 12). */
void assert_retry_after_honoured_by_key(json_t *log, double slack);
void start_trial(struct trial *t, const char *extra, const char *token);
zd_code collect(struct trial *t);
void end_trial(struct trial *t);
/* main() of a test program: argv[1] the fixtures; a fresh workdir, a
 * fixed ZDAUDIT_NOW, libcurl set up; runs 'tests' and cleans up. */
struct CMUnitTest;
int trial_main(int argc, char **argv, const char *name,
               const struct CMUnitTest *tests, size_t ntests);

#endif

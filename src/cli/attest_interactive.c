/* SPDX-License-Identifier: MIT
 * attest_interactive.c — `zdaudit attest --interactive`: walks the
 * controls left to a person (manual.c) one by one on a terminal, shows
 * the question and the evidence to keep, asks statement, owner, expiry
 * and evidence, and records each answer at once with the same safe file
 * update as `zdaudit attest` (zd_config_attest). Ctrl-C or Ctrl-D stops:
 * what was saved stays saved; a save in progress is finished first. */
#include "cli/attest_interactive.h"
#include "cli/cli.h"
#include "cli/manual.h"
#include "core/alloc.h"
#include "core/msgs.h"
#include "core/timeutil.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
  (void)sig;
  interrupted = 1;
}

/* Prints 'text' after 'label', wrapped at 88 columns, indented. */
static void show(const char *label, const char *text)
{
  const char *p = text;
  size_t col;
  if(!*text)
    return;
  printf("  %s", label);
  col = 2 + strlen(label);
  while(*p) {
    size_t w = strcspn(p, " \n");
    if(col + w > 88 && col > 6) {
      printf("\n      ");
      col = 6;
    }
    printf("%.*s", (int)w, p);
    col += w;
    p += w;
    while(*p == ' ' || *p == '\n')
      p++;
    if(*p) {
      putchar(' ');
      col++;
    }
  }
  putchar('\n');
}

/* Reads one line into '*line' (trimmed). Returns 0, or -1 on Ctrl-C or
 * end of input. */
static int ask(const char *prompt, const char *dflt, char **line)
{
  size_t cap = 0;
  ssize_t n;
  char *s;
  if(dflt && *dflt)
    printf("%s [%s]: ", prompt, dflt);
  else
    printf("%s: ", prompt);
  fflush(stdout);
  free(*line);
  *line = NULL;
  n = getline(line, &cap, stdin);
  if(n < 0 || interrupted) {
    putchar('\n');
    return -1;
  }
  s = *line;
  while(n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
    s[--n] = '\0';
  memmove(s, s + strspn(s, " \t"), strlen(s + strspn(s, " \t")) + 1);
  if(!*s && dflt) {
    free(*line);
    *line = zd_strdup(dflt);
  }
  return 0;
}

static int in_list(const char *id, char **ids, int n)
{
  for(int i = 0; i < n; i++)
    if(!strcmp(id, ids[i]))
      return 1;
  return 0;
}

/* Records one answer with SIGINT held back, so Ctrl-C never cuts a save
 * in half; it takes effect at the next prompt. */
static int save(const struct zd_interactive *o, const struct zd_engine *e,
                const struct zd_attestation *a)
{
  struct zd_config_rules rules;
  struct zd_error err;
  sigset_t block, old;
  int rc;
  zd_error_clear(&err);
  zd_engine_config_rules(e, &rules);
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &old);
  rc = zd_config_attest(o->config, &rules, a, &err);
  sigprocmask(SIG_SETMASK, &old, NULL);
  if(rc)
    zd_error_print(&err);
  return rc ? -1 : 0;
}

int zd_attest_interactive(const struct zd_interactive *o,
                          struct zd_engine *e)
{
  struct zd_config_rules rules;
  struct zd_config *cfg = NULL;
  struct zd_left left;
  struct zd_error err;
  struct sigaction sa, old_sa;
  char *statement = NULL, *owner = NULL, *expires = NULL, *evidence = NULL;
  char *last_owner = NULL;
  char today[11], until[11], buf[32];
  size_t asked = 0, total = 0, saved = 0;
  int rc = ZD_EXIT_OK, stop = 0;
  time_t now = zd_time_now();
  struct stat st;

  if(!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
    zd_errorf("--interactive needs a terminal on stdin and stdout; use "
              "zdaudit attest ID --owner … --statement … in scripts");
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  zd_engine_config_rules(e, &rules);
  if(!stat(o->config, &st) && zd_config_load(o->config, &rules, &cfg, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(zd_cli_left(e, o->snapshot, cfg, &left, &err)) {
    zd_error_print(&err);
    zd_config_free(cfg);
    return ZD_EXIT_RUNTIME;
  }
  zd_config_free(cfg);
  for(size_t i = 0; i < left.n; i++)
    if(!o->nids || in_list(left.items[i]->id, o->ids, o->nids))
      total++;
  snprintf(today, sizeof(today), "%.10s",
           zd_time_format(now, buf, sizeof(buf)));
  snprintf(until, sizeof(until), "%.10s",
           zd_time_format(now + (time_t)o->valid_days * 86400, buf,
                          sizeof(buf)));
  memset(&sa, 0, sizeof(sa));
  sa.sa_handler = on_sigint;   /* no SA_RESTART: a prompt returns */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old_sa);
  printf("%zu control(s) to answer%s. Each answer is saved in %s at once.\n"
         "An empty statement skips a control; Ctrl-C or Ctrl-D stops "
         "(what was saved stays).\n", total, o->snapshot ? " on the snapshot"
         : "", o->config);
  for(size_t i = 0; i < left.n && !stop; i++) {
    const struct zd_control *c = left.items[i];
    struct zd_attestation a;
    if(o->nids && !in_list(c->id, o->ids, o->nids))
      continue;
    asked++;
    printf("\n[%zu/%zu] %s — %s\n", asked, total, c->id,
           zd_control_field(c, "title"));
    show("Question: ", *zd_control_field(c, "question")
         ? zd_control_field(c, "question")
         : zd_control_field(c, "description"));
    show("Evidence to keep: ", zd_control_field(c, "evidence"));
    show("Responsible: ", zd_control_field(c, "responsible"));
    if(ask("Statement (empty: skip)", NULL, &statement)) {
      stop = 1;
      break;
    }
    if(!*statement)
      continue;
    do {
      if(ask("Owner (person and role)", last_owner, &owner)) {
        stop = 1;
        break;
      }
    } while(!*owner);
    if(stop)
      break;
    for(;;) {
      time_t x;
      if(ask("Expires (YYYY-MM-DD)", until, &expires)) {
        stop = 1;
        break;
      }
      if(strlen(expires) == 10 && !zd_time_parse(expires, &x) &&
         strcmp(expires, today) >= 0)
        break;
      printf("  not a date from today on (YYYY-MM-DD)\n");
    }
    if(stop || ask("Evidence (link or file, optional)", NULL, &evidence)) {
      stop = 1;
      break;
    }
    memset(&a, 0, sizeof(a));
    a.control = c->id;
    a.statement = statement;
    a.owner = owner;
    a.date = today;
    a.expires = expires;
    a.evidence = *evidence ? evidence : NULL;
    if(save(o, e, &a)) {
      rc = ZD_EXIT_RUNTIME;
      break;
    }
    saved++;
    free(last_owner);
    last_owner = zd_strdup(owner);
    printf("  saved: %s attested through %s\n", c->id, expires);
  }
  sigaction(SIGINT, &old_sa, NULL);
  printf("%s%zu attestation(s) saved in %s.\n", stop ? "Stopped. " : "",
         saved, o->config);
  if(interrupted && rc == ZD_EXIT_OK)
    rc = 130;
  free(statement);
  free(owner);
  free(expires);
  free(evidence);
  free(last_owner);
  zd_left_free(&left);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * suggest.c — closest-word suggestions (see suggest.h): Levenshtein
 * distance on short words, which is all a command line needs. */
#include "cli/suggest.h"
#include "cli/cli.h"
#include "core/msgs.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#define MAX_WORD 64

static size_t distance(const char *a, const char *b)
{
  size_t la = strlen(a), lb = strlen(b), row[MAX_WORD + 1];
  if(la > MAX_WORD || lb > MAX_WORD)
    return (size_t)-1;
  for(size_t j = 0; j <= lb; j++)
    row[j] = j;
  for(size_t i = 1; i <= la; i++) {
    size_t prev = row[0];
    row[0] = i;
    for(size_t j = 1; j <= lb; j++) {
      size_t cur = row[j];
      size_t sub = prev + (a[i - 1] != b[j - 1]);
      size_t best = row[j] + 1 < row[j - 1] + 1 ? row[j] + 1 : row[j - 1] + 1;
      row[j] = sub < best ? sub : best;
      prev = cur;
    }
  }
  return row[lb];
}

const char *zd_cli_closest(const char *word, const char *const *cand,
                           size_t n)
{
  const char *best = NULL;
  size_t best_d = (size_t)-1, len = strlen(word);
  size_t limit = len / 3 > 2 ? len / 3 : 2;
  for(size_t i = 0; i < n; i++) {
    size_t d = distance(word, cand[i]);
    if(d < best_d) {
      best_d = d;
      best = cand[i];
    }
  }
  return best_d <= limit && best_d > 0 ? best : NULL;
}

void zd_cli_unknown_option(const char *cmd, const char *arg,
                           const struct option *longopts)
{
  const char *names[128];
  char word[MAX_WORD + 1];
  const char *hit = NULL;
  char shown[128];
  size_t n = 0;
  if(!strncmp(arg, "--", 2)) {
    size_t len = strcspn(arg + 2, "=");
    for(const struct option *o = longopts; o && o->name && n < 128; o++)
      names[n++] = o->name;
    if(len <= MAX_WORD) {
      memcpy(word, arg + 2, len);
      word[len] = '\0';
      hit = zd_cli_closest(word, names, n);
    }
  }
  /* Only the option's name is repeated, never a value glued to it
   * (--token=SECRET, -xSECRET): argshow.c. An unknown short option inside
   * a cluster is named by optopt (argv has not moved past it). */
  if(optopt > 0 && optopt < 128 && strncmp(arg, "--", 2)) {
    char one[3] = {'-', (char)optopt, '\0'};
    arg = zd_cli_shown(one, shown, sizeof(shown));
  }
  else
    arg = zd_cli_shown(arg, shown, sizeof(shown));
  if(hit)
    zd_errorf("unknown option '%s' (did you mean --%s? see zdaudit %s%s"
              "--help)", arg, hit, cmd, *cmd ? " " : "");
  else
    zd_errorf("unknown option '%s' (see zdaudit %s%s--help)", arg, cmd,
              *cmd ? " " : "");
}

int zd_cli_option_fail(int c, const char *cmd, char **argv,
                       const struct option *longopts)
{
  char shown[128];
  if(c == ':')
    zd_errorf("option '%s' needs a value",
              zd_cli_optname(argv, 1, shown, sizeof(shown)));
  else
    zd_cli_unknown_option(cmd, argv[optind - 1], longopts);
  return -1;
}

int zd_cli_option_end(int c, const char *cmd, char **argv,
                      const struct option *longopts, const char *usage)
{
  if(c == 'h') {
    fputs(usage, stdout);
    return ZD_EXIT_OK;
  }
  zd_cli_option_fail(c, cmd, argv, longopts);
  return ZD_EXIT_RUNTIME;
}

int zd_cli_text_or_json(const char *arg, int *json)
{
  if(!strcmp(arg, "json") || !strcmp(arg, "text")) {
    *json = !strcmp(arg, "json");
    return 0;
  }
  zd_errorf("unknown format '%s' (text, json)", arg);
  return -1;
}

/* SPDX-License-Identifier: MIT
 * allow.c — the allow-list (`zdaudit scan --allow FILE`, `scan.allow` in
 * zdaudit.yaml): values and patterns an organisation knows are not PHI,
 * such as its own support phone number, mailbox, street address or
 * clinic names used in articles. A finding is dropped when an allowed
 * value (matched without regard to case) covers it in the text, or when
 * its whole value matches an allowed pattern.
 *
 * File format, one entry per line: text to allow as written; "re:" and a
 * POSIX extended regular expression (matched case-insensitively against
 * the whole finding); '#' starts a comment line; blank lines are
 * skipped. Entries are trimmed of surrounding blanks. */
#include "scan/scan.h"
#include "scan/scan_int.h"
#include "core/alloc.h"
#include "core/limits.h"

#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct zd_scan_allow {
  char **lit;      /* allowed values */
  size_t *litlen;
  size_t nlit;
  regex_t *re;     /* allowed patterns, anchored */
  size_t nre;
};

static void trim(char *s)
{
  size_t n = strlen(s), k = 0;
  while(n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' ||
                  s[n - 1] == '\t'))
    s[--n] = '\0';
  while(s[k] == ' ' || s[k] == '\t')
    k++;
  memmove(s, s + k, n - k + 1);
}

/* Adds one trimmed, non-empty entry; -1 when its pattern does not
 * compile. */
static int add_entry(struct zd_scan_allow *a, const char *line)
{
  if(!strncmp(line, "re:", 3)) {
    char *pat = zd_malloc(strlen(line) + 8);
    int rc;
    snprintf(pat, strlen(line) + 8, "^(%s)$", line + 3);
    a->re = zd_realloc(a->re, (a->nre + 1) * sizeof(*a->re));
    rc = regcomp(&a->re[a->nre], pat, REG_EXTENDED | REG_ICASE | REG_NOSUB);
    free(pat);
    if(rc)
      return -1;
    a->nre++;
    return 0;
  }
  a->lit = zd_realloc(a->lit, (a->nlit + 1) * sizeof(*a->lit));
  a->litlen = zd_realloc(a->litlen, (a->nlit + 1) * sizeof(*a->litlen));
  a->litlen[a->nlit] = strlen(line);
  a->lit[a->nlit++] = zd_strdup(line);
  return 0;
}

zd_code zd_scan_allow_load(const char *path, struct zd_scan_allow **out,
                           struct zd_error *err)
{
  FILE *f = fopen(path, "r");
  struct zd_scan_allow *a;
  char line[4096];
  unsigned lineno = 0;
  *out = NULL;
  if(!f)
    return zd_error_set(err, ZD_ERR_IO, path, 0,
                        "cannot read the allow-list: %s", strerror(errno));
  a = zd_calloc(1, sizeof(*a));
  while(fgets(line, sizeof(line), f)) {
    lineno++;
    trim(line);
    if(!line[0] || line[0] == '#')
      continue;
    if(add_entry(a, line)) {
      fclose(f);
      zd_scan_allow_free(a);
      /* the pattern is the organisation's, not PHI: it may be shown */
      return zd_error_set(err, ZD_ERR_USAGE, path, lineno,
                          "the pattern after 're:' does not compile");
    }
  }
  fclose(f);
  *out = a;
  return ZD_OK;
}

zd_code zd_scan_allow_add_json(struct zd_scan_allow **a,
                               const json_t *entries, const char *what,
                               struct zd_error *err)
{
  size_t i;
  const json_t *v;
  if(!*a)
    *a = zd_calloc(1, sizeof(**a));
  json_array_foreach(entries, i, v) {
    char *line;
    int bad;
    if(!json_is_string(v))
      continue;
    line = zd_strdup(json_string_value(v));
    trim(line);
    bad = line[0] && add_entry(*a, line);
    free(line);
    if(bad)
      return zd_error_set(err, ZD_ERR_USAGE, what, 0, "scan.allow entry "
                          "%zu: the pattern after 're:' does not compile",
                          i + 1);
  }
  return ZD_OK;
}

void zd_scan_allow_free(struct zd_scan_allow *a)
{
  if(!a)
    return;
  for(size_t i = 0; i < a->nlit; i++)
    free(a->lit[i]);
  for(size_t i = 0; i < a->nre; i++)
    regfree(&a->re[i]);
  free(a->lit);
  free(a->litlen);
  free(a->re);
  free(a);
}

static int same_caseless(const unsigned char *p, const char *l, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(zd_tolower(p[i]) != zd_tolower((unsigned char)l[i]))
      return 0;
  return 1;
}

int zd_allow_covers(const struct zd_scan_allow *a, const unsigned char *p,
                    size_t len, size_t s, size_t e)
{
  if(!a)
    return 0;
  for(size_t i = 0; i < a->nlit; i++) {
    size_t n = a->litlen[i];
    size_t from = e > n ? e - n : 0;
    if(n < e - s)
      continue;
    for(size_t at = from; at <= s && at + n <= len; at++)
      if(same_caseless(p + at, a->lit[i], n))
        return 1;
  }
  if(a->nre && e - s < ZD_SCAN_MAX_SPAN) {
    char *v = zd_malloc(e - s + 1);
    int hit = 0;
    memcpy(v, p + s, e - s);
    v[e - s] = '\0';
    for(size_t i = 0; i < a->nre && !hit; i++)
      hit = regexec(&a->re[i], v, 0, NULL, 0) == 0;
    free(v);
    return hit;
  }
  return 0;
}

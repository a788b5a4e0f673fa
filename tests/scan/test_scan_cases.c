/* SPDX-License-Identifier: MIT
 * test_scan_cases.c — runs the data-driven detector cases in cases.test
 * (path in $ZD_SCAN_CASES): each case's text must give exactly the
 * findings listed, in order, at the default threshold.
 *
 * Format: cases separated by blank lines; '#' starts a comment line.
 *   text: <text>                 \n \t \\ \xHH are escapes
 *   expect: <TYPE> "<value>"     the first occurrence of value in text
 *   expect: <TYPE> "<value>" <rule>   and the credential rule that found it
 *   expect: none                 nothing may be found
 * The file name in messages is the one in $ZD_SCAN_CASES (cases.test,
 * credentials.test). */
#define _GNU_SOURCE  /* memmem */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan/scan.h"

#define MAX_EXPECT 16

struct expect {
  zd_scan_type type;
  size_t start, end;
  char rule[64];   /* "" when not checked */
};

struct got {
  struct expect v[64];
  size_t n;
};

static int collect(const struct zd_scan_finding *f, const char *value,
                   void *ud)
{
  struct got *g = ud;
  (void)value;
  if(g->n < 64) {
    g->v[g->n].type = f->type;
    g->v[g->n].start = (size_t)f->start;
    g->v[g->n].end = (size_t)f->end;
    snprintf(g->v[g->n].rule, sizeof(g->v[g->n].rule), "%s",
             zd_scan_rule_id(f->rule) ? zd_scan_rule_id(f->rule) : "");
    g->n++;
  }
  return 0;
}

static size_t unescape(const char *in, char *out)
{
  size_t n = 0;
  for(; *in && *in != '\n'; in++) {
    if(*in == '\\' && in[1]) {
      in++;
      if(*in == 'n')
        out[n++] = '\n';
      else if(*in == 't')
        out[n++] = '\t';
      else if(*in == 'x' && in[1] && in[2]) {
        char hex[3] = {in[1], in[2], 0};
        out[n++] = (char)strtol(hex, NULL, 16);
        in += 2;
      }
      else
        out[n++] = *in;
    }
    else
      out[n++] = *in;
  }
  out[n] = '\0';
  return n;
}

static const char *file = "cases.test";

static int run_case(struct zd_scanner *s, int lineno, const char *text,
                    size_t len, const struct expect *ex, size_t nex)
{
  struct got g;
  struct zd_error err;
  int ok = 1;
  g.n = 0;
  assert_int_equal(zd_scan_buffer(s, text, len, collect, &g, &err), ZD_OK);
  if(g.n != nex)
    ok = 0;
  for(size_t i = 0; ok && i < nex; i++)
    ok = g.v[i].type == ex[i].type && g.v[i].start == ex[i].start &&
         g.v[i].end == ex[i].end &&
         (!ex[i].rule[0] || !strcmp(ex[i].rule, g.v[i].rule));
  if(!ok) {
    fprintf(stderr, "%s:%d: %zu finding(s), expected %zu\n  text: %s\n",
            file, lineno, g.n, nex, text);
    for(size_t i = 0; i < g.n; i++)
      fprintf(stderr, "  got:  %s \"%.*s\" %s\n", zd_scan_type_name(g.v[i].type),
              (int)(g.v[i].end - g.v[i].start), text + g.v[i].start,
              g.v[i].rule);
    for(size_t i = 0; i < nex; i++)
      fprintf(stderr, "  want: %s \"%.*s\" %s\n", zd_scan_type_name(ex[i].type),
              (int)(ex[i].end - ex[i].start), text + ex[i].start, ex[i].rule);
  }
  return ok;
}

static void test_cases(void **state)
{
  const char *path = getenv("ZD_SCAN_CASES");
  FILE *f;
  char line[8192], text[8192];
  size_t len = 0, nex = 0;
  struct expect ex[MAX_EXPECT];
  struct zd_scanner *s = NULL;
  struct zd_error err;
  int lineno = 0, case_line = 0, have_text = 0, have_expect = 0;
  int failed = 0, cases = 0;
  (void)state;
  assert_non_null(path);
  file = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  f = fopen(path, "r");
  assert_non_null(f);
  assert_int_equal(zd_scanner_new(NULL, &s, &err), ZD_OK);
  for(;;) {
    char *got = fgets(line, sizeof(line), f);
    lineno++;
    if(!got || line[0] == '\n') {
      if(have_text) {
        if(!have_expect) {
          fprintf(stderr, "%s:%d: case without expect:\n", file, case_line);
          failed++;
        }
        else
          failed += !run_case(s, case_line, text, len, ex, nex);
        cases++;
      }
      have_text = have_expect = 0;
      nex = 0;
      if(!got)
        break;
      continue;
    }
    if(line[0] == '#')
      continue;
    if(!strncmp(line, "text: ", 6)) {
      len = unescape(line + 6, text);
      have_text = 1;
      case_line = lineno;
    }
    else if(!strncmp(line, "expect: ", 8)) {
      char type[64], value[4096], rule[64] = "";
      have_expect = 1;
      if(!strncmp(line + 8, "none", 4))
        continue;
      if(sscanf(line + 8, "%63s \"%4095[^\"]\" %63s", type, value, rule) < 2 ||
         nex == MAX_EXPECT) {
        fprintf(stderr, "%s:%d: bad expect line\n", file, lineno);
        failed++;
        continue;
      }
      {
        char uv[4096];
        size_t ul = unescape(value, uv);
        const char *at = memmem(text, len, uv, ul);
        if(zd_scan_type_parse(type, &ex[nex].type) || !at) {
          fprintf(stderr, "%s:%d: unknown type or value not in text\n",
                  file, lineno);
          failed++;
          continue;
        }
        ex[nex].start = (size_t)(at - text);
        ex[nex].end = ex[nex].start + ul;
        snprintf(ex[nex].rule, sizeof(ex[nex].rule), "%s", rule);
        nex++;
      }
    }
    else {
      fprintf(stderr, "%s:%d: unknown line\n", file, lineno);
      failed++;
    }
  }
  fclose(f);
  zd_scanner_free(s);
  fprintf(stderr, "%d case(s), %d failed\n", cases, failed);
  /* A parser that skips cases must not pass: each file says how many it
   * has at least (ZD_SCAN_CASES_MIN, default 50). */
  {
    const char *min = getenv("ZD_SCAN_CASES_MIN");
    assert_true(cases >= (min ? atoi(min) : 51));
  }
  assert_int_equal(failed, 0);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_cases),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

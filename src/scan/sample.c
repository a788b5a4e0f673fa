/* SPDX-License-Identifier: MIT
 * sample.c — whether a finding looks like sample data: help-centre
 * articles show identifiers as illustrations (an HL7 segment in an
 * integration how-to, "for example 123-45-6789"). Such findings are still
 * reported, marked "sample", so a reviewer and ZD.GUIDE.1 can tell them
 * from a real patient's data. Only structure makes data a sample (an HL7
 * segment, a data line under an "Example" caption), never a word in the
 * same sentence. */
#include "scan/scan_int.h"

#include <string.h>

/* An HL7 v2 segment line: three capitals or digits, then '|' ("MSH|",
 * "PID|", "NK1|"). */
static int hl7_line(const unsigned char *p, size_t ls, size_t le)
{
  return le - ls > 4 && zd_isupper(p[ls]) && zd_isalnum(p[ls + 1]) &&
         zd_isalnum(p[ls + 2]) && p[ls + 3] == '|';
}

/* A word of illustration in [a, b): example, sample, e.g., dummy, fake,
 * placeholder. */
static int says_sample(const unsigned char *p, size_t a, size_t b)
{
  static const char *const words[] = {
    "example", "examples", "sample", "samples", "e.g", "dummy", "fake",
    "placeholder", "illustration", NULL
  };
  for(size_t i = a; i < b; i++) {
    size_t e = i;
    if(!zd_isalpha(p[i]) || (i > a && zd_isalpha(p[i - 1])))
      continue;
    while(e < b && (zd_isalpha(p[e]) || (p[e] == '.' && e + 1 < b &&
                                         zd_isalpha(p[e + 1]))))
      e++;
    if(e - i >= 3 && e - i <= 12 && zd_word_in(p + i, e - i, words))
      return 1;
    i = e;
  }
  return 0;
}

/* A line of code or data, not prose: it holds '|', '^', '{', '"' or '='. */
static int data_line(const unsigned char *p, size_t ls, size_t le)
{
  for(size_t i = ls; i < le; i++)
    if(p[i] == '|' || p[i] == '^' || p[i] == '{' || p[i] == '"' ||
       p[i] == '=')
      return 1;
  return 0;
}

/* Sample data: on an HL7 segment line, or on a line of code or data
 * under a line that calls it an example ("Sample request body:"). A
 * value in prose next to "Example:" is not sample data: a real SSN pasted
 * as an example is still a leak. */
int zd_looks_sample(const unsigned char *p, size_t len, size_t s, size_t e)
{
  size_t ls = s, le = e, ps, pe;
  while(ls > 0 && p[ls - 1] != '\n' && s - ls < 512)
    ls--;
  while(le < len && p[le] != '\n' && le - e < 512)
    le++;
  if(hl7_line(p, ls, le))
    return 1;
  if(ls == 0 || !data_line(p, ls, le))
    return 0;
  /* the line before (a code fence line is skipped) */
  pe = ls - 1;
  ps = pe;
  while(ps > 0 && p[ps - 1] != '\n' && pe - ps < 200)
    ps--;
  if(pe - ps >= 3 && !memcmp(p + ps, "```", 3) && ps > 0) {
    pe = ps - 1;
    ps = pe;
    while(ps > 0 && p[ps - 1] != '\n' && pe - ps < 200)
      ps--;
  }
  return says_sample(p, ps, pe);
}

/* SPDX-License-Identifier: MIT
 * sample.c — whether a finding looks like sample data: help-centre
 * articles show identifiers as illustrations (an HL7 segment in an
 * integration how-to, "for example 123-45-6789"). Such findings are still
 * reported, marked "sample", so a reviewer and ZD.GUIDE.1 can tell them
 * from a real patient's data. Only structure makes data a sample (an HL7
 * segment, a data line under an "Example" caption), never a word in the
 * same sentence. */
#define _GNU_SOURCE   /* memmem, memrchr */
#include "scan/scan_int.h"

#include <string.h>

/* An HL7 v2 segment line: three capitals or digits, then '|' ("MSH|",
 * "PID|", "NK1|"). */
static int hl7_line(const unsigned char *p, size_t ls, size_t le)
{
  return le - ls > 4 && zd_isupper(p[ls]) && zd_isalnum(p[ls + 1]) &&
         zd_isalnum(p[ls + 2]) && p[ls + 3] == '|';
}

/* "example", "sample" or "e.g." in [a, b) (any case of the first
 * letters: "Example", "SAMPLE"). */
static int says_sample(const unsigned char *p, size_t a, size_t b)
{
  static const char *const needles[] = {"ample", "AMPLE", "e.g.", "E.G.",
                                        NULL};
  if(b <= a)
    return 0;
  for(int k = 0; needles[k]; k++)
    if(memmem(p + a, b - a, needles[k], strlen(needles[k])))
      return 1;
  return 0;
}

/* A line of code or data, not prose: it holds '|', '^', '{', '"' or '='. */
static int data_line(const unsigned char *p, size_t ls, size_t le)
{
  static const char marks[] = "|^{\"=";
  if(le <= ls)
    return 0;
  for(int k = 0; marks[k]; k++)   /* memchr: 16+ bytes a step */
    if(memchr(p + ls, marks[k], le - ls))
      return 1;
  return 0;
}

/* Sample data: on an HL7 segment line, or on a line of code or data
 * under a line that calls it an example ("Sample request body:"). A
 * value in prose next to "Example:" is not sample data: a real SSN pasted
 * as an example is still a leak. */
int zd_looks_sample(const unsigned char *p, size_t len, size_t s, size_t e)
{
  size_t lo = s > 512 ? s - 512 : 0, ls, le, ps, pe;
  const unsigned char *nl = s > lo ? memrchr(p + lo, '\n', s - lo) : NULL;
  ls = nl ? (size_t)(nl - p) + 1 : lo;
  if(ls > 0 && !nl)
    return 0;   /* a line over 512 bytes: no segment, no caption */
  nl = memchr(p + e, '\n', len - e < 512 ? len - e : 512);
  le = nl ? (size_t)(nl - p) : (len - e < 512 ? len : e + 512);
  if(hl7_line(p, ls, le))
    return 1;
  if(ls == 0)
    return 0;
  /* the line before (a code fence line is skipped) */
  pe = ls - 1;
  nl = pe > 0 ? memrchr(p + (pe > 200 ? pe - 200 : 0), '\n',
                        pe - (pe > 200 ? pe - 200 : 0)) : NULL;
  ps = nl ? (size_t)(nl - p) + 1 : (pe > 200 ? pe - 200 : 0);
  if(pe - ps >= 3 && !memcmp(p + ps, "```", 3) && ps > 0) {
    pe = ps - 1;
    nl = pe > 0 ? memrchr(p + (pe > 200 ? pe - 200 : 0), '\n',
                          pe - (pe > 200 ? pe - 200 : 0)) : NULL;
    ps = nl ? (size_t)(nl - p) + 1 : (pe > 200 ? pe - 200 : 0);
  }
  /* the finding's own line first: most are prose, and five memchr over
   * it cost less than four memmem over the line before */
  return data_line(p, ls, le) && says_sample(p, ps, pe);
}

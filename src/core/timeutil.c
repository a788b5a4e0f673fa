/* SPDX-License-Identifier: MIT
 * timeutil.c — strict ISO 8601 parsing and UTC formatting. */
#include "core/timeutil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int digits(const char *s, int n, int *out)
{
  int v = 0;
  for(int i = 0; i < n; i++) {
    if(!isdigit((unsigned char)s[i]))
      return -1;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return 0;
}

static int days_in_month(int y, int m)
{
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if(m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return d[m - 1];
}

int zd_time_parse(const char *s, time_t *out)
{
  struct tm tm;
  int y, mo, d, h = 0, mi = 0, se = 0, off = 0;
  time_t t;
  if(!s || strlen(s) < 10)
    return -1;
  if(digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &mo) ||
     s[7] != '-' || digits(s + 8, 2, &d))
    return -1;
  if(mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo))
    return -1;
  s += 10;
  if(*s == 'T' || *s == ' ') {
    if(digits(s + 1, 2, &h) || s[3] != ':' || digits(s + 4, 2, &mi))
      return -1;
    s += 6;
    if(*s == ':') {
      if(digits(s + 1, 2, &se))
        return -1;
      s += 3;
    }
    if(h > 23 || mi > 59 || se > 60)
      return -1;
    if(*s == '.') {
      s++;
      if(!isdigit((unsigned char)*s))
        return -1;
      while(isdigit((unsigned char)*s))
        s++;
    }
    if(*s == 'Z')
      s++;
    else if(*s == '+' || *s == '-') {
      int oh, om;
      int sign = *s == '-' ? -1 : 1;
      if(digits(s + 1, 2, &oh))
        return -1;
      s += 3;
      if(*s == ':')
        s++;
      if(digits(s, 2, &om))
        return -1;
      s += 2;
      off = sign * (oh * 3600 + om * 60);
    }
  }
  if(*s)
    return -1;
  memset(&tm, 0, sizeof(tm));
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = se;
  t = timegm(&tm);
  *out = t - off;
  return 0;
}

const char *zd_time_format(time_t t, char *out, size_t outlen)
{
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return out;
}

time_t zd_time_now(void)
{
  const char *fixed = getenv("ZDAUDIT_NOW");
  time_t t;
  if(fixed && *fixed && zd_time_parse(fixed, &t) == 0)
    return t;
  return time(NULL);
}

/* SPDX-License-Identifier: MIT
 * mask.c — masked previews of findings, the only form in which a value
 * leaves the scanner's callers without --show-values. A preview keeps
 * what helps a person find the value again and identifies nobody. */
#include "scan/scan.h"
#include "scan/scan_int.h"

#include <string.h>

/* Longest masked preview before it is cut with "...". */
#define MASK_MAX 80

struct out {
  char *p;
  size_t n, cap;
  int full;
};

static void put(struct out *o, char c)
{
  if(o->full)
    return;
  if(o->n + 4 >= o->cap || o->n >= MASK_MAX) {
    if(o->cap >= 4 && o->n + 3 < o->cap) {
      memcpy(o->p + o->n, "...", 3);
      o->n += 3;
    }
    o->full = 1;
    return;
  }
  o->p[o->n++] = c;
}

static void puts_(struct out *o, const char *s)
{
  while(*s)
    put(o, *s++);
}

/* A separator is shown as is if printable ASCII, else as a space. */
static char shown(unsigned char c)
{
  return c >= 0x20 && c < 0x7f ? (char)c : ' ';
}

/* Identifiers: separators kept, every letter and digit masked except the
 * last 'keep'. */
static void mask_id(struct out *o, const unsigned char *v, size_t n)
{
  size_t count = 0, seen = 0, keep;
  for(size_t i = 0; i < n; i++)
    count += zd_isalnum(v[i]) != 0;
  keep = count >= 9 ? 4 : count >= 6 ? 2 : 0;
  for(size_t i = 0; i < n; i++) {
    if(zd_isalnum(v[i])) {
      seen++;
      put(o, seen > count - keep ? (char)v[i] : '*');
    }
    else if(v[i] < 0x80 || (v[i] & 0xc0) == 0xc0)
      put(o, v[i] < 0x80 ? shown(v[i]) : '*');
  }
}

/* Words: first letter kept (a UTF-8 letter whole), the rest one '*' per
 * character; digits all masked. */
static void mask_words(struct out *o, const unsigned char *v, size_t n)
{
  int start = 1;
  for(size_t i = 0; i < n; i++) {
    unsigned char c = v[i];
    if(c >= 0x80 && (c & 0xc0) == 0x80)
      continue;   /* continuation byte */
    if(zd_isalpha(c) || c >= 0xc0) {
      if(start) {
        put(o, (char)c);
        if(c >= 0xc0)
          while(i + 1 < n && (v[i + 1] & 0xc0) == 0x80)
            put(o, (char)v[++i]);
      }
      else
        put(o, '*');
      start = 0;
    }
    else if(zd_isdigit(c)) {
      put(o, '*');
      start = 0;
    }
    else {
      put(o, shown(c));
      start = 1;
    }
  }
}

/* Dates: digits masked except a four-digit year; month names masked. */
static void mask_date(struct out *o, const unsigned char *v, size_t n)
{
  for(size_t i = 0; i < n;) {
    if(zd_isdigit(v[i])) {
      size_t e = i;
      while(e < n && zd_isdigit(v[e]))
        e++;
      for(size_t k = i; k < e; k++)
        put(o, e - i == 4 ? (char)v[k] : '*');
      i = e;
    }
    else {
      put(o, zd_isalpha(v[i]) ? '*' : shown(v[i]));
      i++;
    }
  }
}

static void mask_email(struct out *o, const unsigned char *v, size_t n)
{
  const unsigned char *at = memchr(v, '@', n);
  size_t dot = n;
  if(!at) {
    mask_id(o, v, n);
    return;
  }
  while(dot > 0 && v[dot - 1] != '.')
    dot--;
  put(o, (char)v[0]);
  puts_(o, "***@***");
  if(dot > (size_t)(at - v) + 1)
    for(size_t i = dot - 1; i < n; i++)
      put(o, shown(v[i]));
}

static void mask_url(struct out *o, const unsigned char *v, size_t n)
{
  const unsigned char *sch = NULL;
  size_t host = 0, hend, dot;
  for(size_t i = 0; i + 2 < n && i < 8; i++)
    if(v[i] == ':' && v[i + 1] == '/' && v[i + 2] == '/') {
      sch = v + i;
      host = i + 3;
      break;
    }
  if(sch)
    for(size_t i = 0; i < host; i++)
      put(o, shown(v[i]));
  hend = host;
  while(hend < n && v[hend] != '/' && v[hend] != '?' && v[hend] != '#')
    hend++;
  dot = hend;
  while(dot > host && v[dot - 1] != '.')
    dot--;
  puts_(o, "***");
  if(dot > host)
    for(size_t i = dot - 1; i < hend; i++)
      put(o, shown(v[i]));
  if(hend < n)
    puts_(o, "/***");
}

static void mask_pem(struct out *o, const unsigned char *v, size_t n)
{
  size_t e = 0;
  /* The armour line names the key type, nothing of the key: up to the
   * dashes that close "-----BEGIN … PRIVATE KEY-----" (a key inside a
   * JSON string has no line break after it, only "\n"). */
  while(e < n && e < 64 && v[e] != '\n' && v[e] != '\r') {
    if(e >= 10 && v[e] == '-' && e + 5 <= n && !memcmp(v + e, "-----", 5)) {
      e += 5;
      break;
    }
    e++;
  }
  for(size_t i = 0; i < e; i++)
    put(o, shown(v[i]));
  puts_(o, "****");
}

const char *zd_scan_mask(zd_scan_type t, const char *value, size_t len,
                         char *out, size_t outlen)
{
  struct out o = {out, 0, outlen, 0};
  const unsigned char *v = (const unsigned char *)value;
  if(!outlen)
    return out;
  switch(t) {
  case ZD_SCAN_ZENDESK_API_TOKEN:
  case ZD_SCAN_GENERIC_SECRET:
    puts_(&o, "********");
    break;
  case ZD_SCAN_JWT:
    puts_(&o, "eyJ****");
    break;
  case ZD_SCAN_PRIVATE_KEY:
    mask_pem(&o, v, len);
    break;
  case ZD_SCAN_EMAIL_ADDRESS:
    mask_email(&o, v, len);
    break;
  case ZD_SCAN_URL:
    mask_url(&o, v, len);
    break;
  case ZD_SCAN_PERSON_NAME:
  case ZD_SCAN_STREET_ADDRESS:
  case ZD_SCAN_LOCATION:
    mask_words(&o, v, len);
    break;
  case ZD_SCAN_DATE:
    mask_date(&o, v, len);
    break;
  case ZD_SCAN_US_ZIP_CODE:
    /* Safe Harbor allows the first three digits of a ZIP code. */
    for(size_t i = 0; i < len; i++)
      put(&o, i < 3 && zd_isdigit(v[i]) ? (char)v[i]
              : zd_isdigit(v[i]) ? '*' : shown(v[i]));
    break;
  case ZD_SCAN_AGE_OVER_89:
    /* "**-year-old": the words stay, the age does not */
    for(size_t i = 0; i < len; i++)
      put(&o, zd_isdigit(v[i]) ? '*' : shown(v[i]));
    break;
  case ZD_SCAN_ICD10_CODE:
    for(size_t i = 0; i < len; i++)
      put(&o, i == 0 ? shown(v[i]) : zd_isalnum(v[i]) ? '*' : shown(v[i]));
    break;
  default:
    mask_id(&o, v, len);
    break;
  }
  out[o.n < outlen ? o.n : outlen - 1] = '\0';
  return out;
}

/* SPDX-License-Identifier: MIT
 * safetext.c — control characters made visible, secret-looking values
 * recognised (see safetext.h). */
#include "core/safetext.h"

#include <stdio.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at 's' (at most 'n' bytes), and its
 * code point; 0 when the bytes are not UTF-8 (overlong, surrogate, cut). */
static size_t utf8_seq(const unsigned char *s, size_t n, unsigned *cp)
{
  size_t len, i;
  unsigned c = s[0], min;
  if(c < 0x80) {
    *cp = c;
    return 1;
  }
  if(c >= 0xC2 && c <= 0xDF) { len = 2; c &= 0x1F; min = 0x80; }
  else if(c >= 0xE0 && c <= 0xEF) { len = 3; c &= 0x0F; min = 0x800; }
  else if(c >= 0xF0 && c <= 0xF4) { len = 4; c &= 0x07; min = 0x10000; }
  else
    return 0;
  if(len > n)
    return 0;
  for(i = 1; i < len; i++) {
    if((s[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if(c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

/* 1 when code point 'cp' must not reach a terminal as is. */
static int hidden(unsigned cp, int keep_nl)
{
  if(cp == '\n')
    return !keep_nl;
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
         (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The visible form of the character at 's' into 'out' (>= 8 bytes);
 * returns its length in 'out' and sets '*used' to the bytes consumed. */
static size_t one(const char *s, size_t n, int keep_nl, char out[8],
                  size_t *used)
{
  static const char hex[] = "0123456789abcdef";
  unsigned cp;
  size_t len = utf8_seq((const unsigned char *)s, n, &cp);
  if(!len) {
    unsigned char b = (unsigned char)s[0];
    *used = 1;
    memcpy(out, "\\x", 2);
    out[2] = hex[b >> 4];
    out[3] = hex[b & 15];
    return 4;
  }
  *used = len;
  if(!hidden(cp, keep_nl)) {
    memcpy(out, s, len);
    return len;
  }
  if(cp < 0x80) {
    memcpy(out, "\\x", 2);
    out[2] = hex[cp >> 4];
    out[3] = hex[cp & 15];
    return 4;
  }
  memcpy(out, "\\u", 2);
  for(int i = 0; i < 4; i++)
    out[2 + i] = hex[(cp >> (12 - 4 * i)) & 15];
  return 6;
}

int zd_is_visible(const char *s, size_t n, int keep_nl)
{
  for(size_t i = 0; i < n;) {
    unsigned cp;
    size_t len = utf8_seq((const unsigned char *)s + i, n - i, &cp);
    if(!len || hidden(cp, keep_nl))
      return 0;
    i += len;
  }
  return 1;
}

void zd_put_visible(FILE *out, const char *s, size_t n, int keep_nl)
{
  size_t i = 0, plain = 0;
  while(i < n) {
    unsigned char c = (unsigned char)s[i];
    char buf[8];
    size_t used, k;
    /* Printable ASCII, the common case, is copied in runs. */
    if(c >= 0x20 && c < 0x7F) {
      i++;
      continue;
    }
    if(c == '\n' && keep_nl) {
      i++;
      continue;
    }
    fwrite(s + plain, 1, i - plain, out);
    k = one(s + i, n - i, keep_nl, buf, &used);
    fwrite(buf, 1, k, out);
    i += used;
    plain = i;
  }
  fwrite(s + plain, 1, i - plain, out);
}

char *zd_visible(const char *s, char *dst, size_t cap, int keep_nl)
{
  size_t n = strlen(s), i = 0, o = 0;
  if(!cap)
    return dst;
  while(i < n) {
    char buf[8];
    size_t used, k = one(s + i, n - i, keep_nl, buf, &used);
    if(o + k >= cap)
      break;
    memcpy(dst + o, buf, k);
    o += k;
    i += used;
  }
  dst[o] = '\0';
  return dst;
}

int zd_looks_secret(const char *s, size_t n)
{
  int letters = 0, digits = 0;
  /* Tokens, keys and base64 credentials are long runs of these. */
  if(n < 16)
    return 0;
  for(size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
      letters++;
    else if(c >= '0' && c <= '9')
      digits++;
    else if(!strchr("+/=_-.~:", c) || !c)
      return 0;
  }
  return letters && digits;
}

const char *zd_shown_word(const char *s, char *buf, size_t cap)
{
  size_t n = s ? strlen(s) : 0;
  int ok = s && n <= 60 && !zd_looks_secret(s, n);
  for(size_t i = 0; ok && i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || strchr("_.-:/ ", c);
  }
  snprintf(buf, cap, "%s", ok ? s : "(not shown)");
  return buf;
}

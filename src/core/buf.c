/* SPDX-License-Identifier: MIT
 * buf.c — bounded growable buffer (see buf.h). */
#include "core/buf.h"
#include "core/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void zd_buf_init(struct zd_buf *b, size_t max)
{
  b->data = NULL;
  b->len = b->cap = 0;
  b->max = max;
}

int zd_buf_add(struct zd_buf *b, const void *p, size_t n)
{
  if(n > b->max - b->len) {
    zd_buf_free(b);
    return -1;
  }
  if(b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while(cap < b->len + n + 1)
      cap *= 2;
    b->data = zd_realloc(b->data, cap);
    b->cap = cap;
  }
  if(n)
    memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int zd_buf_adds(struct zd_buf *b, const char *s)
{
  return zd_buf_add(b, s, strlen(s));
}

int zd_buf_addc(struct zd_buf *b, char c)
{
  return zd_buf_add(b, &c, 1);
}

int zd_buf_vprintf(struct zd_buf *b, const char *fmt, va_list ap)
{
  char small[256];
  va_list ap2;
  int n;
  va_copy(ap2, ap);
  n = vsnprintf(small, sizeof(small), fmt, ap2);
  va_end(ap2);
  if(n < 0)
    return -1;
  if((size_t)n < sizeof(small))
    return zd_buf_add(b, small, (size_t)n);
  else {
    char *big = zd_malloc((size_t)n + 1);
    int rc;
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    rc = zd_buf_add(b, big, (size_t)n);
    free(big);
    return rc;
  }
}

int zd_buf_printf(struct zd_buf *b, const char *fmt, ...)
{
  va_list ap;
  int rc;
  va_start(ap, fmt);
  rc = zd_buf_vprintf(b, fmt, ap);
  va_end(ap);
  return rc;
}

void zd_buf_reset(struct zd_buf *b)
{
  b->len = 0;
  if(b->data)
    b->data[0] = '\0';
}

char *zd_buf_steal(struct zd_buf *b)
{
  char *d = b->data ? b->data : zd_strdup("");
  b->data = NULL;
  b->len = b->cap = 0;
  return d;
}

void zd_buf_free(struct zd_buf *b)
{
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

const char *zd_buf_str(const struct zd_buf *b)
{
  return b->data ? b->data : "";
}

/* SPDX-License-Identifier: MIT
 * alloc.c — abort-on-OOM allocation wrappers (see alloc.h). */
#include "core/alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void oom(size_t n)
{
  fprintf(stderr, "zdaudit: out of memory (wanted %zu bytes)\n", n);
  abort();
}

void *zd_malloc(size_t n)
{
  void *p = malloc(n ? n : 1);
  if(!p)
    oom(n);
  return p;
}

void *zd_calloc(size_t nmemb, size_t size)
{
  void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);
  if(!p)
    oom(nmemb * size);
  return p;
}

void *zd_realloc(void *p, size_t n)
{
  void *q = realloc(p, n ? n : 1);
  if(!q)
    oom(n);
  return q;
}

void *zd_trymalloc(size_t n)
{
  return malloc(n ? n : 1);
}

char *zd_strdup(const char *s)
{
  return s ? zd_strndup(s, strlen(s)) : NULL;
}

char *zd_strndup(const char *s, size_t n)
{
  char *d;
  if(!s)
    return NULL;
  d = zd_malloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *zd_asprintf(const char *fmt, ...)
{
  va_list ap;
  int n;
  char *s;
  va_start(ap, fmt);
  n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if(n < 0)
    return zd_strdup("");
  s = zd_malloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}

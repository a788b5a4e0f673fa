/* SPDX-License-Identifier: MIT
 * alloc.h — allocation that never returns NULL.
 * zd_malloc and friends print one message and abort when memory runs out,
 * so callers carry no OOM branches (jq, redis). zd_trymalloc returns NULL
 * and is for sizes that come from outside (network, files). */
#ifndef ZD_ALLOC_H
#define ZD_ALLOC_H
#include <stddef.h>

void *zd_malloc(size_t n);
void *zd_calloc(size_t nmemb, size_t size);
/* zd_realloc: the pointer passed in is no longer valid afterwards. */
void *zd_realloc(void *p, size_t n);
void *zd_trymalloc(size_t n);
/* Returns a new copy of 's' (NULL stays NULL); free with free(). */
char *zd_strdup(const char *s);
char *zd_strndup(const char *s, size_t n);
/* printf into a new string; free with free(). */
char *zd_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

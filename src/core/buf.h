/* SPDX-License-Identifier: MIT
 * buf.h — growable byte buffer with a required maximum size (curl dynbuf).
 * Appends past the maximum fail with ZD_ERR_LIMIT and leave the buffer
 * freed, so a runaway input can never eat all memory. */
#ifndef ZD_BUF_H
#define ZD_BUF_H
#include <stdarg.h>
#include <stddef.h>

struct zd_buf {
  char *data;     /* always NUL-terminated when non-NULL */
  size_t len;
  size_t cap;
  size_t max;     /* hard limit on len */
};

void zd_buf_init(struct zd_buf *b, size_t max);
/* Returns 0 on success, -1 when 'max' would be exceeded (buffer freed). */
int zd_buf_add(struct zd_buf *b, const void *p, size_t n);
int zd_buf_adds(struct zd_buf *b, const char *s);
int zd_buf_addc(struct zd_buf *b, char c);
int zd_buf_printf(struct zd_buf *b, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
int zd_buf_vprintf(struct zd_buf *b, const char *fmt, va_list ap);
void zd_buf_reset(struct zd_buf *b);
/* Hands the data to the caller (free()); the buffer is emptied. Never NULL. */
char *zd_buf_steal(struct zd_buf *b);
void zd_buf_free(struct zd_buf *b);
const char *zd_buf_str(const struct zd_buf *b); /* "" when empty */

#endif

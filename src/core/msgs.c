/* SPDX-License-Identifier: MIT
 * msgs.c — stderr messages and the terminal progress line (see msgs.h). */
#include "core/msgs.h"
#include "core/safetext.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct zd_msgs_cfg zd_msgs;
volatile sig_atomic_t zd_progress_drawn;

/* Every message may quote untrusted text (a name from the account, a
 * line of a file): its control characters are shown, never sent to the
 * terminal as such (safetext.h). One message is one line. */
static void vmsg(const char *prefix, const char *fmt, va_list ap)
{
  char stack[1024], *text = stack;
  va_list copy;
  int n;
  zd_progress_done();
  va_copy(copy, ap);
  n = vsnprintf(stack, sizeof(stack), fmt, ap);
  if(n >= (int)sizeof(stack) && (text = malloc((size_t)n + 1)))
    vsnprintf(text, (size_t)n + 1, fmt, copy);
  else if(n >= (int)sizeof(stack))
    text = stack;
  va_end(copy);
  if(n < 0)
    n = 0;
  fprintf(stderr, "zdaudit: %s", prefix);
  zd_put_visible(stderr, text, strlen(text), 0);
  fputc('\n', stderr);
  if(text != stack)
    free(text);
}

void zd_errorf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vmsg("error: ", fmt, ap);
  va_end(ap);
}

void zd_warnf(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vmsg("warning: ", fmt, ap);
  va_end(ap);
}

void zd_notef(const char *fmt, ...)
{
  va_list ap;
  if(zd_msgs.quiet)
    return;
  va_start(ap, fmt);
  vmsg("", fmt, ap);
  va_end(ap);
}

void zd_verbosef(int level, const char *fmt, ...)
{
  va_list ap;
  if(zd_msgs.verbose < level)
    return;
  va_start(ap, fmt);
  vmsg("", fmt, ap);
  va_end(ap);
}

void zd_error_print(const struct zd_error *err)
{
  char line[ZD_ERROR_MSG_SIZE + ZD_ERROR_SOURCE_SIZE + 32];
  zd_errorf("%s", zd_error_format(err, line, sizeof(line)));
}

int zd_progress_enabled(void)
{
  return !zd_msgs.quiet && isatty(STDERR_FILENO);
}

void zd_progress(const char *label, unsigned long done, unsigned long total,
                 const char *extra)
{
  if(!zd_progress_enabled())
    return;
  if(total)
    fprintf(stderr, "\r\033[K%s %lu/%lu%s%s", label, done, total,
            extra ? " " : "", extra ? extra : "");
  else
    fprintf(stderr, "\r\033[K%s %lu%s%s", label, done,
            extra ? " " : "", extra ? extra : "");
  fflush(stderr);
  zd_progress_drawn = 1;
}

void zd_progress_done(void)
{
  if(zd_progress_drawn) {
    fputs("\r\033[K", stderr);
    fflush(stderr);
    zd_progress_drawn = 0;
  }
}

int zd_use_color(int fd)
{
  const char *nc = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  if(nc && *nc)
    return 0;
  if(term && !strcmp(term, "dumb"))
    return 0;
  return isatty(fd);
}

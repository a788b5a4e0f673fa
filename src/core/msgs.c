/* SPDX-License-Identifier: MIT
 * msgs.c — stderr messages and the terminal progress line (see msgs.h). */
#include "core/msgs.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct zd_msgs_cfg zd_msgs;
static int progress_drawn;

static void vmsg(const char *prefix, const char *fmt, va_list ap)
{
  zd_progress_done();
  fprintf(stderr, "zdaudit: %s", prefix);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
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
  progress_drawn = 1;
}

void zd_progress_done(void)
{
  if(progress_drawn) {
    fputs("\r\033[K", stderr);
    fflush(stderr);
    progress_drawn = 0;
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

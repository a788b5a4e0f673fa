/* SPDX-License-Identifier: MIT
 * msgs.h — messages for people on stderr: errors, warnings, notes, verbose
 * logging and progress. Progress is drawn only when stderr is a terminal;
 * --quiet silences notes and progress. Nothing here writes to stdout. */
#ifndef ZD_MSGS_H
#define ZD_MSGS_H
#include "core/error.h"
#include <signal.h>

struct zd_msgs_cfg {
  int verbose;   /* -v count */
  int quiet;     /* --quiet */
};
extern struct zd_msgs_cfg zd_msgs;

void zd_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void zd_warnf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void zd_notef(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void zd_verbosef(int level, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
/* Prints an error record as "zdaudit: error: source:line: msg". */
void zd_error_print(const struct zd_error *err);

/* True when progress should be drawn (stderr is a tty, not quiet). */
int zd_progress_enabled(void);
/* Redraws one status line: "label done/total extra". total 0 = unknown. */
void zd_progress(const char *label, unsigned long done, unsigned long total,
                 const char *extra);
/* Clears the status line, if one is drawn. */
void zd_progress_done(void);
/* True while a status line is drawn (read by the signal handler). */
extern volatile sig_atomic_t zd_progress_drawn;

/* Colour: only when 'fd' is a terminal, NO_COLOR is unset and TERM is not
 * "dumb". */
int zd_use_color(int fd);

#endif

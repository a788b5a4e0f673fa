/* SPDX-License-Identifier: MIT
 * cleanup.h — temporary files that must not outlive the process. Every
 * FILE.tmp.PID that zdaudit creates is registered here until it is renamed
 * into place or removed; SIGINT/SIGTERM/SIGHUP (and a crash) unlink what
 * is registered, end the progress line, say "interrupted" and exit 130
 * (128 + SIGINT), so Ctrl-C never leaves half a report (maybe with raw
 * values from --show-values) behind. */
#ifndef ZD_CLEANUP_H
#define ZD_CLEANUP_H

/* Installs the signal handlers (once, from main). */
void zd_cleanup_install(void);
/* Registers 'path' (borrowed: it must stay valid until unregistered).
 * Returns 0, or -1 when the table is full (the caller goes on: only the
 * cleanup on a signal is lost). */
int zd_cleanup_add(const char *path);
/* Forgets 'path' (before it is renamed, unlinked or freed). */
void zd_cleanup_remove(const char *path);

#endif

/* SPDX-License-Identifier: MIT
 * timeutil.h — ISO 8601 timestamps as Zendesk sends them, in UTC.
 * Assessments use the snapshot's collection time as "now", so re-assessing
 * an old snapshot gives the same answer it gave on the day. */
#ifndef ZD_TIMEUTIL_H
#define ZD_TIMEUTIL_H
#include <stddef.h>
#include <time.h>

/* Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)".
 * Returns 0 and sets '*out' (UTC epoch seconds), or -1 when malformed. */
int zd_time_parse(const char *s, time_t *out);
/* Writes "YYYY-MM-DDTHH:MM:SSZ" into 'out' (at least 21 bytes). */
const char *zd_time_format(time_t t, char *out, size_t outlen);
/* The current time, or $ZDAUDIT_NOW (ISO 8601) when set, for
 * reproducible tests and golden files. */
time_t zd_time_now(void);

#endif

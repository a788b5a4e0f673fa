/* SPDX-License-Identifier: MIT
 * pace.h — when the next request to the account may start: Retry-After
 * gates (nothing before they elapse) and pacing from the rate-limit
 * headers, so a collection uses the account's budget without tripping it.
 * Pure logic on caller-supplied millisecond clocks, so tests drive time. */
#ifndef ZD_COLLECT_PACE_H
#define ZD_COLLECT_PACE_H
#include <stdint.h>

struct zd_pace {
  long limit;          /* requests per minute from the headers; 0 unknown */
  long user_limit;     /* --rate-limit; 0 none */
  long remaining;      /* last X-Rate-Limit-Remaining; -1 unknown */
  long since_seen;     /* requests started since 'remaining' was read */
  int64_t reset_at;    /* when the window resets (ratelimit-reset); 0 unknown */
  int64_t last_start;  /* when the last paced request started */
  int64_t gate_until;  /* Retry-After: no request before this */
  int reserve;         /* requests kept in hand (in-flight slack) */
};

/* 'user_limit' caps the rate (requests/minute, 0 = the account's);
 * 'reserve' is how many requests may be in flight at once. */
void zd_pace_init(struct zd_pace *p, long user_limit, int reserve);
/* Records the rate-limit headers of one response (-1 = header absent):
 * 'limit' per minute, 'remaining' in the window, 'reset_s' seconds until
 * the window resets. */
void zd_pace_headers(struct zd_pace *p, int64_t now, long limit,
                     long remaining, long reset_s);
/* Records a Retry-After of 'wait_ms': nothing may start before now+wait. */
void zd_pace_retry_after(struct zd_pace *p, int64_t now, int64_t wait_ms);
/* The earliest time (>= now) the next paced request may start. */
int64_t zd_pace_next(const struct zd_pace *p, int64_t now);
/* The earliest time (>= now) any request may start (Retry-After only). */
int64_t zd_pace_gate(const struct zd_pace *p, int64_t now);
/* Records that a paced request started at 'now'. */
void zd_pace_started(struct zd_pace *p, int64_t now);
/* The interval between requests at the effective limit (ms), 0 unknown. */
int64_t zd_pace_interval(const struct zd_pace *p);

#endif

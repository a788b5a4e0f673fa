/* SPDX-License-Identifier: MIT
 * pace.c — Retry-After gates and rate-limit pacing (see pace.h).
 * While the headers say plenty of the window is left, requests go out as
 * fast as the concurrency bound allows; once only the in-flight slack is
 * left they are spaced at the account's rate (60 s / limit), and when the
 * window is spent they wait for its reset.
 *
 * The slack kept in hand is the larger of the in-flight bound and 5% of
 * the window: a server (or a loaded machine between us and it) that
 * delays a few requests and then takes them together sees a cluster, and
 * an exact-rate pacer with no slack would trip the limit on it. Below
 * that slack the pace slows in proportion (to half the rate when nothing
 * is left), so a cluster that ate into the slack is earned back instead
 * of carried forward. */
#include "collect/pace.h"

void zd_pace_init(struct zd_pace *p, long user_limit, int reserve)
{
  p->limit = 0;
  p->user_limit = user_limit > 0 ? user_limit : 0;
  p->remaining = -1;
  p->since_seen = 0;
  p->reset_at = 0;
  p->last_start = 0;
  p->gate_until = 0;
  p->reserve = reserve > 0 ? reserve : 1;
}

void zd_pace_headers(struct zd_pace *p, int64_t now, long limit,
                     long remaining, long reset_s)
{
  if(limit > 0)
    p->limit = limit;
  if(remaining >= 0) {
    p->remaining = remaining;
    p->since_seen = 0;
  }
  if(reset_s >= 0)
    p->reset_at = now + (int64_t)reset_s * 1000;
}

void zd_pace_retry_after(struct zd_pace *p, int64_t now, int64_t wait_ms)
{
  if(wait_ms < 0)
    wait_ms = 0;
  if(now + wait_ms > p->gate_until)
    p->gate_until = now + wait_ms;
  /* The window is spent: pace from here until the headers say more. */
  p->remaining = 0;
  p->since_seen = 0;
}

static long effective_limit(const struct zd_pace *p)
{
  if(p->user_limit && (!p->limit || p->user_limit < p->limit))
    return p->user_limit;
  return p->limit;
}

int64_t zd_pace_interval(const struct zd_pace *p)
{
  long l = effective_limit(p);
  /* Round up: never faster than the limit. */
  return l > 0 ? (60000 + l - 1) / l : 0;
}

int64_t zd_pace_gate(const struct zd_pace *p, int64_t now)
{
  return p->gate_until > now ? p->gate_until : now;
}

/* The requests kept in hand: in-flight bound or 5% of the window. */
static long slack(const struct zd_pace *p)
{
  long s = effective_limit(p) / 20;
  return s > p->reserve ? s : p->reserve;
}

int64_t zd_pace_next(const struct zd_pace *p, int64_t now)
{
  int64_t t = zd_pace_gate(p, now);
  int64_t iv = zd_pace_interval(p);
  long left, keep;
  if(!iv)
    return t;                       /* nothing known yet: go */
  if(!p->user_limit) {
    /* A user cap is a steady rate; otherwise burst while the window has
     * more left than the slack, then pace, slower the less is left. */
    if(p->remaining < 0)
      return t;
    left = p->remaining - p->since_seen;
    keep = slack(p);
    if(left > keep)
      return t;
    if(left <= 0 && p->reset_at > t)
      return p->reset_at;           /* window spent: wait for its reset */
    iv += iv * (keep - (left > 0 ? left : 0)) / keep;
  }
  if(p->last_start + iv > t)
    t = p->last_start + iv;
  return t;
}

void zd_pace_started(struct zd_pace *p, int64_t now)
{
  p->last_start = now;
  p->since_seen++;
}

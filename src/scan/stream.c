/* SPDX-License-Identifier: MIT
 * stream.c — scanning input of any size in bounded memory. Input is cut
 * into windows of ZD_SCAN_CHUNK bytes that repeat ZD_SCAN_OVERLAP bytes
 * of their neighbours on both sides; each window reports only findings
 * starting in its own middle part, and every finding (at most
 * ZD_SCAN_MAX_SPAN long) with its context lies wholly inside the window
 * that reports it, so results match a scan of the whole input at once. */
#include "scan/scan.h"
#include "scan/scan_int.h"
#include "core/alloc.h"
#include "core/limits.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

struct zd_scan_stream {
  struct zd_scanner *s;
  zd_scan_cb cb;
  void *ud;
  char *buf;
  const char *win;        /* the window being scanned: buf, or a view */
  size_t len, cap;
  uint64_t base;          /* stream offset of buf[0] */
  size_t emit_from;       /* window offset where unreported text starts */
  uint64_t emitted_end;   /* end of the last reported finding */
  uint64_t nl_pos;        /* newlines are counted up to here ... */
  uint64_t nl_count;      /* ... and this many were seen */
  uint64_t bytes;
  int stopped;
};

struct zd_scan_stream *zd_scan_stream_new(struct zd_scanner *s,
                                          zd_scan_cb cb, void *ud)
{
  struct zd_scan_stream *st = zd_calloc(1, sizeof(*st));
  st->s = s;
  st->cb = cb;
  st->ud = ud;
  st->cap = ZD_SCAN_CHUNK + 2 * ZD_SCAN_OVERLAP;
  st->buf = zd_malloc(st->cap);
  return st;
}

void zd_scan_stream_free(struct zd_scan_stream *st)
{
  if(!st)
    return;
  free(st->buf);
  free(st);
}

uint64_t zd_scan_stream_bytes(const struct zd_scan_stream *st)
{
  return st->bytes;
}

int zd_scan_stream_stopped(const struct zd_scan_stream *st)
{
  return st->stopped;
}

/* The number of '\n' in p[0, n). With SSE2, 16 bytes a step: each
 * step subtracts the compare mask (-1 per newline) from byte counters,
 * summed every 255 steps before they could wrap; memchr per line was
 * ~4x slower on help-desk text (a line break every ~115 bytes). */
static uint64_t newlines(const char *p, size_t n)
{
  uint64_t c = 0;
  const char *e;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
  while(n >= 16) {
    __m128i acc = zero;
    size_t steps = n / 16 > 255 ? 255 : n / 16;
    for(size_t k = 0; k < steps; k++, p += 16)
      acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(
                                _mm_loadu_si128((const __m128i *)(const void *)p),
                                nl));
    acc = _mm_sad_epu8(acc, zero);
    c += (uint64_t)_mm_cvtsi128_si64(acc) +
         (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(acc, acc));
    n -= steps * 16;
  }
#endif
  e = p + n;
  while(p < e && (p = memchr(p, '\n', (size_t)(e - p)))) {
    c++;
    p++;
  }
  return c;
}

/* Counts newlines in the window up to stream offset 'to'. */
static void count_lines(struct zd_scan_stream *st, uint64_t to)
{
  if(to <= st->nl_pos)
    return;
  st->nl_count += newlines(st->win + (st->nl_pos - st->base),
                           (size_t)(to - st->nl_pos));
  st->nl_pos = to;
}

static int emit_stream(const struct zd_cand *c, void *ud)
{
  struct zd_scan_stream *st = ud;
  struct zd_scan_finding f;
  f.type = c->type;
  f.start = st->base + c->start;
  f.end = st->base + c->end;
  f.confidence = c->conf;
  f.value_len = c->end - c->start;
  f.rule = c->rule;
  f.cue = c->cue;
  f.sample = c->sample;
  f.part = NULL;
  if(f.start < st->emitted_end)
    return 0;
  count_lines(st, f.start);
  f.line = st->nl_count + 1;
  st->emitted_end = f.end;
  return st->cb(&f, st->win + c->start, st->ud);
}

/* Scans the window 'win' (st->len bytes at stream offset st->base); when
 * not 'final', reports findings up to len - OVERLAP and sets '*keep_from'
 * to where the next window starts (OVERLAP bytes before that), else 0. */
static zd_code scan_view(struct zd_scan_stream *st, const char *win,
                         int final, size_t *keep_from, struct zd_error *err)
{
  size_t hi = final ? st->len : st->len - ZD_SCAN_OVERLAP;
  int stopped = 0;
  zd_code rc;
  *keep_from = 0;
  if(st->stopped)
    return ZD_OK;
  st->win = win;
  rc = zd_scan_window(st->s, win, st->len, st->emit_from, hi, emit_stream,
                      st, &stopped, err);
  if(rc)
    return rc;
  if(stopped) {
    st->stopped = 1;
    return ZD_OK;
  }
  if(final)
    return ZD_OK;
  count_lines(st, st->base + hi);
  *keep_from = hi - ZD_SCAN_OVERLAP;
  st->base += *keep_from;
  st->emit_from = ZD_SCAN_OVERLAP;
  return ZD_OK;
}

/* Scans the buffered window, and keeps its tail for the next one. */
static zd_code process(struct zd_scan_stream *st, int final,
                       struct zd_error *err)
{
  size_t keep_from;
  zd_code rc = scan_view(st, st->buf, final, &keep_from, err);
  if(keep_from) {
    memmove(st->buf, st->buf + keep_from, st->len - keep_from);
    st->len -= keep_from;
  }
  return rc;
}

zd_code zd_scan_stream_whole(struct zd_scan_stream *st, const char *data,
                             size_t len,
                             void (*passed)(uint64_t upto, void *ud),
                             void *pud, struct zd_error *err)
{
  uint64_t off = 0;   /* offset in 'data' of the window: st->base */
  if(st->bytes || st->len)
    abort();   /* the caller fed this stream already */
  st->bytes = len;
  for(;;) {
    size_t keep_from;
    int final = len - off <= st->cap;
    zd_code rc;
    st->len = final ? (size_t)(len - off) : st->cap;
    rc = scan_view(st, data + off, final, &keep_from, err);
    if(rc || !keep_from) {
      st->len = 0;   /* nothing left for zd_scan_stream_finish */
      return rc;
    }
    off += keep_from;
    if(passed)
      passed(off, pud);
  }
}

zd_code zd_scan_stream_feed(struct zd_scan_stream *st, const char *data,
                            size_t len, struct zd_error *err)
{
  while(len > 0 && !st->stopped) {
    size_t n = st->cap - st->len;
    if(n > len)
      n = len;
    memcpy(st->buf + st->len, data, n);
    st->len += n;
    st->bytes += n;
    data += n;
    len -= n;
    if(st->len == st->cap) {
      zd_code rc = process(st, 0, err);
      if(rc)
        return rc;
    }
  }
  return ZD_OK;
}

char *zd_scan_stream_space(struct zd_scan_stream *st, size_t *room)
{
  if(st->stopped) {   /* what is written now is never scanned */
    *room = st->cap;
    return st->buf;
  }
  *room = st->cap - st->len;   /* > 0: a full window is scanned at once */
  return st->buf + st->len;
}

zd_code zd_scan_stream_commit(struct zd_scan_stream *st, size_t n,
                              struct zd_error *err)
{
  if(st->stopped || n == 0)
    return ZD_OK;
  if(n > st->cap - st->len)
    abort();   /* the caller wrote past zd_scan_stream_space's room */
  st->len += n;
  st->bytes += n;
  return st->len == st->cap ? process(st, 0, err) : ZD_OK;
}

zd_code zd_scan_stream_finish(struct zd_scan_stream *st, struct zd_error *err)
{
  return process(st, 1, err);
}

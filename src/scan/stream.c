/* SPDX-License-Identifier: MIT
 * stream.c — scanning input of any size in bounded memory. Input is cut
 * into windows of ZD_SCAN_CHUNK bytes that repeat ZD_SCAN_OVERLAP bytes
 * of their neighbours on both sides; each window reports only findings
 * starting in its own middle part, and every finding (at most
 * ZD_SCAN_MAX_SPAN long) with its context lies wholly inside the window
 * that reports it, so results match a scan of the whole input at once. */
#include "scan/scan.h"
#include "scan/scan_int.h"
#include "scan/context.h"
#include "core/alloc.h"
#include "core/limits.h"
#include "core/pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

struct win_job;

struct zd_scan_stream {
  struct zd_scanner *s;
  /* pooled (zd_scan_stream_pooled): windows go to 'pool' as jobs */
  struct zd_pool *pool;
  struct zd_scanner *const *scanners;
  struct zd_scan_sink sink;
  struct win_job *last;   /* the newest window submitted, not yet closed */
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
  int finished;           /* the last window was scanned (or submitted) */
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

static void orphan_last(struct zd_scan_stream *st);

void zd_scan_stream_free(struct zd_scan_stream *st)
{
  if(!st)
    return;
  orphan_last(st);
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

uint64_t zd_scan_newlines(const char *p, size_t n)
{
  return newlines(p, n);
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

/* The finding of candidate 'c' of a window at stream offset 'base'. */
static void to_finding(const struct zd_cand *c, uint64_t base,
                       struct zd_scan_finding *f)
{
  f->type = c->type;
  f->start = base + c->start;
  f->end = base + c->end;
  f->confidence = c->conf;
  f->value_len = c->end - c->start;
  f->rule = c->rule;
  f->cue = c->cue;
  f->sample = c->sample;
  f->part = NULL;
  f->context_for = zd_ctx_word(c->why_for);
  f->context_against = zd_ctx_word(c->why_against);
  f->line = 0;
}

static int emit_stream(const struct zd_cand *c, void *ud)
{
  struct zd_scan_stream *st = ud;
  struct zd_scan_finding f;
  to_finding(c, st->base, &f);
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

/* ---- pooled streams: windows scanned on a pool's workers ---------------
 *
 * Window k (stream offset base = k * ZD_SCAN_CHUNK) is a job: its worker
 * scans it with scanners[worker], keeps the findings starting in its
 * middle part, then waits for window k-1 to publish two things, the
 * newlines before window k and the end of the last finding reported so
 * far, drops the findings that start before that end (as emit_stream
 * does), publishes its own, and only then passes its findings to the
 * sink: the wait is for the scan of the window before, never for its
 * output, so windows scan and format in parallel. The sink's close runs
 * in window order on the feeding thread (zd_pool). */

static pthread_mutex_t ledger_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ledger_cv = PTHREAD_COND_INITIALIZER;

struct win_job {
  struct win_job *prev;       /* the window before (freed after this) */
  struct zd_scanner *const *scanners;
  struct zd_scan_sink sink;
  void *wud;                  /* sink.open's state for this window */
  const char *data;           /* the window: 'owned', or a view */
  char *owned;
  size_t len, emit_lo, emit_hi;
  size_t chunk;               /* its bytes before the next window starts */
  uint64_t base;
  int final;
  /* the window's findings, window-relative, with their line numbers */
  struct zd_cand *c;
  uint64_t *line;
  size_t n, cap;
  zd_code rc;
  struct zd_error err;
  /* published under ledger_mu for the window after */
  int published;
  uint64_t nl_before;         /* newlines before 'base' */
  uint64_t nl_chunk;          /* newlines in [base, base + chunk) */
  uint64_t end_out;           /* end of the last finding reported */
  /* the feeding thread's: closed, and whether the stream let go of it */
  int closed, orphan;
};

static int collect_cand(const struct zd_cand *c, void *ud)
{
  struct win_job *j = ud;
  if(j->n == j->cap) {
    j->cap = j->cap ? 2 * j->cap : 64;
    j->c = zd_realloc(j->c, j->cap * sizeof(*j->c));
  }
  j->c[j->n++] = *c;
  return 0;
}

static void run_window(void *job, unsigned worker)
{
  struct win_job *j = job;
  uint64_t nl_before = 0, end_in = 0, end_out, cnt = 0;
  size_t pos = 0, first = 0, k;
  int stopped;
  zd_error_clear(&j->err);
  j->rc = zd_scan_window(j->scanners[worker], j->data, j->len, j->emit_lo,
                         j->emit_hi, collect_cand, j, &stopped, &j->err);
  if(j->rc)
    j->n = 0;
  if(j->prev) {
    pthread_mutex_lock(&ledger_mu);
    while(!j->prev->published)
      pthread_cond_wait(&ledger_cv, &ledger_mu);
    nl_before = j->prev->nl_before + j->prev->nl_chunk;
    end_in = j->prev->end_out;
    pthread_mutex_unlock(&ledger_mu);
  }
  while(first < j->n && j->base + j->c[first].start < end_in)
    first++;   /* reported, or overlapped, by the window before */
  end_out = first < j->n ? j->base + j->c[j->n - 1].end : end_in;
  j->line = zd_malloc((j->n ? j->n : 1) * sizeof(*j->line));
  /* line numbers of the findings in the chunk, then the chunk's count */
  for(k = first; k < j->n && j->c[k].start <= j->chunk; k++) {
    cnt += newlines(j->data + pos, j->c[k].start - pos);
    pos = j->c[k].start;
    j->line[k] = nl_before + cnt + 1;
  }
  cnt += newlines(j->data + pos, j->chunk - pos);
  pos = j->chunk;
  pthread_mutex_lock(&ledger_mu);
  j->nl_before = nl_before;
  j->nl_chunk = cnt;
  j->end_out = end_out;
  j->published = 1;
  pthread_cond_broadcast(&ledger_cv);
  pthread_mutex_unlock(&ledger_mu);
  for(; k < j->n; k++) {   /* past the chunk: in the next window's bytes */
    cnt += newlines(j->data + pos, j->c[k].start - pos);
    pos = j->c[k].start;
    j->line[k] = nl_before + cnt + 1;
  }
  for(k = first; k < j->n; k++) {
    const struct zd_cand *c = &j->c[k];
    struct zd_scan_finding f;
    to_finding(c, j->base, &f);
    f.line = j->line[k];
    (void)j->sink.cb(&f, j->data + c->start, j->wud);
  }
}

static void free_job(struct win_job *j)
{
  free(j->owned);
  free(j->c);
  free(j->line);
  free(j);
}

static void close_window(void *job)
{
  struct win_job *j = job;
  if(j->sink.close)
    j->sink.close(j->wud, j->base + j->chunk, j->rc, &j->err, j->sink.ud);
  if(j->prev)
    free_job(j->prev);   /* nothing reads it now: this window has run */
  j->prev = NULL;
  j->closed = 1;
  if(j->final || j->orphan)
    free_job(j);
}

/* The stream no longer links its newest window: it is freed when it
 * closes (or now, if it has). */
static void orphan_last(struct zd_scan_stream *st)
{
  if(!st->last)
    return;
  if(st->last->closed)
    free_job(st->last);
  else
    st->last->orphan = 1;
  st->last = NULL;
}

/* Submits the window 'win' (st->len bytes at st->base; 'owned' is freed
 * with the job) and moves the stream on as scan_view does. */
static void submit_window(struct zd_scan_stream *st, const char *win,
                          char *owned, int final, size_t *keep_from)
{
  struct win_job *j = zd_calloc(1, sizeof(*j));
  j->prev = st->last && !st->last->final ? st->last : NULL;
  if(st->last && !j->prev)
    orphan_last(st);
  j->scanners = st->scanners;
  j->sink = st->sink;
  j->wud = st->sink.open ? st->sink.open(st->sink.ud) : NULL;
  j->data = win;
  j->owned = owned;
  j->len = st->len;
  j->emit_lo = st->emit_from;
  j->emit_hi = final ? st->len : st->len - ZD_SCAN_OVERLAP;
  j->chunk = final ? st->len : j->emit_hi - ZD_SCAN_OVERLAP;
  j->base = st->base;
  j->final = final;
  st->last = final ? NULL : j;
  *keep_from = final ? 0 : j->chunk;
  if(!final) {
    st->base += j->chunk;
    st->emit_from = ZD_SCAN_OVERLAP;
  }
  zd_pool_submit(st->pool, j, run_window, close_window);
}

struct zd_scan_stream *zd_scan_stream_pooled(struct zd_pool *pool,
                                             struct zd_scanner *const *scanners,
                                             const struct zd_scan_sink *sink)
{
  struct zd_scan_stream *st = zd_scan_stream_new(scanners[0], NULL, NULL);
  st->pool = pool;
  st->scanners = scanners;
  st->sink = *sink;
  return st;
}

/* Scans the buffered window, and keeps its tail for the next one. */
static zd_code process(struct zd_scan_stream *st, int final,
                       struct zd_error *err)
{
  size_t keep_from;
  zd_code rc;
  if(st->pool) {
    /* the job takes the buffer; the tail is copied to a new one */
    char *next = zd_malloc(st->cap), *full = st->buf;
    size_t len = st->len;
    if(!final)   /* the next window repeats the tail: ZD_SCAN_CHUNK on */
      memcpy(next, full + ZD_SCAN_CHUNK, len - ZD_SCAN_CHUNK);
    submit_window(st, full, full, final, &keep_from);
    st->buf = next;
    st->len = final ? 0 : len - keep_from;
    return ZD_OK;
  }
  rc = scan_view(st, st->buf, final, &keep_from, err);
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
  st->finished = 1;
  for(;;) {
    size_t keep_from;
    int final = len - off <= st->cap;
    zd_code rc;
    st->len = final ? (size_t)(len - off) : st->cap;
    if(st->pool) {   /* 'passed' is the sink's close, in order */
      submit_window(st, data + off, NULL, final, &keep_from);
      rc = ZD_OK;
    }
    else
      rc = scan_view(st, data + off, final, &keep_from, err);
    if(rc || !keep_from) {
      st->len = 0;   /* nothing left for zd_scan_stream_finish */
      return rc;
    }
    off += keep_from;
    if(passed && !st->pool)
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
  if(st->finished)
    return ZD_OK;
  st->finished = 1;
  return process(st, 1, err);
}

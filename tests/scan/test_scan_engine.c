/* SPDX-License-Identifier: MIT
 * test_scan_engine.c — the scanner's behaviour as a library: exact byte
 * offsets (multi-byte UTF-8 included), streaming that loses nothing where
 * pieces and windows meet, HTML offsets mapped to the original, NDJSON
 * sources, very long lines, binary input, NUL bytes, empty input, the
 * threshold and type filters, and masking that never shows a value. */
#define _GNU_SOURCE   /* memrchr */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/limits.h"
#include "core/pool.h"
#include "scan/html.h"
#include "scan/ndjson.h"
#include "scan/scan.h"
#include "scan/scan_int.h"
#include "scan/scan_snap.h"
#include "snapshot/snapshot.h"

#include <hs/hs.h>

struct hit {
  zd_scan_type type;
  uint64_t start, end, line;
  const char *part;
  char value[128];
};

struct hits {
  struct hit v[4096];
  size_t n;
};

static int collect(const struct zd_scan_finding *f, const char *value,
                   void *ud)
{
  struct hits *h = ud;
  size_t n = f->value_len < 127 ? f->value_len : 127;
  assert_true(h->n < sizeof(h->v) / sizeof(h->v[0]));
  h->v[h->n].type = f->type;
  h->v[h->n].start = f->start;
  h->v[h->n].end = f->end;
  h->v[h->n].line = f->line;
  h->v[h->n].part = f->part;
  memcpy(h->v[h->n].value, value, n);
  h->v[h->n].value[n] = '\0';
  assert_true(f->confidence >= 0 && f->confidence <= 1);
  h->n++;
  return 0;
}

static struct zd_scanner *scanner(void)
{
  struct zd_scanner *s = NULL;
  struct zd_error err;
  assert_int_equal(zd_scanner_new(NULL, &s, &err), ZD_OK);
  return s;
}

static void scan(struct zd_scanner *s, const char *t, size_t n, struct hits *h)
{
  struct zd_error err;
  h->n = 0;
  assert_int_equal(zd_scan_buffer(s, t, n, collect, h, &err), ZD_OK);
}

/* The one finding of 'type' in 'h' covering exactly 'value' in 'text'. */
static void expect_at(const struct hits *h, const char *text, zd_scan_type t,
                      const char *value)
{
  const char *at = strstr(text, value);
  assert_non_null(at);
  for(size_t i = 0; i < h->n; i++)
    if(h->v[i].type == t && h->v[i].start == (uint64_t)(at - text) &&
       h->v[i].end == (uint64_t)(at - text) + strlen(value))
      return;
  fail_msg("no %s finding for '%s'", zd_scan_type_name(t), value);
}

static void test_offsets_utf8(void **state)
{
  struct zd_scanner *s = scanner();
  static struct hits h;
  const char *t = "Ünïcödé — 患者 SSN: 123-45-6788; e-mail: josé.díaz@example.org?"
                  " no: ana@example.org.";
  (void)state;
  scan(s, t, strlen(t), &h);
  expect_at(&h, t, ZD_SCAN_US_SSN, "123-45-6788");
  /* The address stops at the non-ASCII local part: "az@example.org". */
  expect_at(&h, t, ZD_SCAN_EMAIL_ADDRESS, "ana@example.org");
  for(size_t i = 0; i < h.n; i++)
    assert_memory_equal(t + h.v[i].start, h.v[i].value,
                        h.v[i].end - h.v[i].start);
  zd_scanner_free(s);
}

static void test_empty_nul_binary(void **state)
{
  struct zd_scanner *s = scanner();
  static struct hits h;
  static const char nul[] = "SSN\0 123-45-6788 and 123-45\0-6788";
  unsigned char *bin;
  uint32_t x = 12345;
  (void)state;
  scan(s, "", 0, &h);
  assert_int_equal(h.n, 0);
  scan(s, nul, sizeof(nul) - 1, &h);
  assert_int_equal(h.n, 1);
  assert_int_equal(h.v[0].type, ZD_SCAN_US_SSN);
  assert_int_equal(h.v[0].start, 5);
  /* 1 MiB of pseudo-random bytes with one card: no crash, card found. */
  bin = malloc(1 << 20);
  for(size_t i = 0; i < (1u << 20); i++) {
    x = x * 1103515245u + 12345u;
    bin[i] = (unsigned char)(x >> 16);
  }
  memcpy(bin + 500000, " card 4111 1111 1111 1111 \n", 27);
  scan(s, (const char *)bin, 1 << 20, &h);
  {
    int card = 0;
    for(size_t i = 0; i < h.n; i++)
      card |= h.v[i].type == ZD_SCAN_CREDIT_CARD && h.v[i].start == 500006;
    assert_true(card);
  }
  free(bin);
  zd_scanner_free(s);
}

/* Builds about 'n' bytes of help-desk filler with an identifier every
 * 'gap' bytes, then writes identifiers across every place where a stream
 * cuts windows (multiples of ZD_SCAN_CHUNK, and those plus one and two
 * ZD_SCAN_OVERLAP). */
static const char *const items[] = {
  "SSN 123-45-6788", "npi 1234567893", "call (415) 555-2671",
  "jane.doe@example.org", "card 4111111111111111", "MBI 1EG4TE5MK73",
  "DEA AB1234563", "born 03/14/1962",
  "token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
  "Dear Mr. Alan Grant,", "MRN: 0012345", "ip 10.20.30.40",
};
#define NITEMS (sizeof(items) / sizeof(items[0]))

static char *corpus(size_t n, size_t gap, size_t *olen)
{
  static const char filler[] = "Thanks for contacting support about your "
                               "order; our team will follow up shortly. ";
  char *t = malloc(n + 1);
  size_t len = 0, k = 0;
  while(len + gap + 128 < n) {
    const char *it = items[k++ % NITEMS];
    for(size_t f = 0; f < gap; f++)
      t[len++] = (f % 61 == 60) ? '\n' : filler[f % (sizeof(filler) - 1)];
    t[len++] = ' ';
    memcpy(t + len, it, strlen(it));
    len += strlen(it);
    t[len++] = ' ';
  }
  for(size_t b = ZD_SCAN_CHUNK; b + 256 < len; b += ZD_SCAN_CHUNK)
    for(size_t x = 0; x < 3; x++) {
      const char *it = items[(b / ZD_SCAN_CHUNK + x) % NITEMS];
      size_t il = strlen(it), at = b + x * ZD_SCAN_OVERLAP - il / 2;
      if(at + il + 2 >= len)
        continue;
      t[at - 1] = ' ';
      memcpy(t + at, it, il);
      t[at + il] = ' ';
    }
  *olen = len;
  return t;
}

/* 'part' (a streamed scan) has exactly the findings of 'whole' (one
 * buffer), and the right line numbers. */
static void expect_same(const struct hits *whole, const struct hits *part,
                        const char *t)
{
  uint64_t line = 1, at = 0;
  assert_int_equal(part->n, whole->n);
  for(size_t i = 0; i < whole->n; i++) {
    assert_int_equal(part->v[i].type, whole->v[i].type);
    assert_int_equal(part->v[i].start, whole->v[i].start);
    assert_int_equal(part->v[i].end, whole->v[i].end);
    assert_string_equal(part->v[i].value, whole->v[i].value);
    for(; at < part->v[i].start; at++)   /* every line number checked */
      line += t[at] == '\n';
    assert_int_equal(part->v[i].line, line);
  }
}

/* zd_scan_stream_whole's 'passed': offsets only grow, stay inside. */
struct passed {
  uint64_t last, len;
  unsigned calls;
};

static void on_passed(uint64_t upto, void *ud)
{
  struct passed *p = ud;
  assert_true(upto > p->last && upto < p->len);
  p->last = upto;
  p->calls++;
}

/* Feeds t[0, len) to 'st' in pieces of 'piece' bytes, through
 * zd_scan_stream_feed or (direct) written into zd_scan_stream_space()
 * and committed, as zdaudit scan reads files; then finishes it. */
static void feed(struct zd_scan_stream *st, const char *t, size_t len,
                 size_t piece, int direct)
{
  struct zd_error err;
  for(size_t off = 0; off < len; off += piece) {
    size_t n = len - off < piece ? len - off : piece;
    for(size_t done = 0; direct && done < n;) {
      size_t room, m;
      char *to = zd_scan_stream_space(st, &room);
      assert_true(room > 0);
      m = n - done < room ? n - done : room;
      memcpy(to, t + off + done, m);
      assert_int_equal(zd_scan_stream_commit(st, m, &err), ZD_OK);
      done += m;
    }
    if(!direct)
      assert_int_equal(zd_scan_stream_feed(st, t + off, n, &err), ZD_OK);
  }
  assert_int_equal(zd_scan_stream_finish(st, &err), ZD_OK);
}

/* Text over three windows with items across their edges, and its
 * findings scanned as one buffer. */
static char *stream_corpus(struct zd_scanner *s, struct hits *whole,
                           size_t *len)
{
  char *t = corpus(3 * ZD_SCAN_CHUNK + 12345, 997, len);
  scan(s, t, *len, whole);
  assert_true(whole->n > 3000);
  return t;
}

static void test_stream_matches_buffer(void **state)
{
  static const size_t pieces[] = {1 << 20, 65537, 4093, 1};
  struct zd_scanner *s = scanner();
  static struct hits whole, part;
  struct zd_error err;
  size_t len;
  char *t = stream_corpus(s, &whole, &len);
  (void)state;
  /* Fed as pieces, or (direct) written into zd_scan_stream_space() and
   * committed, as zdaudit scan reads files. */
  for(size_t q = 0; q < 2 * sizeof(pieces) / sizeof(pieces[0]); q++) {
    size_t p = q / 2;
    int direct = q % 2;
    struct zd_scan_stream *st = zd_scan_stream_new(s, collect, &part);
    part.n = 0;
    feed(st, t, len, pieces[p], direct);
    assert_int_equal(zd_scan_stream_bytes(st), len);
    zd_scan_stream_free(st);
    expect_same(&whole, &part, t);
  }
  /* In place, as a mapped file is scanned: the same, window by window. */
  {
    struct zd_scan_stream *st = zd_scan_stream_new(s, collect, &part);
    struct passed pd = {0, len, 0};
    part.n = 0;
    assert_int_equal(zd_scan_stream_whole(st, t, len, on_passed, &pd, &err),
                     ZD_OK);
    assert_int_equal(zd_scan_stream_finish(st, &err), ZD_OK);   /* no-op */
    assert_int_equal(zd_scan_stream_bytes(st), len);
    assert_true(pd.calls >= 2);
    zd_scan_stream_free(st);
    expect_same(&whole, &part, t);
  }
  free(t);
  zd_scanner_free(s);
}

/* Pooled streams (--jobs): each window's findings collected by its own
 * sink state on a worker, appended in window order by close. */
struct pooled {
  struct hits *all;
  uint64_t last_upto;
  unsigned windows, open;
};

static void *pooled_open(void *ud)
{
  struct pooled *p = ud;
  struct hits *h = calloc(1, sizeof(*h));
  assert_non_null(h);
  p->open++;
  return h;
}

static void pooled_close(void *wud, uint64_t upto, zd_code rc,
                         const struct zd_error *err, void *ud)
{
  struct pooled *p = ud;
  struct hits *h = wud;
  (void)err;
  assert_int_equal(rc, ZD_OK);
  assert_true(upto >= p->last_upto);
  p->last_upto = upto;
  assert_true(p->all->n + h->n <= sizeof(p->all->v) / sizeof(p->all->v[0]));
  memcpy(p->all->v + p->all->n, h->v, h->n * sizeof(h->v[0]));
  p->all->n += h->n;
  p->windows++;
  free(h);
}

static void test_pooled_stream(void **state)
{
  static const unsigned threads[] = {1, 2, 3, 8};
  struct zd_scanner *s = scanner();
  static struct hits whole, part;
  struct zd_error err;
  size_t len;
  char *t = stream_corpus(s, &whole, &len);
  (void)state;
  for(size_t q = 0; q < sizeof(threads) / sizeof(threads[0]); q++) {
    struct zd_pool *pool = zd_pool_new(threads[q], 0);
    unsigned nw = zd_pool_workers(pool);
    struct zd_scanner *sc[8];
    sc[0] = s;
    for(unsigned w = 1; w < nw; w++)
      assert_int_equal(zd_scanner_clone(s, &sc[w], &err), ZD_OK);
    for(int mode = 0; mode < 3; mode++) {
      struct pooled pd = {&part, 0, 0, 0};
      struct zd_scan_sink sink = {pooled_open, collect, pooled_close, &pd};
      struct zd_scan_stream *st = zd_scan_stream_pooled(pool, sc, &sink);
      part.n = 0;
      if(mode == 0) {   /* in place, as a mapped file */
        assert_int_equal(zd_scan_stream_whole(st, t, len, NULL, NULL, &err),
                         ZD_OK);
        assert_int_equal(zd_scan_stream_finish(st, &err), ZD_OK);
      }
      else   /* fed in odd pieces, or written into the window */
        feed(st, t, len, mode == 1 ? 70001 : 65536, mode == 2);
      assert_int_equal(zd_scan_stream_bytes(st), len);
      zd_scan_stream_free(st);   /* before its last windows close */
      zd_pool_drain(pool);
      assert_int_equal(pd.windows, pd.open);
      assert_true(pd.windows >= 3);
      expect_same(&whole, &part, t);
    }
    zd_pool_free(pool);
    for(unsigned w = 1; w < nw; w++)
      zd_scanner_free(sc[w]);
  }
  free(t);
  zd_scanner_free(s);
}

/* A window is scanned in blocks of ZD_SCAN_BLOCK bytes (Vectorscan and
 * the digit loop in turn): every item, cut by a block's start at each of
 * its bytes, is found as it is on its own. */
static void test_block_edges(void **state)
{
  static struct hits alone, cut;
  enum { PAD = 200 };
  struct zd_scanner *s = scanner();
  size_t cap = ZD_SCAN_BLOCK + 4 * PAD, len;
  char *t = malloc(cap), *w = malloc(cap);
  (void)state;
  for(size_t k = 0; k < NITEMS; k++) {
    size_t il = strlen(items[k]), wl = PAD + il + PAD;
    /* The item with filler on both sides, scanned alone. */
    for(size_t i = 0; i < wl; i++)
      w[i] = "Your request was received. "[i % 27];
    w[PAD - 1] = ' ';
    memcpy(w + PAD, items[k], il);
    w[PAD + il] = ' ';
    scan(s, w, wl, &alone);
    assert_true(alone.n > 0);
    for(size_t at = 1; at <= il; at++) {   /* block edge 'at' bytes in */
      size_t off = ZD_SCAN_BLOCK - PAD - at;
      memset(t, 'x', off);
      for(size_t i = 0; i < off; i += 64)
        t[i] = '\n';
      memcpy(t + off, w, wl);
      len = off + wl;
      scan(s, t, len, &cut);
      assert_int_equal(cut.n, alone.n);
      for(size_t i = 0; i < alone.n; i++) {
        assert_int_equal(cut.v[i].type, alone.v[i].type);
        assert_int_equal(cut.v[i].start, alone.v[i].start + off);
        assert_int_equal(cut.v[i].end, alone.v[i].end + off);
      }
    }
  }
  free(t);
  free(w);
  zd_scanner_free(s);
}

static void test_long_line(void **state)
{
  struct zd_scanner *s = scanner();
  static struct hits h;
  struct zd_error err;
  size_t n = 3 * ZD_SCAN_CHUNK;
  char *t = malloc(n);
  struct zd_scan_stream *st;
  (void)state;
  memset(t, 'a', n);
  for(size_t i = 7; i < n; i += 8)
    t[i] = ' ';
  memcpy(t + n - 100, " SSN 123-45-6788 ", 17);
  st = zd_scan_stream_new(s, collect, &h);
  h.n = 0;
  assert_int_equal(zd_scan_stream_feed(st, t, n, &err), ZD_OK);
  assert_int_equal(zd_scan_stream_finish(st, &err), ZD_OK);
  zd_scan_stream_free(st);
  assert_int_equal(h.n, 1);
  assert_int_equal(h.v[0].start, n - 95);
  assert_int_equal(h.v[0].line, 1);
  free(t);
  zd_scanner_free(s);
}

/* Resolution sorts the candidates by start (scanner.c, sort_by_start):
 * within each block the trigger pass, the digit pass and the name pass
 * add theirs out of order. Many of each, over several blocks: the
 * findings come sorted by start, and every repetition of the same
 * sentence gives the same findings at its own offset. */
static void test_findings_in_order(void **state)
{
  static const char one[] =
    "Dear Anna Smith, call 212-555-0187 or mail ana.ruiz@example.org; "
    "SSN 123-45-6788, seen by Dr. Lee on 03/14/1962.\n";
  enum { REPS = 3000 };
  static struct hits first, h;
  struct zd_scanner *s = scanner();
  size_t ol = strlen(one), per;
  char *t = malloc(ol * REPS);
  (void)state;
  scan(s, one, ol, &first);
  per = first.n;
  assert_true(per >= 4);
  for(size_t k = 0; k < REPS; k++)
    memcpy(t + k * ol, one, ol);
  h.n = 0;
  {
    struct zd_error err;
    size_t n = ol * (sizeof(h.v) / sizeof(h.v[0]) / per);   /* what fits */
    assert_int_equal(zd_scan_buffer(s, t, n, collect, &h, &err), ZD_OK);
    assert_int_equal(h.n, per * (n / ol));
    assert_true(n > ZD_SCAN_BLOCK);
  }
  for(size_t i = 0; i < h.n; i++) {
    const struct hit *a = &first.v[i % per];
    if(i > 0)
      assert_true(h.v[i].start > h.v[i - 1].start ||
                  (h.v[i].start == h.v[i - 1].start &&
                   h.v[i].end >= h.v[i - 1].end));
    assert_int_equal(h.v[i].type, a->type);
    assert_int_equal(h.v[i].start, a->start + (i / per) * ol);
    assert_int_equal(h.v[i].end, a->end + (i / per) * ol);
  }
  free(t);
  zd_scanner_free(s);
}

/* "ab<NAME>cd" stripped gives 'want'. */
static void expect_stripped(const char *name, const char *want)
{
  struct zd_error err;
  struct zd_html_text txt;
  char html[64];
  snprintf(html, sizeof(html), "ab<%s>cd", name);
  assert_int_equal(zd_html_strip(html, strlen(html), &txt, &err), ZD_OK);
  if(strcmp(txt.text, want))
    fail_msg("<%s> gave '%s'", name, txt.text);
  zd_html_text_free(&txt);
}

/* Every block element breaks the text, in any case; inline and unknown
 * elements, and names that only begin or end like a block element's, do
 * not (html.c, block_tag). */
static void test_html_block_tags(void **state)
{
  static const char *const block[] = {"p", "div", "br", "li", "ul", "ol",
    "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer",
    "dd", "dt", "dl", "title", "option", "address", "figure", "figcaption",
    "main", "nav", "aside", "form", "tbody", "thead", "caption", "summary",
    "details", "P", "DIV", "BlockQuote", "FigCaption", NULL};
  static const char *const not_block[] = {"b", "span", "a", "em", "code",
    "h7", "pp", "divs", "bloc", "blockquotes", "x-p", "my:div", "sectio",
    NULL};
  (void)state;
  for(int k = 0; block[k]; k++)
    expect_stripped(block[k], "ab\ncd");
  for(int k = 0; not_block[k]; k++)
    expect_stripped(not_block[k], "abcd");
}

static void test_html_offsets(void **state)
{
  struct zd_scanner *s = scanner();
  static struct hits h;
  struct zd_error err;
  struct zd_html_text txt;
  const char *html = "<html><head><style>p{color:#123-45-6788}</style>"
                     "<script>var ssn='219-09-9998';</script></head><body>"
                     "<p>Patient&nbsp;SSN: 123-<b>45</b>-6788</p><!-- 078-05-1121 -->"
                     "<a href=\"mailto:jane&#46;doe@example.org\">mail</a>"
                     "<img alt=\"MRN: 0012345\"></body>";
  const char *ssn = strstr(html, "123-<b>");
  const char *mail = strstr(html, "jane&#46;");
  (void)state;
  assert_int_equal(zd_html_strip(html, strlen(html), &txt, &err), ZD_OK);
  assert_non_null(strstr(txt.text, "219-09"));   /* script: page source */
  assert_non_null(strstr(txt.text, "078-05"));   /* comment: page source */
  assert_null(strstr(txt.text, "color"));    /* style skipped */
  assert_non_null(strstr(txt.text, "Patient SSN: 123-45-6788"));
  zd_html_text_free(&txt);
  h.n = 0;
  assert_int_equal(zd_scan_html(s, html, strlen(html), collect, &h, &err),
                   ZD_OK);
  assert_int_equal(h.n, 5);
  assert_int_equal(h.v[0].type, ZD_SCAN_US_SSN);   /* in the script */
  assert_int_equal(h.v[0].start, (uint64_t)(strstr(html, "219-09") - html));
  assert_int_equal(h.v[1].type, ZD_SCAN_US_SSN);
  assert_int_equal(h.v[1].start, (uint64_t)(ssn - html));
  assert_int_equal(h.v[1].end, (uint64_t)(ssn - html) + strlen("123-<b>45</b>-6788"));
  assert_string_equal(h.v[1].value, "123-45-6788");   /* decoded text */
  assert_int_equal(h.v[2].type, ZD_SCAN_US_SSN);   /* in the comment */
  assert_int_equal(h.v[2].start, (uint64_t)(strstr(html, "078-05") - html));
  assert_int_equal(h.v[3].type, ZD_SCAN_EMAIL_ADDRESS);
  assert_int_equal(h.v[3].start, (uint64_t)(mail - html));
  assert_int_equal(h.v[3].end, (uint64_t)(mail - html) +
                               strlen("jane&#46;doe@example.org"));
  assert_int_equal(h.v[4].type, ZD_SCAN_MEDICAL_RECORD_NUMBER);
  /* Malformed HTML: no crash, text still found. */
  h.n = 0;
  assert_int_equal(zd_scan_html(s, "<p>SSN 123-45-6788 <b", 21, collect, &h,
                                &err), ZD_OK);
  assert_int_equal(h.n, 1);
  assert_int_equal(zd_scan_html(s, "<", 1, collect, &h, &err), ZD_OK);
  /* Text maps to the HTML in order, attribute text included (found by
   * fuzz_html: a block tag's line break was mapped after its title). */
  {
    const char *a = "<p title=\"x y\">ab</p><div alt=q>c";
    size_t last = 0;
    assert_int_equal(zd_html_strip(a, strlen(a), &txt, &err), ZD_OK);
    for(size_t i = 0; i < txt.len; i++) {
      size_t from, to;
      zd_html_src(&txt, i, &from, &to);
      assert_true(from >= last);
      assert_true(to <= strlen(a));
      last = from;
    }
    zd_html_text_free(&txt);
  }
  assert_int_equal(zd_scan_html(s, "&#x110000;&#0;&", 15, collect, &h, &err),
                   ZD_OK);
  zd_scanner_free(s);
}

struct nj_hit {
  uint64_t start, end, line;
  char id[32], field[64];
  zd_scan_type type;
};

static int on_nj(const struct zd_scan_finding *f, const char *value,
                 const struct zd_ndjson_source *src, void *ud)
{
  struct nj_hit *h = ud;
  size_t n = 0;
  (void)value;
  while(h[n].line)
    n++;
  h[n].start = f->start;
  h[n].end = f->end;
  h[n].line = src->line;
  h[n].type = f->type;
  snprintf(h[n].id, sizeof(h[n].id), "%s", src->id ? src->id : "");
  snprintf(h[n].field, sizeof(h[n].field), "%s", src->field ? src->field : "");
  return 0;
}

struct nj_count {
  size_t n, wrong;
};

static int on_nj_count(const struct zd_scan_finding *f, const char *value,
                       const struct zd_ndjson_source *src, void *ud)
{
  struct nj_count *c = ud;
  char want[64];
  (void)value;
  snprintf(want, sizeof(want), "comments[%zu].body", c->n);
  if(f->type != ZD_SCAN_US_SSN || !src->field || strcmp(src->field, want) ||
     !src->id || strcmp(src->id, "7"))
    c->wrong++;
  c->n++;
  return 0;
}

/* Lexer work for one line of 'comments' comments, each with an SSN, the
 * id after them all (so finding it needs the whole line). */
static uint64_t ndjson_line_work(struct zd_scanner *s, size_t comments,
                                 size_t *bytes, struct nj_count *c)
{
  static const char one[] = "{\"body\": \"Patient SSN 123-45-6788 called\"}";
  size_t cap = 64 + comments * (sizeof(one) + 2), n = 0;
  char *line = malloc(cap);
  struct zd_ndjson *nj = zd_ndjson_new(s, on_nj_count, c);
  struct zd_error err;
  uint64_t work;
  assert_non_null(line);
  n += (size_t)snprintf(line + n, cap - n, "{\"comments\": [");
  for(size_t i = 0; i < comments; i++)
    n += (size_t)snprintf(line + n, cap - n, "%s%s", i ? ", " : "", one);
  n += (size_t)snprintf(line + n, cap - n, "], \"id\": 7}\n");
  for(size_t off = 0; off < n; off += 65536)
    assert_int_equal(zd_ndjson_feed(nj, line + off, n - off < 65536 ? n - off
                                                                    : 65536,
                                    &err), ZD_OK);
  assert_int_equal(zd_ndjson_finish(nj, &err), ZD_OK);
  work = zd_ndjson_work(nj);
  zd_ndjson_free(nj);
  free(line);
  *bytes = n;
  return work;
}

/* Issue #12: attributing findings to their field is linear in the line's
 * length. Counted, not timed: the bytes the lexer goes through stay
 * within a few times the line whether it has 1, 100 or 10,000 findings
 * (re-lexing the line for each finding made it ~15,000 times the line at
 * 10,000), and every finding still names its own field and the id. */
/* An export cut into pieces where one walker would end a batch (after
 * each ZD_SCAN_CHUNK added, at the last line break), each piece scanned
 * by zd_ndjson_lines on a reused walker with its origin, gives what one
 * walker fed the whole export gives (scan --jobs reads NDJSON so). */
struct nj_list {
  struct nj_hit *v;
  size_t n, cap;
};

static int on_nj_list(const struct zd_scan_finding *f, const char *value,
                      const struct zd_ndjson_source *src, void *ud)
{
  struct nj_list *l = ud;
  struct nj_hit *h;
  (void)value;
  if(l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 1024;
    l->v = realloc(l->v, l->cap * sizeof(*l->v));
    assert_non_null(l->v);
  }
  h = &l->v[l->n++];
  h->start = f->start;
  h->end = f->end;
  h->line = src->line;
  h->type = f->type;
  snprintf(h->id, sizeof(h->id), "%s", src->id ? src->id : "");
  snprintf(h->field, sizeof(h->field), "%s", src->field ? src->field : "");
  return 0;
}

static void test_ndjson_pieces(void **state)
{
  struct zd_scanner *s = scanner();
  struct zd_error err;
  struct nj_list one = {NULL, 0, 0}, cut = {NULL, 0, 0};
  size_t cap = 5 * ZD_SCAN_CHUNK, len = 0, pieces = 0;
  char *in = malloc(cap);
  struct zd_ndjson *nj;
  uint64_t bad;
  (void)state;
  assert_non_null(in);
  /* lines of one comment, a line longer than a chunk, lines that are not
   * JSON, and no line break at the end */
  for(unsigned i = 0; len + 2 * ZD_SCAN_CHUNK < cap; i++) {
    if(i == 3000) {   /* ~1.3 MiB: one line across reads */
      len += (size_t)snprintf(in + len, cap - len, "{\"comments\": [");
      for(unsigned k = 0; k < 30000; k++)
        len += (size_t)snprintf(in + len, cap - len,
                                "%s{\"body\": \"SSN 219-09-%04u\"}",
                                k ? ", " : "", k % 10000);
      len += (size_t)snprintf(in + len, cap - len, "], \"id\": 7}\n");
    }
    else if(i % 97 == 0)
      len += (size_t)snprintf(in + len, cap - len,
                              "not json: call (415) 555-%04u\n", i % 10000);
    else
      len += (size_t)snprintf(in + len, cap - len,
                              "{\"id\": %u, \"comments\": [{\"body\": \"Dear "
                              "Anna Smith, SSN 123-45-%04u, jo%u@example.org,"
                              " filler filler filler\"}]}\n",
                              i, 1000 + i % 9000, i);
  }
  len += (size_t)snprintf(in + len, cap - len,
                          "{\"id\": \"last\", \"body\": \"MRN: 1234567\"}");
  /* one walker, fed a chunk at a time as zdaudit read files before */
  nj = zd_ndjson_new(s, on_nj_list, &one);
  for(size_t off = 0; off < len; off += ZD_SCAN_CHUNK)
    assert_int_equal(zd_ndjson_feed(nj, in + off, len - off < ZD_SCAN_CHUNK ?
                                    len - off : ZD_SCAN_CHUNK, &err), ZD_OK);
  assert_int_equal(zd_ndjson_finish(nj, &err), ZD_OK);
  bad = zd_ndjson_bad_lines(nj);
  zd_ndjson_free(nj);
  assert_true(one.n > 20000 && bad > 10);
  /* cut as read_ndjson in cmd_scan.c cuts, pieces on one reused walker */
  nj = zd_ndjson_new(s, on_nj_list, NULL);
  zd_ndjson_set_ud(nj, &cut);
  {
    size_t from = 0, have = 0, nl_free = 0;
    uint64_t line = 1;
    for(size_t off = 0; off < len;) {
      size_t n = len - off < ZD_SCAN_CHUNK ? len - off : ZD_SCAN_CHUNK;
      const char *last;
      off += n;
      have += n;
      if(have < ZD_SCAN_CHUNK)
        continue;
      last = memrchr(in + from + nl_free, '\n', have - nl_free);
      nl_free = have;
      if(last) {
        size_t c = (size_t)(last - (in + from)) + 1;
        zd_ndjson_origin(nj, from, line);
        assert_int_equal(zd_ndjson_lines(nj, in + from, c, &err), ZD_OK);
        line += zd_scan_newlines(in + from, c);
        from += c;
        have -= c;
        nl_free = have;
        pieces++;
      }
    }
    zd_ndjson_origin(nj, from, line);
    assert_int_equal(zd_ndjson_lines(nj, in + from, len - from, &err), ZD_OK);
  }
  assert_int_equal(zd_ndjson_bad_lines(nj), bad);
  zd_ndjson_free(nj);
  assert_true(pieces >= 3);
  assert_int_equal(cut.n, one.n);
  for(size_t i = 0; i < one.n; i++) {
    assert_int_equal(cut.v[i].type, one.v[i].type);
    assert_int_equal(cut.v[i].start, one.v[i].start);
    assert_int_equal(cut.v[i].end, one.v[i].end);
    assert_int_equal(cut.v[i].line, one.v[i].line);
    assert_string_equal(cut.v[i].id, one.v[i].id);
    assert_string_equal(cut.v[i].field, one.v[i].field);
  }
  free(one.v);
  free(cut.v);
  free(in);
  zd_scanner_free(s);
}

/* zd_scan_snapshot_pooled (scan --jobs) on 1, 2 and 5 threads reports
 * what zd_scan_snapshot reports, in the same order, for the clinic. */
struct snap_list {
  char (*v)[160];
  size_t n, cap;
};

static void on_snap_text(struct snap_list *l, const char *text)
{
  if(l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 256;
    l->v = realloc(l->v, l->cap * sizeof(*l->v));
    assert_non_null(l->v);
  }
  snprintf(l->v[l->n++], sizeof(l->v[0]), "%s", text);
}

static int on_snap(const struct zd_scan_finding *f, const char *value,
                   const struct zd_snap_source *src, void *ud)
{
  char text[160];
  (void)value;
  snprintf(text, sizeof(text), "%s %ld %s %d %llu %llu", src->endpoint,
           src->index, src->field, (int)f->type, (unsigned long long)f->start,
           (unsigned long long)f->end);
  on_snap_text(ud, text);
  return 0;
}

static void *snap_open(void *ud)
{
  (void)ud;
  return calloc(1, sizeof(struct snap_list));
}

static void snap_close(void *wud, int ok, void *ud)
{
  struct snap_list *part = wud, *all = ud;
  assert_true(ok);
  for(size_t i = 0; i < part->n; i++)
    on_snap_text(all, part->v[i]);
  free(part->v);
  free(part);
}

static void test_snapshot_pooled(void **state)
{
  static const unsigned threads[] = {1, 2, 5};
  struct zd_scanner *s = scanner();
  struct zd_snapshot *snap = NULL;
  struct snap_list one = {NULL, 0, 0};
  struct zd_error err;
  uint64_t b1 = 0;
  (void)state;
  assert_int_equal(zd_snapshot_load(ZD_EXAMPLES "/clinic", &snap, &err), ZD_OK);
  assert_int_equal(zd_scan_snapshot(s, snap, on_snap, &one, &b1, &err), ZD_OK);
  assert_true(one.n > 5);
  for(size_t t = 0; t < sizeof(threads) / sizeof(threads[0]); t++) {
    struct zd_pool *pool = zd_pool_new(threads[t], 0);
    struct zd_scanner *sc[5] = {s};
    struct snap_list all = {NULL, 0, 0};
    struct zd_snap_sink sink = {snap_open, on_snap, snap_close, &all};
    uint64_t b = 0;
    for(unsigned w = 1; w < zd_pool_workers(pool); w++)
      assert_int_equal(zd_scanner_clone(s, &sc[w], &err), ZD_OK);
    assert_int_equal(zd_scan_snapshot_pooled(pool, sc, snap, &sink, &b, &err),
                     ZD_OK);
    assert_int_equal(b, b1);
    assert_int_equal(all.n, one.n);
    for(size_t i = 0; i < one.n; i++)
      assert_string_equal(all.v[i], one.v[i]);
    zd_pool_free(pool);
    for(unsigned w = 1; w < 5; w++)
      zd_scanner_free(sc[w]);   /* NULL for the workers there were not */
    free(all.v);
  }
  free(one.v);
  zd_snapshot_free(snap);
  zd_scanner_free(s);
}

static void test_ndjson_long_line_linear(void **state)
{
  struct zd_scanner *s = scanner();
  static const size_t sizes[] = {1, 100, 10000};
  (void)state;
  for(size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
    struct nj_count c = {0, 0};
    size_t bytes;
    uint64_t work = ndjson_line_work(s, sizes[k], &bytes, &c);
    assert_int_equal(c.n, sizes[k]);
    assert_int_equal(c.wrong, 0);
    if(work > 3 * (uint64_t)bytes)
      fail_msg("%zu findings: %llu bytes lexed for a line of %zu", sizes[k],
               (unsigned long long)work, bytes);
  }
  zd_scanner_free(s);
}

/* Issue #11 item 14: what a reader does not see but the page source shows
 * (comments, scripts, CDATA, data-* attributes, input values) is scanned,
 * each finding at its place in the HTML and naming its part; visible text
 * names none, and style sheets stay skipped. */
static void test_html_page_source(void **state)
{
  struct zd_scanner *s = scanner();
  static struct hits h;
  struct zd_error err;
  static const struct {
    const char *html, *value, *part;
  } cases[] = {
    {"<p>Hello</p><!-- SSN 123-45-6788 --><p>bye</p>", "123-45-6788", "comment"},
    {"<p>x</p><!--SSN 123-45-6788", "123-45-6788", "comment"},   /* unclosed */
    {"<script type=\"text/javascript\">var s = 'SSN 123-45-6788';</script>",
     "123-45-6788", "script"},
    {"<SCRIPT>ssn=\"123-45-6788\"</SCRIPT><p>after</p>", "123-45-6788", "script"},
    {"<svg><![CDATA[ x > y; SSN 123-45-6788 ]]></svg>", "123-45-6788", "cdata"},
    {"<div data-patient-ssn=\"SSN 123-45-6788\">x</div>", "123-45-6788",
     "data-attribute"},
    {"<span DATA-mrn='MRN: 00123456'></span>", "00123456", "data-attribute"},
    {"<input type=\"hidden\" name=\"ssn\" value=\"SSN 123-45-6788\">",
     "123-45-6788", "input-value"},
    {"<p>Patient SSN: 123-45-6788</p>", "123-45-6788", NULL},
    {"<a title=\"SSN 123-45-6788\">x</a>", "123-45-6788", NULL},
  };
  (void)state;
  for(size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
    const char *html = cases[c].html, *at = strstr(html, cases[c].value);
    size_t i;
    h.n = 0;
    assert_int_equal(zd_scan_html(s, html, strlen(html), collect, &h, &err),
                     ZD_OK);
    for(i = 0; i < h.n; i++)
      if(h.v[i].start == (uint64_t)(at - html) &&
         h.v[i].end == (uint64_t)(at - html) + strlen(cases[c].value))
        break;
    if(i == h.n)
      fail_msg("case %zu: no finding at '%s'", c, cases[c].value);
    if(cases[c].part)
      assert_string_equal(h.v[i].part, cases[c].part);
    else
      assert_null(h.v[i].part);
  }
  /* a style sheet is not scanned; nor the value of a non-input element */
  h.n = 0;
  assert_int_equal(zd_scan_html(s, "<style>/* SSN 123-45-6788 */</style>"
                                   "<li value=\"123-45-6788\">a</li>", 66,
                                collect, &h, &err), ZD_OK);
  assert_int_equal(h.n, 0);
  /* page-source words never join the text around them */
  {
    struct zd_html_text txt;
    const char *a = "ab<!--cd-->ef<script>gh</script>ij";
    assert_int_equal(zd_html_strip(a, strlen(a), &txt, &err), ZD_OK);
    assert_string_equal(txt.text, "ab\ncd\nef\ngh\nij");
    assert_int_equal(zd_html_part(&txt, 3), ZD_HTML_COMMENT);
    assert_int_equal(zd_html_part(&txt, 0), ZD_HTML_TEXT);
    assert_int_equal(zd_html_part(&txt, 10), ZD_HTML_SCRIPT);
    zd_html_text_free(&txt);
  }
  zd_scanner_free(s);
}

static void test_ndjson(void **state)
{
  struct zd_scanner *s = scanner();
  struct nj_hit h[16];
  struct zd_error err;
  struct zd_ndjson *nj;
  const char *in =
    "{\"id\": 41, \"subject\": \"hello\"}\n"
    "{\"subject\": \"refill\", \"comments\": [{\"body\": \"ok\"}, "
    "{\"body\": \"Patient \\\"SSN\\\": 123-45-6788\\nthanks\"}], \"id\": 42}\n"
    "{\"id\": \"abc\", \"ssn\": \"123456788\"}\n"
    "not json, but jane@example.org\n";
  const char *ssn = strstr(in, "123-45-6788");
  (void)state;
  memset(h, 0, sizeof(h));
  nj = zd_ndjson_new(s, on_nj, h);
  /* Fed in awkward pieces. */
  for(size_t off = 0; off < strlen(in); off += 5) {
    size_t n = strlen(in) - off < 5 ? strlen(in) - off : 5;
    assert_int_equal(zd_ndjson_feed(nj, in + off, n, &err), ZD_OK);
  }
  assert_int_equal(zd_ndjson_finish(nj, &err), ZD_OK);
  assert_int_equal(zd_ndjson_bad_lines(nj), 1);
  zd_ndjson_free(nj);
  assert_int_equal(h[0].type, ZD_SCAN_US_SSN);
  assert_int_equal(h[0].start, (uint64_t)(ssn - in));
  assert_int_equal(h[0].end, (uint64_t)(ssn - in) + 11);
  assert_int_equal(h[0].line, 2);
  assert_string_equal(h[0].id, "42");
  assert_string_equal(h[0].field, "comments[1].body");
  /* The key "ssn" is the context that makes nine bare digits an SSN. */
  assert_int_equal(h[1].type, ZD_SCAN_US_SSN);
  assert_string_equal(h[1].id, "\"abc\"");
  assert_string_equal(h[1].field, "ssn");
  assert_int_equal(h[2].type, ZD_SCAN_EMAIL_ADDRESS);
  assert_int_equal(h[2].line, 4);
  assert_int_equal(h[3].line, 0);
  zd_scanner_free(s);
}

static int on_nj_field(const struct zd_scan_finding *f, const char *value,
                       const struct zd_ndjson_source *src, void *ud)
{
  char *field = ud;
  (void)f;
  (void)value;
  if(!field[0])
    snprintf(field, 600, "%s", src->field ? src->field : "");
  return 0;
}

/* A finding's JSON path: array indexes in brackets, keys joined by dots,
 * each key cut at 128 bytes and the whole at 511 (ndjson.c, path_of). */
static void test_ndjson_long_path(void **state)
{
  struct zd_scanner *s = scanner();
  struct zd_error err;
  struct zd_ndjson *nj;
  char key[201], line[2048], want[1024], field[600] = "";
  size_t n;
  (void)state;
  memset(key, 'k', 200);
  key[200] = '\0';
  n = (size_t)snprintf(line, sizeof(line),
                       "{\"id\": 7, \"a\": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "
                       "{\"%s\": {\"%s\": {\"%s\": {\"%s\": "
                       "{\"ssn\": \"123-45-6788\"}}}}}]}\n",
                       key, key, key, key);
  nj = zd_ndjson_new(s, on_nj_field, field);
  assert_int_equal(zd_ndjson_feed(nj, line, n, &err), ZD_OK);
  assert_int_equal(zd_ndjson_finish(nj, &err), ZD_OK);
  zd_ndjson_free(nj);
  snprintf(want, sizeof(want), "a[11].%.128s.%.128s.%.128s.%.128s.ssn", key,
           key, key, key);
  want[511] = '\0';
  assert_int_equal(strlen(field), 511);
  assert_string_equal(field, want);
  zd_scanner_free(s);
}

static void test_filters_and_names(void **state)
{
  struct zd_scanner *s = NULL;
  struct zd_scan_opts o = {0.96, 1u << ZD_SCAN_US_SSN, 0};
  struct zd_error err;
  static struct hits h;
  const char *t = "SSN 123-45-6788, ssn: 234-56-7890, npi 1234567893";
  zd_scan_type back;
  (void)state;
  for(int i = 0; i < ZD_SCAN_TYPE_COUNT; i++) {
    assert_non_null(zd_scan_type_name((zd_scan_type)i));
    assert_int_equal(zd_scan_type_parse(zd_scan_type_name((zd_scan_type)i),
                                        &back), 0);
    assert_int_equal(back, i);
  }
  assert_null(zd_scan_type_name(ZD_SCAN_TYPE_COUNT));
  assert_int_equal(zd_scan_type_parse("us_ssn", &back), 0);
  assert_int_equal(zd_scan_type_parse("SSN", &back), -1);
  o.threshold = 0.5;
  assert_int_equal(zd_scanner_new(&o, &s, &err), ZD_OK);
  scan(s, t, strlen(t), &h);
  assert_int_equal(h.n, 2);                  /* no NPI: filtered */
  zd_scanner_free(s);
  o.threshold = 1.0;
  o.types = 0;
  assert_int_equal(zd_scanner_new(&o, &s, &err), ZD_OK);
  scan(s, "call (415) 555-2671", 19, &h);
  assert_int_equal(h.n, 0);                  /* 0.7 < 1.0 */
  zd_scanner_free(s);
}

static void test_masking(void **state)
{
  static const struct {
    zd_scan_type t;
    const char *value, *masked;
  } cases[] = {
    {ZD_SCAN_US_SSN, "123-45-6789", "***-**-6789"},
    {ZD_SCAN_CREDIT_CARD, "4111 1111 1111 1111", "**** **** **** 1111"},
    {ZD_SCAN_PHONE_NUMBER, "(415) 555-2671", "(***) ***-2671"},
    {ZD_SCAN_EMAIL_ADDRESS, "jane.doe@example.org", "j***@***.org"},
    {ZD_SCAN_US_ZIP_CODE, "94105-1234", "941**-****"},
    {ZD_SCAN_DATE, "03/14/1962", "**/**/1962"},
    {ZD_SCAN_PERSON_NAME, "Jane Doe", "J*** D**"},
    {ZD_SCAN_JWT, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc", "eyJ****"},
    {ZD_SCAN_GENERIC_SECRET, "hunter2!x", "********"},
    {ZD_SCAN_ZENDESK_API_TOKEN, "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv",
     "********"},
    {ZD_SCAN_PRIVATE_KEY, "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIB\n-----END EC PRIVATE KEY-----",
     "-----BEGIN EC PRIVATE KEY-----****"},
    /* In a JSON string (a service-account file) no line break ends the
     * armour line: the mask still stops at its closing dashes. */
    {ZD_SCAN_PRIVATE_KEY, "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0B\\n-----END PRIVATE KEY-----",
     "-----BEGIN PRIVATE KEY-----****"},
    {ZD_SCAN_URL, "https://portal.example.com/r?mrn=12345", "https://***.com/***"},
    {ZD_SCAN_US_MBI, "1EG4-TE5-MK73", "****-***-MK73"},
  };
  char out[ZD_SCAN_MASK_SIZE], tiny[4];
  char longv[400];
  (void)state;
  for(size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    zd_scan_mask(cases[i].t, cases[i].value, strlen(cases[i].value), out,
                 sizeof(out));
    assert_string_equal(out, cases[i].masked);
    assert_null(strstr(out, cases[i].value));
  }
  memset(longv, '7', sizeof(longv));
  zd_scan_mask(ZD_SCAN_US_SSN, longv, sizeof(longv), out, sizeof(out));
  assert_true(strlen(out) < sizeof(out));
  zd_scan_mask(ZD_SCAN_US_SSN, "123-45-6789", 11, tiny, sizeof(tiny));
  assert_true(strlen(tiny) < sizeof(tiny));
}

/* The database compiled in at build time (tools/scandb.c) is exactly
 * what patterns.def compiles to now; a blob Vectorscan refuses (another
 * CPU or version: here junk and a truncated copy) falls back to
 * compiling, and to the same database. */
static void same_as_builtin(hs_database_t *db)
{
  char *bytes = NULL;
  size_t len = 0;
  assert_non_null(db);
  assert_int_equal(hs_serialize_database(db, &bytes, &len), HS_SUCCESS);
  assert_int_equal(len, zd_scan_db_len);
  assert_memory_equal(bytes, zd_scan_db, len);
  free(bytes);
  hs_free_database(db);
}

static void test_builtin_database(void **state)
{
  unsigned char junk[256];
  hs_database_t *db = NULL;
  struct zd_error err;
  (void)state;
  assert_true(zd_scan_db_len > 1024);
  assert_int_equal(zd_scan_compile(&db, &err), ZD_OK);
  same_as_builtin(db);
  memset(junk, 0xdb, sizeof(junk));
  assert_int_equal(zd_scan_load_db(junk, sizeof(junk), &db, &err), ZD_OK);
  same_as_builtin(db);
  assert_int_equal(zd_scan_load_db(zd_scan_db, zd_scan_db_len / 2, &db, &err),
                   ZD_OK);
  same_as_builtin(db);
  assert_int_equal(zd_scan_load_db(zd_scan_db, zd_scan_db_len, &db, &err),
                   ZD_OK);
  same_as_builtin(db);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_offsets_utf8),
    cmocka_unit_test(test_empty_nul_binary),
    cmocka_unit_test(test_stream_matches_buffer),
    cmocka_unit_test(test_pooled_stream),
    cmocka_unit_test(test_block_edges),
    cmocka_unit_test(test_findings_in_order),
    cmocka_unit_test(test_html_block_tags),
    cmocka_unit_test(test_ndjson_long_path),
    cmocka_unit_test(test_long_line),
    cmocka_unit_test(test_html_offsets),
    cmocka_unit_test(test_html_page_source),
    cmocka_unit_test(test_ndjson),
    cmocka_unit_test(test_ndjson_long_line_linear),
    cmocka_unit_test(test_ndjson_pieces),
    cmocka_unit_test(test_snapshot_pooled),
    cmocka_unit_test(test_filters_and_names),
    cmocka_unit_test(test_masking),
    cmocka_unit_test(test_builtin_database),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

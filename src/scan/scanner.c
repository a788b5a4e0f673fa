/* SPDX-License-Identifier: MIT
 * scanner.c — the candidate pass and the decision: compiles patterns.def
 * into one Vectorscan block-mode database, finds digit pairs itself,
 * hands every trigger to its detector, then keeps one type per span
 * (highest confidence first) and reports what clears the threshold.
 * A window is read in blocks of ZD_SCAN_BLOCK bytes, both passes over a
 * block before the next, so the second finds the bytes in cache. */
#include "scan/scan.h"
#include "scan/scan_int.h"
#include "scan/context.h"
#include "scan/html.h"
#include "scan/secret_int.h"
#include "core/alloc.h"
#include "core/limits.h"

#include <hs/hs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define CL HS_FLAG_CASELESS

static const char *const trigger_re[] = {
#define ZD_TRIGGER(NAME, DETECTOR, ARG, FLAGS, RE) RE,
#include "scan/patterns.def"
#undef ZD_TRIGGER
};

static const unsigned trigger_flags[] = {
#define ZD_TRIGGER(NAME, DETECTOR, ARG, FLAGS, RE) (FLAGS),
#include "scan/patterns.def"
#undef ZD_TRIGGER
};

static const zd_detector_fn trigger_fn[] = {
#define ZD_TRIGGER(NAME, DETECTOR, ARG, FLAGS, RE) DETECTOR,
#include "scan/patterns.def"
#undef ZD_TRIGGER
};

static const int trigger_arg[] = {
#define ZD_TRIGGER(NAME, DETECTOR, ARG, FLAGS, RE) ARG,
#include "scan/patterns.def"
#undef ZD_TRIGGER
};

_Static_assert(ZD_TRIG_CUE_CREDENTIAL - ZD_TRIG_CUE_HONORIFIC ==
               ZD_CUE_CREDENTIAL, "patterns.def: CUE_* rows out of order");

/* LABEL_PLAN's literals: every label word followed by the start of what
 * zd_detect_labelled_id requires after it: up to two of ' ', '_', '-',
 * then '#' or "id", "no", "num"/"number", "nbr". Two separators are
 * rare and stand for themselves. Each literal has its own pattern id,
 * PLAN_ID0 + its index (ids shared by many literals made the database
 * take 17 instead of 11 ms to compile); plan_tail_len() tells
 * on_trigger how far past the label's end the literal reaches. */
enum { PLAN_ID0 = ZD_TRIG_COUNT, PLAN_MAXLIT = 16 };
static const char *const plan_suffix[] = {"#", "id", "no", "nu", "nb"};
static const char plan_sep[] = " _-";
#define PLAN_PER_LABEL (5 + 3 * 5 + 3 * 3)

/* The length of the k-th tail plan_literals() writes: '#', then four
 * two-letter suffixes; then per separator '#', four suffixes and three
 * second separators. */
static size_t plan_tail_len(unsigned k)
{
  unsigned j;
  if(k < 5)
    return k == 0 ? 1 : 2;
  j = (k - 5) % 8;
  return j == 0 || j >= 5 ? 2 : 3;
}

/* Writes the literals of one label to lit[]/ids[] (PLAN_PER_LABEL of
 * them, each PLAN_MAXLIT bytes of 'buf'). */
static void plan_literals(const char *label, unsigned first_id, char *buf,
                          const char **lit, unsigned *ids)
{
  char tail[PLAN_PER_LABEL][4];
  size_t k = 0;
  for(int x = 0; x < 5; x++)
    snprintf(tail[k++], 4, "%s", plan_suffix[x]);
  for(int sep = 0; sep < 3; sep++) {
    for(int x = 0; x < 5; x++)
      snprintf(tail[k++], 4, "%c%s", plan_sep[sep], plan_suffix[x]);
    for(int x = 0; x < 3; x++)   /* two separators stand for themselves */
      snprintf(tail[k++], 4, "%c%c", plan_sep[sep], plan_sep[x]);
  }
  for(k = 0; k < PLAN_PER_LABEL; k++) {
    if(strlen(tail[k]) != plan_tail_len((unsigned)k))
      abort();   /* plan_tail_len() disagrees with the loops above */
    snprintf(buf + k * PLAN_MAXLIT, PLAN_MAXLIT, "%s%s", label, tail[k]);
    lit[k] = buf + k * PLAN_MAXLIT;
    ids[k] = first_id + (unsigned)k;
  }
}

struct zd_scanner {
  hs_database_t *db;        /* owned, or borrowed from the scanner cloned */
  int owns_db;
  hs_scratch_t *scratch;
  double threshold;
  uint32_t types;
  int explain;
  const struct zd_scan_allow *allow;
  struct zd_scan_run run;   /* candidate storage, reused */
  struct zd_cand *tmp;      /* sort_by_start's half-size buffer, reused */
  size_t captmp;
  struct zd_html_text html; /* zd_scan_html's text and map, reused */
};

struct zd_html_text *zd_scanner_html_text(struct zd_scanner *s)
{
  return &s->html;
}

zd_code zd_scan_compile(hs_database_t **db, struct zd_error *err)
{
  hs_compile_error_t *cerr = NULL;
  enum { NLABEL = 9, MAXPAT = ZD_TRIG_COUNT + NLABEL * PLAN_PER_LABEL };
  const char *res[MAXPAT];
  unsigned flags[MAXPAT], ids[MAXPAT], n = 0;
  char litbuf[NLABEL * PLAN_PER_LABEL * PLAN_MAXLIT];
  hs_error_t rc;
  *db = NULL;
  for(unsigned i = 0; i < ZD_TRIG_COUNT; i++) {
    if(!trigger_re[i])
      continue;   /* found by scan_digits(), or LABEL_PLAN (below) */
    res[n] = trigger_re[i];
    flags[n] = trigger_flags[i];
    ids[n++] = i;
  }
  for(unsigned l = 0; zd_plan_labels[l]; l++) {
    if(l >= NLABEL || strlen(zd_plan_labels[l]) + 4 > PLAN_MAXLIT)
      abort();   /* the tables above disagree with detect_id.c */
    plan_literals(zd_plan_labels[l], PLAN_ID0 + l * PLAN_PER_LABEL,
                  litbuf + l * PLAN_PER_LABEL * PLAN_MAXLIT, res + n, ids + n);
    for(unsigned k = 0; k < PLAN_PER_LABEL; k++)
      flags[n + k] = CL;
    n += PLAN_PER_LABEL;
  }
  /* zd_scan_window's blocks overlap by ZD_SCAN_MAX_TRIGGER bytes: a
   * longer match could be cut at a block's start and lost. */
  for(unsigned i = 0; i < n; i++) {
    hs_expr_info_t *info = NULL;
    if(hs_expression_info(res[i], flags[i], &info, &cerr) != HS_SUCCESS) {
      zd_error_set(err, ZD_ERR_INTERNAL, "src/scan/patterns.def", 0,
                   "trigger %u does not compile: %s", ids[i],
                   cerr && cerr->message ? cerr->message : "unknown error");
      hs_free_compile_error(cerr);
      return ZD_ERR_INTERNAL;
    }
    if(info->max_width > ZD_SCAN_MAX_TRIGGER) {
      free(info);
      return zd_error_set(err, ZD_ERR_INTERNAL, "src/scan/patterns.def", 0,
                          "trigger %u can match more than %d bytes",
                          ids[i], ZD_SCAN_MAX_TRIGGER);
    }
    free(info);
  }
  rc = hs_compile_multi(res, flags, ids, n, HS_MODE_BLOCK, NULL, db, &cerr);
  if(rc != HS_SUCCESS) {
    zd_error_set(err, ZD_ERR_INTERNAL, "src/scan/patterns.def", 0,
                 "trigger %d does not compile: %s",
                 cerr && cerr->expression >= 0 ? (int)ids[cerr->expression]
                                               : -1,
                 cerr && cerr->message ? cerr->message : "unknown error");
    hs_free_compile_error(cerr);
    *db = NULL;
    return ZD_ERR_INTERNAL;
  }
  return ZD_OK;
}

zd_code zd_scan_load_db(const unsigned char *blob, size_t len,
                        hs_database_t **db, struct zd_error *err)
{
  *db = NULL;
  if(len > 0 && hs_deserialize_database((const char *)blob, len, db) ==
                    HS_SUCCESS)
    return ZD_OK;
  *db = NULL;   /* built for another CPU or Vectorscan, or none at all */
  return zd_scan_compile(db, err);
}

zd_code zd_scanner_new(const struct zd_scan_opts *opts,
                       struct zd_scanner **out, struct zd_error *err)
{
  struct zd_scanner *s;
  zd_code rc;
  *out = NULL;
  s = zd_calloc(1, sizeof(*s));
  s->threshold = opts && opts->threshold > 0 ? opts->threshold
                                             : ZD_SCAN_DEFAULT_THRESHOLD;
  s->types = opts && opts->types ? opts->types : ~0u;
  s->explain = opts && opts->explain;
  rc = zd_scan_load_db(zd_scan_db, zd_scan_db_len, &s->db, err);
  if(rc) {
    free(s);
    return rc;
  }
  s->owns_db = 1;
  if(hs_alloc_scratch(s->db, &s->scratch) != HS_SUCCESS) {
    hs_free_database(s->db);
    free(s);
    return zd_error_set(err, ZD_ERR_INTERNAL, "scanner", 0,
                        "cannot allocate Vectorscan scratch space");
  }
  *out = s;
  return ZD_OK;
}

zd_code zd_scanner_clone(const struct zd_scanner *s, struct zd_scanner **out,
                         struct zd_error *err)
{
  struct zd_scanner *c = zd_calloc(1, sizeof(*c));
  *out = NULL;
  c->db = s->db;   /* read-only once compiled: Vectorscan allows sharing */
  c->threshold = s->threshold;
  c->types = s->types;
  c->explain = s->explain;
  c->allow = s->allow;
  if(hs_clone_scratch(s->scratch, &c->scratch) != HS_SUCCESS) {
    free(c);
    return zd_error_set(err, ZD_ERR_INTERNAL, "scanner", 0,
                        "cannot allocate Vectorscan scratch space");
  }
  *out = c;
  return ZD_OK;
}

void zd_scanner_free(struct zd_scanner *s)
{
  if(!s)
    return;
  hs_free_scratch(s->scratch);
  if(s->owns_db)
    hs_free_database(s->db);
  free(s->run.cand);
  free(s->run.link);
  free(s->tmp);
  zd_html_text_free(&s->html);
  free(s);
}

void zd_scanner_set_allow(struct zd_scanner *s, const struct zd_scan_allow *a)
{
  s->allow = a;
}

double zd_scanner_threshold(const struct zd_scanner *s)
{
  return s->threshold;
}

void zd_scan_add(struct zd_scan_run *r, zd_scan_type t, size_t start,
                 size_t end, double conf)
{
  zd_scan_add_rule(r, t, ZD_RULE_NONE, start, end, conf);
}

void zd_scan_add_rule(struct zd_scan_run *r, zd_scan_type t, unsigned rule,
                      size_t start, size_t end, double conf)
{
  struct zd_cand *c;
  if(conf <= 0 || end <= start || end > r->len)
    return;
  if(end - start > ZD_SCAN_MAX_SPAN)
    end = start + ZD_SCAN_MAX_SPAN;
  if(r->ncand == r->capcand) {
    r->capcand = r->capcand ? r->capcand * 2 : 256;
    r->cand = zd_realloc(r->cand, r->capcand * sizeof(*r->cand));
  }
  c = &r->cand[r->ncand++];
  c->start = (uint32_t)start;
  c->end = (uint32_t)end;
  c->type = t;
  c->conf = (float)(conf > 1 ? 1 : conf);
  c->rule = rule;
  c->cue = 0;
  c->sample = 0;
  c->why_for = c->why_against = 0;
}

void zd_scan_add_cue(struct zd_scan_run *r, zd_scan_type t, unsigned cue,
                     size_t start, size_t end, double conf)
{
  size_t n = r->ncand;
  zd_scan_add_rule(r, t, ZD_RULE_NONE, start, end, conf);
  if(r->ncand > n)
    r->cand[n].cue = (uint8_t)cue;
}

static int on_trigger(unsigned int id, unsigned long long from,
                      unsigned long long to, unsigned int flags, void *ctx)
{
  struct zd_scan_run *r = ctx;
  size_t end = r->hs_base + (size_t)to;
  (void)from;
  (void)flags;
  if(end <= r->hs_from)
    return 0;   /* reported by the block before */
  if(id < ZD_TRIG_COUNT)
    trigger_fn[id](r, end, trigger_arg[id]);
  else   /* a LABEL_PLAN literal: the label ends before its tail */
    zd_detect_labelled_id(r, end - plan_tail_len((id - PLAN_ID0) %
                                                 PLAN_PER_LABEL),
                          ZD_LABEL_PLAN);
  return 0;
}

/* Bytes that extend a run of digits into an identifier (read_alnum:
 * letters, digits, '-', '.'): EDGE_ALNUM; into an IPv6 address
 * (zd_read_ipv6: hex digits, ':', '.'): EDGE_IPV6. By byte value. */
enum { EDGE_ALNUM = 1, EDGE_IPV6 = 2 };
static const unsigned char run_edge[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x00 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  /* 0x10 */
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 0,  /* 0x20 */
  3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 0, 0, 0, 0, 0,  /* 0x30 */
  0, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x40 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x50 */
  0, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1,  /* 0x60 */
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,  /* 0x70 */
  /* 0x80-0xff: 0 */
};

/* The DIGITS trigger (patterns.def): calls its detector at the end of
 * every pair of digits, as a Vectorscan match would, except where the
 * detector has already read past that point; MONTH next to every run of
 * digits; zd_assign_before (the ASSIGN_* triggers) at every ':' and '=',
 * zd_element_before at every "</";
 * EMAIL at every '@'.
 * With SSE2, skips 16 bytes a step (below); near the end, or without it,
 * eight bytes at a time while none is '@' or in 0x30-0x3d
 * ('0'-'9', ':', ';', '<', '='): each byte's low seven bits plus 0x50
 * reach 0x80 from '0' on, plus 0x42 from '>' on, with no carries across
 * bytes; x ^ '@'... has a zero byte exactly when some byte is '@'. */
static size_t scan_digits(struct zd_scan_run *r, size_t i, size_t n)
{
  const uint64_t ones = 0x0101010101010101u, high = ones << 7;
  const unsigned char *p = r->p;
  const size_t len = r->len;
  for(;;) {
    size_t gs;
#if defined(__SSE2__)
    /* 16 bytes a step: x - '0' is at most 13 (unsigned) for '0'-'=', and
     * the first such byte or '@' is found from the mask, not walked to. */
    {
      const __m128i zero = _mm_set1_epi8('0'), thirteen = _mm_set1_epi8(13),
                    at = _mm_set1_epi8('@');
      while(i + 16 <= n) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i x = _mm_sub_epi8(v, zero);
        unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, thirteen), x),
                       _mm_cmpeq_epi8(v, at)));
        if(m) {
          i += (size_t)__builtin_ctz(m);
          break;
        }
        i += 16;
      }
    }
    if(i + 16 > n)   /* else p[i] is one of them */
#endif
    while(i + 8 <= n) {
      uint64_t x, lo, at;
      memcpy(&x, p + i, 8);
      lo = x & ~high;
      at = x ^ (ones * '@');
      if((((lo + ones * 0x50) & ~(lo + ones * 0x42) & ~x) |
          ((at - ones) & ~at)) & high)
        break;
      i += 8;
    }
    while(i < n && (p[i] < '0' || p[i] > '=') && p[i] != '@')
      i++;
    if(i >= n)
      return i;
    if(!zd_isdigit(p[i])) {
      if(p[i] == '@')
        zd_detect_email(r, i + 1, 0);
      else if(p[i] == ':' || p[i] == '=') {
        if(i >= 2 && (((p[i - 1] | 0x20) == 'n' && (p[i - 2] | 0x20) == 'r') ||
                      ((p[i - 1] | 0x20) == 'p' && (p[i - 2] | 0x20) == 'n')))
          zd_role_colon(r, i);   /* "RN: K. Kuhn" (detect_name.c) */
        zd_assign_before(r, i);
      }
      else if(p[i] == '<' && i + 3 < len && p[i + 1] == '/' &&
              zd_isalpha(p[i + 2]) && zd_isalnum(p[i + 3]))
        zd_element_before(r, i);   /* not </p>, </b>: one letter */
      i++;
      continue;
    }
    gs = i;
    while(i < len && zd_isdigit(p[i]))
      i++;
    /* Between bytes that extend it into neither an identifier nor an
     * IPv6 address, each reading would see these digits alone, where it
     * finds nothing: mark the run read for it (each by its own bytes:
     * "2023-11-22" is no IPv6 address, "10:30" no identifier), and only
     * the readings left are called. */
    {
      unsigned edges = (gs > 0 ? run_edge[p[gs - 1]] : 0) |
                       (i < len ? run_edge[p[i]] : 0);
      if(!(edges & EDGE_ALNUM) && r->done[ZD_DONE_ALNUM] < i)
        r->done[ZD_DONE_ALNUM] = i;
      if(!(edges & EDGE_IPV6) && r->done[ZD_DONE_IPV6] < i)
        r->done[ZD_DONE_IPV6] = i;
    }
    /* The detector at the end of every pair of digits that some reading
     * has not read past yet: from the least of the three marks on (they
     * move only in the detector). */
    for(size_t to = gs + 2; to <= i; to++) {
      size_t least = r->done[ZD_TRIG_DIGITS];
      if(r->done[ZD_DONE_ALNUM] < least)
        least = r->done[ZD_DONE_ALNUM];
      if(r->done[ZD_DONE_IPV6] < least)
        least = r->done[ZD_DONE_IPV6];
      if(to <= least) {
        to = least;   /* the loop goes on at least + 1 */
        continue;
      }
      zd_detect_digits(r, to, 0);
    }
    /* a digit alone inside capitals: a VIN's digits may all stand apart */
    if(i - gs == 1 && i > r->done[ZD_DONE_ALNUM] &&
       ((gs > 0 && zd_isupper(p[gs - 1])) || (i < len && zd_isupper(p[i]))))
      zd_detect_lone_digit(r, i);
    /* "1/5", "2/7": month and day of one digit each have no pair of
     * digits; the number reading takes them (detect_number.c) */
    if(i - gs == 1 && i + 1 < len && p[i] == '/' && zd_isdigit(p[i + 1]) &&
       !(i + 2 < len && zd_isdigit(p[i + 2])) && i > r->done[ZD_TRIG_DIGITS])
      zd_read_number(r, i);
    zd_month_near(r, gs, i);
  }
}

/* Highest confidence first; then the longer span; then type order. */
static int by_confidence(const void *a, const void *b)
{
  const struct zd_cand *x = a, *y = b;
  if(x->conf != y->conf)
    return x->conf > y->conf ? -1 : 1;
  if(x->end - x->start != y->end - y->start)
    return x->end - x->start > y->end - y->start ? -1 : 1;
  if(x->type != y->type)
    return x->type < y->type ? -1 : 1;
  return x->start < y->start ? -1 : x->start > y->start;
}

static int by_start(const void *a, const void *b)
{
  const struct zd_cand *x = a, *y = b;
  if(x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* by_start's order: 'x' sorts before 'y'. */
static inline int starts_before(const struct zd_cand *x,
                                const struct zd_cand *y)
{
  return x->start < y->start || (x->start == y->start && x->end < y->end);
}

/* A stable merge sort by by_start's order (as glibc's qsort, a merge
 * sort, leaves equal spans in the order they were added), with the
 * comparison inlined: the candidates come almost in order (each block's
 * triggers, then its digits, then its names), so most merges are one
 * test. 't' holds n / 2 + 1 candidates. */
static void sort_by_start(struct zd_cand *a, struct zd_cand *t, size_t n)
{
  size_t h = n / 2, i = 0, j = h, k = 0;
  if(n <= 16) {
    for(size_t x = 1; x < n; x++) {
      struct zd_cand v = a[x];
      size_t y = x;
      while(y > 0 && starts_before(&v, &a[y - 1])) {
        a[y] = a[y - 1];
        y--;
      }
      a[y] = v;
    }
    return;
  }
  sort_by_start(a, t, h);
  sort_by_start(a + h, t, n - h);
  if(!starts_before(&a[h], &a[h - 1]))
    return;   /* the halves are in order already */
  memcpy(t, a, h * sizeof(*a));
  while(i < h && j < n)   /* k <= j: never overwrites an unread entry */
    a[k++] = starts_before(&a[j], &t[i]) ? a[j++] : t[i++];
  while(i < h)
    a[k++] = t[i++];
}

/* Keeps, among candidates at or above the threshold, a set with no two
 * overlapping: within each cluster of overlapping spans, greedy by
 * confidence. Returns how many are kept (moved to the front, sorted by
 * start). */
static size_t resolve(struct zd_scanner *s, struct zd_scan_run *r)
{
  size_t n = 0, out = 0;
  struct zd_cand *c = r->cand;
  for(size_t i = 0; i < r->ncand; i++)
    if(c[i].conf + 1e-6 >= s->threshold && (s->types & (1u << c[i].type)))
      c[n++] = c[i];
  if(n == 0)
    return 0;
  if(s->captmp < n / 2 + 1) {
    s->captmp = n / 2 + 1;
    s->tmp = zd_realloc(s->tmp, s->captmp * sizeof(*s->tmp));
  }
  sort_by_start(c, s->tmp, n);
  for(size_t i = 0; i < n;) {
    size_t j = i + 1, first = out;
    uint32_t maxend = c[i].end;
    while(j < n && c[j].start < maxend) {
      if(c[j].end > maxend)
        maxend = c[j].end;
      j++;
    }
    if(j - i > 1)
      qsort(c + i, j - i, sizeof(*c), by_confidence);
    for(size_t x = i; x < j; x++) {
      struct zd_cand t = c[x];
      int overlap = 0;
      for(size_t k = first; k < out && !overlap; k++)
        overlap = t.start < c[k].end && c[k].start < t.end;
      if(!overlap)
        c[out++] = t;   /* out <= x: never overwrites an unread entry */
    }
    if(out - first > 1)
      qsort(c + first, out - first, sizeof(*c), by_start);
    i = j;
  }
  return out;
}

zd_code zd_scan_window(struct zd_scanner *s, const char *data, size_t len,
                       size_t emit_lo, size_t emit_hi,
                       int (*emit)(const struct zd_cand *c, void *ud),
                       void *ud, int *stopped, struct zd_error *err)
{
  struct zd_scan_run *r = &s->run;
  size_t kept;
  hs_error_t rc;
  *stopped = 0;
  r->p = (const unsigned char *)data;
  r->len = len;
  r->ncand = 0;
  r->threshold = s->threshold;
  memset(r->done, 0, sizeof(r->done));
  if(len == 0)
    return ZD_OK;
  for(size_t lo = 0, d = 0, nm = 0; lo < len;) {
    size_t hi = len - lo > ZD_SCAN_BLOCK ? lo + ZD_SCAN_BLOCK : len;
    r->hs_base = lo > ZD_SCAN_MAX_TRIGGER ? lo - ZD_SCAN_MAX_TRIGGER : 0;
    r->hs_from = lo;
    rc = hs_scan(s->db, data + r->hs_base, (unsigned)(hi - r->hs_base), 0,
                 s->scratch, on_trigger, r);
    if(rc != HS_SUCCESS)
      return zd_error_set(err, ZD_ERR_INTERNAL, "scanner", 0,
                          "Vectorscan failed (error %d)", (int)rc);
    if(d < hi)
      d = scan_digits(r, d, hi);
    if(nm < hi && (s->types & (1u << ZD_SCAN_PERSON_NAME)))
      nm = zd_scan_fullnames(r, nm, hi);
    lo = hi;
  }
  zd_date_link(r);
  kept = resolve(s, r);
  for(size_t i = 0; i < kept; i++) {
    if(r->cand[i].start < emit_lo || r->cand[i].start >= emit_hi)
      continue;
    if(s->allow && zd_allow_covers(s->allow, r->p, r->len, r->cand[i].start,
                                   r->cand[i].end))
      continue;
    r->cand[i].sample = (uint8_t)zd_looks_sample(r->p, r->len,
                                                 r->cand[i].start,
                                                 r->cand[i].end);
    if(s->explain && !r->cand[i].rule)
      zd_ctx_explain(r, r->cand[i].start, r->cand[i].end, r->cand[i].type,
                     &r->cand[i].why_for, &r->cand[i].why_against);
    if(emit(&r->cand[i], ud)) {
      *stopped = 1;
      break;
    }
  }
  return ZD_OK;
}

struct buffer_ud {
  const char *data;
  zd_scan_cb cb;
  void *ud;
};

static int emit_buffer(const struct zd_cand *c, void *ud)
{
  struct buffer_ud *b = ud;
  struct zd_scan_finding f;
  f.type = c->type;
  f.start = c->start;
  f.end = c->end;
  f.confidence = c->conf;
  f.line = 0;
  f.value_len = c->end - c->start;
  f.rule = c->rule;
  f.cue = c->cue;
  f.sample = c->sample;
  f.part = NULL;
  f.context_for = zd_ctx_word(c->why_for);
  f.context_against = zd_ctx_word(c->why_against);
  return b->cb(&f, b->data + c->start, b->ud);
}

zd_code zd_scan_buffer(struct zd_scanner *s, const char *data, size_t len,
                       zd_scan_cb cb, void *ud, struct zd_error *err)
{
  struct buffer_ud b = {data, cb, ud};
  int stopped;
  if(len > ZD_SCAN_MAX_BUFFER)
    return zd_error_set(err, ZD_ERR_LIMIT, "scanner", 0,
                        "a buffer of %zu bytes is over the %lu-byte limit "
                        "of one scan; stream it instead", len,
                        (unsigned long)ZD_SCAN_MAX_BUFFER);
  return zd_scan_window(s, data, len, 0, len, emit_buffer, &b, &stopped, err);
}

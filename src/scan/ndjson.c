/* SPDX-License-Identifier: MIT
 * ndjson.c — the NDJSON walker behind ndjson.h. jansson parses JSON but
 * reports no byte positions, so a small lexer (strings, nesting, keys,
 * array indexes; no numbers parsed) finds the string values and where
 * they are. Lines are processed a batch (about ZD_SCAN_CHUNK bytes) at a
 * time: all string values of the batch are decoded into one text, scanned
 * in one Vectorscan call, and findings are mapped back through "pieces"
 * (linear runs and decoded escapes). The JSON path of a field is rebuilt
 * only for the few values that have findings. */
#define _GNU_SOURCE  /* memrchr */
#include "scan/ndjson.h"
#include "scan/scan_int.h"
#include "core/alloc.h"
#include "core/limits.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64
#define MAX_KEY_TEXT 64
#define MAX_PATH 512

struct piece {
  uint32_t text, len;     /* decoded bytes [text, text + len) */
  uint64_t raw;           /* stream offset of the source */
  uint32_t raw_len;       /* == len for a linear run */
};

struct value {
  uint32_t text_start, text_end;
  uint32_t line;          /* index into the batch's lines */
  uint32_t ordinal;       /* k-th string value of its line */
};

struct line {
  size_t start, end;      /* in 'in' */
  uint64_t number;
  int bad;
};

struct zd_ndjson {
  struct zd_scanner *s;
  zd_ndjson_cb cb;
  void *ud;
  char *in;               /* raw input not yet processed */
  size_t in_len, in_cap;
  uint64_t in_base;       /* stream offset of in[0] */
  uint64_t next_line;     /* number of the line starting at in[0] */
  uint64_t bad_lines;
  int stopped;
  /* per batch */
  char *text;
  size_t text_len, text_cap;
  struct piece *pieces;
  size_t npieces, cap_pieces;
  struct value *values;
  size_t nvalues, cap_values;
  struct line *lines;
  size_t nlines, cap_lines;
  size_t pcur, vcur;      /* piece_at() and value_at() walk on from here */
  /* Attribution (on_batch_finding): the line being attributed, with a
   * lexer that walks on to each finding's value instead of starting over
   * (findings come in order, so a line is lexed once however many it
   * has), the last path found and the line's id. */
  struct attr *at;
  uint64_t work;          /* bytes lexed (zd_ndjson_work) */
  size_t nl_free;         /* in[0, nl_free) holds no line break */
};

#define GROW(arr, n, cap) do { \
    if((n) == (cap)) { \
      (cap) = (cap) ? (cap) * 2 : 64; \
      (arr) = zd_realloc((arr), (cap) * sizeof(*(arr))); \
    } \
  } while(0)

static void text_add(struct zd_ndjson *nj, const void *p, size_t n)
{
  if(n == 0)
    return;
  if(nj->text_len + n + 1 > nj->text_cap) {
    while(nj->text_len + n + 1 > nj->text_cap)
      nj->text_cap = nj->text_cap ? nj->text_cap * 2 : 65536;
    nj->text = zd_realloc(nj->text, nj->text_cap);
  }
  memcpy(nj->text + nj->text_len, p, n);
  nj->text_len += n;
}

static void piece_add(struct zd_ndjson *nj, size_t text, size_t len,
                      uint64_t raw, size_t raw_len)
{
  struct piece *pc;
  if(len == raw_len && nj->npieces) {
    pc = &nj->pieces[nj->npieces - 1];
    if(pc->len == pc->raw_len && pc->text + pc->len == text &&
       pc->raw + pc->raw_len == raw) {
      pc->len += (uint32_t)len;
      pc->raw_len += (uint32_t)len;
      return;
    }
  }
  GROW(nj->pieces, nj->npieces, nj->cap_pieces);
  pc = &nj->pieces[nj->npieces++];
  pc->text = (uint32_t)text;
  pc->len = (uint32_t)len;
  pc->raw = raw;
  pc->raw_len = (uint32_t)raw_len;
}

static int hex4(const unsigned char *p, unsigned *v)
{
  *v = 0;
  for(int i = 0; i < 4; i++) {
    int c = p[i], d;
    if(c >= '0' && c <= '9')
      d = c - '0';
    else if(c >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else if(c >= 'A' && c <= 'F')
      d = c - 'A' + 10;
    else
      return 0;
    *v = *v * 16 + (unsigned)d;
  }
  return 1;
}

static size_t utf8(unsigned cp, unsigned char *o)
{
  if(cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if(cp < 0x800) {
    o[0] = (unsigned char)(0xc0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3f));
    return 2;
  }
  if(cp < 0x10000) {
    o[0] = (unsigned char)(0xe0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[2] = (unsigned char)(0x80 | (cp & 0x3f));
    return 3;
  }
  o[0] = (unsigned char)(0xf0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
  o[3] = (unsigned char)(0x80 | (cp & 0x3f));
  return 4;
}

/* RFC 8259 §7: decodes the string body p[s, e) into the text. */
static void decode(struct zd_ndjson *nj, const unsigned char *p, size_t s,
                   size_t e, uint64_t raw_base)
{
  size_t k = s;
  while(k < e) {
    const unsigned char *b = memchr(p + k, '\\', e - k);
    size_t bi = b ? (size_t)(b - p) : e, esc = 2;
    unsigned char o[8];
    size_t on = 1;
    if(bi > k) {
      piece_add(nj, nj->text_len, bi - k, raw_base + k, bi - k);
      text_add(nj, p + k, bi - k);
    }
    if(bi >= e)
      break;
    if(bi + 1 >= e) {
      o[0] = '\\';
      esc = 1;
    }
    else {
      switch(p[bi + 1]) {
      case 'n': o[0] = '\n'; break;
      case 't': o[0] = '\t'; break;
      case 'r': o[0] = '\r'; break;
      case 'b': o[0] = ' '; break;
      case 'f': o[0] = ' '; break;
      case 'u': {
        unsigned cp, lo;
        if(bi + 6 <= e && hex4(p + bi + 2, &cp)) {
          esc = 6;
          if(cp >= 0xd800 && cp <= 0xdbff && bi + 12 <= e &&
             p[bi + 6] == '\\' && p[bi + 7] == 'u' && hex4(p + bi + 8, &lo) &&
             lo >= 0xdc00 && lo <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            esc = 12;
          }
          else if(cp >= 0xd800 && cp <= 0xdfff)
            cp = 0xfffd;
          if(cp == 0)
            cp = ' ';
          on = utf8(cp, o);
        }
        else
          o[0] = 'u';
        break;
      }
      default: o[0] = p[bi + 1]; break;
      }
    }
    piece_add(nj, nj->text_len, on, raw_base + bi, esc);
    text_add(nj, o, on);
    k = bi + esc;
  }
}

/* The lexer. Calls 'visit' for each string value (with its key, and the
 * path so far in 'stack'); captures the top-level "id". Returns 0 for a
 * well-formed line, -1 otherwise. */
struct frame {
  int array;
  size_t key_s, key_e;   /* object: the current key's body */
  long index;            /* array: current index */
  int expect_key;
};

struct lex {
  const unsigned char *p;
  size_t n;
  struct frame stack[MAX_DEPTH];
  int depth;
  size_t id_s, id_e;     /* top-level "id" token, id_e == 0 if none */
  uint32_t ordinal;
  /* visit(l, body_s, body_e, ud): return non-zero to stop */
  int (*visit)(struct lex *l, size_t s, size_t e, void *ud);
  /* 1: visit before the value's end is looked for, with body_e ==
   * body_s, for a visitor that needs only the path (path_of): the long
   * value it stops at is then not searched for its closing quote. */
  int early;
  void *ud;
  /* Where lex_run goes on from: 'i', and 'resume' when it stopped at the
   * string value at 'i' after visiting it (so it is not visited again). */
  size_t i;
  int bad, resume;
  uint64_t *work;        /* bytes lexed, added up (zd_ndjson_work) */
};

/* Readies 'l' to lex the line p[0, n). Not a memset of the whole: the
 * frame stack is 2.5 KiB, and frames are set as they are pushed. */
static void lex_init(struct lex *l, const unsigned char *p, size_t n,
                     int (*visit)(struct lex *, size_t, size_t, void *),
                     int early, void *ud)
{
  l->p = p;
  l->n = n;
  l->depth = 0;
  l->id_s = l->id_e = 0;
  l->ordinal = 0;
  l->visit = visit;
  l->early = early;
  l->ud = ud;
  l->i = 0;
  l->bad = l->resume = 0;
  l->work = NULL;
}

static size_t string_end(const unsigned char *p, size_t n, size_t i)
{
  /* i is just after the opening quote */
  while(i < n) {
    const unsigned char *q = memchr(p + i, '"', n - i);
    size_t k;
    if(!q)
      return n;
    k = (size_t)(q - p);
    /* An odd number of backslashes before the quote escapes it. */
    {
      size_t bs = 0;
      while(k - bs > i && p[k - bs - 1] == '\\')
        bs++;
      if(bs % 2 == 0)
        return k;
    }
    i = k + 1;
  }
  return n;
}

static int key_is_id(const struct lex *l, const struct frame *f)
{
  return f->key_e - f->key_s == 2 && l->p[f->key_s] == 'i' &&
         l->p[f->key_s + 1] == 'd';
}

/* Lexes on from l->i. Returns 1 when 'visit' stopped it (call again to
 * go on from there), else 0 for a well-formed line, -1 otherwise. */
static int lex_run(struct lex *l)
{
  size_t i = l->i, from = l->i;
  int bad = l->bad;
  while(i < l->n) {
    unsigned char c = l->p[i];
    struct frame *top = l->depth ? &l->stack[l->depth - 1] : NULL;
    switch(c) {
    case '{':
    case '[':
      if(l->depth == MAX_DEPTH)
        return -1;
      top = &l->stack[l->depth++];
      memset(top, 0, sizeof(*top));
      top->array = c == '[';
      top->expect_key = c == '{';
      i++;
      break;
    case '}':
    case ']':
      if(!l->depth || top->array != (c == ']'))
        bad = 1;
      else
        l->depth--;
      i++;
      break;
    case ',':
      if(top && top->array)
        top->index++;
      else if(top)
        top->expect_key = 1;
      i++;
      break;
    case ':':
      if(top && !top->array)
        top->expect_key = 0;
      i++;
      break;
    case '"': {
      int key = top && !top->array && top->expect_key;
      size_t e;
      if(!key && l->early && l->visit && !l->resume &&
         l->visit(l, i + 1, i + 1, l->ud)) {
        l->i = i;
        l->bad = bad;
        l->resume = 1;
        if(l->work)
          *l->work += i - from;
        return 1;
      }
      l->resume = 0;
      e = string_end(l->p, l->n, i + 1);
      if(e >= l->n)
        bad = 1;
      if(key) {
        top->key_s = i + 1;
        top->key_e = e;
      }
      else {
        if(l->depth == 1 && top && !top->array && key_is_id(l, top)) {
          l->id_s = i;
          l->id_e = e < l->n ? e + 1 : e;
        }
        if(!l->early && l->visit && l->visit(l, i + 1, e, l->ud)) {
          l->i = e + 1;
          l->bad = bad;
          l->ordinal++;
          if(l->work)
            *l->work += l->i - from;
          return 1;
        }
        l->ordinal++;
      }
      i = e + 1;
      break;
    }
    default:
      if(l->depth == 1 && top && !top->array && !top->expect_key &&
         key_is_id(l, top) && (zd_isdigit(c) || c == '-')) {
        size_t e = i;
        while(e < l->n && (zd_isalnum(l->p[e]) || l->p[e] == '-' ||
                           l->p[e] == '.' || l->p[e] == '+'))
          e++;
        l->id_s = i;
        l->id_e = e;
        i = e;
      }
      else
        i++;
      break;
    }
  }
  l->i = i;
  l->bad = bad;
  if(l->work)
    *l->work += i - from;
  return bad || l->depth ? -1 : 0;
}

/* Lexes the line from its start; 0 also when 'visit' stopped it. */
static int lex_line(struct lex *l)
{
  l->depth = 0;
  l->id_e = 0;
  l->ordinal = 0;
  l->i = 0;
  l->bad = l->resume = 0;
  return lex_run(l) < 0 ? -1 : 0;
}

/* Pass 1: every string value into the batch text. */
struct emit_ud {
  struct zd_ndjson *nj;
  uint64_t raw_base;     /* stream offset of the line */
  uint32_t line;
};

static int emit_value(struct lex *l, size_t s, size_t e, void *ud)
{
  struct emit_ud *u = ud;
  struct zd_ndjson *nj = u->nj;
  struct frame *top = l->depth ? &l->stack[l->depth - 1] : NULL;
  struct value *v;
  /* Empty strings and bare placeholders cannot hold a finding. */
  if(e - s < 4)
    return 0;
  if(top) {
    /* The nearest key names the value: "ssn: 123456789". */
    const struct frame *k = top;
    for(int d = l->depth - 1; d >= 0 && k->array; d--)
      k = &l->stack[d];
    if(!k->array && k->key_e > k->key_s) {
      size_t kl = k->key_e - k->key_s;
      text_add(nj, l->p + k->key_s, kl > MAX_KEY_TEXT ? MAX_KEY_TEXT : kl);
      text_add(nj, ": ", 2);
    }
  }
  GROW(nj->values, nj->nvalues, nj->cap_values);
  v = &nj->values[nj->nvalues++];
  v->text_start = (uint32_t)nj->text_len;
  v->line = u->line;
  v->ordinal = l->ordinal;
  decode(nj, l->p, s, e, u->raw_base);
  v->text_end = (uint32_t)nj->text_len;
  text_add(nj, "\n\n", 2);
  return 0;
}

/* Pass 2, for a line with a finding: the path of value 'ordinal'. */
struct path_ud {
  uint32_t ordinal;
  char path[MAX_PATH];
  int found;
};

/* Appends b[0..len) at path + *n as snprintf(path + *n, room, "%.*s")
 * would: what fits before the last byte, then a NUL; *n moves on by len,
 * at most to the last byte. */
static void path_put(char *path, size_t size, size_t *n, const char *b,
                     size_t len)
{
  size_t k = len < size - 1 - *n ? len : size - 1 - *n;
  memcpy(path + *n, b, k);
  path[*n + k] = '\0';
  *n = *n + len >= size ? size - 1 : *n + len;
}

static int path_of(struct lex *l, size_t s, size_t e, void *ud)
{
  struct path_ud *u = ud;
  size_t n = 0;
  (void)s;
  (void)e;
  if(l->ordinal != u->ordinal)
    return 0;
  u->path[0] = '\0';
  /* formatted by hand: snprintf was a third of an NDJSON finding's cost */
  for(int d = 0; d < l->depth && n < sizeof(u->path) - 1; d++) {
    const struct frame *f = &l->stack[d];
    if(f->array) {   /* "[%ld]" */
      char b[24];
      size_t k = sizeof(b);
      unsigned long v = f->index < 0 ? 0ul - (unsigned long)f->index
                                     : (unsigned long)f->index;
      b[--k] = ']';
      do
        b[--k] = (char)('0' + v % 10);
      while((v /= 10) > 0);
      if(f->index < 0)
        b[--k] = '-';
      b[--k] = '[';
      path_put(u->path, sizeof(u->path), &n, b + k, sizeof(b) - k);
    }
    else {   /* "%s%.*s": a dot after the first, the key up to 128 bytes
              * (and up to a NUL in it, as %.*s stops there) */
      char b[1 + 128];
      size_t kl = f->key_e - f->key_s > 128 ? 128 : f->key_e - f->key_s;
      const char *key = (const char *)l->p + f->key_s;
      const char *nul = memchr(key, '\0', kl);
      size_t k = 0;
      if(nul)
        kl = (size_t)(nul - key);
      if(n)
        b[k++] = '.';
      memcpy(b + k, key, kl);
      path_put(u->path, sizeof(u->path), &n, b, k + kl);
    }
  }
  u->found = 1;
  return 1;
}

/* The uint32_t at offset 'off' of element 'i' (each 'size' bytes). */
static uint32_t key_of(const void *base, size_t i, size_t size, size_t off)
{
  uint32_t key;
  memcpy(&key, (const char *)base + i * size + off, sizeof(key));
  return key;
}

/* Index of the last of 'n' elements (sorted by the uint32_t at offset
 * 'off') whose key is <= 'pos'; 0 when none is. Findings come in order of
 * their start, so the answer is found by walking on from the last one
 * ('*cur': a few steps, in cache); an earlier 'pos' is searched for. */
static size_t last_at_or_before(const void *base, size_t n, size_t size,
                                size_t off, size_t pos, size_t *cur)
{
  size_t c = *cur;
  if(c >= n || key_of(base, c, size, off) > pos) {
    size_t lo = 0, hi = n;
    while(lo + 1 < hi) {
      size_t mid = (lo + hi) / 2;
      if(key_of(base, mid, size, off) <= pos)
        lo = mid;
      else
        hi = mid;
    }
    c = lo;
  }
  while(c + 1 < n && key_of(base, c + 1, size, off) <= pos)
    c++;
  *cur = c;
  return c;
}

static const struct piece *piece_at(struct zd_ndjson *nj, size_t pos)
{
  return &nj->pieces[last_at_or_before(nj->pieces, nj->npieces,
                                       sizeof(struct piece),
                                       offsetof(struct piece, text), pos,
                                       &nj->pcur)];
}

static const struct value *value_at(struct zd_ndjson *nj, size_t pos)
{
  if(!nj->nvalues)
    return NULL;
  return &nj->values[last_at_or_before(nj->values, nj->nvalues,
                                       sizeof(struct value),
                                       offsetof(struct value, text_start),
                                       pos, &nj->vcur)];
}

struct attr {
  size_t line;            /* index in the batch's lines, or SIZE_MAX */
  struct lex l;
  int done;               /* the lexer reached the end of the line */
  struct path_ud pu;      /* the answer for value pu.ordinal ... */
  int asked;              /* ... once asked */
  size_t id_s, id_e;      /* the id the lexer had seen at that value */
  int tail_id;            /* 1: tail_s/tail_e hold the id of the line */
  size_t tail_s, tail_e;
};

/* The path of value 'ordinal' of line 'ln' (index 'li') and its id, as a
 * lex of the line from its start that stops at the value gives them: the
 * id seen before the value, or else the one a lex of the whole line
 * finds. Findings come in order, so the lexer walks on from the last
 * value asked for: a line is lexed about twice however many findings it
 * has (issue #12: it was once per finding, quadratic in line length). */
static void attribute(struct zd_ndjson *nj, size_t li, const struct line *ln,
                      uint32_t ordinal, const char **field, size_t *id_s,
                      size_t *id_e)
{
  struct attr *a = nj->at;
  if(!a) {
    a = nj->at = zd_calloc(1, sizeof(*a));
    a->line = SIZE_MAX;
  }
  if(a->line != li || (a->asked && ordinal < a->pu.ordinal)) {
    lex_init(&a->l, (const unsigned char *)nj->in + ln->start,
             ln->end - ln->start, path_of, 1, &a->pu);
    a->l.work = &nj->work;
    a->done = 0;
    a->asked = 0;
    if(a->line != li)
      a->tail_id = 0;
    a->line = li;
  }
  if(!a->asked || a->pu.ordinal != ordinal) {
    a->pu.ordinal = ordinal;
    a->pu.found = 0;
    if(!a->done && lex_run(&a->l) != 1)
      a->done = 1;
    a->asked = 1;
    a->id_s = a->l.id_s;
    a->id_e = a->l.id_e;
  }
  *field = a->pu.found ? a->pu.path : NULL;
  *id_s = a->id_s;
  *id_e = a->id_e;
  if(!*id_e) {
    /* The id may come after the field: a lex of the whole line, once. */
    if(!a->tail_id) {
      struct lex t;
      lex_init(&t, a->l.p, a->l.n, NULL, 0, NULL);
      t.work = &nj->work;
      lex_line(&t);
      a->tail_s = t.id_s;
      a->tail_e = t.id_e;
      a->tail_id = 1;
    }
    *id_s = a->tail_s;
    *id_e = a->tail_e;
  }
}

static int on_batch_finding(const struct zd_scan_finding *f, const char *value,
                            void *ud)
{
  struct zd_ndjson *nj = ud;
  const struct value *v = value_at(nj, (size_t)f->start);
  const struct piece *ps, *pe;
  const struct line *ln;
  struct zd_scan_finding g = *f;
  struct zd_ndjson_source src;
  size_t id_s, id_e;
  char id[128];
  if(!v || f->start < v->text_start || f->end > v->text_end)
    return 0;   /* in a key, or across two values */
  ps = piece_at(nj, (size_t)f->start);
  pe = piece_at(nj, (size_t)f->end - 1);
  g.start = ps->raw + (ps->len == ps->raw_len ? f->start - ps->text : 0);
  g.end = pe->len == pe->raw_len ? pe->raw + (f->end - pe->text)
                                 : pe->raw + pe->raw_len;
  ln = &nj->lines[v->line];
  g.line = ln->number;
  src.line = ln->number;
  src.field = NULL;
  src.id = NULL;
  if(v->ordinal == UINT32_MAX)
    goto report;   /* a line that is not JSON: no field, no id */
  attribute(nj, v->line, ln, v->ordinal, &src.field, &id_s, &id_e);
  if(id_e > id_s && id_e - id_s < sizeof(id)) {
    memcpy(id, nj->in + ln->start + id_s, id_e - id_s);
    id[id_e - id_s] = '\0';
    src.id = id;
  }
report:
  if(nj->cb(&g, value, &src, nj->ud)) {
    nj->stopped = 1;
    return 1;
  }
  return 0;
}

/* Processes the complete lines in in[0, upto). */
static zd_code batch(struct zd_ndjson *nj, size_t upto, struct zd_error *err)
{
  size_t i = 0;
  zd_code rc = ZD_OK;
  nj->text_len = nj->npieces = nj->nvalues = nj->nlines = 0;
  nj->pcur = nj->vcur = 0;
  if(nj->at)
    nj->at->line = SIZE_MAX;   /* line indexes start again */
  while(i < upto) {
    const char *nl = memchr(nj->in + i, '\n', upto - i);
    size_t e = nl ? (size_t)(nl - nj->in) : upto;
    struct line *ln;
    struct lex l;
    struct emit_ud u;
    GROW(nj->lines, nj->nlines, nj->cap_lines);
    ln = &nj->lines[nj->nlines];
    ln->start = i;
    ln->end = e > i && nj->in[e - 1] == '\r' ? e - 1 : e;
    ln->number = nj->next_line++;
    u.nj = nj;
    u.raw_base = nj->in_base + ln->start;
    u.line = (uint32_t)nj->nlines;
    lex_init(&l, (const unsigned char *)nj->in + ln->start,
             ln->end - ln->start, emit_value, 0, &u);
    l.work = &nj->work;
    ln->bad = 0;
    if(l.n) {
      size_t t0 = nj->text_len, p0 = nj->npieces, v0 = nj->nvalues, f = 0;
      while(f < l.n && zd_isspace(l.p[f]))
        f++;
      if(f < l.n && ((l.p[f] != '{' && l.p[f] != '[') || lex_line(&l) < 0)) {
        /* Not one JSON value: scan the whole line as text instead. */
        struct value *v;
        ln->bad = 1;
        nj->bad_lines++;
        nj->text_len = t0;
        nj->npieces = p0;
        nj->nvalues = v0;
        GROW(nj->values, nj->nvalues, nj->cap_values);
        v = &nj->values[nj->nvalues++];
        v->text_start = (uint32_t)nj->text_len;
        v->line = u.line;
        v->ordinal = UINT32_MAX;
        piece_add(nj, nj->text_len, l.n, u.raw_base, l.n);
        text_add(nj, l.p, l.n);
        v->text_end = (uint32_t)nj->text_len;
        text_add(nj, "\n\n", 2);
      }
    }
    nj->nlines++;
    i = e + 1;
  }
  if(nj->text_len)
    rc = zd_scan_buffer(nj->s, nj->text, nj->text_len, on_batch_finding, nj,
                        err);
  memmove(nj->in, nj->in + (upto < nj->in_len ? upto : nj->in_len),
          nj->in_len - (upto < nj->in_len ? upto : nj->in_len));
  nj->in_base += upto < nj->in_len ? upto : nj->in_len;
  nj->in_len -= upto < nj->in_len ? upto : nj->in_len;
  return rc;
}

struct zd_ndjson *zd_ndjson_new(struct zd_scanner *s, zd_ndjson_cb cb,
                                void *ud)
{
  struct zd_ndjson *nj = zd_calloc(1, sizeof(*nj));
  nj->s = s;
  nj->cb = cb;
  nj->ud = ud;
  nj->next_line = 1;
  return nj;
}

zd_code zd_ndjson_lines(struct zd_ndjson *nj, const char *data, size_t len,
                        struct zd_error *err)
{
  char *in = nj->in;
  size_t in_len = nj->in_len, in_cap = nj->in_cap;
  zd_code rc;
  if(nj->stopped || len == 0)
    return ZD_OK;
  if(in_len)
    abort();   /* the caller fed this walker already */
  /* batch() reads in[0, len) and moves nothing (it takes it all) */
  nj->in = (char *)(uintptr_t)data;
  nj->in_len = nj->in_cap = len;
  rc = batch(nj, len, err);
  nj->in = in;
  nj->in_len = in_len;
  nj->in_cap = in_cap;
  return rc;
}

void zd_ndjson_set_ud(struct zd_ndjson *nj, void *ud)
{
  nj->ud = ud;
}

void zd_ndjson_origin(struct zd_ndjson *nj, uint64_t offset, uint64_t line)
{
  nj->in_base = offset;
  nj->next_line = line;
}

/* Makes room for 'n' more bytes of input. */
static void in_reserve(struct zd_ndjson *nj, size_t n)
{
  if(nj->in_len + n > nj->in_cap) {
    while(nj->in_len + n > nj->in_cap)
      nj->in_cap = nj->in_cap ? nj->in_cap * 2 : ZD_SCAN_CHUNK;
    nj->in = zd_realloc(nj->in, nj->in_cap);
  }
}

/* After input was added: scans the complete lines once a chunk is in. */
static zd_code in_added(struct zd_ndjson *nj, struct zd_error *err)
{
  const char *last;
  if(nj->in_len < ZD_SCAN_CHUNK)
    return ZD_OK;
  /* Only the bytes added since the last look can hold a line break: a
   * long line is not searched again for each chunk of it. */
  last = nj->in_len > nj->nl_free
           ? memrchr(nj->in + nj->nl_free, '\n', nj->in_len - nj->nl_free)
           : NULL;
  nj->nl_free = nj->in_len;
  if(last) {
    zd_code rc = batch(nj, (size_t)(last - nj->in) + 1, err);
    nj->nl_free = nj->in_len;   /* what is left is part of one line */
    return rc;
  }
  if(nj->in_len > ZD_SCAN_MAX_NDJSON_LINE)
    return zd_error_set(err, ZD_ERR_LIMIT, "ndjson",
                        (int)(nj->next_line > 0x7fffffff ? 0 : nj->next_line),
                        "line longer than %lu bytes",
                        (unsigned long)ZD_SCAN_MAX_NDJSON_LINE);
  return ZD_OK;
}

zd_code zd_ndjson_feed(struct zd_ndjson *nj, const char *data, size_t len,
                       struct zd_error *err)
{
  while(len > 0 && !nj->stopped) {
    size_t n = len < ZD_SCAN_CHUNK ? len : ZD_SCAN_CHUNK;
    zd_code rc;
    in_reserve(nj, n);
    memcpy(nj->in + nj->in_len, data, n);
    nj->in_len += n;
    data += n;
    len -= n;
    if((rc = in_added(nj, err)))
      return rc;
  }
  return ZD_OK;
}

char *zd_ndjson_space(struct zd_ndjson *nj, size_t *room)
{
  in_reserve(nj, ZD_SCAN_CHUNK);
  *room = ZD_SCAN_CHUNK;
  return nj->in + nj->in_len;
}

zd_code zd_ndjson_commit(struct zd_ndjson *nj, size_t n, struct zd_error *err)
{
  if(nj->stopped || n == 0)
    return ZD_OK;
  if(n > nj->in_cap - nj->in_len)
    abort();   /* the caller wrote past zd_ndjson_space's room */
  nj->in_len += n;
  return in_added(nj, err);
}

zd_code zd_ndjson_finish(struct zd_ndjson *nj, struct zd_error *err)
{
  if(nj->stopped || !nj->in_len)
    return ZD_OK;
  return batch(nj, nj->in_len, err);
}

uint64_t zd_ndjson_bad_lines(const struct zd_ndjson *nj)
{
  return nj->bad_lines;
}

uint64_t zd_ndjson_work(const struct zd_ndjson *nj)
{
  return nj->work;
}

void zd_ndjson_free(struct zd_ndjson *nj)
{
  if(!nj)
    return;
  free(nj->in);
  free(nj->text);
  free(nj->pieces);
  free(nj->values);
  free(nj->lines);
  free(nj->at);
  free(nj);
}

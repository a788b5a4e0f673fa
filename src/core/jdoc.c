/* SPDX-License-Identifier: MIT
 * jdoc.c — the one-pass JSON reader behind snapshot files (see jdoc.h).
 * Strings are found sixteen bytes a step (SSE2 where there is one) and
 * checked; a short one is decoded into the document's text, a long one
 * (a 20 KB article body) is left in the file, which is never written, so
 * a large file can be mapped and its pages given back after the parse
 * (the text then holds all that most controls read: 20% of users.json,
 * 3% of hc_articles.json); each container's entries are gathered on a
 * scratch stack and
 * stored contiguously when it closes; keys are interned, so a duplicate
 * key in one object is a repeated key id. The items of a list mostly
 * repeat their keys in order, so each key is first compared, raw, with
 * the one that followed the previous key last time (predicted()), and
 * integers of up to 18 digits are summed without strtoll: users.json
 * takes 35% fewer instructions. */
#include "core/jdoc.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/mapfile.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DEPTH 2048   /* jansson's JSON_PARSER_MAX_DEPTH */
/* Strings of at most this many bytes (as written in the file) are decoded
 * into the document's text; longer ones stay in the file. */
#define SHORT_STRING 256
/* Files of at least this size are mapped (with 'map'), not read. */
#define MAP_MIN (1u << 20)
/* While a mapped file is parsed, the pages behind the parser are given
 * back every this many bytes. */
#define RELEASE_STEP (8u << 20)

/* A mapped document's file: the mapping, and what it was when parsed. */
struct mapped {
  struct zd_map map;
  struct stat st;
};

struct parser {
  struct zd_jdoc *d;
  const char *p, *end;
  const char *path;
  struct zd_error *err;
  int failed;
  size_t ncap, kcap, keycap;
  uint32_t *stack;     /* entries of the open containers */
  size_t nstack, scap;
  uint32_t *table;     /* key intern table: key id + 1, 0 = empty */
  size_t tmask;
  uint32_t *seen;      /* per key id: serial of the last object using it */
  uint32_t *next_of;   /* per key id: the key that followed it last time
                          (ZD_JREF_NONE: none yet), and ... */
  uint32_t first_key;  /* ... the key an object started with last time */
  uint8_t *plain;      /* per key id: no '"', '\\' or control byte in it */
  uint32_t serial;
  size_t tcap;         /* of d->text */
  char *kbuf;          /* an escaped key, decoded */
  size_t kbcap;
  uint64_t released;   /* a mapped file's pages below this were given back */
};

static int fail(struct parser *ps, const char *at, const char *what)
{
  if(!ps->failed) {
    const char *b = ps->d->buf, *q = at < b ? b : at, *ls = b;
    int line = 1;
    if(q > ps->end)
      q = ps->end;
    for(const char *c = b; c < q; c++)
      if(*c == '\n') {
        line++;
        ls = c + 1;
      }
    zd_error_set(ps->err, ZD_ERR_PARSE, ps->path, line,
                 "malformed JSON (column %d): %s", (int)(q - ls) + 1, what);
    ps->failed = 1;
  }
  return -1;
}

static uint32_t hash_bytes(const char *s, size_t n)
{
  uint32_t h = 2166136261u;
  for(size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static uint32_t new_node(struct parser *ps, zd_jtype t)
{
  struct zd_jdoc *d = ps->d;
  if(d->nnodes == ps->ncap) {
    ps->ncap = ps->ncap ? ps->ncap * 2 : 1024;
    d->nodes = zd_realloc(d->nodes, ps->ncap * sizeof(*d->nodes));
  }
  memset(&d->nodes[d->nnodes], 0, sizeof(d->nodes[0]));
  d->nodes[d->nnodes].type = (uint8_t)t;
  return (uint32_t)d->nnodes++;
}

static void push(struct parser *ps, uint32_t v)
{
  if(ps->nstack == ps->scap) {
    ps->scap = ps->scap ? ps->scap * 2 : 1024;
    ps->stack = zd_realloc(ps->stack, ps->scap * sizeof(*ps->stack));
  }
  ps->stack[ps->nstack++] = v;
}

/* Moves the top 'n' stack entries into 'kids'; returns where they went. */
static uint64_t pop_kids(struct parser *ps, size_t n)
{
  struct zd_jdoc *d = ps->d;
  uint64_t first = d->nkids;
  if(!n)
    return first;
  if(d->nkids + n > ps->kcap) {
    while(d->nkids + n > ps->kcap)
      ps->kcap = ps->kcap ? ps->kcap * 2 : 1024;
    d->kids = zd_realloc(d->kids, ps->kcap * sizeof(*d->kids));
  }
  memcpy(d->kids + d->nkids, ps->stack + ps->nstack - n, n * sizeof(uint32_t));
  d->nkids += n;
  ps->nstack -= n;
  return first;
}

static void grow_table(struct parser *ps)
{
  size_t size = ps->tmask ? (ps->tmask + 1) * 2 : 256;
  uint32_t *t = zd_calloc(size, sizeof(*t));
  for(size_t k = 0; k < ps->d->nkeys; k++) {
    size_t i = ps->d->keys[k].hash & (size - 1);
    while(t[i])
      i = (i + 1) & (size - 1);
    t[i] = (uint32_t)k + 1;
  }
  free(ps->table);
  ps->table = t;
  ps->tmask = size - 1;
}

/* Room for 'n' more bytes of text; returns where they go. */
static char *text_room(struct parser *ps, size_t n)
{
  struct zd_jdoc *d = ps->d;
  if(d->ntext + n > ps->tcap || !d->text) {
    if(!ps->tcap)
      ps->tcap = 4096;
    while(d->ntext + n > ps->tcap)
      ps->tcap *= 2;
    d->text = zd_realloc(d->text, ps->tcap);
  }
  return d->text + d->ntext;
}

/* The id of key 's' (decoded), interned: a new one is copied into the
 * document's text. */
static uint32_t intern(struct parser *ps, const char *s, size_t n)
{
  struct zd_jdoc *d = ps->d;
  uint32_t h = hash_bytes(s, n);
  size_t i;
  if((d->nkeys + 1) * 2 > ps->tmask + 1)
    grow_table(ps);
  for(i = h & ps->tmask; ps->table[i]; i = (i + 1) & ps->tmask) {
    const struct zd_jkey *k = &d->keys[ps->table[i] - 1];
    if(k->hash == h && k->len == n && !memcmp(d->text + k->off, s, n))
      return ps->table[i] - 1;
  }
  if(d->nkeys == ps->keycap) {
    ps->keycap = ps->keycap ? ps->keycap * 2 : 64;
    d->keys = zd_realloc(d->keys, ps->keycap * sizeof(*d->keys));
    ps->seen = zd_realloc(ps->seen, ps->keycap * sizeof(*ps->seen));
    ps->next_of = zd_realloc(ps->next_of, ps->keycap * sizeof(*ps->next_of));
    ps->plain = zd_realloc(ps->plain, ps->keycap);
  }
  /* even for "": the text exists once a key does (predicted() and the
   * lookups compare with d->text + off, never with a null pointer) */
  memcpy(text_room(ps, n), s, n);
  d->keys[d->nkeys].off = d->ntext;
  d->ntext += n;
  d->keys[d->nkeys].len = (uint32_t)n;
  d->keys[d->nkeys].hash = h;
  ps->seen[d->nkeys] = 0;
  ps->next_of[d->nkeys] = ZD_JREF_NONE;
  ps->plain[d->nkeys] = 1;
  for(size_t b = 0; b < n; b++)
    if(s[b] == '"' || s[b] == '\\' || (unsigned char)s[b] < 0x20)
      ps->plain[d->nkeys] = 0;
  ps->table[i] = (uint32_t)d->nkeys + 1;
  return (uint32_t)d->nkeys++;
}

static inline const char *skip_ws(const char *p)
{
  while(*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
    p++;
  return p;
}

/* The first byte at or after 'p' that is '"', '\\', below 0x20 or not
 * ASCII. The buffer's zero padding stops it at the end. */
static inline const char *find_special(const char *p)
{
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\');
  const __m128i ctl = _mm_set1_epi8(0x20);
  for(;;) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote),
                                          _mm_cmpeq_epi8(x, bs)),
                             _mm_cmplt_epi8(x, ctl));
    int bits = _mm_movemask_epi8(m);
    if(bits)
      return p + __builtin_ctz((unsigned)bits);
    p += 16;
  }
#else
  for(;; p++) {
    unsigned char c = (unsigned char)*p;
    if(c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
      return p;
  }
#endif
}

/* Length of the valid UTF-8 sequence at 'p' (as jansson checks it), or
 * 0. */
static size_t utf8_len(const unsigned char *p, const unsigned char *end)
{
  unsigned c = p[0], v;
  size_t n;
  if(c < 0x80)
    return 1;
  if(c < 0xc2)
    return 0;
  else if(c < 0xe0) {
    n = 2;
    v = c & 0x1f;
  }
  else if(c < 0xf0) {
    n = 3;
    v = c & 0x0f;
  }
  else if(c < 0xf5) {
    n = 4;
    v = c & 0x07;
  }
  else
    return 0;
  if(p + n > end)
    return 0;
  for(size_t i = 1; i < n; i++) {
    if((p[i] & 0xc0) != 0x80)
      return 0;
    v = (v << 6) | (p[i] & 0x3f);
  }
  if(v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff) ||
     (n == 3 && v < 0x800) || (n == 4 && v < 0x10000))
    return 0;
  return n;
}

static int hex4(const char *p, unsigned *out)
{
  unsigned v = 0;
  for(int i = 0; i < 4; i++) {
    char c = p[i];
    v <<= 4;
    if(c >= '0' && c <= '9')
      v |= (unsigned)(c - '0');
    else if(c >= 'a' && c <= 'f')
      v |= (unsigned)(c - 'a' + 10);
    else if(c >= 'A' && c <= 'F')
      v |= (unsigned)(c - 'A' + 10);
    else
      return -1;
  }
  *out = v;
  return 0;
}

static char *put_utf8(char *w, unsigned v)
{
  if(v < 0x80)
    *w++ = (char)v;
  else if(v < 0x800) {
    *w++ = (char)(0xc0 | (v >> 6));
    *w++ = (char)(0x80 | (v & 0x3f));
  }
  else if(v < 0x10000) {
    *w++ = (char)(0xe0 | (v >> 12));
    *w++ = (char)(0x80 | ((v >> 6) & 0x3f));
    *w++ = (char)(0x80 | (v & 0x3f));
  }
  else {
    *w++ = (char)(0xf0 | (v >> 18));
    *w++ = (char)(0x80 | ((v >> 12) & 0x3f));
    *w++ = (char)(0x80 | ((v >> 6) & 0x3f));
    *w++ = (char)(0x80 | (v & 0x3f));
  }
  return w;
}

/* A string as it stands in the file: between its quotes. */
struct rawstr {
  const char *raw;   /* its first byte after the opening quote */
  size_t rawlen;     /* bytes up to the closing quote */
  size_t len;        /* decoded */
  int escaped;       /* it holds a '\\' */
};

/* Reads and checks (as jansson does) the string whose opening quote is at
 * ps->p, without writing anything; ps->p moves past it. */
static int scan_string(struct parser *ps, struct rawstr *out)
{
  const char *start = ps->p + 1, *r = start;
  size_t len = 0;
  int escaped = 0;
  for(;;) {
    const char *q = find_special(r);
    unsigned char c;
    len += (size_t)(q - r);
    r = q;
    if(r >= ps->end)
      return fail(ps, r, "premature end of input");
    c = (unsigned char)*r;
    if(c >= 0x80) {
      size_t n = utf8_len((const unsigned char *)r,
                          (const unsigned char *)ps->end);
      if(!n)
        return fail(ps, r, "invalid UTF-8 in a string");
      r += n;
      len += n;
      continue;
    }
    if(c == '"') {
      ps->p = r + 1;
      out->raw = start;
      out->rawlen = (size_t)(r - start);
      out->len = len;
      out->escaped = escaped;
      return 0;
    }
    if(c != '\\')
      return fail(ps, r, "control character in a string");
    if(r + 1 >= ps->end)
      return fail(ps, r, "premature end of input");
    escaped = 1;
    switch(r[1]) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r':
    case 't':
      len++;
      r += 2;
      break;
    case 'u': {
      unsigned v, lo;
      if(r + 6 > ps->end || hex4(r + 2, &v))
        return fail(ps, r, "invalid \\u escape");
      r += 6;
      if(v >= 0xd800 && v <= 0xdbff) {
        if(r + 6 > ps->end || r[0] != '\\' || r[1] != 'u' ||
           hex4(r + 2, &lo) || lo < 0xdc00 || lo > 0xdfff)
          return fail(ps, r, "invalid Unicode surrogate pair");
        r += 6;
        len += 4;
      }
      else if(v >= 0xdc00 && v <= 0xdfff)
        return fail(ps, r, "invalid Unicode surrogate");
      else
        len += v < 0x80 ? 1 : v < 0x800 ? 2 : 3;
      break;
    }
    default:
      return fail(ps, r, "invalid escape");
    }
  }
}

/* Decodes the string body at 'r' (the file's bytes up to 'end') into
 * exactly 'n' bytes at 'w'. For a string scan_string passed this is its
 * value; for bytes that changed since (a file written while mapped) it
 * still writes 'n' bytes and reads nothing past 'end'. */
static void decode(const char *r, const char *end, char *w, size_t n)
{
  char *wend = w + n;
  while(w < wend && r < end) {
    size_t room = (size_t)(wend - w), avail = (size_t)(end - r);
    const char *bs = memchr(r, '\\', avail < room ? avail : room);
    size_t k = bs ? (size_t)(bs - r) : (avail < room ? avail : room);
    char u8[4];
    size_t m;
    unsigned v, lo;
    memcpy(w, r, k);
    w += k;
    r += k;
    if(!bs || r + 1 >= end)
      break;
    switch(r[1]) {
    case '"': *w++ = '"'; r += 2; continue;
    case '\\': *w++ = '\\'; r += 2; continue;
    case '/': *w++ = '/'; r += 2; continue;
    case 'b': *w++ = '\b'; r += 2; continue;
    case 'f': *w++ = '\f'; r += 2; continue;
    case 'n': *w++ = '\n'; r += 2; continue;
    case 'r': *w++ = '\r'; r += 2; continue;
    case 't': *w++ = '\t'; r += 2; continue;
    case 'u':
      if(r + 6 <= end && !hex4(r + 2, &v)) {
        r += 6;
        if(v >= 0xd800 && v <= 0xdbff && r + 6 <= end && r[0] == '\\' &&
           r[1] == 'u' && !hex4(r + 2, &lo) && lo >= 0xdc00 && lo <= 0xdfff) {
          r += 6;
          v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
        }
        m = (size_t)(put_utf8(u8, v) - u8);
        if(m > (size_t)(wend - w))
          m = (size_t)(wend - w);
        memcpy(w, u8, m);
        w += m;
        continue;
      }
      break;
    default:
      break;
    }
    *w++ = *r++;   /* not an escape (the file changed): the byte itself */
  }
  if(w < wend)
    memset(w, 0, (size_t)(wend - w));
}

static int is_digit(char c)
{
  return c >= '0' && c <= '9';
}

static int read_number(struct parser *ps, uint32_t node)
{
  const char *p = ps->p, *s = p;
  int real = 0;
  struct zd_jnode *nd;
  if(*p == '-')
    p++;
  if(*p == '0')
    p++;
  else if(is_digit(*p))
    while(is_digit(*p))
      p++;
  else
    return fail(ps, s, "invalid number");
  if(*p == '.') {
    real = 1;
    p++;
    if(!is_digit(*p))
      return fail(ps, s, "invalid number");
    while(is_digit(*p))
      p++;
  }
  if(*p == 'e' || *p == 'E') {
    real = 1;
    p++;
    if(*p == '+' || *p == '-')
      p++;
    if(!is_digit(*p))
      return fail(ps, s, "invalid number");
    while(is_digit(*p))
      p++;
  }
  if(p > ps->end)
    return fail(ps, ps->end, "premature end of input");
  nd = &ps->d->nodes[node];
  errno = 0;
  if(!real && p - s - (*s == '-') <= 18) {
    /* at most 18 digits cannot overflow: summed here, as strtoll would */
    const char *q = s + (*s == '-');
    long long v = 0;
    for(; q < p; q++)
      v = v * 10 + (*q - '0');
    nd->type = ZD_J_INT;
    nd->u.i = *s == '-' ? -v : v;
  }
  else if(!real) {
    char *e;
    long long v = strtoll(s, &e, 10);
    if(errno == ERANGE)
      return fail(ps, s, v < 0 ? "too big negative integer"
                                : "too big integer");
    nd->type = ZD_J_INT;
    nd->u.i = v;
  }
  else {
    char *e;
    double v = strtod(s, &e);
    if(errno == ERANGE && fabs(v) > 1)
      return fail(ps, s, "real number overflow");
    nd->type = ZD_J_REAL;
    nd->u.d = v;
  }
  ps->p = p;
  return 0;
}

static int word(struct parser *ps, const char *w, size_t n)
{
  char c;
  if((size_t)(ps->end - ps->p) < n || memcmp(ps->p, w, n))
    return fail(ps, ps->p, "invalid token");
  c = ps->p[n];
  if((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) ||
     c == '_')
    return fail(ps, ps->p, "invalid token");
  ps->p += n;
  return 0;
}

/* Closes the container on top of the frame stack: its entries (on the
 * scratch stack from 'base') go to 'kids'; an object's keys are checked
 * for duplicates. */
static int close_container(struct parser *ps, uint32_t node, size_t base,
                           int object)
{
  size_t n = ps->nstack - base;
  struct zd_jnode *nd;
  if(object) {
    /* a key id seen twice in this object is a duplicate key */
    uint32_t serial = ++ps->serial;
    for(size_t i = base; i < ps->nstack; i += 2) {
      uint32_t k = ps->stack[i];
      if(ps->seen[k] == serial) {
        const struct zd_jkey *key = &ps->d->keys[k];
        char what[160];
        snprintf(what, sizeof(what), "duplicate object key '%.*s'",
                 key->len > 64 ? 64 : (int)key->len, ps->d->text + key->off);
        return fail(ps, ps->p - 1, what);
      }
      ps->seen[k] = serial;
    }
  }
  if(ps->d->nkids + n > UINT32_MAX)
    return fail(ps, ps->p, "too many values");
  nd = &ps->d->nodes[node];
  nd->n = (uint32_t)(n / (object ? 2 : 1));
  nd->u.first = pop_kids(ps, n);
  return 0;
}

/* The key expected at ps->p: the one that followed 'prev' last time (or
 * began an object, for prev ZD_JREF_NONE). The items of a list are
 * objects with the same keys in the same order, so most keys are known
 * before they are read: their raw bytes are compared with the key's, and
 * neither decoded, hashed nor looked up. */
static uint32_t predicted(const struct parser *ps, uint32_t prev)
{
  uint32_t k = prev == ZD_JREF_NONE ? ps->first_key : ps->next_of[prev];
  const struct zd_jkey *key;
  if(k == ZD_JREF_NONE || !ps->plain[k])
    return ZD_JREF_NONE;
  key = &ps->d->keys[k];
  /* a plain key's bytes then '"' can only be that key, unescaped */
  if((size_t)(ps->end - ps->p) < (size_t)key->len + 2 ||
     memcmp(ps->p + 1, ps->d->text + key->off, key->len) ||
     ps->p[1 + key->len] != '"')
    return ZD_JREF_NONE;
  return k;
}

/* An object key and its ':' at ps->p; pushes the key's id. '*prev' is the
 * object's key before it (ZD_JREF_NONE for its first), and becomes this
 * one. */
static int read_key(struct parser *ps, uint32_t *prev)
{
  struct rawstr k;
  uint32_t id;
  if(*ps->p != '"')
    return fail(ps, ps->p, ps->p >= ps->end ? "premature end of input"
                                             : "string or '}' expected");
  if((id = predicted(ps, *prev)) != ZD_JREF_NONE)
    ps->p += ps->d->keys[id].len + 2;
  else {
    const char *key;
    if(scan_string(ps, &k))
      return -1;
    key = k.raw;
    if(k.escaped) {
      if(k.len > ps->kbcap) {
        ps->kbcap = k.len;
        ps->kbuf = zd_realloc(ps->kbuf, ps->kbcap);
      }
      decode(k.raw, k.raw + k.rawlen, ps->kbuf, k.len);
      key = ps->kbuf;
      if(memchr(key, '\0', k.len))
        return fail(ps, k.raw, "NUL byte in object key not supported");
    }
    id = intern(ps, key, k.len);
    if(*prev == ZD_JREF_NONE)
      ps->first_key = id;
    else
      ps->next_of[*prev] = id;
  }
  *prev = id;
  push(ps, id);
  ps->p = skip_ws(ps->p);
  if(*ps->p != ':')
    return fail(ps, ps->p, "':' expected");
  ps->p = skip_ws(ps->p + 1);
  return 0;
}

/* A scalar at ps->p into 'node'. */
static int read_scalar(struct parser *ps, uint32_t node)
{
  switch(*ps->p) {
  case '"': {
    struct rawstr str;
    struct zd_jnode *nd;
    if(scan_string(ps, &str))
      return -1;
    if(str.len > UINT32_MAX)
      return fail(ps, str.raw, "string too long");
    nd = &ps->d->nodes[node];
    nd->type = ZD_J_STRING;
    nd->n = (uint32_t)str.len;
    if(str.rawlen <= SHORT_STRING) {
      char *w = text_room(ps, str.len);
      if(str.escaped)
        decode(str.raw, str.raw + str.rawlen, w, str.len);
      else
        memcpy(w, str.raw, str.len);
      nd->where = ZD_JS_TEXT;
      nd->u.off = ps->d->ntext;
      ps->d->ntext += str.len;
    }
    else {
      nd->where = str.escaped ? ZD_JS_ESCAPED : ZD_JS_FILE;
      nd->u.off = (uint64_t)(str.raw - ps->d->buf);
    }
    return 0;
  }
  case 't':
    ps->d->nodes[node].type = ZD_J_TRUE;
    return word(ps, "true", 4);
  case 'f':
    ps->d->nodes[node].type = ZD_J_FALSE;
    return word(ps, "false", 5);
  case 'n':
    return word(ps, "null", 4);
  default:
    if(*ps->p == '-' || is_digit(*ps->p))
      return read_number(ps, node);
    return fail(ps, ps->p, ps->p >= ps->end ? "premature end of input"
                                             : "invalid token");
  }
}

struct frame {
  uint32_t node;
  int object;
  size_t base;
  uint32_t last_key;   /* objects: the key read last (read_key) */
};

/* The value at ps->p, containers without recursion (a hostile file's
 * nesting costs heap, not stack). */
static int parse_root(struct parser *ps)
{
  struct frame *fr = NULL;
  size_t nfr = 0, frcap = 0;
  int rc = 0;
  for(;;) {
    uint32_t node;
    char c = *ps->p;
    if(ps->d->nnodes >= UINT32_MAX - 1) {
      rc = fail(ps, ps->p, "too many values");
      break;
    }
    node = new_node(ps, ZD_J_NULL);
    push(ps, node);
    if(nfr + 1 > MAX_DEPTH) {   /* jansson counts scalars too */
      rc = fail(ps, ps->p, "maximum parsing depth reached");
      break;
    }
    if(c == '{' || c == '[') {
      if(nfr == frcap) {
        frcap = frcap ? frcap * 2 : 32;
        fr = zd_realloc(fr, frcap * sizeof(*fr));
      }
      ps->d->nodes[node].type = c == '{' ? ZD_J_OBJECT : ZD_J_ARRAY;
      fr[nfr].node = node;
      fr[nfr].object = c == '{';
      fr[nfr].base = ps->nstack;
      fr[nfr].last_key = ZD_JREF_NONE;
      nfr++;
      ps->p = skip_ws(ps->p + 1);
      if(*ps->p != (c == '{' ? '}' : ']')) {
        if(c == '{' && (rc = read_key(ps, &fr[nfr - 1].last_key)))
          break;
        continue;            /* the first entry's value */
      }
      /* empty: closed below */
    }
    else if((rc = read_scalar(ps, node)))
      break;
    else {
      /* jansson's lexer drops one NUL byte right after a number or a
       * literal (it reads one byte past the token and cannot put a NUL
       * back); do the same, so both accept the same files */
      if(c != '"' && ps->p < ps->end && *ps->p == '\0')
        ps->p++;
      ps->p = skip_ws(ps->p);
    }
    /* after a value: the next entry, or close containers */
    for(;;) {
      struct frame *f;
      char close;
      if(!nfr)
        goto done;
      f = &fr[nfr - 1];
      close = f->object ? '}' : ']';
      if(*ps->p == close) {
        ps->p++;
        if((rc = close_container(ps, f->node, f->base, f->object)))
          goto done;
        nfr--;
        ps->p = skip_ws(ps->p);
        continue;
      }
      if(*ps->p == ',' && ps->nstack > f->base) {
        if(ps->d->map &&
           (uint64_t)(ps->p - ps->d->buf) - ps->released >= RELEASE_STEP) {
          /* behind the parser: only long strings are read there again */
          uint64_t at = (uint64_t)(ps->p - ps->d->buf);
          zd_map_release(ps->d->map, ps->released, at);
          ps->released = at;
        }
        ps->p = skip_ws(ps->p + 1);
        if(f->object && (rc = read_key(ps, &f->last_key)))
          goto done;
        break;               /* the next entry's value */
      }
      rc = fail(ps, ps->p, ps->p >= ps->end ? "premature end of input"
                           : f->object ? "'}' expected" : "']' expected");
      goto done;
    }
  }
done:
  free(fr);
  return rc;
}

/* Parses d->buf (d->len bytes, then at least ZD_JDOC_PAD zero bytes);
 * frees 'd' on failure. */
static zd_code parse_doc(struct zd_jdoc *d, const char *path,
                         struct zd_jdoc **out, struct zd_error *err)
{
  struct parser ps;
  memset(&ps, 0, sizeof(ps));
  ps.first_key = ZD_JREF_NONE;
  ps.d = d;
  ps.p = d->buf;
  ps.end = d->buf + d->len;
  ps.path = path;
  ps.err = err;
  *out = NULL;
  ps.p = skip_ws(ps.p);
  if(*ps.p != '{' && *ps.p != '[')
    fail(&ps, ps.p, "'[' or '{' expected");
  else if(!parse_root(&ps)) {
    ps.p = skip_ws(ps.p);
    if(ps.p != ps.end)
      fail(&ps, ps.p, "end of file expected");
  }
  free(ps.stack);
  free(ps.table);
  free(ps.seen);
  free(ps.next_of);
  free(ps.plain);
  free(ps.kbuf);
  if(ps.failed) {
    zd_jdoc_decref(d);
    return err ? err->code : ZD_ERR_PARSE;
  }
  /* give back what the doubling left unused */
  d->nodes = zd_realloc(d->nodes, (d->nnodes ? d->nnodes : 1) *
                                  sizeof(*d->nodes));
  if(d->kids)
    d->kids = zd_realloc(d->kids, (d->nkids ? d->nkids : 1) *
                                  sizeof(*d->kids));
  d->text = zd_realloc(d->text, d->ntext ? d->ntext : 1);
  /* the file's pages: read again only for a long string */
  if(d->map)
    zd_map_release(d->map, 0, d->len);
  *out = d;
  return ZD_OK;
}

zd_code zd_jdoc_parse(char *buf, size_t len, const char *path,
                      struct zd_jdoc **out, struct zd_error *err)
{
  struct zd_jdoc *d = zd_calloc(1, sizeof(*d));
  d->buf = buf;
  d->len = len;
  d->refs = 1;
  memset(buf + len, 0, ZD_JDOC_PAD);
  return parse_doc(d, path, out, err);
}

zd_code zd_jdoc_load(const char *path, size_t max, int map,
                     struct zd_jdoc **out, struct zd_error *err)
{
  /* O_NONBLOCK: a FIFO is refused (not a regular file), never waited on */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  struct stat st;
  char *buf;
  size_t len = 0;
  zd_code rc;
  *out = NULL;
  if(fd < 0)
    return zd_error_set(err, errno == ENOENT ? ZD_ERR_NOTFOUND : ZD_ERR_IO,
                        path, 0, "cannot open: %s", strerror(errno));
  if(map && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
     (unsigned long long)st.st_size <= max && st.st_size >= MAP_MIN) {
    struct mapped *mp = zd_calloc(1, sizeof(*mp));
    if(!zd_map_open_pad(&mp->map, fd, (uint64_t)st.st_size, ZD_JDOC_PAD)) {
      struct zd_jdoc *d = zd_calloc(1, sizeof(*d));
      mp->st = st;
      d->buf = mp->map.data;
      d->len = mp->map.len;
      d->map = &mp->map;   /* its first member: freed as a 'struct mapped' */
      d->refs = 1;
      return parse_doc(d, path, out, err);   /* keeps 'fd' for the check */
    }
    free(mp);   /* not mapped: read instead */
  }
  rc = zd_read_fd_pad(fd, path, max, ZD_JDOC_PAD, &buf, &len, err);
  close(fd);
  if(rc)
    return rc;
  return zd_jdoc_parse(buf, len, path, out, err);
}

zd_code zd_jdoc_check(const struct zd_jdoc *d, const char *path,
                      struct zd_error *err)
{
  const struct mapped *mp = (const struct mapped *)(const void *)d->map;
  struct stat now;
  uint64_t cut_at = 0;
  if(!mp)
    return ZD_OK;
  if(zd_map_cut(&mp->map, &cut_at))
    return zd_error_set(err, ZD_ERR_IO, path, 0, "the file shrank while it "
                        "was read (to %llu bytes): what followed read as "
                        "zeros", (unsigned long long)cut_at);
  if(fstat(mp->map.fd, &now) || now.st_size != mp->st.st_size ||
     now.st_mtim.tv_sec != mp->st.st_mtim.tv_sec ||
     now.st_mtim.tv_nsec != mp->st.st_mtim.tv_nsec)
    return zd_error_set(err, ZD_ERR_IO, path, 0, "the file was written "
                        "while it was read: what was read from it may not "
                        "be what was checked");
  return ZD_OK;
}

void zd_jdoc_release(const struct zd_jdoc *d, uint64_t from, uint64_t to)
{
  if(d->map)
    zd_map_release(d->map, from, to);
}

void zd_jdoc_decode(const struct zd_jdoc *d, zd_jref r, char *out)
{
  const struct zd_jnode *nd = &d->nodes[r];
  if(nd->where == ZD_JS_ESCAPED)
    decode(d->buf + nd->u.off, d->buf + d->len, out, nd->n);
  else if(nd->n)
    memcpy(out, nd->where == ZD_JS_TEXT ? d->text + nd->u.off
                                        : d->buf + nd->u.off, nd->n);
}

const char *zd_jdoc_str_escaped(const struct zd_jdoc *d, zd_jref r,
                                struct zd_jscratch *tmp)
{
  size_t n = d->nodes[r].n;
  if(n > tmp->cap || !tmp->p) {
    tmp->cap = n > 64 ? n : 64;
    free(tmp->p);
    tmp->p = zd_malloc(tmp->cap);
  }
  zd_jdoc_decode(d, r, tmp->p);
  return tmp->p;
}

struct zd_jdoc *zd_jdoc_from_json(const json_t *j)
{
  char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
  size_t n = s ? strlen(s) : 0;
  char *buf = zd_malloc(n + ZD_JDOC_PAD);
  struct zd_jdoc *d = NULL;
  memcpy(buf, s ? s : "", n);
  free(s);
  if(zd_jdoc_parse(buf, n, "(in memory)", &d, NULL))
    return NULL;
  return d;
}

struct zd_jdoc *zd_jdoc_incref(struct zd_jdoc *d)
{
  if(d)
    d->refs++;
  return d;
}

void zd_jdoc_decref(struct zd_jdoc *d)
{
  if(!d || --d->refs > 0)
    return;
  if(d->map) {
    struct mapped *mp = (struct mapped *)(void *)d->map;
    int fd = mp->map.fd;
    zd_map_close(&mp->map, NULL);
    close(fd);
    free(mp);
  }
  else
    free((char *)d->buf);
  free(d->text);
  free(d->nodes);
  free(d->kids);
  free(d->keys);
  free(d);
}

zd_jref zd_jdoc_member(const struct zd_jdoc *d, zd_jref r, size_t i,
                       const char **key, size_t *klen)
{
  const struct zd_jkey *k;
  uint64_t at;
  if(zd_jdoc_type(d, r) != ZD_J_OBJECT || i >= d->nodes[r].n)
    return ZD_JREF_NONE;
  at = d->nodes[r].u.first + 2 * i;
  k = &d->keys[d->kids[at]];
  *key = d->text + k->off;
  *klen = k->len;
  return d->kids[at + 1];
}

size_t zd_jdoc_index_of(const struct zd_jdoc *d, zd_jref r, const char *key,
                        size_t klen)
{
  const uint32_t *kids;
  uint32_t h, n;
  if(zd_jdoc_type(d, r) != ZD_J_OBJECT)
    return (size_t)-1;
  h = hash_bytes(key, klen);
  n = d->nodes[r].n;
  kids = d->kids + d->nodes[r].u.first;
  for(uint32_t i = 0; i < n; i++) {
    const struct zd_jkey *k = &d->keys[kids[2 * i]];
    if(k->hash == h && k->len == klen && !memcmp(d->text + k->off, key, klen))
      return i;
  }
  return (size_t)-1;
}

zd_jref zd_jdoc_get(const struct zd_jdoc *d, zd_jref r, const char *key,
                    size_t klen)
{
  size_t i = zd_jdoc_index_of(d, r, key, klen);
  return i == (size_t)-1 ? ZD_JREF_NONE
                         : d->kids[d->nodes[r].u.first + 2 * i + 1];
}

json_t *zd_jdoc_to_json(const struct zd_jdoc *d, zd_jref r)
{
  const struct zd_jnode *nd;
  json_t *j;
  if(r == ZD_JREF_NONE)
    return NULL;
  nd = &d->nodes[r];
  switch((zd_jtype)nd->type) {
  case ZD_J_FALSE: return json_false();
  case ZD_J_TRUE: return json_true();
  case ZD_J_INT: return json_integer((json_int_t)nd->u.i);
  case ZD_J_REAL: return json_real(nd->u.d);
  case ZD_J_STRING: {
    struct zd_jscratch tmp = {NULL, 0};
    size_t n;
    const char *str = zd_jdoc_str(d, r, &n, &tmp);
    j = json_stringn_nocheck(str, n);
    free(tmp.p);
    return j;
  }
  case ZD_J_ARRAY:
    j = json_array();
    for(uint32_t i = 0; i < nd->n; i++)
      json_array_append_new(j, zd_jdoc_to_json(d, d->kids[nd->u.first + i]));
    return j;
  case ZD_J_OBJECT:
    j = json_object();
    for(uint32_t i = 0; i < nd->n; i++) {
      const struct zd_jkey *k = &d->keys[d->kids[nd->u.first + 2 * i]];
      json_object_setn_new_nocheck(j, d->text + k->off, k->len,
                                   zd_jdoc_to_json(d, d->kids[nd->u.first +
                                                              2 * i + 1]));
    }
    return j;
  case ZD_J_NULL:
  case ZD_J_NONE:
  default:
    return json_null();
  }
}

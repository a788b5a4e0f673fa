/* SPDX-License-Identifier: MIT
 * html.c — the HTML stripper behind html.h. A small state machine over
 * the bytes (HTML5's tokenizer, reduced to what scanning needs): text,
 * tags with attributes, comments, raw-text elements, character
 * references. Every output byte records the input span it came from. */
#define _GNU_SOURCE  /* memmem */
#include "scan/html.h"
#include "scan/scan_int.h"
#include "core/alloc.h"
#include "core/limits.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct strip {
  const unsigned char *h;
  size_t n;
  struct zd_html_text *t;
  unsigned char part;   /* ZD_HTML_* of what is being emitted */
};

static struct zd_html_seg *new_seg(struct zd_html_text *t)
{
  if(t->nseg == t->segcap) {
    t->segcap = t->segcap ? t->segcap * 2 : 64;
    t->seg = zd_realloc(t->seg, t->segcap * sizeof(*t->seg));
  }
  return &t->seg[t->nseg++];
}

/* HTML bytes [from, to) copied as they are: one text byte each. Joins the
 * previous segment when it is a copy of the bytes just before. */
static void copy(struct strip *s, size_t from, size_t to)
{
  struct zd_html_text *t = s->t;
  struct zd_html_seg *g = t->nseg ? &t->seg[t->nseg - 1] : NULL;
  if(to <= from)
    return;
  memcpy(t->text + t->len, s->h + from, to - from);
  if(g && g->copy && g->part == s->part && g->to == from &&
     g->text + g->n == t->len) {
    g->to = (uint32_t)to;
    g->n += (uint32_t)(to - from);
  }
  else {
    g = new_seg(t);
    g->text = (uint32_t)t->len;
    g->n = (uint32_t)(to - from);
    g->from = (uint32_t)from;
    g->to = (uint32_t)to;
    g->copy = 1;
    g->part = s->part;
  }
  t->len += to - from;
}

/* 'n' text bytes that all come from HTML bytes [from, to) (a character
 * reference, a tag that breaks the line). Never more output than input:
 * checked by the callers' arithmetic. */
static void atom(struct strip *s, const unsigned char *b, size_t n,
                 size_t from, size_t to)
{
  struct zd_html_text *t = s->t;
  struct zd_html_seg *g = new_seg(t);
  g->text = (uint32_t)t->len;
  g->n = (uint32_t)n;
  g->from = (uint32_t)from;
  g->to = (uint32_t)to;
  g->copy = 0;
  g->part = s->part;
  memcpy(t->text + t->len, b, n);
  t->len += n;
}

static void out(struct strip *s, unsigned char c, size_t from, size_t to)
{
  atom(s, &c, 1, from, to);
}

static void out_utf8(struct strip *s, unsigned cp, size_t from, size_t to)
{
  unsigned char b[4];
  size_t n;
  if(cp < 0x80) {
    b[0] = (unsigned char)cp;
    n = 1;
  }
  else if(cp < 0x800) {
    b[0] = (unsigned char)(0xc0 | (cp >> 6));
    b[1] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 2;
  }
  else if(cp < 0x10000) {
    b[0] = (unsigned char)(0xe0 | (cp >> 12));
    b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    b[2] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 3;
  }
  else {
    b[0] = (unsigned char)(0xf0 | (cp >> 18));
    b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    b[3] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 4;
  }
  atom(s, b, n, from, to);
}

/* HTML 4 Latin-1 entities, U+00A0 to U+00FF in order. */
static const char *const latin1[96] = {
  "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect",
  "uml", "copy", "ordf", "laquo", "not", "shy", "reg", "macr", "deg",
  "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot", "cedil",
  "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
  "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
  "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
  "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde",
  "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
  "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring",
  "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave",
  "iacute", "icirc", "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc",
  "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc", "uuml",
  "yacute", "thorn", "yuml"
};

static const struct { const char *name; unsigned cp; } other_entities[] = {
  {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
  {"ensp", ' '}, {"emsp", ' '}, {"thinsp", ' '}, {"zwnj", 0x200c},
  {"zwj", 0x200d}, {"ndash", 0x2013}, {"mdash", 0x2014},
  {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"sbquo", 0x201a},
  {"ldquo", 0x201c}, {"rdquo", 0x201d}, {"bdquo", 0x201e},
  {"hellip", 0x2026}, {"bull", 0x2022}, {"trade", 0x2122},
  {"euro", 0x20ac}, {"larr", 0x2190}, {"rarr", 0x2192}, {"OElig", 0x152},
  {"oelig", 0x153}, {"Scaron", 0x160}, {"scaron", 0x161},
  {"Yuml", 0x178}, {"dagger", 0x2020}, {"Dagger", 0x2021},
  {"permil", 0x2030}, {"lsaquo", 0x2039}, {"rsaquo", 0x203a},
  {"minus", 0x2212}, {"check", 0x2713},
};

/* A character reference at h[i] ('&'). Returns its length and sets '*cp',
 * or 0 when it is not one (then '&' is text). */
static size_t entity(const struct strip *s, size_t i, unsigned *cp)
{
  size_t k = i + 1;
  char name[12];
  size_t nl = 0;
  if(k < s->n && s->h[k] == '#') {
    unsigned long v = 0;
    int hex = 0, nd = 0;
    k++;
    if(k < s->n && (s->h[k] == 'x' || s->h[k] == 'X')) {
      hex = 1;
      k++;
    }
    while(k < s->n && nd < 8) {
      int c = s->h[k], d;
      if(c >= '0' && c <= '9')
        d = c - '0';
      else if(hex && c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if(hex && c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      else
        break;
      v = v * (hex ? 16 : 10) + (unsigned long)d;
      nd++;
      k++;
    }
    if(!nd)
      return 0;
    if(k < s->n && s->h[k] == ';')
      k++;
    if(v == 0 || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
      v = 0xfffd;
    if(v == 0xa0)
      v = ' ';
    *cp = (unsigned)v;
    return k - i;
  }
  while(k < s->n && zd_isalnum(s->h[k]) && nl < sizeof(name) - 1)
    name[nl++] = (char)s->h[k++];
  name[nl] = '\0';
  if(!nl || k >= s->n || s->h[k] != ';')
    return 0;
  k++;
  if(!strcmp(name, "nbsp")) {
    *cp = ' ';
    return k - i;
  }
  for(int x = 0; x < 96; x++)
    if(!strcmp(name, latin1[x])) {
      *cp = 0xa0u + (unsigned)x;
      return k - i;
    }
  for(size_t x = 0; x < sizeof(other_entities) / sizeof(other_entities[0]); x++)
    if(!strcmp(name, other_entities[x].name)) {
      *cp = other_entities[x].cp;
      return k - i;
    }
  return 0;
}

/* Text from h[i, e) with references decoded: the bytes between two '&'
 * are copied in one piece. */
static void text_run(struct strip *s, size_t i, size_t e)
{
  while(i < e) {
    const unsigned char *amp = memchr(s->h + i, '&', e - i);
    size_t a = amp ? (size_t)(amp - s->h) : e, n;
    unsigned cp;
    copy(s, i, a);
    i = a;
    if(i >= e)
      break;
    if((n = entity(s, i, &cp)) > 0 && i + n <= e) {
      out_utf8(s, cp, i, i + n);
      i += n;
    }
    else {
      copy(s, i, i + 1);
      i++;
    }
  }
}

/* Text of the page source a reader does not see (a comment, a script,
 * CDATA): h[i, e) as it is, between line breaks mapped to 'open' and
 * 'close', so its words do not join the text around it. */
static void hidden_run(struct strip *s, unsigned char part, size_t open_from,
                       size_t open_to, size_t i, size_t e, size_t close_from,
                       size_t close_to)
{
  unsigned char was = s->part;
  if(e <= i)
    return;
  s->part = part;
  out(s, '\n', open_from, open_to);
  copy(s, i, e);
  out(s, '\n', close_from, close_to);
  s->part = was;
}

/* A block element's name, in any case: compared only with the names of
 * its length (this runs at every tag; a strlen per name cost more than
 * the rest of the tag). */
static int block_tag(const unsigned char *name, size_t n)
{
  static const char *const l1[] = {"p", NULL};
  static const char *const l2[] = {"br", "li", "ul", "ol", "tr", "td", "th",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dd", "dt", "dl", NULL};
  static const char *const l3[] = {"div", "pre", "nav", NULL};
  static const char *const l4[] = {"main", "form", NULL};
  static const char *const l5[] = {"table", "title", "aside", "tbody",
                                   "thead", NULL};
  static const char *const l6[] = {"header", "footer", "option", "figure",
                                   NULL};
  static const char *const l7[] = {"section", "article", "address",
                                   "caption", "summary", "details", NULL};
  static const char *const l10[] = {"blockquote", "figcaption", NULL};
  static const char *const *const by_len[] = {NULL, l1, l2, l3, l4, l5, l6,
                                              l7, NULL, NULL, l10};
  char b[10];
  if(n == 0 || n >= sizeof(by_len) / sizeof(by_len[0]) || !by_len[n])
    return 0;
  for(size_t i = 0; i < n; i++)
    b[i] = (char)zd_tolower(name[i]);
  for(const char *const *t = by_len[n]; *t; t++)
    if(b[0] == (*t)[0] && !memcmp(b, *t, n))
      return 1;
  return 0;
}

/* The part an attribute's value is scanned as, or -1 when it is not
 * scanned: alt, title and href are text a reader may see (hover, link);
 * data-* and an input's value are in the page source only. */
static int attr_part(const unsigned char *tagname, size_t tn,
                     const unsigned char *name, size_t n)
{
  if((n == 3 && !strncasecmp((const char *)name, "alt", 3)) ||
     (n == 5 && !strncasecmp((const char *)name, "title", 5)) ||
     (n == 4 && !strncasecmp((const char *)name, "href", 4)))
    return ZD_HTML_TEXT;
  if(n > 5 && !strncasecmp((const char *)name, "data-", 5))
    return ZD_HTML_DATA_ATTR;
  if(n == 5 && !strncasecmp((const char *)name, "value", 5) && tn == 5 &&
     !strncasecmp((const char *)tagname, "input", 5))
    return ZD_HTML_INPUT_VALUE;
  return -1;
}

/* Finds "</name" (case-insensitive) from i; returns its index or n. */
static size_t find_close(const struct strip *s, size_t i, const char *name)
{
  size_t l = strlen(name);
  for(; i + l + 2 <= s->n; i++)
    if(s->h[i] == '<' && s->h[i + 1] == '/' &&
       !strncasecmp((const char *)s->h + i + 2, name, l))
      return i;
  return s->n;
}

/* A tag at h[i] ('<' followed by a letter or '/'). Returns its end. */
static size_t tag(struct strip *s, size_t i)
{
  size_t k = i + 1, ns, ne;
  int closing = 0;
  if(s->h[k] == '/') {
    closing = 1;
    k++;
  }
  ns = k;
  while(k < s->n && (zd_isalnum(s->h[k]) || s->h[k] == '-' || s->h[k] == ':'))
    k++;
  ne = k;
  /* A block element breaks the text; mapped to the tag's start so text
   * bytes keep their order (attribute text follows). */
  if(block_tag(s->h + ns, ne - ns))
    out(s, '\n', i, ne);
  /* Attributes. */
  while(k < s->n && s->h[k] != '>') {
    size_t an, ae, vs, ve;
    int part;
    if(zd_isspace(s->h[k]) || s->h[k] == '/') {
      k++;
      continue;
    }
    an = k;
    while(k < s->n && !zd_isspace(s->h[k]) && s->h[k] != '=' &&
          s->h[k] != '>' && s->h[k] != '/')
      k++;
    ae = k;
    while(k < s->n && zd_isspace(s->h[k]))
      k++;
    if(k >= s->n || s->h[k] != '=')
      continue;
    k++;
    while(k < s->n && zd_isspace(s->h[k]))
      k++;
    if(k < s->n && (s->h[k] == '"' || s->h[k] == '\'')) {
      unsigned char q = s->h[k++];
      vs = k;
      while(k < s->n && s->h[k] != q)
        k++;
      ve = k;
      if(k < s->n)
        k++;
    }
    else {
      vs = k;
      while(k < s->n && !zd_isspace(s->h[k]) && s->h[k] != '>')
        k++;
      ve = k;
    }
    if(!closing && ve > vs &&
       (part = attr_part(s->h + ns, ne - ns, s->h + an, ae - an)) >= 0) {
      /* The quotes or the '=' before it pay for the spaces around it. */
      s->part = (unsigned char)part;
      out(s, ' ', vs - 1, vs);
      text_run(s, vs, ve);
      out(s, ' ', ve, ve);
      s->part = ZD_HTML_TEXT;
    }
  }
  if(k < s->n)
    k++;
  if(!closing && ne - ns == 6 &&
          (!strncasecmp((const char *)s->h + ns, "script", 6))) {
    /* Scripts are page source: scanned as they are, raw text (no
     * character references), reported as ZD_HTML_SCRIPT. */
    size_t body = k;
    k = find_close(s, k, "script");
    hidden_run(s, ZD_HTML_SCRIPT, body - 1, body, body, k, k, k);
  }
  else if(!closing && ne - ns == 5 &&
          (!strncasecmp((const char *)s->h + ns, "style", 5)))
    k = find_close(s, k, "style");
  return k;
}

/* A comment or CDATA section at h[i]: 'open' bytes, then its text up to
 * 'close' (3 bytes) or the end. Returns where it ends. */
static size_t delimited(struct strip *s, unsigned char part, size_t i,
                        size_t open, const char *close)
{
  const unsigned char *end = memmem(s->h + i + open, s->n - i - open, close, 3);
  size_t e = end ? (size_t)(end - s->h) : s->n;
  hidden_run(s, part, i, i + open, i + open, e, e, end ? e + 3 : e);
  return end ? e + 3 : s->n;
}

/* Strips into 't', reusing its buffers (zd_scan_html keeps one per
 * scanner). */
static void strip_into(const char *html, size_t len, struct zd_html_text *t)
{
  struct strip s;
  size_t i = 0, run = 0;
  /* Output never outgrows input: each construct emits at most as many
   * bytes as it consumes (see out() callers). One spare for the NUL. */
  if(t->cap < len + 1) {
    free(t->text);
    t->text = zd_malloc(len + 1);
    t->cap = len + 1;
  }
  t->len = 0;
  t->nseg = 0;
  s.h = (const unsigned char *)html;
  s.n = len;
  s.t = t;
  s.part = ZD_HTML_TEXT;
  while(i < len) {
    const unsigned char *lt = memchr(s.h + i, '<', len - i);
    if(!lt)
      break;
    i = (size_t)(lt - s.h);
    if(i + 1 >= len)
      break;
    if(zd_isalpha(s.h[i + 1]) || (s.h[i + 1] == '/' && i + 2 < len &&
                                  zd_isalpha(s.h[i + 2]))) {
      text_run(&s, run, i);
      i = tag(&s, i);
      run = i;
    }
    else if(s.h[i + 1] == '!' || s.h[i + 1] == '?') {
      const char *end;
      text_run(&s, run, i);
      if(i + 3 < len && s.h[i + 2] == '-' && s.h[i + 3] == '-')
        i = delimited(&s, ZD_HTML_COMMENT, i, 4, "-->");
      else if(len - i >= 9 && !memcmp(s.h + i, "<![CDATA[", 9))
        i = delimited(&s, ZD_HTML_CDATA, i, 9, "]]>");
      else {
        end = memchr(s.h + i, '>', len - i);
        i = end ? (size_t)(end - html) + 1 : len;
      }
      run = i;
    }
    else
      i++;
  }
  text_run(&s, run, len);
  t->text[t->len] = '\0';
}

zd_code zd_html_strip(const char *html, size_t len, struct zd_html_text *t,
                      struct zd_error *err)
{
  memset(t, 0, sizeof(*t));
  if(len > ZD_SCAN_MAX_HTML)
    return zd_error_set(err, ZD_ERR_LIMIT, "html", 0,
                        "an HTML document of %zu bytes is over the %lu-byte "
                        "limit", len, (unsigned long)ZD_SCAN_MAX_HTML);
  strip_into(html, len, t);
  return ZD_OK;
}

void zd_html_text_free(struct zd_html_text *t)
{
  if(!t)
    return;
  free(t->text);
  free(t->seg);
  memset(t, 0, sizeof(*t));
}

/* The segment holding text byte i (i < t->len). */
static const struct zd_html_seg *seg_of(const struct zd_html_text *t,
                                        size_t i)
{
  size_t lo = 0, hi = t->nseg;
  while(hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if(t->seg[mid].text <= i)
      lo = mid;
    else
      hi = mid;
  }
  return &t->seg[lo];
}

void zd_html_src(const struct zd_html_text *t, size_t i, size_t *from,
                 size_t *to)
{
  const struct zd_html_seg *g = seg_of(t, i);
  if(g->copy) {
    *from = g->from + (i - g->text);
    *to = *from + 1;
  }
  else {
    *from = g->from;
    *to = g->to;
  }
}

int zd_html_part(const struct zd_html_text *t, size_t i)
{
  return i < t->len ? seg_of(t, i)->part : ZD_HTML_TEXT;
}

const char *zd_html_part_name(int part)
{
  switch(part) {
  case ZD_HTML_COMMENT: return "comment";
  case ZD_HTML_SCRIPT: return "script";
  case ZD_HTML_CDATA: return "cdata";
  case ZD_HTML_DATA_ATTR: return "data-attribute";
  case ZD_HTML_INPUT_VALUE: return "input-value";
  default: return NULL;
  }
}

void zd_html_map(const struct zd_html_text *t, size_t start, size_t end,
                 size_t *ostart, size_t *oend)
{
  size_t a, b;
  zd_html_src(t, start, ostart, &a);
  zd_html_src(t, end - 1, &b, oend);
  if(*oend < *ostart)
    *oend = *ostart;
}

struct html_ud {
  const struct zd_html_text *t;
  zd_scan_cb cb;
  void *ud;
};

static int on_text_finding(const struct zd_scan_finding *f, const char *value,
                           void *ud)
{
  struct html_ud *h = ud;
  struct zd_scan_finding g = *f;
  size_t s, e;
  zd_html_map(h->t, (size_t)f->start, (size_t)f->end, &s, &e);
  g.start = s;
  g.end = e;
  g.part = zd_html_part_name(zd_html_part(h->t, (size_t)f->start));
  return h->cb(&g, value, h->ud);
}

zd_code zd_scan_html(struct zd_scanner *s, const char *html, size_t len,
                     zd_scan_cb cb, void *ud, struct zd_error *err)
{
  struct zd_html_text *t = zd_scanner_html_text(s);
  struct html_ud h;
  if(len > ZD_SCAN_MAX_HTML)
    return zd_error_set(err, ZD_ERR_LIMIT, "html", 0,
                        "an HTML document of %zu bytes is over the %lu-byte "
                        "limit", len, (unsigned long)ZD_SCAN_MAX_HTML);
  strip_into(html, len, t);
  h.t = t;
  h.cb = cb;
  h.ud = ud;
  return zd_scan_buffer(s, t->text, t->len, on_text_finding, &h, err);
}

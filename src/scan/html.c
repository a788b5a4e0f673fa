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
};

static void out(struct strip *s, unsigned char c, size_t from, size_t to)
{
  struct zd_html_text *t = s->t;
  /* Never more output than input: checked by the callers' arithmetic. */
  t->text[t->len] = (char)c;
  t->src[t->len] = (uint32_t)from;
  t->src_end[t->len] = (uint32_t)to;
  t->len++;
}

static void out_utf8(struct strip *s, unsigned cp, size_t from, size_t to)
{
  if(cp < 0x80)
    out(s, (unsigned char)cp, from, to);
  else if(cp < 0x800) {
    out(s, (unsigned char)(0xc0 | (cp >> 6)), from, to);
    out(s, (unsigned char)(0x80 | (cp & 0x3f)), from, to);
  }
  else if(cp < 0x10000) {
    out(s, (unsigned char)(0xe0 | (cp >> 12)), from, to);
    out(s, (unsigned char)(0x80 | ((cp >> 6) & 0x3f)), from, to);
    out(s, (unsigned char)(0x80 | (cp & 0x3f)), from, to);
  }
  else {
    out(s, (unsigned char)(0xf0 | (cp >> 18)), from, to);
    out(s, (unsigned char)(0x80 | ((cp >> 12) & 0x3f)), from, to);
    out(s, (unsigned char)(0x80 | ((cp >> 6) & 0x3f)), from, to);
    out(s, (unsigned char)(0x80 | (cp & 0x3f)), from, to);
  }
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

/* Text from h[i, e) with references decoded. */
static void text_run(struct strip *s, size_t i, size_t e)
{
  while(i < e) {
    unsigned cp;
    size_t n;
    if(s->h[i] == '&' && (n = entity(s, i, &cp)) > 0 && i + n <= e) {
      out_utf8(s, cp, i, i + n);
      i += n;
    }
    else {
      out(s, s->h[i], i, i + 1);
      i++;
    }
  }
}

static int block_tag(const unsigned char *name, size_t n)
{
  static const char *const tags[] = {
    "p", "div", "br", "li", "ul", "ol", "tr", "td", "th", "table", "h1",
    "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "section",
    "article", "header", "footer", "dd", "dt", "dl", "title", "option",
    "address", "figure", "figcaption", "main", "nav", "aside", "form",
    "tbody", "thead", "caption", "summary", "details", NULL
  };
  for(int i = 0; tags[i]; i++)
    if(strlen(tags[i]) == n && !strncasecmp((const char *)name, tags[i], n))
      return 1;
  return 0;
}

static int kept_attr(const unsigned char *name, size_t n)
{
  return (n == 3 && !strncasecmp((const char *)name, "alt", 3)) ||
         (n == 5 && !strncasecmp((const char *)name, "title", 5)) ||
         (n == 4 && !strncasecmp((const char *)name, "href", 4));
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
    if(!closing && ve > vs && kept_attr(s->h + an, ae - an)) {
      /* The quotes or the '=' before it pay for the spaces around it. */
      out(s, ' ', vs - 1, vs);
      text_run(s, vs, ve);
      out(s, ' ', ve, ve);
    }
  }
  if(k < s->n)
    k++;
  if(!closing && ne - ns == 6 &&
          (!strncasecmp((const char *)s->h + ns, "script", 6)))
    k = find_close(s, k, "script");
  else if(!closing && ne - ns == 5 &&
          (!strncasecmp((const char *)s->h + ns, "style", 5)))
    k = find_close(s, k, "style");
  return k;
}

zd_code zd_html_strip(const char *html, size_t len, struct zd_html_text *t,
                      struct zd_error *err)
{
  struct strip s;
  size_t i = 0, run = 0;
  memset(t, 0, sizeof(*t));
  if(len > ZD_SCAN_MAX_HTML)
    return zd_error_set(err, ZD_ERR_LIMIT, "html", 0,
                        "an HTML document of %zu bytes is over the %lu-byte "
                        "limit", len, (unsigned long)ZD_SCAN_MAX_HTML);
  /* Output never outgrows input: each construct emits at most as many
   * bytes as it consumes (see out() callers). One spare for the NUL. */
  t->text = zd_malloc(len + 1);
  t->src = zd_malloc((len + 1) * sizeof(uint32_t));
  t->src_end = zd_malloc((len + 1) * sizeof(uint32_t));
  s.h = (const unsigned char *)html;
  s.n = len;
  s.t = t;
  while(i < len) {
    unsigned char c = s.h[i];
    if(c != '<' || i + 1 >= len) {
      i++;
      continue;
    }
    if(zd_isalpha(s.h[i + 1]) || (s.h[i + 1] == '/' && i + 2 < len &&
                                  zd_isalpha(s.h[i + 2]))) {
      text_run(&s, run, i);
      i = tag(&s, i);
      run = i;
    }
    else if(s.h[i + 1] == '!' || s.h[i + 1] == '?') {
      const char *end;
      text_run(&s, run, i);
      if(i + 3 < len && s.h[i + 2] == '-' && s.h[i + 3] == '-') {
        end = memmem(s.h + i + 4, len - i - 4, "-->", 3);
        i = end ? (size_t)(end - html) + 3 : len;
      }
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
  return ZD_OK;
}

void zd_html_text_free(struct zd_html_text *t)
{
  if(!t)
    return;
  free(t->text);
  free(t->src);
  free(t->src_end);
  memset(t, 0, sizeof(*t));
}

void zd_html_map(const struct zd_html_text *t, size_t start, size_t end,
                 size_t *ostart, size_t *oend)
{
  *ostart = t->src[start];
  *oend = t->src_end[end - 1];
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
  return h->cb(&g, value, h->ud);
}

zd_code zd_scan_html(struct zd_scanner *s, const char *html, size_t len,
                     zd_scan_cb cb, void *ud, struct zd_error *err)
{
  struct zd_html_text t;
  struct html_ud h;
  zd_code rc = zd_html_strip(html, len, &t, err);
  if(rc)
    return rc;
  h.t = &t;
  h.cb = cb;
  h.ud = ud;
  rc = zd_scan_buffer(s, t.text, t.len, on_text_finding, &h, err);
  zd_html_text_free(&t);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * detect_secret.c — credentials: JWTs, PEM private keys, Zendesk API
 * tokens (also base64-encoded inside "Authorization: Basic" headers, as
 * {email}/token:{token}), vendor API keys with fixed prefixes, and
 * "password = …" style assignments. */
#include "core/limits.h"
#include "scan/scan_int.h"
#include "scan/validate.h"

#include <stdio.h>
#include <string.h>

static int b64url_char(int c) { return zd_isalnum(c) || c == '_' || c == '-'; }

/* Case-insensitive search for 'needle' in p[0..n). */
static int has_word(const unsigned char *p, size_t n, const char *needle)
{
  size_t l = strlen(needle);
  for(size_t i = 0; i + l <= n; i++) {
    size_t k = 0;
    while(k < l && zd_tolower(p[i + k]) == needle[k])
      k++;
    if(k == l)
      return 1;
  }
  return 0;
}

/* Values that are templates or examples, not secrets. */
static int placeholder(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "your", "xxxx", "****", "....", "example", "placeholder", "redacted",
    "changeit", "<", "{{", "${", "%(", "token_here", "secret_here",
    "dummy", "sample", "insert", "replace", NULL
  };
  for(int i = 0; words[i]; i++)
    if(has_word(p, n, words[i]))
      return 1;
  return 0;
}

/* RFC 7519 / RFC 7515 §7.1: header.payload[.signature], base64url; the
 * header must decode to a JSON object with an "alg" member. */
void zd_detect_jwt(struct zd_scan_run *r, size_t to, int arg)
{
  size_t dot = to - 3, s = dot, e, sig;
  unsigned char hdr[512];
  long n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_JWT])
    return;
  while(s > 0 && b64url_char(r->p[s - 1]) && dot - s < 2048)
    s--;
  if(dot - s < 11 || memcmp(r->p + s, "eyJ", 3) ||
     (s > 0 && (r->p[s - 1] == '+' || r->p[s - 1] == '/')))
    return;
  e = dot + 1;
  while(e < r->len && b64url_char(r->p[e]) && e - s < ZD_SCAN_MAX_SPAN)
    e++;
  sig = e;
  if(e < r->len && r->p[e] == '.') {
    e++;
    while(e < r->len && b64url_char(r->p[e]) && e - s < ZD_SCAN_MAX_SPAN)
      e++;
  }
  r->done[ZD_TRIG_JWT] = e;
  /* JWS compact form has exactly three parts (RFC 7515 §7.1). */
  if(e < r->len && r->p[e] == '.' && b64url_char(zd_at(r, e + 1)))
    return;
  n = zd_b64_decode((const char *)r->p + s, dot - s, hdr, sizeof(hdr) - 1);
  if(n < 2 || hdr[0] != '{' || !has_word(hdr, (size_t)n, "\"alg\""))
    return;
  /* Unsigned ("alg":"none") tokens carry no secret of their own. */
  zd_scan_add(r, ZD_SCAN_JWT, s, e, e - sig > 10 ? 0.95 : 0.45);
}

/* RFC 7468 armour: BEGIN and END labels must match. */
void zd_detect_pem(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s = to - 11, ls, le, e, body = 0;
  char end_line[96];
  int n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_PEM])
    return;
  while(s > 0 && to - s < 80 && memcmp(r->p + s, "-----BEGIN ", 11))
    s--;
  if(memcmp(r->p + s, "-----BEGIN ", 11))
    return;
  ls = s + 11;
  le = to - 5;
  n = snprintf(end_line, sizeof(end_line), "-----END %.*s-----",
               (int)(le - ls), (const char *)r->p + ls);
  if(n <= 0 || (size_t)n >= sizeof(end_line))
    return;
  e = to;
  while(e + (size_t)n <= r->len && e - s < ZD_SCAN_MAX_SPAN &&
        memcmp(r->p + e, end_line, (size_t)n)) {
    body += zd_isalnum(r->p[e]) || r->p[e] == '+' || r->p[e] == '/';
    e++;
  }
  if(e + (size_t)n <= r->len && !memcmp(r->p + e, end_line, (size_t)n)) {
    e += (size_t)n;
    r->done[ZD_TRIG_PEM] = e;
    /* Fewer than 64 key characters: an elided example ("..."). */
    zd_scan_add(r, ZD_SCAN_PRIVATE_KEY, s, e, body >= 64 ? 0.99 : 0.45);
  }
  else {
    /* No END within reach: a truncated key is still a leaked key. */
    r->done[ZD_TRIG_PEM] = to;
    zd_scan_add(r, ZD_SCAN_PRIVATE_KEY, s, to, 0.8);
  }
}

static int alnum_run(const struct zd_scan_run *r, size_t i, size_t max)
{
  size_t n = 0;
  while(i + n < r->len && zd_isalnum(r->p[i + n]) && n < max)
    n++;
  return (int)n;
}

static int mixed(const unsigned char *p, size_t n)
{
  int d = 0, a = 0;
  for(size_t i = 0; i < n; i++) {
    d |= zd_isdigit(p[i]);
    a |= zd_isalpha(p[i]);
  }
  return d && a;
}

/* arg 0: the word "zendesk", then a 40-character token within reach
 * (gitleaks' and trufflehog's rule); arg 1: ".../token:<token>". */
void zd_detect_zendesk(struct zd_scan_run *r, size_t to, int arg)
{
  if(arg == 1) {
    size_t s = to - 8, n = (size_t)alnum_run(r, s, 256);
    if(n < 20 || (s + n < r->len && zd_isword(r->p[s + n])))
      return;
    if(placeholder(r->p + s, n))
      return;
    zd_scan_add(r, ZD_SCAN_ZENDESK_API_TOKEN, s, s + n, 0.95);
    return;
  }
  if(to <= r->done[ZD_TRIG_ZENDESK_WORD])
    return;
  for(size_t i = to; i < r->len && i < to + 120;) {
    size_t n;
    if(r->p[i] == '\n' && i + 1 < r->len && r->p[i + 1] == '\n')
      break;
    if(!zd_isalnum(r->p[i]) || (i > 0 && zd_isword(r->p[i - 1]))) {
      i++;
      continue;
    }
    n = (size_t)alnum_run(r, i, 64);
    if(n == 40 && !(i + n < r->len && zd_isword(r->p[i + n])) &&
       mixed(r->p + i, n) && zd_entropy((const char *)r->p + i, n) >= 3.5) {
      zd_scan_add(r, ZD_SCAN_ZENDESK_API_TOKEN, i, i + n, 0.93);
      r->done[ZD_TRIG_ZENDESK_WORD] = i + n;
      return;
    }
    i += n;
  }
  r->done[ZD_TRIG_ZENDESK_WORD] = to;
}

static int header_char(int c)
{
  return zd_isalnum(c) || c == '+' || c == '/' || c == '=' || c == '.' ||
         c == '_' || c == '~' || c == '-';
}

/* "Basic <base64 of user:password>" and "Bearer <token>". A Basic value
 * that decodes to "<email>/token:<token>" is a Zendesk API token. */
void zd_detect_basic_auth(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s = to - 12, e = s, w = s;
  unsigned char dec[768];
  long n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_BASIC_AUTH])
    return;
  while(e < r->len && header_char(r->p[e]) && e - s < 4096)
    e++;
  r->done[ZD_TRIG_BASIC_AUTH] = e;
  while(w > 0 && (r->p[w - 1] == ' ' || r->p[w - 1] == '\t'))
    w--;
  if(placeholder(r->p + s, e - s) || e - s < 16)
    return;
  if(zd_tolower(r->p[w - 1]) == 'c') {   /* basi"c" */
    n = zd_b64_decode((const char *)r->p + s, e - s, dec, sizeof(dec) - 1);
    if(n < 3)
      return;
    dec[n] = '\0';
    for(long i = 0; i < n; i++)
      if(dec[i] < 0x20 || dec[i] >= 0x7f)
        return;
    if(strstr((const char *)dec, "/token:"))
      zd_scan_add(r, ZD_SCAN_ZENDESK_API_TOKEN, s, e, 0.97);
    else if(memchr(dec, ':', (size_t)n))
      zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, 0.85);
    return;
  }
  if(zd_entropy((const char *)r->p + s, e - s) >= 3.0)
    zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, 0.8);
}

/* Common words after "password:" in prose, not passwords. */
static int prose_value(const unsigned char *p, size_t n)
{
  int upper_inside = 0, other = 0;
  for(size_t i = 0; i < n; i++) {
    if(zd_isupper(p[i]) && i > 0)
      upper_inside = 1;
    else if(!zd_isalpha(p[i]))
      other = 1;
  }
  return !other && !upper_inside && n < 16;
}

/* password = "…", api_key: …, client_secret=… */
void zd_detect_assignment(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s = to, e;
  unsigned char q = 0;
  int passwordish;
  (void)arg;
  if(to <= r->done[ZD_TRIG_ASSIGNMENT])
    return;
  /* Which keyword? Look back over the operator and the name. */
  {
    size_t k = to;
    while(k > 0 && !zd_isalpha(r->p[k - 1]) && to - k < 8)
      k--;
    passwordish = k >= 3 && (zd_tolower(r->p[k - 1]) == 'd' ||
                             (zd_tolower(r->p[k - 1]) == 's' &&
                              zd_tolower(r->p[k - 2]) == 's'));
  }
  while(s < r->len && (r->p[s] == ' ' || r->p[s] == '\t'))
    s++;
  if(s < r->len && (r->p[s] == '"' || r->p[s] == '\''))
    q = r->p[s++];
  e = s;
  while(e < r->len && e - s < 256) {
    unsigned char c = r->p[e];
    if(q ? c == q || c == '\n' : (zd_isspace(c) || strchr(",;&)}]<>\"'", c)))
      break;
    e++;
  }
  r->done[ZD_TRIG_ASSIGNMENT] = e;
  if(q && (e >= r->len || r->p[e] != q))
    return;
  /* Sentence punctuation after an unquoted value is not part of it. */
  while(!q && e > s && strchr(".,;:!?", r->p[e - 1]))
    e--;
  if(e - s < 6 || placeholder(r->p + s, e - s))
    return;
  if(passwordish) {
    if(prose_value(r->p + s, e - s))
      return;
  }
  else if(e - s < 12 || zd_entropy((const char *)r->p + s, e - s) < 3.0)
    return;
  {
    static const char *const not_secret[] = {
      "true", "false", "null", "none", "required", "optional", "string",
      "undefined", "nil", "empty", NULL
    };
    for(int i = 0; not_secret[i]; i++)
      if(strlen(not_secret[i]) == e - s && has_word(r->p + s, e - s, not_secret[i]))
        return;
  }
  zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, q ? 0.9 : 0.85);
}

static int key_char(int c) { return zd_isalnum(c) || c == '_' || c == '-'; }

/* Vendor keys with a fixed prefix (gitleaks' rules for the same vendors):
 * the whole token from the prefix on. */
void zd_detect_key_prefix(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s = to, e = to;
  _Static_assert(ZD_TRIG_KEY_OPENAI - ZD_TRIG_KEY_AWS == ZD_KEY_OPENAI,
                 "patterns.def: KEY_* rows must follow the ZD_KEY_* order");
  /* Back to the start of the token (SendGrid keys contain dots). */
  while(s > 0 && (key_char(r->p[s - 1]) ||
                  (arg == ZD_KEY_SENDGRID && r->p[s - 1] == '.')) && to - s < 256)
    s--;
  while(e < r->len && (key_char(r->p[e]) ||
                       (arg == ZD_KEY_SENDGRID && r->p[e] == '.')) && e - s < 512)
    e++;
  if(e <= r->done[ZD_TRIG_KEY_AWS + arg])
    return;
  r->done[ZD_TRIG_KEY_AWS + arg] = e;
  if(arg == ZD_KEY_AWS && e - s != 20)
    return;
  if(placeholder(r->p + s, e - s))
    return;
  if(zd_entropy((const char *)r->p + s, e - s) < 3.0)
    return;
  zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, 0.9);
}

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

/* Values that are templates or examples, not secrets: one of 'words'
 * anywhere in p[0..n), ignoring case. One pass over the value, comparing
 * only the words that start with each byte (was one search per word). */
static int placeholder(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "your", "xxxx", "****", "....", "example", "placeholder", "redacted",
    "changeit", "<", "{{", "${", "%(", "token_here", "secret_here",
    "dummy", "sample", "insert", "replace", NULL
  };
  for(size_t i = 0; i < n; i++) {
    int c = zd_tolower(p[i]);
    for(int w = 0; words[w]; w++) {
      size_t k = 1;
      if(words[w][0] != c)
        continue;
      while(words[w][k] && i + k < n && zd_tolower(p[i + k]) == words[w][k])
        k++;
      if(!words[w][k])
        return 1;
    }
  }
  return 0;
}

/* RFC 7519 / RFC 7515 §7.1: header.payload[.signature], base64url; the
 * header must decode to a JSON object with an "alg" member. */
void zd_detect_jwt(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s = to - 3, dot = to, e, sig;
  unsigned char hdr[512];
  long n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_JWT] ||
     (s > 0 && (b64url_char(r->p[s - 1]) || r->p[s - 1] == '+' ||
                r->p[s - 1] == '/')))
    return;
  while(dot < r->len && b64url_char(r->p[dot]) && dot - s < 2048)
    dot++;
  if(dot - s < 11 || zd_at(r, dot) != '.' || zd_at(r, dot + 1) != 'e' ||
     zd_at(r, dot + 2) != 'y')
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
  size_t s = to - 11, ls = to, le = to, e, body = 0;
  char end_line[96];
  int n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_PEM])
    return;
  /* The label: "RSA PRIVATE KEY", "PGP PRIVATE KEY BLOCK", … */
  while(le < r->len && (zd_isupper(r->p[le]) || zd_isdigit(r->p[le]) ||
                        r->p[le] == ' ') && le - ls < 40)
    le++;
  if(le + 5 > r->len || memcmp(r->p + le, "-----", 5) ||
     !((le - ls >= 11 && !memcmp(r->p + le - 11, "PRIVATE KEY", 11)) ||
       (le - ls >= 17 && !memcmp(r->p + le - 17, "PRIVATE KEY BLOCK", 17))))
    return;
  to = le + 5;
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
    size_t s = to, n = (size_t)alnum_run(r, s, 256);
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
  size_t w = zd_word_start(r->p, to, 8), s = to, e;
  unsigned char dec[768];
  int basic = to - w == 5;
  long n;
  (void)arg;
  if(to <= r->done[ZD_TRIG_AUTH_HEADER] || (w > 0 && zd_isword(r->p[w - 1])))
    return;
  while(s < r->len && (r->p[s] == ' ' || r->p[s] == '\t') && s - to < 4)
    s++;
  if(s == to)
    return;
  e = s;
  while(e < r->len && header_char(r->p[e]) && e - s < 4096)
    e++;
  r->done[ZD_TRIG_AUTH_HEADER] = e;
  if(e - s < 16 || placeholder(r->p + s, e - s))
    return;
  if(basic) {
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

const char *const zd_password_words[] = {
  "password", "passwd", "pwd", "passphrase", NULL
};

/* password = "…", api_key: …, client_secret=… ('arg' 1: a password, whose
 * value may be short and plain; 0: a key or token, which must look
 * random). The name may be part of a longer one: db_password, x-api-key. */
void zd_detect_assignment(struct zd_scan_run *r, size_t to, int arg)
{
  zd_trigger t = arg ? ZD_TRIG_ASSIGN_PASSWORD : ZD_TRIG_ASSIGN_KEY;
  size_t s = to, e, w = zd_word_start(r->p, to, 32);
  unsigned char q = 0;
  if(to <= r->done[t] || (w > 0 && zd_isdigit(r->p[w - 1])))
    return;
  /* The operator: optional closing quote, spaces, then : = => := */
  if(s < r->len && (r->p[s] == '"' || r->p[s] == '\''))
    s++;
  while(s < r->len && (r->p[s] == ' ' || r->p[s] == '\t') && s - to < 4)
    s++;
  if(s + 1 < r->len && ((r->p[s] == '=' && r->p[s + 1] == '>') ||
                        (r->p[s] == ':' && r->p[s + 1] == '=')))
    s += 2;
  else if(s < r->len && (r->p[s] == ':' || r->p[s] == '='))
    s++;
  else
    return;
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
  r->done[t] = e;
  if(q && (e >= r->len || r->p[e] != q))
    return;
  /* Sentence punctuation after an unquoted value is not part of it. */
  while(!q && e > s && strchr(".,;:!?", r->p[e - 1]))
    e--;
  if(e - s < 6 || placeholder(r->p + s, e - s))
    return;
  if(arg) {
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
    if(zd_word_in(r->p + s, e - s, not_secret))
      return;
  }
  zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, q ? 0.9 : 0.85);
}

static int key_char(int c) { return zd_isalnum(c) || c == '_' || c == '-'; }

/* Vendor keys with a fixed prefix (gitleaks' rules for the same vendors):
 * the whole token from the prefix on, at least 'min' long. */
void zd_detect_key_prefix(struct zd_scan_run *r, size_t to, int arg)
{
  static const struct { const char *prefix[7]; size_t min, max; } vendor[] = {
    [ZD_KEY_AWS] = {{"AKIA", "ASIA", NULL}, 20, 20},
    [ZD_KEY_STRIPE] = {{"sk_", "rk_", NULL}, 24, 255},
    [ZD_KEY_SLACK] = {{"xox", NULL}, 15, 255},
    [ZD_KEY_GITHUB] = {{"gh", "github_pat_", NULL}, 36, 255},
    [ZD_KEY_SENDGRID] = {{"SG.", NULL}, 60, 80},
    [ZD_KEY_GOOGLE] = {{"AIza", NULL}, 39, 39},
    [ZD_KEY_OPENAI] = {{"sk-", NULL}, 23, 255},
  };
  size_t s = to, e = to;
  int ok = 0;
  _Static_assert(ZD_TRIG_KEY_OPENAI - ZD_TRIG_KEY_AWS == ZD_KEY_OPENAI,
                 "patterns.def: KEY_* rows must follow the ZD_KEY_* order");
  /* Back to the start of the token (SendGrid keys contain dots). */
  while(s > 0 && (key_char(r->p[s - 1]) ||
                  (arg == ZD_KEY_SENDGRID && r->p[s - 1] == '.')) && to - s < 16)
    s--;
  if(s > 0 && (zd_isword(r->p[s - 1]) || r->p[s - 1] == '.'))
    return;
  while(e < r->len && (key_char(r->p[e]) ||
                       (arg == ZD_KEY_SENDGRID && r->p[e] == '.')) && e - s < 512)
    e++;
  if(e <= r->done[ZD_TRIG_KEY_AWS + arg])
    return;
  r->done[ZD_TRIG_KEY_AWS + arg] = e;
  for(int i = 0; vendor[arg].prefix[i]; i++)
    ok |= !strncmp((const char *)r->p + s, vendor[arg].prefix[i],
                   strlen(vendor[arg].prefix[i]));
  if(!ok || e - s < vendor[arg].min || e - s > vendor[arg].max)
    return;
  if(placeholder(r->p + s, e - s) ||
     zd_entropy((const char *)r->p + s, e - s) < 3.0)
    return;
  zd_scan_add(r, ZD_SCAN_GENERIC_SECRET, s, e, 0.9);
}

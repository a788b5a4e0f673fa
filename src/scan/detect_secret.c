/* SPDX-License-Identifier: MIT
 * detect_secret.c — credentials that are not a vendor's key: JWTs, PEM
 * private keys, Zendesk API tokens (also base64-encoded inside
 * "Authorization: Basic" headers, as {email}/token:{token}), Basic and
 * Bearer headers, assignments whose name contains a credential word
 * ("password = …", "client_secret: …", "creds =>"…), passwords and tokens
 * announced in a sentence, curl -u user:password; and the tests all
 * credential detectors share (secret_int.h): placeholders, samples,
 * randomness. Vendor keys are in detect_vendor.c, URLs in
 * detect_credurl.c. */
#include "core/limits.h"
#include "scan/scan_int.h"
#include "scan/secret_int.h"
#include "scan/validate.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

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
static const char *const placeholder_words[] = {
  "your", "xxxx", "****", "....", "example", "placeholder", "redacted",
  "changeit", "changeme", "<", "{", "${", "%(", "token_here",
  "secret_here", "key_here", "dummy", "sample", "insert", "replace",
  "process.env", "os.environ", "getenv", NULL
};
/* The words each byte (either case) starts, as a bit set: most bytes of
 * a value start none. Walking the whole list at each byte cost ~100
 * instructions a byte of every Bearer value (#12). */
static uint32_t placeholder_starts[256];
static pthread_once_t placeholder_once = PTHREAD_ONCE_INIT;

static void placeholder_build(void)
{
  for(int w = 0; placeholder_words[w]; w++) {
    unsigned char c = (unsigned char)placeholder_words[w][0];
    placeholder_starts[c] |= 1u << w;
    if(zd_islower(c))
      placeholder_starts[c - 32] |= 1u << w;
  }
}

static int placeholder_word(const unsigned char *p, size_t n)
{
  const char *const *words = placeholder_words;
  _Static_assert(sizeof(placeholder_words) / sizeof(placeholder_words[0]) <= 33,
                 "one bit per word in placeholder_starts");
  pthread_once(&placeholder_once, placeholder_build);
  for(size_t i = 0; i < n; i++) {
    for(uint32_t m = placeholder_starts[p[i]]; m; m &= m - 1) {
      int w = __builtin_ctz(m);
      size_t k = 1;
      while(words[w][k] && i + k < n && zd_tolower(p[i + k]) == words[w][k])
        k++;
      if(!words[w][k])
        return 1;
    }
  }
  return 0;
}

/* An environment-variable name standing for the value (ACCESS_TOKEN,
 * SLACK_BOT_TOKEN, $API_KEY): capitals and '_' only, with a '_'. */
static int variable_name(const unsigned char *p, size_t n)
{
  int us = 0;
  size_t i = 0;
  if(n > 0 && p[0] == '$')
    i = 1;
  for(; i < n; i++) {
    if(p[i] == '_')
      us = 1;
    else if(!zd_isupper(p[i]) && !zd_isdigit(p[i]))
      return 0;
  }
  return us || (n > 0 && p[0] == '$');
}

/* Values printed in vendors' own documentation, copied into tickets
 * with the examples: Stripe's test keys of its API reference, the bot
 * token of Discord's API reference ("Authorization: Bot …"). */
static int doc_sample(const unsigned char *p, size_t n)
{
  static const char *const samples[] = {
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs",
    NULL
  };
  for(int i = 0; samples[i]; i++)
    if(n == strlen(samples[i]) && !memcmp(p, samples[i], n))
      return 1;
  return 0;
}

int zd_secret_placeholder(const unsigned char *p, size_t n)
{
  /* A format string ("%s", "%(token)s") stands for the value. */
  if(n >= 2 && p[0] == '%' && (p[1] == 's' || p[1] == '('))
    return 1;
  /* The storage emulator's published account key (Azurite, "Use the
   * Azurite emulator for local Azure Storage development"): a sample in
   * every connection-string how-to. */
  if(n == 88 && !memcmp(p, "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"
                           "Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", 88))
    return 1;
  /* Keys published by design: Stripe's publishable keys (pk_live_,
   * pk_test_) go into every checkout page. */
  if(n > 8 && (!memcmp(p, "pk_live_", 8) || !memcmp(p, "pk_test_", 8)))
    return 1;
  if(doc_sample(p, n))
    return 1;
  /* So does a Windows or config-transform variable ("%SMTP_PASSWORD%"). */
  if(n >= 3 && p[0] == '%' && p[n - 1] == '%')
    return 1;
  return n == 0 || placeholder_word(p, n) || variable_name(p, n) ||
         zd_sample_value((const char *)p, n);
}

static int placeholder(const unsigned char *p, size_t n)
{
  return zd_secret_placeholder(p, n);
}

int zd_next_token(const struct zd_scan_run *r, size_t *i, size_t lim,
                  size_t *ts, size_t *te)
{
  size_t j = *i;
  if(lim > r->len)
    lim = r->len;
  while(j < lim && !zd_token_char(r->p[j])) {
    if(r->p[j] == '\n' && j + 1 < lim && r->p[j + 1] == '\n')
      return 0;
    j++;
  }
  if(j >= lim)
    return 0;
  *ts = j;
  while(j < r->len && zd_token_char(r->p[j]) && j - *ts < 512)
    j++;
  *i = j;
  while(j > *ts && strchr(".,:", r->p[j - 1]))
    j--;
  *te = j;
  return j > *ts;
}

int zd_random_value(const unsigned char *p, size_t n, size_t min)
{
  int cc;
  if(n < min || placeholder(p, n))
    return 0;
  cc = zd_char_classes((const char *)p, n);
  if(!((cc & ZD_CC_DIGIT) && (cc & (ZD_CC_LOWER | ZD_CC_UPPER))) &&
     !(n >= 24 && (cc & ZD_CC_LOWER) && (cc & ZD_CC_UPPER)))
    return 0;
  return zd_entropy((const char *)p, n) >= (n >= 16 ? 3.2 : 2.8);
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
  zd_scan_add_rule(r, ZD_SCAN_JWT, ZD_RULE_JWT, s, e, e - sig > 10 ? 0.95 : 0.45);
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
    zd_scan_add_rule(r, ZD_SCAN_PRIVATE_KEY, ZD_RULE_PRIVATE_KEY, s, e, body >= 64 ? 0.99 : 0.45);
  }
  else {
    /* No END within reach: a truncated key is still a leaked key. */
    r->done[ZD_TRIG_PEM] = to;
    zd_scan_add_rule(r, ZD_SCAN_PRIVATE_KEY, ZD_RULE_PRIVATE_KEY, s, to, 0.8);
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
    zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN, ZD_RULE_ZENDESK_TOKEN_URL, s,
                     s + n, 0.95);
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
    /* Both cases and digits: a commit SHA near "zendesk" (a fixture's
     * source, github.com/zendesk/…) is lower-case hex, no token. */
    if(n == 40 && !(i + n < r->len && zd_isword(r->p[i + n])) &&
       mixed(r->p + i, n) &&
       (zd_char_classes((const char *)r->p + i, n) & 7) == 7 &&
       zd_entropy((const char *)r->p + i, n) >= 3.5) {
      zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN, ZD_RULE_ZENDESK_TOKEN_NEAR,
                       i, i + n, 0.93);
      r->done[ZD_TRIG_ZENDESK_WORD] = i + n;
      return;
    }
    i += n;
  }
  r->done[ZD_TRIG_ZENDESK_WORD] = to;
}

/* Passwords of documentation: "password", "pass", "secret"… */
static int weak_password(const unsigned char *p, size_t n)
{
  static const char *const weak[] = {
    "password", "pass", "passwd", "pwd", "secret", "changeme", "changeit",
    "mypassword", "yourpassword", "p@ssw0rd", "p@ssword", "passw0rd",
    "pa55word", "hunter2", "admin", "root", "test", "token", "apikey",
    "api_key", "xxx", "***", "...", NULL
  };
  size_t k = n;
  /* "Password123", "admin1!": a documentation word with digits or
   * symbols after it is the same sample. */
  while(k > 3 && !zd_isalpha(p[k - 1]))
    k--;
  return zd_word_in(p, n, weak) || (k < n && zd_word_in(p, k, weak)) ||
         placeholder(p, n);
}

static int header_char(int c)
{
  return zd_isalnum(c) || c == '+' || c == '/' || c == '=' || c == '.' ||
         c == '_' || c == '~' || c == '-';
}

static int password_value(const unsigned char *p, size_t n);

/* A password sent as a bearer token ("Authorization: Bearer Cedar#2027",
 * a webhook's custom header) from 's': too short or too plain for a
 * token's entropy, but a password's shape with a symbol and three kinds
 * of character. Its end is the next blank or quote (a token's bytes
 * stop at the symbol). */
static void bearer_password(struct zd_scan_run *r, size_t s)
{
  const unsigned char *v = r->p + s;
  size_t n = 0;
  int cc;
  while(s + n < r->len && n < 64 && !zd_isspace(v[n]) && !strchr("\"'<>`", v[n]))
    n++;
  while(n > 0 && strchr(".,;)", v[n - 1]))
    n--;
  if(n < 8 || placeholder(v, n) || !password_value(v, n))
    return;
  cc = zd_char_classes((const char *)v, n);
  if((cc & ZD_CC_OTHER) && zd_class_count(cc) >= 3)
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_BEARER, s, s + n, 0.75);
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
  /* The sentence's full stop after a Basic value ("… is Authorization:
   * Basic emRz…jAy."): base64 has no '.'. */
  if(basic && e > s && r->p[e - 1] == '.')
    e--;
  if(e - s < 16 && !basic) {
    bearer_password(r, s);
    return;
  }
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
      zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN,
                       ZD_RULE_ZENDESK_TOKEN_BASIC, s, e, 0.97);
    else {
      const unsigned char *c = memchr(dec, ':', (size_t)n);
      size_t pl = c ? (size_t)(dec + n - (c + 1)) : 0;
      if(c && pl > 0 && !weak_password(c + 1, pl))
        zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_BASIC_AUTH, s, e,
                         0.85);
    }
    return;
  }
  if(zd_entropy((const char *)r->p + s, e - s) >= 3.0)
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_BEARER, s, e, 0.8);
  else
    bearer_password(r, s);
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

/* Values that say something about the setting, not a secret. */
static int not_secret_word(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "true", "false", "null", "none", "required", "optional", "string",
    "undefined", "nil", "empty", "enabled", "disabled", "hidden", "masked",
    "bearer", "basic", "oauth", "oauth2", "jwt", "sha256", "hmac", "yes",
    "no", "on", "off", NULL
  };
  return zd_word_in(p, n, words);
}

/* An e-mail address (a user name, not its password). */
static int email_like(const unsigned char *p, size_t n)
{
  const unsigned char *at = memchr(p, '@', n);
  return at && at > p && memchr(at, '.', n - (size_t)(at - p)) &&
         zd_isalpha(p[n - 1]);
}

/* A password value: not prose, not a documentation password, and for a
 * short one more than one kind of character. */
static int password_value(const unsigned char *p, size_t n)
{
  int cc;
  size_t k = 0;
  if(n < 6 || n > 128 || prose_value(p, n) || weak_password(p, n) ||
     not_secret_word(p, n) || email_like(p, n))
    return 0;
  /* A path or a link, not a password: "How to reset your password
   * (/hc/en-us/articles/4414563863827)" in every help centre. */
  if(p[0] == '/' || (p[0] == '(' && n > 1 && p[1] == '/'))
    return 0;
  for(size_t i = 0; i + 3 <= n; i++)
    if(p[i] == ':' && p[i + 1] == '/' && p[i + 2] == '/')
      return 0;
  /* A reference, not a password: "#4938037", "INV-77517", "SKU-1234". */
  if(p[0] == '#')
    k = 1;
  else
    while(k < n && zd_isupper(p[k]))
      k++;
  if(k < 6 && (p[0] == '#' || (k >= 2 && k < n && p[k] == '-' && k++))) {
    while(k < n && zd_isdigit(p[k]))
      k++;
    if(k == n)
      return 0;
  }
  /* The sentence's '!' or '?' is not the symbol: "portal!" is a word. */
  if(p[n - 1] == '!' || p[n - 1] == '?')
    n--;
  cc = 0;
  for(size_t i = 0; i < n; i++) {
    if(zd_isdigit(p[i]))
      cc |= ZD_CC_DIGIT;
    else if(zd_isupper(p[i]))
      cc |= i > 0 ? ZD_CC_UPPER : 0;
    else if(zd_islower(p[i]) || p[i] >= 0x80)   /* "oublié" is a word */
      cc |= ZD_CC_LOWER;
    else if(!strchr("-.'_", p[i]))
      cc |= ZD_CC_OTHER;
  }
  /* A digit or a symbol, and one more kind ("sign-up" is a word). */
  return (cc & (ZD_CC_DIGIT | ZD_CC_OTHER)) && zd_class_count(cc) >= 2;
}

/* 40 letters and digits of all three kinds: the shape of a Zendesk API
 * token (Admin Center > Apps and integrations > Zendesk API). */
static int zendesk_shape(const unsigned char *p, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(!zd_isalnum(p[i]))
      return 0;
  return n == 40 && (zd_char_classes((const char *)p, n) & 7) == 7;
}

/* A connection string: "Server=…;Database=…;Password=…" (ODBC, ADO.NET,
 * JDBC properties): another key=value; pair on the line before 'at'. */
static int connection_string(const struct zd_scan_run *r, size_t at)
{
  size_t b = at > 200 ? at - 200 : 0, semi = 0, eq = 0;
  for(size_t i = at; i > b && r->p[i - 1] != '\n'; i--) {
    semi += r->p[i - 1] == ';';
    eq += r->p[i - 1] == '=';
  }
  return semi >= 1 && eq >= 1;
}

/* A key in base64, not a path: >= 40 characters of the base64 alphabet
 * with both cases and a digit and entropy >= 4.5 (a path's words and
 * separators stay below). */
static int base64_key(const unsigned char *v, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(!(zd_isalnum(v[i]) || v[i] == '+' || v[i] == '/' || v[i] == '='))
      return 0;
  return n >= 40 && (zd_char_classes((const char *)v, n) & 7) == 7 &&
         zd_entropy((const char *)v, n) >= 4.5;
}

/* name = "…", name: …, "name": "…", name => '…', name := …: 'to' is the
 * end of the name; 'arg' 1 for a password's name (the value may be short
 * and plain), 0 for a key's or token's (the value must look random);
 * 'aws' when the name says AWS. */
static void judge_value(struct zd_scan_run *r, size_t s, size_t e,
                        unsigned char q, int arg, int aws, size_t w);

/* After "Authorization:" at 's': a scheme word of letters ("AccessKey",
 * "Bot", "token", "SSWS") and blanks are skipped when a value follows;
 * returns where the value starts. */
static size_t after_scheme(const struct zd_scan_run *r, size_t s)
{
  size_t k = s, b;
  while(k < r->len && (zd_isalpha(r->p[k]) || r->p[k] == '-') && k - s < 16)
    k++;
  if(k == s || k >= r->len || r->p[k] != ' ')
    return s;
  b = k;
  while(b < r->len && r->p[b] == ' ' && b - k < 4)
    b++;
  return b < r->len && zd_token_char(r->p[b]) ? b : s;
}

/* A byte of a query parameter's name: "X-Amz-Credential", "user.pass". */
static int param_byte(int c)
{
  return zd_isalnum(c) || c == '_' || c == '-' || c == '.';
}

/* Whether the name whose last word starts at 'w' is a query's parameter:
 * its bytes, back from there, follow '?' or '&'. */
static int query_param_at(const unsigned char *p, size_t w)
{
  size_t k = w;
  while(k > 0 && param_byte(p[k - 1]) && w - k < 64)
    k--;
  return k > 0 && (p[k - 1] == '?' || p[k - 1] == '&');
}

/* Whether the '&' at 'i' starts another parameter: "&name=". */
static int param_after(const struct zd_scan_run *r, size_t i)
{
  size_t k = i + 1;
  if(k >= r->len || !(zd_isalpha(r->p[k]) || r->p[k] == '_'))
    return 0;
  while(k < r->len && param_byte(r->p[k]) && k - i <= 64)
    k++;
  return k < r->len && r->p[k] == '=';
}

static void assignment(struct zd_scan_run *r, size_t to, int arg, int aws)
{
  zd_trigger t = arg ? ZD_TRIG_ASSIGN_PASSWORD : ZD_TRIG_ASSIGN_KEY;
  size_t s = to, e, w = zd_word_start(r->p, to, 32);
  unsigned char q = 0;
  int amp, esc = 0, auth_header = to - w == 13 &&
    !strncasecmp((const char *)r->p + w, "authorization", 13);
  if(to <= r->done[t])
    return;
  /* The operator: optional closing quote (\" inside a JSON string that
   * holds JSON: a trigger's webhook body), spaces, then : = => := */
  if(s + 1 < r->len && r->p[s] == '\\' && r->p[s + 1] == '"')
    s++;
  if(s < r->len && (r->p[s] == '"' || r->p[s] == '\''))
    s++;
  while(s < r->len && r->p[s] == '*' && s - to < 2)
    s++;   /* the emphasis after "*password" (zd_assign_before) */
  while(s < r->len && (r->p[s] == ' ' || r->p[s] == '\t') && s - to < 4)
    s++;
  if(s + 1 < r->len && ((r->p[s] == '=' && r->p[s + 1] == '>') ||
                        (r->p[s] == ':' && r->p[s + 1] == '=')))
    s += 2;
  else if(s < r->len && (r->p[s] == ':' || r->p[s] == '='))
    s++;
  else
    return;
  /* "==" and "!=" compare; "::" is a scope. */
  if(s < r->len && (r->p[s] == '=' || r->p[s] == ':'))
    return;
  while(s < r->len && (r->p[s] == ' ' || r->p[s] == '\t'))
    s++;
  /* "Password:</p><p><code>…": a few short tags between the name and
   * its value (a comment's html_body). */
  for(int tags = 0; tags < 4 && s + 2 < r->len && r->p[s] == '<'; tags++) {
    size_t k = s + 1 + (r->p[s + 1] == '/');
    while(k < r->len && zd_isalpha(r->p[k]) && k - s < 9)
      k++;
    if(k >= r->len || r->p[k] != '>' || !zd_isalpha(r->p[k - 1]))
      break;
    s = k + 1;
    while(s < r->len && r->p[s] == ' ')
      s++;
  }
  if(s + 1 < r->len && r->p[s] == '\\' && r->p[s + 1] == '"') {
    esc = 1;
    s++;
  }
  if(s < r->len && (r->p[s] == '"' || r->p[s] == '\'' || r->p[s] == '`'))
    q = r->p[s++];
  /* "Authorization: AccessKey …", "Authorization: Bot …", "token …": the
   * scheme word, then the credential (Basic and Bearer have their own
   * trigger). */
  if(auth_header) {
    size_t v = after_scheme(r, s);
    /* Basic and Bearer are read at their own trigger. */
    if(v - s >= 6 && (!strncasecmp((const char *)r->p + s, "basic ", 6) ||
                      !strncasecmp((const char *)r->p + s, "bearer ", 7)))
      return;
    s = v;
  }
  /* A password's value holds '&' ("Password=&Kx8…;", "pass: Tr4x&9…")
   * unless its name is a query's parameter ("?password=…&user=…",
   * "?X-Portal-Password=…&…", "&user.pass=…") or the '&' starts the next
   * one ("password=…&remember=1", a form body). */
  amp = arg && !query_param_at(r->p, w);
  e = s;
  while(e < r->len && e - s < 256) {
    unsigned char c = r->p[e];
    if(q ? c == q || c == '\n'
         : (zd_isspace(c) || (c == '&' && (!amp || param_after(r, e))) ||
            strchr(",;)}]<>\"'", c)))
      break;
    e++;
  }
  if(esc && q == '"' && e > s && r->p[e - 1] == '\\')
    e--;
  r->done[t] = e;
  if(q && (e >= r->len || r->p[e] != (esc ? '\\' : q)) &&
     !(esc && e < r->len && r->p[e] == '\\'))
    return;
  judge_value(r, s, e, q, arg, aws, w);
}

/* The value r->p[s..e) of a credential's name ('arg' 1 a password's, 0 a
 * key's or token's; 'q' its quote or 0; 'w' where its name starts):
 * reported when it is a secret, not a template, an example or a word. */
static void judge_value(struct zd_scan_run *r, size_t s, size_t e,
                        unsigned char q, int arg, int aws, size_t w)
{
  const unsigned char *v;
  size_t n;
  /* "pypi-AgE...": an elided example. */
  if(e - s >= 3 && !memcmp(r->p + e - 3, "...", 3))
    return;
  /* Sentence punctuation after an unquoted value is not part of it. */
  while(!q && e > s && strchr(".,;:!?", r->p[e - 1]))
    e--;
  v = r->p + s;
  n = e - s;
  if(n < 6 || placeholder(v, n) || not_secret_word(v, n))
    return;
  if(aws && n == 40 && zd_random_value(v, n, 40)) {
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AWS_SECRET, s, e, 0.9);
    return;
  }
  if(!arg && zendesk_shape(v, n)) {
    zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN, ZD_RULE_ZENDESK_TOKEN_NEAR,
                     s, e, 0.85);
    return;
  }
  /* Words with blanks between are prose, not a key: an agent's
   * "signature": "Best regards, Dr. …" (Zendesk users), a description. */
  if(!arg && memchr(v, ' ', n))
    return;
  /* A path or a query ("/api?token=…") is not a key; base64 that starts
   * with '/' ("/wG7do0hOy…==", a storage key) is. */
  if(!arg && ((v[0] == '/' && !base64_key(v, n)) || memchr(v, '?', n) ||
              memchr(v, '&', n)))
    return;
  /* A key's or token's name holding a password ("token": "Spring2023*"
   * as a webhook's bearer value): quoted, a symbol and two more kinds. */
  if(!arg && !zd_random_value(v, n, 12) && q && q != '<' && n >= 8 &&
     password_value(v, n) &&
     (zd_char_classes((const char *)v, n) & ZD_CC_OTHER) &&
     zd_class_count(zd_char_classes((const char *)v, n)) >= 3) {
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_SECRET_ASSIGN, s, e, 0.8);
    return;
  }
  if(arg ? !password_value(v, n) : !zd_random_value(v, n, 12))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET,
                   !arg ? ZD_RULE_SECRET_ASSIGN
                   : connection_string(r, w) ? ZD_RULE_CONNECTION_STRING
                                            : ZD_RULE_PASSWORD_ASSIGN,
                   s, e, q ? 0.88 : 0.85);
}

void zd_detect_assignment(struct zd_scan_run *r, size_t to, int arg)
{
  assignment(r, to, arg, 0);
}

/* Name segments after which a credential word names no credential:
 * token_type, password_reset_url, api_key_id, secret_name… */
static int setting_suffix(const char *b, size_t n)
{
  static const char *const tails[] = {
    "url", "uri", "endpoint", "type", "name", "id", "ids", "count",
    "length", "len", "expires", "expiry", "expiration", "ttl", "path",
    "file", "header", "field", "policy", "enabled", "required", "hint",
    "format", "version", "limit", "size", "mode", "method", "label",
    "prompt", "reset", "rotation", "created", "updated", "at", "date",
    "min", "max", "strength", "rules", "page", "link", "form", "flow",
    "provider", "scheme", "server", "service", "domain", "host", "user",
    "username", "status", "state", "error", "message", "help", "text",
    "title", "description", "changed", "last", "set", "index", NULL
  };
  size_t s = n;
  while(s > 0 && zd_isalnum((unsigned char)b[s - 1]))
    s--;
  if(s == 0 || s == n)
    return 0;
  return zd_word_in((const unsigned char *)b + s, n - s, tails);
}

/* Where 'w' occurs in b[0..n), or -1. */
static long find(const char *b, size_t n, const char *w)
{
  size_t l = strlen(w);
  for(size_t i = 0; i + l <= n; i++)
    if(b[i] == w[0] && !memcmp(b + i, w, l))
      return (long)i;
  return -1;
}

/* What the name b[0..n) (lower case) of an assignment announces: 1 a
 * password, 2 a key, token or secret, 0 neither. 'orig' is the name as
 * written (camel case marks segments: "apiKey"). */
static int name_kind(const char *b, size_t n, const unsigned char *orig)
{
  long i;
  if(setting_suffix(b, n))
    return 0;
  if(find(b, n, "passw") >= 0 || find(b, n, "pwd") >= 0 ||
     find(b, n, "passphrase") >= 0 || find(b, n, "passcode") >= 0)
    return 1;
  if((i = find(b, n, "pass")) >= 0 && (size_t)i + 4 == n)
    return 1;   /* db_pass, smtp_pass */
  if(n == 2 && b[0] == 'p' && b[1] == 'w')
    return 1;
  if((i = find(b, n, "cred")) >= 0 && !((size_t)i + 4 < n && b[i + 4] == 'i'))
    return 1;   /* creds, credentials; not credit */
  if(find(b, n, "secret") >= 0 || find(b, n, "apikey") >= 0 ||
     find(b, n, "api_key") >= 0 || find(b, n, "api-key") >= 0 ||
     find(b, n, "privatekey") >= 0 || find(b, n, "private_key") >= 0 ||
     find(b, n, "private-key") >= 0 || find(b, n, "accesskey") >= 0 ||
     find(b, n, "access_key") >= 0 || find(b, n, "access-key") >= 0 ||
     find(b, n, "signature") >= 0 || (n == 3 && !memcmp(b, "sig", 3)) ||
     (n >= 6 && !memcmp(b + n - 6, "bearer", 6)))   /* API_BEARER: the end
                                                        only (a search of every
                                                        key cost NDJSON 1.4%) */
    return 2;
  if((i = find(b, n, "token")) >= 0 &&
     !((size_t)i + 6 < n && b[i + 5] == 'i' && b[i + 6] == 'z'))
    return 2;   /* not tokenizer */
  if((i = find(b, n, "auth")) >= 0 &&
     !((size_t)i + 6 <= n && b[i + 4] == 'o' && b[i + 5] == 'r' &&
       !((size_t)i + 7 < n && b[i + 6] == 'i' && b[i + 7] == 'z')))
    return 2;   /* not author, authority */
  /* "key" as the last segment: x-api-key, license_key, stripeKey. */
  if(n >= 3 && !memcmp(b + n - 3, "key", 3) &&
     (n == 3 || b[n - 4] == '_' || b[n - 4] == '-' || b[n - 4] == '.' ||
      orig[n - 3] == 'K'))
    return 2;
  return 0;
}

/* "u: <name> " or "user: <name> " (also login:, username:) right before
 * 'at' on the same line. */
static int login_before(const struct zd_scan_run *r, size_t at)
{
  const unsigned char *p = r->p;
  size_t k = at, we, ls;
  while(k > 0 && p[k - 1] == ' ' && at - k < 4)
    k--;
  we = k;
  while(k > 0 && !zd_isspace(p[k - 1]) && we - k < 64)
    k--;
  if(k == we || k == 0)
    return 0;
  while(k > 0 && p[k - 1] == ' ' && we - k < 70)
    k--;
  if(k == 0 || p[k - 1] != ':')
    return 0;
  ls = k - 1;
  while(ls > 0 && zd_isalpha(p[ls - 1]) && k - ls < 10)
    ls--;
  if(ls > 0 && zd_isalnum(p[ls - 1]))
    return 0;
  return zd_word_in(p + ls, k - 1 - ls, (const char *const[]){
    "u", "user", "username", "login", "usr", NULL});
}

static int sibling_kind(const struct zd_scan_run *r, size_t at);
static int quoted_kind(const unsigned char *q, size_t n);

/* "- name: SMTP_PASSWORD\n  value: …" (Kubernetes env, Ansible, CI
 * variables): the line before 'ns' (where "value" starts) names it with
 * name:/key: and no quote or a plain one. */
static int yaml_sibling_kind(const struct zd_scan_run *r, size_t ns)
{
  const unsigned char *p = r->p;
  size_t ls = ns, pe, ps, k;
  while(ls > 0 && (p[ls - 1] == ' ' || p[ls - 1] == '\t'))
    ls--;
  if(ls == 0 || p[ls - 1] != '\n')
    return 0;
  pe = ls - 1;
  if(pe > 0 && p[pe - 1] == '\r')
    pe--;
  ps = pe;
  while(ps > 0 && p[ps - 1] != '\n' && pe - ps < 120)
    ps--;
  k = ps;
  while(k < pe && (p[k] == ' ' || p[k] == '\t' || p[k] == '-'))
    k++;
  if(pe - k > 5 && !memcmp(p + k, "name:", 5))
    k += 5;
  else if(pe - k > 4 && !memcmp(p + k, "key:", 4))
    k += 4;
  else
    return 0;
  while(k < pe && (p[k] == ' ' || p[k] == '"' || p[k] == '\''))
    k++;
  while(pe > k && (p[pe - 1] == ' ' || p[pe - 1] == '"' || p[pe - 1] == '\''))
    pe--;
  return quoted_kind(p + k, pe - k);
}

void zd_assign_before(struct zd_scan_run *r, size_t o)
{
  const unsigned char *p = r->p;
  size_t j = o, ns;
  char b[48];
  int kind;
  /* "…==": the end of a 64-byte key in base64. */
  if(p[o] == '=' && o + 1 < r->len && p[o + 1] == '=' && o >= 86)
    zd_key512_before(r, o);
  if(o > 0 && (p[o - 1] == '!' || p[o - 1] == '<' || p[o - 1] == '>' ||
               p[o - 1] == '='))
    return;   /* a comparison, or the second byte of one */
  while(j > 0 && (p[j - 1] == ' ' || p[j - 1] == '\t') && o - j < 4)
    j--;
  /* "*password*:", "**Password**:" (markdown emphasis, a chat card) */
  while(j > 0 && p[j - 1] == '*' && o - j < 3)
    j--;
  if(j > 0 && (p[j - 1] == '"' || p[j - 1] == '\''))
    j--;
  if(j > 1 && p[j] == '"' && p[j - 1] == '\\')
    j--;   /* \"name\": JSON inside a JSON string */
  if(j < 2 || !zd_isalnum(p[j - 1]))
    return;
  ns = j;
  while(ns > 0 && j - ns < sizeof(b) &&
        (zd_isalnum(p[ns - 1]) || p[ns - 1] == '_' || p[ns - 1] == '-' ||
         p[ns - 1] == '.'))
    ns--;
  /* "u: frontdesk p: …": a one-letter password label after a user's. */
  if(j - ns == 1 && (p[ns] == 'p' || p[ns] == 'P') && p[o] == ':' &&
     (ns == 0 || p[ns - 1] == ' ') && login_before(r, ns)) {
    assignment(r, j, 1, 0);
    return;
  }
  /* "2pwd:" is no name; "some_api_token_123" is. */
  if(j - ns < 2 || (ns > 0 && zd_isalnum(p[ns - 1])) || zd_isdigit(p[ns]))
    return;
  for(size_t i = ns; i < j; i++)
    b[i - ns] = (char)zd_tolower(p[i]);
  /* "…&sig=…" of a SAS token standing alone. */
  if(j - ns == 3 && !memcmp(b, "sig", 3) && ns > 0 && p[ns - 1] == '&' &&
     p[o] == '=' && zd_sas_token(r, ns - 1, o))
    return;
  kind = name_kind(b, j - ns, p + ns);
  /* value="…" of <add key="SmtpPassword" …>, <input type="password" …>,
   * {"name": "api_key", "value": "…"}: the sibling names it. */
  /* …, "ParameterValue": "…" of {"ParameterKey": "db_password", …}, and
   * "default"/"value" of {"api_key": {"default": "…"}} (Terraform). */
  if(!kind && ((j - ns >= 5 && !memcmp(b + (j - ns) - 5, "value", 5)) ||
               (j - ns == 7 && !memcmp(b, "default", 7)))) {
    kind = sibling_kind(r, ns > 0 && (p[ns - 1] == '"' || p[ns - 1] == '\'')
                              ? ns - 1 : ns);   /* before "value"'s quote */
    /* YAML lists of pairs: "- name: DB_PASSWORD" on the line before. */
    if(!kind && p[o] == ':')
      kind = yaml_sibling_kind(r, ns);
  }
  if(kind)
    assignment(r, j, kind == 1, find(b, j - ns, "aws") >= 0);
}

/* A quoted name b[0..n) (as written) -> its kind (name_kind). */
static int quoted_kind(const unsigned char *q, size_t n)
{
  char b[48];
  if(n < 2 || n > sizeof(b))
    return 0;
  for(size_t i = 0; i < n; i++)
    b[i] = (char)zd_tolower(q[i]);
  return name_kind(b, n, q);
}

/* What the attributes or members before r->p[at] in the same tag or JSON
 * object say the value after it is: key="…", name="…", id="…" (or
 * "key": "…", "name": "…") naming a credential, or type="password". The
 * walk stops at the tag's '<' or the object's '{' (at most 240 bytes). */
static int sibling_kind(const struct zd_scan_run *r, size_t at)
{
  const unsigned char *p = r->p;
  size_t lo = at > 240 ? at - 240 : 0;
  for(size_t i = at; i > lo; i--) {
    size_t qe, qs, ke, ks;
    unsigned char c = p[i - 1];
    if(c == '{') {
      /* The object's own name: "api_key": {"default": "…"}. */
      size_t k = i - 1, qe2, qs2;
      while(k > lo && zd_isspace(p[k - 1]))
        k--;
      if(k <= lo || p[k - 1] != ':')
        return 0;
      k--;
      while(k > lo && zd_isspace(p[k - 1]))
        k--;
      if(k <= lo || p[k - 1] != '"')
        return 0;
      qe2 = k - 1;
      qs2 = qe2;
      while(qs2 > lo && p[qs2 - 1] != '"' && qe2 - qs2 < 48)
        qs2--;
      return qs2 > lo ? quoted_kind(p + qs2, qe2 - qs2) : 0;
    }
    if(c == '<' || c == '}' || c == '>')
      return 0;
    if(c != '"' && c != '\'')
      continue;
    /* p[i - 1] closes a quoted string: is it an attribute's value? */
    qe = i - 1;
    qs = qe;
    while(qs > lo && p[qs - 1] != c && qe - qs < 48)
      qs--;
    if(qs <= lo || p[qs - 1] != c)
      return 0;
    i = qs;   /* the loop goes on before the opening quote */
    ke = qs - 1;
    while(ke > lo && (p[ke - 1] == ' ' || p[ke - 1] == '\t'))
      ke--;
    if(ke <= lo || (p[ke - 1] != '=' && p[ke - 1] != ':'))
      continue;
    ke--;
    while(ke > lo && (p[ke - 1] == ' ' || p[ke - 1] == '\t'))
      ke--;
    if(ke > lo && (p[ke - 1] == '"' || p[ke - 1] == '\''))
      ke--;
    ks = ke;
    while(ks > lo && zd_isalpha(p[ks - 1]) && ke - ks < 16)
      ks--;
    if(ks > lo && zd_isalnum(p[ks - 1]))
      continue;
    if(zd_word_in(p + ks, ke - ks, (const char *const[]){"type", NULL}))
      return zd_word_in(p + qs, qe - qs, (const char *const[]){"password", NULL});
    /* key, name, id, and names ending in them: ParameterKey, settingName. */
    if(zd_word_in(p + ks, ke - ks, (const char *const[]){"key", "name", "id", NULL}) ||
       (ke - ks > 4 && (!strncasecmp((const char *)p + ke - 3, "key", 3) ||
                        !strncasecmp((const char *)p + ke - 4, "name", 4)) &&
        zd_isupper(p[ke - (zd_tolower(p[ke - 1]) == 'y' ? 3 : 4)]))) {
      int k = quoted_kind(p + qs, qe - qs);
      if(k)
        return k;
    }
    i = ks + 1;
  }
  return 0;
}

/* HTML's own elements, b[0..n) in lower case: compared by length,
 * a few memcmp each (this runs at every end tag of a help-centre body). */
static int html_element(const char *b, size_t n)
{
  static const char *const l2 = "ddh1h2h3h4h5h6lidlolthtdtrulemdt";
  static const char *const l3[] = {"div", "del", "pre", "sub", "sup", "nav",
    "ins", "kbd", "var", "svg", "img", NULL};
  static const char *const l4[] = {"span", "code", "body", "html", "head",
    "font", "form", "cite", "abbr", "main", "mark", "path", "samp", "time",
    NULL};
  static const char *const l5[] = {"table", "tbody", "thead", "tfoot",
    "label", "small", "title", "style", "aside", NULL};
  static const char *const l6[] = {"strong", "button", "option", "select",
    "script", "figure", "footer", "header", "center", "iframe", NULL};
  static const char *const l7[] = {"article", "section", "caption",
    "details", "summary", NULL};
  const char *const *list;
  switch(n) {
  case 2:
    for(size_t i = 0; l2[i]; i += 2)
      if(b[0] == l2[i] && b[1] == l2[i + 1])
        return 1;
    return 0;
  case 3: list = l3; break;
  case 4: list = l4; break;
  case 5: list = l5; break;
  case 6: list = l6; break;
  case 7: list = l7; break;
  case 8:
    return !memcmp(b, "textarea", 8) || !memcmp(b, "noscript", 8);
  case 10:
    return !memcmp(b, "blockquote", 10) || !memcmp(b, "figcaption", 10);
  default: return 0;
  }
  for(; *list; list++)
    if(b[0] == (*list)[0] && !memcmp(b, *list, n))
      return 1;
  return 0;
}

/* Called by scanner.c at every "</": an element whose content is a
 * credential, named by the element (<password>…</password>,
 * <apiKey>…</apiKey>) or by its key/name attribute (<entry
 * key="db.password">…</entry>), or <value>…</value> right inside an
 * element so named (<setting name="ClientSecret"><value>…</value>). */
void zd_element_before(struct zd_scan_run *r, size_t o)
{
  const unsigned char *p = r->p;
  size_t ns = o + 2, ne = ns, gt = o, ot, lo = o > 512 ? o - 512 : 0;
  char b[48];
  int kind;
  while(ne < r->len && ne - ns < sizeof(b) &&
        (zd_isalnum(p[ne]) || p[ne] == '_' || p[ne] == '-' || p[ne] == '.'))
    ne++;
  if(ne - ns < 2 || ne >= r->len || p[ne] != '>')
    return;
  for(size_t i = ns; i < ne; i++)
    b[i - ns] = (char)zd_tolower(p[i]);
  /* HTML's own elements name no credential and carry no key/name of
   * their content: no walk back over a paragraph at each "</div>". */
  if(html_element(b, ne - ns))
    return;
  kind = name_kind(b, ne - ns, p + ns);
  /* The content: after the opening tag's '>', with no tag inside. */
  while(gt > lo && p[gt - 1] != '>' && p[gt - 1] != '<')
    gt--;
  if(gt <= lo || p[gt - 1] != '>' || gt == o)
    return;
  ot = gt - 1;
  while(ot > lo && p[ot - 1] != '<' && gt - ot < 240)
    ot--;
  if(ot <= lo || p[ot - 1] != '<' || ot + (ne - ns) > gt ||
     strncasecmp((const char *)p + ot, (const char *)p + ns, ne - ns) ||
     !(p[ot + ne - ns] == '>' || zd_isspace(p[ot + ne - ns])))
    return;
  if(!kind)
    kind = sibling_kind(r, gt - 1);
  if(!kind && ne - ns == 5 && !memcmp(b, "value", 5) && ot >= 2 &&
     p[ot - 2] == '>')
    kind = sibling_kind(r, ot - 2);
  if(!kind)
    return;
  {
    size_t s = gt, e = o;
    while(s < e && zd_isspace(p[s]))
      s++;
    while(e > s && zd_isspace(p[e - 1]))
      e--;
    if(e > s && !memchr(p + s, '\n', e - s))
      judge_value(r, s, e, '<', kind == 1, 0, ot);
  }
}

/* The bytes strchr(".,;:?)\"'`*", c) finds, the string's NUL included:
 * one load instead of a call per byte. */
static const unsigned char prose_trail[256] = {
  [0] = 1, ['.'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['?'] = 1, [')'] = 1,
  ['"'] = 1, ['\''] = 1, ['`'] = 1, ['*'] = 1
};

/* The value of a password announced in prose: the run of non-blank bytes,
 * without quotes around it or the sentence's punctuation after it. */
static int prose_password_at(const struct zd_scan_run *r, size_t i,
                             size_t *vs, size_t *ve)
{
  size_t s = i, e;
  while(s < r->len && (r->p[s] == '"' || r->p[s] == '\'' || r->p[s] == '`' ||
                       r->p[s] == '*'))
    s++;
  e = s;
  while(e < r->len && !zd_isspace(r->p[e]) && e - s < 129)
    e++;
  /* "pypi-AgE...": an elided example, not a value. */
  if(e - s > 3 && !memcmp(r->p + e - 3, "...", 3))
    return 0;
  while(e > s && prose_trail[r->p[e - 1]])
    e--;
  *vs = s;
  *ve = e;
  return e > s;
}

/* Filler between a cue and its value: "is now", "set to", "is: ". */
static int filler(const unsigned char *p, size_t n)
{
  /* The words by length (the list is searched only at its word's length:
   * this runs at every word after "password is"). */
  static const char *const w1[] = {"=", "-", ":", "|", NULL};
  static const char *const w2[] = {"is", "to", "as", "be", NULL};
  static const char *const w3[] = {"was", "are", "now", "set", "the", "new",
                                   NULL};
  static const char *const w4[] = {"just", "temp", "will", NULL};
  static const char *const w5[] = {"still", "reset", "below", NULL};
  static const char *const w6[] = {"simply", NULL};
  static const char *const w7[] = {"changed", "updated", "follows", NULL};
  static const char *const w9[] = {"currently", "temporary", NULL};
  static const char *const *const by_len[] = {NULL, w1, w2, w3, w4, w5, w6,
                                              w7, NULL, w9};
  /* strchr(":,", c) also finds the NUL */
  while(n > 0 && (p[n - 1] == ':' || p[n - 1] == ',' || p[n - 1] == 0))
    n--;
  return n == 0 || (n < sizeof(by_len) / sizeof(by_len[0]) && by_len[n] &&
                    zd_word_in(p, n, by_len[n]));
}

/* Words after which the sentence says where the password is, not what:
 * "is in 1Password", "was sent by text", "is the same as before". */
static int where_word(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "in", "on", "under", "at", "inside", "stored", "saved", "kept", "located",
    "sent", "shared", "same", "available", "listed", "written", "attached",
    "managed", "printed", "taped", "emailed", "texted", "given", "unchanged",
    NULL
  };
  return zd_word_in(p, n, words);
}

/* "Use <value> as the password", "<value> as your password": the word
 * before "as" and a determiner that end right before the cue word at
 * 'cs'. Runs at every "password ": a few byte tests before any search. */
static void password_before_as(struct zd_scan_run *r, size_t cs)
{
  const unsigned char *p = r->p;
  unsigned char d[8];
  size_t ds = cs - 1, i, ws, vs, ve, n;
  if(cs < 6 || p[cs - 1] != ' ')
    return;
  while(ds > 0 && zd_isalpha(p[ds - 1]) && cs - 1 - ds < 6)
    ds--;
  n = cs - 1 - ds;
  if(n == 0 || n > 5 || ds < 4 || p[ds - 1] != ' ')
    return;
  for(size_t k = 0; k < n; k++)
    d[k] = (unsigned char)zd_tolower(p[ds + k]);
  if(!(n == 1 ? d[0] == 'a'
        : n == 2 ? d[0] == 'm' && d[1] == 'y'
        : n == 3 ? !memcmp(d, "the", 3) || !memcmp(d, "her", 3) ||
                   !memcmp(d, "his", 3) || !memcmp(d, "new", 3)
        : n == 4 ? !memcmp(d, "your", 4)
        : !memcmp(d, "their", 5)))
    return;
  i = ds - 1;   /* the space before the determiner */
  if(i < 3 || zd_tolower(p[i - 1]) != 's' || zd_tolower(p[i - 2]) != 'a' ||
     p[i - 3] != ' ')
    return;
  i -= 3;
  ws = i;
  while(ws > 0 && !zd_isspace(p[ws - 1]) && i - ws < 129)
    ws--;
  if(ws == i || !prose_password_at(r, ws, &vs, &ve) || ve > i ||
     !password_value(p + vs, ve - vs))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_PASSWORD_PROSE, vs, ve,
                   0.8);
}

/* Whether p[0..n) has a digit or a byte password_value counts as a
 * symbol (not a letter, not -.'_, not UTF-8). */
static int digit_or_symbol(const unsigned char *p, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(!zd_isalpha(p[i]) && p[i] < 0x80 && p[i] != '-' && p[i] != '.' &&
       p[i] != '\'' && p[i] != '_')
      return 1;
  return 0;
}

/* "pass" at 's' used as a label: after the line's start, a comma, a
 * semicolon, a slash or a bar, or after "new", "temp", "wifi", "my". */
static int pass_label(const struct zd_scan_run *r, size_t s)
{
  const unsigned char *p = r->p;
  size_t k = s, ws;
  while(k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t') && s - k < 4)
    k--;
  if(k == 0 || p[k - 1] == '\n' || p[k - 1] == ',' || p[k - 1] == ';' ||
     p[k - 1] == '/' || p[k - 1] == '|' || p[k - 1] == '(')
    return 1;
  ws = k;
  while(ws > 0 && zd_isalpha(p[ws - 1]) && k - ws < 10)
    ws--;
  return zd_word_in(p + ws, k - ws, (const char *const[]){
    "new", "temp", "temporary", "wifi", "my", "your", "the", "his", "her",
    "initial", "admin", NULL});
}

/* "pass" at 's' that is the verb after a modal, "to" or a pronoun ("needs
 * to pass Step2CK", "we will pass Ticket#4411 to tier 2", "did he pass
 * USMLE-Step1"), or a pass that is no password ("bus pass 4411-A2b",
 * "boarding pass QR7X9k2"): a value of three kinds after it is an exam,
 * a ticket or a code, not a password. */
static int pass_not_password(const struct zd_scan_run *r, size_t s)
{
  const unsigned char *p = r->p;
  size_t k = s, ws;
  while(k > 0 && (p[k - 1] == ' ' || p[k - 1] == '\t') && s - k < 4)
    k--;
  ws = k;
  while(ws > 0 && (zd_isalpha(p[ws - 1]) || p[ws - 1] == '\'') && k - ws < 12)
    ws--;
  return ws < k && zd_word_in(p + ws, k - ws, (const char *const[]){
    "to", "will", "would", "can", "could", "should", "must", "might", "may",
    "did", "didn't", "does", "do", "not", "cannot", "can't", "won't",
    "please", "i", "we", "you", "they", "he", "she", "i'll", "we'll",
    "you'll", "they'll", "he'll", "she'll", "also", "then",
    "bus", "boarding", "day", "parking", "visitor", "visitors", "hall",
    "season", "train", "transit", "ski", "press", NULL});
}

/* "the password is …", "token for the API is …": the trigger ends after
 * the cue and its verb or preposition; the value is among the next few
 * words (after a second "is"/":" for "for"/"to"). A password's trigger is
 * the word alone ("password ", "contraseña", "mot de passe", "Passwort",
 * "senha"): after the English word and no verb ("please use password
 * <value> for…", "initial password <value>,"), only the next word can be
 * the value. */
static void prose(struct zd_scan_run *r, size_t to, int arg);

void zd_detect_prose(struct zd_scan_run *r, size_t to, int arg)
{
  /* PROSE_PASSWORD ends at "password" or "pass ": the word wants a blank,
   * ',' or '.' after it (the literal alone is cheaper for Vectorscan than
   * "password[ ,.]": 1.25 M of 42 M instructions on the bench corpus). */
  if(arg == 1 && r->p[to - 1] != ' ') {
    if(to >= r->len || (r->p[to] != ' ' && r->p[to] != ',' && r->p[to] != '.'))
      return;
    to++;
  }
  prose(r, to, arg);
}

static void prose(struct zd_scan_run *r, size_t to, int arg)
{
  zd_trigger t = arg ? ZD_TRIG_PROSE_PASSWORD : ZD_TRIG_PROSE_TOKEN;
  size_t i = to, lim = to + 80 < r->len ? to + 80 : r->len;
  int words = 0, max = 8, verb = 0, short_word = 0;
  if(to <= r->done[t])
    return;
  /* "pw is ": a whole word ("kpw is" is none). */
  if(arg == 3) {
    size_t k = to - 1;
    while(k > 0 && r->p[k - 1] != ' ')
      k--;
    if(k < 3 || (k > 3 && zd_isalnum(r->p[k - 4])))
      return;
  }
  /* "password ": the English word and a blank (PROSE_PASSWORD); "pass "
   * (the same row: "user is mkhan, pass …", "temp pass is …"). */
  if(arg == 1) {
    const unsigned char *p = r->p;
    size_t j = to, we;
    int lower = 1;
    unsigned char w[6];
    short_word = to >= 5 && (p[to - 5] | 0x20) == 'p';
    if(short_word) {
      if(to > 5 && (zd_isalnum(p[to - 6]) || p[to - 6] == '-'))
        return;   /* "bypass ", "by-pass " */
    } else {
      if(to > 9 && zd_isalnum(p[to - 10]))
        return;   /* "mypassword " is a name, read at its operator */
      password_before_as(r, to - 9);
    }
    if(p[to - 1] != ' ')
      return;   /* "… as her password," / "… as your password." */
    while(j < lim && p[j] == ' ')
      j++;
    for(we = j; we < lim && !zd_isspace(p[we]) && we - j < 129; we++)
      lower &= zd_islower(p[we]) ||
               (we > j && (p[we] == '.' || p[we] == ',' || p[we] == ';' ||
                           p[we] == '!' || p[we] == '?' || p[we] == 0));
    /* "password is", "password for the portal is": read on ("password
     * for?" ends its sentence). "password should be", "password below:"
     * (the value on a line of its own; "below" with no colon is an
     * instruction: "enter your password below and click Save"). */
    if(we - j >= 1 && we - j <= 6) {
      size_t n = we - j;
      int colon = n > 1 && p[j + n - 1] == ':';
      n -= (size_t)colon;
      for(size_t k = 0; k < n; k++)
        w[k] = (unsigned char)zd_tolower(p[j + k]);
      if(n == 1 ? w[0] == '=' || w[0] == '-' || w[0] == '|'
         : n == 2 ? (w[0] == 'i' && w[1] == 's') || (w[0] == 't' && w[1] == 'o') ||
                    (w[0] == 'o' && w[1] == 'f')
         : n == 3 ? !memcmp(w, "was", 3) || !memcmp(w, "for", 3) ||
                    !memcmp(w, "has", 3)
         : n == 4 ? !memcmp(w, "will", 4) || !memcmp(w, "must", 4)
         : n == 5 ? (colon && !memcmp(w, "below", 5)) || !memcmp(w, "would", 5)
         : !memcmp(w, "should", 6))
        lower = 2;
      /* "pass to the nurse", "pass of the day": the verb and the noun */
      if(short_word && lower == 2 && n == 2 && w[0] != 'i')
        lower = 1;
    }
    /* Else the next word is the value or nothing: "password reset" no. */
    if(lower == 1 || we == j) {
      r->done[t] = to;
      return;
    }
    if(lower != 2) {
      /* only the next word can be the value: not when it is a word */
      if(we - j < 6 || !digit_or_symbol(p + j, we - j)) {
        r->done[t] = to;
        return;
      }
      max = 1;
    }
  }
  while(i < lim && words < max) {
    size_t vs, ve, n;
    const unsigned char *v;
    while(i < lim && zd_isspace(r->p[i]))
      i++;
    if(i >= lim)
      break;
    if(!prose_password_at(r, i, &vs, &ve)) {
      /* Punctuation alone ("provisoire : …", "password - …"). */
      while(i < r->len && !zd_isspace(r->p[i]))
        i++;
      words++;
      continue;
    }
    n = ve - vs;
    v = r->p + vs;
    words++;
    /* Skip to after this word. */
    i = vs;
    while(i < r->len && !zd_isspace(r->p[i]))
      i++;
    /* "is in 1Password", "was sent by text": where, not what; after a
     * verb only ("password for the shared inbox: …" reads on). */
    if(words > 1 && verb && where_word(v, n))
      break;
    verb = n <= 4 && zd_word_in(v, n, (const char *const[]){"is", "was", "are",
                                                          "were", "be", "been",
                                                          NULL});
    /* A password has a digit or a symbol and six bytes (password_value):
     * a word of letters is none, and only a sentence's end after it (not
     * filler) matters. Most words after "password is"/"to" are such
     * words; this skips their filler and value tests. */
    if(arg && (n < 6 || !digit_or_symbol(v, n))) {
      if(ve < r->len && strchr(".!?", r->p[ve]) &&
         (ve + 1 >= r->len || zd_isspace(r->p[ve + 1])) &&
         !(n < 4 && zd_isalpha(v[0])) && !filler(v, n))
        break;
      continue;
    }
    if(filler(v, n) || (words <= 4 && n < 6 && !arg) ||
       (n < 4 && zd_isalpha(v[0])))
      continue;
    /* "pass <value>" with no verb: the verb "pass" takes objects too
     * ("pass the chart", "pass HIPAA101"), so the value has three kinds
     * of character or the word is a label (after a comma, a slash, the
     * line's start, "new"/"temp"). */
    if(short_word && max == 1 &&
       (zd_class_count(zd_char_classes((const char *)v, n)) < 3 ||
        pass_not_password(r, to - 5)) &&
       !pass_label(r, to - 5))
      break;
    if(arg ? password_value(v, n) : (zendesk_shape(v, n) ||
                                     (zd_random_value(v, n, 12) &&
                                      (!memchr(v, '.', n) ||
                                       zd_dotted_token(v, n))))) {
      if(!arg && zendesk_shape(v, n))
        zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN,
                         ZD_RULE_ZENDESK_TOKEN_NEAR, vs, ve, 0.85);
      else
        zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET,
                         arg ? ZD_RULE_PASSWORD_PROSE : ZD_RULE_TOKEN_PROSE,
                         vs, ve, 0.8);
      r->done[t] = ve;
      return;
    }
    /* A word that ends the sentence ends the search. */
    if(ve < r->len && ve > vs && strchr(".!?", r->p[ve]) &&
       (ve + 1 >= r->len || zd_isspace(r->p[ve + 1])))
      break;
  }
  r->done[t] = to;
}

static int hex_run(const unsigned char *p, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if(!zd_isdigit(p[i]) && !(p[i] >= 'a' && p[i] <= 'f'))
      return 0;
  return 1;
}

/* curl -u user:password, --user user:password (curl(1)): the trigger is
 * "curl "; the option is looked for in the rest of the command (lines
 * continued with '\'). */
void zd_detect_curl_user(struct zd_scan_run *r, size_t to, int arg)
{
  size_t i = to, s, e, colon = 0, lim = to + 600 < r->len ? to + 600 : r->len;
  unsigned char q = 0;
  (void)arg;
  if(to <= r->done[ZD_TRIG_CURL_USER] ||
     (to > 5 && zd_isword(r->p[to - 6])))
    return;
  for(;; i++) {
    if(i + 3 > lim || (r->p[i] == '\n' && !(i > 0 && r->p[i - 1] == '\\')))
      return;
    if(r->p[i] == '-' && (i == 0 || zd_isspace(r->p[i - 1]))) {
      if(r->p[i + 1] == 'u' && !zd_isalnum(r->p[i + 2])) {
        i += 2;
        break;
      }
      if(i + 6 < lim && !memcmp(r->p + i, "--user", 6) &&
         !zd_isalnum(r->p[i + 6]) && r->p[i + 6] != '-') {
        i += 6;
        break;
      }
    }
  }
  s = i;
  while(s < lim && (r->p[s] == ' ' || r->p[s] == '='))
    s++;
  if(s < lim && (r->p[s] == '\'' || r->p[s] == '"'))
    q = r->p[s++];
  e = s;
  while(e < r->len && e - s < 256 &&
        (q ? r->p[e] != q && r->p[e] != '\n' : !zd_isspace(r->p[e]))) {
    if(r->p[e] == ':' && !colon)
      colon = e;
    e++;
  }
  r->done[ZD_TRIG_CURL_USER] = e;
  if(!colon || colon == s || e - colon < 2)
    return;
  /* {email}/token:{token} is the Zendesk token's own finding. */
  if(colon >= s + 6 && !memcmp(r->p + colon - 6, "/token", 6))
    return;
  /* Only the password decides: "ops@clinic.example" is a fine user. */
  if(r->p[colon + 1] == '$' || weak_password(r->p + colon + 1, e - colon - 1))
    return;
  /* -u AC<32 hex>:<32 hex>: Twilio's account SID and auth token (its
   * API docs' own form); the token is the secret. */
  if(colon - s == 34 && r->p[s] == 'A' && r->p[s + 1] == 'C' &&
     e - colon - 1 == 32 && hex_run(r->p + s + 2, 32) &&
     hex_run(r->p + colon + 1, 32)) {
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_TWILIO_TOKEN,
                     colon + 1, e, 0.93);
    return;
  }
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_CURL_USER, s, e, 0.92);
}

/* A login in a sentence: "frontdesk@clinic.example / S3cret!x",
 * "user@x.org : S3cret!x", "user@x.org, password S3cret!x" is the prose
 * cue's. The separator must stand between blanks ("a / b"), or be ':'
 * right after the address; the value must pass as a password. */
int zd_password_after_login(struct zd_scan_run *r, size_t e)
{
  size_t i = e, vs, ve;
  if(i + 3 >= r->len)
    return 0;
  if(r->p[i] == ' ' && (r->p[i + 1] == '/' || r->p[i + 1] == '|' ||
                        r->p[i + 1] == ':') && r->p[i + 2] == ' ')
    i += 3;
  else if(r->p[i] == ':' && !zd_isspace(r->p[i + 1]) && r->p[i + 1] != '/')
    i += 1;
  else
    return 0;
  if(!prose_password_at(r, i, &vs, &ve) || !password_value(r->p + vs, ve - vs))
    return 0;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_PASSWORD_PROSE, vs, ve,
                   0.8);
  return 1;
}

/* A database or SSH client with the password on its command line: the
 * trigger is the command's name ("sqlcmd ", "mysql "…); its option is
 * looked for in the rest of the command (lines continued with '\\').
 * How each takes it: sqlcmd and bcp "-P <pw>"; mysql, mysqldump,
 * mysqladmin, mariadb "-p<pw>" attached (a word after "-p " is the
 * database) or "--password=<pw>" (read at its '='); sshpass, mongosh and
 * mongo "-p <pw>"; redis-cli "-a <pw>"; smbclient "-U user%<pw>". */
void zd_detect_cli_password(struct zd_scan_run *r, size_t to, int arg)
{
  const unsigned char *p = r->p;
  size_t i = to, w = to - 1, lim, vs, ve, cl;
  char opt = 'p';
  int attached = 0;
  (void)arg;
  while(w > 0 && (zd_isalnum(p[w - 1]) || p[w - 1] == '-') && to - w < 16)
    w--;
  cl = to - 1 - w;
  if(to <= r->done[ZD_TRIG_CLI_PASSWORD] || (w > 0 && zd_isword(p[w - 1])))
    return;
  if((cl == 6 && !memcmp(p + w, "sqlcmd", 6)) || (cl == 3 && !memcmp(p + w, "bcp", 3)))
    opt = 'P';
  else if(cl == 9 && !memcmp(p + w, "redis-cli", 9))
    opt = 'a';
  else if(cl == 9 && !memcmp(p + w, "smbclient", 9))
    opt = 'U';
  else if(p[w] == 'm' && (p[w + 1] == 'y' || p[w + 1] == 'a'))
    attached = 1;   /* mysql, mysqldump, mysqladmin, mariadb */
  lim = to + 600 < r->len ? to + 600 : r->len;
  for(;; i++) {
    if(i + 3 > lim || (p[i] == '\n' && !(i > 0 && p[i - 1] == '\\')))
      return;
    if(p[i] == '-' && zd_isspace(p[i - 1]) && p[i + 1] == opt &&
       (attached ? !zd_isspace(p[i + 2]) && p[i + 2] != '-'
                 : p[i + 2] == ' ' || p[i + 2] == '\t'))
      break;
  }
  i += 2;
  while(i < lim && (p[i] == ' ' || p[i] == '\t'))
    i++;
  r->done[ZD_TRIG_CLI_PASSWORD] = i;
  /* The argument as the shell reads it: quoted, or up to a blank. */
  if(i < lim && (p[i] == '\'' || p[i] == '"')) {
    const unsigned char *qe = memchr(p + i + 1, p[i], lim - i - 1);
    if(!qe)
      return;
    vs = i + 1;
    ve = (size_t)(qe - p);
  }
  else {
    vs = ve = i;
    while(ve < lim && !zd_isspace(p[ve]) && ve - vs < 129)
      ve++;
  }
  if(opt == 'U') {   /* user%password */
    const unsigned char *pc = memchr(p + vs, '%', ve - vs);
    if(!pc)
      return;
    vs = (size_t)(pc - p) + 1;
  }
  if(ve <= vs || p[vs] == '$' || !password_value(p + vs, ve - vs))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_CLI_PASSWORD, vs, ve,
                   0.9);
}

/* "Set `SMTP_PASSWORD` to `…`", "set `api_token` to `…`": markdown's
 * inline code, a credential's name and its value each in backticks ('to'
 * is where the value starts, after its opening backtick). */
void zd_detect_code_pair(struct zd_scan_run *r, size_t to, int arg)
{
  const unsigned char *p = r->p;
  size_t j = to - 6, ns = j, e = to;
  char b[48];
  int kind;
  (void)arg;
  while(ns > 0 && j - ns < sizeof(b) &&
        (zd_isalnum(p[ns - 1]) || p[ns - 1] == '_' || p[ns - 1] == '-' ||
         p[ns - 1] == '.'))
    ns--;
  if(j - ns < 2 || ns == 0 || p[ns - 1] != '`')
    return;
  for(size_t i = ns; i < j; i++)
    b[i - ns] = (char)zd_tolower(p[i]);
  kind = name_kind(b, j - ns, p + ns);
  if(!kind)
    return;
  while(e < r->len && e - to < 256 && p[e] != '`' && p[e] != '\n')
    e++;
  if(e >= r->len || p[e] != '`')
    return;
  judge_value(r, to, e, '`', kind == 1, find(b, j - ns, "aws") >= 0, ns);
}

int zd_table_cell(struct zd_scan_run *r, size_t at)
{
  const unsigned char *p = r->p;
  size_t ns = at, ne = at, s, e;
  char b[48];
  int kind;
#define NAME_CHAR(c) (zd_isalnum(c) || (c) == '_' || (c) == '-' || (c) == '.')
  while(ns > 0 && at - ns < sizeof(b) && NAME_CHAR(p[ns - 1]))
    ns--;
  while(ne < r->len && ne - ns < sizeof(b) && NAME_CHAR(p[ne]))
    ne++;
#undef NAME_CHAR
  if(ns < 2 || p[ns - 1] != ' ' || p[ns - 2] != '|' ||
     (ns > 2 && p[ns - 3] != '\n') || ne + 3 >= r->len ||
     p[ne] != ' ' || p[ne + 1] != '|' || p[ne + 2] != ' ' || ne - ns < 2)
    return 0;
  for(size_t i = ns; i < ne; i++)
    b[i - ns] = (char)zd_tolower(p[i]);
  /* A row of a setting that names no credential ("| token_ttl | 3600 |")
   * is still the row: its cue word asks for no token nearby. */
  kind = name_kind(b, ne - ns, p + ns);
  if(!kind)
    return 1;
  s = ne + 3;
  e = s;
  while(e < r->len && e - s < 256 && p[e] != '|' && p[e] != '\n')
    e++;
  if(e >= r->len || p[e] != '|')
    return 0;
  while(e > s && p[e - 1] == ' ')
    e--;
  judge_value(r, s, e, 0, kind == 1, find(b, ne - ns, "aws") >= 0, ns);
  return 1;
}

/* SPDX-License-Identifier: MIT
 * detect_net.c — e-mail addresses, URLs and IPv6 addresses. A URL alone
 * is weak evidence (help-centre articles link everywhere); one carrying a
 * person's data in its query, or credentials in its user part, is not. */
#include "scan/context.h"
#include "scan/lexicon.h"
#include "scan/scan_int.h"
#include "scan/validate.h"

#include <string.h>
#include <strings.h>

/* Longest URL examined; longer ones are cut here (RFC 7230 suggests
 * supporting 8,000 octets; real links are far shorter). */
#define MAX_URL 2048

static int local_char(int c)
{
  return zd_isalnum(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

static int domain_char(int c) { return zd_isalnum(c) || c == '.' || c == '-'; }

/* Shared mailboxes of an organisation: not a person's address. */
static int role_mailbox(const unsigned char *p, size_t n)
{
  static const char *const roles[] = {
    "support", "help", "helpdesk", "info", "noreply", "no-reply",
    "donotreply", "do-not-reply", "admin", "contact", "sales", "billing",
    "privacy", "security", "hello", "team", "webmaster", "postmaster",
    "abuse", "hr", "careers", "jobs", "press", "marketing", "service",
    "customerservice", "feedback", "office", "accounts", "notifications",
    "mailer-daemon", "compliance", "legal", "it", NULL
  };
  return zd_word_in(p, n, roles);
}

void zd_detect_email(struct zd_scan_run *r, size_t to, int arg)
{
  size_t at = to - 1, s = at, e = at + 1;
  double conf;
  (void)arg;
  if(at < r->done[ZD_TRIG_EMAIL])
    return;
  while(s > 0 && local_char(r->p[s - 1]) && at - s < 64)
    s--;
  while(s < at && r->p[s] == '.')
    s++;
  if(s == at || r->p[at - 1] == '.' || (s > 0 && r->p[s - 1] == '@') ||
     !zd_isalnum(zd_at(r, at + 1)))
    return;
  /* "scheme://user:password@host" is a URL's user part, not an address. */
  if(s > 0 && r->p[s - 1] == ':') {
    size_t u = s - 1;
    while(u > 0 && local_char(r->p[u - 1]) && s - u < 64)
      u--;
    if(u >= 2 && r->p[u - 1] == '/' && r->p[u - 2] == '/')
      return;
  }
  for(size_t i = s; i + 1 < at; i++)
    if(r->p[i] == '.' && r->p[i + 1] == '.')
      return;
  while(e < r->len && domain_char(r->p[e]) && e - at < 254)
    e++;
  while(e > at + 1 && (r->p[e - 1] == '.' || r->p[e - 1] == '-'))
    e--;
  r->done[ZD_TRIG_EMAIL] = e;
  if(!zd_valid_domain((const char *)r->p + at + 1, e - at - 1))
    return;
  /* "icon@2x.png": a file name, not a domain. */
  {
    static const char *const files[] = {
      "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "pdf", "css",
      "js", "html", "htm", "txt", "json", "xml", "zip", "gz", "mp4", "mov",
      NULL
    };
    size_t d = e;
    while(d > at && r->p[d - 1] != '.')
      d--;
    if(zd_word_in(r->p + d, e - d, files))
      return;
  }
  if(e < r->len && (zd_isword(r->p[e]) || r->p[e] == '@'))
    return;
  /* A shared mailbox (support@, info@) is an organisation's, weaker
   * evidence than a person's address, but still an address. */
  conf = role_mailbox(r->p + s, at - s) ? 0.55 : 0.9;
  zd_scan_add(r, ZD_SCAN_EMAIL_ADDRESS, s, e, conf);
  zd_password_after_login(r, e);   /* "user@clinic.org / S3cret!" */
}

static int url_char(int c)
{
  return c > ' ' && c != '<' && c != '>' && c != '"' && c != '\'' &&
         c != '`' && c != '{' && c != '}' && c != '|' && c != '\\' &&
         c != '^' && c < 0x7f;
}

/* Query or fragment keys that carry a person's data. */
static int personal_key(const unsigned char *p, size_t n)
{
  static const char *const keys[] = {
    "mrn", "dob", "birthdate", "patient", "patient_id", "patientid", "ssn",
    "name", "first_name", "firstname", "last_name", "lastname", "email",
    "phone", "member", "member_id", "memberid", "mbi", "npi", "address",
    "zip", "diagnosis", NULL
  };
  return zd_word_in(p, n, keys);
}

/* The value of a generic key ("name", "patient", "member", "address",
 * "diagnosis") is a person's only when it looks like data: digits, '@',
 * two words ('+', '%20'), or a name of the lexicon. "name=Home",
 * "patient=list" are routing parameters of an application. */
static int personal_value(const unsigned char *k, size_t kn,
                          const unsigned char *v, const unsigned char *end)
{
  static const char *const generic[] = {
    "name", "patient", "member", "address", "diagnosis", NULL
  };
  size_t n = 0;
  if(!zd_word_in(k, kn, generic))
    return 1;
  while(v + n < end && v[n] != '&' && v[n] != '#' && v[n] != ';') {
    if(zd_isdigit(v[n]) || v[n] == '@' || v[n] == '+' || v[n] == '%')
      return 1;
    n++;
  }
  return n > 1 && (zd_lex(v, n) & (ZD_LEX_FIRST | ZD_LEX_LAST)) &&
         !(zd_lex(v, n) & ZD_LEX_WORD);
}

void zd_detect_url(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s, e, host, q;
  double conf = 0.3;
  int depth = 0;
  if(!arg)   /* webhooks, user:password@, database URIs, ?token= */
    zd_detect_cred_url(r, to, 0);
  if(to <= r->done[arg ? ZD_TRIG_URL_WWW : ZD_TRIG_URL_SCHEME])
    return;
  if(arg) {
    s = to - 4;   /* "www." */
    host = s;
    /* "www." inside a scheme URL was handled with it. */
    if(s < r->done[ZD_TRIG_URL_SCHEME] ||
       (s > 0 && (zd_isword(r->p[s - 1]) || r->p[s - 1] == '.' ||
                  r->p[s - 1] == '/' || r->p[s - 1] == '@')))
      return;
  }
  else {
    size_t c = to - 3;  /* "://" */
    s = zd_word_start(r->p, c, 6);
    host = to;
    if(!((c - s == 4 && !strncasecmp((const char *)r->p + s, "http", 4)) ||
         (c - s == 5 && !strncasecmp((const char *)r->p + s, "https", 5)) ||
         (c - s == 3 && !strncasecmp((const char *)r->p + s, "ftp", 3))) ||
       (s > 0 && zd_isword(r->p[s - 1])))
      return;
  }
  if(!zd_isalnum(zd_at(r, host)))
    return;
  e = host;
  while(e < r->len && url_char(r->p[e]) && e - s < MAX_URL) {
    if(r->p[e] == '(')
      depth++;
    else if(r->p[e] == ')' && --depth < 0)
      break;
    e++;
  }
  while(e > host && strchr(".,;:!?*'", r->p[e - 1]))
    e--;
  r->done[arg ? ZD_TRIG_URL_WWW : ZD_TRIG_URL_SCHEME] = e;
  if(e <= host + 3)
    return;
  /* ?key=value pairs naming personal data. */
  for(q = host; q < e; q++) {
    if(r->p[q] == '?' || r->p[q] == '&' || r->p[q] == ';' || r->p[q] == '#') {
      size_t k = q + 1, ke = k;
      while(ke < e && r->p[ke] != '=' && r->p[ke] != '&')
        ke++;
      if(ke < e && r->p[ke] == '=' && ke + 1 < e && r->p[ke + 1] != '&' &&
         personal_key(r->p + k, ke - k) &&
         personal_value(r->p + k, ke - k, r->p + ke + 1, r->p + e))
        conf = 0.85;
    }
  }
  zd_scan_add(r, ZD_SCAN_URL, s, e, conf);
}

static int ip6_char(int c)
{
  return zd_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
         c == ':' || c == '.';
}

void zd_read_ipv6(struct zd_scan_run *r, size_t to)
{
  size_t s = to, e = to, colons = 0;
  struct zd_ctx cx;
  if(to <= r->done[ZD_DONE_IPV6])
    return;
  while(s > 0 && ip6_char(r->p[s - 1]) && to - s < 64)
    s--;
  while(e < r->len && ip6_char(r->p[e]) && e - s < 64)
    e++;
  r->done[ZD_DONE_IPV6] = e;
  if(!memchr(r->p + s, ':', e - s))
    return;
  while(e > s && (r->p[e - 1] == '.' || (r->p[e - 1] == ':' &&
                                         !(e - s >= 2 && r->p[e - 2] == ':'))))
    e--;
  if((s > 0 && (zd_isword(r->p[s - 1]) || r->p[s - 1] == '_')) ||
     (e < r->len && (zd_isword(r->p[e]) || r->p[e] == '_')))
    return;
  for(size_t i = s; i < e; i++)
    colons += r->p[i] == ':';
  if(colons < 2 || !zd_valid_ipv6((const char *)r->p + s, e - s))
    return;
  /* Prefix length or zone. */
  if(e + 1 < r->len && r->p[e] == '/' && zd_isdigit(r->p[e + 1])) {
    size_t x = e + 1;
    while(x < r->len && zd_isdigit(r->p[x]) && x < e + 4)
      x++;
    e = x;
  }
  zd_ctx_get(r, s, e, ZD_CTX_BEFORE, ZD_CTX_AFTER, &cx);
  zd_scan_add(r, ZD_SCAN_IP_ADDRESS, s, e,
              zd_ctx_score(&cx, ZD_SCAN_IP_ADDRESS, 0.8, 0.1, 0.5));
}

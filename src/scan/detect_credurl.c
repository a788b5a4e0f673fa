/* SPDX-License-Identifier: MIT
 * detect_credurl.c — URLs that are credentials or carry one: incoming
 * webhooks (Slack, Microsoft Teams, Power Automate / Logic Apps, Discord:
 * whoever has the URL can post), scheme://user:password@host (database
 * URIs and plain URLs), and query parameters that hold a token, key or
 * signature (?token=, &sig=, Azure SAS). Called by zd_detect_url at every
 * "://" before its own reading, and at a webhook's host written without
 * a scheme (zd_detect_webhook_host); the whole URL is the finding. */
#include "core/limits.h"
#include "scan/scan_int.h"
#include "scan/secret_int.h"
#include "scan/validate.h"

#include <string.h>
#include <strings.h>

enum { MAX_CRED_URL = 2048 };

/* A URL's password that stands for one: a shell or CI variable ("$DB_PASS",
 * "${DB_PASS}", "$(cat pw)") or a Windows one ("%DB_PASS%"). A password
 * that only starts with '$' or '%' ("$Kq+7xw&…", "%9Lmq!…") holds another
 * symbol or does not end like a variable. */
static int url_template(const unsigned char *pw, size_t n)
{
  size_t k = 1;
  if(pw[0] == '%')
    return n >= 3 && pw[n - 1] == '%';
  if(pw[0] != '$')
    return 0;
  if(n > 1 && (pw[1] == '{' || pw[1] == '('))
    return 1;
  while(k < n && (zd_isalnum(pw[k]) || pw[k] == '_'))
    k++;
  return k == n;
}

static int url_byte(int c)
{
  return c > 0x20 && c != 0x7f && !strchr("\"'<>`{}|\\^", c);
}

static int scheme_byte(int c)
{
  return zd_isalnum(c) || c == '+' || c == '-' || c == '.';
}

/* 1 when host[0..n) is 'dom' or ends with "." + 'dom' (ignoring case). */
static int host_is(const unsigned char *h, size_t n, const char *dom)
{
  size_t l = strlen(dom);
  if(n < l || strncasecmp((const char *)h + n - l, dom, l))
    return 0;
  return n == l || h[n - l - 1] == '.';
}

/* 1 when p[0..n) contains 'w' (case-insensitive). */
static int contains(const unsigned char *p, size_t n, const char *w)
{
  size_t l = strlen(w);
  for(size_t i = 0; i + l <= n; i++)
    if(!strncasecmp((const char *)p + i, w, l))
      return 1;
  return 0;
}

/* The length of the run of [A-Za-z0-9] (plus 'extra') at p. */
static size_t alnum_at(const unsigned char *p, size_t n, const char *extra)
{
  size_t i = 0;
  while(i < n && (zd_isalnum(p[i]) || (extra && p[i] && strchr(extra, p[i]))))
    i++;
  return i;
}

static int db_scheme(const unsigned char *p, size_t n)
{
  static const char *const schemes[] = {
    "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv",
    "redis", "rediss", "amqp", "amqps", "mssql", "sqlserver", "oracle",
    "cockroachdb", "clickhouse", "couchdb", "neo4j", "neo4j+s", "bolt",
    "cassandra", "memcached", "elasticsearch", "influxdb", "snowflake",
    "jdbc:postgresql", "jdbc:mysql", "jdbc:sqlserver", "jdbc:oracle", NULL
  };
  return zd_word_in(p, n, schemes);
}

/* Slack: /services/T…/B…/<secret>, /workflows/T…/A…/…, /triggers/…
 * (Slack "Sending messages using incoming webhooks"). */
static double slack_path(const unsigned char *p, size_t n)
{
  if(n > 10 && !strncmp((const char *)p, "/services/", 10)) {
    const unsigned char *q = p + 10, *end = p + n;
    size_t a = alnum_at(q, (size_t)(end - q), NULL), b, c;
    if(a < 8 || q[0] != 'T' || q + a >= end || q[a] != '/')
      return 0;
    q += a + 1;
    b = alnum_at(q, (size_t)(end - q), NULL);
    if(b < 8 || q + b >= end || q[b] != '/')
      return 0;
    q += b + 1;
    c = alnum_at(q, (size_t)(end - q), NULL);
    return c >= 20 && !zd_sample_value((const char *)q, c) ? 0.97 : 0;
  }
  if((n > 11 && !strncmp((const char *)p, "/workflows/", 11)) ||
     (n > 10 && !strncmp((const char *)p, "/triggers/", 10)))
    return n >= 40 ? 0.95 : 0;
  return 0;
}

/* A query parameter whose name says it is a credential. */
static int secret_param(const unsigned char *k, size_t n)
{
  static const char *const names[] = {
    "token", "access_token", "accesstoken", "auth_token", "api_token",
    "apitoken", "api_key", "apikey", "api-key", "key", "sig", "signature",
    "secret", "client_secret", "password", "pwd", "pass", "private_token",
    "x-amz-signature", "x-goog-signature", "x-amz-security-token", "code",
    "auth", "session", "sessionid", "sid", "jwt", "id_token",
    "refresh_token", NULL
  };
  return zd_word_in(k, n, names);
}

/* The URL that starts at 's' and whose authority starts at 'to' (after
 * "://", or the host itself when the URL is written without a scheme);
 * 'c' is where the scheme's "://" starts (== 'to' without one). */
static void cred_url_at(struct zd_scan_run *r, size_t s, size_t c, size_t to)
{
  const unsigned char *p = r->p;
  size_t e = to, auth_end, at = 0, colon = 0, hs, q;
  unsigned rule = 0;
  double conf = 0;
  while(e < r->len && url_byte(p[e]) && e - s < MAX_CRED_URL)
    e++;
  while(e > to && strchr(".,;:!?)]*", p[e - 1]))
    e--;
  r->done[ZD_TRIG_CRED_URL] = e;
  if(e <= to + 3)
    return;
  /* The authority: up to the first '/', '?' or '#'; userinfo before the
   * last '@' in it. */
  auth_end = to;
  while(auth_end < e && !strchr("/?#", p[auth_end]))
    auth_end++;
  /* A password written with its '#' or '?' unescaped
   * ("mysql://root:Summer#2027@db…"): an '@' further on, before any '/',
   * with a ':' before the '#' and no '=' between (a port and a query
   * holding an address, "host:8080?to=a@b.org", are not; '&' is a
   * password's byte too: "ftp://faxbot:Ab3#x&9Qz@files…"). */
  if(auth_end < e && p[auth_end] != '/') {
    size_t k = auth_end, c2 = 0;
    for(size_t i = to; i < auth_end; i++)
      if(p[i] == ':') {
        c2 = i;
        break;
      }
    while(k < e && k - auth_end < 128 && p[k] != '/' && p[k] != '@' &&
          p[k] != '=')
      k++;
    if(c2 && k < e && p[k] == '@') {
      auth_end = k;
      while(auth_end < e && !strchr("/?#", p[auth_end]))
        auth_end++;
    }
  }
  for(size_t i = to; i < auth_end; i++)
    if(p[i] == '@')
      at = i;
  hs = at ? at + 1 : to;
  {
    size_t he = hs;
    while(he < auth_end && p[he] != ':')
      he++;
    if(at) {
      for(size_t i = to; i < at; i++)
        if(p[i] == ':') {
          colon = i;
          break;
        }
    }
    if(colon && at - colon > 1) {
      const unsigned char *pw = p + colon + 1;
      size_t pn = at - colon - 1;
      /* "user:password@", "${DB_PASS}", "****" are templates. */
      if(!zd_secret_placeholder(pw, pn) && !url_template(pw, pn) &&
         !contains(pw, pn, "password") && !zd_word_in(pw, pn, (const char *const[]){
           "pass", "passwd", "pwd", "secret", "changeme", "pw", "xxx", NULL})) {
        rule = db_scheme(p + s, c - s) ? ZD_RULE_DATABASE_URI
                                       : ZD_RULE_URL_USERINFO;
        conf = 0.92;   /* above the e-mail address "pass@host" */
      }
    }
    /* Webhooks by host and path. */
    if(!rule) {
      const unsigned char *path = p + auth_end;
      size_t pl = e - auth_end, hn = he - hs;
      if(host_is(p + hs, hn, "hooks.slack.com") &&
         (conf = slack_path(path, pl)) > 0)
        rule = ZD_RULE_WEBHOOK_SLACK;
      else if((host_is(p + hs, hn, "webhook.office.com") &&
               contains(path, pl, "/webhookb2/")) ||
              (host_is(p + hs, hn, "outlook.office.com") &&
               contains(path, pl, "/webhook/"))) {
        /* /webhookb2/<guid>@<guid>/IncomingWebhook/<32 hex>/<guid>:
         * a template ("<group-id>") stops the URL short. */
        rule = ZD_RULE_WEBHOOK_TEAMS;
        conf = contains(path, pl, "IncomingWebhook/") && pl >= 100 ? 0.96
               : pl >= 100 ? 0.9 : 0;
        if(conf == 0)
          rule = 0;
      }
      else if((host_is(p + hs, hn, "logic.azure.com") ||
               host_is(p + hs, hn, "powerplatform.com") ||
               host_is(p + hs, hn, "powerautomate.com")) &&
              contains(path, pl, "/workflows/") && contains(path, pl, "sig=")) {
        rule = ZD_RULE_WEBHOOK_POWER_AUTOMATE;
        conf = 0.95;
      }
      else if((host_is(p + hs, hn, "discord.com") ||
               host_is(p + hs, hn, "discordapp.com")) &&
              pl > 14 && !strncmp((const char *)path, "/api/webhooks/", 14)) {
        const unsigned char *x = path + 14;
        size_t d = 0;
        while(d < pl - 14 && zd_isdigit(x[d]))
          d++;
        if(d >= 15 && d < pl - 14 && x[d] == '/' &&
           alnum_at(x + d + 1, pl - 14 - d - 1, "-_") >= 60) {
          rule = ZD_RULE_WEBHOOK_DISCORD;
          conf = 0.97;
        }
      }
    }
  }
  /* Query parameters holding a credential. */
  if(!rule) {
    int sv = 0, sig = 0;
    for(q = auth_end; q < e; q++) {
      size_t k, ke, ve;
      if(p[q] != '?' && p[q] != '&' && p[q] != ';' && p[q] != '#')
        continue;
      k = q + 1;
      ke = k;
      while(ke < e && p[ke] != '=' && p[ke] != '&')
        ke++;
      if(ke >= e || p[ke] != '=')
        continue;
      ve = ke + 1;
      while(ve < e && p[ve] != '&' && p[ve] != '#')
        ve++;
      sv |= ke - k == 2 && !strncmp((const char *)p + k, "sv", 2);
      if(secret_param(p + k, ke - k)) {
        const unsigned char *v = p + ke + 1;
        size_t vn = ve - ke - 1;
        sig |= ke - k == 3 && !strncmp((const char *)p + k, "sig", 3);
        if(vn >= 12 && !zd_secret_placeholder(v, vn) &&
           zd_entropy((const char *)v, vn) >= 3.0 &&
           (zd_char_classes((const char *)v, vn) & ZD_CC_DIGIT) &&
           (zd_char_classes((const char *)v, vn) & (ZD_CC_LOWER | ZD_CC_UPPER))) {
          /* Above what its parts read as alone (the value as an
           * assignment, a 40-character token near "zendesk"); a signed
           * URL (sig=, X-Amz-Signature=) also above the key id it names
           * (X-Amz-Credential=AKIA…): the signature is the secret and
           * only the whole URL carries it. A JWT or a vendor key as the
           * value stays that finding. */
          double pc = ke - k >= 3 && !strncasecmp((const char *)p + ke - 3, "sig", 3) ? 0.97
                     : ke - k >= 9 && !strncasecmp((const char *)p + ke - 9, "signature", 9) ? 0.97
                     : 0.94;
          rule = ZD_RULE_URL_QUERY_TOKEN;
          conf = pc > conf ? pc : conf;
        }
      }
    }
    if(rule && sv && sig)
      rule = ZD_RULE_AZURE_SAS;
  }
  if(rule)
    zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, rule, s, e, conf);
}

void zd_detect_cred_url(struct zd_scan_run *r, size_t to, int arg)
{
  const unsigned char *p = r->p;
  size_t c = to - 3, s = c;
  (void)arg;
  if(to <= r->done[ZD_TRIG_CRED_URL])
    return;
  while(s > 0 && scheme_byte(p[s - 1]) && c - s < 24)
    s--;
  /* jdbc:mysql:// */
  if(s > 5 && p[s - 1] == ':' && !strncasecmp((const char *)p + s - 5, "jdbc", 4))
    s -= 5;
  while(s < c && !zd_isalpha(p[s]))
    s++;
  if(s == c)
    return;
  cred_url_at(r, s, c, to);
}

static int host_byte(int c)
{
  return zd_isalnum(c) || c == '-' || c == '.';
}

/* A webhook written without its scheme ("hooks.slack.com/services/…",
 * "clinic.webhook.office.com/webhookb2/…", "discord.com/api/webhooks/…",
 * "prod-12.westus.logic.azure.com:443/workflows/…"): the trigger is the
 * host's registered part (patterns.def WEBHOOK_HOST); the host starts at
 * the first byte before it that cannot be in a host name (the walk
 * ends within 300 bytes; a host is at most 253). A URL with a
 * scheme was read at its "://", which comes first. */
void zd_detect_webhook_host(struct zd_scan_run *r, size_t to, int arg)
{
  const unsigned char *p = r->p;
  size_t hs = to;
  (void)arg;
  if(to <= r->done[ZD_TRIG_CRED_URL])
    return;
  /* "discord.com/api/webhooks": the host ends before the path. */
  if(to >= 13 && !memcmp(p + to - 13, "/api/webhooks", 13))
    hs -= 13;
  while(hs > 0 && host_byte(p[hs - 1]) && to - hs < 300)
    hs--;
  /* Inside a path ("…/redirect/hooks.slack.com/…" is read with its own
   * URL), or an address's domain. */
  if(hs > 0 && (p[hs - 1] == '/' || p[hs - 1] == '@'))
    return;
  while(hs < to && !zd_isalnum(p[hs]))
    hs++;
  cred_url_at(r, hs, hs, hs);
}

int zd_sas_token(struct zd_scan_run *r, size_t amp, size_t o)
{
  const unsigned char *p = r->p;
  size_t ts = amp, ve = o + 1, start = 0;
  int found = 0, perm = 0;
  while(ts > 0 && url_byte(p[ts - 1]) && amp - ts < 1024)
    ts--;
  while(ve < r->len && url_byte(p[ve]) && p[ve] != '&' && ve - o < 256)
    ve++;
  while(ve > o + 1 && strchr(".,;:!?)]", p[ve - 1]))
    ve--;
  if(ve - o - 1 < 20 || zd_secret_placeholder(p + o + 1, ve - o - 1))
    return 0;
  for(size_t i = ts; i + 3 <= amp; i++) {
    if(p[i] == ':' && i + 3 <= amp && p[i + 1] == '/' && p[i + 2] == '/')
      return 0;   /* a URL: read at its "://" */
    if(i + 3 < amp && (i == ts || !zd_isalnum(p[i - 1])) && p[i + 2] == '=') {
      if(p[i] == 's' && p[i + 1] == 'v' && !found) {
        found = 1;
        start = i > ts && p[i - 1] == '?' ? i - 1 : i;
      }
      perm |= found && p[i] == 's' && (p[i + 1] == 'e' || p[i + 1] == 'p');
    }
  }
  if(!found || !perm)
    return 0;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AZURE_SAS, start, ve,
                   0.92);
  return 1;
}

/* SPDX-License-Identifier: MIT
 * detect_vendor.c — vendor API keys and tokens: the ones with a fixed
 * prefix (AWS, Stripe, Slack, GitHub, GitLab, SendGrid, Google, OpenAI,
 * Anthropic, npm, PyPI, Shopify, Atlassian, Mailgun, Twilio, Telegram,
 * Azure, Okta), found from that prefix (a Vectorscan literal, patterns.def),
 * and the ones without, found near the vendor's name (Twilio auth tokens,
 * Vonage, MessageBird, Okta, Discord, AWS secret keys). Two tables decide:
 * key rows (prefix, rule, body character set and length, validator,
 * confidence, what to look for after the key) grouped in ZD_KEY_*
 * families, and cue rows (word, rule, type, the token shapes: length,
 * character set, classes, entropy, an extra test, confidence). Adding a
 * vendor is a row in one of them (and its literal in patterns.def). The
 * validators check the vendor's published format and, where the vendor
 * has one, its checksum (validate.c). Formats were read from vendor
 * documentation and public scanners' rule sets as facts (docs/scan.md). */
#include "core/limits.h"
#include "scan/scan_int.h"
#include "scan/secret_int.h"
#include "scan/validate.h"

#include <string.h>
#include <strings.h>

/* Character sets of a key's body. */
enum cs {
  CS_B62,      /* A-Z a-z 0-9 */
  CS_B64URL,   /* + - _ */
  CS_B64URLDOT, /* + - _ . */
  CS_B64,      /* A-Z a-z 0-9 + / = */
  CS_HEX,      /* 0-9 a-f A-F */
  CS_HEXL,     /* 0-9 a-f */
  CS_B32U,     /* A-Z 0-9 */
  CS_SLACK,    /* A-Z a-z 0-9 - */
  CS_SG,       /* A-Z a-z 0-9 - _ . = */
  CS_ATL,      /* A-Z a-z 0-9 - _ = */
  CS_GHPAT,    /* A-Z a-z 0-9 _ */
  CS_B36L,     /* a-z 0-9 */
  CS_ANY       /* no character-set test (a shape's own check decides) */
};

static int in_cs(int c, enum cs cs)
{
  switch(cs) {
  case CS_B62: return zd_isalnum(c);
  case CS_B64URL: return zd_isalnum(c) || c == '-' || c == '_';
  case CS_B64URLDOT: return zd_isalnum(c) || c == '-' || c == '_' || c == '.';
  case CS_B64: return zd_isalnum(c) || c == '+' || c == '/' || c == '=';
  case CS_HEX: return zd_isdigit(c) || (c >= 'a' && c <= 'f') ||
                      (c >= 'A' && c <= 'F');
  case CS_HEXL: return zd_isdigit(c) || (c >= 'a' && c <= 'f');
  case CS_B32U: return zd_isupper(c) || zd_isdigit(c);
  case CS_SLACK: return zd_isalnum(c) || c == '-';
  case CS_SG: return zd_isalnum(c) || c == '-' || c == '_' || c == '.' ||
                     c == '=';
  case CS_ATL: return zd_isalnum(c) || c == '-' || c == '_' || c == '=';
  case CS_GHPAT: return zd_isalnum(c) || c == '_';
  case CS_B36L: return zd_islower(c) || zd_isdigit(c);
  case CS_ANY: return 1;
  }
  return 0;
}

static size_t run_of(const struct zd_scan_run *r, size_t i, enum cs cs,
                     size_t max)
{
  size_t n = 0;
  while(i + n < r->len && in_cs(r->p[i + n], cs) && n < max)
    n++;
  return n;
}

static int count_of(const unsigned char *p, size_t n, int c)
{
  int k = 0;
  for(size_t i = 0; i < n; i++)
    k += p[i] == c;
  return k;
}

/* ---- validators of keys with a prefix -------------------------------- */

struct key_row;
/* The confidence of the key at [s, e) of row 'k' (its body at [b, e)), or
 * 0 when the vendor's format rules it out; '*rule' may be changed (an
 * "sk-ant-" key is Anthropic's, never OpenAI's). */
typedef double key_check(const struct zd_scan_run *r, const struct key_row *k,
                         size_t s, size_t b, size_t e, unsigned *rule);

/* AWS key ids: base32 after the prefix (AWS IAM "Unique identifiers"). */
static double v_aws_id(const struct zd_scan_run *r, const struct key_row *k,
                       size_t s, size_t b, size_t e, unsigned *rule)
{
  int v = zd_valid_aws_key_id((const char *)r->p + s);
  (void)k, (void)b, (void)e, (void)rule;
  return v == 2 ? 0.95 : v == 1 ? 0.8 : 0;
}

/* ABSK + base64("BedrockAPIKey-…"). */
static double v_bedrock(const struct zd_scan_run *r, const struct key_row *k,
                        size_t s, size_t b, size_t e, unsigned *rule)
{
  unsigned char dec[32];
  long m = zd_b64_decode((const char *)r->p + b, 20, dec, sizeof(dec));
  (void)k, (void)s, (void)e, (void)rule;
  return m >= 14 && !memcmp(dec, "BedrockAPIKey-", 14) ? 0.97 : 0.8;
}

static double conf_of(const struct key_row *k);

/* GitHub and npm: 30 random base62 + their CRC-32 in base62 (6). */
static double v_crc32(const struct zd_scan_run *r, const struct key_row *k,
                      size_t s, size_t b, size_t e, unsigned *rule)
{
  (void)s, (void)rule;
  if(e - b == 36)
    return zd_valid_base62_crc32((const char *)r->p + b, 36) ? 0.99 : conf_of(k);
  return 0.8;
}

/* Slack bot/user tokens: xox?-<digits>-<digits>-…; the short samples of
 * the documentation ("xoxb-12345-abcd234") have neither the long numeric
 * groups nor the length. */
static double v_slack(const struct zd_scan_run *r, const struct key_row *k,
                      size_t s, size_t b, size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b;
  size_t n = e - b, d = 0;
  (void)s, (void)rule;
  while(d < n && zd_isdigit(body[d]))
    d++;
  return (d >= 8 && d < n && body[d] == '-') || n >= 40 ? conf_of(k) : 0;
}

/* "xapp-1-A0123456789-1234567890123-0123abcd…" */
static double v_xapp(const struct zd_scan_run *r, const struct key_row *k,
                     size_t s, size_t b, size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b;
  size_t n = e - b, i = 2;
  int shape;
  (void)k, (void)s, (void)rule;
  shape = n >= 4 && zd_isdigit(body[0]) && body[1] == '-';
  while(shape && i < n && (zd_isupper(body[i]) || zd_isdigit(body[i])))
    i++;
  shape = shape && i < n && body[i] == '-' && count_of(body, n, '-') >= 3;
  return shape ? 0.95 : n >= 40 ? 0.8 : 0;
}

/* SG.<22>.<43>; other splits are accepted with less confidence. */
static double v_sendgrid(const struct zd_scan_run *r, const struct key_row *k,
                         size_t s, size_t b, size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b, *dot = memchr(body, '.', e - b);
  (void)k, (void)s, (void)rule;
  if(!dot)
    return 0;
  return dot - body == 22 && e - b - 23 == 43 ? 0.97 : 0.85;
}

/* "sk-ant-api03-…" and "sk-ant-admin01-…": the family, two digits, '-',
 * then at least 80 characters. */
static int anthropic_shape(const unsigned char *b, size_t n)
{
  size_t i = 0;
  static const char *const kinds[] = {"api", "admin", "oat", NULL};
  for(int k = 0; kinds[k]; k++) {
    size_t l = strlen(kinds[k]);
    if(n > l && !memcmp(b, kinds[k], l)) {
      i = l;
      break;
    }
  }
  if(i == 0 || i + 3 > n || !zd_isdigit(b[i]) || !zd_isdigit(b[i + 1]) ||
     b[i + 2] != '-')
    return 0;
  return n - (i + 3) >= 80;
}

/* OpenAI: sk-proj-, sk-svcacct-, sk-admin-, legacy keys with
 * base64("OpenAI") inside; "sk-ant-" is Anthropic's or nothing. */
static double v_openai(const struct zd_scan_run *r, const struct key_row *k,
                       size_t s, size_t b, size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b;
  size_t n = e - b;
  (void)k, (void)s;
  if(n >= 4 && !memcmp(body, "ant-", 4)) {
    *rule = ZD_RULE_ANTHROPIC;
    return anthropic_shape(body + 4, n - 4) ? 0.97 : 0;
  }
  if((n > 5 && !memcmp(body, "proj-", 5)) ||
     (n > 8 && !memcmp(body, "svcacct-", 8)) ||
     (n > 6 && !memcmp(body, "admin-", 6)))
    return n >= 40 ? 0.95 : 0.8;
  for(size_t i = 0; i + 8 <= n; i++)
    if(!memcmp(body + i, "T3BlbkFJ", 8))
      return 0.97;
  return n >= 32 ? 0.85 : 0.75;
}

/* PyPI: a macaroon whose base64 names pypi.org. */
static double v_pypi(const struct zd_scan_run *r, const struct key_row *k,
                     size_t s, size_t b, size_t e, unsigned *rule)
{
  (void)k, (void)s, (void)rule;
  return e - b >= 12 && !memcmp(r->p + b, "IcHlwaS5vcmc", 12) ? 0.97 : 0.85;
}

/* Atlassian: …=<8 hex>, the token's checksum suffix. */
static double v_atlassian(const struct zd_scan_run *r, const struct key_row *k,
                          size_t s, size_t b, size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b;
  size_t n = e - b;
  (void)k, (void)s, (void)rule;
  if(n > 9 && body[n - 9] == '=') {
    for(size_t i = n - 8; i < n; i++)
      if(!in_cs(body[i], CS_HEX))
        return 0.8;
    return 0.97;
  }
  return n >= 150 ? 0.85 : 0.7;
}

/* What to look for after a key: an AWS key id's secret, a Twilio account
 * SID's auth token. */
static void twilio_token_near(struct zd_scan_run *r, size_t from,
                              size_t lim, double conf);
static void after_twilio_sid(struct zd_scan_run *r, size_t e)
{
  twilio_token_near(r, e, e + 160 < r->len ? e + 160 : r->len, 0.9);
}

/* THE table of keys with a prefix: one row per prefix, grouped by the
 * ZD_KEY_* family whose patterns.def row lists the same literals. A row:
 * the prefix, the rule it reports, its body's character set and length
 * range (after the prefix), the validator (NULL: the format alone
 * decides) and the confidence of a well-formed key, and what to look for
 * after it. Sources: AWS IAM "Unique identifiers" (AKIA, ASIA, ABIA,
 * ACCA) and Bedrock API keys (ABSK, bedrock-api-key-); Stripe "API keys"
 * (sk_/rk_ live/test, whsec_); Slack "Token types" (xoxb-, xoxp-, xoxa-,
 * xoxe, xapp-); GitHub's token formats (gh?_ + 36, github_pat_); GitLab
 * "Token overview"; SendGrid "API keys" (SG.22.43); Google API keys (AIza
 * + 35), OAuth client secrets (GOCSPX-), access tokens (ya29.); OpenAI
 * (sk-, sk-proj-, sk-svcacct-, sk-admin-); Anthropic (sk-ant-api03-);
 * npm's token format (npm_ + 36); PyPI API tokens (pypi- + macaroon);
 * Shopify access tokens (shpat_, shpca_, shppa_, shpss_ + 32 hex);
 * Atlassian API tokens (ATATT3…); Mailgun (key- + 32 lower-case letters
 * and digits); Twilio SIDs (AC/SK + 32 hex). */
struct key_row {
  const char *prefix;
  unsigned char len;          /* strlen(prefix) */
  unsigned char cs;           /* enum cs of the body */
  unsigned short rule;
  unsigned short min, max;    /* body length */
  key_check *check;
  float conf;
  void (*after)(struct zd_scan_run *r, size_t e);
};

#define KEY(P, RULE, CS, MIN, MAX, CHECK, CONF, AFTER) \
  {P, sizeof(P) - 1, CS, ZD_RULE_##RULE, MIN, MAX, CHECK, CONF, AFTER}

static const struct key_row key_aws[] = {
  KEY("AKIA", AWS_KEY_ID, CS_B32U, 16, 16, v_aws_id, 0.95f, zd_aws_secret_near),
  KEY("ASIA", AWS_KEY_ID, CS_B32U, 16, 16, v_aws_id, 0.95f, zd_aws_secret_near),
  KEY("ABIA", AWS_KEY_ID, CS_B32U, 16, 16, v_aws_id, 0.95f, zd_aws_secret_near),
  KEY("ACCA", AWS_KEY_ID, CS_B32U, 16, 16, v_aws_id, 0.95f, zd_aws_secret_near),
  KEY("ABSK", AWS_BEDROCK, CS_B64, 60, 400, v_bedrock, 0.9f, NULL),
  KEY("bedrock-api-key-", AWS_BEDROCK, CS_B64, 60, 4000, NULL, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_stripe[] = {
  KEY("sk_live_", STRIPE, CS_B62, 16, 250, NULL, 0.93f, NULL),
  KEY("sk_test_", STRIPE, CS_B62, 16, 250, NULL, 0.9f, NULL),
  KEY("rk_live_", STRIPE, CS_B62, 16, 250, NULL, 0.93f, NULL),
  KEY("rk_test_", STRIPE, CS_B62, 16, 250, NULL, 0.9f, NULL),
  KEY("whsec_", STRIPE_WEBHOOK, CS_B62, 24, 100, NULL, 0.93f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_slack[] = {
  KEY("xoxb-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxp-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxa-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxo-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxr-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxs-", SLACK_TOKEN, CS_SLACK, 10, 250, v_slack, 0.93f, NULL),
  KEY("xoxe", SLACK_TOKEN, CS_B64URLDOT, 20, 400, NULL, 0.9f, NULL),
  KEY("xapp-", SLACK_APP_TOKEN, CS_SLACK, 20, 250, v_xapp, 0.93f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_github[] = {
  KEY("ghp_", GITHUB, CS_B62, 36, 251, v_crc32, 0.9f, NULL),
  KEY("gho_", GITHUB, CS_B62, 36, 251, v_crc32, 0.9f, NULL),
  KEY("ghu_", GITHUB, CS_B62, 36, 251, v_crc32, 0.9f, NULL),
  KEY("ghs_", GITHUB, CS_B62, 36, 251, v_crc32, 0.9f, NULL),
  KEY("ghr_", GITHUB, CS_B62, 36, 251, v_crc32, 0.9f, NULL),
  KEY("github_pat_", GITHUB, CS_GHPAT, 40, 255, NULL, 0.95f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_sendgrid[] = {
  KEY("SG.", SENDGRID, CS_SG, 50, 100, v_sendgrid, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_google[] = {
  KEY("AIza", GOOGLE_API_KEY, CS_B64URL, 35, 35, NULL, 0.92f, NULL),
  KEY("GOCSPX-", GOOGLE_OAUTH_SECRET, CS_B64URL, 24, 40, NULL, 0.95f, NULL),
  KEY("ya29.", GOOGLE_OAUTH_TOKEN, CS_B64URLDOT, 30, 2000, NULL, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_openai[] = {
  KEY("sk-", OPENAI, CS_B64URL, 20, 250, v_openai, 0.85f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_gitlab[] = {
  KEY("glpat-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("gldt-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("gloas-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glrt-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glptt-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glcbt-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glft-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glimt-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glagent-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("glsoat-", GITLAB, CS_B64URLDOT, 20, 300, NULL, 0.93f, NULL),
  KEY("GR1348941", GITLAB, CS_B64URL, 20, 60, NULL, 0.93f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_npm[] = {
  KEY("npm_", NPM, CS_B62, 36, 36, v_crc32, 0.85f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_pypi[] = {
  KEY("pypi-AgE", PYPI, CS_B64URL, 50, 400, v_pypi, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_shopify[] = {
  KEY("shpat_", SHOPIFY, CS_HEX, 32, 32, NULL, 0.95f, NULL),
  KEY("shpca_", SHOPIFY, CS_HEX, 32, 32, NULL, 0.95f, NULL),
  KEY("shppa_", SHOPIFY, CS_HEX, 32, 32, NULL, 0.95f, NULL),
  KEY("shpss_", SHOPIFY, CS_HEX, 32, 32, NULL, 0.95f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_atlassian[] = {
  KEY("ATATT3", ATLASSIAN, CS_ATL, 60, 300, v_atlassian, 0.9f, NULL),
  KEY("ATCTT3", ATLASSIAN, CS_ATL, 60, 300, v_atlassian, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_mailgun[] = {
  KEY("key-", MAILGUN, CS_B36L, 32, 32, NULL, 0.9f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};
static const struct key_row key_twilio[] = {
  KEY("AC", TWILIO_SID, CS_HEX, 32, 32, NULL, 0.75f, after_twilio_sid),
  KEY("SK", TWILIO_API_KEY, CS_HEX, 32, 32, NULL, 0.92f, NULL),
  {NULL, 0, 0, 0, 0, 0, NULL, 0, NULL}
};

static double conf_of(const struct key_row *k)
{
  return k->conf;
}
/* Twilio: an auth token (32 hex) within reach after an account SID. */
static void twilio_token_near(struct zd_scan_run *r, size_t from,
                              size_t lim, double conf)
{
  size_t i = from, ts, te;
  int seen = 0;
  while(seen < 12 && zd_next_token(r, &i, lim, &ts, &te)) {
    seen++;
    if(te - ts == 32 && run_of(r, ts, CS_HEX, 33) == 32 &&
       zd_class_count(zd_char_classes((const char *)r->p + ts, 32)) >= 2 &&
       !zd_secret_placeholder(r->p + ts, 32)) {
      zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_TWILIO_TOKEN, ts,
                       te, conf);
      return;
    }
  }
}

void zd_aws_secret_near(struct zd_scan_run *r, size_t from)
{
  size_t i = from, ts, te, lim = from + 200 < r->len ? from + 200 : r->len;
  int seen = 0;
  while(seen < 12 && zd_next_token(r, &i, lim, &ts, &te)) {
    seen++;
    if(te - ts == 40 && run_of(r, ts, CS_B64, 41) == 40) {
      int cc = zd_char_classes((const char *)r->p + ts, 40);
      if((cc & 7) == 7 && !zd_secret_placeholder(r->p + ts, 40) &&
         zd_entropy((const char *)r->p + ts, 40) >= 4.0) {
        zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AWS_SECRET, ts,
                         te, 0.9);
        return;
      }
    }
  }
}

/* Telegram bot tokens: "<bot id: 8-10 digits>:AA<33>" (Bot API docs). */
static void telegram(struct zd_scan_run *r, size_t to)
{
  size_t colon = to - 3, s = colon, n;
  while(s > 0 && zd_isdigit(r->p[s - 1]) && colon - s <= 10)
    s--;
  /* In the Bot API's URLs the token follows "bot": /bot<id>:<secret>/. */
  if(colon - s < 8 || colon - s > 10 ||
     (s > 0 && zd_isword(r->p[s - 1]) &&
      !(s >= 3 && !memcmp(r->p + s - 3, "bot", 3))))
    return;
  n = run_of(r, colon + 1, CS_B64URL, 64);
  if(n < 34 || n > 36 || zd_secret_placeholder(r->p + colon + 1, n))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_TELEGRAM_BOT, s,
                   colon + 1 + n, 0.95);
}

/* Azure AD (Entra) client secrets: three characters, a digit, "Q~", then
 * 31-34 more (gitleaks' azure-ad-client-secret). */
static void azure_secret(struct zd_scan_run *r, size_t to)
{
  size_t q = to - 2, s, n;
  if(q < 4 || !zd_isdigit(r->p[q - 1]))
    return;
  s = q - 4;
  for(size_t i = s; i < q - 1; i++)
    if(!(zd_isalnum(r->p[i]) || r->p[i] == '_' || r->p[i] == '~' ||
         r->p[i] == '.'))
      return;
  if(s > 0 && (zd_isalnum(r->p[s - 1]) || r->p[s - 1] == '_' ||
               r->p[s - 1] == '~' || r->p[s - 1] == '.'))
    return;
  n = 0;
  while(to + n < r->len && n < 40 &&
        (zd_isalnum(r->p[to + n]) || strchr("_~.-", r->p[to + n])))
    n++;
  while(n > 31 && r->p[to + n - 1] == '.')
    n--;
  if(n < 31 || n > 34 || zd_secret_placeholder(r->p + to, n))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AZURE_CLIENT_SECRET, s,
                   to + n, 0.93);
}

static int has_sig(const unsigned char *p, size_t n)
{
  for(size_t i = 0; i + 4 <= n; i++)
    if(!memcmp(p + i, "sig=", 4))
      return 1;
  return 0;
}

/* AccountKey=<base64> and SharedAccessKey=<base64> in Azure connection
 * strings; SharedAccessSignature=<SAS> (Azure Storage docs). */
static void azure_storage(struct zd_scan_run *r, size_t to)
{
  size_t n;
  if(r->p[to - 2] == 'e') {   /* SharedAccessSignature= */
    n = 0;
    while(to + n < r->len && !zd_isspace(r->p[to + n]) &&
          !strchr(";\"'<>", r->p[to + n]) && n < 2048)
      n++;
    if(n >= 20 && has_sig(r->p + to, n))
      zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AZURE_SAS, to,
                       to + n, 0.92);
    return;
  }
  n = run_of(r, to, CS_B64, 128);
  if(n < 40 || n > 100 || zd_secret_placeholder(r->p + to, n) ||
     zd_entropy((const char *)r->p + to, n) < 4.0)
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AZURE_STORAGE_KEY, to,
                   to + n, 0.95);
}

/* Okta: "Authorization: SSWS <00 + 40>". */
static void okta_header(struct zd_scan_run *r, size_t to)
{
  size_t n = run_of(r, to, CS_B64URL, 64);
  if(n < 40 || n > 44 || zd_secret_placeholder(r->p + to, n))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_OKTA, to, to + n,
                   r->p[to] == '0' && r->p[to + 1] == '0' ? 0.95 : 0.85);
}

/* Per ZD_KEY_* family (the order of patterns.def's KEY_* rows): its rows,
 * or the reader of a format that is not a prefix and a body (Telegram's
 * "<id>:AA…", Azure's "…Q~…", "AccountKey=…", "SSWS …"); and how many
 * bytes of the body the trigger literal holds (Twilio's "AC" + one hex
 * digit). */
static const struct family {
  const struct key_row *rows;
  void (*read)(struct zd_scan_run *r, size_t to);
  unsigned char body_in_trigger;
} families[] = {
  [ZD_KEY_AWS] = {key_aws, NULL, 0},
  [ZD_KEY_STRIPE] = {key_stripe, NULL, 0},
  [ZD_KEY_SLACK] = {key_slack, NULL, 0},
  [ZD_KEY_GITHUB] = {key_github, NULL, 0},
  [ZD_KEY_SENDGRID] = {key_sendgrid, NULL, 0},
  [ZD_KEY_GOOGLE] = {key_google, NULL, 0},
  [ZD_KEY_OPENAI] = {key_openai, NULL, 0},
  [ZD_KEY_GITLAB] = {key_gitlab, NULL, 0},
  [ZD_KEY_NPM] = {key_npm, NULL, 0},
  [ZD_KEY_PYPI] = {key_pypi, NULL, 0},
  [ZD_KEY_SHOPIFY] = {key_shopify, NULL, 0},
  [ZD_KEY_ATLASSIAN] = {key_atlassian, NULL, 0},
  [ZD_KEY_MAILGUN] = {key_mailgun, NULL, 0},
  [ZD_KEY_TWILIO] = {key_twilio, NULL, 1},
  [ZD_KEY_TELEGRAM] = {NULL, telegram, 0},
  [ZD_KEY_AZURE] = {NULL, azure_secret, 0},
  [ZD_KEY_AZURE_STORAGE] = {NULL, azure_storage, 0},
  [ZD_KEY_OKTA] = {NULL, okta_header, 0},
};

void zd_detect_key_prefix(struct zd_scan_run *r, size_t to, int arg)
{
  const struct family *f = &families[arg];
  const struct key_row *k;
  size_t s = 0, b, e, end = to - f->body_in_trigger;
  unsigned rule;
  double conf;
  _Static_assert(ZD_TRIG_KEY_OKTA - ZD_TRIG_KEY_AWS == ZD_KEY_OKTA,
                 "patterns.def: KEY_* rows must follow the ZD_KEY_* order");
  _Static_assert(sizeof(families) / sizeof(families[0]) == ZD_KEY_OKTA + 1,
                 "a family row per ZD_KEY_*");
  if(to <= r->done[ZD_TRIG_KEY_AWS + arg])
    return;
  if(f->read) {
    f->read(r, to);
    return;
  }
  /* The row whose prefix ends where the trigger's literal ends. */
  for(k = f->rows; k->prefix; k++)
    if(end >= k->len && !memcmp(r->p + end - k->len, k->prefix, k->len)) {
      s = end - k->len;
      break;
    }
  if(!k->prefix)
    return;
  /* The key starts a token: not inside a word or a longer identifier. */
  if(s > 0 && (zd_isalnum(r->p[s - 1]) || r->p[s - 1] == '_' ||
               r->p[s - 1] == '-' || (r->p[s - 1] == '.' && arg != ZD_KEY_SENDGRID)))
    return;
  b = s + k->len;
  e = b + run_of(r, b, (enum cs)k->cs, (size_t)k->max + 1);
  r->done[ZD_TRIG_KEY_AWS + arg] = e;
  /* Sentence punctuation after a key is not part of it; a '-' that ends
   * a body of the format's one length is ("AIza…VZ-": 35 base64url). */
  while(e > b && (r->p[e - 1] == '.' || r->p[e - 1] == '-' ||
                  r->p[e - 1] == '=') && k->cs != CS_B64 &&
        !(k->cs == CS_ATL && r->p[e - 1] == '=') &&
        !(r->p[e - 1] == '-' && k->min == k->max && e - b == k->max))
    e--;
  if(e - b < k->min || e - b > k->max)
    return;
  /* A longer token of other characters is another thing ("AKIA…_x"). */
  if(e < r->len && (zd_isalnum(r->p[e]) || r->p[e] == '_'))
    return;
  if(zd_secret_placeholder(r->p + s, e - s) ||
     zd_sample_value((const char *)r->p + b, e - b))
    return;
  rule = k->rule;
  conf = k->check ? k->check(r, k, s, b, e, &rule) : k->conf;
  if(conf <= 0)
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, rule, s, e, conf);
  if(k->after)
    k->after(r, e);
}

/* ---- keys without a prefix, near the vendor's name ------------------ */

static int hexrun(const struct zd_scan_run *r, size_t ts, size_t n,
                  enum cs cs)
{
  return run_of(r, ts, cs, n + 1) == n;
}

/* A Discord bot token: base64(user id) . 6 . 27-38 (Discord docs). */
static int discord_shape(const unsigned char *p, size_t n)
{
  const unsigned char *d1 = memchr(p, '.', n), *d2;
  if(!d1)
    return 0;
  d2 = memchr(d1 + 1, '.', n - (size_t)(d1 + 1 - p));
  if(!d2 || d2 - d1 - 1 < 6 || d2 - d1 - 1 > 7)
    return 0;
  return d1 - p >= 23 && d1 - p <= 28 && n - (size_t)(d2 + 1 - p) >= 27 &&
         n - (size_t)(d2 + 1 - p) <= 40 && (p[0] == 'M' || p[0] == 'N' ||
                                           p[0] == 'O');
}

/* 8-4-4-4-12 hex digits. */
static int uuid_shape(const unsigned char *t, size_t n)
{
  if(n != 36)
    return 0;
  for(size_t k = 0; k < 36; k++)
    if((k == 8 || k == 13 || k == 18 || k == 23) ? t[k] != '-' : !in_cs(t[k], CS_HEX))
      return 0;
  return 1;
}

/* 1 when the text from the cue's end 'to' to the blank line at 'at' is a
 * short announcement of what follows: "… below", "below:", "as follows",
 * or a line ending in ':'. */
static int announces(const struct zd_scan_run *r, size_t to, size_t at)
{
  size_t e = at;
  if(at - to > 60)
    return 0;
  while(e > to && (r->p[e - 1] == ' ' || r->p[e - 1] == '\r' ||
                   r->p[e - 1] == '\n'))
    e--;
  if(e > to && r->p[e - 1] == ':')
    return 1;
  while(e > to && strchr(".!", r->p[e - 1]))
    e--;
  return (e - to >= 5 && !strncasecmp((const char *)r->p + e - 5, "below", 5)) ||
         (e - to >= 7 && !strncasecmp((const char *)r->p + e - 7, "follows", 7));
}

/* Extra tests of a shape (r->p[ts .. ts + n) is the token). */
static int mailgun_new(const struct zd_scan_run *r, size_t ts, size_t n)
{
  const unsigned char *t = r->p + ts;
  (void)n;
  /* Newer private keys: 32 hex - 8 hex - 8 hex. */
  return t[32] == '-' && t[41] == '-' && hexrun(r, ts, 32, CS_HEX) &&
         hexrun(r, ts + 33, 8, CS_HEX) && hexrun(r, ts + 42, 8, CS_HEX);
}

static int okta_00(const struct zd_scan_run *r, size_t ts, size_t n)
{
  (void)n;
  return r->p[ts] == '0' && r->p[ts + 1] == '0';
}

static int discord_ok(const struct zd_scan_run *r, size_t ts, size_t n)
{
  return discord_shape(r->p + ts, n);
}

static int b64url_byte(int c)
{
  return zd_isalnum(c) || c == '-' || c == '_';
}

/* A Discord bot token with no word near it (patterns.def DISCORD_SHAPE:
 * the first six bytes of base64 over ASCII digits, "MTIz…", "NzQ5…"):
 * its first part must decode to a snowflake user id of 17-20 digits
 * whose time (id >> 22 ms after 2015-01-01) is before 2031, then '.', 6-7
 * and 27-40 base64url characters. The literal costs Vectorscan ~0.3 M of
 * 41 M instructions on the bench corpus (a '.'-6-'.' shape: 2.3 M). */
void zd_detect_discord_alone(struct zd_scan_run *r, size_t to, int arg)
{
  const unsigned char *p = r->p;
  size_t s = to - 6, d1 = s, d2, e;
  unsigned char dec[32];
  unsigned long long id = 0;
  long n;
  (void)arg;
  if(to < 6 || to <= r->done[ZD_TRIG_DISCORD_SHAPE] ||
     (s > 0 && (b64url_byte(p[s - 1]) || p[s - 1] == '+' || p[s - 1] == '/' ||
                p[s - 1] == '.')))
    return;
  while(d1 < r->len && zd_isalnum(p[d1]) && d1 - s < 29)
    d1++;
  if(d1 - s < 23 || d1 - s > 28 || d1 >= r->len || p[d1] != '.')
    return;
  d2 = d1 + 1;
  while(d2 < r->len && b64url_byte(p[d2]) && d2 - d1 < 9)
    d2++;
  if(d2 - d1 - 1 < 6 || d2 - d1 - 1 > 7 || d2 >= r->len || p[d2] != '.')
    return;
  e = d2 + 1;
  while(e < r->len && b64url_byte(p[e]) && e - d2 < 42)
    e++;
  r->done[ZD_TRIG_DISCORD_SHAPE] = e;
  if(e - d2 - 1 < 27 || e - d2 - 1 > 40 || (e < r->len && p[e] == '.'))
    return;
  n = zd_b64_decode((const char *)p + s, d1 - s, dec, sizeof(dec));
  if(n < 17 || n > 20)
    return;
  for(long i = 0; i < n; i++) {
    if(!zd_isdigit(dec[i]))
      return;
    id = id * 10 + (unsigned)(dec[i] - '0');
  }
  /* 16 years of milliseconds after Discord's epoch (2015-01-01) */
  if((id >> 22) > 16ull * 366 * 86400 * 1000 ||
     zd_secret_placeholder(p + d2 + 1, e - d2 - 1) ||
     zd_secret_placeholder(p + s, e - s))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_DISCORD_BOT, s, e, 0.85);
}

/* A Mailgun private key written alone: 32 hex - 8 hex - 8 hex in lower
 * case, the run r->p[s .. e) that read_alnum (detect_id.c) found from the
 * digit pairs inside it (a 32-hex run has one but once in ~60,000). */
void zd_mailgun_alone(struct zd_scan_run *r, size_t s, size_t e)
{
  const unsigned char *t = r->p + s;
  while(e > s && r->p[e - 1] == '.')
    e--;
  if(e - s != 50 || t[32] != '-' || t[41] != '-')
    return;
  for(size_t k = 0; k < 50; k++)
    if(k != 32 && k != 41 && !zd_isdigit(t[k]) && !(t[k] >= 'a' && t[k] <= 'f'))
      return;
  if(!zd_random_value(t, 32, 32) || zd_secret_placeholder(t, 50))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_MAILGUN, s, e, 0.8);
}

/* A '.' in a token of prose: an opaque bearer token's (RFC 6750's
 * b64token allows '.' and '~') when it is long, has all three classes of
 * letters and digits and no file's extension at its end ("Scan_2024_AbC
 * .png"); else a host, a file or a version. */
int zd_dotted_token(const unsigned char *t, size_t n)
{
  const unsigned char *d = t + n;
  size_t k = 0;
  if(n < 24 || (zd_char_classes((const char *)t, n) & 7) != 7)
    return 0;
  while(d > t && d[-1] != '.')
    d--;
  while(d + k < t + n && zd_islower(d[k]))
    k++;
  return !(d + k == t + n && k <= 4);
}

/* Not a name=value pair, a path or an address; not a UUID or a lower-case
 * hex digest (request ids, commit and content hashes). */
static int token_prose_ok(const struct zd_scan_run *r, size_t ts, size_t n)
{
  const unsigned char *t = r->p + ts;
  return zd_random_value(t, n, 16) && !memchr(t, '/', n) &&
         (!memchr(t, '.', n) || zd_dotted_token(t, n)) &&
         !(memchr(t, '=', n) && t[n - 1] != '=') &&
         !hexrun(r, ts, n, CS_HEXL) && !uuid_shape(t, n);
}

/* A token's shape near a cue: its length range, the character set all of
 * it is in, the classes it needs, a minimum entropy, an extra test, and
 * the confidence. */
enum { NEED_DIGIT = 1, NEED_TWO = 2, NEED_ALL = 4 };
struct shape {
  unsigned short nmin, nmax;
  unsigned char cs, need;
  double entropy;
  int (*check)(const struct zd_scan_run *r, size_t ts, size_t n);
  double conf;
};
#define END_SHAPES {0, 0, 0, 0, 0, NULL, 0}
static const struct shape sh_twilio[] = {
  {32, 32, CS_HEX, NEED_TWO, 0, NULL, 0.88}, END_SHAPES};
static const struct shape sh_vonage[] = {   /* API secret, then API key */
  {16, 16, CS_B62, NEED_DIGIT | NEED_TWO, 0, NULL, 0.88},
  {8, 8, CS_HEX, NEED_DIGIT | NEED_TWO, 0, NULL, 0.6}, END_SHAPES};
static const struct shape sh_messagebird[] = {
  {25, 25, CS_B62, NEED_DIGIT | NEED_TWO, 0, NULL, 0.88}, END_SHAPES};
static const struct shape sh_mailgun[] = {
  {50, 50, CS_ANY, 0, 0, mailgun_new, 0.9}, END_SHAPES};
static const struct shape sh_okta[] = {
  {42, 42, CS_B64URL, 0, 0, okta_00, 0.9}, END_SHAPES};
static const struct shape sh_discord[] = {
  {59, 76, CS_ANY, 0, 0, discord_ok, 0.9}, END_SHAPES};
static const struct shape sh_service_account[] = {
  {40, 40, CS_HEXL, 0, 0, NULL, 0.9}, END_SHAPES};
static const struct shape sh_aws_secret[] = {
  {40, 40, CS_B64, NEED_ALL, 4.0, NULL, 0.9}, END_SHAPES};
static const struct shape sh_zendesk[] = {
  {40, 40, CS_B62, NEED_ALL, 0, NULL, 0.85}, END_SHAPES};
static const struct shape sh_token[] = {
  {0, 65535, CS_ANY, 0, 0, token_prose_ok, 0.8}, END_SHAPES};
static const struct shape sh_storage[] = {
  {40, 100, CS_B64, 0, 4.0, NULL, 0.9}, END_SHAPES};

/* THE table of keys without a prefix: one row per cue (patterns.def's
 * VENDOR_WORD lists the same words), the first that ends at the trigger
 * wins: the rule it reports, the finding's type, and the shapes of the
 * token to look for within 100 bytes before and 160 after. LOGIN: "<user>
 * / <password>" after the cue is a password (password-in-prose), else a
 * token (token-in-prose). RAW: no test for sequential or repeated
 * characters (a Zendesk token's own rule). */
enum { CUE_LOGIN = 1, CUE_RAW = 2 };
static const struct cue {
  const char *w;
  unsigned char len, type, flags;
  unsigned short rule;
  const struct shape *shapes;
} cues[] = {
#define CUE(W, RULE, SHAPES, TYPE, FLAGS) \
  {W, sizeof(W) - 1, ZD_SCAN_##TYPE, FLAGS, ZD_RULE_##RULE, SHAPES}
  CUE("twilio", TWILIO_TOKEN, sh_twilio, GENERIC_SECRET, 0),
  CUE("vonage", VONAGE, sh_vonage, GENERIC_SECRET, 0),
  CUE("nexmo", VONAGE, sh_vonage, GENERIC_SECRET, 0),
  CUE("messagebird", MESSAGEBIRD, sh_messagebird, GENERIC_SECRET, 0),
  CUE("mailgun", MAILGUN, sh_mailgun, GENERIC_SECRET, 0),
  CUE("okta", OKTA, sh_okta, GENERIC_SECRET, 0),
  CUE("discord", DISCORD_BOT, sh_discord, GENERIC_SECRET, 0),
  CUE("aws_secret", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  CUE("aws secret", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  CUE("secret access key", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  CUE("secretaccesskey", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  CUE("secret_access_key", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  CUE("private_key_id", GOOGLE_SERVICE_ACCOUNT, sh_service_account, GENERIC_SECRET, 0),
  CUE("api token", ZENDESK_TOKEN_NEAR, sh_zendesk, ZENDESK_API_TOKEN, CUE_RAW),
  CUE("api_token", ZENDESK_TOKEN_NEAR, sh_zendesk, ZENDESK_API_TOKEN, CUE_RAW),
  CUE("api-token", ZENDESK_TOKEN_NEAR, sh_zendesk, ZENDESK_API_TOKEN, CUE_RAW),
  CUE("apitoken", ZENDESK_TOKEN_NEAR, sh_zendesk, ZENDESK_API_TOKEN, CUE_RAW),
  CUE("account key", AZURE_STORAGE_KEY, sh_storage, GENERIC_SECRET, 0),
  CUE("storage key", AZURE_STORAGE_KEY, sh_storage, GENERIC_SECRET, 0),
  CUE("account-key", AZURE_STORAGE_KEY, sh_storage, GENERIC_SECRET, 0),   /* az … --account-key */
  CUE("account_key", AZURE_STORAGE_KEY, sh_storage, GENERIC_SECRET, 0),
  CUE("signing key", TOKEN_PROSE, sh_token, GENERIC_SECRET, 0),
  /* "Credentials for the fax server: admin / <password>", or a token. */
  CUE("credentials", TOKEN_PROSE, sh_token, GENERIC_SECRET, CUE_LOGIN),
  CUE("client secret", TOKEN_PROSE, sh_token, GENERIC_SECRET, 0),
  CUE("client_secret", TOKEN_PROSE, sh_token, GENERIC_SECRET, 0),
  /* S3 clients call the AWS secret access key "secret key". */
  CUE("secret key", AWS_SECRET, sh_aws_secret, GENERIC_SECRET, 0),
  /* The words alone, as whole words: "the signing secret below",
   * "is <value> still the webhook secret", "bot token: …". */
  CUE("secret", TOKEN_PROSE, sh_token, GENERIC_SECRET, 0),
  CUE("token", TOKEN_PROSE, sh_token, GENERIC_SECRET, 0),
#undef CUE
  {NULL, 0, 0, 0, 0, NULL}
};

/* The confidence of the token r->p[ts .. ts + n) (classes 'cc') by the
 * first of 'sh' it fits, or 0. */
static double shape_conf(const struct zd_scan_run *r, const struct shape *sh,
                         size_t ts, size_t n, int cc)
{
  for(; sh->conf > 0; sh++) {
    if(n < sh->nmin || n > sh->nmax ||
       (sh->cs != CS_ANY && !hexrun(r, ts, n, (enum cs)sh->cs)) ||
       ((sh->need & NEED_DIGIT) && !(cc & ZD_CC_DIGIT)) ||
       ((sh->need & NEED_TWO) && zd_class_count(cc) < 2) ||
       ((sh->need & NEED_ALL) && (cc & 7) != 7) ||
       (sh->entropy > 0 && zd_entropy((const char *)r->p + ts, n) < sh->entropy) ||
       (sh->check && !sh->check(r, ts, n)))
      continue;
    return sh->conf;
  }
  return 0;
}

void zd_detect_vendor_word(struct zd_scan_run *r, size_t to, int arg)
{
  const struct cue *cue = NULL;
  size_t i, ts, te, lim, ws = to;
  int seen = 0, found = 0, crossed = 0;
  (void)arg;
  if(to <= r->done[ZD_TRIG_VENDOR_WORD])
    return;
  for(const struct cue *c = cues; c->w; c++) {
    size_t l = c->len, j = 0;
    if(l > to)
      continue;
    while(j < l && zd_tolower(r->p[to - l + j]) == c->w[j])
      j++;
    if(j == l) {
      cue = c;
      ws = to - l;
      break;
    }
  }
  if(!cue)
    return;
  /* "| bearerToken | <value> |": a table row names its value. */
  if((cue->rule == ZD_RULE_TOKEN_PROSE || cue->rule == ZD_RULE_ZENDESK_TOKEN_NEAR) &&
     zd_table_cell(r, to)) {
    r->done[ZD_TRIG_VENDOR_WORD] = to;
    return;
  }
  /* Whole words ("tokens", "secretary" are none), or the start of a
   * camel-case name ("discordToken", "mailgunApiKey"). */
  if((ws > 0 && zd_isalpha(r->p[ws - 1])) ||
     (to < r->len && zd_isalpha(r->p[to]) &&
      !(zd_isupper(r->p[to]) && zd_islower(r->p[to - 1]))))
    return;
  lim = to + 160 < r->len ? to + 160 : r->len;
  /* The value may come first: "use <key> as the Okta token". */
  i = ws;
  while(i > 0 && ws - i < 100 && !(r->p[i - 1] == '\n' && i > 1 &&
                                   r->p[i - 2] == '\n'))
    i--;
  /* Not from inside a token the walk back cut ("<88 characters> is the
   * key of the storage account": its end is no key). */
  while(i > 0 && i < ws && zd_token_char(r->p[i - 1]) && zd_token_char(r->p[i]))
    i++;
  for(;;) {
    size_t n;
    double conf;
    if(seen >= 40 || found >= 2)
      break;
    if(!zd_next_token(r, &i, lim, &ts, &te)) {
      /* "… the key below:" / "… as follows." + a blank line: the value
       * is the next paragraph (once, and only after the cue). */
      if(i < to || i >= lim || crossed || !announces(r, to, i))
        break;
      crossed = 1;
      while(i < r->len && zd_isspace(r->p[i]))
        i++;
      lim = i + 160 < r->len ? i + 160 : r->len;
      continue;
    }
    n = te - ts;
    seen++;
    /* A login after "credentials": "<user> / <password>" ("admin / …"). */
    if((cue->flags & CUE_LOGIN) && ts >= to && te - to < 80 &&
       zd_password_after_login(r, te))
      break;
    if(n < 8 || (ts < to && te > ws) || zd_secret_placeholder(r->p + ts, n))
      continue;
    conf = shape_conf(r, cue->shapes, ts, n,
                      zd_char_classes((const char *)r->p + ts, n));
    if(conf > 0 && ((cue->flags & CUE_RAW) ||
                    !zd_sample_value((const char *)r->p + ts, n))) {
      zd_scan_add_rule(r, (zd_scan_type)cue->type, cue->rule, ts, te, conf);
      found++;
    }
  }
  r->done[ZD_TRIG_VENDOR_WORD] = to;
}

/* 1 when the word "key" (whole, any case) stands in p[from .. to). */
static int key_word_in(const unsigned char *p, size_t from, size_t to)
{
  for(size_t i = from; i + 3 <= to; i++)
    if(zd_tolower(p[i]) == 'k' && zd_tolower(p[i + 1]) == 'e' &&
       zd_tolower(p[i + 2]) == 'y' && (i == 0 || !zd_isalpha(p[i - 1])) &&
       (i + 3 >= to || !zd_isalpha(p[i + 3]) || p[i + 3] == 's'))
      return 1;
  return 0;
}

void zd_key512_before(struct zd_scan_run *r, size_t o)
{
  const unsigned char *p = r->p;
  size_t s = o, lo, hi;
  while(s > 0 && in_cs(p[s - 1], CS_B64) && p[s - 1] != '=' && o - s < 87)
    s--;
  if(o - s != 86 || (s > 0 && (zd_isalnum(p[s - 1]) || p[s - 1] == '-')) ||
     (o + 2 < r->len && in_cs(p[o + 2], CS_B64)))
    return;
  if(!(zd_char_classes((const char *)p + s, 86) & ZD_CC_DIGIT) ||
     zd_entropy((const char *)p + s, 86) < 5.0 ||
     zd_secret_placeholder(p + s, 88))
    return;
  lo = s > 100 ? s - 100 : 0;
  hi = o + 102 < r->len ? o + 102 : r->len;
  if(!key_word_in(p, lo, s) && !key_word_in(p, o + 2, hi))
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, ZD_RULE_AZURE_STORAGE_KEY, s,
                   o + 2, 0.85);
}

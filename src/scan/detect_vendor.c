/* SPDX-License-Identifier: MIT
 * detect_vendor.c — vendor API keys and tokens: the ones with a fixed
 * prefix (AWS, Stripe, Slack, GitHub, GitLab, SendGrid, Google, OpenAI,
 * Anthropic, npm, PyPI, Shopify, Atlassian, Mailgun, Twilio, Telegram,
 * Azure, Okta), found from that prefix (a Vectorscan literal, patterns.def),
 * and the ones without, found near the vendor's name (Twilio auth tokens,
 * Vonage, MessageBird, Okta, Discord, AWS secret keys). Each is checked
 * against the vendor's published format (the table below) and, where the
 * vendor has one, its checksum (validate.c). Formats were read from vendor
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
  CS_B36L      /* a-z 0-9 */
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
  }
  return 0;
}

/* One prefix: the rule it reports, its body's character set and length
 * range (after the prefix), and the confidence of a well-formed key. */
struct prefix {
  const char *prefix;
  unsigned short rule;
  unsigned char cs;
  unsigned short min, max;
  float conf;
};

/* Per ZD_KEY_* family (patterns.def lists the same literals). Sources:
 * AWS IAM "Unique identifiers" (AKIA, ASIA, ABIA, ACCA) and Bedrock API
 * keys (ABSK, bedrock-api-key-); Stripe "API keys" (sk_/rk_ live/test,
 * whsec_); Slack "Token types" (xoxb-, xoxp-, xoxa-, xoxe, xapp-);
 * GitHub's token formats (gh?_ + 36, github_pat_); GitLab "Token
 * overview" (glpat-, gldt-, gloas-, glrt-, glptt-, glcbt-, glft-, glimt-,
 * glagent-, glsoat-, GR1348941); SendGrid "API keys" (SG.22.43); Google
 * API keys (AIza + 35), OAuth client secrets (GOCSPX-), access tokens
 * (ya29.); OpenAI (sk-, sk-proj-, sk-svcacct-, sk-admin-); Anthropic
 * (sk-ant-api03-); npm's token format (npm_ + 36); PyPI API tokens
 * (pypi- + macaroon); Shopify access tokens (shpat_, shpca_, shppa_,
 * shpss_ + 32 hex); Atlassian API tokens (ATATT3…); Mailgun (key- + 32
 * lower-case letters and digits); Twilio SIDs (AC/SK + 32 hex). */
static const struct prefix fam_aws[] = {
  {"AKIA", ZD_RULE_AWS_KEY_ID, CS_B32U, 16, 16, 0.95f},
  {"ASIA", ZD_RULE_AWS_KEY_ID, CS_B32U, 16, 16, 0.95f},
  {"ABIA", ZD_RULE_AWS_KEY_ID, CS_B32U, 16, 16, 0.95f},
  {"ACCA", ZD_RULE_AWS_KEY_ID, CS_B32U, 16, 16, 0.95f},
  {"ABSK", ZD_RULE_AWS_BEDROCK, CS_B64, 60, 400, 0.9f},
  {"bedrock-api-key-", ZD_RULE_AWS_BEDROCK, CS_B64, 60, 4000, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_stripe[] = {
  {"sk_live_", ZD_RULE_STRIPE, CS_B62, 16, 250, 0.93f},
  {"sk_test_", ZD_RULE_STRIPE, CS_B62, 16, 250, 0.9f},
  {"rk_live_", ZD_RULE_STRIPE, CS_B62, 16, 250, 0.93f},
  {"rk_test_", ZD_RULE_STRIPE, CS_B62, 16, 250, 0.9f},
  {"whsec_", ZD_RULE_STRIPE_WEBHOOK, CS_B62, 24, 100, 0.93f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_slack[] = {
  {"xoxb-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxp-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxa-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxo-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxr-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxs-", ZD_RULE_SLACK_TOKEN, CS_SLACK, 10, 250, 0.93f},
  {"xoxe", ZD_RULE_SLACK_TOKEN, CS_B64URLDOT, 20, 400, 0.9f},
  {"xapp-", ZD_RULE_SLACK_APP_TOKEN, CS_SLACK, 20, 250, 0.93f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_github[] = {
  {"ghp_", ZD_RULE_GITHUB, CS_B62, 36, 251, 0.9f},
  {"gho_", ZD_RULE_GITHUB, CS_B62, 36, 251, 0.9f},
  {"ghu_", ZD_RULE_GITHUB, CS_B62, 36, 251, 0.9f},
  {"ghs_", ZD_RULE_GITHUB, CS_B62, 36, 251, 0.9f},
  {"ghr_", ZD_RULE_GITHUB, CS_B62, 36, 251, 0.9f},
  {"github_pat_", ZD_RULE_GITHUB, CS_GHPAT, 40, 255, 0.95f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_sendgrid[] = {
  {"SG.", ZD_RULE_SENDGRID, CS_SG, 50, 100, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_google[] = {
  {"AIza", ZD_RULE_GOOGLE_API_KEY, CS_B64URL, 35, 35, 0.92f},
  {"GOCSPX-", ZD_RULE_GOOGLE_OAUTH_SECRET, CS_B64URL, 24, 40, 0.95f},
  {"ya29.", ZD_RULE_GOOGLE_OAUTH_TOKEN, CS_B64URLDOT, 30, 2000, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_openai[] = {
  {"sk-", ZD_RULE_OPENAI, CS_B64URL, 20, 250, 0.85f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_gitlab[] = {
  {"glpat-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"gldt-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"gloas-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glrt-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glptt-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glcbt-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glft-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glimt-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glagent-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"glsoat-", ZD_RULE_GITLAB, CS_B64URLDOT, 20, 300, 0.93f},
  {"GR1348941", ZD_RULE_GITLAB, CS_B64URL, 20, 60, 0.93f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_npm[] = {
  {"npm_", ZD_RULE_NPM, CS_B62, 36, 36, 0.85f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_pypi[] = {
  {"pypi-AgE", ZD_RULE_PYPI, CS_B64URL, 50, 400, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_shopify[] = {
  {"shpat_", ZD_RULE_SHOPIFY, CS_HEX, 32, 32, 0.95f},
  {"shpca_", ZD_RULE_SHOPIFY, CS_HEX, 32, 32, 0.95f},
  {"shppa_", ZD_RULE_SHOPIFY, CS_HEX, 32, 32, 0.95f},
  {"shpss_", ZD_RULE_SHOPIFY, CS_HEX, 32, 32, 0.95f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_atlassian[] = {
  {"ATATT3", ZD_RULE_ATLASSIAN, CS_ATL, 60, 300, 0.9f},
  {"ATCTT3", ZD_RULE_ATLASSIAN, CS_ATL, 60, 300, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_mailgun[] = {
  {"key-", ZD_RULE_MAILGUN, CS_B36L, 32, 32, 0.9f},
  {NULL, 0, 0, 0, 0, 0}
};
static const struct prefix fam_twilio[] = {
  {"AC", ZD_RULE_TWILIO_SID, CS_HEX, 32, 32, 0.75f},
  {"SK", ZD_RULE_TWILIO_API_KEY, CS_HEX, 32, 32, 0.92f},
  {NULL, 0, 0, 0, 0, 0}
};

static const struct prefix *const families[] = {
  [ZD_KEY_AWS] = fam_aws, [ZD_KEY_STRIPE] = fam_stripe,
  [ZD_KEY_SLACK] = fam_slack, [ZD_KEY_GITHUB] = fam_github,
  [ZD_KEY_SENDGRID] = fam_sendgrid, [ZD_KEY_GOOGLE] = fam_google,
  [ZD_KEY_OPENAI] = fam_openai, [ZD_KEY_GITLAB] = fam_gitlab,
  [ZD_KEY_NPM] = fam_npm, [ZD_KEY_PYPI] = fam_pypi,
  [ZD_KEY_SHOPIFY] = fam_shopify, [ZD_KEY_ATLASSIAN] = fam_atlassian,
  [ZD_KEY_MAILGUN] = fam_mailgun, [ZD_KEY_TWILIO] = fam_twilio,
};

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

/* Slack bot/user tokens: xox?-<digits>-<digits>-…; the short samples of
 * the documentation ("xoxb-12345-abcd234") have neither the long numeric
 * groups nor the length. */
static int slack_shape(const unsigned char *b, size_t n)
{
  size_t d = 0;
  while(d < n && zd_isdigit(b[d]))
    d++;
  return (d >= 8 && d < n && b[d] == '-') || n >= 40;
}

/* "xapp-1-A0123456789-1234567890123-0123abcd…" */
static int xapp_shape(const unsigned char *b, size_t n)
{
  size_t i = 0;
  if(n < 4 || !zd_isdigit(b[0]) || b[1] != '-')
    return 0;
  i = 2;
  while(i < n && (zd_isupper(b[i]) || zd_isdigit(b[i])))
    i++;
  return i < n && b[i] == '-' && count_of(b, n, '-') >= 3;
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

/* The confidence of a key of family 'fam' at [s, e) with the prefix 'pf'
 * (its body at [b, e)), or 0 when the vendor's format rules it out. */
static double key_confidence(const struct zd_scan_run *r,
                             const struct prefix *pf, size_t s, size_t b,
                             size_t e, unsigned *rule)
{
  const unsigned char *body = r->p + b;
  size_t n = e - b;
  unsigned char dec[32];
  *rule = pf->rule;
  switch(pf->rule) {
  case ZD_RULE_AWS_KEY_ID: {
    int v = zd_valid_aws_key_id((const char *)r->p + s);
    return v == 2 ? 0.95 : v == 1 ? 0.8 : 0;
  }
  case ZD_RULE_AWS_BEDROCK:
    if(pf->prefix[0] == 'A') {
      /* ABSK + base64("BedrockAPIKey-…") */
      long m = zd_b64_decode((const char *)body, 20, dec, sizeof(dec));
      return m >= 14 && !memcmp(dec, "BedrockAPIKey-", 14) ? 0.97 : 0.8;
    }
    return pf->conf;
  case ZD_RULE_GITHUB:
  case ZD_RULE_NPM:
    if(pf->cs == CS_B62 && n == 36)
      return zd_valid_base62_crc32((const char *)body, n) ? 0.99 : pf->conf;
    return pf->cs == CS_B62 ? 0.8 : pf->conf;
  case ZD_RULE_SLACK_TOKEN:
    if(pf->cs == CS_SLACK && !slack_shape(body, n))
      return 0;
    return pf->conf;
  case ZD_RULE_SLACK_APP_TOKEN:
    return xapp_shape(body, n) ? 0.95 : n >= 40 ? 0.8 : 0;
  case ZD_RULE_SENDGRID: {
    /* SG.<22>.<43>; other splits are accepted with less confidence. */
    const unsigned char *dot = memchr(body, '.', n);
    if(!dot)
      return 0;
    return dot - body == 22 && n - 23 == 43 ? 0.97 : 0.85;
  }
  case ZD_RULE_OPENAI:
    if(n >= 4 && !memcmp(body, "ant-", 4)) {
      /* Anthropic's prefix: an Anthropic key or nothing, never OpenAI. */
      *rule = ZD_RULE_ANTHROPIC;
      return anthropic_shape(body + 4, n - 4) ? 0.97 : 0;
    }
    if((n > 5 && !memcmp(body, "proj-", 5)) ||
       (n > 8 && !memcmp(body, "svcacct-", 8)) ||
       (n > 6 && !memcmp(body, "admin-", 6)))
      return n >= 40 ? 0.95 : 0.8;
    /* Legacy keys carry base64("OpenAI") in the middle. */
    for(size_t i = 0; i + 8 <= n; i++)
      if(!memcmp(body + i, "T3BlbkFJ", 8))
        return 0.97;
    return n >= 32 ? 0.85 : 0.75;
  case ZD_RULE_PYPI:
    return n >= 12 && !memcmp(body, "IcHlwaS5vcmc", 12) ? 0.97 : 0.85;
  case ZD_RULE_ATLASSIAN:
    /* …=<8 hex>: the token's checksum suffix. */
    if(n > 9 && body[n - 9] == '=') {
      for(size_t i = n - 8; i < n; i++)
        if(!in_cs(body[i], CS_HEX))
          return 0.8;
      return 0.97;
    }
    return n >= 150 ? 0.85 : 0.7;
  default:
    return pf->conf;
  }
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

void zd_detect_key_prefix(struct zd_scan_run *r, size_t to, int arg)
{
  const struct prefix *pf = NULL;
  size_t s = 0, b, e;
  unsigned rule;
  double conf;
  _Static_assert(ZD_TRIG_KEY_OKTA - ZD_TRIG_KEY_AWS == ZD_KEY_OKTA,
                 "patterns.def: KEY_* rows must follow the ZD_KEY_* order");
  if(to <= r->done[ZD_TRIG_KEY_AWS + arg])
    return;
  switch(arg) {
  case ZD_KEY_TELEGRAM: telegram(r, to); return;
  case ZD_KEY_AZURE: azure_secret(r, to); return;
  case ZD_KEY_AZURE_STORAGE: azure_storage(r, to); return;
  case ZD_KEY_OKTA: okta_header(r, to); return;
  case ZD_KEY_TWILIO: {
    /* The trigger is the prefix and the first of its 32 hex digits. */
    size_t at = to - 3;
    for(pf = families[arg]; pf->prefix; pf++)
      if(!memcmp(r->p + at, pf->prefix, 2))
        break;
    s = at;
    break;
  }
  default:
    for(pf = families[arg]; pf->prefix; pf++) {
      size_t l = strlen(pf->prefix);
      if(to >= l && !memcmp(r->p + to - l, pf->prefix, l)) {
        s = to - l;
        break;
      }
    }
  }
  if(!pf || !pf->prefix)
    return;
  /* The key starts a token: not inside a word or a longer identifier. */
  if(s > 0 && (zd_isalnum(r->p[s - 1]) || r->p[s - 1] == '_' ||
               r->p[s - 1] == '-' || (r->p[s - 1] == '.' && arg != ZD_KEY_SENDGRID)))
    return;
  b = s + strlen(pf->prefix);
  e = b + run_of(r, b, (enum cs)pf->cs, (size_t)pf->max + 1);
  r->done[ZD_TRIG_KEY_AWS + arg] = e;
  /* Sentence punctuation after a key is not part of it. */
  while(e > b && (r->p[e - 1] == '.' || r->p[e - 1] == '-' ||
                  r->p[e - 1] == '=') && pf->cs != CS_B64 &&
        !(pf->cs == CS_ATL && r->p[e - 1] == '='))
    e--;
  if(e - b < pf->min || e - b > pf->max)
    return;
  /* A longer token of other characters is another thing ("AKIA…_x"). */
  if(e < r->len && (zd_isalnum(r->p[e]) || r->p[e] == '_'))
    return;
  if(zd_secret_placeholder(r->p + s, e - s) ||
     zd_sample_value((const char *)r->p + b, e - b))
    return;
  conf = key_confidence(r, pf, s, b, e, &rule);
  if(conf <= 0)
    return;
  zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, rule, s, e, conf);
  if(rule == ZD_RULE_AWS_KEY_ID)
    zd_aws_secret_near(r, e);
  else if(rule == ZD_RULE_TWILIO_SID)
    twilio_token_near(r, e, e + 160 < r->len ? e + 160 : r->len, 0.9);
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

void zd_detect_vendor_word(struct zd_scan_run *r, size_t to, int arg)
{
  static const struct { const char *w; unsigned rule; } words[] = {
    {"twilio", ZD_RULE_TWILIO_TOKEN}, {"vonage", ZD_RULE_VONAGE},
    {"nexmo", ZD_RULE_VONAGE}, {"messagebird", ZD_RULE_MESSAGEBIRD},
    {"mailgun", ZD_RULE_MAILGUN}, {"okta", ZD_RULE_OKTA},
    {"discord", ZD_RULE_DISCORD_BOT}, {"aws_secret", ZD_RULE_AWS_SECRET},
    {"aws secret", ZD_RULE_AWS_SECRET},
    {"secret access key", ZD_RULE_AWS_SECRET},
    {"secretaccesskey", ZD_RULE_AWS_SECRET},
    {"secret_access_key", ZD_RULE_AWS_SECRET},
    {"private_key_id", ZD_RULE_GOOGLE_SERVICE_ACCOUNT},
    {"api token", ZD_RULE_ZENDESK_TOKEN_NEAR},
    {"api_token", ZD_RULE_ZENDESK_TOKEN_NEAR},
    {"api-token", ZD_RULE_ZENDESK_TOKEN_NEAR},
    {"apitoken", ZD_RULE_ZENDESK_TOKEN_NEAR},
    {"account key", ZD_RULE_AZURE_STORAGE_KEY},
    {"storage key", ZD_RULE_AZURE_STORAGE_KEY},
    {"account-key", ZD_RULE_AZURE_STORAGE_KEY},   /* az … --account-key */
    {"account_key", ZD_RULE_AZURE_STORAGE_KEY},
    {"signing key", ZD_RULE_TOKEN_PROSE},
    /* "Credentials for the fax server: admin / <password>", or a token. */
    {"credentials", ZD_RULE_PASSWORD_PROSE},
    {"client secret", ZD_RULE_TOKEN_PROSE},
    {"client_secret", ZD_RULE_TOKEN_PROSE},
    /* S3 clients call the AWS secret access key "secret key". */
    {"secret key", ZD_RULE_AWS_SECRET},
    /* The words alone, as whole words: "the signing secret below",
     * "is <value> still the webhook secret", "bot token: …". */
    {"secret", ZD_RULE_TOKEN_PROSE}, {"token", ZD_RULE_TOKEN_PROSE},
    {NULL, 0}
  };
  unsigned rule = 0;
  size_t i, ts, te, lim, ws = to;
  int seen = 0, found = 0, crossed = 0;
  (void)arg;
  if(to <= r->done[ZD_TRIG_VENDOR_WORD])
    return;
  for(int k = 0; words[k].w; k++) {
    size_t l = strlen(words[k].w), j = 0;
    if(l > to)
      continue;
    while(j < l && zd_tolower(r->p[to - l + j]) == words[k].w[j])
      j++;
    if(j == l) {
      rule = words[k].rule;
      ws = to - l;
      break;
    }
  }
  /* Whole words ("tokens", "secretary" are none), or the start of a
   * camel-case name ("discordToken", "mailgunApiKey"). */
  if(!rule || (ws > 0 && zd_isalpha(r->p[ws - 1])) ||
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
    const unsigned char *t = r->p + ts;
    double conf = 0;
    unsigned rl = rule;
    int cc;
    seen++;
    /* A login after "credentials": "<user> / <password>" ("admin / …"). */
    if(rule == ZD_RULE_PASSWORD_PROSE && ts >= to && te - to < 80 &&
       zd_password_after_login(r, te))
      break;
    if(n < 8 || (ts < to && te > ws) || zd_secret_placeholder(t, n))
      continue;
    cc = zd_char_classes((const char *)t, n);
    switch(rule) {
    case ZD_RULE_TWILIO_TOKEN:
      if(n == 32 && hexrun(r, ts, 32, CS_HEX) && zd_class_count(cc) >= 2)
        conf = 0.88;
      break;
    case ZD_RULE_VONAGE:
      if(n == 16 && hexrun(r, ts, 16, CS_B62) && (cc & ZD_CC_DIGIT) &&
         zd_class_count(cc) >= 2)
        conf = 0.88;
      else if(n == 8 && hexrun(r, ts, 8, CS_HEX) && (cc & ZD_CC_DIGIT) &&
              zd_class_count(cc) >= 2)
        conf = 0.6;
      break;
    case ZD_RULE_MESSAGEBIRD:
      if(n == 25 && hexrun(r, ts, 25, CS_B62) && (cc & ZD_CC_DIGIT) &&
         zd_class_count(cc) >= 2)
        conf = 0.88;
      break;
    case ZD_RULE_MAILGUN:
      /* Newer private keys: 32 hex - 8 hex - 8 hex. */
      if(n == 50 && t[32] == '-' && t[41] == '-' &&
         hexrun(r, ts, 32, CS_HEX) && hexrun(r, ts + 33, 8, CS_HEX) &&
         hexrun(r, ts + 42, 8, CS_HEX))
        conf = 0.9;
      break;
    case ZD_RULE_OKTA:
      if(n == 42 && t[0] == '0' && t[1] == '0' && hexrun(r, ts, 42, CS_B64URL))
        conf = 0.9;
      break;
    case ZD_RULE_DISCORD_BOT:
      if(n >= 59 && n <= 76 && discord_shape(t, n))
        conf = 0.9;
      break;
    case ZD_RULE_GOOGLE_SERVICE_ACCOUNT:
      if(n == 40 && hexrun(r, ts, 40, CS_HEXL))
        conf = 0.9;
      break;
    case ZD_RULE_AWS_SECRET:
      if(n == 40 && hexrun(r, ts, 40, CS_B64) && (cc & 7) == 7 &&
         zd_entropy((const char *)t, n) >= 4.0)
        conf = 0.9;
      break;
    case ZD_RULE_ZENDESK_TOKEN_NEAR:
      if(n == 40 && hexrun(r, ts, 40, CS_B62) && (cc & 7) == 7) {
        zd_scan_add_rule(r, ZD_SCAN_ZENDESK_API_TOKEN, rl, ts, te, 0.85);
        found++;
      }
      break;
    case ZD_RULE_PASSWORD_PROSE:
      rl = ZD_RULE_TOKEN_PROSE;
      /* or a token: */
      /* FALLTHROUGH */
    case ZD_RULE_TOKEN_PROSE:
      /* Not a name=value pair, a path or an address; not a UUID or a
       * lower-case hex digest (request ids, commit and content hashes). */
      if(zd_random_value(t, n, 16) && !memchr(t, '/', n) &&
         !memchr(t, '.', n) && !(memchr(t, '=', n) && t[n - 1] != '=') &&
         !hexrun(r, ts, n, CS_HEXL) && !uuid_shape(t, n))
        conf = 0.8;
      break;
    case ZD_RULE_AZURE_STORAGE_KEY:
      if(n >= 40 && n <= 100 && hexrun(r, ts, n, CS_B64) &&
         zd_entropy((const char *)t, n) >= 4.0)
        conf = 0.9;
      break;
    default:
      break;
    }
    if(conf > 0 && !zd_sample_value((const char *)t, n)) {
      zd_scan_add_rule(r, ZD_SCAN_GENERIC_SECRET, rl, ts, te, conf);
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

/* SPDX-License-Identifier: MIT
 * detect_number.c — runs of digits and separators: splits a run into
 * digit groups, then tries every identifier shape on consecutive groups
 * (card, SSN, ITIN, NPI, ABA, phone, IPv4, numeric date, ZIP code) and
 * keeps the best-scoring reading, so one number gets one type. */
#include "scan/context.h"
#include "scan/scan_int.h"
#include "scan/validate.h"

#include <string.h>

/* A run longer than this is a table of numbers, not an identifier; it is
 * still split into groups, but read at most this many bytes at a time. */
#define MAX_RUN 256
#define MAX_GROUPS 48
/* The most groups one identifier spans ("+46 (0)8 928 571 38" has 6). */
#define MAX_SPAN_GROUPS 7

struct group {
  uint32_t s, e;   /* digits [s, e) */
};

/* Separator kinds between two groups. */
enum { SEP_DASH = 1, SEP_DOT, SEP_SPACE, SEP_SLASH, SEP_CLOSE, SEP_OPEN,
       SEP_OTHER };

struct run {
  struct zd_scan_run *r;
  struct group g[MAX_GROUPS];
  int sep[MAX_GROUPS];   /* sep[i]: kind between group i-1 and i */
  int n;
  /* The run's digits in order, and where group k's begin among them
   * (off[n]: their count): each reading's digits are a slice of them. */
  char dig[MAX_RUN + 2];
  uint16_t off[MAX_GROUPS + 1];
  struct zd_ctx cx;      /* context words around the run ... */
  int have_cx;           /* ... read on first need: most runs need none */
  uint32_t neg_before;   /* what the two words before the run argue */
  int have_before;       /* against (zd_ctx_words_before), when read */
};

static const struct zd_ctx *ctx_of(struct run *u)
{
  if(!u->have_cx) {
    zd_ctx_get(u->r, u->g[0].s, u->g[u->n - 1].e, ZD_CTX_BEFORE,
               ZD_CTX_AFTER, &u->cx);
    u->have_cx = 1;
  }
  return &u->cx;
}

/* Whether the confidence of a reading of type 't' (zd_ctx_score with
 * 'base', 'up', 'down') is below the threshold whatever the context
 * words say, without reading them: 'base + up' is below it, or a word
 * against 't' just before the run makes 'base + up - down' so. Then
 * '*bound', the highest the confidence could be, stands in for it: a
 * candidate below the threshold is dropped before resolution, and one
 * below it loses to a rival reading above it either way, so the findings
 * are the same. The margin covers the float rounding of resolve(). */
static int below(struct run *u, int t, double base, double up,
                 double down, double *bound)
{
  double thr = u->r->threshold - 1e-3, hi = base + up;
  if(u->have_cx)
    return 0;
  if(hi >= thr && hi - down < thr) {
    if(!u->have_before) {
      struct zd_ctx w;
      zd_ctx_words_before(u->r, u->g[0].s, 2, &w);
      u->neg_before = w.neg;
      u->have_before = 1;
    }
    if(u->neg_before & (1u << t))
      hi -= down;
  }
  if(hi >= thr)
    return 0;
  *bound = hi < 0 ? 0 : hi;
  return 1;
}

/* zd_ctx_score over the run's context, read only when it matters. */
static double score(struct run *u, int t, double base, double up,
                    double down)
{
  double v;
  return below(u, t, base, up, down, &v)
           ? v : zd_ctx_score(ctx_of(u), t, base, up, down);
}

/* Digits and the separators a number is written with: one table load a
 * byte in zd_read_number's walks. */
static const unsigned char numclass_tab[256] = {
  ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
  ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [' '] = 1, ['('] = 1,
  [')'] = 1, ['.'] = 1, ['-'] = 1, ['/'] = 1, ['+'] = 1
};

static inline int numclass(int c)
{
  return numclass_tab[c];
}

static int sep_kind(const unsigned char *p, size_t s, size_t e)
{
  size_t n = e - s;
  if(n == 1) {
    switch(p[s]) {
    case '-': return SEP_DASH;
    case '.': return SEP_DOT;
    case ' ': return SEP_SPACE;
    case '/': return SEP_SLASH;
    case ')': return SEP_CLOSE;
    case '(': return SEP_OPEN;
    default: return SEP_OTHER;
    }
  }
  if(n == 2 && p[s] == ')' && (p[s + 1] == ' ' || p[s + 1] == '-'))
    return SEP_CLOSE;
  if(n == 2 && p[s] == ' ' && p[s + 1] == '(')
    return SEP_OPEN;
  if(n == 3 && p[s] == ' ' && p[s + 1] == '-' && p[s + 2] == ' ')
    return SEP_DASH;
  return SEP_OTHER;
}

/* What one reading of groups [i, j] produced. */
struct reading {
  zd_scan_type type;
  double conf;
  size_t start, end;
  int matched;       /* the shape matched, even if the score is 0 */
};

static void consider(struct reading *best, zd_scan_type t, double conf,
                     size_t start, size_t end)
{
  if(!best->matched || conf > best->conf) {
    best->type = t;
    best->conf = conf;
    best->start = start;
    best->end = end;
  }
  best->matched = 1;
}

static int all_seps(const struct run *u, int i, int j, int kind)
{
  for(int k = i + 1; k <= j; k++)
    if(u->sep[k] != kind)
      return 0;
  return 1;
}

static int same_seps(const struct run *u, int i, int j)
{
  return j == i || all_seps(u, i, j, u->sep[i + 1]);
}

static int glen(const struct run *u, int k)
{
  return (int)(u->g[k].e - u->g[k].s);
}

static int gval(const struct run *u, int k)
{
  int v = 0;
  for(uint32_t x = u->g[k].s; x < u->g[k].e && x < u->g[k].s + 6; x++)
    v = v * 10 + (u->r->p[x] - '0');
  return v;
}

/* US state and territory abbreviations (USPS). */
static int is_state(const unsigned char *s)
{
  static const char states[] =
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI "
    "MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT "
    "VA WA WV WI WY PR GU VI AS MP ";
  for(const char *p = states; *p; p += 3)
    if(p[0] == s[0] && p[1] == s[1])
      return 1;
  return 0;
}

/* "Springfield, IL 62704": a state abbreviation right before 'start'. */
static int state_before(const struct zd_scan_run *r, size_t start)
{
  size_t i = start;
  if(i < 4 || r->p[i - 1] != ' ')
    return 0;
  i--;
  if(r->p[i - 1] == ',')
    i--;
  if(!zd_isupper(r->p[i - 1]) || !zd_isupper(r->p[i - 2]))
    return 0;
  if(i >= 3 && zd_isword(r->p[i - 3]))
    return 0;
  return is_state(r->p + i - 2);
}

/* An extension after a phone number: "x123", " ext. 123". Returns the new
 * end. */
static size_t phone_ext(const struct zd_scan_run *r, size_t end)
{
  size_t i = end;
  while(i < r->len && r->p[i] == ' ' && i < end + 2)
    i++;
  if(i < r->len && (r->p[i] == 'x' || r->p[i] == 'X'))
    i++;
  else if(i + 3 <= r->len && !memcmp(r->p + i, "ext", 3)) {
    i += 3;
    if(i < r->len && r->p[i] == '.')
      i++;
    while(i < r->len && r->p[i] == ' ')
      i++;
  }
  else
    return end;
  if(i >= r->len || !zd_isdigit(r->p[i]))
    return end;
  while(i < r->len && zd_isdigit(r->p[i]) && i < end + 12)
    i++;
  if(i < r->len && zd_isword(r->p[i]))
    return end;
  return i;
}

/* Span start including a '(' or '+' right before group i. */
static size_t lead_start(const struct run *u, int i)
{
  size_t s = u->g[i].s;
  const unsigned char *p = u->r->p;
  if(s > 0 && p[s - 1] == '(') {
    s--;
    if(s > 0 && p[s - 1] == '+')
      s--;
  }
  else if(s > 0 && p[s - 1] == '+')
    s--;
  return s;
}

static void read_phone(struct run *u, int i, int j, const char *d,
                       int nd, struct reading *best)
{
  const unsigned char *p = u->r->p;
  size_t start = lead_start(u, i), end = u->g[j].e;
  int k = j - i + 1, plus = p[start] == '+';
  int lens[MAX_SPAN_GROUPS];
  int seps_ok = 1;
  for(int x = i; x <= j; x++) {
    lens[x - i] = glen(u, x);
    if(x > i && (u->sep[x] == SEP_SLASH || u->sep[x] == SEP_OTHER))
      seps_ok = 0;
  }
  /* "fax 201/324/1423": slashes only next to a phone word */
  if(!seps_ok && k == 3 && all_seps(u, i, j, SEP_SLASH) && lens[0] == 3 &&
     lens[1] == 3 && lens[2] == 4 && zd_nanp_kind(d)) {
    consider(best, ZD_SCAN_PHONE_NUMBER,
             score(u, ZD_SCAN_PHONE_NUMBER, 0.2, 0.55, 0.4), start, end);
    return;
  }
  if(!seps_ok)
    return;
  end = phone_ext(u->r, end);
  /* NANP: 3-3-4, 1-3-3-4 with country code 1, or 10/11 bare digits. */
  {
    const char *d10 = NULL;
    int grouped = 0;
    if(k == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4)
      d10 = d, grouped = 1;
    else if(k == 4 && lens[0] == 1 && d[0] == '1' && lens[1] == 3 &&
            lens[2] == 3 && lens[3] == 4)
      d10 = d + 1, grouped = 1;
    else if(k == 1 && nd == 10)
      d10 = d;
    else if(k == 1 && nd == 11 && d[0] == '1')
      d10 = d + 1;
    if(d10) {
      int kind = zd_nanp_kind(d10);
      double base = grouped ? 0.7 : 0.35;
      if(grouped && !same_seps(u, i + (k == 4), j) &&
         u->sep[i + (k == 4) + 1] != SEP_CLOSE)
        base = 0.45;
      if(kind == 3)
        base = 0.1;
      if(kind) {
        /* Toll-free numbers are an organisation's, not a person's: at
         * most 0.45, so below a higher threshold whatever the words. */
        double conf = kind == 2 && u->r->threshold - 1e-3 > 0.45
                        ? 0.45
                        : score(u, ZD_SCAN_PHONE_NUMBER, base, 0.25, 0.4);
        if(kind == 2 && conf > 0.45)
          conf = 0.45;
        consider(best, ZD_SCAN_PHONE_NUMBER, conf, start, end);
      }
      if(kind && grouped)
        return;
    }
  }
  /* International: "+44 20 7946 0958". */
  if(plus && nd >= 8 && nd <= 15 && (k > 1 || nd >= 10)) {
    consider(best, ZD_SCAN_PHONE_NUMBER,
             score(u, ZD_SCAN_PHONE_NUMBER, 0.65, 0.3, 0.4),
             start, end);
    return;
  }
  /* Other grouped shapes ("9469 9966", "28-64-66-98", "(64) 3591-3246"):
   * only with a phone word nearby. */
  if(k >= 2 && nd >= 7 && nd <= 13) {
    int paren = p[start] == '(' || (u->sep[i + 1] == SEP_CLOSE);
    int from = paren ? i + 1 : i;
    if(from < j && !same_seps(u, from, j))
      return;
    for(int x = 0; x < k; x++)
      if(lens[x] > (k == 2 ? 8 : 4) || (lens[x] < 2 && !(x == 0 && paren)))
        return;
    /* 3-2-4 with dashes is the SSN's shape, not a phone's: an SSN its
     * validator refused ("call about 123-45-6789") stays unreported */
    if(k == 3 && lens[0] == 3 && lens[1] == 2 && lens[2] == 4 && !paren &&
       all_seps(u, i, j, SEP_DASH))
      return;
    consider(best, ZD_SCAN_PHONE_NUMBER,
             score(u, ZD_SCAN_PHONE_NUMBER, 0.3, 0.4, 0.4),
             start, end);
  }
}

static int r_is_blank(int c) { return c == ' ' || c == '\t'; }

/* m/d/y, d/m/y, y-m-d with one separator kind. Dotted with a two-digit
 * year ("12.23.17", "7.4.25") is also a section or version number, so
 * it is a date only with a care or birth word in its sentence ("visit
 * 7.4.25", "b. 11.12.19"), never on its shape alone. */
static void read_date(const struct run *u, int i, struct reading *best)
{
  int a = gval(u, i), b = gval(u, i + 1), c = gval(u, i + 2);
  int la = glen(u, i), lb = glen(u, i + 1), lc = glen(u, i + 2);
  int sep = u->sep[i + 1], ok = 0, dotted_yy = 0;
  if(u->sep[i + 2] != sep || sep == SEP_OTHER || sep == SEP_CLOSE ||
     sep == SEP_OPEN)
    return;
  /* "03 14 1962" (tags: dob_03_14_1962) only with a four-digit year. */
  if(sep == SEP_SPACE && la != 4 && lc != 4)
    return;
  if(la == 4 && lb <= 2 && lc <= 2)
    ok = zd_valid_date(a, b, c);
  else if(la <= 2 && lb <= 2 && (lc == 4 || lc == 2)) {
    int y = lc == 4 ? c : (c < 50 ? 2000 + c : 1900 + c);
    ok = zd_valid_date(y, a, b) || zd_valid_date(y, b, a);
    dotted_yy = lc == 2 && sep == SEP_DOT;
  }
  if(!ok)
    return;
  /* part of a longer dotted run ("1.2.3.4.5", an OID), or a word
   * against a date just before ("version 9.8.25"): no date, and no
   * context read for it */
  if(dotted_yy) {
    static const char *const against[] = {
      "version", "v", "ver", "build", "release", "firmware", "fw", NULL
    };
    size_t w = u->g[i].s, ws;
    if((i > 0 && u->sep[i] == SEP_DOT) ||
       (i + 3 < u->n && u->sep[i + 3] == SEP_DOT))
      return;
    /* the score below drops it too; this only spares reading its
     * context for the commonest case */
    while(w > 0 && w + 2 > u->g[i].s && r_is_blank(u->r->p[w - 1]))
      w--;
    ws = zd_word_start(u->r->p, w, 12);
    if(ws < w && zd_word_in(u->r->p + ws, w - ws, against))
      return;
  }
  size_t end = zd_date_time_suffix(u->r, u->g[i + 2].e);
  {
    double conf = zd_date_score(u->r, u->g[i].s, end);
    /* zd_date_score: 0.9 with a cue alone, 0.3 with no word either way;
     * a word against ("version 9.8.25") drops the dotted reading */
    if(dotted_yy && conf < 0.85) {
      if(conf < 0.25 || conf > 0.35)
        return;
      conf = 0.2;   /* raised only by a name or place beside it */
    }
    consider(best, ZD_SCAN_DATE, conf, u->g[i].s, end);
    /* names beside dates as people write them ("02/21/23"), not beside
     * the ISO dates of logs and exports */
    if(sep == SEP_SLASH || conf >= 0.5)
      zd_name_sweep(u->r, u->g[i].s, end);
  }
}

/* "7/23", "8/17": month and day with a slash, no year. Also fractions,
 * scores and ratios ("5/10 pain", "4/5 strength"), so only a cue in the
 * sentence ties it to a person ("TRANS TO GH 7/23", "admitted 8/8"). */
static void read_month_day(const struct run *u, int i, struct reading *best)
{
  const struct zd_scan_run *r = u->r;
  int m = gval(u, i), d = gval(u, i + 1);
  size_t end = u->g[i + 1].e;
  if(u->sep[i + 1] != SEP_SLASH || glen(u, i) > 2 || glen(u, i + 1) > 2 ||
     !zd_valid_date(2000, m, d) || (i > 0 && u->sep[i] == SEP_SLASH) ||
     (i + 2 < u->n && u->sep[i + 2] == SEP_SLASH) ||
     (end < r->len && (r->p[end] == '/' || r->p[end] == '.')  &&
      zd_isdigit(zd_at(r, end + 1))))
    return;
  /* "pain 4/10", "PAIN SCORE 7/10": a score out of ten */
  if(d == 10) {
    size_t w = u->g[i].s, ws;
    while(w > 0 && (r->p[w - 1] == ' ' || r->p[w - 1] == ':'))
      w--;
    ws = zd_word_start(r->p, w, 16);
    {
      static const char *const score_words[] = {"pain", "score", "scale",
                                                "rated", NULL};
      if(ws < w && zd_word_in(r->p + ws, w - ws, score_words))
        return;
    }
  }
  {
    double conf = zd_date_score(r, u->g[i].s, end) - 0.15;
    consider(best, ZD_SCAN_DATE, conf, u->g[i].s, end);
    if(conf >= 0.5)
      zd_name_sweep(u->r, u->g[i].s, end);
  }
}

/* Tries every shape on groups [i, j], whose nd digits are d[0..nd). */
static void read_shapes(struct run *u, int i, int j, const char *d, int nd,
                        struct reading *best)
{
  int k = j - i + 1;
  const struct zd_scan_run *r = u->r;
  size_t start = u->g[i].s, end = u->g[j].e;
  int lens[MAX_SPAN_GROUPS];
  for(int x = i; x <= j; x++)
    lens[x - i] = glen(u, x);

  /* IPv4: exactly four dotted groups, not part of a longer dotted run. */
  if(k == 4 && all_seps(u, i, j, SEP_DOT)) {
    int ipok = (i == 0 || u->sep[i] != SEP_DOT) &&
               (j == u->n - 1 || u->sep[j + 1] != SEP_DOT) &&
               !(end < r->len && r->p[end] == '.' &&
                 zd_isdigit(zd_at(r, end + 1)));
    if(ipok && zd_valid_ipv4((const char *)r->p + start, end - start)) {
      size_t e = end;
      if(e + 1 < r->len && r->p[e] == '/' && zd_isdigit(r->p[e + 1])) {
        e++;
        while(e < r->len && zd_isdigit(r->p[e]) && e < end + 3)
          e++;
      }
      consider(best, ZD_SCAN_IP_ADDRESS,
               score(u, ZD_SCAN_IP_ADDRESS, 0.85, 0.1, 0.55),
               start, e);
    }
    return;
  }
  if(k == 3)
    read_date(u, i, best);
  else if(k == 2)
    read_month_day(u, i, best);
  if(best->matched && best->type == ZD_SCAN_DATE)
    return;

  /* Maestro cards may have 12 digits: only next to a card word. */
  if(nd == 12 && k == 1 && zd_card_brand(d, 12) == ZD_CARD_MAESTRO &&
     zd_valid_luhn(d, 12)) {
    consider(best, ZD_SCAN_CREDIT_CARD,
             score(u, ZD_SCAN_CREDIT_CARD, 0.2, 0.5, 0.45),
             start, end);
    return;
  }
  /* Payment cards: bare, 4-4-4-4(-3), 4-6-5 or 4-6-4, one separator. */
  if(nd >= 13 && nd <= 19) {
    int shape = k == 1;
    if(k >= 3 && same_seps(u, i, j) &&
       (u->sep[i + 1] == SEP_SPACE || u->sep[i + 1] == SEP_DASH)) {
      int fours = 1;
      for(int x = 0; x < k - 1; x++)
        if(lens[x] != 4)
          fours = 0;
      if(fours && lens[k - 1] >= 1 && lens[k - 1] <= 4)
        shape = 1;
      if(k == 3 && lens[0] == 4 && lens[1] == 6 &&
         (lens[2] == 5 || lens[2] == 4))
        shape = 1;
    }
    if(shape && zd_valid_luhn(d, (size_t)nd)) {
      double base = zd_card_brand(d, (size_t)nd) ? 0.85 : 0.4;
      consider(best, ZD_SCAN_CREDIT_CARD,
               score(u, ZD_SCAN_CREDIT_CARD, base, 0.15, 0.45),
               start, end);
      return;
    }
  }

  /* Nine digits: SSN, ITIN (3-2-4 or bare) and ABA (bare or 4-4-1). */
  if(nd == 9) {
    int dashed = k == 3 && lens[0] == 3 && lens[1] == 2 && lens[2] == 4 &&
                 same_seps(u, i, j) &&
                 (u->sep[i + 1] == SEP_DASH || u->sep[i + 1] == SEP_SPACE ||
                  u->sep[i + 1] == SEP_DOT);
    if(dashed || k == 1) {
      double base = !dashed ? 0.15 : u->sep[i + 1] == SEP_DASH ? 0.6 : 0.45;
      double up = dashed ? 0.35 : 0.45;
      double conf;
      if(zd_valid_itin(d)) {
        if(!below(u, ZD_SCAN_US_ITIN, base, up, 0.45, &conf)) {
          struct zd_ctx both = *ctx_of(u);
          /* "SSN" next to an ITIN still says "taxpayer number". */
          if(both.pos & (1u << ZD_SCAN_US_SSN))
            both.pos |= 1u << ZD_SCAN_US_ITIN;
          conf = zd_ctx_score(&both, ZD_SCAN_US_ITIN, base, up, 0.45);
        }
        consider(best, ZD_SCAN_US_ITIN, conf, start, end);
      }
      else if(zd_valid_ssn(d))
        consider(best, ZD_SCAN_US_SSN,
                 score(u, ZD_SCAN_US_SSN, base, up, 0.45), start, end);
    }
    if((k == 1 || (k == 3 && lens[0] == 4 && lens[1] == 4 &&
                   u->sep[i + 1] == SEP_DASH && same_seps(u, i, j))) &&
       zd_valid_aba(d))
      consider(best, ZD_SCAN_ABA_ROUTING,
               score(u, ZD_SCAN_ABA_ROUTING, 0.2, 0.7, 0.45),
               start, end);
  }

  /* NPI: ten digits starting 1 or 2 with the 80840 Luhn check. */
  if(nd == 10 && k == 1 && zd_valid_npi(d))
    consider(best, ZD_SCAN_US_NPI,
             score(u, ZD_SCAN_US_NPI, 0.3, 0.65, 0.45), start, end);

  /* ZIP and ZIP+4: only with an address or a "zip" word. */
  if((k == 1 && nd == 5) ||
     (k == 2 && lens[0] == 5 && lens[1] == 4 && u->sep[i + 1] == SEP_DASH)) {
    int st = state_before(r, start);
    double base = st ? 0.85 : 0.1;
    /* "Dayton, OH 45402": the town before the state is a place too */
    if(st)
      zd_place_before_state(u->r, start - 1 - (r->p[start - 1] == ' ' &&
                                               r->p[start - 2] == ','));
    consider(best, ZD_SCAN_US_ZIP_CODE,
             score(u, ZD_SCAN_US_ZIP_CODE, base, 0.7, 0.4),
             start, end);
  }

  if(nd >= 7)
    read_phone(u, i, j, d, nd, best);
}

/* Tries every shape on groups [i, j]: their digits as one string, cut
 * from the run's for the call (spans of more than 63 digits are none). */
static void read_groups(struct run *u, int i, int j, struct reading *best)
{
  int nd = u->off[j + 1] - u->off[i];
  char *d = u->dig + u->off[i], keep;
  if(nd > 63)
    return;
  keep = d[nd];
  d[nd] = '\0';
  read_shapes(u, i, j, d, nd, best);
  d[nd] = keep;
}

/* Splits [s, e) into digit groups and reads them left to right: at each
 * group, the longest sequence of groups with a matching shape wins. */
static void read_run(struct zd_scan_run *r, size_t s, size_t e)
{
  struct run u;
  size_t x = s;
  int nd = 0;
  u.r = r;
  u.n = 0;
  u.have_cx = 0;
  u.have_before = 0;
  while(x < e && u.n < MAX_GROUPS) {
    size_t gs;
    while(x < e && !zd_isdigit(r->p[x]))
      x++;
    if(x >= e)
      break;
    gs = x;
    u.off[u.n] = (uint16_t)nd;
    while(x < e && zd_isdigit(r->p[x]))
      u.dig[nd++] = (char)r->p[x++];
    u.g[u.n].s = (uint32_t)gs;
    u.g[u.n].e = (uint32_t)x;
    u.sep[u.n] = u.n ? sep_kind(r->p, u.g[u.n - 1].e, gs) : 0;
    u.n++;
  }
  u.off[u.n] = (uint16_t)nd;
  /* Five or more groups joined by dots alone: an OID arc
   * ("2.16.840.1.113883.3.464") or a section number, no identifier. */
  if(u.n >= 5) {
    int dots = 1;
    for(int k = 1; k < u.n && dots; k++)
      dots = u.sep[k] == SEP_DOT;
    if(dots)
      return;
  }
  for(int i = 0; i < u.n;) {
    struct reading best = {0};
    int top = i + MAX_SPAN_GROUPS - 1 < u.n - 1 ? i + MAX_SPAN_GROUPS - 1
                                                : u.n - 1;
    int used = 0;
    /* Two groups separated by a wide gap belong to different numbers. */
    for(int j = i + 1; j <= top; j++)
      if(u.sep[j] == SEP_OTHER) {
        top = j - 1;
        break;
      }
    for(int j = top; j >= i; j--) {
      best.matched = 0;   /* consider() sets the rest before it is read */
      read_groups(&u, i, j, &best);
      if(best.matched) {
        zd_scan_add_cue(r, best.type,
                        best.type == ZD_SCAN_DATE && best.conf >= 0.5
                          ? ZD_SCAN_CUE_DATE_WORD : 0,
                        best.start, best.end, best.conf);
        used = j - i + 1;
        /* Skip groups the span swallowed (a time after a date). */
        while(i + used < u.n && u.g[i + used].s < best.end)
          used++;
        break;
      }
    }
    i += used ? used : 1;
  }
}

/* The key before the '=' at 'eq' names personal data ("ssn=", "dob=",
 * "phone=", "mrn="). */
static int personal_param(const struct zd_scan_run *r, size_t eq)
{
  static const char *const keys[] = {
    "ssn", "dob", "mrn", "phone", "tel", "fax", "mobile", "npi", "mbi",
    "member", "memberid", "member_id", "patient_id", "patientid", "zip",
    "card", "cc", "account", "acct", "birthdate", "dea", "policy", NULL
  };
  size_t ks = eq;
  while(ks > 0 && (zd_isalnum(r->p[ks - 1]) || r->p[ks - 1] == '_') &&
        eq - ks < 24)
    ks--;
  return zd_word_in(r->p + ks, eq - ks, keys);
}

void zd_read_number(struct zd_scan_run *r, size_t to)
{
  size_t s, e;
  if(to <= r->done[ZD_TRIG_DIGITS])
    return;
  s = to;
  while(s > r->done[ZD_TRIG_DIGITS] && numclass(r->p[s - 1]) && to - s < MAX_RUN)
    s--;
  e = to;
  while(e < r->len && numclass(r->p[e]) && e - s < MAX_RUN)
    e++;
  r->done[ZD_TRIG_DIGITS] = e;
  /* Trim to digits; '(' and '+' are re-attached per reading. */
  while(s < e && !zd_isdigit(r->p[s]))
    s++;
  while(e > s && !zd_isdigit(r->p[e - 1]))
    e--;
  if(s >= e)
    return;
  if(e - s >= 2 && e - s <= 3 && (r->p[s] == '9' || (e - s == 3 && r->p[s] == '1')) &&
     zd_read_age(r, s, e))
    return;   /* "93-year-old" */
  /* Glued to letters ("A1234567", hex ids): not a number of ours. A
   * phone extension "x12" after the run is fine. */
  {
    size_t b = s;
    while(b > 0 && (r->p[b - 1] == '(' || r->p[b - 1] == '+'))
      b--;
    if(b > 0 && (zd_isword(r->p[b - 1]) || r->p[b - 1] == '@' ||
                 r->p[b - 1] == '$' || r->p[b - 1] == '&'))
      return;
    /* a segment of a path ("/hc/en-us/articles/4414563863827") or the
     * value of a query parameter that names no personal data
     * ("gid=1533361337", "page=2") */
    if(b > 1 && r->p[b - 1] == '/' && (zd_isalnum(r->p[b - 2]) ||
                                       r->p[b - 2] == '-'))
      return;
    if(b > 1 && r->p[b - 1] == '=' && zd_isalnum(r->p[b - 2]) &&
       !personal_param(r, b - 1))
      return;
    /* "10:30 …" (times) and "abc#123" (hashes, anchors), but not
     * "SSN:123-45-6789" or "#12345". */
    if(b > 1 && (r->p[b - 1] == ':' || r->p[b - 1] == '#') &&
       (r->p[b - 1] == ':' ? zd_isdigit(r->p[b - 2])
                           : zd_isword(r->p[b - 2])))
      return;
    if(e < r->len && (zd_isalpha(r->p[e]) || r->p[e] >= 0x80) &&
       r->p[e] != 'x' && r->p[e] != 'X')
      return;
    if(e < r->len && (r->p[e] == '@' || r->p[e] == '%'))
      return;
    if(e + 1 < r->len && r->p[e] == ',' && zd_isdigit(r->p[e + 1]))
      return;
  }
  read_run(r, s, e);
}

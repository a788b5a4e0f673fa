/* SPDX-License-Identifier: MIT
 * detect_id.c — identifiers with a shape of their own (Medicare MBI, DEA
 * number, VIN, ICD-10-CM code) and identifiers only a label reveals
 * ("MRN: 0012345", "Member ID W123456789", tag "mrn_1234567"). */
#include "scan/context.h"
#include "scan/scan_int.h"
#include "scan/secret_int.h"
#include "scan/validate.h"

#include <string.h>

static void read_mbi(struct zd_scan_run *r, size_t s, size_t e, int dashed)
{
  char v[11];
  int k = 0, lower = 0;
  struct zd_ctx cx;
  double base;
  for(size_t i = s; i < e; i++) {
    if(r->p[i] == '-')
      continue;
    if(k == 11)
      return;
    lower |= zd_islower(r->p[i]);
    v[k++] = (char)r->p[i];
  }
  if(k != 11 || !zd_valid_mbi(v))
    return;
  zd_ctx_get(r, s, e, ZD_CTX_BEFORE, ZD_CTX_AFTER, &cx);
  base = dashed ? 0.65 : 0.55;
  if(lower)
    base -= 0.25;
  zd_scan_add(r, ZD_SCAN_US_MBI, s, e,
              zd_ctx_score(&cx, ZD_SCAN_US_MBI, base, 0.4, 0.45));
}

static void read_dea(struct zd_scan_run *r, size_t s)
{
  struct zd_ctx cx;
  if(!zd_valid_dea((const char *)r->p + s))
    return;
  zd_ctx_get(r, s, s + 9, ZD_CTX_BEFORE, ZD_CTX_AFTER, &cx);
  zd_scan_add(r, ZD_SCAN_US_DEA_NUMBER, s, s + 9,
              zd_ctx_score(&cx, ZD_SCAN_US_DEA_NUMBER, 0.55, 0.4, 0.45));
}

/* A VIN whose digits never stand two in a row ("XRHB3MFY2EW6UD8FU") is
 * read from a lone digit (zd_detect_lone_digit); one check character in
 * eleven passes by chance, so such a token must also have the check
 * digit right and a model-year character in position 10 (49 CFR
 * 565.15: never 0, U or Z; I, O and Q are never in a VIN at all). */
static int digits_apart(const unsigned char *v)
{
  for(int i = 0; i + 1 < 17; i++)
    if(zd_isdigit(v[i]) && zd_isdigit(v[i + 1]))
      return 0;
  return 1;
}

static void read_vin(struct zd_scan_run *r, size_t s)
{
  struct zd_ctx cx;
  int v;
  for(size_t i = s; i < s + 17; i++)
    if(zd_islower(r->p[i]))
      return;
  v = zd_valid_vin((const char *)r->p + s);
  if(!v)
    return;
  if(digits_apart(r->p + s) &&
     (v != 2 || r->p[s + 9] == '0' || r->p[s + 9] == 'U' ||
      r->p[s + 9] == 'Z'))
    return;
  zd_ctx_get(r, s, s + 17, ZD_CTX_BEFORE, ZD_CTX_AFTER, &cx);
  zd_scan_add(r, ZD_SCAN_VIN, s, s + 17,
              zd_ctx_score(&cx, ZD_SCAN_VIN, v == 2 ? 0.7 : 0.25, 0.4, 0.45));
}

/* ICD-10-CM (CMS/NCHS guidelines §I.A): letter (not U), digit, digit or
 * letter, then optionally '.' and up to four characters. */
static size_t icd10_at(const struct zd_scan_run *r, size_t s, int need_dot)
{
  size_t e = s + 3;
  int c0 = zd_at(r, s);
  if(!zd_isupper(c0) || c0 == 'U' || !zd_isdigit(zd_at(r, s + 1)) ||
     !(zd_isdigit(zd_at(r, s + 2)) || zd_isupper(zd_at(r, s + 2))))
    return 0;
  if(e < r->len && r->p[e] == '.') {
    size_t k = e + 1;
    while(k < r->len && (zd_isdigit(r->p[k]) || zd_isupper(r->p[k])) &&
          k - e <= 4)
      k++;
    if(k > e + 1)
      e = k;
    else if(need_dot)
      return 0;
  }
  else if(need_dot)
    return 0;
  else {
    while(e < r->len && (zd_isdigit(r->p[e]) || zd_isupper(r->p[e])) &&
          e - s < 7)
      e++;
  }
  if(e < r->len && (zd_isword(r->p[e]) ||
                    (r->p[e] == '.' && zd_isalnum(zd_at(r, e + 1)))))
    return 0;
  return e;
}

/* "T98.2": a temperature (F 93-108, C 34-42) with one decimal. */
static int temperature(const struct zd_scan_run *r, size_t s, size_t e)
{
  int v = 0;
  if(r->p[s] != 'T' || e - s != 5 || r->p[s + 3] != '.' ||
     !zd_isdigit(r->p[s + 4]))
    return 0;
  v = (r->p[s + 1] - '0') * 10 + (r->p[s + 2] - '0');
  return (v >= 93 && v <= 108) || (v >= 34 && v <= 42);
}

static void read_icd10(struct zd_scan_run *r, size_t s)
{
  struct zd_ctx cx;
  size_t e;
  if(s > 0 && (r->p[s - 1] == '.' || r->p[s - 1] == '-' ||
               r->p[s - 1] == '/'))
    return;
  e = icd10_at(r, s, 1);
  if(!e)
    return;
  zd_ctx_get(r, s, e, ZD_CTX_BEFORE, ZD_CTX_AFTER, &cx);
  /* "T98.2", "T101.3" are temperatures, not injury codes, unless a
   * diagnosis word says so */
  zd_scan_add(r, ZD_SCAN_ICD10_CODE, s, e,
              zd_ctx_score(&cx, ZD_SCAN_ICD10_CODE,
                           temperature(r, s, e) ? 0.1 : 0.5, 0.4, 0.45));
}

/* Identifiers made of letters and digits around the trigger: reads each
 * word of the token (words split at '-' and '.') by its length. */
static void read_alnum(struct zd_scan_run *r, size_t to)
{
  size_t s = to, e = to, w;
  if(to <= r->done[ZD_DONE_ALNUM])
    return;
  while(s > 0 && (zd_isalnum(r->p[s - 1]) || r->p[s - 1] == '-' ||
                  r->p[s - 1] == '.') && to - s < 40)
    s--;
  while(e < r->len && (zd_isalnum(r->p[e]) || r->p[e] == '-' ||
                       r->p[e] == '.') && e - s < 80)
    e++;
  r->done[ZD_DONE_ALNUM] = e;
  if((s > 0 && (zd_isword(r->p[s - 1]) || r->p[s - 1] == '_')) ||
     (e < r->len && (zd_isword(r->p[e]) || r->p[e] == '_')))
    return;
  if(e - s == 50 || e - s == 51)   /* 32-8-8 hex: detect_vendor.c (#20) */
    zd_mailgun_alone(r, s, e);
  for(w = s; w < e;) {
    size_t we = w;
    int letters = 0;
    while(we < e && zd_isalnum(r->p[we])) {
      letters |= zd_isalpha(r->p[we]);
      we++;
    }
    if(we == w) {
      w++;
      continue;
    }
    if(letters) {
      size_t n = we - w;
      if(n == 9)
        read_dea(r, w);
      else if(n == 11)
        read_mbi(r, w, we, 0);
      else if(n == 17 && (w == s || r->p[w - 1] != '-') && zd_at(r, we) != '-')
        read_vin(r, w);
      else if(n == 3 && zd_at(r, we) == '.')
        read_icd10(r, w);
      /* MBI as printed: 4-3-4 with dashes. */
      if(n == 4 && we + 9 <= e && r->p[we] == '-' && r->p[we + 4] == '-' &&
         zd_isalnum(r->p[we + 1]) && zd_isalnum(r->p[we + 3]) &&
         zd_isalnum(r->p[we + 5]) && zd_isalnum(r->p[we + 8]) &&
         (we + 9 == e || !zd_isalnum(r->p[we + 9])))
        read_mbi(r, w, we + 9, 1);
    }
    w = we;
  }
}

void zd_detect_lone_digit(struct zd_scan_run *r, size_t to)
{
  read_alnum(r, to);
}

void zd_detect_digits(struct zd_scan_run *r, size_t to, int arg)
{
  (void)arg;
  /* "20240105" fires seven times; the first read all of it. */
  if(to <= r->done[ZD_TRIG_DIGITS] && to <= r->done[ZD_DONE_ALNUM] &&
     to <= r->done[ZD_DONE_IPV6])
    return;
  zd_read_number(r, to);
  read_alnum(r, to);
  zd_read_ipv6(r, to);
}

const char *const zd_plan_labels[] = {
  "member", "subscriber", "policy", "insurance", "insured", "medicaid",
  "beneficiary", "plan", "group", NULL
};

static int word_is(const struct zd_scan_run *r, size_t s, size_t e,
                   const char *w)
{
  size_t n = strlen(w);
  if(e - s != n)
    return 0;
  for(size_t i = 0; i < n; i++)
    if(zd_tolower(r->p[s + i]) != w[i])
      return 0;
  return 1;
}

/* After a label: separators and filler words ("number", "is", "#"), then
 * the identifier. Returns its start, or 0 when none follows closely. */
static size_t value_after(const struct zd_scan_run *r, size_t i)
{
  size_t limit = i + 24;
  for(;;) {
    while(i < r->len && i < limit &&
          (r->p[i] == ' ' || r->p[i] == '\t' || r->p[i] == ':' ||
           r->p[i] == '#' || r->p[i] == '=' || r->p[i] == '_' ||
           r->p[i] == '-' || r->p[i] == '.' || r->p[i] == '"' ||
           r->p[i] == '\'' || r->p[i] == '(' || r->p[i] == ')'))
      i++;
    if(i >= r->len || i >= limit)
      return 0;
    if(zd_isalpha(r->p[i])) {
      size_t e = i;
      while(e < r->len && zd_isalpha(r->p[e]))
        e++;
      if(word_is(r, i, e, "number") || word_is(r, i, e, "no") ||
         word_is(r, i, e, "num") || word_is(r, i, e, "is") ||
         word_is(r, i, e, "id") || word_is(r, i, e, "of") ||
         word_is(r, i, e, "was") || word_is(r, i, e, "nbr") ||
         word_is(r, i, e, "mrn")) {
        i = e;
        continue;
      }
    }
    return i;
  }
}

/* "(ID: 987654321)", "Patient ID #…", "member identifier …": an "ID" is
 * a person's when nothing names another object before it. "Ticket ID",
 * "Article ID", "User ID 123" are the help desk's own. */
static int personal_id(const struct zd_scan_run *r, size_t to)
{
  static const char *const whose[] = {
    "patient", "person", "personal", "member", "national", "state",
    "student", "employee", "resident", "subscriber", "client", "pt",
    "photo", "patients", "his", "her", "their", "my", "your", "with",
    "and", "ins", "insurance", "medicaid", "medicare", "policy", NULL
  };
  size_t ws = zd_word_start(r->p, to, 24), k, ps;
  if(ws == to) {   /* "id#", "id:", "id #": the word before the mark */
    k = to;
    while(k > 0 && !zd_isalpha(r->p[k - 1]) && to - k < 3)
      k--;
    ws = zd_word_start(r->p, k, 24);
    {
      static const char *const id[] = {"id", "no", "identifier", NULL};
      if(ws == k || !zd_word_in(r->p + ws, k - ws, id))
        return 0;   /* "paid:" */
    }
  }
  k = ws;
  while(k > 0 && (r->p[k - 1] == ' ' || r->p[k - 1] == '\t'))
    k--;
  if(k == 0 || !zd_isalpha(r->p[k - 1]) || k == ws)
    return 1;   /* "(ID: …", "ID: …" at a line's start, ", ID …" */
  ps = zd_word_start(r->p, k, 24);
  return zd_word_in(r->p + ps, k - ps, whose);
}

/* The word before the "ID" that ends at or before 'to' names an insurer's
 * plan ("Ins ID:", "Medicaid ID #"). */
static int insurer_id(const struct zd_scan_run *r, size_t to)
{
  static const char *const plan[] = {"ins", "insurance", "medicaid",
                                     "medicare", "policy", NULL};
  size_t k = to, ws;
  while(k > 0 && !zd_isalpha(r->p[k - 1]) && to - k < 3)
    k--;
  k = zd_word_start(r->p, k, 24);   /* the start of "id" */
  while(k > 0 && (r->p[k - 1] == ' ' || r->p[k - 1] == '\t'))
    k--;
  ws = zd_word_start(r->p, k, 24);
  return ws < k && zd_word_in(r->p + ws, k - ws, plan);
}

void zd_detect_labelled_id(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s, e;
  int digits = 0;
  zd_trigger t = arg == ZD_LABEL_MRN ? ZD_TRIG_LABEL_MRN
               : arg == ZD_LABEL_PLAN ? ZD_TRIG_LABEL_PLAN
               : arg == ZD_LABEL_ICD ? ZD_TRIG_LABEL_ICD
               : (zd_trigger)(ZD_TRIG_LABEL_ACCOUNT + (arg - ZD_LABEL_ACCOUNT));
  size_t ws;
  if(to <= r->done[t])
    return;
  if(arg == ZD_LABEL_PLAN) {
    /* "member", "plan", "group"… name an identifier only as "… ID",
     * "… #", "… no.", "… number". */
    size_t k = to, ke;
    while(k < r->len && (r->p[k] == ' ' || r->p[k] == '_' || r->p[k] == '-') &&
          k < to + 2)
      k++;
    ke = k;
    while(ke < r->len && zd_isalpha(r->p[ke]))
      ke++;
    if(!(zd_at(r, k) == '#' || word_is(r, k, ke, "id") ||
         word_is(r, k, ke, "no") || word_is(r, k, ke, "num") ||
         word_is(r, k, ke, "number") || word_is(r, k, ke, "nbr")))
      return;
  }
  /* A whole word: not "mRNA", "flowchart", "planned", "dxf". */
  {
    static const char *const mrn[] = {
      "mrn", "record", "rec", "medrec", "chart", "id", "patientid", "no",
      "number", NULL
    };
    static const char *const icd[] = {"icd", "diagnosis", "dx", NULL};
    static const char *const acct[] = {"number", "no", "num", "acct", "id",
                                       NULL};
    static const char *const lic[] = {"license", "licence", "lic",
                                      "certificate", "cert", "no", NULL};
    static const char *const id[] = {"id", "no", "identifier", NULL};
    static const char *const pager[] = {"pager", "beeper", "pgr", NULL};
    static const char *const *const lists[] = {mrn, zd_plan_labels, icd,
                                               acct, lic, id, pager};
    ws = zd_word_start(r->p, to, 24);
    if(ws < to && (!zd_word_in(r->p + ws, to - ws, lists[arg]) ||
                   (ws > 0 && zd_isdigit(r->p[ws - 1]))))
      return;
    if(arg == ZD_LABEL_ID && !personal_id(r, to))
      return;
    if(zd_isalpha(r->p[to - 1]) && zd_isalnum(zd_at(r, to)))
      return;
  }
  s = value_after(r, to);
  if(!s)
    return;
  if(arg == ZD_LABEL_ICD) {
    /* "Dx: E119, I10" — codes without the dot need the label. */
    for(int n = 0; n < 6 && s; n++) {
      e = icd10_at(r, s, 0);
      if(!e || (s > 0 && zd_isword(r->p[s - 1])))
        break;
      zd_scan_add(r, ZD_SCAN_ICD10_CODE, s, e, 0.85);
      r->done[t] = e;
      s = e;
      while(s < r->len && (r->p[s] == ',' || r->p[s] == ' ' ||
                           r->p[s] == ';' || r->p[s] == '/') && s < e + 3)
        s++;
      /* "E11.9 and I10", "J45 or J46" */
      if((zd_at(r, s) == 'a' && zd_at(r, s + 1) == 'n' && zd_at(r, s + 2) == 'd' &&
          zd_at(r, s + 3) == ' ') ||
         (zd_at(r, s) == 'o' && zd_at(r, s + 1) == 'r' && zd_at(r, s + 2) == ' '))
        s += zd_at(r, s) == 'a' ? 4 : 3;
      if(!zd_isupper(zd_at(r, s)))
        break;
    }
    return;
  }
  e = s;
  while(e < r->len && (zd_isalnum(r->p[e]) || r->p[e] == '-') && e - s < 24) {
    digits += zd_isdigit(r->p[e]);
    e++;
  }
  while(e > s && r->p[e - 1] == '-')
    e--;
  r->done[t] = e;
  if(e - s < 4 || e - s > 20 || digits < 4 || (e < r->len && zd_isword(r->p[e])))
    return;
  if(arg == ZD_LABEL_PLAN && e - s == 11) {
    char v[11];
    memcpy(v, r->p + s, 11);
    if(zd_valid_mbi(v)) {
      zd_scan_add(r, ZD_SCAN_US_MBI, s, e, 0.95);
      return;
    }
  }
  {
    static const zd_scan_type type[] = {
      ZD_SCAN_MEDICAL_RECORD_NUMBER, ZD_SCAN_HEALTH_PLAN_ID,
      ZD_SCAN_ICD10_CODE, ZD_SCAN_ACCOUNT_NUMBER, ZD_SCAN_LICENSE_NUMBER,
      ZD_SCAN_ID_NUMBER, ZD_SCAN_PHONE_NUMBER
    };
    static const float conf[] = {0.85f, 0.8f, 0.85f, 0.8f, 0.8f, 0.75f,
                                 0.8f};
    zd_scan_type ty = type[arg];
    if(arg == ZD_LABEL_ID && insurer_id(r, to))
      ty = ZD_SCAN_HEALTH_PLAN_ID;   /* "Ins ID: AB123456789" */
    zd_scan_add(r, ty, s, e, conf[ty == type[arg] ? arg : ZD_LABEL_PLAN]);
  }
}

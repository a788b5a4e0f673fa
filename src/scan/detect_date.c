/* SPDX-License-Identifier: MIT
 * detect_date.c — dates written with month names ("Jan 5, 2023",
 * "5th of January 2023"), and the scoring every date shares: a date is
 * reported only when words tie it to a person (birth, admission,
 * discharge, death, service, a name), never for every date in the text.
 * The words that tie it are read within its own sentence: a person cue
 * in the sentence or paragraph before does not carry over ("Patient
 * Summary\nOur clinic reopens on April 20"). A date also counts when a
 * name, place or age over 89 stands in its sentence (zd_date_link).
 * Ages over 89 (Safe Harbor item C) are read here too (zd_read_age). */
#include "scan/context.h"
#include "scan/scan_int.h"
#include "scan/validate.h"

#include <stdlib.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/alloc.h"

static const char *const months[12] = {
  "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december"
};

/* 1-12 when p[0..n) is a month name or its usual abbreviation. */
static int month_of(const unsigned char *p, size_t n)
{
  char w[12];
  if(n < 3 || n > 9)
    return 0;
  for(size_t i = 0; i < n; i++)
    w[i] = (char)zd_tolower(p[i]);
  for(int m = 0; m < 12; m++) {
    size_t full = strlen(months[m]);
    if(n == full && !memcmp(w, months[m], n))
      return m + 1;
    if(n == 3 && !memcmp(w, months[m], 3))
      return m + 1;
    if(m == 8 && n == 4 && !memcmp(w, "sept", 4))
      return m + 1;
  }
  return 0;
}

/* Abbreviations whose dot ends no sentence ("Dr. Lee", "Jan. 5"). */
static int abbrev(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "dr", "mr", "mrs", "ms", "st", "mt", "pt", "vs", "no", "approx", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "prof", "jr", "sr", "inc", "co", "dept", "ft", "ave", "rd", NULL
  };
  return n <= 1 || zd_word_in(p, n, words);
}

/* Bytes that may end a sentence. */
static const unsigned char ender[256] = {
  ['\n'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1
};

/* A sentence ends at i (exclusive): "x. ", "! ", "? " or a line break. */
static inline int sentence_end_at(const struct zd_scan_run *r, size_t i)
{
  int c = r->p[i];
  size_t ws;
  if(!ender[c])
    return 0;
  if(c == '\n')
    return 1;
  if(i + 1 < r->len && r->p[i + 1] != ' ' && r->p[i + 1] != '\n' &&
     r->p[i + 1] != '\r')
    return 0;
  if(c != '.')
    return 1;
  if(i == 0 || !zd_islower(r->p[i - 1]))
    return 0;
  ws = zd_word_start(r->p, i, 16);
  return !(i - ws <= 6 && abbrev(r->p + ws, i - ws));
}

int zd_same_sentence(const struct zd_scan_run *r, size_t a, size_t b)
{
  for(size_t i = a; i < b && i < r->len; i++)
    if(sentence_end_at(r, i))
      return 0;
  return 1;
}

/* The date's line is a record line ("Date: …", "DOB: …"): a word and a
 * colon start it. Then the next line still speaks of the same record
 * ("Date: 2023-01-05\nName: …"). */
static int record_line(const struct zd_scan_run *r, size_t start)
{
  size_t ls = start;
  while(ls > 0 && r->p[ls - 1] != '\n' && start - ls < 40)
    ls--;
  if(ls > 0 && r->p[ls - 1] != '\n')
    return 0;
  for(size_t i = ls; i < start; i++) {
    if(r->p[i] == ':')
      break;
    if(i + 1 == start ||
       (!zd_isalpha(r->p[i]) && r->p[i] != ' ' && r->p[i] != '_'))
      return 0;
  }
  /* and the next line is one too ("Name: …"), not a heading after a
   * blank line */
  {
    size_t n = start;
    while(n < r->len && r->p[n] != '\n' && n - start < 80)
      n++;
    if(n >= r->len || r->p[n] != '\n')
      return 0;
    for(size_t i = n + 1; i < r->len && i < n + 40; i++) {
      if(r->p[i] == ':')
        return i > n + 1;
      if(!zd_isalpha(r->p[i]) && r->p[i] != ' ' && r->p[i] != '_')
        return 0;
    }
  }
  return 0;
}

/* Whether "birth", "born" or "dob" may stand in the ZD_CTX_BEFORE bytes
 * before 'lo' on its line: a cheap filter before reading them. */
static int birth_word_before(const struct zd_scan_run *r, size_t lo)
{
  static const unsigned char bd[256] = {['b'] = 1, ['B'] = 1, ['d'] = 1,
                                        ['D'] = 1};
  size_t i = lo > ZD_CTX_BEFORE ? lo - ZD_CTX_BEFORE : 0;
#if defined(__SSE2__)
  /* sixteen pairs a step: (c | 0x20) is 'b' exactly for b and B, and so
   * on; the pairs [i, i + 17) lie before lo - 1 */
  {
    const __m128i k20 = _mm_set1_epi8(0x20), b = _mm_set1_epi8('b'),
                  d = _mm_set1_epi8('d'), ci = _mm_set1_epi8('i'),
                  co = _mm_set1_epi8('o');
    for(; i + 18 < lo; i += 16) {
      __m128i v = _mm_or_si128(
        _mm_loadu_si128((const __m128i *)(const void *)(r->p + i)), k20);
      __m128i w = _mm_or_si128(
        _mm_loadu_si128((const __m128i *)(const void *)(r->p + i + 1)), k20);
      __m128i o = _mm_cmpeq_epi8(w, co);
      __m128i hit = _mm_or_si128(
        _mm_and_si128(_mm_cmpeq_epi8(v, b),
                      _mm_or_si128(o, _mm_cmpeq_epi8(w, ci))),
        _mm_and_si128(_mm_cmpeq_epi8(v, d), o));
      if(_mm_movemask_epi8(hit))
        return 1;
    }
  }
#endif
  for(; i + 2 < lo; i++) {
    int a, b;
    if(!bd[r->p[i]])
      continue;
    a = zd_tolower(r->p[i]);
    b = zd_tolower(r->p[i + 1]);
    if((a == 'b' && (b == 'i' || b == 'o')) || (a == 'd' && b == 'o'))
      return 1;
  }
  return 0;
}

/* A mask of the bytes of p[0..16) that may end a sentence (ender[]). */
#if defined(__SSE2__)
static inline unsigned ender_mask(const unsigned char *p)
{
  __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(
    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                 _mm_cmpeq_epi8(v, _mm_set1_epi8('.'))),
    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')),
                 _mm_cmpeq_epi8(v, _mm_set1_epi8('?')))));
}
#endif

double zd_date_score(const struct zd_scan_run *r, size_t start, size_t end)
{
  struct zd_ctx cx;
  size_t lo = start > ZD_CTX_BEFORE ? start - ZD_CTX_BEFORE : 0;
  size_t hi = end + ZD_CTX_AFTER < r->len ? end + ZD_CTX_AFTER : r->len;
  size_t i = start;
  int found = 0;
#if defined(__SSE2__)
  /* back from the start sixteen bytes a step to the bytes that may end a
   * sentence, the nearest first (as the byte loop below) */
  while(!found && i >= lo + 16) {
    for(unsigned m = ender_mask(r->p + i - 16); m && !found;) {
      unsigned b = 31u - (unsigned)__builtin_clz(m);
      if(sentence_end_at(r, i - 16 + b)) {
        lo = i - 16 + b + 1;
        found = 1;
      }
      m &= ~(1u << b);
    }
    if(!found)
      i -= 16;
  }
#endif
  for(; !found && i > lo; i--)
    if(ender[r->p[i - 1]] && sentence_end_at(r, i - 1)) {
      lo = i;
      break;
    }
  i = end;
#if defined(__SSE2__)
  /* on from the end to the first byte that may end a sentence */
  for(; i + 16 <= hi; i += 16) {
    unsigned m = ender_mask(r->p + i);
    if(m) {
      i += (size_t)__builtin_ctz(m);
      break;
    }
  }
#endif
  for(; i < hi; i++)
    if(ender[r->p[i]] && sentence_end_at(r, i)) {
      /* a record line goes on to the next line ("Date: …\nName: …") */
      if(r->p[i] != '\n' || !record_line(r, start))
        hi = i;
      break;
    }
  zd_ctx_get(r, start, end, start - lo, hi - end, &cx);
  /* "Lind, Chris, b. 11.12.19", "(b. 5/4/21)": born, abbreviated, after
   * a comma or parenthesis ("Plan b. May 20" is no birth) */
  if(start >= 4 && r->p[start - 1] == ' ' && r->p[start - 2] == '.' &&
     zd_tolower(r->p[start - 3]) == 'b' &&
     (r->p[start - 4] == '(' ||
      (start >= 5 && r->p[start - 4] == ' ' && r->p[start - 5] == ',')))
    cx.pos |= 1u << ZD_SCAN_DATE;
  if(!(cx.pos & (1u << ZD_SCAN_DATE)) && lo > 0 && r->p[lo - 1] != '\n' &&
     birth_word_before(r, lo)) {
    /* a birth word in the sentence before, on the same line */
    struct zd_ctx prev;
    size_t plo = start > ZD_CTX_BEFORE ? start - ZD_CTX_BEFORE : 0;
    for(size_t k = lo; k > plo; k--)
      if(r->p[k - 1] == '\n') {
        plo = k;
        break;
      }
    zd_ctx_get(r, lo, lo, lo - plo, 0, &prev);
    if(prev.pos & ZD_CTX_BIRTH)
      cx.pos |= 1u << ZD_SCAN_DATE;
  }
  return zd_ctx_score(&cx, ZD_SCAN_DATE, 0.3, 0.6, 0.35);
}

/* Raises a date left below the threshold for want of a cue when a name,
 * a place, an age over 89 or a person's record, plan, Medicare or social
 * security number stands in its sentence: "Like Anna S., came in on Oct
 * 3", "MRN 0012345 seen 3/4". Called once per window, before
 * resolution. */
static int by_key(const void *a, const void *b)
{
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Whether candidate 'o' raises date 'd': beside it, in its sentence. */
static int raises(const struct zd_scan_run *r, const struct zd_cand *d,
                  const struct zd_cand *o)
{
  size_t a, b;
  if(o->start < d->end && d->start < o->end)
    return 0;
  a = o->end <= d->start ? o->end : d->end;
  b = o->end <= d->start ? d->start : o->start;
  return b >= a && b - a <= 120 && zd_same_sentence(r, a, b);
}

void zd_date_link(struct zd_scan_run *r)
{
  size_t no = 0, ndates = 0;
  /* The names, places and ages that can raise a date, by start; then
   * each low date against its neighbours there. */
  for(size_t k = 0; k < r->ncand; k++) {
    const struct zd_cand *o = &r->cand[k];
    if(o->type == ZD_SCAN_DATE && o->conf >= 0.15f && o->conf < 0.6f)
      ndates++;
    else if((o->type == ZD_SCAN_PERSON_NAME || o->type == ZD_SCAN_LOCATION ||
             o->type == ZD_SCAN_AGE_OVER_89 ||
             o->type == ZD_SCAN_MEDICAL_RECORD_NUMBER ||
             o->type == ZD_SCAN_HEALTH_PLAN_ID || o->type == ZD_SCAN_US_MBI ||
             o->type == ZD_SCAN_US_SSN) && o->conf >= 0.4f) {
      if(no == r->caplink) {
        r->caplink = r->caplink ? r->caplink * 2 : 256;
        r->link = zd_realloc(r->link, r->caplink * sizeof(*r->link));
      }
      r->link[no++] = (uint64_t)o->start << 32 | k;
    }
  }
  if(!no || !ndates)
    return;
  qsort(r->link, no, sizeof(*r->link), by_key);
  for(size_t i = 0; i < r->ncand; i++) {
    struct zd_cand *d = &r->cand[i];
    size_t lo = 0, hi = no;
    if(d->type != ZD_SCAN_DATE || d->conf < 0.15f || d->conf >= 0.6f)
      continue;
    while(lo < hi) {   /* the first starting at or after the date */
      size_t mid = (lo + hi) / 2;
      if((r->link[mid] >> 32) < d->start)
        lo = mid + 1;
      else
        hi = mid;
    }
    for(size_t k = lo >= 2 ? lo - 2 : 0; k < lo + 2 && k < no; k++)
      if(raises(r, d, &r->cand[(uint32_t)r->link[k]])) {
        d->conf = d->conf + 0.35f > 0.8f ? 0.8f : d->conf + 0.35f;
        d->cue = ZD_SCAN_CUE_DATE_LINK;
        break;
      }
  }
}

/* An age over 89 at the digits [s, e): "93-year-old", "94 yo", "91y/o",
 * "aged 92". Returns 1 when one was recorded. */
int zd_read_age(struct zd_scan_run *r, size_t s, size_t e)
{
  static const char *const after[] = {
    "-year-old", " year old", " year-old", "-yr-old", " yr old", " yo",
    "yo", " y/o", "y/o", " y.o.", " years old", "-years-old", " yrs old",
    " year old", NULL
  };
  int age = 0;
  size_t end = 0;
  if(e - s < 2 || e - s > 3)
    return 0;
  for(size_t i = s; i < e; i++)
    age = age * 10 + (r->p[i] - '0');
  if(age < 90 || age > 125 || (s > 0 && zd_isword(r->p[s - 1])))
    return 0;
  {
    /* every form has a 'y' right after, after one blank or dash, or
     * "age" before */
    int c = zd_tolower(zd_at(r, e)), c1 = zd_tolower(zd_at(r, e + 1));
    if(!(c == 'y' || ((c == ' ' || c == '-') && c1 == 'y')) &&
       !(s >= 4 && (zd_tolower(r->p[s - 2]) == 'e' ||
                    zd_tolower(r->p[s - 2]) == 'd' || r->p[s - 2] == ':')))
      return 0;
  }
  for(int k = 0; after[k] && !end; k++) {
    size_t n = strlen(after[k]), j = 0;
    while(j < n && e + j < r->len && zd_tolower(r->p[e + j]) == after[k][j])
      j++;
    if(j == n && !zd_isalnum(zd_at(r, e + n)))
      end = e + n;
  }
  if(!end && !zd_isalnum(zd_at(r, e))) {
    /* "aged 92", "age: 91", "age 90" */
    size_t k = s;
    while(k > 0 && (r->p[k - 1] == ' ' || r->p[k - 1] == ':') && s - k < 3)
      k--;
    if(k >= 3) {
      size_t ws = zd_word_start(r->p, k, 8);
      static const char *const before[] = {"age", "aged", NULL};
      if(zd_word_in(r->p + ws, k - ws, before) && (ws == 0 ||
                                                   !zd_isword(r->p[ws - 1])))
        end = e;
    }
  }
  if(!end)
    return 0;
  zd_scan_add_cue(r, ZD_SCAN_AGE_OVER_89, ZD_SCAN_CUE_AGE, s, end, 0.85);
  zd_name_sweep(r, s, end);
  return 1;
}

static size_t digits(const struct zd_scan_run *r, size_t i, size_t max)
{
  size_t n = 0;
  while(i + n < r->len && zd_isdigit(r->p[i + n]) && n < max)
    n++;
  return n;
}

static int two(const unsigned char *p) { return (p[0] - '0') * 10 + p[1] - '0'; }

size_t zd_date_time_suffix(const struct zd_scan_run *r, size_t end)
{
  size_t i = end, e;
  if(i + 6 > r->len || (r->p[i] != ' ' && r->p[i] != 'T'))
    return end;
  i++;
  if(digits(r, i, 3) != 2 || r->p[i + 2] != ':' || digits(r, i + 3, 3) != 2)
    return end;
  if(two(r->p + i) > 23 || two(r->p + i + 3) > 59)
    return end;
  e = i + 5;
  if(e + 2 < r->len && r->p[e] == ':' && digits(r, e + 1, 3) == 2)
    e += 3;
  if(e + 1 < r->len && r->p[e] == '.' && digits(r, e + 1, 9) > 0)
    e += 1 + digits(r, e + 1, 9);
  if(e < r->len && r->p[e] == 'Z')
    e++;
  else if(e + 5 < r->len && (r->p[e] == '+' || r->p[e] == '-') &&
          digits(r, e + 1, 3) == 2 && r->p[e + 3] == ':')
    e += 6;
  else if(e + 2 < r->len && r->p[e] == ' ' &&
          (r->p[e + 1] == 'A' || r->p[e + 1] == 'P') && r->p[e + 2] == 'M')
    e += 3;
  if(e < r->len && zd_isword(r->p[e]))
    return end;
  return e;
}

/* Day of month at i ("5", "05", "5th"); returns its length or 0. */
static size_t day_at(const struct zd_scan_run *r, size_t i, int *day)
{
  size_t n = digits(r, i, 3), k;
  if(n < 1 || n > 2)
    return 0;
  *day = n == 1 ? r->p[i] - '0' : two(r->p + i);
  if(*day < 1 || *day > 31)
    return 0;
  k = n;
  if(i + k + 1 < r->len) {
    char a = (char)zd_tolower(r->p[i + k]), b = (char)zd_tolower(r->p[i + k + 1]);
    if((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
       (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
      k += 2;
  }
  if(i + k < r->len && zd_isword(r->p[i + k]))
    return 0;
  return k;
}

/* ", 2023" or " 2023" at i; returns its length and sets 'year', or 0. */
static size_t year_at(const struct zd_scan_run *r, size_t i, int *year)
{
  size_t k = 0;
  if(i < r->len && r->p[i] == ',')
    k++;
  while(i + k < r->len && (r->p[i + k] == ' ' || r->p[i + k] == '\t') && k < 4)
    k++;
  if(k == 0 || digits(r, i + k, 5) != 4)
    return 0;
  if(i + k + 4 < r->len && zd_isword(r->p[i + k + 4]))
    return 0;
  *year = two(r->p + i + k) * 100 + two(r->p + i + k + 2);
  return k + 4;
}

static void add_date(struct zd_scan_run *r, size_t s, size_t e, int y,
                     int m, int d)
{
  double conf;
  if(y && d && !zd_valid_date(y, m, d))
    return;
  if(!y && d && !zd_valid_date(2000, m, d))
    return;
  if(y && (y < 1900 || y > 2099))
    return;
  e = zd_date_time_suffix(r, e);
  conf = zd_date_score(r, s, e);
  if(!y || !d)
    conf -= 0.1;   /* month and day, or month and year: weaker */
  zd_scan_add_cue(r, ZD_SCAN_DATE, conf >= 0.5 ? ZD_SCAN_CUE_DATE_WORD : 0, s,
                  e, conf);
  zd_name_sweep(r, s, e);
}

/* 'to' is just past a month's first three letters. Reads "<Month>[.][,]
 * <day>[,] [year]" or "<Month> <year>", else "<day>[th] [of] <Month>[.]
 * [,] [year]". */
void zd_detect_month_date(struct zd_scan_run *r, size_t to, int arg)
{
  size_t ms = to - 3, me = to, s, e, i, n;
  int m, d = 0, y = 0;
  (void)arg;
  if(to <= r->done[ZD_TRIG_MONTH] || (ms > 0 && zd_isword(r->p[ms - 1])))
    return;
  while(me < r->len && zd_isalpha(r->p[me]) && me - ms < 10)
    me++;
  if((me < r->len && zd_isword(r->p[me])) || !(m = month_of(r->p + ms, me - ms)))
    return;
  /* Month first. */
  i = me;
  if(zd_at(r, i) == '.')
    i++;
  if(zd_at(r, i) == ',')
    i++;
  n = 0;
  while((zd_at(r, i + n) == ' ' || zd_at(r, i + n) == '\t') && n < 3)
    n++;
  if(n && zd_isdigit(zd_at(r, i + n))) {
    size_t ds = i + n;
    s = ms;
    if((n = day_at(r, ds, &d)) > 0) {
      e = ds + n;
      e += year_at(r, e, &y);
      r->done[ZD_TRIG_MONTH] = e;
      add_date(r, s, e, y, m, d);
      return;
    }
  }
  /* Day first. "14-Mar-2024" (DD-Mon-YYYY of EHR exports): one dash
   * on both sides, a four-digit year after. */
  i = ms;
  if(i > 1 && r->p[i - 1] == '-' && zd_isdigit(r->p[i - 2])) {
    size_t ye = me + 1;
    int dy = 0;
    s = i - 1;
    while(s > 0 && zd_isdigit(r->p[s - 1]) && i - 1 - s < 3)
      s--;
    if(zd_at(r, me) == '-' && digits(r, ye, 5) == 4 &&
       !zd_isword(zd_at(r, ye + 4)) && !(s > 0 && zd_isword(r->p[s - 1])) &&
       day_at(r, s, &dy) == i - 1 - s) {
      y = two(r->p + ye) * 100 + two(r->p + ye + 2);
      r->done[ZD_TRIG_MONTH] = ye + 4;
      add_date(r, s, ye + 4, y, m, dy);
    }
    return;
  }
  while(i > 0 && (r->p[i - 1] == ' ' || r->p[i - 1] == '\t') && ms - i < 3)
    i--;
  if(i == ms)
    goto month_year;
  if(i >= 2 && zd_tolower(r->p[i - 1]) == 'f' && zd_tolower(r->p[i - 2]) == 'o') {
    i -= 2;
    while(i > 0 && (r->p[i - 1] == ' ' || r->p[i - 1] == '\t'))
      i--;
  }
  if(i >= 2 && zd_isalpha(r->p[i - 1]) && zd_isalpha(r->p[i - 2]))
    i -= 2;   /* ordinal suffix */
  s = i;
  while(s > 0 && zd_isdigit(r->p[s - 1]) && i - s < 3)
    s--;
  if(s == i || (s > 0 && zd_isword(r->p[s - 1])) || !day_at(r, s, &d))
    goto month_year;
  e = me;
  if(zd_at(r, e) == '.')
    e++;
  e += year_at(r, e, &y);
  r->done[ZD_TRIG_MONTH] = e;
  add_date(r, s, e, y, m, d);
  return;
month_year:
  /* "March 2023": month and year only. */
  i = me;
  if(zd_at(r, i) == '.')
    i++;
  if(zd_at(r, i) == ',')
    i++;
  i = i + (zd_at(r, i) == ' ');
  if(i > me && digits(r, i, 5) == 4 && !zd_isword(zd_at(r, i + 4))) {
    y = two(r->p + i) * 100 + two(r->p + i + 2);
    r->done[ZD_TRIG_MONTH] = i + 4;
    add_date(r, ms, i + 4, y, m, 0);
  }
}

/* A word starting at 'ws' (of three letters or more) offered as a month:
 * once, and only after the words offered before it. */
static void offer_month(struct zd_scan_run *r, size_t ws)
{
  int c0, c1, c2;
  if(ws < r->done[ZD_DONE_MONTH_WORD] || ws + 3 > r->len)
    return;
  r->done[ZD_DONE_MONTH_WORD] = ws + 1;
  /* What the trigger's literals were: a month's first three letters. */
  c0 = zd_tolower(r->p[ws]);
  c1 = zd_tolower(r->p[ws + 1]);
  c2 = zd_tolower(r->p[ws + 2]);
  for(int m = 0; m < 12; m++)
    if(months[m][0] == c0 && months[m][1] == c1 && months[m][2] == c2) {
      zd_detect_month_date(r, ws + 3, 0);
      return;
    }
}

/* zd_detect_month_date finds a date only where, before the month, up to
 * three blanks follow a day (1-31, itself followed by two letters of an
 * ordinal, by "of", or both), or where, after it, '.', ',' and up to
 * three blanks precede a day or a four-digit year. So the month is the
 * word just before such digits across [ \t,.], or one of the next two
 * words after a day separated by blanks alone (the second after "of"; a
 * blank run over 64 bytes is not followed). */
void zd_month_near(struct zd_scan_run *r, size_t gs, size_t ge)
{
  const unsigned char *p = r->p;
  size_t j = gs, words = 0;
  int day = ge - gs == 1 ? p[gs] - '0'
          : ge - gs == 2 ? two(p + gs) : 0;
  if((day < 1 || day > 31) && ge - gs != 4)
    return;
  while(j > 0 && gs - j < 5 &&
        (p[j - 1] == ' ' || p[j - 1] == '\t' || p[j - 1] == ',' ||
         p[j - 1] == '.'))
    j--;
  if(j < gs && j > 0 && zd_isalpha(p[j - 1]))
    offer_month(r, zd_word_start(p, j, 16));
  if(day < 1 || day > 31 || (gs > 0 && zd_isword(p[gs - 1])))
    return;
  j = ge;
  while(j < r->len && zd_isalpha(p[j]) && j - ge < 2)
    j++;   /* an ordinal suffix */
  while(words < 2 && j < r->len) {
    size_t b = j;
    while(j < r->len && (p[j] == ' ' || p[j] == '\t') && j - b < 64)
      j++;
    if(j == b || j >= r->len || !zd_isalpha(p[j])) {
      /* "14-Mar-2024": the month right after one dash */
      if(j == ge && j + 4 < r->len && p[j] == '-' && zd_isalpha(p[j + 1]))
        offer_month(r, j + 1);
      return;
    }
    offer_month(r, j);
    words++;
    while(j < r->len && zd_isalpha(p[j]))
      j++;
  }
}

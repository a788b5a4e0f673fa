/* SPDX-License-Identifier: MIT
 * detect_fullname.c — person names with no cue at all, by their shape:
 * two capitalised words ("John Lee", "Caitlyn Schulz") or a first word,
 * an initial and a last word ("Faina D. Yefremova", "Szabina J
 * Gelencsér"), judged by the lexicon (lexicon.h). The cues of
 * detect_name.c find names after titles, roles and relatives; this pass
 * finds the names written bare, anywhere, which Vectorscan's literal
 * triggers cannot reach. It runs once over each block: a 16-byte step
 * finds the capitals after a blank, and only a capitalised word followed
 * by another is looked up.
 *
 * What makes a pair a name (l1, l2: the lexicon classes of the words):
 *   - the first word is a first name of the lexicon and no common word
 *     ("Anna", not "Will", "Grace", "Mark"), and the second a surname of
 *     the lexicon or a word no dictionary lists ("Schulz"), not a proper
 *     noun the dictionary lists that is no name ("Texas", "Christmas");
 *   - a first name that is also a common word ("Mark", "Bill") only with
 *     a surname of the lexicon that is no common word ("Mark Johnson");
 *   - with an initial between them, the first word may also be one no
 *     dictionary lists ("Szabina J Gelencsér"), and so may the last;
 *   - two words no dictionary lists, when one holds a letter outside
 *     ASCII ("Krisztián Szöllösy"): English product names are ASCII.
 * Never: stop words, words with inner capitals ("MyChart"), a pair inside
 * a run of three or more capitalised words that are common words
 * ("Patient Portal Login Help"). The confidence stays under the 0.6 that
 * lets a name raise a date in its sentence (zd_date_link). */
#include "scan/lexicon.h"
#include "scan/scan_int.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define PAIR_CONF 0.55
#define INITIAL_CONF 0.58

/* A capital at p[i]: ASCII, or a UTF-8 Latin-1 capital (C3 80-9E) or a
 * Latin Extended-A one (C4/C5 with an even second byte, as most are). */
static int cap_at(const unsigned char *p, size_t i, size_t hi)
{
  int c = p[i];
  if(zd_isupper(c))
    return 1;
  if(i + 1 >= hi)
    return 0;
  if(c == 0xc3)
    return p[i + 1] >= 0x80 && p[i + 1] <= 0x9e && p[i + 1] != 0x97;
  return (c == 0xc4 || c == 0xc5) && !(p[i + 1] & 1);
}

/* The end of a capitalised name word from i: lower-case letters and
 * UTF-8 bytes after the capital, apostrophes and hyphens between letters
 * ("O'Neill", "Soo-jin"), inner capitals only after Mc/Mac/O' (returns i
 * for "MyChart"). *utf8 is set when it holds a non-ASCII byte. */
static size_t cap_word(const unsigned char *p, size_t i, size_t hi,
                       int *utf8)
{
  size_t e = i + (p[i] >= 0x80 ? 2 : 1);
  *utf8 = p[i] >= 0x80;
  while(e < hi) {
    int c = p[e];
    if(zd_islower(c))
      e++;
    else if(c >= 0x80) {
      *utf8 = 1;
      e++;
    }
    else if(c == '\'' && e + 1 < hi && zd_islower(p[e + 1]) &&
            (e + 2 >= hi || !zd_isalpha(p[e + 2]) ||
             (e + 3 <= hi && zd_islower(p[e + 2]) &&
              (e + 3 == hi || !zd_isalpha(p[e + 3])))))
      break;   /* "Lee's", "I'm", "I'll": the word ends before it */
    else if((c == '\'' || c == '-') && e + 1 < hi && zd_isalpha(p[e + 1]))
      e += 2;
    else if(zd_isupper(c) &&
            ((e - i == 2 && p[i] == 'M' && p[i + 1] == 'c') ||
             (e - i == 3 && p[i] == 'M' && p[i + 1] == 'a' && p[i + 2] == 'c') ||
             (e - i == 2 && p[i + 1] == '\'')))
      e++;
    else
      break;
  }
  if(e < hi && (zd_isupper(p[e]) || zd_isdigit(p[e]) || p[e] == '_'))
    return i;   /* "MyChart", "Office365", "Foo_bar" */
  return e;
}

/* The bytes before s (the start of a word) make it start a sentence or
 * a line: nothing, a line break, or ". ", "! ", "? ", ": " before it. */
static int sentence_start(const unsigned char *p, size_t s)
{
  if(s == 0 || p[s - 1] == '\n')
    return 1;
  if(p[s - 1] != ' ' || s < 2)
    return 0;
  return p[s - 2] == '.' || p[s - 2] == '!' || p[s - 2] == '?' ||
         p[s - 2] == ':' || p[s - 2] == '\n';
}

/* A Title Case heading around the pair [i, e2): the word before it is a
 * capitalised common word that does not start a sentence ("Book An
 * Appointment With Anna Lee"), or the word after it is a capitalised
 * common word that is no name ("Grace Period Policy"). "Producer James
 * Sparks explained" is prose: "Producer" starts its sentence. */
static int heading(const unsigned char *p, size_t len, size_t i, size_t e2)
{
  if(i >= 3 && p[i - 1] == ' ' && zd_isalpha(p[i - 2])) {
    size_t e = i - 1, s = e;
    while(s > 0 && zd_isalpha(p[s - 1]))
      s--;
    if(zd_isupper(p[s]) && e - s >= 2 && !sentence_start(p, s) &&
       ((zd_lex(p + s, e - s) & ZD_LEX_WORD) || zd_name_stop_word(p + s, e - s)))
      return 1;
  }
  if(e2 + 2 < len && p[e2] == ' ' && zd_isupper(p[e2 + 1]) &&
     zd_islower(p[e2 + 2])) {
    size_t s = e2 + 1, e = s + 1;
    unsigned l;
    while(e < len && zd_islower(p[e]))
      e++;
    if(e < len && zd_isalpha(p[e]))
      return 0;
    l = zd_lex(p + s, e - s);
    return (l & ZD_LEX_WORD) && !(l & (ZD_LEX_FIRST | ZD_LEX_LAST));
  }
  return 0;
}

/* A house or street number near the pair: a number before it, or after
 * it, with at most two more capitalised words or particles between
 * ("92 Eusebio Dávila 57", "86 Rua Pedro Pivato 54", "Joaquin Suarez
 * 2906"): a street named after a person. */
static int street_number(const unsigned char *p, size_t len, size_t i,
                         size_t e2)
{
  size_t k = i;
  for(int w = 0; w < 3 && k >= 2 && p[k - 1] == ' '; w++) {
    size_t s = k - 1;
    if(zd_isdigit(p[s - 1]))
      return 1;
    while(s > 0 && p[s - 1] != ' ' && p[s - 1] != '\n' && k - s < 24)
      s--;
    if(s == k - 1 || !(zd_isupper(p[s]) || p[s] >= 0x80 ||
                       zd_islower(p[s])))
      break;
    k = s;
  }
  k = e2;
  for(int w = 0; w < 3 && k + 1 < len && p[k] == ' '; w++) {
    size_t e = k + 1;
    if(zd_isdigit(p[e]))
      return 1;
    while(e < len && p[e] != ' ' && p[e] != '\n' && e - k < 24)
      e++;
    if(!(zd_isupper(p[k + 1]) || p[k + 1] >= 0x80 || zd_islower(p[k + 1])) ||
       (e > k + 1 && (p[e - 1] == ',' || p[e - 1] == '.')))
      break;
    k = e;
  }
  return 0;
}

/* "in", "at", "near", "on" right before: "grew up in Shelly Park". */
static int place_word_before(const unsigned char *p, size_t i)
{
  static const char *const words[] = {"in", "at", "near", "on", "into",
                                      NULL};
  size_t s;
  if(i < 3 || p[i - 1] != ' ')
    return 0;
  s = i - 1;
  while(s > 0 && zd_isalpha(p[s - 1]) && i - 1 - s < 5)
    s--;
  return (s == 0 || !zd_isalpha(p[s - 1])) && zd_word_in(p + s, i - 1 - s, words);
}

/* The pair is all its line holds ("Martin Karlsen" above an address). */
static int alone_on_line(const unsigned char *p, size_t len, size_t i,
                         size_t e2)
{
  size_t k = e2;
  while(k < len && (p[k] == ' ' || p[k] == '\r'))
    k++;
  return (i == 0 || p[i - 1] == '\n') && (k == len || p[k] == '\n');
}

/* Judges the candidate at i (a capital after a blank); returns where the
 * pass goes on. Words may reach past the block, up to the window's end. */
static __attribute__((noinline)) size_t judge(struct zd_scan_run *r, size_t i)
{
  const unsigned char *p = r->p;
  const size_t len = r->len;
  size_t e1, s2, e2;
  unsigned l1, l2;
  int u1, u2, initial = 0;
  e1 = cap_word(p, i, len, &u1);
  if(e1 - i < 2 || e1 - i > 24 || e1 + 3 >= len || p[e1] != ' ')
    return e1 > i ? e1 : i + 1;
  s2 = e1 + 1;
  /* an initial, "D. " or "J " (or "Á "), before the last word */
  if((zd_isupper(p[s2]) && (p[s2 + 1] == '.' || p[s2 + 1] == ' ')) ||
     (cap_at(p, s2, len) && p[s2] >= 0x80 && s2 + 2 < len &&
      (p[s2 + 2] == '.' || p[s2 + 2] == ' '))) {
    size_t n = p[s2] >= 0x80 ? 2 : 1;
    size_t x = s2 + n + (p[s2 + n] == '.');
    if(x >= len || p[x] != ' ' || x + 1 >= len || !cap_at(p, x + 1, len))
      return e1;
    initial = 1;
    s2 = x + 1;
  }
  else if(!cap_at(p, s2, len))
    return e1;
  e2 = cap_word(p, s2, len, &u2);
  if(e2 - s2 < 2 || e2 - s2 > 24 || (e2 < len && zd_isalpha(p[e2])))
    return e1;
  if(zd_name_stop_word(p + i, e1 - i) || zd_name_stop_word(p + s2, e2 - s2))
    return e1;
  l1 = u1 ? 0 : zd_lex(p + i, e1 - i);
  l2 = u2 ? 0 : zd_lex(p + s2, e2 - s2);
  {
    const unsigned known = ZD_LEX_WORD | ZD_LEX_PROPER | ZD_LEX_CITY |
                           ZD_LEX_REGION;
    /* a proper noun the dictionary lists that is no place: a surname
     * after a first name ("Caitlyn Schulz", "Alice Goldberg") */
    int proper2 = (l2 & ZD_LEX_PROPER) && !(l2 & (ZD_LEX_CITY | ZD_LEX_REGION |
                                                  ZD_LEX_WORD));
    int first = (l1 & ZD_LEX_FIRST) != 0;
    int first_only = first && !(l1 & ZD_LEX_WORD);
    int last_only = (l2 & ZD_LEX_LAST) && !(l2 & ZD_LEX_WORD);
    int unknown1 = !(l1 & known) && !first;
    int unknown2 = !(l2 & (known | ZD_LEX_FIRST | ZD_LEX_LAST));
    int surname2 = (l2 & ZD_LEX_LAST) || unknown2;
    /* mid-sentence, or alone on its line: a capital there is the
     * writer's, not the sentence's */
    int placed = !sentence_start(p, i) || alone_on_line(p, len, i, e2);
    int name;
    if(initial)
      name = (first || unknown1) && (surname2 || (l2 & ZD_LEX_FIRST));
    else if(first_only)
      name = (surname2 || proper2) && !((l2 & ZD_LEX_WORD) && place_word_before(p, i));
    else if(first)
      name = last_only || (unknown2 && placed);
    else
      name = unknown1 && (last_only || (unknown2 && (u1 || u2 || placed)));
    if(!name || (heading(p, len, i, e2) && !(first_only && last_only)) ||
       street_number(p, len, i, e2))
      return e1;
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_SHAPE, i, e2,
                    initial ? INITIAL_CONF : PAIR_CONF);
  }
  return e2;
}

/* A capital A-Z that starts a word: first in the window, or after a
 * byte b with (b | 0x2a) == 0x2a: a blank, a line break, '"', '(' or
 * '*' (and a few control bytes). The 16-byte step below tests the same. */
static inline int word_cap(const unsigned char *p, size_t i)
{
  return zd_isupper(p[i]) && (i == 0 || (p[i - 1] | 0x2a) == 0x2a);
}

/* The first candidate in [i, hi), or hi. */
static size_t next_cap(const unsigned char *p, size_t i, size_t hi)
{
  if(i == 0) {
    if(hi > 0 && word_cap(p, 0))
      return 0;
    i = 1;
  }
#if defined(__SSE2__)
  {
    const __m128i bias = _mm_set1_epi8((char)(0x80 - 'A')),
                  lim = _mm_set1_epi8((char)(0x80 + 26)),
                  k2a = _mm_set1_epi8(0x2a);
    while(i + 32 <= hi) {
      __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
      __m128i b0 = _mm_loadu_si128((const __m128i *)(const void *)(p + i - 1));
      __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
      __m128i b1 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 15));
      /* v - 'A' + 0x80 as signed: below -128 + 26 exactly for A-Z */
      __m128i c0 = _mm_cmplt_epi8(_mm_add_epi8(v0, bias), lim);
      __m128i c1 = _mm_cmplt_epi8(_mm_add_epi8(v1, bias), lim);
      __m128i s0 = _mm_cmpeq_epi8(_mm_or_si128(b0, k2a), k2a);
      __m128i s1 = _mm_cmpeq_epi8(_mm_or_si128(b1, k2a), k2a);
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_and_si128(c0, s0)) |
                   (unsigned)_mm_movemask_epi8(_mm_and_si128(c1, s1)) << 16;
      if(m)
        return i + (size_t)__builtin_ctz(m);
      i += 32;
    }
  }
#endif
  while(i < hi && !word_cap(p, i))
    i++;
  return i;
}

size_t zd_scan_fullnames(struct zd_scan_run *r, size_t i, size_t hi)
{
  const unsigned char *p = r->p;
  const size_t len = r->len;
  while((i = next_cap(p, i, hi)) < hi) {
    /* Most capitals start a sentence or stand alone: the plain
     * lower-case letters after one end in something else than a blank
     * and another capital. Only the rest is judged. */
    size_t e = i + 1;
    int c;
    while(e < len && zd_islower(p[e]))
      e++;
    c = e < len ? p[e] : 0;
    if(c == ' ' ? (e + 1 < len && (zd_isupper(p[e + 1]) ||
                                   (p[e + 1] >= 0xc3 && p[e + 1] <= 0xc5)))
                : (c == '\'' || c == '-' || c >= 0x80 || zd_isupper(c)))
      i = judge(r, i);
    else
      i = e;
  }
  return i;
}

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

#include <stdint.h>
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
static int digit_within(const unsigned char *p, size_t from, size_t to)
{
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  size_t k = from;
  for(; k + 8 <= to; k += 8) {
    uint64_t x;
    memcpy(&x, p + k, 8);
    x ^= 0x30 * ones;   /* digits become bytes below 10 */
    if((x - 10 * ones) & ~x & high)
      return 1;
  }
  for(; k < to; k++)
    if(zd_isdigit(p[k]))
      return 1;
  return 0;
}

/* The lower-case words of street names ("Rua do Paseo", "Via dalla
 * Stazione", "rue Descartes", "Gyula utca"); any other lower-case word between a name and a number is
 * prose: "Tomomi Nishiyama lives at 86036 …", "sung by … in 1977". */
static int street_particle(const unsigned char *p, size_t n)
{
  static const char *const words[] = {"de", "da", "do", "del", "della",
    "dalla", "di", "dos", "das", "du", "la", "le", "el", "van", "von",
    "der", "den", "ul", "y", "rue", "rua", "via", "calle", "utca", "ulica",
    NULL};
  return zd_word_in(p, n, words);
}

static int street_number(const unsigned char *p, size_t len, size_t i,
                         size_t e2)
{
  size_t k = i;
  /* the words walked below reach at most 3 x 25 bytes either side: no
   * digit there, no number (8 bytes a step, before any walk) */
  if(!digit_within(p, i > 80 ? i - 80 : 0, i) &&
     !digit_within(p, e2, e2 + 80 < len ? e2 + 80 : len))
    return 0;
  for(int w = 0; w < 3 && k >= 2 && p[k - 1] == ' '; w++) {
    size_t s = k - 1;
    if(zd_isdigit(p[s - 1]))
      return 1;
    while(s > 0 && p[s - 1] != ' ' && p[s - 1] != '\n' && k - s < 24)
      s--;
    if(s == k - 1 || !(zd_isupper(p[s]) || p[s] >= 0x80 ||
                       (zd_islower(p[s]) && street_particle(p + s, k - 1 - s))))
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
    if(!(zd_isupper(p[k + 1]) || p[k + 1] >= 0x80 ||
         (zd_islower(p[k + 1]) && street_particle(p + k + 1, e - k - 1))) ||
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
static void possessive(struct zd_scan_run *r, size_t i, size_t e);

static __attribute__((noinline)) size_t judge(struct zd_scan_run *r, size_t i)
{
  const unsigned char *p = r->p;
  const size_t len = r->len;
  size_t e1, s2, e2;
  unsigned l1, l2;
  int u1, u2, initial = 0;
  e1 = cap_word(p, i, len, &u1);
  if(e1 - i >= 3 && e1 < len && p[e1] == '\'' && !u1)
    possessive(r, i, e1);
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
  /* one lookup each: stop words are a class of the lexicon (words of
   * two or more bytes, as these are; UTF-8 words are in no list) */
  l1 = u1 ? 0 : zd_lex(p + i, e1 - i);
  l2 = u2 ? 0 : zd_lex(p + s2, e2 - s2);
  if((l1 | l2) & ZD_LEX_STOP)
    return e1;
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

/* The lexicon's verdict on one capitalised word standing for a name on
 * its own: 2 a first name that is no common word, place or stop word
 * ("Lucie", not "Will", "Florence", "June"), 1 a surname of the lexicon
 * that is no common word, or a word no list holds ("Wuckert"), 0
 * anything else. */
static int lone_kind(const unsigned char *p, size_t s, size_t e, int utf8)
{
  unsigned l;
  if(e - s < 2 || e - s > 24)
    return 0;
  if(utf8)
    return 1;
  l = zd_lex(p + s, e - s);   /* stop words are a class of it */
  if(l & (ZD_LEX_WORD | ZD_LEX_CITY | ZD_LEX_REGION | ZD_LEX_STOP))
    return 0;
  if(l & ZD_LEX_FIRST)
    return 2;
  if(l & ZD_LEX_LAST)
    return 1;
  return l & ZD_LEX_PROPER ? 0 : 1;   /* "Texas", "Christmas" */
}

#define LONE_CONF 0.52
#define LIST_CONF 0.52
#define INVERTED_CONF 0.56
#define BIRTH_CONF 0.7   /* a cue: the date of birth after the name */

/* The word before s (on its line) is one of 'words' (lower case). */
static int word_before_in(const unsigned char *p, size_t s,
                          const char *const *words)
{
  size_t e, b;
  if(s < 2 || p[s - 1] != ' ')
    return 0;
  e = s - 1;
  b = e;
  while(b > 0 && zd_isalpha(p[b - 1]) && e - b < 8)
    b--;
  return b < e && (b == 0 || !zd_isalpha(p[b - 1])) &&
         zd_word_in(p + b, e - b, words);
}

/* Words before a name that make it something else: an article or an
 * adjective ("an German firm", "new German place"), a place or firm
 * preposition ("from Dolores", "at Jones,
 * Mitchell and Williams", "The Clark, Romero and Hall Organization"). */
static const char *const not_person_before[] = {
  "a", "an", "the", "at", "for", "of", "from", "in", "into", "near", "on",
  "via", "this", "that", "new", "old", "nice", NULL};

/* "Franciska's kid", "Amanda's daughter": a first name of the lexicon
 * that is no common word or place (lone_kind 2), then "'s" and a
 * lower-case word; not after an article or a capitalised word ("the
 * Jensen's", "San Jose's"). */
static void possessive(struct zd_scan_run *r, size_t i, size_t e)
{
  const unsigned char *p = r->p;
  if(e + 4 >= r->len || p[e + 1] != 's' || p[e + 2] != ' ' ||
     !zd_islower(p[e + 3]) || lone_kind(p, i, e, 0) != 2 ||
     (i >= 2 && p[i - 1] == ' ' && zd_isalpha(p[i - 2]) &&
      zd_isupper(p[zd_word_start(p, i - 1, 24)])) ||
     word_before_in(p, i, not_person_before))
    return;
  zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_ALONE, i, e, 0.52);
}

/* What follows a name or a list that makes it a firm or a place: a
 * particle ("Mora de Rubielos", "Rúa do Paseo"), a number ("Leon 66"),
 * "Inc", "LLC", "Group"…, "is a/an" ("… and Coleman is a design
 * agency"), "'s". */
static int not_person_after(const unsigned char *p, size_t len, size_t e)
{
  static const char *const firm[] = {"inc", "llc", "ltd", "llp", "plc",
    "corp", "co", "group", "associates", "partners", "sons", "company",
    "gmbh", "ag", "sa", "pc", NULL};
  static const char *const part[] = {"de", "del", "do", "da", "di", "dos",
    "das", "du", "la", "le", "el", "y", NULL};
  size_t s = e, w;
  if(s < len && p[s] == '\'')
    return 1;
  if(s < len && p[s] == ',')
    s++;
  if(s + 1 >= len || p[s] != ' ')
    return 0;
  s++;
  if(zd_isdigit(p[s]))
    return 1;
  w = s;
  while(w < len && zd_isalpha(p[w]) && w - s < 12)
    w++;
  if(zd_word_in(p + s, w - s, firm) && (w == len || !zd_isalpha(p[w])))
    return 1;
  if(w - s == 3 && !memcmp(p + s, "and", 3) && w + 1 < len && zd_isdigit(p[w + 1]))
    return 1;   /* "return to Eloise and 226 Thomas Avenue" */
  if(zd_islower(p[s]) && zd_word_in(p + s, w - s, part))
    return 1;
  return w - s == 2 && !memcmp(p + s, "is", 2) && w + 2 < len &&
         p[w + 1] == 'a' && (p[w + 2] == ' ' || p[w + 2] == 'n');
}

/* A list of names that starts its line or sentence (not after a colon)
 * and stands alone there, or is followed by a verb in the singular
 * ("Davis, Reynolds and Williamson is the brainchild of …"), is a firm's
 * name. "Care team: Bode, Okuneva and Hintz" is not. */
static int firm_list(const unsigned char *p, size_t len, size_t i, size_t k)
{
  size_t x = k;
  if(x + 4 < len && p[x] == ' ' &&
     (!memcmp(p + x + 1, "is ", 3) || !memcmp(p + x + 1, "was ", 4) ||
      !memcmp(p + x + 1, "has ", 4)))
    return 1;
  if(i >= 2 && p[i - 1] == ' ' && p[i - 2] == ':')
    return 0;
  if(i == 0 || p[i - 1] == '\n' || p[i - 1] == '>' ||
     (i >= 2 && p[i - 1] == ' ' && (p[i - 2] == '>' || p[i - 2] == ',')))
    return 1;
  while(x < len && (p[x] == ' ' || p[x] == '\r' || p[x] == '.'))
    x++;
  return sentence_start(p, i) && (x == len || p[x] == '\n');
}

/* "Dyan van Gijn", "Heidi van der Vlist": a first name, Dutch or German
 * particles and a capitalised surname. Returns the end, or e. */
static size_t particle_name(const unsigned char *p, size_t len, size_t e)
{
  static const char *const part[] = {"van", "von", "der", "den", "ter",
                                     "ten", "zu", NULL};
  size_t k = e, w, n = 0;
  int u;
  while(k + 2 < len && p[k] == ' ' && zd_islower(p[k + 1]) && n < 3) {
    w = k + 1;
    while(w < len && zd_islower(p[w]))
      w++;
    if(!zd_word_in(p + k + 1, w - k - 1, part))
      break;
    k = w;
    n++;
  }
  if(!n || k + 2 >= len || p[k] != ' ' || !cap_at(p, k + 1, len))
    return e;
  w = cap_word(p, k + 1, len, &u);
  return w - (k + 1) >= 2 && (w == len || !zd_isalpha(p[w])) ? w : e;
}

/* Verbs before a capitalised word that only a person can be the subject
 * or object of in prose: "says Bergqvist", "starring Melikov". */
static const char *const reporting[] = {"says", "said", "asked", "told",
  "thanked", "starring", "featuring", "congratulated", "hugged", "married",
  "cried", "shouted", "replied", "wrote", NULL};

/* "Shovda said …", "Keegan had her labs drawn", "Alvir spent a year":
 * a verb only a person does (the SUBJECT trigger of patterns.def, with
 * its blank before it) ends at 'to'; the one capitalised word before it,
 * at a sentence's start, is a person when no list holds it or it is a
 * surname that is no common word (lone_kind 1; a first name of the
 * lexicon is judge_lone's). */
void zd_name_subject(struct zd_scan_run *r, size_t to)
{
  const unsigned char *p = r->p;
  size_t e, i;
  int utf8 = 0;
  if(to < r->len && zd_isalpha(p[to]))
    return;   /* " lives" in " livestock", " came" in " camera" */
  if(to >= 8 && (!memcmp(p + to - 4, " her", 4) || !memcmp(p + to - 4, " his", 4)))
    to -= 4;   /* " had her" */
  e = to;
  while(e > 0 && p[e - 1] != ' ')
    e--;
  if(e < 3 || e > to || to - e > 12)
    return;
  e--;   /* the blank before the verb */
  i = e;
  while(i > 0 && (zd_isalpha(p[i - 1]) || p[i - 1] >= 0x80 || p[i - 1] == '-' ||
                  p[i - 1] == '\''))
    utf8 |= p[--i] >= 0x80;
  if(e - i < 3 || !(cap_at(p, i, r->len)) || !sentence_start(p, i) ||
     lone_kind(p, i, e, utf8) != 1)
    return;
  for(size_t k = i + 1; k < e; k++)
    if(zd_isupper(p[k]))
      return;   /* "MyChart", "ICU" */
  zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_ALONE, i, e,
                  LONE_CONF);
}

/* "… told Lucie that …", "Lucie came back": one first name of the
 * lexicon that is no common word, place or stop word, not in a Title
 * Case heading and not after in/at/near, with a lower-case word, or a
 * sentence's end or a comma, after it. At a sentence's start the next
 * word must be a lower-case one ("Lucie came", not "Lucie."). */
static __attribute__((noinline)) size_t judge_lone(struct zd_scan_run *r,
                                                  size_t i, size_t e)
{
  const unsigned char *p = r->p;
  const size_t len = r->len;
  int c = e < len ? p[e] : 0, start, kind;
  if(e - i < 3)
    return e;
  start = sentence_start(p, i);
  if(c == ' ') {
    if(e + 1 >= len || !zd_islower(p[e + 1]))
      return e;
  }
  else if(start ? !((c == ',' && e + 2 < len && p[e + 1] == ' ' &&
                     zd_islower(p[e + 2])) ||          /* "Bryce, can I …" */
                    (c == ':' && (i == 0 || p[i - 1] == '\n')))  /* "Lisa: …" */
                : !(c == '.' || c == ',' || c == '!' || c == '?' ||
                    c == ';' || c == ')' || c == '\n' || c == ':'))
    return e;
  /* the first-name filter, then one lookup, decide for most words
   * ("The", "This", "Click") */
  if(!zd_lex_maybe_first(p + i, e - i)) {
    /* every verb of 'reporting' ends in d, e, g or s */
    if(!start && c != ':' && c != ';' && c != ')' && i >= 2 &&
       (p[i - 2] == 'd' || p[i - 2] == 'e' || p[i - 2] == 'g' ||
        p[i - 2] == 's') &&
       word_before_in(p, i, reporting) && lone_kind(p, i, e, 0))
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_ALONE, i, e,
                      LONE_CONF);
    return e;
  }
  kind = lone_kind(p, i, e, 0);
  if(kind != 2) {
    /* "says Bergqvist.", "starring Melikov": a surname or an unlisted
     * word after a verb only a person does */
    if(kind && !start && c != ':' && c != ';' && c != ')' &&
       word_before_in(p, i, reporting))
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_ALONE, i, e,
                      LONE_CONF);
    return e;
  }
  if(!start && (heading(p, len, i, e) || place_word_before(p, i)))
    return e;
  if(i >= 2 && p[i - 1] == ' ' && (zd_isupper(p[i - 2]) ||
                                    (zd_isalpha(p[i - 2]) && !start &&
                                     zd_isupper(p[zd_word_start(p, i - 1, 24)]))))
    return e;   /* after a capitalised word: "San Michele", "J Lucie" */
  if(word_before_in(p, i, not_person_before))
    return e;
  {
    size_t pe = particle_name(p, len, e);
    if(pe > e) {
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_SHAPE, i, pe,
                      PAIR_CONF);
      return pe;
    }
  }
  if(not_person_after(p, len, e))
    return e;
  zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_ALONE, i, e,
                  LONE_CONF);
  return e;
}

/* A birth word right after k: "Olson, Deondre (DOB 10/16)", "Boyer,
 * Landen, b. 12/16", "Kunze, Andre born 9.27.22": the way a chart names
 * a patient, "Last, First" and the date of birth. */
static int birth_after(const unsigned char *p, size_t len, size_t k)
{
  size_t x = k;
  if(x < len && p[x] == ',')
    x++;
  if(x >= len || p[x] != ' ')
    return 0;
  x++;
  if(x < len && p[x] == '(')
    x++;
  if(x + 4 > len)
    return 0;
  if((!memcmp(p + x, "DOB", 3) || !memcmp(p + x, "dob", 3) ||
      !memcmp(p + x, "Dob", 3)) && !zd_isalpha(p[x + 3]))
    return 1;
  if(!memcmp(p + x, "b. ", 3) || (x + 5 <= len && !memcmp(p + x, "D.O.B", 5)))
    return 1;
  return x + 5 <= len && (!memcmp(p + x, "born ", 5) || !memcmp(p + x, "Born ", 5));
}

/* After a capitalised word and a comma at i: "Swift, Laisha" (a surname,
 * then a first name of the lexicon and nothing more of the list) or a
 * list of single capitalised words joined by ", ", " and ", " or ", " / "
 * ("Bode, Okuneva and Hintz"): every word a name of the lexicon or a
 * word no list holds, and at least one a name of the lexicon. Returns
 * where the pass goes on. */
static size_t judge_list(struct zd_scan_run *r, size_t i, size_t e1,
                         int *worded)
{
  enum { MAXW = 10 };
  const unsigned char *p = r->p;
  const size_t len = r->len;
  size_t s[MAXW], e[MAXW], k = e1;
  int kind[MAXW], n = 0, named = 0, joined = 0, worded_names = 0, u;
  s[0] = i;
  e[0] = e1;
  kind[0] = lone_kind(p, i, e1, p[i] >= 0x80);
  if(!kind[0])
    return e1;
  n = 1;
  named = kind[0] == 2 || (zd_lex(p + i, e1 - i) & ZD_LEX_LAST);
  while(n < MAXW) {
    size_t x = k;
    int sep = 0;
    if(x + 2 < len && p[x] == ',' && p[x + 1] == ' ')
      x += 2, sep = 1;
    else if(x + 3 < len && p[x] == ' ' && p[x + 1] == '/' && p[x + 2] == ' ')
      x += 3, sep = 2;
    if(x + 4 < len && !memcmp(p + x, "and ", 4))
      x += 4, sep = 3;
    else if(x + 3 < len && !memcmp(p + x, "or ", 3))
      x += 3, sep = 3;
    else if(!sep && x + 5 < len && !memcmp(p + x, " and ", 5))
      x += 5, sep = 3;
    else if(!sep && x + 4 < len && !memcmp(p + x, " or ", 4))
      x += 4, sep = 3;
    if(!sep || !cap_at(p, x, len))
      break;
    e[n] = cap_word(p, x, len, &u);
    if(e[n] - x < 2 || (e[n] < len && (zd_isalpha(p[e[n]]) || p[e[n]] == '\'')))
      break;
    kind[n] = lone_kind(p, x, e[n], u);
    if(!kind[n] && !u && (zd_lex(p + x, e[n] - x) & ZD_LEX_FIRST) &&
       !(zd_lex(p + x, e[n] - x) & (ZD_LEX_STOP | ZD_LEX_CITY | ZD_LEX_REGION)))
      kind[n] = 3, worded_names++;   /* "Amber", "April" among names */
    if(!kind[n]) {
      *worded = 1;   /* "Thomas and Sons", "Smith, Texas": no names */
      return e[n - 1];
    }
    named |= kind[n] == 2 || (zd_lex(p + x, e[n] - x) & ZD_LEX_LAST);
    joined |= sep == 3 || sep == 2;
    s[n] = x;
    k = e[n];
    n++;
    if(sep == 3)
      break;   /* "… and Hintz" ends it */
  }
  /* "Last, First (DOB …)": a surname or a word no list holds, then a
   * first name (a common word too: "Christiansen, Reed born …") */
  if(n == 2 && !joined && birth_after(p, len, k) &&
     !word_before_in(p, i, not_person_before) &&
     !(k + 2 < len && p[k] == ' ' && zd_isupper(p[k + 1]))) {
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_LIST, s[0], e[1],
                    BIRTH_CONF);
    return e[1];
  }
  if(n < 2 || !named || worded_names * 2 >= n)
    return e1;
  /* the list must not go on as Title Case words ("Smith, Jones Ltd"),
   * nor be a firm's or a place's ("at Jones, Mitchell and Williams") */
  if((k + 2 < len && p[k] == ' ' && zd_isupper(p[k + 1])) ||
     word_before_in(p, i, not_person_before) || not_person_after(p, len, k) ||
     (joined && firm_list(p, len, i, k))) {
    *worded = 1;
    return k;
  }
  if(n == 2 && !joined) {
    /* "Swift, Laisha": a surname or an unlisted word, then a first name */
    if(kind[1] != 2 || (kind[0] == 2 && !(zd_lex(p + i, e1 - i) & ZD_LEX_LAST) &&
                        !(p[i] >= 0x80)))
      return e1;
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_LIST, s[0], e[1],
                    INVERTED_CONF);
    return e[1];
  }
  if(!joined)
    return e1;
  for(int w = 0; w < n; w++)
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_NAME_LIST, s[w], e[w],
                    LIST_CONF);
  return k;
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
                  lim = _mm_set1_epi8((char)(0x80 + 26));
    while(i + 32 <= hi) {
      __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
      __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
      /* v - 'A' + 0x80 as signed: below -128 + 26 exactly for A-Z */
      __m128i c0 = _mm_cmplt_epi8(_mm_add_epi8(v0, bias), lim);
      __m128i c1 = _mm_cmplt_epi8(_mm_add_epi8(v1, bias), lim);
      unsigned m = (unsigned)_mm_movemask_epi8(c0) |
                   (unsigned)_mm_movemask_epi8(c1) << 16;
      /* the byte before each capital, one at a time: most capitals
       * start a word, and capitals are a few bytes in a hundred */
      for(; m; m &= m - 1) {
        size_t k = i + (size_t)__builtin_ctz(m);
        if((p[k - 1] | 0x2a) == 0x2a)
          return k;
      }
      i += 32;
    }
  }
#endif
  while(i < hi && !word_cap(p, i))
    i++;
  return i;
}

/* The first byte in [e, len) that is neither a-z nor 0x80 or above, or
 * len: sixteen bytes a step while they lie inside the window. */
static size_t lower_end(const unsigned char *p, size_t e, size_t len)
{
#if defined(__SSE2__)
  const __m128i bias = _mm_set1_epi8((char)(0x80 - 'a')),
                lim = _mm_set1_epi8((char)(0x80 + 26)),
                zero = _mm_setzero_si128();
  while(e + 16 <= len) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + e));
    /* v - 'a' + 0x80 as signed: below -128 + 26 exactly for a-z; bytes
     * of 0x80 and above are negative as signed */
    __m128i ok = _mm_or_si128(_mm_cmplt_epi8(_mm_add_epi8(v, bias), lim),
                              _mm_cmplt_epi8(v, zero));
    unsigned m = (unsigned)_mm_movemask_epi8(ok) ^ 0xffffu;
    if(m)
      return e + (size_t)__builtin_ctz(m);
    e += 16;
  }
#endif
  while(e < len && (zd_islower(p[e]) || p[e] >= 0x80))
    e++;
  return e;
}

size_t zd_scan_fullnames(struct zd_scan_run *r, size_t i, size_t hi)
{
  const unsigned char *p = r->p;
  const size_t len = r->len;
  while((i = next_cap(p, i, hi)) < hi) {
    /* Most capitals start a sentence or stand alone: the plain
     * lower-case letters after one end in something else than a blank
     * and another capital. Only the rest is judged. */
    size_t e = lower_end(p, i + 1, len);   /* UTF-8 letters too: "Kónya" */
    int c;
    c = e < len ? p[e] : 0;
    if(c == ' ' ? (e + 1 < len && (zd_isupper(p[e + 1]) ||
                                   (p[e + 1] >= 0xc3 && p[e + 1] <= 0xc5)))
                : (c == '\'' || c == '-' || c >= 0x80 || zd_isupper(c)))
      i = judge(r, i);
    else if(c == ',' || (c == ' ' && e + 5 < len &&
                         (!memcmp(p + e, " and ", 5) || !memcmp(p + e, " or ", 4) ||
                          !memcmp(p + e, " / ", 3)))) {
      /* "Swift, Laisha", "Bode, Okuneva and Hintz"; else the word alone */
      size_t n = r->ncand;
      int worded = 0;
      size_t at = judge_list(r, i, e, &worded);
      i = r->ncand > n || worded ? at : judge_lone(r, i, e);
    }
    else if(e - i >= 3 &&
            (zd_lex_maybe_first(p + i, e - i) ||
             (i >= 2 && p[i - 1] == ' ' && (p[i - 2] == 'd' || p[i - 2] == 'e' ||
                                            p[i - 2] == 'g' || p[i - 2] == 's'))))
      i = judge_lone(r, i, e);   /* a first name, or after "says" … */
    else
      i = e;
  }
  return i;
}

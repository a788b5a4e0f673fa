/* SPDX-License-Identifier: MIT
 * detect_name.c — person names, found where a cue says a name comes (or
 * came): titles in any case with or without a dot, "Dear …",
 * "Name:"/"Patient:" labels, "my name is …", sign-offs, greetings,
 * relatives ("my son", "Husband Rich", "DTR PHILOMENA"), clinical verbs
 * and roles ("seen by", "house staff", "RN"), a clinician's credentials;
 * and, with no cue, a first name from the lexicon followed by an initial
 * or a surname ("Anna S.", "John Lee") in a sentence that holds other
 * PHI (zd_name_sweep). Words after a cue are judged by their shape and
 * the lexicon (lexicon.h): "MS INTACT", "MR murmur", "called Triggers"
 * and "Patient Summary" are no names. */
#include "scan/lexicon.h"
#include "scan/scan_int.h"

#include <stdlib.h>
#include <string.h>

/* Capitalised words that follow cues but are not names (stopwords.h),
 * a class of the lexicon: one hash and a probe or two. One-letter ones
 * are the lexicon's gap. */
static int stop_word(const unsigned char *p, size_t n)
{
  if(n == 1) {
    int c = zd_tolower(p[0]);
    return c == 'i' || c == 'n' || c == 'a' || c == 's';
  }
  return n && zd_isalpha(p[0]) && (zd_lex(p, n) & ZD_LEX_STOP);
}

int zd_name_stop_word(const unsigned char *p, size_t n)
{
  return stop_word(p, n);
}

static int particle(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "van", "von", "de", "der", "den", "da", "del", "della", "di", "du",
    "la", "le", "al", "bin", "ibn", "ben", "st", "mac", "y", NULL
  };
  return zd_islower(p[0]) && zd_word_in(p, n, words);
}

static int honorific(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", NULL
  };
  return zd_word_in(p, n, words);
}

/* How the words after a cue are judged (looks_like_name). */
enum judge {
  J_LABEL,   /* after "Name:": any word of letters */
  J_KEY,     /* after a config key ("  name: …", "name=…"): words that
              * can be names (no common words, "name: web", "name: Build") */
  J_TITLE,   /* after "Dr."/"my son": capitalised words; lower-case and
              * ALL-CAPS ones only when they look like names */
  J_STRICT   /* after a verb or role: every word must look like a name */
};
/* The shape of a word. */
enum { SH_CAP = 1, SH_UPPER, SH_LOWER };

static int shape_of(const unsigned char *p, size_t n)
{
  int up = 0, low = 0;
  for(size_t i = 0; i < n; i++) {
    up += zd_isupper(p[i]);
    low += zd_islower(p[i]) || p[i] >= 0x80;
  }
  if(p[0] >= 0xc0)
    return SH_CAP;   /* a UTF-8 letter first: taken as a capital */
  if(!up)
    return SH_LOWER;
  if(!low)
    return SH_UPPER;
  return zd_isupper(p[0]) || p[0] >= 0xc0 ? SH_CAP : SH_LOWER;
}

/* A lower-case word after a config key (J_KEY: "name: mary souza").
 * YAML and config files name everything ("name: my-secret", "name: web",
 * "name: db-user-pass"), so it must be a name of the lexicon, or an
 * unlisted word after one; hyphenated, every part a name
 * ("mary-jane"). */
static int lower_after_label(const unsigned char *p, size_t n, int first)
{
  unsigned lex;
  if(memchr(p, '-', n)) {
    for(size_t i = 0; i <= n;) {
      const unsigned char *d = memchr(p + i, '-', n - i);
      size_t e = d ? (size_t)(d - p) : n;
      if(e == i || !(zd_lex(p + i, e - i) & (ZD_LEX_FIRST | ZD_LEX_LAST)))
        return 0;
      i = e + 1;
    }
    return 1;
  }
  lex = zd_lex(p, n);
  if(lex & (ZD_LEX_FIRST | ZD_LEX_LAST))
    return 1;
  return !(lex & ZD_LEX_WORD) && !first;
}

/* Whether p[0..n) can be a word of a name under 'j' ('first': the name's
 * first word). A name in the lexicon always can; a common word (listed
 * in lower case) only as a capitalised word after a title or a label. */
static int looks_like_name(const unsigned char *p, size_t n, enum judge j,
                           int first)
{
  unsigned lex;
  int sh;
  if(stop_word(p, n))
    return 0;
  sh = shape_of(p, n);
  if(j == J_LABEL)
    return 1;        /* "Name: Anna Lee", "PATIENT: RIZZO" */
  if(j == J_KEY && sh == SH_LOWER)
    return lower_after_label(p, n, first);
  /* J_KEY's capitalised words as J_STRICT's: "name: Build and test" */
  lex = zd_lex(p, n);
  if(lex & (ZD_LEX_FIRST | ZD_LEX_LAST))
    return 1;
  if(lex & ZD_LEX_WORD)
    return sh == SH_CAP && j == J_TITLE;
  if(sh == SH_LOWER)
    return !first;   /* "mary souza": an unknown word after a name */
  if(sh == SH_UPPER)
    return n >= 4;   /* "RIZZO", not "SSN", "ICU" */
  return 1;          /* unknown capitalised: "Rizzo" */
}

/* "HOUSE STAFF anselm brennan": after a role, two lower-case words no
 * dictionary lists (or a surname of the lexicon second) are a name. */
static int lower_pair(const struct zd_scan_run *r, size_t i, size_t e)
{
  size_t x = e + 1, xe = x;
  unsigned l1 = zd_lex(r->p + i, e - i), l2;
  if(shape_of(r->p + i, e - i) != SH_LOWER || (l1 & ZD_LEX_WORD) ||
     zd_at(r, e) != ' ')
    return 0;
  while(xe < r->len && zd_islower(r->p[xe]))
    xe++;
  if(xe - x < 2 || zd_isalpha(zd_at(r, xe)) || stop_word(r->p + x, xe - x))
    return 0;
  l2 = zd_lex(r->p + x, xe - x);
  return (l2 & ZD_LEX_LAST) || !(l2 & ZD_LEX_WORD);
}

/* A name word from 'i': letters, apostrophes and hyphens; UTF-8 letters
 * count. Returns its end, or 'i' when there is none. */
static size_t name_word(const struct zd_scan_run *r, size_t i)
{
  size_t e = i;
  int c = zd_at(r, i);
  if(!(zd_isalpha(c) || c >= 0xc0))
    return i;
  e++;
  while(e < r->len && (zd_isalpha(r->p[e]) || r->p[e] >= 0x80 ||
                       ((r->p[e] == '\'' || r->p[e] == '-') &&
                        e + 1 < r->len && zd_isalpha(r->p[e + 1]))))
    e++;
  if(e < r->len && zd_isdigit(r->p[e]))
    return i;
  return e;
}

/* Up to four words of a name from 's' on the same line, judged by 'j':
 * words of the first word's shape, initials ("J."), particles ("van
 * der"). Returns the end, or 's'. */
static size_t name_from(const struct zd_scan_run *r, size_t s, enum judge j,
                        int *nwords)
{
  size_t i = s, end = s;
  int words = 0, shape = 0, initial0 = 0;
  while(words < 4) {
    size_t e = name_word(r, i);
    if(e == i)
      break;
    if(words && shape == SH_CAP && particle(r->p + i, e - i)) {
      /* particles between two capitalised words: "van der Berg" */
      size_t k = e;
      while(zd_at(r, k) == ' ') {
        size_t ke = name_word(r, k + 1);
        if(ke > k + 1 && particle(r->p + k + 1, ke - k - 1)) {
          k = ke;
          continue;
        }
        break;
      }
      if(zd_at(r, k) == ' ' && zd_isupper(zd_at(r, k + 1))) {
        i = k + 1;
        continue;
      }
      break;
    }
    if(e - i == 1) {
      /* A one-letter word is a name only as an initial: "J." or "R Montez". */
      if(!zd_isupper(r->p[i]) ||
         !(zd_at(r, e) == '.' ||
           (zd_at(r, e) == ' ' && zd_isupper(zd_at(r, e + 1)))))
        break;
      /* after a cue an initial starts a name only as "K. Kuhn" */
      if(!words && j != J_LABEL && j != J_KEY &&
         (zd_at(r, e) != '.' || zd_at(r, e + 1) != ' '))
        break;
      initial0 |= !words;
    }
    else {
      int sh = shape_of(r->p + i, e - i);
      if(shape && sh != shape && !(shape == SH_UPPER && sh == SH_CAP))
        break;
      /* after an initial, a capitalised common word is a surname as after
       * a title ("RN: J. Swift", "H. Block") */
      if(!looks_like_name(r->p + i, e - i,
                          initial0 && j == J_STRICT ? J_TITLE : j, !words) &&
         !(!words && j != J_LABEL && j != J_KEY && lower_pair(r, i, e)))
        break;
      if(!shape)
        shape = sh;
    }
    words++;
    end = e;
    if(zd_at(r, e) == '.' && e - i == 1)
      end = ++e;   /* initial */
    if(zd_at(r, e) != ' ' || !(zd_isalpha(zd_at(r, e + 1)) ||
                               zd_at(r, e + 1) >= 0xc0))
      break;
    i = e + 1;
  }
  if(words == 1 && initial0 && j != J_LABEL && j != J_KEY)
    words = 0, end = s;   /* "RN: K." alone is no name */
  *nwords = words;
  return end;
}

static void add_name(struct zd_scan_run *r, size_t s, enum judge j,
                     double conf, unsigned cue)
{
  int words = 0;
  size_t e;
  /* Skip an honorific after the cue ("Dear Dr. Smith", "seen by dr
   * Lee"): the name after it is judged as after a title. */
  {
    size_t h = s;
    while(h < r->len && zd_isalpha(r->p[h]))
      h++;
    if(h > s && honorific(r->p + s, h - s)) {
      if(zd_at(r, h) == '.')
        h++;
      while(zd_at(r, h) == ' ')
        h++;
      s = h;
      if(j == J_STRICT)
        j = J_TITLE;
    }
  }
  e = name_from(r, s, j, &words);
  if(!words)
    return;
  zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, cue, s, e, conf);
}

/* Words of a name ending right before 'e' (for cues after a name). */
static size_t name_before(const struct zd_scan_run *r, size_t e, int *nwords)
{
  size_t s = e;
  int words = 0;
  while(words < 3) {
    size_t ws = s;
    while(ws > 0 && (zd_isalpha(r->p[ws - 1]) || r->p[ws - 1] >= 0x80 ||
                     r->p[ws - 1] == '\'' || r->p[ws - 1] == '-'))
      ws--;
    if(ws == s || !(zd_isupper(r->p[ws]) || r->p[ws] >= 0xc0) ||
       !looks_like_name(r->p + ws, s - ws, J_TITLE, 0))
      break;
    words++;
    s = ws;
    if(s < 2 || r->p[s - 1] != ' ')
      break;
    s--;
    if(!zd_isalpha(r->p[s - 1]) && r->p[s - 1] < 0x80) {
      s++;
      break;
    }
  }
  while(s < e && r->p[s] == ' ')
    s++;
  *nwords = words;
  return s;
}

/* Spaces and tabs from i (at most 'max'); returns the first other byte. */
static size_t skip_blank(const struct zd_scan_run *r, size_t i, size_t max)
{
  size_t k = i;
  while(k < r->len && (r->p[k] == ' ' || r->p[k] == '\t') && k - i < max)
    k++;
  return k;
}

/* The literals of each word cue of patterns.def (CUE_HONORIFIC ...
 * CUE_RELATIVE, in ZD_CUE_* order), lower case. A cue counts only when
 * one of them ends at the trigger's end with no word byte before it or
 * after it: Vectorscan reports where a literal ends, not whether it
 * began a word, so "ms" fires at the end of "arms" and "Systems". */
struct lit {
  const char *s;
  size_t n;
};
#define L(x) {x, sizeof(x) - 1}
static const struct lit cue_literals[][52] = {
  {L("mr"), L("mrs"), L("ms"), L("miss"), L("mx"), L("dr"), L("prof"), {NULL, 0}},
  {L("dear"), {NULL, 0}},
  {L("name"), L("names"), L("patient"), L("requester"), L("caller"), L("guardian"), L("client"),
   L("resident"), L("from"), L("signed"), L("member"), {NULL, 0}},
  {L("regards"), L("sincerely"), L("thanks"), L("thank you"), L("cheers"), L("best"),
   L("best wishes"), L("respectfully"), L("cordially"), L("warmly"), L("so much"), {NULL, 0}},
  {L("hi"), L("hello"), L("hey"), L("good morning"), L("good afternoon"), {NULL, 0}},
  {L("son"), L("daughter"), L("wife"), L("husband"), L("mother"), L("father"), L("mom"), L("dad"),
   L("brother"), L("sister"), L("child"), L("grandson"), L("granddaughter"), L("grandmother"),
   L("grandfather"), L("partner"), L("dtr"), L("niece"), L("nephew"), L("aunt"), L("uncle"),
   L("spouse"), L("fiance"), L("fiancee"), L("girlfriend"), L("boyfriend"), L("stepson"),
   L("stepdaughter"), L("cousin"), L("caregiver"), L("bro"), L("sis"), L("grandma"),
   L("grandpa"), {NULL, 0}},
  {{NULL, 0}},   /* CUE_CREDENTIAL: not a word */
  {L("seen by"), L("referred by"), L("followed by"), L("treated by"), L("evaluated by"),
   L("examined by"), L("managed by"), L("visited by"), L("spoke with"), L("spoke to"),
   L("talked to"), L("talked with"), L("discussed with"), L("discussion with"),
   L("met with"), L("left vm for"), L("left message for"), L("called"), L("paged"),
   L("house staff"), L("house officer"), L("attending"), L("nurse"),
   L("surgeon"), L("pcp"), L("hcp"), L("consulted"), L("notified"), L("follow up with"),
   L("followed up with"), L("spoke w/"), L("met w/"), L("aware"),
   /* labels naming a team (team_list); each literal ending in "s:" cost
    * 0.1-0.2% of the sparse corpus (FDR buckets on the last bytes) */
   L("team:"), L("covering:"), L("coverage:"), L("staff:"), {NULL, 0}},
};

static int cue_whole(const struct zd_scan_run *r, size_t to, int arg)
{
  int last;
  if(arg < 0 || arg >= (int)(sizeof(cue_literals) / sizeof(cue_literals[0])) ||
     zd_isword(zd_at(r, to)) || to == 0)
    return 0;
  last = zd_tolower(r->p[to - 1]);
  for(int i = 0; cue_literals[arg][i].s; i++) {
    const char *l = cue_literals[arg][i].s;
    size_t n = cue_literals[arg][i].n, k = 0;
    if(n > to || l[n - 1] != last)
      continue;
    while(k < n && zd_tolower(r->p[to - n + k]) == l[k])
      k++;
    if(k == n && !(to - n > 0 && zd_isword(r->p[to - n - 1])))
      return 1;
  }
  return 0;
}

/* Whether the label r->p[w..to), its ':' or '=' at k, is a config key: in
 * lower case, and first on its line (after blanks or a YAML list's "- ")
 * or given with '=' ("  name: web", "- name: db-user-pass", "name=web"),
 * not a form's label in prose ("Patient name: rizzo"). */
static int config_key(const struct zd_scan_run *r, size_t w, size_t to,
                      size_t k)
{
  size_t i = w;
  for(size_t x = w; x < to; x++)
    if(!zd_islower(r->p[x]))
      return 0;
  if(r->p[k] == '=')
    return 1;
  while(i > 0 && (r->p[i - 1] == ' ' || r->p[i - 1] == '\t'))
    i--;
  if(i > 0 && r->p[i - 1] == '-')
    for(i--; i > 0 && (r->p[i - 1] == ' ' || r->p[i - 1] == '\t'); i--)
      ;
  return i == 0 || r->p[i - 1] == '\n' || r->p[i - 1] == '\r';
}

static int capital_at(const struct zd_scan_run *r, size_t i)
{
  int c = zd_at(r, i);
  return zd_isupper(c) || (c >= 0xc3 && c <= 0xc5);  /* Latin-1/Ext-A */
}

/* Where the cue's word started stands a sentence or field start: the
 * line's start, or a ':' or sentence end before it. */
static int field_start(const struct zd_scan_run *r, size_t w)
{
  size_t k = w;
  while(k > 0 && (r->p[k - 1] == ' ' || r->p[k - 1] == '\t'))
    k--;
  return k == 0 || r->p[k - 1] == '\n' || r->p[k - 1] == ':' ||
         r->p[k - 1] == '.' || r->p[k - 1] == '!' || r->p[k - 1] == '?' ||
         r->p[k - 1] == '-' || r->p[k - 1] == '(' || r->p[k - 1] == ',';
}

/* A titled name: "Mr. Smith", "Dr Jones", "DR RIZZO", "dr. lee",
 * "MRS. DAWN JESSEN". MS and MR in capitals without a dot are also
 * mental status and mitral regurgitation ("MS INTACT", "MR murmur"):
 * the name after them must look like one. */
static void titled(struct zd_scan_run *r, size_t w, size_t to)
{
  int dot = zd_at(r, to) == '.';
  size_t s = skip_blank(r, to + (size_t)dot, 3);
  enum judge j = J_TITLE;
  if(s == to + (size_t)dot || !(zd_isalpha(zd_at(r, s)) || capital_at(r, s)))
    return;
  if(!dot && to - w == 2 && zd_isupper(r->p[w]) && zd_isupper(r->p[w + 1]) &&
     r->p[w] == 'M' && (r->p[w + 1] == 'S' || r->p[w + 1] == 'R'))
    j = J_STRICT;
  /* "Dr. Smith" is always a title; "dr said" or "MS intact" is not: a
   * lower-case word after a title must look like a name (J_TITLE). */
  add_name(r, s, j, 0.85, ZD_SCAN_CUE_TITLE);
}

/* "Care team: Hand, Stark and Wolf", "COVERING: HAHN / HUDSON": after a
 * label naming a team, names joined by ", ", "and", "&", ";" or "/".
 * Each is judged as after a title (J_TITLE: capitalised common words
 * too, "Hand"), and at least one must pass as after a role (J_STRICT:
 * names of the lexicon, words no list holds, capitals), so "Our team:
 * Tickets, Macros and Triggers" is no list of names. */
static void team_list(struct zd_scan_run *r, size_t to)
{
  enum { MAXN = 12 };
  size_t s = skip_blank(r, to, 3), gs[MAXN], ge[MAXN];
  int n = 0, strict = 0;
  while(n < MAXN) {
    int words = 0, sw = 0;
    size_t e, k;
    if(!(zd_isalpha(zd_at(r, s)) || capital_at(r, s)))
      break;
    e = name_from(r, s, J_TITLE, &words);
    if(!words && zd_islower(zd_at(r, s))) {
      /* "care team: kerluke, langosh and moen": lower-case words of four
       * or more letters that no list holds */
      e = s;
      while(e < r->len && zd_islower(r->p[e]))
        e++;
      if(e - s < 4 || zd_isalpha(zd_at(r, e)) || zd_lex(r->p + s, e - s) ||
         stop_word(r->p + s, e - s))
        break;
      words = sw = 1;
    }
    if(!words)
      break;
    strict += sw || (name_from(r, s, J_STRICT, &sw) == e && sw);
    gs[n] = s;
    ge[n++] = e;
    k = e;
    /* ", RN" after a name: skip a credential in capitals */
    if(zd_at(r, k) == ',' && zd_at(r, k + 1) == ' ' && zd_isupper(zd_at(r, k + 2)) &&
       zd_isupper(zd_at(r, k + 3))) {
      size_t c = k + 2;
      while(c < r->len && (zd_isupper(r->p[c]) || r->p[c] == '-'))
        c++;
      if(c - k - 2 <= 5 && !zd_isalpha(zd_at(r, c)))
        k = c;
    }
    k = skip_blank(r, k, 2);
    if(zd_at(r, k) == ',' || zd_at(r, k) == ';' || zd_at(r, k) == '/' ||
       zd_at(r, k) == '&')
      k = skip_blank(r, k + 1, 2);
    else if(k == e)
      break;
    if((zd_at(r, k) | 0x20) == 'a' && (zd_at(r, k + 1) | 0x20) == 'n' &&
       (zd_at(r, k + 2) | 0x20) == 'd' && zd_at(r, k + 3) == ' ')
      k = skip_blank(r, k + 3, 2);
    else if(k == skip_blank(r, e, 2))
      break;   /* no separator: the list ends */
    s = k;
  }
  if(!strict)
    return;
  for(int x = 0; x < n; x++)
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_TEAM, gs[x], ge[x], 0.7);
}

void zd_role_colon(struct zd_scan_run *r, size_t o)
{
  size_t s = skip_blank(r, o + 1, 3), e = s;
  if(r->p[o] != ':' || (o > 2 && zd_isword(r->p[o - 3])))
    return;   /* "MRN:", "URN:" */
  while(e < r->len && zd_isalpha(r->p[e]))
    e++;
  if(zd_islower(zd_at(r, s)) && (zd_lex(r->p + s, e - s) & ZD_LEX_WORD))
    return;   /* "RN: see note" */
  add_name(r, s, J_STRICT, 0.7, ZD_SCAN_CUE_ROLE);
}

void zd_detect_name(struct zd_scan_run *r, size_t to, int arg)
{
  zd_trigger t = (zd_trigger)(ZD_TRIG_CUE_HONORIFIC + arg);
  size_t w, s, k;
  int words = 0;
  if(to <= r->done[t])
    return;
  r->done[t] = to;
  w = zd_word_start(r->p, to, 16);
  /* Word cues are whole words: not "address" for "dr", "arms." or
   * "Systems" for "ms", "Forms." for "ms". */
  if(arg != ZD_CUE_CREDENTIAL && arg != ZD_CUE_ROLE_ABBR &&
     !cue_whole(r, to, arg))
    return;
  switch(arg) {
  case ZD_CUE_HONORIFIC:
    titled(r, w, to);
    return;
  case ZD_CUE_DEAR:
    s = skip_blank(r, to, 3);
    if(s == to || !capital_at(r, s))
      return;
    add_name(r, s, J_TITLE, 0.85, ZD_SCAN_CUE_DEAR);
    return;
  case ZD_CUE_LABEL: {
    /* "Name: …", "Patient = …", "name is …", "patient John …" */
    if(to - w == 4 && zd_tolower(r->p[w]) == 'f') {
      zd_place_after_from(r, to);   /* "from": a place, not a name */
      return;
    }
    k = skip_blank(r, to, 2);
    if(zd_at(r, k) == ':' || zd_at(r, k) == '=') {
      /* "?name=Home&…": a parameter of a link, where the value must
       * look like a name */
      int param = w > 0 && (r->p[w - 1] == '&' || r->p[w - 1] == '?' ||
                            r->p[w - 1] == ';');
      s = skip_blank(r, k + 1, 8);
      if(zd_isalpha(zd_at(r, s)) || capital_at(r, s))
        add_name(r, s, param ? J_STRICT : config_key(r, w, to, k) ? J_KEY
                                                                  : J_LABEL,
                 0.8, ZD_SCAN_CUE_LABEL);
      return;
    }
    if(zd_at(r, to) == '\'' && zd_at(r, to + 1) == 's')
      k = to + 2;   /* name's */
    else if(k > to) {
      size_t we = k;
      while(we < r->len && zd_isalpha(r->p[we]))
        we++;
      if(!((we - k == 2 && !strncmp((const char *)r->p + k, "is", 2)) ||
           (we - k == 3 && (!strncmp((const char *)r->p + k, "was", 3) ||
                            !strncmp((const char *)r->p + k, "are", 3))))) {
        /* "patient John", "member Ana": a name right after; "Patient
         * Summary", "Patient Population" are headings */
        static const char *const who[] = {"patient", "member", "resident",
                                          NULL};
        if(zd_word_in(r->p + w, to - w, who) &&
           (capital_at(r, k) || zd_islower(zd_at(r, k))))
          add_name(r, k, J_STRICT, 0.8, ZD_SCAN_CUE_LABEL);
        return;
      }
      k = we;
    }
    else
      return;
    /* only after "name": "my name is …" */
    if(to - w < 4 || zd_tolower(r->p[w]) != 'n')
      return;
    s = skip_blank(r, k, 3);
    if(s > k && (zd_isalpha(zd_at(r, s)) || capital_at(r, s)))
      add_name(r, s, J_LABEL, 0.8, ZD_SCAN_CUE_LABEL);
    return;
  }
  case ZD_CUE_SIGNOFF: {
    /* "Regards,\nAnna Lee": the next line is a name if that is all it
     * holds. */
    size_t e, x;
    k = to;
    if(zd_at(r, k) == ',' || zd_at(r, k) == '.' || zd_at(r, k) == '!')
      k++;
    k = skip_blank(r, k, 8);
    if(zd_at(r, k) == '\r')
      k++;
    if(zd_at(r, k) != '\n')
      return;
    s = skip_blank(r, k + 1, 8);
    if(!capital_at(r, s))
      return;
    e = name_from(r, s, J_TITLE, &words);
    if(!words)
      return;
    x = e;
    while(x < r->len && (r->p[x] == ' ' || r->p[x] == ','))
      x++;
    if(x < r->len && r->p[x] != '\n' && r->p[x] != '\r' && words < 2)
      return;
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_SIGNOFF, s, e, 0.7);
    return;
  }
  case ZD_CUE_GREETING: {
    /* "Hi Anna," — one capitalised word, then a comma or '!' */
    size_t e;
    s = skip_blank(r, to, 3);
    if(s == to || !capital_at(r, s))
      return;
    e = s + 1;
    while(e < r->len && (zd_islower(r->p[e]) || r->p[e] >= 0x80) && e - s < 21)
      e++;
    if(e - s < 2 || stop_word(r->p + s, e - s))
      return;
    if(zd_at(r, e) != ',' && zd_at(r, e) != '!') {
      /* "Hi Ruthie -" or "Hey Demond" ending its line: a word no
       * dictionary lists as a common one ("Hello World" is none) */
      size_t x = skip_blank(r, e, 2);
      if(zd_at(r, x) == '-' && x > e)
        x = skip_blank(r, x + 1, 2);
      if(zd_at(r, x) == '\r')
        x++;
      if((x < r->len && zd_at(r, x) != '\n') ||
         (zd_lex(r->p + s, e - s) & ZD_LEX_WORD))
        return;
    }
    zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_GREETING, s, e, 0.6);
    return;
  }
  case ZD_CUE_RELATIVE: {
    /* "my son Liam", "her husband, Omar", "SOCIAL: Husband Rich",
     * "DISCUSSION WITH DTR PHILOMENA" */
    static const char *const poss[] = {"my", "our", "her", "his", "their",
                                       "pt's", "patient's", "s", NULL};
    size_t pe = w, ps;
    enum judge j = J_STRICT;
    if(pe >= 2 && r->p[pe - 1] == ' ') {
      ps = zd_word_start(r->p, pe - 1, 9);
      if(ps > 1 && r->p[ps - 1] == '\'' )
        ps = zd_word_start(r->p, ps - 1, 9);   /* pt's */
      if(zd_word_in(r->p + ps, pe - 1 - ps, poss) ||
         (pe - 1 - ps == 1 && r->p[ps] == 's'))
        j = J_TITLE;
    }
    if(field_start(r, w))
      j = J_TITLE;
    s = to;
    if(zd_at(r, s) == ',')
      s++;
    s = skip_blank(r, s, 3);
    if(s == to || !(capital_at(r, s) || zd_isalpha(zd_at(r, s))))
      return;
    /* lower case ("his daughter emily pottinger", "wife fannie") only
     * as words of the lexicon's names or two words no dictionary lists:
     * "my son called", "wife aware" are no names */
    if(!capital_at(r, s) && j == J_TITLE)
      j = J_STRICT;
    if(zd_islower(zd_at(r, s))) {
      /* "wife skyla at bs": one lower-case word of four or more letters
       * that no list holds (not "wife aware", "son pts", "dtr re:") */
      size_t e = s;
      while(e < r->len && zd_islower(r->p[e]))
        e++;
      if(e - s >= 4 && e - s <= 16 && !zd_isword(zd_at(r, e)) &&
         zd_at(r, e) != '/' && zd_at(r, e) != '\'' && zd_at(r, e) != '-' &&
         !zd_lex(r->p + s, e - s) && !stop_word(r->p + s, e - s)) {
        size_t x = e;
        int nw = 0;
        if(zd_at(r, x) == ' ')
          x = name_from(r, s, j, &nw);   /* "wife skyla brennan" */
        zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_RELATIVE, s,
                        nw > 1 ? x : e, 0.7);
        return;
      }
    }
    add_name(r, s, j, capital_at(r, s) && j == J_TITLE ? 0.8 : 0.7,
             ZD_SCAN_CUE_RELATIVE);
    return;
  }
  case ZD_CUE_ROLE: {
    /* "seen by Dr. John L.", "HOUSE STAFF mary souza AWARE", "RN Jane",
     * "HCP is Fannie", "Attending: Moretti", "md aware (Kuhn)": "aware"
     * only before a name in parentheses */
    int aware = to - w == 5 && zd_tolower(r->p[w]) == 'a', colon = 0;
    if(r->p[to - 1] == ':') {
      team_list(r, to);   /* "Care team:", "covering:" */
      return;
    }
    s = to;
    if(zd_at(r, s) == ':')
      s++, colon = 1;
    s = skip_blank(r, s, 3);
    if(zd_at(r, s) == '(' && s > to)
      s++;
    else if(aware)
      return;
    if((s == to && !colon) || !zd_isalpha(zd_at(r, s)))
      return;
    if(aware && zd_islower(zd_at(r, s))) {
      /* "md aware (gerlach)", not "be aware (see below)" */
      size_t e = s;
      while(e < r->len && zd_isalpha(r->p[e]))
        e++;
      if(zd_lex(r->p + s, e - s) & ZD_LEX_WORD)
        return;
    }
    if((zd_at(r, s) | 0x20) == 'i' && (zd_at(r, s + 1) | 0x20) == 's' &&
       zd_at(r, s + 2) == ' ')
      s = skip_blank(r, s + 2, 3);
    else if((zd_at(r, s) | 0x20) == 'w' && (zd_at(r, s + 1) | 0x20) == 'a' &&
            (zd_at(r, s + 2) | 0x20) == 's' && zd_at(r, s + 3) == ' ')
      s = skip_blank(r, s + 3, 3);
    if(!zd_isalpha(zd_at(r, s)))
      return;
    add_name(r, s, J_STRICT, 0.7, ZD_SCAN_CUE_ROLE);
    return;
  }
  case ZD_CUE_ROLE_ABBR:
    if(r->p[to - 1] != ' ') {
      zd_name_subject(r, to);   /* " said", " had her" (detect_fullname.c) */
      return;
    }
    /* "RN Jane Doe": the literal ends with its space */
    if(to < 3 || (to > 3 && zd_isword(r->p[to - 4])))
      return;
    add_name(r, to, J_STRICT, 0.7, ZD_SCAN_CUE_ROLE);
    return;
  case ZD_CUE_CREDENTIAL: {
    /* "Jane Doe, MD", "JOHN LEE, NP" */
    size_t comma = to;
    if(zd_isword(zd_at(r, to)))
      return;
    while(comma > 0 && r->p[comma - 1] != ',' && to - comma < 8)
      comma--;
    if(!comma || r->p[comma - 1] != ',' || comma < 2 ||
       !zd_isalpha(r->p[comma - 2]))
      return;
    s = name_before(r, comma - 1, &words);
    if(words >= 2)
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_CREDENTIAL, s,
                      comma - 1, 0.75);
    return;
  }
  default:
    return;
  }
}

/* The sweep reads this far around the PHI that called it, within its
 * line. */
#define SWEEP_BEFORE 120
#define SWEEP_AFTER 60

/* The end of a name word at i of the shape 'upper' (ALL CAPS) or
 * capitalised: letters of that case, inner capitals ("McAllister"),
 * apostrophes and hyphens between letters ("O'Neill", "Soo-jin"). */
static size_t sweep_word(const unsigned char *p, size_t i, size_t hi, int upper)
{
  size_t e = i + 1;
  while(e < hi) {
    int c = p[e];
    if(upper ? zd_isupper(c) : zd_isalpha(c))
      e++;
    else if((c == '\'' || c == '-') && e + 1 < hi && zd_isalpha(p[e + 1]))
      e += 2;
    else
      break;
  }
  return e;
}

void zd_name_sweep(struct zd_scan_run *r, size_t s, size_t e)
{
  size_t lo = s > SWEEP_BEFORE ? s - SWEEP_BEFORE : 0;
  size_t hi = e + SWEEP_AFTER < r->len ? e + SWEEP_AFTER : r->len;
  const unsigned char *p = r->p;
  for(size_t k = s; k > lo; k--)
    if(p[k - 1] == '\n') {
      lo = k;
      break;
    }
  for(size_t k = e; k < hi; k++)
    if(p[k] == '\n') {
      hi = k;
      break;
    }
  /* Sweeps come in no fixed order (Vectorscan's triggers of a block,
   * then its digits): skip only a range inside the last one swept. */
  if(lo >= r->done[ZD_DONE_SWEEP_LO] && hi <= r->done[ZD_DONE_SWEEP])
    return;
  if(hi <= lo)
    return;
  r->done[ZD_DONE_SWEEP_LO] = lo;
  r->done[ZD_DONE_SWEEP] = hi;
  for(size_t i = lo; i < hi; i++) {
    size_t we, x, xe;
    unsigned lex, l2;
    int upper;
    /* a capital after a blank or punctuation starts a candidate */
    while(i < hi && !zd_isupper(p[i]))
      i++;
    if(i >= hi)
      break;
    if(i > 0 && zd_isword(p[i - 1]))
      continue;
    upper = zd_isupper(zd_at(r, i + 1));
    we = sweep_word(p, i, hi, upper);
    if(we - i < 2 || zd_isword(zd_at(r, we)) || zd_at(r, we) != ' ') {
      i = we;
      continue;
    }
    lex = zd_lex(p + i, we - i);   /* stop words are a class of it */
    if((!(lex & ZD_LEX_FIRST) && (lex & ZD_LEX_WORD)) || (lex & ZD_LEX_STOP) ||
       (upper && we - i < 4 && !(lex & (ZD_LEX_FIRST | ZD_LEX_LAST)))) {
      i = we;
      continue;   /* neither a first name nor a word no dictionary has;
                   * in capitals, "FAM MTG", "PT SAT" are shorthand */
    }
    /* then an initial: "Anna S.", "Hyacinth M." */
    x = we + 1;
    if(zd_isupper(zd_at(r, x)) && zd_at(r, x + 1) == '.' &&
       !zd_isalpha(zd_at(r, x + 2))) {
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_LEXICON, i, x + 2, 0.65);
      i = x + 1;
      continue;
    }
    /* or a surname: "John Lee", "RAFAEL MARTIN", "Ingrid McAllister";
     * after a word no dictionary lists ("Dmitri"), a surname of the
     * lexicon or another such word */
    if(!zd_isupper(zd_at(r, x)) || (upper && !zd_isupper(zd_at(r, x + 1)))) {
      i = we;
      continue;
    }
    xe = sweep_word(p, x, hi, upper);
    l2 = xe - x >= 2 ? zd_lex(p + x, xe - x) : ZD_LEX_WORD;
    if(xe - x >= 2 && !zd_isalpha(zd_at(r, xe)) && !(l2 & ZD_LEX_STOP) &&
       !(upper && xe - x < 4 && !(l2 & (ZD_LEX_FIRST | ZD_LEX_LAST))) &&
       ((l2 & ZD_LEX_LAST) || !(l2 & ZD_LEX_WORD)) &&
       ((lex & ZD_LEX_FIRST) || (l2 & ZD_LEX_LAST) || !(l2 & ZD_LEX_PROPER))) {
      zd_scan_add_cue(r, ZD_SCAN_PERSON_NAME, ZD_SCAN_CUE_LEXICON, i, xe, 0.6);
      i = xe;
      continue;
    }
    i = we;
  }
}

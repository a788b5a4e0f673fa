/* SPDX-License-Identifier: MIT
 * detect_name.c — person names, found only where a cue says a name comes
 * (or came): honorifics, "Dear …", "Name:"/"Patient:" labels, "my name
 * is …", sign-offs, greetings, relatives, a clinician's credentials. No
 * dictionary of names: capitalised words after (or before) the cue. */
#include "scan/scan_int.h"

#include <string.h>

/* Capitalised words that follow cues but are not names. */
static int stop_word(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "the", "this", "that", "these", "those", "there", "we", "you", "your",
    "i", "it", "its", "our", "my", "he", "she", "they", "his", "her",
    "team", "support", "customer", "customers", "service", "services",
    "thanks", "thank", "regards", "please", "hello", "hi", "hey", "dear",
    "sir", "madam", "all", "everyone", "staff", "admin", "administrator",
    "zendesk", "agent", "agents", "user", "users", "patient", "patients",
    "name", "names", "unknown", "n", "a", "an", "and", "or", "not", "no",
    "yes", "none", "null", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "today", "tomorrow", "yesterday", "again",
    "for", "in", "on", "at", "to", "from", "with", "of", "by", "is",
    "was", "are", "be", "will", "can", "if", "so", "as", "first", "last",
    "full", "new", "care", "health", "account", "billing", "company",
    "organization", "department", "office", "clinic", "hospital",
    "pharmacy", "group", "inc", "llc", "ltd", "corp", "best", "kind",
    "warm", "good", "great", "morning", "afternoon", "evening", "note",
    "notes", "ticket", "request", "subject", "date", "time", "phone",
    "email", "address", "id", "number", "type", "status", "required",
    "field", "value", "here", "what", "when", "where", "who", "how", "why",
    "help", "info", "information", "portal", "center", "centre", "desk",
    "but", "who", "which", "because", "suite", "apt", "unit", "also",
    "just", "calling", "writing", "speaking", "im", "here", "there",
    "would", "like", "need", "want", "has", "had", "have", "did", "does",
    NULL
  };
  return zd_word_in(p, n, words);
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

/* A name word from 'i': a capital (or, with 'lower', any) letter, then
 * letters, apostrophes and hyphens; UTF-8 letters count. Returns its end,
 * or 'i' when there is none. */
static size_t name_word(const struct zd_scan_run *r, size_t i, int lower)
{
  size_t e = i;
  int c = zd_at(r, i);
  if(!(zd_isupper(c) || c >= 0xc0 || (lower && zd_islower(c))))
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

/* Up to four words of a name from 's' on the same line: capitalised
 * words, initials ("J."), particles ("van der"). Returns the end, or 's'. */
static size_t name_from(const struct zd_scan_run *r, size_t s, int lower,
                        int *nwords)
{
  size_t i = s, end = s;
  int words = 0;
  while(words < 4) {
    size_t e = name_word(r, i, lower);
    if(e == i) {
      /* A particle between two capitalised words. */
      size_t pe = i;
      while(pe < r->len && zd_islower(r->p[pe]))
        pe++;
      if(words && pe > i && particle(r->p + i, pe - i) && zd_at(r, pe) == ' ' &&
         name_word(r, pe + 1, 0) > pe + 1) {
        i = pe + 1;
        continue;
      }
      break;
    }
    /* A one-letter word is a name only as an initial: "J." or "R Montez". */
    if(stop_word(r->p + i, e - i) ||
       (e - i == 1 && zd_at(r, e) != '.' &&
        !(words && zd_at(r, e) == ' ' && zd_isupper(zd_at(r, e + 1)))))
      break;
    if(e - i > 1 && zd_isupper(r->p[i + 1]) && e - i > 3) {
      /* ALL CAPS words are headings, unless the cue was a label. */
      int allcaps = 1;
      for(size_t k = i; k < e; k++)
        if(zd_islower(r->p[k]))
          allcaps = 0;
      if(allcaps && !lower)
        break;
    }
    words++;
    end = e;
    if(zd_at(r, e) == '.' && e - i == 1)
      end = ++e;   /* initial */
    if(zd_at(r, e) != ' ' || !(zd_isupper(zd_at(r, e + 1)) ||
                               zd_at(r, e + 1) >= 0xc0 ||
                               zd_islower(zd_at(r, e + 1))))
      break;
    i = e + 1;
  }
  *nwords = words;
  return end;
}

static void add_name(struct zd_scan_run *r, size_t s, int lower, double conf)
{
  int words = 0;
  size_t e;
  /* Skip an honorific after the cue ("Dear Dr. Smith"). */
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
    }
  }
  e = name_from(r, s, lower, &words);
  if(!words)
    return;
  zd_scan_add(r, ZD_SCAN_PERSON_NAME, s, e, conf);
}

/* Capitalised words ending right before 'e' (for cues after a name). */
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
       stop_word(r->p + ws, s - ws))
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
static const char *const cue_literals[][17] = {
  {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", NULL},
  {"dear", NULL},
  {"name", "names", "patient", "requester", "caller", "guardian", "client",
   "resident", "from", "signed", "member", NULL},
  {"regards", "sincerely", "thanks", "thank you", "cheers", "best",
   "best wishes", "respectfully", "cordially", NULL},
  {"hi", "hello", "hey", "good morning", "good afternoon", NULL},
  {"son", "daughter", "wife", "husband", "mother", "father", "mom", "dad",
   "brother", "sister", "child", "grandson", "granddaughter", "grandmother",
   "grandfather", "partner", NULL},
};

static int cue_whole(const struct zd_scan_run *r, size_t to, int arg)
{
  if(arg < 0 || arg >= (int)(sizeof(cue_literals) / sizeof(cue_literals[0])) ||
     zd_isword(zd_at(r, to)))
    return 0;
  for(int i = 0; cue_literals[arg][i]; i++) {
    const char *l = cue_literals[arg][i];
    size_t n = strlen(l), k = 0;
    if(n > to)
      continue;
    while(k < n && zd_tolower(r->p[to - n + k]) == l[k])
      k++;
    if(k == n && !(to - n > 0 && zd_isword(r->p[to - n - 1])))
      return 1;
  }
  return 0;
}

static int capital_at(const struct zd_scan_run *r, size_t i)
{
  int c = zd_at(r, i);
  return zd_isupper(c) || (c >= 0xc3 && c <= 0xc5);  /* Latin-1/Ext-A */
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
  if(arg != ZD_CUE_CREDENTIAL && !cue_whole(r, to, arg))
    return;
  switch(arg) {
  case ZD_CUE_HONORIFIC: {
    /* "Mr. Smith", "Dr Jones", "mrs. dawn jessen" (lower case after a dot) */
    int dot = zd_at(r, to) == '.';
    s = skip_blank(r, to + (size_t)dot, 3);
    if(s == to + (size_t)dot || !(capital_at(r, s) || (dot && zd_islower(zd_at(r, s)))))
      return;
    add_name(r, s, dot, 0.85);
    return;
  }
  case ZD_CUE_DEAR:
    s = skip_blank(r, to, 3);
    if(s == to || !capital_at(r, s))
      return;
    add_name(r, s, 0, 0.85);
    return;
  case ZD_CUE_LABEL: {
    /* "Name: …", "Patient = …", "name is …", "patient John …" */
    k = skip_blank(r, to, 2);
    if(zd_at(r, k) == ':' || zd_at(r, k) == '=') {
      s = skip_blank(r, k + 1, 8);
      if(zd_isalpha(zd_at(r, s)) || capital_at(r, s))
        add_name(r, s, 1, 0.8);
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
        /* "patient John", "member Ana": a capitalised word right after */
        static const char *const who[] = {"patient", "member", "resident",
                                          NULL};
        if(zd_word_in(r->p + w, to - w, who) && capital_at(r, k) &&
           zd_islower(zd_at(r, k + 1)))
          add_name(r, k, 0, 0.8);
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
      add_name(r, s, 1, 0.8);
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
    e = name_from(r, s, 0, &words);
    if(!words)
      return;
    x = e;
    while(x < r->len && (r->p[x] == ' ' || r->p[x] == ','))
      x++;
    if(x < r->len && r->p[x] != '\n' && r->p[x] != '\r' && words < 2)
      return;
    zd_scan_add(r, ZD_SCAN_PERSON_NAME, s, e, 0.7);
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
    if(e - s < 2 || (zd_at(r, e) != ',' && zd_at(r, e) != '!') ||
       stop_word(r->p + s, e - s))
      return;
    zd_scan_add(r, ZD_SCAN_PERSON_NAME, s, e, 0.6);
    return;
  }
  case ZD_CUE_RELATIVE: {
    /* "my son Liam", "her husband, Omar" */
    static const char *const poss[] = {"my", "our", "her", "his", "their", NULL};
    size_t pe = w, ps;
    if(pe < 2 || r->p[pe - 1] != ' ')
      return;
    ps = zd_word_start(r->p, pe - 1, 6);
    if(!zd_word_in(r->p + ps, pe - 1 - ps, poss))
      return;
    s = to;
    if(zd_at(r, s) == ',')
      s++;
    s = skip_blank(r, s, 3);
    if(s == to || !capital_at(r, s))
      return;
    add_name(r, s, 0, 0.8);
    return;
  }
  case ZD_CUE_CREDENTIAL: {
    /* "Jane Doe, MD" */
    size_t comma = to;
    if(zd_isword(zd_at(r, to)))
      return;
    while(comma > 0 && r->p[comma - 1] != ',' && to - comma < 8)
      comma--;
    if(!comma || r->p[comma - 1] != ',' || comma < 2 ||
       !zd_islower(r->p[comma - 2]))
      return;
    s = name_before(r, comma - 1, &words);
    if(words >= 2)
      zd_scan_add(r, ZD_SCAN_PERSON_NAME, s, comma - 1, 0.75);
    return;
  }
  default:
    return;
  }
}

/* SPDX-License-Identifier: MIT
 * detect_place.c — places smaller than a state (Safe Harbor item B) other
 * than street addresses and ZIP codes (detect_address.c, detect_number.c):
 * facility names ("Methodist Hospital", "UCLA Medical Center", "Elm
 * Clinic", "St. Vincent's", "Mt. Sinai", "CALVERT HOSPITAL"), the place
 * after a transfer or home cue ("TRANS TO GH", "lives in Dayton", "is
 * from BALTIMORE"), and a town before a state abbreviation ("Dayton,
 * OH"). Reported as LOCATION. Town names come from the lexicon
 * (lexicon.h: cities, proper nouns) or from the cue itself. */
#include "scan/lexicon.h"
#include "scan/scan_int.h"

#include <string.h>

/* Words that are no part of a place name around the triggers: articles,
 * UI verbs of help-centre text ("Add Clinic", "Select Hospital"), units
 * and services a patient moves between ("TRANS TO ICU", "to CT"). */
static int not_place(const unsigned char *p, size_t n)
{
  static const char *const words[] = {
    "the", "a", "an", "his", "her", "their", "our", "my", "your", "this",
    "that", "these", "each", "any", "every", "all", "no", "other", "new",
    "add", "edit", "manage", "configure", "select", "create", "delete",
    "open", "view", "choose", "set", "update", "search", "find", "list",
    "settings", "default", "primary", "main", "virtual", "online", "per",
    "patient", "patients", "and", "or", "of", "for", "in", "at", "to",
    "from", "with", "by", "on", "is", "was", "icu", "micu", "sicu", "ccu",
    "nicu", "picu", "pacu", "er", "ed", "ct", "mri", "ir", "cath", "lab",
    "floor", "unit", "home", "rehab", "hospice", "bed", "room", "stepdown",
    "tele", "telemetry", "ward", "chair", "bedside", "dialysis", "surgery",
    "radiology", "pt", "snf", "ltc", "ltac", "clinic", "hospital", "us",
    "usa", "here", "there", "today", "tomorrow", "work", "school", "bathroom",
    "pod", "bay", "nursing", "service", "services", "team", "md", "rn",
    "or's", "sleep", "procedure", "x", "xray", "echo", "us", "ultrasound",
    "zendesk", "help", "support", "app", "apps", "admin", "account",
    NULL
  };
  return zd_word_in(p, n, words);
}

static size_t word_end(const struct zd_scan_run *r, size_t i)
{
  size_t e = i;
  while(e < r->len && (zd_isalpha(r->p[e]) || r->p[e] >= 0x80 ||
                       ((r->p[e] == '\'' || r->p[e] == '-' ||
                         r->p[e] == '.' || r->p[e] == '&') &&
                        e + 1 < r->len && zd_isalpha(r->p[e + 1]))))
    e++;
  /* "Vincent's", "Luke's" */
  if(e + 1 < r->len && r->p[e] == '\'' && r->p[e + 1] == 's' &&
     !zd_isword(zd_at(r, e + 2)))
    e += 2;
  return e;
}

/* A capitalised or ALL-CAPS word at i that may be part of a place name:
 * returns its end, or i. */
static size_t place_word(const struct zd_scan_run *r, size_t i)
{
  size_t e;
  if(!(zd_isupper(zd_at(r, i)) || zd_at(r, i) >= 0xc0))
    return i;
  e = word_end(r, i);
  if(e == i || zd_isdigit(zd_at(r, e)))
    return i;
  {
    size_t n = e - i;
    if(n > 2 && r->p[e - 2] == '\'' && r->p[e - 1] == 's')
      n -= 2;
    if(not_place(r->p + i, n))
      return i;
  }
  return e;
}

/* Capitalised words ending right before 'e' (up to 'max'); returns the
 * start of the first, or 'e'. "St." and "Mt." count as words. */
static size_t words_before(const struct zd_scan_run *r, size_t e, int max)
{
  size_t s = e;
  int n = 0;
  while(n < max && s >= 2 && r->p[s - 1] == ' ') {
    size_t we = s - 1, ws = we;
    if(ws > 0 && r->p[ws - 1] == '.')
      ws--;   /* "St." */
    while(ws > 0 && (zd_isalpha(r->p[ws - 1]) || r->p[ws - 1] >= 0x80 ||
                     r->p[ws - 1] == '\'' || r->p[ws - 1] == '-' ||
                     r->p[ws - 1] == '&'))
      ws--;
    if(ws == we || (ws > 0 && zd_isword(r->p[ws - 1])) ||
       place_word(r, ws) == ws)
      break;
    s = ws;
    n++;
  }
  return s;
}

static void add_place(struct zd_scan_run *r, size_t s, size_t e, double conf,
                      unsigned cue)
{
  zd_scan_add_cue(r, ZD_SCAN_LOCATION, cue, s, e, conf);
  zd_name_sweep(r, s, e);
}

/* The literal of 'list' that ends at 'to' (caseless), its length or 0. */
static size_t literal_at(const struct zd_scan_run *r, size_t to,
                         const char *const *list)
{
  for(int i = 0; list[i]; i++) {
    size_t n = strlen(list[i]), k = 0;
    if(n > to)
      continue;
    while(k < n && zd_tolower(r->p[to - n + k]) == zd_tolower(list[i][k]))
      k++;
    if(k == n && !(to - n > 0 && zd_isword(r->p[to - n - 1])))
      return n;
  }
  return 0;
}

/* The words that end a facility's name (caseless). */
static const char *const facility_suffix[] = {
  "medical center", "medical centre", "nursing home",
  "rehabilitation center", "rehab center", "urgent care", "health center",
  "surgery center", "surgical center", "family practice",
  "family medicine", "cancer center", "nursing facility", "hospital",
  "clinic", "memorial", "infirmary", "institute", "hospice", "sinai", NULL
};

/* "Methodist Hospital", "Children's Hospital of Fairview". */
static void facility(struct zd_scan_run *r, size_t to)
{
  size_t n = literal_at(r, to, facility_suffix), s, e = to;
  if(!n || zd_isword(zd_at(r, to)))
    return;
  s = words_before(r, to - n, 4);
  if(s == to - n)
    return;   /* no name before: "Hospital", "the Clinic tab" */
  /* "… of Fairview", "… of Northern Virginia" */
  if(zd_at(r, e) == ' ' && zd_at(r, e + 1) == 'o' && zd_at(r, e + 2) == 'f' &&
     zd_at(r, e + 3) == ' ') {
    size_t x = e + 4, we = place_word(r, x);
    if(we > x) {
      e = we;
      if(zd_at(r, e) == ' ' && place_word(r, e + 1) > e + 1)
        e = place_word(r, e + 1);
    }
  }
  add_place(r, s, e, 0.8, ZD_SCAN_CUE_FACILITY);
}

/* "St. Vincent's", "Mt. Sinai", "Saint Luke's". */
static void saint(struct zd_scan_run *r, size_t to)
{
  size_t s = to - 1, e;
  while(s > 0 && r->p[s - 1] != ' ' && to - s < 7)
    s--;
  while(s < to && !zd_isalpha(r->p[s]))
    s++;
  if((s > 0 && zd_isword(r->p[s - 1])) || to - s < 3)
    return;
  /* "Main St. Apt 4": a street before it is the address detector's */
  e = place_word(r, to);
  if(e == to)
    return;
  if(zd_at(r, e) == ' ' && place_word(r, e + 1) > e + 1 &&
     zd_isupper(zd_at(r, e + 1)))
    e = place_word(r, e + 1);
  add_place(r, s, e, 0.75, ZD_SCAN_CUE_SAINT);
}

/* After a transfer cue, a facility's name in lower case ("admitted to
 * pittsfield medical center", "d/c to lutheran hospice"): up to four
 * lower-case words that are no article, unit or service word, ending in
 * a facility word, with one name word at least before it ("to the
 * hospital", "to rehab center", "to urgent care" are none). */
static void lower_facility(struct zd_scan_run *r, size_t s)
{
  static const char *const generic[] = {
    "general", "local", "community", "county", "state", "university",
    "city", "nearest", "nearby", "another", "outside", "same", "childrens",
    "private", "public", "teaching", "big", "small", NULL
  };
  size_t i = s;
  {
    size_t we = s;
    while(we < r->len && zd_islower(r->p[we]))
      we++;
    if(zd_word_in(r->p + s, we - s, generic))
      return;   /* "admitted to general hospital" names no hospital */
  }
  for(int words = 0; words < 5; words++) {
    size_t we = i, n;
    while(we < r->len && zd_islower(r->p[we]))
      we++;
    if(we == i || (we < r->len && zd_isword(r->p[we])))
      return;
    n = literal_at(r, we, facility_suffix);
    if(n && we - n > s) {
      add_place(r, s, we, 0.7, ZD_SCAN_CUE_PLACE);
      return;
    }
    if(not_place(r->p + i, we - i) || zd_at(r, we) != ' ')
      return;
    i = we + 1;
  }
}

/* The place after a transfer or home cue. */
static void after_cue(struct zd_scan_run *r, size_t to)
{
  static const char *const transfer[] = {
    "trans to", "transferred to", "transferred from", "transfer to",
    "transfer from", "admitted to", "admitted from", "discharged to",
    "discharged from", "d/c to", "d/c'd to", "dc'd to", "discharge to",
    "readmitted to", "transported to", "treated at", "seen at",
    "presented to", "brought to", "followed at", "operated at", NULL
  };
  static const char *const home[] = {
    "lives in", "living in", "resides in", "moved to", "native of",
    "born in", "home in", "resident of", NULL
  };
  static const char *const from[] = {"from", NULL};
  /* the words before "from" that say someone is from the place */
  static const char *const who[] = {
    "is", "was", "woman", "man", "lady", "gentleman", "pt", "patient",
    "originally", "came", "family", "resident", "male", "female", "yo",
    "boy", "girl", "transfer", "transferred", "arrived", "wife",
    "husband", "son", "daughter", "dtr", "mother", "father", "sister",
    "brother", "relatives", "visiting", "drove", "flew", "travelled",
    "traveled", NULL
  };
  int kind;
  size_t s, e, x;
  unsigned lex;
  if(literal_at(r, to, transfer))
    kind = 0;
  else if(literal_at(r, to, home))
    kind = 1;
  else if(literal_at(r, to, from))
    kind = 2;
  else
    return;
  if(zd_isword(zd_at(r, to)))
    return;
  s = to;
  while(zd_at(r, s) == ' ')
    s++;
  if(s == to || s > to + 2)
    return;
  e = place_word(r, s);
  if(e == s) {
    if(kind == 0)
      lower_facility(r, s);
    return;
  }
  lex = zd_lex(r->p + s, e - s);
  if(kind == 2) {
    /* "from Settings", "from Google": no place unless a city, or a
     * person is from it ("is from Dayton"), or a state follows */
    size_t w = to - 4, ws;
    int person = 0;
    while(w > 0 && r->p[w - 1] == ' ')
      w--;
    ws = zd_word_start(r->p, w, 16);
    /* "drove in from", "flew in from": the word before "in" */
    if(w - ws == 2 && zd_tolower(r->p[ws]) == 'i' &&
       zd_tolower(r->p[ws + 1]) == 'n') {
      w = ws;
      while(w > 0 && r->p[w - 1] == ' ')
        w--;
      ws = zd_word_start(r->p, w, 16);
    }
    person = ws < w && zd_word_in(r->p + ws, w - ws, who);
    if(!(lex & ZD_LEX_CITY) &&
         !(person && (lex & (ZD_LEX_PROPER | ZD_LEX_CITY) ||
                      !(lex & ZD_LEX_WORD))) &&
         !(zd_at(r, e) == ',' && zd_at(r, e + 1) == ' ' &&
           zd_isupper(zd_at(r, e + 2)) && zd_isupper(zd_at(r, e + 3)) &&
           !zd_isword(zd_at(r, e + 4))))
      return;
    if(lex & ZD_LEX_FIRST && !(lex & ZD_LEX_CITY))
      return;   /* "from John": a name, not a place */
  }
  else if(kind == 1) {
    if((lex & ZD_LEX_WORD) && !(lex & (ZD_LEX_PROPER | ZD_LEX_CITY)))
      return;
  }
  /* more words of the name: "Mercy General", "St. Luke's" */
  for(int n = 0; n < 3; n++) {
    if(zd_at(r, e) != ' ' || (x = place_word(r, e + 1)) == e + 1)
      break;
    e = x;
  }
  /* ", OH" after the town */
  if(zd_at(r, e) == ',' && zd_at(r, e + 1) == ' ' && zd_isupper(zd_at(r, e + 2)) &&
     zd_isupper(zd_at(r, e + 3)) && !zd_isword(zd_at(r, e + 4)))
    e += 4;
  add_place(r, s, e, kind == 2 ? 0.65 : 0.7, ZD_SCAN_CUE_PLACE);
}

/* "Dayton, OH", "Nampa ID": the town before a state abbreviation;
 * 'comma' is where the town's last word ends (the comma, or the blank
 * before the state). */
static void before_state(struct zd_scan_run *r, size_t to, size_t comma)
{
  size_t s;
  if(zd_isalnum(zd_at(r, to)) || comma == 0 || !zd_isalpha(r->p[comma - 1]))
    return;
  /* the word glued to the comma, then up to two more before it */
  {
    size_t ws = comma;
    while(ws > 0 && (zd_isalpha(r->p[ws - 1]) || r->p[ws - 1] >= 0x80 ||
                     r->p[ws - 1] == '.' || r->p[ws - 1] == '\''))
      ws--;
    if(ws == comma || (ws > 0 && zd_isword(r->p[ws - 1])) ||
       place_word(r, ws) == ws)
      return;
    s = words_before(r, ws, 2);
    /* ", MD" and ", PA" are also a clinician's credentials ("Jane
     * Smith, MD"): a town there needs a ZIP code after it, or the
     * lexicon's word for a city */
    if((r->p[to - 2] == 'M' && r->p[to - 1] == 'D') ||
       (r->p[to - 2] == 'P' && r->p[to - 1] == 'A')) {
      size_t z = to + 1;
      while(z < r->len && zd_isdigit(r->p[z]))
        z++;
      if(!(zd_at(r, to) == ' ' && z - to - 1 == 5) &&
         !(zd_lex(r->p + ws, comma - ws) & ZD_LEX_CITY))
        return;
    }
  }
  add_place(r, s, to, 0.75, ZD_SCAN_CUE_STATE);
  zd_street_before_town(r, s);
}

void zd_place_before_state(struct zd_scan_run *r, size_t to)
{
  if(to >= 4 && r->p[to - 3] == ' ')
    before_state(r, to, r->p[to - 4] == ',' ? to - 4 : to - 3);
}

void zd_place_after_from(struct zd_scan_run *r, size_t to)
{
  after_cue(r, to);
}

void zd_detect_place(struct zd_scan_run *r, size_t to, int arg)
{
  zd_trigger t = (zd_trigger)(ZD_TRIG_PLACE_FACILITY + arg);
  if(to <= r->done[t])
    return;
  r->done[t] = to;
  switch(arg) {
  case ZD_PLACE_FACILITY:
    facility(r, to);
    return;
  case ZD_PLACE_SAINT:
    saint(r, to);
    return;
  case ZD_PLACE_CUE:
    after_cue(r, to);
    return;
  default:
    return;
  }
}

/* SPDX-License-Identifier: MIT
 * detect_address.c — US street addresses: a street-type word ("St",
 * "Avenue"), the capitalised street name before it and a house number
 * before that; then an optional unit, city, state and ZIP code after it.
 * PO boxes likewise. The span covers the whole address. */
#include "scan/scan_int.h"

#include <string.h>

/* Street types that are also common words; need more to be sure. */
static int weak_suffix(const unsigned char *p, size_t n)
{
  static const char *const weak[] = {
    "Way", "Place", "Pl", "Row", "Loop", "Square", "Sq", "Plaza", "Trail",
    "Circle", "Route", "Pike", "Court", "Ct", "Dr", "St", NULL
  };
  for(int i = 0; weak[i]; i++)
    if(strlen(weak[i]) == n && !memcmp(p, weak[i], n))
      return 1;
  return 0;
}

static int ordinal(const unsigned char *p, size_t n)
{
  size_t d = 0;
  while(d < n && zd_isdigit(p[d]))
    d++;
  return d > 0 && n - d == 2 &&
         (!memcmp(p + d, "st", 2) || !memcmp(p + d, "nd", 2) ||
          !memcmp(p + d, "rd", 2) || !memcmp(p + d, "th", 2));
}

/* ", Apt 4B", " Suite 200", " #12", " Unit 3" after the street. */
static size_t unit_after(const struct zd_scan_run *r, size_t e)
{
  static const char *const units[] = {
    "Apt", "Apt.", "Apartment", "Suite", "Ste", "Ste.", "Unit", "Fl",
    "Floor", "Rm", "Room", "#", NULL
  };
  size_t i = e;
  if(zd_at(r, i) == ',')
    i++;
  if(zd_at(r, i) != ' ')
    return e;
  i++;
  for(int k = 0; units[k]; k++) {
    size_t n = strlen(units[k]);
    if(i + n < r->len && !memcmp(r->p + i, units[k], n)) {
      size_t v = i + n, ve;
      while(zd_at(r, v) == ' ')
        v++;
      ve = v;
      while(ve < r->len && zd_isalnum(r->p[ve]) && ve - v < 6)
        ve++;
      if(ve > v && !zd_isword(zd_at(r, ve)))
        return ve;
    }
  }
  return e;
}

/* Whether [s, e) is a unit word ("Apt", "Suite", "#"). */
static int unit_word(const unsigned char *p, size_t n)
{
  static const char *const units[] = {
    "apt", "apartment", "suite", "ste", "unit", "fl", "floor", "rm",
    "room", "bldg", "lot", "#", NULL
  };
  return zd_word_in(p, n, units);
}

/* ", Springfield, IL 62704" or "\nSpringfield, IL 62704-1234". */
static size_t city_state_zip(const struct zd_scan_run *r, size_t e, int *full)
{
  size_t i = e, w;
  int words = 0;
  if(zd_at(r, i) == ',' || zd_at(r, i) == '\n')
    i++;
  else if(zd_at(r, i) == '\r' && zd_at(r, i + 1) == '\n')
    i += 2;
  else
    return e;
  while(zd_at(r, i) == ' ')
    i++;
  w = i;
  while(words < 3 && zd_isupper(zd_at(r, w))) {
    size_t x = w + 1;
    while(x < r->len && (zd_isalpha(r->p[x]) || r->p[x] >= 0x80))
      x++;
    words++;
    if(zd_at(r, x) == ' ' && zd_isupper(zd_at(r, x + 1)) &&
       !(zd_isupper(zd_at(r, x + 2)) && !zd_isword(zd_at(r, x + 3)))) {
      w = x + 1;
      continue;
    }
    w = x;
    break;
  }
  if(!words)
    return e;
  i = w;
  if(zd_at(r, i) == ',')
    i++;
  if(zd_at(r, i) != ' ' || !zd_isupper(zd_at(r, i + 1)) ||
     !zd_isupper(zd_at(r, i + 2)) || zd_isword(zd_at(r, i + 3)))
    return e;
  i += 3;
  if(zd_at(r, i) == ' ' && zd_isdigit(zd_at(r, i + 1))) {
    size_t z = i + 1;
    while(z < r->len && zd_isdigit(r->p[z]))
      z++;
    if(z - i - 1 == 5) {
      if(zd_at(r, z) == '-' && zd_isdigit(zd_at(r, z + 1))) {
        size_t z4 = z + 1;
        while(z4 < r->len && zd_isdigit(r->p[z4]))
          z4++;
        if(z4 - z - 1 == 4)
          z = z4;
      }
      if(!zd_isword(zd_at(r, z))) {
        *full = 1;
        return z;
      }
    }
  }
  *full = 1;
  return i;
}

void zd_detect_address(struct zd_scan_run *r, size_t to, int arg)
{
  size_t s, e = to, suffix_s;
  int words = 0, full = 0, weak;
  double conf;
  if(to <= r->done[arg ? ZD_TRIG_PO_BOX : ZD_TRIG_STREET])
    return;
  if(arg == 1) {
    /* "P.O. Box 123": back to the 'P', forward over the number. */
    s = to - 1;
    while(s > 0 && to - s < 14 && zd_tolower(r->p[s]) != 'p')
      s--;
    if(s > 0 && zd_isword(r->p[s - 1]))
      return;
    e = to;
    while(e < r->len && (r->p[e] == ' ' || r->p[e] == '\t') && e < to + 2)
      e++;
    if(e == to || !zd_isdigit(zd_at(r, e)))
      return;
    while(e < r->len && zd_isdigit(r->p[e]))
      e++;
    e = city_state_zip(r, e, &full);
    r->done[ZD_TRIG_PO_BOX] = e;
    zd_scan_add(r, ZD_SCAN_STREET_ADDRESS, s, e, full ? 0.85 : 0.7);
    return;
  }
  suffix_s = to;
  while(suffix_s > 0 && zd_isalpha(r->p[suffix_s - 1]))
    suffix_s--;
  /* " St" must end a word ("Start" does not) after a lower-case letter or
   * digit ending the street name. */
  if(zd_isword(zd_at(r, to)) || suffix_s < 2 ||
     !(zd_islower(r->p[suffix_s - 2]) || zd_isdigit(r->p[suffix_s - 2])))
    return;
  weak = weak_suffix(r->p + suffix_s, to - suffix_s);
  /* Street name words, then the house number. */
  s = suffix_s - 1;   /* the space */
  for(;;) {
    size_t ws = s;
    while(ws > 0 && (zd_isalnum(r->p[ws - 1]) || r->p[ws - 1] >= 0x80 ||
                     r->p[ws - 1] == '.' || r->p[ws - 1] == '\''))
      ws--;
    if(ws == s)
      return;
    if(zd_isdigit(r->p[ws]) && !ordinal(r->p + ws, s - ws)) {
      /* House number: 1-6 digits, maybe a letter or "-12". */
      size_t d = ws;
      while(d < s && zd_isdigit(r->p[d]))
        d++;
      if(d - ws > 6 || (d < s && !(s - d == 1 && zd_isalpha(r->p[d])) &&
                        r->p[d] != '-'))
        return;
      if(ws > 0 && (zd_isword(r->p[ws - 1]) || r->p[ws - 1] == '.' ||
                    r->p[ws - 1] == '-' || r->p[ws - 1] == '/' ||
                    r->p[ws - 1] == '$' || r->p[ws - 1] == '#'))
        return;
      s = ws;
      break;
    }
    if(!(zd_isupper(r->p[ws]) || r->p[ws] >= 0xc0 || ordinal(r->p + ws, s - ws)))
      return;
    if(++words > 4 || ws < 2 || r->p[ws - 1] != ' ')
      return;
    s = ws - 1;
  }
  if(!words)
    return;
  if(zd_at(r, e) == '.')
    e++;
  e = unit_after(r, e);
  e = city_state_zip(r, e, &full);
  r->done[ZD_TRIG_STREET] = e;
  conf = full ? 0.9 : weak ? 0.5 : 0.75;
  zd_scan_add(r, ZD_SCAN_STREET_ADDRESS, s, e, conf);
}

/* The word ending at 'e' (letters, digits, '.', '\'', '#'), its start. */
static size_t token_before(const struct zd_scan_run *r, size_t e)
{
  size_t ws = e;
  while(ws > 0 && e - ws < 32 &&
        (zd_isalnum(r->p[ws - 1]) || r->p[ws - 1] >= 0x80 ||
         r->p[ws - 1] == '.' || r->p[ws - 1] == '\'' || r->p[ws - 1] == '#'))
    ws--;
  return ws;
}

void zd_street_before_town(struct zd_scan_run *r, size_t town)
{
  size_t e, i, s, ws;
  int words = 0;
  /* ", " before the town; the street line ends before it */
  if(town < 8 || r->p[town - 1] != ' ' || r->p[town - 2] != ',')
    return;
  e = i = town - 2;
  /* an optional unit: "Suite 993", "Apt. 573", "# 12", "Apt 4B" */
  ws = token_before(r, i);
  if(ws < i && ws >= 2 && r->p[ws - 1] == ' ') {
    size_t us = token_before(r, ws - 1), un = ws - 1 - us;
    if(un && r->p[us + un - 1] == '.')
      un--;
    if(us < ws - 1 && unit_word(r->p + us, un) && us >= 2 &&
       r->p[us - 1] == ' ')
      i = us - 1 - (r->p[us - 2] == ',');
  }
  /* street name words, then the house number */
  for(;;) {
    ws = token_before(r, i);
    if(ws == i)
      return;
    if(zd_isdigit(r->p[ws])) {
      size_t d = ws;
      while(d < i && zd_isdigit(r->p[d]))
        d++;
      if(d == i && words) {
        if(i - ws > 6 || (ws > 0 && !(r->p[ws - 1] == ' ' ||
                                      r->p[ws - 1] == '\n' ||
                                      r->p[ws - 1] == '\t' ||
                                      r->p[ws - 1] == '(')))
          return;
        s = ws;
        break;
      }
      if(!(i - d == 2 && zd_isalpha(r->p[d])))   /* "5th", "22nd" */
        return;
    }
    else if(!zd_isupper(r->p[ws]))
      return;
    if(++words > 4 || ws < 2 || r->p[ws - 1] != ' ')
      return;
    i = ws - 1;
  }
  /* the street detector read this address already ("12 Main St, …") */
  for(size_t k = r->ncand; k-- > 0;)
    if(r->cand[k].type == ZD_SCAN_STREET_ADDRESS &&
       r->cand[k].start < town && r->cand[k].end >= e)
      return;
  zd_scan_add(r, ZD_SCAN_STREET_ADDRESS, s, e, 0.8);
}

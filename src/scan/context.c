/* SPDX-License-Identifier: MIT
 * context.c — the context word lists and their lookup. The lists are
 * hashed once (per process) into a small open-addressing table keyed by
 * word or phrase, so a candidate costs a few table probes per nearby word
 * rather than a substring search per list entry. */
#include "scan/context.h"
#include "scan/scan_int.h"

#include <pthread.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define B(t) (1u << ZD_SCAN_##t)
/* Types whose bare numbers also appear as order, ticket or part numbers. */
#define NUMERIC (B(US_SSN) | B(US_ITIN) | B(US_NPI) | B(CREDIT_CARD) | \
                 B(ABA_ROUTING) | B(PHONE_NUMBER) | B(US_ZIP_CODE) | \
                 B(DATE) | B(US_MBI) | B(VIN) | B(US_DEA_NUMBER) | \
                 B(HEALTH_PLAN_ID) | B(MEDICAL_RECORD_NUMBER))

struct phrase {
  const char *words;   /* lower case, single spaces */
  uint32_t pos;
  uint32_t neg;
};

static const struct phrase phrases[] = {
  /* SSN, ITIN */
  {"ssn", B(US_SSN), 0}, {"ssns", B(US_SSN), 0}, {"ss", B(US_SSN), 0},
  {"social", B(US_SSN), 0}, {"social security", B(US_SSN), 0},
  {"soc sec", B(US_SSN), 0}, {"itin", B(US_ITIN), 0},
  {"taxpayer", B(US_ITIN) | B(US_SSN), 0}, {"tax id", B(US_ITIN), 0},
  {"taxid", B(US_ITIN), 0}, {"tin", B(US_ITIN), 0},
  /* Medicare, NPI, DEA */
  {"mbi", B(US_MBI), 0}, {"medicare", B(US_MBI) | B(HEALTH_PLAN_ID), 0},
  {"beneficiary", B(US_MBI) | B(HEALTH_PLAN_ID), 0}, {"hicn", B(US_MBI), 0},
  {"medicaid", B(HEALTH_PLAN_ID) | B(US_MBI), 0},
  {"npi", B(US_NPI), 0}, {"national provider", B(US_NPI), 0},
  {"provider", B(US_NPI), 0}, {"taxonomy", B(US_NPI), 0},
  {"prescriber", B(US_NPI) | B(US_DEA_NUMBER), 0},
  {"physician", B(US_NPI), 0}, {"pharmacy", B(US_NPI) | B(US_DEA_NUMBER), 0},
  {"dea", B(US_DEA_NUMBER), 0}, {"registration", B(US_DEA_NUMBER), 0},
  {"controlled", B(US_DEA_NUMBER), 0},
  /* cards and banks */
  {"card", B(CREDIT_CARD), 0}, {"credit", B(CREDIT_CARD), 0},
  {"debit", B(CREDIT_CARD), 0}, {"visa", B(CREDIT_CARD), 0},
  {"mastercard", B(CREDIT_CARD), 0}, {"amex", B(CREDIT_CARD), 0},
  {"discover", B(CREDIT_CARD), 0}, {"jcb", B(CREDIT_CARD), 0},
  {"diners", B(CREDIT_CARD), 0}, {"maestro", B(CREDIT_CARD), 0},
  {"cc", B(CREDIT_CARD), 0}, {"pan", B(CREDIT_CARD), 0},
  {"charge", B(CREDIT_CARD), 0}, {"billing", B(CREDIT_CARD), 0},
  {"payment", B(CREDIT_CARD), 0},
  {"aba", B(ABA_ROUTING), 0}, {"routing", B(ABA_ROUTING), 0},
  {"rtn", B(ABA_ROUTING), 0}, {"transit", B(ABA_ROUTING), 0},
  {"bank", B(ABA_ROUTING), 0}, {"ach", B(ABA_ROUTING), 0},
  {"wire", B(ABA_ROUTING), 0}, {"checking", B(ABA_ROUTING), 0},
  /* vehicles */
  {"vin", B(VIN), 0}, {"vehicle", B(VIN), 0}, {"car", B(VIN), 0},
  {"truck", B(VIN), 0}, {"chassis", B(VIN), 0},
  /* phones */
  {"phone", B(PHONE_NUMBER), 0}, {"telephone", B(PHONE_NUMBER), 0},
  {"tel", B(PHONE_NUMBER), 0}, {"ph", B(PHONE_NUMBER), 0},
  {"cell", B(PHONE_NUMBER), 0}, {"cellphone", B(PHONE_NUMBER), 0},
  {"mobile", B(PHONE_NUMBER), 0}, {"call", B(PHONE_NUMBER), 0},
  {"called", B(PHONE_NUMBER), 0}, {"calling", B(PHONE_NUMBER), 0},
  {"fax", B(PHONE_NUMBER), 0}, {"text", B(PHONE_NUMBER), 0},
  {"sms", B(PHONE_NUMBER), 0}, {"reach", B(PHONE_NUMBER), 0},
  {"dial", B(PHONE_NUMBER), 0}, {"desk", B(PHONE_NUMBER), 0},
  {"office", B(PHONE_NUMBER), 0}, {"answering", B(PHONE_NUMBER), 0},
  {"messages", B(PHONE_NUMBER), 0}, {"voicemail", B(PHONE_NUMBER), 0},
  {"callback", B(PHONE_NUMBER), 0}, {"whatsapp", B(PHONE_NUMBER), 0},
  {"contact", B(PHONE_NUMBER) | B(EMAIL_ADDRESS), 0},
  {"home", B(PHONE_NUMBER), 0},
  {"email", B(EMAIL_ADDRESS), 0}, {"e mail", B(EMAIL_ADDRESS), 0},
  {"ip", B(IP_ADDRESS), 0}, {"ipv4", B(IP_ADDRESS), 0},
  {"ipv6", B(IP_ADDRESS), 0}, {"address", B(IP_ADDRESS), 0},
  {"host", B(IP_ADDRESS), 0}, {"server", B(IP_ADDRESS), 0},
  /* dates tied to a person */
  {"dob", B(DATE) | ZD_CTX_BIRTH, 0}, {"d o b", B(DATE) | ZD_CTX_BIRTH, 0},
  {"birth", B(DATE) | ZD_CTX_BIRTH, 0}, {"born", B(DATE) | ZD_CTX_BIRTH, 0},
  {"birthday", B(DATE) | ZD_CTX_BIRTH, 0},
  {"birthdate", B(DATE) | ZD_CTX_BIRTH, 0},
  {"date of birth", B(DATE) | ZD_CTX_BIRTH, 0},
  {"admitted", B(DATE), 0}, {"admission", B(DATE), 0},
  {"admit", B(DATE), 0}, {"discharged", B(DATE), 0},
  {"discharge", B(DATE), 0}, {"died", B(DATE), 0}, {"death", B(DATE), 0},
  {"deceased", B(DATE), 0}, {"passed away", B(DATE), 0},
  {"date of service", B(DATE), 0}, {"dos", B(DATE), 0},
  {"service date", B(DATE), 0}, {"visit", B(DATE), 0},
  {"visited", B(DATE), 0}, {"seen", B(DATE), 0},
  {"appointment", B(DATE), 0}, {"appt", B(DATE), 0},
  {"surgery", B(DATE), 0}, {"procedure", B(DATE), 0},
  {"treated", B(DATE), 0}, {"hospitalized", B(DATE), 0},
  {"injury", B(DATE), 0}, {"diagnosed", B(DATE) | B(ICD10_CODE), 0},
  {"name", B(DATE), 0}, {"patient", B(DATE) | B(ICD10_CODE), 0},
  {"pt", B(DATE), 0}, {"trans", B(DATE), 0}, {"transferred", B(DATE), 0},
  {"transfer", B(DATE), 0}, {"operated", B(DATE), 0},
  {"family meeting", B(DATE), 0}, {"intubated", B(DATE), 0},
  {"extubated", B(DATE), 0}, {"presented", B(DATE), 0},
  {"underwent", B(DATE), 0}, {"biopsy", B(DATE), 0},
  {"readmitted", B(DATE), 0},
  {"hospitalization", B(DATE), 0}, {"consult", B(DATE), 0},
  {"came in", B(DATE), 0}, {"last seen", B(DATE), 0},

  {"dos", B(DATE), 0}, {"adm", B(DATE), 0},
  /* care events a person undergoes (not "refill", "labs", "follow up",
   * which help centres use for their own schedules) */
  {"mri", B(DATE), 0}, {"bloodwork", B(DATE), 0}, {"lab work", B(DATE), 0},
  {"labs drawn", B(DATE), 0}, {"mtg", B(DATE), 0}, {"infusion", B(DATE), 0},
  {"chemo", B(DATE), 0}, {"colonoscopy", B(DATE), 0},
  {"mammogram", B(DATE), 0}, {"ultrasound", B(DATE), 0},
  {"vaccinated", B(DATE), 0}, {"echo", B(DATE), 0}, {"cath", B(DATE), 0},
  {"ekg", B(DATE), 0}, {"ecg", B(DATE), 0}, {"ct scan", B(DATE), 0},
  {"xray", B(DATE), 0}, {"x ray", B(DATE), 0}, {"cabg", B(DATE), 0},
  {"intubation", B(DATE), 0}, {"extubation", B(DATE), 0},
  {"transfusion", B(DATE), 0}, {"last bm", B(DATE), 0},
  {"post op", B(DATE), 0}, {"postop", B(DATE), 0},
  /* record and plan numbers */
  {"mrn", B(MEDICAL_RECORD_NUMBER), 0},
  {"medical record", B(MEDICAL_RECORD_NUMBER), 0},
  {"chart", B(MEDICAL_RECORD_NUMBER), 0},
  {"member", B(HEALTH_PLAN_ID), 0}, {"subscriber", B(HEALTH_PLAN_ID), 0},
  {"policy", B(HEALTH_PLAN_ID), 0}, {"insurance", B(HEALTH_PLAN_ID), 0},
  {"plan", B(HEALTH_PLAN_ID), 0},
  /* ZIP codes */
  {"zip", B(US_ZIP_CODE), 0}, {"zipcode", B(US_ZIP_CODE), 0},
  {"zip code", B(US_ZIP_CODE), 0}, {"postal", B(US_ZIP_CODE), 0},
  {"postal code", B(US_ZIP_CODE), 0}, {"postcode", B(US_ZIP_CODE), 0},
  /* diagnoses */
  {"icd", B(ICD10_CODE), 0}, {"icd 10", B(ICD10_CODE), 0},
  {"diagnosis", B(ICD10_CODE), 0}, {"dx", B(ICD10_CODE), 0},
  {"condition", B(ICD10_CODE), 0}, {"history", B(ICD10_CODE), 0},
  /* credentials */
  {"zendesk", B(ZENDESK_API_TOKEN), 0}, {"token", B(ZENDESK_API_TOKEN), 0},
  {"api token", B(ZENDESK_API_TOKEN), 0},

  /* Against: numbers that are not about a person. */
  {"order", 0, NUMERIC}, {"orders", 0, NUMERIC}, {"invoice", 0, NUMERIC},
  {"tracking", 0, NUMERIC}, {"version", 0, NUMERIC | B(IP_ADDRESS) | B(ICD10_CODE)},
  {"build", 0, NUMERIC | B(IP_ADDRESS) | B(ICD10_CODE)},
  {"sku", 0, NUMERIC}, {"ticket", 0, NUMERIC & ~B(DATE)},
  {"tickets", 0, NUMERIC & ~B(DATE)}, {"case", 0, NUMERIC & ~B(DATE)},
  {"ref", 0, NUMERIC}, {"reference", 0, NUMERIC},
  {"confirmation", 0, NUMERIC}, {"serial", 0, NUMERIC & ~B(VIN)},
  {"isbn", 0, NUMERIC}, {"model", 0, NUMERIC}, {"part", 0, NUMERIC},
  {"release", 0, NUMERIC | B(IP_ADDRESS) | B(ICD10_CODE)},
  {"released", 0, NUMERIC}, {"item", 0, NUMERIC}, {"product", 0, NUMERIC},
  {"receipt", 0, NUMERIC}, {"shipment", 0, NUMERIC},
  {"transaction", 0, NUMERIC}, {"txn", 0, NUMERIC},
  {"article", 0, NUMERIC}, {"page", 0, NUMERIC}, {"step", 0, B(ICD10_CODE)},
  {"section", 0, B(ICD10_CODE)}, {"figure", 0, B(ICD10_CODE)},
  {"table", 0, B(ICD10_CODE)}, {"v", 0, B(IP_ADDRESS) | B(ICD10_CODE)},
  {"updated", 0, B(DATE)}, {"last updated", 0, B(DATE)},
  {"published", 0, B(DATE)}, {"posted", 0, B(DATE)},
  {"created", 0, B(DATE)}, {"modified", 0, B(DATE)},
  {"effective", 0, B(DATE)}, {"copyright", 0, B(DATE)},
  {"founded", 0, B(DATE)}, {"shipped", 0, B(DATE)},
  {"delivered", 0, B(DATE)}, {"due", 0, B(DATE)}, {"expires", 0, B(DATE)},
  {"maintenance", 0, B(DATE)}, {"outage", 0, B(DATE)},
  {"toll free", 0, B(PHONE_NUMBER)},
  /* section numbers, firmware versions and blood gases are no IPs */
  {"section", 0, B(IP_ADDRESS)}, {"sections", 0, B(IP_ADDRESS)},
  {"chapter", 0, B(IP_ADDRESS)}, {"see", 0, B(IP_ADDRESS)},
  {"paragraph", 0, B(IP_ADDRESS)}, {"clause", 0, B(IP_ADDRESS)},
  {"appendix", 0, B(IP_ADDRESS)}, {"criteria", 0, B(IP_ADDRESS)},
  {"criterion", 0, B(IP_ADDRESS)}, {"wcag", 0, B(IP_ADDRESS)},
  {"firmware", 0, B(IP_ADDRESS) | NUMERIC}, {"fw", 0, B(IP_ADDRESS)},
  {"abg", 0, B(IP_ADDRESS) | NUMERIC}, {"vbg", 0, B(IP_ADDRESS) | NUMERIC},
  {"cbg", 0, B(IP_ADDRESS) | NUMERIC}, {"blood gas", 0, B(IP_ADDRESS)},
  {"ph", 0, B(IP_ADDRESS)},
};

#define TABLE_SIZE 1024u  /* power of two, > 2 x phrases */

struct slot {
  uint64_t key;
  uint32_t pos;
  uint32_t neg;
  int prefix;    /* the key starts a longer phrase: look at the next word */
};

/* --explain's view of a walk (zd_ctx_explain). The walk is inlined twice:
 * with none (the detectors', costing nothing) and with one. */
struct explain_rec {
  int type;
  size_t at;                /* start of the word being looked up */
  size_t start, end;        /* the span explained */
  size_t for_dist, against_dist;
  uint8_t why_for, why_against;
};
_Static_assert(sizeof(phrases) / sizeof(phrases[0]) < 255,
               "zd_cand's why_for/why_against hold a phrase index + 1");

/* Byte classes of the word walk (scan_words). */
enum { C_OTHER = 0, C_WORD, C_JOIN, C_NL, C_OPEN, C_CLOSE };
static unsigned char byte_class[256];
/* A word byte in lower case, 0 for any other: the word walk's one load a
 * byte (no word byte is 0). */
static unsigned char word_fold[256];

static void build_classes(void)
{
  for(int c = 0; c < 256; c++)
    word_fold[c] = zd_isword(c) ? (unsigned char)zd_tolower(c) : 0;
  for(int c = 0; c < 256; c++)
    byte_class[c] = zd_isword(c) ? C_WORD
                  : c == ' ' || c == '-' || c == '_' || c == '.' ? C_JOIN
                  : c == '\n' ? C_NL : c == '{' ? C_OPEN
                  : c == '}' ? C_CLOSE : C_OTHER;
}

static struct slot table[TABLE_SIZE];
/* The phrase (index + 1) a slot ends, for --explain; 0 for a prefix. */
static uint8_t slot_phrase[TABLE_SIZE];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static uint64_t word_hash(const unsigned char *w, size_t n)
{
  uint64_t h = 1469598103934665603ULL;
  for(size_t i = 0; i < n; i++) {
    h ^= (uint64_t)zd_tolower(w[i]);
    h *= 1099511628211ULL;
  }
  return h | 1;  /* never 0: 0 marks an empty slot */
}

static uint64_t combine(uint64_t a, uint64_t b)
{
  return (a * 0x9E3779B97F4A7C15ULL + b) | 1;
}

static struct slot *slot_for(uint64_t key)
{
  uint32_t i = (uint32_t)(key ^ (key >> 29)) & (TABLE_SIZE - 1);
  while(table[i].key && table[i].key != key)
    i = (i + 1) & (TABLE_SIZE - 1);
  return &table[i];
}

static void build_table(void)
{
  build_classes();
  for(size_t k = 0; k < sizeof(phrases) / sizeof(phrases[0]); k++) {
    const unsigned char *w = (const unsigned char *)phrases[k].words;
    uint64_t key = 0;
    while(*w) {
      size_t n = strcspn((const char *)w, " ");
      uint64_t h = word_hash(w, n);
      key = key ? combine(key, h) : h;
      w += n;
      while(*w == ' ')
        w++;
      if(*w) {
        struct slot *p = slot_for(key);
        p->key = key;
        p->prefix = 1;
      }
    }
    struct slot *s = slot_for(key);
    s->key = key;
    s->pos |= phrases[k].pos;
    s->neg |= phrases[k].neg;
    slot_phrase[s - table] = (uint8_t)(k + 1);
  }
}

/* zd_ctx_explain: keeps the phrase of slot 's' when it argues for or
 * against the type explained and is nearer the span than the last kept. */
static void record(struct explain_rec *rec, const struct slot *s)
{
  uint32_t bit = 1u << rec->type;
  size_t d = rec->at < rec->start ? rec->start - rec->at
                                  : rec->at - rec->end;
  uint8_t k = slot_phrase[s - table];
  if(!k)
    return;
  if((s->pos & bit) && d <= rec->for_dist) {
    rec->for_dist = d;
    rec->why_for = k;
  }
  if((s->neg & bit) && d <= rec->against_dist) {
    rec->against_dist = d;
    rec->why_against = k;
  }
}

/* Adds the key's types to 'out'; returns 1 when it starts a phrase. */
static inline __attribute__((always_inline)) int
lookup(uint64_t key, struct zd_ctx *out, struct explain_rec *rec)
{
  const struct slot *s = slot_for(key);
  if(!s->key)
    return 0;
  out->pos |= s->pos;
  out->neg |= s->neg;
  if(rec)
    record(rec, s);
  return s->prefix;
}

/* Hashes the whole words of [lo, hi) and looks up every 1-, 2- and 3-word
 * sequence, in one pass over the bytes. A word cut by the window's edge is
 * skipped. Words on another line than the candidate ('before': ahead of
 * the last line break; else after the first) still argue for a type but
 * no longer against one: a "Published" heading does not make the next
 * line's date less personal. Template placeholders ({{ticket.id}}) are
 * skipped, and so is the text before a "}}" that no "{{" opens (the range
 * started inside a placeholder). A line break inside skipped text still
 * separates lines before the candidate, but is not walked over after it. */
static inline __attribute__((always_inline)) void
walk_words(const struct zd_scan_run *r, size_t lo, size_t hi, int before,
           struct zd_ctx *out, struct explain_rec *rec)
{
  const unsigned char *p = r->p;
  uint64_t h1 = 0;   /* previous word, when it starts a phrase */
  uint64_t b1 = 0;   /* previous two words, when they start a phrase */
  size_t i = lo;
  struct zd_ctx near = {0, 0};  /* words on the candidate's line */
  struct zd_ctx farc = {0, 0};  /* after: words on later lines */
  uint32_t far_pos = 0;         /* what other lines argue for */
  int far_mode = 0;             /* after: past a line break */
  int had_nl = 0, nl_walked = 0; /* before: a line break; the last walked */
  int opened = 0;               /* a "{{" was seen */
  if(lo > 0 && zd_isword(p[lo - 1]))
    while(i < hi && zd_isword(p[i]))
      i++;
  while(i < hi) {
    int c = byte_class[p[i]];
    if(c == C_WORD) {
      uint64_t h = 1469598103934665603ULL, b = 0;
      struct zd_ctx *cur = far_mode ? &farc : &near;
      unsigned f = word_fold[p[i]];
      if(rec)
        rec->at = i;
      do {   /* as word_hash(): FNV-1a over the bytes in lower case */
        h ^= f;
        h *= 1099511628211ULL;
        i++;
      } while(i < hi && (f = word_fold[p[i]]) != 0);
      if(i == hi && hi < r->len && zd_isword(p[hi]))
        break;
      h |= 1;   /* as word_hash() */
      /* Two- and three-word phrases are looked up only after words that
       * start one, so most words cost one probe. */
      if(b1)
        lookup(combine(b1, h), cur, rec);
      if(h1) {
        b = combine(h1, h);
        if(!lookup(b, cur, rec))
          b = 0;
      }
      h1 = lookup(h, cur, rec) ? h : 0;
      b1 = b;
      continue;
    }
    if(c == C_OPEN && i + 1 < hi && p[i + 1] == '{') {
      size_t k = i + 2;
      while(k + 1 < hi && !(p[k] == '}' && p[k + 1] == '}'))
        k++;
      if(before && memchr(p + i, '\n', (k + 2 < hi ? k + 2 : hi) - i)) {
        far_pos |= near.pos;
        near.pos = near.neg = 0;
        had_nl = 1;
        nl_walked = 0;
      }
      opened = 1;
      i = k + 2;
      h1 = b1 = 0;
      continue;
    }
    if(c == C_CLOSE && !opened && i + 1 < hi && p[i + 1] == '}') {
      /* The range began inside a placeholder: forget what came before. */
      near.pos = near.neg = farc.pos = farc.neg = 0;
      far_pos = 0;
      far_mode = 0;
      nl_walked = 0;
      opened = 1;
      i += 2;
      h1 = b1 = 0;
      continue;
    }
    if(c == C_NL) {
      if(before) {
        far_pos |= near.pos;
        near.pos = near.neg = 0;
        had_nl = nl_walked = 1;
      }
      else
        far_mode = 1;
    }
    /* Line breaks and most punctuation end a phrase. */
    if(c != C_JOIN)
      h1 = b1 = 0;
    i++;
  }
  if(before && had_nl && !nl_walked) {
    far_pos |= near.pos;
    near.pos = near.neg = 0;
  }
  out->pos |= near.pos | far_pos | farc.pos;
  out->neg |= near.neg;
}

static void scan_words(const struct zd_scan_run *r, size_t lo, size_t hi,
                       int before, struct zd_ctx *out)
{
  walk_words(r, lo, hi, before, out, NULL);
}

/* zd_ctx_get's walk before and after the span, recorded into 'rec' when
 * it is not NULL (inlined for each: the detectors' calls record nothing). */
static inline __attribute__((always_inline)) void
get_words(const struct zd_scan_run *r, size_t start, size_t end,
          size_t before, size_t after, struct zd_ctx *out,
          struct explain_rec *rec)
{
  size_t lo = start > before ? start - before : 0;
  size_t hi = end + after < r->len ? end + after : r->len;
  pthread_once(&table_once, build_table);
  out->pos = out->neg = 0;
  walk_words(r, lo, start, 1, out, rec);
  if(end < hi)
    walk_words(r, end, hi, 0, out, rec);
}

void zd_ctx_get(const struct zd_scan_run *r, size_t start, size_t end,
                size_t before, size_t after, struct zd_ctx *out)
{
  get_words(r, start, end, before, after, out, NULL);
}

void zd_ctx_explain(const struct zd_scan_run *r, size_t start, size_t end,
                    int t, uint8_t *why_for, uint8_t *why_against)
{
  struct explain_rec x = {t, 0, start, end, (size_t)-1, (size_t)-1, 0, 0};
  struct zd_ctx c;
  get_words(r, start, end, ZD_CTX_BEFORE, ZD_CTX_AFTER, &c, &x);
  /* what zd_ctx_get itself keeps: words against only on the same line */
  *why_for = (c.pos & (1u << t)) ? x.why_for : 0;
  *why_against = (c.neg & (1u << t)) ? x.why_against : 0;
}

const char *zd_ctx_word(unsigned index)
{
  if(!index || index > sizeof(phrases) / sizeof(phrases[0]))
    return NULL;
  return phrases[index - 1].words;
}

/* Whether p[0..n) holds a '{' or a '}': one pass (sixteen bytes a step
 * with SSE2) instead of a memchr for each. */
static int has_brace(const unsigned char *p, size_t n)
{
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}');
  for(; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
    if(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, open),
                                      _mm_cmpeq_epi8(v, close))))
      return 1;
  }
#endif
  for(; i < n; i++)
    if(p[i] == '{' || p[i] == '}')
      return 1;
  return 0;
}

/* The range walked is [lo2, start): lo2 starts a whole word, no line
 * break lies inside, and no brace lies in [start - ZD_CTX_BEFORE, start).
 * Then zd_ctx_get's walk over its larger range resets nothing in [lo2,
 * start) (braces are what reset it, beside line breaks) and looks up
 * every word and phrase this walk looks up. */
void zd_ctx_words_before(const struct zd_scan_run *r, size_t start,
                         int words, struct zd_ctx *out)
{
  const unsigned char *p = r->p;
  size_t lo = start > ZD_CTX_BEFORE ? start - ZD_CTX_BEFORE : 0, i = start;
  pthread_once(&table_once, build_table);
  out->pos = out->neg = 0;
  if(has_brace(p + lo, start - lo))
    return;
  while(words > 0 && i > lo && p[i - 1] != '\n') {
    while(i > lo && byte_class[p[i - 1]] != C_WORD && p[i - 1] != '\n')
      i--;
    while(i > lo && byte_class[p[i - 1]] == C_WORD)
      i--;
    if(i == lo && lo > 0 && zd_isword(p[lo - 1]))
      return;   /* zd_ctx_get skips a word cut by its range */
    words--;
  }
  if(i < start)
    scan_words(r, i, start, 1, out);
  out->pos = 0;   /* only what argues against is known to be complete */
}

int zd_word_in(const unsigned char *p, size_t n, const char *const *list)
{
  int c0 = n ? zd_tolower(p[0]) : 0;
  /* No strlen() per entry: compare, then require the entry to end. */
  for(int i = 0; list[i]; i++) {
    size_t k = 0;
    if(list[i][0] != c0)
      continue;
    while(k < n && list[i][k] && zd_tolower(p[k]) == list[i][k])
      k++;
    if(k == n && !list[i][n])
      return 1;
  }
  return 0;
}

double zd_ctx_score(const struct zd_ctx *c, int t, double base, double up,
                    double down)
{
  double v = base;
  if(c->pos & (1u << t))
    v += up;
  if(c->neg & (1u << t))
    v -= down;
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

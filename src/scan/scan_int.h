/* SPDX-License-Identifier: MIT
 * scan_int.h — what the scanner's files share and nothing outside uses:
 * the trigger table, the per-window run state the detectors fill with
 * candidates, and one entry point per detector family. */
#ifndef ZD_SCAN_INT_H
#define ZD_SCAN_INT_H
#include <stddef.h>
#include <stdint.h>
#include "scan/scan.h"

/* One trigger per row of patterns.def. */
typedef enum zd_trigger {
#define ZD_TRIGGER(NAME, DETECTOR, ARG, FLAGS, RE) ZD_TRIG_##NAME,
#include "scan/patterns.def"
#undef ZD_TRIGGER
  ZD_TRIG_COUNT
} zd_trigger;

/* Credential rules, one per row of rules.def (0: none). */
enum zd_rule {
  ZD_RULE_NONE = 0,
#define ZD_RULE(NAME, ID, VALIDATOR, CUE) ZD_RULE_##NAME,
#include "scan/rules.def"
#undef ZD_RULE
  ZD_RULE_COUNT
};

/* A candidate: a validated span with a type, a confidence and the
 * credential rule that decided it (0 for PHI). */
struct zd_cand {
  uint32_t start;
  uint32_t end;
  zd_scan_type type;
  float conf;
  uint32_t rule;
  uint8_t cue;      /* enum zd_scan_cue */
  uint8_t sample;   /* looks like sample data (sample.c) */
  uint8_t why_for;  /* --explain: the nearest context word for its type, */
  uint8_t why_against; /* and against it (zd_ctx_explain; 0: none) */
};

/* The state of one scan of one window. 'p'/'len' is the window; the
 * detectors may read all of it. */
struct zd_scan_run {
  const unsigned char *p;
  size_t len;
  struct zd_cand *cand;
  size_t ncand;
  size_t capcand;
  /* Per trigger (and per extra reading of one trigger): the end of the
   * last region a detector consumed, so a long run that fires many times
   * is examined once. */
  size_t done[ZD_TRIG_COUNT + 5];
  /* The reporting threshold: a detector may skip reading the context of a
   * candidate that could not reach it (see detect_number.c). */
  double threshold;
  /* zd_date_link's list of names, places and ages (start << 32 | index),
   * reused from window to window. */
  uint64_t *link;
  size_t caplink;
  /* The Vectorscan call under way scans from window offset 'hs_base';
   * its matches ending at or before 'hs_from' were reported already. */
  size_t hs_base, hs_from;
};
/* Extra slots of 'done' for the readings of a DIGITS trigger, and the
 * first byte zd_month_near has not yet offered as a month's start. */
enum { ZD_DONE_ALNUM = ZD_TRIG_COUNT, ZD_DONE_IPV6, ZD_DONE_MONTH_WORD,
       ZD_DONE_SWEEP, ZD_DONE_SWEEP_LO };

/* Records a candidate (dropped if conf <= 0 or the span is empty). */
void zd_scan_add(struct zd_scan_run *r, zd_scan_type t, size_t start,
                 size_t end, double conf);
/* The same for PHI, with the cue (enum zd_scan_cue) that decided it. */
void zd_scan_add_cue(struct zd_scan_run *r, zd_scan_type t, unsigned cue,
                     size_t start, size_t end, double conf);
/* 1 when the finding [s, e) looks like sample data: on an HL7 segment
 * line ("PID|…"), or after "example", "sample", "e.g." on its line or
 * the line before (sample.c). */
int zd_looks_sample(const unsigned char *p, size_t len, size_t s, size_t e);
/* The same for a credential, with the rule (rules.def) that decided it. */
void zd_scan_add_rule(struct zd_scan_run *r, zd_scan_type t, unsigned rule,
                      size_t start, size_t end, double conf);

/* The scanner's reusable HTML text buffers (zd_scan_html). */
struct zd_html_text;
struct zd_html_text *zd_scanner_html_text(struct zd_scanner *s);

/* Scans one window 'data'/'len' and calls 'emit' for every finding
 * whose start lies in [emit_lo, emit_hi), in order; '*stopped' is set
 * when 'emit' returns non-zero. Offsets in 'c' are window-relative. */
zd_code zd_scan_window(struct zd_scanner *s, const char *data, size_t len,
                       size_t emit_lo, size_t emit_hi,
                       int (*emit)(const struct zd_cand *c, void *ud),
                       void *ud, int *stopped, struct zd_error *err);

/* Detector entry points: called with the trigger's end offset 'to' (one
 * past its last byte) and the row's ARG. */
typedef void (*zd_detector_fn)(struct zd_scan_run *r, size_t to, int arg);

void zd_detect_digits(struct zd_scan_run *r, size_t to, int arg);
/* A digit alone beside a capital letter ("XRHB3MFY2EW6UD8FU"): the
 * identifier readings of its token (a VIN whose digits are apart). */
void zd_detect_lone_digit(struct zd_scan_run *r, size_t to);
void zd_detect_month_date(struct zd_scan_run *r, size_t to, int arg);
/* The MONTH trigger for the run of digits [gs, ge): calls
 * zd_detect_month_date, in order and once each, for the words a date
 * with these digits could be named by ("Mar 5", "5th of March"). */
void zd_month_near(struct zd_scan_run *r, size_t gs, size_t ge);
void zd_detect_email(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_url(struct zd_scan_run *r, size_t to, int arg);
/* Readings of a DIGITS trigger: a number (detect_number.c), an IPv6
 * address (detect_net.c), an identifier of letters and digits
 * (detect_id.c). */
void zd_read_number(struct zd_scan_run *r, size_t to);
void zd_read_ipv6(struct zd_scan_run *r, size_t to);
void zd_detect_jwt(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_pem(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_zendesk(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_basic_auth(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_assignment(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_key_prefix(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_vendor_word(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_discord_alone(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_prose(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_curl_user(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_cli_password(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_code_pair(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_cred_url(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_webhook_host(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_removed(struct zd_scan_run *r, size_t to, int arg);
int zd_password_after_login(struct zd_scan_run *r, size_t e);
void zd_detect_labelled_id(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_name(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_address(struct zd_scan_run *r, size_t to, int arg);
void zd_detect_place(struct zd_scan_run *r, size_t to, int arg);
/* The place after "from" ("is from BALTIMORE"): "from" is one literal of
 * CUE_LABEL, whose detector calls this (detect_place.c). */
void zd_place_after_from(struct zd_scan_run *r, size_t to);
/* The town before the state abbreviation that ends at 'to' (", OH"),
 * called from a ZIP code after it. */
void zd_place_before_state(struct zd_scan_run *r, size_t to);
/* The street line before a town that starts at 'town' and is followed by
 * a state and ZIP code ("2971 William Estate, Nampa ID 83651"), whatever
 * its street type: a house number, capitalised words, an optional unit,
 * then ", " (detect_address.c). */
void zd_street_before_town(struct zd_scan_run *r, size_t town);
/* Names with no cue in the sentence around [s, e), where other PHI was
 * found: a first name of the lexicon, then an initial or a surname
 * ("Anna S.", "John Lee"). Each byte is swept once (detect_name.c). */
/* Names with no cue, by their shape (detect_fullname.c): one pass over
 * [from, hi) of the window; returns where it stopped (it may read past
 * hi to finish a name). */
size_t zd_scan_fullnames(struct zd_scan_run *r, size_t from, size_t hi);
/* A capitalised word at a sentence's start before a verb only a person does
 * ("Shovda said"), from the CUE_SUBJECT trigger ending at 'to'. */
void zd_name_subject(struct zd_scan_run *r, size_t to);
/* "RN: K. Kuhn", "np: Cremin": the digit loop's ':' at 'o' after RN or NP
 * (a literal "RN:" cost Vectorscan 0.35% of the sparse corpus). */
void zd_role_colon(struct zd_scan_run *r, size_t o);
/* Whether p[0..n) is a word that never starts or ends a name after a cue
 * ("the", "Patient", "Support"; detect_name.c). */
int zd_name_stop_word(const unsigned char *p, size_t n);
void zd_name_sweep(struct zd_scan_run *r, size_t s, size_t e);

/* Shared by the two date detectors (detect_date.c): the confidence of a
 * date at [start, end) from the words around it, and the end of a time of
 * day that follows a date ("2023-01-05 14:30:00Z"), or 'end'. */
double zd_date_score(const struct zd_scan_run *r, size_t start, size_t end);
size_t zd_date_time_suffix(const struct zd_scan_run *r, size_t end);
/* 1 when no sentence ends in [a, b) (detect_date.c). */
int zd_same_sentence(const struct zd_scan_run *r, size_t a, size_t b);
/* Dates raised by a name, place or age in their sentence; called on the
 * window's candidates before resolution (detect_date.c). */
void zd_date_link(struct zd_scan_run *r);
/* An age over 89 at the digits [s, e) ("93-year-old"); 1 if recorded. */
int zd_read_age(struct zd_scan_run *r, size_t s, size_t e);

/* 1 when the allow-list covers the span [s, e) of p[0..len) (allow.c). */
int zd_allow_covers(const struct zd_scan_allow *a, const unsigned char *p,
                    size_t len, size_t s, size_t e);

/* ARG values of zd_detect_labelled_id: which label fired. */
enum { ZD_LABEL_MRN = 0, ZD_LABEL_PLAN = 1, ZD_LABEL_ICD = 2,
       ZD_LABEL_ACCOUNT, ZD_LABEL_LICENSE, ZD_LABEL_ID, ZD_LABEL_PAGER };
/* The label words of LABEL_PLAN (detect_id.c), lower case,
 * NULL-terminated; scanner.c finds them without putting the bare words in
 * the database. (The ASSIGN_* names are found from ':' and '=' by
 * zd_assign_before, detect_secret.c.) */
extern const char *const zd_plan_labels[];

/* The trigger database. zd_scan_compile() assembles patterns.def (and
 * the LABEL_PLAN literals) and compiles it: ~11 ms, most of a small
 * scan's time. tools/scandb.c runs it at build time and serializes the
 * result into zd_scan_db[] (scandb.c in the build tree); the scanner
 * loads that (zd_scan_load_db) and compiles only when Vectorscan
 * refuses it — built for another CPU or library version. */
struct hs_database;
zd_code zd_scan_compile(struct hs_database **db, struct zd_error *err);
zd_code zd_scan_load_db(const unsigned char *blob, size_t len,
                        struct hs_database **db, struct zd_error *err);
extern const unsigned char zd_scan_db[];
extern const size_t zd_scan_db_len;

/* ARG values of zd_detect_key_prefix: which vendor prefix fired. */
enum {
  ZD_KEY_AWS = 0, ZD_KEY_STRIPE, ZD_KEY_SLACK, ZD_KEY_GITHUB,
  ZD_KEY_SENDGRID, ZD_KEY_GOOGLE, ZD_KEY_OPENAI, ZD_KEY_GITLAB, ZD_KEY_NPM,
  ZD_KEY_PYPI, ZD_KEY_SHOPIFY, ZD_KEY_ATLASSIAN, ZD_KEY_MAILGUN,
  ZD_KEY_TWILIO, ZD_KEY_TELEGRAM, ZD_KEY_AZURE, ZD_KEY_AZURE_STORAGE,
  ZD_KEY_OKTA
};
/* ARG values of zd_detect_name: which cue fired. */
enum {
  ZD_CUE_HONORIFIC = 0, ZD_CUE_DEAR, ZD_CUE_LABEL, ZD_CUE_SIGNOFF,
  ZD_CUE_GREETING, ZD_CUE_RELATIVE, ZD_CUE_CREDENTIAL, ZD_CUE_ROLE,
  ZD_CUE_ROLE_ABBR
};
/* ARG values of zd_detect_place: which trigger fired. */
enum {
  ZD_PLACE_FACILITY = 0, ZD_PLACE_SAINT, ZD_PLACE_CUE
};

/* 1 when p[0..n) equals one of the NULL-terminated 'list' of lower-case
 * words, ignoring ASCII case (context.c). */
int zd_word_in(const unsigned char *p, size_t n, const char *const *list);

/* The start of the word that ends at 'e' (letters only, at most 'max'
 * back), and whether a word character touches it on the left. */
static inline size_t zd_word_start(const unsigned char *p, size_t e, size_t max)
{
  size_t s = e;
  while(s > 0 && e - s < max &&
        ((p[s - 1] >= 'a' && p[s - 1] <= 'z') ||
         (p[s - 1] >= 'A' && p[s - 1] <= 'Z')))
    s--;
  return s;
}

/* Byte classes (ASCII only; bytes >= 0x80 are none of these). */
static inline int zd_isdigit(int c) { return c >= '0' && c <= '9'; }
static inline int zd_isupper(int c) { return c >= 'A' && c <= 'Z'; }
static inline int zd_islower(int c) { return c >= 'a' && c <= 'z'; }
static inline int zd_isalpha(int c) { return zd_isupper(c) || zd_islower(c); }
static inline int zd_isalnum(int c) { return zd_isalpha(c) || zd_isdigit(c); }
static inline int zd_isspace(int c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
static inline int zd_tolower(int c) { return zd_isupper(c) ? c + 32 : c; }
/* A byte that continues a word: ASCII letter/digit or any UTF-8 byte. */
static inline int zd_isword(int c) { return zd_isalnum(c) || c >= 0x80; }

/* The byte at 'i' of the window, or 0 outside it. */
static inline int zd_at(const struct zd_scan_run *r, size_t i)
{
  return i < r->len ? r->p[i] : 0;
}

#endif

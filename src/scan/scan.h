/* SPDX-License-Identifier: MIT
 * scan.h — the PHI and credential scanner: finding types, the scanner
 * object, scanning one buffer, streaming with bounded memory, masking.
 * HTML, NDJSON and snapshot inputs are in html.h, ndjson.h, scan_snap.h.
 *
 * How it works: one Vectorscan pass over the input reports trigger
 * positions for every type at once (patterns.def); a detector per family
 * extracts the span around each trigger, validates it (validate.h) and
 * scores it with whole-word context (context.h); overlapping candidates are
 * resolved so each span has one type; the rest is compared with the
 * threshold.
 *
 * Ownership: zd_scanner_new returns a scanner freed by zd_scanner_free. A
 * scanner holds Vectorscan scratch space and per-scan state, so it is used
 * by one thread at a time; for more threads, zd_scanner_clone gives each
 * its own (cheap: the trigger database is shared, not loaded again).
 * Nothing in src/scan keeps mutable state outside a scanner, so clones on
 * different threads never meet. Findings passed to callbacks are borrowed
 * for the callback only. */
#ifndef ZD_SCAN_H
#define ZD_SCAN_H
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "core/error.h"

/* The finding types. Their names (zd_scan_type_name) are part of the JSON
 * contract and never change; add new types before ZD_SCAN_TYPE_COUNT. */
typedef enum zd_scan_type {
  ZD_SCAN_US_SSN = 0,
  ZD_SCAN_US_ITIN,
  ZD_SCAN_US_MBI,
  ZD_SCAN_US_NPI,
  ZD_SCAN_US_DEA_NUMBER,
  ZD_SCAN_CREDIT_CARD,
  ZD_SCAN_ABA_ROUTING,
  ZD_SCAN_VIN,
  ZD_SCAN_PHONE_NUMBER,
  ZD_SCAN_EMAIL_ADDRESS,
  ZD_SCAN_IP_ADDRESS,
  ZD_SCAN_URL,
  ZD_SCAN_DATE,
  ZD_SCAN_MEDICAL_RECORD_NUMBER,
  ZD_SCAN_HEALTH_PLAN_ID,
  ZD_SCAN_US_ZIP_CODE,
  ZD_SCAN_STREET_ADDRESS,
  ZD_SCAN_PERSON_NAME,
  ZD_SCAN_ICD10_CODE,
  ZD_SCAN_ZENDESK_API_TOKEN,
  ZD_SCAN_JWT,
  ZD_SCAN_PRIVATE_KEY,
  ZD_SCAN_GENERIC_SECRET,
  ZD_SCAN_LOCATION,          /* a place smaller than a state: facility, town */
  ZD_SCAN_ACCOUNT_NUMBER,
  ZD_SCAN_LICENSE_NUMBER,    /* licence or certificate number */
  ZD_SCAN_AGE_OVER_89,
  ZD_SCAN_ID_NUMBER,         /* any other labelled identifying number */
  ZD_SCAN_TYPE_COUNT
} zd_scan_type;

/* Findings below this confidence are not reported unless the caller
 * lowers the threshold. Chosen on the evaluation data (docs/scan.md). */
#define ZD_SCAN_DEFAULT_THRESHOLD 0.5

/* "US_SSN", …; NULL for an out-of-range value. */
const char *zd_scan_type_name(zd_scan_type t);
/* Parses a type name (case-insensitive). Returns 0 and sets '*out', or -1. */
int zd_scan_type_parse(const char *name, zd_scan_type *out);
/* 1 for the credential types (token, JWT, key, generic secret). */
int zd_scan_type_is_secret(zd_scan_type t);

struct zd_scan_finding {
  zd_scan_type type;
  uint64_t start;       /* byte offset of the first byte */
  uint64_t end;         /* byte offset just past the last byte */
  double confidence;    /* in [0, 1] */
  uint64_t line;        /* 1-based line of 'start' (streams, NDJSON), or 0 */
  size_t value_len;     /* bytes at the callback's 'value': end - start,
                         * except for HTML and NDJSON, whose 'value' is the
                         * decoded text */
  unsigned rule;        /* the credential rule that decided it
                         * (zd_scan_rule_id), or 0 for none */
  unsigned cue;         /* the PHI cue that decided it (zd_scan_cue_text),
                         * or 0 for none (context words, validators) */
  int sample;           /* 1: it looks like sample data (an HL7 segment,
                         * "for example …"): shaped like a real value but
                         * shown as an illustration */  const char *part;     /* HTML: the page-source part the text was in
                         * ("comment", "script", … zd_html_part_name), or
                         * NULL for visible text and other inputs */
  const char *context_for;     /* with zd_scan_opts.explain, for findings */
  const char *context_against; /* of no credential rule: the nearest word
                         * arguing for its type ("ssn") and against it on
                         * its line ("order"), static text; else NULL */
};

/* Credential rules (rules.def): a stable id per kind of credential
 * ("slack-webhook-url", "aws-access-key-id"…, a contract like the type
 * names), the validator that decided and the cue that led to it. NULL
 * for rule 0 or an unknown rule. */
const char *zd_scan_rule_id(unsigned rule);
const char *zd_scan_rule_validator(unsigned rule);
const char *zd_scan_rule_cue(unsigned rule);
/* How many rules there are (ids 1 .. zd_scan_rule_count()). */
unsigned zd_scan_rule_count(void);

/* The PHI cues (detect_name.c, detect_place.c, detect_date.c): what made
 * a name, place, date or age a finding. --explain prints them. */
enum zd_scan_cue {
  ZD_SCAN_CUE_NONE = 0, ZD_SCAN_CUE_TITLE, ZD_SCAN_CUE_DEAR,
  ZD_SCAN_CUE_LABEL, ZD_SCAN_CUE_SIGNOFF, ZD_SCAN_CUE_GREETING,
  ZD_SCAN_CUE_RELATIVE, ZD_SCAN_CUE_CREDENTIAL, ZD_SCAN_CUE_ROLE,
  ZD_SCAN_CUE_LEXICON, ZD_SCAN_CUE_FACILITY, ZD_SCAN_CUE_SAINT,
  ZD_SCAN_CUE_PLACE, ZD_SCAN_CUE_STATE, ZD_SCAN_CUE_AGE,
  ZD_SCAN_CUE_DATE_WORD, ZD_SCAN_CUE_DATE_LINK, ZD_SCAN_CUE_NAME_SHAPE,
  ZD_SCAN_CUE_NAME_ALONE, ZD_SCAN_CUE_NAME_LIST, ZD_SCAN_CUE_TEAM,
  ZD_SCAN_CUE_COUNT
};
/* A short text for a cue ("title before it (Mr, Dr, MRS …)"), NULL for
 * none or an unknown one. */
const char *zd_scan_cue_text(unsigned cue);
/* An allow-list (allow.c): values and patterns known not to be PHI. */
struct zd_scan_allow;

struct zd_scan_opts {
  double threshold;     /* report findings >= this; <= 0: the default */
  uint32_t types;       /* bit (1u << type) per type reported; 0 = all */
  int explain;          /* fill the findings' context_for/_against */
};

/* Reads an allow-list file: one value per line (covered findings are
 * dropped, matched without regard to case), "re:PATTERN" for a POSIX
 * extended regular expression the whole finding must match, '#'
 * comments. Free with zd_scan_allow_free. */
zd_code zd_scan_allow_load(const char *path, struct zd_scan_allow **out,
                           struct zd_error *err);
/* Adds the strings of the JSON array 'entries' (scan.allow in
 * zdaudit.yaml), each read as a line of that file, to '*a' (created when
 * NULL; on an error it keeps what was added and must still be freed);
 * 'what' names them in an error. */
zd_code zd_scan_allow_add_json(struct zd_scan_allow **a,
                               const json_t *entries, const char *what,
                               struct zd_error *err);
void zd_scan_allow_free(struct zd_scan_allow *a);

/* Called once per finding, in increasing 'start' order. 'value' points at
 * the finding's bytes (end - start of them), valid during the call only;
 * callers must mask it (zd_scan_mask) before it leaves the process.
 * Return non-zero to stop the scan. */
typedef int (*zd_scan_cb)(const struct zd_scan_finding *f, const char *value,
                          void *ud);

struct zd_scanner;

/* Compiles the trigger database and allocates scratch space. 'opts' may
 * be NULL for the defaults. */
zd_code zd_scanner_new(const struct zd_scan_opts *opts,
                       struct zd_scanner **out, struct zd_error *err);
/* A scanner for another thread: the same options and allow-list as 's',
 * its own scratch space and state, the trigger database shared with 's'
 * (borrowed: free the clone before 's'). The clone may scan on one thread
 * while 's' and other clones scan on others; any of them gives the same
 * findings for the same input. ~10 µs and ~100 KiB. */
zd_code zd_scanner_clone(const struct zd_scanner *s, struct zd_scanner **out,
                         struct zd_error *err);
/* Frees 's' (NULL is a no-op). */
void zd_scanner_free(struct zd_scanner *s);
/* Drops findings the allow-list 'a' covers (NULL: none). 'a' is
 * borrowed and must outlive the scanner's use. */
void zd_scanner_set_allow(struct zd_scanner *s, const struct zd_scan_allow *a);
/* The threshold in use. */
double zd_scanner_threshold(const struct zd_scanner *s);

/* Scans 'len' bytes of 'data' (any bytes, NUL included) as one text.
 * Offsets in findings are relative to 'data'. Inputs larger than
 * ZD_SCAN_MAX_BUFFER are refused with ZD_ERR_LIMIT: stream them. Returns
 * ZD_OK also when the callback stopped the scan. */
zd_code zd_scan_buffer(struct zd_scanner *s, const char *data, size_t len,
                       zd_scan_cb cb, void *ud, struct zd_error *err);

/* Streaming: feeds any number of pieces of one text; findings come with
 * offsets from the start of the stream and a line number. Memory stays at
 * about ZD_SCAN_CHUNK + 2 * ZD_SCAN_OVERLAP bytes whatever the input size,
 * and no finding is lost where pieces or internal windows meet. */
struct zd_scan_stream;

struct zd_scan_stream *zd_scan_stream_new(struct zd_scanner *s,
                                          zd_scan_cb cb, void *ud);
/* Adds 'len' bytes. Returns ZD_OK, or the error of a failed scan. */
zd_code zd_scan_stream_feed(struct zd_scan_stream *st, const char *data,
                            size_t len, struct zd_error *err);
/* Feeding without a copy: zd_scan_stream_space() returns where the next
 * bytes go in the stream's own window and sets '*room' (> 0) to how many
 * fit; a reader writes up to that many there (read(2)) and passes the
 * count to zd_scan_stream_commit(), which then acts as zd_scan_stream_feed
 * of those bytes would. */
char *zd_scan_stream_space(struct zd_scan_stream *st, size_t *room);
zd_code zd_scan_stream_commit(struct zd_scan_stream *st, size_t n,
                              struct zd_error *err);
/* Instead of feeding: scans the whole input 'data'/'len' (a mapped file)
 * in place, window by window, as feeding it would — same findings, no
 * copy. After each window it calls 'passed' (if not NULL) with the offset
 * below which the input is no longer read, so the caller may drop those
 * pages. Call on a new stream; zd_scan_stream_finish is then a no-op. */
zd_code zd_scan_stream_whole(struct zd_scan_stream *st, const char *data,
                             size_t len,
                             void (*passed)(uint64_t upto, void *ud),
                             void *pud, struct zd_error *err);
/* Scans what is left; call once at the end of the input. */
zd_code zd_scan_stream_finish(struct zd_scan_stream *st,
                              struct zd_error *err);
/* Bytes fed so far. */
uint64_t zd_scan_stream_bytes(const struct zd_scan_stream *st);
/* 1 when the callback asked to stop. */
int zd_scan_stream_stopped(const struct zd_scan_stream *st);
void zd_scan_stream_free(struct zd_scan_stream *st);

/* The number of '\n' in p[0, n) (16 bytes a step with SSE2). */
uint64_t zd_scan_newlines(const char *p, size_t n);

/* Pooled streams (`zdaudit scan --jobs N`): the same windows, findings
 * and line numbers as a stream of one scanner, but each window is a job
 * on 'pool' (core/pool.h) scanned with scanners[worker] (one per worker,
 * zd_scanner_clone; borrowed, they outlive the stream's jobs). Findings
 * go to a sink, per window:
 *   open(ud)  on the feeding thread as a window is submitted; returns the
 *             window's state 'wud';
 *   cb(f, value, wud)  on a worker, for the window's findings in order
 *             (offsets from the stream's start; 'value' lives during the
 *             call; its return is ignored: a pooled scan does not stop);
 *   close(wud, upto, rc, err, ud)  on the feeding thread, in window
 *             order, once the window's findings are through: 'upto' is
 *             the stream offset below which the input is no longer read
 *             (what zd_scan_stream_whole's 'passed' says), 'rc'/'err' a
 *             failed scan of that window.
 * So a sink that writes each window's findings into its own buffer in
 * cb, and appends the buffer to the output in close, writes what one
 * scanner would, in the same order. feed/space/commit/finish and
 * zd_scan_stream_whole work as above, except that errors come to close
 * and scanning is finished only when the pool has closed the stream's
 * last window (zd_pool_drain): keep zd_scan_stream_whole's 'data' until
 * then. zd_scan_stream_free may come before that. */
struct zd_pool;
struct zd_scan_sink {
  void *(*open)(void *ud);
  zd_scan_cb cb;
  void (*close)(void *wud, uint64_t upto, zd_code rc,
                const struct zd_error *err, void *ud);
  void *ud;
};
struct zd_scan_stream *zd_scan_stream_pooled(struct zd_pool *pool,
                                             struct zd_scanner *const *scanners,
                                             const struct zd_scan_sink *sink);

/* Writes a masked form of 'value' (a finding of type 't') into 'out'
 * (NUL-terminated, truncated to 'outlen'): digits and letters become '*'
 * except a few that identify nothing on their own — the last 4 of a long
 * number ("***-**-6789"), the first 3 of a ZIP code, the domain's last
 * label of an e-mail address, initials of a name. Secrets keep only a
 * fixed, type-specific prefix ("eyJ…", "-----BEGIN … PRIVATE KEY-----")
 * and never their length. Returns 'out'. */
const char *zd_scan_mask(zd_scan_type t, const char *value, size_t len,
                         char *out, size_t outlen);
/* Size of a buffer that always holds zd_scan_mask's result untruncated. */
#define ZD_SCAN_MASK_SIZE 96

#endif

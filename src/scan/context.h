/* SPDX-License-Identifier: MIT
 * context.h — whole-word context around a candidate: which finding types
 * the nearby words argue for ("ssn", "date of birth") and against
 * ("order", "invoice", "tracking", "version", "build", "SKU").
 * Words are matched whole and case-insensitively, phrases of up to three
 * words included, so "lic" never matches "public" (detectors.md §1.2). */
#ifndef ZD_CONTEXT_H
#define ZD_CONTEXT_H
#include <stddef.h>
#include <stdint.h>

struct zd_scan_run;

/* Bit (1u << type) set in 'pos' when a word for that type is near, in
 * 'neg' when a word against it is. */
struct zd_ctx {
  uint32_t pos;
  uint32_t neg;
};

/* A bit of 'pos' beyond the types: a birth word ("DOB", "date of
 * birth", "born"), which ties a date to a person even from the sentence
 * before on the same line ("your date of birth? It's 6/24/1991"). */
#define ZD_CTX_BIRTH (1u << 31)

/* Bytes of context read before a span's start and after its end. */
#define ZD_CTX_BEFORE 48
#define ZD_CTX_AFTER 24

/* Fills 'out' from the words in [start - before, start) and
 * [end, end + after) of the run's window. */
void zd_ctx_get(const struct zd_scan_run *r, size_t start, size_t end,
                size_t before, size_t after, struct zd_ctx *out);

/* Fills 'out' with what the words of the candidate's line in the last
 * 'words' words before 'start' argue for and against: a subset of what
 * zd_ctx_get(r, start, …) reports, read from far fewer bytes. Empty
 * when that cannot be told cheaply (a '{' within the context range). */
void zd_ctx_words_before(const struct zd_scan_run *r, size_t start,
                         int words, struct zd_ctx *out);

/* For --explain: the nearest word or phrase within the standard context
 * range (ZD_CTX_BEFORE, ZD_CTX_AFTER) that argues for type 't', and the
 * nearest that argues against it (only one on the span's own line
 * counts), as indices for zd_ctx_word (0: none). Off the hot path: run
 * only for reported findings when explaining. */
void zd_ctx_explain(const struct zd_scan_run *r, size_t start, size_t end,
                    int t, uint8_t *why_for, uint8_t *why_against);
/* The words of an index zd_ctx_explain gave ("date of birth"), or NULL
 * for 0. */
const char *zd_ctx_word(unsigned index);

/* Score arithmetic shared by the detectors: 'base' raised by 'up' when a
 * word for 't' is near, lowered by 'down' when a word against it is,
 * clamped to [0, 1]. */
double zd_ctx_score(const struct zd_ctx *c, int t, double base, double up,
                    double down);

#endif

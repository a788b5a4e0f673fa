/* SPDX-License-Identifier: MIT
 * ndjson.h — scanning newline-delimited JSON (Zendesk incremental
 * exports): every string value is scanned as "<key>: <value>" so the key
 * gives context, escapes are decoded, and each finding names its line,
 * the object's top-level "id" and the JSON path of the field. Offsets are
 * bytes in the NDJSON input as given.
 *
 * Ownership: zd_ndjson_new returns a walker freed by zd_ndjson_free; the
 * strings in a struct zd_ndjson_source live during the callback only. */
#ifndef ZD_NDJSON_H
#define ZD_NDJSON_H
#include <stddef.h>
#include <stdint.h>
#include "core/error.h"
#include "scan/scan.h"

struct zd_ndjson_source {
  uint64_t line;        /* 1-based */
  const char *id;       /* top-level "id" as JSON text (a number or a
                         * quoted string), or NULL */
  const char *field;    /* e.g. "comments[2].body", or NULL */
};

/* 'f' has offsets in the input and 'value' is the decoded text. */
typedef int (*zd_ndjson_cb)(const struct zd_scan_finding *f,
                            const char *value,
                            const struct zd_ndjson_source *src, void *ud);

struct zd_ndjson;

struct zd_ndjson *zd_ndjson_new(struct zd_scanner *s, zd_ndjson_cb cb,
                                void *ud);
/* Where the input fed next starts in a larger one: at byte 'offset' of
 * it, on line 'line' (1-based); findings then carry offsets and lines in
 * that input. For a piece of an export cut at a line break and scanned on
 * its own (`scan --jobs`); call before feeding (or between pieces given
 * to zd_ndjson_lines). */
void zd_ndjson_origin(struct zd_ndjson *nj, uint64_t offset, uint64_t line);
/* The 'ud' findings are passed with from now on: a walker kept per
 * thread serves piece after piece (its buffers are reused). */
void zd_ndjson_set_ud(struct zd_ndjson *nj, void *ud);
/* Scans data[0, len) — whole lines, or the end of the input — as one
 * batch, as zd_ndjson_feed does with the lines it has when a chunk is in:
 * a reader that cuts the input where zd_ndjson_feed would (after each
 * ZD_SCAN_CHUNK read, at the last line break) gets the same findings
 * from pieces on separate walkers (with zd_ndjson_origin). On a walker
 * holding no unscanned input; 'data' is read, not kept. */
zd_code zd_ndjson_lines(struct zd_ndjson *nj, const char *data, size_t len,
                        struct zd_error *err);
/* Adds input; lines longer than ZD_SCAN_MAX_NDJSON_LINE are an error
 * naming the line. */
zd_code zd_ndjson_feed(struct zd_ndjson *nj, const char *data, size_t len,
                       struct zd_error *err);
/* Feeding without a copy, as zd_scan_stream_space/commit (scan.h): room
 * for up to '*room' bytes (ZD_SCAN_CHUNK) at the returned pointer; commit
 * the count written. */
char *zd_ndjson_space(struct zd_ndjson *nj, size_t *room);
zd_code zd_ndjson_commit(struct zd_ndjson *nj, size_t n, struct zd_error *err);
zd_code zd_ndjson_finish(struct zd_ndjson *nj, struct zd_error *err);
/* Lines that were not one JSON value (unbalanced, unterminated string);
 * their string values are still scanned. */
uint64_t zd_ndjson_bad_lines(const struct zd_ndjson *nj);
/* Bytes the JSON lexer has gone through so far, over all passes: about
 * twice the input however many findings a line has (tests check that the
 * work is linear in line length). */
uint64_t zd_ndjson_work(const struct zd_ndjson *nj);
void zd_ndjson_free(struct zd_ndjson *nj);

#endif

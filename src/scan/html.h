/* SPDX-License-Identifier: MIT
 * html.h — HTML to scannable text: tags dropped (block tags become line
 * breaks so words do not run together), style skipped, entities decoded,
 * alt/title/href attribute values kept as text; comments, scripts, CDATA,
 * data-* attributes and input values kept too, marked as page source; and a
 * map from every text byte back to the HTML bytes it came from, so
 * findings are reported at their place in the original HTML.
 *
 * Ownership: zd_html_strip fills a struct zd_html_text the caller frees
 * with zd_html_text_free. */
#ifndef ZD_HTML_H
#define ZD_HTML_H
#include <stddef.h>
#include <stdint.h>
#include "core/error.h"
#include "scan/scan.h"

/* Where a text byte was in the page: visible text (also alt, title and
 * href values), or page source a reader does not see but anyone can read
 * with "view source" (issue #11 item 14): findings there name the part. */
enum {
  ZD_HTML_TEXT = 0, ZD_HTML_COMMENT, ZD_HTML_SCRIPT, ZD_HTML_CDATA,
  ZD_HTML_DATA_ATTR, ZD_HTML_INPUT_VALUE
};

/* A run of text bytes and the HTML bytes they came from: a copy maps
 * text byte text+j to HTML byte from+j (n == to - from); otherwise every
 * byte of the run comes from all of [from, to) (a character reference, a
 * line break for a tag). One run per stretch of plain text, so the map
 * costs per construct, not per byte. */
struct zd_html_seg {
  uint32_t text, n;     /* text bytes [text, text + n) */
  uint32_t from, to;    /* HTML bytes [from, to) */
  unsigned char copy;   /* 1: byte-for-byte */
  unsigned char part;   /* ZD_HTML_* */
};

struct zd_html_text {
  char *text;          /* NUL-terminated; may contain any byte */
  size_t len, cap;
  struct zd_html_seg *seg;   /* in text order, seg[0].text == 0 */
  size_t nseg, segcap;
};

/* Strips 'len' bytes of HTML (at most ZD_SCAN_MAX_HTML). Malformed HTML
 * is not an error: a '<' that opens no tag is text, an unclosed tag runs
 * to the end. */
zd_code zd_html_strip(const char *html, size_t len, struct zd_html_text *out,
                      struct zd_error *err);
void zd_html_text_free(struct zd_html_text *t);
/* The HTML span [*from, *to) text byte i (< t->len) came from. */
void zd_html_src(const struct zd_html_text *t, size_t i, size_t *from,
                 size_t *to);
/* The part (ZD_HTML_*) text byte i came from, and its name for reports
 * ("comment", "script", "cdata", "data-attribute", "input-value"; NULL
 * for visible text). */
int zd_html_part(const struct zd_html_text *t, size_t i);
const char *zd_html_part_name(int part);
/* The HTML span [*ostart, *oend) that text bytes [start, end) came from
 * (end > start). */
void zd_html_map(const struct zd_html_text *t, size_t start, size_t end,
                 size_t *ostart, size_t *oend);

/* Scans HTML: findings carry offsets in 'html' and, for page source, its
 * part (zd_scan_finding.part); 'value' in the callback is the decoded text
 * of the finding (tags removed, entities decoded). Strips into a buffer
 * the scanner keeps, so it is not reentrant on one scanner. */
zd_code zd_scan_html(struct zd_scanner *s, const char *html, size_t len,
                     zd_scan_cb cb, void *ud, struct zd_error *err);

#endif

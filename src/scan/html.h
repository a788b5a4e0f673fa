/* SPDX-License-Identifier: MIT
 * html.h — HTML to scannable text: tags dropped (block tags become line
 * breaks so words do not run together), script/style/comments skipped,
 * entities decoded, alt/title/href attribute values kept as text; and a
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

struct zd_html_text {
  char *text;          /* NUL-terminated; may contain any byte */
  size_t len;
  uint32_t *src;       /* per text byte: start of its source in the HTML */
  uint32_t *src_end;   /* per text byte: end of its source */
};

/* Strips 'len' bytes of HTML (at most ZD_SCAN_MAX_HTML). Malformed HTML
 * is not an error: a '<' that opens no tag is text, an unclosed tag runs
 * to the end. */
zd_code zd_html_strip(const char *html, size_t len, struct zd_html_text *out,
                      struct zd_error *err);
void zd_html_text_free(struct zd_html_text *t);
/* The HTML span [*ostart, *oend) that text bytes [start, end) came from
 * (end > start). */
void zd_html_map(const struct zd_html_text *t, size_t start, size_t end,
                 size_t *ostart, size_t *oend);

/* Scans HTML: findings carry offsets in 'html'; 'value' in the callback
 * is the decoded text of the finding (tags removed, entities decoded). */
zd_code zd_scan_html(struct zd_scanner *s, const char *html, size_t len,
                     zd_scan_cb cb, void *ud, struct zd_error *err);

#endif

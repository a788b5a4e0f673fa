/* SPDX-License-Identifier: MIT
 * fuzz_html.c — libFuzzer target for the HTML stripper: any bytes must
 * strip without a crash; the text is never longer than the HTML; every
 * text byte maps to a span inside the HTML, in order; and scanning the
 * HTML reports findings inside it. */
#include <stdint.h>
#include <stdlib.h>

#include "scan/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t html_len;

static int check(const struct zd_scan_finding *f, const char *value,
                 void *ud)
{
  (void)value;
  (void)ud;
  if(f->start >= f->end || f->end > html_len)
    abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static struct zd_scanner *s;
  struct zd_html_text t;
  struct zd_error err;
  size_t last = 0;
  if(!s && zd_scanner_new(NULL, &s, &err))
    abort();
  if(zd_html_strip((const char *)data, size, &t, &err))
    abort();
  if(t.len > size || t.text[t.len] != '\0')
    abort();
  for(size_t i = 0; i < t.len; i++) {
    size_t from, to;
    zd_html_src(&t, i, &from, &to);
    if(from > to || to > size || from < last)
      abort();
    last = from;
  }
  zd_html_text_free(&t);
  html_len = size;
  if(zd_scan_html(s, (const char *)data, size, check, NULL, &err))
    abort();
  return 0;
}

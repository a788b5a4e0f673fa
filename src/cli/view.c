/* SPDX-License-Identifier: MIT
 * view.c — the terminal view of results (see view.h). */
#include "cli/view.h"
#include "cli/suggest.h"
#include "core/msgs.h"
#include "engine/result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static const zd_status order[ZD_STATUS_COUNT] = {
  ZD_STATUS_FAIL, ZD_STATUS_ERROR, ZD_STATUS_MANUAL, ZD_STATUS_ACCEPTED,
  ZD_STATUS_ATTESTED, ZD_STATUS_PASS, ZD_STATUS_NA
};

int zd_cli_view_status(struct zd_cli_view *v, const char *list)
{
  const char *p = list;
  while(*p) {
    size_t n = strcspn(p, ",");
    char word[32];
    zd_status s;
    if(n && n < sizeof(word)) {
      memcpy(word, p, n);
      word[n] = '\0';
    }
    else
      word[0] = '\0';
    if(!word[0] || zd_status_parse(word, &s)) {
      static const char *const words[] = {
        "fail", "error", "manual", "accepted", "attested", "pass",
        "not_applicable"
      };
      const char *hit = word[0] ? zd_cli_closest(word, words, 7) : NULL;
      zd_errorf("--status: unknown status '%.*s'%s%s%s (valid: fail, error, "
                "manual, accepted, attested, pass, not_applicable; "
                "comma-separated)", (int)n, p, hit ? ", did you mean " : "",
                hit ? hit : "", hit ? "?" : "");
      return -1;
    }
    v->status_mask |= 1u << s;
    p += n;
    if(*p == ',')
      p++;
  }
  if(!v->status_mask) {
    zd_errorf("--status needs at least one status, e.g. --status fail,error");
    return -1;
  }
  return 0;
}

json_t *zd_cli_view_doc(const struct zd_cli_view *v, const json_t *doc)
{
  json_t *copy, *kept;
  const json_t *r;
  size_t i;
  if(!v->status_mask)
    return json_incref((json_t *)doc);
  copy = json_copy((json_t *)doc);
  /* the advisory checks, listed apart, are filtered the same way */
  for(int k = 0; k < 2; k++) {
    const char *key = k ? "advisory" : "results";
    if(k && !json_is_array(json_object_get(doc, key)))
      continue;
    kept = json_array();
    json_array_foreach(json_object_get(doc, key), i, r) {
      zd_status s;
      const char *w = json_string_value(json_object_get(r, "status"));
      if(w && !zd_status_parse(w, &s) && (v->status_mask & (1u << s)))
        json_array_append(kept, (json_t *)r);
    }
    json_object_set_new(copy, key, kept);
  }
  return copy;
}

/* Columns of the terminal on 'fd', or 0 when it is not one. COLUMNS, when
 * set, wins (as for ls). */
static int term_width(int fd)
{
  struct winsize ws;
  const char *cols = getenv("COLUMNS");
  if(!isatty(fd))
    return 0;
  if(cols && atoi(cols) > 0)
    return atoi(cols);
  if(!ioctl(fd, TIOCGWINSZ, &ws) && ws.ws_col > 0)
    return ws.ws_col;
  return 80;
}

void zd_cli_view_opts(const struct zd_cli_view *v, const char *output,
                      zd_format fmt, struct zd_report_opts *ro)
{
  int to_stdout = !output || !strcmp(output, "-");
  ro->color = to_stdout && fmt == ZD_FMT_TEXT && !v->no_color &&
              zd_use_color(STDOUT_FILENO);
  ro->width = to_stdout && fmt == ZD_FMT_TEXT ? term_width(STDOUT_FILENO)
                                              : 0;
}

void zd_cli_view_summary(const json_t *doc, const char *output)
{
  const json_t *summary = json_object_get(doc, "summary");
  int first = 1;
  if(!output || !strcmp(output, "-"))
    return;
  for(size_t i = 0; i < ZD_STATUS_COUNT; i++) {
    const char *w = zd_status_name(order[i]);
    json_int_t n = json_integer_value(json_object_get(summary, w));
    if(!n)
      continue;
    fprintf(stderr, "%s%lld %s", first ? "" : ", ", (long long)n,
            order[i] == ZD_STATUS_NA ? "not applicable" : w);
    first = 0;
  }
  fprintf(stderr, "%s\xE2\x86\x92 %s\n", first ? "" : " ", output);
}

/* SPDX-License-Identifier: MIT
 * report_text.c — the terminal report: grouped by product area, one line
 * per control with status, id and title, and for anything not `pass` one
 * line of reason; a summary by status at the end. Colour only when asked
 * (the CLI asks when stdout is a terminal and NO_COLOR is unset). With
 * verbose, every control also shows evidence and remediation. */
#include "report/report.h"
#include "report/report_common.h"

#include <stdlib.h>
#include <string.h>

#define REASON_WIDTH 100

static const char *color_of(const char *status)
{
  if(!strcmp(status, "pass"))
    return "\033[32m";
  if(!strcmp(status, "fail"))
    return "\033[1;31m";
  if(!strcmp(status, "error"))
    return "\033[35m";
  if(!strcmp(status, "manual"))
    return "\033[33m";
  if(!strcmp(status, "not_applicable"))
    return "\033[2m";
  return "\033[36m";
}

/* Prints 's' up to 'width' bytes, cut at a UTF-8 boundary and the first
 * newline, with "…" when cut. */
static void put_cut(FILE *out, const char *s, size_t width)
{
  size_t n = strcspn(s, "\n");
  int cut = n > width || s[n] == '\n';
  if(n > width) {
    n = width;
    while(n && ((unsigned char)s[n] & 0xc0) == 0x80)
      n--;
  }
  fwrite(s, 1, n, out);
  if(cut)
    fputs("…", out);
}

static void put_evidence(FILE *out, json_t *ev)
{
  size_t i;
  json_t *item;
  json_array_foreach(ev, i, item) {
    char *s = json_dumps(item, JSON_COMPACT | JSON_PRESERVE_ORDER);
    fputs("               evidence: ", out);
    put_cut(out, s ? s : "", 200);
    fputc('\n', out);
    free(s);
  }
}

static void put_record(FILE *out, const char *label, json_t *rec,
                       const char *who, const char *what, const char *until)
{
  const char *w = json_string_value(json_object_get(rec, who));
  const char *t = json_string_value(json_object_get(rec, what));
  const char *u = json_string_value(json_object_get(rec, until));
  int expired = json_is_true(json_object_get(rec, "expired"));
  fprintf(out, "               %s by %s", label, w ? w : "?");
  if(u)
    fprintf(out, expired ? ", expired on %s" : ", until %s", u);
  if(!json_is_true(json_object_get(rec, "applied")) && !expired)
    fputs(" (not applied: the data shows a failure)", out);
  fputs(": ", out);
  put_cut(out, t ? t : "", REASON_WIDTH);
  fputc('\n', out);
}

zd_code zd_report_text(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  json_t *acct = json_object_get(doc, "account");
  json_t *base = json_object_get(doc, "baseline");
  json_t *summary = json_object_get(doc, "summary");
  json_t *results = json_object_get(doc, "results"), *r;
  const char *area = NULL, *reset = opts->color ? "\033[0m" : "";
  const char *bold = opts->color ? "\033[1m" : "";
  size_t i;

  fprintf(out, "%szdaudit %s%s — account %s, collected %s\n", bold,
          json_string_value(json_object_get(json_object_get(doc, "tool"),
                                            "version")), reset,
          json_string_value(json_object_get(acct, "subdomain")),
          json_string_value(json_object_get(acct, "collected_at")));
  fprintf(out, "Baseline: %s (revision %s), %lld controls\n",
          json_string_value(json_object_get(base, "name")),
          json_string_value(json_object_get(base, "revision")),
          (long long)json_integer_value(json_object_get(base, "controls")));

  json_array_foreach(results, i, r) {
    const char *st = json_string_value(json_object_get(r, "status"));
    const char *a = json_string_value(json_object_get(r, "area"));
    const char *details = json_string_value(json_object_get(r, "details"));
    json_t *att = json_object_get(r, "attestation");
    json_t *exc = json_object_get(r, "exception");
    if(!st)
      st = "error";
    if(!area || !a || strcmp(area, a)) {
      area = a;
      fprintf(out, "\n%s%s%s\n", bold, zd_report_area_title(a), reset);
    }
    fprintf(out, "  %s%-8s%s %-15s ", opts->color ? color_of(st) : "",
            zd_report_status_label(st), reset,
            json_string_value(json_object_get(r, "id")));
    put_cut(out, json_string_value(json_object_get(r, "title")), 90);
    fputc('\n', out);
    if((strcmp(st, "pass") || opts->verbose) && details && *details) {
      fputs("               ", out);
      put_cut(out, details, opts->verbose ? 4000 : REASON_WIDTH);
      fputc('\n', out);
    }
    if(json_is_object(att))
      put_record(out, "attested", att, "owner", "statement", "expires");
    if(json_is_object(exc))
      put_record(out, "exception approved", exc, "owner", "justification",
                 "expires");
    if(opts->verbose) {
      const char *rem = json_string_value(json_object_get(r, "remediation"));
      put_evidence(out, json_object_get(r, "evidence"));
      if(rem && strcmp(st, "pass")) {
        fputs("               fix: ", out);
        put_cut(out, rem, 4000);
        fputc('\n', out);
      }
    }
  }
  fprintf(out, "\n%sSummary:%s", bold, reset);
  for(size_t s = 0; s < ZD_STATUS_COUNT; s++) {
    const char *word = zd_rep_status_word((zd_status)s);
    fprintf(out, "%s %lld %s", s ? "," : "",
            (long long)json_integer_value(json_object_get(summary, word)),
            !strcmp(word, "not_applicable") ? "not applicable" : word);
  }
  fputc('\n', out);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

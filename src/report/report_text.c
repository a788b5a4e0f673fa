/* SPDX-License-Identifier: MIT
 * report_text.c — the terminal report: grouped by product area, one line
 * per control with status, id and title, and for anything not `pass` one
 * line of reason; a summary by status at the end. Colour only when asked
 * (the CLI asks when stdout is a terminal and NO_COLOR is unset). With
 * verbose, every control also shows evidence and remediation. Then the
 * root causes (one setting behind several fails) and what needs action,
 * most severe first. On a terminal, lines are cut to its width. */
#include "report/report.h"
#include "report/report_common.h"
#include "report/links.h"
#include "report/triage.h"
#include "core/limits.h"

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

/* Prints 's' up to 'width' characters (UTF-8 code points), cut at the
 * first newline, with "…" when cut (the "…" counts as one). */
static void put_cut(FILE *out, const char *s, size_t width)
{
  size_t n, chars = 0, i;
  if(!s)
    s = "";
  n = strcspn(s, "\n");
  for(i = 0; i < n; i++)
    if(((unsigned char)s[i] & 0xc0) != 0x80)
      chars++;
  if(chars <= width && s[n] != '\n') {
    fwrite(s, 1, n, out);
    return;
  }
  if(width == 0)
    return;
  for(i = 0, chars = 0; i < n; i++) {
    if(((unsigned char)s[i] & 0xc0) != 0x80 && ++chars == width)
      break;
  }
  fwrite(s, 1, i, out);
  fputs("…", out);
}

/* Room left on a line of 'width' columns after 'used' (at least 20), or
 * 'dflt' when not on a terminal. */
static size_t room(const struct zd_report_opts *opts, size_t used,
                   size_t dflt)
{
  if(opts->width <= 0)
    return dflt;
  return (size_t)opts->width > used + 20 ? (size_t)opts->width - used : 20;
}

/* Evidence as readable lines ("[endpoint] path: actual false, expected
 * true"), as the other formats write it. */
static void put_evidence(FILE *out, json_t *ev,
                         const struct zd_report_opts *opts)
{
  size_t i;
  json_t *item;
  struct zd_buf b;
  zd_buf_init(&b, 64 * 1024);
  json_array_foreach(ev, i, item) {
    zd_buf_reset(&b);
    if(zd_rep_evidence_text(&b, item))
      zd_buf_init(&b, 64 * 1024);
    fputs("               evidence: ", out);
    put_cut(out, zd_buf_str(&b), room(opts, 25, 200));
    fputc('\n', out);
  }
  zd_buf_free(&b);
}

/* The root causes: one line for the wrong value, one for the controls
 * that fail on it, one for those that fixing it alone should clear. */
static void put_causes(FILE *out, const json_t *doc,
                       const struct zd_report_opts *opts, const char *bold,
                       const char *reset)
{
  json_t *causes = zd_rep_root_causes(doc), *c, *x;
  size_t i, j;
  (void)opts;   /* on a terminal, zd_report_text wraps these lines */
  if(!json_array_size(causes)) {
    json_decref(causes);
    return;
  }
  fprintf(out, "\n%sFix first: settings behind several failing controls%s\n",
          bold, reset);
  json_array_foreach(causes, i, c) {
    json_t *ids = json_object_get(c, "controls");
    json_t *res = json_object_get(c, "resolves");
    fprintf(out, "  %zu. [%s] ", i + 1, zd_rep_str(c, "severity"));
    put_cut(out, zd_rep_str(c, "summary"), 400);
    fprintf(out, "\n     %zu controls fail on it:", json_array_size(ids));
    json_array_foreach(ids, j, x)
      fprintf(out, "%s %s", j ? "," : "", json_string_value(x));
    if(json_array_size(res)) {
      fprintf(out, "\n     fixing this one %s should make these pass (%zu):",
              json_object_get(c, "object")
                ? zd_rep_str2(c, "object", "type") : "setting",
              json_array_size(res));
      json_array_foreach(res, j, x)
        fprintf(out, "%s %s", j ? "," : "", json_string_value(x));
    }
    fputc('\n', out);
  }
  json_decref(causes);
}

/* Fail and error controls, most severe first, then by area. */
static void put_needs_action(FILE *out, const json_t *doc,
                             const struct zd_report_opts *opts,
                             const char *bold, const char *reset)
{
  size_t n, *order = zd_rep_needs_action(doc, &n);
  const json_t *results = zd_rep_results(doc);
  if(n)
    fprintf(out, "\n%sNeeds action, most severe first%s\n", bold, reset);
  for(size_t i = 0; i < n; i++) {
    const json_t *r = json_array_get(results, order[i]);
    const char *st = zd_rep_str(r, "status");
    fprintf(out, "  %-8s %s%-6s%s %-15s ", zd_rep_str(r, "severity"),
            opts->color ? color_of(st) : "", zd_report_status_label(st),
            reset, zd_rep_str(r, "id"));
    put_cut(out, zd_rep_str(r, "title"), room(opts, 34, 90));
    fputc('\n', out);
  }
  free(order);
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


/* Visible width of s[0..n) (UTF-8 code points, ANSI colour codes not
 * counted). */
static size_t visible(const char *s, size_t n)
{
  size_t w = 0;
  for(size_t i = 0; i < n; i++) {
    if(s[i] == '\033') {
      while(i < n && s[i] != 'm')
        i++;
      continue;
    }
    if(((unsigned char)s[i] & 0xc0) != 0x80)
      w++;
  }
  return w;
}

/* Writes 'text' to 'out' with every line fitted to 'width' columns: a
 * longer line is wrapped at a space, its continuation indented 4 more
 * than the line itself. */
static void fit_lines(FILE *out, const char *text, size_t width)
{
  while(*text) {
    size_t n = strcspn(text, "\n"), indent = strspn(text, " ");
    const char *line = text;
    int first = 1;
    while(visible(line, n) > width - (first ? 0 : indent + 4)) {
      size_t room_left = width - (first ? 0 : indent + 4), cut = 0, sp = 0;
      size_t w = 0, i;
      for(i = 0; i < n; i++) {
        if(line[i] == '\033') {
          while(i < n && line[i] != 'm')
            i++;
          continue;
        }
        if(((unsigned char)line[i] & 0xc0) != 0x80 && ++w > room_left)
          break;
        if(line[i] == ' ' && i > indent)
          sp = i;
      }
      cut = sp ? sp : i;
      if(!first)
        fprintf(out, "%*s", (int)(indent + 4), "");
      fwrite(line, 1, cut, out);
      fputc('\n', out);
      while(cut < n && line[cut] == ' ')
        cut++;
      line += cut;
      n -= cut;
      first = 0;
      if(!n)
        break;
    }
    if(n || first) {
      if(!first)
        fprintf(out, "%*s", (int)(indent + 4), "");
      fwrite(line, 1, n, out);
      fputc('\n', out);
    }
    text = line + n;
    if(*text == '\n')
      text++;
  }
}

static zd_code text_body(const json_t *doc, FILE *out,
                         const struct zd_report_opts *opts,
                         struct zd_error *err);

/* Excepted objects and annotations, one line each. */
static void put_notes(FILE *out, const json_t *r, size_t width)
{
  struct zd_buf b;
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  for(size_t i = 0; i < zd_rep_note_count(r); i++) {
    zd_buf_reset(&b);
    zd_rep_note_text(&b, r, i);
    fputs("               note: ", out);
    put_cut(out, zd_buf_str(&b), width);
    fputc('\n', out);
  }
  zd_buf_free(&b);
}

/* One result: status, severity, id, title; the reason unless it passes;
 * records and notes; with verbose, evidence and remediation. */
static void put_result(FILE *out, const json_t *r,
                       const struct zd_report_opts *opts)
{
  const char *reset = opts->color ? "\033[0m" : "";
  const char *st = json_string_value(json_object_get(r, "status"));
  const char *details = json_string_value(json_object_get(r, "details"));
  json_t *att = json_object_get(r, "attestation");
  json_t *exc = json_object_get(r, "exception");
  if(!st)
    st = "error";
  fprintf(out, "  %s%-8s%s %-8s %-15s ", opts->color ? color_of(st) : "",
          zd_report_status_label(st), reset, zd_rep_str(r, "severity"),
          json_string_value(json_object_get(r, "id")));
  put_cut(out, zd_rep_str(r, "title"), room(opts, 36, 90));
  fputc('\n', out);
  if((strcmp(st, "pass") || opts->verbose) && details && *details) {
    fputs("               ", out);
    put_cut(out, details, opts->verbose ? 4000 : room(opts, 15, REASON_WIDTH));
    fputc('\n', out);
  }
  if(json_is_object(att))
    put_record(out, "attested", att, "owner", "statement", "expires");
  if(json_is_object(exc))
    put_record(out, "exception approved", exc, "owner", "justification",
               "expires");
  put_notes(out, r, opts->verbose ? 4000 : room(opts, 21, REASON_WIDTH));
  if(opts->verbose) {
    const char *rem = json_string_value(json_object_get(r, "remediation"));
    put_evidence(out, json_object_get(r, "evidence"), opts);
    if(rem && strcmp(st, "pass")) {
      const struct zd_rep_link *l = zd_rep_link_find(zd_rep_str(r, "id"));
      fputs("               fix: ", out);
      put_cut(out, rem, 4000);
      fputc('\n', out);
      if(l)   /* where, and Zendesk's guide (links.c) */
        fprintf(out, "             where: %s (%s)\n", l->location,
                l->guide_url);
    }
  }
}

static zd_code text_report(const json_t *doc, FILE *out,
                           const struct zd_report_opts *opts,
                           struct zd_error *err)
{
  char *text = NULL;
  size_t len = 0;
  FILE *mem;
  zd_code rc;
  if(opts->width <= 0)
    return text_body(doc, out, opts, err);
  /* On a terminal: render, then fit every line to its width. */
  if(!(mem = open_memstream(&text, &len)))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "out of memory");
  rc = text_body(doc, mem, opts, err);
  fclose(mem);
  if(rc == ZD_OK)
    fit_lines(out, text, opts->width < 40 ? 40 : (size_t)opts->width);
  free(text);
  if(rc == ZD_OK && ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return rc;
}

/* Every string of the document comes from the account, the config or a
 * hand-edited results file: the report is rendered from a copy in which
 * each control character is shown as \xNN (safetext.h), so an escape
 * sequence in a trigger title cannot retitle or clear the terminal. */
zd_code zd_report_text(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts, struct zd_error *err)
{
  json_t *shown = zd_rep_visible(doc);
  zd_code rc = text_report(shown ? shown : doc, out, opts, err);
  json_decref(shown);
  return rc;
}

static zd_code text_body(const json_t *doc, FILE *out,
                         const struct zd_report_opts *opts,
                         struct zd_error *err)
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
    const char *a = json_string_value(json_object_get(r, "area"));
    if(!area || !a || strcmp(area, a)) {
      area = a;
      fprintf(out, "\n%s%s%s\n", bold, zd_report_area_title(a), reset);
    }
    put_result(out, r, opts);
  }
  /* advisory checks: apart, under their own heading, not in the summary */
  if(json_array_size(zd_rep_advisory(doc))) {
    fprintf(out, "\n%s%s%s\n  %s\n", bold, ZD_REP_ADVISORY_TITLE, reset,
            ZD_REP_ADVISORY_NOTE);
    json_array_foreach(zd_rep_advisory(doc), i, r)
      put_result(out, r, opts);
  }
  put_causes(out, doc, opts, bold, reset);
  put_needs_action(out, doc, opts, bold, reset);
  zd_rep_plain_expiring(out, doc, "\n", ":\n", "  ", NULL);
  fprintf(out, "\n%sSummary:%s", bold, reset);
  for(size_t s = 0; s < ZD_STATUS_COUNT; s++) {
    const char *word = zd_rep_status_word((zd_status)s);
    fprintf(out, "%s %lld %s", s ? "," : "",
            (long long)json_integer_value(json_object_get(summary, word)),
            !strcmp(word, "not_applicable") ? "not applicable" : word);
  }
  fputc('\n', out);
  if(json_array_size(zd_rep_advisory(doc))) {
    size_t counts[ZD_STATUS_COUNT];
    zd_rep_advisory_count(doc, counts);
    fputs("Advisory checks (not counted):", out);
    for(size_t s = 0, first = 1; s < ZD_STATUS_COUNT; s++) {
      const char *word = zd_rep_status_word((zd_status)s);
      if(!counts[s])
        continue;
      fprintf(out, "%s %zu %s", first ? "" : ",", counts[s],
              !strcmp(word, "not_applicable") ? "not applicable" : word);
      first = 0;
    }
    fputc('\n', out);
  }
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

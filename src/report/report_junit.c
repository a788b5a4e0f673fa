/* SPDX-License-Identifier: MIT
 * report_junit.c — JUnit XML for CI dashboards: one testsuite per product
 * area, one testcase per control. fail -> <failure>, error -> <error>;
 * manual, not_applicable and accepted -> <skipped> (with the reason or the
 * exception's justification); pass and attested -> passed. Advisory
 * checks (outside the baseline) form a suite of their own whose cases are
 * all <skipped> ("advisory, not counted: FAIL: …"), so a CI gate never
 * fails on them unless assess --advisory counted them in. */
#include "report/report.h"
#include "report/report_common.h"
#include "core/limits.h"

#include <string.h>

enum outcome { OUT_PASS, OUT_FAILURE, OUT_ERROR, OUT_SKIPPED };

static enum outcome outcome_of(const char *status)
{
  switch(zd_rep_status_index(status)) {
  case ZD_STATUS_PASS:
  case ZD_STATUS_ATTESTED:
    return OUT_PASS;
  case ZD_STATUS_FAIL:
    return OUT_FAILURE;
  case ZD_STATUS_MANUAL:
  case ZD_STATUS_NA:
  case ZD_STATUS_ACCEPTED:
    return OUT_SKIPPED;
  default:
    return OUT_ERROR;  /* error, or a status this version does not know */
  }
}

/* Escapes 's' for XML 1.0 text ('attr' 0) or a double-quoted attribute
 * ('attr' 1, where line breaks and tabs are kept as character references).
 * Characters XML 1.0 cannot carry become U+FFFD. */
static void esc(FILE *out, const char *s, int attr)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c == '&')
      fputs("&amp;", out);
    else if(c == '<')
      fputs("&lt;", out);
    else if(c == '>')
      fputs("&gt;", out);
    else if(attr && c == '"')
      fputs("&quot;", out);
    else if(attr && (c == '\n' || c == '\r' || c == '\t'))
      fprintf(out, "&#%d;", c);
    else if(c < 0x20 && c != '\n' && c != '\r' && c != '\t')
      fputs("\xEF\xBF\xBD", out);
    else
      fputc(c, out);
  }
}

struct tally {
  size_t tests, failures, errors, skipped;
};

static void count(const json_t *r, struct tally *t)
{
  t->tests++;
  switch(outcome_of(zd_rep_str(r, "status"))) {
  case OUT_FAILURE: t->failures++; break;
  case OUT_ERROR: t->errors++; break;
  case OUT_SKIPPED: t->skipped++; break;
  case OUT_PASS: break;
  }
}

static void tally_attrs(FILE *out, const struct tally *t)
{
  fprintf(out, " tests=\"%zu\" failures=\"%zu\" errors=\"%zu\" "
          "skipped=\"%zu\" time=\"0\"", t->tests, t->failures, t->errors,
          t->skipped);
}

/* The body of a failure or error: details, evidence, remediation. */
static int body(struct zd_buf *b, const json_t *r)
{
  size_t i;
  const json_t *item;
  int rc = zd_buf_adds(b, zd_rep_str(r, "details"));
  if(json_array_size(json_object_get(r, "evidence")))
    rc |= zd_buf_adds(b, "\n\nEvidence:");
  json_array_foreach(json_object_get(r, "evidence"), i, item) {
    rc |= zd_buf_adds(b, "\n- ");
    rc |= zd_rep_evidence_text(b, item);
  }
  if(*zd_rep_str(r, "remediation")) {
    rc |= zd_buf_adds(b, "\n\nRemediation: ");
    rc |= zd_buf_adds(b, zd_rep_str(r, "remediation"));
  }
  return rc ? -1 : 0;
}

/* Attestation, exception and notes, in words, for <system-out>. */
static int records(struct zd_buf *b, const json_t *r)
{
  const char *st = zd_rep_str(r, "status");
  int rc = zd_rep_exception_text(b, json_object_get(r, "exception"), st);
  if(json_is_object(json_object_get(r, "exception")) &&
     json_is_object(json_object_get(r, "attestation")))
    rc |= zd_buf_adds(b, "\n");
  rc |= zd_rep_attestation_text(b, json_object_get(r, "attestation"), st);
  for(size_t i = 0; i < zd_rep_note_count(r); i++) {
    if(b->len)
      rc |= zd_buf_adds(b, "\n");
    rc |= zd_rep_note_text(b, r, i);
  }
  return rc ? -1 : 0;
}

static zd_code testcase(FILE *out, const json_t *r, const char *area,
                        long long expires_in, int advisory, struct zd_buf *b,
                        struct zd_error *err)
{
  const char *st = zd_rep_str(r, "status");
  enum outcome o = advisory ? OUT_SKIPPED : outcome_of(st);
  fputs("    <testcase name=\"", out);
  esc(out, zd_rep_str(r, "id"), 1);
  fputs(": ", out);
  esc(out, zd_rep_str(r, "title"), 1);
  fputs("\" classname=\"zdaudit.", out);
  esc(out, *area ? area : "other", 1);
  fputs("\" time=\"0\">\n", out);
  if(*zd_rep_str(r, "severity") || expires_in >= 0) {
    fputs("      <properties>", out);
    if(*zd_rep_str(r, "severity")) {
      fputs("<property name=\"severity\" value=\"", out);
      esc(out, zd_rep_str(r, "severity"), 1);
      fputs("\"/>", out);
    }
    /* an attestation or exception of it lapses within --expiring days */
    if(expires_in >= 0)
      fprintf(out, "<property name=\"expires_within_days\" value=\"%lld\"/>",
              expires_in);
    fputs("</properties>\n", out);
  }
  zd_buf_reset(b);
  if(o == OUT_FAILURE || o == OUT_ERROR) {
    if(body(b, r))
      goto toolarge;
    fprintf(out, "      <%s type=\"", o == OUT_FAILURE ? "failure" : "error");
    esc(out, st, 1);
    fputs("\" message=\"", out);
    esc(out, zd_rep_str(r, "details"), 1);
    fputs("\">", out);
    esc(out, zd_buf_str(b), 0);
    fprintf(out, "</%s>\n", o == OUT_FAILURE ? "failure" : "error");
  }
  else if(o == OUT_SKIPPED) {
    fputs("      <skipped message=\"", out);
    if(advisory)
      fputs("advisory, not counted: ", out);
    esc(out, zd_rep_status_label(st), 1);
    fputs(": ", out);
    if(!strcmp(st, "accepted"))
      esc(out, zd_rep_str2(r, "exception", "justification"), 1);
    else
      esc(out, zd_rep_str(r, "details"), 1);
    fputs("\"/>\n", out);
  }
  zd_buf_reset(b);
  if(advisory && (o = outcome_of(st)) != OUT_PASS && o != OUT_SKIPPED &&
     body(b, r))
    goto toolarge;
  if(b->len && zd_buf_adds(b, "\n"))
    goto toolarge;
  if(records(b, r))
    goto toolarge;
  if(b->len) {
    fputs("      <system-out>", out);
    esc(out, zd_buf_str(b), 0);
    fputs("</system-out>\n", out);
  }
  fputs("    </testcase>\n", out);
  return ZD_OK;
toolarge:
  return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                      "a field is too large to render");
}

zd_code zd_report_junit(const json_t *doc, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err)
{
  const json_t *results = zd_rep_results(doc);
  const char *when = zd_rep_str(doc, "generated_at");
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  struct tally all = {0};
  json_t *areas = zd_rep_areas(doc);
  struct zd_buf b;
  size_t i, j;
  const json_t *r, *a;
  zd_code rc = ZD_OK;
  (void)opts;
  json_array_foreach(results, i, r)
    count(r, &all);
  all.tests += json_array_size(zd_rep_advisory(doc));
  all.skipped += json_array_size(zd_rep_advisory(doc));
  fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites "
        "name=\"zdaudit", out);
  if(*sub) {
    fputs(" ", out);
    esc(out, sub, 1);
  }
  fputc('"', out);
  tally_attrs(out, &all);
  fputs(">\n", out);
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  /* one suite per area, areas in order of first appearance */
  json_array_foreach(areas, i, a) {
    const char *area = json_string_value(a);
    struct tally t = {0};
    json_array_foreach(results, j, r)
      if(!strcmp(zd_rep_str(r, "area"), area))
        count(r, &t);
    fputs("  <testsuite name=\"", out);
    esc(out, zd_rep_area_label(area), 1);
    fputs("\"", out);
    tally_attrs(out, &t);
    if(strlen(when) >= 19) {
      /* JUnit's timestamp is local ISO 8601 without a zone; ours is UTC */
      fputs(" timestamp=\"", out);
      fwrite(when, 1, 19, out);
      fputc('"', out);
    }
    fputs(" hostname=\"", out);
    esc(out, *sub ? sub : "zdaudit", 1);
    fputs("\">\n", out);
    json_array_foreach(results, j, r)
      if(rc == ZD_OK && !strcmp(zd_rep_str(r, "area"), area))
        rc = testcase(out, r, area,
                      zd_rep_expiring_days(doc, zd_rep_str(r, "id")), 0, &b,
                      err);
    fputs("  </testsuite>\n", out);
    if(rc != ZD_OK)
      break;
  }
  if(rc == ZD_OK && json_array_size(zd_rep_advisory(doc))) {
    struct tally t = {0};
    t.tests = t.skipped = json_array_size(zd_rep_advisory(doc));
    fputs("  <testsuite name=\"" ZD_REP_ADVISORY_TITLE "\"", out);
    tally_attrs(out, &t);
    fputs(">\n", out);
    json_array_foreach(zd_rep_advisory(doc), j, r)
      if(rc == ZD_OK)
        rc = testcase(out, r, "advisory",
                      zd_rep_expiring_days(doc, zd_rep_str(r, "id")), 1, &b,
                      err);
    fputs("  </testsuite>\n", out);
  }
  fputs("</testsuites>\n", out);
  zd_buf_free(&b);
  json_decref(areas);
  if(rc == ZD_OK && ferror(out))
    rc = zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return rc;
}

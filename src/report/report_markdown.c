/* SPDX-License-Identifier: MIT
 * report_markdown.c — GitHub-flavoured Markdown: metadata, summary tables,
 * one table row per control, then every control in detail. All text is
 * escaped so a value can neither break a table nor inject HTML or links. */
#include "report/report.h"
#include "report/report_common.h"
#include "report/triage.h"
#include "report/links.h"
#include "core/limits.h"

#include <stdlib.h>
#include <string.h>

/* Writes 's' as inline Markdown text: punctuation that could start inline
 * markup (emphasis, code, links, HTML, entities, cells) gets a backslash;
 * line breaks become <br>, so no text ever starts a block of its own. */
static void esc(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c == '\r')
      continue;
    if(c == '\n')
      fputs("<br>", out);
    else if(strchr("\\`*_[]<>|~&#", c))
      fprintf(out, "\\%c", c);
    else if(c < 0x20 || c == 0x7F)
      fputc(' ', out);
    else
      fputc(c, out);
  }
}

static void status_cell(FILE *out, const char *st)
{
  int loud = !strcmp(st, "fail") || !strcmp(st, "error");
  fputs(loud ? "**" : "", out);
  esc(out, zd_rep_status_label(st));
  fputs(loud ? "**" : "", out);
}

static void meta(FILE *out, const json_t *doc)
{
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  fputs("# " ZD_REP_TITLE, out);
  if(*sub) {
    fputs(": ", out);
    esc(out, sub);
  }
  fputs("\n\n", out);
  esc(out, zd_rep_baseline_name(doc));
  fputs("\n\n| | |\n|---|---|\n", out);
  for(size_t i = 0; zd_rep_meta[i].label; i++) {
    if(!*zd_rep_meta_value(doc, i))
      continue;
    fprintf(out, "| %s | ", zd_rep_meta[i].label);
    esc(out, zd_rep_meta_value(doc, i));
    fputs(" |\n", out);
  }
}

static void summary(FILE *out, const json_t *doc)
{
  size_t counts[ZD_STATUS_COUNT];
  size_t n = zd_rep_count(doc, counts);
  json_t *areas = zd_rep_areas(doc);
  size_t i, j;
  const json_t *a;
  fprintf(out, "\n## Summary\n\n%zu controls assessed.\n\n"
          "| Status | Controls |\n|---|---:|\n", n);
  for(i = 0; i < ZD_STATUS_COUNT; i++) {
    zd_status s = zd_rep_status_order[i];
    fputs("| ", out);
    status_cell(out, zd_rep_status_word(s));
    fprintf(out, " | %zu |\n", counts[s]);
  }
  fputs("\n## By product area\n\n| Product area | Controls |", out);
  for(i = 0; i < ZD_STATUS_COUNT; i++)
    fprintf(out, " %s |",
            zd_rep_status_label(zd_rep_status_word(zd_rep_status_order[i])));
  fputs("\n|---|---:|", out);
  for(i = 0; i < ZD_STATUS_COUNT; i++)
    fputs("---:|", out);
  fputc('\n', out);
  json_array_foreach(areas, i, a) {
    size_t c[ZD_STATUS_COUNT];
    size_t total = zd_rep_count_area(doc, json_string_value(a), c);
    fputs("| ", out);
    esc(out, zd_rep_area_label(json_string_value(a)));
    fprintf(out, " | %zu |", total);
    for(j = 0; j < ZD_STATUS_COUNT; j++)
      fprintf(out, " %zu |", c[zd_rep_status_order[j]]);
    fputc('\n', out);
  }
  json_decref(areas);
}

static void ids(FILE *out, const json_t *list)
{
  size_t i;
  const json_t *x;
  json_array_foreach(list, i, x) {
    fputs(i ? ", " : "", out);
    esc(out, json_string_value(x));
  }
}

/* Root causes, then fail and error controls, most severe first. */
static void triage(FILE *out, const json_t *doc)
{
  json_t *causes = zd_rep_root_causes(doc), *c;
  const json_t *results = zd_rep_results(doc);
  size_t i, n, *order = zd_rep_needs_action(doc, &n);
  if(json_array_size(causes))
    fputs("\n## Fix first\n\nEach wrong value below appears in the "
          "evidence of several failing controls.\n\n", out);
  json_array_foreach(causes, i, c) {
    fprintf(out, "%zu. **", i + 1);
    esc(out, zd_rep_str(c, "severity"));
    fputs("**: ", out);
    esc(out, zd_rep_str(c, "summary"));
    fprintf(out, ". %zu controls fail on it: ",
            json_array_size(json_object_get(c, "controls")));
    ids(out, json_object_get(c, "controls"));
    if(json_array_size(json_object_get(c, "resolves"))) {
      fprintf(out, ". Fixing this one %s should make these pass (%zu): ",
              json_object_get(c, "object") ? "object" : "setting",
              json_array_size(json_object_get(c, "resolves")));
      ids(out, json_object_get(c, "resolves"));
    }
    fputs(".\n", out);
  }
  json_decref(causes);
  if(n)
    fputs("\n## Needs action\n\n| Severity | ID | Status | Title |\n"
          "|---|---|---|---|\n", out);
  for(i = 0; i < n; i++) {
    const json_t *r = json_array_get(results, order[i]);
    fputs("| ", out);
    esc(out, zd_rep_str(r, "severity"));
    fputs(" | ", out);
    esc(out, zd_rep_str(r, "id"));
    fputs(" | ", out);
    status_cell(out, zd_rep_str(r, "status"));
    fputs(" | ", out);
    esc(out, zd_rep_str(r, "title"));
    fputs(" |\n", out);
  }
  free(order);
}

static void table(FILE *out, const json_t *list)
{
  size_t i;
  const json_t *r;
  fputs("| ID | Status | Title | Product | Responsible "
        "|\n|---|---|---|---|---|\n", out);
  json_array_foreach(list, i, r) {
    fputs("| ", out);
    esc(out, zd_rep_str(r, "id"));
    fputs(" | ", out);
    status_cell(out, zd_rep_str(r, "status"));
    fputs(" | ", out);
    esc(out, zd_rep_str(r, "title"));
    fputs(" | ", out);
    esc(out, zd_rep_str(r, "product"));
    fputs(" | ", out);
    esc(out, zd_rep_str(r, "responsible"));
    fputs(" |\n", out);
  }
}

static void item(FILE *out, const char *label, const char *text)
{
  if(!*text)
    return;
  fprintf(out, "- **%s:** ", label);
  esc(out, text);
  fputc('\n', out);
}

static zd_code detail(FILE *out, const json_t *r, struct zd_buf *b,
                      struct zd_error *err)
{
  const char *st = zd_rep_str(r, "status");
  size_t i;
  const json_t *ev;
  fputs("\n### ", out);
  esc(out, zd_rep_str(r, "id"));
  fputs(": ", out);
  esc(out, zd_rep_str(r, "title"));
  fputs("\n\n- **Status:** ", out);
  status_cell(out, st);
  fputc('\n', out);
  item(out, "Product", zd_rep_str(r, "product"));
  item(out, "Severity", zd_rep_str(r, "severity"));
  if(*zd_rep_str(r, "seed_ref")) {
    /* the section of Zendesk's source article (docs/results.md) */
    fputs("- **Baseline section:** ", out);
    esc(out, zd_rep_str(r, "seed_ref"));
    fputs(" of [Zendesk's article](" ZD_SOURCE_ARTICLE_URL ")\n", out);
  }
  item(out, "Kind", zd_rep_str(r, "kind"));
  item(out, "Responsible", zd_rep_str(r, "responsible"));
  item(out, "Details", zd_rep_str(r, "details"));
  if(json_array_size(json_object_get(r, "evidence")))
    fputs("- **Evidence:**\n", out);
  json_array_foreach(json_object_get(r, "evidence"), i, ev) {
    zd_buf_reset(b);
    if(zd_rep_evidence_text(b, ev))
      return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                          "evidence item %zu is too large to render", i);
    fputs("  - ", out);
    esc(out, zd_buf_str(b));
    fputc('\n', out);
  }
  item(out, "Remediation", zd_rep_str(r, "remediation"));
  {
    /* where the fix is made, and Zendesk's guide (links.c) */
    const struct zd_rep_link *l = zd_rep_link_find(zd_rep_str(r, "id"));
    if(l) {
      item(out, "Where", l->location);
      fprintf(out, "- **Zendesk's guide:** [%s](%s)\n", l->guide_title,
              l->guide_url);
    }
  }
  zd_buf_reset(b);
  if(zd_rep_exception_text(b, json_object_get(r, "exception"), st))
    return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                        "the exception is too large to render");
  item(out, "Exception", zd_buf_str(b));
  zd_buf_reset(b);
  if(zd_rep_attestation_text(b, json_object_get(r, "attestation"), st))
    return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                        "the attestation is too large to render");
  item(out, "Attestation", zd_buf_str(b));
  for(i = 0; i < zd_rep_note_count(r); i++) {
    zd_buf_reset(b);
    if(zd_rep_note_text(b, r, i))
      return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                          "note %zu is too large to render", i);
    item(out, "Note", zd_buf_str(b));
  }
  return ZD_OK;
}

zd_code zd_report_markdown(const json_t *doc, FILE *out,
                           const struct zd_report_opts *opts,
                           struct zd_error *err)
{
  struct zd_buf b;
  size_t i;
  const json_t *r;
  zd_code rc = ZD_OK;
  (void)opts;
  meta(out, doc);
  summary(out, doc);
  triage(out, doc);
  zd_rep_plain_expiring(out, doc, "\n## ", "\n\n", "- ", esc);
  fputs("\n## Controls\n\n", out);
  table(out, zd_rep_results(doc));
  fputs("\n## Controls in detail\n", out);
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  json_array_foreach(zd_rep_results(doc), i, r)
    if((rc = detail(out, r, &b, err)) != ZD_OK)
      break;
  /* advisory checks: their own section, after the baseline's controls */
  if(rc == ZD_OK && json_array_size(zd_rep_advisory(doc))) {
    size_t counts[ZD_STATUS_COUNT];
    zd_rep_advisory_count(doc, counts);
    fputs("\n## " ZD_REP_ADVISORY_TITLE "\n\n" ZD_REP_ADVISORY_NOTE "\n\n",
          out);
    for(size_t s = 0, first = 1; s < ZD_STATUS_COUNT; s++)
      if(counts[s]) {
        fprintf(out, "%s%zu %s", first ? "" : ", ", counts[s],
                zd_rep_status_label(zd_rep_status_word((zd_status)s)));
        first = 0;
      }
    fputs(".\n\n", out);
    table(out, zd_rep_advisory(doc));
    json_array_foreach(zd_rep_advisory(doc), i, r)
      if((rc = detail(out, r, &b, err)) != ZD_OK)
        break;
  }
  zd_buf_free(&b);
  if(rc == ZD_OK && ferror(out))
    rc = zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return rc;
}

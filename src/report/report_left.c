/* SPDX-License-Identifier: MIT
 * report_left.c — what a person still has to do, as every report shows
 * it: the controls left `manual` grouped by the party responsible, each
 * with its question (HTML: "What is left for you", linking to the
 * control's detail), and the attestations and exceptions expiring soon
 * (the results document's `expiring`, from `assess --expiring DAYS`). */
#include "report/report_common.h"

#include <string.h>

static const char *const parties[][2] = {
  {"subscriber", "The subscriber"},
  {"shared", "Shared between the subscriber and Zendesk"},
  {"zendesk", "Zendesk (keep what Zendesk provides)"},
};

static void esc(FILE *out, const char *s)
{
  for(; *s; s++) {
    if(*s == '<')
      fputs("&lt;", out);
    else if(*s == '>')
      fputs("&gt;", out);
    else if(*s == '&')
      fputs("&amp;", out);
    else if(*s == '"')
      fputs("&quot;", out);
    else if((unsigned char)*s >= 0x20 || *s == '\n')
      fputc(*s, out);
  }
}

/* The party group of a result: its `responsible`, unknown ones with the
 * subscriber (who answers for everything in the end). */
static size_t party_of(const json_t *r)
{
  const char *p = zd_rep_str(r, "responsible");
  for(size_t k = 0; k < sizeof(parties) / sizeof(parties[0]); k++)
    if(!strcmp(p, parties[k][0]))
      return k;
  return 0;
}

static size_t count_left(const json_t *doc, size_t *per)
{
  size_t i, n = 0;
  const json_t *r;
  json_array_foreach(zd_rep_results(doc), i, r)
    if(!strcmp(zd_rep_str(r, "status"), "manual")) {
      per[party_of(r)]++;
      n++;
    }
  return n;
}

void zd_rep_html_left(FILE *out, const json_t *doc)
{
  size_t per[3] = {0, 0, 0}, n = count_left(doc, per), i;
  const json_t *r;
  fputs("<section id=\"left\">\n<h2>What is left for you</h2>\n", out);
  if(!n) {
    fputs("<p class=\"none\">Nothing: every control is decided by the data "
          "or answered by a person on record.</p>\n</section>\n", out);
    return;
  }
  fprintf(out, "<p>%zu control%s no data can decide. Answer each question "
          "and record it (<code>zdaudit attest --interactive</code>, or "
          "the stubs of <code>zdaudit config init</code>).</p>\n", n,
          n == 1 ? "" : "s");
  for(size_t k = 0; k < sizeof(parties) / sizeof(parties[0]); k++) {
    if(!per[k])
      continue;
    fprintf(out, "<div class=\"party\" data-party=\"%s\">\n<h3>%s "
            "(%zu)</h3>\n<ul>\n", parties[k][0], parties[k][1], per[k]);
    json_array_foreach(zd_rep_results(doc), i, r) {
      const char *q = zd_rep_str(r, "question");
      if(strcmp(zd_rep_str(r, "status"), "manual") || party_of(r) != k)
        continue;
      fputs("<li><a href=\"#", out);
      esc(out, zd_rep_str(r, "id"));
      fputs("\">", out);
      esc(out, zd_rep_str(r, "id"));
      fputs("</a> ", out);
      esc(out, zd_rep_str(r, "title"));
      fputs("<p class=\"question\">", out);
      esc(out, *q ? q : zd_rep_str(r, "details"));
      fputs("</p></li>\n", out);
    }
    fputs("</ul>\n</div>\n", out);
  }
  fputs("</section>\n", out);
}

/* "attestation of ZD.SUP.6 (Dana), 12 days left (2026-12-07)" */
static void expiring_words(FILE *out, const json_t *x,
                           void (*put)(FILE *, const char *))
{
  json_int_t d = json_integer_value(json_object_get(x, "days_left"));
  const char *parts[] = {
    json_is_true(json_object_get(x, "scoped")) ? "scoped " : "",
    zd_rep_str(x, "kind"), " of ", zd_rep_str(x, "control"), " (",
    zd_rep_str(x, "owner"), ")"
  };
  for(size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
    if(put)
      put(out, parts[i]);
    else
      fputs(parts[i], out);
  }
  if(d == 0)
    fprintf(out, " expires today (%s)", zd_rep_str(x, "expires"));
  else
    fprintf(out, " expires in %lld day%s (%s)", (long long)d,
            d == 1 ? "" : "s", zd_rep_str(x, "expires"));
}

void zd_rep_html_expiring(FILE *out, const json_t *doc)
{
  const json_t *list = json_object_get(doc, "expiring"), *x;
  size_t i;
  if(!json_array_size(list))
    return;
  fprintf(out, "<section id=\"expiring\">\n<h2>Expiring within %lld "
          "days</h2>\n<ul>\n", (long long)json_integer_value(
            json_object_get(doc, "expiring_within_days")));
  json_array_foreach(list, i, x) {
    fputs("<li><a href=\"#", out);
    esc(out, zd_rep_str(x, "control"));
    fputs("\">", out);
    esc(out, zd_rep_str(x, "control"));
    fputs("</a>: ", out);
    expiring_words(out, x, esc);
    fputs("</li>\n", out);
  }
  fputs("</ul>\n</section>\n", out);
}

long long zd_rep_expiring_days(const json_t *doc, const char *id)
{
  const json_t *x;
  long long best = -1;
  size_t i;
  json_array_foreach(json_object_get(doc, "expiring"), i, x) {
    const json_t *d = json_object_get(x, "days_left");
    if(json_is_integer(d) && json_integer_value(d) >= 0 &&
       !strcmp(zd_rep_str(x, "control"), id) &&
       (best < 0 || json_integer_value(d) < best))
      best = json_integer_value(d);
  }
  return best;
}

void zd_rep_plain_expiring(FILE *out, const json_t *doc, const char *pre,
                           const char *post, const char *item,
                           void (*put)(FILE *, const char *))
{
  const json_t *list = json_object_get(doc, "expiring"), *x;
  size_t i;
  if(!json_array_size(list))
    return;
  fprintf(out, "%sExpiring within %lld days%s", pre,
          (long long)json_integer_value(json_object_get(
            doc, "expiring_within_days")), post);
  json_array_foreach(list, i, x) {
    fputs(item, out);
    expiring_words(out, x, put);
    fputc('\n', out);
  }
}

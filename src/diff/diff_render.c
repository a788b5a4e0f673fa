/* SPDX-License-Identifier: MIT
 * diff_render.c — the diff document for people (text, Markdown, HTML) and
 * for programs (JSON). Every string is written through one escaper per
 * format: control characters are shown as \xNN in text, so a hostile
 * trigger title cannot drive the terminal; HTML is escaped and carries no
 * script. */
#include "diff/diff.h"
#include "core/buf.h"
#include "report/report_common.h"

#include <stdlib.h>
#include <string.h>

int zd_diff_format_parse(const char *word, zd_diff_format *out)
{
  static const struct { const char *w; zd_diff_format f; } names[] = {
    {"text", ZD_DIFF_TEXT}, {"json", ZD_DIFF_JSON},
    {"markdown", ZD_DIFF_MARKDOWN}, {"md", ZD_DIFF_MARKDOWN},
    {"html", ZD_DIFF_HTML},
  };
  for(size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
    if(!strcmp(word, names[i].w)) {
      *out = names[i].f;
      return 0;
    }
  return -1;
}

/* ---- escaping ----------------------------------------------------------- */

static void put_text(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c < 0x20 || c == 0x7f)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
}

static void put_html(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch(c) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default:
      if(c < 0x20 || c == 0x7f)
        fprintf(out, "&#x%x;", c == 0 ? 0xfffd : (unsigned)c);
      else
        fputc(c, out);
    }
  }
}

static void put_md(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if(c < 0x20 || c == 0x7f)
      fputc(' ', out);
    else if(strchr("\\`*_{}[]<>|#", c)) {
      fputc('\\', out);
      fputc(c, out);
    }
    else
      fputc(c, out);
  }
}

typedef void (*put_fn)(FILE *, const char *);

/* A value as one short string ("true", "42", "\"on\"", "(text …)"). */
static void put_value(FILE *out, const json_t *v, put_fn put)
{
  char *d;
  if(json_is_string(v) && json_string_value(v)[0] == '(') {
    put(out, json_string_value(v));   /* a summary zd_diff wrote */
    return;
  }
  d = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
  put(out, d ? d : "?");
  free(d);
}

static void put_audit(FILE *out, const json_t *item, put_fn put,
                      const char *pre, const char *sep, const char *post)
{
  const json_t *list = json_object_get(item, "audit"), *e;
  size_t i;
  if(!json_array_size(list)) {
    fputs(pre, out);
    put(out, zd_rep_str(item, "audit_note"));
    fputs(post, out);
    return;
  }
  json_array_foreach(list, i, e) {
    fputs(i ? sep : pre, out);
    put(out, zd_rep_str(e, "time"));
    fputs(" by ", out);
    put(out, *zd_rep_str(e, "actor") ? zd_rep_str(e, "actor") : "(unknown)");
    fputs(": ", out);
    put(out, zd_rep_str(e, "action"));
    fputs(" ", out);
    put(out, zd_rep_str(e, "source"));
    if(*zd_rep_str(e, "change")) {
      fputs(" (", out);
      put(out, zd_rep_str(e, "change"));
      fputs(")", out);
    }
  }
  fputs(post, out);
}

/* ---- text and Markdown --------------------------------------------------- */

/* One line per changed result, its evidence lines under it. */
static void write_results(const json_t *list, FILE *out, int md)
{
  put_fn put = md ? put_md : put_text;
  const json_t *c, *x;
  size_t i, j;
  json_array_foreach(list, i, c) {
    fprintf(out, md ? "- **%s** " : "  %-10s ", zd_rep_str(c, "change"));
    put(out, zd_rep_str(c, "id"));
    fputc(' ', out);
    put(out, zd_rep_str(c, "old"));
    fputs(" -> ", out);
    put(out, zd_rep_str(c, "new"));
    fputs("  ", out);
    put(out, zd_rep_str(c, "title"));
    fputc('\n', out);
    json_array_foreach(json_object_get(c, "evidence_added"), j, x) {
      fputs(md ? "  - + " : "             + ", out);
      put(out, json_string_value(x));
      fputc('\n', out);
    }
    json_array_foreach(json_object_get(c, "evidence_removed"), j, x) {
      fputs(md ? "  - - " : "             - ", out);
      put(out, json_string_value(x));
      fputc('\n', out);
    }
  }
}

static void write_lines(const json_t *d, FILE *out, int md)
{
  put_fn put = md ? put_md : put_text;
  const json_t *sum = json_object_get(d, "summary"), *c, *x;
  size_t i, j;
  fprintf(out, md ? "# What changed: " : "What changed: ");
  put(out, zd_rep_str2(d, "old", "subdomain"));
  fputs(md ? "\n\n" : "\n", out);
  fprintf(out, "%sfrom %s (collected %s)\n%sto   %s (collected %s)\n",
          md ? "- " : "  ", zd_rep_str2(d, "old", "source"),
          zd_rep_str2(d, "old", "collected_at"), md ? "- " : "  ",
          zd_rep_str2(d, "new", "source"),
          zd_rep_str2(d, "new", "collected_at"));
  fprintf(out, "%s%lld regression(s), %lld fix(es), %lld control change(s), "
          "%lld setting(s), %lld object(s) changed\n", md ? "- " : "  ",
          (long long)json_integer_value(json_object_get(sum, "regressions")),
          (long long)json_integer_value(json_object_get(sum, "fixes")),
          (long long)json_integer_value(json_object_get(sum, "controls")),
          (long long)json_integer_value(json_object_get(sum, "settings")),
          (long long)json_integer_value(json_object_get(sum, "objects")));

  fputs(md ? "\n## Controls\n\n" : "\nControls\n", out);
  if(!json_array_size(json_object_get(d, "controls")))
    fputs(md ? "No control changed.\n" : "  no control changed\n", out);
  write_results(json_object_get(d, "controls"), out, md);
  if(json_array_size(json_object_get(d, "advisory"))) {
    fputs(md ? "\n## Advisory checks (not counted)\n\n"
             : "\nAdvisory checks (not counted)\n", out);
    write_results(json_object_get(d, "advisory"), out, md);
  }

  fputs(md ? "\n## Settings\n\n" : "\nSettings\n", out);
  if(!json_array_size(json_object_get(d, "settings")))
    fputs(md ? "No setting changed.\n" : "  no setting changed\n", out);
  json_array_foreach(json_object_get(d, "settings"), i, c) {
    const char *ep = zd_rep_str(c, "endpoint"), *path = zd_rep_str(c, "path");
    fputs(md ? "- `" : "  ", out);
    if(strncmp(path, ep, strlen(ep))) {   /* name the endpoint once */
      put(out, ep);
      fputs(": ", out);
    }
    put(out, path);
    fputs(md ? "`: " : ": ", out);
    put_value(out, json_object_get(c, "old"), put);
    fputs(" -> ", out);
    put_value(out, json_object_get(c, "new"), put);
    put_audit(out, c, put, md ? "\n  - " : "\n      ",
              md ? "\n  - " : "\n      ", "\n");
  }

  fputs(md ? "\n## Objects\n\n" : "\nObjects\n", out);
  if(!json_array_size(json_object_get(d, "objects")))
    fputs(md ? "No object changed.\n" : "  no object changed\n", out);
  json_array_foreach(json_object_get(d, "objects"), i, c) {
    char id[64];
    const json_t *idv = json_object_get(c, "id");
    if(json_is_integer(idv))
      snprintf(id, sizeof(id), "%lld", (long long)json_integer_value(idv));
    else
      snprintf(id, sizeof(id), "%s", json_string_value(idv) ?
               json_string_value(idv) : "?");
    fprintf(out, md ? "- **%s** %s " : "  %-8s %s ", zd_rep_str(c, "change"),
            zd_rep_str(c, "type"));
    put(out, id);
    fputs(" \"", out);
    put(out, zd_rep_str(c, "title"));
    fputs("\"", out);
    if(*zd_rep_str(c, "old_title")) {
      fputs(" (was \"", out);
      put(out, zd_rep_str(c, "old_title"));
      fputs("\")", out);
    }
    json_array_foreach(json_object_get(c, "fields"), j, x) {
      fputs(md ? "\n  - `" : "\n      ", out);
      put(out, zd_rep_str(x, "path"));
      fputs(md ? "`: " : ": ", out);
      put_value(out, json_object_get(x, "old"), put);
      fputs(" -> ", out);
      put_value(out, json_object_get(x, "new"), put);
    }
    put_audit(out, c, put, md ? "\n  - who: " : "\n      who: ",
              md ? "\n  - who: " : "\n      who: ", "\n");
  }

  if(json_array_size(json_object_get(d, "audit_only"))) {
    fputs(md ? "\n## Audit-log entries with no change left in the snapshots\n\n"
             : "\nAudit-log entries with no change left in the snapshots\n",
          out);
    json_array_foreach(json_object_get(d, "audit_only"), i, c) {
      json_t *wrap = json_pack("{s:[O]}", "audit", json_object_get(c,
                                                                    "entry"));
      put_audit(out, wrap, put, md ? "- " : "  ", "", "\n");
      json_decref(wrap);
    }
  }
  if(json_array_size(json_object_get(d, "not_comparable"))) {
    fputs(md ? "\n## Not comparable\n\n" : "\nNot comparable\n", out);
    json_array_foreach(json_object_get(d, "not_comparable"), i, c) {
      fputs(md ? "- " : "  ", out);
      put(out, zd_rep_str(c, "endpoint"));
      fputs(": ", out);
      put(out, zd_rep_str(c, "reason"));
      fputc('\n', out);
    }
  }
}

/* ---- HTML --------------------------------------------------------------- */

/* A table of changed results, one row each, evidence lines in a cell. */
static void write_results_html(const json_t *list, FILE *out)
{
  const json_t *c, *x;
  size_t i, j;
  fputs("<table><tr><th>change</th><th>control</th><th>was</th><th>now"
        "</th><th>evidence</th></tr>\n", out);
  json_array_foreach(list, i, c) {
    fprintf(out, "<tr><td class=\"%s\">%s</td><td>", zd_rep_str(c, "change"),
            zd_rep_str(c, "change"));
    put_html(out, zd_rep_str(c, "id"));
    fputs(" ", out);
    put_html(out, zd_rep_str(c, "title"));
    fputs("</td><td>", out);   /* statuses as the reports say them */
    put_html(out, zd_rep_str(c, "old"));
    fputs("</td><td>", out);
    put_html(out, zd_rep_str(c, "new"));
    fputs("</td><td>", out);
    json_array_foreach(json_object_get(c, "evidence_added"), j, x) {
      fputs("+ ", out);
      put_html(out, json_string_value(x));
      fputs("<br>", out);
    }
    json_array_foreach(json_object_get(c, "evidence_removed"), j, x) {
      fputs("&minus; ", out);
      put_html(out, json_string_value(x));
      fputs("<br>", out);
    }
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
}

static void write_html(const json_t *d, FILE *out)
{
  const json_t *c, *x;
  size_t i, j;
  fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
        "'none'; style-src 'unsafe-inline'\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n<title>What changed: ", out);
  put_html(out, zd_rep_str2(d, "old", "subdomain"));
  fputs("</title>\n<style>body{font:15px/1.45 system-ui,sans-serif;margin:"
        "1rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px "
        "solid #ccc;padding:.3rem;text-align:left;vertical-align:top;"
        "overflow-wrap:anywhere}.regression{color:#a00000;font-weight:600}"
        ".fix{color:#0a6b0a}code{font-size:90%}"
        "@media (prefers-color-scheme: dark){body{background:#111;color:#eee}"
        ".regression{color:#ff8a8a}.fix{color:#8be28b}}</style></head>\n"
        "<body>\n<h1>What changed: ", out);
  put_html(out, zd_rep_str2(d, "old", "subdomain"));
  fputs("</h1>\n<p>From ", out);
  put_html(out, zd_rep_str2(d, "old", "source"));
  fputs(" (collected ", out);
  put_html(out, zd_rep_str2(d, "old", "collected_at"));
  fputs(") to ", out);
  put_html(out, zd_rep_str2(d, "new", "source"));
  fputs(" (collected ", out);
  put_html(out, zd_rep_str2(d, "new", "collected_at"));
  fputs(").</p>\n<h2>Controls</h2>\n", out);
  write_results_html(json_object_get(d, "controls"), out);
  if(json_array_size(json_object_get(d, "advisory"))) {
    fputs("<h2>Advisory checks (not counted)</h2>\n", out);
    write_results_html(json_object_get(d, "advisory"), out);
  }
  fputs("<h2>Settings</h2>\n<table><tr><th>setting</th><th>was"
        "</th><th>now</th><th>who and when</th></tr>\n", out);
  json_array_foreach(json_object_get(d, "settings"), i, c) {
    fputs("<tr><td><code>", out);
    put_html(out, zd_rep_str(c, "path"));
    fputs("</code></td><td>", out);
    put_value(out, json_object_get(c, "old"), put_html);
    fputs("</td><td>", out);
    put_value(out, json_object_get(c, "new"), put_html);
    fputs("</td><td>", out);
    put_audit(out, c, put_html, "", "<br>", "");
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n<h2>Objects</h2>\n<table><tr><th>change</th><th>object"
        "</th><th>fields</th><th>who and when</th></tr>\n", out);
  json_array_foreach(json_object_get(d, "objects"), i, c) {
    fputs("<tr><td>", out);
    put_html(out, zd_rep_str(c, "change"));
    fputs("</td><td>", out);
    put_html(out, zd_rep_str(c, "type"));
    fputs(" &ldquo;", out);
    put_html(out, zd_rep_str(c, "title"));
    fputs("&rdquo;</td><td>", out);
    json_array_foreach(json_object_get(c, "fields"), j, x) {
      fputs("<code>", out);
      put_html(out, zd_rep_str(x, "path"));
      fputs("</code>: ", out);
      put_value(out, json_object_get(x, "old"), put_html);
      fputs(" &rarr; ", out);
      put_value(out, json_object_get(x, "new"), put_html);
      fputs("<br>", out);
    }
    fputs("</td><td>", out);
    put_audit(out, c, put_html, "", "<br>", "");
    fputs("</td></tr>\n", out);
  }
  fputs("</table>\n", out);
  if(json_array_size(json_object_get(d, "audit_only"))) {
    fputs("<h2>Audit-log entries with no change left in the snapshots</h2>"
          "\n<ul>\n", out);
    json_array_foreach(json_object_get(d, "audit_only"), i, c) {
      json_t *wrap = json_pack("{s:[O]}", "audit", json_object_get(c,
                                                                    "entry"));
      put_audit(out, wrap, put_html, "<li>", "", "</li>\n");
      json_decref(wrap);
    }
    fputs("</ul>\n", out);
  }
  if(json_array_size(json_object_get(d, "not_comparable"))) {
    fputs("<h2>Not comparable</h2>\n<ul>\n", out);
    json_array_foreach(json_object_get(d, "not_comparable"), i, c) {
      fputs("<li>", out);
      put_html(out, zd_rep_str(c, "endpoint"));
      fputs(": ", out);
      put_html(out, zd_rep_str(c, "reason"));
      fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
  }
  fputs("</body></html>\n", out);
}

zd_code zd_diff_write(const json_t *diff, zd_diff_format fmt, FILE *out,
                      struct zd_error *err)
{
  switch(fmt) {
  case ZD_DIFF_JSON:
    json_dumpf(diff, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', out);
    break;
  case ZD_DIFF_HTML:
    write_html(diff, out);
    break;
  default:
    write_lines(diff, out, fmt == ZD_DIFF_MARKDOWN);
  }
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the diff");
  return ZD_OK;
}

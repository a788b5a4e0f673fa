/* SPDX-License-Identifier: MIT
 * report_html_history.c — what the HTML report shows when the results came
 * from `assess --history`: the trend of fail / error / manual / pass
 * counts over the account's last runs as an inline SVG (no script, no
 * external asset, presentation attributes only, so the report's CSP
 * holds), and per control the run at which its status last changed. */
#include "report/report_common.h"

#include <string.h>

#define W 640
#define H 180
#define PAD 28

static const struct {
  const char *status, *label, *colour;
} series[] = {
  {"fail", "fail", "#b3261e"}, {"error", "error", "#8a5300"},
  {"manual", "manual", "#4a5a8a"}, {"pass", "pass", "#1e6b2e"},
};

static void esc(FILE *out, const char *s)
{
  for(; *s; s++) {
    switch(*s) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    default:
      if((unsigned char)*s >= 0x20)
        fputc(*s, out);
    }
  }
}

void zd_rep_html_trend(FILE *out, const json_t *doc)
{
  const json_t *runs = json_object_get(json_object_get(doc, "history"),
                                       "runs"), *r;
  size_t n = json_array_size(runs), i;
  long long max = 1;
  if(!n)
    return;
  json_array_foreach(runs, i, r)
    for(size_t s = 0; s < sizeof(series) / sizeof(series[0]); s++) {
      long long v = json_integer_value(json_object_get(
        json_object_get(r, "summary"), series[s].status));
      if(v > max)
        max = v;
    }
  fputs("<section id=\"trend\">\n<h2>Over time</h2>\n<p>The last ", out);
  fprintf(out, "%zu run(s) recorded in the history", n);
  fputs(".</p>\n<svg class=\"trend\" role=\"img\" viewBox=\"0 0 640 180\" "
        "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" "
        "aria-labelledby=\"trend-title\"><title id=\"trend-title\">Controls "
        "by status over the last runs</title>\n", out);
  fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
          "stroke=\"#888\" stroke-width=\"1\"/>\n", PAD, H - PAD, W - 8,
          H - PAD);
  for(size_t s = 0; s < sizeof(series) / sizeof(series[0]); s++) {
    fprintf(out, "<polyline class=\"series-%s\" fill=\"none\" stroke=\"%s\" "
            "stroke-width=\"2\" points=\"", series[s].status,
            series[s].colour);
    json_array_foreach(runs, i, r) {
      long long v = json_integer_value(json_object_get(
        json_object_get(r, "summary"), series[s].status));
      double x = PAD + (n > 1 ? (double)i * (W - PAD - 16) / (double)(n - 1)
                              : (W - PAD) / 2.0);
      double y = (H - PAD) - (double)v * (H - 2 * PAD) / (double)max;
      fprintf(out, "%s%.1f,%.1f", i ? " " : "", x, y);
    }
    fputs("\"/>\n", out);
    fprintf(out, "<text x=\"%d\" y=\"%zu\" font-size=\"12\" fill=\"%s\">%s "
            "%lld</text>\n", W - 96, 14 + 14 * s, series[s].colour,
            series[s].label, (long long)json_integer_value(json_object_get(
              json_object_get(json_array_get(runs, n - 1), "summary"),
              series[s].status)));
  }
  fprintf(out, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#666\">",
          PAD, H - 8);
  esc(out, zd_rep_str(json_array_get(runs, 0), "generated_at"));
  fprintf(out, "</text><text x=\"%d\" y=\"%d\" font-size=\"11\" "
          "fill=\"#666\" text-anchor=\"end\">", W - 8, H - 8);
  esc(out, zd_rep_str(json_array_get(runs, n - 1), "generated_at"));
  fputs("</text></svg>\n<table class=\"trend-table\">\n<thead><tr><th>run"
        "</th><th>generated</th><th>fail</th><th>error</th><th>manual</th>"
        "<th>pass</th></tr></thead>\n<tbody>\n", out);
  json_array_foreach(runs, i, r) {
    const json_t *s = json_object_get(r, "summary");
    fprintf(out, "<tr><td>%lld</td><td>",
            (long long)json_integer_value(json_object_get(r, "run")));
    esc(out, zd_rep_str(r, "generated_at"));
    fprintf(out, "</td><td>%lld</td><td>%lld</td><td>%lld</td><td>%lld</td>"
            "</tr>\n",
            (long long)json_integer_value(json_object_get(s, "fail")),
            (long long)json_integer_value(json_object_get(s, "error")),
            (long long)json_integer_value(json_object_get(s, "manual")),
            (long long)json_integer_value(json_object_get(s, "pass")));
  }
  fputs("</tbody></table>\n</section>\n", out);
}

void zd_rep_html_last_changed(FILE *out, const json_t *r)
{
  const json_t *c = json_object_get(r, "last_changed");
  if(!json_is_object(c))
    return;
  fputs("<p class=\"last-changed\">Status changed from ", out);
  esc(out, zd_rep_status_label(zd_rep_str(c, "from")));
  fputs(" in the run of ", out);
  esc(out, zd_rep_str(c, "since"));
  fputs(".</p>\n", out);
}

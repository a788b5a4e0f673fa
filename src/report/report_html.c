/* SPDX-License-Identifier: MIT
 * report_html.c — one self-contained HTML file for a compliance officer:
 * inline CSS and JS only (a Content-Security-Policy forbids anything else),
 * readable without JS and on paper; every value from the document escaped. */
#include "report/report.h"
#include "report/report_common.h"
#include "report/triage.h"
#include "report/links.h"
#include "core/limits.h"

#include <stdlib.h>

#include <string.h>

/* The filter script. Its SHA-256 is pinned in the CSP below, so an
 * injected script could not run even if escaping ever failed; change one
 * byte here and update ZD_HTML_JS_HASH (tests/report checks they match). */
static const char html_js[] =
  "(function () {\n"
  "  'use strict';\n"
  "  var list = document.getElementById('controls-list');\n"
  "  var bar = document.getElementById('filters');\n"
  "  if (!list || !bar) return;\n"
  "  var items = [].slice.call(list.querySelectorAll('article.ctl'));\n"
  "  var shown = document.getElementById('shown');\n"
  "  var query = document.getElementById('q');\n"
  "  var sels = bar.querySelectorAll('select[data-key]');\n"
  "  var sorter = document.getElementById('sort');\n"
  "  var active = 'all';\n"
  "  function visible(it, f, q) {\n"
  "    if (f !== 'all' && it.getAttribute('data-status') !== f) return false;\n"
  "    for (var i = 0; i < sels.length; i++) {\n"
  "      var v = sels[i].value;\n"
  "      var k = sels[i].getAttribute('data-key');\n"
  "      if (v && it.getAttribute('data-' + k) !== v) return false;\n"
  "    }\n"
  "    return !q || it.textContent.toLowerCase().indexOf(q) >= 0;\n"
  "  }\n"
  "  function num(it, a) { return Number(it.getAttribute(a)) || 0; }\n"
  "  function order() {\n"
  "    var k = sorter.value ? 'data-rank-' + sorter.value : '';\n"
  "    items.sort(function (a, b) {\n"
  "      return (k ? num(a, k) - num(b, k) : 0) ||\n"
  "        num(a, 'data-order') - num(b, 'data-order');\n"
  "    });\n"
  "    for (var i = 0; i < items.length; i++) list.appendChild(items[i]);\n"
  "  }\n"
  "  function apply() {\n"
  "    var q = query.value.trim().toLowerCase(), n = 0, i;\n"
  "    for (i = 0; i < items.length; i++) {\n"
  "      items[i].hidden = !visible(items[i], active, q);\n"
  "      if (!items[i].hidden) n++;\n"
  "    }\n"
  "    shown.textContent = n + ' of ' + items.length + ' controls shown';\n"
  "    var bs = bar.querySelectorAll('button[data-filter]');\n"
  "    for (i = 0; i < bs.length; i++)\n"
  "      bs[i].setAttribute('aria-pressed',\n"
  "        String(bs[i].getAttribute('data-filter') === active));\n"
  "    return n;\n"
  "  }\n"
  "  function choose(f) { active = f; return apply(); }\n"
  "  function pick(sel, v) {\n"
  "    for (var i = 0; i < sel.options.length; i++)\n"
  "      if (sel.options[i].value === v) { sel.value = v; return; }\n"
  "  }\n"
  "  document.addEventListener('click', function (ev) {\n"
  "    var t = ev.target.closest('[data-filter]');\n"
  "    if (!t) return;\n"
  "    choose(t.getAttribute('data-filter'));\n"
  "    if (t.tagName === 'A') {\n"
  "      ev.preventDefault();\n"
  "      bar.scrollIntoView();\n"
  "    }\n"
  "  });\n"
  "  query.addEventListener('input', apply);\n"
  "  for (var s = 0; s < sels.length; s++)\n"
  "    sels[s].addEventListener('change', apply);\n"
  "  sorter.addEventListener('change', function () { order(); apply(); });\n"
  "  bar.hidden = false;\n"
  "  var start = 'all', parts = location.hash.replace(/^#/, '').split('&');\n"
  "  for (var p = 0; p < parts.length; p++) {\n"
  "    var kv = /^([a-z]+)=([A-Za-z0-9_.-]+)$/.exec(parts[p]);\n"
  "    if (!kv) continue;\n"
  "    if (kv[1] === 'status') start = kv[2];\n"
  "    else if (kv[1] === 'sort') pick(sorter, kv[2]);\n"
  "    for (var j = 0; j < sels.length; j++)\n"
  "      if (sels[j].getAttribute('data-key') === kv[1])\n"
  "        pick(sels[j], kv[2]);\n"
  "  }\n"
  "  order();\n"
  "  choose(start);\n"
  "  if (/zd-selftest/.test(location.hash)) {\n"
  "    var out = [], bs = bar.querySelectorAll('button[data-filter]');\n"
  "    for (var k = 0; k < bs.length; k++) {\n"
  "      var f = bs[k].getAttribute('data-filter');\n"
  "      out.push(f + '=' + choose(f));\n"
  "    }\n"
  "    choose(start);\n"
  "    var de = document.documentElement;\n"
  "    de.setAttribute('data-zd-selftest', out.join(' '));\n"
  "    de.setAttribute('data-zd-overflow',\n"
  "      String(de.scrollWidth - de.clientWidth));\n"
  "    de.setAttribute('data-zd-bg',\n"
  "      getComputedStyle(document.body).backgroundColor);\n"
  "  }\n"
  "  document.documentElement.setAttribute('data-zd-ready',\n"
  "    String(items.length));\n"
  "})();\n";
#define ZD_HTML_JS_HASH "sha256-+HUoCxsifKISHcVTtpdHx8HePy7xgqKQpR5HBJ/SwT0="

/* The style sheet, a rule or two per string (C caps one literal). */
static const char *const html_css[] = {
  ":root{--ink:#1d2939;--muted:#667085;--line:#e4e7ec;--bg:#f9fafb;"
  "--fail:#b42318;--fail-bg:#fee4e2;--error:#c11574;--error-bg:#fce7f6;"
  "--manual:#b54708;--manual-bg:#fef0c7;--accepted:#5925dc;"
  "--accepted-bg:#ebe9fe;--attested:#175cd3;--attested-bg:#d1e9ff;"
  "--pass:#067647;--pass-bg:#dcfae6;--na:#475467;--na-bg:#eaecf0;"
  "--card:#fff;--head:#f2f4f7;--link:#175cd3}\n",
  /* dark mode from the reader's setting; every pair keeps WCAG AA (4.5:1) */
  "@media (prefers-color-scheme:dark){:root{--ink:#e4e7ec;--muted:#98a2b3;"
  "--line:#333741;--bg:#0c111d;--card:#161b26;--head:#1f242f;--link:#84caff;"
  "--fail:#fda29b;--fail-bg:#55160c;--error:#faa7e0;--error-bg:#4e0d30;"
  "--manual:#fec84b;--manual-bg:#4e1d09;--accepted:#bdb4fe;"
  "--accepted-bg:#27115f;--attested:#84caff;--attested-bg:#102a56;"
  "--pass:#75e0a7;--pass-bg:#053321;--na:#cecfd2;--na-bg:#22262f}"
  "header.top{background:#000}}\n",
  "*{box-sizing:border-box}\n",
  "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,"
  "'DejaVu Sans',Arial,sans-serif;color:var(--ink);background:var(--bg)}\n",
  "header.top{background:#101828;color:#fff;padding:28px 0 22px}\n",
  ".wrap{max-width:1120px;margin:0 auto;padding:0 24px}\n",
  "header.top h1{margin:0 0 4px;font-size:26px;font-weight:650}\n",
  "header.top .sub{margin:0 0 18px;color:#d0d5dd}\n",
  "dl.meta{display:grid;grid-template-columns:repeat(auto-fill,"
  "minmax(200px,1fr));gap:10px 24px;margin:0}\n",
  "dl.meta div{min-width:0}\n",
  "dl.meta dt{font-size:12px;text-transform:uppercase;letter-spacing:.06em;"
  "color:#98a2b3}\n",
  "dl.meta dd{margin:0;overflow-wrap:anywhere}\n",
  "main{padding:8px 0 40px}\n",
  "h2{font-size:20px;margin:32px 0 12px}\n",
  "h3{font-size:16px;margin:0}\n",
  "h4{font-size:13px;margin:12px 0 4px;text-transform:uppercase;"
  "letter-spacing:.05em;color:var(--muted)}\n",
  ".verdict{font-size:16px;margin:0 0 16px}\n",
  ".cards{display:grid;grid-template-columns:repeat(7,1fr);gap:10px}\n",
  ".card{display:block;border-radius:10px;padding:12px 14px;"
  "text-decoration:none;border:1px solid var(--line);background:var(--card);"
  "color:var(--ink)}\n",
  ".card .n{display:block;font-size:28px;font-weight:700;line-height:1.1}\n",
  ".card .l{font-size:13px;color:var(--muted)}\n",
  "table{border-collapse:collapse;width:100%;background:var(--card);"
  "border:1px solid var(--line);font-size:14px}\n",
  "th,td{text-align:left;padding:6px 10px;border-bottom:1px solid "
  "var(--line);vertical-align:top}\n",
  "th{background:var(--head);font-weight:600;font-size:13px}\n",
  "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n",
  "td.zero{color:var(--muted)}\n",
  "td.nw{white-space:nowrap}\n",
  ".sev{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;"
  "font-weight:650;text-transform:uppercase;letter-spacing:.03em;"
  "border:1px solid currentColor;white-space:nowrap}\n",
  ".sev-0{color:#fff;background:#912018;border-color:#912018}\n",
  ".sev-1{color:var(--fail);background:var(--card)}\n",
  ".sev-2{color:var(--manual);background:var(--card)}\n",
  ".sev-3,.sev-4{color:var(--muted);background:var(--card)}\n",
  "ol.causes li{margin:0 0 10px;overflow-wrap:anywhere}\n",
  ".badge{display:inline-block;border-radius:999px;padding:1px 10px;"
  "font-size:12px;font-weight:650;white-space:nowrap;border:1px solid}\n",
  ".st-fail{--c:var(--fail);--cb:var(--fail-bg)}\n",
  ".st-error{--c:var(--error);--cb:var(--error-bg)}\n",
  ".st-manual{--c:var(--manual);--cb:var(--manual-bg)}\n",
  ".st-accepted{--c:var(--accepted);--cb:var(--accepted-bg)}\n",
  ".st-attested{--c:var(--attested);--cb:var(--attested-bg)}\n",
  ".st-pass{--c:var(--pass);--cb:var(--pass-bg)}\n",
  ".st-not_applicable{--c:var(--na);--cb:var(--na-bg)}\n",
  ".badge{color:var(--c,var(--ink));background:var(--cb,#fff);"
  "border-color:var(--c,var(--line))}\n",
  ".card{border-top:4px solid var(--c,var(--line))}\n",
  ".card .n{color:var(--c,var(--ink))}\n",
  ".legend{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;"
  "margin:14px 0 0;font-size:13px;color:var(--muted)}\n",
  ".legend dd{margin:0}\n",
  ".filters{position:sticky;top:0;z-index:2;background:var(--bg);"
  "padding:10px 0;display:flex;flex-wrap:wrap;gap:6px;align-items:center;"
  "border-bottom:1px solid var(--line)}\n",
  ".filters[hidden]{display:none}\n",
  ".filters button{font:inherit;font-size:13px;border:1px solid "
  "var(--c,#d0d5dd);background:var(--card);color:var(--c,var(--ink));"
  "border-radius:999px;padding:3px 12px;cursor:pointer}\n",
  ".filters button[aria-pressed=true]{background:var(--c,var(--ink));"
  "color:#fff}\n",
  ".filters input{font:inherit;font-size:13px;padding:4px 10px;border:1px "
  "solid #d0d5dd;border-radius:8px;min-width:220px;margin-left:auto}\n",
  ".filters label{font-size:13px;color:var(--muted);display:inline-flex;"
  "gap:4px;align-items:center}\n",
  ".filters select{font:inherit;font-size:13px;padding:2px 6px;border:1px "
  "solid #d0d5dd;border-radius:8px;background:var(--card);color:var(--ink);"
  "max-width:100%}\n",
  "#shown{font-size:13px;color:var(--muted);width:100%}\n",
  ".where{font-size:14px;margin:6px 0 0;overflow-wrap:anywhere}\n",
  "article.ctl{background:var(--card);border:1px solid var(--line);border-left:5px "
  "solid var(--c);border-radius:8px;padding:14px 18px;margin:12px 0}\n",
  "article.ctl[hidden]{display:none}\n",
  "article.ctl>header{display:flex;gap:10px;align-items:baseline}\n",
  ".cid{font-family:'DejaVu Sans Mono',ui-monospace,monospace;"
  "font-size:14px;color:var(--muted);margin-right:6px;white-space:nowrap}\n",
  ".facts{font-size:13px;color:var(--muted);margin:6px 0 0}\n",
  ".facts span+span::before{content:' \\00b7  '}\n",
  ".text{white-space:pre-line;margin:8px 0 0;overflow-wrap:anywhere}\n",
  "ul.ev{margin:0;padding-left:20px;font-family:'DejaVu Sans Mono',"
  "ui-monospace,monospace;font-size:12.5px;overflow-wrap:anywhere}\n",
  ".record{margin:12px 0 0;padding:10px 14px;border-radius:8px;"
  "background:var(--cb);border:1px solid var(--c);font-size:14px}\n",
  ".record .what{font-weight:650;color:var(--c)}\n",
  ".record.stale{--c:#98a2b3;--cb:#f9fafb}\n",
  ".record dl{display:grid;grid-template-columns:max-content 1fr;"
  "gap:2px 12px;margin:6px 0 0}\n",
  ".record dt{color:var(--muted)}\n",
  ".record dd{margin:0;overflow-wrap:anywhere;white-space:pre-line}\n",
  "footer{color:var(--muted);font-size:13px;padding:24px 0 40px}\n",
  "a{color:var(--link)}\n",
  "@media (max-width:800px){.cards{grid-template-columns:repeat(4,1fr)}}\n",
  /* a phone (400 px): nothing wider than the screen; wide tables scroll
   * inside their own box */
  "@media (max-width:520px){.wrap{padding:0 12px}"
  ".cards{grid-template-columns:repeat(2,1fr)}"
  "section table{display:block;overflow-x:auto;max-width:100%}"
  ".filters input{min-width:0;width:100%;margin-left:0}"
  "article.ctl{padding:10px 12px}article.ctl>header{flex-wrap:wrap}"
  "dl.meta{grid-template-columns:1fr}h1{overflow-wrap:anywhere}}\n",
  "@media print{body{background:#fff;font-size:10pt}\n",
  "header.top{background:#fff;color:var(--ink);border-bottom:2px solid "
  "var(--ink);padding:0 0 10px}\n",
  "header.top .sub,dl.meta dt{color:var(--muted)}\n",
  ".wrap{max-width:none;padding:0}\n",
  ".filters,.noprint{display:none!important}\n",
  "article.ctl[hidden]{display:block!important}\n",
  "article.ctl,tr,.card{break-inside:avoid}\n",
  "h2{break-after:avoid}\n",
  "a{color:inherit;text-decoration:none}\n",
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n",
  "@page{margin:14mm}}\n",
};

static const char *const status_help[ZD_STATUS_COUNT] = {
  [ZD_STATUS_FAIL] = "the collected data shows a gap",
  [ZD_STATUS_ERROR] = "could not be checked: data missing, refused or "
                      "malformed",
  [ZD_STATUS_MANUAL] = "the API cannot decide; a person must provide "
                       "evidence",
  [ZD_STATUS_ACCEPTED] = "fails or unproven, but an exception is on record "
                         "(shown with its justification)",
  [ZD_STATUS_ATTESTED] = "a person attested to it, with owner and expiry",
  [ZD_STATUS_PASS] = "the collected data shows the control is met",
  [ZD_STATUS_NA] = "the snapshot proves the feature is off",
};

/* Writes 's' escaped for HTML text and attribute values. Control
 * characters HTML forbids become U+FFFD. */
static void esc(FILE *out, const char *s)
{
  for(; *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch(c) {
    case '&': fputs("&amp;", out); break;
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    default:
      if((c < 0x20 && c != '\n' && c != '\r' && c != '\t') ||
         c == 0x7F)
        fputs("\xEF\xBF\xBD", out);
      else
        fputc(c, out);
    }
  }
}

/* A status word is also a CSS class and a filter value: anything but the
 * seven words is rendered as "unknown". */
static const char *status_class(const char *word)
{
  return zd_rep_status_index(word) < ZD_STATUS_COUNT ? word : "unknown";
}

static void badge(FILE *out, const char *status)
{
  fprintf(out, "<span class=\"badge st-%s\">", status_class(status));
  esc(out, zd_rep_status_label(status));
  fputs("</span>", out);
}

static void control_link(FILE *out, const json_t *r)
{
  fputs("<a href=\"#", out);
  esc(out, zd_rep_str(r, "id"));
  fputs("\">", out);
  esc(out, zd_rep_str(r, "id"));
  fputs("</a>", out);
}

/* "Subscriber" for "subscriber". */
static void capitalised(FILE *out, const char *s)
{
  if(*s >= 'a' && *s <= 'z') {
    fputc(*s - 'a' + 'A', out);
    s++;
  }
  esc(out, s);
}

/* An evidence link is clickable only when it is http(s); anything else
 * (a file name, a ticket number) is text. */
static void evidence_ref(FILE *out, const char *ev)
{
  if(!strncmp(ev, "https://", 8) || !strncmp(ev, "http://", 7)) {
    fputs("<a href=\"", out);
    esc(out, ev);
    fputs("\" rel=\"noopener noreferrer\">", out);
    esc(out, ev);
    fputs("</a>", out);
  }
  else
    esc(out, ev);
}

static void header(FILE *out, const json_t *doc)
{
  const json_t *acct = json_object_get(doc, "account");
  const char *sub = zd_rep_str(acct, "subdomain");
  fputs("<header class=\"top\"><div class=\"wrap\">\n<h1>" ZD_REP_TITLE,
        out);
  if(*sub) {
    fputs(" \xE2\x80\x94 ", out);
    esc(out, sub);
  }
  fputs("</h1>\n<p class=\"sub\">", out);
  esc(out, zd_rep_baseline_name(doc));
  fputs("</p>\n<dl class=\"meta\">\n", out);
  for(size_t i = 0; zd_rep_meta[i].label; i++) {
    const char *v = zd_rep_meta_value(doc, i);
    if(!*v)
      continue;
    fputs("<div><dt>", out);
    esc(out, zd_rep_meta[i].label);
    fputs("</dt><dd>", out);
    esc(out, v);
    fputs("</dd></div>\n", out);
  }
  fputs("</dl>\n</div></header>\n", out);
}

static void summary(FILE *out, const json_t *doc)
{
  size_t counts[ZD_STATUS_COUNT];
  size_t n = zd_rep_count(doc, counts);
  fputs("<section id=\"summary\">\n<h2>Summary</h2>\n<p class=\"verdict\">",
        out);
  fprintf(out, "%zu controls assessed: <strong>%zu fail</strong>, "
          "<strong>%zu could not be checked</strong> and %zu need evidence "
          "from a person. Exceptions on record cover %zu, attestations "
          "%zu.</p>\n", n, counts[ZD_STATUS_FAIL], counts[ZD_STATUS_ERROR],
          counts[ZD_STATUS_MANUAL], counts[ZD_STATUS_ACCEPTED],
          counts[ZD_STATUS_ATTESTED]);
  fputs("<div class=\"cards\">\n", out);
  for(size_t i = 0; i < ZD_STATUS_COUNT; i++) {
    zd_status s = zd_rep_status_order[i];
    const char *w = zd_rep_status_word(s);
    fprintf(out, "<a class=\"card st-%s\" href=\"#status=%s\" "
            "data-filter=\"%s\"><span class=\"n\">%zu</span>"
            "<span class=\"l\">%s</span></a>\n", w, w, w, counts[s],
            zd_rep_status_label(w));
  }
  fputs("</div>\n<dl class=\"legend\">\n", out);
  for(size_t i = 0; i < ZD_STATUS_COUNT; i++) {
    zd_status s = zd_rep_status_order[i];
    fputs("<dt>", out);
    badge(out, zd_rep_status_word(s));
    fprintf(out, "</dt><dd>%s</dd>\n", status_help[s]);
  }
  fputs("</dl>\n</section>\n", out);
}

/* Summary table by product area, areas in order of first appearance. */
static void by_area(FILE *out, const json_t *doc)
{
  json_t *areas = zd_rep_areas(doc);
  size_t i, j;
  const json_t *a;
  fputs("<section id=\"areas\">\n<h2>By product area</h2>\n<table>\n"
        "<thead><tr><th>Product area</th><th class=\"num\">Controls</th>",
        out);
  for(i = 0; i < ZD_STATUS_COUNT; i++)
    fprintf(out, "<th class=\"num\">%s</th>",
            zd_rep_status_label(zd_rep_status_word(zd_rep_status_order[i])));
  fputs("</tr></thead>\n<tbody>\n", out);
  json_array_foreach(areas, i, a) {
    size_t counts[ZD_STATUS_COUNT];
    size_t total = zd_rep_count_area(doc, json_string_value(a), counts);
    fputs("<tr><td>", out);
    esc(out, zd_rep_area_label(json_string_value(a)));
    fprintf(out, "</td><td class=\"num\">%zu</td>", total);
    for(j = 0; j < ZD_STATUS_COUNT; j++) {
      size_t c = counts[zd_rep_status_order[j]];
      fprintf(out, "<td class=\"num%s\">%zu</td>", c ? "" : " zero", c);
    }
    fputs("</tr>\n", out);
  }
  fputs("</tbody>\n</table>\n</section>\n", out);
  json_decref(areas);
}

static void severity_badge(FILE *out, const char *sev)
{
  int rank = zd_rep_severity_rank(sev);
  fprintf(out, "<span class=\"sev sev-%d\">", rank);
  esc(out, rank < 4 ? sev : "unrated");
  fputs("</span>", out);
}

/* A list of control IDs, each a link to the control. */
static void id_links(FILE *out, const json_t *ids)
{
  size_t i;
  const json_t *x;
  json_array_foreach(ids, i, x) {
    if(i)
      fputs(", ", out);
    fputs("<a href=\"#", out);
    esc(out, json_string_value(x));
    fputs("\">", out);
    esc(out, json_string_value(x));
    fputs("</a>", out);
  }
}

/* The root causes: one wrong value behind several failing controls. */
static void causes(FILE *out, const json_t *doc)
{
  json_t *list = zd_rep_root_causes(doc), *c;
  size_t i;
  if(!json_array_size(list)) {
    json_decref(list);
    return;
  }
  fputs("<section id=\"causes\">\n<h2>Fix first</h2>\n<p>Each of these wrong "
        "values appears in the evidence of several failing controls.</p>\n"
        "<ol class=\"causes\">\n", out);
  json_array_foreach(list, i, c) {
    const json_t *ids = json_object_get(c, "controls");
    const json_t *res = json_object_get(c, "resolves");
    const char *noun = json_object_get(c, "object")
                         ? zd_rep_str2(c, "object", "type") : "setting";
    fputs("<li>", out);
    severity_badge(out, zd_rep_str(c, "severity"));
    fputs(" <code>", out);
    esc(out, zd_rep_str(c, "summary"));
    fprintf(out, "</code><br>%zu controls fail on it: ",
            json_array_size(ids));
    id_links(out, ids);
    if(json_array_size(res)) {
      fputs(".<br><strong>Fixing this one ", out);
      esc(out, noun);
      fprintf(out, " should make these pass (%zu):</strong> ",
              json_array_size(res));
      id_links(out, res);
    }
    fputs(".</li>\n", out);
  }
  fputs("</ol>\n</section>\n", out);
  json_decref(list);
}

/* Controls that need action: fail and error, most severe first, then by
 * area. */
static void attention(FILE *out, const json_t *doc)
{
  const json_t *results = zd_rep_results(doc);
  size_t i, n, *order = zd_rep_needs_action(doc, &n);
  for(i = 0; i < n; i++) {
    const json_t *r = json_array_get(results, order[i]);
    const char *st = zd_rep_str(r, "status");
    if(!i)
      fputs("<section id=\"attention\">\n<h2>Needs action</h2>\n<table>\n"
            "<thead><tr><th>Control</th><th>Severity</th><th>Status</th>"
            "<th>Title</th><th>Responsible</th></tr></thead>\n<tbody>\n",
            out);
    fputs("<tr><td>", out);
    control_link(out, r);
    fputs("</td><td>", out);
    severity_badge(out, zd_rep_str(r, "severity"));
    fputs("</td><td>", out);
    badge(out, st);
    fputs("</td><td>", out);
    esc(out, zd_rep_str(r, "title"));
    fputs("</td><td>", out);
    capitalised(out, zd_rep_str(r, "responsible"));
    fputs("</td></tr>\n", out);
  }
  if(n)
    fputs("</tbody>\n</table>\n</section>\n", out);
  free(order);
}

static void state_badge(FILE *out, const json_t *rec)
{
  const char *state = zd_rep_record_state(rec);
  if(!strcmp(state, "expired")) {
    fputs("<span class=\"badge st-fail\">expired on ", out);
    esc(out, zd_rep_str(rec, "expires"));
    fputs("</span>", out);
  }
  else if(!strcmp(state, "applied"))
    fputs("<span class=\"badge st-pass\">counts</span>", out);
  else
    fputs("<span class=\"badge st-not_applicable\">not applied</span>", out);
}

/* One register: every record of kind 'key' ("exception" or
 * "attestation") on file, whether it counts or not. 'cols' are the
 * record's text fields, then two dates. */
static void register_table(FILE *out, const json_t *doc, const char *key,
                           const char *heading, const char *const cols[4],
                           const char *const heads[4])
{
  size_t i, k, n = 0;
  const json_t *r, *x;
  json_array_foreach(zd_rep_results(doc), i, r) {
    if(!json_is_object(x = json_object_get(r, key)))
      continue;
    if(!n++) {
      fprintf(out, "<section id=\"%ss\">\n<h2>%s</h2>\n<table>\n<thead><tr>"
              "<th>Control</th><th>Status</th>", key, heading);
      for(k = 0; k < 4; k++)
        fprintf(out, "<th>%s</th>", heads[k]);
      fputs("<th>State</th></tr></thead>\n<tbody>\n", out);
    }
    fputs("<tr><td>", out);
    control_link(out, r);
    fputs("</td><td>", out);
    badge(out, zd_rep_str(r, "status"));
    for(k = 0; k < 4; k++) {
      fputs(k < 2 ? "</td><td>" : "</td><td class=\"nw\">", out);
      esc(out, zd_rep_str(x, cols[k]));
    }
    fputs("</td><td class=\"nw\">", out);
    state_badge(out, x);
    fputs("</td></tr>\n", out);
  }
  if(n)
    fputs("</tbody>\n</table>\n</section>\n", out);
}

/* The registers an auditor asks for first. */
static void registers(FILE *out, const json_t *doc)
{
  static const char *const xcols[4] = {
    "justification", "owner", "approved_on", "expires"
  };
  static const char *const xheads[4] = {
    "Justification", "Owner", "Approved", "Expires"
  };
  static const char *const acols[4] = {
    "statement", "owner", "date", "expires"
  };
  static const char *const aheads[4] = {
    "Statement", "Owner", "Date", "Expires"
  };
  register_table(out, doc, "exception", "Exceptions on record", xcols,
                 xheads);
  register_table(out, doc, "attestation", "Attestations on record", acols,
                 aheads);
}

/* The parties responsible, in order of first appearance (new array). */
static json_t *parties(const json_t *doc)
{
  json_t *out = json_array();
  size_t i, j;
  const json_t *r, *x;
  json_array_foreach(zd_rep_results(doc), i, r) {
    const char *p = zd_rep_str(r, "responsible");
    int seen = !*p;
    json_array_foreach(out, j, x)
      seen |= !strcmp(json_string_value(x), p);
    if(!seen)
      json_array_append_new(out, json_string(p));
  }
  return out;
}

/* Position of 's' in 'list' (its sort rank), the size when absent. */
static size_t index_in(const json_t *list, const char *s)
{
  size_t i;
  const json_t *x;
  json_array_foreach(list, i, x)
    if(!strcmp(json_string_value(x), s))
      return i;
  return json_array_size(list);
}

/* A <select> filtering the articles on their data-KEY attribute. */
static void select_of(FILE *out, const char *key, const char *label,
                      const json_t *values, int area)
{
  size_t i;
  const json_t *x;
  fprintf(out, "<label>%s <select data-key=\"%s\"><option value=\"\">all"
          "</option>", label, key);
  json_array_foreach(values, i, x) {
    fputs("<option value=\"", out);
    esc(out, json_string_value(x));
    fputs("\">", out);
    if(area)
      esc(out, zd_rep_area_label(json_string_value(x)));
    else
      capitalised(out, json_string_value(x));
    fputs("</option>", out);
  }
  fputs("</select></label>\n", out);
}

static void filters(FILE *out, const json_t *doc)
{
  json_t *sev = json_pack("[ssss]", "critical", "high", "medium", "low");
  json_t *areas = zd_rep_areas(doc), *party = parties(doc);
  fputs("<div class=\"filters\" id=\"filters\" hidden>\n"
        "<button type=\"button\" data-filter=\"all\" "
        "aria-pressed=\"true\">All</button>\n", out);
  for(size_t i = 0; i < ZD_STATUS_COUNT; i++) {
    const char *w = zd_rep_status_word(zd_rep_status_order[i]);
    fprintf(out, "<button type=\"button\" class=\"st-%s\" data-filter=\"%s\""
            " aria-pressed=\"false\">%s</button>\n", w, w,
            zd_rep_status_label(w));
  }
  select_of(out, "severity", "Severity", sev, 0);
  select_of(out, "area", "Area", areas, 1);
  select_of(out, "party", "Responsible", party, 0);
  fputs("<label>Sort <select id=\"sort\"><option value=\"\">catalog order"
        "</option><option value=\"severity\">severity</option><option "
        "value=\"status\">status</option><option value=\"area\">area"
        "</option><option value=\"party\">responsible</option></select>"
        "</label>\n", out);
  json_decref(sev);
  json_decref(areas);
  json_decref(party);
  fputs("<input id=\"q\" type=\"search\" placeholder=\"Search controls\" "
        "aria-label=\"Search controls\">\n<span id=\"shown\" "
        "aria-live=\"polite\"></span>\n</div>\n", out);
}

/* One record box: an attestation or an exception, and whether it counts.
 * 'alternative' is the baseline's own alternative for the control, shown
 * with an exception on that basis. */
static void record(FILE *out, const json_t *rec, const char *kind,
                   const char *status, const char *alternative)
{
  const char *state = zd_rep_record_state(rec);
  int is_att = !strcmp(kind, "attestation");
  const char *cls = !strcmp(state, "applied")
                    ? (is_att ? "st-attested" : "st-accepted") : "stale";
  fprintf(out, "<div class=\"record %s %s\"><span class=\"what\">", kind,
          cls);
  if(!strcmp(state, "expired")) {
    fputs(is_att ? "Attestation expired on " : "Exception expired on ", out);
    esc(out, zd_rep_str(rec, "expires"));
    fputs("</span> \xE2\x80\x94 it no longer counts.", out);
  }
  else if(!strcmp(state, "applied"))
    fputs(is_att ? "Attested</span>" : "Exception accepted</span> "
          "\xE2\x80\x94 the gap remains; the subscriber has accepted "
          "responsibility.", out);
  else if(is_att && !strcmp(status, "fail"))
    fputs("Attestation on record</span> \xE2\x80\x94 it does not override "
          "the data showing a failure.", out);
  else {
    fputs(is_att ? "Attestation on record" : "Exception on record", out);
    fputs("</span> \xE2\x80\x94 not applied: the control is ", out);
    esc(out, zd_rep_status_label(status));
    fputs(".", out);
  }
  fputs("\n<dl>", out);
  if(is_att) {
    fputs("<dt>Statement</dt><dd>", out);
    esc(out, zd_rep_str(rec, "statement"));
    fputs("</dd><dt>Owner</dt><dd>", out);
    esc(out, zd_rep_str(rec, "owner"));
    fputs("</dd><dt>Date</dt><dd>", out);
    esc(out, zd_rep_str(rec, "date"));
  }
  else {
    fputs("<dt>Justification</dt><dd>", out);
    esc(out, zd_rep_str(rec, "justification"));
    fputs("</dd>", out);
    if(*zd_rep_str(rec, "basis")) {
      fputs("<dt>Basis</dt><dd>", out);
      esc(out, zd_rep_basis_label(zd_rep_str(rec, "basis")));
      fputs("</dd>", out);
    }
    if(!strcmp(zd_rep_str(rec, "basis"), "alternative") && *alternative) {
      fputs("<dt>Alternative</dt><dd>", out);
      esc(out, alternative);
      fputs("</dd>", out);
    }
    fputs("<dt>Owner</dt><dd>", out);
    esc(out, zd_rep_str(rec, "owner"));
    fputs("</dd><dt>Approved on</dt><dd>", out);
    esc(out, zd_rep_str(rec, "approved_on"));
  }
  fputs("</dd><dt>Valid through</dt><dd>", out);
  esc(out, zd_rep_str(rec, "expires"));
  fputs("</dd>", out);
  if(is_att && *zd_rep_str(rec, "evidence")) {
    fputs("<dt>Evidence</dt><dd>", out);
    evidence_ref(out, zd_rep_str(rec, "evidence"));
    fputs("</dd>", out);
  }
  fputs("</dl></div>\n", out);
}

/* Where the remediation is done: the Admin Center location, a link to
 * the page when its path is confirmed, and Zendesk's guide (links.c). */
static void where(FILE *out, const json_t *doc, const json_t *r)
{
  const struct zd_rep_link *l = zd_rep_link_find(zd_rep_str(r, "id"));
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  if(!l)
    return;
  fputs("<p class=\"where\">Where: ", out);
  esc(out, l->location);
  if(l->admin_path && *sub) {
    fputs(" \xC2\xB7 <a class=\"admin\" href=\"https://", out);
    esc(out, sub);
    fputs(".zendesk.com/admin/", out);
    esc(out, l->admin_path);
    fputs("\" rel=\"noopener noreferrer\">Open in Admin Center</a>", out);
  }
  fputs(" \xC2\xB7 Zendesk's guide: <a class=\"guide\" href=\"", out);
  esc(out, l->guide_url);
  fputs("\" rel=\"noopener noreferrer\">", out);
  esc(out, l->guide_title);
  fputs("</a></p>\n", out);
}

/* The article's data-* attributes the filters and sorting read: status,
 * severity, area and party, each with its rank, and catalog order. */
static void ctl_attrs(FILE *out, const json_t *r, size_t order,
                      const json_t *areas, const json_t *party)
{
  const char *st = zd_rep_str(r, "status");
  int sev = zd_rep_severity_rank(zd_rep_str(r, "severity"));
  size_t sr = zd_rep_status_index(st), k;
  for(k = 0; k < ZD_STATUS_COUNT; k++)
    if(sr < ZD_STATUS_COUNT && zd_rep_status_order[k] == (zd_status)sr)
      break;
  fputs(" data-severity=\"", out);
  esc(out, sev < 4 ? zd_rep_str(r, "severity") : "unrated");
  fputs("\" data-area=\"", out);
  esc(out, zd_rep_str(r, "area"));
  fputs("\" data-party=\"", out);
  esc(out, zd_rep_str(r, "responsible"));
  fprintf(out, "\" data-order=\"%zu\" data-rank-severity=\"%d\" "
          "data-rank-status=\"%zu\" data-rank-area=\"%zu\" "
          "data-rank-party=\"%zu\"", order, sev, k,
          index_in(areas, zd_rep_str(r, "area")),
          index_in(party, zd_rep_str(r, "responsible")));
}

static zd_code control(FILE *out, const json_t *doc, size_t order,
                       const json_t *areas, const json_t *party,
                       const json_t *r, struct zd_error *err)
{
  static const struct {
    const char *key, *prefix;
    int cap;
  } facts[] = {
    {"product", "", 0}, {"kind", "", 1},
    {"responsible", "Responsible: ", 1},
  };
  const char *st = zd_rep_str(r, "status");
  const json_t *ev = json_object_get(r, "evidence");
  struct zd_buf b;
  size_t i;
  const json_t *item;
  fprintf(out, "<article class=\"ctl st-%s\" data-status=\"",
          status_class(st));
  esc(out, st);
  fputc('"', out);
  ctl_attrs(out, r, order, areas, party);
  fputs(" id=\"", out);
  esc(out, zd_rep_str(r, "id"));
  fputs("\">\n<header>", out);
  badge(out, st);
  fputs("<h3><span class=\"cid\">", out);
  esc(out, zd_rep_str(r, "id"));
  fputs("</span>", out);
  esc(out, zd_rep_str(r, "title"));
  fputs("</h3></header>\n", out);
  zd_rep_html_last_changed(out, r);
  fputs("<p class=\"facts\"><span>", out);
  severity_badge(out, zd_rep_str(r, "severity"));
  fputs("</span>", out);
  for(i = 0; i < sizeof(facts) / sizeof(facts[0]); i++) {
    const char *v = zd_rep_str(r, facts[i].key);
    if(!*v)
      continue;
    fprintf(out, "<span>%s", facts[i].prefix);
    if(facts[i].cap)
      capitalised(out, v);
    else
      esc(out, v);
    fputs("</span>", out);
  }
  if(*zd_rep_str(r, "seed_ref")) {
    /* seed_ref: the section of Zendesk's source article (docs/results.md) */
    fputs("<span><a class=\"source\" href=\"" ZD_SOURCE_ARTICLE_URL "\" "
          "rel=\"noopener noreferrer\" title=\"" ZD_SOURCE_ARTICLE_TITLE
          "\">Zendesk article, section ", out);
    esc(out, zd_rep_str(r, "seed_ref"));
    fputs("</a></span>", out);
  }
  fputs("</p>\n<p class=\"text details\">", out);
  esc(out, zd_rep_str(r, "details"));
  fputs("</p>\n", out);
  if(json_array_size(ev)) {
    fputs("<h4>Evidence</h4>\n<ul class=\"ev\">\n", out);
    zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
    json_array_foreach(ev, i, item) {
      zd_buf_reset(&b);
      if(zd_rep_evidence_text(&b, item)) {
        zd_buf_free(&b);
        return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                            "evidence item %zu is too large to render", i);
      }
      fputs("<li>", out);
      esc(out, zd_buf_str(&b));
      fputs("</li>\n", out);
    }
    zd_buf_free(&b);
    fputs("</ul>\n", out);
  }
  if(*zd_rep_str(r, "remediation")) {
    fputs("<h4>Remediation</h4>\n<p class=\"text remediation\">", out);
    esc(out, zd_rep_str(r, "remediation"));
    fputs("</p>\n", out);
  }
  where(out, doc, r);
  if(json_is_object(json_object_get(r, "exception")))
    record(out, json_object_get(r, "exception"), "exception", st,
           zd_rep_str(r, "alternative"));
  if(json_is_object(json_object_get(r, "attestation")))
    record(out, json_object_get(r, "attestation"), "attestation", st, "");
  if(zd_rep_note_count(r)) {
    struct zd_buf nb;
    zd_buf_init(&nb, ZD_MAX_REPORT_FIELD);
    fputs("<h4>Notes</h4>\n<ul class=\"notes\">\n", out);
    for(i = 0; i < zd_rep_note_count(r); i++) {
      zd_buf_reset(&nb);
      zd_rep_note_text(&nb, r, i);
      fputs("<li>", out);
      esc(out, zd_buf_str(&nb));
      fputs("</li>\n", out);
    }
    fputs("</ul>\n", out);
    zd_buf_free(&nb);
  }
  fputs("</article>\n", out);
  return ZD_OK;
}

/* The advisory checks (outside the baseline), in a section of their own
 * after the controls, with their own counts, as a table (not control
 * articles: the filters and counts above are the baseline's); nothing when
 * none or when assess --advisory counted them among the controls. */
static zd_code advisory(FILE *out, const json_t *doc, struct zd_error *err)
{
  size_t counts[ZD_STATUS_COUNT], i, j;
  const json_t *r, *ev;
  struct zd_buf b;
  if(!zd_rep_advisory_count(doc, counts))
    return ZD_OK;
  fputs("<section id=\"advisory\">\n<h2>" ZD_REP_ADVISORY_TITLE "</h2>\n<p>"
        ZD_REP_ADVISORY_NOTE "</p>\n<p>", out);
  for(size_t s = 0, first = 1; s < ZD_STATUS_COUNT; s++)
    if(counts[s]) {
      fprintf(out, "%s%zu ", first ? "" : ", ", counts[s]);
      badge(out, zd_rep_status_word((zd_status)s));
      first = 0;
    }
  fputs("</p>\n<table>\n<thead><tr><th>Check</th><th>Status</th>"
        "<th>Title and findings</th><th>How to fix</th></tr></thead>\n"
        "<tbody>\n", out);
  zd_buf_init(&b, ZD_MAX_REPORT_FIELD);
  json_array_foreach(zd_rep_advisory(doc), i, r) {
    fputs("<tr id=\"", out);
    esc(out, zd_rep_str(r, "id"));
    fputs("\"><td>", out);
    esc(out, zd_rep_str(r, "id"));
    fputs("</td><td>", out);
    badge(out, zd_rep_str(r, "status"));
    fputs("</td><td><strong>", out);
    esc(out, zd_rep_str(r, "title"));
    fputs("</strong><br>", out);
    esc(out, zd_rep_str(r, "details"));
    if(json_array_size(json_object_get(r, "evidence")))
      fputs("<ul>", out);
    json_array_foreach(json_object_get(r, "evidence"), j, ev) {
      zd_buf_reset(&b);
      if(zd_rep_evidence_text(&b, ev)) {
        zd_buf_free(&b);
        return zd_error_set(err, ZD_ERR_LIMIT, zd_rep_str(r, "id"), 0,
                            "evidence item %zu is too large to render", j);
      }
      fputs("<li>", out);
      esc(out, zd_buf_str(&b));
      fputs("</li>", out);
    }
    if(json_array_size(json_object_get(r, "evidence")))
      fputs("</ul>", out);
    fputs("</td><td>", out);
    esc(out, zd_rep_str(r, "remediation"));
    fputs("</td></tr>\n", out);
  }
  zd_buf_free(&b);
  fputs("</tbody>\n</table>\n</section>\n", out);
  return ZD_OK;
}

zd_code zd_report_html(const json_t *doc, FILE *out,
                       const struct zd_report_opts *opts,
                       struct zd_error *err)
{
  const json_t *results = zd_rep_results(doc);
  const char *sub = zd_rep_str2(doc, "account", "subdomain");
  size_t i;
  const json_t *r;
  zd_code rc;
  (void)opts;
  fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"
        "\n<meta name=\"viewport\" content=\"width=device-width, "
        "initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "script-src '" ZD_HTML_JS_HASH "'; img-src data:; base-uri 'none'; "
        "form-action 'none'\">\n<meta name=\"referrer\" "
        "content=\"no-referrer\">\n<meta name=\"generator\" "
        "content=\"zdaudit\">\n<title>", out);
  if(*sub) {
    esc(out, sub);
    fputs(" \xE2\x80\x94 ", out);
  }
  fputs(ZD_REP_TITLE "</title>\n<style>\n", out);
  for(i = 0; i < sizeof(html_css) / sizeof(html_css[0]); i++)
    fputs(html_css[i], out);
  fputs("</style>\n</head>\n<body>\n", out);
  header(out, doc);
  fputs("<main class=\"wrap\">\n", out);
  summary(out, doc);
  zd_rep_html_trend(out, doc);
  by_area(out, doc);
  causes(out, doc);
  attention(out, doc);
  zd_rep_html_left(out, doc);
  zd_rep_html_expiring(out, doc);
  registers(out, doc);
  fputs("<section id=\"controls\">\n<h2>Controls</h2>\n", out);
  filters(out, doc);
  fputs("<div id=\"controls-list\">\n", out);
  {
    json_t *areas = zd_rep_areas(doc), *party = parties(doc);
    rc = ZD_OK;
    json_array_foreach(results, i, r) {
      if((rc = control(out, doc, i, areas, party, r, err)) != ZD_OK)
        break;
    }
    json_decref(areas);
    json_decref(party);
    if(rc != ZD_OK)
      return rc;
  }
  fputs("</div>\n</section>\n", out);
  if((rc = advisory(out, doc, err)) != ZD_OK)
    return rc;
  fputs("</main>\n<footer class=\"wrap\">Generated by zdaudit", out);
  if(*zd_rep_str2(doc, "tool", "version")) {
    fputc(' ', out);
    esc(out, zd_rep_str2(doc, "tool", "version"));
  }
  if(*zd_rep_str(doc, "generated_at")) {
    fputs(" on ", out);
    esc(out, zd_rep_str(doc, "generated_at"));
  }
  fputs(". Evidence values are masked; printing includes every control, "
        "whatever the filter.</footer>\n"
        "<script>", out);
  fputs(html_js, out);
  fputs("</script>\n</body>\n</html>\n", out);
  if(ferror(out))
    return zd_error_set(err, ZD_ERR_IO, NULL, 0, "cannot write the report");
  return ZD_OK;
}

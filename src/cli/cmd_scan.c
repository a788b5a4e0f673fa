/* SPDX-License-Identifier: MIT
 * cmd_scan.c — `zdaudit scan`: PHI and credentials in files, stdin, HTML,
 * NDJSON exports or a snapshot's content, printed masked (text or JSON).
 * The scanning itself is src/scan; this file reads inputs and prints. */
#define _GNU_SOURCE   /* memrchr */
#include "cli/cli.h"
#include "cli/scan_post.h"
#include "cli/scan_progress.h"
#include "cli/scan_summary.h"
#include "config/config.h"
#include "core/buf.h"
#include "cli/suggest.h"
#include "core/alloc.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/mapfile.h"
#include "core/msgs.h"
#include "core/pool.h"
#include "scan/html.h"
#include "scan/ndjson.h"
#include "scan/scan.h"
#include "scan/scan_snap.h"
#include "snapshot/snapshot.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
  "usage: zdaudit scan [options] [FILE ...|-]\n"
  "       zdaudit scan --snapshot DIR [options]\n"
  "\n"
  "Finds PHI (SSNs, Medicare and other health identifiers, names, dates of\n"
  "birth, addresses, phone numbers, e-mail addresses, ...) and credentials\n"
  "(Zendesk API tokens, JWTs, private keys, passwords) in text. Without\n"
  "FILE, or with '-', reads standard input. Values are shown masked\n"
  "(***-**-6789) unless --show-values is given.\n"
  "\n"
  "inputs:\n"
  "  FILE                    plain text, streamed in bounded memory; *.html\n"
  "                          and *.htm are read as HTML, *.ndjson and *.jsonl\n"
  "                          as NDJSON (one JSON object per line)\n"
  "  --html                  read every FILE as HTML: tags stripped, entities\n"
  "                          decoded, offsets in the original HTML\n"
  "  --ndjson                read every FILE as NDJSON (e.g. Zendesk\n"
  "                          incremental exports): string fields scanned,\n"
  "                          findings name the line, object id and field\n"
  "  --text                  read every FILE as plain text\n"
  "  --snapshot DIR          scan a snapshot's content: Help Center articles,\n"
  "                          community posts, macros, trigger and automation\n"
  "                          notifications, dynamic content, ticket-field\n"
  "                          options, tags\n"
  "  --max-file-size SIZE    with --snapshot: largest file read (default 4G)\n"
  "\n"
  "options:\n"
  "  -f, --format FMT        text (default), json, or sarif (SARIF 2.1.0 for\n"
  "                          code-scanning tools; masked values only)\n"
  "  -o, --output FILE       write the report to FILE instead of stdout\n"
  "  --threshold X           report findings with confidence >= X\n"
  "                          (0 < X <= 1; default 0.5)\n"
  "  --types LIST            only these types, comma-separated (e.g.\n"
  "                          US_SSN,JWT); see docs/scan.md for all\n"
  "  --allow FILE            drop findings the organisation knows are not\n"
  "                          PHI: one value per line (its own phone number,\n"
  "                          address, clinic names), or re:PATTERN\n"
  "  --show-values           print the raw values too (they are PHI and\n"
  "                          secrets: keep such output out of tickets/logs)\n"
  "  --baseline FILE         leave out findings already known in FILE (made\n"
  "                          by --update-baseline): report only new ones\n"
  "  --update-baseline FILE  record every finding of this run in FILE as\n"
  "                          known (fingerprints only: a salted hash of\n"
  "                          type, location and value, never the value);\n"
  "                          the run then exits 0 unless an error occurred\n"
  "  --skip-field PATH       leave out findings in this field (repeatable;\n"
  "                          NDJSON and --snapshot): array indices are\n"
  "                          ignored and a path also names the end of a\n"
  "                          longer one, so author.name skips\n"
  "                          comments[3].author.name\n"
  "  -c, --config FILE       zdaudit.yaml: scan.skip_fields adds paths to\n"
  "                          --skip-field, scan.allow entries to --allow\n"
  "  --summary               print counts by field, type and ticket or\n"
  "                          record instead of each finding\n"
  "  --explain               say, for each credential, which rule and\n"
  "                          validator decided it and the cue it came from;\n"
  "                          for PHI, the cue that made it a finding and\n"
  "                          the nearby words that raised or lowered it\n"
  "  -j, --jobs N            scan on N threads (default: one per core):\n"
  "                          windows of large files, files, snapshot items\n"
  "                          in parallel; the output is the same, in the\n"
  "                          same order, as with --jobs 1\n"
  "  -q, --quiet             no progress or summary on stderr\n"
  "  -h, --help              this help\n"
  "\n"
  "exit codes:\n"
  "  0  nothing found\n"
  "  2  at least one finding\n"
  "  3  nothing found, but snapshot content endpoints were not scanned\n"
  "     (failed or not collected): incomplete, not clean\n"
  "  1  usage or runtime error (unreadable input, malformed snapshot)\n";

enum { MODE_AUTO, MODE_TEXT, MODE_HTML, MODE_NDJSON };
enum { OPT_HTML = 256, OPT_NDJSON, OPT_TEXT, OPT_SNAPSHOT, OPT_THRESHOLD,
       OPT_TYPES, OPT_SHOW, OPT_MAX_FILE_SIZE, OPT_BASELINE,
       OPT_UPDATE_BASELINE, OPT_EXPLAIN, OPT_ALLOW, OPT_SKIP_FIELD,
       OPT_SUMMARY };

struct report {
  FILE *out;
  int json;
  int show;
  int explain;
  uint64_t count;
  uint64_t by_type[ZD_SCAN_TYPE_COUNT];
  uint64_t inputs;
  uint64_t bytes;
  uint64_t errors;
  int any_written;
  int snapshot;                  /* a --snapshot run */
  const char *not_scanned[32];   /* snapshot content endpoints not scanned */
  size_t n_not_scanned;
  const struct zd_skip_fields *skip;   /* --skip-field, scan.skip_fields */
  uint64_t skipped;              /* findings left out by 'skip' */
  struct zd_scan_tally *tally;   /* --summary: counted, not printed */
  uint64_t file_bytes;           /* --snapshot: bytes of files read */
  int unread;                    /* the input itself could not be read */
  int failed;                    /* an input could not be read (whole) */
  struct obuf *ob;               /* a part's: where its findings go */
  struct part *part;             /* a part's report with --summary: the
                                  * tally entries wait in the part */
};

struct part;
struct obuf;
static void part_log(struct part *pt, zd_scan_type type, const char *scope,
                     const char *field, const char *record);

/* 1 when findings are counted (--summary), not printed. */
static int counting(const struct report *rp)
{
  return rp->tally || rp->part;
}

/* 0 when the finding is left out (its field skipped) or only counted
 * (--summary); 1 when it is to be printed. */
static int keep(struct report *rp, const struct zd_scan_finding *f,
                const char *scope, const char *field, const char *record)
{
  if(zd_skip_fields_match(rp->skip, scope, field)) {
    rp->skipped++;
    return 0;
  }
  if(!counting(rp))
    return 1;
  rp->count++;
  rp->by_type[f->type]++;
  if(rp->part)
    part_log(rp->part, f->type, scope, field, record);
  else
    zd_scan_tally_add(rp->tally, f->type, scope, field, record);
  return 0;
}

/* A JSON string of 'n' bytes; bytes that are not valid UTF-8 (binary
 * input, odd file names) become '?', so output is always valid JSON. */
static json_t *jstr(const char *s, size_t n)
{
  json_t *j = json_stringn(s, n);
  char *copy;
  if(j)
    return j;
  copy = zd_strndup(s, n);
  for(size_t i = 0; i < n; i++)
    if((unsigned char)copy[i] >= 0x80 || !copy[i])
      copy[i] = '?';
  j = json_stringn(copy, n);
  free(copy);
  return j;
}

/* ---- the output of a part: one buffer per window, file or batch -------- */

struct obuf {
  char *p;
  size_t len, cap;
};

/* Room for 'n' more bytes; returns where they go (the caller adds to len). */
static char *ob_room(struct obuf *o, size_t n)
{
  if(o->cap - o->len < n) {
    while(o->cap - o->len < n)
      o->cap = o->cap ? 2 * o->cap : 4096;
    o->p = zd_realloc(o->p, o->cap);
  }
  return o->p + o->len;
}

static void ob_add(struct obuf *o, const char *s, size_t n)
{
  memcpy(ob_room(o, n), s, n);
  o->len += n;
}

static void ob_adds(struct obuf *o, const char *s)
{
  ob_add(o, s, strlen(s));
}

static void ob_printf(struct obuf *o, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
static void ob_printf(struct obuf *o, const char *fmt, ...)
{
  va_list ap;
  int n;
  va_start(ap, fmt);
  n = vsnprintf(ob_room(o, 256), 256, fmt, ap);
  va_end(ap);
  if(n >= 256) {   /* longer than the room: again, with enough */
    va_start(ap, fmt);
    vsnprintf(ob_room(o, (size_t)n + 1), (size_t)n + 1, fmt, ap);
    va_end(ap);
  }
  if(n > 0)
    o->len += (size_t)n;
}

/* Writes 'n' bytes as a JSON string: printable ASCII directly (the
 * common case, and fast), anything else through jansson. */
static void put_json_string(struct obuf *o, const char *s, size_t n)
{
  size_t i = 0;
  json_t *j;
  char *d;
  while(i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7f &&
        s[i] != '"' && s[i] != '\\')
    i++;
  if(i == n) {
    char *to = ob_room(o, n + 2);
    to[0] = '"';
    memcpy(to + 1, s, n);
    to[n + 1] = '"';
    o->len += n + 2;
    return;
  }
  j = jstr(s, n);
  d = json_dumps(j, JSON_ENCODE_ANY | JSON_ENSURE_ASCII);
  ob_adds(o, d ? d : "\"\"");
  free(d);
  json_decref(j);
}

/* Copies 's' to 'p' (the caller sized the buffer); returns the end. */
static char *put(char *p, const char *s)
{
  size_t n = strlen(s);
  memcpy(p, s, n);
  return p + n;
}

/* Writes 'v' in decimal at 'p' (at most 20 bytes); returns the end. */
static char *utoa(char *p, uint64_t v)
{
  char tmp[24];
  int n = 0;
  do
    tmp[n++] = (char)('0' + v % 10);
  while((v /= 10) > 0);
  while(n > 0)
    *p++ = tmp[--n];
  return p;
}

/* Prints one finding into the part's buffer rp->ob. Its "source" object
 * is 'src_head' (JSON text of an object without the closing brace), then
 * "line" when 'src_line' > 0. */
static void print_finding(struct report *rp, const struct zd_scan_finding *f,
                          const char *value, const char *src_head,
                          uint64_t src_line, const char *where)
{
  char masked[ZD_SCAN_MASK_SIZE];
  size_t vlen = f->value_len;
  const char *type = zd_scan_type_name(f->type);
  const char *rule = zd_scan_rule_id(f->rule);
  struct obuf *o = rp->ob;
  zd_scan_mask(f->type, value, vlen, masked, sizeof(masked));
  rp->count++;
  rp->by_type[f->type]++;
  if(rp->json) {
    /* Formatted by hand: printf dominated the cost of busy outputs. */
    char *p = ob_room(o, 160);
    unsigned pct = (unsigned)(f->confidence * 100 + 0.5);
    if(rp->any_written)
      *p++ = ',';
    p = put(p, "\n    {\"type\": \"");
    p = put(p, type);
    p = put(p, "\", \"start\": ");
    p = utoa(p, f->start);
    p = put(p, ", \"end\": ");
    p = utoa(p, f->end);
    p = put(p, ", \"confidence\": ");
    *p++ = (char)('0' + pct / 100);
    *p++ = '.';
    *p++ = (char)('0' + pct / 10 % 10);
    *p++ = (char)('0' + pct % 10);
    p = put(p, ", \"masked\": ");
    o->len = (size_t)(p - o->p);
    put_json_string(o, masked, strlen(masked));
    if(rule) {   /* the credential rule (rules.def): a stable id */
      ob_adds(o, ", \"rule\": ");
      put_json_string(o, rule, strlen(rule));
      if(rp->explain) {
        const char *v = zd_scan_rule_validator(f->rule),
                   *cue = zd_scan_rule_cue(f->rule);
        ob_adds(o, ", \"validator\": ");
        put_json_string(o, v, strlen(v));
        ob_adds(o, ", \"cue\": ");
        put_json_string(o, cue, strlen(cue));
      }
    }
    if(!rule && rp->explain && zd_scan_cue_text(f->cue)) {
      /* a PHI finding: the cue that made it one */
      const char *cue = zd_scan_cue_text(f->cue);
      ob_adds(o, ", \"cue\": ");
      put_json_string(o, cue, strlen(cue));
    }
    if(f->context_for) {   /* --explain: the words around it */
      ob_adds(o, ", \"context_for\": ");
      put_json_string(o, f->context_for, strlen(f->context_for));
    }
    if(f->context_against) {
      ob_adds(o, ", \"context_against\": ");
      put_json_string(o, f->context_against, strlen(f->context_against));
    }
    if(f->sample)
      ob_adds(o, ", \"sample\": true");
    ob_adds(o, ", \"source\": ");
    ob_adds(o, src_head);
    p = ob_room(o, 160);
    if(src_line) {
      p = put(p, ", \"line\": ");
      p = utoa(p, src_line);
    }
    if(f->part) {   /* HTML page source: "comment", "script", … */
      p = put(p, ", \"part\": \"");
      p = put(p, f->part);
      *p++ = '"';
    }
    *p++ = '}';
    o->len = (size_t)(p - o->p);
    if(rp->show) {
      ob_adds(o, ", \"value\": ");
      put_json_string(o, value, vlen);
    }
    ob_add(o, "}", 1);
    rp->any_written = 1;
    return;
  }
  ob_printf(o, "%s: %s %.2f %s", where, type, f->confidence, masked);
  if(rule)
    ob_printf(o, "  [%s]", rule);
  if(rule && rp->explain)
    ob_printf(o, "  validator: %s; cue: %s",
              zd_scan_rule_validator(f->rule), zd_scan_rule_cue(f->rule));
  if(!rule && rp->explain && zd_scan_cue_text(f->cue))
    ob_printf(o, "  cue: %s", zd_scan_cue_text(f->cue));
  if(f->context_for)
    ob_printf(o, "  raised by \"%s\" nearby", f->context_for);
  if(f->context_against)
    ob_printf(o, "  lowered by \"%s\" on its line", f->context_against);
  if(f->sample)
    ob_adds(o, "  (looks like sample data)");
  if(f->part)
    ob_printf(o, "  (page source: %s)", f->part);
  if(rp->show) {
    char *to;
    ob_adds(o, "  value=");
    to = ob_room(o, vlen);
    for(size_t i = 0; i < vlen; i++)
      to[i] = (unsigned char)value[i] >= 0x20 ? value[i] : ' ';
    o->len += vlen;
  }
  ob_add(o, "\n", 1);
}

/* A source object (stolen) as JSON text without its closing brace, as
 * print_finding wants it (free()). */
static char *source_head(json_t *src)
{
  char *d = json_dumps(src, JSON_COMPACT | JSON_ENSURE_ASCII);
  size_t n;
  json_decref(src);
  if(!d)
    return zd_strdup("{");
  n = strlen(d);
  if(n && d[n - 1] == '}')
    d[n - 1] = '\0';
  return d;
}

/* ---- plain text and HTML files ---------------------------------------- */

/* Room for ,"line":N ,"id":… ,"field":"…" after the file name: ids are
 * shorter than 128 bytes and fields than 512 (ndjson.c); longer ones take
 * the jansson path. */
#define ND_HEAD_EXTRA 1024

struct file_ud {
  struct report *rp;
  const char *name;
  int html;
  char *src_prefix;   /* {"file": "<name>" — built once per input */
  char *nd_prefix;    /* NDJSON: {"file":"<name>" (compact) */
  char *nd_head;      /* NDJSON: the source head of one finding ... */
  size_t nd_cap;      /* ... and its size */
};

static void file_ud_init(struct file_ud *u, struct report *rp,
                         const char *name, int html)
{
  json_t *j = jstr(name, strlen(name));
  char *d = json_dumps(j, JSON_ENCODE_ANY | JSON_ENSURE_ASCII);
  u->rp = rp;
  u->name = name;
  u->html = html;
  u->src_prefix = zd_asprintf("{\"file\": %s%s", d ? d : "\"?\"",
                              html ? ", \"html\": true" : "");
  u->nd_prefix = zd_asprintf("{\"file\":%s", d ? d : "\"?\"");
  u->nd_cap = strlen(u->nd_prefix) + ND_HEAD_EXTRA;
  u->nd_head = zd_malloc(u->nd_cap);
  free(d);
  json_decref(j);
}

static int on_file_finding(const struct zd_scan_finding *f, const char *value,
                           void *ud)
{
  struct file_ud *u = ud;
  char where[512] = "";
  if(!keep(u->rp, f, NULL, NULL, u->name))
    return 0;
  if(!u->rp->json) {
    if(f->line)
      snprintf(where, sizeof(where), "%s:%llu [%llu-%llu]", u->name,
               (unsigned long long)f->line, (unsigned long long)f->start,
               (unsigned long long)f->end);
    else
      snprintf(where, sizeof(where), "%s [%llu-%llu]", u->name,
               (unsigned long long)f->start, (unsigned long long)f->end);
  }
  print_finding(u->rp, f, value, u->src_prefix, f->line, where);
  return 0;
}

/* 1 when the 'n' bytes at 's' are printable ASCII without '"' or '\\':
 * JSON text that jansson would write back unchanged inside quotes. */
static int plain_ascii(const char *s, size_t n)
{
  for(size_t i = 0; i < n; i++)
    if((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7f ||
       s[i] == '"' || s[i] == '\\')
      return 0;
  return 1;
}

/* The id token as jansson would re-encode it, when that is the token
 * itself: a decimal integer that fits in 64 bits, or a plain string. */
static int id_verbatim(const char *id)
{
  size_t n = strlen(id), i = id[0] == '-';
  if(n >= 2 && id[0] == '"' && id[n - 1] == '"')
    return plain_ascii(id + 1, n - 2);
  if(i >= n || n - i > 18 || (id[i] == '0' && (n - i > 1 || i)))
    return 0;
  for(; i < n; i++)
    if(id[i] < '0' || id[i] > '9')
      return 0;
  return 1;
}

/* The NDJSON source object, {"file":…,"line":…,"id":…,"field":…} without
 * its closing brace, as jansson's compact encoding writes it. Common ids
 * and fields are copied; others go through jansson. */
static const char *ndjson_head(struct file_ud *u,
                               const struct zd_ndjson_source *s, char **heap)
{
  size_t idn = s->id ? strlen(s->id) : 0, fn = s->field ? strlen(s->field) : 0;
  char *p = u->nd_head, num[24];
  *heap = NULL;
  if((s->id && !id_verbatim(s->id)) || (s->field && !plain_ascii(s->field, fn)) ||
     strlen(u->nd_prefix) + idn + fn + 64 > u->nd_cap) {
    json_t *src = json_object(), *id = NULL;
    json_object_set_new(src, "file", jstr(u->name, strlen(u->name)));
    json_object_set_new(src, "line", json_integer((json_int_t)s->line));
    if(s->id) {
      id = json_loads(s->id, JSON_DECODE_ANY, NULL);
      json_object_set_new(src, "id", id ? id : jstr(s->id, idn));
    }
    if(s->field)
      json_object_set_new(src, "field", jstr(s->field, fn));
    return *heap = source_head(src);
  }
  p = put(p, u->nd_prefix);
  p = put(p, ",\"line\":");
  *utoa(num, s->line) = '\0';
  p = put(p, num);
  if(s->id) {
    p = put(p, ",\"id\":");
    p = put(p, s->id);
  }
  if(s->field) {
    p = put(p, ",\"field\":\"");
    p = put(p, s->field);
    *p++ = '"';
  }
  *p = '\0';
  return u->nd_head;
}

static int on_ndjson_finding(const struct zd_scan_finding *f,
                             const char *value,
                             const struct zd_ndjson_source *s, void *ud)
{
  struct file_ud *u = ud;
  char where[768] = "", *heap;
  const char *head;
  if(u->rp->skip->n || counting(u->rp)) {
    char record[640];
    if(s->id)
      snprintf(record, sizeof(record), "%s id=%s", u->name, s->id);
    else
      snprintf(record, sizeof(record), "%s:%llu", u->name,
               (unsigned long long)s->line);
    if(!keep(u->rp, f, NULL, s->field, record))
      return 0;
  }
  head = ndjson_head(u, s, &heap);
  if(!u->rp->json)
    snprintf(where, sizeof(where), "%s:%llu id=%s %s [%llu-%llu]", u->name,
             (unsigned long long)s->line, s->id ? s->id : "-",
             s->field ? s->field : "-", (unsigned long long)f->start,
             (unsigned long long)f->end);
  print_finding(u->rp, f, value, head, 0, where);
  free(heap);
  return 0;
}

static int mode_of(const char *name, int mode)
{
  const char *dot = strrchr(name, '.');
  if(mode != MODE_AUTO)
    return mode;
  if(dot && (!strcmp(dot, ".html") || !strcmp(dot, ".htm")))
    return MODE_HTML;
  if(dot && (!strcmp(dot, ".ndjson") || !strcmp(dot, ".jsonl")))
    return MODE_NDJSON;
  return MODE_TEXT;
}

/* ---- parts: the findings of one job, written in parallel ---------------
 *
 * With --jobs, windows, files and snapshot items are scanned on worker
 * threads (core/pool.h). Each job writes its findings into a part: a copy
 * of the run's report with its own counters and its own output buffer,
 * and the --summary tally entries kept to be added later. The part is
 * appended to the run's report on the main thread in input order
 * (part_close), so the output is the same as one thread writes, whatever
 * the number of jobs. With --jobs 1 the same parts are written and
 * appended one after the other. */

struct tally_rec {
  zd_scan_type type;
  const char *scope;   /* a snapshot endpoint name (static), or NULL */
  char *field, *record;
};

struct part {
  struct report rp;   /* first: a part is its report (snapshot sinks) */
  struct file_ud u;   /* files: the input's prefixes, writing to 'rp' */
  struct obuf ob;     /* its output */
  struct tally_rec *log;
  size_t nlog, caplog;
};

static void part_log(struct part *pt, zd_scan_type type, const char *scope,
                     const char *field, const char *record)
{
  struct tally_rec *r;
  if(pt->nlog == pt->caplog) {
    pt->caplog = pt->caplog ? 2 * pt->caplog : 16;
    pt->log = zd_realloc(pt->log, pt->caplog * sizeof(*pt->log));
  }
  r = &pt->log[pt->nlog++];
  r->type = type;
  r->scope = scope;
  r->field = field ? zd_strdup(field) : NULL;
  r->record = zd_strdup(record);
}

static struct part *part_open(const struct report *rp)
{
  struct part *pt = zd_calloc(1, sizeof(*pt));
  pt->rp.json = rp->json;
  pt->rp.show = rp->show;
  pt->rp.explain = rp->explain;
  pt->rp.skip = rp->skip;
  pt->rp.part = rp->tally ? pt : NULL;   /* tallied later, in order */
  pt->rp.ob = &pt->ob;
  return pt;
}

static void part_free(struct part *pt)
{
  for(size_t i = 0; i < pt->nlog; i++) {
    free(pt->log[i].field);
    free(pt->log[i].record);
  }
  free(pt->log);
  free(pt->ob.p);
  free(pt);
}

/* Appends 'pt' to the run's report 'rp' and frees it. */
static void part_close(struct report *rp, struct part *pt)
{
  if(pt->ob.len) {
    if(rp->json && rp->any_written && pt->rp.any_written)
      fputc(',', rp->out);   /* what print_finding writes between two */
    fwrite(pt->ob.p, 1, pt->ob.len, rp->out);
  }
  rp->any_written |= pt->rp.any_written;
  rp->count += pt->rp.count;
  rp->skipped += pt->rp.skipped;
  for(int t = 0; t < ZD_SCAN_TYPE_COUNT; t++)
    rp->by_type[t] += pt->rp.by_type[t];
  for(size_t i = 0; i < pt->nlog; i++) {
    struct tally_rec *r = &pt->log[i];
    zd_scan_tally_add(rp->tally, r->type, r->scope, r->field, r->record);
  }
  part_free(pt);
}

/* The scanners of the run: one per worker of 'pool' (the first is the
 * run's own), and the pool. */
struct jobs {
  struct zd_pool *pool;
  struct zd_scanner **sc;
  struct zd_ndjson **nd;   /* a walker per worker, made on first use */
  unsigned n;
};

/* ---- plain text, HTML and NDJSON files ---------------------------------- */

/* In a pooled run (more than one worker), files up to this size are read
 * into the stream's windows rather than mapped: a mapping must stay until
 * its last window is scanned, and there is one at a time (core/mapfile),
 * so mapping small files would take turns instead of running together. */
#define POOLED_MAP_MIN (8UL * 1024 * 1024)

/* One input file (or stdin), from its opening to its last part. */
struct input {
  struct report *rp;
  const char *name, *path;
  int fd, mode;
  struct file_ud u;
  struct zd_scan_progress progress;
  struct zd_map map;
  int mapped;
  unsigned refs;       /* the reader, and windows not yet closed */
  uint64_t done;       /* bytes read */
  int failed;          /* 'err' or 'msg' says why */
  struct zd_error err;
  int own_source;      /* 'err' names its source (else: the input) */
  char msg[600];       /* a message of the reader (cannot read) */
  uint64_t bad_lines;  /* NDJSON */
};

static struct input *input_new(struct report *rp, const char *path, int mode)
{
  struct input *in = zd_calloc(1, sizeof(*in));
  in->rp = rp;
  in->path = path;
  in->name = strcmp(path, "-") ? path : "-";
  in->mode = mode;
  in->refs = 1;
  zd_error_clear(&in->err);
  return in;
}

/* The input's last part is in: says what went wrong, counts it, frees it. */
static void input_end(struct input *in)
{
  struct report *rp = in->rp;
  uint64_t cut_at = 0;
  if(in->mapped && zd_map_close(&in->map, &cut_at)) {
    in->done = cut_at;   /* what was read of the file: the rest was zeros */
    if(!in->failed)
      snprintf(in->msg, sizeof(in->msg), "%s: the file shrank while it was "
               "scanned (to %llu bytes); what followed was not read",
               in->name, (unsigned long long)cut_at);
    in->failed = 1;
  }
  zd_progress_done();
  if(in->msg[0])
    zd_errorf("%s", in->msg);
  else if(in->failed && in->err.code) {
    if(!in->own_source)
      snprintf(in->err.source, sizeof(in->err.source), "%s", in->name);
    zd_error_print(&in->err);
  }
  if(in->bad_lines)
    zd_warnf("%s: %llu line(s) were not well-formed JSON; their strings were "
             "still scanned", in->name, (unsigned long long)in->bad_lines);
  rp->bytes += in->done;
  if(in->failed) {
    rp->errors++;
    rp->unread++;
    rp->failed = 1;
  }
  free(in->u.src_prefix);
  free(in->u.nd_prefix);
  free(in->u.nd_head);
  if(in->fd > 0)
    close(in->fd);
  free(in);
}

static void input_unref(struct input *in)
{
  if(--in->refs == 0)
    input_end(in);
}

static void end_input(void *job)
{
  input_unref(job);
}

/* A part for one window of 'in', writing as the input's file_ud does. */
static struct part *input_part(struct input *in)
{
  struct part *pt = part_open(in->rp);
  pt->u = in->u;
  pt->u.rp = &pt->rp;
  pt->u.nd_cap = strlen(pt->u.nd_prefix) + ND_HEAD_EXTRA;
  pt->u.nd_head = zd_malloc(pt->u.nd_cap);
  return pt;
}

static void part_free_u(struct part *pt)
{
  free(pt->u.nd_head);
}

static void *window_open(void *ud)
{
  struct input *in = ud;
  in->refs++;
  return input_part(in);
}

static int on_window_finding(const struct zd_scan_finding *f,
                             const char *value, void *wud)
{
  struct part *pt = wud;
  return on_file_finding(f, value, &pt->u);
}

static void window_close(void *wud, uint64_t upto, zd_code rc,
                         const struct zd_error *err, void *ud)
{
  struct input *in = ud;
  struct part *pt = wud;
  part_free_u(pt);
  part_close(in->rp, pt);
  if(rc && !in->failed) {
    in->failed = 1;
    in->err = *err;
  }
  if(in->mapped)
    zd_map_drop(&in->map, upto);
  zd_scan_progress_update(&in->progress, upto);
  input_unref(in);
}

/* A regular file is scanned where the kernel maps it rather than read
 * into the stream's windows: the copy was ~8% of a scan. Returns 1 when
 * the file is not mapped (the caller reads it), else 0. */
static int scan_mapped(struct jobs *jb, struct zd_scan_stream *st,
                       struct input *in)
{
  struct stat sb;
  struct zd_error err;
  if(fstat(in->fd, &sb) || !S_ISREG(sb.st_mode) || sb.st_size <= 0 ||
     (zd_pool_workers(jb->pool) > 1 && (uint64_t)sb.st_size < POOLED_MAP_MIN))
    return 1;
  if(zd_map_open(&in->map, in->fd, (uint64_t)sb.st_size))
    return 1;
  in->mapped = 1;
  in->done = in->map.len;
  (void)zd_scan_stream_whole(st, in->map.data, in->map.len, NULL, NULL, &err);
  /* the mapping stays until the last window is scanned (input_end) */
  zd_pool_drain(jb->pool);
  return 0;
}

/* Reads up to 'room' bytes (at most a window) of 'in' to 'to': the count,
 * 0 at the end, or -1 with the input failed and its message set. */
static ssize_t read_some(struct input *in, char *to, size_t room)
{
  for(;;) {
    ssize_t n = read(in->fd, to, room < ZD_SCAN_CHUNK ? room : ZD_SCAN_CHUNK);
    if(n < 0 && errno == EINTR)
      continue;
    if(n < 0) {
      snprintf(in->msg, sizeof(in->msg), "%s: cannot read: %s", in->path,
               strerror(errno));
      in->failed = 1;
    }
    return n;
  }
}

/* Reads 'in' into the stream's windows (no second copy). */
static void read_stream(struct zd_scan_stream *st, struct input *in)
{
  struct zd_error err;
  for(;;) {
    size_t room;
    char *to = zd_scan_stream_space(st, &room);
    ssize_t n = read_some(in, to, room);
    if(n < 0)
      return;   /* not finished: what was not read is not reported */
    if(n == 0) {
      (void)zd_scan_stream_finish(st, &err);
      return;
    }
    in->done += (uint64_t)n;
    (void)zd_scan_stream_commit(st, (size_t)n, &err);
  }
}

/* ---- NDJSON: pieces of whole lines, one job each --------------------------
 * The reader cuts the export where zd_ndjson_feed would batch it (after
 * each read of ZD_SCAN_CHUNK, at the last line break), so each piece is
 * one batch on its own walker (zd_ndjson_lines) with the same findings,
 * and counts the lines to give the next piece its first line number. */

struct nd_job {
  struct input *in;
  struct part *pt;
  struct jobs *jb;
  char *data;
  size_t len;
  uint64_t offset, line;   /* where the piece starts in the input */
  zd_code rc;
  struct zd_error err;
  uint64_t bad;
};

static void run_nd(void *job, unsigned worker)
{
  struct nd_job *j = job;
  struct zd_ndjson **nj = &j->jb->nd[worker];   /* the worker's walker */
  uint64_t bad;
  if(!*nj)
    *nj = zd_ndjson_new(j->jb->sc[worker], on_ndjson_finding, NULL);
  bad = zd_ndjson_bad_lines(*nj);
  zd_error_clear(&j->err);
  zd_ndjson_set_ud(*nj, &j->pt->u);
  zd_ndjson_origin(*nj, j->offset, j->line);
  j->rc = zd_ndjson_lines(*nj, j->data, j->len, &j->err);
  j->bad = zd_ndjson_bad_lines(*nj) - bad;
}

static void close_nd(void *job)
{
  struct nd_job *j = job;
  struct input *in = j->in;
  part_free_u(j->pt);
  part_close(in->rp, j->pt);
  in->bad_lines += j->bad;
  zd_scan_progress_update(&in->progress, j->offset + j->len);
  if(j->rc && !in->failed) {
    in->failed = 1;
    in->err = j->err;
  }
  input_unref(in);
  free(j->data);
  free(j);
}

static void submit_nd(struct jobs *jb, struct input *in, char *data,
                      size_t len, uint64_t offset, uint64_t line)
{
  struct nd_job *j = zd_calloc(1, sizeof(*j));
  j->in = in;
  j->jb = jb;
  j->data = data;
  j->len = len;
  j->offset = offset;
  j->line = line;
  in->refs++;
  j->pt = input_part(in);
  zd_pool_submit(jb->pool, j, run_nd, close_nd);
}

static void read_ndjson(struct jobs *jb, struct input *in)
{
  size_t cap = 2 * ZD_SCAN_CHUNK, len = 0, nl_free = 0;
  char *buf = zd_malloc(cap);
  uint64_t offset = 0, line = 1;
  for(;;) {
    ssize_t n;
    const char *last;
    if(cap - len < ZD_SCAN_CHUNK) {
      cap *= 2;
      buf = zd_realloc(buf, cap);
    }
    n = read_some(in, buf + len, ZD_SCAN_CHUNK);
    if(n < 0)
      break;
    if(n == 0) {   /* the rest: the last line, with or without its '\n' */
      if(len) {
        submit_nd(jb, in, buf, len, offset, line);
        buf = NULL;
      }
      break;
    }
    in->done += (uint64_t)n;
    len += (size_t)n;
    if(len < ZD_SCAN_CHUNK)
      continue;
    /* only the bytes added since the last look can hold a line break */
    last = len > nl_free ? memrchr(buf + nl_free, '\n', len - nl_free) : NULL;
    nl_free = len;
    if(last) {
      size_t cut = (size_t)(last - buf) + 1;
      uint64_t lines = zd_scan_newlines(buf, cut);
      char *rest;
      cap = 2 * ZD_SCAN_CHUNK;   /* a long line's buffer stays the job's */
      while(cap - (len - cut) < ZD_SCAN_CHUNK)
        cap *= 2;
      rest = zd_malloc(cap);
      memcpy(rest, buf + cut, len - cut);
      submit_nd(jb, in, buf, cut, offset, line);   /* buf is the job's */
      line += lines;
      offset += cut;
      buf = rest;
      len -= cut;
      nl_free = len;
    }
    else if(len > ZD_SCAN_MAX_NDJSON_LINE) {
      zd_error_set(&in->err, ZD_ERR_LIMIT, "ndjson",
                   (int)(line > 0x7fffffff ? 0 : line),
                   "line longer than %lu bytes",
                   (unsigned long)ZD_SCAN_MAX_NDJSON_LINE);
      in->failed = 1;
      break;
    }
  }
  free(buf);
}

/* ---- whole-file jobs: HTML ---------------------------------------------
 * An HTML file (at most ZD_SCAN_MAX_HTML) is one job: files in parallel,
 * not yet the text of one file. */

struct file_job {
  struct input *in;
  struct part *pt;
  struct jobs *jb;
};

static void run_html(struct input *in, struct zd_scanner *sc,
                     struct part *pt)
{
  char *data = NULL;
  size_t len = 0;
  if(!strcmp(in->path, "-")) {
    /* stdin as HTML: bounded read. */
    size_t cap = 65536;
    data = zd_malloc(cap);
    for(;;) {
      ssize_t n;
      if(len == cap) {
        if(cap >= ZD_SCAN_MAX_HTML) {
          snprintf(in->msg, sizeof(in->msg), "-: HTML input over %lu bytes",
                   (unsigned long)ZD_SCAN_MAX_HTML);
          in->failed = 1;
          free(data);
          return;
        }
        cap *= 2;
        data = zd_realloc(data, cap);
      }
      n = read(0, data + len, cap - len);
      if(n < 0 && errno == EINTR)
        continue;
      if(n <= 0)
        break;
      len += (size_t)n;
    }
  }
  else if(zd_read_file(in->path, ZD_SCAN_MAX_HTML, &data, &len, &in->err)) {
    in->failed = in->own_source = 1;
    return;
  }
  in->done = len;
  if(zd_scan_html(sc, data, len, on_file_finding, &pt->u, &in->err))
    in->failed = in->own_source = 1;
  free(data);
}

static void run_file(void *job, unsigned worker)
{
  struct file_job *fj = job;
  run_html(fj->in, fj->jb->sc[worker], fj->pt);
}

static void close_file(void *job)
{
  struct file_job *fj = job;
  part_free_u(fj->pt);
  part_close(fj->in->rp, fj->pt);
  input_unref(fj->in);
  free(fj);
}

/* Scans one file (or stdin): text as a pooled stream, NDJSON and HTML as
 * one job. Errors, counts and the end of the input come when its last
 * part is appended (input_end). */
static void scan_file(struct jobs *jb, struct report *rp, const char *path,
                      int mode)
{
  struct input *in = input_new(rp, path, mode);
  struct stat sb;
  if(mode == MODE_HTML && !strcmp(path, "-"))
    in->fd = 0;
  else if(mode == MODE_HTML)
    in->fd = -1;   /* read whole by zd_read_file, which says its errors */
  else {
    in->fd = strcmp(path, "-") ? open(path, O_RDONLY | O_CLOEXEC) : 0;
    if(in->fd < 0) {
      snprintf(in->msg, sizeof(in->msg), "%s: cannot open: %s", path,
               strerror(errno));
      in->failed = 1;
      in->fd = 0;
      /* said in input order, as the other inputs' errors are */
      zd_pool_submit(jb->pool, in, NULL, end_input);
      return;
    }
  }
  file_ud_init(&in->u, rp, in->name, mode == MODE_HTML);
  zd_scan_progress_start(&in->progress, in->name,
                         in->fd >= 0 && !fstat(in->fd, &sb) &&
                         S_ISREG(sb.st_mode) ? (uint64_t)sb.st_size : 0);
  if(mode == MODE_NDJSON) {
    read_ndjson(jb, in);
    input_unref(in);
    return;
  }
  if(mode == MODE_HTML) {
    struct file_job *fj = zd_calloc(1, sizeof(*fj));
    fj->in = in;
    fj->jb = jb;
    fj->pt = input_part(in);
    if(in->fd < 0)
      in->fd = 0;
    zd_pool_submit(jb->pool, fj, run_file, close_file);
    return;   /* the job holds the reader's reference */
  }
  {
    struct zd_scan_sink sink = {window_open, on_window_finding, window_close,
                                in};
    struct zd_scan_stream *st = zd_scan_stream_pooled(jb->pool, jb->sc, &sink);
    if(scan_mapped(jb, st, in))
      read_stream(st, in);
    zd_scan_stream_free(st);
  }
  input_unref(in);
}

/* ---- snapshots --------------------------------------------------------- */

/* The snapshot source object as jansson's compact encoding writes it,
 * without its closing brace, into 'buf' (of 'cap' bytes): copied when its
 * strings are plain ASCII (the common case; 12k instructions a finding
 * through jansson were most of a snapshot finding's cost), else NULL. */
static const char *snap_head(const struct report *rp,
                             const struct zd_snap_source *s, char *buf,
                             size_t cap)
{
  const char *id = json_is_string(s->id) ? json_string_value(s->id) : NULL;
  size_t en = strlen(s->endpoint), fn = strlen(s->field);
  size_t idn = id ? strlen(id) : 0;
  size_t tn = rp->show && s->title ? strlen(s->title) : 0;
  char *p = buf;
  if((s->id && !id && !json_is_integer(s->id)) || en + fn + idn + tn + 96 > cap ||
     !plain_ascii(s->endpoint, en) || !plain_ascii(s->field, fn) ||
     (id && !plain_ascii(id, idn)) || (tn && !plain_ascii(s->title, tn)))
    return NULL;
  p = put(p, "{\"endpoint\":\"");
  p = put(p, s->endpoint);
  if(id) {
    p = put(p, "\",\"id\":\"");
    p = put(p, id);
    *p++ = '"';
  }
  else if(s->id) {
    json_int_t v = json_integer_value(s->id);
    p = put(p, "\",\"id\":");
    if(v < 0)
      *p++ = '-';
    p = utoa(p, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
  }
  else {
    p = put(p, "\",\"index\":");
    if(s->index < 0)
      *p++ = '-';
    p = utoa(p, s->index < 0 ? 0 - (uint64_t)s->index : (uint64_t)s->index);
  }
  p = put(p, ",\"field\":\"");
  p = put(p, s->field);
  *p++ = '"';
  if(s->html)
    p = put(p, ",\"html\":true");
  if(tn) {
    p = put(p, ",\"title\":\"");
    p = put(p, s->title);
    *p++ = '"';
  }
  *p = '\0';
  return buf;
}

static int on_snap_finding(const struct zd_scan_finding *f, const char *value,
                           const struct zd_snap_source *s, void *ud)
{
  struct report *rp = ud;
  json_t *src;
  char where[512] = "", idtxt[64] = "-", *head = NULL, fast[1024];
  const char *h;
  if(!rp->json || rp->skip->n || counting(rp)) {
    if(json_is_integer(s->id))
      snprintf(idtxt, sizeof(idtxt), "%lld",
               (long long)json_integer_value(s->id));
    else if(json_is_string(s->id))
      snprintf(idtxt, sizeof(idtxt), "%s", json_string_value(s->id));
    else if(!s->id)
      snprintf(idtxt, sizeof(idtxt), "#%ld", s->index);
  }
  if(rp->skip->n || counting(rp)) {
    char record[160];
    snprintf(record, sizeof(record), "%s/%s", s->endpoint, idtxt);
    if(!keep(rp, f, s->endpoint, s->field, record))
      return 0;
  }
  if(!rp->json)
    snprintf(where, sizeof(where), "%s/%s %s [%llu-%llu]", s->endpoint, idtxt,
             s->field, (unsigned long long)f->start,
             (unsigned long long)f->end);
  /* A title may itself hold PHI: only with --show-values. */
  if(!(h = snap_head(rp, s, fast, sizeof(fast)))) {
    src = json_object();
    json_object_set_new(src, "endpoint", json_string(s->endpoint));
    if(s->id)
      json_object_set(src, "id", s->id);
    else
      json_object_set_new(src, "index", json_integer(s->index));
    json_object_set_new(src, "field", json_string(s->field));
    if(s->html)
      json_object_set_new(src, "html", json_true());
    if(rp->show && s->title)
      json_object_set_new(src, "title", jstr(s->title, strlen(s->title)));
    h = head = source_head(src);
  }
  print_finding(rp, f, value, h, 0, where);
  free(head);
  return 0;
}

/* A batch of snapshot items writes into a part; its report is its
 * first member, so the report is the batch's state on_snap_finding gets. */
static void *snap_open(void *ud)
{
  return &part_open(ud)->rp;
}

static void snap_close(void *wud, int ok, void *ud)
{
  struct part *pt = (struct part *)wud;
  if(ok)
    part_close(ud, pt);
  else
    part_free(pt);
}

static int scan_snapshot_dir(struct jobs *jb, struct report *rp,
                             const char *dir, size_t max_file)
{
  struct zd_snap_sink sink = {snap_open, on_snap_finding, snap_close, rp};
  struct zd_snapshot *snap = NULL;
  struct zd_error err;
  int rc = 0;
  zd_error_clear(&err);
  if(zd_snapshot_load(dir, &snap, &err)) {
    zd_error_print(&err);
    rp->unread++;
    return -1;
  }
  if(max_file)
    zd_snapshot_set_max_file(snap, max_file);
  zd_snapshot_set_map(snap, 1);   /* large files mapped: checked below */
  rp->snapshot = 1;
  for(int k = 0; zd_scan_snap_endpoints[k]; k++) {
    struct zd_ep_state st;
    char why[256];
    zd_snapshot_state(snap, zd_scan_snap_endpoints[k], &st);
    if(st.outcome != ZD_EP_OK) {
      zd_warnf("%s: %s not scanned: %s", dir, zd_scan_snap_endpoints[k],
               zd_ep_state_reason(zd_scan_snap_endpoints[k], &st, why,
                                  sizeof(why)));
      rp->errors += st.outcome != ZD_EP_ABSENT;
      if(rp->n_not_scanned < sizeof(rp->not_scanned) / sizeof(rp->not_scanned[0]))
        rp->not_scanned[rp->n_not_scanned++] = zd_scan_snap_endpoints[k];
    }
    else {
      /* the bytes of the endpoint's file, as read (docs/snapshot.md) */
      char *file = zd_asprintf("%s/%s.json", dir, zd_scan_snap_endpoints[k]);
      struct stat sb;
      if(!stat(file, &sb) && S_ISREG(sb.st_mode))
        rp->file_bytes += (uint64_t)sb.st_size;
      free(file);
      rp->inputs++;
    }
  }
  if(zd_scan_snapshot_pooled(jb->pool, jb->sc, snap, &sink, &rp->bytes,
                             &err) ||
     zd_snapshot_check(snap, &err)) {   /* what was scanned is the file */
    zd_error_print(&err);
    rc = -1;
  }
  /* Content that was not read was not found clean: say so, even with -q. */
  if(rp->n_not_scanned) {
    char names[512];
    size_t n = 0;
    names[0] = '\0';
    for(size_t i = 0; i < rp->n_not_scanned && n < sizeof(names); i++)
      n += (size_t)snprintf(names + n, sizeof(names) - n, "%s%s", i ? ", " : "",
                            rp->not_scanned[i]);
    zd_warnf("incomplete: %zu content endpoint%s not scanned (%s)",
             rp->n_not_scanned, rp->n_not_scanned == 1 ? "" : "s", names);
  }
  zd_snapshot_free(snap);
  return rc;
}

/* ---- main -------------------------------------------------------------- */

static int parse_types(const char *list, uint32_t *mask)
{
  char *copy = zd_strdup(list), *p = copy;
  *mask = 0;
  while(p && *p) {
    char *comma = strchr(p, ',');
    zd_scan_type t;
    if(comma)
      *comma = '\0';
    if(zd_scan_type_parse(p, &t)) {
      /* say which types there are, and the closest one */
      const char *names[ZD_SCAN_TYPE_COUNT], *hit;
      struct zd_buf b;
      zd_buf_init(&b, 4096);
      for(int i = 0; i < ZD_SCAN_TYPE_COUNT; i++) {
        names[i] = zd_scan_type_name((zd_scan_type)i);
        zd_buf_adds(&b, i ? ", " : "");
        zd_buf_adds(&b, names[i]);
      }
      hit = zd_cli_closest(p, names, ZD_SCAN_TYPE_COUNT);
      zd_errorf("unknown finding type '%s'%s%s%s; the types: %s", p,
                hit ? " (did you mean " : "", hit ? hit : "",
                hit ? "?)" : "", zd_buf_str(&b));
      zd_buf_free(&b);
      free(copy);
      return -1;
    }
    *mask |= 1u << t;
    p = comma ? comma + 1 : NULL;
  }
  free(copy);
  return 0;
}

/* The most threads --jobs takes. */
#define ZD_SCAN_MAX_JOBS 256

/* --summary lists this many records (tickets) with the most findings. */
#define SUMMARY_TOP 20

static void print_summary(struct report *rp, double threshold)
{
  if(rp->json) {
    json_t *sum = json_object(), *bt = json_object();
    char *s;
    for(int t = 0; t < ZD_SCAN_TYPE_COUNT; t++)
      if(rp->by_type[t])
        json_object_set_new(bt, zd_scan_type_name((zd_scan_type)t),
                            json_integer((json_int_t)rp->by_type[t]));
    json_object_set_new(sum, "findings", json_integer((json_int_t)rp->count));
    json_object_set_new(sum, "by_type", bt);
    json_object_set_new(sum, "inputs", json_integer((json_int_t)rp->inputs));
    json_object_set_new(sum, "bytes", json_integer((json_int_t)rp->bytes));
    json_object_set_new(sum, "errors", json_integer((json_int_t)rp->errors));
    if(rp->skip->n)
      json_object_set_new(sum, "skipped", json_integer((json_int_t)rp->skipped));
    if(rp->tally) {
      json_t *tj = zd_scan_tally_json(rp->tally, SUMMARY_TOP);
      json_object_update(sum, tj);
      json_decref(tj);
      json_object_set_new(sum, "listed", json_false());
    }
    if(rp->snapshot) {
      json_object_set_new(sum, "file_bytes",
                          json_integer((json_int_t)rp->file_bytes));
      json_t *ns = json_array();
      for(size_t i = 0; i < rp->n_not_scanned; i++)
        json_array_append_new(ns, json_string(rp->not_scanned[i]));
      json_object_set_new(sum, "not_scanned", ns);
    }
    json_object_set_new(sum, "threshold", json_real(threshold));
    json_object_set_new(sum, "values_shown", json_boolean(rp->show));
    s = json_dumps(sum, JSON_COMPACT);
    fprintf(rp->out, "%s\n  ],\n  \"summary\": %s\n}\n",
            rp->any_written ? "" : "", s);
    free(s);
    json_decref(sum);
    return;
  }
  if(rp->tally)
    zd_scan_tally_print(rp->tally, rp->out, SUMMARY_TOP);
  if(rp->unread) {
    /* Not a summary that looks like a clean run: a snapshot that could
     * not be loaded has said so already; files say how many were read. */
    if(rp->inputs)
      zd_warnf("incomplete: %llu of %llu input(s) could not be read; "
               "%llu finding(s) in the rest (%llu bytes)",
               (unsigned long long)rp->unread,
               (unsigned long long)rp->inputs,
               (unsigned long long)rp->count, (unsigned long long)rp->bytes);
    return;
  }
  if(!zd_msgs.quiet) {
    char line[1024], more[160] = "";
    size_t n = 0;
    line[0] = '\0';
    if(rp->snapshot)
      snprintf(more, sizeof(more), " of text (%llu bytes of snapshot files "
               "read)", (unsigned long long)rp->file_bytes);
    if(rp->skip->n)
      snprintf(more + strlen(more), sizeof(more) - strlen(more),
               "; %llu finding(s) in skipped fields left out",
               (unsigned long long)rp->skipped);
    for(int t = 0; t < ZD_SCAN_TYPE_COUNT && n < sizeof(line) - 64; t++)
      if(rp->by_type[t])
        n += (size_t)snprintf(line + n, sizeof(line) - n, "%s%s %llu",
                              n ? ", " : " (", zd_scan_type_name((zd_scan_type)t),
                              (unsigned long long)rp->by_type[t]);
    zd_notef("%llu finding(s)%s%s in %llu input(s), %llu bytes%s",
             (unsigned long long)rp->count, line, n ? ")" : "",
             (unsigned long long)rp->inputs, (unsigned long long)rp->bytes,
             more);
  }
}

/* The --allow list of the run, freed by zd_cmd_scan whatever path
 * scan_cmd returns by. */
static struct zd_scan_allow *allow;
/* --skip-field and scan.skip_fields, and the --summary counts: freed by
 * zd_cmd_scan too. */
static struct zd_skip_fields skip;
static struct zd_scan_tally *tally;

static int scan_cmd(int argc, char **argv)
{
  char shown[128];
  static const struct option longopts[] = {
    {"format", required_argument, NULL, 'f'},
    {"output", required_argument, NULL, 'o'},
    {"html", no_argument, NULL, OPT_HTML},
    {"ndjson", no_argument, NULL, OPT_NDJSON},
    {"text", no_argument, NULL, OPT_TEXT},
    {"snapshot", required_argument, NULL, OPT_SNAPSHOT},
    {"threshold", required_argument, NULL, OPT_THRESHOLD},
    {"types", required_argument, NULL, OPT_TYPES},
    {"show-values", no_argument, NULL, OPT_SHOW},
    {"max-file-size", required_argument, NULL, OPT_MAX_FILE_SIZE},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"update-baseline", required_argument, NULL, OPT_UPDATE_BASELINE},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"allow", required_argument, NULL, OPT_ALLOW},
    {"skip-field", required_argument, NULL, OPT_SKIP_FIELD},
    {"summary", no_argument, NULL, OPT_SUMMARY},
    {"jobs", required_argument, NULL, 'j'},
    {"config", required_argument, NULL, 'c'},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  struct zd_scan_opts so = {0, 0, 0};
  struct zd_scanner *sc = NULL;
  struct zd_cli_output out;
  struct report rp;
  struct zd_error err;
  const char *format = "text", *output = NULL, *snapshot = NULL;
  const char *config = NULL;
  struct zd_scan_post post = {0};
  char *post_buf = NULL;
  size_t post_len = 0, max_file = 0;
  unsigned long long reported = 0;
  unsigned long njobs = 0;   /* --jobs; 0: the number of cores */
  struct jobs jb = {NULL, NULL, NULL, 0};
  int c, mode = MODE_AUTO, failed = 0, postprocess;

  memset(&rp, 0, sizeof(rp));
  rp.skip = &skip;
  zd_error_clear(&err);
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":f:o:c:j:qh", longopts, NULL)) != -1) {
    switch(c) {
    case 'f': format = optarg; break;
    case 'o': output = optarg; break;
    case 'q': zd_msgs.quiet = 1; break;
    case OPT_HTML: mode = MODE_HTML; break;
    case OPT_NDJSON: mode = MODE_NDJSON; break;
    case OPT_TEXT: mode = MODE_TEXT; break;
    case OPT_SNAPSHOT: snapshot = optarg; break;
    case OPT_SHOW: rp.show = 1; break;
    case OPT_MAX_FILE_SIZE:
      if(zd_cli_parse_size("--max-file-size", optarg, &max_file))
        return ZD_EXIT_RUNTIME;
      break;
    case OPT_BASELINE: post.baseline = optarg; break;
    case OPT_UPDATE_BASELINE: post.update_baseline = optarg; break;
    case OPT_EXPLAIN: rp.explain = so.explain = 1; break;
    case 'c': config = optarg; break;
    case OPT_SUMMARY: tally = tally ? tally : zd_scan_tally_new(); break;
    case 'j': {
      char *end;
      errno = 0;
      njobs = strtoul(optarg, &end, 10);
      if(errno || *end || end == optarg || optarg[0] == '-' || njobs < 1 ||
         njobs > ZD_SCAN_MAX_JOBS) {
        zd_errorf("--jobs takes a number of threads from 1 to %d, not '%s'",
                  ZD_SCAN_MAX_JOBS, optarg);
        return ZD_EXIT_RUNTIME;
      }
      break;
    }
    case OPT_SKIP_FIELD:
      if(zd_skip_fields_add(&skip, optarg)) {
        zd_errorf("--skip-field takes a field path such as author.name, not "
                  "'%s'", optarg);
        return ZD_EXIT_RUNTIME;
      }
      break;
    case OPT_ALLOW:
      zd_scan_allow_free(allow);
      if(zd_scan_allow_load(optarg, &allow, &err)) {
        zd_error_print(&err);
        return ZD_EXIT_RUNTIME;
      }
      break;
    case OPT_THRESHOLD: {
      char *end;
      errno = 0;
      so.threshold = strtod(optarg, &end);
      if(errno || *end || end == optarg || !(so.threshold > 0) ||
         so.threshold > 1) {
        zd_errorf("--threshold takes a number in (0, 1], not '%s'", optarg);
        return ZD_EXIT_RUNTIME;
      }
      break;
    }
    case OPT_TYPES:
      if(parse_types(optarg, &so.types))
        return ZD_EXIT_RUNTIME;
      break;
    case 'h':
      fputs(usage_text, stdout);
      return ZD_EXIT_OK;
    case ':':
      zd_errorf("option \'%s\' needs a value",
                zd_cli_optname(argv, 1, shown, sizeof(shown)));
      return ZD_EXIT_RUNTIME;
    default:
      zd_cli_unknown_option("scan", argv[optind - 1], longopts);
      return ZD_EXIT_RUNTIME;
    }
  }
  if(strcmp(format, "text") && strcmp(format, "json") &&
     strcmp(format, "sarif")) {
    zd_errorf("--format is text, json or sarif, not '%s'", format);
    return ZD_EXIT_RUNTIME;
  }
  post.sarif = !strcmp(format, "sarif");
  postprocess = post.sarif || post.baseline || post.update_baseline;
  if(postprocess && !strcmp(format, "text")) {
    zd_errorf("--baseline and --update-baseline write JSON or SARIF: add "
              "--format json or --format sarif");
    return ZD_EXIT_RUNTIME;
  }
  if(snapshot && optind < argc) {
    zd_errorf("give either --snapshot DIR or files, not both");
    return ZD_EXIT_RUNTIME;
  }
  if(tally && postprocess) {
    zd_errorf("--summary counts findings; it cannot be combined with "
              "sarif, --baseline or --update-baseline");
    return ZD_EXIT_RUNTIME;
  }
  rp.tally = tally;
  if(config) {
    /* zdaudit.yaml's scan section (docs/config.md) */
    struct zd_config *cf = NULL;
    size_t i;
    const json_t *x;
    if(zd_config_load(config, NULL, &cf, &err)) {
      zd_error_print(&err);
      return ZD_EXIT_RUNTIME;
    }
    json_array_foreach(zd_config_skip_fields(cf), i, x)
      zd_skip_fields_add(&skip, json_string_value(x));
    /* scan.allow adds to --allow FILE */
    if(json_array_size(zd_config_scan_allow(cf)) &&
       zd_scan_allow_add_json(&allow, zd_config_scan_allow(cf), config, &err)) {
      zd_error_print(&err);
      zd_config_free(cf);
      return ZD_EXIT_RUNTIME;
    }
    zd_config_free(cf);
  }
  rp.json = !strcmp(format, "json");
  if(zd_scanner_new(&so, &sc, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  zd_scanner_set_allow(sc, allow);
  if(zd_cli_output_open(&out, output)) {
    zd_scanner_free(sc);
    return ZD_EXIT_RUNTIME;
  }
  rp.out = out.fp;
  if(postprocess) {
    /* Findings are gathered as JSON with their values, in memory only,
     * to be fingerprinted; zd_scan_post drops the values again. */
    post.show = rp.show;
    post.snapshot = snapshot;
    rp.json = rp.show = 1;
    rp.out = open_memstream(&post_buf, &post_len);
    if(!rp.out) {
      zd_errorf("out of memory");
      zd_scanner_free(sc);
      zd_cli_output_close(&out, 0);
      return ZD_EXIT_RUNTIME;
    }
  }
  if(rp.json)
    fputs("{\n  \"findings\": [", rp.out);

  /* --jobs: one scanner per worker, the first the run's own */
  if(!njobs)
    njobs = zd_pool_cores() < ZD_SCAN_MAX_JOBS ? zd_pool_cores()
                                               : ZD_SCAN_MAX_JOBS;
  jb.pool = zd_pool_new((unsigned)njobs, 0);
  jb.n = zd_pool_workers(jb.pool);
  jb.sc = zd_calloc(jb.n, sizeof(*jb.sc));
  jb.nd = zd_calloc(jb.n, sizeof(*jb.nd));
  jb.sc[0] = sc;
  for(unsigned w = 1; w < jb.n; w++)
    if(zd_scanner_clone(sc, &jb.sc[w], &err)) {
      zd_error_print(&err);
      abort();   /* only memory can be short here */
    }
  if(snapshot)
    failed |= scan_snapshot_dir(&jb, &rp, snapshot, max_file) != 0;
  else {
    int nfiles = argc - optind;
    for(int i = 0; i < (nfiles ? nfiles : 1); i++) {
      const char *path = nfiles ? argv[optind + i] : "-";
      scan_file(&jb, &rp, path, mode_of(path, mode));
      rp.inputs++;
    }
    zd_pool_drain(jb.pool);
    failed |= rp.failed;
  }
  zd_pool_free(jb.pool);
  for(unsigned w = 0; w < jb.n; w++)
    zd_ndjson_free(jb.nd[w]);
  for(unsigned w = 1; w < jb.n; w++)
    zd_scanner_free(jb.sc[w]);
  free(jb.nd);
  free(jb.sc);
  print_summary(&rp, zd_scanner_threshold(sc));
  zd_scanner_free(sc);
  if(postprocess) {
    int bad = fclose(rp.out) != 0;
    bad = bad || zd_scan_post(post_buf, post_len, &post, out.fp, &reported);
    free(post_buf);
    if(bad) {
      zd_cli_output_close(&out, 0);
      return ZD_EXIT_RUNTIME;
    }
    rp.count = post.update_baseline ? 0 : reported;
  }
  /* An input that could not be read makes the report incomplete: keep
   * none rather than one that looks whole (stdout is already written). */
  if(zd_cli_output_close(&out, !failed))
    return ZD_EXIT_RUNTIME;
  if(failed)
    return ZD_EXIT_RUNTIME;
  if(rp.count)
    return ZD_EXIT_FAIL;
  /* nothing found, but not everything was read: incomplete, not clean */
  return rp.n_not_scanned ? ZD_EXIT_ERROR : ZD_EXIT_OK;
}

int zd_cmd_scan(int argc, char **argv)
{
  int rc = scan_cmd(argc, argv);
  zd_scan_allow_free(allow);
  allow = NULL;
  zd_skip_fields_free(&skip);
  zd_scan_tally_free(tally);
  tally = NULL;
  return rc;
}

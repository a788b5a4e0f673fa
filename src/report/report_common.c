/* SPDX-License-Identifier: MIT
 * report_common.c — helpers shared by the html, csv, junit, markdown and
 * action-plan writers (see report_common.h), so every format describes
 * evidence, attestations and exceptions in the same words. */
#include "report/report_common.h"
#include "core/safetext.h"
#include "report/report.h"
#include "core/limits.h"

#include <stdlib.h>
#include <string.h>

const zd_status zd_rep_status_order[ZD_STATUS_COUNT] = {
  ZD_STATUS_FAIL, ZD_STATUS_ERROR, ZD_STATUS_MANUAL, ZD_STATUS_ACCEPTED,
  ZD_STATUS_ATTESTED, ZD_STATUS_PASS, ZD_STATUS_NA
};

/* Indexed by zd_status; the words are result.h's contract. */
static const char *const status_words[ZD_STATUS_COUNT] = {
  "pass", "fail", "manual", "attested", "accepted", "not_applicable", "error"
};
static const char *const status_labels[ZD_STATUS_COUNT] = {
  "Pass", "Fail", "Manual", "Attested", "Accepted", "Not applicable", "Error"
};

const struct zd_rep_meta_row zd_rep_meta[] = {
  {"Account", "account", "subdomain"},
  {"Healthcare type", "account", "healthcare"},
  {"Data collected", "account", "collected_at"},
  {"Assessed", NULL, "generated_at"},
  {"Snapshot", "account", "snapshot"},
  {"API base URL", "account", "base_url"},
  {"Baseline revision", "baseline", "revision"},
  {"Tool version", "tool", "version"},
  {NULL, NULL, NULL},
};

const char *zd_rep_baseline_name(const json_t *doc)
{
  const char *name = zd_rep_str2(doc, "baseline", "name");
  return *name ? name
               : "Zendesk minimum security configuration for HIPAA- and "
                 "HDS-enabled accounts";
}

const char *zd_rep_meta_value(const json_t *doc, size_t i)
{
  const json_t *o = zd_rep_meta[i].obj
                    ? json_object_get(doc, zd_rep_meta[i].obj) : doc;
  return zd_rep_str(o, zd_rep_meta[i].key);
}

const char *zd_rep_str(const json_t *o, const char *key)
{
  const char *s = json_string_value(json_object_get(o, key));
  return s ? s : "";
}

const char *zd_rep_str2(const json_t *o, const char *a, const char *b)
{
  return zd_rep_str(json_object_get(o, a), b);
}

const json_t *zd_rep_results(const json_t *doc)
{
  static json_t *empty;
  const json_t *r = json_object_get(doc, "results");
  if(json_is_array(r))
    return r;
  if(!empty)
    empty = json_array();
  return empty;
}

const char *zd_rep_status_word(zd_status s)
{
  return (unsigned)s < ZD_STATUS_COUNT ? status_words[s] : "unknown";
}

size_t zd_rep_status_index(const char *word)
{
  for(size_t i = 0; i < ZD_STATUS_COUNT; i++)
    if(word && !strcmp(word, status_words[i]))
      return i;
  return ZD_STATUS_COUNT;
}

const char *zd_rep_status_label(const char *word)
{
  size_t i = zd_rep_status_index(word);
  return i < ZD_STATUS_COUNT ? status_labels[i] : word;
}

/* Counts by status the results in 'area', or all of them when NULL;
 * returns how many there were. */
static size_t count_results(const json_t *doc, const char *area,
                            size_t counts[ZD_STATUS_COUNT])
{
  const json_t *results = zd_rep_results(doc);
  size_t i, k, n = 0;
  const json_t *r;
  memset(counts, 0, sizeof(size_t) * ZD_STATUS_COUNT);
  json_array_foreach(results, i, r) {
    if(area && strcmp(zd_rep_str(r, "area"), area))
      continue;
    n++;
    k = zd_rep_status_index(zd_rep_str(r, "status"));
    if(k < ZD_STATUS_COUNT)
      counts[k]++;
  }
  return n;
}

size_t zd_rep_count(const json_t *doc, size_t counts[ZD_STATUS_COUNT])
{
  return count_results(doc, NULL, counts);
}

size_t zd_rep_count_area(const json_t *doc, const char *area,
                         size_t counts[ZD_STATUS_COUNT])
{
  return count_results(doc, area, counts);
}

json_t *zd_rep_areas(const json_t *doc)
{
  json_t *seen = json_object(), *list = json_array();
  size_t i;
  const json_t *r;
  json_array_foreach(zd_rep_results(doc), i, r) {
    const char *area = zd_rep_str(r, "area");
    if(json_object_get(seen, area))
      continue;
    json_object_set_new(seen, area, json_true());
    json_array_append_new(list, json_string(area));
  }
  json_decref(seen);
  return list;
}

const char *zd_rep_area_label(const char *area)
{
  return *area ? zd_report_area_title(area) : "Other";
}

/* Appends a JSON value: strings as they are, others as compact JSON, cut
 * at the evidence bound so a hand-edited file cannot blow a cell up. */
static int add_value(struct zd_buf *b, const json_t *v)
{
  char *dump = NULL;
  const char *s;
  size_t n;
  int rc;
  if(json_is_string(v)) {
    s = json_string_value(v);
    n = json_string_length(v);
  }
  else {
    dump = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
    s = dump ? dump : "?";
    n = strlen(s);
  }
  if(n > ZD_MAX_EVIDENCE_STRING) {
    /* cut on a UTF-8 character boundary */
    n = ZD_MAX_EVIDENCE_STRING;
    while(n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
      n--;
    rc = zd_buf_add(b, s, n) || zd_buf_adds(b, "\xE2\x80\xA6");
  }
  else
    rc = zd_buf_add(b, s, n);
  free(dump);
  return rc ? -1 : 0;
}

static int add_sep(struct zd_buf *b, int *first, const char *sep)
{
  if(*first) {
    *first = 0;
    return 0;
  }
  return zd_buf_adds(b, sep);
}

int zd_rep_evidence_text(struct zd_buf *b, const json_t *item)
{
  static const char *const known[] = {
    "endpoint", "path", "object", "field", "actual", "expected", "note",
    "finding"
  };
  const json_t *obj = json_object_get(item, "object");
  const json_t *finding = json_object_get(item, "finding");
  const json_t *v;
  const char *key;
  int first = 1, rc = 0;
  if(!json_is_object(item))
    return add_value(b, item);
  if(json_is_string(json_object_get(item, "endpoint"))) {
    rc |= zd_buf_printf(b, "[%s]", zd_rep_str(item, "endpoint"));
    first = 0;
  }
  if(json_is_string(json_object_get(item, "path"))) {
    rc |= add_sep(b, &first, " ");
    rc |= zd_buf_adds(b, zd_rep_str(item, "path"));
  }
  if(json_is_object(obj)) {
    rc |= add_sep(b, &first, " ");
    rc |= zd_buf_adds(b, zd_rep_str(obj, "type"));
    if((v = json_object_get(obj, "id")) && !json_is_null(v)) {
      rc |= zd_buf_adds(b, " #");
      rc |= add_value(b, v);
    }
    if(*zd_rep_str(obj, "title")) {
      rc |= zd_buf_adds(b, " \xE2\x80\x9C");
      rc |= add_value(b, json_object_get(obj, "title"));
      rc |= zd_buf_adds(b, "\xE2\x80\x9D");
    }
  }
  if(json_is_string(json_object_get(item, "field"))) {
    rc |= add_sep(b, &first, " ");
    rc |= zd_buf_printf(b, "field %s", zd_rep_str(item, "field"));
  }
  if((v = json_object_get(item, "actual"))) {
    rc |= add_sep(b, &first, ": ");
    rc |= zd_buf_adds(b, "actual ");
    rc |= add_value(b, v);
  }
  if((v = json_object_get(item, "expected"))) {
    rc |= add_sep(b, &first, json_object_get(item, "actual") ? ", " : ": ");
    rc |= zd_buf_adds(b, "expected ");
    rc |= add_value(b, v);
  }
  if(json_is_object(finding)) {
    rc |= add_sep(b, &first, "; ");
    rc |= zd_buf_printf(b, "%s", zd_rep_str(finding, "type"));
    if(json_is_integer(json_object_get(finding, "start")))
      rc |= zd_buf_printf(b, " at bytes %lld-%lld",
                          (long long)json_integer_value(
                            json_object_get(finding, "start")),
                          (long long)json_integer_value(
                            json_object_get(finding, "end")));
    if(*zd_rep_str(finding, "masked")) {
      rc |= zd_buf_adds(b, ": ");
      rc |= add_value(b, json_object_get(finding, "masked"));
    }
  }
  if((v = json_object_get(item, "note"))) {
    rc |= add_sep(b, &first, " \xE2\x80\x94 ");
    rc |= add_value(b, v);
  }
  /* keys a future version may add: shown, never dropped */
  json_object_foreach((json_t *)item, key, v) {
    size_t k;
    for(k = 0; k < sizeof(known) / sizeof(known[0]); k++)
      if(!strcmp(key, known[k]))
        break;
    if(k < sizeof(known) / sizeof(known[0]))
      continue;
    rc |= add_sep(b, &first, "; ");
    rc |= zd_buf_printf(b, "%s ", key);
    rc |= add_value(b, v);
  }
  return rc ? -1 : 0;
}

const char *zd_rep_record_state(const json_t *rec)
{
  if(!json_is_object(rec))
    return "";
  if(json_is_true(json_object_get(rec, "expired")))
    return "expired";
  if(json_is_true(json_object_get(rec, "applied")))
    return "applied";
  return "not applied";
}

const char *zd_rep_basis_label(const char *basis)
{
  if(!strcmp(basis, "alternative"))
    return "the item's own alternative: the subscriber accepts "
           "responsibility";
  if(!strcmp(basis, "deviation"))
    return "deviation at the subscriber's sole risk (ZD.GEN.3)";
  return basis;
}

/* "does not count": why a record on file was not applied. */
static int add_not_applied(struct zd_buf *b, const char *what,
                           const json_t *rec, const char *status)
{
  const char *state = zd_rep_record_state(rec);
  if(!strcmp(state, "expired"))
    return zd_buf_printf(b, "%s expired on %s and no longer counts. ", what,
                         zd_rep_str(rec, "expires"));
  if(!strcmp(state, "applied"))
    return 0;
  if(!strcmp(what, "Attestation") && !strcmp(status, "fail"))
    return zd_buf_printf(b, "%s on record, but it does not override the "
                         "data showing a failure. ", what);
  return zd_buf_printf(b, "%s on record, not applied (the control is %s). ",
                       what, zd_rep_status_label(status));
}

int zd_rep_attestation_text(struct zd_buf *b, const json_t *a,
                            const char *status)
{
  int rc = 0;
  if(!json_is_object(a))
    return 0;
  rc |= add_not_applied(b, "Attestation", a, status);
  rc |= zd_buf_printf(b, "Attested by %s on %s, valid through %s: ",
                      zd_rep_str(a, "owner"), zd_rep_str(a, "date"),
                      zd_rep_str(a, "expires"));
  rc |= zd_buf_adds(b, zd_rep_str(a, "statement"));
  if(*zd_rep_str(a, "evidence"))
    rc |= zd_buf_printf(b, " (evidence: %s)", zd_rep_str(a, "evidence"));
  return rc ? -1 : 0;
}

int zd_rep_exception_text(struct zd_buf *b, const json_t *x,
                          const char *status)
{
  int rc = 0;
  if(!json_is_object(x))
    return 0;
  rc |= add_not_applied(b, "Exception", x, status);
  rc |= zd_buf_printf(b, "Exception approved by %s on %s, valid through %s",
                      zd_rep_str(x, "owner"), zd_rep_str(x, "approved_on"),
                      zd_rep_str(x, "expires"));
  if(*zd_rep_str(x, "basis"))
    rc |= zd_buf_printf(b, " (%s)",
                        zd_rep_basis_label(zd_rep_str(x, "basis")));
  rc |= zd_buf_adds(b, ": ");
  rc |= zd_buf_adds(b, zd_rep_str(x, "justification"));
  return rc ? -1 : 0;
}

size_t zd_rep_note_count(const json_t *r)
{
  return json_array_size(json_object_get(r, "excepted_objects")) +
         json_array_size(json_object_get(r, "annotations"));
}

/* "users" -> "user", as a sentence names one object. */
static const char *object_word(const char *kind)
{
  static const char *const words[][2] = {
    {"users", "user"}, {"api_tokens", "API token"},
    {"oauth_clients", "OAuth client"}, {"triggers", "trigger"},
    {"organizations", "organization"},
  };
  for(size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
    if(!strcmp(kind, words[i][0]))
      return words[i][1];
  return kind;
}

int zd_rep_note_text(struct zd_buf *b, const json_t *r, size_t i)
{
  const json_t *xo = json_object_get(r, "excepted_objects");
  const json_t *n;
  int rc = 0;
  if(i < json_array_size(xo)) {
    const json_t *o = json_array_get(xo, i);
    const char *named = zd_rep_str(o, "named_as");
    int applied = json_is_true(json_object_get(o, "applied"));
    rc |= zd_buf_printf(b, "%s %s %s", applied ? "Excepted" : "Not excepted",
                        object_word(zd_rep_str(o, "kind")),
                        zd_rep_str(o, "id"));
    if(*named && strcmp(named, zd_rep_str(o, "id")))
      rc |= zd_buf_printf(b, " (%s)", named);
    if(applied)
      rc |= zd_buf_printf(b, ": approved by %s on %s, valid through %s: ",
                          zd_rep_str(o, "owner"), zd_rep_str(o, "approved_on"),
                          zd_rep_str(o, "expires"));
    else
      rc |= zd_buf_printf(b, ": its scoped exception expired on %s, so it "
                          "was checked as usual: ", zd_rep_str(o, "expires"));
    rc |= zd_buf_adds(b, zd_rep_str(o, "justification"));
    return rc ? -1 : 0;
  }
  n = json_array_get(json_object_get(r, "annotations"),
                     i - json_array_size(xo));
  if(!n)
    return 0;
  if(json_is_true(json_object_get(n, "incorrect_result")))
    rc |= zd_buf_printf(b, "Reported as an incorrect result: %s. ",
                        zd_rep_str(n, "reason"));
  rc |= zd_buf_printf(b, "Comment: %s", zd_rep_str(n, "comment"));
  if(*zd_rep_str(n, "remediation_date"))
    rc |= zd_buf_printf(b, " (remediation planned by %s)",
                        zd_rep_str(n, "remediation_date"));
  return rc ? -1 : 0;
}

void zd_rep_csv_field(FILE *out, const char *s)
{
  int formula = strchr("=+-@\t\r", *s) && *s;
  const char *q;
  /* A cell may hold line breaks (quoted), but never a raw CR, ESC or
   * other control character: a spreadsheet or a terminal showing the
   * file would act on it. They are written as \xNN (safetext.h). */
  if(!formula && !strpbrk(s, ",\"\r\n") && zd_is_visible(s, strlen(s), 1)) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  if(formula)
    fputc('\'', out);
  while((q = strchr(s, '"'))) {
    zd_put_visible(out, s, (size_t)(q - s), 1);
    fputs("\"\"", out);
    s = q + 1;
  }
  zd_put_visible(out, s, strlen(s), 1);
  fputc('"', out);
}

/* Nesting of a results document is a few levels; evidence is cut at
 * ZD_MAX_EVIDENCE_DEPTH. Deeper parts are copied as they are. */
#define VISIBLE_DEPTH 64

static char *visible_string(const char *s, size_t n)
{
  char *d;
  if(zd_is_visible(s, n, 1))
    return NULL;
  d = malloc(n * 6 + 1);   /* each byte at most "\u00xx"-sized */
  if(d)
    zd_visible(s, d, n * 6 + 1, 1);
  return d;
}

static json_t *visible_copy(const json_t *v, int depth)
{
  if(json_is_string(v)) {
    char *d = visible_string(json_string_value(v), json_string_length(v));
    json_t *j;
    if(!d)
      return json_incref((json_t *)v);
    j = json_string(d);
    free(d);
    return j;
  }
  if(depth > VISIBLE_DEPTH)
    return json_incref((json_t *)v);
  if(json_is_object(v)) {
    json_t *o = json_object(), *x;
    const char *k;
    json_object_foreach((json_t *)v, k, x) {
      char *dk = visible_string(k, strlen(k));
      json_object_set_new(o, dk ? dk : k, visible_copy(x, depth + 1));
      free(dk);
    }
    return o;
  }
  if(json_is_array(v)) {
    json_t *a = json_array(), *x;
    size_t i;
    json_array_foreach(v, i, x)
      json_array_append_new(a, visible_copy(x, depth + 1));
    return a;
  }
  return json_incref((json_t *)v);
}

json_t *zd_rep_visible(const json_t *v)
{
  return visible_copy(v, 0);
}

void zd_rep_csv_end(FILE *out)
{
  fputs("\r\n", out);
}

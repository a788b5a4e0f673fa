/* SPDX-License-Identifier: MIT
 * report.c — the table of writers and the results-document check. */
#include "report/report.h"

#include <string.h>

static const struct zd_report_writer writers[ZD_FMT_COUNT] = {
  [ZD_FMT_TEXT] = {"text", zd_report_text},
  [ZD_FMT_JSON] = {"json", zd_report_json},
  [ZD_FMT_HTML] = {"html", zd_report_html},
  [ZD_FMT_CSV] = {"csv", zd_report_csv},
  [ZD_FMT_JUNIT] = {"junit", zd_report_junit},
  [ZD_FMT_MARKDOWN] = {"markdown", zd_report_markdown},
  [ZD_FMT_OSCAL] = {"oscal", zd_report_oscal},
  [ZD_FMT_OCSF] = {"ocsf", zd_report_ocsf},
};

int zd_format_parse(const char *word, zd_format *out)
{
  for(int i = 0; i < ZD_FMT_COUNT; i++)
    if(word && !strcmp(word, writers[i].name)) {
      *out = (zd_format)i;
      return 0;
    }
  if(word && !strcmp(word, "md")) {
    *out = ZD_FMT_MARKDOWN;
    return 0;
  }
  return -1;
}

const char *zd_format_name(zd_format f)
{
  return (unsigned)f < ZD_FMT_COUNT ? writers[f].name : "?";
}

zd_code zd_report_write(const json_t *doc, zd_format fmt, FILE *out,
                        const struct zd_report_opts *opts,
                        struct zd_error *err)
{
  static const struct zd_report_opts none;
  if((unsigned)fmt >= ZD_FMT_COUNT)
    return zd_error_set(err, ZD_ERR_USAGE, NULL, 0, "unknown format");
  return writers[fmt].write(doc, out, opts ? opts : &none, err);
}

/* What a writer reads from each result, and the JSON type it must have.
 * A results file may be edited by hand: every field is checked here, so
 * no writer meets a missing or mistyped one (#11: a result without a
 * title crashed the text report). Keys not listed are ignored; an
 * optional one may be null. An unknown status is the writers' to show
 * (as an error), not a reason to refuse the file. */
static const struct {
  const char *key;
  json_type type;
  int required;
} result_fields[] = {
  {"id", JSON_STRING, 1}, {"status", JSON_STRING, 1},
  {"title", JSON_STRING, 1}, {"product", JSON_STRING, 0},
  {"area", JSON_STRING, 0}, {"kind", JSON_STRING, 0},
  {"responsible", JSON_STRING, 0}, {"seed_ref", JSON_STRING, 0},
  {"details", JSON_STRING, 0}, {"remediation", JSON_STRING, 0},
  {"evidence", JSON_ARRAY, 0}, {"attestation", JSON_OBJECT, 0},
  {"exception", JSON_OBJECT, 0},
};

/* The same for the objects at the top of the document. */
static const struct {
  const char *object, *key;
} top_strings[] = {
  {"tool", "version"}, {"account", "subdomain"},
  {"account", "collected_at"}, {"baseline", "name"},
  {"baseline", "revision"},
};

static const char *type_name(json_type t)
{
  return t == JSON_STRING ? "a string" : t == JSON_ARRAY ? "an array"
                                                         : "an object";
}

zd_code zd_report_validate(const json_t *doc, struct zd_error *err)
{
  const char *schema = json_string_value(json_object_get(doc, "schema"));
  json_t *results = json_object_get(doc, "results");
  size_t i;
  json_t *r;
  if(!schema || strcmp(schema, "zdaudit/results/1"))
    return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                        "not a zdaudit results document "
                        "(\"schema\" must be \"zdaudit/results/1\")");
  if(!json_is_array(results))
    return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                        "\"results\" must be an array");
  for(i = 0; i < sizeof(top_strings) / sizeof(top_strings[0]); i++) {
    json_t *o = json_object_get(doc, top_strings[i].object);
    json_t *v = json_object_get(o, top_strings[i].key);
    if((o && !json_is_object(o)) || (v && !json_is_string(v)))
      return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                          "\"%s.%s\" must be a string", top_strings[i].object,
                          top_strings[i].key);
  }
  if(json_object_get(doc, "summary") &&
     !json_is_object(json_object_get(doc, "summary")))
    return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                        "\"summary\" must be an object");
  json_array_foreach(results, i, r) {
    if(!json_is_object(r))
      return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                          "results[%zu] is not an object", i);
    for(size_t k = 0; k < sizeof(result_fields) / sizeof(result_fields[0]);
        k++) {
      json_t *v = json_object_get(r, result_fields[k].key);
      if((!v && result_fields[k].required) ||
         (v && json_typeof(v) != result_fields[k].type &&
          !(json_is_null(v) && !result_fields[k].required)))
        return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                            "results[%zu] %s \"%s\" (%s)", i,
                            v ? "has a wrong" : "lacks",
                            result_fields[k].key,
                            type_name(result_fields[k].type));
    }
  }
  return ZD_OK;
}

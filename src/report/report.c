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

/* A results file may be edited by hand. Only what identifies a result
 * is required; every other field a writer reads may be missing, null or
 * of another type, and each writer shows such a field as empty (a result
 * without a title crashed the text report: #11; tests/harden drops and
 * retypes every field of a real document in turn, in every format). */
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
  json_array_foreach(results, i, r) {
    if(!json_is_object(r))
      return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                          "results[%zu] is not an object", i);
    if(!json_is_string(json_object_get(r, "id")) ||
       !json_is_string(json_object_get(r, "status")))
      return zd_error_set(err, ZD_ERR_INVALID, NULL, 0,
                          "results[%zu] lacks \"id\" or \"status\"", i);
  }
  return ZD_OK;
}

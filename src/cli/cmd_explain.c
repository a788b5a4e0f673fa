/* SPDX-License-Identifier: MIT
 * cmd_explain.c — `zdaudit explain ID`: one control in full, rendered
 * from the same fields the engine runs (so it cannot drift). */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "core/msgs.h"
#include "engine/engine.h"
#include "report/links.h"

#include <getopt.h>
#include <string.h>
#include <strings.h>

static const char usage_text[] =
  "usage: zdaudit explain ID [--controls-dir DIR]\n"
  "\n"
  "Shows one control: what the baseline requires, how zdaudit checks it,\n"
  "what evidence proves it, how to fix it, and who is responsible.\n"
  "ID is a catalog id such as ZD.SUP.5 (case-insensitive).\n";

static void field(const json_t *meta, const char *key, const char *label)
{
  json_t *v = json_object_get(meta, key);
  if(json_is_string(v))
    printf("%s:\n  %s\n\n", label, json_string_value(v));
  else if(json_is_array(v) && json_array_size(v)) {
    size_t i;
    json_t *x;
    printf("%s:", label);
    json_array_foreach(v, i, x)
      printf("%s %s", i ? "," : "", json_string_value(x));
    printf("\n\n");
  }
}

static const struct zd_control *find_ci(const struct zd_engine *e,
                                        const char *id)
{
  for(size_t i = 0; i < zd_engine_count(e); i++)
    if(!strcasecmp(zd_engine_control(e, i)->id, id))
      return zd_engine_control(e, i);
  return NULL;
}

int zd_cmd_explain(int argc, char **argv)
{
  char shown[128];
  static const struct option longopts[] = {
    {"controls-dir", required_argument, NULL, 'd'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  struct zd_engine_opts eo = {0};
  struct zd_engine *e;
  struct zd_error err;
  const struct zd_control *c;
  const json_t *m;
  int opt;
  optind = 1;
  opterr = 0;
  while((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
    if(opt == 'h') {
      fputs(usage_text, stdout);
      return ZD_EXIT_OK;
    }
    if(opt == 'd')
      eo.controls_dir = optarg;
    else {
      zd_cli_unknown_option("explain", argv[optind - 1], longopts);
      return ZD_EXIT_RUNTIME;
    }
  }
  if(optind != argc - 1) {
    fputs(usage_text, stderr);
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  if(zd_engine_new(&eo, &e, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  c = find_ci(e, argv[optind]);
  if(!c) {
    zd_errorf("unknown control '%s' (zdaudit controls lists them all)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    zd_engine_free(e);
    return ZD_EXIT_RUNTIME;
  }
  m = c->meta;
  printf("%s — %s\n\n", c->id, json_string_value(json_object_get(m, "title")));
  printf("Severity: %s\nBaseline section: %s%s\n"
         "Product: %s\nKind: %s    Responsible: %s    "
         "Checked: %s\nException: %s\n\n",
         json_string_value(json_object_get(m, "severity")),
         c->advisory ? "none: an advisory check, outside the baseline, not "
                       "counted unless assess --advisory"
                     : json_string_value(json_object_get(m, "seed_ref")),
         c->advisory ? "" : " (in Zendesk's source article, "
                            ZD_SOURCE_ARTICLE_URL ")",
         json_string_value(json_object_get(m, "product")),
         json_string_value(json_object_get(m, "kind")),
         json_string_value(json_object_get(m, "responsible")),
         json_is_true(json_object_get(m, "automated"))
           ? "from the account's data"
                           : "by a person (attestation)",
         json_string_value(json_object_get(m, "exception")));
  field(m, "description", "Requirement");
  field(m, "alternative", "Allowed alternative");
  field(m, "evidence", "Evidence");
  field(m, "question", "What a person must confirm");
  field(m, "remediation", "How to fix");
  {
    /* where the fix is made (src/report/links.c) */
    const struct zd_rep_link *l = zd_rep_link_find(c->id);
    if(l)
      printf("Where:\n  %s\n  Zendesk's guide: %s\n  %s\n\n", l->location,
             l->guide_title, l->guide_url);
  }
  field(m, "requires", "Data it needs (zdaudit collect)");
  field(m, "uses", "Data it also reads");
  field(m, "params", "Parameters (zdaudit.yaml)");
  field(m, "same_as", "Reported with");
  field(m, "references", "References");
  zd_engine_free(e);
  return ZD_EXIT_OK;
}

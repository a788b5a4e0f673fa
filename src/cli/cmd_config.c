/* SPDX-License-Identifier: MIT
 * cmd_config.c — `zdaudit config init|check|schema`: writes a commented
 * zdaudit.yaml with an attestation stub (question, evidence, responsible
 * party) for every control left to a person; validates a file without
 * assessing; prints the JSON Schema of the file for editors. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "cli/manual.h"
#include "config/config.h"
#include "core/buf.h"
#include "core/limits.h"
#include "core/msgs.h"
#include "core/timeutil.h"
#include "engine/engine.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
  "usage: zdaudit config init [--snapshot DIR] [-o FILE]\n"
  "       zdaudit config check FILE\n"
  "       zdaudit config schema\n"
  "\n"
  "init    writes a commented zdaudit.yaml with one attestation stub for\n"
  "        every control a person must answer: `manual` on the snapshot\n"
  "        given, or without one every control no API can decide. Each stub\n"
  "        shows the control's question, the evidence to keep and who is\n"
  "        responsible; it counts for nothing until statement, owner, date\n"
  "        and expires are filled in (by hand, by a script, or with\n"
  "        `zdaudit attest --interactive`).\n"
  "check   validates FILE as `assess --config` would, without assessing:\n"
  "        every problem is reported with the file and line.\n"
  "schema  prints the JSON Schema of zdaudit.yaml (docs/zdaudit.schema.json)\n"
  "        for editors that validate YAML.\n"
  "\n"
  "options:\n"
  "  --snapshot DIR        init: list what is `manual` on this snapshot\n"
  "  -o, --output FILE     init: write to FILE (default: stdout); an\n"
  "                        existing FILE is not overwritten\n"
  "  --controls-dir DIR    use the controls in DIR\n"
  "  -h, --help            this help\n"
  "\n"
  "exit codes: 0 done (check: the file is valid); 1 usage error or an\n"
  "invalid file.\n";

enum { OPT_SNAPSHOT = 1000, OPT_CONTROLS_DIR };

struct config_opts {
  const char *verb, *snapshot, *output, *controls_dir, *file;
};

static int parse(int argc, char **argv, struct config_opts *o)
{
  char shown[128];
  static const struct option longopts[] = {
    {"snapshot", required_argument, NULL, OPT_SNAPSHOT},
    {"output", required_argument, NULL, 'o'},
    {"controls-dir", required_argument, NULL, OPT_CONTROLS_DIR},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  int c;
  memset(o, 0, sizeof(*o));
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_SNAPSHOT: o->snapshot = optarg; break;
    case 'o': o->output = optarg; break;
    case OPT_CONTROLS_DIR: o->controls_dir = optarg; break;
    case 'h':
      fputs(usage_text, stdout);
      exit(ZD_EXIT_OK);
    default:
      return zd_cli_option_fail(c, "config", argv, longopts);
    }
  }
  if(optind >= argc) {
    zd_errorf("which? zdaudit config init|check|schema (see zdaudit config "
              "--help)");
    return -1;
  }
  o->verb = argv[optind++];
  if(!strcmp(o->verb, "check")) {
    if(optind >= argc) {
      zd_errorf("which file? zdaudit config check FILE");
      return -1;
    }
    o->file = argv[optind++];
  }
  else if(strcmp(o->verb, "init") && strcmp(o->verb, "schema")) {
    zd_errorf("unknown verb '%s': init, check or schema", o->verb);
    return -1;
  }
  if(optind < argc) {
    zd_errorf("unexpected argument '%s' (see zdaudit config --help)",
              zd_cli_shown(argv[optind], shown, sizeof(shown)));
    return -1;
  }
  if((o->snapshot || o->output) && strcmp(o->verb, "init")) {
    zd_errorf("--snapshot and --output go with `config init`");
    return -1;
  }
  return 0;
}

/* Appends 'text' as comment lines starting with 'lead' (the first) and
 * 'cont' (the others), wrapped at 92 columns. */
static void comment(struct zd_buf *b, const char *lead, const char *cont,
                    const char *text)
{
  const char *p = text, *prefix = lead;
  while(*p == ' ')
    p++;
  do {
    size_t room = 92 - strlen(prefix), n = strlen(p), cut = n;
    if(n > room) {
      for(cut = room; cut > 0 && p[cut] != ' '; cut--)
        ;
      if(!cut)
        cut = room;
    }
    zd_buf_printf(b, "%s%.*s\n", prefix, (int)cut, p);
    for(p += cut; *p == ' ' || *p == '\n'; p++)
      ;
    prefix = cont;
  } while(*p);
}

static const char *party(const char *responsible)
{
  if(!strcmp(responsible, "zendesk"))
    return "Zendesk (keep what Zendesk provides as the evidence)";
  if(!strcmp(responsible, "shared"))
    return "shared between the subscriber and Zendesk";
  return "the subscriber";
}

static void stub(struct zd_buf *b, const struct zd_control *c)
{
  const char *q = zd_control_field(c, "question");
  zd_buf_adds(b, "\n");
  zd_buf_printf(b, "  # %s — %s\n", c->id, zd_control_field(c, "title"));
  comment(b, "  #   Question: ", "  #     ", *q ? q
          : zd_control_field(c, "description"));
  comment(b, "  #   Evidence to keep: ", "  #     ",
          zd_control_field(c, "evidence"));
  zd_buf_printf(b, "  #   Responsible: %s\n",
                party(zd_control_field(c, "responsible")));
  zd_buf_printf(b, "  - control: %s\n"
                   "    statement: \"\"   # what you confirm, in words an "
                   "auditor can check\n"
                   "    owner: \"\"       # who answers for it: a person "
                   "and role\n"
                   "    date: \"\"        # YYYY-MM-DD: when you "
                   "confirmed it\n"
                   "    expires: \"\"     # YYYY-MM-DD: the last day it "
                   "counts (e.g. a year on)\n"
                   "    evidence: \"\"    # optional: a link or a file\n",
                c->id);
}

static int cmd_init(struct zd_engine *e, const struct config_opts *o)
{
  struct zd_left left;
  struct zd_error err;
  struct zd_buf b;
  struct zd_cli_output out;
  char today[32];
  int ok;
  zd_error_clear(&err);
  if(zd_cli_left(e, o->snapshot, NULL, &left, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(o->output && strcmp(o->output, "-") && !access(o->output, F_OK)) {
    zd_errorf("%s exists; not overwritten (add its stubs by hand, or use "
              "another name)", o->output);
    zd_left_free(&left);
    return ZD_EXIT_RUNTIME;
  }
  zd_buf_init(&b, ZD_MAX_CONFIG_FILE);
  zd_time_format(zd_time_now(), today, sizeof(today));
  zd_buf_printf(&b, "# zdaudit.yaml written by `zdaudit config init` on "
                "%.10s%s%s%s.\n", today, left.subdomain ? " for " : "",
                left.subdomain ? left.subdomain : "",
                o->snapshot ? " from its snapshot" : "");
  zd_buf_printf(&b,
    "#\n"
    "# %zu control(s) below can only be answered by a person. Each has a\n"
    "# stub under `attestations:` with its question, the evidence to keep\n"
    "# and who is responsible. A stub counts for nothing until statement,\n"
    "# owner, date and expires are all filled in; then the control is\n"
    "# reported `attested` until its expiry. An attestation never overrides\n"
    "# data that shows a failure. `zdaudit attest --interactive` asks the\n"
    "# questions one by one and fills the file for you; `zdaudit config\n"
    "# check FILE` validates it. Reference: docs/config.md.\n"
    "version: 1\n", left.n);
  if(left.subdomain)
    zd_buf_printf(&b, "\naccount:\n  subdomain: %s\n", left.subdomain);
  zd_buf_adds(&b, "\nattestations:\n");
  for(size_t i = 0; i < left.n; i++)
    stub(&b, left.items[i]);
  if(!left.n)
    zd_buf_adds(&b, "  []   # nothing is left for a person to answer\n");
  ok = zd_cli_output_open(&out, o->output) == 0;
  if(ok) {
    fwrite(zd_buf_str(&b), 1, b.len, out.fp);
    ok = zd_cli_output_close(&out, !ferror(out.fp)) == 0;
  }
  if(ok && o->output)
    zd_notef("%s: %zu stub(s) to fill in", o->output, left.n);
  zd_buf_free(&b);
  zd_left_free(&left);
  return ok ? ZD_EXIT_OK : ZD_EXIT_RUNTIME;
}

static int cmd_check(struct zd_engine *e, const struct config_opts *o)
{
  struct zd_config_rules rules;
  struct zd_config *c = NULL;
  struct zd_error err;
  zd_error_clear(&err);
  zd_engine_config_rules(e, &rules);
  if(zd_config_load(o->file, &rules, &c, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  printf("%s: valid: %zu attestation(s), %zu stub(s) to fill in, %zu "
         "exception(s), %zu annotation(s)\n", o->file,
         zd_config_record_count(c, ZD_REC_ATTESTATION),
         zd_config_record_count(c, ZD_REC_STUB),
         zd_config_record_count(c, ZD_REC_EXCEPTION),
         zd_config_record_count(c, ZD_REC_ANNOTATION));
  if(json_array_size(zd_config_skip_fields(c)))
    printf("%s: scan.skip_fields: %zu field path(s) zdaudit scan --config "
           "leaves out\n", o->file,
           json_array_size(zd_config_skip_fields(c)));
  zd_config_free(c);
  return ZD_EXIT_OK;
}

static int cmd_schema(struct zd_engine *e)
{
  json_t *ids = json_array(), *schema;
  int rc;
  for(size_t i = 0; i < zd_engine_count(e); i++)
    json_array_append_new(ids, json_string(zd_engine_control(e, i)->id));
  schema = zd_config_schema(zd_engine_params(e), ids);
  rc = json_dumpf(schema, stdout, JSON_INDENT(2) | JSON_SORT_KEYS);
  putchar('\n');
  json_decref(schema);
  json_decref(ids);
  return rc || fflush(stdout) ? ZD_EXIT_RUNTIME : ZD_EXIT_OK;
}

int zd_cmd_config(int argc, char **argv)
{
  struct config_opts o;
  struct zd_engine_opts eo = {0};
  struct zd_engine *e = NULL;
  struct zd_error err;
  int rc;
  zd_error_clear(&err);
  if(parse(argc, argv, &o))
    return ZD_EXIT_RUNTIME;
  eo.controls_dir = o.controls_dir;
  if(zd_engine_new(&eo, &e, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  if(!strcmp(o.verb, "init"))
    rc = cmd_init(e, &o);
  else if(!strcmp(o.verb, "check"))
    rc = cmd_check(e, &o);
  else
    rc = cmd_schema(e);
  zd_engine_free(e);
  return rc;
}

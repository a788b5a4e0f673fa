/* SPDX-License-Identifier: MIT
 * config_check.c — test driver: loads a config file against the built-in
 * controls and prints "ok" and what it holds, or the error exactly as the
 * CLI would show it ("file:line: message").
 * usage: zd_config_check FILE         one line: ok ... or the error
 *        zd_config_check FILE dump    the records and parameters as JSON
 *        zd_config_check --params     the declared parameter names
 * $ZD_TEST_CONTROLS_DIR, when set, replaces the built-in controls. */
#include "config/config.h"
#include "engine/engine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
  struct zd_engine_opts eo = {0};
  struct zd_engine *e = NULL;
  struct zd_config *c = NULL;
  struct zd_error err = {0};
  struct zd_config_rules rules;
  char msg[600];
  char *params;
  if(argc != 2 && argc != 3) {
    fprintf(stderr, "usage: %s FILE [dump]\n", argv[0]);
    return 2;
  }
  eo.controls_dir = getenv("ZD_TEST_CONTROLS_DIR");
  if(!zd_engine_new(&eo, &e, &err))
    zd_engine_config_rules(e, &rules);
  if(!e || (strcmp(argv[1], "--params") &&
            zd_config_load(argv[1], &rules, &c, &err))) {
    printf("%s\n", zd_error_format(&err, msg, sizeof(msg)));
    zd_engine_free(e);
    return 1;
  }
  if(!strcmp(argv[1], "--params")) {
    const char *name;
    json_t *v;
    json_object_foreach(zd_engine_params(e), name, v)
      printf("%s\n", name);
    zd_engine_free(e);
    return 0;
  }
  if(argc == 3) {
    json_t *a = json_array(), *x = json_array();
    for(size_t i = 0; i < zd_config_attestation_count(c); i++)
      json_array_append_new(a, zd_config_attestation(c, i));
    for(size_t i = 0; i < zd_config_exception_count(c); i++)
      json_array_append_new(x, zd_config_exception(c, i));
    json_t *all = json_pack("{s:o, s:o, s:O}", "attestations", a,
                            "exceptions", x, "parameters",
                            zd_config_params(c));
    json_dumpf(all, stdout, JSON_SORT_KEYS | JSON_INDENT(1));
    putchar('\n');
    json_decref(all);
    zd_config_free(c);
    zd_engine_free(e);
    return 0;
  }
  params = json_dumps(zd_config_params(c), JSON_SORT_KEYS | JSON_COMPACT);
  printf("ok attestations=%zu exceptions=%zu subdomain=%s healthcare=%s "
         "params=%s\n", zd_config_attestation_count(c),
         zd_config_exception_count(c),
         zd_config_subdomain(c) ? zd_config_subdomain(c) : "-",
         zd_config_healthcare(c) ? zd_config_healthcare(c) : "-", params);
  free(params);
  zd_config_free(c);
  zd_engine_free(e);
  return 0;
}

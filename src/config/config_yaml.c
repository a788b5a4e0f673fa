/* SPDX-License-Identifier: MIT
 * config_yaml.c — loading one YAML document with libyaml and walking it
 * (see config_yaml.h). libyaml does the parsing; this only adapts it to
 * zd_error and to the lookups the config code repeats. */
#include "config/config_yaml.h"

#include <string.h>

zd_code zd_yaml_load(struct zd_yaml *y, const char *path, const char *text,
                     size_t len, struct zd_error *err)
{
  yaml_parser_t p;
  yaml_document_t extra;
  zd_code rc = ZD_OK;
  memset(y, 0, sizeof(*y));
  y->path = path;
  if((rc = zd_yaml_check_depth(path, text, len, err)) != ZD_OK)
    return rc;
  if(!yaml_parser_initialize(&p))
    return zd_error_set(err, ZD_ERR_INTERNAL, path, 0,
                        "cannot start the YAML parser");
  yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
  if(!yaml_parser_load(&p, &y->doc))
    goto syntax;
  y->loaded = 1;
  /* a second document would be silently ignored: refuse it */
  if(!yaml_parser_load(&p, &extra))
    goto syntax;
  if(yaml_document_get_root_node(&extra)) {
    rc = zd_error_set(err, ZD_ERR_PARSE, path,
                      (int)extra.start_mark.line + 1,
                      "a second YAML document; the file must hold one");
    yaml_document_delete(&extra);
    goto done;
  }
  yaml_document_delete(&extra);
  goto done;
syntax:
  rc = zd_error_set(err, ZD_ERR_PARSE, path, (int)p.problem_mark.line + 1,
                    "YAML: %s%s%s", p.problem ? p.problem : "syntax error",
                    p.context ? " " : "", p.context ? p.context : "");
done:
  yaml_parser_delete(&p);
  if(rc != ZD_OK)
    zd_yaml_free(y);
  return rc;
}

void zd_yaml_free(struct zd_yaml *y)
{
  if(y->loaded)
    yaml_document_delete(&y->doc);
  y->loaded = 0;
}

yaml_node_t *zd_yaml_root(struct zd_yaml *y)
{
  return y->loaded ? yaml_document_get_root_node(&y->doc) : NULL;
}

yaml_node_t *zd_yaml_get(struct zd_yaml *y, int index)
{
  return yaml_document_get_node(&y->doc, index);
}

int zd_yaml_line(const yaml_node_t *n)
{
  return n ? (int)n->start_mark.line + 1 : 0;
}

const char *zd_yaml_text(const yaml_node_t *n)
{
  return n && n->type == YAML_SCALAR_NODE
         ? (const char *)n->data.scalar.value : NULL;
}

int zd_yaml_is_null(const yaml_node_t *n)
{
  const char *s = zd_yaml_text(n);
  if(!s || n->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
    return 0;
  return !*s || !strcmp(s, "~") || !strcmp(s, "null") ||
         !strcmp(s, "Null") || !strcmp(s, "NULL");
}

static yaml_node_pair_t *find_pair(struct zd_yaml *y, yaml_node_t *map,
                                   const char *key)
{
  yaml_node_pair_t *pr;
  if(!map || map->type != YAML_MAPPING_NODE)
    return NULL;
  for(pr = map->data.mapping.pairs.start; pr < map->data.mapping.pairs.top;
      pr++) {
    const char *s = zd_yaml_text(zd_yaml_get(y, pr->key));
    if(s && !strcmp(s, key))
      return pr;
  }
  return NULL;
}

yaml_node_t *zd_yaml_key(struct zd_yaml *y, yaml_node_t *map,
                         const char *key)
{
  yaml_node_pair_t *pr = find_pair(y, map, key);
  return pr ? zd_yaml_get(y, pr->key) : NULL;
}

yaml_node_t *zd_yaml_lookup(struct zd_yaml *y, yaml_node_t *map,
                            const char *key)
{
  yaml_node_pair_t *pr = find_pair(y, map, key);
  return pr ? zd_yaml_get(y, pr->value) : NULL;
}

/* SPDX-License-Identifier: MIT
 * config_yaml.h — the little of libyaml the config code needs: load one
 * document from memory, walk nodes, and report errors with file and line.
 * Internal to src/config (config.c reads, config_edit.c edits). */
#ifndef ZD_CONFIG_YAML_H
#define ZD_CONFIG_YAML_H
#include <stddef.h>
#include <yaml.h>
#include "core/error.h"

struct zd_yaml {
  yaml_document_t doc;
  int loaded;
  const char *path;    /* borrowed, for messages */
};

/* Parses 'text' ('len' bytes) as exactly one YAML document. Syntax errors
 * carry 'path' and the line. An empty file loads with no root. */
zd_code zd_yaml_load(struct zd_yaml *y, const char *path, const char *text,
                     size_t len, struct zd_error *err);
void zd_yaml_free(struct zd_yaml *y);
/* Refuses text nested deeper than ZD_MAX_YAML_DEPTH, in one linear pass
 * before libyaml parses it (yaml_depth.c); zd_yaml_load calls it. */
zd_code zd_yaml_check_depth(const char *path, const char *text, size_t len,
                            struct zd_error *err);
/* The root node, or NULL for an empty document. */
yaml_node_t *zd_yaml_root(struct zd_yaml *y);
yaml_node_t *zd_yaml_get(struct zd_yaml *y, int index);
/* 1-based line of a node, as people count. */
int zd_yaml_line(const yaml_node_t *n);
/* The text of a scalar node, or NULL for any other node. */
const char *zd_yaml_text(const yaml_node_t *n);
/* True for a plain scalar that YAML reads as null: "", "~", "null". */
int zd_yaml_is_null(const yaml_node_t *n);
/* The value of 'key' in mapping 'map', or NULL when absent. */
yaml_node_t *zd_yaml_lookup(struct zd_yaml *y, yaml_node_t *map,
                            const char *key);
/* The key node of 'key' in mapping 'map', or NULL. */
yaml_node_t *zd_yaml_key(struct zd_yaml *y, yaml_node_t *map,
                         const char *key);

#endif

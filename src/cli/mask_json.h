/* SPDX-License-Identifier: MIT
 * mask_json.h — masking the PHI and credentials found in a JSON document's
 * string values, in place (see mask_json.c). */
#ifndef ZD_CLI_MASK_JSON_H
#define ZD_CLI_MASK_JSON_H
#include <stddef.h>
#include <jansson.h>
#include "scan/scan.h"

/* Masks every finding of 'sc' in the strings of 'doc'; '*count' gets how
 * many. Returns 0, or -1 when a string could not be scanned (too large,
 * too deep): the document must then not be used as masked. */
int zd_cli_mask_json(struct zd_scanner *sc, json_t *doc, size_t *count);

#endif

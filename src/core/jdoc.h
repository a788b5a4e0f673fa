/* SPDX-License-Identifier: MIT
 * jdoc.h — a read-only JSON document for snapshot files: parsed in one
 * pass into a flat array of 16-byte nodes, object keys interned. It is
 * what the Lua views and `scan --snapshot` read instead of a jansson tree
 * (docs/snapshot.md, "Reading speed"): ~10x faster to parse than jansson
 * here, and freed in one go.
 *
 * Short strings (and keys) are decoded into the document's own text; a
 * long one (an article body) stays where it is in the file, which a large
 * file is mapped for, never written: such a string is decoded when asked
 * for (zd_jdoc_str with a scratch buffer), and the file's pages can be
 * given back and read again (zd_jdoc_release), so memory does not hold
 * the whole file.
 *
 * It accepts exactly what jansson accepts with JSON_REJECT_DUPLICATES |
 * JSON_ALLOW_NUL (an object or array at the top, UTF-8 strings, \u0000,
 * no duplicate keys, integers that fit in 64 bits, finite reals, depth up
 * to 2048), so a file loads, or fails, as it did before. */
#ifndef ZD_JDOC_H
#define ZD_JDOC_H
#include <stddef.h>
#include <stdint.h>
#include <jansson.h>
#include "core/error.h"

typedef enum zd_jtype {
  ZD_J_NONE = 0,  /* no such value (absent key, index out of range) */
  ZD_J_NULL, ZD_J_FALSE, ZD_J_TRUE, ZD_J_INT, ZD_J_REAL, ZD_J_STRING,
  ZD_J_ARRAY, ZD_J_OBJECT
} zd_jtype;

/* A value of a document: an index into its nodes. The root is 0. */
typedef uint32_t zd_jref;
#define ZD_JREF_NONE UINT32_MAX

/* Where a string's bytes are (zd_jnode.where). */
enum {
  ZD_JS_TEXT = 0,   /* decoded, in 'text' */
  ZD_JS_FILE,       /* in the file ('buf') as they are: no escape in them */
  ZD_JS_ESCAPED     /* in the file, escaped: decoded when asked for */
};

struct zd_jnode {
  uint8_t type;        /* zd_jtype */
  uint8_t where;       /* strings: ZD_JS_* */
  uint8_t pad[2];
  uint32_t n;          /* string length (decoded); array/object entries */
  union {
    int64_t i;         /* ZD_J_INT */
    double d;          /* ZD_J_REAL */
    uint64_t off;      /* ZD_J_STRING: offset in 'text', or in 'buf' */
    uint64_t first;    /* containers: first entry in 'kids' */
  } u;
};

struct zd_jkey {
  uint64_t off;            /* in 'text' */
  uint32_t len;
  uint32_t hash;
};

struct zd_map;
struct zd_jdoc {
  const char *buf;         /* the file: mapped (read-only), or malloc'd */
  size_t len;
  struct zd_map *map;      /* the mapping, or NULL (then 'buf' is freed) */
  char *text;              /* decoded short strings and keys */
  size_t ntext;
  struct zd_jnode *nodes;
  size_t nnodes;
  uint32_t *kids;          /* arrays: values; objects: key id, value */
  size_t nkids;
  struct zd_jkey *keys;    /* distinct object keys */
  size_t nkeys;
  int refs;
};

/* Parses 'buf' (malloc'd, 'len' bytes, with at least ZD_JDOC_PAD bytes
 * after them that the parser may overwrite); takes it over, also on
 * failure. 'path' names the file in errors (line and column). */
#define ZD_JDOC_PAD 64
zd_code zd_jdoc_parse(char *buf, size_t len, const char *path,
                      struct zd_jdoc **out, struct zd_error *err);
/* Reads and parses the file at 'path' (at most 'max' bytes). With 'map'
 * set, a large file is mapped instead of read (the caller then asks
 * zd_jdoc_check whether it stayed the same while it was used). */
zd_code zd_jdoc_load(const char *path, size_t max, int map,
                     struct zd_jdoc **out, struct zd_error *err);
/* ZD_OK, or, when the file behind a mapped document was cut short or
 * written since it was parsed, an error naming 'path' (what was read
 * from it then is not what was checked). */
zd_code zd_jdoc_check(const struct zd_jdoc *d, const char *path,
                      struct zd_error *err);
/* A document holding what 'j' holds (an object or array). */
struct zd_jdoc *zd_jdoc_from_json(const json_t *j);
/* Reference counting: a document lives while anything holds it. */
struct zd_jdoc *zd_jdoc_incref(struct zd_jdoc *d);
void zd_jdoc_decref(struct zd_jdoc *d);

static inline zd_jtype zd_jdoc_type(const struct zd_jdoc *d, zd_jref r)
{
  return r == ZD_JREF_NONE ? ZD_J_NONE : (zd_jtype)d->nodes[r].type;
}
/* Entries of an array or object (0 otherwise). */
static inline size_t zd_jdoc_count(const struct zd_jdoc *d, zd_jref r)
{
  zd_jtype t = zd_jdoc_type(d, r);
  return t == ZD_J_ARRAY || t == ZD_J_OBJECT ? d->nodes[r].n : 0;
}
/* A buffer a string may be decoded into (zd_jdoc_str); zero it first,
 * free 'p' after. */
struct zd_jscratch {
  char *p;
  size_t cap;
};
/* Writes the 'nodes[r].n' decoded bytes of string 'r' to 'out'. */
void zd_jdoc_decode(const struct zd_jdoc *d, zd_jref r, char *out);
/* zd_jdoc_str's slow path: string 'r' decoded into 'tmp'. */
const char *zd_jdoc_str_escaped(const struct zd_jdoc *d, zd_jref r,
                                struct zd_jscratch *tmp);
/* The bytes of a string (NULL if not one); '*len' its length. They are
 * the document's own, or, for a long escaped string, decoded into 'tmp'
 * (valid until its next use). */
static inline const char *zd_jdoc_str(const struct zd_jdoc *d, zd_jref r,
                                      size_t *len, struct zd_jscratch *tmp)
{
  const struct zd_jnode *nd;
  if(zd_jdoc_type(d, r) != ZD_J_STRING)
    return NULL;
  nd = &d->nodes[r];
  *len = nd->n;
  if(nd->where == ZD_JS_TEXT)
    return d->text + nd->u.off;
  if(nd->where == ZD_JS_FILE)
    return d->buf + nd->u.off;
  return zd_jdoc_str_escaped(d, r, tmp);
}
/* Where the bytes of string 'r' begin in the file ('buf'), or UINT64_MAX
 * when they are in the document's text. */
static inline uint64_t zd_jdoc_str_pos(const struct zd_jdoc *d, zd_jref r)
{
  if(zd_jdoc_type(d, r) != ZD_J_STRING || d->nodes[r].where == ZD_JS_TEXT)
    return UINT64_MAX;
  return d->nodes[r].u.off;
}
/* Gives back the memory of the file's bytes [from, to) of a mapped
 * document (whole pages only; nothing for another): the long strings
 * there are read again from the file when next asked for. */
void zd_jdoc_release(const struct zd_jdoc *d, uint64_t from, uint64_t to);
/* Element 'i' (from 0) of an array. */
static inline zd_jref zd_jdoc_at(const struct zd_jdoc *d, zd_jref r,
                                 size_t i)
{
  if(zd_jdoc_type(d, r) != ZD_J_ARRAY || i >= d->nodes[r].n)
    return ZD_JREF_NONE;
  return d->kids[d->nodes[r].u.first + i];
}
/* Member 'i' (from 0, file order) of an object: its value, key in '*key'. */
zd_jref zd_jdoc_member(const struct zd_jdoc *d, zd_jref r, size_t i,
                       const char **key, size_t *klen);
/* The value of 'key' in an object. */
zd_jref zd_jdoc_get(const struct zd_jdoc *d, zd_jref r, const char *key,
                    size_t klen);
/* Position of 'key' in an object, or (size_t)-1. */
size_t zd_jdoc_index_of(const struct zd_jdoc *d, zd_jref r, const char *key,
                        size_t klen);
/* A jansson copy of the value (new reference). */
json_t *zd_jdoc_to_json(const struct zd_jdoc *d, zd_jref r);

#endif

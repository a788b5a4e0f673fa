/* SPDX-License-Identifier: MIT
 * config_edit.c — `zdaudit attest`: adds one attestation to zdaudit.yaml
 * by inserting text, so comments, order and formatting of everything else
 * stay byte for byte; the result is re-validated before it replaces the
 * file (atomically, permissions kept). Two `attest` runs at once are
 * serialised by a lock on the file's directory, and each reads the file
 * again under the lock, so neither loses the other's entry. */
#include "config/config.h"
#include "config/config_yaml.h"
#include "core/alloc.h"
#include "core/buf.h"
#include "core/fsutil.h"
#include "core/limits.h"
#include "core/timeutil.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

/* Byte offset of ('line', 'col') in 'text', columns counted in
 * characters as libyaml counts them. */
static size_t offset_of(const char *text, size_t len, size_t line,
                        size_t col)
{
  size_t off = 0;
  while(line && off < len) {
    const char *nl = memchr(text + off, '\n', len - off);
    if(!nl)
      return len;
    off = (size_t)(nl - text) + 1;
    line--;
  }
  while(col && off < len && text[off] != '\n') {
    off++;
    while(off < len && ((unsigned char)text[off] & 0xC0) == 0x80)
      off++;
    col--;
  }
  return off;
}

/* Offset just past the end of the line holding 'off' (its '\n'). */
static size_t end_of_line(const char *text, size_t len, size_t off)
{
  const char *nl = memchr(text + off, '\n', len - off);
  return nl ? (size_t)(nl - text) + 1 : len;
}

/* The node whose end ends 'n''s content: the last scalar or flow
 * collection inside it. Block collections end where the next token
 * starts (maybe lines later, after comments), so they are not used. */
static yaml_node_t *last_leaf(struct zd_yaml *y, yaml_node_t *n)
{
  for(int depth = 0; n && depth < ZD_MAX_CONFIG_DEPTH; depth++) {
    if(n->type == YAML_SEQUENCE_NODE &&
       n->data.sequence.style == YAML_BLOCK_SEQUENCE_STYLE &&
       n->data.sequence.items.top > n->data.sequence.items.start)
      n = zd_yaml_get(y, n->data.sequence.items.top[-1]);
    else if(n->type == YAML_MAPPING_NODE &&
            n->data.mapping.style == YAML_BLOCK_MAPPING_STYLE &&
            n->data.mapping.pairs.top > n->data.mapping.pairs.start)
      n = zd_yaml_get(y, n->data.mapping.pairs.top[-1].value);
    else
      return n;
  }
  return n;
}

/* Appends 's' as a YAML double-quoted scalar: every character that could
 * end the scalar, break the line or be read as a line break is escaped,
 * so no value can add keys or entries of its own. */
static int add_quoted(struct zd_buf *b, const char *s)
{
  int rc = zd_buf_addc(b, '"');
  for(const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if(*p == '"' || *p == '\\')
      rc |= zd_buf_printf(b, "\\%c", *p);
    else if(*p == '\n')
      rc |= zd_buf_adds(b, "\\n");
    else if(*p == '\t')
      rc |= zd_buf_adds(b, "\\t");
    else if(*p < 0x20 || *p == 0x7F)
      rc |= zd_buf_printf(b, "\\x%02X", *p);
    else if(p[0] == 0xC2 && p[1] == 0x85) {        /* NEL */
      rc |= zd_buf_adds(b, "\\N");
      p++;
    }
    else if(p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
      rc |= zd_buf_adds(b, p[2] == 0xA8 ? "\\L" : "\\P");  /* LS, PS */
      p += 2;
    }
    else if(p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {  /* BOM */
      rc |= zd_buf_adds(b, "\\uFEFF");
      p += 2;
    }
    else
      rc |= zd_buf_addc(b, (char)*p);
  }
  rc |= zd_buf_addc(b, '"');
  return rc ? -1 : 0;
}

/* The entry as block lines: "- control: …" at column 'dash', the other
 * keys at column 'keycol'; 'nl' is the file's line ending. */
static int block_entry(struct zd_buf *b, const struct zd_attestation *a,
                       size_t dash, size_t keycol, const char *nl)
{
  const char *keys[] = {"control", "statement", "owner", "evidence"};
  const char *vals[] = {a->control, a->statement, a->owner, a->evidence};
  int rc = 0;
  for(size_t i = 0; i < 4; i++) {
    if(!vals[i])
      continue;
    if(i == 0) {
      rc |= zd_buf_printf(b, "%*s-", (int)dash, "");
      rc |= zd_buf_printf(b, "%*s", (int)(keycol - dash - 1), "");
    }
    else
      rc |= zd_buf_printf(b, "%*s", (int)keycol, "");
    rc |= zd_buf_printf(b, "%s: ", keys[i]);
    rc |= add_quoted(b, vals[i]);
    rc |= zd_buf_adds(b, nl);
    if(i == 2)
      rc |= zd_buf_printf(b, "%*sdate: %s%s%*sexpires: %s%s", (int)keycol, "",
                          a->date, nl, (int)keycol, "", a->expires, nl);
  }
  return rc ? -1 : 0;
}

/* The entry as a flow mapping, for `attestations: [ … ]`. */
static int flow_entry(struct zd_buf *b, const struct zd_attestation *a)
{
  int rc = zd_buf_adds(b, "{control: ");
  rc |= add_quoted(b, a->control);
  rc |= zd_buf_adds(b, ", statement: ");
  rc |= add_quoted(b, a->statement);
  rc |= zd_buf_adds(b, ", owner: ");
  rc |= add_quoted(b, a->owner);
  rc |= zd_buf_printf(b, ", date: %s, expires: %s", a->date, a->expires);
  if(a->evidence) {
    rc |= zd_buf_adds(b, ", evidence: ");
    rc |= add_quoted(b, a->evidence);
  }
  rc |= zd_buf_addc(b, '}');
  return rc ? -1 : 0;
}

/* Where and what to insert: text[0..cut) + insert + text[resume..]. */
struct edit {
  size_t cut, resume;
  struct zd_buf insert;
};

static zd_code plan(const char *path, const char *text, size_t len,
                    const struct zd_attestation *a, struct edit *ed,
                    struct zd_error *err)
{
  const char *lf = memchr(text, '\n', len);
  const char *nl = lf && lf > text && lf[-1] == '\r' ? "\r\n" : "\n";
  struct zd_yaml y;
  yaml_node_t *root, *key, *seq;
  size_t keycol = 0;
  int rc = 0;
  zd_code zrc = zd_yaml_load(&y, path, text, len, err);
  if(zrc != ZD_OK)
    return zrc;
  root = zd_yaml_root(&y);
  if(root && !zd_yaml_is_null(root) &&
     (root->type != YAML_MAPPING_NODE ||
      root->data.mapping.style != YAML_BLOCK_MAPPING_STYLE)) {
    zd_yaml_free(&y);
    return zd_error_set(err, ZD_ERR_INVALID, path, zd_yaml_line(root),
                        "the file is not a block mapping; add the "
                        "attestation by hand");
  }
  key = zd_yaml_key(&y, root, "attestations");
  seq = zd_yaml_lookup(&y, root, "attestations");
  if(root && !zd_yaml_is_null(root) && root->data.mapping.pairs.top >
     root->data.mapping.pairs.start)
    keycol = zd_yaml_get(&y, root->data.mapping.pairs.start->key)
               ->start_mark.column;
  if(!key) {
    /* no attestations yet: a new block at the end of the file */
    ed->cut = ed->resume = len;
    if(len && text[len - 1] != '\n')
      rc |= zd_buf_adds(&ed->insert, nl);
    rc |= zd_buf_printf(&ed->insert, "%s%*sattestations:%s", len ? nl : "",
                        (int)keycol, "", nl);
    rc |= block_entry(&ed->insert, a, keycol + 2, keycol + 4, nl);
  }
  else if(zd_yaml_is_null(seq) ||
          (seq->type == YAML_SEQUENCE_NODE &&
           seq->data.sequence.items.top == seq->data.sequence.items.start)) {
    /* "attestations:", "attestations: ~" or "attestations: []" */
    size_t kc = key->start_mark.column;
    ed->cut = offset_of(text, len, seq->start_mark.line,
                        seq->start_mark.column);
    ed->resume = offset_of(text, len, seq->end_mark.line,
                           seq->end_mark.column);
    /* keep whatever follows on the key's line (a comment) */
    rc |= zd_buf_add(&ed->insert, text + ed->resume,
                     end_of_line(text, len, ed->resume) - ed->resume);
    ed->resume = end_of_line(text, len, ed->resume);
    if(!ed->insert.len || ed->insert.data[ed->insert.len - 1] != '\n')
      rc |= zd_buf_adds(&ed->insert, nl);
    rc |= block_entry(&ed->insert, a, kc + 2, kc + 4, nl);
  }
  else if(seq->type == YAML_SEQUENCE_NODE &&
          seq->data.sequence.style == YAML_FLOW_SEQUENCE_STYLE) {
    /* [ {…}, {…} ]: one more item before the closing bracket */
    size_t end = offset_of(text, len, seq->end_mark.line,
                           seq->end_mark.column);
    while(end > 0 && text[end - 1] != ']')
      end--;
    ed->cut = ed->resume = end ? end - 1 : 0;
    rc |= zd_buf_adds(&ed->insert, ", ");
    rc |= flow_entry(&ed->insert, a);
  }
  else if(seq->type == YAML_SEQUENCE_NODE) {
    /* a block sequence: after the last entry, in the same layout */
    yaml_node_t *first = zd_yaml_get(&y, seq->data.sequence.items.start[0]);
    yaml_node_t *leaf = last_leaf(&y, zd_yaml_get(
      &y, seq->data.sequence.items.top[-1]));
    size_t dash = seq->start_mark.column;
    size_t kc = first->type == YAML_MAPPING_NODE &&
                first->start_mark.column > dash
                ? first->start_mark.column : dash + 2;
    size_t at = offset_of(text, len, leaf->end_mark.line,
                          leaf->end_mark.column);
    if(leaf->end_mark.column > 0)
      at = end_of_line(text, len, at);
    ed->cut = ed->resume = at;
    if(at == len && len && text[len - 1] != '\n')
      rc |= zd_buf_adds(&ed->insert, nl);
    rc |= block_entry(&ed->insert, a, dash, kc, nl);
  }
  else {
    zd_code c = zd_error_set(err, ZD_ERR_INVALID, path, zd_yaml_line(seq),
                             "attestations must be a list");
    zd_yaml_free(&y);
    return c;
  }
  zd_yaml_free(&y);
  if(rc)
    return zd_error_set(err, ZD_ERR_LIMIT, path, 0, "the attestation is too "
                        "large");
  return ZD_OK;
}

/* Validates what will be recorded before touching the file. */
static zd_code check_input(const char *path, const struct zd_attestation *a,
                           struct zd_error *err)
{
  const char *fields[] = {a->statement, a->owner, a->evidence};
  const char *names[] = {"statement (--statement)", "owner (--owner)",
                         "evidence (--evidence)"};
  time_t d, x;
  json_t *utf8;
  if(!a->control || !*a->control)
    return zd_error_set(err, ZD_ERR_NOTFOUND, path, 0, "which control? "
                        "(see zdaudit controls)");
  if(!a->owner || !*a->owner || !a->statement || !*a->statement)
    return zd_error_set(err, ZD_ERR_USAGE, path, 0, "an attestation needs "
                        "an owner and a statement");
  for(size_t i = 0; i < 3; i++) {
    if(!fields[i])
      continue;
    /* The config reader skips white space before a value, so such a
     * value would not read back as given: say so instead of guessing. */
    if(isspace((unsigned char)fields[i][0]))
      return zd_error_set(err, ZD_ERR_USAGE, path, 0, "the %s begins with "
                          "white space, which the config file does not "
                          "keep; remove it and run again", names[i]);
    if(!(utf8 = json_string(fields[i])))
      return zd_error_set(err, ZD_ERR_USAGE, path, 0, "the attestation is "
                          "not valid UTF-8");
    json_decref(utf8);
  }
  if(!a->date || strlen(a->date) != 10 || zd_time_parse(a->date, &d))
    return zd_error_set(err, ZD_ERR_USAGE, path, 0, "the date is not "
                        "YYYY-MM-DD: '%.40s'", a->date ? a->date : "");
  if(!a->expires || strlen(a->expires) != 10 || zd_time_parse(a->expires, &x))
    return zd_error_set(err, ZD_ERR_USAGE, path, 0, "the expiry is not "
                        "YYYY-MM-DD: '%.40s'", a->expires ? a->expires : "");
  if(x < d)
    return zd_error_set(err, ZD_ERR_USAGE, path, 0, "the attestation would "
                        "expire (%s) before its date (%s)", a->expires,
                        a->date);
  return ZD_OK;
}

/* True when 'c' holds one attestation more than 'before' and the last one
 * is 'a', field for field. */
static int recorded(const struct zd_config *c, size_t before,
                    const struct zd_attestation *a)
{
  json_t *j = zd_config_attestation(c, before);
  const char *ev = json_string_value(json_object_get(j, "evidence"));
  int ok = j && zd_config_attestation_count(c) == before + 1;
  const char *const pairs[][2] = {
    {"control", a->control}, {"statement", a->statement},
    {"owner", a->owner}, {"date", a->date}, {"expires", a->expires},
  };
  for(size_t i = 0; ok && i < sizeof(pairs) / sizeof(pairs[0]); i++)
    ok = !strcmp(json_string_value(json_object_get(j, pairs[i][0])),
                 pairs[i][1]);
  if(ok)
    ok = a->evidence ? ev && !strcmp(ev, a->evidence) : !ev;
  json_decref(j);
  return ok;
}

/* Locks the directory that holds 'file' (flock, exclusive, waits): the
 * file itself is replaced by rename, so a lock on it would be a lock on a
 * file that is gone. Returns the descriptor to close, or -1. */
static int lock_dir_of(const char *file, struct zd_error *err)
{
  const char *slash = strrchr(file, '/');
  char *dir = !slash ? zd_strdup(".")
            : slash == file ? zd_strdup("/")
            : zd_strndup(file, (size_t)(slash - file));
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if(fd < 0)
    zd_error_set(err, ZD_ERR_IO, dir, 0, "cannot open the directory of the "
                 "config file: %s", strerror(errno));
  else
    while(flock(fd, LOCK_EX) < 0) {
      if(errno == EINTR)
        continue;
      zd_error_set(err, ZD_ERR_IO, dir, 0, "cannot lock the directory of "
                   "the config file: %s", strerror(errno));
      close(fd);
      fd = -1;
      break;
    }
  free(dir);
  return fd;
}

zd_code zd_config_attest(const char *path,
                         const struct zd_config_rules *rules,
                         const struct zd_attestation *a,
                         struct zd_error *err)
{
  struct zd_config *before = NULL, *after = NULL;
  struct edit ed;
  struct zd_buf out;
  struct stat st;
  char *text = NULL, *real = NULL;
  size_t len = 0;
  unsigned mode = 0644;
  int lock = -1;
  zd_code rc;
  memset(&ed, 0, sizeof(ed));
  zd_buf_init(&ed.insert, ZD_MAX_CONFIG_FILE);
  zd_buf_init(&out, ZD_MAX_CONFIG_FILE);
  if((rc = check_input(path, a, err)) != ZD_OK)
    goto done;
  /* write through a symlink to its target, keeping the target's mode */
  real = realpath(path, NULL);
  if((lock = lock_dir_of(real ? real : path, err)) < 0) {
    rc = err ? err->code : ZD_ERR_IO;
    goto done;
  }
  /* Everything from here is read under the lock. */
  if(!stat(real ? real : path, &st)) {
    mode = st.st_mode & 07777;
    if(!S_ISREG(st.st_mode)) {
      rc = zd_error_set(err, ZD_ERR_INVALID, path, 0, "not a regular file; "
                        "the attestation was not recorded");
      goto done;
    }
    if(!(st.st_mode & 0222) || access(real ? real : path, W_OK)) {
      rc = zd_error_set(err, ZD_ERR_IO, path, 0, "the file is read-only; "
                        "the attestation was not recorded (make it "
                        "writable first)");
      goto done;
    }
  }
  rc = zd_read_file(real ? real : path, ZD_MAX_CONFIG_FILE, &text, &len,
                    err);
  if(rc == ZD_ERR_NOTFOUND) {
    text = zd_strdup("# zdaudit configuration: parameters, attestations "
                     "and exceptions (docs/config.md).\n");
    len = strlen(text);
  }
  else if(rc != ZD_OK)
    goto done;
  if((rc = zd_config_parse(path, text, len, rules, &before, err)) != ZD_OK ||
     (rc = plan(path, text, len, a, &ed, err)) != ZD_OK)
    goto done;
  if(zd_buf_add(&out, text, ed.cut) ||
     zd_buf_add(&out, zd_buf_str(&ed.insert), ed.insert.len) ||
     zd_buf_add(&out, text + ed.resume, len - ed.resume)) {
    rc = zd_error_set(err, ZD_ERR_LIMIT, path, 0, "the file would be "
                      "larger than %lu bytes",
                      (unsigned long)ZD_MAX_CONFIG_FILE);
    goto done;
  }
  /* the edited file must still be valid and hold exactly one more */
  rc = zd_config_parse(path, zd_buf_str(&out), out.len, rules, &after,
                       err);
  if(rc == ZD_OK && !recorded(after, zd_config_attestation_count(before),
                              a))
    rc = zd_error_set(err, ZD_ERR_INTERNAL, path, 0, "could not add the "
                      "attestation safely; add it by hand (docs/config.md)");
  if(rc == ZD_OK)
    rc = zd_write_atomic(real ? real : path, zd_buf_str(&out), out.len,
                         mode, err);
done:
  if(lock >= 0)
    close(lock);    /* releases the lock, after the rename */
  zd_config_free(before);
  zd_config_free(after);
  zd_buf_free(&ed.insert);
  zd_buf_free(&out);
  free(text);
  free(real);
  return rc;
}

/* SPDX-License-Identifier: MIT
 * package.c — writes an evidence package: every member into a gzip tar
 * (libarchive), hashed as it is written, then MANIFEST.json naming each
 * member with its size and SHA-256, then MANIFEST.sig when a key is given.
 * Members carry one fixed time, owner and mode, so the same inputs give
 * the same bytes. */
#include "evidence/evidence.h"
#include "evidence/evidence_int.h"
#include "core/alloc.h"
#include "core/digest.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CHUNK (64 * 1024)

int zd_member_name_ok(const char *name)
{
  const char *p = name, *part = name;
  size_t len = strlen(name);
  if(!len || len > 255 || name[0] == '/')
    return -1;
  for(;; p++) {
    if(*p == '/' || !*p) {
      size_t n = (size_t)(p - part);
      if(!n || (n == 1 && part[0] == '.') ||
         (n == 2 && part[0] == '.' && part[1] == '.'))
        return -1;
      if(!*p)
        return 0;
      part = p + 1;
    }
    else if((unsigned char)*p < 0x20 || (unsigned char)*p > 0x7e ||
            *p == '\\')
      return -1;
  }
}

static zd_code archive_fail(struct archive *a, const char *what,
                            struct zd_error *err)
{
  return zd_error_set(err, ZD_ERR_IO, what, 0, "cannot write the package: %s",
                      archive_error_string(a) ? archive_error_string(a)
                                              : "libarchive error");
}

static zd_code put_header(struct archive *a, const char *name, size_t size,
                          long long mtime, struct zd_error *err)
{
  struct archive_entry *e = archive_entry_new();
  int r;
  archive_entry_set_pathname(e, name);
  archive_entry_set_size(e, (la_int64_t)size);
  archive_entry_set_filetype(e, AE_IFREG);
  archive_entry_set_perm(e, 0644);
  archive_entry_set_mtime(e, (time_t)mtime, 0);
  archive_entry_set_uid(e, 0);
  archive_entry_set_gid(e, 0);
  r = archive_write_header(a, e);
  archive_entry_free(e);
  return r == ARCHIVE_OK ? ZD_OK : archive_fail(a, name, err);
}

/* Writes 'n' bytes of data, hashing them. */
static zd_code put_data(struct archive *a, const char *name, const void *p,
                        size_t n, struct zd_sha256 *h, struct zd_error *err)
{
  zd_sha256_update(h, p, n);
  while(n) {
    la_ssize_t w = archive_write_data(a, p, n);
    if(w <= 0)
      return archive_fail(a, name, err);
    p = (const char *)p + w;
    n -= (size_t)w;
  }
  return ZD_OK;
}

/* Packs one member; fills its manifest entry 'file'. */
static zd_code put_member(struct archive *a, const struct zd_evidence_member *m,
                          long long mtime, json_t *file, struct zd_error *err)
{
  struct zd_sha256 h;
  unsigned char d[ZD_SHA256_LEN];
  char hex[ZD_SHA256_HEX_LEN + 1];
  size_t size = m->len, done = 0;
  zd_code rc = ZD_OK;
  int fd = -1;
  zd_sha256_init(&h);
  if(!m->data) {
    struct stat st;
    fd = open(m->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if(fd < 0)
      return zd_error_set(err, errno == ENOENT ? ZD_ERR_NOTFOUND : ZD_ERR_IO,
                          m->path, 0, "cannot open: %s", strerror(errno));
    if(fstat(fd, &st) || !S_ISREG(st.st_mode)) {
      close(fd);
      return zd_error_set(err, ZD_ERR_INVALID, m->path, 0,
                          "not a regular file");
    }
    size = (size_t)st.st_size;
  }
  rc = put_header(a, m->name, size, mtime, err);
  if(!rc && m->data)
    rc = put_data(a, m->name, m->data, size, &h, err);
  else if(!rc) {
    char *buf = zd_malloc(CHUNK);
    while(!rc && done < size) {
      size_t want = size - done < CHUNK ? size - done : CHUNK;
      ssize_t r = read(fd, buf, want);
      if(r < 0 && errno == EINTR)
        continue;
      if(r <= 0) {
        rc = zd_error_set(err, ZD_ERR_IO, m->path, 0, "%s", r < 0
                          ? strerror(errno)
                          : "the file shrank while it was packed");
        break;
      }
      rc = put_data(a, m->name, buf, (size_t)r, &h, err);
      done += (size_t)r;
    }
    free(buf);
  }
  if(fd >= 0)
    close(fd);
  if(rc)
    return rc;
  zd_sha256_final(&h, d);
  json_object_set_new(file, "path", json_string(m->name));
  json_object_set_new(file, "size", json_integer((json_int_t)size));
  json_object_set_new(file, "sha256", json_string(zd_hex(d, sizeof(d), hex)));
  return ZD_OK;
}

/* The signature member for the manifest's exact bytes. */
static char *signature_doc(const char *manifest, size_t len,
                           const unsigned char sk[ZD_SK_LEN])
{
  unsigned char sig[ZD_SIG_LEN], pk[ZD_PK_LEN];
  char id[17], *pk64, *sig64, *text;
  json_t *doc = json_object();
  crypto_sign_detached(sig, NULL, (const unsigned char *)manifest, len, sk);
  crypto_sign_ed25519_sk_to_pk(pk, sk);
  zd_key_id(pk, id);
  pk64 = zd_b64(pk, sizeof(pk));
  sig64 = zd_b64(sig, sizeof(sig));
  json_object_set_new(doc, "schema", json_string(ZD_SIGNATURE_FORMAT));
  json_object_set_new(doc, "algorithm", json_string("ed25519"));
  json_object_set_new(doc, "signed", json_string(ZD_EVIDENCE_MANIFEST));
  json_object_set_new(doc, "key_id", json_string(id));
  json_object_set_new(doc, "public_key", json_string(pk64));
  json_object_set_new(doc, "signature", json_string(sig64));
  text = json_dumps(doc, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(doc);
  free(pk64);
  free(sig64);
  return text;
}

zd_code zd_evidence_write(const struct zd_evidence_member *members, size_t n,
                          const struct zd_evidence_opts *opts, FILE *out,
                          struct zd_error *err)
{
  unsigned char sk[ZD_SK_LEN];
  struct archive *a = NULL;
  json_t *manifest = NULL, *files;
  char *text = NULL, *sig = NULL;
  zd_code rc = ZD_OK;
  int have_key = 0;

  for(size_t i = 0; i < n; i++) {
    if(zd_member_name_ok(members[i].name) ||
       !strcmp(members[i].name, ZD_EVIDENCE_MANIFEST) ||
       !strcmp(members[i].name, ZD_EVIDENCE_SIGNATURE))
      return zd_error_set(err, ZD_ERR_INTERNAL, members[i].name, 0,
                          "not a valid member name");
    for(size_t j = 0; j < i; j++)
      if(!strcmp(members[i].name, members[j].name))
        return zd_error_set(err, ZD_ERR_USAGE, members[i].name, 0,
                            "two files would have the same name in the "
                            "package");
  }
  if(opts->sign_key) {
    if((rc = zd_key_load_secret(opts->sign_key, sk, err)))
      return rc;
    have_key = 1;
  }
  a = archive_write_new();
  if(archive_write_set_format_pax_restricted(a) ||
     archive_write_add_filter_gzip(a) ||
     archive_write_set_filter_option(a, "gzip", "timestamp", NULL) ||
     archive_write_open_FILE(a, out)) {
    rc = archive_fail(a, "package", err);
    goto done;
  }
  manifest = json_object();
  json_object_set_new(manifest, "schema", json_string(ZD_EVIDENCE_FORMAT));
  if(opts->info)
    json_object_update(manifest, opts->info);
  files = json_array();
  json_object_set_new(manifest, "files", files);
  for(size_t i = 0; i < n && !rc; i++) {
    json_t *f = json_object();
    rc = put_member(a, &members[i], opts->mtime, f, err);
    json_array_append_new(files, f);
  }
  if(rc)
    goto done;
  text = json_dumps(manifest, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  if((rc = put_header(a, ZD_EVIDENCE_MANIFEST, strlen(text), opts->mtime,
                      err)))
    goto done;
  {
    struct zd_sha256 h;
    zd_sha256_init(&h);
    if((rc = put_data(a, ZD_EVIDENCE_MANIFEST, text, strlen(text), &h, err)))
      goto done;
  }
  if(have_key) {
    struct zd_sha256 h;
    sig = signature_doc(text, strlen(text), sk);
    zd_sha256_init(&h);
    if((rc = put_header(a, ZD_EVIDENCE_SIGNATURE, strlen(sig), opts->mtime,
                        err)) ||
       (rc = put_data(a, ZD_EVIDENCE_SIGNATURE, sig, strlen(sig), &h, err)))
      goto done;
  }
  if(archive_write_close(a) != ARCHIVE_OK)
    rc = archive_fail(a, "package", err);
done:
  if(have_key)
    sodium_memzero(sk, sizeof(sk));
  if(a)
    archive_write_free(a);
  json_decref(manifest);
  free(text);
  free(sig);
  return rc;
}

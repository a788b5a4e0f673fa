/* SPDX-License-Identifier: MIT
 * verify.c — checks an evidence package: every member against the size
 * and SHA-256 that MANIFEST.json gives, nothing missing, nothing added,
 * no unsafe member, and the Ed25519 signature of the manifest (against a
 * given public key when there is one). Members are hashed as they are
 * read, so a package of any size is checked in constant memory. */
#include "evidence/evidence.h"
#include "evidence/evidence_int.h"
#include "core/alloc.h"
#include "core/digest.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK (64 * 1024)
#define MAX_MANIFEST (64u << 20)
#define MAX_SIGNATURE (64u << 10)
#define MAX_MEMBERS 1000000

static void problem(struct zd_verify_result *res, const char *file,
                    const char *what)
{
  json_t *p = json_object();
  json_object_set_new(p, "file", json_string(file));
  json_object_set_new(p, "problem", json_string(what));
  json_array_append_new(res->problems, p);
}

/* Reads the current member: hashes it into 'hex' and, when 'keep' is not
 * NULL, keeps up to 'max' bytes of it there (NUL-terminated). */
static int read_member(struct archive *a, char hex[ZD_SHA256_HEX_LEN + 1],
                       long long *size, char **keep, size_t max)
{
  struct zd_sha256 h;
  unsigned char d[ZD_SHA256_LEN];
  char *buf = zd_malloc(CHUNK);
  size_t kept = 0;
  la_ssize_t r;
  *size = 0;
  zd_sha256_init(&h);
  if(keep)
    *keep = NULL;
  while((r = archive_read_data(a, buf, CHUNK)) > 0) {
    zd_sha256_update(&h, buf, (size_t)r);
    *size += r;
    if(keep) {
      if(kept + (size_t)r > max) {
        free(*keep);
        *keep = NULL;
        free(buf);
        return -2;
      }
      *keep = zd_realloc(*keep, kept + (size_t)r + 1);
      memcpy(*keep + kept, buf, (size_t)r);
      kept += (size_t)r;
      (*keep)[kept] = '\0';
    }
  }
  free(buf);
  if(r < 0) {
    if(keep) {
      free(*keep);
      *keep = NULL;
    }
    return -1;
  }
  if(keep && !*keep)
    *keep = zd_strdup("");
  zd_sha256_final(&h, d);
  zd_hex(d, sizeof(d), hex);
  return 0;
}

/* Checks the signature document 'sigdoc' over 'manifest'. 'want' is the
 * required public key, or NULL to take the one the package names. */
static void check_signature(struct zd_verify_result *res, const char *sigdoc,
                            const char *manifest,
                            const unsigned char *want)
{
  unsigned char pk[ZD_PK_LEN], sig[ZD_SIG_LEN];
  json_t *doc = json_loads(sigdoc, JSON_REJECT_DUPLICATES, NULL);
  const char *pk64 = json_string_value(json_object_get(doc, "public_key"));
  const char *sig64 = json_string_value(json_object_get(doc, "signature"));
  const char *alg = json_string_value(json_object_get(doc, "algorithm"));
  res->signature = "invalid";
  if(!doc || !pk64 || !sig64 || !alg || strcmp(alg, "ed25519") ||
     zd_unb64(pk64, pk, sizeof(pk)) || zd_unb64(sig64, sig, sizeof(sig))) {
    problem(res, ZD_EVIDENCE_SIGNATURE, "not a valid signature document");
    json_decref(doc);
    return;
  }
  zd_key_id(want ? want : pk, res->key_id);
  if(crypto_sign_verify_detached(sig, (const unsigned char *)manifest,
                                 strlen(manifest), want ? want : pk) == 0)
    res->signature = "valid";
  else if(want && sodium_memcmp(want, pk, sizeof(pk)) != 0) {
    res->signature = "wrong key";
    problem(res, ZD_EVIDENCE_SIGNATURE, "signed by another key");
  }
  else
    problem(res, ZD_EVIDENCE_SIGNATURE,
            "the signature does not match MANIFEST.json");
  json_decref(doc);
}

/* Compares what was read ('seen': name -> {sha256, size}) with the
 * manifest's file list. */
static void compare(struct zd_verify_result *res, json_t *seen)
{
  json_t *files = json_object_get(res->manifest, "files"), *f;
  json_t *listed = json_object();
  const char *name;
  size_t i;
  json_t *v;
  if(!json_is_array(files)) {
    problem(res, ZD_EVIDENCE_MANIFEST, "has no file list");
    json_decref(listed);
    return;
  }
  json_array_foreach(files, i, f) {
    const char *path = json_string_value(json_object_get(f, "path"));
    const char *sha = json_string_value(json_object_get(f, "sha256"));
    json_t *size = json_object_get(f, "size"), *got;
    if(!path || !sha || !json_is_integer(size)) {
      problem(res, ZD_EVIDENCE_MANIFEST, "has a malformed file entry");
      continue;
    }
    json_object_set_new(listed, path, json_true());
    got = json_object_get(seen, path);
    if(!got)
      problem(res, path, "missing");
    else if(strcmp(json_string_value(json_object_get(got, "sha256")), sha) ||
            json_integer_value(json_object_get(got, "size")) !=
              json_integer_value(size))
      problem(res, path, "changed");
  }
  json_object_foreach(seen, name, v) {
    if(!json_object_get(listed, name) && strcmp(name, ZD_EVIDENCE_MANIFEST) &&
       strcmp(name, ZD_EVIDENCE_SIGNATURE))
      problem(res, name, "unexpected");
  }
  json_decref(listed);
}

zd_code zd_evidence_verify(const char *package, const char *pubkey_file,
                           struct zd_verify_result *res, struct zd_error *err)
{
  unsigned char want[ZD_PK_LEN];
  struct archive *a;
  struct archive_entry *e;
  json_t *seen = json_object();
  char *manifest = NULL, *sigdoc = NULL;
  zd_code rc = ZD_OK;
  int r;

  memset(res, 0, sizeof(*res));
  res->problems = json_array();
  res->signature = "none";
  if(pubkey_file && (rc = zd_key_load_public(pubkey_file, want, err))) {
    json_decref(seen);
    return rc;
  }
  a = archive_read_new();
  archive_read_support_filter_gzip(a);
  archive_read_support_format_tar(a);
  if(archive_read_open_filename(a, package, CHUNK) != ARCHIVE_OK) {
    rc = zd_error_set(err, ZD_ERR_IO, package, 0, "cannot read: %s",
                      archive_error_string(a));
    goto done;
  }
  while((r = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
    const char *name = archive_entry_pathname(e);
    char hex[ZD_SHA256_HEX_LEN + 1];
    long long size;
    json_t *rec;
    int got;
    if(++res->files > MAX_MEMBERS) {
      rc = zd_error_set(err, ZD_ERR_LIMIT, package, 0,
                        "more than %d files: not a zdaudit package",
                        MAX_MEMBERS);
      goto done;
    }
    if(!name || zd_member_name_ok(name)) {
      problem(res, name ? name : "(no name)", "unsafe name");
      continue;
    }
    if(archive_entry_filetype(e) != AE_IFREG) {
      problem(res, name, "not a regular file");
      continue;
    }
    if(json_object_get(seen, name)) {
      problem(res, name, "duplicate");
      continue;
    }
    if(!strcmp(name, ZD_EVIDENCE_MANIFEST))
      got = read_member(a, hex, &size, &manifest, MAX_MANIFEST);
    else if(!strcmp(name, ZD_EVIDENCE_SIGNATURE))
      got = read_member(a, hex, &size, &sigdoc, MAX_SIGNATURE);
    else
      got = read_member(a, hex, &size, NULL, 0);
    if(got == -2) {
      problem(res, name, "too large");
      continue;
    }
    if(got) {
      rc = zd_error_set(err, ZD_ERR_PARSE, package, 0,
                        "the archive is damaged at %s: %s", name,
                        archive_error_string(a));
      goto done;
    }
    rec = json_object();
    json_object_set_new(rec, "sha256", json_string(hex));
    json_object_set_new(rec, "size", json_integer(size));
    json_object_set_new(seen, name, rec);
  }
  if(r != ARCHIVE_EOF) {
    rc = zd_error_set(err, ZD_ERR_PARSE, package, 0,
                      "not a readable tar.gz: %s", archive_error_string(a));
    goto done;
  }
  if(!manifest) {
    rc = zd_error_set(err, ZD_ERR_INVALID, package, 0,
                      "not a zdaudit evidence package: it has no "
                      ZD_EVIDENCE_MANIFEST);
    goto done;
  }
  if((json_int_t)strlen(manifest) != json_integer_value(json_object_get(
       json_object_get(seen, ZD_EVIDENCE_MANIFEST), "size"))) {
    rc = zd_error_set(err, ZD_ERR_INVALID, package, 0,
                      ZD_EVIDENCE_MANIFEST " holds a NUL byte");
    goto done;
  }
  res->manifest = json_loads(manifest, JSON_REJECT_DUPLICATES, NULL);
  if(!json_is_object(res->manifest) ||
     !json_string_value(json_object_get(res->manifest, "schema")) ||
     strcmp(json_string_value(json_object_get(res->manifest, "schema")),
            ZD_EVIDENCE_FORMAT)) {
    json_decref(res->manifest);
    res->manifest = NULL;
    rc = zd_error_set(err, ZD_ERR_INVALID, package, 0,
                      ZD_EVIDENCE_MANIFEST " is not a " ZD_EVIDENCE_FORMAT
                      " manifest");
    goto done;
  }
  compare(res, seen);
  if(sigdoc)
    check_signature(res, sigdoc, manifest, pubkey_file ? want : NULL);
  else if(pubkey_file)
    problem(res, ZD_EVIDENCE_SIGNATURE,
            "missing: the package is not signed");
done:
  archive_read_free(a);
  json_decref(seen);
  free(manifest);
  free(sigdoc);
  return rc;
}

int zd_verify_ok(const struct zd_verify_result *res, int key_required)
{
  if(json_array_size(res->problems))
    return 0;
  if(key_required)
    return !strcmp(res->signature, "valid");
  return strcmp(res->signature, "invalid") && strcmp(res->signature,
                                                     "wrong key");
}

void zd_verify_result_free(struct zd_verify_result *res)
{
  json_decref(res->problems);
  json_decref(res->manifest);
  memset(res, 0, sizeof(*res));
}

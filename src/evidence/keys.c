/* SPDX-License-Identifier: MIT
 * keys.c — Ed25519 key files for signing evidence (libsodium): creating a
 * pair, reading the secret key only from a private file, reading a public
 * key, and the short key id people compare. Key formats: docs/evidence.md. */
#include "evidence/evidence.h"
#include "evidence/evidence_int.h"
#include "core/alloc.h"
#include "core/digest.h"
#include "core/fsutil.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SECRET_TAG "ed25519-secret:"
#define PUBLIC_TAG "ed25519:"
#define MAX_KEY_FILE 4096

char *zd_b64(const unsigned char *p, size_t n)
{
  size_t len = sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL);
  char *s = zd_malloc(len);
  sodium_bin2base64(s, len, p, n, sodium_base64_VARIANT_ORIGINAL);
  return s;
}

int zd_unb64(const char *s, unsigned char *out, size_t n)
{
  size_t got = 0;
  const char *end = NULL;
  if(sodium_base642bin(out, n, s, strlen(s), NULL, &got, &end,
                       sodium_base64_VARIANT_ORIGINAL) || got != n ||
     (end && *end))
    return -1;
  return 0;
}

void zd_key_id(const unsigned char pk[ZD_PK_LEN], char out[17])
{
  unsigned char h[ZD_SHA256_LEN];
  zd_sha256_bytes(pk, ZD_PK_LEN, h);
  zd_hex(h, 8, out);
}

/* Reads the key file's one meaningful line (after '#' comment lines) that
 * starts with 'tag' and decodes it into 'out' ('n' bytes). 'private'
 * requires a regular file owned by us and unreadable by others. The
 * file's text never reaches a message. */
static zd_code load_key(const char *path, const char *tag, int private,
                        unsigned char *out, size_t n, struct zd_error *err)
{
  struct stat st;
  char *data = NULL, *line, *save = NULL;
  size_t len = 0;
  zd_code rc;
  int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if(fd < 0)
    return zd_error_set(err, errno == ENOENT ? ZD_ERR_NOTFOUND : ZD_ERR_IO,
                        path, 0, "cannot open the key file: %s",
                        strerror(errno));
  if(fstat(fd, &st) || !S_ISREG(st.st_mode)) {
    close(fd);
    return zd_error_set(err, ZD_ERR_INVALID, path, 0,
                        "the key file is not a regular file");
  }
  if(private && st.st_uid != geteuid()) {
    close(fd);
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "the secret key file belongs to another user; it "
                        "must be yours and mode 0600");
  }
  if(private && (st.st_mode & 077)) {
    close(fd);
    return zd_error_set(err, ZD_ERR_AUTH, path, 0,
                        "the secret key file is mode %04o: others can read "
                        "it; run chmod 600 on it",
                        (unsigned)(st.st_mode & 07777));
  }
  rc = zd_read_fd(fd, path, MAX_KEY_FILE, &data, &len, err);
  close(fd);
  if(rc)
    return rc;
  rc = zd_error_set(err, ZD_ERR_PARSE, path, 0,
                    "not a zdaudit %s key file (expected a line "
                    "'%sBASE64', see zdaudit keygen --help)",
                    private ? "secret" : "public", tag);
  for(line = strtok_r(data, "\r\n", &save); line;
      line = strtok_r(NULL, "\r\n", &save)) {
    if(line[0] == '#' || !line[0])
      continue;
    if(!strncmp(line, tag, strlen(tag)) &&
       !zd_unb64(line + strlen(tag), out, n)) {
      zd_error_clear(err);
      rc = ZD_OK;
    }
    break;
  }
  sodium_memzero(data, len);
  free(data);
  return rc;
}

zd_code zd_key_load_secret(const char *path, unsigned char sk[ZD_SK_LEN],
                           struct zd_error *err)
{
  return load_key(path, SECRET_TAG, 1, sk, ZD_SK_LEN, err);
}

zd_code zd_key_load_public(const char *path, unsigned char pk[ZD_PK_LEN],
                           struct zd_error *err)
{
  return load_key(path, PUBLIC_TAG, 0, pk, ZD_PK_LEN, err);
}

/* Writes 'text' to a new file 'path' (never replacing one) with 'mode'. */
static zd_code write_new(const char *path, const char *text, unsigned mode,
                         struct zd_error *err)
{
  size_t len = strlen(text), off = 0;
  int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                mode);
  if(fd < 0)
    return zd_error_set(err, errno == EEXIST ? ZD_ERR_USAGE : ZD_ERR_IO,
                        path, 0, "%s", errno == EEXIST
                        ? "already exists: zdaudit never overwrites a key"
                        : strerror(errno));
  while(off < len) {
    ssize_t w = write(fd, text + off, len - off);
    if(w < 0 && errno == EINTR)
      continue;
    if(w <= 0)
      break;
    off += (size_t)w;
  }
  {
    int bad = off < len || fsync(fd);
    int e = errno;
    if(close(fd) && !bad) {
      bad = 1;
      e = errno;
    }
    if(bad) {
      unlink(path);
      return zd_error_set(err, ZD_ERR_IO, path, 0, "cannot write: %s",
                          strerror(e));
    }
  }
  return ZD_OK;
}

zd_code zd_evidence_keygen(const char *secret_path, char key_id[17],
                           struct zd_error *err)
{
  unsigned char pk[ZD_PK_LEN], sk[ZD_SK_LEN];
  char *pub_path, *b64, *text;
  zd_code rc;
  if(sodium_init() < 0)
    return zd_error_set(err, ZD_ERR_INTERNAL, "libsodium", 0,
                        "cannot initialise");
  pub_path = zd_asprintf("%s.pub", secret_path);
  if(access(pub_path, F_OK) == 0) {
    rc = zd_error_set(err, ZD_ERR_USAGE, pub_path, 0,
                      "already exists: zdaudit never overwrites a key");
    free(pub_path);
    return rc;
  }
  crypto_sign_keypair(pk, sk);
  zd_key_id(pk, key_id);
  b64 = zd_b64(sk, sizeof(sk));
  text = zd_asprintf("# zdaudit Ed25519 secret key %s: signs evidence "
                     "packages. Keep it private.\n" SECRET_TAG "%s\n",
                     key_id, b64);
  rc = write_new(secret_path, text, 0600, err);
  sodium_memzero(b64, strlen(b64));
  sodium_memzero(text, strlen(text));
  sodium_memzero(sk, sizeof(sk));
  free(b64);
  free(text);
  if(rc == ZD_OK) {
    b64 = zd_b64(pk, sizeof(pk));
    text = zd_asprintf("# zdaudit Ed25519 public key %s: verifies evidence "
                       "packages (zdaudit verify --key).\n" PUBLIC_TAG "%s\n",
                       key_id, b64);
    rc = write_new(pub_path, text, 0644, err);
    if(rc)
      unlink(secret_path);
    free(b64);
    free(text);
  }
  free(pub_path);
  return rc;
}

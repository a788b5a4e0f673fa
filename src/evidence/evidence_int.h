/* SPDX-License-Identifier: MIT
 * evidence_int.h — what the evidence files share: key files, signatures
 * and member-name rules. Not for use outside src/evidence. */
#ifndef ZD_EVIDENCE_INT_H
#define ZD_EVIDENCE_INT_H
#include <stddef.h>
#include <sodium.h>
#include "core/error.h"

#define ZD_PK_LEN crypto_sign_PUBLICKEYBYTES
#define ZD_SK_LEN crypto_sign_SECRETKEYBYTES
#define ZD_SIG_LEN crypto_sign_BYTES

/* 0 when 'name' may name a member: relative, '/'-separated, printable
 * ASCII, no empty, "." or ".." part, at most 255 bytes. */
int zd_member_name_ok(const char *name);

/* Reads the secret key file (must be a regular file of ours, mode 0600). */
zd_code zd_key_load_secret(const char *path, unsigned char sk[ZD_SK_LEN],
                           struct zd_error *err);
/* Reads a public key file ("ed25519:BASE64" on one line). */
zd_code zd_key_load_public(const char *path, unsigned char pk[ZD_PK_LEN],
                           struct zd_error *err);
/* The key id: 16 hex digits of SHA-256(pk). */
void zd_key_id(const unsigned char pk[ZD_PK_LEN], char out[17]);

/* Base64 (standard alphabet, padded) of 'n' bytes into a new string. */
char *zd_b64(const unsigned char *p, size_t n);
/* Decodes exactly 'n' bytes of base64; 0 on success. */
int zd_unb64(const char *s, unsigned char *out, size_t n);

#endif

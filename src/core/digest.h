/* SPDX-License-Identifier: MIT
 * digest.h — SHA-256 and HMAC-SHA-256 (libsodium), as raw bytes or lower-
 * case hex. One place for the hashes that prove evidence unchanged
 * (evidence manifests), name results (deterministic ids) and fingerprint
 * findings without keeping their values. */
#ifndef ZD_DIGEST_H
#define ZD_DIGEST_H
#include <stddef.h>
#include <stdint.h>

#define ZD_SHA256_LEN 32
#define ZD_SHA256_HEX_LEN 64  /* without the NUL */

/* Streaming SHA-256 (opaque state big enough for libsodium's). */
struct zd_sha256 {
  _Alignas(64) unsigned char state[128];
};
void zd_sha256_init(struct zd_sha256 *h);
void zd_sha256_update(struct zd_sha256 *h, const void *p, size_t n);
void zd_sha256_final(struct zd_sha256 *h, unsigned char out[ZD_SHA256_LEN]);

/* One-shot SHA-256 of 'n' bytes. */
void zd_sha256_bytes(const void *p, size_t n, unsigned char out[ZD_SHA256_LEN]);
/* HMAC-SHA-256 of 'n' bytes under 'key'. */
void zd_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
                    unsigned char out[ZD_SHA256_LEN]);
/* Writes 'n' bytes as lower-case hex plus a NUL into 'out' (2n+1 bytes). */
char *zd_hex(const unsigned char *p, size_t n, char *out);

#endif

/* SPDX-License-Identifier: MIT
 * digest.c — SHA-256 and HMAC-SHA-256 through libsodium (see digest.h). */
#include "core/digest.h"

#include <sodium.h>
#include <stdlib.h>

_Static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(struct zd_sha256),
               "struct zd_sha256 too small for libsodium's state");

/* libsodium must be initialised once before use; its SHA-256 needs no
 * random source, but sodium_init also picks the fastest implementation. */
static void ensure_init(void)
{
  static int done;
  if(!done) {
    if(sodium_init() < 0)
      abort();
    done = 1;
  }
}

void zd_sha256_init(struct zd_sha256 *h)
{
  ensure_init();
  crypto_hash_sha256_init((crypto_hash_sha256_state *)(void *)h->state);
}

void zd_sha256_update(struct zd_sha256 *h, const void *p, size_t n)
{
  crypto_hash_sha256_update((crypto_hash_sha256_state *)(void *)h->state,
                            p, n);
}

void zd_sha256_final(struct zd_sha256 *h, unsigned char out[ZD_SHA256_LEN])
{
  crypto_hash_sha256_final((crypto_hash_sha256_state *)(void *)h->state, out);
}

void zd_sha256_bytes(const void *p, size_t n, unsigned char out[ZD_SHA256_LEN])
{
  ensure_init();
  crypto_hash_sha256(out, p, n);
}

void zd_hmac_sha256(const void *key, size_t keylen, const void *p, size_t n,
                    unsigned char out[ZD_SHA256_LEN])
{
  crypto_auth_hmacsha256_state st;
  ensure_init();
  crypto_auth_hmacsha256_init(&st, key, keylen);
  crypto_auth_hmacsha256_update(&st, p, n);
  crypto_auth_hmacsha256_final(&st, out);
  sodium_memzero(&st, sizeof(st));
}

char *zd_hex(const unsigned char *p, size_t n, char *out)
{
  static const char digits[] = "0123456789abcdef";
  for(size_t i = 0; i < n; i++) {
    out[2 * i] = digits[p[i] >> 4];
    out[2 * i + 1] = digits[p[i] & 15];
  }
  out[2 * n] = '\0';
  return out;
}

/* SPDX-License-Identifier: MIT
 * evidence.h — the evidence package an auditor can verify.
 *
 * A package is a gzip-compressed tar of regular files ("members") and
 * MANIFEST.json, which names every member with its size and SHA-256, and
 * optionally MANIFEST.sig, an Ed25519 signature of MANIFEST.json's exact
 * bytes (docs/evidence.md). The CLI decides what goes in (snapshot,
 * results, HTML report, registers, attestation evidence files); this part
 * only packs, hashes, signs and verifies, so it knows nothing of controls. */
#ifndef ZD_EVIDENCE_H
#define ZD_EVIDENCE_H
#include <stdio.h>
#include <jansson.h>
#include "core/error.h"

#define ZD_EVIDENCE_FORMAT "zdaudit/evidence/1"
#define ZD_SIGNATURE_FORMAT "zdaudit/signature/1"
#define ZD_EVIDENCE_MANIFEST "MANIFEST.json"
#define ZD_EVIDENCE_SIGNATURE "MANIFEST.sig"

/* One member: bytes in memory ('data', 'len'), or the file 'path' on disk
 * when 'data' is NULL (read as it is packed; it must not change meanwhile).
 * 'name' is the member's path inside the package: relative, '/'-separated,
 * no "." or ".." parts. */
struct zd_evidence_member {
  const char *name;
  const void *data;
  size_t len;
  const char *path;
};

struct zd_evidence_opts {
  const char *sign_key;   /* secret key file (zdaudit keygen), or NULL */
  long long mtime;        /* time stamp of every member (reproducible) */
  json_t *info;           /* borrowed: merged into MANIFEST.json (tool,
                             account, baseline, created_at, values, …) */
};

/* Writes the package to 'out' (the caller opens and renames it). */
zd_code zd_evidence_write(const struct zd_evidence_member *members, size_t n,
                          const struct zd_evidence_opts *opts, FILE *out,
                          struct zd_error *err);

/* What verify found. 'problems' is an array of {"file", "problem"} objects
 * (problem: "changed", "missing", "unexpected", "size", "unsafe name",
 * "not a regular file", "duplicate"); 'signature' one of "none", "valid",
 * "invalid", "wrong key"; 'key_id' the signer's key id when signed. */
struct zd_verify_result {
  json_t *problems;
  json_t *manifest;       /* the package's MANIFEST.json, or NULL */
  const char *signature;
  char key_id[17];
  size_t files;           /* members checked */
};
/* Verifies 'package' against its manifest and, when 'pubkey_file' is
 * given, requires a valid signature by that key. Returns ZD_OK when the
 * package could be read (look at 'res' for the verdict), an error when it
 * could not (not a tar.gz, no manifest, unreadable key). */
zd_code zd_evidence_verify(const char *package, const char *pubkey_file,
                           struct zd_verify_result *res, struct zd_error *err);
/* True when 'res' shows an intact package (and a valid signature by the
 * required key, when one was required). */
int zd_verify_ok(const struct zd_verify_result *res, int key_required);
void zd_verify_result_free(struct zd_verify_result *res);

/* Creates a new Ed25519 key pair: the secret key in 'secret_path' (mode
 * 0600, never overwritten) and the public key in 'secret_path'.pub. The
 * key id (16 hex digits) is written to 'key_id'. */
zd_code zd_evidence_keygen(const char *secret_path, char key_id[17],
                           struct zd_error *err);

#endif

/* SPDX-License-Identifier: MIT
 * cmd_verify.c — `zdaudit verify` checks an evidence package (every file
 * against MANIFEST.json, the signature against a trusted key) and names
 * what differs; `zdaudit keygen` makes the Ed25519 key pair that signs. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "core/msgs.h"
#include "evidence/evidence.h"

#include <getopt.h>
#include <string.h>

static const char verify_usage[] =
  "usage: zdaudit verify PACKAGE [--key PUBKEY] [--format text|json]\n"
  "\n"
  "Checks an evidence package written by `zdaudit evidence`: every file's\n"
  "size and SHA-256 against MANIFEST.json, no file missing and none added,\n"
  "no unsafe entry, and the signature of MANIFEST.json. With --key the\n"
  "package must be signed by that public key (KEYFILE.pub from `zdaudit\n"
  "keygen`); without it a signature is checked against the key the\n"
  "package names, which proves nothing about who signed it.\n"
  "\n"
  "options:\n"
  "  -k, --key PUBKEY     the trusted public key file\n"
  "  -f, --format FORMAT  text (default) or json\n"
  "  -h, --help           this help\n"
  "\n"
  "exit codes: 0 verified; 2 verification failed (each file that differs\n"
  "is named); 1 usage error, or not a readable package.\n";

static const char keygen_usage[] =
  "usage: zdaudit keygen -o KEYFILE\n"
  "\n"
  "Creates an Ed25519 key pair for signing evidence packages: the secret\n"
  "key in KEYFILE (mode 0600) and the public key in KEYFILE.pub, which you\n"
  "give to the auditor. Existing files are never overwritten. Keep the\n"
  "secret key out of the repository and off shared disks.\n"
  "\n"
  "options:\n"
  "  -o, --output KEYFILE  where to write the secret key\n"
  "  -h, --help            this help\n"
  "\n"
  "exit codes: 0 written; 1 usage error or the key could not be written.\n";

static void print_text(const char *package, const struct zd_verify_result *r,
                       int ok, int keyed)
{
  const json_t *pr;
  size_t i;
  json_array_foreach(r->problems, i, pr)
    printf("%s: %s\n", json_string_value(json_object_get(pr, "file")),
           json_string_value(json_object_get(pr, "problem")));
  if(ok)
    printf("%s: verified, %zu files", package, r->files);
  else
    printf("%s: NOT verified", package);
  if(!strcmp(r->signature, "valid"))
    printf("; signed by key %s%s\n", r->key_id,
           keyed ? "" : " (not checked against a trusted key: give --key)");
  else if(!strcmp(r->signature, "none"))
    printf("; not signed%s\n", ok ? ": the hashes show it is complete, not "
           "who made it" : "");
  else
    printf("; signature %s\n", r->signature);
}

int zd_cmd_verify(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"key", required_argument, NULL, 'k'},
    {"format", required_argument, NULL, 'f'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  const char *key = NULL, *package = NULL;
  struct zd_verify_result r;
  struct zd_error err;
  int c, json = 0, ok;
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":k:f:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'k': key = optarg; break;
    case 'f':
      if(zd_cli_text_or_json(optarg, &json))
        return ZD_EXIT_RUNTIME;
      break;
    default:
      return zd_cli_option_end(c, "verify", argv, longopts, verify_usage);
    }
  }
  if(optind + 1 != argc) {
    zd_errorf("give one package to verify (see zdaudit verify --help)");
    return ZD_EXIT_RUNTIME;
  }
  package = argv[optind];
  zd_error_clear(&err);
  if(zd_evidence_verify(package, key, &r, &err)) {
    zd_error_print(&err);
    zd_verify_result_free(&r);
    return ZD_EXIT_RUNTIME;
  }
  ok = zd_verify_ok(&r, key != NULL);
  if(json) {
    json_t *doc = json_object();
    json_object_set_new(doc, "schema", json_string("zdaudit/verify/1"));
    json_object_set_new(doc, "package", json_string(package));
    json_object_set_new(doc, "verified", json_boolean(ok));
    json_object_set_new(doc, "files", json_integer((json_int_t)r.files));
    json_object_set_new(doc, "signature", json_string(r.signature));
    json_object_set_new(doc, "key_id", r.key_id[0] ? json_string(r.key_id)
                                                   : json_null());
    json_object_set_new(doc, "trusted_key", json_boolean(key != NULL));
    json_object_set(doc, "problems", r.problems);
    json_dumpf(doc, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    putchar('\n');
    json_decref(doc);
  }
  else
    print_text(package, &r, ok, key != NULL);
  zd_verify_result_free(&r);
  return ok ? ZD_EXIT_OK : ZD_EXIT_FAIL;
}

int zd_cmd_keygen(int argc, char **argv)
{
  static const struct option longopts[] = {
    {"output", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}
  };
  const char *out = NULL;
  struct zd_error err;
  char id[17];
  int c;
  optind = 1;
  opterr = 0;
  while((c = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'o': out = optarg; break;
    default:
      return zd_cli_option_end(c, "keygen", argv, longopts, keygen_usage);
    }
  }
  if(!out || optind < argc) {
    zd_errorf("give the secret key's file name with -o KEYFILE (see "
              "zdaudit keygen --help)");
    return ZD_EXIT_RUNTIME;
  }
  zd_error_clear(&err);
  if(zd_evidence_keygen(out, id, &err)) {
    zd_error_print(&err);
    return ZD_EXIT_RUNTIME;
  }
  printf("key %s: secret key %s (mode 0600), public key %s.pub\n", id, out,
         out);
  return ZD_EXIT_OK;
}

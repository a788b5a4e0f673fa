/* SPDX-License-Identifier: MIT
 * main.c — zdaudit's entry point: global options and the subcommand table. */
#include "cli/cli.h"
#include "cli/suggest.h"
#include "core/cleanup.h"
#include "core/msgs.h"

#include <stdio.h>
#include <string.h>

struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *summary;
};

static const struct command commands[] = {
  {"assess", zd_cmd_assess, "assess a snapshot or a live account against the baseline"},
  {"collect", zd_cmd_collect, "collect an account's configuration into a snapshot"},
  {"doctor", zd_cmd_doctor, "check the credential and account before collecting"},
  {"scan", zd_cmd_scan, "scan files, stdin or a snapshot for PHI and credentials"},
  {"controls", zd_cmd_controls, "list the controls of the baseline"},
  {"explain", zd_cmd_explain, "show one control: requirement, evidence, remediation"},
  {"report", zd_cmd_report, "re-render a saved JSON result in another format"},
  {"attest", zd_cmd_attest, "record an attestation in the configuration file"},
  {"config", zd_cmd_config, "write, check or describe zdaudit.yaml"},
  {"diff", zd_cmd_diff, "what changed between two assessments, and who changed it"},
  {"history", zd_cmd_history, "assessments recorded with assess --history, over time"},
  {"evidence", zd_cmd_evidence, "pack an assessment's evidence for an auditor"},
  {"verify", zd_cmd_verify, "check an evidence package's hashes and signature"},
  {"keygen", zd_cmd_keygen, "create a key pair for signing evidence packages"},
};

static void usage(FILE *out)
{
  fprintf(out,
    "usage: zdaudit <command> [options]\n"
    "\n"
    "Checks a Zendesk account against Zendesk's minimum security configuration\n"
    "for HIPAA- and HDS-enabled accounts (135 controls), and proves it.\n"
    "\n"
    "commands:\n");
  for(size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
    fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf(out,
    "\n"
    "global options:\n"
    "  -h, --help     show help (also: zdaudit <command> --help, or\n"
    "                 zdaudit help <command>)\n"
    "  --version      print the version\n"
    "\n"
    "exit codes of assess: 0 no control failed or errored; 2 at least one\n"
    "`fail`; 3 no `fail` but at least one `error`; 1 usage or runtime error.\n"
    "\n"
    "quick start:  zdaudit assess --snapshot examples/clinic\n"
    "docs:         README.md, docs/ (cli.md, controls.md, snapshot.md, results.md)\n");
}

static const struct command *find_command(const char *name)
{
  for(size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
    if(!strcmp(name, commands[i].name))
      return &commands[i];
  return NULL;
}

/* "unknown command 'asess' (did you mean assess? …)" */
static void unknown_command(const char *name)
{
  const char *names[sizeof(commands) / sizeof(commands[0])];
  const char *hit;
  char shown[128];
  for(size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
    names[i] = commands[i].name;
  hit = zd_cli_closest(name, names, sizeof(names) / sizeof(names[0]));
  /* a token pasted as the command is not repeated (argshow.c) */
  name = zd_cli_shown(name, shown, sizeof(shown));
  if(hit)
    zd_errorf("unknown command '%s' (did you mean %s? see zdaudit --help)",
              name, hit);
  else
    zd_errorf("unknown command '%s' (see zdaudit --help)", name);
}

int main(int argc, char **argv)
{
  const struct command *cmd;
  int rc;
  zd_cleanup_install();
  if(argc < 2) {
    usage(stderr);
    return ZD_EXIT_RUNTIME;
  }
  if(!strcmp(argv[1], "help") && argc > 2) {
    /* zdaudit help assess == zdaudit assess --help */
    char *help_argv[] = {argv[2], (char *)"--help", NULL};
    if(!(cmd = find_command(argv[2]))) {
      unknown_command(argv[2]);
      return ZD_EXIT_RUNTIME;
    }
    rc = cmd->run(2, help_argv);
    fflush(stdout);
    return rc;
  }
  if(!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") ||
     !strcmp(argv[1], "help")) {
    usage(stdout);
    return ZD_EXIT_OK;
  }
  if(!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
    printf("zdaudit %s\n", ZD_VERSION);
    return ZD_EXIT_OK;
  }
  if((cmd = find_command(argv[1]))) {
    rc = cmd->run(argc - 1, argv + 1);
    fflush(stdout);
    if(ferror(stdout)) {
      zd_errorf("cannot write to standard output");
      return ZD_EXIT_RUNTIME;
    }
    return rc;
  }
  if(argv[1][0] == '-') {
    static const struct option global[] = {
      {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}
    };
    zd_cli_unknown_option("", argv[1], global);
    return ZD_EXIT_RUNTIME;
  }
  unknown_command(argv[1]);
  return ZD_EXIT_RUNTIME;
}

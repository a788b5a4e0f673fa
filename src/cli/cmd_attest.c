/* SPDX-License-Identifier: MIT
 * cmd_attest.c — `zdaudit attest`: placeholder until its issue lands. */
#include "cli/cli.h"
#include "core/msgs.h"

int zd_cmd_attest(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  zd_errorf("'attest' is not available in this build yet");
  return ZD_EXIT_RUNTIME;
}

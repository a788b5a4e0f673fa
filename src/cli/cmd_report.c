/* SPDX-License-Identifier: MIT
 * cmd_report.c — `zdaudit report`: placeholder until its issue lands. */
#include "cli/cli.h"
#include "core/msgs.h"

int zd_cmd_report(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  zd_errorf("'report' is not available in this build yet");
  return ZD_EXIT_RUNTIME;
}

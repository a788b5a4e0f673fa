/* SPDX-License-Identifier: MIT
 * cmd_scan.c — `zdaudit scan`: placeholder until its issue lands. */
#include "cli/cli.h"
#include "core/msgs.h"

int zd_cmd_scan(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  zd_errorf("'scan' is not available in this build yet");
  return ZD_EXIT_RUNTIME;
}

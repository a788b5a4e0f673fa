/* SPDX-License-Identifier: MIT
 * cmd_collect.c — `zdaudit collect`: placeholder until its issue lands. */
#include "cli/cli.h"
#include "core/msgs.h"

int zd_cmd_collect(int argc, char **argv)
{
  (void)argc;
  (void)argv;
  zd_errorf("'collect' is not available in this build yet");
  return ZD_EXIT_RUNTIME;
}

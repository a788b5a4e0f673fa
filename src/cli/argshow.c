/* SPDX-License-Identifier: MIT
 * argshow.c — what an error message may repeat of a bad argument: an
 * option's name, never the value glued to it (--token=SECRET, -oSECRET),
 * and no bare argument that looks like a secret (a token pasted in the
 * wrong place). Shown text has its control characters made visible. */
#include "cli/cli.h"
#include "core/safetext.h"

#include <getopt.h>
#include <string.h>

const char *zd_cli_shown(const char *arg, char *buf, size_t n)
{
  char name[80];
  size_t len;
  if(!arg)
    arg = "";
  if(arg[0] == '-' && arg[1] == '-') {
    len = strcspn(arg, "=");
    if(len >= sizeof(name))
      len = sizeof(name) - 1;
    memcpy(name, arg, len);
    name[len] = '\0';
    return zd_visible(name, buf, n, 0);
  }
  if(arg[0] == '-' && arg[1]) {
    name[0] = '-';
    name[1] = arg[1];
    name[2] = '\0';
    return zd_visible(name, buf, n, 0);
  }
  if(zd_looks_secret(arg, strlen(arg))) {
    snprintf(buf, n, "%s", "(a value that looks like a secret; not shown)");
    return buf;
  }
  len = strlen(arg);
  if(len >= sizeof(name))
    len = sizeof(name) - 1;
  memcpy(name, arg, len);
  name[len] = '\0';
  return zd_visible(name, buf, n, 0);
}

const char *zd_cli_optname(char **argv, int missing_value, char *buf,
                           size_t n)
{
  const char *a = optind > 0 ? argv[optind - 1] : "";
  char one[3] = {'-', (char)optopt, '\0'};
  /* An unknown short option may sit inside a cluster ("-xVALUE") that
   * getopt has not stepped past yet: optopt names it, argv does not. */
  if(!missing_value && optopt > 0 && optopt < 128)
    return zd_cli_shown(one, buf, n);
  if(missing_value && !(a[0] == '-' && a[1] == '-') && optopt > 0 &&
     optopt < 128)
    return zd_cli_shown(one, buf, n);
  return zd_cli_shown(a, buf, n);
}

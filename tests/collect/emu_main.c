/* SPDX-License-Identifier: MIT
 * emu_main.c — the emulator as a program, for the CLI tests and bench/:
 * serves until SIGTERM/SIGINT or --max-seconds, then writes its request
 * log and counters as JSON to --log. Listens on 127.0.0.1 only. */
#include "emu.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
  (void)sig;
  stop = 1;
}

static char *slurp(const char *path)
{
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if(!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = calloc(1, (size_t)n + 1);
  if(fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  return buf;
}

int main(int argc, char **argv)
{
  const char *fixtures = NULL, *scenario = NULL, *port_file = NULL;
  const char *log = NULL, *cert = NULL, *key = NULL;
  long max_seconds = 600, port = 0;
  char *cert_pem = NULL, *key_pem = NULL;
  json_t *sc = NULL;
  struct emu *e;
  for(int i = 1; i + 1 < argc; i += 2) {
    if(!strcmp(argv[i], "--fixtures")) fixtures = argv[i + 1];
    else if(!strcmp(argv[i], "--scenario")) scenario = argv[i + 1];
    else if(!strcmp(argv[i], "--port")) port = strtol(argv[i + 1], NULL, 10);
    else if(!strcmp(argv[i], "--port-file")) port_file = argv[i + 1];
    else if(!strcmp(argv[i], "--log")) log = argv[i + 1];
    else if(!strcmp(argv[i], "--tls-cert")) cert = argv[i + 1];
    else if(!strcmp(argv[i], "--tls-key")) key = argv[i + 1];
    else if(!strcmp(argv[i], "--max-seconds"))
      max_seconds = strtol(argv[i + 1], NULL, 10);
    else {
      fprintf(stderr, "zd_emulator: unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if(!fixtures) {
    fprintf(stderr, "usage: zd_emulator --fixtures DIR [--scenario FILE] "
            "[--port N] [--port-file F] [--log F] [--tls-cert F --tls-key F]"
            " [--max-seconds N]\n");
    return 2;
  }
  if(scenario && !(sc = json_load_file(scenario, 0, NULL))) {
    fprintf(stderr, "zd_emulator: cannot load %s\n", scenario);
    return 2;
  }
  if(cert && key) {
    cert_pem = slurp(cert);
    key_pem = slurp(key);
  }
  e = emu_start(fixtures, sc, (unsigned short)port, cert_pem, key_pem);
  if(!e) {
    fprintf(stderr, "zd_emulator: cannot start\n");
    return 1;
  }
  signal(SIGTERM, on_signal);
  signal(SIGINT, on_signal);
  if(port_file) {
    char tmp[4096];
    FILE *f;
    snprintf(tmp, sizeof(tmp), "%s.tmp", port_file);
    f = fopen(tmp, "w");
    if(f) {
      fprintf(f, "%u\n", emu_port(e));
      fclose(f);
      rename(tmp, port_file);
    }
  }
  else
    printf("%u\n", emu_port(e));
  fflush(stdout);
  for(long t = 0; !stop && t < max_seconds * 10; t++)
    usleep(100000);
  if(log) {
    json_t *out = json_pack("{s:o, s:o}", "stats", emu_stats(e), "log",
                            emu_log(e));
    json_dump_file(out, log, JSON_COMPACT);
    json_decref(out);
  }
  emu_stop(e);
  json_decref(sc);
  free(cert_pem);
  free(key_pem);
  return 0;
}

/* SPDX-License-Identifier: MIT
 * cleanup.c — the temporary-file registry and the signal handlers that
 * empty it (see cleanup.h). The handler only uses async-signal-safe calls:
 * unlink, write, signal, raise, _exit. */
#include "core/cleanup.h"
#include "core/msgs.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

/* A run has a report, an action plan and one snapshot file open at once;
 * 16 leaves room. */
#define SLOTS 16

static const char *volatile slots[SLOTS];

int zd_cleanup_add(const char *path)
{
  for(int i = 0; i < SLOTS; i++)
    if(!slots[i]) {
      slots[i] = path;
      return 0;
    }
  return -1;
}

void zd_cleanup_remove(const char *path)
{
  for(int i = 0; i < SLOTS; i++)
    if(slots[i] == path)
      slots[i] = NULL;
}

static void unlink_all(void)
{
  for(int i = 0; i < SLOTS; i++) {
    const char *p = slots[i];
    if(p) {
      slots[i] = NULL;
      unlink(p);
    }
  }
}

static void say(const char *s)
{
  ssize_t rc = write(STDERR_FILENO, s, strlen(s));
  (void)rc;
}

static void on_interrupt(int sig)
{
  (void)sig;
  unlink_all();
  if(zd_progress_drawn)
    say("\r\033[K");
  say("\nzdaudit: interrupted\n");
  _exit(130);
}

static void on_crash(int sig)
{
  unlink_all();
  signal(sig, SIG_DFL);
  raise(sig);
}

void zd_cleanup_install(void)
{
  struct sigaction sa;
  static const int stop[] = {SIGINT, SIGTERM, SIGHUP};
  static const int crash[] = {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL};
  memset(&sa, 0, sizeof(sa));
  sigemptyset(&sa.sa_mask);
  for(size_t i = 0; i < sizeof(stop) / sizeof(stop[0]); i++)
    sigaddset(&sa.sa_mask, stop[i]);
  sa.sa_handler = on_interrupt;
  for(size_t i = 0; i < sizeof(stop) / sizeof(stop[0]); i++) {
    struct sigaction old;
    /* A signal ignored by the caller (nohup) stays ignored. */
    if(sigaction(stop[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
      continue;
    sigaction(stop[i], &sa, NULL);
  }
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_RESETHAND | SA_NODEFER;
  for(size_t i = 0; i < sizeof(crash) / sizeof(crash[0]); i++) {
    struct sigaction old;
    /* A handler installed before us (a sanitizer's) keeps its place. */
    if(sigaction(crash[i], NULL, &old) == 0 && old.sa_handler != SIG_DFL)
      continue;
    sigaction(crash[i], &sa, NULL);
  }
}

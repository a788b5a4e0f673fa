/* SPDX-License-Identifier: MIT
 * lexgen.c — build-time generator of the scanner's lexicon
 * (src/scan/lexicon.h): reads the word lists Debian packages install and
 * writes one C file with the hash table. Nothing is vendored; a missing
 * list fails the build with the package to install.
 *
 *   zd_lexgen OUT.c NAMES_PM PROPERNAMES_GZ CITIES_GZ WORDS COUNTRIES_GZ
 *             NA_PHONE_GZ
 *
 * NAMES_PM        /usr/share/perl5/Text/Names.pm (libtext-names-perl):
 *                 the census first-name and surname heredocs, lines of
 *                 "NAME  freq cumfreq rank" (some hold two entries)
 * PROPERNAMES_GZ  /usr/share/dict/propernames.gz (miscfiles): first names
 * CITIES_GZ       /usr/share/misc/cities.dat.gz (miscfiles): "Name : …"
 * WORDS           /usr/share/dict/american-english (wamerican)
 * COUNTRIES_GZ    /usr/share/misc/countries.gz (miscfiles): "code:AA:AAA:
 *                 Country:Capital"
 * NA_PHONE_GZ     /usr/share/misc/na.phone.gz (miscfiles): "area code:
 *                 City:State or province:abbrev." */
#include "scan/lexicon.h"
#include "scan/stopwords.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t *table;
static size_t size = 1u << 18;
static size_t used;
static uint64_t first_bits[ZD_LEX_FIRST_BITS / 64];
static struct { char w[24]; size_t n; } firsts[16384];
static size_t nfirst;

static unsigned class_of(const char *w, size_t n)
{
  uint64_t h = zd_lex_hash((const unsigned char *)w, n);
  uint64_t key = h & ~(uint64_t)0xff;
  size_t i = (size_t)(h >> 8) & (size - 1);
  while(table[i] && (table[i] & ~(uint64_t)0xff) != key)
    i = (i + 1) & (size - 1);
  return (unsigned)(table[i] & 0xff);
}

/* The first-name filter (lexicon.h): the bit of each first name that can
 * stand alone, no common word, place or stop word (detect_fullname.c). */
static void first_filter(void)
{
  for(size_t i = 0; i < nfirst; i++) {
    unsigned c = class_of(firsts[i].w, firsts[i].n), k;
    if(c & (ZD_LEX_WORD | ZD_LEX_CITY | ZD_LEX_REGION | ZD_LEX_STOP))
      continue;
    k = zd_lex_first_key((const unsigned char *)firsts[i].w, firsts[i].n);
    first_bits[k >> 6] |= (uint64_t)1 << (k & 63);
  }
}

static void put(const char *w, size_t n, unsigned cls)
{
  uint64_t h, key;
  size_t i;
  for(size_t k = 0; k < n; k++)
    if(!isalpha((unsigned char)w[k]) && w[k] != '-' && w[k] != '\'')
      return;   /* ASCII words only: the scanner hashes bytes */
  if(n < 2 || n > 24)
    return;
  if((cls & ZD_LEX_FIRST) && nfirst < sizeof(firsts) / sizeof(firsts[0])) {
    firsts[nfirst].n = n;
    memcpy(firsts[nfirst++].w, w, n);
  }
  h = zd_lex_hash((const unsigned char *)w, n);
  key = h & ~(uint64_t)0xff;
  i = (size_t)(h >> 8) & (size - 1);
  while(table[i] && (table[i] & ~(uint64_t)0xff) != key)
    i = (i + 1) & (size - 1);
  if(!table[i])
    used++;
  table[i] = key | (table[i] & 0xff) | cls;
  if(used * 10 > size * 7) {
    fprintf(stderr, "lexgen: table too full\n");
    exit(1);
  }
}

static FILE *open_list(const char *path, int gz, const char *package)
{
  FILE *f = fopen(path, "rb");
  if(f && gz) {
    char cmd[4096];
    fclose(f);
    snprintf(cmd, sizeof(cmd), "gzip -dc '%s'", path);
    f = popen(cmd, "r");
  }
  if(!f) {
    fprintf(stderr, "lexgen: cannot read %s: install the Debian package %s "
            "(scripts/packages.txt)\n", path, package);
    exit(1);
  }
  return f;
}

/* Text::Names: the three heredocs of census names. */
static void read_names_pm(const char *path)
{
  FILE *f = open_list(path, 0, "libtext-names-perl");
  char line[512];
  unsigned cls = 0;
  size_t got[2] = {0, 0};
  while(fgets(line, sizeof(line), f)) {
    if(strstr(line, "_FIRSTNAMES = <<ENDNAMES")) {
      cls = ZD_LEX_FIRST;
      continue;
    }
    if(strstr(line, "$COMMON_SURNAMES = <<ENDNAMES")) {
      cls = ZD_LEX_LAST;
      continue;
    }
    if(!strncmp(line, "ENDNAMES", 8)) {
      cls = 0;
      continue;
    }
    if(!cls)
      continue;
    /* tokens: a name is an all-letters token followed by a number */
    for(char *tok = strtok(line, " \t\r\n"), *next; tok; tok = next) {
      next = strtok(NULL, " \t\r\n");
      if(isalpha((unsigned char)tok[0]) && next &&
         isdigit((unsigned char)next[0])) {
        put(tok, strlen(tok), cls);
        got[cls == ZD_LEX_LAST]++;
      }
    }
  }
  fclose(f);
  if(got[0] < 1000 || got[1] < 500) {
    fprintf(stderr, "lexgen: %s has %zu first names and %zu surnames: not "
            "the Text::Names this was written for\n", path, got[0], got[1]);
    exit(1);
  }
}

static void read_lines(const char *path, int gz, const char *package,
                       unsigned cls)
{
  FILE *f = open_list(path, gz, package);
  char line[512];
  while(fgets(line, sizeof(line), f)) {
    size_t n = strcspn(line, "\r\n");
    put(line, n, cls);
  }
  gz ? pclose(f) : fclose(f);
}

static void read_cities(const char *path)
{
  FILE *f = open_list(path, 1, "miscfiles");
  char line[512];
  while(fgets(line, sizeof(line), f)) {
    char *v;
    if(strncmp(line, "Name", 4) || !(v = strchr(line, ':')))
      continue;
    v++;
    while(*v == ' ')
      v++;
    /* multi-word cities: each word alone would be too loose */
    if(!strchr(v, ' ') || v[strcspn(v, " ")] == '\n')
      put(v, strcspn(v, " \r\n"), ZD_LEX_CITY);
  }
  pclose(f);
}

/* wamerican: lower-case entries are common words; an entry listed only
 * capitalised is a proper noun. Possessives ("Smith's") are skipped. */
static void read_words(const char *path)
{
  FILE *f = open_list(path, 0, "wamerican");
  char line[512];
  while(fgets(line, sizeof(line), f)) {
    size_t n = strcspn(line, "\r\n");
    if(n > 2 && line[n - 2] == '\'' && line[n - 1] == 's')
      continue;
    put(line, n, isupper((unsigned char)line[0]) ? ZD_LEX_PROPER
                                                  : ZD_LEX_WORD);
  }
  fclose(f);
}

/* Colon-separated lines of miscfiles ('#' comments): the one-word
 * values of the given fields (1-based) go in as 'cls'. Multi-word
 * values ("New Jersey") are skipped: each word alone would be too loose. */
static void read_fields(const char *path, const int *fields, unsigned cls,
                        size_t need)
{
  FILE *f = open_list(path, 1, "miscfiles");
  char line[512];
  size_t got = 0;
  while(fgets(line, sizeof(line), f)) {
    char *save = NULL, *tok;
    int k = 0;
    if(line[0] == '#')
      continue;
    line[strcspn(line, "\r\n")] = '\0';
    for(tok = strtok_r(line, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
      k++;
      for(const int *x = fields; *x; x++)
        if(*x == k && !strchr(tok, ' ') && tok[0]) {
          put(tok, strlen(tok), cls);
          got++;
        }
    }
  }
  pclose(f);
  if(got < need) {
    fprintf(stderr, "lexgen: %s gave %zu names: not the file this was "
            "written for\n", path, got);
    exit(1);
  }
}

int main(int argc, char **argv)
{
  FILE *out;
  static const int country_fields[] = {4, 5, 0}, na_city[] = {2, 0},
                   na_state[] = {3, 0};
  if(argc != 8) {
    fprintf(stderr, "usage: zd_lexgen OUT.c NAMES_PM PROPERNAMES_GZ "
            "CITIES_GZ WORDS COUNTRIES_GZ NA_PHONE_GZ\n");
    return 64;
  }
  table = calloc(size, sizeof(*table));
  if(!table)
    return 1;
  read_names_pm(argv[2]);
  read_lines(argv[3], 1, "miscfiles", ZD_LEX_FIRST);
  read_cities(argv[4]);
  read_words(argv[5]);
  read_fields(argv[6], country_fields, ZD_LEX_REGION, 150);
  read_fields(argv[7], na_city, ZD_LEX_CITY, 1000);
  read_fields(argv[7], na_state, ZD_LEX_REGION, 40);
  for(size_t i = 0; zd_stop_words[i]; i++)
    put(zd_stop_words[i], strlen(zd_stop_words[i]), ZD_LEX_STOP);
  first_filter();
  out = fopen(argv[1], "w");
  if(!out) {
    perror(argv[1]);
    return 1;
  }
  fprintf(out, "/* Generated by tools/lexgen.c from Debian word lists; "
          "do not edit. */\n#include <stddef.h>\n#include <stdint.h>\n"
          "const size_t zd_lex_size = %zu;\nconst uint64_t zd_lex_table[] "
          "= {\n", size);
  for(size_t i = 0; i < size; i++)
    fprintf(out, "0x%llxu,%s", (unsigned long long)table[i],
            i % 6 == 5 ? "\n" : "");
  fprintf(out, "};\nconst uint64_t zd_lex_first_bits[%u] = {\n",
          ZD_LEX_FIRST_BITS / 64);
  for(size_t i = 0; i < ZD_LEX_FIRST_BITS / 64; i++)
    fprintf(out, "0x%llxu,%s", (unsigned long long)first_bits[i],
            i % 6 == 5 ? "\n" : "");
  fprintf(out, "};\n");
  if(fclose(out))
    return 1;
  free(table);
  return 0;
}

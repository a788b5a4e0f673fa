/* SPDX-License-Identifier: MIT
 * lexicon.h — the word lists the narrative detectors consult (first
 * names, surnames, common English words, proper nouns, cities), read at
 * BUILD time from Debian packages by tools/lexgen.c and compiled in as
 * one hash table (lexicon_data.c in the build tree): no list is vendored.
 *   libtext-names-perl  Text/Names.pm: US census first names and surnames
 *   miscfiles           propernames (first names), cities.dat (cities),
 *                       countries (countries, capitals), na.phone (North
 *                       American cities, states and provinces)
 *   wamerican           american-english: words in lower case are common
 *                       words, words only ever capitalised proper nouns
 * A word is looked up by the hash of its lower-case ASCII bytes; a slot
 * holds the hash's upper 56 bits and 8 class bits. */
#ifndef ZD_LEXICON_H
#define ZD_LEXICON_H
#include <stddef.h>
#include <stdint.h>

enum {
  ZD_LEX_FIRST = 1,    /* a first name */
  ZD_LEX_LAST = 2,     /* a surname */
  ZD_LEX_WORD = 4,     /* a common word (listed in lower case) */
  ZD_LEX_PROPER = 8,   /* listed only capitalised: a proper noun */
  ZD_LEX_CITY = 16,    /* a city */
  ZD_LEX_REGION = 32,  /* a country, capital or US state or province */
  ZD_LEX_STOP = 64     /* no name after a cue (stopwords.h, our own) */
};

/* The table: zd_lex_size slots (a power of two), 0 = empty. */
extern const uint64_t zd_lex_table[];
extern const size_t zd_lex_size;

static inline uint64_t zd_lex_hash(const unsigned char *w, size_t n)
{
  uint64_t h = 1469598103934665603ULL;
  for(size_t i = 0; i < n; i++) {
    unsigned c = w[i];
    if(c >= 'A' && c <= 'Z')
      c += 32;
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 29;
  return h | 0x100;   /* never 0 in the upper 56 bits */
}

/* A filter in front of the table for first names that can stand alone
 * (no common word, place or stop word): one bit per key of a word's first
 * three bytes and length. A word whose bit is clear is no such name,
 * with no hash over the word and no read of the 2 MB table: most
 * capitalised words of prose ("The", "Click", "Please") stop here. */
#define ZD_LEX_FIRST_BITS 65536u
extern const uint64_t zd_lex_first_bits[ZD_LEX_FIRST_BITS / 64];

static inline unsigned zd_lex_first_key(const unsigned char *w, size_t n)
{
  unsigned c0 = w[0] | 0x20u, c1 = n > 1 ? w[1] | 0x20u : 0,
           c2 = n > 2 ? w[2] | 0x20u : 0;
  return (((c0 * 31u + c1) * 31u + c2) * 37u + (unsigned)n) &
         (ZD_LEX_FIRST_BITS - 1);
}

static inline int zd_lex_maybe_first(const unsigned char *w, size_t n)
{
  unsigned k = zd_lex_first_key(w, n);
  return (int)((zd_lex_first_bits[k >> 6] >> (k & 63)) & 1);
}

/* The class bits of the word w[0..n), 0 when it is in no list. */
static inline unsigned zd_lex(const unsigned char *w, size_t n)
{
  uint64_t h, key;
  size_t i;
  if(n < 2 || n > 24 || zd_lex_size == 0)
    return 0;
  h = zd_lex_hash(w, n);
  key = h & ~(uint64_t)0xff;
  i = (size_t)(h >> 8) & (zd_lex_size - 1);
  while(zd_lex_table[i]) {
    if((zd_lex_table[i] & ~(uint64_t)0xff) == key)
      return (unsigned)(zd_lex_table[i] & 0xff);
    i = (i + 1) & (zd_lex_size - 1);
  }
  return 0;
}

#endif

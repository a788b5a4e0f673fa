/* SPDX-License-Identifier: MIT
 * validate.c — the validators behind validate.h: checksums and ranges
 * from the identifiers' own specifications, so a shape that merely looks
 * like an SSN or a card is not reported as one. */
#include "scan/validate.h"

#include <arpa/inet.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

static int dig(char c) { return c - '0'; }

static int all_same(const char *s, size_t n)
{
  for(size_t i = 1; i < n; i++)
    if(s[i] != s[0])
      return 0;
  return 1;
}

/* ISO/IEC 7812-1 Annex B: double every second digit from the right. */
int zd_valid_luhn(const char *d, size_t n)
{
  unsigned sum = 0;
  int dbl = 0;
  if(n < 2)
    return 0;
  for(size_t i = n; i-- > 0;) {
    int v = dig(d[i]);
    if(v < 0 || v > 9)
      return 0;
    if(dbl) {
      v *= 2;
      if(v > 9)
        v -= 9;
    }
    sum += (unsigned)v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

/* CMS "Requirements for NPI check digit" (69 FR 3434): Luhn over the
 * card issuer prefix 80840 followed by the 10 digits. */
int zd_valid_npi(const char *d10)
{
  char buf[15];
  if(d10[0] != '1' && d10[0] != '2')
    return 0;
  if(all_same(d10 + 1, 9))
    return 0;
  memcpy(buf, "80840", 5);
  memcpy(buf + 5, d10, 10);
  return zd_valid_luhn(buf, 15);
}

/* HL7 NamingSystem USDEANumber; DEA registration record layout. */
int zd_valid_dea(const char *s9)
{
  static const char types[] = "ABCDEFGHJKLMPRSTUX";
  int d[7], sum;
  if(!strchr(types, s9[0]) || !s9[0])
    return 0;
  if(!((s9[1] >= 'A' && s9[1] <= 'Z') || s9[1] == '9'))
    return 0;
  for(int i = 0; i < 7; i++) {
    d[i] = dig(s9[2 + i]);
    if(d[i] < 0 || d[i] > 9)
      return 0;
  }
  if(all_same(s9 + 2, 7))
    return 0;
  sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
  return sum % 10 == d[6];
}

/* CMS "Understanding the MBI format": positions 1 numeric 1-9; 2, 5, 8, 9
 * alphabetic; 3, 6 alphanumeric; 4, 7, 10, 11 numeric. Letters exclude
 * S, L, O, I, B, Z. */
static int mbi_alpha(char c)
{
  if(c >= 'a' && c <= 'z')
    c = (char)(c - 32);
  return c >= 'A' && c <= 'Z' && !strchr("SLOIBZ", c);
}

int zd_valid_mbi(const char *s)
{
  static const char cls[] = "NAXNAXNAANN"; /* N digit, A alpha, X either */
  if(s[0] < '1' || s[0] > '9')
    return 0;
  for(int i = 1; i < 11; i++) {
    int isd = s[i] >= '0' && s[i] <= '9';
    if(cls[i] == 'N' && !isd)
      return 0;
    if(cls[i] == 'A' && !mbi_alpha(s[i]))
      return 0;
    if(cls[i] == 'X' && !isd && !mbi_alpha(s[i]))
      return 0;
  }
  return 1;
}

static int num3(const char *d) { return dig(d[0]) * 100 + dig(d[1]) * 10 + dig(d[2]); }
static int num2(const char *d) { return dig(d[0]) * 10 + dig(d[1]); }

/* SSA "Social Security Number Randomization"; SSA history "Misused SSNs". */
int zd_valid_ssn(const char *d9)
{
  int area = num3(d9), group = num2(d9 + 3);
  if(area == 0 || area == 666 || area >= 900 || group == 0)
    return 0;
  if(!memcmp(d9 + 5, "0000", 4))
    return 0;
  if(!memcmp(d9, "078051120", 9) || !memcmp(d9, "219099999", 9) ||
     !memcmp(d9, "123456789", 9))
    return 0;
  return !all_same(d9, 9);
}

/* IRS ITIN ranges: 9NN-GG-NNNN, GG in 50-65, 70-88, 90-92, 94-99. */
int zd_valid_itin(const char *d9)
{
  int g = num2(d9 + 3);
  if(d9[0] != '9')
    return 0;
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) ||
         (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/* ABA routing number policy; 12 CFR 229 App. A. */
int zd_valid_aba(const char *d9)
{
  static const int w[9] = {3, 7, 1, 3, 7, 1, 3, 7, 1};
  int p = num2(d9), sum = 0;
  if(!((p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80))
    return 0;
  if(all_same(d9, 9))
    return 0;
  for(int i = 0; i < 9; i++)
    sum += w[i] * dig(d9[i]);
  return sum % 10 == 0;
}

/* 49 CFR 565.15, Tables III-V: transliteration, weights, mod 11. */
static int vin_value(char c)
{
  static const char *const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
  static const int values[] = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7,
                               9, 2, 3, 4, 5, 6, 7, 8, 9};
  const char *p;
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'a' && c <= 'z')
    c = (char)(c - 32);
  if(!c || !(p = strchr(letters, c)))
    return -1;
  return values[p - letters];
}

int zd_valid_vin(const char *s)
{
  static const int w[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  int sum = 0, digits = 0, letters = 0;
  char check;
  for(int i = 0; i < 17; i++) {
    int v = vin_value(s[i]);
    if(v < 0)
      return 0;
    if(s[i] >= '0' && s[i] <= '9')
      digits++;
    else
      letters++;
    sum += v * w[i];
  }
  if(all_same(s, 17) || digits < 3 || letters < 1)
    return 0;
  check = (char)(sum % 11 == 10 ? 'X' : '0' + sum % 11);
  return (s[8] == check || s[8] == check + 32) ? 2 : 1;
}

static int prefix_in(const char *d, int len, int lo, int hi)
{
  int v = 0;
  for(int i = 0; i < len; i++)
    v = v * 10 + dig(d[i]);
  return v >= lo && v <= hi;
}

/* ISO/IEC 7812-1 IIN ranges and lengths (Wikipedia "Payment card
 * number", cited by detectors.md §3). */
int zd_card_brand(const char *d, size_t n)
{
  if(n < 12 || n > 19)
    return ZD_CARD_NONE;
  if(d[0] == '4' && (n == 13 || n == 16 || n == 19))
    return ZD_CARD_VISA;
  if(n == 16 && (prefix_in(d, 2, 51, 55) || prefix_in(d, 4, 2221, 2720)))
    return ZD_CARD_MASTERCARD;
  if(n == 15 && (prefix_in(d, 2, 34, 34) || prefix_in(d, 2, 37, 37)))
    return ZD_CARD_AMEX;
  if(n >= 16 && (prefix_in(d, 4, 6011, 6011) || prefix_in(d, 3, 644, 649) ||
                 prefix_in(d, 2, 65, 65) || prefix_in(d, 6, 622126, 622925)))
    return ZD_CARD_DISCOVER;
  if(n >= 16 && prefix_in(d, 4, 3528, 3589))
    return ZD_CARD_JCB;
  /* Legacy 15-digit JCB numbers start 2131 or 1800. */
  if(n == 15 && (prefix_in(d, 4, 2131, 2131) || prefix_in(d, 4, 1800, 1800)))
    return ZD_CARD_JCB;
  if(n >= 14 && (prefix_in(d, 3, 300, 305) || prefix_in(d, 2, 36, 36) ||
                 prefix_in(d, 2, 38, 39)))
    return ZD_CARD_DINERS;
  if(n >= 16 && prefix_in(d, 2, 62, 62))
    return ZD_CARD_UNIONPAY;
  if(prefix_in(d, 2, 50, 50) || prefix_in(d, 2, 56, 69))
    return ZD_CARD_MAESTRO;
  return ZD_CARD_NONE;
}

/* NANPA numbering plan: NPA and NXX start 2-9, are not N11; NPA's second
 * digit is not 9 (reserved). */
int zd_nanp_kind(const char *d)
{
  int npa = num3(d), nxx = num3(d + 3), line = num3(d + 6) * 10 + dig(d[9]);
  if(d[0] < '2' || d[3] < '2')
    return 0;
  if(d[1] == '1' && d[2] == '1')
    return 0;
  if(d[4] == '1' && d[5] == '1')
    return 0;
  if(d[1] == '9')
    return 0;
  if(nxx == 555 && line >= 100 && line <= 199)
    return 3;
  if(npa == 800 || npa == 833 || npa == 844 || npa == 855 || npa == 866 ||
     npa == 877 || npa == 888)
    return 2;
  return 1;
}

int zd_valid_date(int y, int m, int d)
{
  static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap, max;
  if(y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1)
    return 0;
  leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  max = mdays[m - 1] + (m == 2 && leap);
  return d <= max;
}

static int pton(int af, const char *s, size_t n)
{
  char buf[64];
  unsigned char out[16];
  if(n == 0 || n >= sizeof(buf))
    return 0;
  memcpy(buf, s, n);
  buf[n] = '\0';
  return inet_pton(af, buf, out) == 1;
}

int zd_valid_ipv4(const char *s, size_t n) { return pton(AF_INET, s, n); }
int zd_valid_ipv6(const char *s, size_t n) { return pton(AF_INET6, s, n); }

/* RFC 1035 §2.3.1 labels; a TLD is letters (or an IDN "xn--" label). */
int zd_valid_domain(const char *s, size_t n)
{
  size_t i = 0, labels = 0, last = 0;
  if(n == 0 || n > 253)
    return 0;
  while(i < n) {
    size_t j = i;
    while(j < n && s[j] != '.')
      j++;
    if(j == i || j - i > 63 || s[i] == '-' || s[j - 1] == '-')
      return 0;
    for(size_t k = i; k < j; k++) {
      char c = s[k];
      if(!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '-'))
        return 0;
    }
    labels++;
    last = i;
    i = j + 1;
    if(j == n - 1)
      return 0; /* trailing dot */
  }
  if(labels < 2 || n - last < 2)
    return 0;
  if(n - last > 4 && !strncmp(s + last, "xn--", 4))
    return 1;
  for(size_t k = last; k < n; k++)
    if(!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
      return 0;
  return 1;
}

double zd_entropy(const char *s, size_t n)
{
  unsigned count[256];
  uint64_t seen[4] = {0, 0, 0, 0};   /* the bytes present, for the sum */
  double h = 0;
  if(n == 0)
    return 0;
  for(size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if(!(seen[c >> 6] & (1ull << (c & 63)))) {
      seen[c >> 6] |= 1ull << (c & 63);
      count[c] = 0;
    }
    count[c]++;
  }
  /* The present bytes in ascending order, as the walk of all 256 did: the
   * same sum in the same order, so the same bits (a value at 3.0 stays
   * where it was), without clearing and walking 256 counters a value. */
  for(int w = 0; w < 4; w++)
    for(uint64_t m = seen[w]; m; m &= m - 1) {
      int c = w * 64 + __builtin_ctzll(m);
      double p = (double)count[c] / (double)n;
      h -= p * log2(p);
    }
  return h;
}

/* RFC 4648 §4 and §5 alphabets. */
static int b64_val(unsigned char c)
{
  if(c >= 'A' && c <= 'Z')
    return c - 'A';
  if(c >= 'a' && c <= 'z')
    return c - 'a' + 26;
  if(c >= '0' && c <= '9')
    return c - '0' + 52;
  if(c == '+' || c == '-')
    return 62;
  if(c == '/' || c == '_')
    return 63;
  return -1;
}

long zd_b64_decode(const char *in, size_t n, unsigned char *out, size_t cap)
{
  unsigned acc = 0;
  int bits = 0;
  size_t o = 0;
  while(n > 0 && in[n - 1] == '=')
    n--;
  if(n % 4 == 1)
    return -1;
  for(size_t i = 0; i < n; i++) {
    int v = b64_val((unsigned char)in[i]);
    if(v < 0)
      return -1;
    acc = (acc << 6) | (unsigned)v;
    bits += 6;
    if(bits >= 8) {
      bits -= 8;
      if(o >= cap)
        return -1;
      out[o++] = (unsigned char)(acc >> bits);
      acc &= (1u << bits) - 1;
    }
  }
  return (long)o;
}

/* Credential validators. */

unsigned long zd_crc32(const void *p, size_t n)
{
  const unsigned char *b = p;
  unsigned long c = 0xffffffffUL;
  for(size_t i = 0; i < n; i++) {
    c ^= b[i];
    for(int k = 0; k < 8; k++)
      c = (c >> 1) ^ (0xedb88320UL & (0UL - (c & 1)));
  }
  return c ^ 0xffffffffUL;
}

/* Base62 digits in GitHub's order: 0-9, A-Z, a-z. */
static int b62_val(char c)
{
  if(c >= '0' && c <= '9')
    return c - '0';
  if(c >= 'A' && c <= 'Z')
    return c - 'A' + 10;
  if(c >= 'a' && c <= 'z')
    return c - 'a' + 36;
  return -1;
}

int zd_valid_base62_crc32(const char *body, size_t n)
{
  unsigned long long sum = 0;
  if(n < 7)
    return 0;
  for(size_t i = n - 6; i < n; i++) {
    int v = b62_val(body[i]);
    if(v < 0)
      return 0;
    sum = sum * 62 + (unsigned)v;
  }
  for(size_t i = 0; i < n - 6; i++)
    if(b62_val(body[i]) < 0)
      return 0;
  return sum == zd_crc32(body, n - 6);
}

static int lower_ascii(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int zd_sample_value(const char *s, size_t n)
{
  unsigned count[256] = {0};
  size_t run3 = 0, run4 = 0, run = 1, distinct = 0, most = 0;
  if(n == 0)
    return 1;
  for(size_t i = 0; i <= n; i++) {
    if(i < n) {
      unsigned char c = (unsigned char)s[i];
      if(!count[c]++)
        distinct++;
      if(count[c] > most)
        most = count[c];
      /* Ascending or descending by one, ignoring case ("AbC", "123",
       * "890", "9876"). */
      if(i > 0 && (lower_ascii((unsigned char)s[i - 1]) + 1 == lower_ascii(c) ||
                   lower_ascii((unsigned char)s[i - 1]) == lower_ascii(c) + 1 ||
                   (s[i - 1] == '9' && c == '0'))) {
        run++;
        continue;
      }
    }
    if(run >= 3)
      run3 += run;
    if(run >= 4)
      run4 += run;
    run = 1;
  }
  return 2 * run4 >= n || 10 * run3 >= 6 * n || 2 * most >= n ||
         (distinct < 4 && n >= 6);
}

int zd_char_classes(const char *s, size_t n)
{
  int cc = 0;
  for(size_t i = 0; i < n; i++) {
    char c = s[i];
    if(c >= 'a' && c <= 'z')
      cc |= ZD_CC_LOWER;
    else if(c >= 'A' && c <= 'Z')
      cc |= ZD_CC_UPPER;
    else if(c >= '0' && c <= '9')
      cc |= ZD_CC_DIGIT;
    else
      cc |= ZD_CC_OTHER;
  }
  return cc;
}

int zd_class_count(int cc)
{
  return (cc & 1) + ((cc >> 1) & 1) + ((cc >> 2) & 1) + ((cc >> 3) & 1);
}

/* AWS documents key ids as "AKIA…" (long-term) and "ASIA…" (temporary);
 * ABIA and ACCA are the other published unique-id prefixes. The 16
 * characters after the prefix are base32 (RFC 4648 alphabet). */
int zd_valid_aws_key_id(const char *s)
{
  int strict = 1;
  for(int i = 4; i < 20; i++) {
    char c = s[i];
    if(c >= 'A' && c <= 'Z')
      continue;
    if(c >= '2' && c <= '7')
      continue;
    if(c >= '0' && c <= '9')
      strict = 0;
    else
      return 0;
  }
  return strict ? 2 : 1;
}

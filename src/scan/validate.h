/* SPDX-License-Identifier: MIT
 * validate.h — checksums, ranges and shape rules that decide whether a
 * candidate is really an identifier. Each rule cites its specification in
 * validate.c (see /work/shared/phi/detectors.md §3). Pure functions of
 * their arguments; no allocation. Digit strings are ASCII '0'..'9'. */
#ifndef ZD_VALIDATE_H
#define ZD_VALIDATE_H
#include <stddef.h>

/* Luhn mod 10 over 'n' digits (ISO/IEC 7812-1). 1 when valid. */
int zd_valid_luhn(const char *d, size_t n);
/* NPI: 10 digits, first 1 or 2, Luhn over "80840" + NPI, not one digit
 * repeated. */
int zd_valid_npi(const char *d10);
/* DEA registration number: registrant letter, letter or '9', 7 digits
 * with (d1+d3+d5) + 2*(d2+d4+d6) ending in d7. 's' is 9 bytes. */
int zd_valid_dea(const char *s9);
/* Medicare Beneficiary Identifier: 11 characters by CMS position classes
 * (letters without S L O I B Z), case-insensitive, no dashes. */
int zd_valid_mbi(const char *s11);
/* SSN: area not 000, 666 or 900-999; group not 00; serial not 0000; not
 * a known published number (078-05-1120, 219-09-9999, 123-45-6789). */
int zd_valid_ssn(const char *d9);
/* ITIN: 9xx with group 50-65, 70-88, 90-92 or 94-99. */
int zd_valid_itin(const char *d9);
/* ABA routing number: prefix 00-12, 21-32, 61-72 or 80, and the 3-7-1
 * weighted checksum. */
int zd_valid_aba(const char *d9);
/* VIN (49 CFR 565.15): 17 characters without I, O, Q, not one character
 * repeated. Returns 2 when the check digit (position 9) matches, 1 when
 * only the shape does, 0 when it is not a VIN. */
int zd_valid_vin(const char *s17);
/* Payment card brand from IIN and length, or 0 when no brand matches. */
enum {
  ZD_CARD_NONE = 0, ZD_CARD_VISA, ZD_CARD_MASTERCARD, ZD_CARD_AMEX,
  ZD_CARD_DISCOVER, ZD_CARD_JCB, ZD_CARD_DINERS, ZD_CARD_UNIONPAY,
  ZD_CARD_MAESTRO
};
int zd_card_brand(const char *d, size_t n);
/* NANP number (10 digits, no country code): 0 invalid; 1 valid; 2 valid
 * toll-free (an organisation's); 3 fictional 555-0100..0199. */
int zd_nanp_kind(const char *d10);
/* Gregorian calendar date with 1900 <= y <= 2099. */
int zd_valid_date(int y, int m, int d);
/* inet_pton on a copy of 'n' bytes: 1 when valid. */
int zd_valid_ipv4(const char *s, size_t n);
int zd_valid_ipv6(const char *s, size_t n);
/* Domain: >= 2 labels of letters/digits/hyphens (1-63, no edge hyphen),
 * total <= 253, last label alphabetic (or xn--) and >= 2 long. */
int zd_valid_domain(const char *s, size_t n);
/* Shannon entropy in bits per byte. */
double zd_entropy(const char *s, size_t n);
/* Decodes base64 (standard or URL alphabet, padding optional) into 'out'
 * (at most 'cap' bytes). Returns the decoded length, or -1 when 'in' is
 * not base64 or does not fit. */
long zd_b64_decode(const char *in, size_t n, unsigned char *out, size_t cap);

/* Credential validators (docs/scan.md, "Credentials"). */
/* CRC-32 (ISO-HDLC, the zlib polynomial) of 'n' bytes. */
unsigned long zd_crc32(const void *p, size_t n);
/* GitHub and npm token bodies: 'n' base62 characters whose last six are
 * the base62 CRC-32 of the ones before (GitHub, "Behind GitHub's new
 * authentication token formats", 2021; npm's 2021 format the same). */
int zd_valid_base62_crc32(const char *body, size_t n);
/* A documentation sample or a test string rather than a secret: half or
 * more of it in ascending runs of four or more ("1234", "abcd"), 60% in
 * runs of three ignoring case ("AbC123dEf456"), one character repeated
 * for half of it, or fewer than four distinct ones. */
int zd_sample_value(const char *s, size_t n);
/* Character classes present: ZD_CC_LOWER | ZD_CC_UPPER | ZD_CC_DIGIT |
 * ZD_CC_OTHER (any other byte). */
enum { ZD_CC_LOWER = 1, ZD_CC_UPPER = 2, ZD_CC_DIGIT = 4, ZD_CC_OTHER = 8 };
int zd_char_classes(const char *s, size_t n);
/* Number of bits set in a ZD_CC_* mask. */
int zd_class_count(int cc);
/* AWS access key id (20 characters): the four-letter type prefix then 16
 * base32 characters (A-Z, 2-7). 2: so; 1: upper-case letters and digits
 * only (a hand-made id); 0: neither. */
int zd_valid_aws_key_id(const char *s20);

#endif

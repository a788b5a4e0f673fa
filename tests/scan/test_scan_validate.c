/* SPDX-License-Identifier: MIT
 * test_scan_validate.c — the validators against values from their
 * specifications (detectors.md §3): known-good values pass, one changed
 * digit or an excluded range fails. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "scan/validate.h"

static void test_luhn_and_cards(void **state)
{
  (void)state;
  assert_true(zd_valid_luhn("4111111111111111", 16));
  assert_false(zd_valid_luhn("4111111111111112", 16));
  assert_true(zd_valid_luhn("378282246310005", 15));
  assert_int_equal(zd_card_brand("4111111111111111", 16), ZD_CARD_VISA);
  assert_int_equal(zd_card_brand("5555555555554444", 16), ZD_CARD_MASTERCARD);
  assert_int_equal(zd_card_brand("2221000000000009", 16), ZD_CARD_MASTERCARD);
  assert_int_equal(zd_card_brand("378282246310005", 15), ZD_CARD_AMEX);
  assert_int_equal(zd_card_brand("6011111111111117", 16), ZD_CARD_DISCOVER);
  assert_int_equal(zd_card_brand("3530111333300000", 16), ZD_CARD_JCB);
  assert_int_equal(zd_card_brand("4111111111111", 13), ZD_CARD_VISA);
  assert_int_equal(zd_card_brand("41111111111111", 14), ZD_CARD_NONE);
  assert_int_equal(zd_card_brand("1234567890123456", 16), ZD_CARD_NONE);
}

static void test_npi(void **state)
{
  (void)state;
  assert_true(zd_valid_npi("1234567893"));     /* CMS example */
  assert_false(zd_valid_npi("1234567894"));
  assert_false(zd_valid_npi("3234567893"));    /* first digit 1 or 2 */
  assert_false(zd_valid_npi("1111111111"));
}

static void test_dea(void **state)
{
  (void)state;
  assert_true(zd_valid_dea("AB1234563"));
  assert_true(zd_valid_dea("F91234563"));      /* business: '9' */
  assert_false(zd_valid_dea("AB1234564"));
  assert_false(zd_valid_dea("IB1234563"));     /* I is no registrant type */
  assert_false(zd_valid_dea("A11234563"));
}

static void test_mbi(void **state)
{
  (void)state;
  assert_true(zd_valid_mbi("1EG4TE5MK73"));    /* CMS example */
  assert_true(zd_valid_mbi("1eg4te5mk73"));
  assert_false(zd_valid_mbi("0EG4TE5MK73"));   /* position 1 is 1-9 */
  assert_false(zd_valid_mbi("1SG4TE5MK73"));   /* S is excluded */
  assert_false(zd_valid_mbi("1EG4TE5MK7A"));   /* position 11 numeric */
  assert_false(zd_valid_mbi("16G4TE5MK73"));   /* position 2 alphabetic */
}

static void test_ssn_itin(void **state)
{
  (void)state;
  assert_true(zd_valid_ssn("123456788"));
  assert_true(zd_valid_ssn("734011234"));      /* randomised range */
  assert_false(zd_valid_ssn("000123456"));
  assert_false(zd_valid_ssn("666123456"));
  assert_false(zd_valid_ssn("900123456"));
  assert_false(zd_valid_ssn("123001234"));
  assert_false(zd_valid_ssn("123450000"));
  assert_false(zd_valid_ssn("078051120"));     /* Woolworth card */
  assert_false(zd_valid_ssn("219099999"));
  assert_false(zd_valid_ssn("123456789"));
  assert_true(zd_valid_itin("912701234"));
  assert_true(zd_valid_itin("900501234"));
  assert_false(zd_valid_itin("912931234"));    /* group 93 unused */
  assert_false(zd_valid_itin("812701234"));
}

static void test_aba(void **state)
{
  (void)state;
  assert_true(zd_valid_aba("011000015"));
  assert_true(zd_valid_aba("021000021"));
  assert_false(zd_valid_aba("123456789"));
  assert_false(zd_valid_aba("021000022"));
  assert_false(zd_valid_aba("501000027"));     /* prefix 50 unused */
}

static void test_vin(void **state)
{
  (void)state;
  assert_int_equal(zd_valid_vin("1G4AH59H45G118341"), 2);  /* 49 CFR */
  assert_int_equal(zd_valid_vin("1M8GDM9AXKP042788"), 2);  /* X check */
  assert_int_equal(zd_valid_vin("1G4AH59H55G118341"), 1);  /* wrong check */
  assert_int_equal(zd_valid_vin("11111111111111111"), 0);
  assert_int_equal(zd_valid_vin("1G4AH59HI5G118341"), 0);  /* I */
}

static void test_phone_date_ip_domain(void **state)
{
  (void)state;
  assert_int_equal(zd_nanp_kind("4155552671"), 1);
  assert_int_equal(zd_nanp_kind("8005550199"), 3);   /* fictional */
  assert_int_equal(zd_nanp_kind("8002345678"), 2);   /* toll-free */
  assert_int_equal(zd_nanp_kind("1155552671"), 0);
  assert_int_equal(zd_nanp_kind("4115552671"), 0);   /* N11 */
  assert_int_equal(zd_nanp_kind("4921234567"), 0);   /* x9x reserved */
  assert_true(zd_valid_date(2024, 2, 29));
  assert_false(zd_valid_date(2023, 2, 29));
  assert_false(zd_valid_date(1900, 2, 29));
  assert_true(zd_valid_date(2000, 2, 29));
  assert_false(zd_valid_date(2023, 4, 31));
  assert_false(zd_valid_date(2023, 13, 1));
  assert_true(zd_valid_ipv4("192.168.1.1", 11));
  assert_false(zd_valid_ipv4("256.1.1.1", 9));
  assert_false(zd_valid_ipv4("010.1.1.1", 9));       /* no octal */
  assert_true(zd_valid_ipv6("2001:db8::1", 11));
  assert_false(zd_valid_ipv6("12:30:45", 8));
  assert_true(zd_valid_domain("example.org", 11));
  assert_true(zd_valid_domain("mail.xn--p1ai", 13));
  assert_false(zd_valid_domain("localhost", 9));
  assert_false(zd_valid_domain("-a.com", 6));
  assert_false(zd_valid_domain("a.c0m", 5));
}

static void test_base64_entropy(void **state)
{
  unsigned char out[64];
  long n;
  (void)state;
  n = zd_b64_decode("aGVsbG8", 7, out, sizeof(out));
  assert_int_equal(n, 5);
  assert_memory_equal(out, "hello", 5);
  n = zd_b64_decode("aGVsbG8=", 8, out, sizeof(out));
  assert_int_equal(n, 5);
  assert_int_equal(zd_b64_decode("a$b=", 4, out, sizeof(out)), -1);
  assert_int_equal(zd_b64_decode("aGVsbG8", 7, out, 3), -1);
  assert_true(zd_entropy("aaaa", 4) < 0.01);
  assert_true(zd_entropy("abcd", 4) > 1.99);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_luhn_and_cards),
    cmocka_unit_test(test_npi),
    cmocka_unit_test(test_dea),
    cmocka_unit_test(test_mbi),
    cmocka_unit_test(test_ssn_itin),
    cmocka_unit_test(test_aba),
    cmocka_unit_test(test_vin),
    cmocka_unit_test(test_phone_date_ip_domain),
    cmocka_unit_test(test_base64_entropy),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

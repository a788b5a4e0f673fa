/* SPDX-License-Identifier: MIT
 * test_jdoc.c — src/core/jdoc.c reads JSON exactly as jansson did for
 * snapshot files (JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL): each input
 * below is accepted or refused by both, and an accepted one gives equal
 * values (json_equal of the copy, and in file order); every file of the
 * example snapshot too. Also: lookups, members in order, errors with a
 * line, and a document made from jansson values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/error.h"
#include "core/jdoc.h"

static const char *const inputs[] = {
  "{}", "[]", " \n\t\r[ ]\n", "{\"a\":1}", "[1,2,3]", "{\"a\":{\"b\":[true,false,null]}}",
  "[\"\\u00e9\\u20ac\\ud83d\\ude00\"]", "[\"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"]",
  "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]", "[\"a\\u0000b\"]", "[\"x\\u0041y\\n\" , \"\"]",
  "[0, -0, 1, -1, 9223372036854775807, -9223372036854775808]",
  "[9223372036854775808]", "[-9223372036854775809]",
  "[1.5, -0.25, 1e10, 1E-5, 2.5e+3, 0.0, -0.0, 1e-400]", "[1e400]", "[-1e400]",
  "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "[0x10]", "[1 2]",
  "{\"a\":1,\"a\":2}", "{\"a\":1,\"b\":{\"a\":2}}", "{\"a\\u0000\":1}",
  /* empty keys only, before any other text: predicted() compares the
   * second one with the document's text while there is none yet */
  "[{\"\":1},{\"\":2}]", "{\"\":{\"\":1}}", "{\"\":1,\"\":2}",
  "{\"k\":1,}", "[1,]", "[,1]", "{,}", "{\"a\" 1}", "{1:2}", "{\"a\":}",
  "[tru]", "[truex]", "[nul]", "[null1]", "[True]", "true", "1", "\"s\"", "",
  "   ", "[1] x", "[1]]", "{\"a\":1}}", "[\"unterminated", "[\"a\nb\"]",
  "[\"\\x\"]", "[\"\\u12\"]", "[\"\\u12g4\"]", "[\"\\ud800\"]", "[\"\\udc00\"]",
  "[\"\\ud800\\u0041\"]", "[\"\xff\"]", "[\"\xc0\x80\"]", "[\"\xed\xa0\x80\"]",
  "[\"\xf4\x90\x80\x80\"]", "[\"\xe2\x82\"]", "[\"\x80\"]", "[1]\0", "[\"a\"\0]",
  "{\"users\":[{\"id\":1,\"name\":\"A\",\"tags\":[]},{\"id\":2,\"name\":\"B\","
  "\"tags\":[\"x\",\"y\"],\"user_fields\":{}}]}",
};

/* Parses 'in' (n bytes) with both readers; checks they agree. */
static void agree(const char *in, size_t n)
{
  json_error_t jerr;
  json_t *j = json_loadb(in, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL,
                         &jerr);
  char *buf = malloc(n + ZD_JDOC_PAD);
  struct zd_jdoc *d = NULL;
  struct zd_error err;
  zd_code rc;
  memcpy(buf, in, n);
  zd_error_clear(&err);
  rc = zd_jdoc_parse(buf, n, "t.json", &d, &err);
  if(!j) {
    if(rc == ZD_OK)
      fail_msg("jdoc accepts what jansson refuses (%s): %.*s", jerr.text,
               (int)n, in);
    assert_null(d);
    assert_non_null(strstr(err.msg, "malformed JSON"));
    assert_true(err.line >= 1);
    return;
  }
  if(rc != ZD_OK)
    fail_msg("jdoc refuses what jansson accepts (%s): %.*s", err.msg, (int)n,
             in);
  {
    json_t *copy = zd_jdoc_to_json(d, 0);
    char *a = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER |
                         JSON_ENCODE_ANY);
    char *b = json_dumps(copy, JSON_COMPACT | JSON_PRESERVE_ORDER |
                         JSON_ENCODE_ANY);
    assert_true(json_equal(j, copy));
    assert_string_equal(a, b);   /* file order kept */
    free(a);
    free(b);
    json_decref(copy);
  }
  json_decref(j);
  zd_jdoc_decref(d);
}

static void test_agrees_with_jansson(void **state)
{
  char deep[2 * 2100 + 2];
  (void)state;
  for(size_t i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
    agree(inputs[i], strlen(inputs[i]));
  agree("[1]\0", 4);           /* a NUL byte after the value */
  agree("[1\0]", 4);           /* jansson drops one NUL after a number */
  agree("[1.5e3\0,true\0]", 15);
  agree("[1\0\0]", 5);
  agree("{\"a\"\0:1}", 9);
  agree("[\"a\"\0]", 6);
  agree("[\"a\0b\"]", 7);      /* a raw NUL inside a string */
  /* nesting: 2048 levels are fine, 2049 are not (jansson's limit; a
   * scalar inside counts as a level) */
  for(int depth = 2046; depth <= 2050; depth++) {
    memset(deep, '[', (size_t)depth);
    memset(deep + depth, ']', (size_t)depth);
    agree(deep, 2 * (size_t)depth);
    deep[depth] = '1';
    memset(deep + depth + 1, ']', (size_t)depth);
    agree(deep, 2 * (size_t)depth + 1);
    memset(deep, '{', 1);
    agree(deep, 2 * (size_t)depth + 1);
  }
}

/* Appends to 'b' (at 'n') a string of about 'len' bytes written in the
 * file: text, with escapes of every kind here and there (or none). */
static size_t long_string(char *b, size_t n, size_t len, unsigned seed,
                          int escapes)
{
  static const char *const esc[] = {
    "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t",
    "\\u00e9", "\\u20ac", "\\ud83d\\ude00", "\\u0000", "\\u0041",
    "\xc3\xa9", "\xe2\x82\xac"
  };
  size_t end = n + len;
  b[n++] = '"';
  while(n < end) {
    seed = seed * 1103515245u + 12345u;
    if(escapes && seed % 17 == 0) {
      const char *e = esc[(seed >> 8) % (sizeof(esc) / sizeof(esc[0]))];
      memcpy(b + n, e, strlen(e));
      n += strlen(e);
    }
    else
      b[n++] = (char)('a' + (seed >> 16) % 26);
  }
  b[n++] = '"';
  return n;
}

/* Strings longer than the document keeps in its text stay in the file
 * and are decoded when asked for: the same values as jansson's. */
static void test_long_strings(void **state)
{
  static const size_t lens[] = {250, 255, 256, 257, 258, 300, 1000, 20000};
  char *b = malloc(200000);
  (void)state;
  for(int escapes = 0; escapes <= 1; escapes++)
    for(size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
      size_t n = 0;
      b[n++] = '{';
      memcpy(b + n, "\"k\":[", 5);
      n += 5;
      for(unsigned i = 0; i < 3; i++) {
        n = long_string(b, n, lens[k], i + (unsigned)k, escapes);
        b[n++] = ',';
      }
      b[n++] = '1';
      b[n++] = ']';
      b[n++] = ',';
      n = long_string(b, n, lens[k], 99, escapes);   /* a long key */
      memcpy(b + n, ":true}", 6);
      n += 6;
      agree(b, n);
    }
  free(b);
}

/* A large file is mapped: its values read the same after its pages were
 * given back; a file written or cut short meanwhile is reported. */
static void test_mapped_file(void **state)
{
  char path[64];
  size_t cap = 3u << 20, n = 0;
  char *b = malloc(cap);
  struct zd_jdoc *d = NULL;
  struct zd_error err;
  json_t *j, *copy;
  int fd;
  (void)state;
  b[n++] = '[';
  for(unsigned i = 0; n < (2u << 20); i++) {
    n = long_string(b, n, i % 3 ? 40 : 5000 + i, i, i % 2);
    b[n++] = ',';
  }
  b[n++] = '0';
  b[n++] = ']';
  strcpy(path, "/tmp/zd-jdoc-XXXXXX");
  fd = mkstemp(path);
  assert_true(fd >= 0);
  assert_int_equal(write(fd, b, n), (ssize_t)n);
  j = json_loadb(b, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, NULL);
  assert_non_null(j);
  zd_error_clear(&err);
  assert_int_equal(zd_jdoc_load(path, SIZE_MAX, 1, &d, &err), ZD_OK);
  assert_non_null(d->map);
  assert_true(d->ntext < n / 4);   /* the long strings stayed in the file */
  zd_jdoc_release(d, 0, d->len);
  copy = zd_jdoc_to_json(d, 0);
  assert_true(json_equal(j, copy));
  json_decref(copy);
  assert_int_equal(zd_jdoc_check(d, path, &err), ZD_OK);
  /* written (same size; the time set, as a write within the clock's
   * tick may leave it) */
  assert_int_equal(pwrite(fd, "[", 1, 0), 1);
  {
    struct timespec t[2] = {{0, 0}, {1, 0}};
    assert_int_equal(futimens(fd, t), 0);
  }
  assert_int_equal(zd_jdoc_check(d, path, &err), ZD_ERR_IO);
  assert_non_null(strstr(err.msg, "written"));
  /* cut short: reading past the cut finds zeros, not SIGBUS */
  assert_int_equal(ftruncate(fd, 4096), 0);
  copy = zd_jdoc_to_json(d, 0);
  json_decref(copy);
  assert_int_equal(zd_jdoc_check(d, path, &err), ZD_ERR_IO);
  assert_non_null(strstr(err.msg, "shrank"));
  zd_jdoc_decref(d);
  /* without 'map', or small, a file is read */
  assert_int_equal(zd_jdoc_load(path, SIZE_MAX, 0, &d, &err), ZD_ERR_PARSE);
  json_decref(j);
  unlink(path);
  close(fd);
  free(b);
}

static void test_example_snapshot(void **state)
{
  const char *dir = ZD_TEST_FIXTURES "/../../../examples/clinic";
  DIR *dp = opendir(dir);
  struct dirent *de;
  int files = 0;
  (void)state;
  assert_non_null(dp);
  while((de = readdir(dp))) {
    char path[1024];
    FILE *f;
    char *data;
    long n;
    if(!strstr(de->d_name, ".json"))
      continue;
    snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
    f = fopen(path, "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    rewind(f);
    data = malloc((size_t)n + 1);
    assert_int_equal(fread(data, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    agree(data, (size_t)n);
    free(data);
    files++;
  }
  closedir(dp);
  assert_true(files > 20);
}

static void test_lookups(void **state)
{
  static const char in[] = "{\n \"b\": [10, \"x\", {\"k\": null}],\n"
                           " \"a\": {\"b\": 2.5, \"\": true}\n}";
  char *buf = malloc(sizeof(in) + ZD_JDOC_PAD);
  struct zd_jdoc *d;
  const char *k;
  size_t klen, slen;
  zd_jref b, a, x;
  (void)state;
  memcpy(buf, in, sizeof(in) - 1);
  assert_int_equal(zd_jdoc_parse(buf, sizeof(in) - 1, "t", &d, NULL), ZD_OK);
  assert_int_equal(zd_jdoc_type(d, 0), ZD_J_OBJECT);
  assert_int_equal(zd_jdoc_count(d, 0), 2);
  b = zd_jdoc_member(d, 0, 0, &k, &klen);
  assert_int_equal(klen, 1);
  assert_memory_equal(k, "b", 1);
  assert_int_equal(zd_jdoc_type(d, b), ZD_J_ARRAY);
  assert_int_equal(zd_jdoc_count(d, b), 3);
  assert_int_equal(d->nodes[zd_jdoc_at(d, b, 0)].u.i, 10);
  x = zd_jdoc_at(d, b, 1);
  assert_memory_equal(zd_jdoc_str(d, x, &slen, NULL), "x", 1);
  assert_int_equal(slen, 1);
  assert_int_equal(zd_jdoc_at(d, b, 3), ZD_JREF_NONE);
  assert_int_equal(zd_jdoc_type(d, zd_jdoc_get(d, zd_jdoc_at(d, b, 2), "k", 1)),
                   ZD_J_NULL);
  a = zd_jdoc_get(d, 0, "a", 1);
  assert_int_equal(zd_jdoc_type(d, zd_jdoc_get(d, a, "", 0)), ZD_J_TRUE);
  assert_int_equal(zd_jdoc_get(d, a, "c", 1), ZD_JREF_NONE);
  assert_int_equal(zd_jdoc_index_of(d, 0, "a", 1), 1);
  assert_int_equal(zd_jdoc_member(d, 0, 2, &k, &klen), ZD_JREF_NONE);
  assert_int_equal(zd_jdoc_type(d, zd_jdoc_get(d, b, "a", 1)), ZD_J_NONE);
  zd_jdoc_decref(d);
}

static void test_errors_name_the_line(void **state)
{
  static const char in[] = "{\n  \"a\": 1,\n  \"b\": [1, 2\n}\n";
  char *buf = malloc(sizeof(in) + ZD_JDOC_PAD);
  struct zd_jdoc *d = (struct zd_jdoc *)1;
  struct zd_error err;
  (void)state;
  memcpy(buf, in, sizeof(in) - 1);
  zd_error_clear(&err);
  assert_int_equal(zd_jdoc_parse(buf, sizeof(in) - 1, "tags.json", &d, &err),
                   ZD_ERR_PARSE);
  assert_null(d);
  assert_string_equal(err.source, "tags.json");
  assert_int_equal(err.line, 4);
  assert_non_null(strstr(err.msg, "']' expected"));
}

static void test_from_json(void **state)
{
  json_t *j = json_pack("{s:[i,f,s,b,n], s:{s:s#}}", "z", 1, 0.5, "é", 1,
                        "a", "k", "a\0b", 3);
  struct zd_jdoc *d = zd_jdoc_from_json(j);
  json_t *back;
  (void)state;
  assert_non_null(d);
  back = zd_jdoc_to_json(d, 0);
  assert_true(json_equal(j, back));
  json_decref(back);
  json_decref(j);
  assert_ptr_equal(zd_jdoc_incref(d), d);
  zd_jdoc_decref(d);
  zd_jdoc_decref(d);
}

int main(void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_agrees_with_jansson),
    cmocka_unit_test(test_long_strings),
    cmocka_unit_test(test_mapped_file),
    cmocka_unit_test(test_example_snapshot),
    cmocka_unit_test(test_lookups),
    cmocka_unit_test(test_errors_name_the_line),
    cmocka_unit_test(test_from_json),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}

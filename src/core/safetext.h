/* SPDX-License-Identifier: MIT
 * safetext.h — showing untrusted text to people: names, titles and error
 * text from an account, a snapshot or a config can hold terminal escape
 * sequences (ESC ] 0 ; … sets the window title, ESC [ 2 J clears the
 * screen) or carriage returns that overwrite a line. Everything printed
 * for a terminal (text report, logs, errors) goes through here, so every
 * control character is shown as \xNN instead of acting. Also the test
 * for "this argument looks like a secret" used before echoing one. */
#ifndef ZD_SAFETEXT_H
#define ZD_SAFETEXT_H
#include <stddef.h>
#include <stdio.h>

/* Writes 'n' bytes at 's' to 'out': valid UTF-8 text as is; C0 controls
 * (all, or all but '\n' with 'keep_nl'), DEL, C1 controls (U+0080-U+009F),
 * bidirectional overrides and bytes that are not UTF-8 as \xNN / \uNNNN. */
void zd_put_visible(FILE *out, const char *s, size_t n, int keep_nl);
/* The same into 'dst' ('cap' bytes, always NUL-terminated, cut at a
 * whole escape or character). Returns 'dst'. */
char *zd_visible(const char *s, char *dst, size_t cap, int keep_nl);
/* 1 when 's' has no control character or bidirectional override at all
 * (so it may be printed unchanged). */
int zd_is_visible(const char *s, size_t n, int keep_nl);
/* 1 when the 'n' bytes at 's' look like a credential or other secret
 * value (a long run of token characters with letters and digits): such
 * an argument is never echoed in an error message. */
int zd_looks_secret(const char *s, size_t n);

/* 's' when it reads as a word a person typed (letters, digits, "_.-:/ ",
 * at most 60 bytes, not secret-looking), else a placeholder: for error
 * messages that quote a key or value of a file that may not be what it
 * claims (a config symlinked to /etc/shadow). 'buf' holds the result. */
const char *zd_shown_word(const char *s, char *buf, size_t cap);

#endif

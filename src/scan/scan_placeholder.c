/* SPDX-License-Identifier: MIT
 * scan_placeholder.c — keeps zd_scan linkable until the scanner lands. */
int zd_scan_placeholder(void);
int zd_scan_placeholder(void) { return 0; }

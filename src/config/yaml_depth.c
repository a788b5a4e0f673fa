/* SPDX-License-Identifier: MIT
 * yaml_depth.c — a linear pre-scan of YAML text for its nesting depth,
 * run before libyaml sees the text: libyaml's time grows with the square
 * of the depth (100,000 levels of "[" took over a minute), so a deep file
 * is refused here, in one pass. The count is an upper bound of the real
 * depth: block levels from indentation (plus "- " and "? " that open one
 * on the same line) and flow levels from "[" and "{" outside quoted
 * scalars, comments and block scalars. */
#include "config/config_yaml.h"
#include "core/limits.h"

/* Indentation levels kept; deeper is refused anyway. */
#define MAX_INDENTS (ZD_MAX_YAML_DEPTH + 2)

zd_code zd_yaml_check_depth(const char *path, const char *text, size_t len,
                            struct zd_error *err)
{
  size_t indents[MAX_INDENTS];
  size_t nind = 0, i = 0, line = 1;
  long flow = 0;
  long block_scalar = -1;   /* indentation of the line that opened one */
  while(i < len) {
    size_t ind = 0, dashes = 0, depth;
    long peak = flow;
    int in_flow_line = flow > 0;
    while(i + ind < len && text[i + ind] == ' ')
      ind++;
    i += ind;
    if(i < len && text[i] != '\n' && text[i] != '#' && text[i] != '\r' &&
       block_scalar >= 0 && (long)ind <= block_scalar)
      block_scalar = -1;
    if(block_scalar >= 0 || i >= len || text[i] == '\n' || text[i] == '#' ||
       text[i] == '\r') {
      /* inside a block scalar, or a blank or comment line */
      while(i < len && text[i] != '\n')
        i++;
      i++;
      line++;
      continue;
    }
    if(!in_flow_line) {
      while(nind && indents[nind - 1] > ind)
        nind--;
      if(!nind || indents[nind - 1] < ind) {
        if(nind == MAX_INDENTS)
          goto deep;
        indents[nind++] = ind;
      }
    }
    /* the line's own content */
    {
      char quote = 0, last = ' ';
      size_t col = 0;
      for(; i < len && text[i] != '\n'; i++, col++) {
        char c = text[i];
        if(quote) {
          if(c == quote && (quote == '\'' || last != '\\'))
            quote = 0;
          last = c == '\\' && last == '\\' ? ' ' : c;
          continue;
        }
        if((c == '"' || c == '\'') && (last == ' ' || last == '[' ||
                                       last == '{' || last == ',' ||
                                       last == ':'))
          quote = c;
        else if(c == '#' && last == ' ')
          break;
        else if((c == '[' || c == '{') &&
                (flow > 0 || last == ' ' || last == ':')) {
          if(++flow > peak)
            peak = flow;
          if((size_t)peak > ZD_MAX_YAML_DEPTH)
            goto deep;
        }
        else if((c == ']' || c == '}') && flow > 0)
          flow--;
        else if((c == '-' || c == '?') && !flow && last == ' ' &&
                (i + 1 >= len || text[i + 1] == ' ' || text[i + 1] == '\n'))
          dashes++;
        else if((c == '|' || c == '>') && !flow && last == ' ') {
          /* a block scalar when only indicators follow */
          size_t j = i + 1;
          while(j < len && (text[j] == '-' || text[j] == '+' ||
                            (text[j] >= '1' && text[j] <= '9')))
            j++;
          while(j < len && text[j] == ' ')
            j++;
          if(j >= len || text[j] == '\n' || text[j] == '\r' ||
             text[j] == '#')
            block_scalar = (long)ind;
        }
        last = c;
      }
      while(i < len && text[i] != '\n')
        i++;
    }
    depth = nind + dashes + (size_t)peak;
    if(depth > ZD_MAX_YAML_DEPTH)
      goto deep;
    i++;
    line++;
  }
  return ZD_OK;
deep:
  return zd_error_set(err, ZD_ERR_LIMIT, path, (int)line, "the YAML is "
                      "nested deeper than %d levels; a zdaudit config needs "
                      "a few (parameter values at most %d)",
                      ZD_MAX_YAML_DEPTH, ZD_MAX_CONFIG_DEPTH);
}

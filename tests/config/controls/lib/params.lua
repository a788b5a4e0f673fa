-- SPDX-License-Identifier: MIT
-- Parameters of the test controls: shapes the built-in ones do not have
-- (a mapping, a list of lists), to test the config's depth and size bounds.
return {
  routing = {
    default = { queues = { triage = 1 } },
    description = "A nested mapping.",
  },
  matrix = {
    default = { { "a" } },
    description = "A list of lists of text.",
  },
}

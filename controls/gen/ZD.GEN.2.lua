-- SPDX-License-Identifier: MIT
-- ZD.GEN.2: Assess and implement the baseline (or assessed alternatives) before introducing PHI.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.2"
title = "Assess and implement the baseline (or assessed alternatives) before introducing PHI"
seed_ref = "D, preamble"
product = "All in-scope products"
kind = "process"
responsible = "subscriber"
exception = "explicit"
alternative = "Implement alternatives the subscriber has itself assessed as meeting its legal "
  .. "obligations, and document the rationale for each before PHI is introduced."
automation = "partial"
description = "For every healthcare-enabled account, the subscriber assesses and implements, as "
  .. "appropriate to its use case, either the configurations in sections I–XII or alternatives"
  .. " it has itself judged to meet its compliance obligations under applicable law. This must"
  .. " be done before any PHI is introduced."
evidence = "A dated assessment report (this tool's output) that predates PHI go-live. Written "
  .. "rationale for each alternative."
remediation = "Run this assessment before PHI go-live, fix or document each failing control, and write "
  .. "down the rationale for every alternative configuration chosen instead of the baseline."
  .. " Or, as the baseline allows: implement alternatives the subscriber has itself assessed "
  .. "as meeting its legal obligations, and document the rationale for each before PHI is "
  .. "introduced."
question = "Confirm that this holds for the account: Assess and implement the baseline (or assessed "
  .. "alternatives) before introducing PHI. Keep as evidence: A dated assessment report (this "
  .. "tool's output) that predates PHI go-live. Written rationale for each alternative."

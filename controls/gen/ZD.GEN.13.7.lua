-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.7: Data in the instance stays within the MSA's terms.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.7"
title = "Data in the instance stays within the MSA's terms"
seed_ref = "SRM III.1.g"
product = "Account / contract"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The kinds of data held in the instance must not break the terms of use in Zendesk's Main"
  .. " Services Agreement. For this catalog, PHI belongs only in accounts covered by GEN.1."
evidence = "Data-type inventory (GEN.13.1) checked against the MSA and Healthcare Agreement."
remediation = "Check the data-type inventory (ZD.GEN.13.1) against the Main Services Agreement and the "
  .. "Healthcare Agreement, and keep PHI out of accounts not covered by ZD.GEN.1."
question = "Confirm the data-type inventory (ZD.GEN.13.1) was checked against Zendesk's Main "
  .. "Services Agreement and the Healthcare Agreement, and that PHI enters only accounts covered "
  .. "by ZD.GEN.1. Keep the dated review."

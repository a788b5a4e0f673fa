-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.4: Manage the instance under the applicable compliance frameworks.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.4"
title = "Manage the instance under the applicable compliance frameworks"
seed_ref = "SRM III.1.d"
product = "Subscriber governance"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber manages the instance and its Service Data under the compliance, legal or "
  .. "regulatory frameworks that apply to its industry, users or use case. For this catalog "
  .. "those are HIPAA or HDS."
evidence = "A compliance programme covering Zendesk; this assessment."
remediation = "Include the Zendesk instance in the compliance programme for HIPAA or HDS and keep this "
  .. "assessment's results in it."
question = "Confirm the subscriber's HIPAA or HDS compliance programme names this Zendesk account "
  .. "in its scope, with an owner, and takes in this assessment's results. Keep the programme's "
  .. "scope document and the dated assessment."

-- SPDX-License-Identifier: MIT
-- ZD.GEN.13.8: Uptime and disaster-recovery level meets the subscriber's obligations.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.13.8"
title = "Uptime and disaster-recovery level meets the subscriber's obligations"
seed_ref = "SRM III.1.h"
product = "Account / subscription"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The uptime and disaster-recovery level the subscriber has chosen must satisfy the "
  .. "policies or regulations it is bound by."
evidence = "The selected SLA and DR terms mapped against the subscriber's continuity requirements."
remediation = "Compare the Zendesk SLA and disaster-recovery terms with the subscriber's continuity "
  .. "obligations and record the result."
question = "Confirm the uptime SLA and disaster-recovery terms of the subscriber's Zendesk plan "
  .. "were compared with its business-continuity obligations, and that any gap is mitigated or "
  .. "accepted. Keep the SLA and DR terms and the dated comparison."

-- SPDX-License-Identifier: MIT
-- ZD.GEN.15.1: Maintain and patch the subscriber's own infrastructure.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.15.1"
title = "Maintain and patch the subscriber's own infrastructure"
seed_ref = "SRM V.1.a"
product = "Subscriber environment"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Beyond Zendesk's architectural and contractual boundary, the subscriber maintains and "
  .. "patches its own infrastructure. That includes: employee endpoints, networks and custom "
  .. "infrastructure; any third-party middleware used to reach Zendesk, or to process Service "
  .. "Data before it enters or after it leaves Zendesk."
evidence = "Patch-compliance reports for agent endpoints and for the middleware or integration "
  .. "hosts."
remediation = "Patch agent endpoints, networks and any middleware or integration hosts that touch "
  .. "Zendesk data, and keep the patch-compliance reports."
question = "Confirm the agent endpoints, networks and any middleware or integration hosts that "
  .. "handle Zendesk data are patched on a schedule. Keep recent patch-compliance reports covering "
  .. "those systems."

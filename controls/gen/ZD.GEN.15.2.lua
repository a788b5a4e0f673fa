-- SPDX-License-Identifier: MIT
-- ZD.GEN.15.2: Maintain the subscriber's own non-standard code.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.15.2"
title = "Maintain the subscriber's own non-standard code"
seed_ref = "SRM V.1.b"
product = "Private apps, custom integrations"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "partial"
description = "The subscriber maintains and patches the non-standard code that adds functionality to "
  .. "the service: code it wrote itself; third-party code it bought for use with Zendesk; "
  .. "custom code built by Zendesk Professional Services, but only where a custom contract has"
  .. " transferred responsibility for that code to the subscriber."
evidence = "Inventory of private apps, custom integrations and scripts, with owner, version and "
  .. "patch status."
remediation = "Keep an inventory of private apps, custom integrations and scripts with owner, version "
  .. "and patch status, and patch them on a schedule."
question = "Confirm an inventory lists the code the subscriber runs against Zendesk (private apps, "
  .. "custom integrations, scripts using the API, third-party code it bought) with owner, version "
  .. "and patch status, and that it is patched on a schedule. Keep the inventory and the latest "
  .. "patch records."
uses = { "apps_installations" }

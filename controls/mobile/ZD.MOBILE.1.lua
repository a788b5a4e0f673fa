-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.1: Device-level encryption.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.1"
title = "Device-level encryption"
seed_ref = "VIII.1"
product = "Mobile devices"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Any mobile device used to reach Zendesk must have device-level encryption turned on."
evidence = "An MDM compliance report (encryption status) for every mobile device used by agents, "
  .. "admins or owners."
remediation = "Require device encryption through MDM for every mobile device used with Zendesk and keep"
  .. " the compliance report."
question = "Export the MDM compliance report listing every phone or tablet used by agents, admins"
  .. " or owners to reach Zendesk (app or browser) with its encryption status. Keep the report,"
  .. " dated; devices outside MDM need an exception."

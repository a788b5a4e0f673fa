-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.3: Ticket comments never show on the lock screen.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.3"
title = "Ticket comments never show on the lock screen"
seed_ref = "VIII.3"
product = "Zendesk Support mobile app / device notifications"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "Turn off notifications that can show ticket comments on the device's lock screen."
evidence = "An MDM restriction on lock-screen notification previews, or the app notification "
  .. "settings on each device."
remediation = "Disable lock-screen notification previews for the Zendesk Support app through MDM or the"
  .. " app's notification settings."
question = "Confirm that this holds for the account: Ticket comments never show on the lock screen. "
  .. "Keep as evidence: An MDM restriction on lock-screen notification previews, or the app "
  .. "notification settings on each device."

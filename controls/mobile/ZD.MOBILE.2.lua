-- SPDX-License-Identifier: MIT
-- ZD.MOBILE.2: Biometric or PIN unlock enforced on the device.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.MOBILE.2"
title = "Biometric or PIN unlock enforced on the device"
seed_ref = "VIII.2"
product = "Mobile devices"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The device must require biometric or PIN unlock, enforced at device level. The "
  .. "translation suggests \"at the strictest setting the device allows\"; this is uncertain "
  .. "(§6)."
evidence = "An MDM passcode or biometric policy, with compliance status."
remediation = "Require biometric or PIN unlock through MDM at the strictest setting the device allows, "
  .. "and keep the compliance report."
question = "Show the MDM passcode or biometric policy enforced on every mobile device used with"
  .. " Zendesk (minimum passcode, biometrics allowed) and its compliance report. Keep both, dated."

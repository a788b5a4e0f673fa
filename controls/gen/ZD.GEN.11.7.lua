-- SPDX-License-Identifier: MIT
-- ZD.GEN.11.7: Non-product access controls.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.GEN.11.7"
title = "Non-product access controls"
seed_ref = "SRM I.1.g"
product = "Subscriber environment"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber considers access controls that sit outside the product. Examples are "
  .. "which device types agents may use to reach the instance, and the physical, logical or "
  .. "policy controls that apply to users and to permitted devices. The healthcare specifics "
  .. "are SUP.6 and MOBILE.1–4."
evidence = "Device or access policy and MDM scope covering every device used for Zendesk."
remediation = "Write a device and access policy for Zendesk use (permitted device types, MDM enrolment,"
  .. " physical and logical controls) and keep the MDM scope report."
question = "Confirm a written device and access policy covers every device used to reach Zendesk: "
  .. "the device types allowed, MDM enrolment, and physical and logical controls such as screen "
  .. "lock (ZD.SUP.6) and mobile device controls (ZD.MOBILE.1 to ZD.MOBILE.4). Keep the approved "
  .. "policy and the MDM report showing which devices it covers."

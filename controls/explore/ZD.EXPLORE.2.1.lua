-- SPDX-License-Identifier: MIT
-- ZD.EXPLORE.2.1: Exports land on devices the subscriber must control.
-- Metadata from the baseline catalog (shared/baseline/catalog.md §2); no automated check yet,
-- so the engine reports it as manual with the question below.

id = "ZD.EXPLORE.2.1"
title = "Exports land on devices the subscriber must control"
seed_ref = "VI.2(i)"
product = "Explore (export)"
kind = "process"
responsible = "subscriber"
exception = "global-only"
automation = "manual"
description = "The subscriber acknowledges that exporting can move PHI onto the devices of agents who "
  .. "were given Explore access. It is responsible for every control on those devices."
evidence = "Endpoint controls (encryption, MDM, DLP) covering every Explore user's devices."
remediation = "Apply endpoint controls (encryption, MDM, DLP) to the devices of every Explore user who "
  .. "can export."
question = "Confirm that this holds for the account: Exports land on devices the subscriber must "
  .. "control. Keep as evidence: Endpoint controls (encryption, MDM, DLP) covering every "
  .. "Explore user's devices."
